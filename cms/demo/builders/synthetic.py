"""Deterministic synthetic content in every language, fast enough for 100,000 releases.

Releases and events are inserted in bulk (`insert_children`): treebeard paths,
depth, url_path and the parent's numchild computed here, one INSERT per table
and child relation for each batch of 500, no save(), revisions or signals, and
indexed for search batch by batch. Partners, a few, are saved one by one so
their post_save handlers run. Each page exists in every chosen language with
one translation key, so the language switcher links them.
"""

import datetime
import random
from contextlib import contextmanager

from django.db import connection
from django.db.models import F
from django.db.models.signals import post_save
from django.utils import timezone
from modelcluster.models import get_all_child_relations
from modelsearch.signal_handlers import post_save_signal_handler
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.search.backends import get_search_backends
from wagtail.search.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
)
from wagtail.signal_handlers import disable_reference_index_auto_update

from cms.demo.builders.partners import ensure_topics
from cms.demo.builders.site import build_site, ensure_index_pages
from cms.demo.content.synthetic import (
    PARTNER_NAMES,
    PARTNER_SUFFIXES,
    PLACES,
    WORDS,
)
from cms.demo.images import demo_image
from cms.renditions import PAGE_IMAGE_RENDITIONS, make_renditions
from news.models import (
    EventPage,
    EventPartner,
    EventTopic,
    PressReleasePage,
    ReleasePartner,
    ReleaseTopic,
)
from partners.models import OrganisationType, PartnerPage, Region

BATCH = 500
ALL_PAGE_RENDITIONS = sorted(
    {
        spec
        for fields in PAGE_IMAGE_RENDITIONS.values()
        for specs in fields.values()
        for spec in specs
    }
)
IMAGE_COUNT = 8


@contextmanager
def title_norms_once():
    """On PostgreSQL, refresh the search index's title norms once, at the end.

    After each batch Wagtail's PostgreSQL index averages the title length over
    the whole index table and rescans it for new entries: two table scans per
    500 pages, 0.15 s at 10,000 releases x 3, growing with the table (quadratic
    over a 100,000-release seeding). The new entries keep their norm of 1.0
    until the one refresh, which gives them the same value a last batch would.
    """
    if connection.vendor != "postgresql":
        yield
        return
    refresh = PostgresIndex._refresh_title_norms
    PostgresIndex._refresh_title_norms = lambda index, full=False: None
    try:
        yield
    finally:
        PostgresIndex._refresh_title_norms = refresh
    for backend in get_search_backends():
        if isinstance(backend, PostgresSearchBackend):
            PostgresIndex(backend)._refresh_title_norms()


class Generator:
    """Builds `generate_content`'s pages for one seed: the same seed, the same pages."""

    def __init__(self, codes, seed, prefix, stdout):
        self.codes = codes
        self.rng = random.Random(seed)  # noqa: S311 -- reproducible, not secret
        self.prefix = prefix
        self.stdout = stdout
        self.now = timezone.now().replace(microsecond=0)
        self.created = []
        self.count = 0

    def prepare(self):
        tree = build_site()
        self.indexes = ensure_index_pages(tree["homes"])
        self.topics = list(ensure_topics(tree["locales"]).values())
        self.images = self.make_images()
        # Pages are not published one by one here, so make what publishing would.
        for image in self.images:
            make_renditions(image, ALL_PAGE_RENDITIONS)

    def run(self, releases, partners, events):
        indexes, topics = self.indexes, self.topics
        models = (PressReleasePage, EventPage, PartnerPage)
        for model in models:
            post_save.disconnect(post_save_signal_handler, sender=model)
        try:
            with disable_reference_index_auto_update(), title_norms_once():
                partner_pages = self.make_partners(indexes["partners"], partners)
                self.make_releases(indexes["news"], releases, partner_pages, topics)
                self.make_events(indexes["events"], events, partner_pages, topics)
                self.index(models)
        finally:
            for model in models:
                post_save.connect(post_save_signal_handler, sender=model)
        return self.count

    def make_images(self):
        colours = ["#0b5d6b", "#6b2d5c", "#2d6b3a", "#8a5a00", "#1f3b73", "#7a1f1f"]
        return [
            demo_image(
                f"Generated image {number}",
                f"#{number}",
                colours[number % len(colours)],
                "#ffffff",
            )
            for number in range(IMAGE_COUNT)
        ]

    def place(self, parent, pages):
        """Give `pages` their treebeard path and depth under `parent`, in order,
        after its last child, and the fields publishing would have set."""
        parent = Page.objects.get(pk=parent.pk)
        last = parent.get_last_child()
        step = Page._str2int(last.path[-Page.steplen :]) if last else 0
        for page in pages:
            step += 1
            page.path = Page._get_path(parent.path, parent.depth + 1, step)
            page.depth = parent.depth + 1
            page.numchild = 0
            page.url_path = f"{parent.url_path}{page.slug}/"
            page.locale_id = parent.locale_id
            page.draft_title = page.title
            page.live = True
            page.has_unpublished_changes = False
            published = getattr(page, "published", None) or self.now
            page.first_published_at = page.last_published_at = published
            page.live_revision = None
            page._cached_parent_obj = parent
        return parent

    def add_children(self, parent, pages):
        """Save `pages` one by one under `parent` (post_save handlers run)."""
        parent = self.place(parent, pages)
        for page in pages:
            page.save(clean=False)
            self.created.append(page)
        self.count += len(pages)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))

    def insert_children(self, parent, pages):
        """Insert `pages` under `parent` in bulk: one INSERT for the page rows,
        one for the page type's own table and one per child relation, then the
        parent's numchild. No save() and no signals: what they would do is done
        here or, for search, in `index`."""
        if not pages:
            return
        parent = self.place(parent, pages)
        model = type(pages[0])
        # The child objects given to each page, read while the pages are unsaved
        # (afterwards the relation would query the database).
        relations = [
            (relation, [getattr(page, relation.name).all() for page in pages])
            for relation in get_all_child_relations(model)
        ]
        # Wagtail's page types are multi-table models, which bulk_create refuses:
        # the Page rows first (their ids come back), then the page type's table.
        Page.objects.bulk_create(pages)
        for page in pages:
            page.page_ptr_id = page.id
        model._base_manager._insert(pages, fields=model._meta.local_concrete_fields)
        for relation, children in relations:
            links = []
            for page, objects in zip(pages, children, strict=True):
                for order, link in enumerate(objects):
                    setattr(link, relation.field.attname, page.id)
                    link.sort_order = order
                    links.append(link)
            relation.related_model.objects.bulk_create(links)
        # Indexed for search batch by batch, so 100,000 releases need not stay
        # in memory until the end.
        for backend in get_search_backends():
            backend.add_bulk(model, pages)
        self.count += len(pages)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))

    def translated(self, parents, count, build, label, add=None, keep=True):
        """`count` groups of one page per language; returns [{code: page}]."""
        groups = []
        for start in range(0, count, BATCH):
            batch = []
            for number in range(start, min(start + BATCH, count)):
                seed_values = self.rng.random(), self.rng.random(), self.rng.random()
                group = {}
                key = None
                for code in self.codes:
                    page = build(number, code, seed_values)
                    if key is not None:
                        page.translation_key = key
                    key = page.translation_key
                    group[code] = page
                batch.append(group)
            for code in self.codes:
                (add or self.insert_children)(
                    parents[code], [group[code] for group in batch]
                )
            if keep:
                groups.extend(batch)
            done = start + len(batch)
            self.stdout.write(f"{label}: {done}/{count}")
        return groups

    def pick(self, values, fraction):
        return values[int(fraction * len(values)) % len(values)] if values else None

    def make_partners(self, parents, count):
        types = [value for value, _label in OrganisationType.choices]
        regions = [value for value, _label in Region.choices]

        def build(number, code, values):
            name = (
                f"{self.pick(PARTNER_NAMES, values[0])}"
                f"{self.pick(PARTNER_SUFFIXES, values[1])} {number + 1}"
            )
            return PartnerPage(
                title=name,
                slug=f"{self.prefix}partner-{number + 1}",
                acronym=name[:6].upper(),
                organisation_type=self.pick(types, values[1]),
                region=self.pick(regions, values[2]),
                city=self.pick(PLACES, values[2]),
                website="https://example.org",
                logo=self.images[number % len(self.images)],
                boilerplate=f"<p>{WORDS[code]['about'].format(name=name)}</p>",
            )

        # Partners one by one: saving one gives its partner editors their group
        # (partners/signals.py); there are only a few.
        return self.translated(parents, count, build, "partners", self.add_children)

    def make_releases(self, parents, count, partners, topics):
        first_day = datetime.date(2020, 1, 1)

        def build(number, code, values):
            words = WORDS[code]
            title = (
                f"{self.pick(words['subjects'], values[0])} "
                f"{self.pick(words['verbs'], values[1])} "
                f"{self.pick(words['objects'], values[2])} ({number + 1})"
            )
            place = self.pick(PLACES, values[1])
            chosen = (
                [partners[(number + i) % len(partners)][code] for i in range(2)]
                if partners
                else []
            )
            chosen = list({p.slug: p for p in chosen}.values())
            topic = self.pick(topics, values[0])
            body = f"<p>{words['body'].format(title=title, place=place)}</p>"
            release_date = first_day + datetime.timedelta(days=number % 2400)
            page = PressReleasePage(
                title=title,
                slug=f"{self.prefix}release-{number + 1}",
                lead=words["lead"].format(place=place),
                dateline_place=place,
                release_date=release_date,
                hero_image=self.images[number % len(self.images)],
                body=[("paragraph", RichText(body))],
                partner_links=[ReleasePartner(partner=p) for p in chosen],
                topic_links=[ReleaseTopic(topic=topic[code])] if topic else [],
            )
            # Published on its release date, over the years, as a real newsroom.
            page.published = datetime.datetime.combine(
                release_date, datetime.time(9), tzinfo=datetime.UTC
            ) + datetime.timedelta(minutes=number // 2400)
            return page

        self.translated(parents, count, build, "releases", keep=False)

    def make_events(self, parents, count, partners, topics):
        midnight = self.now.replace(hour=9, minute=0, second=0)

        def build(number, code, values):
            topic = self.pick(topics, values[0])
            name = topic[code].name if topic else self.pick(PLACES, values[1])
            start = midnight + datetime.timedelta(days=7 * (number - count // 2))
            partner = partners[number % len(partners)][code] if partners else None
            return EventPage(
                title=f"{WORDS[code]['event'].format(topic=name)} {number + 1}",
                slug=f"{self.prefix}event-{number + 1}",
                lead=WORDS[code]["lead"].format(place=self.pick(PLACES, values[1])),
                start=start,
                end=start + datetime.timedelta(hours=8),
                venue_name="Auditorium",
                venue_city=self.pick(PLACES, values[1]),
                registration_url="https://example.org/register",
                hero_image=self.images[number % len(self.images)],
                partner_links=[EventPartner(partner=partner)] if partner else [],
                topic_links=[EventTopic(topic=topic[code])] if topic else [],
            )

        return self.translated(parents, count, build, "events")

    def index(self, models):
        for model in models:
            pages = [page for page in self.created if isinstance(page, model)]
            for backend in get_search_backends():
                for start in range(0, len(pages), BATCH):
                    backend.add_bulk(model, pages[start : start + BATCH])

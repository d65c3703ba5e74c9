"""Deterministic synthetic content in every language, fast enough for 10,000 releases.

Pages are placed in the tree directly (treebeard paths computed in batches,
one parent update per batch), saved without validation, revisions, search
signals or reference-index updates, and indexed for search in bulk at the end.
Each release, event and partner exists in every chosen language with one
translation key, so the language switcher links them.
"""

import datetime
import random
import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import transaction
from django.db.models import F
from django.db.models.signals import post_save
from django.utils import timezone
from wagtail.models import Page
from wagtail.rich_text import RichText
from wagtail.search.backends import get_search_backends
from wagtail.signal_handlers import disable_reference_index_auto_update

from cms.caching import invalidate_everything
from cms.renditions import PAGE_IMAGE_RENDITIONS, make_renditions

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
WORDS = {
    "en": {
        "subjects": ["Partners", "Researchers", "Hospitals", "Start-ups", "Campuses"],
        "verbs": ["launch", "expand", "join forces on", "invest in", "open"],
        "objects": [
            "cell therapy platform",
            "gene therapy trial",
            "biomanufacturing hub",
            "training programme",
            "diagnostics network",
        ],
        "lead": "A new step for the life-sciences network in {place}.",
        "body": "The partners of the network announce {title} in {place}.",
        "event": "Network day on {topic}",
        "about": "{name} is a partner of the network.",
    },
    "fr": {
        "subjects": [
            "Les partenaires",
            "Les chercheurs",
            "Les hôpitaux",
            "Les jeunes pousses",
            "Les campus",
        ],
        "verbs": [
            "lancent",
            "étendent",
            "s'associent pour",
            "investissent dans",
            "ouvrent",
        ],
        "objects": [
            "une plateforme de thérapie cellulaire",
            "un essai de thérapie génique",
            "un pôle de bioproduction",
            "un programme de formation",
            "un réseau de diagnostic",
        ],
        "lead": "Une nouvelle étape pour le réseau des sciences de la vie à {place}.",
        "body": "Les partenaires du réseau annoncent : {title}, à {place}.",
        "event": "Journée du réseau : {topic}",
        "about": "{name} est partenaire du réseau.",
    },
    "nl": {
        "subjects": [
            "Partners",
            "Onderzoekers",
            "Ziekenhuizen",
            "Start-ups",
            "Campussen",
        ],
        "verbs": [
            "lanceren",
            "breiden uit",
            "bundelen krachten rond",
            "investeren in",
            "openen",
        ],
        "objects": [
            "een celtherapieplatform",
            "een gentherapiestudie",
            "een bioproductiehub",
            "een opleidingsprogramma",
            "een diagnostisch netwerk",
        ],
        "lead": "Een nieuwe stap voor het life-sciencesnetwerk in {place}.",
        "body": "De partners van het netwerk kondigen aan: {title}, in {place}.",
        "event": "Netwerkdag over {topic}",
        "about": "{name} is partner van het netwerk.",
    },
}
PLACES = ["Ghent", "Gosselies", "Leuven", "Liège", "Brussels", "Antwerp", "Namur"]
PARTNER_NAMES = ["Bio", "Gene", "Cell", "Cure", "Life", "Med", "Vita", "Onco"]
PARTNER_SUFFIXES = ["lab", "tech", "gen", "cure", "med", "sys"]


class Command(BaseCommand):
    help = (
        "Create deterministic synthetic releases, partners and events in every "
        "language, with linked translations, topics and images."
    )

    def add_arguments(self, parser):
        parser.add_argument("--releases", type=int, default=100)
        parser.add_argument("--partners", type=int, default=20)
        parser.add_argument("--events", type=int, default=20)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--locales",
            default="en,fr,nl",
            help="Comma-separated language codes; the first is the source language.",
        )

    def handle(self, *args, **options):
        counts = {name: options[name] for name in ("releases", "partners", "events")}
        for name, value in counts.items():
            if value < 0:
                raise CommandError(f"--{name} must be zero or more, not {value}.")
        codes = [code.strip() for code in options["locales"].split(",") if code.strip()]
        known = [code for code, _name in settings.LANGUAGES]
        unknown = [code for code in codes if code not in known]
        if unknown or not codes:
            raise CommandError(
                f"Unknown locale {', '.join(unknown) or '(none)'}; "
                f"choose among {', '.join(known)}."
            )
        if len(set(codes)) != len(codes):
            raise CommandError("Each locale may be given once.")
        seed = options["seed"]
        prefix = f"gen{seed}-"
        if Page.objects.filter(slug__startswith=prefix).exists():
            raise CommandError(
                f"Content for seed {seed} exists already; use another --seed."
            )
        started = time.monotonic()
        generator = Generator(codes, seed, prefix, self.stdout)
        # The site skeleton first, committed on its own: its commit hooks (e.g.
        # redirects for a translated index's slug) then see no generated children.
        with transaction.atomic():
            generator.prepare()
        with transaction.atomic():
            made = generator.run(**counts)
        # Bulk inserts send no publish signals: refresh every cached page.
        invalidate_everything()
        self.stdout.write(
            f"Created {made} pages in {', '.join(codes)} "
            f"in {time.monotonic() - started:.1f} s."
        )


class Generator:
    def __init__(self, codes, seed, prefix, stdout):
        self.codes = codes
        self.rng = random.Random(seed)  # noqa: S311 -- reproducible, not secret
        self.prefix = prefix
        self.stdout = stdout
        self.now = timezone.now().replace(microsecond=0)
        self.created = []

    def prepare(self):
        from cms.demo import build_site, ensure_index_pages
        from partners.demo import ensure_topics

        tree = build_site()
        self.indexes = ensure_index_pages(tree["homes"])
        self.topics = list(ensure_topics(tree["locales"]).values())
        self.images = self.make_images()
        # Pages are not published one by one here, so make what publishing would.
        for image in self.images:
            make_renditions(image, ALL_PAGE_RENDITIONS)

    def run(self, releases, partners, events):
        from news.models import EventPage, PressReleasePage
        from partners.models import PartnerPage

        indexes, topics = self.indexes, self.topics
        models = (PressReleasePage, EventPage, PartnerPage)
        from modelsearch.signal_handlers import post_save_signal_handler

        for model in models:
            post_save.disconnect(post_save_signal_handler, sender=model)
        try:
            with disable_reference_index_auto_update():
                partner_pages = self.make_partners(indexes["partners"], partners)
                self.make_releases(indexes["news"], releases, partner_pages, topics)
                self.make_events(indexes["events"], events, partner_pages, topics)
        finally:
            for model in models:
                post_save.connect(post_save_signal_handler, sender=model)
        self.index(models)
        return len(self.created)

    def make_images(self):
        from cms.demo_images import demo_image

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

    def add_children(self, parent, pages):
        """Place `pages` under `parent` in treebeard batches: no per-page lookup."""
        parent = Page.objects.get(pk=parent.pk)
        last = parent.get_last_child()
        step = Page._str2int(last.path[-Page.steplen :]) if last else 0
        for page in pages:
            step += 1
            page.path = Page._get_path(parent.path, parent.depth + 1, step)
            page.depth = parent.depth + 1
            page.numchild = 0
            page.locale_id = parent.locale_id
            page.draft_title = page.title
            page.live = True
            page.has_unpublished_changes = False
            page.first_published_at = page.last_published_at = self.now
            page.live_revision = None
            page._cached_parent_obj = parent
            page.save(clean=False)
            self.created.append(page)
        Page.objects.filter(pk=parent.pk).update(numchild=F("numchild") + len(pages))

    def translated(self, parents, count, build, label):
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
                self.add_children(parents[code], [group[code] for group in batch])
            groups.extend(batch)
            self.stdout.write(f"{label}: {len(groups)}/{count}")
        return groups

    def pick(self, values, fraction):
        return values[int(fraction * len(values)) % len(values)] if values else None

    def make_partners(self, parents, count):
        from partners.models import OrganisationType, PartnerPage, Region

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

        return self.translated(parents, count, build, "partners")

    def make_releases(self, parents, count, partners, topics):
        from news.models import PressReleasePage, ReleasePartner, ReleaseTopic

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
            return PressReleasePage(
                title=title,
                slug=f"{self.prefix}release-{number + 1}",
                lead=words["lead"].format(place=place),
                dateline_place=place,
                release_date=first_day + datetime.timedelta(days=number % 2400),
                hero_image=self.images[number % len(self.images)],
                body=[("paragraph", RichText(body))],
                partner_links=[ReleasePartner(partner=p) for p in chosen],
                topic_links=[ReleaseTopic(topic=topic[code])] if topic else [],
            )

        return self.translated(parents, count, build, "releases")

    def make_events(self, parents, count, partners, topics):
        from news.models import EventPage, EventPartner, EventTopic

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

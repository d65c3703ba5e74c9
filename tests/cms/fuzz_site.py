"""A small newsroom for the request fuzz test, and the values it knows.

Each language has its sections, two partners, two topics, a current and an
older release, an upcoming and a past event and a standard page; beside them an
embargoed release with a review link, a page behind a password and a document
in a collection behind a password, so that every public route has something
real to find.
"""

import datetime

import wagtail_factories
from django.utils import timezone
from wagtail.models import (
    Collection,
    CollectionViewRestriction,
    Page,
    PageViewRestriction,
    get_page_models,
)

from news.models import ReviewLink
from partners.models import OrganisationType, Region
from tests.cms import hostile
from tests.cms.factories import ImageFactory, StandardPageFactory, TopicFactory
from tests.home.factories import build_sections
from tests.news.factories import EventPageFactory, PressReleasePageFactory
from tests.partners.factories import PartnerPageFactory
from tests.subscriptions.factories import SubscriberFactory

LANGUAGES = ("en", "fr", "nl")


def build_language(home, locale, code):
    sections = build_sections(home)
    cells = TopicFactory(locale=locale, name=f"Cells {code}", slug=f"cells-{code}")
    talent = TopicFactory(locale=locale, name=f"Talent {code}", slug=f"talent-{code}")
    alpha = PartnerPageFactory(
        parent=sections["partners"], slug=f"alpha-{code}", focus=[cells]
    )
    beta = PartnerPageFactory(
        parent=sections["partners"],
        slug=f"beta-{code}",
        organisation_type=OrganisationType.COMPANY,
        region=Region.WALLONIA,
        focus=[cells, talent],
    )
    PressReleasePageFactory(
        parent=sections["news"],
        partners=[alpha, beta],
        topics=[cells, talent],
        hero_image=ImageFactory(),
    )
    PressReleasePageFactory(
        parent=sections["news"],
        release_date=datetime.date(2024, 3, 1),
        partners=[beta],
        topics=[talent],
    )
    EventPageFactory(parent=sections["events"], partners=[alpha], topics=[cells])
    EventPageFactory(
        parent=sections["events"],
        partners=[beta],
        start=timezone.now() - datetime.timedelta(days=40),
        end=timezone.now() - datetime.timedelta(days=39),
    )
    StandardPageFactory(parent=home)
    embargoed = PressReleasePageFactory(
        parent=sections["news"],
        partners=[alpha],
        publish=False,
        go_live_at=timezone.now() + datetime.timedelta(days=1),
    )
    return {
        "partners": [alpha, beta],
        "topics": [cells, talent],
        "embargoed": embargoed,
    }


def build_fuzz_site(site_tree):
    languages = {
        code: build_language(site_tree["homes"][code], site_tree["locales"][code], code)
        for code in LANGUAGES
    }
    private = StandardPageFactory(parent=site_tree["homes"]["en"], slug="members")
    page_restriction = PageViewRestriction.objects.create(
        page=private, restriction_type=PageViewRestriction.PASSWORD, password="hush"
    )
    root = Collection.get_first_root_node()
    vault = root.add_child(name="Press kits")
    collection_restriction = CollectionViewRestriction.objects.create(
        collection=vault,
        restriction_type=CollectionViewRestriction.PASSWORD,
        password="hush",
    )
    document = wagtail_factories.DocumentFactory(collection=root)
    wagtail_factories.DocumentFactory(collection=vault)
    review = ReviewLink.objects.create(page=languages["en"]["embargoed"])
    waiting = SubscriberFactory(email="waiting@example.org", confirmed_at=None)
    subscriber = SubscriberFactory(email="reader@example.org", everything=True)
    return {
        "languages": languages,
        "pages": list(Page.objects.filter(depth__gt=1).specific().order_by("path")),
        "image": ImageFactory(),
        "document": document,
        "review": review,
        "subscribers": {"waiting": waiting, "confirmed": subscriber},
        "page_restriction": page_restriction,
        "collection_restriction": collection_restriction,
    }


def page_path(page, code):
    """The path of `page` below its language prefix, e.g. "news/partners-join/"."""
    url = page.get_url()
    return url.removeprefix(f"/{code}/") if url else None


def known_path_values(site):
    """Path values that reach each public route, by route key.

    A public route without an entry here fails
    `test_the_walk_covers_every_public_route`: give it values when adding it.
    """
    en = site["languages"]["en"]
    partner_ids = [str(p.pk) for code in LANGUAGES for p in site_partners(site, code)]
    events = [page for page in site["pages"] if type(page).__name__ == "EventPage"]
    document = site["document"]
    serve_paths = [
        {"language": page.locale.language_code, "_0": hostile.Raw(path)}
        for page in site["pages"]
        if (path := page_path(page, page.locale.language_code)) is not None
    ]
    feeds = {
        "partner": [{"slug": p.slug} for p in en["partners"]],
        "topic": [{"slug": t.slug} for t in en["topics"]],
    }
    return {
        "choose_language": [{}],
        "wagtaildocs_serve": [
            {"_0": str(document.pk), "_1": document.filename},
        ],
        "wagtaildocs_authenticate_with_password": [
            {"restriction_id": str(site["collection_restriction"].pk)}
        ],
        "api_index": [{}],
        "wagtailapi:pages:listing": [{}],
        "wagtailapi:pages:detail": [{"pk": str(page.pk)} for page in site["pages"]],
        "wagtailapi:pages:find": [{}],
        "wagtailapi:images:listing": [{}],
        "wagtailapi:images:detail": [{"pk": str(site["image"].pk)}],
        "wagtailapi:images:find": [{}],
        "wagtailapi:documents:listing": [{}],
        "wagtailapi:documents:detail": [{"pk": str(document.pk)}],
        "wagtailapi:documents:find": [{}],
        "sitemap": [{}],
        "sitemap_index": [{}],
        "robots_txt": [{}],
        "review_release": [{"token": site["review"].token}],
        "review_press_kit": [{"token": site["review"].token}],
        "review_press_kit_file": [{"token": site["review"].token, "number": "1"}],
        "media": [{"path": hostile.Raw(site["image"].file.name)}],
        "search_en": [{"language": "en"}],
        "search_fr": [{"language": "fr"}],
        "search_nl": [{"language": "nl"}],
        "news_sitemap": [{}],
        "feed_releases_rss": [{}],
        "feed_releases_atom": [{}],
        "feed_partner_rss": feeds["partner"],
        "feed_partner_atom": feeds["partner"],
        "feed_topic_rss": feeds["topic"],
        "feed_topic_atom": feeds["topic"],
        "feed_events_rss": [{}],
        "feed_events_atom": [{}],
        "calendar_upcoming": [{}],
        "calendar_event": [
            {"language": page.locale.language_code, "pk": str(page.pk)}
            for page in events
        ],
        "partner_widget": [{"pk": pk} for pk in partner_ids],
        "wagtailcore_authenticate_with_password": [
            {
                "page_view_restriction_id": str(site["page_restriction"].pk),
                "page_id": str(site["page_restriction"].page_id),
            }
        ],
        "wagtailcore_login": [{}],
        "wagtail_serve": serve_paths,
        "cms.views.unknown_language": [{}],
        "subscriptions_subscribe": [{}],
        "subscriptions_privacy": [{}],
        "subscriptions_confirm": [
            {"token": site["subscribers"]["waiting"].confirm_token}
        ],
        **{
            name: [{"token": site["subscribers"]["confirmed"].manage_token}]
            for name in (
                "subscriptions_preferences",
                "subscriptions_export",
                "subscriptions_erase",
                "subscriptions_unsubscribe",
            )
        },
    }


def site_partners(site, code):
    return site["languages"][code]["partners"]


def known_parameter_values(site):
    """Values the site accepts for each parameter, mixed into the hostile ones."""
    partners = [p for code in LANGUAGES for p in site_partners(site, code)]
    topics = [t for code in LANGUAGES for t in site["languages"][code]["topics"]]
    page_ids = [str(page.pk) for page in site["pages"]]
    page_types = [model._meta.label for model in get_page_models()]
    return {
        "partner": [p.slug for p in partners] + [str(p.pk) for p in partners],
        "topic": [t.slug for t in topics] + [str(t.pk) for t in topics],
        "focus": [t.slug for t in topics],
        "type": [
            *OrganisationType.values,
            *["release", "event", "partner", "page"],
            *page_types,
        ],
        "region": Region.values,
        "year": ["2024", "2025", "2026"],
        "page": ["1", "2"],
        "p": ["1", "2"],
        "q": ["cell", "therapy partners"],
        "search": ["cell", "therapy partners"],
        "search_operator": ["and", "or"],
        "fields": ["*", "title", "-title", "_,title", "hero_image(url)", "partners"],
        "order": ["title", "-title", "random", "id", "release_date"],
        "locale": list(LANGUAGES),
        "site": ["localhost", "testserver"],
        "html_path": ["/", "/news/", "/fr/"],
        "limit": ["1", "50"],
        "offset": ["0", "1"],
        **{
            name: [*page_ids, "root"]
            for name in (
                "id",
                "child_of",
                "ancestor_of",
                "descendant_of",
                "translation_of",
            )
        },
        "decision": ["approve", "request_changes"],
        "answered": ["1"],
        "next": ["/en/", "//evil.example/", "https://evil.example/"],
    }


def api_parameters(view_class):
    """The query parameters an API endpoint accepts, from the endpoint itself."""
    names = set(view_class.known_query_parameters)
    names |= set(view_class.find_query_parameters)
    models = (
        get_page_models()
        if view_class.model._meta.label == "wagtailcore.Page"
        else [view_class.model]
    )
    for model in models:
        names |= set(view_class.get_available_fields(model, db_fields_only=True))
    return names


def route_parameters(route, read):
    view_class = getattr(route.callback, "cls", None)
    if view_class is not None and hasattr(view_class, "known_query_parameters"):
        return api_parameters(view_class)
    return set(read["GET"])

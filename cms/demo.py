"""Building blocks for the demo site: locales, the three home pages, settings.

Every function is idempotent: it finds what a previous run made before it
creates anything, so `load_demo` can run on every `make run`.
"""

from django.db import transaction
from wagtail.models import Collection, Locale, Page, Site

from cms.demo_content import INDEX_PAGES, STANDARD_PAGES
from cms.models import NewsroomSettings, StandardPage
from cms.translations.publishing import publish_as_is
from home.models import HomePage

LANGUAGES = ("en", "fr", "nl")

HOME = {
    "en": {
        "title": "News from Belgium's life-sciences partners",
        "slug": "home",
        "introduction": (
            "Press releases, events and partner profiles from the universities, "
            "hospitals, institutes, companies and training centres of the network."
        ),
    },
    "fr": {
        "title": "L'actualité des partenaires belges des sciences de la vie",
        "slug": "accueil",
        "introduction": (
            "Communiqués de presse, événements et profils des universités, hôpitaux, "
            "instituts, entreprises et centres de formation du réseau."
        ),
    },
    "nl": {
        "title": "Nieuws van de Belgische life-sciencespartners",
        "slug": "start",
        "introduction": (
            "Persberichten, evenementen en partnerprofielen van de universiteiten, "
            "ziekenhuizen, instituten, bedrijven en opleidingscentra van het netwerk."
        ),
    },
}


def ensure_locales():
    return {
        code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES
    }


def publish(page):
    # The loader publishes each language in turn, as it builds them.
    with publish_as_is():
        page.save_revision().publish()
    return page


def ensure_translation(source, locale, **fields):
    """Return `source` in `locale`, creating it as a linked translation if needed."""
    translation = source.get_translation_or_none(locale)
    if translation is None:
        translation = source.copy_for_translation(locale)
    translation = translation.specific
    changed = False
    for name, value in fields.items():
        if getattr(translation, name) != value:
            setattr(translation, name, value)
            changed = True
    if changed or not translation.live:
        publish(translation)
    return translation


def ensure_root(locale):
    """The tree roots (pages and collections), which Wagtail's migrations create
    and a test database flush removes."""
    if Collection.get_first_root_node() is None:
        Collection.add_root(name="Root")
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    return root


def ensure_child(parent, page_class, slug, **fields):
    """The live child of `parent` with this slug, created and published if missing."""
    page = page_class.objects.child_of(parent).filter(slug=slug).first()
    if page is None:
        page = page_class(slug=slug, **fields)
        parent.add_child(instance=page)
        publish(page)
    return page


def ensure_page_translation(source, locale, fields, relations=None):
    """`source` in `locale`: created once, as a linked translation, then left alone.

    `relations` replaces child objects the copy carried over (partners and
    topics of the target locale instead of the source's).
    """
    existing = source.get_translation_or_none(locale)
    if existing is not None:
        return existing.specific
    translation = source.copy_for_translation(locale).specific
    for name, value in fields.items():
        setattr(translation, name, value)
    for name, children in (relations or {}).items():
        setattr(translation, name, children)
    return publish(translation)


def build_trilingual(parents, page_class, data, fields_for, relations_for=None):
    """One page per locale from `data`: English first, the others as translations.

    `parents` maps language code to the parent page; `fields_for(code)` gives the
    page fields in that language, `relations_for(code)` its child objects.
    """
    english_fields = fields_for("en")
    english = ensure_child(
        parents["en"],
        page_class,
        english_fields.pop("slug"),
        **english_fields,
        **(relations_for("en") if relations_for else {}),
    )
    pages = {"en": english}
    for code in ("fr", "nl"):
        pages[code] = ensure_page_translation(
            english,
            parents[code].locale,
            fields_for(code),
            relations_for(code) if relations_for else None,
        )
    return pages


def localized(value, code):
    """A per-language dict's value for `code`, or the value itself."""
    return value[code] if isinstance(value, dict) else value


def stream(blocks, code, partners=None):
    """Stream data from demo_content's block lists, partner slugs resolved."""
    result = []
    for block_type, value in blocks:
        if block_type == "heading":
            value = {"text": value, "level": "h2"}
        elif block_type == "quote":
            slug = value.get("partner") or ""
            partner = (partners or {}).get(slug, {}).get(code)
            value = {
                "text": value["text"],
                "speaker_name": value["speaker_name"],
                "speaker_role": value.get("speaker_role", ""),
                "organisation": partner,
            }
        elif block_type == "call_to_action":
            value = {**value, "link_page": None}
        result.append((block_type, value))
    return result


def ensure_homes(locales):
    root = ensure_root(locales["en"])
    english = HomePage.objects.filter(locale=locales["en"]).first()
    if english is None:
        english = HomePage(locale=locales["en"], **HOME["en"])
        # Wagtail's initial "Welcome" page holds the slug we want: retire it.
        Page.objects.filter(depth=2, slug="home", content_type__model="page").delete()
        root.add_child(instance=english)
        publish(english)
    homes = {"en": english}
    for code in ("fr", "nl"):
        homes[code] = ensure_translation(english, locales[code], **HOME[code])
    return homes


def ensure_site(english_home):
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(hostname="localhost", port=80, is_default_site=True)
    site.root_page = english_home
    site.site_name = "Life Sciences Partner Network"
    site.save()
    return site


def ensure_settings(site):
    settings = NewsroomSettings.for_site(site)
    if not settings.press_email:
        settings.network_name = "Life Sciences Partner Network"
        settings.press_email = "press@lifesciences-network.be"
        settings.press_phone = "+32 2 555 01 00"
        settings.address = "Rue de la Science 14\n1040 Brussels\nBelgium"
        settings.linkedin_url = (
            "https://www.linkedin.com/company/lifesciences-network-be"
        )
        settings.save()
    return settings


def ensure_index_pages(homes):
    from news.models import EventIndexPage, NewsIndexPage
    from partners.models import PartnerIndexPage

    classes = {
        "news": NewsIndexPage,
        "events": EventIndexPage,
        "partners": PartnerIndexPage,
    }
    indexes = {}
    for key, page_class in classes.items():
        data = INDEX_PAGES[key]
        indexes[key] = build_trilingual(
            homes,
            page_class,
            data,
            lambda code, data=data: {
                "slug": data["slug"][code],
                "title": data["title"][code],
                "introduction": data["introduction"][code],
                "show_in_menus": True,
            },
        )
    return indexes


def ensure_standard_pages(homes, partners):
    pages = {}
    for data in STANDARD_PAGES:
        pages[data["key"]] = build_trilingual(
            homes,
            StandardPage,
            data,
            lambda code, data=data: {
                "slug": data["slug"][code],
                "title": data["title"][code],
                "introduction": data["introduction"][code],
                "body": stream(data["body"][code], code, partners),
            },
        )
    return pages


def build_site():
    """Locales, home pages, site and settings: the skeleton every test needs."""
    with transaction.atomic():
        locales = ensure_locales()
        homes = ensure_homes(locales)
        site = ensure_site(homes["en"])
        ensure_settings(site)
    return {"locales": locales, "homes": homes, "site": site}


def build_demo():
    """The whole demo newsroom, from the source documents, in three languages."""
    from news import demo as news_demo
    from partners import demo as partners_demo

    with transaction.atomic():
        tree = build_site()
        indexes = ensure_index_pages(tree["homes"])
        topics = partners_demo.ensure_topics(tree["locales"])
        partners = partners_demo.ensure_partners(indexes["partners"], topics)
        contacts = news_demo.ensure_media_contacts(tree["locales"])
        news_demo.ensure_releases(indexes["news"], partners, topics, contacts)
        news_demo.ensure_events(indexes["events"], partners, topics)
        ensure_standard_pages(tree["homes"], partners)
        from partners.permissions import setup_roles

        setup_roles()
        settings = NewsroomSettings.for_site(tree["site"])
        if settings.default_media_contact is None and contacts:
            settings.default_media_contact = next(iter(contacts.values()))["en"]
            settings.save()
    return {**tree, "indexes": indexes, "partners": partners, "topics": topics}

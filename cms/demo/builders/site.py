"""The demo site's skeleton: locales, the three home pages, the site and its
settings, then the index pages and the standard pages hung below the homes."""

from django.db import transaction
from wagtail.models import Locale, Page, Site

from cms.base_url import follow_base_url
from cms.demo.builders.pages import (
    TRANSLATIONS,
    build_trilingual,
    ensure_root,
    ensure_translation,
    publish,
    stream,
)
from cms.demo.content.site import HOME, INDEX_PAGES, STANDARD_PAGES
from cms.models import NewsroomSettings, StandardPage
from home.models import HomePage
from news.models import EventIndexPage, NewsIndexPage
from partners.models import PartnerIndexPage

LANGUAGES = ("en", *TRANSLATIONS)
INDEX_PAGE_CLASSES = {
    "news": NewsIndexPage,
    "events": EventIndexPage,
    "partners": PartnerIndexPage,
}


def ensure_locales():
    return {
        code: Locale.objects.get_or_create(language_code=code)[0] for code in LANGUAGES
    }


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
    for code in TRANSLATIONS:
        homes[code] = ensure_translation(english, locales[code], **HOME[code])
    return homes


def ensure_site(english_home):
    site = Site.objects.filter(is_default_site=True).first()
    if site is None:
        site = Site(is_default_site=True)
    # The site answers at NEWSROOM_BASE_URL (cms/base_url.py).
    follow_base_url(site)
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
        settings.address_fr = "Rue de la Science 14\n1040 Bruxelles\nBelgique"
        settings.address_nl = "Wetenschapsstraat 14\n1040 Brussel\nBelgië"
        settings.linkedin_url = (
            "https://www.linkedin.com/company/lifesciences-network-be"
        )
        settings.save()
    return settings


def _heading(data, code):
    """The slug, title and introduction of an index or standard page in `code`."""
    return {name: data[name][code] for name in ("slug", "title", "introduction")}


def ensure_index_pages(homes):
    """The news, events and partners index pages: {key: {code: page}}."""
    return {
        key: build_trilingual(
            homes,
            page_class,
            INDEX_PAGES[key],
            lambda code, data=INDEX_PAGES[key]: {
                **_heading(data, code),
                "show_in_menus": True,
            },
        )
        for key, page_class in INDEX_PAGE_CLASSES.items()
    }


def ensure_standard_pages(homes, partners):
    pages = {}
    for data in STANDARD_PAGES:
        pages[data["key"]] = build_trilingual(
            homes,
            StandardPage,
            data,
            lambda code, data=data: {
                **_heading(data, code),
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

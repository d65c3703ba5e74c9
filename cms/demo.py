"""Building blocks for the demo site: locales, the three home pages, settings.

Every function is idempotent: it finds what a previous run made before it
creates anything, so `load_demo` can run on every `make run`.
"""

from django.db import transaction
from wagtail.models import Locale, Page, Site

from cms.models import NewsroomSettings
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
    """The tree root, which Wagtail's migrations create and a test flush removes."""
    root = Page.get_first_root_node()
    if root is None:
        root = Page.add_root(instance=Page(title="Root", slug="root", locale=locale))
    return root


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


@transaction.atomic
def build_site():
    locales = ensure_locales()
    homes = ensure_homes(locales)
    site = ensure_site(homes["en"])
    ensure_settings(site)
    return {"locales": locales, "homes": homes, "site": site}

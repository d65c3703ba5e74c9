"""Helpers that fill a home page's tree with its section index pages."""

from news.models import EventIndexPage, NewsIndexPage
from partners.models import PartnerIndexPage
from tests.news.factories import EventIndexPageFactory, NewsIndexPageFactory
from tests.partners.factories import PartnerIndexPageFactory

SECTION_SLUGS = {
    "en": ("news", "events", "partners"),
    "fr": ("actualites", "evenements", "partenaires"),
    "nl": ("nieuws", "evenementen", "partners"),
}


def build_sections(home):
    """The news, events and partner index pages under `home`, published."""
    code = home.locale.language_code
    news, events, partners = SECTION_SLUGS[code]
    return {
        "news": NewsIndexPage.objects.child_of(home).first()
        or NewsIndexPageFactory(parent=home, slug=news, show_in_menus=True),
        "events": EventIndexPage.objects.child_of(home).first()
        or EventIndexPageFactory(parent=home, slug=events, show_in_menus=True),
        "partners": PartnerIndexPage.objects.child_of(home).first()
        or PartnerIndexPageFactory(parent=home, slug=partners, show_in_menus=True),
    }

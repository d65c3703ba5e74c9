"""Template helpers of the home page."""

from django import template
from django.contrib.contenttypes.models import ContentType
from wagtail.models import Page

from cms.caching import until_change
from news.models import EventIndexPage, NewsIndexPage
from partners.models import PartnerIndexPage

register = template.Library()

SECTION_MODELS = {
    "news": NewsIndexPage,
    "events": EventIndexPage,
    "partners": PartnerIndexPage,
}


@register.simple_tag
def section_index_pages(locale_id):
    """The live news, events and partner index pages of one locale, in one query.

    Returns a dict keyed news/events/partners; a missing section is left out.
    """

    def compute():
        content_types = ContentType.objects.get_for_models(*SECTION_MODELS.values())
        keys = {content_types[model].pk: key for key, model in SECTION_MODELS.items()}
        sections = {}
        pages = Page.objects.live().filter(
            locale_id=locale_id, content_type_id__in=list(keys)
        )
        for section in pages.order_by("path"):
            sections.setdefault(keys[section.content_type_id], section)
        return sections

    return until_change(("section_index_pages", locale_id), compute)

"""What machines read in a page's <head>: JSON-LD, social cards, feed links.

Also `search_url`, the address of the search page of the active language.
"""

import functools
import json

from django import template
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from wagtail.models import Page

from cms.caching import until_change
from cms.search import search_url as url_for
from cms.seo import SeoMixin, site_feed_links

register = template.Library()

JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def _has_seo(page):
    return isinstance(page, SeoMixin) and bool(page.pk)


def kept_per_page(name):
    """Keep a tag's result for a reader's page until the next content change.

    Previews and review links compute it afresh (`readers_only`, cms.caching).
    """

    def decorate(build):
        @functools.wraps(build)
        def tag(context, page=None):
            request = context.get("request")
            if isinstance(page, Page) and page.pk and request is not None:
                key = (name, page.pk, get_language())
                compute = functools.partial(build, context, page)
                return until_change(key, compute, readers_only=True)
            return build(context, page)

        return tag

    return decorate


@register.simple_tag(takes_context=True)
@kept_per_page("structured_data")
def structured_data(context, page=None):
    """A <script type="application/ld+json"> for releases, events and partners."""
    if not _has_seo(page):
        return ""
    data = page.structured_data(context.get("request"))
    if data is None:
        return ""
    data = {"@context": "https://schema.org", **data}
    payload = json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)
    return mark_safe(  # noqa: S308 - JSON with <, > and & escaped
        f'<script type="application/ld+json">{payload}</script>'
    )


@register.simple_tag(takes_context=True)
@kept_per_page("social_card")
def social_card(context, page=None):
    """OpenGraph and Twitter card: title, lead, a 1200×630 rendition of the hero."""
    request = context.get("request")
    if not _has_seo(page) or request is None:
        return None
    return page.social_card(request)


@register.simple_tag(takes_context=True)
@kept_per_page("feed_links")
def feed_links(context, page=None):
    """<link rel="alternate"> to the feeds and calendars a page belongs to."""
    request = context.get("request")
    if isinstance(page, SeoMixin):
        return page.feed_links(request)
    return site_feed_links(request)


@register.simple_tag
def search_url():
    return url_for()

"""What makes kept pages and the site structure stale, and when.

A publish, unpublish, move, delete or scheduled (un)publication of a page
replaces the tokens of the page's language and of its translations' languages
(`connect_signals`). Other content shapes pages of every language -- topics,
media contacts, site settings, sites, locales, view restrictions, images -- so
a change to any of it replaces every token. The caching package names no such
model itself: each app registers its own in `AppConfig.ready()` with
`invalidate_on_change`.
"""

import logging

from django.conf import settings
from django.db.models.signals import post_delete, post_save
from django.urls import reverse
from django.utils.translation import override
from wagtail.contrib.frontend_cache.utils import PurgeBatch
from wagtail.models import Page
from wagtail.signals import (
    page_published,
    page_unpublished,
    post_page_move,
    pre_page_move,
)

from cms.caching.breaker import cache_recovered
from cms.caching.tokens import bump, invalidate_everything

logger = logging.getLogger(__name__)


def affected_languages(page):
    """The language of `page` and of its translations."""
    codes = set()
    if page.locale_id:
        codes.add(page.locale.language_code)
    if page.translation_key:
        codes.update(
            Page.objects.filter(translation_key=page.translation_key).values_list(
                "locale__language_code", flat=True
            )
        )
    return codes


def invalidate_page(page):
    bump(affected_languages(page))
    purge_cdn(page)


def purge_cdn(page):
    """With a CDN (wagtail.contrib.frontend_cache), purge what the page changes.

    Wagtail purges the page itself; this adds its ancestors (index, home), the
    partners it involves, the feeds, calendar and sitemap of its language.
    """
    if not getattr(settings, "WAGTAILFRONTENDCACHE", None):
        return
    try:
        batch = PurgeBatch()
        specific = page.specific
        batch.add_pages(page.get_ancestors().filter(depth__gt=1).specific())
        links = getattr(specific, "partner_links", None)
        if links is not None:
            batch.add_pages([link.partner for link in links.all() if link.partner])
        root = page.get_site().root_url if page.get_site() else ""
        with override(page.locale.language_code):
            names = ("feed_releases_rss", "feed_releases_atom", "feed_events_rss")
            paths = [reverse(name) for name in names]
            paths += [reverse("calendar_upcoming"), reverse("sitemap")]
        batch.add_urls([root + path for path in paths])
        batch.purge()
    except Exception:
        logger.warning("Could not purge the CDN", exc_info=True)


def on_page_change(sender, instance, **kwargs):
    invalidate_page(instance)


def on_page_delete(sender, instance, **kwargs):
    if isinstance(instance, Page):
        invalidate_page(instance)


def on_shared_content_change(sender, instance, **kwargs):
    """Content that shapes pages of every language (and the site structure)."""
    invalidate_everything()


def on_cache_recovered(sender, **kwargs):
    """Invalidations skipped while Redis was unreachable: start afresh."""
    invalidate_everything()


def connect_signals():
    """Replace the tokens on every page event, and after a Redis outage."""
    cache_recovered.connect(on_cache_recovered, dispatch_uid="pagecache_recovered")
    page_published.connect(on_page_change, dispatch_uid="pagecache_published")
    page_unpublished.connect(on_page_change, dispatch_uid="pagecache_unpublished")
    pre_page_move.connect(on_page_change, dispatch_uid="pagecache_pre_move")
    post_page_move.connect(on_page_change, dispatch_uid="pagecache_post_move")
    post_delete.connect(on_page_delete, dispatch_uid="pagecache_delete")


def invalidate_on_change(*models):
    """Make everything kept stale whenever one of `models` is saved or deleted.

    For content that shapes pages of every language. A model may be named by
    its "app_label.ModelName" label, so that an app's ready() need not import it.
    """
    for model in models:
        label = model if isinstance(model, str) else model._meta.label
        uid = f"pagecache_{label.lower()}"
        post_save.connect(on_shared_content_change, sender=model, dispatch_uid=uid)
        post_delete.connect(
            on_shared_content_change, sender=model, dispatch_uid=f"{uid}_del"
        )

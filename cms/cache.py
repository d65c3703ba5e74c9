"""Anonymous full-page cache with exact invalidation.

Whole responses for anonymous GET/HEAD requests are kept in the default cache,
which every process of a deployment shares (a file cache on one machine, Redis
when REDIS_URL is set), so a publish by the scheduler or a management command
shows on the next request of any web worker.

Exactness. Each language has a *generation* token in the shared cache, and
every stored response carries the token of the response's language (paths
outside the language trees, such as /sitemap.xml, the tokens of every
language); it is served only while that token is current, and the tokens and
the response are read in one round trip. A
publish, unpublish, move, delete or scheduled (un)publication of a page
replaces the token of the page's language and of the languages of its
translations (whose language switcher and hreflang links name it). Everything
such a change can alter -- the page, its index, home, the pages of the partners
it involves, feeds, sitemap, calendars, search -- lives in those languages, so
after the change no earlier response of those languages can be served, while
the other languages keep their entries. The token is read *before* the view
runs and replaced both at once and again after the database commit, so a
response rendered from pre-commit data is stored under a token that is already
stale. Entries also expire after PAGE_CACHE_TIMEOUT seconds, which bounds what
only the clock changes (an event becoming past).
"""

import hashlib
import logging
import uuid

from django.conf import settings
from django.core.cache import cache
from django.db import transaction
from django.http import HttpResponse
from django.utils.cache import cc_delim_re

from cms.cache_breaker import cache_recovered

logger = logging.getLogger(__name__)

KEY_PREFIX = "pagecache"
HEADER = "X-Page-Cache"
SKIPPED_PREFIXES = ("/admin/", "/review/", "/documents/", "/api/", "/media/")
UNCACHEABLE_DIRECTIVES = {"no-store", "private", "no-cache"}


def languages():
    return [code for code, _name in settings.LANGUAGES]


def generation_key(language):
    return f"{KEY_PREFIX}:generation:{language}"


def generations(codes):
    """The current token of each language, created when missing; None if unusable."""
    keys = [generation_key(code) for code in codes]
    try:
        found = cache.get_many(keys)
        for key in keys:
            if key not in found:
                cache.add(key, uuid.uuid4().hex, None)
                found[key] = cache.get(key)
    except Exception:
        logger.warning("Page cache unavailable", exc_info=True)
        return None
    if any(found.get(key) is None for key in keys):
        return None
    return ":".join(found[key] for key in keys)


def bump(codes):
    """Make every cached response of these languages stale, now and on commit."""
    codes = sorted(set(codes))
    if not codes:
        return

    def replace():
        try:
            cache.set_many(
                {generation_key(code): uuid.uuid4().hex for code in codes}, None
            )
        except Exception:
            logger.warning("Could not invalidate the page cache", exc_info=True)

    replace()
    transaction.on_commit(replace)


def affected_languages(page):
    """The language of `page` and of its translations."""
    from wagtail.models import Page

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
    from django.urls import reverse
    from django.utils.translation import override
    from wagtail.contrib.frontend_cache.utils import PurgeBatch

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


def invalidate_everything():
    bump(languages())


def request_language(request):
    """The language tree a path belongs to, or None outside the trees."""
    first = request.path_info.lstrip("/").split("/", 1)[0]
    return first if first in languages() else None


class AnonymousPageCacheMiddleware:
    """Serve and store whole pages for readers without a session.

    Placed after AuthenticationMiddleware; never used for logged-in users,
    previews, the admin, review links or responses that set cookies or say
    private/no-store.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        place = self.cache_place(request)
        if place is None:
            return self.get_response(request)
        key, codes = place
        # One round trip: the languages' tokens and the stored page together.
        token, stored = self.lookup(key, codes)
        if token is None:
            return self.get_response(request)
        if stored is not None and stored[0] == token:
            _token, content, headers = stored
            response = HttpResponse(content)
            for name, value in headers:
                response.headers[name] = value
            response[HEADER] = "hit"
            return response
        response = self.get_response(request)
        if self.cacheable(request, response):
            try:
                cache.set(
                    key,
                    (token, response.content, list(response.headers.items())),
                    settings.PAGE_CACHE_TIMEOUT,
                )
            except Exception:
                logger.warning("Could not store a page", exc_info=True)
            response[HEADER] = "miss"
        return response

    def lookup(self, key, codes):
        """(current token of `codes`, what is stored under `key`), or (None, None).

        A stored page carries the token it was rendered under; it is served
        only while that is still the current token.
        """
        keys = [generation_key(code) for code in codes]
        try:
            found = cache.get_many([*keys, key])
        except Exception:
            logger.warning("Page cache unavailable", exc_info=True)
            return None, None
        if any(found.get(name) is None for name in keys):
            return generations(codes), None
        return ":".join(found[name] for name in keys), found.get(key)

    def cache_place(self, request):
        """(cache key, languages whose tokens guard it), or None: not cached."""
        if not getattr(settings, "PAGE_CACHE_ENABLED", True):
            return None
        if request.method not in ("GET", "HEAD"):
            return None
        if request.path_info.startswith(SKIPPED_PREFIXES):
            return None
        if settings.SESSION_COOKIE_NAME in request.COOKIES:
            return None
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return None
        if getattr(request, "is_preview", False):
            return None
        language = request_language(request)
        codes = [language] if language else languages()
        address = f"{request.get_host()}{request.get_full_path()}"
        digest = hashlib.sha256(address.encode()).hexdigest()
        current = getattr(request, "LANGUAGE_CODE", language or "")
        return f"{KEY_PREFIX}:page:{current}:{digest}", codes

    def cacheable(self, request, response):
        if response.status_code != 200 or response.streaming:
            return False
        if response.cookies or response.has_header("Set-Cookie"):
            return False
        if getattr(request, "is_preview", False):
            return False
        # A page that handed out a CSRF token is bound to one visitor's cookie.
        if request.META.get("CSRF_COOKIE_NEEDS_UPDATE") or request.META.get(
            "CSRF_COOKIE_USED"
        ):
            return False
        session = getattr(request, "session", None)
        if session is not None and session.modified:
            return False
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            return False
        directives = {
            part.split("=")[0].strip().lower()
            for part in cc_delim_re.split(response.get("Cache-Control", ""))
        }
        if directives & UNCACHEABLE_DIRECTIVES:
            return False
        return "*" not in response.get("Vary", "")


def on_page_change(sender, instance, **kwargs):
    invalidate_page(instance)


def on_page_delete(sender, instance, **kwargs):
    from wagtail.models import Page

    if isinstance(instance, Page):
        invalidate_page(instance)


def on_shared_content_change(sender, instance, **kwargs):
    """Topics, media contacts, site settings, sites, locales and view restrictions
    shape pages of every language (and the site structure, cms/structure.py)."""
    invalidate_everything()


def on_cache_recovered(sender, **kwargs):
    """Invalidations skipped while Redis was unreachable: start afresh."""
    invalidate_everything()


def connect_signals():
    from django.db.models.signals import post_delete, post_save
    from wagtail.images import get_image_model
    from wagtail.models import Locale, PageViewRestriction, Site
    from wagtail.signals import (
        page_published,
        page_unpublished,
        post_page_move,
        pre_page_move,
    )

    from cms.models import NewsroomSettings, Topic
    from news.models import MediaContact

    cache_recovered.connect(on_cache_recovered, dispatch_uid="pagecache_recovered")
    page_published.connect(on_page_change, dispatch_uid="pagecache_published")
    page_unpublished.connect(on_page_change, dispatch_uid="pagecache_unpublished")
    pre_page_move.connect(on_page_change, dispatch_uid="pagecache_pre_move")
    post_page_move.connect(on_page_change, dispatch_uid="pagecache_post_move")
    post_delete.connect(on_page_delete, dispatch_uid="pagecache_delete")
    shared_models = (
        NewsroomSettings,
        Topic,
        MediaContact,
        Site,
        Locale,
        PageViewRestriction,
        # A replaced file or a moved focal point gives the image new renditions.
        get_image_model(),
    )
    for model in shared_models:
        post_save.connect(
            on_shared_content_change, sender=model, dispatch_uid=f"pagecache_{model}"
        )
        post_delete.connect(
            on_shared_content_change,
            sender=model,
            dispatch_uid=f"pagecache_del_{model}",
        )

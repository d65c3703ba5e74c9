"""Anonymous full-page cache with exact invalidation.

Whole responses for anonymous GET/HEAD requests are kept in the default cache,
which every process of a deployment shares (a file cache on one machine, Redis
when REDIS_URL is set), so a publish by the scheduler or a management command
shows on the next request of any web worker.

Exactness. Each language has a *generation* token in the shared cache
(tokens.py), and every stored response carries the token of the response's
language (paths outside the language trees, such as /sitemap.xml, the tokens
of every language); it is served only while that token is current, and the
tokens and the response are read in one round trip. A publish, unpublish,
move, delete or scheduled (un)publication of a page replaces the token of the
page's language and of the languages of its translations (invalidation.py),
whose language switcher and hreflang links name it. Everything such a change
can alter -- the page, its index, home, the pages of the partners it involves,
feeds, sitemap, calendars, search -- lives in those languages, so after the
change no earlier response of those languages can be served, while the other
languages keep their entries. The token is read *before* the view runs and
replaced both at once and again after the database commit, so a response
rendered from pre-commit data is stored under a token that is already stale.
Entries also expire after PAGE_CACHE_TIMEOUT seconds, which bounds what only
the clock changes (an event becoming past).
"""

import hashlib
import logging

from django.conf import settings
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import cc_delim_re

from cms.caching.tokens import KEY_PREFIX, generation_key, generations, languages

logger = logging.getLogger(__name__)

HEADER = "X-Page-Cache"
SKIPPED_PREFIXES = ("/admin/", "/review/", "/documents/", "/api/", "/media/")
UNCACHEABLE_DIRECTIVES = {"no-store", "private", "no-cache"}


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

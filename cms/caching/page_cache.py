"""Anonymous full-page cache with exact invalidation, served before the stack.

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

Where. The middleware is the first of MIDDLEWARE, so a hit runs no other
middleware: no session, locale, CSRF, authentication or messages, no query.
Behind a WSGI server the front (front.py) answers hits even earlier, before
Django handles the request, and passes what it looked up to this middleware.
It decides from the request alone -- no session or messages cookie, no
Authorization header, not the admin, review links, the API, media, documents
or static files -- and keys the page by scheme, host, full path and the
language LocaleMiddleware would activate (the path's, else the language
cookie's or Accept-Language's: `/` itself is a redirect, never stored). It
stores on the way out, after every other middleware, so the stored headers are
those every reader got (security headers, Vary, Content-Language,
Content-Length, Permissions-Policy, the ETag); a response that set a cookie,
used a CSRF token, modified the session, was a preview or served a logged-in
user, or says private/no-cache/no-store, is not stored.

Headers. The Content-Security-Policy names a fresh nonce on every response,
hits included: a kept page's policy holds a mark where its nonce was, and each
replay writes a new nonce there. A stored nonce would be the same for every
reader of the page, so anyone able to inject markup into it would know a nonce
the policy accepts. Public pages carry no nonce in their body (cms/csp.py); a
page that does is not kept. A stored page carries a strong ETag (the MD5 of its
body, as Django's ConditionalGetMiddleware computes it), answered with 304 on a
matching If-None-Match, and a Cache-Control that lets browsers and a CDN keep
it (`cdn_cache_control`). A response to a request that may be personal gets
`private` when it does not say who may keep it.
"""

import base64
import hashlib
import logging
import os
import re

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.core.cache import cache
from django.http import HttpResponse
from django.utils.cache import (
    cc_delim_re,
    get_conditional_response,
    patch_cache_control,
    set_response_etag,
)
from django.utils.translation import get_language_from_request

from cms.caching.tokens import KEY_PREFIX, generation_key, generations, languages

logger = logging.getLogger(__name__)

HEADER = "X-Page-Cache"
# Where the WSGI front leaves (key, token) of a request it looked up and missed.
LOOKED_UP = "newsroom.page_cache"
CSP_HEADER = "Content-Security-Policy"
NONCE = re.compile(r"'nonce-([A-Za-z0-9+/_=-]+)'")
# Stands for the nonce in a kept page's headers; never a valid base64 nonce.
NONCE_MARK = "{page-cache-nonce}"
SKIPPED_PREFIXES = ("/admin/", "/review/", "/documents/", "/api/", "/media/")
UNCACHEABLE_DIRECTIVES = {"no-store", "private", "no-cache"}
# A response that names one of these has said who may keep it.
SHARING_DIRECTIVES = {"no-store", "private", "public"}


def new_nonce():
    """A CSP nonce as django-csp makes them: 16 random bytes, base64."""
    return base64.b64encode(os.urandom(16)).decode("ascii")


def request_language(request):
    """The language tree a path belongs to, or None outside the trees."""
    first = request.path_info.lstrip("/").split("/", 1)[0]
    return first if first in languages() else None


def cdn_cache_control():
    """Cache-Control arguments for a page every reader gets alike.

    Browsers keep it PAGE_CACHE_BROWSER_MAX_AGE seconds, a CDN (purged on
    publish, invalidation.py) PAGE_CACHE_CDN_MAX_AGE; both may serve it
    PAGE_CACHE_STALE_WHILE_REVALIDATE seconds longer while they ask again.
    """
    return {
        "public": True,
        "max_age": settings.PAGE_CACHE_BROWSER_MAX_AGE,
        "s_maxage": settings.PAGE_CACHE_CDN_MAX_AGE,
        "stale_while_revalidate": settings.PAGE_CACHE_STALE_WHILE_REVALIDATE,
    }


def directives(response):
    return {
        part.split("=")[0].strip().lower()
        for part in cc_delim_re.split(response.get("Cache-Control", ""))
    }


def may_be_personal(request):
    """Whether the request may carry who the reader is."""
    return (
        settings.SESSION_COOKIE_NAME in request.COOKIES
        or "HTTP_AUTHORIZATION" in request.META
        or getattr(getattr(request, "user", None), "is_authenticated", False)
    )


def skipped(path):
    """Whether `path` is never kept: the admin, review links, API, files."""
    return path.startswith((*SKIPPED_PREFIXES, settings.STATIC_URL))


def place(request):
    """(cache key, languages whose tokens guard it), or None: not cached."""
    if not getattr(settings, "PAGE_CACHE_ENABLED", True):
        return None
    if request.method not in ("GET", "HEAD"):
        return None
    if skipped(request.path_info):
        return None
    # Pending messages are shown by the next page a reader opens.
    if CookieStorage.cookie_name in request.COOKIES or may_be_personal(request):
        return None
    if getattr(request, "is_preview", False):
        return None
    language = request_language(request)
    codes = [language] if language else languages()
    # The scheme too: an http request gets SecurityMiddleware's redirect.
    address = f"{request.scheme}://{request.get_host()}{request.get_full_path()}"
    digest = hashlib.sha256(address.encode()).hexdigest()
    # The language LocaleMiddleware activates (i18n_patterns, prefixed).
    current = language or get_language_from_request(request, check_path=True)
    return f"{KEY_PREFIX}:page:{current}:{digest}", codes


def lookup(key, codes):
    """(current token of `codes`, what is stored under `key`), or (None, None).

    One round trip: the languages' tokens and the stored page together. A
    stored page carries the token it was rendered under; it is served only
    while that is still the current token.
    """
    keys = [generation_key(code) for code in codes]
    try:
        found = cache.get_many([*keys, key])
    except Exception:
        logger.warning("Page cache unavailable", exc_info=True)
        return None, None
    if any(found.get(name) is None for name in keys):
        return generations(codes), None
    token = ":".join(found[name] for name in keys)
    stored = found.get(key)
    return token, stored if stored is not None and stored[0] == token else None


def replay(request, stored):
    """The kept page with a fresh CSP nonce, or 304 when the reader has it."""
    _token, content, headers = stored
    nonce = new_nonce()
    response = HttpResponse(
        content,
        headers=[(name, value.replace(NONCE_MARK, nonce)) for name, value in headers],
    )
    response.headers[HEADER] = "hit"
    return get_conditional_response(request, etag=response["ETag"], response=response)


def store(key, token, response):
    """Keep `response` with every header the stack gave it, its ETag and the
    Cache-Control a CDN may follow; its CSP nonce becomes a mark that each
    replay fills with a fresh one. A page whose body holds its nonce (an
    inline script allowed by it) is not kept: it is bound to that nonce."""
    patch_cache_control(response, **cdn_cache_control())
    if not response.has_header("ETag"):
        set_response_etag(response)
    nonces = set(NONCE.findall(response.get(CSP_HEADER, "")))
    if any(nonce.encode() in response.content for nonce in nonces):
        return False
    headers = []
    for name, value in response.headers.items():
        for nonce in nonces:
            value = value.replace(f"'nonce-{nonce}'", f"'nonce-{NONCE_MARK}'")
        headers.append((name, value))
    try:
        cache.set(key, (token, response.content, headers), settings.PAGE_CACHE_TIMEOUT)
    except Exception:
        logger.warning("Could not store a page", exc_info=True)
        return False
    return True


def cacheable(request, response):
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
    if directives(response) & UNCACHEABLE_DIRECTIVES:
        return False
    return "*" not in response.get("Vary", "")


def keep_private(request, response):
    """A response that may be personal, and says nothing of who may keep it,
    is `private` (a view's explicit `public`, for public media, stays)."""
    if may_be_personal(request) and not directives(response) & SHARING_DIRECTIVES:
        patch_cache_control(response, private=True)
    return response


class AnonymousPageCacheMiddleware:
    """Serve and store whole pages for readers without a session.

    First in MIDDLEWARE (see the module docstring); never used for logged-in
    users, previews, the admin, review links or responses that set cookies or
    say private/no-store. Behind the WSGI front (front.py), a request arrives
    already looked up, and a hit never reaches Django.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        looked_up = request.META.get(LOOKED_UP)
        if looked_up is not None:
            key, token = looked_up
            stored = None
        else:
            found = place(request)
            if found is None:
                return keep_private(request, self.get_response(request))
            key, codes = found
            token, stored = lookup(key, codes)
        if token is None:
            return keep_private(request, self.get_response(request))
        if stored is not None:
            return replay(request, stored)
        response = self.get_response(request)
        if cacheable(request, response) and store(key, token, response):
            response[HEADER] = "miss"
        return keep_private(request, response)

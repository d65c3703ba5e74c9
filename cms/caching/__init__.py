"""Caching: what the newsroom keeps, for how long, and what makes it stale.

Two lifetimes, one API:

- `per_request(key, compute)`: once per request (memo.py);
- `until_change(key, compute, readers_only=False)`: kept in each process until
  the next publish or content change (store.py), under the generation tokens
  every process shares (tokens.py).

Whole pages for anonymous readers are kept by `AnonymousPageCacheMiddleware`
(page_cache.py) under the same tokens. A page event replaces the tokens of its
languages; apps name the other content that shapes every page with
`invalidate_on_change` in their `AppConfig.ready()` (invalidation.py).
`PublicPageMiddleware` routes readers' pages from the kept site structure
(routing.py, site.py); feeds and calendars keep their whole answer
(`kept_response`, responses.py). Redis, when used, sits behind a circuit breaker
(breaker.py, named in CACHES by its dotted path).

The package imports no app and nothing from `cms.models`: every app builds on it.
"""

from cms.caching.invalidation import connect_signals, invalidate_on_change
from cms.caching.memo import RequestMemoMiddleware, is_public_request, per_request
from cms.caching.page_cache import AnonymousPageCacheMiddleware
from cms.caching.responses import kept_response
from cms.caching.routing import PublicPageMiddleware, reader_view
from cms.caching.site import active_locale, content_locales
from cms.caching.store import forget, until_change, until_change_recent
from cms.caching.tokens import invalidate_everything

__all__ = [
    "AnonymousPageCacheMiddleware",
    "PublicPageMiddleware",
    "RequestMemoMiddleware",
    "active_locale",
    "connect_signals",
    "content_locales",
    "forget",
    "invalidate_everything",
    "invalidate_on_change",
    "kept_response",
    "is_public_request",
    "per_request",
    "reader_view",
    "until_change",
    "until_change_recent",
]

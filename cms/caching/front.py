"""The page cache in front of Django: kept pages answered at the WSGI entry.

`PageCacheFront` wraps the WSGI application (cms/wsgi.py), so that what every
server runs (`make serve`, the bench, the two-instance test) asks the page
cache before Django handles the request at all. For a request the page cache
may answer (`page_cache.place`: an anonymous GET or HEAD with no session,
messages cookie or Authorization, outside the admin, review links, API, media,
documents and static files) it makes the middleware's one round trip -- the
languages' tokens and the kept page -- and answers a hit there: no
request_started / request_finished signals, no middleware, no database
connection check. Its answer is the middleware's (`page_cache.replay`): the
headers the whole stack gave the page, a fresh CSP nonce, 304 for a matching
If-None-Match.

A miss goes on to Django with the key and token it read (under
`page_cache.LOOKED_UP` in the WSGI environ, a name no HTTP header can take), so
`AnonymousPageCacheMiddleware`, first in MIDDLEWARE, renders and keeps the page
without asking the cache again. Anything unexpected here is logged and the
request goes to Django, which answers it as if there were no front (a Host
outside ALLOWED_HOSTS gets its 400 there). Django's test client does not pass
through this front; the middleware serves it the same pages in the same way.
"""

import logging

from django.core.handlers.wsgi import WSGIRequest

from cms.caching.page_cache import LOOKED_UP, lookup, place, replay, skipped

logger = logging.getLogger(__name__)


class PageCacheFront:
    """WSGI middleware: answers page-cache hits before Django's handler."""

    def __init__(self, application):
        self.application = application

    def __call__(self, environ, start_response):
        response = None
        if environ.get("REQUEST_METHOD") in ("GET", "HEAD") and not skipped(
            environ.get("PATH_INFO", "")
        ):
            try:
                response = self.kept(environ)
            except Exception:
                logger.warning("Page cache front failed", exc_info=True)
                environ.pop(LOOKED_UP, None)
        if response is None:
            return self.application(environ, start_response)
        status = f"{response.status_code} {response.reason_phrase}"
        start_response(status, list(response.items()))
        return [response.content]

    @staticmethod
    def kept(environ):
        """The kept answer for this request, or None: Django answers it."""
        request = WSGIRequest(environ)
        found = place(request)
        if found is None:
            return None
        key, codes = found
        token, stored = lookup(key, codes)
        if token is None:
            return None
        if stored is None:
            environ[LOOKED_UP] = (key, token)
            return None
        return replay(request, stored)

"""The site's structure, kept in each process between requests.

A public page needs the same few things on every request: the Site for the
host name, the locales, the home pages, the header menu, the view
restrictions, the site settings, the filter choices of an index and a page's
family of translations and ancestors. They change only when something is
published, unpublished, moved or deleted, or when an administrator changes
sites, locales, privacy or settings: exactly the events that replace the page
cache's generation tokens (cms/cache.py). So each process keeps them in memory
under the current tokens, read once per request from the shared cache: a
change made by any process (a web worker, the scheduler, a management command)
empties every process's store on that process's next request.

Only requests use the store (the per-request memo in cms.visibility is open);
code outside requests always reads the database. When the shared cache cannot
be read, nothing is kept.
"""

import copy
import threading
import time

from django.conf import settings

from cms.visibility import current_memo, memoized

MAX_ENTRIES = 5000

_lock = threading.Lock()
_store = {"token": None, "values": {}, "since": 0.0}


def _current(token):
    """The store's values for `token`; emptied when the token, its size or its
    age (PAGE_CACHE_TIMEOUT, for what only the clock changes) says so. Call with
    the lock held."""
    max_age = getattr(settings, "PAGE_CACHE_TIMEOUT", 600)
    now = time.monotonic()
    if (
        _store["token"] != token
        or len(_store["values"]) > MAX_ENTRIES
        or now - _store["since"] > max_age
    ):
        _store["token"] = token
        _store["values"] = {}
        _store["since"] = now
    return _store["values"]


def _active():
    """Whether this code runs inside a request, with the store switched on."""
    return current_memo() is not None and getattr(
        settings, "SITE_STRUCTURE_CACHE", True
    )


def current_token():
    """The generation tokens of every language, once per request."""
    from cms.cache import generations, languages

    return memoized("structure_token", lambda: generations(languages()))


def shared(key, compute):
    """`compute()` kept across requests until the next content change.

    Inside a request the value is also memoised for the rest of the request.
    Values must be treated as read-only: callers that change a model instance
    take a copy (see `fresh`).
    """
    if not _active():
        return compute()

    def lookup():
        token = current_token()
        if token is None:
            return compute()
        with _lock:
            values = _current(token)
            if key in values:
                return values[key]
        value = compute()
        with _lock:
            if _store["token"] == token:
                _store["values"][key] = value
        return value

    return memoized(("shared", key), lookup)


def forget():
    """Drop what this process keeps (tests, and after bulk changes)."""
    with _lock:
        _store["token"] = None
        _store["values"] = {}
        _store["since"] = 0.0


def fresh(instance):
    """A copy of a kept model instance that a request may change freely."""
    return copy.copy(instance) if instance is not None else None


def site_for_request(request):
    """The Site for the request's host and port, as Wagtail finds it."""
    from wagtail.models import Site

    if not hasattr(request, "_wagtail_site"):
        host = request._get_raw_host()
        port = request.get_port()
        site = shared(("site", host, port), lambda: Site._find_for_request(request))
        request._wagtail_site = fresh(site)
    return request._wagtail_site


def home_for_request(request):
    """The site's root page in the active language (if live), specific."""
    from django.utils.translation import get_language

    site = site_for_request(request)
    if site is None or site.root_page_id is None:
        return None
    key = ("home", site.pk, get_language())
    return fresh(shared(key, lambda: site.root_page.localized.specific))


def mark_public_request():
    """Note that this request serves a public page (see `is_public_request`)."""
    memoized("public_request", lambda: True)


def is_public_request():
    """Whether the current request is Wagtail serving a page to a reader."""
    memo = current_memo()
    return bool(memo and memo.get("public_request"))


def kept(key):
    """What `keep` stored under `key` for the current tokens, or None."""
    if not _active():
        return None
    token = current_token()
    if token is None:
        return None
    with _lock:
        return _current(token).get(key)


def keep(key, value):
    """Store `value` under `key` until the next content change (requests only)."""
    if not _active():
        return
    token = current_token()
    if token is None:
        return
    with _lock:
        _current(token)[key] = value


def shared_for_readers(key, compute):
    """`shared` on a reader's request; computed afresh for previews and reviews.

    For what a page's draft can change (a pinned release, hidden partners): a
    preview must neither read what readers get nor leave its draft for them.
    """
    if not is_public_request():
        return compute()
    return shared(key, compute)

"""The site's structure, kept in each process until the next content change.

A public page needs the same few things on every request: the Site for the
host name, the locales, the home pages, the header menu, the view
restrictions, the site settings, the filter choices of an index, a page's
family of translations and ancestors, its release cards. They change only when
something is published, unpublished, moved or deleted, or when an
administrator changes sites, locales, privacy or settings: exactly the events
that replace the generation tokens (tokens.py, invalidation.py). So each
process keeps them in memory under the current tokens, read once per request
from the shared cache: a change made by any process (a web worker, the
scheduler, a management command) empties every process's store on that
process's next request.

Only requests use the store (while the per-request memo is open); code outside
requests always reads the database. When the shared cache cannot be read,
nothing is kept.
"""

import threading
import time
from collections import OrderedDict

from django.conf import settings

from cms.caching.memo import (
    current_memo,
    is_public_request,
    per_request,
    reader_site_id,
)
from cms.caching.tokens import generations, languages

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
    return per_request("structure_token", lambda: generations(languages()))


def until_change(key, compute, readers_only=False):
    """`compute()`, kept in this process until the next publish or content change.

    Inside a request the value is also memoised for the rest of the request.
    Values must be treated as read-only: a caller that changes a kept model
    instance takes a copy first.

    With `readers_only`, the value is kept only while Wagtail serves a page to
    a reader, per site (it may hold the site's URLs), and computed afresh for
    previews and review links: for what a page's draft can change (a pinned
    release, hidden partners), a preview must neither read what readers get
    nor leave its draft for them.
    """
    if readers_only:
        if not is_public_request():
            return compute()
        key = ("readers", reader_site_id(), key)
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

    return per_request(("kept", key), lookup)


# Values keyed by what visitors type (search queries): kept apart, the most
# recently used `size` of them, so a flood of new keys never empties the store.
_recent = OrderedDict()


def until_change_recent(key, compute, size):
    """`until_change` for keys without bound: the `size` most recently used are
    kept in this process under the current tokens, the oldest dropped first."""
    if not _active():
        return compute()
    token = current_token()
    if token is None:
        return compute()
    key = (token, key)
    with _lock:
        if key in _recent:
            _recent.move_to_end(key)
            return _recent[key]
    value = compute()
    with _lock:
        _recent[key] = value
        while len(_recent) > size:
            _recent.popitem(last=False)
    return value


def forget():
    """Drop what this process keeps (tests, and after bulk changes)."""
    with _lock:
        _store["token"] = None
        _store["values"] = {}
        _store["since"] = 0.0
        _recent.clear()

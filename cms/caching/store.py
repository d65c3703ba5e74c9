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

The store holds at most SITE_STRUCTURE_MAX_ENTRIES values (a kept list counts
one per item) and drops the least recently used first: most keys are per page
(its family, its related objects, its cards, a listing page's items), so a
crawler walking thousands of pages would otherwise keep ~190 KB per page in
every worker until the next publish (docs/performance.md, "Worker memory").
What every request reads (site, locales, menu, settings) stays in.

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

_lock = threading.Lock()
_store = {"token": None, "values": OrderedDict(), "weight": 0, "since": 0.0}


def _current(token):
    """The store's values for `token`; emptied when the token or its age
    (PAGE_CACHE_TIMEOUT, for what only the clock changes) says so. Call with
    the lock held."""
    max_age = getattr(settings, "PAGE_CACHE_TIMEOUT", 600)
    now = time.monotonic()
    if _store["token"] != token or now - _store["since"] > max_age:
        _store["token"] = token
        _store["values"] = OrderedDict()
        _store["weight"] = 0
        _store["since"] = now
    return _store["values"]


def _weight(value):
    """A value's share of the bound: a kept list (a listing page's items) weighs
    one per item, as each item is a page instance of its own."""
    return 1 + len(value) if isinstance(value, list | tuple) else 1


def _keep(key, value):
    """Store `value`, dropping the least recently used values while the total
    weight passes the bound. Call with the lock held."""
    values = _store["values"]
    if key in values:
        _store["weight"] -= _weight(values[key])
    values[key] = value
    values.move_to_end(key)
    _store["weight"] += _weight(value)
    limit = getattr(settings, "SITE_STRUCTURE_MAX_ENTRIES", 500)
    while _store["weight"] > limit and len(values) > 1:
        _, dropped = values.popitem(last=False)
        _store["weight"] -= _weight(dropped)


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
                values.move_to_end(key)
                return values[key]
        value = compute()
        with _lock:
            if _store["token"] == token:
                _keep(key, value)
        return value

    return per_request(("kept", key), lookup)


# Values keyed by what visitors type (search queries): kept apart, the most
# recently used `size` of them, so a flood of new keys never empties the store.
_recent = {"token": None, "values": OrderedDict(), "since": 0.0}


def until_change_recent(key, compute, size, readers_only=False):
    """`until_change` for keys without bound: the `size` most recently used are
    kept in this process under the current tokens, the oldest dropped first.
    A new token (or PAGE_CACHE_TIMEOUT) empties them all at once."""
    if readers_only:
        if not is_public_request():
            return compute()
        key = ("readers", reader_site_id(), key)
    if not _active():
        return compute()
    token = current_token()
    if token is None:
        return compute()
    max_age = getattr(settings, "PAGE_CACHE_TIMEOUT", 600)
    with _lock:
        now = time.monotonic()
        if _recent["token"] != token or now - _recent["since"] > max_age:
            _recent.update(token=token, values=OrderedDict(), since=now)
        values = _recent["values"]
        if key in values:
            values.move_to_end(key)
            return values[key]
    value = compute()
    with _lock:
        if _recent["token"] == token:
            values = _recent["values"]
            values[key] = value
            while len(values) > size:
                values.popitem(last=False)
    return value


def forget():
    """Drop what this process keeps (tests, and after bulk changes)."""
    with _lock:
        _store["token"] = None
        _store["values"] = OrderedDict()
        _store["weight"] = 0
        _store["since"] = 0.0
        _recent.update(token=None, values=OrderedDict(), since=0.0)

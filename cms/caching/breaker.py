"""Redis as a cache that costs little when it fails: a circuit breaker.

The page cache, the site-structure tokens, sessions (cached_db) and Django's
own caching all reach Redis through the default cache. django-redis alone
waits its socket timeout on *every* call when Redis hangs, and logs a
traceback for every call when Redis refuses connections: a page makes a dozen
calls, so an outage cost seconds a request and twenty tracebacks.

`BreakerRedisCache` sends every call of the cache API through one breaker per
Redis server, shared by every thread and cache call of the process. The first
failure opens it: for BREAKER_SECONDS (OPTIONS, default 30) every call answers
at once as a miss (`get` gives its default, writes do nothing), so the site
serves from the database. Then a single PING, made by one caller, decides: the
breaker closes or stays open for another period. Each outage logs one line
when the breaker opens and one when it closes.

Writes skipped during an outage may include page-cache invalidations, so when
the breaker closes it sends `cache_recovered` *before* the caller's own call
runs; the page cache replaces its tokens on that signal (invalidation.py).

Django loads this backend on the first use of a cache, once the apps are
ready, so importing the `cms.caching` package first is safe.
"""

import logging
import threading
import time
from urllib.parse import urlsplit

from django.dispatch import Signal
from django_redis.cache import RedisCache
from django_redis.exceptions import ConnectionInterrupted
from redis.exceptions import RedisError

logger = logging.getLogger(__name__)

DEFAULT_BREAKER_SECONDS = 30

# Sent (sender: the server's address) when a server answers again after an
# outage.
cache_recovered = Signal()


def server_name(location):
    """`location` without credentials, fit for a log line."""
    parts = urlsplit(str(location))
    if not parts.hostname:
        return parts.path or "redis"
    port = f":{parts.port}" if parts.port else ""
    return f"{parts.scheme}://{parts.hostname}{port}{parts.path}"


class Breaker:
    """Open after a failure, for `seconds`; then one probe closes it or not."""

    def __init__(self, name, seconds):
        self.name = name
        self.seconds = seconds
        self._lock = threading.Lock()
        self._open = False
        self._since = 0.0
        self._retry_at = 0.0
        self._probing = False

    @property
    def is_open(self):
        return self._open

    def should_probe(self):
        """While open: True for the one caller whose turn it is to probe."""
        with self._lock:
            if not self._open or self._probing or time.monotonic() < self._retry_at:
                return False
            self._probing = True
            return True

    def failed(self, error):
        now = time.monotonic()
        with self._lock:
            opened = not self._open
            self._open = True
            self._probing = False
            self._retry_at = now + self.seconds
            if opened:
                self._since = now
        if opened:
            logger.warning(
                "Cache %s failed (%s: %s); serving without it, next try in %s s",
                self.name,
                type(error).__name__,
                error,
                self.seconds,
            )

    def recovered(self):
        with self._lock:
            closed = self._open
            self._open = False
            self._probing = False
            outage = time.monotonic() - self._since
        if closed:
            logger.warning("Cache %s answers again after %.0f s", self.name, outage)
            cache_recovered.send(sender=self.name)


_breakers = {}
_breakers_lock = threading.Lock()


def breaker_for(location, seconds):
    """The process's one breaker for the server at `location`."""
    name = server_name(location)
    with _breakers_lock:
        breaker = _breakers.get(name)
        if breaker is None:
            breaker = _breakers[name] = Breaker(name, seconds)
        breaker.seconds = seconds
        return breaker


def forget_breakers():
    """Start again with every breaker closed (tests)."""
    with _breakers_lock:
        _breakers.clear()


def through_breaker(name, fallback=None):
    """A cache method that calls the client's `name` unless the breaker is open."""

    def method(self, *args, **kwargs):
        return self._call(name, fallback, *args, **kwargs)

    method.__name__ = name
    method.__doc__ = f"`{name}` through the breaker; {fallback!r} when Redis fails."
    return method


class BreakerRedisCache(RedisCache):
    """django-redis's cache whose every call goes through the server's breaker."""

    def __init__(self, server, params):
        super().__init__(server, params)
        seconds = params.get("OPTIONS", {}).get(
            "BREAKER_SECONDS", DEFAULT_BREAKER_SECONDS
        )
        self.breaker = breaker_for(server, float(seconds))

    def _available(self):
        """Whether to call Redis now; while open, one caller in a period pings."""
        if not self.breaker.is_open:
            return True
        if not self.breaker.should_probe():
            return False
        try:
            self.client.get_client(write=True).ping()
        except (RedisError, OSError) as error:
            self.breaker.failed(error)
            return False
        self.breaker.recovered()
        return True

    def _call(self, name, fallback, *args, **kwargs):
        if not self._available():
            return fallback
        try:
            return getattr(self.client, name)(*args, **kwargs)
        except ConnectionInterrupted as interrupted:
            self.breaker.failed(interrupted.__cause__ or interrupted)
            return fallback

    def get(self, key, default=None, version=None, client=None):
        if not self._available():
            return default
        try:
            return self.client.get(key, default=default, version=version, client=client)
        except ConnectionInterrupted as interrupted:
            self.breaker.failed(interrupted.__cause__ or interrupted)
            return default

    def get_many(self, *args, **kwargs):
        return self._call("get_many", None, *args, **kwargs) or {}

    def delete(self, *args, **kwargs):
        return bool(self._call("delete", 0, *args, **kwargs))

    set = through_breaker("set", False)
    add = through_breaker("add", False)
    set_many = through_breaker("set_many")
    delete_many = through_breaker("delete_many")
    has_key = through_breaker("has_key", False)
    touch = through_breaker("touch", False)
    incr = through_breaker("incr")
    decr = through_breaker("decr")
    incr_version = through_breaker("incr_version")
    ttl = through_breaker("ttl")
    expire = through_breaker("expire", False)
    clear = through_breaker("clear")

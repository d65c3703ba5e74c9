"""A failing Redis costs one short timeout, then the site serves from the database.

Redis is played by a real TCP listener on 127.0.0.1 that accepts connections
and never answers (the hanging server), by a closed port (the refused
connection) and, for the recovery, by the same listener forwarding to the real
Redis. The cache settings are the production ones (cms/settings/production.py).
"""

import logging
import socket
import threading
import time
import uuid

import pytest
from django.contrib.auth import get_user_model

from cms.caching.breaker import forget_breakers
from tests.home.factories import build_sections
from tests.news.factories import PressReleasePageFactory

pytestmark = pytest.mark.django_db

REDIS = ("127.0.0.1", 6379)
BREAKER_SECONDS = 60


class RedisStandIn:
    """A TCP listener in Redis's place: mute, or forwarding to the real Redis."""

    def __init__(self):
        self.server = socket.create_server(("127.0.0.1", 0))
        self.server.settimeout(0.02)
        self.port = self.server.getsockname()[1]
        self.forward = False
        self.accepted = 0
        self.held = []
        self.running = True
        self.thread = threading.Thread(target=self.serve, daemon=True)
        self.thread.start()

    @property
    def url(self):
        return f"redis://127.0.0.1:{self.port}/0"

    def serve(self):
        while self.running:
            try:
                conn, _address = self.server.accept()
            except TimeoutError:
                continue
            except OSError:
                return
            self.accepted += 1
            self.held.append(conn)
            if self.forward:
                upstream = socket.create_connection(REDIS, timeout=5)
                self.held.append(upstream)
                for source, target in ((conn, upstream), (upstream, conn)):
                    threading.Thread(
                        target=self.pump, args=(source, target), daemon=True
                    ).start()

    @staticmethod
    def pump(source, target):
        try:
            while data := source.recv(65536):
                target.sendall(data)
        except OSError:
            pass

    def connections(self):
        """Connections accepted so far, once the kernel's queue is drained."""
        time.sleep(0.1)
        return self.accepted

    def close(self):
        self.running = False
        self.thread.join()
        self.server.close()
        for conn in self.held:
            conn.close()


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def production_cache(location, breaker_seconds=BREAKER_SECONDS, prefix=""):
    """CACHES as production.py builds it with REDIS_URL set."""
    return {
        "default": {
            "BACKEND": "cms.caching.breaker.BreakerRedisCache",
            "LOCATION": location,
            "KEY_PREFIX": prefix,
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.1,
                "SOCKET_TIMEOUT": 0.1,
                "BREAKER_SECONDS": breaker_seconds,
            },
        }
    }


@pytest.fixture(autouse=True)
def fresh_breakers():
    forget_breakers()
    yield
    forget_breakers()


@pytest.fixture
def stand_in():
    listener = RedisStandIn()
    yield listener
    listener.close()


@pytest.fixture
def newsroom(site_tree, settings):
    settings.PAGE_CACHE_ENABLED = True
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"
    sections = build_sections(site_tree["homes"]["en"])
    build_sections(site_tree["homes"]["fr"])
    release = PressReleasePageFactory(parent=sections["news"], title="Still here")
    return release


def public_urls(release):
    """Ten requests: pages of two languages, a feed, the API listing."""
    return [
        "/en/",
        "/en/news/",
        release.url,
        "/fr/",
        "/en/events/",
        "/en/partners/",
        "/en/feeds/releases.rss",
        "/api/v2/pages/",
        "/api/v2/pages/?type=news.PressReleasePage&fields=title",
        "/sitemap.xml",
    ]


def browse(client, urls):
    started = time.monotonic()
    for url in urls:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "X-Page-Cache" not in response, url
    return time.monotonic() - started


def serious(caplog):
    return [record for record in caplog.records if record.levelno >= logging.WARNING]


def test_hanging_redis_costs_one_timeout_per_breaker_period(
    client, newsroom, settings, stand_in, caplog
):
    urls = public_urls(newsroom)
    settings.CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}
    }
    without_cache = browse(client, urls)

    settings.CACHES = production_cache(stand_in.url)
    with caplog.at_level(logging.INFO):
        with_hanging_redis = browse(client, urls)

    # One connection: the first call timed out, every later one was skipped.
    assert stand_in.connections() == 1
    # Django-redis's own 1 s timeouts took 30 s and more for these requests;
    # a 0.1 s timeout on every call without a breaker, several seconds.
    assert with_hanging_redis < without_cache + 1.0, (without_cache, with_hanging_redis)
    lines = serious(caplog)
    assert len(lines) == 1, [record.getMessage() for record in lines]
    assert lines[0].name == "cms.caching.breaker"
    assert lines[0].getMessage().startswith(f"Cache {stand_in.url} failed")
    assert lines[0].exc_info is None
    assert "Still here" in client.get(newsroom.url).content.decode()


def test_after_the_period_one_caller_tries_again(
    client, newsroom, settings, stand_in, caplog
):
    period = 1.0
    settings.CACHES = production_cache(stand_in.url, breaker_seconds=period)
    started = time.monotonic()
    with caplog.at_level(logging.INFO):
        browse(client, ["/en/", "/en/news/"])
        first = stand_in.connections()
        assert 1 <= first <= 1 + (time.monotonic() - started) // period
        time.sleep(period + 0.1)
        browse(client, ["/en/"])
        assert stand_in.connections() == first + 1
    assert len(serious(caplog)) == 1


def test_refused_connections_log_one_line(client, newsroom, settings, caplog):
    location = f"redis://127.0.0.1:{closed_port()}/0"
    settings.CACHES = production_cache(location)
    with caplog.at_level(logging.INFO):
        elapsed = browse(client, public_urls(newsroom))
    lines = serious(caplog)
    assert len(lines) == 1, [record.getMessage() for record in lines]
    assert "ConnectionError" in lines[0].getMessage()
    assert not any(record.exc_info for record in caplog.records)
    assert elapsed < 30


def test_editors_stay_logged_in_from_the_database(client, newsroom, settings, stand_in):
    settings.CACHES = production_cache(stand_in.url)
    user = get_user_model().objects.create_superuser(
        "chief", "chief@example.com", "correct horse battery"
    )
    # The real sign-in form: throttled sign-in (django-axes) needs the request.
    signed_in = client.post(
        "/admin/login/",
        {"username": "chief", "password": "correct horse battery"},
    )
    assert signed_in.status_code == 302
    for _ in range(3):
        response = client.get("/admin/")
        assert response.status_code == 200
        assert response.context["request"].user == user
    assert stand_in.connections() == 1


def redis_available():
    try:
        with socket.create_connection(REDIS, timeout=1):
            return True
    except OSError:
        return False


@pytest.mark.skipif(not redis_available(), reason="Needs Redis on 127.0.0.1:6379")
def test_recovery_logs_one_line_and_starts_the_page_cache_afresh(
    client, newsroom, settings, stand_in, caplog
):
    prefix = f"faults-{uuid.uuid4().hex}"
    settings.CACHES = production_cache(stand_in.url, breaker_seconds=0.5, prefix=prefix)
    # Before the outage: a cached page, under the current token.
    stand_in.forward = True
    assert client.get("/en/news/")["X-Page-Cache"] == "miss"
    assert client.get("/en/news/")["X-Page-Cache"] == "hit"

    with caplog.at_level(logging.INFO):
        stand_in.forward = False
        for held in list(stand_in.held):
            held.close()
        assert client.get("/en/news/").status_code == 200
        assert "X-Page-Cache" not in client.get("/en/news/")

        stand_in.forward = True
        time.sleep(0.6)
        # Invalidations may have been skipped during the outage: the page is
        # rendered afresh, not served from before it.
        assert client.get("/en/news/")["X-Page-Cache"] == "miss"
        assert client.get("/en/news/")["X-Page-Cache"] == "hit"

    messages = [record.getMessage() for record in serious(caplog)]
    assert len(messages) == 2, messages
    assert messages[0].startswith(f"Cache {stand_in.url} failed")
    assert messages[1].startswith(f"Cache {stand_in.url} answers again")

"""With Redis unreachable, pages render: cache errors are logged, not raised."""

import logging
import socket

import pytest
from django.core.cache import cache

from tests.home.factories import build_sections
from tests.news.factories import PressReleasePageFactory

pytestmark = pytest.mark.django_db


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def redis_down(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "cms.caching.breaker.BreakerRedisCache",
            "LOCATION": f"redis://127.0.0.1:{closed_port()}/0",
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 0.1,
                "SOCKET_TIMEOUT": 0.1,
            },
        }
    }
    settings.PAGE_CACHE_ENABLED = True
    settings.SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"


def test_pages_render_when_redis_is_down(client, site_tree, redis_down, caplog):
    sections = build_sections(site_tree["homes"]["en"])
    release = PressReleasePageFactory(parent=sections["news"], title="Still here")
    assert cache.get("anything") is None
    with caplog.at_level(logging.ERROR):
        for url in ("/en/", "/en/news/", release.url, "/en/feeds/releases.rss"):
            response = client.get(url)
            assert response.status_code == 200, url
            assert "X-Page-Cache" not in response
    assert "Still here" in client.get(release.url).content.decode()
    assert any(
        "redis" in record.getMessage().lower() or record.exc_info
        for record in caplog.records
    )


def test_publishing_works_when_redis_is_down(site_tree, redis_down):
    sections = build_sections(site_tree["homes"]["fr"])
    release = PressReleasePageFactory(parent=sections["news"], title="Publié")
    assert release.live

"""Two application servers over one PostgreSQL database and one Redis.

A publish made outside instance 2 (here by a management command, as the
scheduler or instance 1's admin would) shows through instance 2 on its next
request, although instance 2 had the page in its cache.
"""

import os
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from django.db import connection

from tests.home.factories import build_sections
from tests.news.factories import PressReleasePageFactory

ROOT = Path(__file__).resolve().parents[2]
# Its own Redis database, flushed before and after; another one for parallel runs.
REDIS_URL = os.environ.get("TWO_INSTANCES_REDIS_URL", "redis://127.0.0.1:6379/15")

pytestmark = pytest.mark.django_db(transaction=True)


def redis_available():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return True
    except OSError:
        return False


@pytest.fixture
def postgres_and_redis():
    if connection.vendor != "postgresql":
        pytest.skip(
            "Needs PostgreSQL: two processes must share one database "
            "(run with DATABASE_URL=postgres://...)"
        )
    if not redis_available():
        pytest.skip("Needs a Redis server on 127.0.0.1:6379")
    import redis

    redis.Redis.from_url(REDIS_URL).flushdb()
    yield
    redis.Redis.from_url(REDIS_URL).flushdb()


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def instance_env():
    db = connection.settings_dict
    url = (
        f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST']}:"
        f"{db['PORT'] or 5432}/{db['NAME']}"
    )
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.cms.instance_settings",
        "DATABASE_URL": url,
        "REDIS_URL": REDIS_URL,
        "DJANGO_SECRET_KEY": "two-instance-test-secret",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_INSECURE_LOCAL_COOKIES": "true",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_LOG_LEVEL": "WARNING",
    }


def fetch(opener, url, data=None, headers=None):
    body = urllib.parse.urlencode(data).encode() if data else None
    request = urllib.request.Request(url, data=body, headers=headers or {})  # noqa: S310
    try:
        with opener.open(request, timeout=20) as response:
            # The headers as received, read case-insensitively (granian sends
            # lower-case names, as HTTP allows).
            return response.status, response.headers, response.read().decode()
    except urllib.error.HTTPError as error:
        return error.code, error.headers, error.read().decode()


@pytest.fixture
def instances(postgres_and_redis):
    env = instance_env()
    servers = []
    for _ in range(2):
        port = free_port()
        # The server `make serve` runs by default (granian, WSGI).
        process = subprocess.Popen(  # noqa: S603
            [
                str(Path(sys.executable).with_name("granian")),
                "--interface",
                "wsgi",
                "--host",
                "127.0.0.1",
                "--port",
                str(port),
                "--workers",
                "1",
                "--no-ws",
                "cms.wsgi:application",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        servers.append((f"http://127.0.0.1:{port}", process))
    opener = urllib.request.build_opener()
    try:
        for base, process in servers:
            deadline = time.monotonic() + 60
            while True:
                try:
                    fetch(opener, base + "/robots.txt")
                    break
                except OSError:
                    if process.poll() is not None or time.monotonic() > deadline:
                        pytest.fail(f"{base} did not start: {process.stderr.read()}")
                    time.sleep(0.3)
        yield [base for base, _ in servers], env
    finally:
        for _, process in servers:
            process.terminate()
            process.wait(timeout=20)


def test_publish_is_visible_through_the_other_instance(site_tree, instances):
    (first, second), env = instances
    sections = build_sections(site_tree["homes"]["en"])
    release = PressReleasePageFactory(
        parent=sections["news"], title="Before the announcement", slug="announcement"
    )
    opener = urllib.request.build_opener()
    etags = {}
    for base in (first, second):
        for url in (release.url, "/en/news/"):
            fetch(opener, base + url)
            status, headers, body = fetch(opener, base + url)
            assert status == 200
            assert headers.get("X-Page-Cache") == "hit"
            assert "Before the announcement" in body
            etags[url] = headers["ETag"]
    # A browser's conditional GET: not modified, from either instance's cache.
    status, _headers, body = fetch(
        opener, second + release.url, headers={"If-None-Match": etags[release.url]}
    )
    assert (status, body) == (304, "")
    script = (
        "from news.models import PressReleasePage;"
        f"page = PressReleasePage.objects.get(pk={release.pk});"
        "page.title = 'Major partnership announced';"
        # An English-only release: it goes out on its own, by the editor's choice.
        "page.publish_together = False;"
        "page.save_revision().publish()"
    )
    subprocess.run(  # noqa: S603
        [sys.executable, "manage.py", "shell", "-c", script],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=True,
    )
    for url in (release.url, "/en/news/"):
        status, headers, body = fetch(
            opener, second + url, headers={"If-None-Match": etags[url]}
        )
        assert status == 200
        assert "Major partnership announced" in body, url
        assert headers["ETag"] != etags[url]
        assert headers.get("X-Page-Cache") == "miss"

"""What a web worker keeps in memory (docs/performance.md, "Worker memory").

Not timed, not measured in MB: the two things that made a worker grow are
checked by what they are. A module only a rare path needs is not imported by
a worker that starts, and the per-process site-structure store stays bounded
however many pages are read.
"""

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from cms.caching import forget, store, until_change
from cms.caching import memo as request_memo

ROOT = Path(__file__).resolve().parents[2]

# Deferred to the one code path that uses them (news/press_kit/rights.py).
NOT_IMPORTED_BY_A_WORKER = ["pyexiv2"]

WORKER_START = """
import json, sys
import cms.wsgi
from django.urls import get_resolver
get_resolver().url_patterns
print(json.dumps(sorted(name for name in sys.modules if "." not in name)))
"""


def test_a_starting_worker_does_not_import_rare_path_modules(tmp_path):
    env = {k: v for k, v in os.environ.items() if not k.startswith("DJANGO_")}
    env.update(
        DJANGO_SETTINGS_MODULE="cms.settings.production",
        DJANGO_SECRET_KEY="worker-memory-test-secret-key",
        DJANGO_ALLOWED_HOSTS="localhost",
        DATABASE_URL=f"sqlite:///{tmp_path / 'db.sqlite3'}",
    )
    env.pop("REDIS_URL", None)
    result = subprocess.run(  # noqa: S603 - fixed arguments
        [sys.executable, "-c", WORKER_START],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
        check=True,
    )
    loaded = set(json.loads(result.stdout.strip().splitlines()[-1]))
    # The probe works: the worker did load the site and its URLs.
    assert {"cms", "news", "wagtail", "django"} <= loaded
    assert loaded.isdisjoint(NOT_IMPORTED_BY_A_WORKER)


@pytest.fixture
def request_open():
    """A per-request memo, as RequestMemoMiddleware opens for each request."""
    forget()

    def open_request():
        return request_memo._memo.set({})

    tokens = []
    yield lambda: tokens.append(open_request())
    for token in reversed(tokens):
        request_memo._memo.reset(token)
    forget()


@pytest.mark.django_db
def test_the_store_keeps_at_most_its_bound_dropping_the_least_recently_used(
    settings, request_open
):
    settings.SITE_STRUCTURE_MAX_ENTRIES = 3
    computed = []

    def read(key):
        request_open()  # each read in its own request, as pages are
        return until_change(key, lambda: computed.append(key) or key)

    for key in ("site", "page-1", "page-2"):
        read(key)
    read("site")  # read on every request: the most recently used
    for number in range(3, 50):
        read(f"page-{number}")
        read("site")
    assert len(store._store["values"]) == 3
    # The value every request reads was computed once and kept throughout.
    assert computed.count("site") == 1
    # The oldest pages were dropped and are computed again when read.
    read("page-1")
    assert computed.count("page-1") == 2
    assert len(store._store["values"]) == 3


@pytest.mark.django_db
def test_a_kept_list_counts_one_per_item(settings, request_open):
    """A listing page's items are page instances: ten of them weigh ten values."""
    settings.SITE_STRUCTURE_MAX_ENTRIES = 12
    computed = []

    def read(key, value):
        request_open()
        return until_change(key, lambda: computed.append(key) or value)

    read("site", "site")
    read("menu", "menu")
    read("news page 1", list(range(10)))  # weighs 11: the site is dropped
    assert "site" not in store._store["values"]
    assert store._store["weight"] <= 12
    read("menu", "menu")
    assert computed.count("menu") == 1


@pytest.mark.django_db
def test_searches_keep_at_most_their_bound_and_a_publish_drops_them_all(
    request_open, site_tree
):
    """Keys visitors type (search queries) are bounded apart from the store,
    and a new token (a publish) empties them at once, not one by one."""
    from cms.caching import invalidate_everything, until_change_recent

    computed = []

    def search(query):
        request_open()
        return until_change_recent(query, lambda: computed.append(query) or query, 3)

    for number in range(10):
        search(f"query {number}")
    assert list(store._recent["values"]) == ["query 7", "query 8", "query 9"]
    search("query 9")
    assert computed.count("query 9") == 1
    invalidate_everything()
    search("query 9")
    assert computed.count("query 9") == 2
    assert list(store._recent["values"]) == ["query 9"]


def live_pages():
    from wagtail.models import Page

    # type(), not isinstance(): a lazy object would be set up by the check.
    return sum(issubclass(type(obj), Page) for obj in gc.get_objects())


@pytest.mark.django_db
@pytest.mark.parametrize("path", ["/sitemap.xml", "/en/sitemap-news.xml"])
def test_a_sitemap_leaves_no_page_behind_in_the_worker(client, path):
    """A Django template's context sits in a reference cycle (ContextDict ->
    Context), so whatever it holds waits for Python's next full garbage
    collection. A sitemap's context holds strings, never its 2,000 pages: a
    crawler reading sitemap after sitemap would pile them up in the worker."""
    from cms.demo.builders.newsroom import build_demo

    build_demo()
    client.get(path)  # what the first request loads and keeps (site, locales)
    gc.collect()
    gc.disable()
    try:
        before = live_pages()
        response = client.get(path)
        assert response.status_code == 200
        assert response.content.count(b"<url>") >= 2
        del response
        left = live_pages() - before
    finally:
        gc.enable()
    assert left == 0

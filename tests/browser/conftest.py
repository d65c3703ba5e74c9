"""Real headless Chromium through Playwright, using the system's Chromium.

Playwright's own browser download is not available here, so the tests drive
Debian's /usr/bin/chromium (override with CHROMIUM_PATH). Without it they are
skipped locally with one clear reason; in CI (CI=true) they fail instead.
"""

import os
from pathlib import Path

import pytest
from django.db import connections
from django.db.backends.signals import connection_created

CHROMIUM = Path(os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"))
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
]

# Playwright's sync API runs an event loop in this thread; Django's ORM calls
# made by the tests themselves are still synchronous.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


def read_without_table_locks(sender, connection, **kwargs):
    """On SQLite the test's thread and the live server's threads share one
    in-memory database in shared-cache mode, where a read that meets another
    connection's write lock fails at once with "database table is locked"
    (no busy timeout applies), e.g. when the test reads a page just saved while
    Wagtail's editing-session ping writes. Reads skip table locks instead."""
    if connection.vendor == "sqlite":
        with connection.cursor() as cursor:
            cursor.execute("PRAGMA read_uncommitted = 1")


@pytest.fixture(autouse=True)
def _sqlite_reads_without_table_locks(request):
    if "browser" not in request.keywords:
        yield
        return
    connection_created.connect(read_without_table_locks)
    for connection in connections.all(initialized_only=True):
        if connection.connection is not None:
            read_without_table_locks(None, connection)
    yield
    connection_created.disconnect(read_without_table_locks)


SKIP_REASON = (
    f"browser tests skipped: no Chromium at {CHROMIUM} (apt-get install chromium)"
)


def pytest_collection_modifyitems(config, items):
    browser_items = [item for item in items if "browser" in item.keywords]
    if not browser_items or CHROMIUM.exists():
        return
    if os.environ.get("CI"):
        raise pytest.UsageError(
            f"CI must run the browser tests: {CHROMIUM} is missing."
        )
    for item in browser_items:
        item.add_marker(pytest.mark.skip(reason=SKIP_REASON))


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright

    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(
            executable_path=str(CHROMIUM), headless=True, args=CHROMIUM_ARGS
        )
        yield chromium
        chromium.close()


@pytest.fixture
def desktop(browser):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    yield context.new_page()
    context.close()


@pytest.fixture
def phone(browser):
    context = browser.new_context(
        viewport={"width": 360, "height": 760}, device_scale_factor=2, is_mobile=True
    )
    yield context.new_page()
    context.close()


@pytest.fixture
def screenshot():
    ARTIFACTS.mkdir(parents=True, exist_ok=True)

    def take(page, name):
        path = ARTIFACTS / f"{name}.png"
        page.screenshot(path=str(path), full_page=True)
        return path

    return take

import os
from pathlib import Path

import pytest
from django.utils import translation
from hypothesis import HealthCheck, Phase
from hypothesis import settings as hypothesis_settings
from hypothesis.database import DirectoryBasedExampleDatabase

from cms.demo.builders.site import build_site
from tests.browser.conftest import CHROMIUM, SKIP_REASON

# Property-based tests (tests/cms/test_fuzz_requests.py). `ci`, the default, is
# deterministic and bounded so that CI runs the same requests every time;
# HYPOTHESIS_PROFILE=long explores far more, at random, and remembers failures.
hypothesis_settings.register_profile(
    "ci",
    max_examples=6,
    derandomize=True,
    database=None,
    deadline=None,
    print_blob=False,
    # No "explain" phase: its list of library lines says nothing about a 500.
    phases=[Phase.explicit, Phase.reuse, Phase.generate, Phase.shrink],
    suppress_health_check=[
        HealthCheck.too_slow,
        HealthCheck.data_too_large,
        HealthCheck.function_scoped_fixture,
    ],
)
hypothesis_settings.register_profile(
    "long",
    parent=hypothesis_settings.get_profile("ci"),
    max_examples=60,
    derandomize=False,
    database=DirectoryBasedExampleDatabase(
        Path(__file__).resolve().parent.parent / ".hypothesis" / "examples"
    ),
)
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))


@pytest.hookimpl(tryfirst=True)
def pytest_collection_modifyitems(config, items):
    """Mark tests that commit and flush the database as `serial`.

    A flush removes what Wagtail's migrations put in the database (root page,
    root collection, locale); `make test` runs these tests in their own pytest
    run, after the others, so no test ever starts on a flushed database.
    """
    for item in items:
        marker = item.get_closest_marker("django_db")
        flushes = marker is not None and marker.kwargs.get("transaction")
        if flushes or {"transactional_db", "live_server"} & set(item.fixturenames):
            item.add_marker(pytest.mark.serial)


def pytest_report_header(config):
    """One clear line when the browser tests cannot run on this machine."""
    if not CHROMIUM.exists():
        return SKIP_REASON


@pytest.fixture
def site_tree(db):
    """The three locales, their home pages and the default site."""
    return build_site()


@pytest.fixture(autouse=True)
def reset_language():
    """Leave the active language as we found it, whatever a test activates."""
    yield
    translation.activate("en")


@pytest.fixture(autouse=True)
def fresh_cache():
    """Each test starts with an empty cache: Wagtail keeps renditions there by
    image id, and ids come back after a test's rollback, so an earlier test's
    rendition (whose file /media/ no longer serves) would be found."""
    from django.core.cache import cache

    cache.clear()


@pytest.fixture(autouse=True)
def fresh_site_structure():
    """Each test starts without the site structure an earlier test kept."""
    from cms.caching import forget

    forget()
    yield
    forget()

import pytest
from django.utils import translation

from cms.demo import build_site
from tests.browser.conftest import CHROMIUM, SKIP_REASON


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

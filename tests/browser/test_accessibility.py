"""WCAG 2.1 AA: axe-core and the Nu HTML Checker on every page type.

Each public page type is loaded once per width in English, French and Dutch
from the demo newsroom; axe-core runs in the page, and the HTML the server sent
is saved for one Nu HTML Checker run over all of it. The project's own admin
views are checked with axe-core. A new page type is one line in PUBLIC_PAGES
(or ADMIN_PAGES).
"""

import os
import shutil

import pytest
from django.contrib.auth import get_user_model
from django.test import Client

from cms.demo.builders.newsroom import build_demo
from cms.demo.builders.site import build_site
from cms.models import StandardPage
from cms.search import SEARCH_PATHS
from home.models import HomePage
from news.models import EventIndexPage, EventPage, NewsIndexPage, PressReleasePage
from partners.models import PartnerIndexPage, PartnerPage
from tests.browser.checkers import AXE_JS, MISSING, VNU_JAR, run_axe, run_vnu
from tests.home.factories import build_sections
from tests.news.factories import PressReleasePageFactory
from tests.partners.factories import PartnerPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

LANGUAGES = ("en", "fr", "nl")
WIDTHS = (1280, 390)

# (name, what to open): a page model (its first live page in the language, plus
# an optional query string) or a path with {lang} and {search} in it.
PUBLIC_PAGES = [
    ("home", HomePage),
    ("news index", NewsIndexPage),
    ("news by topic", NewsIndexPage, "?topic=biotechnology"),
    ("release", PressReleasePage),
    ("event index", EventIndexPage),
    ("event", EventPage),
    ("partner directory", PartnerIndexPage),
    ("partner directory filtered", PartnerIndexPage, "?type=university"),
    ("partner", PartnerPage),
    ("standard page", StandardPage),
    ("search", "/{lang}/{search}?q=partnership"),
    ("empty search", "/{lang}/{search}?q=zzzz"),
    ("not found", "/{lang}/no-such-page/"),
    ("subscribe", "/{lang}/subscribe/"),
    ("subscription privacy notice", "/{lang}/subscribe/privacy/"),
]

# The project's own admin views, as a superuser; {release} is an English release.
ADMIN_PAGES = [
    ("dashboard", "/admin/"),
    ("translation status", "/admin/reports/translation-status/"),
    ("review links", "/admin/review-links/{release}/"),
    ("partner editors", "/admin/partner-editors/"),
    ("two-factor", "/admin/two-factor/"),
]


def public_urls():
    """{(name, language): path} of every public page type in every language."""
    urls = {}
    for name, target, *query in PUBLIC_PAGES:
        for language in LANGUAGES:
            if isinstance(target, str):
                path = target.format(lang=language, search=SEARCH_PATHS[language])
            else:
                page = (
                    target.objects.live()
                    .filter(locale__language_code=language)
                    .order_by("path")
                    .first()
                )
                assert page is not None, f"the demo has no {name} in {language}"
                path = page.url + "".join(query)
            urls[name, language] = path
    return urls


# The page is no wider than the window; the phone header stays within three short
# rows; the desktop header keeps the search box and the three languages inside it.
LAYOUT = """() => {
    const root = document.documentElement;
    const header = document.querySelector(".site-header__inner");
    return {
        overflow: root.scrollWidth - root.clientWidth,
        header: header ? header.getBoundingClientRect().height : 0,
        headerOverflow: header ? header.scrollWidth - header.clientWidth : 0,
    };
}"""
PHONE_HEADER_MAX = 160


def layout(page):
    """What does not fit on the page, one line each."""
    measured = page.evaluate(LAYOUT)
    problems = []
    if measured["overflow"] > 0:
        problems.append(f"page {measured['overflow']}px wider than the window")
    if measured["headerOverflow"] > 0:
        problems.append(f"header content {measured['headerOverflow']}px too wide")
    phone = page.viewport_size["width"] < 600
    if phone and measured["header"] > PHONE_HEADER_MAX:
        problems.append(f"phone header {measured['header']}px high")
    return problems


@pytest.fixture
def checkers():
    """Skipped locally without the checkers; CI must have them."""
    if not (AXE_JS.exists() and VNU_JAR.exists() and shutil.which("java")):
        if os.environ.get("CI"):
            pytest.fail(MISSING)
        pytest.skip(MISSING)


def test_public_pages_pass_axe_and_the_nu_checker(
    checkers, live_server, browser, tmp_path
):
    build_demo()
    failures, saved = [], []
    urls = public_urls()
    for width in WIDTHS:
        context = browser.new_context(
            viewport={"width": width, "height": 900}, reduced_motion="reduce"
        )
        page = context.new_page()
        for (name, language), path in urls.items():
            response = page.goto(live_server.url + path)
            expected = 404 if name == "not found" else 200
            assert response.status == expected, f"{path}: {response.status}"
            failures += [f"{width}px {language} {name}: {v}" for v in run_axe(page)]
            failures += [f"{width}px {language} {name}: {v}" for v in layout(page)]
            if width == WIDTHS[0]:
                html = tmp_path / f"{name.replace(' ', '-')}-{language}.html"
                html.write_bytes(response.body())
                saved.append(html)
        context.close()
    failures += run_vnu(saved)
    assert not failures, f"{len(failures)} problems:\n" + "\n".join(failures)


def test_admin_views_pass_axe(checkers, live_server, browser):
    sections = build_sections(build_site()["homes"]["en"])
    partner = PartnerPageFactory(parent=sections["partners"], title="Alpha University")
    release = PressReleasePageFactory(parent=sections["news"], partners=[partner])
    user = get_user_model().objects.create_superuser("a11y-admin", "a11y@example.org")
    client = Client()
    client.force_login(user)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    context.add_cookies(
        [
            {
                "name": "sessionid",
                "value": client.cookies["sessionid"].value,
                "url": live_server.url,
            }
        ]
    )
    page = context.new_page()
    failures = []
    for name, path in ADMIN_PAGES:
        response = page.goto(live_server.url + path.format(release=release.pk))
        assert response.status == 200, f"{path}: {response.status}"
        failures += [f"{name}: {v}" for v in run_axe(page)]
    context.close()
    assert not failures, f"{len(failures)} problems:\n" + "\n".join(failures)


FOCUS_STYLE = """() => {
    const element = document.activeElement;
    const style = getComputedStyle(element);
    const box = element.getBoundingClientRect();
    return {
        text: element.textContent.trim(),
        href: element.getAttribute("href"),
        outline: style.outlineStyle,
        width: parseFloat(style.outlineWidth),
        top: box.top,
        height: box.height,
    };
}"""


@pytest.mark.parametrize("width", WIDTHS)
def test_skip_link_first_and_focus_visible(live_server, browser, width):
    build_site()
    context = browser.new_context(viewport={"width": width, "height": 800})
    page = context.new_page()
    page.goto(f"{live_server.url}/fr/")
    page.keyboard.press("Tab")
    skip = page.evaluate(FOCUS_STYLE)
    assert skip["text"] == "Aller au contenu"
    assert skip["href"] == "#main"
    # Shown on focus, inside the window, with a visible outline.
    assert skip["top"] >= 0 and skip["height"] > 20
    assert skip["outline"] != "none" and skip["width"] >= 2
    # Every next stop shows where focus is.
    for _stop in range(6):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUS_STYLE)
        assert focused["outline"] != "none" and focused["width"] >= 2, focused
    context.close()

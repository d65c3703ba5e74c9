"""Chromium reports no Content-Security-Policy violation on the main pages.

Every frame (the page, Wagtail's preview iframe, modals) reports each
`securitypolicyviolation` event it sees to the test, and console errors are
collected too; each page is loaded and used, then both lists must be empty.
"""

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from wagtail.models import Locale
from wagtail_localize.models import Translation, TranslationSource

from cms.demo.builders.newsroom import build_demo
from news.models import EventPage, NewsIndexPage, PressReleasePage, ReviewLink
from partners.models import PartnerPage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

REPORT_VIOLATIONS = """
document.addEventListener("securitypolicyviolation", (event) => {
    window.reportViolation({
        directive: event.effectiveDirective,
        blocked: event.blockedURI,
        sample: event.sample,
        source: event.sourceFile + ":" + event.lineNumber,
    });
});
"""


PREVIEW_SHOWN = """() => Array.from(
    document.querySelectorAll("iframe[data-w-preview-target='iframe']"),
).some((frame) => frame.contentDocument?.querySelector("h1") != null)"""


INJECT = """() => {
    const script = document.createElement("script");
    script.textContent = "window.injected = true;";
    document.body.append(script);
    return window.injected === true;
}"""


class Watched:
    """A browser tab whose CSP violations and console errors are kept."""

    def __init__(self, browser):
        self.context = browser.new_context(viewport={"width": 1280, "height": 900})
        self.violations = []
        self.errors = []
        self.context.expose_binding(
            "reportViolation",
            lambda source, found: self.violations.append(
                {**found, "frame": source["frame"].url}
            ),
        )
        self.context.add_init_script(REPORT_VIOLATIONS)
        self.page = self.context.new_page()
        self.page.on("console", self.console)
        self.page.on("pageerror", lambda error: self.errors.append(str(error)))

    def console(self, message):
        # Wagtail's accessibility checker reports what it finds in the
        # content as a console error; that is not a broken page.
        if message.type == "error" and not message.text.startswith("axe.run"):
            self.errors.append(message.text)

    def visit(self, url):
        response = self.page.goto(url)
        self.page.wait_for_load_state("networkidle")
        policy = response.headers.get("content-security-policy", "")
        assert "script-src 'self' 'nonce-" in policy, url
        assert "unsafe-inline" not in policy.split("script-src")[1].split(";")[0]

    def assert_enforced(self):
        """An inline script without the nonce is refused, and reported here."""
        errors = len(self.errors)
        ran = self.page.evaluate(INJECT)
        self.page.wait_for_timeout(300)
        assert ran is False
        assert [v["directive"] for v in self.violations] == ["script-src-elem"]
        assert len(self.errors) == errors + 1
        assert "Content Security Policy" in self.errors.pop()
        self.violations.clear()

    def assert_clean(self, where):
        # Reports are delivered asynchronously: let the last ones arrive.
        self.page.wait_for_timeout(300)
        assert self.violations == [], where
        assert self.errors == [], where


@pytest.fixture
def watched(browser):
    tab = Watched(browser)
    yield tab
    # Leave the admin first: its preview panel may still be posting the form
    # while the test database is emptied. Let what is in flight finish, send
    # nothing more, then give the server time to answer the last request.
    tab.page.wait_for_load_state("networkidle")
    tab.context.route("**/*", lambda route: route.abort())
    tab.page.goto("about:blank")
    tab.page.wait_for_timeout(1500)
    tab.context.close()


@pytest.fixture
def demo():
    build_demo()
    english = Locale.objects.get(language_code="en")
    return {
        "news": NewsIndexPage.objects.get(locale=english),
        "release": PressReleasePage.objects.filter(locale=english).live().first(),
        "event": EventPage.objects.filter(locale=english).live().first(),
        "partner": PartnerPage.objects.filter(locale=english).live().first(),
    }


def test_public_pages_break_no_rule(live_server, watched, demo, screenshot):
    base = live_server.url
    pages = {
        "home": "/en/",
        "news index": demo["news"].url,
        "release": demo["release"].url,
        "event": demo["event"].url,
        "partner": demo["partner"].url,
        "search": "/en/search/?q=partnership",
    }
    for name, url in pages.items():
        watched.visit(base + url)
        watched.assert_clean(name)
    watched.assert_enforced()
    # The release page carries JSON-LD: data, not script, and never refused.
    watched.visit(base + demo["release"].url)
    assert watched.page.locator('script[type="application/ld+json"]').count() == 1
    watched.assert_clean("release with JSON-LD")


def log_in(watched, base):
    """A session made on the server side: the login form is not what is tested."""
    user = get_user_model().objects.create_superuser("csp-admin", "csp@example.org")
    client = Client()
    client.force_login(user)
    watched.context.add_cookies(
        [{"name": "sessionid", "value": client.cookies["sessionid"].value, "url": base}]
    )
    return user


def test_admin_pages_break_no_rule(live_server, watched, demo, screenshot):
    base = live_server.url
    log_in(watched, base)
    release = demo["release"]

    watched.visit(f"{base}/admin/")
    watched.assert_clean("dashboard")
    watched.assert_enforced()

    # The page editor: StreamField body, choosers, inline panels, date fields.
    watched.visit(f"{base}/admin/pages/{release.pk}/edit/")
    assert watched.page.locator("[data-contentpath='body']").count() == 1
    watched.assert_clean("page edit")

    # The preview panel: the page rendered in an iframe of the admin.
    watched.page.locator("[data-side-panel-toggle='preview']").click()
    watched.page.wait_for_function(PREVIEW_SHOWN)
    watched.page.wait_for_load_state("networkidle")
    screenshot(watched.page, "admin-preview-csp")
    watched.assert_clean("preview")

    # The image chooser modal.
    hero = watched.page.locator("[data-contentpath='hero_image']")
    # The demo release has a hero already: "Change image" opens the same modal.
    hero.locator("button[data-chooser-action-choose]").first.dispatch_event("click")
    watched.page.locator(".modal .w-tabs, .modal .listing").first.wait_for()
    watched.page.wait_for_load_state("networkidle")
    screenshot(watched.page, "admin-image-chooser-csp")
    watched.page.locator(".modal").get_by_role("tab", name="Upload").click()
    watched.page.locator(".modal input[type=file]").wait_for()
    watched.assert_clean("image chooser")
    watched.page.keyboard.press("Escape")

    # An inline panel's "Add" runs the new form's initialisers (a chooser).
    watched.page.get_by_role("tab", name="Partners and topics").click()
    watched.page.locator("#id_topic_links-ADD").click()
    new_topic = watched.page.locator("[data-contentpath='topic']").last
    new_topic.locator("button[data-chooser-action-choose]").first.click()
    watched.page.locator(".modal .listing, .modal table").first.wait_for()
    watched.page.wait_for_load_state("networkidle")
    watched.assert_clean("inline panel add, then its chooser")


def test_translation_editor_breaks_no_rule(live_server, watched, demo, screenshot):
    base = live_server.url
    log_in(watched, base)
    english = demo["release"]
    french = Locale.objects.get(language_code="fr")
    # A release that only exists in English, translated through wagtail-localize.
    fresh = english.copy(
        to=english.get_parent(),
        update_attrs={"slug": "csp-translation-check", "title": "A fresh release"},
        keep_live=False,
        reset_translation_key=True,
    )
    source, _created = TranslationSource.get_or_create_from_instance(fresh)
    translation = Translation.objects.create(source=source, target_locale=french)
    translation.save_target(publish=False)
    target = fresh.get_translation(french)

    watched.visit(f"{base}/admin/pages/{target.pk}/edit/")
    watched.page.locator(".js-translation-editor *").first.wait_for()
    watched.page.wait_for_load_state("networkidle")
    screenshot(watched.page, "admin-translation-editor-csp")
    watched.assert_clean("translation editor")
    watched.assert_enforced()


def test_review_page_form_breaks_no_rule(live_server, watched, demo):
    link = ReviewLink.objects.create(page=demo["release"], recipient="Journalist")
    watched.visit(f"{live_server.url}/review/{link.token}/")
    assert watched.page.locator("form").count() >= 1
    watched.assert_clean("review page")
    watched.assert_enforced()

"""Two editors in two Chromium windows: Wagtail warns the second one, and saving
anyway is refused on the server; autosave from the refused form saves nothing."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect
from wagtail.models import Page, Revision

from cms.demo.builders.site import build_site
from tests.cms.factories import StandardPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-test-password"


def editor_window(browser, base, username, page_id):
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    window = context.new_page()
    window.goto(f"{base}/admin/login/")
    window.fill("input[name=username]", username)
    window.fill("input[name=password]", PASSWORD)
    window.click("button[type=submit]")
    window.wait_for_url(f"{base}/admin/")
    window.goto(f"{base}/admin/pages/{page_id}/edit/")
    return window


def test_saving_over_a_colleagues_title_is_refused(live_server, browser, screenshot):
    homes = build_site()["homes"]
    target = StandardPageFactory(parent=homes["en"], title="Campus Gosselies")
    users = get_user_model().objects
    users.create_superuser("ana", "ana@example.com", PASSWORD, first_name="Ana")
    users.create_superuser("bruno", "bruno@example.com", PASSWORD)
    ana = editor_window(browser, live_server.url, "ana", target.pk)
    bruno = editor_window(browser, live_server.url, "bruno", target.pk)

    ana.fill("#id_title", "Campus Gosselies (BioPark)")
    with ana.expect_navigation():
        ana.locator("footer button.action-save").click()
    revisions = Revision.page_revisions.filter(object_id=str(target.pk))
    count = revisions.count()

    bruno.fill("#id_title", "Gosselies campus")
    # Wagtail's own warning (its editing-session ping), then saving anyway
    # reaches the server's check.
    dialog = bruno.locator("#w-save-confirmation-dialog")
    expect(dialog).to_contain_text("Ana saved a new version", timeout=30_000)
    bruno.locator("footer button.action-save").click()
    with bruno.expect_navigation():
        dialog.locator("button", has_text="Save draft").click()

    notice = bruno.locator(".help-block.help-critical")
    assert "Nothing was saved." in notice.inner_text()
    assert "Ana saved a newer version of this page" in notice.inner_text()
    assert bruno.locator("#id_title").input_value() == "Gosselies campus"
    # Autosave runs on the form shown again: it must not save it either.
    bruno.wait_for_timeout(3000)
    screenshot(bruno, "admin-edit-conflict-refused")
    assert revisions.count() == count
    latest = Page.objects.get(pk=target.pk).get_latest_revision_as_object()
    assert latest.title == "Campus Gosselies (BioPark)"

    bruno.on("dialog", lambda leave: leave.accept())  # "unsaved changes" prompt
    with bruno.expect_navigation():
        notice.get_by_role("link", name="Reload the page").click()
    assert bruno.locator("#id_title").input_value() == "Campus Gosselies (BioPark)"

"""A partner editor edits their own profile through review; another's is refused."""

import pytest
from django.contrib.auth import get_user_model

from cms.demo.builders.site import build_site
from partners.permissions import add_partner_editor, communications_group, setup_roles
from tests.home.factories import build_sections
from tests.partners.factories import PartnerPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

NEW_TEXT = "Alpha University now trains 500 biomanufacturing technicians a year."


def log_in(page, base, username):
    page.goto(f"{base}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", "a-long-test-password")
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/admin/")


def test_partner_edit_goes_through_review_and_stays_confined(
    live_server, browser, screenshot
):
    homes = build_site()["homes"]
    sections = build_sections(homes["en"])
    alpha = PartnerPageFactory(parent=sections["partners"], title="Alpha University")
    beta = PartnerPageFactory(parent=sections["partners"], title="Beta Institute")
    setup_roles()
    editor, _password = add_partner_editor(alpha, "alpha-editor")
    editor.set_password("a-long-test-password")
    editor.save()
    comms = get_user_model().objects.create_user("comms", "comms@example.org")
    comms.set_password("a-long-test-password")
    comms.save()
    comms.groups.add(communications_group())
    base = live_server.url

    # Partner editor A edits A's boilerplate and submits it for review.
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    log_in(page, base, "alpha-editor")
    page.goto(f"{base}/admin/pages/{alpha.pk}/edit/")
    editor_box = page.locator(
        "[data-contentpath='boilerplate'] [contenteditable='true']"
    )
    editor_box.click()
    page.keyboard.press("Control+A")
    page.keyboard.type(NEW_TEXT)
    # Draftail writes its hidden input when the editor loses focus.
    page.locator("input[name=city]").click()
    has_text = "t => document.querySelector('[name=boilerplate]').value.includes(t)"
    page.wait_for_function(has_text, arg=NEW_TEXT)
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    page.locator("button[name=action-submit]").click()
    page.wait_for_load_state()
    assert "submitted for moderation" in page.locator(".messages").inner_text()
    screenshot(page, "admin-partner-submitted")

    # Not live yet.
    public = context.new_page()
    public.goto(f"{base}{alpha.url}")
    assert NEW_TEXT not in public.content()

    # A tries B's edit URL and is refused.
    page.goto(f"{base}/admin/pages/{beta.pk}/edit/")
    assert page.url == f"{base}/admin/"
    assert "permission" in page.locator(".messages").inner_text()
    context.close()

    # Communications approves.
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    log_in(page, base, "comms")
    page.goto(f"{base}/admin/pages/{alpha.pk}/edit/")
    page.locator("footer [data-w-dropdown-target='toggle']").first.click()
    approve = page.locator(
        "button[data-workflow-action-name=approve]:not([data-workflow-action-modal-url])"
    )
    with page.expect_navigation():
        approve.click()
    page.wait_for_load_state()
    assert "Alpha University" in page.locator(".messages").inner_text()
    screenshot(page, "admin-communications-approved")

    # The public page shows the change.
    page.goto(f"{base}{alpha.url}")
    assert NEW_TEXT in page.content()
    context.close()

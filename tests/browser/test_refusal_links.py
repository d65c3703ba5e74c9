"""A refused publish links to the field to fix: following the link opens the
event's editor on the tab that holds the field."""

import pytest
from django.contrib.auth import get_user_model
from playwright.sync_api import expect

from cms.demo.builders.site import build_site
from tests.home.factories import build_sections
from tests.news.factories import EventPageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-test-password"
NO_PLACE = {"venue_name": "", "venue_address": "", "venue_city": "", "online_url": ""}


def test_the_refusal_button_opens_the_editor_at_the_field(live_server, browser):
    events = build_sections(build_site()["homes"]["en"])["events"]
    event = EventPageFactory(
        parent=events, publish=False, title="Nowhere day", **NO_PLACE
    )
    placed = EventPageFactory(parent=events, publish=False, title="Ghent day")
    get_user_model().objects.create_superuser("comms", "c@example.org", PASSWORD)
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    window = context.new_page()
    base = live_server.url
    window.goto(f"{base}/admin/login/")
    window.fill("input[name=username]", "comms")
    window.fill("input[name=password]", PASSWORD)
    window.click("button[type=submit]")
    window.wait_for_url(f"{base}/admin/")

    # Bulk publish from the explorer, as the editor would.
    query = f"id={event.pk}&id={placed.pk}&next=/admin/pages/{events.pk}/"
    window.goto(f"{base}/admin/bulk/wagtailcore/page/publish/?{query}")
    with window.expect_navigation():
        window.locator("form button[type=submit]").last.click()

    button = window.locator(".messages a", has_text="Online link")
    expect(button).to_be_visible()
    with window.expect_navigation():
        button.click()
    assert "#:w:contentpath=online_url" in window.url
    field = window.locator("[data-contentpath='online_url']")
    # Wagtail opens the tab holding the field (it does not scroll to it).
    expect(field).to_be_visible()
    context.close()

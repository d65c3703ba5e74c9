import pytest
from wagtail.models import Locale

from cms.demo.builders.newsroom import build_demo
from news.models import PressReleasePage

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def test_switch_the_cespe_release_from_english_to_french(
    live_server, desktop, screenshot
):
    build_demo()
    english = PressReleasePage.objects.get(
        locale__language_code="en",
        slug="eu-biotech-campus-and-cespe-announce-strategic-partnership",
    )
    french = english.get_translation(Locale.objects.get(language_code="fr"))
    desktop.goto(f"{live_server.url}{english.url}")
    assert desktop.locator("h1").inner_text() == english.title

    desktop.get_by_role("link", name="Français").click()
    desktop.wait_for_url(f"{live_server.url}{french.url}")
    assert desktop.locator("html").get_attribute("lang") == "fr"
    assert desktop.locator("h1").inner_text() == french.title
    assert french.title != english.title
    screenshot(desktop, "release-cespe-fr-desktop")

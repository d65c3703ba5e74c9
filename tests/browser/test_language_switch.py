import pytest

from cms.demo.builders.site import build_site

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


def test_switch_from_english_to_dutch_with_the_visible_switcher(
    live_server, desktop, screenshot
):
    build_site()
    desktop.goto(f"{live_server.url}/en/")
    assert desktop.locator("html").get_attribute("lang") == "en"
    screenshot(desktop, "home-en-desktop")

    desktop.get_by_role("link", name="Nederlands").click()
    desktop.wait_for_url(f"{live_server.url}/nl/")
    assert desktop.locator("html").get_attribute("lang") == "nl"
    assert "Nieuws" in desktop.locator("h1").inner_text()
    assert desktop.locator('.language-switcher [aria-current="true"]').inner_text() == (
        "Nederlands"
    )
    screenshot(desktop, "home-nl-desktop")


@pytest.mark.parametrize("language", ["en", "fr", "nl"])
def test_home_fits_a_phone_screen(live_server, phone, screenshot, language):
    build_site()
    phone.goto(f"{live_server.url}/{language}/")
    overflow = phone.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    assert (
        phone.get_by_role("link", name="Français").count()
        + phone.locator('[aria-current="true"]', has_text="Français").count()
        == 1
    )
    screenshot(phone, f"home-{language}-phone")


def test_404_page_is_designed_and_in_french(live_server, desktop, screenshot):
    build_site()
    response = desktop.goto(f"{live_server.url}/fr/page-absente/")
    assert response.status == 404
    assert desktop.locator("h1").inner_text() == "Page introuvable"
    screenshot(desktop, "404-fr-desktop")

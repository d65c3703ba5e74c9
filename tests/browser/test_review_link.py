"""A co-signer approves and a journalist requests changes through a review link,
from a real Chromium on desktop and on a phone, while the page sends no referrer
(so Chromium posts `Origin: null`)."""

import pytest

from news.models import PressReleasePage, ReviewEvent, ReviewLink
from tests.home.factories import build_sections
from tests.news.factories import PressReleasePageFactory

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

TITLE = "Partenariat confidentiel en bioproduction"


@pytest.fixture
def review_link(site_tree):
    sections = build_sections(site_tree["homes"]["fr"])
    page = PressReleasePageFactory(
        parent=sections["news"], title=TITLE, slug="partenariat", publish=False
    )
    release = PressReleasePage.objects.get(pk=page.pk)
    return ReviewLink.objects.create(page=release, recipient="Le Soir")


def open_review(page, url):
    response = page.goto(url)
    assert response.status == 200
    assert response.headers["referrer-policy"] == "no-referrer"
    assert TITLE in page.locator("h1").inner_text()
    page.locator(".review-banner__answer summary").click()


def posted_origins(page):
    """The Origin header of each form post the page sends."""
    origins = []
    page.on(
        "request",
        lambda request: (
            request.method == "POST" and origins.append(request.headers.get("origin"))
        ),
    )
    return origins


def test_a_co_signer_approves_on_desktop(live_server, desktop, screenshot, review_link):
    url = f"{live_server.url}/review/{review_link.token}/"
    origins = posted_origins(desktop)
    open_review(desktop, url)
    desktop.get_by_label("Approuver").check()
    desktop.get_by_label("Votre nom et votre organisation").fill("Marie Dubois, CESPE")
    desktop.get_by_label("Commentaire").fill("Bon pour accord.")
    screenshot(desktop, "review-link-approve-desktop")

    with desktop.expect_navigation():
        desktop.get_by_role("button", name="Envoyer ma réponse").click()

    assert origins == ["null"]
    assert desktop.url == f"{url}?answered=1"
    assert "votre réponse a été transmise" in (
        desktop.locator(".review-banner__thanks").inner_text()
    )
    screenshot(desktop, "review-link-approved-desktop")
    event = ReviewEvent.objects.get(link=review_link, kind=ReviewEvent.Kind.APPROVE)
    assert (event.name, event.comment) == ("Marie Dubois, CESPE", "Bon pour accord.")


def test_a_journalist_requests_changes_on_a_phone(
    live_server, phone, screenshot, review_link
):
    url = f"{live_server.url}/review/{review_link.token}/"
    origins = posted_origins(phone)
    open_review(phone, url)
    phone.get_by_label("Demander des modifications").check()
    phone.get_by_label("Votre nom et votre organisation").fill("Jan Peeters, De Tijd")
    phone.get_by_label("Commentaire").fill("Le chiffre du deuxième paragraphe ?")
    overflow = phone.evaluate(
        "document.documentElement.scrollWidth - document.documentElement.clientWidth"
    )
    assert overflow <= 0
    screenshot(phone, "review-link-request-changes-phone")

    with phone.expect_navigation():
        phone.get_by_role("button", name="Envoyer ma réponse").click()

    assert origins == ["null"]
    assert phone.url == f"{url}?answered=1"
    assert phone.locator(".review-banner__thanks").is_visible()
    screenshot(phone, "review-link-changes-requested-phone")
    event = ReviewEvent.objects.get(
        link=review_link, kind=ReviewEvent.Kind.REQUEST_CHANGES
    )
    assert event.name == "Jan Peeters, De Tijd"
    assert event.comment == "Le chiffre du deuxième paragraphe ?"


def test_a_stale_form_is_refused_and_the_answer_kept(
    live_server, desktop, screenshot, review_link
):
    url = f"{live_server.url}/review/{review_link.token}/"
    open_review(desktop, url)
    desktop.get_by_label("Approuver").check()
    desktop.get_by_label("Votre nom et votre organisation").fill("Marie Dubois, CESPE")
    # A form whose token no longer holds (from a page left open too long).
    desktop.locator("input[name=answer_token]").evaluate("input => input.value = 'x'")

    with desktop.expect_navigation():
        desktop.get_by_role("button", name="Envoyer ma réponse").click()

    refusal = desktop.locator(".review-banner__refused")
    assert "Votre réponse n'a pas été envoyée" in refusal.inner_text()
    assert refusal.get_by_role("link", name="Recharger la page").get_attribute(
        "href"
    ) == (f"/review/{review_link.token}/")
    screenshot(desktop, "review-link-refused-desktop")
    assert not ReviewEvent.objects.filter(link=review_link, kind="approve").exists()

    # Sent again from the page shown, with the answer still filled in.
    assert desktop.get_by_label("Approuver").is_checked()
    with desktop.expect_navigation():
        desktop.get_by_role("button", name="Envoyer ma réponse").click()
    assert desktop.url == f"{url}?answered=1"
    assert ReviewEvent.objects.filter(link=review_link, kind="approve").count() == 1

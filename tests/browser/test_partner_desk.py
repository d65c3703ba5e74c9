"""A partner editor's desk: from the dashboard to each language of their profile."""

import pytest
from wagtail.models import Locale
from wagtail.users.models import UserProfile

from cms.demo.builders.site import build_site
from partners.models import PartnerPage
from partners.permissions import add_partner_editor, provision_partner, setup_roles
from tests.home.factories import build_sections
from tests.partners.factories import PartnerPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.serial,
    pytest.mark.django_db(transaction=True),
]


PASSWORD = "a-long-test-password"


@pytest.fixture
def alpha_desk(transactional_db):
    """Alpha University in three languages, provisioned, with its editor;
    Beta Institute beside it, which the editor must never see."""
    homes = build_site()["homes"]
    sections = build_sections(homes["en"])
    alpha = PartnerPageFactory(parent=sections["partners"], title="Alpha University")
    PartnerPageFactory(parent=sections["partners"], title="Beta Institute")
    versions = {"en": alpha}
    for code, title in (("fr", "Université Alpha"), ("nl", "Universiteit Alpha")):
        versions[code] = alpha.copy_for_translation(
            Locale.objects.get(language_code=code), copy_parents=True
        ).specific
        versions[code].title = title
        versions[code].save_revision().publish()
    setup_roles()
    for page in versions.values():
        provision_partner(page)
    editor, _password = add_partner_editor(alpha, "alpha-editor")
    editor.set_password(PASSWORD)
    editor.save()
    return {"versions": versions, "editor": editor}


def sign_in(page, base):
    page.goto(f"{base}/admin/login/")
    page.fill("input[name=username]", "alpha-editor")
    page.fill("input[name=password]", PASSWORD)
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/admin/")


def test_the_desk_leads_to_each_language_in_one_click(
    live_server, desktop, screenshot, alpha_desk
):
    versions = alpha_desk["versions"]
    base = live_server.url

    page = desktop
    sign_in(page, base)
    rows = page.locator("table.partner-desk tbody tr")
    assert rows.count() == 3
    assert "Beta Institute" not in page.content()
    screenshot(page, "admin-partner-desk")

    clicks = 0
    for code in ("en", "fr", "nl"):
        page.goto(f"{base}/admin/")
        page.locator(f"tr[data-language='{code}'] a.button").click()
        clicks += 1
        page.wait_for_url(f"{base}/admin/pages/{versions[code].pk}/edit/")
    assert clicks == 3  # one click from the dashboard to each language


@pytest.mark.parametrize("language", ["en", "fr"])
def test_a_save_offers_to_update_the_other_languages(
    live_server, browser, screenshot, language, alpha_desk
):
    versions = alpha_desk["versions"]
    alpha = versions["en"]
    profile = UserProfile.get_for_user(alpha_desk["editor"])
    profile.preferred_language = language
    profile.save()
    base = live_server.url

    context = browser.new_context(viewport={"width": 1366, "height": 900})
    page = context.new_page()
    sign_in(page, base)
    screenshot(page, f"admin-partner-desk-{language}-1366")

    # Save the English profile: the offer names French and Dutch.
    page.locator("tr[data-language='en'] a.button").click()
    page.wait_for_url(f"{base}/admin/pages/{alpha.pk}/edit/")
    page.fill("input[name=city]", "Antwerp")
    with page.expect_navigation():
        page.locator("footer button.action-save").first.click()
    offer = page.locator(
        f"a[href='/admin/partner-profile/{alpha.pk}/update-languages/']"
    )
    assert offer.count() == 1
    screenshot(page, f"admin-partner-edit-offer-{language}-1366")

    # One click to the confirmation, one to update: both get a draft.
    offer.click()
    page.wait_for_url(f"{base}/admin/partner-profile/{alpha.pk}/update-languages/")
    assert page.locator("li[data-language]").count() == 2
    with page.expect_navigation():
        page.locator("form[data-update-languages] button").first.click()
    assert page.locator(".messages li.success").count() == 2
    screenshot(page, f"admin-partner-updated-{language}-1366")
    context.close()
    for code in ("fr", "nl"):
        draft = PartnerPage.objects.get(pk=versions[code].pk)
        assert draft.has_unpublished_changes
        assert draft.get_latest_revision_as_object().city == "Antwerp"
        assert draft.city == "Ghent"  # readers keep the live version

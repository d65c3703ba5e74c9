"""A partner editor's desk: from the dashboard to each language of their profile."""

import pytest
from wagtail.models import Locale

from cms.demo.builders.site import build_site
from partners.permissions import add_partner_editor, provision_partner, setup_roles
from tests.home.factories import build_sections
from tests.partners.factories import PartnerPageFactory

pytestmark = [
    pytest.mark.browser,
    pytest.mark.serial,
    pytest.mark.django_db(transaction=True),
]


def test_the_desk_leads_to_each_language_in_one_click(live_server, desktop, screenshot):
    homes = build_site()["homes"]
    sections = build_sections(homes["en"])
    alpha = PartnerPageFactory(parent=sections["partners"], title="Alpha University")
    PartnerPageFactory(parent=sections["partners"], title="Beta Institute")
    versions = {"en": alpha}
    for code in ("fr", "nl"):
        versions[code] = alpha.copy_for_translation(
            Locale.objects.get(language_code=code), copy_parents=True
        )
        versions[code].save_revision().publish()
    setup_roles()
    for page in versions.values():
        provision_partner(page)
    editor, _password = add_partner_editor(alpha, "alpha-editor")
    editor.set_password("a-long-test-password")
    editor.save()
    base = live_server.url

    page = desktop
    page.goto(f"{base}/admin/login/")
    page.fill("input[name=username]", "alpha-editor")
    page.fill("input[name=password]", "a-long-test-password")
    page.click("button[type=submit]")
    page.wait_for_url(f"{base}/admin/")
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

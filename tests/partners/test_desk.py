"""A partner editor's dashboard: their profile in each language, with its review."""

from django.urls import reverse

from partners.models import PartnerPage
from tests.partners.test_reference_refusal import profile_form


def test_the_dashboard_is_the_profile_in_three_languages(
    client, newsroom, alpha_versions
):
    versions = alpha_versions
    # French waits for review; Dutch has a draft not submitted.
    french = PartnerPage.objects.get(pk=versions["fr"].pk)
    french.save_revision(user=newsroom["users"]["editor_a"])
    french.get_workflow().start(french, newsroom["users"]["editor_a"])
    dutch = PartnerPage.objects.get(pk=versions["nl"].pk)
    dutch.save_revision()

    client.force_login(newsroom["users"]["editor_a"])
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    desk = html[html.index('id="partner-desk-title"') :]
    for code, state in (("en", "live"), ("fr", "in_review"), ("nl", "unsubmitted")):
        row = desk[desk.index(f'data-language="{code}"') :]
        row = row[: row.index("</tr>")]
        assert f'data-review-state="{state}"' in row, code
        edit = reverse("wagtailadmin_pages:edit", args=(versions[code].pk,))
        assert f'href="{edit}"' in row
    # Nothing of Wagtail's default dashboard, nor of another partner.
    assert "Beta Institute" not in html
    assert "Your most recent edits" not in html
    assert "newsroom-desk-title" not in html


def test_communications_keep_their_desk(client, newsroom):
    client.force_login(newsroom["users"]["communications"])
    html = client.get(reverse("wagtailadmin_home")).content.decode()
    assert "newsroom-desk-title" in html
    assert "partner-desk-title" not in html


def test_one_submission_puts_every_language_in_review(client, newsroom, alpha_versions):
    partner_a, versions = newsroom["pages"]["A"], alpha_versions
    client.force_login(newsroom["users"]["editor_a"])
    url = reverse("wagtailadmin_pages:edit", args=(partner_a.pk,))
    data = profile_form(partner_a, city="Antwerp")
    data["action-submit"] = "Submit to Partner profile review"
    response = client.post(url, data, follow=True)
    assert response.status_code == 200
    for code, version in versions.items():
        version = PartnerPage.objects.get(pk=version.pk)
        assert version.workflow_in_progress, code
    assert any("Français, Nederlands" in str(m) for m in response.context["messages"])
    # Another partner's profile is never submitted along.
    other = PartnerPage.objects.get(pk=newsroom["pages"]["B"].pk)
    assert not other.workflow_in_progress


def test_a_save_offers_the_other_languages_and_submits_nothing(
    client, newsroom, alpha_versions
):
    partner_a, versions = newsroom["pages"]["A"], alpha_versions
    client.force_login(newsroom["users"]["editor_a"])
    url = reverse("wagtailadmin_pages:edit", args=(partner_a.pk,))
    response = client.post(url, profile_form(partner_a, city="Antwerp"), follow=True)
    [offer] = [m for m in response.context["messages"] if m.level_tag == "info"]
    update = reverse("partner_update_languages", args=(partner_a.pk,))
    assert f'href="{update}"' in str(offer)
    assert not any(
        PartnerPage.objects.get(pk=version.pk).workflow_in_progress
        for version in versions.values()
    )


def test_page_listings_offer_no_bulk_action_a_partner_editor_cannot_use(
    client, newsroom
):
    # The page search lists their profile (the explorer opens below it).
    url = reverse("wagtailadmin_pages:search") + "?q=Alpha"
    client.force_login(newsroom["users"]["editor_a"])
    response = client.get(url, follow=True)
    assert response.status_code == 200
    html = response.content.decode()
    assert "data-bulk-action-footer" in html  # Wagtail's script needs it
    assert f'data-object-id="{newsroom["pages"]["A"].pk}"' in html
    for action in ("delete", "move", "publish", "unpublish"):
        assert f"/bulk/wagtailcore/page/{action}/" not in html, action
    client.force_login(newsroom["users"]["communications"])
    html = client.get(url, follow=True).content.decode()
    for action in ("delete", "move", "publish", "unpublish"):
        assert f"/bulk/wagtailcore/page/{action}/" in html, action

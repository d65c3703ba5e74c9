"""Editing one language of a profile brings the other two up to date, over HTTP.

The offer after a save leads to wagtail-localize's sync: the French and Dutch
versions get drafts in which what the editor did not change keeps its
translation and the change is left to translate; the live versions stay as
they are; one submission then puts all three in review.
"""

import pytest
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import Translation

from partners.models import PartnerPage
from partners.permissions import provision_partner
from tests.partners.test_reference_refusal import profile_form

pytestmark = pytest.mark.django_db

WRITTEN = {
    "fr": ("Université Alpha", "<p>L’Université Alpha est membre du réseau.</p>"),
    "nl": ("Universiteit Alpha", "<p>Universiteit Alpha is lid van het netwerk.</p>"),
}


def _written_by_hand(partner):
    """French and Dutch versions, translated by hand and live."""
    versions = {"en": partner}
    for code, (title, boilerplate) in WRITTEN.items():
        version = partner.copy_for_translation(
            Locale.objects.get(language_code=code), copy_parents=True
        ).specific
        version.title = title
        version.boilerplate = boilerplate
        version.save_revision().publish()
        provision_partner(version)
        versions[code] = version
    return versions


def _draft(page):
    return PartnerPage.objects.get(pk=page.pk).get_latest_revision_as_object()


@pytest.fixture
def profile(newsroom, client):
    versions = _written_by_hand(newsroom["pages"]["A"])
    client.force_login(newsroom["users"]["editor_a"])
    return versions


def _save_english(client, english, **fields):
    url = reverse("wagtailadmin_pages:edit", args=(english.pk,))
    return client.post(url, profile_form(english, **fields), follow=True)


def test_a_save_offers_to_update_the_other_two(client, profile):
    response = _save_english(client, profile["en"], city="Antwerp")
    [offer] = [m for m in response.context["messages"] if m.level_tag == "info"]
    update = reverse("partner_update_languages", args=(profile["en"].pk,))
    assert f'href="{update}"' in str(offer)
    assert "Français, Nederlands" in str(offer)
    # Nothing changes before the editor asks.
    assert not Translation.objects.exists()
    page = client.get(update)
    assert page.status_code == 200
    for code in ("fr", "nl"):
        assert f'data-language="{code}"' in page.content.decode()


def test_updating_keeps_translations_and_leaves_the_change_to_translate(
    client, profile
):
    _save_english(client, profile["en"], city="Antwerp")
    update = reverse("partner_update_languages", args=(profile["en"].pk,))
    response = client.post(update, follow=True)
    assert response.status_code == 200
    done = [str(m) for m in response.context["messages"] if m.level_tag == "success"]
    assert len(done) == 2
    assert any("1 of" in message for message in done), done
    for code, (title, _boilerplate) in WRITTEN.items():
        draft = _draft(profile[code])
        # Translated segments stay; the changed one arrives, left to translate.
        assert draft.title == title
        assert "membre" in draft.boilerplate or "lid" in draft.boilerplate
        assert draft.city == "Antwerp"
        # Readers still see the live version.
        live = PartnerPage.objects.get(pk=profile[code].pk)
        assert live.city == "Ghent"
        assert live.has_unpublished_changes
        translation = Translation.objects.get(
            source__object_id=profile["en"].translation_key,
            target_locale__language_code=code,
        )
        total, translated = translation.get_progress()
        assert total - translated == 1
        # The version now opens in wagtail-localize's translation editor.
        edit = client.get(reverse("wagtailadmin_pages:edit", args=(live.pk,)))
        assert edit.status_code == 200
        assert b"Antwerp" in edit.content


def test_a_second_update_keeps_what_was_translated_since(client, profile):
    _save_english(client, profile["en"], city="Antwerp")
    update = reverse("partner_update_languages", args=(profile["en"].pk,))
    client.post(update)
    _save_english(client, profile["en"], city="Antwerp", website="https://alpha.be")
    client.post(update)
    draft = _draft(profile["fr"])
    assert draft.title == WRITTEN["fr"][0]
    assert draft.website == "https://alpha.be"


def test_one_submission_after_the_update_puts_three_in_review(client, profile):
    _save_english(client, profile["en"], city="Antwerp")
    client.post(reverse("partner_update_languages", args=(profile["en"].pk,)))
    data = profile_form(PartnerPage.objects.get(pk=profile["en"].pk), city="Antwerp")
    data["action-submit"] = "Submit to Partner profile review"
    url = reverse("wagtailadmin_pages:edit", args=(profile["en"].pk,))
    assert client.post(url, data).status_code == 302
    for code, version in profile.items():
        version = PartnerPage.objects.get(pk=version.pk)
        assert version.workflow_in_progress, code
        assert version.current_workflow_state.current_task_state.revision_id == (
            version.latest_revision_id
        )
    # The reviewer approves the French draft: the French wording, with the change.
    french = PartnerPage.objects.get(pk=profile["fr"].pk)
    french.get_latest_revision().publish()
    french.refresh_from_db()
    assert (french.title, french.city) == (WRITTEN["fr"][0], "Antwerp")


def test_another_partners_editor_cannot_update(client, newsroom, profile):
    client.force_login(newsroom["users"]["editor_b"])
    update = reverse("partner_update_languages", args=(profile["en"].pk,))
    response = client.post(update)
    assert response.status_code in (302, 403)
    assert response.get("Location", "") in ("", reverse("wagtailadmin_home"))
    assert not Translation.objects.exists()


@pytest.mark.parametrize("which", ["release", "missing"])
def test_update_of_anything_but_a_profile_is_404(client, newsroom, profile, which):
    client.force_login(newsroom["users"]["communications"])
    page_id = newsroom["pages"]["release"].pk if which == "release" else 999999
    url = reverse("partner_update_languages", args=(page_id,))
    # Django's LocaleMiddleware tries a 404 again under the language prefix.
    response = client.post(url, follow=True)
    assert response.status_code == 404

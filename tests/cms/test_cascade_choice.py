"""Unpublishing or deleting a source page offers to do the same to its translations."""

import pytest
from django.urls import reverse
from wagtail.models import Locale, Page

from cms.translations.cascade import _delete_alone
from tests.news.factories import NewsIndexPageFactory, PressReleasePageFactory


@pytest.fixture
def release(site_tree):
    """A live English release with live French and Dutch versions."""
    news = NewsIndexPageFactory(parent=site_tree["homes"]["en"])
    for code in ("fr", "nl"):
        news.copy_for_translation(Locale.objects.get(language_code=code))
    page = PressReleasePageFactory(parent=news, publish=False, title="Campus news")
    for code in ("fr", "nl"):
        page.copy_for_translation(Locale.objects.get(language_code=code))
    page.save_revision().publish()
    return page


def live_languages(page):
    return sorted(
        Page.objects.filter(translation_key=page.translation_key)
        .live()
        .values_list("locale__language_code", flat=True)
    )


def existing_languages(page):
    return sorted(
        Page.objects.filter(translation_key=page.translation_key).values_list(
            "locale__language_code", flat=True
        )
    )


def test_unpublish_confirmation_offers_the_translations_ticked(admin_client, release):
    response = admin_client.get(
        reverse("wagtailadmin_pages:unpublish", args=(release.pk,))
    )
    html = response.content.decode()
    assert "Also unpublish the other language versions: " in html
    assert "Français" in html and "Nederlands" in html
    assert 'name="include_translations" value="1" checked' in html
    assert 'name="translations_offered"' in html


def test_unpublish_with_the_box_ticked_unpublishes_the_translations(
    admin_client, release
):
    response = admin_client.post(
        reverse("wagtailadmin_pages:unpublish", args=(release.pk,)),
        {"translations_offered": "1", "include_translations": "1"},
    )
    assert response.status_code == 302
    assert live_languages(release) == []


def test_unpublish_with_the_box_unticked_keeps_the_translations_live(
    admin_client, release
):
    response = admin_client.post(
        reverse("wagtailadmin_pages:unpublish", args=(release.pk,)),
        {"translations_offered": "1"},
    )
    assert response.status_code == 302
    assert live_languages(release) == ["fr", "nl"]


def test_a_translation_unpublished_alone_offers_nothing(admin_client, release):
    french = release.get_translation(Locale.objects.get(language_code="fr"))
    response = admin_client.get(
        reverse("wagtailadmin_pages:unpublish", args=(french.pk,))
    )
    assert "include_translations" not in response.content.decode()
    admin_client.post(reverse("wagtailadmin_pages:unpublish", args=(french.pk,)))
    assert live_languages(release) == ["en", "nl"]


def test_delete_confirmation_offers_the_translations_ticked(admin_client, release):
    response = admin_client.get(
        reverse("wagtailadmin_pages:delete", args=(release.pk,))
    )
    html = response.content.decode()
    assert "Also delete the other language versions: " in html
    assert 'name="include_translations" value="1" checked' in html


def test_delete_with_the_box_ticked_deletes_the_translations(admin_client, release):
    response = admin_client.post(
        reverse("wagtailadmin_pages:delete", args=(release.pk,)),
        {"translations_offered": "1", "include_translations": "1"},
    )
    assert response.status_code == 302
    assert existing_languages(release) == []


def test_delete_with_the_box_unticked_keeps_the_translations(admin_client, release):
    response = admin_client.post(
        reverse("wagtailadmin_pages:delete", args=(release.pk,)),
        {"translations_offered": "1"},
    )
    assert response.status_code == 302
    assert existing_languages(release) == ["fr", "nl"]
    # The choice holds for that one request only.
    assert _delete_alone.get() is None

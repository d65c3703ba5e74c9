"""Publish together: all three languages or none, now or at the same scheduled time."""

import datetime

import pytest
from django.contrib.messages import get_messages
from django.contrib.messages.storage.fallback import FallbackStorage
from django.test import RequestFactory
from django.utils import timezone
from wagtail.models import Locale, PageLogEntry

from cms.translations import errors, publishing
from cms.translations.admin import (
    publish_release_in_all_languages,
    record_publish_together_switch,
)
from news.models import PressReleasePage
from tests.news.factories import NewsIndexPageFactory, PressReleasePageFactory


@pytest.fixture
def english_release(site_tree):
    news = NewsIndexPageFactory(parent=site_tree["homes"]["en"])
    for code in ("fr", "nl"):
        news.copy_for_translation(Locale.objects.get(language_code=code))
    return PressReleasePageFactory(parent=news, publish=False, title="Campus news")


def add_translations(page, codes=("fr", "nl")):
    for code in codes:
        copy = page.copy_for_translation(Locale.objects.get(language_code=code))
        copy.title = f"{page.title} ({code})"
        copy.save_revision()


def admin_request(admin_user):
    request = RequestFactory().post("/admin/")
    request.user = admin_user
    request.session = {}
    request._messages = FallbackStorage(request)
    return request


def live_languages(page):
    return sorted(
        page.get_translations(inclusive=True)
        .live()
        .values_list("locale__language_code", flat=True)
    )


def test_publishing_one_language_alone_is_refused_naming_the_missing(
    english_release, admin_user
):
    add_translations(english_release, codes=("fr",))
    request = admin_request(admin_user)
    response = publish_release_in_all_languages(request, english_release)
    assert response.status_code == 302
    message = str(next(iter(get_messages(request))))
    assert "Nederlands" in message and "Français" not in message
    assert "saved as a draft" in message
    assert live_languages(english_release) == []


def test_programmatic_publish_together_is_refused_too(english_release):
    with pytest.raises(errors.PublishTogetherError) as error:
        publishing.publish_all_languages(english_release)
    assert error.value.missing == ["fr", "nl"]
    assert live_languages(english_release) == []


def test_publishing_one_publishes_the_latest_revision_of_all_three(
    english_release, admin_user
):
    add_translations(english_release)
    french = english_release.get_translation(Locale.objects.get(language_code="fr"))
    draft = french.specific
    draft.title = "Nouvelles du campus"
    draft.save_revision()
    assert live_languages(english_release) == []

    request = admin_request(admin_user)
    english_release.save_revision(user=admin_user)
    response = publish_release_in_all_languages(request, english_release)

    assert response.status_code == 302
    assert live_languages(english_release) == ["en", "fr", "nl"]
    french = PressReleasePage.objects.get(pk=french.pk)
    assert french.title == "Nouvelles du campus"
    message = str(next(iter(get_messages(request))))
    assert "English, français, Nederlands" in message or "Nederlands" in message


def test_a_scheduled_go_live_applies_to_all_three(english_release, admin_user):
    add_translations(english_release)
    go_live = timezone.now() + datetime.timedelta(days=2)
    english_release.go_live_at = go_live
    revision = english_release.save_revision(user=admin_user)

    publishing.publish_all_languages(english_release, revision=revision)

    versions = PressReleasePage.objects.filter(
        translation_key=english_release.translation_key
    )
    assert versions.count() == 3
    for version in versions:
        assert not version.live
        assert version.latest_revision.approved_go_live_at == go_live


def test_publish_together_off_allows_one_language_and_is_recorded(
    english_release, admin_user
):
    english_release.save_revision(user=admin_user)
    english_release.publish_together = False
    english_release.save_revision(user=admin_user)
    request = admin_request(admin_user)

    record_publish_together_switch(request, english_release)
    assert publish_release_in_all_languages(request, english_release) is None

    entry = PageLogEntry.objects.get(
        page=english_release, action=publishing.LOG_PUBLISH_TOGETHER_OFF
    )
    assert entry.user == admin_user
    assert "Publish in all languages together" in entry.message


def test_the_switch_is_on_by_default():
    assert PressReleasePage._meta.get_field("publish_together").default is True

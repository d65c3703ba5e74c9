"""Publish together on every way of publishing: code, workflow, bulk, segment
editor and scheduled publishing. Each test names the languages live afterwards."""

import datetime
from unittest import mock

import pytest
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import (
    GroupApprovalTask,
    Locale,
    PageLogEntry,
    Revision,
    TaskState,
    Workflow,
    WorkflowState,
    WorkflowTask,
)
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
)

from cms.translations import errors, publishing
from news.models import PressReleasePage
from tests.cms.factories import translate
from tests.news.factories import NewsIndexPageFactory, PressReleasePageFactory


@pytest.fixture
def news(site_tree):
    index = NewsIndexPageFactory(parent=site_tree["homes"]["en"])
    for code in ("fr", "nl"):
        copy = index.copy_for_translation(Locale.objects.get(language_code=code))
        copy.save_revision().publish()
    return index


@pytest.fixture
def release(news):
    """An English draft release, publish together on, no translations yet."""
    return PressReleasePageFactory(parent=news, publish=False, title="Campus news")


def add_translations(page, codes=("fr", "nl")):
    versions = {}
    for code in codes:
        copy = page.copy_for_translation(Locale.objects.get(language_code=code))
        copy.title = f"{page.title} ({code})"
        copy.save_revision()
        versions[code] = copy
    return versions


def live_languages(page):
    return sorted(
        page.get_translations(inclusive=True)
        .live()
        .values_list("locale__language_code", flat=True)
    )


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


# Revision.publish() from code ---------------------------------------------------


def test_revision_publish_of_a_lone_language_is_refused(release):
    with pytest.raises(errors.PublishTogetherError) as error:
        release.save_revision().publish()
    assert error.value.missing == ["fr", "nl"]
    assert live_languages(release) == []


def test_revision_publish_publishes_all_three_latest_revisions(release):
    versions = add_translations(release)
    french = versions["fr"]
    french.title = "Nouvelles du campus"
    french.save_revision()

    release.save_revision().publish()

    assert live_languages(release) == ["en", "fr", "nl"]
    assert PressReleasePage.objects.get(pk=french.pk).title == "Nouvelles du campus"


def test_publishing_a_translation_publishes_the_source_too(release):
    versions = add_translations(release)
    versions["nl"].save_revision().publish()
    assert live_languages(release) == ["en", "fr", "nl"]


def test_publish_together_off_publishes_one_language(release):
    release.publish_together = False
    release.save_revision().publish()
    assert live_languages(release) == ["en"]


def test_publish_as_is_is_for_loaders_that_publish_each_language(release):
    with publishing.publish_as_is():
        release.save_revision().publish()
    assert live_languages(release) == ["en"]


# Workflow approval ------------------------------------------------------------


@pytest.fixture
def in_moderation(release, news, admin_user):
    task = GroupApprovalTask.objects.create(name="Communications approval")
    workflow = Workflow.objects.create(name="Release approval")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    release.save_revision(user=admin_user)
    state = workflow.start(release, admin_user)
    return state


def approve(client, page, state):
    task_state = WorkflowState.objects.get(pk=state.pk).current_task_state
    url = reverse(
        "wagtailadmin_pages:workflow_action", args=(page.pk, "approve", task_state.pk)
    )
    return client.post(url), task_state


def test_workflow_approval_is_refused_and_the_task_stays_in_progress(
    admin_client, release, in_moderation
):
    add_translations(release, codes=("fr",))

    response, task_state = approve(admin_client, release, in_moderation)

    assert response.status_code == 302
    [message] = messages_of(response)
    assert "was not approved" in message and "Nederlands" in message
    assert "Français" not in message
    assert TaskState.objects.get(pk=task_state.pk).status == "in_progress"
    state = WorkflowState.objects.get(pk=in_moderation.pk)
    assert state.status == WorkflowState.STATUS_IN_PROGRESS
    assert live_languages(release) == []


def test_workflow_approval_from_the_modal_is_refused_without_an_error_page(
    admin_client, release, in_moderation
):
    task_state = in_moderation.current_task_state
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=(release.pk, "approve", task_state.pk),
    )
    response = admin_client.post(url, headers={"x-requested-with": "XMLHttpRequest"})
    assert response.status_code == 200
    assert response.json()["step"] == "success"
    assert TaskState.objects.get(pk=task_state.pk).status == "in_progress"
    assert live_languages(release) == []


def test_workflow_approval_publishes_all_three(admin_client, release, in_moderation):
    add_translations(release)

    response, task_state = approve(admin_client, release, in_moderation)

    assert response.status_code == 302
    assert TaskState.objects.get(pk=task_state.pk).status == "approved"
    state = WorkflowState.objects.get(pk=in_moderation.pk)
    assert state.status == WorkflowState.STATUS_APPROVED
    assert live_languages(release) == ["en", "fr", "nl"]


# Bulk publish from the page explorer --------------------------------------------


def bulk_publish(client, pages):
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    query = "&".join(f"id={page.pk}" for page in pages)
    return client.post(f"{url}?{query}", {"include_descendants": ""})


def test_bulk_publish_refuses_a_lone_release_and_publishes_the_rest(
    admin_client, news, release
):
    ready = PressReleasePageFactory(parent=news, publish=False, title="Ready news")
    add_translations(ready)
    alone = PressReleasePageFactory(parent=news, publish=False, title="Lone page")
    alone.publish_together = False
    alone.save_revision()

    response = bulk_publish(admin_client, [release, ready, alone])

    assert response.status_code == 302
    messages = messages_of(response)
    assert any("Campus news" in m and "Français, Nederlands" in m for m in messages)
    assert live_languages(release) == []
    assert live_languages(ready) == ["en", "fr", "nl"]
    assert live_languages(alone) == ["en"]


def test_bulk_publish_of_all_three_versions_publishes_each_once(admin_client, release):
    versions = add_translations(release)

    bulk_publish(admin_client, [release, versions["fr"], versions["nl"]])

    assert live_languages(release) == ["en", "fr", "nl"]
    publishes = PageLogEntry.objects.filter(
        page__translation_key=release.translation_key, action="wagtail.publish"
    )
    assert publishes.count() == 3


def test_bulk_publish_with_only_refused_releases_says_nothing_was_published(
    admin_client, release
):
    response = bulk_publish(admin_client, [release])
    messages = messages_of(response)
    assert len(messages) == 1 and "was not published" in messages[0]
    assert live_languages(release) == []


# wagtail-localize's segment editor ---------------------------------------------


def translate_every_segment(record):
    code = record.target_locale.language_code
    for found in StringSegment.objects.filter(source=record.source).select_related(
        "string", "context"
    ):
        StringTranslation.objects.update_or_create(
            translation_of=found.string,
            locale=record.target_locale,
            context=found.context,
            defaults={"data": f"{found.string.data} [{code}]"},
        )


def segment_editor_publish(client, record):
    page = record.get_target_instance()
    return client.post(
        reverse("wagtailadmin_pages:edit", args=(page.pk,)), {"action": "publish"}
    )


def test_segment_editor_publish_saves_a_draft_while_a_language_is_missing(
    admin_client, release, django_capture_on_commit_callbacks
):
    french = translate(release, "fr")
    translate_every_segment(french)

    with django_capture_on_commit_callbacks(execute=True):
        response = segment_editor_publish(admin_client, french)

    assert response.status_code == 302
    [message] = messages_of(response)
    assert "Nederlands" in message and "saved as a draft" in message
    assert live_languages(release) == []
    target = french.get_target_instance()
    assert target.latest_revision.content["title"] == "Campus news [fr]"


def test_segment_editor_publish_is_refused_while_segments_are_untranslated(
    admin_client, release, django_capture_on_commit_callbacks
):
    french, dutch = translate(release, "fr"), translate(release, "nl")
    translate_every_segment(french)

    with django_capture_on_commit_callbacks(execute=True):
        response = segment_editor_publish(admin_client, french)

    [message] = messages_of(response)
    assert "not fully translated: Nederlands" in message
    assert dutch.get_target_instance().live is False
    assert live_languages(release) == []


def test_segment_editor_publish_publishes_all_three(
    admin_client, release, django_capture_on_commit_callbacks
):
    french, dutch = translate(release, "fr"), translate(release, "nl")
    translate_every_segment(french)
    translate_every_segment(dutch)

    with django_capture_on_commit_callbacks(execute=True):
        response = segment_editor_publish(admin_client, french)

    assert response.status_code == 302
    assert live_languages(release) == ["en", "fr", "nl"]
    assert PressReleasePage.objects.get(pk=dutch.get_target_instance().pk).title == (
        "Campus news [nl]"
    )


# wagtail-localize's "Translate" ------------------------------------------------


# Committed for real: wagtail-localize publishes a translation of a live page
# on commit, and publishing together refuses it there, inside the request.
@pytest.mark.django_db(transaction=True)
def test_translating_a_live_release_into_one_language_saves_a_draft(
    admin_client, release
):
    with publishing.publish_as_is():
        release.save_revision().publish()
    admin_client.raise_request_exception = False
    french = Locale.objects.get(language_code="fr")
    url = reverse("wagtail_localize:submit_page_translation", args=(release.pk,))

    response = admin_client.post(url, {"locales": [french.pk]})

    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=(release.pk,))
    refusal = [m for m in messages_of(response) if "was not published" in m]
    assert refusal and "missing: Nederlands" in refusal[0], messages_of(response)
    assert "saved as a draft" in refusal[0]
    draft = release.get_translation(french)
    assert draft.live is False and draft.latest_revision is not None
    assert live_languages(release) == ["en"]


# Scheduled publishing ------------------------------------------------------------


def test_publish_scheduled_puts_all_three_live_once(release):
    add_translations(release)
    go_live = timezone.now() + datetime.timedelta(hours=1)
    release.go_live_at = go_live
    release.save_revision().publish()
    scheduled = Revision.objects.filter(approved_go_live_at=go_live)
    assert scheduled.count() == 3
    assert live_languages(release) == []

    later = go_live + datetime.timedelta(minutes=5)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled")

    assert live_languages(release) == ["en", "fr", "nl"]
    assert not Revision.objects.filter(approved_go_live_at__isnull=False).exists()
    entries = PageLogEntry.objects.filter(
        page__translation_key=release.translation_key,
        action="wagtail.publish.scheduled",
    )
    assert sorted(entries.values_list("page__locale__language_code", flat=True)) == [
        "en",
        "fr",
        "nl",
    ]


def test_publish_scheduled_leaves_a_release_that_lost_a_language_scheduled(
    release, news
):
    versions = add_translations(release)
    go_live = timezone.now() + datetime.timedelta(hours=1)
    release.go_live_at = go_live
    release.save_revision().publish()
    other = PressReleasePageFactory(parent=news, publish=False, title="Other news")
    other.publish_together = False
    other.go_live_at = go_live
    other.save_revision().publish()
    versions["nl"].delete()

    later = go_live + datetime.timedelta(minutes=5)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled")

    assert live_languages(release) == []
    assert live_languages(other) == ["en"]


def test_a_refusal_names_the_untranslated_fields_and_links_to_them(
    admin_client, release, django_capture_on_commit_callbacks
):
    french, dutch = translate(release, "fr"), translate(release, "nl")
    translate_every_segment(french)
    translate_every_segment(dutch)
    StringTranslation.objects.filter(
        locale=dutch.target_locale, context__path="lead"
    ).delete()

    with django_capture_on_commit_callbacks(execute=True):
        response = segment_editor_publish(admin_client, french)

    [message] = messages_of(response)
    assert "not fully translated: Nederlands (Lead)" in message
    dutch_page = dutch.get_target_instance()
    dutch_edit = reverse("wagtailadmin_pages:edit", args=(dutch_page.pk,))
    assert f'href="{dutch_edit}"' in message
    assert live_languages(release) == []


def test_a_refusal_offers_to_translate_a_missing_language(
    admin_client, release, django_capture_on_commit_callbacks
):
    french = translate(release, "fr")
    translate_every_segment(french)
    with django_capture_on_commit_callbacks(execute=True):
        response = segment_editor_publish(admin_client, french)
    [message] = messages_of(response)
    translate_url = reverse("newsroom_submit_page_translation", args=(release.pk,))
    assert f'href="{translate_url}"' in message

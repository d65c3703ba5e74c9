"""Signed deliveries to a real local receiver, run by django-tasks-db's worker:
the signature, retries with backoff, and nothing before go-live."""

import datetime
import json
import socket
import threading
from io import StringIO
from unittest import mock

import pytest
from django.core.management import call_command
from django.test import override_settings
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import Locale

from cms.translations.errors import PublishTogetherError
from news.models import PressReleasePage
from tests.home.factories import build_sections
from tests.news.factories import NewsIndexPageFactory, PressReleasePageFactory
from tests.partners.factories import PartnerPageFactory
from tests.webhooks.factories import WebhookEndpointFactory
from tests.webhooks.receiver import Receiver, verify
from webhooks.models import WebhookDelivery

pytestmark = pytest.mark.django_db

Status = WebhookDelivery.Status


@pytest.fixture
def sections(site_tree):
    return build_sections(site_tree["homes"]["en"])


@pytest.fixture
def publish(sections, django_capture_on_commit_callbacks):
    """Publish a release as the admin does, queueing what its commit queues."""

    def make(**kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return PressReleasePageFactory(
                parent=sections["news"], publish_together=False, **kwargs
            )

    return make


def queued():
    return DBTaskResult.objects.filter(
        backend_name="background", task_path="webhooks.tasks.deliver"
    )


def test_a_published_release_reaches_the_receiver_signed(publish, run_worker):
    endpoint = WebhookEndpointFactory()
    with Receiver(endpoint.secret) as receiver:
        endpoint.url = receiver.url
        endpoint.save()
        release = publish(title="Alliance on cell therapy")
        delivery = WebhookDelivery.objects.get()
        assert delivery.status == Status.PENDING  # queued, not sent in the request
        assert receiver.received == []
        run_worker()
    delivery.refresh_from_db()
    assert delivery.status == Status.DELIVERED
    assert delivery.attempts == 1
    assert delivery.response_status == 200
    [received] = receiver.received
    assert received["verified"]
    assert received["headers"]["webhook-id"] == delivery.message_id
    assert received["headers"]["webhook-signature"].startswith("v1,")
    body = received["body"]
    assert body["type"] == "release.published"
    assert body["data"]["title"] == "Alliance on cell therapy"
    assert body["data"]["language"] == "en"
    assert body["data"]["id"] == release.pk
    # The site's configured root URL, as the sitemap gives it.
    assert body["data"]["url"] == release.get_full_url()
    assert body["data"]["url"].startswith("http://testserver/en/")


def test_another_secret_does_not_verify(publish, run_worker):
    endpoint = WebhookEndpointFactory()
    other = WebhookEndpointFactory.build().secret
    assert other != endpoint.secret
    with Receiver(other) as receiver:
        endpoint.url = receiver.url
        endpoint.save()
        publish()
        run_worker()
    [received] = receiver.received
    assert not received["verified"]
    delivery = WebhookDelivery.objects.get()
    assert delivery.response_status == 401
    assert delivery.status == Status.RETRYING


def test_signature_covers_the_body_and_timestamp():
    secret = WebhookEndpointFactory.build().secret
    from webhooks import signing

    now = int(timezone.now().timestamp())
    headers = signing.headers(secret, "msg_1", now, b'{"a": 1}')
    assert verify(secret, headers, b'{"a": 1}')
    assert not verify(secret, headers, b'{"a": 2}')
    assert not verify(
        secret, {**headers, "webhook-timestamp": str(now + 1)}, b'{"a": 1}'
    )
    assert not verify(secret, {**headers, "webhook-id": "msg_2"}, b'{"a": 1}')


def test_a_failed_delivery_is_retried_with_backoff(publish, run_worker):
    endpoint = WebhookEndpointFactory()
    with Receiver(endpoint.secret, answers=[500, 200]) as receiver:
        endpoint.url = receiver.url
        endpoint.save()
        publish()
        before = timezone.now()
        run_worker()
        delivery = WebhookDelivery.objects.get()
        assert delivery.status == Status.RETRYING
        assert delivery.attempts == 1
        assert delivery.response_status == 500
        # The first retry waits WEBHOOK_RETRY_DELAYS[0] (60 s): not run yet.
        retry = queued().get(status="READY")
        assert retry.run_after == delivery.next_attempt_at
        assert (
            datetime.timedelta(seconds=59)
            < retry.run_after - before
            < datetime.timedelta(seconds=70)
        )
        run_worker()
        assert len(receiver.received) == 1
        # A minute later the worker runs it.
        queued().filter(pk=retry.pk).update(
            run_after=timezone.now() - datetime.timedelta(seconds=1)
        )
        run_worker()
    delivery.refresh_from_db()
    assert delivery.status == Status.DELIVERED
    assert delivery.attempts == 2
    first, second = receiver.received
    assert first["verified"] and second["verified"]
    # The same message, signed again: the receiver can tell it is a retry.
    assert first["headers"]["webhook-id"] == second["headers"]["webhook-id"]
    assert first["body"] == second["body"]


@override_settings(WEBHOOK_RETRY_DELAYS=(0, 0))
def test_a_delivery_gives_up_after_the_last_retry(publish, run_worker):
    endpoint = WebhookEndpointFactory()
    with Receiver(endpoint.secret, answers=[503, 500, 502, 200]) as receiver:
        endpoint.url = receiver.url
        endpoint.save()
        publish()
        run_worker()
    delivery = WebhookDelivery.objects.get()
    assert delivery.status == Status.FAILED
    assert delivery.attempts == 3
    assert len(receiver.received) == 3
    assert not queued().filter(status="READY").exists()


def test_nothing_is_delivered_for_a_draft_or_before_go_live(
    sections, run_worker, django_capture_on_commit_callbacks
):
    endpoint = WebhookEndpointFactory()
    with Receiver(endpoint.secret) as receiver:
        endpoint.url = receiver.url
        endpoint.save()
        with django_capture_on_commit_callbacks(execute=True):
            draft = PressReleasePageFactory(
                parent=sections["news"], publish=False, publish_together=False
            )
            draft.save_revision()
            release = PressReleasePage.objects.get(pk=draft.pk)
            release.go_live_at = timezone.now() + datetime.timedelta(hours=3)
            revision = release.save_revision()
            revision.publish()  # scheduled: Wagtail still sends page_published
        run_worker()
        assert not WebhookDelivery.objects.exists()
        assert not queued().exists()
        assert receiver.received == []

        moment = revision.approved_go_live_at + datetime.timedelta(minutes=1)
        with (
            mock.patch("django.utils.timezone.now", return_value=moment),
            django_capture_on_commit_callbacks(execute=True),
        ):
            call_command("publish_scheduled", stdout=StringIO())
        run_worker()
    assert sorted(receiver.types()) == [
        "release.embargo_lifted",
        "release.published",
    ]
    assert all(item["verified"] for item in receiver.received)


def test_updates_and_unpublishing_and_a_release_gone_before_its_turn(
    publish, run_worker, django_capture_on_commit_callbacks
):
    endpoint = WebhookEndpointFactory()
    with Receiver(endpoint.secret) as receiver:
        endpoint.url = receiver.url
        endpoint.save()
        release = publish()
        run_worker()
        with django_capture_on_commit_callbacks(execute=True):
            release.title = "Alliance, corrected"
            release.save_revision().publish()
        run_worker()
        assert receiver.types() == ["release.published", "release.updated"]
        assert receiver.received[1]["body"]["data"]["title"] == "Alliance, corrected"

        # Published again, then unpublished before the worker got to it: the
        # update is cancelled, the withdrawal is delivered.
        with django_capture_on_commit_callbacks(execute=True):
            release.save_revision().publish()
            release.unpublish()
        run_worker()
    assert receiver.types() == [
        "release.published",
        "release.updated",
        "release.unpublished",
    ]
    withdrawal = receiver.received[-1]["body"]["data"]
    assert withdrawal["url"] is None
    assert WebhookDelivery.objects.filter(status=Status.CANCELLED).count() == 1


def test_endpoints_get_only_their_events_languages_and_partners(
    site_tree, sections, publish, run_worker
):
    alpha = PartnerPageFactory(parent=sections["partners"], title="Alpha Lab")
    beta = PartnerPageFactory(parent=sections["partners"], title="Beta Institute")
    only_alpha = WebhookEndpointFactory()
    only_alpha.partners.set([alpha])
    french_only = WebhookEndpointFactory(languages=["fr"])
    updates_only = WebhookEndpointFactory(events=["release.updated"])
    paused = WebhookEndpointFactory(active=False)
    publish(partners=[alpha], title="Alpha's release")
    publish(partners=[beta], title="Beta's release")
    made = {(d.endpoint_id, d.title) for d in WebhookDelivery.objects.all()}
    assert made == {(only_alpha.pk, "Alpha's release")}
    for endpoint in (french_only, updates_only, paused):
        assert not endpoint.deliveries.exists()
    body = json.loads(WebhookDelivery.objects.get().body)
    assert body["data"]["partners"] == [{"slug": alpha.slug, "title": "Alpha Lab"}]


def test_publishing_together_delivers_each_language_and_a_refusal_nothing(
    site_tree, django_capture_on_commit_callbacks
):
    news = NewsIndexPageFactory(parent=site_tree["homes"]["en"])
    for code in ("fr", "nl"):
        news.copy_for_translation(Locale.objects.get(language_code=code))
    english = PressReleasePageFactory(parent=news, publish=False, title="Campus")
    every_language = WebhookEndpointFactory()
    french_only = WebhookEndpointFactory(languages=["fr"])
    french = english.copy_for_translation(Locale.objects.get(language_code="fr"))
    french.save_revision()
    # Dutch is missing: the publish is refused, and nothing is delivered.
    with (
        pytest.raises(PublishTogetherError),
        django_capture_on_commit_callbacks(execute=True),
    ):
        english.save_revision().publish()
    assert not WebhookDelivery.objects.exists()
    assert not queued().exists()

    english.copy_for_translation(Locale.objects.get(language_code="nl")).save_revision()
    with django_capture_on_commit_callbacks(execute=True) as callbacks:
        PressReleasePage.objects.get(pk=english.pk).save_revision().publish()
    languages = sorted(
        json.loads(d.body)["data"]["language"] for d in every_language.deliveries.all()
    )
    assert languages == ["en", "fr", "nl"]
    [french_delivery] = french_only.deliveries.all()
    assert json.loads(french_delivery.body)["data"]["language"] == "fr"
    assert queued().count() == 4
    assert len(callbacks) >= 4


def test_deleting_a_live_release_tells_the_partner_it_is_gone(
    publish, run_worker, django_capture_on_commit_callbacks
):
    endpoint = WebhookEndpointFactory(events=["release.unpublished"])
    with Receiver(endpoint.secret) as receiver:
        endpoint.url = receiver.url
        endpoint.save()
        release = publish(title="Short-lived")
        page_id = release.pk
        with django_capture_on_commit_callbacks(execute=True):
            release.delete()
        run_worker()
    [received] = receiver.received
    assert received["verified"]
    assert received["body"]["type"] == "release.unpublished"
    assert received["body"]["data"]["id"] == page_id
    assert WebhookDelivery.objects.get().status == Status.DELIVERED


def test_a_release_whose_partner_is_gone_still_tells_the_receiver(
    publish, sections, run_worker, django_capture_on_commit_callbacks
):
    """Deleting a partner empties the release's partner link; unpublishing the
    release afterwards (as deleting a whole section does) still delivers."""
    partner = PartnerPageFactory(parent=sections["partners"], title="Gone")
    endpoint = WebhookEndpointFactory(events=["release.unpublished"])
    with Receiver(endpoint.secret) as receiver:
        endpoint.url = receiver.url
        endpoint.save()
        release = publish(partners=[partner], title="Orphaned")
        partner.delete()
        with django_capture_on_commit_callbacks(execute=True):
            PressReleasePage.objects.get(pk=release.pk).delete()
        run_worker()
    [received] = receiver.received
    assert received["body"]["data"]["partners"] == []


def test_a_receiver_answering_garbage_gets_a_retry(publish, run_worker):
    """A broken receiver that answers something other than HTTP is a failed
    attempt, logged and retried, not a task that dies."""
    listener = socket.create_server(("127.0.0.1", 0))
    port = listener.getsockname()[1]

    def answer_garbage():
        connection, _address = listener.accept()
        with connection:
            connection.recv(65536)
            connection.sendall(b"NOT HTTP AT ALL\r\n\r\n")

    thread = threading.Thread(target=answer_garbage, daemon=True)
    thread.start()
    endpoint = WebhookEndpointFactory(url=f"http://127.0.0.1:{port}/hook")
    try:
        publish()
        run_worker()
    finally:
        thread.join(5)
        listener.close()
    delivery = WebhookDelivery.objects.get(endpoint=endpoint)
    assert delivery.status == Status.RETRYING
    assert delivery.attempts == 1
    assert delivery.error

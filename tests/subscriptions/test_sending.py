"""Subscribe, confirm, publish: one email per matching subscriber, on first go-live.

Mail goes through Django's SMTP backend to a real SMTP server on loopback and
is parsed back with the standard `email` package.
"""

import datetime
import re
from io import StringIO
from unittest import mock

import pytest
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction

from news.models import PressReleasePage
from subscriptions.models import Delivery, Mailing, Subscriber
from subscriptions.tasks import send_release
from tests.background import run_tasks
from tests.cms.factories import ImageFactory
from tests.news.factories import MediaContactFactory
from tests.subscriptions.factories import SubscriberFactory, release_in_three_languages

pytestmark = pytest.mark.django_db


def links_in(message):
    text = message.get_body(preferencelist=("plain",)).get_content()
    return re.findall(r"https?://\S+", text)


def subscribe_over_http(client, smtp, capture, address, **choices):
    """The visitor's way in: the form, the email, the link, the button."""
    with capture(execute=True):
        response = client.post(
            reverse("subscriptions_subscribe"), {"email": address, **choices}
        )
    assert response.status_code == 200
    assert run_tasks() == 1
    (confirmation,) = smtp.mailbox.to(address.lower())
    (confirm_url,) = [url for url in links_in(confirmation) if "/confirm/" in url]
    path = confirm_url.split("://", 1)[1].split("/", 1)[1]
    assert client.get(f"/{path}").status_code == 200
    assert Subscriber.objects.get(email=address.lower()).confirmed_at is None
    response = client.post(f"/{path}")
    assert response.status_code == 302
    return Subscriber.objects.get(email=address.lower())


def test_subscribe_confirm_publish_sends_one_email_per_matching_subscriber(
    client, smtp, newsroom, django_capture_on_commit_callbacks
):
    topics, partners = newsroom["topics"], newsroom["partners"]
    everything = subscribe_over_http(
        client,
        smtp,
        django_capture_on_commit_callbacks,
        "Everything@Example.org",
        language="en",
        everything="on",
    )
    assert everything.email == "everything@example.org"
    assert everything.confirmed_at is not None
    french_topic = SubscriberFactory(
        email="topic@example.org", language="fr", topics=[topics["fr"]["biotech"]]
    )
    dutch_partner = SubscriberFactory(
        email="partner@example.org", language="nl", partners=[partners["alpha"]]
    )
    # Not for them: another topic, another language, unconfirmed, bouncing.
    SubscriberFactory(email="medtech@example.org", topics=[topics["en"]["medtech"]])
    SubscriberFactory(
        email="unconfirmed@example.org", everything=True, confirmed_at=None
    )
    SubscriberFactory(email="bouncing@example.org", everything=True, bouncing=True)
    contact = MediaContactFactory(name="Ann Peeters", email="press@alpha.example")
    versions = release_in_three_languages(
        newsroom["sections"]["news"],
        title="Alliance on cell therapy",
        lead="Two partners join forces on cell therapy.",
        topics=[topics["en"]["biotech"]],
        partners=[partners["alpha"]],
        media_contacts=[contact],
        hero_image=ImageFactory(description="Cells under a microscope"),
    )
    smtp.mailbox.messages.clear()

    with django_capture_on_commit_callbacks(execute=True):
        versions["en"].save_revision().publish()

    assert sorted(
        PressReleasePage.objects.filter(
            translation_key=versions["en"].translation_key, live=True
        ).values_list("locale__language_code", flat=True)
    ) == ["en", "fr", "nl"]
    assert Mailing.objects.count() == 3
    assert smtp.mailbox.messages == []  # nothing leaves before the worker runs
    run_tasks()

    assert smtp.mailbox.recipients() == [
        "everything@example.org",
        "partner@example.org",
        "topic@example.org",
    ]
    (english,) = smtp.mailbox.to("everything@example.org")
    (french,) = smtp.mailbox.to(french_topic.email)
    (dutch,) = smtp.mailbox.to(dutch_partner.email)
    assert english["Subject"] == "Alliance on cell therapy"
    assert french["Subject"] == "Alliance on cell therapy (fr)"
    assert dutch["Subject"] == "Alliance on cell therapy (nl)"
    assert len({english["Message-ID"], french["Message-ID"], dutch["Message-ID"]}) == 3
    assert english["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    unsubscribe = str(english["List-Unsubscribe"]).strip().strip("<>")
    assert "/en/unsubscribe/" in unsubscribe
    assert "/fr/unsubscribe/" in french["List-Unsubscribe"]
    text = english.get_body(preferencelist=("plain",)).get_content()
    html = english.get_body(preferencelist=("html",)).get_content()
    for part in (text, html):
        assert "Two partners join forces on cell therapy." in part
        assert versions["en"].get_full_url() in part
        assert "Ann Peeters" in part and "press@alpha.example" in part
        assert "About Alpha University" in part or "Alpha University" in part
        assert unsubscribe in part
        assert "/en/subscriptions/" in part  # the preferences page
    assert (
        "/fr/subscriptions/" in french.get_body(preferencelist=("plain",)).get_content()
    )
    assert set(Delivery.objects.values_list("status", flat=True)) == {"sent"}

    # A retried task, or the same task queued twice, sends nothing more.
    for mailing in Mailing.objects.all():
        send_release.enqueue(mailing.pk)
    run_tasks()
    assert len(smtp.mailbox.messages) == 3


def test_an_edit_after_publication_sends_nothing(
    client, smtp, newsroom, django_capture_on_commit_callbacks
):
    SubscriberFactory(email="all@example.org", everything=True)
    versions = release_in_three_languages(newsroom["sections"]["news"])
    with django_capture_on_commit_callbacks(execute=True):
        versions["en"].save_revision().publish()
    run_tasks()
    assert smtp.mailbox.recipients() == ["all@example.org"]

    release = PressReleasePage.objects.get(pk=versions["en"].pk)
    release.lead = "Corrected lead."
    with django_capture_on_commit_callbacks(execute=True):
        release.save_revision().publish()
    assert run_tasks() == 0
    assert Mailing.objects.count() == 3
    assert smtp.mailbox.recipients() == ["all@example.org"]

    # Unpublished and published again: still the same first go-live.
    release.refresh_from_db()
    release.publish_together = False
    release.save_revision().publish()
    release.unpublish()
    with django_capture_on_commit_callbacks(execute=True):
        release.save_revision().publish()
    assert run_tasks() == 0
    assert smtp.mailbox.recipients() == ["all@example.org"]


def test_a_scheduled_release_sends_nothing_until_go_live_then_once(
    client, smtp, newsroom, django_capture_on_commit_callbacks
):
    SubscriberFactory(email="all@example.org", everything=True)
    versions = release_in_three_languages(newsroom["sections"]["news"])
    release = versions["en"]
    # English alone, by the editor's choice, three hours from now.
    release.publish_together = False
    release.go_live_at = timezone.now() + datetime.timedelta(hours=3)
    with django_capture_on_commit_callbacks(execute=True):
        revision = release.save_revision()
        revision.publish()
    release.refresh_from_db()
    assert not release.live
    assert Mailing.objects.count() == 0
    assert run_tasks() == 0
    call_command("publish_scheduled", stdout=StringIO())
    assert run_tasks() == 0
    assert smtp.mailbox.messages == []

    later = revision.approved_go_live_at + datetime.timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=later):
        with django_capture_on_commit_callbacks(execute=True):
            call_command("publish_scheduled", stdout=StringIO())
        assert PressReleasePage.objects.get(pk=release.pk).live
        run_tasks()
        assert smtp.mailbox.recipients() == ["all@example.org"]
        with django_capture_on_commit_callbacks(execute=True):
            call_command("publish_scheduled", stdout=StringIO())
        run_tasks()
    assert smtp.mailbox.recipients() == ["all@example.org"]
    assert Mailing.objects.get().page_id == release.pk


def test_a_private_release_is_not_emailed(
    smtp, newsroom, django_capture_on_commit_callbacks
):
    SubscriberFactory(email="all@example.org", everything=True)
    PageViewRestriction.objects.create(
        page=newsroom["sections"]["news"], restriction_type="login"
    )
    versions = release_in_three_languages(newsroom["sections"]["news"])
    versions["en"].publish_together = False
    with django_capture_on_commit_callbacks(execute=True):
        versions["en"].save_revision().publish()
    run_tasks()
    assert smtp.mailbox.messages == []

"""SMTP answers: down → wait and retry, 4xx → retry with backoff, 5xx → not retried.

No message is lost or sent twice; three permanent failures mark an address
as bouncing, and a bouncing address is sent nothing more.
"""

import datetime
import smtplib
from io import StringIO
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from subscriptions.models import Delivery, Mailing, Subscriber
from subscriptions.sending import record_recipients
from tests.background import run_tasks
from tests.home.factories import build_sections
from tests.news.factories import PressReleasePageFactory
from tests.subscriptions.factories import SubscriberFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def news(site_tree):
    return build_sections(site_tree["homes"]["en"])["news"]


@pytest.fixture
def publish(news, django_capture_on_commit_callbacks):
    """Publish an English release on its own; its mailing is queued on commit."""

    def publish_release(**kwargs):
        with django_capture_on_commit_callbacks(execute=True):
            return PressReleasePageFactory(
                parent=news, publish_together=False, **kwargs
            )

    return publish_release


def later(**delta):
    return mock.patch(
        "django.utils.timezone.now",
        return_value=timezone.now() + datetime.timedelta(**delta),
    )


def delivery_of(address):
    return Delivery.objects.get(subscriber__email=address)


def assert_retried_later_then_sent_once(smtp_settings, recipients):
    """The task put off while SMTP is down comes back by itself, and once the
    server is back every message goes out exactly once."""
    follow_up = DBTaskResult.objects.filter(
        backend_name="background", status="READY"
    ).get()
    assert follow_up.run_after > timezone.now()
    assert run_tasks() == 0  # not before its time

    smtp_settings.start()
    try:
        with later(hours=2):
            assert run_tasks() == 1
        assert smtp_settings.mailbox.recipients() == recipients
        with later(days=2):
            assert run_tasks() == 0
        assert len(smtp_settings.mailbox.messages) == len(recipients)
    finally:
        smtp_settings.stop()


def test_smtp_down_messages_wait_and_go_once_when_it_is_back(smtp_settings, publish):
    SubscriberFactory(email="one@example.org", everything=True)
    SubscriberFactory(email="two@example.org", everything=True)
    publish(title="Sent while the mail server is down")

    assert run_tasks() == 1
    pending = Delivery.objects.filter(status="pending")
    assert pending.count() == 2
    assert {d.attempts for d in pending} == {1}
    assert all(d.next_attempt_at > timezone.now() for d in pending)
    assert_retried_later_then_sent_once(
        smtp_settings, ["one@example.org", "two@example.org"]
    )
    assert set(Delivery.objects.values_list("status", flat=True)) == {"sent"}


def test_a_temporary_refusal_is_retried_with_growing_delays(smtp, publish):
    SubscriberFactory(email="busy@example.org", everything=True)
    SubscriberFactory(email="fine@example.org", everything=True)
    smtp.mailbox.refuse["busy@example.org"] = "450 4.2.1 Mailbox busy, try later"
    publish(title="Greylisted")

    started = timezone.now()
    run_tasks()
    assert smtp.mailbox.recipients() == ["fine@example.org"]
    busy = delivery_of("busy@example.org")
    assert (busy.status, busy.attempts) == ("pending", 1)
    assert "450" in busy.error
    first_wait = busy.next_attempt_at - started
    assert datetime.timedelta(seconds=50) < first_wait < datetime.timedelta(seconds=70)

    with later(seconds=65):
        run_tasks()
    busy.refresh_from_db()
    assert (busy.status, busy.attempts) == ("pending", 2)
    second_wait = busy.next_attempt_at - (started + datetime.timedelta(seconds=65))
    assert second_wait > datetime.timedelta(seconds=110)  # doubled

    del smtp.mailbox.refuse["busy@example.org"]
    with later(minutes=10):
        run_tasks()
    assert smtp.mailbox.recipients() == ["busy@example.org", "fine@example.org"]
    assert delivery_of("busy@example.org").status == "sent"
    assert delivery_of("busy@example.org").attempts == 3
    with later(days=1):
        assert run_tasks() == 0
    assert len(smtp.mailbox.messages) == 2


def test_permanent_failures_are_not_retried_and_three_mark_the_address_bouncing(
    smtp, publish
):
    SubscriberFactory(email="gone@example.org", everything=True)
    SubscriberFactory(email="fine@example.org", everything=True)
    smtp.mailbox.refuse["gone@example.org"] = "550 5.1.1 No such user"

    for number in range(1, 4):
        publish(title=f"Release {number}")
        run_tasks()
        with later(days=1):
            assert run_tasks() == 0  # nothing left to retry
        gone = Subscriber.objects.get(email="gone@example.org")
        assert gone.hard_failures == number
        assert gone.bouncing is (number == 3)
    failed = Delivery.objects.filter(subscriber__email="gone@example.org")
    assert [(d.status, d.attempts) for d in failed] == [("failed", 1)] * 3
    assert all("550" in d.error for d in failed)

    publish(title="Release 4")
    run_tasks()
    assert failed.count() == 3  # a bouncing address gets no delivery at all
    assert smtp.mailbox.recipients() == ["fine@example.org"] * 4


def test_a_success_resets_the_count_of_permanent_failures(smtp, publish):
    SubscriberFactory(email="flaky@example.org", everything=True)
    smtp.mailbox.refuse["flaky@example.org"] = "550 5.2.1 Mailbox disabled"
    publish(title="Refused")
    run_tasks()
    del smtp.mailbox.refuse["flaky@example.org"]
    publish(title="Accepted")
    run_tasks()
    flaky = Subscriber.objects.get(email="flaky@example.org")
    assert (flaky.hard_failures, flaky.bouncing) == (0, False)


def test_after_a_crash_mid_batch_the_task_sends_the_rest_and_nothing_twice(
    smtp, publish
):
    for name in ("sent", "claimed", "waiting"):
        SubscriberFactory(email=f"{name}@example.org", everything=True)
    publish(title="Interrupted")
    mailing = Mailing.objects.get()
    record_recipients(mailing, mailing.page.specific)
    # The worker's state when it died: one sent, one claimed (its message may
    # have left), one not reached yet. The task runs again.
    Delivery.objects.filter(subscriber__email="sent@example.org").update(
        status="sent", attempts=1
    )
    Delivery.objects.filter(subscriber__email="claimed@example.org").update(
        status="sending", attempts=1
    )
    run_tasks()
    assert smtp.mailbox.recipients() == ["waiting@example.org"]
    assert delivery_of("claimed@example.org").status == "sending"
    assert delivery_of("sent@example.org").status == "sent"


def test_a_confirmation_waits_while_smtp_is_down_and_goes_once(
    smtp_settings, site_tree, client, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            "/en/subscribe/",
            {"email": "new@example.org", "language": "en", "everything": "on"},
        )
    assert response.status_code == 200
    assert run_tasks() == 1  # the server is down: nothing lost, tried again later
    assert_retried_later_then_sent_once(smtp_settings, ["new@example.org"])


def test_a_refused_sender_does_not_count_against_the_reader(smtp, publish):
    """A 5xx about the message or its sender is not the address's fault."""
    SubscriberFactory(email="reader@example.org", everything=True)
    with mock.patch(
        "smtplib.SMTP.sendmail",
        side_effect=smtplib.SMTPSenderRefused(
            553, b"5.7.1 Sender not allowed", "newsroom@localhost"
        ),
    ):
        publish(title="Refused at the sender")
        run_tasks()
    assert delivery_of("reader@example.org").status == "failed"
    reader = Subscriber.objects.get(email="reader@example.org")
    assert reader.hard_failures == 0
    assert not reader.bouncing


def test_a_mailing_left_by_a_killed_worker_is_resumed(smtp, publish):
    """The worker died mid-mailing: its task is gone, the emails still wait.
    resume_mailings queues the mailing again; each email still goes once."""
    SubscriberFactory(email="first@example.org", everything=True)
    SubscriberFactory(email="second@example.org", everything=True)
    publish(title="Interrupted")
    DBTaskResult.objects.filter(backend_name="background").delete()  # the lost task
    mailing = Mailing.objects.get()
    record_recipients(mailing, mailing.page.specific)  # done before it died
    call_command("resume_mailings", stdout=StringIO())
    assert run_tasks() == 0  # not overdue yet: a live worker may be on it
    with later(minutes=20):
        call_command("resume_mailings", stdout=StringIO())
        call_command("resume_mailings", stdout=StringIO())  # twice: still once each
        assert run_tasks() == 2
    assert sorted(smtp.mailbox.recipients()) == [
        "first@example.org",
        "second@example.org",
    ]

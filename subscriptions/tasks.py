"""Background work of subscriptions, on the "background" queue (`db_worker`).

Run by `manage.py db_worker --backend background` (django-tasks with its
database backend): beside the server in `make run`, as its own service in
production (docs/deployment.md).
"""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django_tasks import task

from subscriptions import sending
from subscriptions.emails import confirmation_message, reminder_message
from subscriptions.models import Mailing, Subscriber

logger = logging.getLogger(__name__)


@task(backend="background")
def send_release(mailing_id):
    """Send a release's mailing; come back later while some messages wait."""
    mailing = Mailing.objects.select_related("page").filter(pk=mailing_id).first()
    if mailing is None:
        return None
    come_back = sending.deliver(mailing)
    if come_back is not None:
        send_release.using(run_after=come_back).enqueue(mailing_id)
    return str(come_back) if come_back else None


@task(backend="background")
def send_confirmation(subscriber_id, attempt=1):
    """The double opt-in link to a new, unconfirmed address."""
    subscriber = Subscriber.objects.filter(
        pk=subscriber_id, confirmed_at__isnull=True
    ).first()
    if subscriber is not None:
        return send_or_retry(
            send_confirmation, confirmation_message(subscriber), subscriber_id, attempt
        )
    return None


@task(backend="background")
def send_reminder(subscriber_id, attempt=1):
    """An address subscribed again: remind it of its links, change nothing."""
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None:
        return None
    if subscriber.confirmed_at is None:
        message = confirmation_message(subscriber)
    else:
        message = reminder_message(subscriber)
    return send_or_retry(send_reminder, message, subscriber_id, attempt)


def send_or_retry(task_, message, subscriber_id, attempt):
    """Send `message`; while the server is down or refuses for now, try again later.

    As with release emails: a server that cannot be reached is waited for as
    long as it takes, a temporary refusal (4xx) is tried at most
    SUBSCRIPTION_MAX_ATTEMPTS times, a permanent one (5xx) is not retried.
    """
    try:
        message.send()
    except (smtplib.SMTPException, OSError) as error:
        refused_for_now = sending.smtp_code(error) is not None
        if sending.is_permanent(error) or (
            refused_for_now and attempt >= settings.SUBSCRIPTION_MAX_ATTEMPTS
        ):
            logger.warning(
                "Subscription email to #%s refused: %s", subscriber_id, error
            )
            return "refused"
        delay = timedelta(seconds=sending.retry_delay(attempt))
        logger.info("Subscription email to #%s postponed: %s", subscriber_id, error)
        task_.using(run_after=timezone.now() + delay).enqueue(
            subscriber_id, attempt + 1
        )
        return "postponed"
    return "sent"


def enqueue_after_commit(task_, *args):
    """Queue `task_` once the current transaction commits (never a rolled-back one)."""
    transaction.on_commit(lambda: task_.enqueue(*args))

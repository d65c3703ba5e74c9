"""Sending a release to its subscribers, once each, whatever fails or runs twice.

`deliver(mailing)` is what the background task runs. It first records one
`Delivery` per matching subscriber (the unique constraint on release and
subscriber makes that idempotent), then sends them in batches over one SMTP
connection each. Every delivery is claimed by a conditional UPDATE from
"pending" to "sending" just before its message goes out: of two workers, a
retried task or a task run again after a crash, only one wins the claim, and
a delivery is never put back to "pending" once its message may have left.
A crash between the claim and the answer leaves it "sending": it is counted
as unknown and never sent again.

SMTP answers: 2xx → sent; 4xx, a refused connection or a dropped one → back
to "pending" with a growing delay, and the task comes back then; 5xx → failed
at once, and after SUBSCRIPTION_BOUNCE_LIMIT permanent failures in a row the
address is marked as bouncing and gets nothing more.
"""

import logging
import smtplib
from datetime import timedelta

from django.conf import settings
from django.core.mail import get_connection
from django.db import transaction
from django.db.models import Count, F
from django.utils import timezone
from wagtail.models import PageViewRestriction

from subscriptions.emails import release_context, release_message
from subscriptions.models import Delivery, Subscriber

logger = logging.getLogger(__name__)

Status = Delivery.Status


def retry_delay(attempts):
    """Seconds before attempt `attempts + 1`: doubling from the base, capped."""
    base = settings.SUBSCRIPTION_RETRY_SECONDS
    return min(
        base * 2 ** max(attempts - 1, 0), settings.SUBSCRIPTION_RETRY_MAX_SECONDS
    )


def smtp_code(error):
    """The SMTP reply code of an exception, None when there was no answer."""
    if isinstance(error, smtplib.SMTPRecipientsRefused):
        codes = [code for code, _message in error.recipients.values()]
        return max(codes) if codes else None
    return getattr(error, "smtp_code", None)


def is_permanent(error):
    code = smtp_code(error)
    return code is not None and 500 <= code < 600


def is_address_refused(error):
    """Only the recipient's own refusal says the address is bad: a refused
    sender or message (a server or content problem) is not the reader's fault."""
    return isinstance(error, smtplib.SMTPRecipientsRefused)


def may_reach_readers(page):
    """Live and public: a private release is never emailed."""
    return (
        page.live
        and not PageViewRestriction.objects.filter(
            page__in=page.get_ancestors(inclusive=True)
        ).exists()
    )


def record_recipients(mailing, release):
    """One pending delivery per subscriber who confirmed before go-live."""
    recipients = (
        Subscriber.objects.matching(release)
        .filter(confirmed_at__lte=mailing.created_at)
        .values_list("pk", flat=True)
    )
    now = timezone.now()
    Delivery.objects.bulk_create(
        [
            Delivery(
                mailing=mailing,
                release_key=mailing.release_key,
                subscriber_id=pk,
                next_attempt_at=now,
            )
            for pk in recipients
        ],
        ignore_conflicts=True,
        batch_size=500,
    )


def claim(pk):
    """Take one pending delivery for this process; False when another has it."""
    return bool(
        Delivery.objects.filter(pk=pk, status=Status.PENDING).update(
            status=Status.SENDING, claimed_at=timezone.now(), attempts=F("attempts") + 1
        )
    )


def postpone(pks, error, claimed):
    """A temporary failure: try again later.

    A message the server refused for now (4xx, `claimed`) is tried at most
    SUBSCRIPTION_MAX_ATTEMPTS times; while the server cannot be reached at all
    nothing was handed over, and the messages wait as long as it takes.
    """
    now = timezone.now()
    for delivery in Delivery.objects.filter(pk__in=pks):
        attempts = delivery.attempts if claimed else delivery.attempts + 1
        status = Status.PENDING
        if claimed and attempts >= settings.SUBSCRIPTION_MAX_ATTEMPTS:
            status = Status.FAILED
        Delivery.objects.filter(
            pk=delivery.pk, status=Status.SENDING if claimed else Status.PENDING
        ).update(
            status=status,
            attempts=attempts,
            next_attempt_at=now + timedelta(seconds=retry_delay(attempts)),
            error=str(error)[:1000],
        )


def fail(delivery, error):
    """A permanent failure: never retried; a refused address counts towards bouncing."""
    Delivery.objects.filter(pk=delivery.pk).update(
        status=Status.FAILED, error=str(error)[:1000]
    )
    if delivery.subscriber_id is None or not is_address_refused(error):
        return
    Subscriber.objects.filter(pk=delivery.subscriber_id).update(
        hard_failures=F("hard_failures") + 1
    )
    Subscriber.objects.filter(
        pk=delivery.subscriber_id,
        hard_failures__gte=settings.SUBSCRIPTION_BOUNCE_LIMIT,
    ).update(bouncing=True)


def succeed(delivery, message_id):
    Delivery.objects.filter(pk=delivery.pk).update(
        status=Status.SENT, sent_at=timezone.now(), message_id=message_id, error=""
    )
    Subscriber.objects.filter(pk=delivery.subscriber_id, hard_failures__gt=0).update(
        hard_failures=0
    )


def send_one(connection, release, context, pk):
    """Claim and send delivery `pk`; False when the connection must be reopened."""
    if not claim(pk):
        return True
    delivery = Delivery.objects.select_related("subscriber").get(pk=pk)
    subscriber = delivery.subscriber
    if subscriber is None or not (subscriber.confirmed_at and not subscriber.bouncing):
        # Left, or started bouncing, since the delivery was recorded.
        Delivery.objects.filter(pk=pk).update(status=Status.CANCELLED)
        return True
    message = release_message(release, subscriber, context, delivery)
    message.connection = connection
    try:
        message.send()
    except (smtplib.SMTPException, OSError) as error:
        if is_permanent(error):
            logger.warning("Release email %s refused for good: %s", pk, error)
            fail(delivery, error)
        else:
            logger.info("Release email %s postponed: %s", pk, error)
            postpone([pk], error, claimed=True)
        return False
    succeed(delivery, message.extra_headers["Message-ID"])
    return True


def send_batch(release, context, pks):
    connection = get_connection(fail_silently=False)
    try:
        connection.open()
    except (smtplib.SMTPException, OSError) as error:
        # The server is down: nothing was claimed, everything waits.
        logger.warning("SMTP server unreachable, %d emails wait: %s", len(pks), error)
        postpone(pks, error, claimed=False)
        return
    try:
        for pk in pks:
            if not send_one(connection, release, context, pk):
                # After a refusal the session may be in any state: start afresh.
                connection.close()
                try:
                    connection.open()
                except (smtplib.SMTPException, OSError) as error:
                    rest = pks[pks.index(pk) + 1 :]
                    postpone(rest, error, claimed=False)
                    return
    finally:
        connection.close()


def deliver(mailing):
    """Send what is due of `mailing`; return when to come back, or None."""
    release = mailing.page.specific
    if not may_reach_readers(release):
        return None
    with transaction.atomic():
        record_recipients(mailing, release)
    context = release_context(release)
    tried = set()
    while True:
        due = list(
            mailing.deliveries.filter(
                status=Status.PENDING, next_attempt_at__lte=timezone.now()
            )
            .exclude(pk__in=tried)
            .order_by("pk")
            .values_list("pk", flat=True)[: settings.SUBSCRIPTION_BATCH_SIZE]
        )
        if not due:
            break
        tried.update(due)
        send_batch(release, context, due)
    waiting = (
        mailing.deliveries.filter(status=Status.PENDING)
        .order_by("next_attempt_at")
        .values_list("next_attempt_at", flat=True)
        .first()
    )
    return waiting


def counts(deliveries):
    """{status: number} of a queryset of deliveries, every status present."""
    found = dict.fromkeys(Status.values, 0)
    for row in deliveries.values("status").annotate(number=Count("pk")):
        found[row["status"]] = row["number"]
    return found

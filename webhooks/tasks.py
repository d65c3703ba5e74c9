"""Deliveries run in the background worker (`manage.py db_worker --backend
background`), one attempt per task; a failed attempt queues the next one with
`run_after`, after WEBHOOK_RETRY_DELAYS (seconds, growing), then gives up.

A delivery of a release that readers can no longer see (unpublished since)
is cancelled rather than sent. Redirects are not followed: the address was
checked, where it redirects was not.
"""

import http.client
import urllib.error
import urllib.request
from datetime import timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils import timezone
from django_tasks import task
from wagtail.models import Page

from cms.readers import for_readers
from webhooks import signing
from webhooks.addresses import check_webhook_url
from webhooks.models import Event, WebhookDelivery

USER_AGENT = "Newsroom-Webhooks/1.0"
RESPONSE_KEPT = 500
NEEDS_LIVE_PAGE = {Event.PUBLISHED, Event.UPDATED, Event.EMBARGO_LIFTED}


class _NoRedirects(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args, **kwargs):
        return None


# No proxies from the environment, no redirects.
_opener = urllib.request.build_opener(urllib.request.ProxyHandler({}), _NoRedirects)


def retry_delays():
    return tuple(getattr(settings, "WEBHOOK_RETRY_DELAYS", (60, 300, 1800, 7200)))


def enqueue(delivery_id, run_after=None):
    task_to_run = deliver if run_after is None else deliver.using(run_after=run_after)
    task_to_run.enqueue(delivery_id)


@task(backend="background")
def deliver(delivery_id):
    """One attempt of one delivery."""
    return attempt(delivery_id)


def still_due(delivery):
    if not delivery.endpoint.active:
        return False
    if delivery.event in NEEDS_LIVE_PAGE:
        return for_readers(Page.objects.filter(pk=delivery.page_id)).exists()
    return True


def post(delivery):
    """(success, HTTP status or None, error text) of one POST."""
    endpoint = delivery.endpoint
    try:
        check_webhook_url(endpoint.url)
    except ValidationError as error:
        return False, None, " ".join(error.messages)
    data = delivery.body.encode()
    timestamp = int(timezone.now().timestamp())
    request = urllib.request.Request(  # noqa: S310 (http/https checked above)
        endpoint.url,
        data=data,
        method="POST",
        headers={
            "Content-Type": "application/json",
            "User-Agent": USER_AGENT,
            **signing.headers(endpoint.secret, delivery.message_id, timestamp, data),
        },
    )
    timeout = getattr(settings, "WEBHOOK_TIMEOUT", 10)
    try:
        with _opener.open(request, timeout=timeout) as response:
            response.read(RESPONSE_KEPT)
            return 200 <= response.status < 300, response.status, ""
    except urllib.error.HTTPError as error:
        return False, error.code, str(error.reason)[:RESPONSE_KEPT]
    except (OSError, ValueError, http.client.HTTPException) as error:
        # No answer, or one that is not HTTP (a broken receiver): retried.
        return False, None, str(error)[:RESPONSE_KEPT] or type(error).__name__


def attempt(delivery_id):
    delivery = (
        WebhookDelivery.objects.select_related("endpoint")
        .filter(
            pk=delivery_id,
            status__in=[
                WebhookDelivery.Status.PENDING,
                WebhookDelivery.Status.RETRYING,
            ],
        )
        .first()
    )
    if delivery is None:
        return None
    if not still_due(delivery):
        delivery.status = WebhookDelivery.Status.CANCELLED
        delivery.next_attempt_at = None
        delivery.save()
        return delivery.status
    now = timezone.now()
    ok, status, error = post(delivery)
    delivery.attempts += 1
    delivery.last_attempt_at = now
    delivery.response_status = status
    delivery.error = error
    delays = retry_delays()
    if ok:
        delivery.status = WebhookDelivery.Status.DELIVERED
        delivery.delivered_at = timezone.now()
        delivery.next_attempt_at = None
    elif delivery.attempts <= len(delays):
        delivery.status = WebhookDelivery.Status.RETRYING
        delivery.next_attempt_at = now + timedelta(
            seconds=delays[delivery.attempts - 1]
        )
    else:
        delivery.status = WebhookDelivery.Status.FAILED
        delivery.next_attempt_at = None
    delivery.save()
    if delivery.status == WebhookDelivery.Status.RETRYING:
        enqueue(delivery.pk, run_after=delivery.next_attempt_at)
    return delivery.status

"""Which events a release's publishing makes, and for which endpoints.

Wagtail sends `page_published` also when a release is only scheduled (it is
not live yet): nothing is made then, nor for a page readers cannot see.
The first go-live of a release is `release.published`, plus
`release.embargo_lifted` when it went live at its embargo time; a later
publish is `release.updated`; unpublishing a release that was live is
`release.unpublished`. Deliveries are written in the publishing transaction
and queued once it commits, so a refused publish delivers nothing.
"""

import json
from functools import partial

from django.db import transaction
from django.utils import timezone
from wagtail.models import Page

from cms.readers import for_readers
from news.models import ReleasePartner
from webhooks.models import TEST_EVENT, Event, WebhookDelivery, WebhookEndpoint
from webhooks.tasks import enqueue


def is_readable(page_id):
    return page_id is not None and for_readers(Page.objects.filter(pk=page_id)).exists()


def release_events(page):
    """The events of a publish of `page` that just happened."""
    if not page.live or not is_readable(page.pk):
        return []
    if page.first_published_at != page.last_published_at:
        return [Event.UPDATED]
    if page.go_live_at is not None:
        return [Event.PUBLISHED, Event.EMBARGO_LIFTED]
    return [Event.PUBLISHED]


def iso(value):
    return value.isoformat() if value else None


def release_data(page, public=True):
    partners = ReleasePartner.objects.filter(page_id=page.pk).select_related("partner")
    topics = page.topic_links.select_related("topic") if public else []
    return {
        "id": page.pk,
        "translation_key": str(page.translation_key),
        "language": page.locale.language_code,
        "title": page.title,
        "lead": getattr(page, "lead", "") if public else "",
        "url": page.get_full_url() if public else None,
        "first_published_at": iso(page.first_published_at),
        "last_published_at": iso(page.last_published_at) if public else None,
        "partners": [
            {"slug": link.partner.slug, "title": link.partner.title}
            for link in partners
            # A partner deleted in the same cascade leaves its link empty.
            if link.partner is not None
        ],
        "topics": [link.topic.slug for link in topics if link.topic is not None],
    }


def body(event, data):
    """The JSON body, in the Standard Webhooks shape: type, timestamp, data."""
    message = {"type": event, "timestamp": timezone.now().isoformat(), "data": data}
    return json.dumps(message, ensure_ascii=False, sort_keys=True)


def endpoints_for(event, page):
    """Active endpoints that take `event` for this release's language and partners."""
    language = page.locale.language_code
    partner_keys = set(
        ReleasePartner.objects.filter(page_id=page.pk).values_list(
            "partner__translation_key", flat=True
        )
    )
    for endpoint in WebhookEndpoint.objects.filter(active=True).prefetch_related(
        "partners"
    ):
        if event not in endpoint.events:
            continue
        if endpoint.languages and language not in endpoint.languages:
            continue
        wanted = {partner.translation_key for partner in endpoint.partners.all()}
        if wanted and not wanted & partner_keys:
            continue
        yield endpoint


def queue(events, page, public=True):
    if not events:
        return []
    data = release_data(page, public=public)
    made = []
    for event in events:
        for endpoint in endpoints_for(event, page):
            made.append(
                WebhookDelivery.objects.create(
                    endpoint=endpoint,
                    event=event,
                    page_id=page.pk,
                    title=page.title[:255],
                    body=body(event, data),
                )
            )
    for delivery in made:
        transaction.on_commit(partial(enqueue, delivery.pk))
    return made


def on_page_published(sender, instance, **kwargs):
    queue(release_events(instance), instance)


def on_page_unpublished(sender, instance, **kwargs):
    # Wagtail tells of an unpublish even for a page that was never live.
    if instance.first_published_at is not None:
        queue([Event.UNPUBLISHED], instance, public=False)


def test_delivery(endpoint):
    """A `webhook.test` delivery, queued: the partner's check of their receiver."""
    delivery = WebhookDelivery.objects.create(
        endpoint=endpoint,
        event=TEST_EVENT,
        body=body(TEST_EVENT, {"endpoint": endpoint.name}),
    )
    transaction.on_commit(partial(enqueue, delivery.pk))
    return delivery

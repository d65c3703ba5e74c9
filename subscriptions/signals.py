"""A release's first go-live starts its mailing; later publishes do nothing.

Wagtail sends `page_published` for every publish, also when a publish only
schedules the page (it is then not live) and for every later edit. A
version's first go-live is the publish that sets `first_published_at` (to
the same instant as `last_published_at`); the mailing of that version is
made in the publish's transaction, at most once (one per page), and queued
when it commits. Scheduled publishing (`publish_scheduled`) goes through the
same signal when the embargo ends. With no confirmed subscriber at all there
is nobody to send to, and no mailing is made (demo content, benchmarks).
"""

from django.dispatch import receiver
from wagtail.signals import page_published

from news.models import PressReleasePage
from subscriptions.models import Mailing, Subscriber
from subscriptions.tasks import enqueue_after_commit, send_release


def first_go_live(page):
    return (
        page.live
        and page.first_published_at is not None
        and page.first_published_at == page.last_published_at
    )


@receiver(page_published, sender=PressReleasePage, dispatch_uid="release_mailing")
def release_went_live(sender, instance, **kwargs):
    if not first_go_live(instance) or not Subscriber.objects.receiving().exists():
        return
    mailing, created = Mailing.objects.get_or_create(
        page_id=instance.pk, defaults={"release_key": instance.translation_key}
    )
    if created:
        enqueue_after_commit(send_release, mailing.pk)

"""Background work of subscriptions, on the "background" queue (`db_worker`).

Run by `manage.py db_worker --backend background` (django-tasks with its
database backend): beside the server in `make run`, as its own service in
production (docs/deployment.md).
"""

from django.db import transaction
from django_tasks import task

from subscriptions import sending
from subscriptions.emails import confirmation_message, reminder_message
from subscriptions.models import Mailing, Subscriber


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
def send_confirmation(subscriber_id):
    """The double opt-in link to a new, unconfirmed address."""
    subscriber = Subscriber.objects.filter(
        pk=subscriber_id, confirmed_at__isnull=True
    ).first()
    if subscriber is not None:
        confirmation_message(subscriber).send()


@task(backend="background")
def send_reminder(subscriber_id):
    """An address subscribed again: remind it of its links, change nothing."""
    subscriber = Subscriber.objects.filter(pk=subscriber_id).first()
    if subscriber is None:
        return
    if subscriber.confirmed_at is None:
        confirmation_message(subscriber).send()
    else:
        reminder_message(subscriber).send()


def enqueue_after_commit(task_, *args):
    """Queue `task_` once the current transaction commits (never a rolled-back one)."""
    transaction.on_commit(lambda: task_.enqueue(*args))

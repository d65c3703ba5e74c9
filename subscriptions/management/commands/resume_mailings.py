from datetime import timedelta

from django.core.management.base import BaseCommand
from django.utils import timezone

from subscriptions.models import Delivery, Mailing
from subscriptions.tasks import send_release


class Command(BaseCommand):
    help = (
        "Queue again every mailing with emails that have been due for a while: "
        "after a worker was killed mid-mailing, nobody else would send them. "
        "Safe to run often (each email is claimed before it is sent); "
        "run_scheduler runs it every minute."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--stale-minutes",
            type=int,
            default=15,
            help="How long an email may be overdue before its mailing is queued again.",
        )

    def handle(self, *args, stale_minutes, **options):
        overdue = timezone.now() - timedelta(minutes=max(stale_minutes, 1))
        mailings = (
            Mailing.objects.filter(
                deliveries__status=Delivery.Status.PENDING,
                deliveries__next_attempt_at__lte=overdue,
            )
            .distinct()
            .values_list("pk", flat=True)
        )
        resumed = 0
        for mailing_id in mailings:
            send_release.enqueue(mailing_id)
            resumed += 1
        if resumed:
            self.stdout.write(f"Queued {resumed} stalled mailing(s) again.")

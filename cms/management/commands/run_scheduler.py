import time

from django.core.management import call_command
from django.core.management.base import BaseCommand


class Command(BaseCommand):
    help = (
        "Run Wagtail's publish_scheduled (and resume_mailings, which picks up "
        "mailings a killed worker left) every minute, for local development. "
        "In production use cron or a systemd timer (see docs/deployment.md)."
    )

    def add_arguments(self, parser):
        parser.add_argument("--interval", type=int, default=60)
        parser.add_argument("--once", action="store_true")

    def handle(self, *args, interval, once, **options):
        if interval < 1:
            interval = 60
        while True:
            call_command("publish_scheduled", stdout=self.stdout)
            call_command("resume_mailings", stdout=self.stdout)
            if once:
                return
            time.sleep(interval)

from django.core.management.base import BaseCommand
from wagtail.models import Page

from cms.caching import invalidate_everything
from cms.demo.builders.newsroom import build_demo


class Command(BaseCommand):
    help = (
        "Load the demo newsroom in English, French and Dutch. Idempotent: a second "
        "run changes nothing and duplicates nothing."
    )

    def handle(self, *args, **options):
        before = Page.objects.count()
        build_demo()
        invalidate_everything()
        after = Page.objects.count()
        self.stdout.write(
            self.style.SUCCESS(
                f"Demo content ready: {after} pages ({after - before:+d})."
            )
        )

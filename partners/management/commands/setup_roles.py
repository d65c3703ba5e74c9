from django.core.management.base import BaseCommand

from partners.permissions import setup_roles


class Command(BaseCommand):
    help = (
        "Create or update the Communications group, the partner profile review "
        "workflow and every partner's editors group. Safe to run again."
    )

    def handle(self, *args, **options):
        setup_roles()
        self.stdout.write(
            self.style.SUCCESS("Roles and the partner review workflow are set up.")
        )

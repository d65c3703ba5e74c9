import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError


class Command(BaseCommand):
    help = (
        "Create the local 'admin' superuser with a generated password, printed once. "
        "Development only."
    )

    def add_arguments(self, parser):
        parser.add_argument("--username", default="admin")

    def handle(self, *args, username, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_local_admin is for local development only.")
        users = get_user_model()
        if users.objects.filter(username=username).exists():
            self.stdout.write(
                f"Admin account '{username}' already exists; its password was "
                "printed when it was created (reset it with manage.py changepassword)."
            )
            return
        password = secrets.token_urlsafe(12)
        users.objects.create_superuser(
            username=username, email=f"{username}@localhost", password=password
        )
        self.stdout.write(
            self.style.SUCCESS(
                f"Created admin account '{username}' with password: {password}\n"
                "This password is shown only once."
            )
        )

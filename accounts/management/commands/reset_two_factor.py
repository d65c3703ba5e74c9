from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from accounts import second_factor


class Command(BaseCommand):
    help = (
        "Remove every second factor (authenticator app, backup codes) of a user "
        "who lost them. If two-step verification is required for them, they set "
        "up a new one at their next sign-in."
    )

    def add_arguments(self, parser):
        parser.add_argument("username")

    def handle(self, *args, username, **options):
        user = get_user_model().objects.filter(username=username).first()
        if user is None:
            raise CommandError(f"No user with the username {username!r}.")
        removed = second_factor.remove_all_devices(user)
        self.stdout.write(
            self.style.SUCCESS(
                f"Removed {removed} second-factor device(s) of '{user.username}'."
            )
        )

import secrets

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.management.base import BaseCommand, CommandError

from partners.models import PartnerPage
from partners.permissions import add_partner_editor, communications_group, setup_roles

PARTNER_EDITORS = (("ebc-editor", "eu-biotech-campus"), ("cespe-editor", "cespe"))


class Command(BaseCommand):
    help = (
        "Create demo accounts for every role: a Communications user and partner "
        "editors for EU Biotech Campus and CESPE. Passwords are printed once. "
        "Development only."
    )

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("ensure_demo_accounts is for local development only.")
        setup_roles()
        users = get_user_model()
        lines = []
        if not users.objects.filter(username="comms").exists():
            password = secrets.token_urlsafe(12)
            user = users.objects.create_user(
                username="comms", email="comms@localhost", password=password
            )
            user.groups.add(communications_group())
            lines.append(f"  comms (Communications): {password}")
        for username, slug in PARTNER_EDITORS:
            page = PartnerPage.objects.filter(
                slug=slug, locale__language_code="en"
            ).first()
            if page is None:
                continue
            _user, password = add_partner_editor(
                page, username, f"{username}@localhost"
            )
            if password:
                lines.append(f"  {username} (edits {page.title}): {password}")
        if lines:
            self.stdout.write(
                self.style.SUCCESS(
                    "Demo accounts (passwords shown only once):\n" + "\n".join(lines)
                )
            )
        else:
            self.stdout.write(
                "Demo accounts comms, ebc-editor and cespe-editor already exist."
            )

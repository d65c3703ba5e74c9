from django.contrib.auth.validators import UnicodeUsernameValidator
from django.core.exceptions import ValidationError
from django.core.management.base import BaseCommand, CommandError
from django.core.validators import validate_email

from partners.models import PartnerPage
from partners.permissions import add_partner_editor


class Command(BaseCommand):
    help = (
        "Add a user to a partner's editors group, creating the user if needed. "
        "The partner is given by the slug of its page in any language."
    )

    def add_arguments(self, parser):
        parser.add_argument("partner_slug")
        parser.add_argument("username")
        parser.add_argument("--email", default="")

    def handle(self, *args, partner_slug, username, email, **options):
        if email:
            try:
                validate_email(email)
            except ValidationError as error:
                raise CommandError(f"Not a valid email address: {email}") from error
        username = username.strip()
        try:
            UnicodeUsernameValidator()(username)
        except ValidationError as error:
            raise CommandError(f"Not a valid username: {username!r}") from error
        page = PartnerPage.objects.filter(slug=partner_slug).order_by("pk").first()
        if page is None:
            raise CommandError(f"No partner page with the slug '{partner_slug}'.")
        try:
            user, password = add_partner_editor(page, username, email)
        except ValidationError as refusal:
            raise CommandError(" ".join(refusal.messages)) from refusal
        if password:
            self.stdout.write(
                self.style.SUCCESS(
                    f"Created '{user.username}' as an editor of {page.title}. "
                    f"Password (shown once): {password}"
                )
            )
        else:
            self.stdout.write(
                self.style.SUCCESS(f"'{user.username}' now edits {page.title}.")
            )

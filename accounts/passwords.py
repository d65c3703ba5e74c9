"""Django's minimum length rule, with a message our catalogues translate.

Django's own Dutch catalogue lacks the message its current validator uses, so a
Dutch editor would read it in English.
"""

from django.contrib.auth import password_validation
from django.utils.translation import ngettext


class MinimumLengthValidator(password_validation.MinimumLengthValidator):
    def get_error_message(self):
        return ngettext(
            "This password is too short: it must contain at least %(min_length)d "
            "character.",
            "This password is too short: it must contain at least %(min_length)d "
            "characters.",
            self.min_length,
        ) % {"min_length": self.min_length}

    def get_help_text(self):
        return ngettext(
            "Your password must contain at least %(min_length)d character.",
            "Your password must contain at least %(min_length)d characters.",
            self.min_length,
        ) % {"min_length": self.min_length}

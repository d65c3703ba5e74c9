"""Throttled sign-in and password reset for the Wagtail admin.

Sign-in: django-axes counts failures in the database (settings AXES_*). When a
username or an address is locked out, the admin's own sign-in page answers 429
with the lockout message instead of "wrong password", even for the right
password. Password reset: django-ratelimit counts requests per address and per
email address in the cache; past the limit the form answers 429 and sends
nothing, whether or not the email address belongs to anyone.
"""

import logging

from django.conf import settings
from django.core.exceptions import ValidationError
from django.shortcuts import render
from django.utils.translation import gettext_lazy as _
from django_ratelimit.core import is_ratelimited
from wagtail.admin.forms.auth import LoginForm
from wagtail.admin.views.account import PasswordResetView

from accounts.addresses import client_address

logger = logging.getLogger(__name__)

LOCKED_OUT = _(
    "Too many failed sign-in attempts. Signing in is blocked for 15 minutes; "
    "please try again later."
)
TOO_MANY_RESETS = _(
    "Too many password reset requests. Please wait 15 minutes before asking again."
)


class ThrottledLoginForm(LoginForm):
    """Wagtail's sign-in form, saying so when django-axes has locked it out."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Wagtail leaves this label to the field's name, untranslated.
        self.fields["password"].label = _("Password")

    def get_invalid_login_error(self):
        if getattr(self.request, "axes_locked_out", False):
            return ValidationError(LOCKED_OUT, code="locked_out")
        return super().get_invalid_login_error()


def lockout_response(request, original_response=None, credentials=None):
    """AXES_LOCKOUT_CALLABLE: the sign-in page with the lockout message, 429."""
    if original_response is not None and original_response.status_code == 200:
        original_response.status_code = 429
        return original_response
    return render(
        request, "accounts/locked_out.html", {"message": LOCKED_OUT}, status=429
    )


def _address_key(group, request):
    return client_address(request) or "unknown"


def _email_key(group, request):
    return request.POST.get("email", "").strip().lower()


class ThrottledPasswordResetView(PasswordResetView):
    """Wagtail's password reset, at most PASSWORD_RESET_RATE per address and email."""

    def post(self, request, *args, **kwargs):
        if self.over_limit(request):
            logger.warning(
                "Password reset refused: too many requests from address %r "
                "or for email %r.",
                _address_key(None, request),
                _email_key(None, request)[:254],
            )
            form = self.get_form()
            form.is_valid()
            form.add_error(None, TOO_MANY_RESETS)
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().post(request, *args, **kwargs)

    def over_limit(self, request):
        """Count this request against both keys; True when either is over."""
        rate = settings.PASSWORD_RESET_RATE
        keys = [("password-reset-address", _address_key)]
        if _email_key(None, request):
            keys.append(("password-reset-email", _email_key))
        limited = [
            is_ratelimited(
                request, group=group, key=key, rate=rate, method="POST", increment=True
            )
            for group, key in keys
        ]
        return any(limited)

"""Send a signed-in editor to their second factor before any other admin page.

After OTPMiddleware: `request.user.is_verified()` says whether this session has
given a second factor. A user who must (accounts/second_factor.py) and has not
is sent to verify (or, with nothing set up yet, to set up) before every admin
view except signing in and out; outside the admin they are treated as
anonymous, so a password alone shows nothing an anonymous reader cannot see.
"""

from functools import cache

from django.conf import settings
from django.contrib.auth.models import AnonymousUser
from django.contrib.auth.views import redirect_to_login
from django.urls import reverse

from accounts import second_factor

# Admin views an unverified user may always reach.
OPEN_VIEWS = {
    "wagtailadmin_login",
    "wagtailadmin_logout",
    "wagtailadmin_javascript_catalog",
    "wagtailadmin_sprite",
    "wagtailadmin_password_reset",
    "wagtailadmin_password_reset_done",
    "wagtailadmin_password_reset_confirm",
    "wagtailadmin_password_reset_complete",
}
VERIFY_VIEWS = {
    "accounts_two_factor_verify",
    # django-otp-webauthn's passkey check and its script messages.
    "otp_webauthn:credential-authentication-begin",
    "otp_webauthn:credential-authentication-complete",
    "otp_webauthn:js-i18n-catalog",
}
SETUP_VIEWS = {"accounts_two_factor_setup", "accounts_two_factor_backup_codes"}


@cache
def admin_prefix():
    return reverse("wagtailadmin_home")


def pending(request):
    """True when this signed-in user owes a second factor in this session."""
    user = request.user
    if not user.is_authenticated or user.is_verified():
        return False
    return second_factor.session_state(request) != second_factor.NONE


class SecondFactorMiddleware:
    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        # Without a session cookie nobody is signed in: the session stays unread.
        if (
            settings.SESSION_COOKIE_NAME in request.COOKIES
            and not request.path_info.startswith(admin_prefix())
            and pending(request)
        ):
            request.user = AnonymousUser()
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if not request.path_info.startswith(admin_prefix()) or not pending(request):
            return None
        name = request.resolver_match.view_name if request.resolver_match else None
        if name in OPEN_VIEWS:
            return None
        if second_factor.has_device(request.user):
            if name in VERIFY_VIEWS:
                return None
            target = "accounts_two_factor_verify"
        elif second_factor.remember(request) == second_factor.REQUIRED:
            if name in SETUP_VIEWS:
                return None
            target = "accounts_two_factor_setup"
        else:
            # Their devices were removed (reset_two_factor): nothing is owed.
            return None
        return redirect_to_login(request.get_full_path(), login_url=reverse(target))

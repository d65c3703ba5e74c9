from django.urls import include, path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks

from accounts import views
from accounts.middleware import pending


@hooks.register("register_admin_urls")
def two_factor_urls():
    return [
        path("two-factor/", views.TwoFactorView.as_view(), name="accounts_two_factor"),
        path(
            "two-factor/verify/",
            views.VerifyView.as_view(),
            name="accounts_two_factor_verify",
        ),
        path(
            "two-factor/setup/",
            views.SetupView.as_view(),
            name="accounts_two_factor_setup",
        ),
        path(
            "two-factor/backup-codes/",
            views.BackupCodesView.as_view(),
            name="accounts_two_factor_backup_codes",
        ),
        path(
            "two-factor/turn-off/",
            views.TurnOffView.as_view(),
            name="accounts_two_factor_turn_off",
        ),
        path(
            "two-factor/passkeys/<int:pk>/remove/",
            views.RemovePasskeyView.as_view(),
            name="accounts_two_factor_remove_passkey",
        ),
        # django-otp-webauthn's registration and verification endpoints.
        path("two-factor/passkeys/", include("django_otp_webauthn.urls")),
    ]


@hooks.register("register_account_menu_item")
def two_factor_menu_item(request):
    return {
        "url": reverse("accounts_two_factor"),
        "label": _("Two-step verification"),
        "help_text": _(
            "Ask for a code from an authenticator app after your password, "
            "and keep backup codes for a lost phone."
        ),
    }


@hooks.register("construct_main_menu")
def hide_menu_until_verified(request, menu_items):
    """Menu entries would only lead back to the second factor: leave them out."""
    if pending(request):
        menu_items[:] = []

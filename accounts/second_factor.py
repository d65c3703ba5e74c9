"""Who must give a second factor, and what they have to give it with.

A user *must* when TWO_FACTOR_REQUIRED is on and they are a superuser or a
member of one of TWO_FACTOR_REQUIRED_GROUPS (Communications). Anyone else who
has set up an authenticator app must use it too: a second factor that could be
skipped would protect nothing. The answer is kept in the session so that a
signed-in request costs no extra query; it is worked out again at sign-in,
after a change to the user's own devices, and for a session that predates it.
"""

from django.conf import settings
from django_otp import devices_for_user, verify_token
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice
from django_otp_webauthn.models import WebAuthnCredential

SESSION_KEY = "accounts_second_factor"
REQUIRED = "required"
ENROLLED = "enrolled"
NONE = "none"

BACKUP_CODE_COUNT = 10


def is_required(user):
    if not settings.TWO_FACTOR_REQUIRED or not user.is_authenticated:
        return False
    if user.is_superuser:
        return True
    return user.groups.filter(name__in=settings.TWO_FACTOR_REQUIRED_GROUPS).exists()


def has_device(user):
    return next(iter(devices_for_user(user, confirmed=True)), None) is not None


def state_for(user):
    if is_required(user):
        return REQUIRED
    if has_device(user):
        return ENROLLED
    return NONE


def remember(request, user=None):
    """Work out the user's state and keep it in their session."""
    user = user or request.user
    state = state_for(user)
    request.session[SESSION_KEY] = state
    return state


def session_state(request):
    state = request.session.get(SESSION_KEY)
    if state not in {REQUIRED, ENROLLED, NONE}:
        state = remember(request)
    return state


def authenticator_app(user):
    """The user's confirmed TOTP device, if any."""
    return TOTPDevice.objects.devices_for_user(user, confirmed=True).first()


def passkeys(user):
    return WebAuthnCredential.objects.filter(user=user, confirmed=True).order_by(
        "created_at"
    )


def backup_device(user):
    return StaticDevice.objects.devices_for_user(user, confirmed=True).first()


def new_backup_codes(user):
    """Replace the user's backup codes with a fresh set; returns the codes."""
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name="Backup codes", defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(BACKUP_CODE_COUNT)]
    StaticToken.objects.bulk_create(
        StaticToken(device=device, token=code) for code in codes
    )
    return codes


def remove_all_devices(user):
    """Every second factor the user has; returns how many were removed."""
    removed = 0
    for device in list(devices_for_user(user, confirmed=None)):
        device.delete()
        removed += 1
    return removed


def verify_code(user, code):
    """The device (authenticator app or backup codes) that accepts code, or None.

    Six digits go to the authenticator app, anything else to the backup codes,
    each device on its own: django-otp's pause after a wrong code and its
    refusal of a code already used apply per device, so a mistyped app code
    does not hold up a backup code.
    """
    kind = TOTPDevice if len(code) == 6 and code.isdigit() else StaticDevice
    for device in kind.objects.devices_for_user(user, confirmed=True):
        verified = verify_token(user, device.persistent_id, code)
        if verified is not None:
            return verified
    return None


def on_sign_in(sender, request, user, **kwargs):
    """At every sign-in, work out afresh what this user owes."""
    if request is not None and hasattr(request, "session"):
        remember(request, user)

"""An editor signs in through the real form, sets up an authenticator app, verifies."""

from base64 import b32decode

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from django_otp.oath import TOTP

from cms.demo.builders.site import build_site
from partners.permissions import communications_group

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

PASSWORD = "a-long-test-password"


def code(secret, steps_ahead=0):
    """What the phone's authenticator app shows, now or a step (30 s) ahead."""
    totp = TOTP(b32decode(secret.replace(" ", "")), drift=steps_ahead)
    return f"{totp.token():06d}"


def sign_in(page, base, username, password=PASSWORD):
    page.goto(f"{base}/admin/login/")
    page.fill("input[name=username]", username)
    page.fill("input[name=password]", password)
    page.click("button[type=submit]")
    page.wait_for_load_state()


@override_settings(TWO_FACTOR_REQUIRED=True)
def test_communications_sets_up_and_uses_an_authenticator_app(
    live_server, browser, screenshot
):
    build_site()
    user = get_user_model().objects.create_user("comms", "comms@example.org", PASSWORD)
    user.groups.add(communications_group())
    base = live_server.url
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()

    sign_in(page, base, "comms")
    assert page.url.startswith(f"{base}/admin/two-factor/setup/")
    # Any other admin page leads back here.
    page.goto(f"{base}/admin/pages/")
    assert page.url.startswith(f"{base}/admin/two-factor/setup/")
    assert page.locator(".two-factor-qr svg").is_visible()
    screenshot(page, "admin-two-factor-setup")

    secret = page.locator(".two-factor-secret").inner_text()
    page.fill("input[name=code]", code(secret))
    page.click(".two-factor-setup-form button[type=submit]")
    page.wait_for_url(f"{base}/admin/two-factor/backup-codes/")
    backup_codes = page.locator(".two-factor-backup-codes li").all_inner_texts()
    assert len(backup_codes) == 10
    screenshot(page, "admin-two-factor-backup-codes")
    page.click("text=I have saved them")
    page.wait_for_url(f"{base}/admin/two-factor/")
    page.goto(f"{base}/admin/pages/")
    assert "/two-factor/" not in page.url

    # Next time (a new browser session): password, then a code.
    context.clear_cookies()
    sign_in(page, base, "comms")
    assert page.url.startswith(f"{base}/admin/two-factor/verify/")
    page.fill("input[name=code]", "000000")
    page.click("form.login-form button[type=submit]")
    page.wait_for_load_state()
    assert "That code was not accepted" in page.locator(".error-message").inner_text()
    screenshot(page, "admin-two-factor-verify")
    page.fill("input[name=code]", backup_codes[0])
    page.click("form.login-form button[type=submit]")
    page.wait_for_url(f"{base}/admin/")
    assert "backup code" in page.locator(".messages").inner_text()
    screenshot(page, "admin-two-factor-verified")
    context.close()


def test_a_locked_out_sign_in_shows_the_message_in_french(
    live_server, browser, screenshot
):
    get_user_model().objects.create_user("editor", "editor@example.org", PASSWORD)
    base = live_server.url
    context = browser.new_context(locale="fr-BE")
    page = context.new_page()
    for _ in range(5):
        sign_in(page, base, "editor", "not-the-password")
    sign_in(page, base, "editor")
    assert page.url.startswith(f"{base}/admin/login/")
    assert "Trop de tentatives de connexion" in page.locator(".messages").inner_text()
    screenshot(page, "admin-sign-in-locked-out-fr")
    context.close()


@override_settings(TWO_FACTOR_REQUIRED=True)
def test_a_passkey_replaces_the_code(live_server, browser, screenshot):
    from django_otp.plugins.otp_totp.models import TOTPDevice

    from accounts.second_factor import new_backup_codes

    build_site()
    user = get_user_model().objects.create_user("comms", "comms@example.org", PASSWORD)
    user.groups.add(communications_group())
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    new_backup_codes(user)
    base = live_server.url
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    # A passkey authenticator that always says yes, as a phone would after a touch.
    cdp = context.new_cdp_session(page)
    cdp.send("WebAuthn.enable")
    cdp.send(
        "WebAuthn.addVirtualAuthenticator",
        {
            "options": {
                "protocol": "ctap2",
                "transport": "internal",
                "hasResidentKey": True,
                "hasUserVerification": True,
                "isUserVerified": True,
                "automaticPresenceSimulation": True,
            }
        },
    )
    with override_settings(OTP_WEBAUTHN_ALLOWED_ORIGINS=[base]):
        sign_in(page, base, "comms")
        page.fill("input[name=code]", f"{TOTP(device.bin_key).token():06d}")
        page.click("form.login-form button[type=submit]")
        page.wait_for_url(f"{base}/admin/")

        page.goto(f"{base}/admin/two-factor/")
        with page.expect_navigation():
            page.click("#passkey-register-button")
        assert page.locator(".two-factor-passkeys li").count() == 1
        screenshot(page, "admin-two-factor-passkeys")

        context.clear_cookies()
        sign_in(page, base, "comms")
        assert page.url.startswith(f"{base}/admin/two-factor/verify/")
        with page.expect_navigation(url=f"{base}/admin/"):
            page.click("#passkey-verification-button")
        page.goto(f"{base}/admin/pages/")
        assert "/two-factor/" not in page.url
    context.close()

"""Two-step verification: required for Communications and superusers, optional else."""

import re

import pytest
from django.core.management import CommandError, call_command
from django.test import override_settings
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from accounts import second_factor
from tests.accounts.conftest import PASSWORD, browser_client, csrf_token, sign_in

pytestmark = pytest.mark.django_db

ADMIN_PAGES = [
    "/admin/",
    "/admin/pages/",
    "/admin/account/",
    "/admin/images/",
    "/admin/documents/",
    "/admin/users/",
    "/admin/reports/site-history/",
    "/admin/api/main/pages/",
    "/admin/two-factor/",
]
WRONG = "That code was not accepted"


def code_for(device):
    """The code the editor's authenticator app shows right now."""
    return f"{totp(device.bin_key, device.step, device.t0, device.digits):06d}"


def add_app(user):
    device = TOTPDevice.objects.create(user=user, name="phone", confirmed=True)
    second_factor.new_backup_codes(user)
    return device


def give_code(client, code, next_url="/admin/pages/"):
    page = client.get(f"/admin/two-factor/verify/?next={next_url}")
    assert page.status_code == 200
    return client.post(
        "/admin/two-factor/verify/",
        {"csrfmiddlewaretoken": csrf_token(page), "code": code, "next": next_url},
    )


def assert_locked_in(client, target):
    for url in ADMIN_PAGES:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response["Location"].startswith(target), url


@override_settings(TWO_FACTOR_REQUIRED=True)
def test_communications_without_a_device_must_set_one_up_first(make_user):
    make_user("comms", communications=True)
    client = browser_client()
    response = sign_in(client, "comms", PASSWORD)
    assert response.status_code == 302
    assert_locked_in(client, "/admin/two-factor/setup/")
    # Outside the admin a password alone counts for nothing.
    assert client.get("/admin/two-factor/setup/").status_code == 200


@override_settings(TWO_FACTOR_REQUIRED=True)
def test_communications_give_a_code_after_the_password(make_user):
    user = make_user("comms", communications=True)
    device = add_app(user)
    client = browser_client()
    assert sign_in(client, "comms", PASSWORD).status_code == 302
    assert_locked_in(client, "/admin/two-factor/verify/")

    wrong = f"{(int(code_for(device)) + 1) % 1_000_000:06d}"
    response = give_code(client, wrong)
    assert response.status_code == 200
    assert WRONG in response.text
    assert_locked_in(client, "/admin/two-factor/verify/")

    device.refresh_from_db()
    device.throttle_reset()  # django-otp waits a moment after a wrong code
    response = give_code(client, code_for(device))
    assert response.status_code == 302
    assert response["Location"] == "/admin/pages/"
    for url in ADMIN_PAGES:
        response = client.get(url)
        assert "two-factor" not in response.get("Location", ""), url
    assert client.get("/admin/pages/").status_code == 200


@override_settings(TWO_FACTOR_REQUIRED=True)
def test_a_superuser_must_verify_too(make_user):
    user = make_user("boss", superuser=True)
    device = add_app(user)
    client = browser_client()
    sign_in(client, "boss", PASSWORD)
    assert_locked_in(client, "/admin/two-factor/verify/")
    assert give_code(client, code_for(device)).status_code == 302
    assert client.get("/admin/users/").status_code == 200


@override_settings(TWO_FACTOR_REQUIRED=True)
def test_a_backup_code_works_once(make_user):
    user = make_user("comms", communications=True)
    add_app(user)
    code = StaticDevice.objects.get(user=user).token_set.first().token
    first = browser_client()
    sign_in(first, "comms", PASSWORD)
    response = give_code(first, code.upper())
    assert response.status_code == 302
    assert first.get("/admin/").status_code == 200

    second = browser_client()
    sign_in(second, "comms", PASSWORD)
    response = give_code(second, code)
    assert WRONG in response.text
    assert second.get("/admin/").status_code == 302


@override_settings(TWO_FACTOR_REQUIRED=True)
def test_a_partner_editor_without_a_device_signs_in_with_a_password(partner_editor):
    client = browser_client()
    assert sign_in(client, "alpha-editor", PASSWORD).status_code == 302
    assert client.get("/admin/").status_code == 200
    assert client.get("/admin/account/").status_code == 200


@override_settings(TWO_FACTOR_REQUIRED=True)
def test_a_partner_editor_who_set_up_an_app_must_use_it(partner_editor):
    device = add_app(partner_editor)
    client = browser_client()
    sign_in(client, "alpha-editor", PASSWORD)
    assert client.get("/admin/").status_code == 302
    assert give_code(client, code_for(device)).status_code == 302
    assert client.get("/admin/").status_code == 200


def test_the_requirement_is_off_in_tests_and_development(make_user):
    make_user("comms", communications=True)
    client = browser_client()
    sign_in(client, "comms", PASSWORD)
    assert client.get("/admin/").status_code == 200


@override_settings(TWO_FACTOR_REQUIRED=True)
def test_setting_up_an_authenticator_app(make_user):
    user = make_user("comms", communications=True)
    client = browser_client()
    sign_in(client, "comms", PASSWORD)
    page = client.get("/admin/two-factor/setup/")
    assert page.status_code == 200
    assert "<svg" in page.text  # the QR code, drawn here
    device = TOTPDevice.objects.get(user=user, confirmed=False)
    secret = re.search(r'class="two-factor-secret">([A-Z2-7 ]+)<', page.text).group(1)
    assert secret.replace(" ", "") in device.config_url

    response = client.post(
        "/admin/two-factor/setup/",
        {"csrfmiddlewaretoken": csrf_token(page), "code": "000000"},
    )
    assert response.status_code == 200
    assert WRONG in response.text
    assert client.get("/admin/").status_code == 302

    device.refresh_from_db()
    device.throttle_reset()
    response = client.post(
        "/admin/two-factor/setup/",
        {"csrfmiddlewaretoken": csrf_token(page), "code": code_for(device)},
    )
    assert response.status_code == 302
    codes_page = client.get(response["Location"])
    codes = re.findall(r"<li>([a-z2-7]{8})</li>", codes_page.text)
    assert len(codes) == 10
    stored = StaticDevice.objects.get(user=user).token_set.values_list("token")
    assert sorted(codes) == sorted(token for (token,) in stored)
    # Shown once only.
    assert client.get("/admin/two-factor/backup-codes/").status_code == 302
    assert client.get("/admin/").status_code == 200


@override_settings(TWO_FACTOR_REQUIRED=True)
def test_a_password_alone_cannot_add_a_second_device(make_user):
    user = make_user("comms", communications=True)
    add_app(user)
    client = browser_client()
    sign_in(client, "comms", PASSWORD)
    response = client.get("/admin/two-factor/setup/")
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/two-factor/verify/")
    assert TOTPDevice.objects.filter(user=user).count() == 1


@override_settings(TWO_FACTOR_REQUIRED=True)
def test_only_those_who_may_turn_it_off(make_user, partner_editor):
    comms = make_user("comms", communications=True)
    for user in (comms, partner_editor):
        device = add_app(user)
        client = browser_client()
        sign_in(client, user.username, PASSWORD)
        give_code(client, code_for(device))
        page = client.get("/admin/two-factor/")
        client.post(
            "/admin/two-factor/turn-off/", {"csrfmiddlewaretoken": csrf_token(page)}
        )
    assert second_factor.has_device(comms)
    assert not second_factor.has_device(partner_editor)


@override_settings(TWO_FACTOR_REQUIRED=True)
def test_reset_two_factor_sends_the_user_back_to_set_up(make_user):
    user = make_user("comms", communications=True)
    add_app(user)
    call_command("reset_two_factor", "comms")
    assert not TOTPDevice.objects.filter(user=user).exists()
    assert not StaticDevice.objects.filter(user=user).exists()
    client = browser_client()
    sign_in(client, "comms", PASSWORD)
    assert_locked_in(client, "/admin/two-factor/setup/")


def test_reset_two_factor_refuses_an_unknown_user(db):
    with pytest.raises(CommandError, match="No user"):
        call_command("reset_two_factor", "nobody")


@override_settings(TWO_FACTOR_REQUIRED=True)
def test_a_password_alone_cannot_register_a_passkey(make_user):
    user = make_user("comms", communications=True)
    add_app(user)
    client = browser_client()
    sign_in(client, "comms", PASSWORD)
    page = client.get("/admin/two-factor/verify/")
    response = client.post(
        "/admin/two-factor/passkeys/registration/begin/",
        HTTP_X_CSRFTOKEN=csrf_token(page),
    )
    assert response.status_code == 302
    assert response["Location"].startswith("/admin/two-factor/verify/")
    # The passkey check itself is open to finish signing in.
    response = client.post(
        "/admin/two-factor/passkeys/authentication/begin/",
        HTTP_X_CSRFTOKEN=csrf_token(page),
    )
    assert response.status_code == 200
    assert "challenge" in response.json()

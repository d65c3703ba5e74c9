"""Passwords are at least 12 characters; the demo accounts' passwords qualify."""

import re
from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.password_validation import validate_password
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.test import override_settings
from wagtail.users.models import UserProfile

from tests.accounts.conftest import browser_client, sign_in, signed_in

pytestmark = pytest.mark.django_db


def test_eleven_characters_are_too_few():
    with pytest.raises(ValidationError, match="at least 12 characters"):
        validate_password("Qx7!vLm2#pR")
    validate_password("Qx7!vLm2#pRz")


@pytest.mark.parametrize(
    ("language", "message"),
    [
        ("en", "This password is too short: it must contain at least 12"),
        ("fr", "Ce mot de passe est trop court\u00a0: il doit contenir au moins 12"),
        ("nl", "Dit wachtwoord is te kort: het moet minstens 12 tekens"),
    ],
)
def test_a_short_password_is_refused_in_the_editors_language(
    client, make_user, language, message
):
    admin = make_user("boss", superuser=True)
    profile = UserProfile.get_for_user(admin)
    profile.preferred_language = language
    profile.save()
    client.force_login(admin)
    response = client.post(
        "/admin/users/new/",
        {
            "username": "newcomer",
            "email": "newcomer@example.org",
            "first_name": "New",
            "last_name": "Comer",
            "password1": "Qx7!vLm2#pR",
            "password2": "Qx7!vLm2#pR",
        },
    )
    assert response.status_code == 200
    assert message in response.text
    assert not get_user_model().objects.filter(username="newcomer").exists()


@override_settings(DEBUG=True)
def test_the_demo_accounts_passwords_meet_the_rules_and_sign_in(db):
    call_command("load_demo", stdout=StringIO())
    out = StringIO()
    call_command("ensure_local_admin", stdout=out)
    call_command("ensure_demo_accounts", stdout=out)
    printed = dict(
        re.findall(r"account '(admin)' with password: (\S+)", out.getvalue())
        + re.findall(r"^  ([\w-]+) \([^)]*\): (\S+)$", out.getvalue(), re.M)
    )
    assert set(printed) == {"admin", "comms", "ebc-editor", "cespe-editor"}
    users = get_user_model().objects
    for username, password in printed.items():
        validate_password(password, users.get(username=username))
        client = browser_client()
        assert sign_in(client, username, password).status_code == 302
        assert signed_in(client), username

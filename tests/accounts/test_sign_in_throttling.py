"""Five failures for a username or from an address lock sign-in for 15 minutes."""

import logging
from datetime import timedelta

from axes.models import AccessAttempt
from django.test import override_settings
from django.utils import timezone

from tests.accounts.conftest import PASSWORD, browser_client, sign_in, signed_in

LOCKED = "Too many failed sign-in attempts"


def fail(times, *, username, address):
    for _ in range(times):
        response = sign_in(browser_client(address), username, "not-the-password")
        assert response.status_code in {200, 429}


def pass_the_cool_off():
    """Move every recorded failure 16 minutes into the past."""
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))


def test_four_failures_do_not_lock_out(make_user):
    make_user("editor", communications=True)
    fail(4, username="editor", address="203.0.113.7")
    client = browser_client("203.0.113.7")
    response = sign_in(client, "editor", PASSWORD)
    assert response.status_code == 302
    assert signed_in(client)


def test_five_failures_for_a_username_lock_it_from_every_address(make_user, caplog):
    make_user("editor", communications=True)
    with caplog.at_level(logging.WARNING, logger="axes"):
        for number in range(5):
            fail(1, username="editor", address=f"198.51.100.{number + 1}")

    # The lockout is logged once, naming the username and the address.
    lockouts = [r.getMessage() for r in caplog.records if "Locking out" in r.message]
    assert len(lockouts) == 1
    assert '"editor"' in lockouts[0]
    assert "198.51.100.5" in lockouts[0]

    # The right password, from a fresh address, is refused with the message.
    client = browser_client("192.0.2.50")
    response = sign_in(client, "editor", PASSWORD)
    assert response.status_code == 429
    assert LOCKED in response.text
    assert 'class="login-form"' in response.text  # the admin's own sign-in page
    assert not signed_in(client)

    pass_the_cool_off()
    response = sign_in(client, "editor", PASSWORD)
    assert response.status_code == 302
    assert signed_in(client)


def test_five_failures_from_an_address_lock_it_for_every_username(make_user):
    make_user("editor", communications=True)
    for number in range(5):
        fail(1, username=f"guess-{number}", address="203.0.113.9")

    attacker = browser_client("203.0.113.9")
    response = sign_in(attacker, "editor", PASSWORD)
    assert response.status_code == 429
    assert LOCKED in response.text
    assert not signed_in(attacker)

    # The editor, from their own address, is not affected.
    colleague = browser_client("192.0.2.10")
    assert sign_in(colleague, "editor", PASSWORD).status_code == 302

    pass_the_cool_off()
    attacker = browser_client("203.0.113.9")
    assert sign_in(attacker, "editor", PASSWORD).status_code == 302
    assert signed_in(attacker)


def test_the_lockout_lasts_15_minutes_from_the_fifth_failure(make_user):
    make_user("editor")
    fail(5, username="editor", address="203.0.113.7")
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=14))
    client = browser_client("203.0.113.7")
    assert sign_in(client, "editor", PASSWORD).status_code == 429
    # Refused attempts during the lockout do not prolong it.
    AccessAttempt.objects.update(attempt_time=timezone.now() - timedelta(minutes=16))
    assert sign_in(client, "editor", PASSWORD).status_code == 302


def test_the_lockout_message_is_translated(make_user):
    make_user("editor")
    fail(5, username="editor", address="203.0.113.7")
    for language, text in [
        ("fr", "Trop de tentatives de connexion"),
        ("nl", "Te veel mislukte aanmeldpogingen"),
    ]:
        response = sign_in(browser_client("203.0.113.7", language), "editor", PASSWORD)
        assert response.status_code == 429
        assert text in response.text


@override_settings(TRUSTED_PROXY_COUNT=1)
def test_behind_a_proxy_the_forwarded_address_is_counted(make_user):
    make_user("editor")
    proxy = "10.0.0.2"

    def through_proxy(forwarded):
        client = browser_client(proxy)
        client.defaults["HTTP_X_FORWARDED_FOR"] = forwarded
        return client

    # Five failures from one client behind the proxy, each time claiming to be
    # somewhere else in the part of the header the client writes itself.
    for number in range(5):
        client = through_proxy(f"192.0.2.{number}, 203.0.113.9")
        sign_in(client, f"guess-{number}", "not-the-password")
    assert set(AccessAttempt.objects.values_list("ip_address", flat=True)) == {
        "203.0.113.9"
    }
    assert sign_in(through_proxy("203.0.113.9"), "editor", PASSWORD).status_code == 429
    # Another client behind the same proxy signs in.
    assert sign_in(through_proxy("198.51.100.4"), "editor", PASSWORD).status_code == 302


def test_hostile_usernames_get_the_sign_in_form_back(db):
    for username in ["a\x00b", "x" * 5000, ""]:
        response = sign_in(browser_client(), username, "not-the-password")
        assert response.status_code == 200
        assert 'class="login-form"' in response.text

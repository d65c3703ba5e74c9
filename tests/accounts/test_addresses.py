"""Which address a request counts as, with and without trusted proxies."""

import pytest
from django.test import RequestFactory, override_settings

from accounts.addresses import client_address


def request(remote="10.0.0.2", forwarded=None):
    extra = {"REMOTE_ADDR": remote}
    if forwarded is not None:
        extra["HTTP_X_FORWARDED_FOR"] = forwarded
    return RequestFactory().get("/admin/login/", **extra)


def test_without_proxies_the_connection_is_the_client():
    assert client_address(request("203.0.113.7", "192.0.2.1")) == "203.0.113.7"


@override_settings(TRUSTED_PROXY_COUNT=1)
@pytest.mark.parametrize(
    ("forwarded", "expected"),
    [
        ("203.0.113.9", "203.0.113.9"),
        ("192.0.2.1, 203.0.113.9", "203.0.113.9"),  # the client wrote 192.0.2.1
        ("", "10.0.0.2"),  # not through the proxy
        ("not-an-address", "10.0.0.2"),
        ("fe80::1%eth0", "10.0.0.2"),
        ("2001:DB8::1", "2001:db8::1"),
        ("\x00" * 50, "10.0.0.2"),
    ],
)
def test_behind_one_proxy_the_right_most_entry_counts(forwarded, expected):
    assert client_address(request(forwarded=forwarded)) == expected


@override_settings(TRUSTED_PROXY_COUNT=2)
def test_behind_two_proxies_the_second_entry_from_the_right_counts():
    forwarded = "192.0.2.1, 203.0.113.9, 10.0.0.1"
    assert client_address(request(forwarded=forwarded)) == "203.0.113.9"
    # Fewer entries than proxies: the left-most is what the first proxy saw.
    assert client_address(request(forwarded="203.0.113.9")) == "203.0.113.9"

"""The address a request comes from, as sign-in throttling counts it.

Behind a TLS proxy every connection comes from the proxy, so the client is read
from X-Forwarded-For. Only the entries the trusted proxies appended can be
believed (a client can send any X-Forwarded-For of its own), so with
TRUSTED_PROXY_COUNT proxies the client is the N-th address from the right.
"""

import ipaddress

from django.conf import settings


def _valid(address):
    """The address in canonical form; None for anything else.

    Scoped IPv6 addresses (fe80::1%eth0) are refused: the database's address
    column would not store them.
    """
    try:
        parsed = ipaddress.ip_address(address.strip())
    except ValueError:
        return None
    if getattr(parsed, "scope_id", None):
        return None
    return str(parsed)


def client_address(request):
    """The client's IP address, or None when there is none to believe."""
    remote = _valid(request.META.get("REMOTE_ADDR", ""))
    proxies = getattr(settings, "TRUSTED_PROXY_COUNT", 0)
    if proxies <= 0:
        return remote
    forwarded = [
        entry
        for entry in request.META.get("HTTP_X_FORWARDED_FOR", "").split(",")
        if entry.strip()
    ]
    if not forwarded:
        # Not through the proxies at all: the connection is the client.
        return remote
    # Fewer entries than proxies: the left-most is what the first proxy saw.
    entry = forwarded[-min(proxies, len(forwarded))]
    return _valid(entry) or remote

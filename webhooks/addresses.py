"""Where a webhook may be delivered: http or https, and in production only to
public Internet addresses, never the server's own loopback, private network
or link-local range (cloud metadata services live there).

The address is checked when the endpoint is saved and again before every
delivery, since a name can be pointed elsewhere after it was checked.
`WEBHOOKS_REFUSE_PRIVATE_ADDRESSES` (on unless the test settings turn it off,
so the tests' local receiver works) switches the address check.
"""

import ipaddress
import socket
from urllib.parse import urlsplit

from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}


def refused_address(address):
    """Whether `address` (an IP address string) is not a public one."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if ip.version == 6 and ip.ipv4_mapped is not None:
        ip = ip.ipv4_mapped
    return not ip.is_global or ip.is_multicast


def check_webhook_url(url):
    """Raise ValidationError unless `url` may receive webhooks."""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as error:
        raise ValidationError(_("Enter a valid URL.")) from error
    if parts.scheme.lower() not in SCHEMES or not parts.hostname:
        raise ValidationError(_("A webhook URL must start with http:// or https://."))
    if not getattr(settings, "WEBHOOKS_REFUSE_PRIVATE_ADDRESSES", True):
        return
    try:
        found = socket.getaddrinfo(
            parts.hostname,
            port or DEFAULT_PORTS[parts.scheme.lower()],
            proto=socket.IPPROTO_TCP,
        )
    except (OSError, UnicodeError) as error:
        raise ValidationError(_("This host name cannot be resolved.")) from error
    if not found or any(refused_address(info[4][0]) for info in found):
        raise ValidationError(
            _(
                "This URL points to a loopback, private or link-local address: "
                "webhooks go only to public Internet addresses."
            )
        )

"""Signatures in the "Standard Webhooks" style (https://www.standardwebhooks.com/).

Headers `webhook-id`, `webhook-timestamp` (Unix seconds) and `webhook-signature`
= "v1," + base64(HMAC-SHA256(key, f"{id}.{timestamp}.{body}")). A secret
written as "whsec_" + base64 is the key's bytes, as the standard's libraries
read it; any other secret is used as its UTF-8 bytes.
"""

import base64
import binascii
import hashlib
import hmac
import secrets

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _

PREFIX = "whsec_"
MIN_SECRET_BYTES = 24


def new_secret():
    return PREFIX + base64.b64encode(secrets.token_bytes(32)).decode()


def secret_key(secret):
    if secret.startswith(PREFIX):
        return base64.b64decode(secret[len(PREFIX) :], validate=True)
    return secret.encode()


def check_secret(secret):
    """A secret must be long enough to resist guessing, and readable."""
    try:
        key = secret_key(secret)
    except (binascii.Error, ValueError) as error:
        raise ValidationError(_("A whsec_ secret must be valid base64.")) from error
    if len(key) < MIN_SECRET_BYTES:
        raise ValidationError(
            _("The secret must be at least %(count)d bytes long."),
            params={"count": MIN_SECRET_BYTES},
        )


def signature(secret, message_id, timestamp, body):
    """The `webhook-signature` header of `body` (bytes)."""
    signed = f"{message_id}.{timestamp}.".encode() + body
    digest = hmac.new(secret_key(secret), signed, hashlib.sha256).digest()
    return "v1," + base64.b64encode(digest).decode()


def headers(secret, message_id, timestamp, body):
    return {
        "webhook-id": message_id,
        "webhook-timestamp": str(timestamp),
        "webhook-signature": signature(secret, message_id, timestamp, body),
    }

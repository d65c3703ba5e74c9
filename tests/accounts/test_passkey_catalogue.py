"""French for django-otp-webauthn's passkey scripts, which the package lacks."""

import re
from pathlib import Path

import django_otp_webauthn
import polib

ROOT = Path(__file__).resolve().parents[2]
SCRIPTS = Path(django_otp_webauthn.__file__).parent / "static" / "django_otp_webauthn"


def script_messages():
    text = "".join(path.read_text() for path in SCRIPTS.glob("*.js"))
    return set(re.findall(r'gettext\("([^"]+)"\)', text))


def test_every_passkey_script_message_has_french():
    catalogue = polib.pofile(str(ROOT / "locale/fr/LC_MESSAGES/djangojs.po"))
    translated = {entry.msgid for entry in catalogue.translated_entries()}
    assert script_messages()
    assert script_messages() <= translated


def test_the_script_catalogue_serves_french(client, make_user):
    client.force_login(make_user("boss", superuser=True))
    response = client.get(
        "/admin/two-factor/passkeys/jsi18n/", HTTP_ACCEPT_LANGUAGE="fr"
    )
    assert response.status_code == 200
    assert "Valider avec une cl\\u00e9 d'acc\\u00e8s" in response.text

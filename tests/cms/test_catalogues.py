from pathlib import Path

import polib
import pytest

LOCALE = Path(__file__).resolve().parents[2] / "locale"


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_interface_catalogue_is_complete(language):
    catalogue = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    untranslated = [entry.msgid for entry in catalogue.untranslated_entries()]
    fuzzy = [entry.msgid for entry in catalogue.fuzzy_entries()]
    assert len(catalogue.translated_entries()) > 0
    assert untranslated == []
    assert fuzzy == []


@pytest.mark.parametrize("language", ["fr", "nl"])
def test_interface_catalogue_defines_each_message_once(language):
    """Catalogues merged from two branches must not define a message twice:
    compilemessages refuses such a file."""
    catalogue = polib.pofile(str(LOCALE / language / "LC_MESSAGES" / "django.po"))
    keys = [(entry.msgctxt, entry.msgid) for entry in catalogue]
    twice = sorted({key for key in keys if keys.count(key) > 1}, key=str)
    assert twice == []

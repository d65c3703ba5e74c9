"""French typography: no-break spaces before : ; ! ? and inside « », whole numbers.

Checked in the French interface catalogue and in the French demo content, which
the site shows as they are.
"""

import re
from pathlib import Path

import polib

from cms.demo.content import news, partners, site

LOCALE = Path(__file__).resolve().parents[2] / "locale"
# A plain space (or none) where French wants a no-break one, or a number whose
# groups a line could split.
WRONG = re.compile(r"(?:\S ?[:;!?](?:\s|$))|(?:«[^\u00a0])|(?:[^\u00a0]»)|\d \d{3}\b")
URL_OR_TIME = re.compile(r"https?://\S+|\b\d{1,2}:\d{2}\b|%\([a-z_]+\)s|&#?\w+;")


def faults(text):
    text = URL_OR_TIME.sub("", text)
    found = (match.group(0) for match in WRONG.finditer(text))
    return [fault for fault in found if "\u00a0" not in fault]


def french_strings(value, french=False):
    """Every string under an "fr" key of the demo content."""
    if isinstance(value, str):
        if french:
            yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            yield from french_strings(item, french or key == "fr")
    elif isinstance(value, list | tuple):
        for item in value:
            yield from french_strings(item, french)


def test_french_catalogue_uses_no_break_spaces():
    catalogue = polib.pofile(str(LOCALE / "fr" / "LC_MESSAGES" / "django.po"))
    wrong = {e.msgstr: faults(e.msgstr) for e in catalogue if faults(e.msgstr)}
    assert wrong == {}


def test_french_demo_content_uses_no_break_spaces():
    content = [news.RELEASES, news.EVENTS, partners.PARTNERS, site.STANDARD_PAGES]
    wrong = {text: faults(text) for text in french_strings(content) if faults(text)}
    assert wrong == {}


def test_the_check_finds_plain_spaces():
    assert faults("Vide : la description")
    assert faults("« citation »")
    assert faults("près de 10 000 collaborateurs")
    assert not faults("Vide\u00a0: «\u00a0citation\u00a0», 10\u202f000, 09:00")

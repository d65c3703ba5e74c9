"""The licences an image may be given, and what they let readers do.

The base owns media, so their rights live here: images carry them
(cms/image_rights.py) and the press kit (news/press_kit/) reads them.
"""

from dataclasses import dataclass

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _


@dataclass(frozen=True)
class Licence:
    key: str
    name: Promise
    terms: Promise
    url: str = ""


LICENCES = (
    Licence(
        "editorial",
        _("Editorial use with credit"),
        _(
            "Free for news reporting about this release or event, with the credit "
            "shown. No advertising, no merchandise, no changes beyond cropping "
            "and resizing."
        ),
    ),
    Licence(
        "cc-by-4.0",
        _("Creative Commons Attribution 4.0 (CC BY 4.0)"),
        _("Free for any use, with the credit shown and a link to the licence."),
        "https://creativecommons.org/licenses/by/4.0/",
    ),
    Licence(
        "cc-by-nd-4.0",
        _("Creative Commons Attribution-NoDerivatives 4.0 (CC BY-ND 4.0)"),
        _(
            "Free for any use, with the credit shown and a link to the licence; "
            "no edited versions."
        ),
        "https://creativecommons.org/licenses/by-nd/4.0/",
    ),
    Licence(
        "cc0-1.0",
        _("Public domain (CC0 1.0)"),
        _("Free for any use; a credit is welcome."),
        "https://creativecommons.org/publicdomain/zero/1.0/",
    ),
)
BY_KEY = {licence.key: licence for licence in LICENCES}


def licence_choices():
    return [(licence.key, licence.name) for licence in LICENCES]


def licence_for(key):
    """The licence called `key`, or None for an unknown or empty key."""
    return BY_KEY.get(key or "")

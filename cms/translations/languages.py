"""The site's languages, as `settings.LANGUAGES` lists them: one place to read them.

English first: the source language of the newsroom, whose order every
language list (switcher, report, publish-together messages) follows. Reads
settings only, so any module may use it, however early it is imported.
"""

from django.conf import settings


def language_names():
    """Each language named in its own language: English, Français, Nederlands."""
    return dict(settings.LANGUAGES)


def language_codes():
    """The language codes in the site's order: en, fr, nl."""
    return [code for code, _name in settings.LANGUAGES]

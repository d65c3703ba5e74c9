"""Why a release that goes out in all languages together was not published."""

from django.utils.translation import gettext, ngettext
from wagtail.actions.publish_revision import PublishPermissionError

from cms.translations.languages import language_names


class PublishTogetherError(Exception):
    """A release that must go out in all languages is missing one or more."""

    def __init__(
        self, page, missing=(), not_ready=(), untranslated=None, versions=None
    ):
        self.page = page
        self.missing = list(missing)
        self.not_ready = list(not_ready)
        # {code: [labels of fields with untranslated segments]}
        self.untranslated = dict(untranslated or {})
        # {code: page id} of the versions that exist, for links to their editor
        self.versions = dict(versions or {})
        super().__init__(self.message)

    def _not_ready_name(self, names, code):
        fields = self.untranslated.get(code)
        if not fields:
            return names[code]
        return gettext("%(language)s (%(fields)s)") % {
            "language": names[code],
            "fields": ", ".join(fields),
        }

    @property
    def problems(self):
        """E.g. "missing: Nederlands; not fully translated: Français (Lead, Body)"."""
        names = language_names()
        parts = []
        if self.missing:
            parts.append(
                ngettext(
                    "missing: %(languages)s",
                    "missing: %(languages)s",
                    len(self.missing),
                )
                % {"languages": ", ".join(names[code] for code in self.missing)}
            )
        if self.not_ready:
            parts.append(
                gettext("not fully translated: %(languages)s")
                % {
                    "languages": "; ".join(
                        self._not_ready_name(names, code) for code in self.not_ready
                    )
                }
            )
        return "; ".join(parts)

    @property
    def message(self):
        return gettext(
            "'%(title)s' is set to publish in all languages together and was not "
            "published (%(problems)s). Your changes were saved as a draft. Create "
            'and finish the other language versions, or turn off "Publish in all '
            'languages together" in the Settings tab.'
        ) % {"title": self.page.title, "problems": self.problems}


class PublishTogetherPermissionError(PublishPermissionError):
    """The user may publish this language version but not all the others."""

    def __init__(self, page):
        self.page = page
        super().__init__(self.message)

    @property
    def message(self):
        return gettext(
            "'%(title)s' was not published: you may not publish every language "
            "version of it. Your changes were saved as a draft."
        ) % {"title": self.page.title}


class PublishRuleError(Exception):
    """A page's content breaks a rule it must meet to go live (an event's place).

    `problems` is {field name: what is wrong}; the admin links each to its
    field in the page editor.
    """

    def __init__(self, page, problems):
        self.page = page
        self.problems = dict(problems)
        super().__init__(self.message)

    @property
    def summary(self):
        """What is wrong, each thing once (two fields may share one message)."""
        return " ".join(dict.fromkeys(str(text) for text in self.problems.values()))

    @property
    def message(self):
        return gettext(
            "'%(title)s' was not published: %(problems)s Your changes were saved as "
            "a draft."
        ) % {"title": self.page.title, "problems": self.summary}


# Every refusal a publish may raise, for `except` clauses.
REFUSALS = (PublishTogetherError, PublishTogetherPermissionError, PublishRuleError)

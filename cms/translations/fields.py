"""A model field holding some of the site's languages, chosen with checkboxes.

Stored as a JSON list of codes so it works alike on SQLite and PostgreSQL;
used by accredited journalists (news) and webhook endpoints (webhooks).
"""

from django import forms
from django.core.exceptions import ValidationError
from django.db import models
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _

from cms.translations.languages import language_codes, language_names


def language_choices():
    return list(language_names().items())


class LanguageListField(models.JSONField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", list)
        kwargs.setdefault("blank", True)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=language_choices,
            widget=forms.CheckboxSelectMultiple,
            required=not self.blank,
            label=capfirst(self.verbose_name),
            help_text=self.help_text,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        if not isinstance(value, list) or set(value) - set(language_codes()):
            raise ValidationError(_("Choose among the site's languages."))


def ordered_languages(codes):
    """`codes` in the site's order, unknown ones left out."""
    return [code for code in language_codes() if code in (codes or [])]

"""Accredited journalists: who Communications may brief before an embargo lifts."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.search import index

from cms.translations.fields import LanguageListField, ordered_languages


class AccreditedJournalist(index.Indexed, models.Model):
    """A journalist trusted with embargoed releases; each gets their own link."""

    name = models.CharField(_("name"), max_length=120, help_text=_("Full name."))
    outlet = models.CharField(
        _("outlet"),
        max_length=120,
        help_text=_("The newspaper, broadcaster or agency they write for."),
    )
    email = models.EmailField(
        _("email"), unique=True, help_text=_("Where their pre-briefings are sent.")
    )
    languages = LanguageListField(
        _("languages"),
        blank=False,
        help_text=_(
            "The languages they read, in the site's order: a pre-briefing goes "
            "out in the first of these that the release has."
        ),
    )
    active = models.BooleanField(
        _("accredited"),
        default=True,
        help_text=_("Untick to stop offering them new pre-briefings."),
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("outlet"),
        FieldPanel("email"),
        FieldPanel("languages"),
        FieldPanel("active"),
    ]
    search_fields = [
        index.SearchField("name"),
        index.SearchField("outlet"),
        index.AutocompleteField("name"),
    ]

    class Meta:
        verbose_name = _("accredited journalist")
        verbose_name_plural = _("accredited journalists")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.outlet})"

    def language_for(self, available):
        """Their first language among `available` codes, or None."""
        return next(
            (code for code in ordered_languages(self.languages) if code in available),
            None,
        )

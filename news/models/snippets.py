from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index


class MediaContact(TranslatableMixin, index.Indexed, models.Model):
    """Who journalists call about a release."""

    name = models.CharField(_("name"), max_length=120, help_text=_("Person or desk."))
    role = models.CharField(
        _("role"),
        max_length=120,
        blank=True,
        help_text=_("E.g. Head of communications."),
    )
    organisation = models.CharField(
        _("organisation"),
        max_length=120,
        blank=True,
        help_text=_("Who they speak for."),
    )
    email = models.EmailField(
        _("email"), blank=True, help_text=_("Direct press email.")
    )
    phone = models.CharField(
        _("phone"), max_length=40, blank=True, help_text=_("In international format.")
    )

    panels = [
        FieldPanel("name"),
        FieldPanel("role"),
        FieldPanel("organisation"),
        FieldPanel("email"),
        FieldPanel("phone"),
    ]
    # The chooser finds a contact by name or organisation as the editor types,
    # among the contacts of the edited page's language.
    search_fields = [
        index.SearchField("name"),
        index.SearchField("organisation"),
        index.AutocompleteField("name"),
        index.AutocompleteField("organisation"),
        index.FilterField("locale"),
    ]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("media contact")
        verbose_name_plural = _("media contacts")
        ordering = ["name"]

    def __str__(self):
        return f"{self.name} ({self.organisation})" if self.organisation else self.name

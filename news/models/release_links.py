"""The links of a release: involved partners, topics and media contacts."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.models import Orderable

from cms.choosers import PageLanguageChooser
from partners.models import PartnerPage


class ReleasePartner(Orderable):
    page = ParentalKey(
        "news.PressReleasePage", on_delete=models.CASCADE, related_name="partner_links"
    )
    partner = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("partner"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="release_links",
        help_text=_("A partner on whose behalf the release is published."),
    )

    panels = [
        FieldPanel("partner", widget=PageLanguageChooser(target_models=[PartnerPage]))
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("involved partner")
        verbose_name_plural = _("involved partners")


class ReleaseTopic(Orderable):
    page = ParentalKey(
        "news.PressReleasePage", on_delete=models.CASCADE, related_name="topic_links"
    )
    topic = models.ForeignKey(
        "cms.Topic",
        verbose_name=_("topic"),
        on_delete=models.CASCADE,
        related_name="release_links",
        help_text=_("A subject of the release."),
    )

    panels = [FieldPanel("topic")]

    class Meta(Orderable.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class ReleaseMediaContact(Orderable):
    page = ParentalKey(
        "news.PressReleasePage",
        on_delete=models.CASCADE,
        related_name="media_contact_links",
    )
    contact = models.ForeignKey(
        "news.MediaContact",
        verbose_name=_("media contact"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Who journalists should call about this release."),
    )

    panels = [FieldPanel("contact")]

    class Meta(Orderable.Meta):
        verbose_name = _("media contact")
        verbose_name_plural = _("media contacts")

"""Which group edits which partner, and where its media live."""

from django.contrib.auth.models import Group
from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.models import Collection


class PartnerAccess(models.Model):
    """One per partner (all its translations share the translation key)."""

    translation_key = models.UUIDField(unique=True, editable=False)
    group = models.OneToOneField(
        Group,
        verbose_name=_("editors group"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    collection = models.OneToOneField(
        Collection,
        verbose_name=_("media collection"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("partner access")
        verbose_name_plural = _("partner access")

    def __str__(self):
        return self.group.name

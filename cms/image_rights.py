"""Who made an image and under which licence: one row beside each Wagtail image.

Why a one-to-one model and not a custom image model (WAGTAILIMAGES_IMAGE_MODEL):
switching the image model on a live project means moving every foreign key,
the image ids inside StreamFields, renditions, collections and their
permissions. A row keyed on the image adds two fields without touching any of
that; Wagtail's own add and edit forms edit it through the form base
(cms/upload_forms.py), so the rights are set where the image is, once, and
every page that shows the image reads the same credit.
"""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.images import get_image_model_string

from cms.licences import licence_choices, licence_for


class ImageRights(models.Model):
    image = models.OneToOneField(
        get_image_model_string(),
        verbose_name=_("image"),
        on_delete=models.CASCADE,
        primary_key=True,
        related_name="rights",
    )
    credit = models.CharField(
        _("credit"),
        max_length=120,
        blank=True,
        help_text=_(
            "Photographer or maker, as it must be printed. "
            "Required for images in a press kit."
        ),
    )
    licence = models.CharField(
        _("licence"),
        max_length=20,
        blank=True,
        choices=licence_choices,
        help_text=_(
            "What journalists may do with the image. "
            "Required for images in a press kit."
        ),
    )

    class Meta:
        verbose_name = _("image rights")
        verbose_name_plural = _("image rights")

    def __str__(self):
        return f"{self.credit} · {self.licence}"

    @property
    def licence_terms(self):
        """The Licence (name, terms, URL), or None when none is set."""
        return licence_for(self.licence)

    @property
    def complete(self):
        return bool(self.credit and self.licence_terms)


def rights_of(image):
    """The image's rights, or None: an image without a row has none yet."""
    if image is None:
        return None
    try:
        return image.rights
    except ImageRights.DoesNotExist:
        return None


def image_credit(image):
    rights = rights_of(image)
    return rights.credit if rights is not None else ""


def image_licence(image):
    """The image's Licence, or None."""
    rights = rights_of(image)
    return rights.licence_terms if rights is not None else None


def set_rights(image, *, credit, licence):
    """Give `image` this credit and licence (empty strings clear them)."""
    rights, _created = ImageRights.objects.update_or_create(
        image=image, defaults={"credit": credit, "licence": licence}
    )
    # Later reads of `image.rights` see the new row, not a cached old one.
    image._state.fields_cache["rights"] = rights
    return rights

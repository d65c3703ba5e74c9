"""What an editor puts in a press kit: credited, licensed images and documents."""

from django.core.exceptions import ValidationError
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.images.blocks import ImageChooserBlock

from cms.blocks import DocumentBlock
from cms.image_rights import rights_of


def missing_rights_error(image):
    """What an editor reads when a kit image has no credit or licence."""
    return ValidationError(
        _(
            "The image “%(title)s” has no credit or licence. Edit the image "
            "(Images, then “%(title)s”, or %(url)s), fill in its credit and "
            "licence, save it, then save this page again."
        ),
        code="image_rights_missing",
        params={
            "title": image.title,
            "url": reverse("wagtailimages:edit", args=[image.pk]),
        },
    )


class PressKitImageBlock(blocks.StructBlock):
    """An image journalists may publish, under the image's own credit and licence.

    Credit and licence belong to the image (cms/image_rights.py), so a photo
    is credited the same in every kit and in the image library; a kit refuses
    an image that has not got both.
    """

    image = ImageChooserBlock(
        label=_("Image"),
        help_text=_("Its credit and licence, set on the image, are shown with it."),
    )
    caption = blocks.CharBlock(
        label=_("Caption"),
        required=False,
        max_length=250,
        help_text=_("What the image shows, as a newspaper would print it."),
    )
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_(
            "What the image shows, for screen readers. "
            "Empty: the image's own description."
        ),
    )

    class Meta:
        icon = "image"
        label = _("Press image")
        description = _("An image with caption, credit and licence, to download.")
        preview_value = {"caption": "The new cleanroom in Gosselies"}

    def clean(self, value):
        value = super().clean(value)
        image = value.get("image")
        if image is None or self.is_deferred_validation:
            # A draft may wait for its rights, as for other required fields.
            return value
        rights = rights_of(image)
        if rights is None or not rights.complete:
            raise StructBlockValidationError(
                block_errors={"image": missing_rights_error(image)}
            )
        return value


class PressKitBlock(blocks.StreamBlock):
    image = PressKitImageBlock()
    document = DocumentBlock()

    class Meta:
        label = _("Press kit")

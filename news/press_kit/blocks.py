"""What an editor puts in a press kit: credited, licensed images and documents."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from cms.blocks import DocumentBlock
from news.press_kit.licences import licence_choices


class PressKitImageBlock(blocks.StructBlock):
    """An image journalists may publish: who made it and under which licence.

    Credit and licence live here, on the kit item, rather than on the image:
    Wagtail's own image model stays as it is, and the same picture may be
    given under different terms in two kits.
    """

    image = ImageChooserBlock(label=_("Image"))
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
    credit = blocks.CharBlock(
        label=_("Credit"),
        max_length=120,
        help_text=_("Photographer or maker, as it must be printed."),
    )
    licence = blocks.ChoiceBlock(
        label=_("Licence"),
        choices=licence_choices,
        help_text=_("What journalists may do with the image."),
    )

    class Meta:
        icon = "image"
        label = _("Press image")
        description = _("An image with caption, credit and licence, to download.")
        preview_value = {
            "caption": "The new cleanroom in Gosselies",
            "credit": "Press office",
            "licence": "editorial",
        }


class PressKitBlock(blocks.StreamBlock):
    image = PressKitImageBlock()
    document = DocumentBlock()

    class Meta:
        label = _("Press kit")

"""The event's own blocks: keynote speakers and the day's programme."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock

from cms.blocks import BodyBlock


class SpeakerBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=120)
    affiliation = blocks.CharBlock(
        label=_("Affiliation"), required=False, max_length=160
    )
    photo = ImageChooserBlock(label=_("Photo"), required=False)
    talk_title = blocks.CharBlock(label=_("Talk title"), required=False, max_length=200)

    class Meta:
        icon = "user"
        template = "blocks/speaker_block.html"
        label = _("Keynote speaker")
        description = _("A keynote speaker with affiliation, photo and talk title.")
        preview_value = {
            "name": "Speaker name",
            "affiliation": "Ghent University",
            "talk_title": "From bench to bedside",
        }


class ProgrammeItemBlock(blocks.StructBlock):
    time = blocks.TimeBlock(label=_("Time"), required=False)
    title = blocks.CharBlock(label=_("Title"), max_length=200)
    description = blocks.TextBlock(label=_("Description"), required=False)

    class Meta:
        icon = "time"
        template = "blocks/programme_item_block.html"
        label = _("Programme item")
        description = _("One slot of the day: a time, a title, who and what.")
        preview_value = {"time": "09:30", "title": "Welcome and introduction"}


class ProgrammeBlock(BodyBlock):
    item = ProgrammeItemBlock()

    class Meta:
        label = _("Programme")

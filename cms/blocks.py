"""The one body block set every page type shares."""

from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.documents.blocks import DocumentChooserBlock
from wagtail.embeds.blocks import EmbedBlock
from wagtail.images.blocks import ImageChooserBlock

from cms.choosers import LanguagePageChooserBlock

RICH_TEXT_FEATURES = ["bold", "italic", "link", "ol", "ul", "superscript", "subscript"]


class HeadingBlock(blocks.StructBlock):
    text = blocks.CharBlock(label=_("Heading"), max_length=160)
    level = blocks.ChoiceBlock(
        label=_("Level"),
        choices=[("h2", _("Section heading")), ("h3", _("Subheading"))],
        default="h2",
    )

    class Meta:
        icon = "title"
        template = "blocks/heading_block.html"
        label = _("Heading")
        description = _("A section heading inside the text.")
        preview_value = {"text": "A strategic dialogue", "level": "h2"}


class CaptionedImageBlock(blocks.StructBlock):
    image = ImageChooserBlock(label=_("Image"))
    alt_text = blocks.CharBlock(
        label=_("Alternative text"),
        required=False,
        max_length=250,
        help_text=_(
            "What the image shows, for screen readers. "
            "Empty: the image's own description."
        ),
    )
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)
    credit = blocks.CharBlock(label=_("Credit"), required=False, max_length=120)

    class Meta:
        icon = "image"
        template = "blocks/image_block.html"
        label = _("Image")
        description = _("An image with caption and photo credit.")


class QuoteBlock(blocks.StructBlock):
    text = blocks.TextBlock(label=_("Quote"))
    speaker_name = blocks.CharBlock(label=_("Speaker"), max_length=120)
    speaker_role = blocks.CharBlock(label=_("Role"), required=False, max_length=160)
    organisation = LanguagePageChooserBlock(
        label=_("Organisation"),
        page_type="partners.PartnerPage",
        required=False,
        help_text=_("The partner the speaker belongs to; linked on the page."),
    )

    class Meta:
        icon = "openquote"
        template = "blocks/quote_block.html"
        label = _("Quote")
        description = _("A spokesperson's quote with name, role and organisation.")
        preview_value = {
            "text": "By joining forces, we amplify our impact.",
            "speaker_name": "Sabrina Ena",
            "speaker_role": "CEO, EU Biotech Campus",
        }


class KeyFigureBlock(blocks.StructBlock):
    value = blocks.CharBlock(label=_("Value"), max_length=40)
    label = blocks.CharBlock(label=_("Label"), max_length=120)

    class Meta:
        icon = "pick"
        label = _("Key figure")
        preview_value = {"value": "5,500 m²", "label": "of training space"}


class KeyFiguresBlock(blocks.ListBlock):
    def __init__(self, **kwargs):
        super().__init__(KeyFigureBlock(), **kwargs)

    class Meta:
        icon = "table"
        template = "blocks/key_figures_block.html"
        label = _("Key figures")
        description = _("Two to four figures that tell the story at a glance.")
        preview_value = [
            {"value": "5,500 m²", "label": "of training space"},
            {"value": "2,400", "label": "direct jobs in three years"},
        ]


class VideoBlock(blocks.StructBlock):
    video = EmbedBlock(label=_("Video URL"), help_text=_("A YouTube or Vimeo link."))
    caption = blocks.CharBlock(label=_("Caption"), required=False, max_length=250)

    class Meta:
        icon = "media"
        template = "blocks/video_block.html"
        label = _("Video")
        description = _("An embedded video from a video platform.")


class CallToActionBlock(blocks.StructBlock):
    heading = blocks.CharBlock(label=_("Heading"), max_length=120)
    text = blocks.TextBlock(label=_("Text"), required=False)
    link_label = blocks.CharBlock(label=_("Button label"), max_length=60)
    link_page = LanguagePageChooserBlock(label=_("Page"), required=False)
    link_url = blocks.URLBlock(
        label=_("Web address"),
        required=False,
        help_text=_("Used when no page is chosen."),
    )

    class Meta:
        icon = "link"
        template = "blocks/call_to_action_block.html"
        label = _("Call to action")
        description = _(
            "A highlighted box with a button: register, read more, contact."
        )
        preview_value = {
            "heading": "Join the programme",
            "text": "Training paths for biotech talent.",
            "link_label": "Read more",
            "link_url": "https://example.org",
        }

    def clean(self, value):
        value = super().clean(value)
        if not value.get("link_page") and not value.get("link_url"):
            raise blocks.StructBlockValidationError(
                block_errors={"link_url": [_("Choose a page or enter a web address.")]}
            )
        return value


class DocumentBlock(blocks.StructBlock):
    document = DocumentChooserBlock(label=_("Document"))
    label = blocks.CharBlock(
        label=_("Label"),
        required=False,
        max_length=120,
        help_text=_("Empty: the title."),
    )

    class Meta:
        icon = "doc-full"
        template = "blocks/document_block.html"
        label = _("Document download")
        description = _("A file to download, with its type and size shown.")


class BodyBlock(blocks.StreamBlock):
    paragraph = blocks.RichTextBlock(
        label=_("Paragraph"),
        features=RICH_TEXT_FEATURES,
        template="blocks/paragraph_block.html",
        icon="pilcrow",
        description=_("Text with bold, italic, links and lists."),
        preview_value="<p>The two partners start a strategic dialogue.</p>",
    )
    heading = HeadingBlock()
    image = CaptionedImageBlock()
    quote = QuoteBlock()
    key_figures = KeyFiguresBlock()
    video = VideoBlock()
    call_to_action = CallToActionBlock()
    document = DocumentBlock()

    class Meta:
        label = _("Body")

"""The demo release's and event's press kits, filled once and then left alone.

Each image carries its own credit and licence (cms/image_rights.py).
"""

from io import BytesIO

from django.core.files.base import ContentFile
from PIL import Image as PillowImage
from PIL import ImageDraw
from wagtail.documents import get_document_model

from cms.demo.builders.pages import publish
from cms.demo.content.press_kits import PRESS_KITS
from cms.demo.images import demo_image


def _fact_sheet(data):
    """A one-page PDF (drawn by Pillow) named `data["title"]`, made once."""
    documents = get_document_model()
    existing = documents.objects.filter(title=data["title"]).first()
    if existing is not None:
        return existing
    page = PillowImage.new("RGB", (1240, 1754), "white")
    draw = ImageDraw.Draw(page)
    for number, line in enumerate(data["lines"]):
        draw.text((120, 160 + number * 60), line, fill="#16425b", font_size=40)
    buffer = BytesIO()
    page.save(buffer, format="PDF", resolution=150)
    document = documents(title=data["title"])
    document.file.save("fact-sheet.pdf", ContentFile(buffer.getvalue()), save=False)
    document.save()
    return document


def _kit(data, code):
    blocks = []
    for image in data["images"]:
        stored = demo_image(
            image["title"],
            image["text"],
            image["background"],
            image["foreground"],
            description=image["caption"]["en"],
            image_format=image["format"],
            credit=image["credit"],
            licence=image["licence"],
        )
        blocks.append(
            (
                "image",
                {
                    "image": stored,
                    "caption": image["caption"][code],
                    "alt_text": "",
                },
            )
        )
    if data["document"]:
        blocks.append(
            (
                "document",
                {
                    "document": _fact_sheet(data["document"]),
                    "label": data["document"]["label"][code],
                },
            )
        )
    return blocks


def ensure_press_kits(pages):
    """`pages`: {key: {code: page}}; a kit is added only where there is none."""
    for key, data in PRESS_KITS.items():
        for code, page in pages.get(key, {}).items():
            if page.press_kit:
                continue
            page.press_kit = _kit(data, code)
            publish(page)

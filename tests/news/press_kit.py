"""Press kits to test with, and readers of what a kit download holds.

The readers are independent of the code that writes: Python's `zipfile`,
Pillow's XMP reader (defusedxml) and Pillow's IPTC reader.
"""

import io
import zipfile

from PIL import Image as PillowImage
from PIL import IptcImagePlugin

from cms.image_rights import set_rights
from tests.cms.factories import DocumentFactory, ImageFactory

CREDIT = "Hélène Dupré / Campus"
CAPTION = "La salle blanche de Gosselies"
# A document larger than one chunk of the stream (64 KB), so it arrives in pieces.
DOCUMENT_BYTES = b"%PDF-1.4 fact sheet\n" + bytes(range(256)) * 1200


def kit_media():
    """A JPEG photo, a PNG diagram and a PDF fact sheet; the images with rights."""
    photo = ImageFactory(title="Cleanroom photo")  # JPEG, 320 × 180
    diagram = ImageFactory(
        title="Process diagram",
        file__format="PNG",
        file__filename="diagram.png",
        file__width=200,
        file__height=120,
        file__color="navy",
    )
    set_rights(photo, credit=CREDIT, licence="cc-by-4.0")
    set_rights(diagram, credit="Press office", licence="editorial")
    document = DocumentFactory(
        title="Fact sheet",
        file__filename="fact-sheet.pdf",
        file__data=DOCUMENT_BYTES,
    )
    return {"photo": photo, "diagram": diagram, "document": document}


def press_kit(media):
    return [
        (
            "image",
            {
                "image": media["photo"],
                "caption": CAPTION,
                "alt_text": "",
            },
        ),
        (
            "image",
            {
                "image": media["diagram"],
                "caption": "",
                "alt_text": "A diagram",
            },
        ),
        ("document", {"document": media["document"], "label": ""}),
    ]


def body(response):
    if response.streaming:
        return b"".join(response.streaming_content)
    return response.content


def open_zip(response):
    return zipfile.ZipFile(io.BytesIO(body(response)))


def read_rights(data):
    """(xmp description, iptc) of an image file, as other software reads them."""
    image = PillowImage.open(io.BytesIO(data))
    xmp = image.getxmp()
    description = xmp["xmpmeta"]["RDF"]["Description"]
    iptc = IptcImagePlugin.getiptcinfo(image) or {}
    return description, iptc


def alt_texts(value):
    """{language: text} of an XMP language alternative."""
    items = value["Alt"]["li"]
    items = items if isinstance(items, list) else [items]
    return {item["lang"]: item["text"] for item in items}


def pixels(data):
    with PillowImage.open(io.BytesIO(data)) as image:
        return image.convert("RGB").tobytes()

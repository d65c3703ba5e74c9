"""Hostile uploads get a form error on every upload route, and leave nothing behind.

Each case goes over HTTP, as a member of Communications, through each of
Wagtail's upload routes: add, multiple add (the AJAX uploader) and its
"create from the uploaded file" step, the chooser's upload tab, and replacing
the file of an existing image or document.
"""

import html
import io
import json
import struct
import zipfile
import zlib

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from PIL import Image as PILImage
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Collection, UploadedFile
from wagtail.users.models import UserProfile

from cms.uploads import DOCUMENT_RULES
from partners.permissions import communications_group, setup_roles
from tests.cms.factories import ImageFactory

Image = get_image_model()
Document = get_document_model()

DAMAGED = "This image file is damaged or incomplete."
BOMB = "This image declares far more pixels than the 50 megapixels"
NOT_PDF = "This is not a real .pdf file: its content does not match its extension."


# Files ---------------------------------------------------------------------


def png_chunk(kind, data):
    crc = zlib.crc32(kind + data) & 0xFFFFFFFF
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)


def declared_png(width, height, rows=200):
    """A small PNG whose header declares `width` × `height` grey pixels."""
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    pixels = zlib.compress(b"\x00" * (width + 1) * rows, 9)
    return (
        b"\x89PNG\r\n\x1a\n"
        + png_chunk(b"IHDR", header)
        + png_chunk(b"IDAT", pixels)
        + png_chunk(b"IEND", b"")
    )


def encoded(width, height, image_format="JPEG", **options):
    image = PILImage.linear_gradient("L").resize((width, height)).convert("RGB")
    out = io.BytesIO()
    image.save(out, image_format, **options)
    return out.getvalue()


def truncated(data):
    """The first half of a file: a valid header, then the pixels stop."""
    return data[: len(data) // 2]


def jpeg_declaring(width, height):
    """A real small JPEG whose frame header is rewritten to `width` × `height`."""
    data = bytearray(encoded(64, 48))
    sof = data.index(b"\xff\xc0")
    struct.pack_into(">HH", data, sof + 5, height, width)
    return bytes(data)


def ooxml(parts):
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        for name in parts:
            archive.writestr(name, "<?xml version='1.0'?><x/>")
    return out.getvalue()


DOCX = ooxml(["[Content_Types].xml", "_rels/.rels", "word/document.xml"])
PLAIN_ZIP = ooxml(["notes.xml", "more/notes.xml"])
EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + b"\x00" * 200
HTML = b"<!DOCTYPE html><html><body><script>alert(1)</script></body></html>"


# Fixtures ------------------------------------------------------------------


@pytest.fixture
def media_root(tmp_path, settings):
    settings.MEDIA_ROOT = str(tmp_path / "media")
    (tmp_path / "media").mkdir()
    return tmp_path / "media"


@pytest.fixture
def comms_client(site_tree, client, media_root):
    setup_roles()
    user = get_user_model().objects.create_user("comms", "comms@example.org")
    user.groups.add(communications_group())
    client.force_login(user)
    client.raise_request_exception = False
    return client


@pytest.fixture(autouse=True)
def forget_renditions():
    """Image ids are reused after a rollback: a cached rendition would be stale."""
    Image.get_rendition_model().cache_backend.clear()


@pytest.fixture
def root_collection(site_tree):
    return Collection.get_first_root_node()


def stored_files(media_root):
    return sorted(str(p) for p in media_root.rglob("*") if p.is_file())


def strings(value):
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from strings(item)
    elif isinstance(value, list):
        for item in value:
            yield from strings(item)


def text_of(response):
    """The response's text, HTML unescaped; for JSON, every string in it."""
    body = response.content.decode()
    if response["Content-Type"].startswith("application/json"):
        body = "\n".join(strings(json.loads(body)))
    return html.unescape(body)


def upload(name, data):
    return SimpleUploadedFile(name, data, content_type="application/octet-stream")


# Routes: each posts one file and returns the response -------------------------


def image_add(client, collection, name, data):
    return client.post(
        reverse("wagtailimages:add"),
        {"title": "Upload", "collection": collection.pk, "file": upload(name, data)},
    )


def image_multiple_add(client, collection, name, data):
    return client.post(
        reverse("wagtailimages:add_multiple"),
        {"collection": collection.pk, "files[]": upload(name, data)},
    )


def chooser_fields(prefix, collection, name, data):
    return {
        f"{prefix}-title": "Upload",
        f"{prefix}-collection": collection.pk,
        f"{prefix}-file": upload(name, data),
    }


def image_chooser(client, collection, name, data):
    fields = chooser_fields("image-chooser-upload", collection, name, data)
    return client.post(reverse("wagtailimages_chooser:create"), fields)


def image_replace(client, collection, name, data):
    image = Image.objects.get(title="Existing photo")
    return client.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        {"title": image.title, "collection": collection.pk, "file": upload(name, data)},
    )


def document_add(client, collection, name, data):
    return client.post(
        reverse("wagtaildocs:add"),
        {"title": "Upload", "collection": collection.pk, "file": upload(name, data)},
    )


def document_multiple_add(client, collection, name, data):
    return client.post(
        reverse("wagtaildocs:add_multiple"),
        {"collection": collection.pk, "files[]": upload(name, data)},
    )


def document_chooser(client, collection, name, data):
    fields = chooser_fields("document-chooser-upload", collection, name, data)
    return client.post(reverse("wagtaildocs_chooser:create"), fields)


def document_replace(client, collection, name, data):
    document = Document.objects.get(title="Existing kit")
    return client.post(
        reverse("wagtaildocs:edit", args=[document.pk]),
        {
            "title": document.title,
            "collection": collection.pk,
            "file": upload(name, data),
        },
    )


IMAGE_ROUTES = [image_add, image_multiple_add, image_chooser, image_replace]
DOCUMENT_ROUTES = [
    document_add,
    document_multiple_add,
    document_chooser,
    document_replace,
]

BAD_IMAGES = {
    "bomb": ("poster.png", declared_png(30000, 30000), BOMB),
    "jpeg declaring 60 MP": (
        "photo.jpg",
        jpeg_declaring(10000, 6000),
        "This image has 60 megapixels (10000 × 6000). JPEG images may have at "
        "most 50 megapixels.",
    ),
    "png of 12 MP": (
        "chart.png",
        declared_png(4000, 3000),
        "This image has 12 megapixels (4000 × 3000). PNG images may have at "
        "most 6.5 megapixels.",
    ),
    "truncated jpeg": ("photo.jpg", truncated(encoded(800, 600)), DAMAGED),
    "truncated png": ("chart.png", truncated(encoded(800, 600, "PNG")), DAMAGED),
    "png named jpg": (
        "photo.jpg",
        encoded(80, 60, "PNG"),
        "This is not a real .jpg file: its content does not match its extension.",
    ),
}


@pytest.fixture
def existing(comms_client, root_collection, media_root):
    """An image and a document already in the library, to replace the file of.

    Their edit pages are opened once first: the image's preview renditions are
    not what the tests look for.
    """
    image = ImageFactory(title="Existing photo")
    document = Document.objects.create(
        title="Existing kit",
        file=SimpleUploadedFile("kit.pdf", b"%PDF-1.4\n%%EOF\n"),
        collection=root_collection,
    )
    comms_client.get(reverse("wagtailimages:edit", args=[image.pk]))
    comms_client.get(reverse("wagtaildocs:edit", args=[document.pk]))
    return {"image": image, "document": document, "files": stored_files(media_root)}


@pytest.mark.django_db
@pytest.mark.parametrize("route", IMAGE_ROUTES, ids=lambda r: r.__name__)
@pytest.mark.parametrize("case", BAD_IMAGES, ids=str)
def test_bad_image_gets_a_form_error_and_leaves_nothing(
    comms_client, root_collection, existing, media_root, route, case
):
    name, data, message = BAD_IMAGES[case]
    images, uploads = Image.objects.count(), UploadedFile.objects.count()

    response = route(comms_client, root_collection, name, data)

    assert response.status_code in (200, 400)
    assert message in text_of(response)
    assert Image.objects.count() == images
    assert UploadedFile.objects.count() == uploads
    assert stored_files(media_root) == existing["files"]
    replaced = Image.objects.get(pk=existing["image"].pk)
    assert replaced.file.name == existing["image"].file.name


@pytest.mark.django_db
def test_bomb_with_another_invalid_field_is_not_kept_for_later(
    comms_client, root_collection, existing, media_root
):
    """The multiple uploader keeps a file whose other fields fail: not a bomb."""
    response = comms_client.post(
        reverse("wagtailimages:add_multiple"),
        {
            "collection": root_collection.pk,
            "title": "x" * 300,
            "files[]": upload("poster.png", declared_png(30000, 30000)),
        },
    )
    assert response.status_code == 200
    assert BOMB in text_of(response)
    assert not UploadedFile.objects.exists()
    assert stored_files(media_root) == existing["files"]


@pytest.mark.django_db
def test_large_photo_kept_for_later_is_stored_reduced(
    comms_client, root_collection, media_root
):
    """Title too long: the uploader keeps the file, then creates the image from it."""
    response = comms_client.post(
        reverse("wagtailimages:add_multiple"),
        {
            "collection": root_collection.pk,
            "title": "x" * 300,
            "files[]": upload("press-photo.jpg", encoded(3000, 2000, quality=85)),
        },
    )
    assert response.status_code == 200
    upload_id = json.loads(response.content)["uploaded_file_id"]
    response = comms_client.post(
        reverse("wagtailimages:create_multiple_from_uploaded_image", args=[upload_id]),
        {
            f"uploaded-image-{upload_id}-title": "Press photo",
            f"uploaded-image-{upload_id}-collection": root_collection.pk,
        },
    )
    assert json.loads(response.content)["success"] is True
    image = Image.objects.get(title="Press photo")
    assert (image.width, image.height) == (2121, 1414)
    with image.open_file() as stored, PILImage.open(stored) as picture:
        assert picture.size == (2121, 1414)


@pytest.mark.django_db
@pytest.mark.parametrize(
    "size, stored",
    [
        # 6 MP: reduced to 3 MP, decoded whole.
        ((3000, 2000), (2121, 1414)),
        # 12 MP: decoded at half size, which is already 3 MP.
        ((4000, 3000), (2000, 1500)),
        # Small enough: kept as sent.
        ((1600, 900), (1600, 900)),
    ],
)
def test_photos_are_stored_at_most_three_megapixels(
    comms_client, root_collection, size, stored
):
    response = image_add(
        comms_client, root_collection, "press-photo.jpg", encoded(*size, quality=85)
    )
    assert response.status_code == 302
    image = Image.objects.get(title="Upload")
    assert (image.width, image.height) == stored
    assert image.renditions.filter(filter_spec="fill-640x360").exists()


@pytest.mark.django_db
def test_reduced_photo_keeps_its_orientation(comms_client, root_collection):
    """A portrait photo, stored sideways with an EXIF rotation, stays upright."""
    exif = PILImage.Exif()
    exif[0x0112] = 6  # rotate 90° clockwise to display
    data = encoded(3000, 2000, quality=85, exif=exif)
    response = image_add(comms_client, root_collection, "portrait.jpg", data)
    assert response.status_code == 302
    image = Image.objects.get(title="Upload")
    assert (image.width, image.height) == (1414, 2121)
    with image.open_file() as stored, PILImage.open(stored) as picture:
        assert picture.getexif().get(0x0112) in (None, 1)


@pytest.mark.django_db
def test_a_good_image_is_accepted_on_the_multiple_uploader(
    comms_client, root_collection
):
    response = image_multiple_add(
        comms_client, root_collection, "logo.png", encoded(480, 200, "PNG")
    )
    assert json.loads(response.content)["success"] is True
    assert Image.objects.filter(title="logo.png").exists()


# Documents -------------------------------------------------------------------

BAD_DOCUMENTS = {
    "exe as pdf": ("report.pdf", EXE, NOT_PDF),
    "html as pdf": ("report.pdf", HTML, NOT_PDF),
    "zip as docx": (
        "report.docx",
        PLAIN_ZIP,
        "This is not a real .docx file: its content does not match its extension.",
    ),
    "exe as zip": (
        "photos.zip",
        EXE,
        "This is not a real .zip file: its content does not match its extension.",
    ),
    "binary as csv": (
        "figures.csv",
        b"year;count\n2025;\x00\x01\x02\x03",
        "This .csv file is not plain text.",
    ),
    "png as txt": (
        "notes.txt",
        encoded(40, 40, "PNG"),
        "This .txt file is not plain text.",
    ),
    "bomb as png": ("logo.png", declared_png(30000, 30000), BOMB),
    "truncated jpeg": ("photo.jpg", truncated(encoded(800, 600)), DAMAGED),
}


@pytest.mark.django_db
@pytest.mark.parametrize("route", DOCUMENT_ROUTES, ids=lambda r: r.__name__)
@pytest.mark.parametrize("case", BAD_DOCUMENTS, ids=str)
def test_disguised_document_gets_a_form_error_and_leaves_nothing(
    comms_client, root_collection, existing, media_root, route, case
):
    name, data, message = BAD_DOCUMENTS[case]
    documents, uploads = Document.objects.count(), UploadedFile.objects.count()

    response = route(comms_client, root_collection, name, data)

    assert response.status_code in (200, 400)
    assert message in text_of(response)
    assert Document.objects.count() == documents
    assert UploadedFile.objects.count() == uploads
    assert stored_files(media_root) == existing["files"]
    kept = Document.objects.get(pk=existing["document"].pk)
    assert kept.file.name == existing["document"].file.name


@pytest.fixture
def sixty_megabytes(tmp_path):
    """A 60 MB PDF-looking file on disk, made for the test, never committed."""
    path = tmp_path / "annual-report.pdf"
    with path.open("wb") as out:
        out.write(b"%PDF-1.7\n")
        out.truncate(60 * 1024 * 1024)
    return path


@pytest.mark.django_db
@pytest.mark.parametrize("route", DOCUMENT_ROUTES, ids=lambda r: r.__name__)
def test_document_over_the_size_limit_is_refused(
    comms_client, root_collection, existing, media_root, sixty_megabytes, route
):
    documents = Document.objects.count()
    response = route(
        comms_client,
        root_collection,
        sixty_megabytes.name,
        sixty_megabytes.read_bytes(),
    )
    assert response.status_code in (200, 400)
    too_big = "This file is too big (60.0\xa0MB). Maximum filesize 50.0\xa0MB."
    assert too_big in text_of(response)
    assert Document.objects.count() == documents
    assert stored_files(media_root) == existing["files"]


GOOD_DOCUMENTS = {
    "pdf": ("report.pdf", b"%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n"),
    "docx": ("report.docx", DOCX),
    "xlsx": ("figures.xlsx", ooxml(["[Content_Types].xml", "xl/workbook.xml"])),
    "zip": ("photos.zip", PLAIN_ZIP),
    "utf-8 csv": ("figures.csv", "ville;nombre\nLiège;3\n".encode()),
    "windows csv": ("figures.csv", "ville;nombre\nLiège;3\n".encode("cp1252")),
    "png": ("logo.png", encoded(120, 80, "PNG")),
}


@pytest.mark.django_db
@pytest.mark.parametrize("case", GOOD_DOCUMENTS, ids=str)
def test_real_documents_are_accepted(comms_client, root_collection, case):
    name, data = GOOD_DOCUMENTS[case]
    response = document_add(comms_client, root_collection, name, data)
    assert response.status_code == 302, text_of(response)[:2000]
    assert Document.objects.filter(title="Upload").exists()


def test_every_allowed_document_extension_has_a_content_rule():
    assert set(settings.WAGTAILDOCS_EXTENSIONS) <= set(DOCUMENT_RULES)


@pytest.mark.django_db
def test_messages_are_translated(comms_client, root_collection):
    profile = UserProfile.get_for_user(get_user_model().objects.get(username="comms"))
    profile.preferred_language = "fr"
    profile.save()
    response = document_add(comms_client, root_collection, "report.pdf", EXE)
    assert "Ce n'est pas un vrai fichier .pdf" in text_of(response)

"""What an uploaded image or document must be before the newsroom stores it.

Wagtail's own upload fields check the extension, the byte size and the pixel
count, but they decode the whole image to read its size, let Pillow's
decompression-bomb and truncated-file errors escape as server errors, and take
a document's extension on trust. The rules here run first, on every upload
route (add, multiple add, chooser upload, replace file), through the form
bases in cms/upload_forms.py.

Images: a worker never decodes more than IMAGE_DECODE_MAX_PIXELS at once
(JPEG is decoded at 1/2, 1/4 or 1/8 scale to stay below it) and stores at most
IMAGE_STORED_MAX_PIXELS, so that making every rendition the site uses keeps a
worker under its memory budget (docs/deployment.md, "Images").

Documents: the content must be what the extension says, checked with
`filetype` (pure Python, already installed with Wagtail) and, for ZIP-based
Office formats, with the ZIP's own table of contents.
"""

import codecs
import math
import os
import re
import warnings
import zipfile

import filetype
from django.conf import settings
from django.core.exceptions import ValidationError
from django.utils.formats import number_format
from django.utils.translation import gettext_lazy as _
from PIL import Image as PILImage
from PIL import ImageOps

# The Pillow parsers an upload may reach, by the extensions they answer to.
IMAGE_FORMATS = {
    "JPEG": ("jpg", "jpeg"),
    "PNG": ("png",),
    "GIF": ("gif",),
    "WEBP": ("webp",),
    "AVIF": ("avif",),
}
# Pillow's parsers an upload may reach; MPO is a camera's multi-picture JPEG.
PARSERS = [*IMAGE_FORMATS, "MPO"]
# Formats a large still image is reduced in; others must be small enough as sent.
REDUCIBLE = {"JPEG", "PNG", "WEBP"}
SAVE_OPTIONS = {"JPEG": {"quality": 90}, "WEBP": {"quality": 90}, "PNG": {}}
# Text files hold tabs, line and page breaks, and no other C0 control.
CONTROL_CHARACTERS = re.compile("[\x00-\x08\x0b\x0e-\x1f\x7f]")
# Output rows resized at a time (see resized()).
RESIZE_BAND = 128

MESSAGES = {
    "too_many_pixels": _(
        "This image has %(pixels)s megapixels (%(width)s × %(height)s). "
        "%(format)s images may have at most %(limit)s megapixels."
    ),
    "far_too_many_pixels": _(
        "This image declares far more pixels than the %(limit)s megapixels "
        "an image may have."
    ),
    "animated_too_large": _(
        "This animated image has %(pixels)s megapixels per frame; animations "
        "may have at most %(limit)s megapixels."
    ),
    "damaged_image": _(
        "This image file is damaged or incomplete. Export it again and upload "
        "the new file."
    ),
    "not_that_format": _(
        "This is not a real .%(extension)s file: its content does not match "
        "its extension."
    ),
    "not_text": _("This .%(extension)s file is not plain text."),
}


def error(code, **params):
    return ValidationError(MESSAGES[code], code=code, params=params)


def megapixels(pixels):
    """24, 6.5 or 0.3, with the reader's decimal separator."""
    tenths = math.floor(pixels / 100_000)
    return number_format(tenths / 10, 0 if tenths % 10 == 0 else 1)


def extension_of(name):
    return os.path.splitext(name or "")[1].lower().lstrip(".")


def limits():
    return (
        settings.WAGTAILIMAGES_MAX_IMAGE_PIXELS,
        settings.IMAGE_DECODE_MAX_PIXELS,
        settings.IMAGE_STORED_MAX_PIXELS,
    )


def open_image(upload):
    """The image's header, read without decoding any pixel."""
    upload.seek(0)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore", PILImage.DecompressionBombWarning)
            return PILImage.open(upload, formats=PARSERS)
    except PILImage.DecompressionBombError as exc:
        raise error("far_too_many_pixels", limit=megapixels(limits()[0])) from exc
    except PILImage.UnidentifiedImageError as exc:
        raise error("not_that_format", extension=extension_of(upload.name)) from exc
    except Exception as exc:  # any parser failure is a bad upload
        raise error("damaged_image") from exc


def format_of(image):
    """JPEG for a camera's multi-picture JPEG too: its extra pictures are previews."""
    return "JPEG" if image.format == "MPO" else image.format


def frames_of(image):
    return 1 if image.format == "MPO" else getattr(image, "n_frames", 1)


def check_pixels(image):
    """Refuse an image a worker could not decode and reduce within its budget."""
    most, decoded, stored = limits()
    width, height = image.size
    pixels = width * height
    name = format_of(image)
    facts = {"pixels": megapixels(pixels), "width": width, "height": height}
    if pixels * frames_of(image) > most:
        raise error("too_many_pixels", format=name, limit=megapixels(most), **facts)
    if frames_of(image) > 1 and pixels > stored:
        raise error("animated_too_large", limit=megapixels(stored), **facts)
    if name not in REDUCIBLE and pixels > stored:
        raise error("too_many_pixels", format=name, limit=megapixels(stored), **facts)
    if name != "JPEG" and pixels > decoded:
        raise error("too_many_pixels", format=name, limit=megapixels(decoded), **facts)


def decode(image):
    """Decode every frame: a truncated or corrupt file fails here, not later.

    A JPEG is decoded at the smallest of 1, 1/2, 1/4 or 1/8 scale that keeps
    it within IMAGE_DECODE_MAX_PIXELS.
    """
    scale = 1
    if format_of(image) == "JPEG":
        while image.width * image.height / scale**2 > limits()[1] and scale < 8:
            scale *= 2
    try:
        if scale > 1:
            image.draft(None, (image.width // scale, image.height // scale))
        for frame in range(frames_of(image)):
            image.seek(frame)
            image.load()
    except Exception as exc:  # decoders raise many kinds
        raise error("damaged_image") from exc


def fitted_size(size, pixels):
    width, height = size
    if width * height <= pixels:
        return size
    factor = math.sqrt(pixels / (width * height))
    return max(1, math.floor(width * factor)), max(1, math.floor(height * factor))


def resized(image, size):
    """`image` resized a band of rows at a time, from a crop of the rows it needs.

    The same pixels as one whole-image resize (each band's crop reaches past
    Lanczos's support), without the whole-image copies that resize makes
    (a premultiplied copy for RGBA, a half-resized one for every mode).
    """
    if image.mode not in ("RGB", "RGBA", "L", "LA", "CMYK"):
        image = image.convert("RGBA" if "transparency" in image.info else "RGB")
    if image.size == size:
        return image
    width, height = size
    out = PILImage.new(image.mode, size)
    step = image.height / height
    margin = math.ceil(3 * step) + 1
    for top in range(0, height, RESIZE_BAND):
        bottom = min(height, top + RESIZE_BAND)
        start, end = top * step, bottom * step
        first = max(0, math.floor(start) - margin)
        last = min(image.height, math.ceil(end) + margin)
        rows = image.crop((0, first, image.width, last))
        box = (0, start - first, image.width, end - first)
        band = rows.resize((width, bottom - top), PILImage.Resampling.LANCZOS, box=box)
        out.paste(band, (0, top))
    out.info = dict(image.info)
    return out


def rewrite(upload, image, image_format):
    """Replace the upload's bytes, in place, with `image`.

    In place, because Wagtail's multiple uploader may keep the request's file
    object itself (as an UploadedFile) when another field is invalid.
    """
    ImageOps.exif_transpose(image, in_place=True)
    options = dict(SAVE_OPTIONS[image_format])
    for key in ("icc_profile", "exif", "xmp"):
        if image.info.get(key):
            options[key] = image.info[key]
    upload.seek(0)
    upload.truncate()
    image.save(upload, image_format, **options)
    upload.flush()
    upload.seek(0, os.SEEK_END)
    upload.size = upload.tell()


def check_image(upload, reduce=True):
    """Refuse a bomb, a damaged file, a disguised one or too many pixels.

    Raises ValidationError with a translated message. With `reduce`, an image
    above IMAGE_STORED_MAX_PIXELS has its bytes replaced by a reduced copy.
    """
    extension = extension_of(upload.name)
    if not any(extension in exts for exts in IMAGE_FORMATS.values()):
        return  # Wagtail refuses the extension itself.
    image = open_image(upload)
    try:
        if extension not in IMAGE_FORMATS[format_of(image)]:
            raise error("not_that_format", extension=extension)
        check_pixels(image)
        declared = image.size
        decode(image)
        stored = limits()[2]
        if reduce and fitted_size(declared, stored) != declared:
            smaller = resized(image, fitted_size(image.size, stored))
            rewrite(upload, smaller, format_of(image))
    finally:
        # Not image.close(): that would close the upload itself.
        upload.seek(0)


def zip_names(upload):
    upload.seek(0)
    try:
        with zipfile.ZipFile(upload) as archive:
            return set(archive.namelist())
    except (zipfile.BadZipFile, OSError, ValueError):
        return None


def ooxml(part):
    """An Office Open XML package: a ZIP with its content types and main part."""

    def matches(upload, kind):
        names = zip_names(upload)
        return names is not None and {"[Content_Types].xml", part} <= names

    return matches


def odf(mimetype):
    def matches(upload, kind):
        names = zip_names(upload)
        return kind == mimetype and names is not None and "content.xml" in names

    return matches


def any_zip(upload, kind):
    return zip_names(upload) is not None


def mime(*expected):
    return lambda upload, kind: kind in expected


def image_document(*expected):
    def matches(upload, kind):
        if kind not in expected:
            return False
        check_image(upload, reduce=False)
        return True

    return matches


def plain_text(upload, kind):
    """No binary signature, no control bytes, and UTF-8, Windows-1252 or UTF-16."""
    if kind is not None:
        return False
    upload.seek(0)
    utf16 = upload.read(2) in (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
    encodings = ["utf-16"] if utf16 else ["utf-8-sig", "cp1252"]
    return any(decodes_as_text(upload, encoding) for encoding in encodings)


def decodes_as_text(upload, encoding):
    decoder = codecs.getincrementaldecoder(encoding)()
    upload.seek(0)
    try:
        for chunk in iter(lambda: upload.read(1 << 20), b""):
            if CONTROL_CHARACTERS.search(decoder.decode(chunk)):
                return False
        decoder.decode(b"", final=True)
    except UnicodeDecodeError:
        return False
    return True


# What a document's content must be, by extension. Every entry of
# WAGTAILDOCS_EXTENSIONS has one (tests/cms/test_uploads.py checks).
DOCUMENT_RULES = {
    "pdf": mime("application/pdf"),
    "docx": ooxml("word/document.xml"),
    "xlsx": ooxml("xl/workbook.xml"),
    "pptx": ooxml("ppt/presentation.xml"),
    "odt": odf("application/vnd.oasis.opendocument.text"),
    "zip": any_zip,
    "jpg": image_document("image/jpeg"),
    "jpeg": image_document("image/jpeg"),
    "png": image_document("image/png"),
    "gif": image_document("image/gif"),
    "webp": image_document("image/webp"),
    "txt": plain_text,
    "csv": plain_text,
}


def check_document(upload):
    """Refuse a document whose content is not what its extension says."""
    extension = extension_of(upload.name)
    rule = DOCUMENT_RULES.get(extension)
    if rule is None:
        return  # Wagtail refuses extensions outside WAGTAILDOCS_EXTENSIONS.
    upload.seek(0)
    guess = filetype.guess(upload)
    kind = guess.mime if guess else None
    try:
        if not rule(upload, kind):
            code = "not_text" if rule is plain_text else "not_that_format"
            raise error(code, extension=extension)
    finally:
        upload.seek(0)

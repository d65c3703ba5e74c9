"""The files of a press kit, and the whole kit as one ZIP streamed as it is written.

The ZIP is written by the standard library's `zipfile` into a pipe that the
response drains after every chunk: memory holds one image (at most the
stored original, IMAGE_STORED_MAX_PIXELS) or one 64 KB piece of a document,
whatever the size of the kit.
"""

import io
import logging
import posixpath
import zipfile
from dataclasses import dataclass

from django.db.models import prefetch_related_objects
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.text import slugify
from django.utils.translation import gettext as _

from cms.image_rights import image_credit, image_licence
from news.press_kit.rights import with_rights

logger = logging.getLogger(__name__)
CHUNK_SIZE = 64 * 1024
DEFLATED, STORED = zipfile.ZIP_DEFLATED, zipfile.ZIP_STORED
IMAGE = "image"
DOCUMENT = "document"


@dataclass(frozen=True)
class KitFile:
    """One downloadable file of a kit, numbered from 1 in the kit's order."""

    number: int
    kind: str
    item: object  # the Wagtail image or document
    value: object  # the block's value

    @property
    def extension(self):
        return posixpath.splitext(self.item.file.name)[1].lower()

    @property
    def title(self):
        if self.kind == IMAGE:
            return self.value.get("caption") or self.item.title
        return self.value.get("label") or self.item.title

    @property
    def name(self):
        """The file's name in the ZIP and when downloaded alone."""
        stem = slugify(self.item.title)[:60] or self.kind
        return f"{self.number:02d}-{stem}{self.extension}"

    @property
    def credit(self):
        """The image's own credit (cms/image_rights.py): the same in every kit."""
        return image_credit(self.item) if self.kind == IMAGE else ""

    @property
    def licence(self):
        return image_licence(self.item) if self.kind == IMAGE else None

    def chunks(self, language):
        """The file's bytes: an image with its rights, a document as stored."""
        if self.kind == IMAGE:
            yield self.image_with_rights(language)
            return
        with self.item.file.open("rb") as stored:
            while chunk := stored.read(CHUNK_SIZE):
                yield chunk

    def image_with_rights(self, language):
        with self.item.file.open("rb") as stored:
            data = stored.read()
        licence = self.licence
        credit = self.credit
        if licence is None or not credit:
            return data
        return with_rights(
            data,
            credit=credit,
            licence=licence,
            caption=self.value.get("caption") or "",
            language=language,
        )


def kit_files(press_kit):
    """The kit's images and documents that still exist, in the kit's order."""
    files = []
    for block in press_kit or []:
        if block.block_type not in (IMAGE, DOCUMENT):
            continue
        item = block.value.get(block.block_type)
        if item is None or not item.file:
            continue
        files.append(KitFile(len(files) + 1, block.block_type, item, block.value))
    # Every image's credit and licence in one query, however many images.
    prefetch_related_objects(
        [file.item for file in files if file.kind == IMAGE], "rights"
    )
    return files


def credits_text(page, files, language, url):
    """The kit's credits and licences, in the page's language."""
    with translation.override(language):
        return render_to_string(
            "news/press_kit_credits.txt",
            {"page": page, "files": files, "url": url},
        )


def credits_file_name(language):
    with translation.override(language):
        return _("credits-and-licences.txt")


class _Pipe(io.RawIOBase):
    """A write-only, unseekable file: zipfile writes, the response drains."""

    def __init__(self):
        super().__init__()
        self._parts = []

    def writable(self):
        return True

    def write(self, data):
        self._parts.append(bytes(data))
        return len(data)

    def drain(self):
        data = b"".join(self._parts)
        self._parts.clear()
        return data


def stream_zip(entries, when=None):
    """ZIP bytes, chunk by chunk, of `entries`: (name, chunks, compress) triples."""
    stamp = timezone.localtime(when or timezone.now()).timetuple()[:6]
    pipe = _Pipe()
    with zipfile.ZipFile(pipe, "w") as archive:
        for name, chunks, compress in entries:
            info = zipfile.ZipInfo(name, date_time=stamp)
            info.compress_type = (
                zipfile.ZIP_DEFLATED if compress else zipfile.ZIP_STORED
            )
            info.external_attr = 0o644 << 16
            with archive.open(info, "w") as member:
                for chunk in chunks:
                    member.write(chunk)
                    if data := pipe.drain():
                        yield data
            if data := pipe.drain():
                yield data
    yield pipe.drain()


def kit_entries(page, files, language, url):
    """The ZIP's entries: the credits text first, then every file."""
    text = credits_text(page, files, language, url).encode()
    yield credits_file_name(language), [text], True
    for kit_file in files:
        stored = kit_file.item.file
        if not stored.storage.exists(stored.name):
            logger.warning("Press kit file missing from storage: %s", stored.name)
            continue
        # Images and PDFs are compressed already: stored as they are.
        yield kit_file.name, kit_file.chunks(language), False

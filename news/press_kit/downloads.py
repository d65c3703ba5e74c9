"""The answers to a press kit's URLs: the whole kit as a ZIP, or one file.

The page decides who may ask (a reader of the live page, or a review-link
reader of the draft); these functions only build the response. Nothing of it
is kept by a shared cache: the kit of a page unpublished a second ago must
not be served from one.
"""

import mimetypes

from django.http import Http404, HttpResponse, StreamingHttpResponse
from django.utils.http import content_disposition_header
from django.utils.text import slugify

from news.press_kit.archive import IMAGE, kit_entries, kit_files, stream_zip

NO_STORE = "private, no-store"
TEXT_LIMIT = 200


def _headers(response, filename):
    response["Content-Disposition"] = content_disposition_header(True, filename)
    response["Cache-Control"] = NO_STORE
    response["X-Content-Type-Options"] = "nosniff"
    response["X-Robots-Tag"] = "noindex"
    return response


def zip_name(page):
    return f"{slugify(page.slug)[:TEXT_LIMIT] or 'release'}-press-kit.zip"


def zip_response(page, press_kit, language, url):
    """The whole kit, streamed: credits and licences, then every file."""
    files = kit_files(press_kit)
    if not files:
        raise Http404("Empty press kit")
    when = page.last_published_at or page.latest_revision_created_at
    response = StreamingHttpResponse(
        stream_zip(kit_entries(page, files, language, url), when),
        content_type="application/zip",
    )
    return _headers(response, zip_name(page))


def file_response(press_kit, number, language):
    """File `number` of the kit: an image with its rights, or a document."""
    files = kit_files(press_kit)
    if not 1 <= number <= len(files):
        raise Http404("No such file in the press kit")
    kit_file = files[number - 1]
    if not kit_file.item.file.storage.exists(kit_file.item.file.name):
        raise Http404("Press kit file missing from storage")
    if kit_file.kind == IMAGE:
        data = kit_file.image_with_rights(language)
        response = HttpResponse(data, content_type=_image_type(kit_file))
        response["Content-Length"] = str(len(data))
    else:
        response = StreamingHttpResponse(
            kit_file.chunks(language),
            content_type=getattr(kit_file.item, "content_type", "")
            or "application/octet-stream",
        )
    return _headers(response, kit_file.name)


def _image_type(kit_file):
    return mimetypes.guess_type(kit_file.name)[0] or "application/octet-stream"

"""The checking views in front of every uploaded file: /media/ and /documents/.

Originals, renditions and documents are served only to whoever may see them
(cms/media_access.py); anything else, including bad paths, unknown files and
ids out of range, is the same short 404. Files on disk are streamed by
Django's static view; with object storage (cms/storage.py) the view streams the
object or, with MEDIA_DELIVERY = "redirect", sends the browser to a presigned
URL that lives AWS_QUERYSTRING_EXPIRE seconds.

Caching: public media say `public, max-age=MEDIA_PUBLIC_MAX_AGE` (short: a CDN
or browser may keep a file at most that long after its page is unpublished);
private media and every refusal say `private, no-store`, so no shared cache
keeps a reviewer's file or a 404 from before go-live.
"""

import mimetypes

from django.conf import settings
from django.core.files.storage import default_storage
from django.http import (
    Http404,
    HttpResponse,
    HttpResponseNotFound,
    HttpResponseRedirect,
    StreamingHttpResponse,
)
from django.views.decorators.http import require_safe
from django.views.static import serve as serve_from_disk
from wagtail import hooks
from wagtail.documents import get_document_model
from wagtail.documents.models import document_served

from cms.media_access import PUBLIC, media_access
from cms.media_uses import DOCUMENT, owner_of

MAX_NAME_LENGTH = 255
MAX_ID = 2**31 - 1
PRIVATE_CACHE = "private, no-store"
CHUNK_SIZE = 64 * 1024


def not_found():
    response = HttpResponseNotFound(
        "Not found", content_type="text/plain; charset=utf-8"
    )
    response["Cache-Control"] = PRIVATE_CACHE
    return response


def stored_name(path):
    """`path` as a storage name, or None for anything that cannot be one."""
    if not path or len(path) > MAX_NAME_LENGTH or "\x00" in path or "\\" in path:
        return None
    parts = path.split("/")
    if any(part in ("", ".", "..") for part in parts):
        return None
    return path


@require_safe
def media(request, path):
    """/media/<name>: an original image, a rendition or a document's file."""
    request.unknown_language_prefix = True
    name = stored_name(path)
    owner = owner_of(name) if name else None
    if owner is None:
        return not_found()
    kind, pk = owner
    if kind == DOCUMENT:
        document = get_document_model().objects.filter(pk=pk).first()
        return document_response(request, document)
    access = media_access(request, kind, pk)
    if access is None:
        return not_found()
    return deliver(request, name, access)


@require_safe
def serve_document(request, document_id, document_filename):
    """/documents/<id>/<file name>, Wagtail's document URL, checked."""
    request.unknown_language_prefix = True
    if len(document_id) > len(str(MAX_ID)) or int(document_id) > MAX_ID:
        return not_found()
    document = get_document_model().objects.filter(pk=int(document_id)).first()
    if document is None or document.filename != document_filename:
        return not_found()
    return document_response(request, document)


def document_response(request, document):
    """Wagtail's document hooks (ours refuses private ones), then the file."""
    if document is None:
        return not_found()
    for hook in hooks.get_hooks("before_serve_document"):
        result = hook(document, request)
        if isinstance(result, HttpResponse):
            return result
    access = media_access(request, DOCUMENT, document.pk)
    if access is None:
        return not_found()
    document_served.send(sender=type(document), instance=document, request=request)
    response = deliver(
        request,
        document.file.name,
        access,
        content_type=document.content_type,
        disposition=document.content_disposition,
    )
    if getattr(settings, "WAGTAILDOCS_BLOCK_EMBEDDED_CONTENT", True):
        response["Content-Security-Policy"] = "default-src 'none'"
    return response


def refuse_private_document(document, request):
    """`before_serve_document` hook: a private document is a 404 for this reader."""
    if media_access(request, DOCUMENT, document.pk) is None:
        return not_found()
    return None


def cache_control(access):
    if access == PUBLIC:
        return f"public, max-age={settings.MEDIA_PUBLIC_MAX_AGE}"
    return PRIVATE_CACHE


def deliver(request, name, access, content_type=None, disposition=None):
    """The stored file `name`: from disk, streamed, or a presigned redirect."""
    storage = default_storage
    control = cache_control(access)
    try:
        storage.path(name)
        on_disk = True
    except NotImplementedError:
        on_disk = False
    if on_disk:
        try:
            response = serve_from_disk(request, name, document_root=storage.location)
        except Http404:
            return not_found()
        if content_type and response.status_code == 200:
            response["Content-Type"] = content_type
    elif settings.MEDIA_DELIVERY == "redirect" and hasattr(storage, "signed_url"):
        overrides = {"ResponseCacheControl": control}
        if content_type:
            overrides["ResponseContentType"] = content_type
        if disposition:
            overrides["ResponseContentDisposition"] = disposition
        expire = settings.AWS_QUERYSTRING_EXPIRE
        response = HttpResponseRedirect(storage.signed_url(name, expire, overrides))
    else:
        try:
            response = stream(storage, name, content_type)
        except FileNotFoundError:
            return not_found()
    if disposition:
        response["Content-Disposition"] = disposition
    response["Cache-Control"] = control
    response["X-Content-Type-Options"] = "nosniff"
    return response


def stream(storage, name, content_type=None):
    """The object's bytes through the application, chunk by chunk."""
    if hasattr(storage, "stream"):
        body, length, stored_type = storage.stream(name)
    else:
        if not storage.exists(name):
            raise FileNotFoundError(name)
        body, length, stored_type = storage.open(name, "rb"), storage.size(name), None

    def chunks():
        try:
            while chunk := body.read(CHUNK_SIZE):
                yield chunk
        finally:
            body.close()

    guessed = mimetypes.guess_type(name)[0]
    response = StreamingHttpResponse(
        chunks(),
        content_type=content_type
        or guessed
        or stored_type
        or "application/octet-stream",
    )
    if length is not None:
        response["Content-Length"] = str(length)
    return response

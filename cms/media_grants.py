"""Review-link readers see the media of the release they review.

The reader's browser fetches the page's images and documents without the
review link's token, so the review page hands it a grant: a signed,
timestamped cookie naming the images and documents the reviewed revision uses
or shows, sent only with requests under /media/ and /documents/ and valid for
GRANT_SECONDS. One cookie per release, so two releases reviewed side by side
both keep their images.
"""

from django.conf import settings
from django.core import signing

from cms.media_uses import DOCUMENT, IMAGE, media_used_by

GRANT_SECONDS = 30 * 60
SALT = "cms.media-grant"
# (cookie name prefix, the only path the browser sends it to)
COOKIE_PATHS = (("newsroom_media_", "/media/"), ("newsroom_documents_", "/documents/"))
MAX_IDS = 300


def grant_media(request, response, instance):
    """Let this browser fetch what `instance` (a revision of a page) uses."""
    ids = media_used_by(instance)
    value = signing.dumps(
        {
            "i": sorted(ids[IMAGE])[:MAX_IDS],
            "d": sorted(ids[DOCUMENT])[:MAX_IDS],
        },
        salt=SALT,
        compress=True,
    )
    for prefix, path in COOKIE_PATHS:
        response.set_cookie(
            f"{prefix}{instance.pk}",
            value,
            max_age=GRANT_SECONDS,
            path=path,
            secure=settings.SESSION_COOKIE_SECURE or request.is_secure(),
            httponly=True,
            samesite="Lax",
        )
    return response


def _grants(request):
    """The (image ids, document ids) of every valid grant the request carries."""
    prefixes = [
        prefix for prefix, path in COOKIE_PATHS if request.path.startswith(path)
    ]
    for name, value in request.COOKIES.items():
        if not any(name.startswith(prefix) for prefix in prefixes):
            continue
        try:
            data = signing.loads(value, salt=SALT, max_age=GRANT_SECONDS)
        except signing.BadSignature:
            continue
        if isinstance(data, dict):
            yield data.get("i") or [], data.get("d") or []


def granted(request, kind, pk):
    """Whether a grant of this request names the image or document `pk`."""
    for images, documents in _grants(request):
        if pk in (images if kind == IMAGE else documents):
            return True
    return False

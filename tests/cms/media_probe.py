"""The embargoed-media probe, shared by the disk and the S3 tests.

A small newsroom with a live release, a release scheduled for later (hero
image, press-kit photo and document) and unused uploads, and a probe that
tries every route an anonymous reader has to an image or document: the API
listing and detail, the original file, a rendition, the document download and
the document's file under /media/. A route counts as reachable only when it
hands out the file's real bytes (following a redirect to object storage).
"""

import datetime
import urllib.error
import urllib.request
from io import StringIO
from unittest import mock

from django.core.management import call_command
from django.utils import timezone
from wagtail.documents import get_document_model
from wagtail.rich_text import RichText

from news.models import PressReleasePage
from tests.cms.factories import DocumentFactory, ImageFactory
from tests.home.factories import build_sections
from tests.news.factories import PressReleasePageFactory
from tests.partners.factories import PartnerPageFactory

RENDITION = "fill-640x360"
# A browser without credentials, and no proxy between the tests and 127.0.0.1.
ANONYMOUS = urllib.request.build_opener(urllib.request.ProxyHandler({}))


def image_block(image):
    return ("image", {"image": image, "alt_text": "", "caption": ""})


def document_block(document):
    return ("document", {"document": document, "label": ""})


def build_media_newsroom(site_tree):
    sections = build_sections(site_tree["homes"]["en"])
    partner = PartnerPageFactory(parent=sections["partners"], title="Alpha University")
    live_hero = ImageFactory(title="Live hero")
    live_document = DocumentFactory(title="Live fact sheet")
    live = PressReleasePageFactory(
        parent=sections["news"],
        title="Alpha opens a cell therapy hub",
        publish_together=False,
        partners=[partner],
        hero_image=live_hero,
        body=[
            ("paragraph", RichText("<p>The hub opens today.</p>")),
            document_block(live_document),
        ],
    )
    embargo_hero = ImageFactory(title="Embargoed hero")
    embargo_photo = ImageFactory(title="Embargoed kit photo")
    embargo_document = DocumentFactory(title="Embargoed press kit")
    release = PressReleasePageFactory(
        parent=sections["news"],
        title="Embargoed alliance on cell therapy",
        slug="embargoed-alliance",
        partners=[partner],
        hero_image=embargo_hero,
        press_kit=[image_block(embargo_photo), document_block(embargo_document)],
        publish=False,
    )
    release = PressReleasePage.objects.get(pk=release.pk)
    release.publish_together = False
    release.go_live_at = timezone.now() + datetime.timedelta(hours=3)
    revision = release.save_revision()
    revision.publish()
    return {
        "sections": sections,
        "partner": partner,
        "live": live,
        "release": PressReleasePage.objects.get(pk=release.pk),
        "revision": revision,
        "live_media": [live_hero, live_document],
        "embargoed_media": [embargo_hero, embargo_photo, embargo_document],
        "unused_media": [ImageFactory(title="Unused upload"), DocumentFactory()],
    }


def lift_embargo(revision):
    """`manage.py publish_scheduled`, one minute after the go-live time."""
    moment = revision.approved_go_live_at + datetime.timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=moment):
        call_command("publish_scheduled", stdout=StringIO())


def is_document(item):
    return isinstance(item, get_document_model())


def stored_bytes(item):
    with item.file.open("rb") as handle:
        return handle.read()


def body_of(client, url):
    """(status, bytes) of `url`, following a redirect to object storage."""
    response = client.get(url)
    if response.status_code == 302 and "://" in response["Location"]:
        try:
            with ANONYMOUS.open(response["Location"], timeout=10) as remote:
                return remote.status, remote.read()
        except urllib.error.HTTPError as error:
            return error.code, b""
    if response.streaming:
        return response.status_code, b"".join(response.streaming_content)
    return response.status_code, response.content


def serves(client, url, wanted):
    status, body = body_of(client, url)
    return status == 200 and body == wanted


def urls_of(item):
    if is_document(item):
        return {"download": item.url, "file": item.file.url}
    rendition = item.get_rendition(RENDITION)
    return {"original": item.file.url, "rendition": rendition.url}


def probe(client, item):
    """Which routes hand this image or document to `client`."""
    kind = "documents" if is_document(item) else "images"
    listing = client.get(f"/api/v2/{kind}/", {"limit": 50}).json()["items"]
    found = {
        "listed": item.pk in {entry["id"] for entry in listing},
        "api detail": client.get(f"/api/v2/{kind}/{item.pk}/").status_code == 200,
        "api find": client.get(f"/api/v2/{kind}/find/", {"id": item.pk}).status_code
        in (200, 302),
    }
    if is_document(item):
        wanted = stored_bytes(item)
        urls = urls_of(item)
        found["download"] = serves(client, urls["download"], wanted)
        found["file"] = serves(client, urls["file"], wanted)
    else:
        urls = urls_of(item)
        found["original"] = serves(client, urls["original"], stored_bytes(item))
        rendition = item.get_rendition(RENDITION)
        found["rendition"] = serves(client, urls["rendition"], stored_bytes(rendition))
    return found


def everywhere(client, item):
    return all(probe(client, item).values())


def nowhere(client, item):
    return not any(probe(client, item).values())

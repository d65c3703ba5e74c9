"""Media follow their pages on S3-compatible storage, against a real local server.

moto runs in server mode on a free port of 127.0.0.1; the application stores
uploads there through cms.storage.PrivateS3Storage, as production does with
AWS_STORAGE_BUCKET_NAME set. Every test runs with both delivery modes: the
checking view streaming the object, and the checking view redirecting to a
presigned URL that the test then fetches without credentials, as a browser.
"""

import socket
import urllib.error
import urllib.request
from urllib.parse import parse_qs, urlparse

import boto3
import pytest
from django.core.cache import cache
from moto.server import ThreadedMotoServer

from news.models import PressReleasePage, ReviewLink
from tests.cms.factories import DocumentFactory, ImageFactory
from tests.cms.media_probe import (
    ANONYMOUS,
    RENDITION,
    build_media_newsroom,
    everywhere,
    lift_embargo,
    nowhere,
    probe,
    urls_of,
)
from tests.cms.test_settings import run_manage

pytestmark = pytest.mark.django_db

BUCKET = "newsroom-media"
REGION = "eu-west-1"
CREDENTIALS = {"aws_access_key_id": "newsroom", "aws_secret_access_key": "s3cr3t"}


def free_port():
    with socket.socket() as probe_socket:
        probe_socket.bind(("127.0.0.1", 0))
        return probe_socket.getsockname()[1]


@pytest.fixture(scope="module")
def s3_endpoint():
    port = free_port()
    server = ThreadedMotoServer(ip_address="127.0.0.1", port=port, verbose=False)
    server.start()
    endpoint = f"http://127.0.0.1:{port}"
    bucket_client(endpoint).create_bucket(
        Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": REGION}
    )
    yield endpoint
    server.stop()


def bucket_client(endpoint):
    return boto3.client("s3", endpoint_url=endpoint, region_name=REGION, **CREDENTIALS)


@pytest.fixture(params=["redirect", "stream"])
def s3(request, settings, s3_endpoint):
    """The production storage settings, pointed at the local server."""
    settings.AWS_STORAGE_BUCKET_NAME = BUCKET
    settings.AWS_S3_ENDPOINT_URL = s3_endpoint
    settings.AWS_S3_REGION_NAME = REGION
    settings.AWS_S3_ADDRESSING_STYLE = "path"
    settings.AWS_S3_SIGNATURE_VERSION = "s3v4"
    settings.AWS_ACCESS_KEY_ID = CREDENTIALS["aws_access_key_id"]
    settings.AWS_SECRET_ACCESS_KEY = CREDENTIALS["aws_secret_access_key"]
    settings.AWS_LOCATION = "media"
    settings.AWS_DEFAULT_ACL = "public-read"  # ignored: objects stay private
    settings.AWS_S3_FILE_OVERWRITE = False
    settings.MEDIA_DELIVERY = request.param
    settings.STORAGES = {
        **settings.STORAGES,
        "default": {"BACKEND": "cms.storage.PrivateS3Storage"},
    }
    cache.clear()
    yield {
        "endpoint": s3_endpoint,
        "client": bucket_client(s3_endpoint),
        "mode": request.param,
    }
    cache.clear()


def anonymous_get(url):
    try:
        with ANONYMOUS.open(url, timeout=10) as response:
            return response.status, response.read()
    except urllib.error.HTTPError as error:
        return error.code, b""


def bucket_url(s3, name):
    return f"{s3['endpoint']}/{BUCKET}/media/{name}"


def test_objects_are_private_in_the_bucket(s3):
    image = ImageFactory()
    document = DocumentFactory()
    rendition = image.get_rendition(RENDITION)
    for name in (image.file.name, rendition.file.name, document.file.name):
        stored = s3["client"].get_object(Bucket=BUCKET, Key=f"media/{name}")
        assert stored["Body"].read()
        grants = s3["client"].get_object_acl(Bucket=BUCKET, Key=f"media/{name}")
        assert not [g for g in grants["Grants"] if "URI" in g["Grantee"]], name
        assert anonymous_get(bucket_url(s3, name))[0] == 403, name
    # The same server hands out an object that *is* public: the check means it.
    s3["client"].put_object(
        Bucket=BUCKET, Key="media/control.txt", Body=b"open", ACL="public-read"
    )
    assert anonymous_get(bucket_url(s3, "control.txt")) == (200, b"open")


def test_the_embargo_probe_on_s3(client, site_tree, s3):
    newsroom = build_media_newsroom(site_tree)
    for item in newsroom["live_media"]:
        assert everywhere(client, item), (item, probe(client, item))
    for item in [*newsroom["embargoed_media"], *newsroom["unused_media"]]:
        assert nowhere(client, item), (item, probe(client, item))
    lift_embargo(newsroom["revision"])
    for item in newsroom["embargoed_media"]:
        assert everywhere(client, item), (item, probe(client, item))
    PressReleasePage.objects.get(pk=newsroom["release"].pk).unpublish()
    for item in newsroom["embargoed_media"]:
        assert nowhere(client, item), (item, probe(client, item))
        for url in urls_of(item).values():
            assert client.get(url).status_code == 404
    for item in newsroom["unused_media"]:
        assert nowhere(client, item)


def test_pages_and_the_api_link_to_the_app_never_to_the_bucket(client, site_tree, s3):
    newsroom = build_media_newsroom(site_tree)
    html = client.get(newsroom["live"].url).content.decode()
    assert "/media/images/" in html
    assert s3["endpoint"] not in html
    assert "X-Amz-" not in html and "Signature=" not in html
    image = newsroom["live_media"][0]
    data = client.get(f"/api/v2/images/{image.pk}/").json()
    assert data["meta"]["download_url"] == image.file.url
    assert image.file.url.startswith("/media/original_images/")


def test_delivery_headers(client, site_tree, s3):
    newsroom = build_media_newsroom(site_tree)
    hero, document = newsroom["live_media"]
    response = client.get(urls_of(hero)["rendition"])
    assert response["Cache-Control"] == "public, max-age=60"
    download = client.get(document.url)
    if s3["mode"] == "redirect":
        assert response.status_code == 302
        query = parse_qs(urlparse(response["Location"]).query)
        assert query["X-Amz-Expires"] == ["300"]
        assert query["response-cache-control"] == ["public, max-age=60"]
        assert download.status_code == 302
        with ANONYMOUS.open(download["Location"], timeout=10) as remote:
            assert remote.headers["Content-Disposition"] == document.content_disposition
            assert remote.headers["Cache-Control"] == "public, max-age=60"
    else:
        assert response.status_code == 200
        assert download["Content-Disposition"] == document.content_disposition
        assert download["Content-Type"] == "application/pdf"


def test_a_review_link_reader_gets_private_files_from_s3(client, site_tree, s3):
    newsroom = build_media_newsroom(site_tree)
    hero = newsroom["embargoed_media"][0]
    link = ReviewLink.objects.create(page=newsroom["release"], recipient="De Tijd")
    assert client.get(f"/review/{link.token}/").status_code == 200
    found = probe(client, hero)
    assert found["original"] and found["rendition"], found
    assert not found["listed"]
    response = client.get(urls_of(hero)["original"])
    assert response["Cache-Control"] == "private, no-store"
    if s3["mode"] == "redirect":
        query = parse_qs(urlparse(response["Location"]).query)
        assert query["response-cache-control"] == ["private, no-store"]
    client.cookies.clear()
    assert nowhere(client, hero)


def test_production_settings_keep_a_bucket_private():
    code = (
        "from django.conf import settings as s; "
        "print(s.STORAGES['default']['BACKEND'], s.MEDIA_DELIVERY, "
        "s.AWS_QUERYSTRING_EXPIRE, s.AWS_DEFAULT_ACL)"
    )
    env = {"DJANGO_SECRET_KEY": "x" * 60, "AWS_STORAGE_BUCKET_NAME": BUCKET}
    result = run_manage("shell", "-c", code, env_overrides=env)
    assert result.returncode == 0, result.stderr
    last = result.stdout.strip().splitlines()[-1]
    assert last == "cms.storage.PrivateS3Storage redirect 300 None"
    env["MEDIA_DELIVERY"] = "stream"
    env["AWS_QUERYSTRING_EXPIRE"] = "120"
    result = run_manage("shell", "-c", code, env_overrides=env)
    assert result.stdout.strip().splitlines()[-1].endswith("stream 120 None")

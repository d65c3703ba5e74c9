"""The page cache's WSGI front (cms/caching/front.py), called as a server calls it.

A hit is answered before Django handles the request (no request_started
signal, no query) with the headers the whole stack gave the page and a fresh
CSP nonce; everything personal, every other method and every unknown Host goes
on to Django, which answers as it would without the front.
"""

import io
import re
import sys

import pytest
from django.conf import settings
from django.core.handlers.wsgi import WSGIHandler
from django.core.signals import request_finished, request_started
from django.db import close_old_connections

from cms import wsgi
from cms.caching.front import PageCacheFront
from cms.caching.page_cache import HEADER
from cms.translations.publishing import publish_as_is
from news.models import PressReleasePage
from tests.home.factories import build_sections
from tests.news.factories import PressReleasePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture
def release(site_tree):
    sections = build_sections(site_tree["homes"]["en"])
    return PressReleasePageFactory(parent=sections["news"], title="Original title")


class Answer:
    def __init__(self, status, headers, body, entered_django):
        self.status_code = int(status.split()[0])
        self.headers = {name.lower(): value for name, value in headers}
        self.body = body
        self.entered_django = entered_django

    def __getitem__(self, name):
        return self.headers[name.lower()]

    def __contains__(self, name):
        return name.lower() in self.headers


def serve(path, method="GET", host="testserver", scheme="http", **headers):
    """What a WSGI server gets from cms.wsgi.application for this request."""
    path, _, query = path.partition("?")
    environ = {
        "REQUEST_METHOD": method,
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SCRIPT_NAME": "",
        "SERVER_NAME": "testserver",
        "SERVER_PORT": "443" if scheme == "https" else "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": host,
        "wsgi.version": (1, 0),
        "wsgi.url_scheme": scheme,
        "wsgi.input": io.BytesIO(b""),
        "wsgi.errors": sys.stderr,
        "wsgi.multithread": False,
        "wsgi.multiprocess": True,
        "wsgi.run_once": False,
        **{f"HTTP_{name.upper()}": value for name, value in headers.items()},
    }
    started = []

    def note(**kwargs):
        started.append(True)

    request_started.connect(note)
    # As Django's test client does: the test's transaction keeps its connection
    # (closing it between requests would end the transaction on PostgreSQL).
    request_started.disconnect(close_old_connections)
    request_finished.disconnect(close_old_connections)
    answer = {}

    def start_response(status, response_headers, exc_info=None):
        answer.update(status=status, headers=response_headers)

    # As cms/wsgi.py builds it, with the middleware of this test's settings.
    application = PageCacheFront(WSGIHandler())
    try:
        result = application(environ, start_response)
        body = b"".join(result)
        if hasattr(result, "close"):
            result.close()
    finally:
        request_started.disconnect(note)
        request_started.connect(close_old_connections)
        request_finished.connect(close_old_connections)
    return Answer(answer["status"], answer["headers"], body, bool(started))


def nonce(answer):
    return re.search(r"'nonce-([^']+)'", answer["Content-Security-Policy"]).group(1)


def test_the_servers_application_is_the_front():
    assert isinstance(wsgi.application, PageCacheFront)


def test_hit_is_answered_before_django_with_the_stacks_headers(
    release, django_assert_num_queries
):
    miss = serve(release.url)
    assert miss.entered_django
    assert miss[HEADER] == "miss"
    with django_assert_num_queries(0):
        hit = serve(release.url)
        again = serve(release.url)
    assert not hit.entered_django
    assert hit.status_code == 200
    assert hit[HEADER] == "hit"
    assert hit.body == miss.body
    assert "Original title" in hit.body.decode()
    for name in (
        "Content-Type",
        "Content-Language",
        "X-Content-Type-Options",
        "Referrer-Policy",
        "Permissions-Policy",
        "ETag",
        "Cache-Control",
    ):
        assert hit[name] == miss[name], name
    assert int(hit["Content-Length"]) == len(hit.body)
    # A fresh nonce for every reader, in an otherwise unchanged policy.
    assert len({nonce(miss), nonce(hit), nonce(again)}) == 3
    policy = hit["Content-Security-Policy"].replace(nonce(hit), "N")
    assert policy == miss["Content-Security-Policy"].replace(nonce(miss), "N")
    assert "{page-cache-nonce}" not in hit["Content-Security-Policy"]


def test_conditional_get_is_answered_at_the_front_until_a_publish(release):
    etag = serve(release.url)["ETag"]
    not_modified = serve(release.url, if_none_match=etag)
    assert not not_modified.entered_django
    assert not_modified.status_code == 304
    assert not_modified.body == b""
    assert not_modified["ETag"] == etag

    page = PressReleasePage.objects.get(pk=release.pk)
    page.title = "Updated headline"
    with publish_as_is():
        page.save_revision().publish()
    after = serve(release.url, if_none_match=etag)
    assert after.entered_django
    assert after.status_code == 200
    assert "Updated headline" in after.body.decode()
    assert after["ETag"] != etag


def test_a_miss_is_kept_by_the_middleware_and_served_by_the_front(release):
    assert serve(release.url).entered_django
    hit = serve(release.url)
    assert not hit.entered_django
    assert hit[HEADER] == "hit"


@pytest.mark.parametrize(
    "headers",
    [
        {"cookie": f"{settings.SESSION_COOKIE_NAME}=abc"},
        {"cookie": "messages=pending"},
        {"authorization": "Basic ZWQ6cHc="},
    ],
    ids=["session", "messages", "authorization"],
)
def test_personal_requests_go_to_django_and_get_no_kept_page(release, headers):
    serve(release.url)
    assert serve(release.url)[HEADER] == "hit"
    answer = serve(release.url, **headers)
    assert answer.entered_django
    assert HEADER not in answer
    assert "public" not in answer.headers.get("cache-control", "")


def test_other_methods_and_prefixes_go_to_django(release):
    serve(release.url)
    assert serve(release.url, method="POST").entered_django
    for path in ("/admin/", "/api/v2/pages/", "/review/x/"):
        serve(path)
        assert serve(path).entered_django, path


def test_unknown_host_gets_djangos_400_not_a_kept_page(release):
    serve(release.url)
    answer = serve(release.url, host="evil.example")
    assert answer.entered_django
    assert answer.status_code == 400


def test_http_gets_the_https_redirect_when_https_pages_are_kept(release, settings):
    settings.SECURE_SSL_REDIRECT = True
    serve(release.url, scheme="https")
    assert serve(release.url, scheme="https")[HEADER] == "hit"
    plain = serve(release.url)
    assert plain.status_code == 301
    assert plain["Location"] == f"https://testserver{release.url}"


def test_unprefixed_paths_are_kept_per_reader_language(release):
    serve("/sitemap.xml", accept_language="en")
    serve("/sitemap.xml", accept_language="fr")
    english = serve("/sitemap.xml", accept_language="en")
    french = serve("/sitemap.xml", accept_language="fr")
    assert not english.entered_django
    assert not french.entered_django
    assert english["Content-Language"] == "en"
    assert french["Content-Language"] == "fr"

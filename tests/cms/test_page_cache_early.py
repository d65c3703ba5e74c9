"""The page cache's early path: hits served before sessions, locale and auth.

A hit costs no query and opens no session; nothing personal is served from
the cache or stored in it; kept pages carry an ETag (304 on a match, a new
one after a publish), a Cache-Control a CDN may follow, and a fresh CSP nonce.
"""

import re
from unittest import mock

import pytest
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.middleware import AuthenticationMiddleware
from django.contrib.sessions.middleware import SessionMiddleware
from django.middleware.locale import LocaleMiddleware
from django.utils.cache import get_max_age

from cms.caching.page_cache import HEADER
from cms.translations.publishing import publish_as_is
from news.models import PressReleasePage, ReviewLink
from tests.home.factories import build_sections
from tests.news.factories import PressReleasePageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


@pytest.fixture
def release(site_tree):
    sections = build_sections(site_tree["homes"]["en"])
    return PressReleasePageFactory(parent=sections["news"], title="Original title")


def warm(client, url):
    assert client.get(url)[HEADER] == "miss"
    hit = client.get(url)
    assert hit[HEADER] == "hit"
    return hit


def publish_title(release, title):
    page = PressReleasePage.objects.get(pk=release.pk)
    page.title = title
    with publish_as_is():
        page.save_revision().publish()


def cache_control(response):
    return {
        name.strip(): value
        for name, _, value in (
            part.partition("=") for part in response["Cache-Control"].split(",")
        )
    }


def test_middleware_is_first_so_a_hit_runs_no_other_middleware():
    assert settings.MIDDLEWARE[0] == "cms.caching.AnonymousPageCacheMiddleware"


def test_an_http_request_gets_the_https_redirect_not_the_kept_page(
    client, release, settings
):
    settings.SECURE_SSL_REDIRECT = True
    kept = client.get(release.url, secure=True)
    assert kept.status_code == 200
    assert client.get(release.url, secure=True)[HEADER] == "hit"
    plain = client.get(release.url)
    assert plain.status_code == 301
    assert plain["Location"] == f"https://testserver{release.url}"


def test_a_page_whose_body_holds_its_nonce_is_not_kept(client, release, monkeypatch):
    from django.template.response import TemplateResponse

    render = TemplateResponse.rendered_content.fget

    def with_nonce(self):
        nonce = str(self._request.csp_nonce)
        return render(self) + f'<script nonce="{nonce}">1</script>'

    monkeypatch.setattr(TemplateResponse, "rendered_content", property(with_nonce))
    for _ in range(2):
        response = client.get(release.url)
        assert response.status_code == 200
        assert HEADER not in response


def test_hit_runs_no_query_and_no_session_locale_or_auth_middleware(
    client, release, django_assert_num_queries
):
    warm(client, release.url)
    refuse = mock.Mock(side_effect=AssertionError("ran on a hit"))
    with (
        mock.patch.object(SessionMiddleware, "process_request", refuse),
        mock.patch.object(LocaleMiddleware, "process_request", refuse),
        mock.patch.object(AuthenticationMiddleware, "process_request", refuse),
        django_assert_num_queries(0),
    ):
        hit = client.get(release.url)
    assert hit[HEADER] == "hit"
    assert "Original title" in hit.content.decode()
    assert not hit.cookies
    assert refuse.call_count == 0
    # What the inner middleware added is kept with the page.
    assert hit["Content-Language"] == "en"
    assert int(hit["Content-Length"]) == len(hit.content)


def test_a_session_cookie_is_never_served_from_the_cache(client, release):
    warm(client, release.url)
    client.cookies[settings.SESSION_COOKIE_NAME] = "x" * 32
    response = client.get(release.url)
    assert response.status_code == 200
    assert HEADER not in response
    assert "private" in cache_control(response)
    assert "public" not in cache_control(response)


def test_logged_in_reader_gets_a_private_page_never_the_kept_one(client, release):
    warm(client, release.url)
    user = get_user_model().objects.create_superuser("ed", "ed@example.org", "pw")
    client.force_login(user)
    response = client.get(release.url)
    assert HEADER not in response
    assert "wagtail-userbar" in response.content.decode()
    assert "private" in cache_control(response)
    client.logout()
    client.cookies.clear()
    assert "wagtail-userbar" not in client.get(release.url).content.decode()


def test_authorization_header_is_never_served_from_or_stored_in_the_cache(
    client, release
):
    response = client.get(release.url, HTTP_AUTHORIZATION="Basic ZWQ6cHc=")
    assert HEADER not in response
    assert "private" in cache_control(response)
    warm(client, release.url)
    again = client.get(release.url, HTTP_AUTHORIZATION="Bearer abc")
    assert HEADER not in again


def test_pending_messages_cookie_skips_the_cache(client, release):
    warm(client, release.url)
    client.cookies["messages"] = "pending"
    assert HEADER not in client.get(release.url)


def test_review_link_is_neither_served_nor_stored_and_stays_no_store(client, release):
    link = ReviewLink.objects.create(page=release, recipient="Le Soir")
    url = f"/review/{link.token}/"
    for _ in range(2):
        response = client.get(url)
        assert response.status_code == 200
        assert HEADER not in response
        assert {"no-store", "private"} <= set(cache_control(response))


def test_preview_is_neither_served_nor_stored(client, release):
    user = get_user_model().objects.create_superuser("ed", "ed@example.org", "pw")
    client.force_login(user)
    for _ in range(2):
        response = client.get(f"/admin/pages/{release.pk}/view_draft/")
        assert response.status_code == 200
        assert HEADER not in response
        assert "public" not in response.get("Cache-Control", "")


def test_page_with_a_csrf_form_is_never_stored(client, site_tree):
    for _ in range(3):
        response = client.get("/en/subscribe/")
        assert response.status_code == 200
        assert HEADER not in response
        assert "public" not in response.get("Cache-Control", "")


@pytest.mark.parametrize("path", ["/api/v2/pages/", "/media/x.jpg", "/documents/1/"])
def test_api_media_and_documents_are_never_kept(client, site_tree, path):
    first = client.get(path)
    second = client.get(path)
    assert HEADER not in first
    assert HEADER not in second


def test_kept_page_says_a_cdn_may_hold_it(client, release, settings):
    settings.PAGE_CACHE_BROWSER_MAX_AGE = 45
    settings.PAGE_CACHE_CDN_MAX_AGE = 900
    settings.PAGE_CACHE_STALE_WHILE_REVALIDATE = 20
    miss = client.get(release.url)
    hit = client.get(release.url)
    for response in (miss, hit):
        directives = cache_control(response)
        assert "public" in directives
        assert directives["s-maxage"] == "900"
        assert directives["stale-while-revalidate"] == "20"
        assert get_max_age(response) == 45
    assert hit[HEADER] == "hit"


def test_every_hit_gets_a_fresh_csp_nonce_and_the_permissions_policy(client, release):
    hit = warm(client, release.url)
    again = client.get(release.url)
    nonces = [
        re.search(r"'nonce-([^']+)'", response["Content-Security-Policy"]).group(1)
        for response in (hit, again)
    ]
    assert nonces[0] != nonces[1]
    assert "camera=()" in again["Permissions-Policy"]
    assert again["X-Content-Type-Options"] == "nosniff"


def test_conditional_get_304_then_200_with_a_new_etag_after_publish(
    client, release, django_assert_num_queries
):
    first = client.get(release.url)
    etag = first["ETag"]
    assert re.fullmatch(r'"[0-9a-f]{32}"', etag)
    with django_assert_num_queries(0):
        not_modified = client.get(release.url, HTTP_IF_NONE_MATCH=etag)
    assert not_modified.status_code == 304
    assert not_modified.content == b""
    assert not_modified["ETag"] == etag
    assert client.get(release.url, HTTP_IF_NONE_MATCH='"other"').status_code == 200

    publish_title(release, "Updated headline")
    after = client.get(release.url, HTTP_IF_NONE_MATCH=etag)
    assert after.status_code == 200
    assert "Updated headline" in after.content.decode()
    assert after["ETag"] != etag
    assert client.get(release.url, HTTP_IF_NONE_MATCH=after["ETag"]).status_code == 304


def test_uncached_pages_answer_conditional_gets_too(client, release, settings):
    settings.PAGE_CACHE_ENABLED = False
    response = client.get(release.url)
    assert HEADER not in response
    again = client.get(release.url, HTTP_IF_NONE_MATCH=response["ETag"])
    assert again.status_code == 304


def test_language_of_unprefixed_paths_is_part_of_the_key(client, release):
    english = client.get("/sitemap.xml", HTTP_ACCEPT_LANGUAGE="en")
    assert english[HEADER] == "miss"
    assert client.get("/sitemap.xml", HTTP_ACCEPT_LANGUAGE="fr")[HEADER] == "miss"
    assert client.get("/sitemap.xml", HTTP_ACCEPT_LANGUAGE="fr")[HEADER] == "hit"
    assert client.get("/sitemap.xml", HTTP_ACCEPT_LANGUAGE="en")[HEADER] == "hit"


def test_root_redirect_follows_each_readers_language(client, site_tree):
    for language in ("fr", "nl", "en", "fr"):
        response = client.get("/", HTTP_ACCEPT_LANGUAGE=language)
        assert response.status_code == 302
        assert response["Location"] == f"/{language}/"
        assert HEADER not in response

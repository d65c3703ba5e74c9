"""The anonymous page cache: hits, exact invalidation in every affected language,
and nothing cached for people with an account, previews or cookies (review links:
test_page_cache_early.py, which asserts no-store on both requests).
"""

import datetime
from io import StringIO
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import AnonymousUser
from django.core.management import call_command
from django.http import HttpResponse
from django.middleware.csrf import get_token
from django.test import RequestFactory
from django.utils import timezone

from cms.caching import AnonymousPageCacheMiddleware
from cms.caching.page_cache import HEADER
from cms.translations.publishing import publish_as_is
from news.models import PressReleasePage
from tests.cms.factories import StandardPageFactory
from tests.home.factories import build_sections
from tests.news.factories import EventPageFactory, PressReleasePageFactory
from tests.partners.factories import PartnerPageFactory

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("page_cache_on")]


def link_translation(source, translation):
    """Make `translation` a linked translation of `source` (one translation key)."""
    type(translation).objects.filter(pk=translation.pk).update(
        translation_key=source.translation_key
    )
    return type(translation).objects.get(pk=translation.pk)


@pytest.fixture
def newsroom(site_tree):
    sections = {
        code: build_sections(site_tree["homes"][code]) for code in site_tree["homes"]
    }
    partner = PartnerPageFactory(parent=sections["en"]["partners"], title="Alpha Lab")
    partner_fr = link_translation(
        partner,
        PartnerPageFactory(parent=sections["fr"]["partners"], title="Labo Alpha"),
    )
    release = PressReleasePageFactory(
        parent=sections["en"]["news"], partners=[partner], title="Original title"
    )
    release_fr = link_translation(
        release,
        PressReleasePageFactory(
            parent=sections["fr"]["news"], partners=[partner_fr], title="Titre original"
        ),
    )
    event = EventPageFactory(parent=sections["en"]["events"], partners=[partner])
    return {
        "sections": sections,
        "partner": partner,
        "partner_fr": partner_fr,
        "release": release,
        "release_fr": release_fr,
        "event": event,
    }


def english_urls(newsroom):
    return [
        "/en/",
        newsroom["sections"]["en"]["news"].url,
        newsroom["release"].url,
        newsroom["partner"].url,
        newsroom["event"].url,
        newsroom["sections"]["en"]["events"].url,
        "/en/feeds/releases.rss",
        "/en/feeds/releases.atom",
        "/en/calendar/events.ics",
        "/sitemap.xml",
    ]


def warm(client, urls):
    for url in urls:
        first = client.get(url)
        assert first.status_code == 200, url
        assert client.get(url)[HEADER] == "hit", url


def states(client, urls):
    return {url: client.get(url).get(HEADER) for url in urls}


def test_second_anonymous_request_is_a_hit_with_the_same_body(client, newsroom):
    url = newsroom["sections"]["en"]["news"].url
    first = client.get(url)
    second = client.get(url)
    assert first[HEADER] == "miss"
    assert second[HEADER] == "hit"
    assert second.content == first.content
    assert second["Content-Type"] == first["Content-Type"]


def test_query_string_and_language_are_part_of_the_key(client, newsroom):
    news = newsroom["sections"]["en"]["news"].url
    client.get(news)
    assert client.get(news + "?page=1")[HEADER] == "miss"
    assert client.get(newsroom["sections"]["fr"]["news"].url)[HEADER] == "miss"


def test_publish_refreshes_page_indexes_home_partner_feeds_sitemap_calendar(
    client, newsroom
):
    urls = english_urls(newsroom)
    warm(client, urls)
    release = PressReleasePage.objects.get(pk=newsroom["release"].pk)
    release.title = "Updated headline"
    with publish_as_is():
        release.save_revision().publish()
    assert set(states(client, urls).values()) == {"miss"}
    for url in urls[:4] + ["/en/feeds/releases.rss"]:
        assert "Updated headline" in client.get(url).content.decode(), url


def test_publish_in_one_language_refreshes_its_translations_only(client, newsroom):
    en_news = newsroom["sections"]["en"]["news"].url
    fr_news = newsroom["sections"]["fr"]["news"].url
    nl_news = newsroom["sections"]["nl"]["news"].url
    warm(client, [en_news, fr_news, nl_news, newsroom["release"].url])
    release_fr = PressReleasePage.objects.get(pk=newsroom["release_fr"].pk)
    release_fr.title = "Nouveau titre"
    with publish_as_is():
        release_fr.save_revision().publish()
    after = states(client, [en_news, fr_news, nl_news, newsroom["release"].url])
    # English links to the French version (language switcher, hreflang).
    assert after[en_news] == "miss"
    assert after[newsroom["release"].url] == "miss"
    assert after[fr_news] == "miss"
    assert after[nl_news] == "hit"
    assert "Nouveau titre" in client.get(fr_news).content.decode()


def test_unpublish_removes_the_release_everywhere(client, newsroom):
    urls = english_urls(newsroom)
    warm(client, urls)
    PressReleasePage.objects.get(pk=newsroom["release"].pk).unpublish()
    assert client.get(newsroom["release"].url).status_code == 404
    for url in urls[:2] + [newsroom["partner"].url, "/en/feeds/releases.rss"]:
        response = client.get(url)
        assert response[HEADER] == "miss", url
        assert "Original title" not in response.content.decode(), url


def test_delete_removes_the_release_everywhere(client, newsroom):
    urls = english_urls(newsroom)
    warm(client, urls)
    PressReleasePage.objects.get(pk=newsroom["release"].pk).delete()
    assert client.get(newsroom["release"].url).status_code == 404
    news = client.get(newsroom["sections"]["en"]["news"].url)
    assert news[HEADER] == "miss"
    assert "Original title" not in news.content.decode()


def test_move_refreshes_old_and_new_address(client, site_tree):
    home = site_tree["homes"]["nl"]
    about = StandardPageFactory(parent=home, title="Over ons", slug="over-ons")
    campus = StandardPageFactory(parent=home, title="Campus", slug="campus")
    old_url = about.url
    warm(client, [old_url, "/nl/", "/sitemap.xml"])
    about.move(campus, pos="last-child")
    assert client.get(old_url).status_code != 200
    assert client.get("/nl/")[HEADER] == "miss"
    sitemap = client.get("/sitemap.xml")
    assert sitemap[HEADER] == "miss"
    assert "/nl/campus/over-ons/" in sitemap.content.decode()


def test_scheduled_publication_refreshes_the_listing(client, newsroom):
    news = newsroom["sections"]["en"]["news"]
    release = PressReleasePageFactory(
        parent=news, title="Embargoed alliance", slug="embargoed", publish=False
    )
    release = PressReleasePage.objects.get(pk=release.pk)
    # An English-only release: it goes out on its own, by the editor's choice.
    release.publish_together = False
    release.go_live_at = timezone.now() + datetime.timedelta(hours=3)
    revision = release.save_revision()
    revision.publish()
    warm(client, [news.url, "/en/", "/en/feeds/releases.rss"])
    moment = revision.approved_go_live_at + datetime.timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=moment):
        call_command("publish_scheduled", stdout=StringIO())
    for url in (news.url, "/en/", "/en/feeds/releases.rss"):
        response = client.get(url)
        assert response[HEADER] == "miss", url
        assert "Embargoed alliance" in response.content.decode(), url


def test_logged_in_views_are_neither_served_from_nor_stored_in_the_cache(
    client, newsroom
):
    url = newsroom["release"].url
    user = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(user)
    assert HEADER not in client.get(url)
    assert HEADER not in client.get(url)
    client.logout()
    client.cookies.clear()
    anonymous = client.get(url)
    assert anonymous[HEADER] == "miss"
    # The logged-in visitor's view (Wagtail's user bar) never leaks.
    assert "wagtail-userbar" not in anonymous.content.decode()
    client.force_login(user)
    assert HEADER not in client.get(url)


def test_admin_preview_is_not_cached(client, newsroom):
    user = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    client.force_login(user)
    release = newsroom["release"]
    response = client.get(f"/admin/pages/{release.pk}/view_draft/")
    assert response.status_code == 200
    assert HEADER not in response
    client.logout()
    assert client.get(release.url)[HEADER] == "miss"


def run_middleware(path, view, **request_attrs):
    request = RequestFactory().get(path)
    request.user = AnonymousUser()
    for name, value in request_attrs.items():
        setattr(request, name, value)
    return AnonymousPageCacheMiddleware(view)(request)


def counting_view(make_response):
    calls = []

    def view(request):
        calls.append(request)
        return make_response(request)

    return view, calls


@pytest.mark.parametrize(
    ("path", "make_response", "attrs"),
    [
        ("/review/some-token/", lambda r: HttpResponse("draft"), {}),
        ("/admin/pages/3/", lambda r: HttpResponse("admin"), {}),
        ("/en/news/", lambda r: HttpResponse("preview"), {"is_preview": True}),
        (
            "/en/news/",
            lambda r: HttpResponse("x", headers={"Cache-Control": "no-store"}),
            {},
        ),
        (
            "/en/news/",
            lambda r: HttpResponse("x", headers={"Cache-Control": "private"}),
            {},
        ),
        ("/en/news/", lambda r: HttpResponse(get_token(r)), {}),
        ("/en/news/", lambda r: HttpResponse(status=404), {}),
    ],
    ids=["review", "admin", "preview", "no-store", "private", "csrf", "404"],
)
def test_responses_that_must_not_be_shared_are_not_stored(
    db, settings, path, make_response, attrs
):
    view, calls = counting_view(make_response)
    run_middleware(path, view, **attrs)
    second = run_middleware(path, view, **attrs)
    assert len(calls) == 2
    assert second.get(HEADER) != "hit"


def test_response_setting_a_cookie_is_not_stored(db):
    def view(request):
        response = HttpResponse("hello")
        response.set_cookie("choice", "fr")
        return response

    view_calls, calls = counting_view(lambda r: view(r))
    run_middleware("/en/news/", view_calls)
    run_middleware("/en/news/", view_calls)
    assert len(calls) == 2

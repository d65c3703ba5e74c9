"""HTML kept between requests ({% kept %}, cards, feeds) is never stale or leaked.

Each test renders for a reader first, so the process keeps the fragments, the
routed page, the lists and the feeds; then it changes something the way an
editor would, or lets time pass, and checks the very next response.
"""

import datetime
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.test import Client
from django.urls import reverse

from news.models import PressReleasePage
from tests.home.factories import build_sections
from tests.news.factories import EventPageFactory, PressReleasePageFactory
from tests.partners.factories import PartnerPageFactory

pytestmark = pytest.mark.django_db

NOW = datetime.datetime(2026, 5, 4, 10, 0, tzinfo=datetime.UTC)


@pytest.fixture
def newsroom(site_tree):
    sections = build_sections(site_tree["homes"]["en"])
    partner = PartnerPageFactory(parent=sections["partners"], title="Alpha University")
    release = PressReleasePageFactory(
        parent=sections["news"], partners=[partner], title="Alpha joins the campus"
    )
    return {"sections": sections, "partner": partner, "release": release}


def editor_client():
    user = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    editor = Client()
    editor.force_login(user)
    return editor, user


def test_a_preview_after_readers_shows_the_draft_and_leaves_readers_the_live_page(
    client, newsroom
):
    release = newsroom["release"]
    assert "Alpha joins the campus" in client.get(release.url).content.decode()
    editor, user = editor_client()
    draft = PressReleasePage.objects.get(pk=release.pk)
    draft.title = "Draft headline nobody may read"
    draft.lead = "A draft lead."
    draft.save_revision(user=user)
    preview = editor.get(
        reverse("wagtailadmin_pages:view_draft", args=[release.pk]), follow=True
    ).content.decode()
    assert "Draft headline nobody may read" in preview
    assert "A draft lead." in preview
    live = client.get(release.url).content.decode()
    assert "Alpha joins the campus" in live
    assert "Draft headline nobody may read" not in live
    assert "A draft lead." not in live


def test_a_publish_shows_in_the_article_header_and_listing_at_once(client, newsroom):
    release, news = newsroom["release"], newsroom["sections"]["news"]
    for url in (release.url, news.url, news.url + "?page=1"):
        assert client.get(url).status_code == 200
    page = PressReleasePage.objects.get(pk=release.pk)
    page.title = "Alpha and Beta join the campus"
    page.lead = "A republished lead."
    page.publish_together = False  # English only, on purpose
    page.save_revision().publish()
    article = client.get(release.url).content.decode()
    assert "Alpha and Beta join the campus" in article
    assert "A republished lead." in article
    for url in (news.url, news.url + "?page=1"):
        assert "Alpha and Beta join the campus" in client.get(url).content.decode()


def test_a_listing_keeps_each_filter_query_apart(client, newsroom):
    news = newsroom["sections"]["news"]
    other = PressReleasePageFactory(
        parent=news,
        title="An older release",
        release_date=datetime.date(2019, 3, 1),
    )
    everything = client.get(news.url).content.decode()
    assert other.title in everything
    assert newsroom["release"].title in everything
    only_2019 = client.get(news.url, {"year": "2019"}).content.decode()
    assert other.title in only_2019
    assert newsroom["release"].title not in only_2019
    # An unknown parameter is never kept, and the listing still answers it.
    unknown = client.get(news.url, {"utm_source": "x"}).content.decode()
    assert newsroom["release"].title in unknown


def test_feeds_and_calendars_show_a_publish_on_the_next_request(client, newsroom):
    news, events = newsroom["sections"]["news"], newsroom["sections"]["events"]
    feeds = ("/en/feeds/releases.rss", "/en/feeds/releases.atom")
    for url in (*feeds, "/en/calendar/events.ics"):
        assert client.get(url).status_code == 200
    PressReleasePageFactory(parent=news, title="Freshly published release")
    EventPageFactory(parent=events, title="Freshly published event")
    for url in feeds:
        assert "Freshly published release" in client.get(url).content.decode(), url
    calendar = client.get("/en/calendar/events.ics")
    assert calendar["Content-Type"].startswith("text/calendar")
    assert "Freshly published event" in calendar.content.decode()


def test_a_kept_feed_is_not_served_for_an_unknown_partner(client, newsroom):
    partner = newsroom["partner"]
    assert client.get(f"/en/feeds/partners/{partner.slug}.rss").status_code == 200
    assert client.get("/en/feeds/partners/no-such-partner.rss").status_code == 404


def test_an_event_that_ends_moves_to_the_past_without_a_publish(client, site_tree):
    index = build_sections(site_tree["homes"]["en"])["events"]
    EventPageFactory(
        parent=index,
        title="Soon day",
        start=NOW + datetime.timedelta(hours=1),
        end=NOW + datetime.timedelta(hours=2),
    )
    with mock.patch("news.models.events.timezone.now", return_value=NOW):
        before = client.get(index.url)
    assert [e.title for e in before.context["upcoming_events"]] == ["Soon day"]
    assert before.context["past_events"] == []
    later = NOW + datetime.timedelta(hours=3)
    with mock.patch("news.models.events.timezone.now", return_value=later):
        after = client.get(index.url)
    assert after.context["upcoming_events"] == []
    assert [e.title for e in after.context["past_events"]] == ["Soon day"]


def test_the_home_page_drops_an_event_that_ended_from_its_kept_window(
    client, site_tree
):
    home = site_tree["homes"]["en"]
    index = build_sections(home)["events"]
    for number in range(8):
        EventPageFactory(
            parent=index,
            title=f"Day {number}",
            start=NOW + datetime.timedelta(hours=number + 1),
            end=NOW + datetime.timedelta(hours=number + 2),
        )
    with mock.patch("home.models.timezone.now", return_value=NOW):
        before = client.get("/en/")
    assert [e.title for e in before.context["upcoming_events"]] == [
        "Day 0",
        "Day 1",
        "Day 2",
    ]
    # Six hours on, the kept window of six events has too few left: read again.
    later = NOW + datetime.timedelta(hours=6, minutes=30)
    with mock.patch("home.models.timezone.now", return_value=later):
        after = client.get("/en/")
    assert [e.title for e in after.context["upcoming_events"]] == [
        "Day 5",
        "Day 6",
        "Day 7",
    ]

"""RSS and Atom feeds, read back by feedparser."""

import datetime

import feedparser
import pytest
from django.utils import timezone

from cms.translations.publishing import publish_as_is
from tests.syndication import SECRET, build_newsroom, head_links


@pytest.fixture
def newsroom(site_tree):
    return build_newsroom(site_tree)


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    feed = feedparser.parse(response.content)
    assert not feed.bozo, (url, feed.get("bozo_exception"))
    return response, feed


def titles(feed):
    return [entry.title for entry in feed.entries]


FEEDS = [
    "/en/feeds/releases.rss",
    "/en/feeds/releases.atom",
    "/en/feeds/partners/alpha.rss",
    "/en/feeds/partners/alpha.atom",
    "/en/feeds/topics/cell-therapy.rss",
    "/en/feeds/topics/cell-therapy.atom",
]


def test_release_feeds_list_only_live_public_releases(client, newsroom):
    for url in FEEDS:
        response, feed = parse(client, url)
        assert titles(feed) == ["Alpha opens a cell therapy hub"], url
        assert SECRET.encode() not in response.content, url
        entry = feed.entries[0]
        assert entry.link == newsroom["release"].get_full_url()
        assert entry.link.startswith("http://")
        assert entry.summary == "A new hub for cell therapy opens in Ghent."


def test_rss_item_has_language_and_hero_enclosure(client, newsroom):
    _response, feed = parse(client, "/en/feeds/releases.rss")
    entry = feed.entries[0]
    assert entry.language == "en"
    (enclosure,) = entry.enclosures
    assert enclosure.href.startswith("http://testserver/")
    assert enclosure.type == "image/jpeg"
    assert int(enclosure.length) > 0
    image = client.get(enclosure.href.removeprefix("http://testserver"))
    assert image.status_code == 200


def test_atom_feed_is_in_the_language_of_its_tree(client, site_tree, newsroom):
    french = build_newsroom(site_tree, "fr")
    french["release"].title = "Alpha ouvre un centre"
    with publish_as_is():
        french["release"].save_revision().publish()
    _response, feed = parse(client, "/fr/feeds/releases.atom")
    assert titles(feed) == ["Alpha ouvre un centre"]
    assert feed.feed.language == "fr"


def test_event_feed_lists_upcoming_live_public_events(client, newsroom):
    for url in ("/en/feeds/events.rss", "/en/feeds/events.atom"):
        response, feed = parse(client, url)
        assert titles(feed) == ["Cell therapy day"], url
        assert SECRET.encode() not in response.content


def test_feed_of_a_partner_or_topic_without_content_is_valid_and_empty(
    client, newsroom
):
    for url in ("/en/feeds/partners/quiet.rss", "/en/feeds/topics/talent.atom"):
        _response, feed = parse(client, url)
        assert feed.entries == [], url
        assert feed.feed.title
    for url in ("/en/feeds/partners/nobody.rss", "/en/feeds/topics/nothing.rss"):
        assert client.get(url).status_code == 404


def test_pages_advertise_their_feeds(client, newsroom):
    def alternates(url):
        return {
            (attrs["type"], attrs["href"])
            for attrs in head_links(client.get(url).content.decode())
            if attrs.get("rel") == "alternate" and attrs.get("type")
        }

    on_release = alternates(newsroom["release"].url)
    assert ("application/rss+xml", "http://testserver/en/feeds/releases.rss") in (
        on_release
    )
    assert ("application/atom+xml", "http://testserver/en/feeds/releases.atom") in (
        on_release
    )
    on_partner = alternates(newsroom["partner"].url)
    assert (
        "application/rss+xml",
        "http://testserver/en/feeds/partners/alpha.rss",
    ) in on_partner
    on_event = alternates(newsroom["event"].url)
    assert ("application/rss+xml", "http://testserver/en/feeds/events.rss") in on_event
    assert (
        "text/calendar",
        f"http://testserver/en/calendar/events/{newsroom['event'].pk}.ics",
    ) in on_event
    assert ("text/calendar", "http://testserver/en/calendar/events.ics") in on_event


ATOM_FEEDS = [
    "/en/feeds/releases.atom",
    "/en/feeds/events.atom",
    "/en/feeds/partners/alpha.atom",
    "/en/feeds/topics/cell-therapy.atom",
    "/en/feeds/partners/quiet.atom",
]


def test_every_atom_feed_has_an_author_and_an_id_of_its_own(client, newsroom):
    feed_ids = []
    for url in ATOM_FEEDS:
        _response, feed = parse(client, url)
        assert feed.version == "atom10", url
        # The feed's author covers every entry (RFC 4287 §4.1.1).
        assert feed.feed.author == "Life Sciences Partner Network", url
        assert feed.feed.id == f"http://testserver{url}", url
        feed_ids.append(feed.feed.id)
        entry_ids = [entry.id for entry in feed.entries]
        assert len(set(entry_ids)) == len(entry_ids), url
    assert len(set(feed_ids)) == len(ATOM_FEEDS)


def test_atom_entry_keeps_its_own_author_and_the_release_date(client, newsroom):
    release = newsroom["release"]
    _response, feed = parse(client, "/en/feeds/releases.atom")
    (entry,) = feed.entries
    assert entry.author == "Jane Doe"
    assert entry.id == f"http://testserver{release.url}"
    # The dateline date is a Brussels date, whatever the hour in UTC.
    published = datetime.datetime.fromisoformat(entry.published)
    assert timezone.localtime(published).date() == release.release_date

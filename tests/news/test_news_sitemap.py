"""The Google News sitemap of each language, parsed with lxml: only releases
published in the last two days, with the news namespace's fields; listed in
the sitemap index and robots.txt."""

import datetime

import pytest
from django.utils import timezone
from lxml import etree

from news.models import PressReleasePage
from tests.cms.factories import TopicFactory
from tests.home.factories import build_sections
from tests.news.factories import PressReleasePageFactory
from tests.partners.factories import PartnerPageFactory
from tests.syndication import SECRET, hidden_pages

pytestmark = pytest.mark.django_db

NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "news": "http://www.google.com/schemas/sitemap-news/0.9",
}


def parse(client, path):
    response = client.get(path)
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/xml")
    return etree.fromstring(response.content)


def articles(client, code):
    root = parse(client, f"/{code}/sitemap-news.xml")
    found = {}
    for url in root.findall("s:url", NS):
        news = url.find("news:news", NS)
        found[url.findtext("s:loc", namespaces=NS)] = {
            "name": news.findtext("news:publication/news:name", namespaces=NS),
            "language": news.findtext("news:publication/news:language", namespaces=NS),
            "date": news.findtext("news:publication_date", namespaces=NS),
            "title": news.findtext("news:title", namespaces=NS),
        }
    return found


def published(parent, days_ago=0, **kwargs):
    page = PressReleasePageFactory(parent=parent, publish_together=False, **kwargs)
    if days_ago:
        moment = timezone.now() - datetime.timedelta(days=days_ago)
        PressReleasePage.objects.filter(pk=page.pk).update(first_published_at=moment)
    return PressReleasePage.objects.get(pk=page.pk)


@pytest.fixture
def newsroom(site_tree):
    english = build_sections(site_tree["homes"]["en"])
    french = build_sections(site_tree["homes"]["fr"])
    partner = PartnerPageFactory(parent=english["partners"])
    return {
        "today": published(english["news"], title="Fresh & <bold> news"),
        "yesterday": published(english["news"], days_ago=1.9, title="Yesterday"),
        "old": published(english["news"], days_ago=2.1, title="Three days ago"),
        "french": published(french["news"], title="Nouvelle alliance"),
        "hidden": hidden_pages(english, partner, TopicFactory()),
    }


def test_only_releases_of_the_last_two_days_in_their_language(client, newsroom):
    english = articles(client, "en")
    assert set(english) == {
        newsroom["today"].get_full_url(),
        newsroom["yesterday"].get_full_url(),
    }
    today = english[newsroom["today"].get_full_url()]
    assert today["title"] == "Fresh & <bold> news"  # escaped, then parsed back
    assert today["language"] == "en"
    assert today["name"] == "Life Sciences Partner Network"
    date = datetime.datetime.fromisoformat(today["date"])
    assert date.tzinfo is not None
    assert abs(date - newsroom["today"].first_published_at) < datetime.timedelta(
        seconds=1
    )
    french = articles(client, "fr")
    assert list(french) == [newsroom["french"].get_full_url()]
    assert french[newsroom["french"].get_full_url()]["language"] == "fr"
    assert articles(client, "nl") == {}


def test_drafts_embargoed_unpublished_and_private_releases_are_left_out(
    client, newsroom
):
    for page in newsroom["hidden"]:
        assert SECRET in page.title
    titles = {article["title"] for article in articles(client, "en").values()}
    assert not any(SECRET in title for title in titles)


def test_the_index_and_robots_list_every_sitemap(client, site_tree):
    root = parse(client, "/sitemap-index.xml")
    assert root.tag == f"{{{NS['s']}}}sitemapindex"
    locations = [loc.text for loc in root.findall("s:sitemap/s:loc", NS)]
    assert locations == [
        "http://testserver/sitemap.xml",
        "http://testserver/en/sitemap-news.xml",
        "http://testserver/fr/sitemap-news.xml",
        "http://testserver/nl/sitemap-news.xml",
    ]
    robots = client.get("/robots.txt").content.decode().splitlines()
    for location in ["http://testserver/sitemap-index.xml", *locations]:
        assert f"Sitemap: {location}" in robots

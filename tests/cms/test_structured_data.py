"""JSON-LD and social cards, read back with json.loads and an HTML parser."""

import json

import pytest

from cms.translations.publishing import publish_as_is
from tests.syndication import build_newsroom, parse_head


@pytest.fixture
def newsroom(site_tree):
    return build_newsroom(site_tree)


def head(client, page):
    response = client.get(page.url)
    assert response.status_code == 200
    return parse_head(response.content.decode())


def json_ld(client, page):
    (script,) = head(client, page).scripts
    return json.loads(script)


def test_release_is_a_news_article(client, newsroom):
    release = newsroom["release"]
    data = json_ld(client, release)
    assert data["@type"] == "NewsArticle"
    for key in ("headline", "description", "datePublished", "dateModified", "image"):
        assert data[key], key
    assert data["inLanguage"] == "en"
    assert data["author"] == {"@type": "Person", "name": "Jane Doe"}
    assert data["publisher"]["@type"] == "Organization"
    assert data["about"][0] == {
        "@type": "Organization",
        "name": "Alpha University",
        "url": newsroom["partner"].get_full_url(),
    }
    assert data["mentions"]
    assert data["isPartOf"]["@type"] == "WebSite"
    assert data["image"][0].startswith("http://testserver/")


def test_event_is_an_event(client, newsroom):
    data = json_ld(client, newsroom["event"])
    assert data["@type"] == "Event"
    for key in ("name", "startDate", "endDate", "location", "organizer"):
        assert data[key], key
    assert data["eventStatus"] == "https://schema.org/EventScheduled"
    assert data["eventAttendanceMode"].endswith("OfflineEventAttendanceMode")
    assert data["offers"]["url"] == "https://example.org/register"
    assert data["organizer"][0]["name"] == "Alpha University"


def test_partner_is_an_organization(client, newsroom):
    data = json_ld(client, newsroom["partner"])
    assert data["@type"] == "Organization"
    assert data["name"] == "Alpha University"
    assert data["url"] == "https://example.org"
    assert data["logo"].startswith("http://testserver/")
    assert data["sameAs"] == ["https://example.org"]
    assert data["address"]["addressLocality"] == "Ghent"


def test_social_card_has_hero_rendition_and_lead(client, newsroom):
    metas = head(client, newsroom["release"]).metas
    props = {m.get("property") or m.get("name"): m.get("content") for m in metas}
    assert props["og:type"] == "article"
    assert props["og:title"] == "Alpha opens a cell therapy hub"
    assert props["og:description"] == "A new hub for cell therapy opens in Ghent."
    assert props["og:image"].startswith("http://testserver/media/images/")
    assert props["og:image:width"] == "1200" or int(props["og:image:width"]) > 0
    assert props["twitter:card"] == "summary_large_image"
    assert props["twitter:description"] == props["og:description"]


def test_json_ld_escapes_markup_in_titles(client, site_tree):
    newsroom = build_newsroom(site_tree)
    release = newsroom["release"]
    release.title = "</script><script>alert(1)</script>"
    with publish_as_is():
        release.save_revision().publish()
    html = client.get(release.url).content.decode()
    assert "<script>alert(1)" not in html
    data = json_ld(client, release)
    assert data["headline"] == release.title

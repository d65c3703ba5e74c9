"""JSON-LD and social cards, read back with json.loads and an HTML parser."""

import datetime
import json

import pytest
from django.utils import timezone
from django.utils.html import strip_tags
from wagtail.models import Page

from cms.seo import cut_at_sentence
from cms.translations.publishing import publish_as_is
from tests.news.factories import EventPageFactory
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


# What Google and social networks read, property by property (issue 13) -------


def card(client, page):
    metas = head(client, page).metas
    return {m.get("property") or m.get("name"): m.get("content") for m in metas}


def test_news_article_is_dated_by_its_dateline_not_by_when_it_went_live(
    client, newsroom
):
    release = newsroom["release"]
    release.release_date = datetime.date(2025, 5, 27)
    with publish_as_is():
        release.save_revision().publish()
    data = json_ld(client, release)
    published = datetime.datetime.fromisoformat(data["datePublished"])
    modified = datetime.datetime.fromisoformat(data["dateModified"])
    assert published.date() == datetime.date(2025, 5, 27)
    assert published.utcoffset() is not None
    assert modified >= published
    assert modified.date() == timezone.localdate()
    props = card(client, release)
    assert props["og:type"] == "article"
    assert props["article:published_time"] == data["datePublished"]
    assert props["article:modified_time"] == data["dateModified"]


@pytest.mark.parametrize(
    ("code", "locale"), [("en", "en_GB"), ("fr", "fr_BE"), ("nl", "nl_BE")]
)
def test_og_locale_names_language_and_country(client, site_tree, code, locale):
    home = Page.objects.get(pk=site_tree["homes"][code].pk)
    assert card(client, home)["og:locale"] == locale
    metas = head(client, home).metas
    alternates = [
        m["content"] for m in metas if m.get("property") == "og:locale:alternate"
    ]
    assert alternates == [
        other for other in ("en_GB", "fr_BE", "nl_BE") if other != locale
    ]


def test_event_location_is_a_place_with_its_postal_address(client, newsroom):
    event = newsroom["event"]
    data = json_ld(client, event)
    assert data["location"] == {
        "@type": "Place",
        "name": "Auditorium A",
        "address": {
            "@type": "PostalAddress",
            "streetAddress": "",
            "addressLocality": "Ghent",
            "addressCountry": "BE",
        },
    }
    assert data["image"][0].startswith("http://testserver/media/images/")
    assert data["organizer"] == [
        {
            "@type": "Organization",
            "name": "Alpha University",
            "url": newsroom["partner"].get_full_url(),
        }
    ]


def test_online_event_is_at_a_virtual_location_and_always_has_an_image(
    client, newsroom
):
    event = EventPageFactory(
        parent=newsroom["sections"]["events"],
        title="Webinar",
        venue_name="",
        venue_city="",
        online_url="https://meet.example.org/webinar",
    )
    data = json_ld(client, event)
    assert data["location"] == {
        "@type": "VirtualLocation",
        "url": "https://meet.example.org/webinar",
    }
    assert data["eventAttendanceMode"].endswith("OnlineEventAttendanceMode")
    # No hero image and no organiser: the network's logo.
    assert data["image"] == ["http://testserver/static/img/mark.svg"]
    assert data["organizer"]["@type"] == "Organization"


LONG_BOILERPLATE = (
    "<p>Alpha University is a research university in Ghent with eleven faculties. "
    "It trains doctors, engineers and bioscientists, and runs a science park where "
    "forty biotech companies grew from its laboratories. Its hospital treats "
    "patients with cell and gene therapies developed on the campus itself. "
    "Together with its partners it leads clinical trials across Belgium.</p>"
)


def test_organization_has_its_whole_description_address_and_contact_point(
    client, newsroom
):
    partner = newsroom["partner"]
    partner.boilerplate = LONG_BOILERPLATE
    partner.contacts = [
        ("contact", {"name": "Press office", "role": "Press", "email": "press@a.be"}),
        ("contact", {"name": "Nobody", "role": "", "email": "", "phone": ""}),
    ]
    partner.save_revision().publish()
    data = json_ld(client, partner)
    assert data["description"] == strip_tags(LONG_BOILERPLATE)
    assert data["address"]["@type"] == "PostalAddress"
    assert data["contactPoint"] == [
        {
            "@type": "ContactPoint",
            "contactType": "Press",
            "name": "Press office",
            "email": "press@a.be",
        }
    ]
    # The meta description is cut too, but at the end of a sentence.
    meta = card(client, partner)["og:description"]
    assert len(meta) <= 300
    assert meta.endswith("on the campus itself.")
    assert strip_tags(LONG_BOILERPLATE).startswith(meta)


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("Short enough.", "Short enough."),
        ("One. " * 100, "One. " * 59 + "One."),
        ("word " * 100, ("word " * 59).strip() + "…"),
        ("Dit is het! En dan? " * 20, ("Dit is het! En dan? " * 15).strip()),
    ],
)
def test_descriptions_are_cut_at_a_sentence_end_never_mid_word(text, cut):
    result = cut_at_sentence(text)
    assert result == cut
    assert len(result) <= 300


def test_home_page_describes_the_network_and_the_site_search(client, site_tree):
    home = Page.objects.get(pk=site_tree["homes"]["fr"].pk)
    data = json_ld(client, home)
    organisation, site = data["@graph"]
    assert organisation["@type"] == "Organization"
    assert organisation["name"] == "Life Sciences Partner Network"
    assert organisation["address"] == {
        "@type": "PostalAddress",
        "streetAddress": "Rue de la Science 14",
        "postalCode": "1040",
        "addressLocality": "Brussels",
        "addressCountry": "Belgium",
    }
    assert organisation["contactPoint"][0]["email"] == "press@lifesciences-network.be"
    assert organisation["sameAs"]
    assert site["@type"] == "WebSite"
    assert site["url"] == "http://testserver/fr/"
    assert site["inLanguage"] == "fr"
    action = site["potentialAction"]
    assert action["@type"] == "SearchAction"
    assert action["target"]["urlTemplate"] == (
        "http://testserver/fr/recherche/?q={search_term_string}"
    )
    assert action["query-input"] == "required name=search_term_string"

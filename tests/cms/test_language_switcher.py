"""The switcher links each page to itself in the other languages, or to an ancestor."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale

from cms.demo.builders.newsroom import build_demo
from news.models import PressReleasePage
from tests.home.factories import build_sections


def switcher(client, url):
    soup = BeautifulSoup(client.get(url).content, "html.parser")
    nav = soup.select_one("nav.language-switcher")
    return {
        link["hreflang"]: link for link in nav.select("a.language-switcher__link")
    }, nav.select_one('[aria-current="true"]')


@pytest.fixture
def demo(db):
    return build_demo()


def cespe(code):
    page = PressReleasePage.objects.get(
        locale__language_code="en",
        slug="eu-biotech-campus-and-cespe-announce-strategic-partnership",
    )
    return page.get_translation(Locale.objects.get(language_code=code))


def test_switcher_links_to_the_same_release_in_each_language(client, demo):
    links, current = switcher(client, cespe("en").url)
    assert current.get_text(strip=True) == "English"
    assert links["fr"]["href"] == cespe("fr").url
    assert links["nl"]["href"] == cespe("nl").url
    assert links["fr"].get_text(strip=True) == "Français"
    assert links["fr"]["lang"] == "fr"
    assert links["nl"].get_text(strip=True) == "Nederlands"


def test_missing_translation_falls_back_to_the_nearest_live_ancestor(client, demo):
    dutch = cespe("nl")
    dutch.unpublish()
    links, _current = switcher(client, cespe("en").url)
    news_nl = dutch.get_parent()
    assert links["nl"]["href"] == news_nl.url
    assert "niet vertaald" in links["nl"].get_text()
    assert links["nl"]["title"]
    # The exact translation is still linked for French.
    assert links["fr"]["href"] == cespe("fr").url


# Filters and search queries travel with the reader (issue 13) -----------------


@pytest.fixture
def trilingual_news(site_tree):
    """A news index in English with live French and Dutch translations."""
    news = build_sections(site_tree["homes"]["en"])["news"]
    for code in ("fr", "nl"):
        translation = news.copy_for_translation(site_tree["locales"][code])
        translation.save_revision().publish()
    return news


def test_switcher_keeps_the_listing_filters_but_not_the_page_number(
    client, trilingual_news
):
    links, _current = switcher(
        client, f"{trilingual_news.url}?topic=cell-therapy&year=2025&page=1"
    )
    for code in ("fr", "nl"):
        translated = trilingual_news.get_translation(
            Locale.objects.get(language_code=code)
        )
        assert links[code]["href"] == (f"{translated.url}?topic=cell-therapy&year=2025")


def test_switcher_on_search_goes_to_the_search_of_the_other_language(client, site_tree):
    links, current = switcher(client, "/en/search/?q=cell+therapy&type=release")
    assert current.get_text(strip=True) == "English"
    assert links["fr"]["href"] == "/fr/recherche/?q=cell+therapy&type=release"
    assert links["nl"]["href"] == "/nl/zoeken/?q=cell+therapy&type=release"
    links, _current = switcher(client, "/nl/zoeken/")
    assert links["en"]["href"] == "/en/search/"


def test_switcher_query_is_encoded_not_echoed(client, site_tree):
    links, _current = switcher(client, '/en/search/?q="><script>x</script>')
    assert links["fr"]["href"] == (
        "/fr/recherche/?q=%22%3E%3Cscript%3Ex%3C%2Fscript%3E"
    )

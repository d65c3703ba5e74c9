"""The switcher links each page to itself in the other languages, or to an ancestor."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale

from cms.demo.builders.newsroom import build_demo
from news.models import PressReleasePage


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

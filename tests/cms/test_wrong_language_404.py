"""A URL in one language for a page that exists only in another."""

import pytest
from bs4 import BeautifulSoup
from wagtail.models import Locale

from cms.demo.builders.newsroom import build_demo
from news.models import PressReleasePage


@pytest.mark.django_db
def test_english_path_under_french_prefix_is_a_french_404_with_a_link(client):
    build_demo()
    english = PressReleasePage.objects.get(
        locale__language_code="en",
        slug="eu-biotech-campus-and-cespe-announce-strategic-partnership",
    )
    french = english.get_translation(Locale.objects.get(language_code="fr"))
    wrong = english.url.replace("/en/", "/fr/", 1)
    response = client.get(wrong)
    assert response.status_code == 404
    soup = BeautifulSoup(response.content, "html.parser")
    assert soup.html["lang"] == "fr"
    assert soup.h1.get_text() == "Page introuvable"
    links = {a["hreflang"]: a["href"] for a in soup.select(".error-page__versions a")}
    assert links == {"fr": french.url, "en": english.url}

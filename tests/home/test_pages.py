import pytest
from wagtail.models import Page
from wagtail.test.utils import WagtailPageTestCase

from home.models import HomePage


@pytest.mark.django_db
class TestHomePageTree(WagtailPageTestCase):
    def test_home_pages_live_directly_under_the_root(self):
        self.assertAllowedParentPageTypes(HomePage, {Page})

    def test_a_home_page_can_be_created_while_a_locale_lacks_one(self):
        root = Page.get_first_root_node()
        self.assertTrue(HomePage.can_create_at(root))

    def test_no_home_page_inside_another_page(self):
        from cms.demo.builders.site import build_site

        homes = build_site()["homes"]
        self.assertFalse(HomePage.can_create_at(homes["en"]))

    def test_no_fourth_home_page_once_every_locale_has_one(self):
        from cms.demo.builders.site import build_site

        build_site()
        self.assertEqual(HomePage.objects.count(), 3)
        self.assertFalse(HomePage.can_create_at(Page.get_first_root_node()))


@pytest.mark.parametrize(
    ("url", "lang", "title_word"),
    [("/en/", "en", "News"), ("/fr/", "fr", "actualité"), ("/nl/", "nl", "Nieuws")],
)
def test_each_locale_home_renders_in_its_language(
    client, site_tree, url, lang, title_word
):
    response = client.get(url)
    assert response.status_code == 200
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    assert title_word in html


def test_home_pages_are_linked_translations(site_tree):
    homes = site_tree["homes"]
    assert homes["fr"].translation_key == homes["en"].translation_key
    assert homes["nl"].translation_key == homes["en"].translation_key
    assert {
        h.locale.language_code for h in homes["en"].get_translations(inclusive=True)
    } == {
        "en",
        "fr",
        "nl",
    }


def test_language_switcher_links_to_the_other_homes(client, site_tree):
    html = client.get("/fr/").content.decode()
    assert 'href="/en/" hreflang="en" lang="en">English<' in html
    assert 'href="/nl/" hreflang="nl" lang="nl">Nederlands<' in html
    assert 'lang="fr" aria-current="true">Français<' in html

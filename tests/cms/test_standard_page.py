"""Standard pages: where they go, what editors fill in, every language renders."""

import pytest
from django.contrib.auth import get_user_model
from django.utils.text import slugify
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import nested_form_data, rich_text, streamfield

from cms.demo.builders.site import build_site
from cms.models import StandardPage
from home.models import HomePage
from news.models import NewsIndexPage
from tests.cms.factories import ImageFactory, StandardPageFactory


def standard_form(title):
    return nested_form_data(
        {
            "title": title,
            "slug": slugify(title),
            "introduction": "Who we are.",
            "body": streamfield(
                [
                    ("heading", {"text": "Our mission", "level": "h2"}),
                    ("paragraph", rich_text("<p>Training biotech talent.</p>")),
                ]
            ),
        }
    )


class TestStandardPage(WagtailPageTestCase):
    def setUp(self):
        super().setUp()
        self.home = build_site()["homes"]["en"]
        self.user = get_user_model().objects.create_superuser(
            "editor", "editor@example.org", "password"
        )
        self.client.force_login(self.user)

    def test_tree_rules(self):
        self.assertAllowedParentPageTypes(StandardPage, {HomePage, StandardPage})
        self.assertAllowedSubpageTypes(StandardPage, {StandardPage})
        self.assertCanNotCreateAt(NewsIndexPage, StandardPage)

    def test_an_editor_creates_a_standard_page_and_a_subpage(self):
        self.assertCanCreate(self.home, StandardPage, standard_form("About us"))
        about = StandardPage.objects.get(slug="about-us")
        self.assertEqual(about.body[0].value["text"], "Our mission")
        self.assertCanCreate(about, StandardPage, standard_form("Our campuses"))

    def test_renders_previews_and_edits(self):
        page = StandardPageFactory(parent=self.home, hero_image=ImageFactory())
        self.assertPageIsRenderable(page)
        self.assertPageIsPreviewable(page, post_data=standard_form(page.title))
        self.assertPageIsEditable(
            page, post_data=standard_form(page.title), user=self.user
        )


@pytest.mark.parametrize("code", ["en", "fr", "nl"])
def test_standard_page_renders_in_its_language(client, site_tree, code):
    page = StandardPageFactory(
        parent=site_tree["homes"][code],
        title=f"Programme {code}",
        introduction="One or two sentences.",
    )
    child = StandardPageFactory(parent=page, title=f"Campus {code}")
    for target in (page, child):
        assert target.url.startswith(f"/{code}/")
        response = client.get(target.url)
        assert response.status_code == 200
        html = response.content.decode()
        assert f'<html lang="{code}">' in html
        assert target.title in html
    assert "The two partners start a strategic dialogue." in html


def test_meta_description_falls_back_to_the_introduction(site_tree):
    page = StandardPageFactory(
        parent=site_tree["homes"]["en"], introduction="The introduction."
    )
    assert page.get_meta_description() == "The introduction."
    page.search_description = "Search text."
    assert page.get_meta_description() == "Search text."

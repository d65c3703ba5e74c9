"""Partner directory and profiles: tree rules, admin creation, relations."""

import datetime

from django.contrib.auth import get_user_model
from django.utils.text import slugify
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from cms.demo.builders.site import build_site
from home.models import HomePage
from partners.models import PartnerIndexPage, PartnerPage
from tests.cms.factories import TopicFactory
from tests.home.factories import build_sections
from tests.news.factories import EventPageFactory, PressReleasePageFactory
from tests.partners.factories import PartnerPageFactory


def partner_form(title, focus=()):
    """Admin form data for a partner profile, as the editor's browser posts it."""
    return nested_form_data(
        {
            "title": title,
            "slug": slugify(title),
            "acronym": "UGent",
            "organisation_type": "university",
            "region": "flanders",
            "city": "Ghent",
            "website": "https://www.ugent.be",
            "boilerplate": rich_text("<p>Ghent University is a partner.</p>"),
            "description": streamfield(
                [("paragraph", rich_text("<p>Who we are.</p>"))]
            ),
            "key_facts": streamfield(
                [("fact", {"value": "50,000", "label": "students"})]
            ),
            "focus_links": inline_formset([{"topic": t.pk} for t in focus]),
            "contacts": streamfield(
                [("contact", {"name": "Press office", "email": "press@example.org"})]
            ),
            "social_links": streamfield(
                [("link", {"platform": "linkedin", "url": "https://linkedin.com/x"})]
            ),
            "comments": inline_formset([]),
        }
    )


class PartnerTestCase(WagtailPageTestCase):
    def setUp(self):
        super().setUp()
        self.tree = build_site()
        self.sections = build_sections(self.tree["homes"]["en"])


class TestPartnerTree(PartnerTestCase):
    def test_directory_holds_only_partner_profiles(self):
        self.assertAllowedSubpageTypes(PartnerIndexPage, {PartnerPage})
        self.assertAllowedParentPageTypes(PartnerIndexPage, {HomePage})

    def test_profiles_live_only_in_the_directory_and_have_no_children(self):
        self.assertAllowedParentPageTypes(PartnerPage, {PartnerIndexPage})
        self.assertAllowedSubpageTypes(PartnerPage, set())
        self.assertCanNotCreateAt(HomePage, PartnerPage)

    def test_one_directory_per_language(self):
        self.assertFalse(PartnerIndexPage.can_create_at(self.tree["homes"]["en"]))
        self.assertTrue(PartnerIndexPage.can_create_at(self.tree["homes"]["fr"]))
        build_sections(self.tree["homes"]["fr"])
        self.assertFalse(PartnerIndexPage.can_create_at(self.tree["homes"]["fr"]))
        self.assertTrue(PartnerIndexPage.can_create_at(self.tree["homes"]["nl"]))


class TestPartnerPages(PartnerTestCase):
    def setUp(self):
        super().setUp()
        self.user = get_user_model().objects.create_superuser(
            "editor", "editor@example.org", "password"
        )
        self.client.force_login(self.user)

    def test_an_editor_creates_a_partner_profile(self):
        topic = TopicFactory(name="Cell therapy", slug="cell-therapy")
        data = partner_form("Ghent University", focus=[topic])
        self.assertCanCreate(self.sections["partners"], PartnerPage, data)

        partner = PartnerPage.objects.get(slug="ghent-university")
        self.assertTrue(partner.live)
        self.assertEqual(partner.focus_areas, [topic])
        self.assertIn("Ghent University is a partner.", partner.boilerplate)
        self.assertEqual(partner.key_facts[0].value["value"], "50,000")

    def test_directory_and_profile_render_preview_and_edit(self):
        partner = PartnerPageFactory(parent=self.sections["partners"])
        for page in (self.sections["partners"], partner):
            with self.subTest(page=type(page).__name__):
                self.assertPageIsRenderable(page)
        self.assertPageIsPreviewable(self.sections["partners"])
        # StreamField data cannot be scraped from the edit view: post it.
        self.assertPageIsPreviewable(partner, post_data=partner_form(partner.title))
        self.assertPageIsEditable(
            partner, post_data=partner_form(partner.title), user=self.user
        )


def test_partner_lists_its_live_releases_newest_first(site_tree):
    sections = build_sections(site_tree["homes"]["en"])
    partner = PartnerPageFactory(parent=sections["partners"])
    other = PartnerPageFactory(parent=sections["partners"])
    for day, partners in ((1, [partner]), (3, [partner, other]), (2, [other])):
        PressReleasePageFactory(
            parent=sections["news"],
            title=f"Day {day}",
            release_date=datetime.date(2025, 1, day),
            partners=partners,
        )
    PressReleasePageFactory(parent=sections["news"], partners=[partner], publish=False)
    assert [r.title for r in partner.releases()] == ["Day 3", "Day 1"]


def test_connections_are_partners_met_on_releases_and_events(site_tree):
    sections = build_sections(site_tree["homes"]["en"])
    partner = PartnerPageFactory(parent=sections["partners"], title="Main")
    on_release = PartnerPageFactory(parent=sections["partners"], title="B release")
    on_event = PartnerPageFactory(parent=sections["partners"], title="A event")
    on_both = PartnerPageFactory(parent=sections["partners"], title="C both")
    stranger = PartnerPageFactory(parent=sections["partners"], title="Stranger")
    PressReleasePageFactory(
        parent=sections["news"], partners=[partner, on_release, on_both]
    )
    EventPageFactory(parent=sections["events"], partners=[partner, on_event, on_both])
    EventPageFactory(parent=sections["events"], partners=[on_both, stranger])

    assert list(partner.connections()) == [on_event, on_release, on_both]
    assert list(stranger.connections()) == [on_both]


def test_meta_description_falls_back_to_plain_boilerplate(site_tree):
    sections = build_sections(site_tree["homes"]["en"])
    partner = PartnerPageFactory(
        parent=sections["partners"], boilerplate="<p><b>VIB</b> is an institute.</p>"
    )
    assert partner.get_meta_description() == "VIB is an institute."

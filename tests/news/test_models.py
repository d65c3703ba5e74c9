"""Releases, events and their index pages: tree rules, admin, About snapshots."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.utils import timezone, translation
from django.utils.text import slugify
from wagtail.test.utils import WagtailPageTestCase
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)

from cms.demo.builders.site import build_site
from cms.models import Topic
from cms.translations.publishing import publish_as_is
from home.models import HomePage
from news.models import (
    AboutSection,
    EventIndexPage,
    EventPage,
    MediaContact,
    NewsIndexPage,
    PressReleasePage,
)
from tests.cms.factories import TopicFactory
from tests.home.factories import build_sections
from tests.news.factories import (
    EventPageFactory,
    MediaContactFactory,
    PressReleasePageFactory,
)
from tests.partners.factories import PartnerPageFactory

NOW = datetime.datetime(2026, 5, 4, 10, 0, tzinfo=datetime.UTC)


def hours(n):
    return datetime.timedelta(hours=n)


def release_form(title, partners=(), topics=(), contacts=()):
    """Admin form data for a release, as the editor's browser would post it."""
    return nested_form_data(
        {
            "title": title,
            "slug": slugify(title),
            "lead": "A strategic dialogue on training.",
            "dateline_place": "Ghent–Gosselies",
            "release_date": "2026-03-02",
            "body": streamfield(
                [("paragraph", rich_text("<p>The two partners agree.</p>"))]
            ),
            "partner_links": inline_formset([{"partner": p.pk} for p in partners]),
            "about_sections": inline_formset([]),
            "topic_links": inline_formset([{"topic": t.pk} for t in topics]),
            "media_contact_links": inline_formset(
                [{"contact": c.pk} for c in contacts]
            ),
            "press_kit": streamfield([]),
            "comments": inline_formset([]),
        }
    )


def event_form(title, partners=()):
    """Admin form data for an event, as the editor's browser would post it."""
    return nested_form_data(
        {
            "title": title,
            "slug": slugify(title),
            "lead": "Talks on cell and gene therapy.",
            "start": "2026-06-11 09:00",
            "end": "2026-06-11 17:00",
            "venue_city": "Ghent",
            "speakers": streamfield([]),
            "programme": streamfield([("item", {"time": "09:30", "title": "Welcome"})]),
            "partner_links": inline_formset(
                [{"partner": p.pk, "role": "organiser"} for p in partners]
            ),
            "topic_links": inline_formset([]),
            "registration_url": "https://example.org/register",
            "registration_status": "open",
            "comments": inline_formset([]),
        }
    )


class NewsTestCase(WagtailPageTestCase):
    def setUp(self):
        super().setUp()
        self.tree = build_site()
        self.sections = build_sections(self.tree["homes"]["en"])


class TestPageTree(NewsTestCase):
    def test_news_index_holds_only_releases(self):
        self.assertAllowedSubpageTypes(NewsIndexPage, {PressReleasePage})
        self.assertAllowedParentPageTypes(NewsIndexPage, {HomePage})

    def test_releases_live_only_in_a_news_index_and_have_no_children(self):
        self.assertAllowedParentPageTypes(PressReleasePage, {NewsIndexPage})
        self.assertAllowedSubpageTypes(PressReleasePage, set())

    def test_event_index_holds_only_events(self):
        self.assertAllowedSubpageTypes(EventIndexPage, {EventPage})
        self.assertAllowedParentPageTypes(EventIndexPage, {HomePage})

    def test_events_live_only_in_an_event_index_and_have_no_children(self):
        self.assertAllowedParentPageTypes(EventPage, {EventIndexPage})
        self.assertAllowedSubpageTypes(EventPage, set())

    def test_no_second_news_index_in_the_same_language(self):
        home = self.tree["homes"]["en"]
        self.assertFalse(NewsIndexPage.can_create_at(home))
        self.assertFalse(EventIndexPage.can_create_at(home))

    def test_a_news_index_per_other_language_is_allowed(self):
        for code in ("fr", "nl"):
            home = self.tree["homes"][code]
            self.assertTrue(NewsIndexPage.can_create_at(home), code)
            self.assertTrue(EventIndexPage.can_create_at(home), code)
        build_sections(self.tree["homes"]["fr"])
        self.assertFalse(NewsIndexPage.can_create_at(self.tree["homes"]["fr"]))
        self.assertTrue(NewsIndexPage.can_create_at(self.tree["homes"]["nl"]))

    def test_releases_cannot_go_under_the_home_page(self):
        self.assertCanNotCreateAt(HomePage, PressReleasePage)
        self.assertCanNotCreateAt(HomePage, EventPage)


class TestRendering(NewsTestCase):
    def test_each_news_page_type_renders_and_previews(self):
        partner = PartnerPageFactory(parent=self.sections["partners"])
        release = PressReleasePageFactory(
            parent=self.sections["news"], partners=[partner]
        )
        event = EventPageFactory(parent=self.sections["events"], partners=[partner])
        for page in (self.sections["news"], release, self.sections["events"], event):
            with self.subTest(page=type(page).__name__):
                self.assertPageIsRenderable(page)
        # StreamField data cannot be scraped from the edit view: post it.
        self.assertPageIsPreviewable(self.sections["news"])
        self.assertPageIsPreviewable(self.sections["events"])
        self.assertPageIsPreviewable(
            release, post_data=release_form(release.title, partners=[partner])
        )
        self.assertPageIsPreviewable(
            event, post_data=event_form(event.title, partners=[partner])
        )


class TestAdminCreation(NewsTestCase):
    def setUp(self):
        super().setUp()
        self.user = get_user_model().objects.create_superuser(
            "editor", "editor@example.org", "password"
        )
        self.client.force_login(self.user)

    def test_an_editor_creates_a_release_with_partner_topic_and_contact(self):
        partner = PartnerPageFactory(
            parent=self.sections["partners"],
            title="EU Biotech Campus",
            boilerplate="<p>The campus trains biotech talent.</p>",
        )
        topic = TopicFactory(name="Cell therapy", slug="cell-therapy")
        contact = MediaContactFactory()
        data = release_form(
            "Campus and university join forces",
            partners=[partner],
            topics=[topic],
            contacts=[contact],
        )
        self.assertCanCreate(self.sections["news"], PressReleasePage, data)

        release = PressReleasePage.objects.get(slug="campus-and-university-join-forces")
        self.assertTrue(release.live)
        self.assertEqual(release.partners, [partner])
        self.assertEqual(release.topics, [topic])
        sections = list(release.about_sections.all())
        self.assertEqual(len(sections), 1)
        self.assertEqual(sections[0].heading, "About EU Biotech Campus")
        self.assertIn("trains biotech talent", sections[0].text)

    def test_an_editor_creates_an_event(self):
        partner = PartnerPageFactory(parent=self.sections["partners"])
        data = event_form("Cell therapy day", partners=[partner])
        self.assertCanCreate(self.sections["events"], EventPage, data)

        event = EventPage.objects.get(slug="cell-therapy-day")
        self.assertEqual(event.organisers, [partner])
        self.assertEqual(timezone.localtime(event.start).hour, 9)

    def test_existing_release_and_event_are_editable(self):
        release = PressReleasePageFactory(parent=self.sections["news"])
        event = EventPageFactory(parent=self.sections["events"])
        self.assertPageIsEditable(
            release, post_data=release_form(release.title), user=self.user
        )
        self.assertPageIsEditable(
            event, post_data=event_form(event.title), user=self.user
        )


# The About snapshot -----------------------------------------------------------


def test_release_snapshots_the_partner_boilerplate(site_tree):
    sections = build_sections(site_tree["homes"]["en"])
    partner = PartnerPageFactory(
        parent=sections["partners"], title="Ghent University", boilerplate="Old text"
    )
    release = PressReleasePageFactory(parent=sections["news"], partners=[partner])

    about = list(release.about_sections.all())
    assert len(about) == 1
    assert about[0].partner_id == partner.pk
    assert about[0].heading == "About Ghent University"
    assert about[0].text == "Old text"


def test_about_heading_follows_the_release_language_not_the_active_one(site_tree):
    sections = build_sections(site_tree["homes"]["en"])
    partner = PartnerPageFactory(parent=sections["partners"], title="VIB")
    translation.activate("nl")
    release = PressReleasePageFactory(parent=sections["news"], partners=[partner])
    assert release.about_sections.get().heading == "About VIB"


def test_french_release_about_heading_is_french(site_tree):
    sections = build_sections(site_tree["homes"]["fr"])
    partner = PartnerPageFactory(parent=sections["partners"], title="UCLouvain")
    release = PressReleasePageFactory(parent=sections["news"], partners=[partner])
    msgstr = "À propos de %(partner)s"  # the catalogue entry we expect
    expected = msgstr % {"partner": "UCLouvain"}
    assert release.about_sections.get().heading == expected


def test_the_partner_s_own_about_heading_in_the_release_language(site_tree):
    sections = build_sections(site_tree["homes"]["fr"])
    partner = PartnerPageFactory(
        parent=sections["partners"],
        title="EU Biotech Campus",
        about_heading="À propos de l'EU Biotech Campus",
    )
    release = PressReleasePageFactory(parent=sections["news"], partners=[partner])
    assert release.about_sections.get().heading == "À propos de l'EU Biotech Campus"


def test_an_empty_about_heading_falls_back_to_about_and_the_name(site_tree):
    sections = build_sections(site_tree["homes"]["nl"])
    partner = PartnerPageFactory(
        parent=sections["partners"], title="CESPE", about_heading=""
    )
    release = PressReleasePageFactory(parent=sections["news"], partners=[partner])
    assert release.about_sections.get().heading == "Over CESPE"


def test_later_profile_edits_leave_the_release_about_text_alone(site_tree, client):
    sections = build_sections(site_tree["homes"]["en"])
    partner = PartnerPageFactory(parent=sections["partners"], boilerplate="Old text")
    release = PressReleasePageFactory(parent=sections["news"], partners=[partner])

    partner.boilerplate = "New text"
    partner.save_revision().publish()
    # Republishing the release must not refresh or duplicate the section either.
    release.lead = "An updated lead."
    with publish_as_is():
        release.save_revision().publish()

    release = PressReleasePage.objects.get(pk=release.pk)
    assert [s.text for s in release.about_sections.all()] == ["Old text"]
    response = client.get(release.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Old text" in html
    assert "New text" not in html


def test_release_of_a_deleted_partner_keeps_its_about_text(site_tree, client):
    sections = build_sections(site_tree["homes"]["en"])
    partner = PartnerPageFactory(
        parent=sections["partners"], title="Old Partner", boilerplate="Stored text"
    )
    release = PressReleasePageFactory(parent=sections["news"], partners=[partner])
    partner.delete()

    section = AboutSection.objects.get(page=release)
    assert section.partner_id is None
    assert section.text == "Stored text"
    response = client.get(release.url)
    assert response.status_code == 200
    html = response.content.decode()
    assert "Stored text" in html
    assert "About Old Partner" in html


def test_adding_a_second_partner_adds_only_its_section(site_tree):
    sections = build_sections(site_tree["homes"]["en"])
    first = PartnerPageFactory(parent=sections["partners"], boilerplate="First")
    second = PartnerPageFactory(parent=sections["partners"], boilerplate="Second")
    release = PressReleasePageFactory(parent=sections["news"], partners=[first])
    first.boilerplate = "First, edited"
    first.save_revision().publish()

    release.partner_links.add(release.partner_links.model(partner=second))
    with publish_as_is():
        release.save_revision().publish()

    release = PressReleasePage.objects.get(pk=release.pk)
    texts = {s.partner_id: s.text for s in release.about_sections.all()}
    assert texts == {first.pk: "First", second.pk: "Second"}


# Media contacts ---------------------------------------------------------------


def test_release_without_contacts_falls_back_to_the_default(site_tree, rf):
    from cms.models import NewsroomSettings

    sections = build_sections(site_tree["homes"]["en"])
    default = MediaContactFactory(name="Press office")
    settings = NewsroomSettings.for_site(site_tree["site"])
    settings.default_media_contact = default
    settings.save()
    own = MediaContactFactory(name="Own contact")
    plain = PressReleasePageFactory(parent=sections["news"])
    with_own = PressReleasePageFactory(parent=sections["news"], media_contacts=[own])

    request = rf.get("/en/", SERVER_NAME="localhost")
    assert plain.get_context(request)["media_contacts"] == [default]
    assert with_own.get_context(request)["media_contacts"] == [own]


# Events -----------------------------------------------------------------------


@pytest.fixture
def events(site_tree):
    index = build_sections(site_tree["homes"]["en"])["events"]

    def event(title, start, end):
        return EventPageFactory(parent=index, title=title, start=start, end=end)

    return {
        "index": index,
        "later": event("Later", NOW + hours(240), NOW + hours(248)),
        "soon": event("Soon", NOW + hours(48), NOW + hours(56)),
        "running": event("Running", NOW - hours(2), NOW + hours(2)),
        "recent": event("Recent", NOW - hours(72), NOW - hours(64)),
        "old": event("Old", NOW - hours(720), NOW - hours(712)),
    }


def test_upcoming_events_come_soonest_first_and_include_running_ones(events):
    titles = [e.title for e in events["index"].upcoming(now=NOW)]
    assert titles == ["Running", "Soon", "Later"]


def test_past_events_come_most_recent_first(events):
    titles = [e.title for e in events["index"].past(now=NOW)]
    assert titles == ["Recent", "Old"]


def test_draft_events_are_not_listed(events):
    EventPageFactory(
        parent=events["index"],
        title="Draft",
        start=NOW + hours(1),
        end=NOW + hours(3),
        publish=False,
    )
    assert "Draft" not in [e.title for e in events["index"].upcoming(now=NOW)]


def test_an_event_is_past_once_it_has_ended(events):
    assert events["recent"].is_past(now=NOW)
    assert not events["running"].is_past(now=NOW)
    assert not events["soon"].is_past(now=NOW)
    assert events["running"].is_past(now=NOW + hours(3))


def test_registration_closes_when_the_event_is_past_full_or_after_deadline(events):
    from unittest import mock

    soon = events["soon"]
    with mock.patch("news.models.events.timezone.now", return_value=NOW):
        assert soon.registration_open
        assert not events["recent"].registration_open
        soon.registration_status = "full"
        assert not soon.registration_open
        soon.registration_status = "open"
        soon.registration_deadline = NOW - hours(1)
        assert not soon.registration_open
        soon.registration_deadline = None
        soon.registration_url = ""
        assert not soon.registration_open


def test_an_event_cannot_end_before_it_starts(site_tree):
    event = EventPage(
        title="Backwards", lead="x", start=NOW, end=NOW - hours(1), slug="backwards"
    )
    with pytest.raises(ValidationError) as error:
        event.clean()
    assert "end" in error.value.message_dict


# Snippets ---------------------------------------------------------------------


@pytest.mark.parametrize(
    ("factory", "model"),
    [(MediaContactFactory, MediaContact), (TopicFactory, Topic)],
)
def test_snippets_are_translatable_and_share_a_translation_key(
    site_tree, factory, model
):
    source = factory()
    copies = [
        source.copy_for_translation(site_tree["locales"][code]) for code in ("fr", "nl")
    ]
    for copy in copies:
        copy.save()
    assert {c.translation_key for c in copies} == {source.translation_key}
    assert {
        o.locale.language_code for o in source.get_translations(inclusive=True)
    } == {
        "en",
        "fr",
        "nl",
    }
    assert model.objects.filter(translation_key=source.translation_key).count() == 3

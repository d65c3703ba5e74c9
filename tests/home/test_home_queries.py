"""The home page costs the same queries however much the newsroom holds."""

import datetime

from django.utils import timezone

from tests.cms.factories import ImageFactory, TopicFactory
from tests.home.factories import build_sections
from tests.news.factories import EventPageFactory, PressReleasePageFactory
from tests.news.test_queries import assert_same_count
from tests.partners.factories import PartnerPageFactory


def test_home_queries_do_not_grow_with_releases_events_and_partners(client, site_tree):
    home = site_tree["homes"]["en"]
    sections = build_sections(home)
    topic = TopicFactory()
    soon = timezone.now() + datetime.timedelta(days=2)

    def grow(count):
        for number in range(count):
            partner = PartnerPageFactory(parent=sections["partners"])
            PressReleasePageFactory(
                parent=sections["news"],
                release_date=datetime.date(2025, 1, 1)
                + datetime.timedelta(days=number),
                partners=[partner],
                topics=[topic],
                hero_image=ImageFactory(),
            )
            EventPageFactory(
                parent=sections["events"],
                start=soon + datetime.timedelta(days=number),
                end=soon + datetime.timedelta(days=number, hours=3),
                partners=[partner],
                hero_image=ImageFactory(),
            )

    assert_same_count(client, home.url, grow)


def test_pinned_release_and_hidden_partners_cost_no_extra_per_item(client, site_tree):
    home = site_tree["homes"]["en"]
    sections = build_sections(home)
    pinned = PressReleasePageFactory(parent=sections["news"], title="Pinned")

    def grow(count):
        for _ in range(count):
            partner = PartnerPageFactory(parent=sections["partners"])
            PressReleasePageFactory(parent=sections["news"], partners=[partner])

    page = type(home).objects.get(pk=home.pk)
    page.featured_release = pinned
    page.save_revision().publish()
    assert_same_count(client, home.url, grow)

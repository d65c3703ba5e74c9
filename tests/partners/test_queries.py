"""The directory and a partner profile cost the same queries at any size."""

import datetime

import pytest

from tests.cms.factories import ImageFactory, TopicFactory
from tests.home.factories import build_sections
from tests.news.factories import EventPageFactory, PressReleasePageFactory
from tests.news.test_queries import assert_same_count
from tests.partners.factories import PartnerPageFactory


@pytest.fixture
def sections(site_tree):
    return build_sections(site_tree["homes"]["en"])


def test_directory_queries_do_not_grow_with_partners(client, sections):
    topic = TopicFactory()

    def grow(count):
        for _ in range(count):
            PartnerPageFactory(parent=sections["partners"], focus=[topic])

    assert_same_count(client, sections["partners"].url, grow)


def test_filtered_directory_queries_do_not_grow(client, sections):
    topic = TopicFactory(slug="cell-therapy")

    def grow(count):
        for _ in range(count):
            PartnerPageFactory(parent=sections["partners"], focus=[topic])

    url = sections["partners"].url + "?type=university&focus=cell-therapy"
    assert_same_count(client, url, grow)


def test_profile_queries_do_not_grow_with_releases_events_and_connections(
    client, sections
):
    partner = PartnerPageFactory(parent=sections["partners"], title="Main")
    topic = TopicFactory()
    start = datetime.datetime(2026, 1, 1, 9, tzinfo=datetime.UTC)

    def grow(count):
        for _ in range(count):
            other = PartnerPageFactory(parent=sections["partners"])
            PressReleasePageFactory(
                parent=sections["news"],
                partners=[partner, other],
                topics=[topic],
                hero_image=ImageFactory(),
            )
            EventPageFactory(
                parent=sections["events"],
                start=start,
                end=start + datetime.timedelta(hours=3),
                partners=[partner, other],
            )

    assert_same_count(client, partner.url, grow)

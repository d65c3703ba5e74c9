"""The news and event listings cost the same number of queries at any size."""

import datetime

import pytest

from cms.translations.publishing import publish_as_is
from tests.cms.factories import ImageFactory, TopicFactory, render_query_count
from tests.home.factories import build_sections
from tests.news.factories import EventPageFactory, PressReleasePageFactory
from tests.partners.factories import PartnerPageFactory

MAX_QUERIES = 15


@pytest.fixture
def sections(site_tree):
    return build_sections(site_tree["homes"]["en"])


def add_releases(sections, count):
    partners = [PartnerPageFactory(parent=sections["partners"]) for _ in range(2)]
    topic = TopicFactory()
    for number in range(count):
        PressReleasePageFactory(
            parent=sections["news"],
            release_date=datetime.date(2025, 1, 1) + datetime.timedelta(days=number),
            partners=partners,
            topics=[topic],
            hero_image=ImageFactory(),
        )


def add_events(sections, count):
    partner = PartnerPageFactory(parent=sections["partners"])
    topic = TopicFactory()
    now = datetime.datetime.now(tz=datetime.UTC)
    for number in range(count):
        # Half upcoming, half past: both lists grow.
        start = now + datetime.timedelta(days=number - count // 2, hours=1)
        EventPageFactory(
            parent=sections["events"],
            start=start,
            end=start + datetime.timedelta(hours=4),
            partners=[partner],
            topics=[topic],
            hero_image=ImageFactory(),
        )


def measure(client, url, grow):
    """Queries of `url` with 3 and then with 30 items (`grow(n)` adds n)."""
    grow(3)
    small, _ = render_query_count(client, url)
    grow(27)
    large, queries = render_query_count(client, url)
    return small, large, "\n".join(q["sql"][:160] for q in queries.captured_queries)


def assert_same_count(client, url, grow):
    small, large, detail = measure(client, url, grow)
    assert small == large, f"{small} queries with 3 items, {large} with 30:\n{detail}"
    assert large <= MAX_QUERIES, f"{large} queries:\n{detail}"


def test_news_index_queries_do_not_grow_with_releases(client, sections):
    assert_same_count(client, sections["news"].url, lambda n: add_releases(sections, n))


def test_filtered_news_index_queries_do_not_grow(client, sections):
    assert_same_count(
        client,
        sections["news"].url + "?year=2025&page=1",
        lambda n: add_releases(sections, n),
    )


def test_event_index_queries_do_not_grow_with_events(client, sections):
    assert_same_count(client, sections["events"].url, lambda n: add_events(sections, n))


def test_release_page_queries_do_not_grow_with_partners(client, sections):
    release = PressReleasePageFactory(parent=sections["news"])

    def grow(count):
        for _ in range(count):
            partner = PartnerPageFactory(parent=sections["partners"])
            release.partner_links.add(release.partner_links.model(partner=partner))
        with publish_as_is():
            release.save_revision().publish()

    assert_same_count(client, release.url, grow)

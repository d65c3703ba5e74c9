"""What readers get from the news and event pages: languages, filters, pages."""

import datetime
from unittest import mock

import pytest
from django.utils.html import escape

from cms.caching import invalidate_everything
from tests.cms.factories import TopicFactory
from tests.home.factories import build_sections
from tests.news.factories import EventPageFactory, PressReleasePageFactory
from tests.partners.factories import PartnerPageFactory

NOW = datetime.datetime(2026, 5, 4, 10, 0, tzinfo=datetime.UTC)


def titles(response):
    return [release.title for release in response.context["listing"].object_list]


# Every page type in every language ------------------------------------------


@pytest.mark.parametrize("code", ["en", "fr", "nl"])
def test_news_and_event_pages_render_in_their_language(client, site_tree, code):
    sections = build_sections(site_tree["homes"][code])
    locale = site_tree["locales"][code]
    partner = PartnerPageFactory(parent=sections["partners"])
    topic = TopicFactory(locale=locale)
    release = PressReleasePageFactory(
        parent=sections["news"], partners=[partner], topics=[topic]
    )
    event = EventPageFactory(parent=sections["events"], partners=[partner])
    for page in (sections["news"], release, sections["events"], event):
        assert page.url.startswith(f"/{code}/")
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert f'<html lang="{code}">' in html, page.url
        assert escape(page.title) in html


# News index filters ------------------------------------------------------------


@pytest.fixture
def newsroom(site_tree):
    """Releases of two partners over two years, with two topics."""
    sections = build_sections(site_tree["homes"]["en"])
    alpha = PartnerPageFactory(
        parent=sections["partners"], title="Alpha University", slug="alpha"
    )
    beta = PartnerPageFactory(
        parent=sections["partners"], title="Beta Bio", slug="beta"
    )
    cells = TopicFactory(name="Cell therapy", slug="cell-therapy")
    talent = TopicFactory(name="Talent", slug="talent")

    def release(title, day, partners, topics):
        return PressReleasePageFactory(
            parent=sections["news"],
            title=title,
            release_date=day,
            partners=partners,
            topics=topics,
        )

    release("Alpha 2024", datetime.date(2024, 3, 1), [alpha], [cells])
    release("Beta 2024", datetime.date(2024, 6, 1), [beta], [talent])
    release("Both 2025", datetime.date(2025, 2, 1), [alpha, beta], [cells, talent])
    release("Alpha 2025", datetime.date(2025, 9, 1), [alpha], [talent])
    # A release of the French tree must not leak into the English listing.
    french = build_sections(site_tree["homes"]["fr"])
    PressReleasePageFactory(parent=french["news"], title="Communiqué 2025")
    return sections["news"]


ALL_NEWEST_FIRST = ["Alpha 2025", "Both 2025", "Beta 2024", "Alpha 2024"]


def test_unfiltered_listing_is_newest_first_and_one_language(client, newsroom):
    response = client.get(newsroom.url)
    assert response.status_code == 200
    assert titles(response) == ALL_NEWEST_FIRST
    assert response.context["active_filters"] == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"partner": "alpha"}, ["Alpha 2025", "Both 2025", "Alpha 2024"]),
        ({"partner": "beta"}, ["Both 2025", "Beta 2024"]),
        ({"topic": "cell-therapy"}, ["Both 2025", "Alpha 2024"]),
        ({"topic": "talent"}, ["Alpha 2025", "Both 2025", "Beta 2024"]),
        ({"year": "2024"}, ["Beta 2024", "Alpha 2024"]),
        ({"partner": "alpha", "year": "2025"}, ["Alpha 2025", "Both 2025"]),
        ({"partner": "beta", "topic": "cell-therapy"}, ["Both 2025"]),
        ({"partner": "beta", "topic": "talent", "year": "2024"}, ["Beta 2024"]),
    ],
)
def test_filters_narrow_the_listing(client, newsroom, query, expected):
    response = client.get(newsroom.url, query)
    assert response.status_code == 200
    assert titles(response) == expected
    assert {f.param: f.value for f in response.context["active_filters"]} == query


def test_a_release_of_two_partners_is_listed_once(client, newsroom):
    response = client.get(newsroom.url, {"topic": "talent"})
    assert titles(response).count("Both 2025") == 1


def test_filter_choices_come_from_the_listing(client, newsroom):
    filters = {f.param: f for f in client.get(newsroom.url).context["filters"]}
    assert [o["value"] for o in filters["partner"].options] == ["alpha", "beta"]
    assert [o["value"] for o in filters["year"].options] == ["2025", "2024"]
    assert {o["value"] for o in filters["topic"].options} == {"cell-therapy", "talent"}


def test_year_choices_skip_years_without_a_live_release(client, newsroom):
    """Years are probed between the first and the last release date: a year
    with no release, or only an unpublished one, is not offered."""
    PressReleasePageFactory(
        parent=newsroom, title="Alpha 2021", release_date=datetime.date(2021, 5, 1)
    )
    draft = PressReleasePageFactory(
        parent=newsroom, title="Draft 2022", release_date=datetime.date(2022, 5, 1)
    )
    draft.unpublish()
    invalidate_everything()
    filters = {f.param: f for f in client.get(newsroom.url).context["filters"]}
    assert [o["value"] for o in filters["year"].options] == ["2025", "2024", "2021"]


def test_active_filters_are_shown_with_a_link_that_removes_each(client, newsroom):
    response = client.get(newsroom.url, {"partner": "alpha", "year": "2025"})
    html = response.content.decode()
    assert "Alpha University" in html
    active = {f.param: f for f in response.context["active_filters"]}
    assert active["partner"].remove_url == "?year=2025"
    assert active["year"].remove_url == "?partner=alpha"
    assert 'href="?year=2025"' in html
    assert 'href="?partner=alpha"' in html

    removed = client.get(newsroom.url + active["year"].remove_url)
    assert titles(removed) == ["Alpha 2025", "Both 2025", "Alpha 2024"]


def test_filter_links_keep_the_other_filters_and_drop_the_page(client, newsroom):
    response = client.get(newsroom.url, {"year": "2025", "page": "1"})
    partner = next(f for f in response.context["filters"] if f.param == "partner")
    alpha = next(o for o in partner.options if o["value"] == "alpha")
    assert alpha["url"] == "?year=2025&partner=alpha"
    assert escape(alpha["url"]) in response.content.decode()


# Bad input ---------------------------------------------------------------------


@pytest.mark.parametrize(
    "query",
    [
        "partner=no-such-partner",
        "topic=no-such-topic",
        "year=abcd",
        "year=1850",
        "year=2024%27--",
        "page=0",
        "page=-3",
        "page=abc",
        "page=",
        "page=1.5",
        "partner=",
        "topic=%00",
        "partner=%F0%9F%92%A5",
        "unknown=1",
    ],
)
def test_bad_filter_or_page_values_give_the_unfiltered_first_page(
    client, newsroom, query
):
    response = client.get(f"{newsroom.url}?{query}")
    assert response.status_code == 200
    assert titles(response) == ALL_NEWEST_FIRST
    assert response.context["listing"].number == 1
    assert response.context["active_filters"] == []


@pytest.mark.parametrize(
    "query", ["page=9999", "page=2", "page=99999999999999999999", "year=2024&page=2"]
)
def test_a_page_past_the_end_is_not_found(client, newsroom, query):
    assert client.get(f"{newsroom.url}?{query}").status_code == 404


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("topic=cell-therapy&topic=talent", ["Alpha 2025", "Both 2025", "Beta 2024"]),
        ("topic=talent&topic=nonsense", ["Alpha 2025", "Both 2025", "Beta 2024"]),
        ("year=2024&year=2025", ["Alpha 2025", "Both 2025"]),
        ("page=1&page=1&partner=beta&partner=beta", ["Both 2025", "Beta 2024"]),
    ],
)
def test_repeated_parameters_use_the_last_valid_value(
    client, newsroom, query, expected
):
    response = client.get(f"{newsroom.url}?{query}")
    assert response.status_code == 200
    assert titles(response) == expected


# Pagination --------------------------------------------------------------------


@pytest.fixture
def long_newsroom(site_tree):
    news = build_sections(site_tree["homes"]["en"])["news"]
    start = datetime.date(2025, 1, 1)
    for number in range(1, 27):
        PressReleasePageFactory(
            parent=news,
            title=f"Release {number:02d}",
            release_date=start + datetime.timedelta(days=number),
        )
    return news


def test_twelve_releases_per_page(client, long_newsroom):
    first = client.get(long_newsroom.url)
    assert first.context["listing"].paginator.num_pages == 3
    assert titles(first) == [f"Release {n:02d}" for n in range(26, 14, -1)]
    third = client.get(long_newsroom.url, {"page": "3"})
    assert titles(third) == ["Release 02", "Release 01"]
    html = first.content.decode()
    assert 'href="?page=2"' in html
    assert client.get(long_newsroom.url, {"page": "4"}).status_code == 404


def test_drafts_and_other_indexes_are_not_listed(client, long_newsroom):
    PressReleasePageFactory(parent=long_newsroom, title="Draft release", publish=False)
    response = client.get(long_newsroom.url)
    assert "Draft release" not in response.content.decode()
    assert response.context["listing"].paginator.count == 26


# Events ------------------------------------------------------------------------


def hours(n):
    return datetime.timedelta(hours=n)


@pytest.fixture
def calendar(site_tree):
    index = build_sections(site_tree["homes"]["en"])["events"]

    def event(title, start, end, **fields):
        return EventPageFactory(
            parent=index, title=title, start=start, end=end, **fields
        )

    return {
        "index": index,
        "later": event("Later day", NOW + hours(240), NOW + hours(248)),
        "soon": event("Soon day", NOW + hours(48), NOW + hours(56)),
        "recent": event(
            "Recent day",
            NOW - hours(72),
            NOW - hours(64),
            registration_url="https://example.org/register-recent",
        ),
        "old": event("Old day", NOW - hours(720), NOW - hours(712)),
    }


def at_now():
    return mock.patch("news.models.events.timezone.now", return_value=NOW)


def test_event_index_lists_upcoming_soonest_first_then_past_latest_first(
    client, calendar
):
    with at_now():
        response = client.get(calendar["index"].url)
    assert response.status_code == 200
    upcoming = [e.title for e in response.context["upcoming_events"]]
    past = [e.title for e in response.context["past_events"]]
    assert upcoming == ["Soon day", "Later day"]
    assert past == ["Recent day", "Old day"]
    html = response.content.decode()
    positions = [html.index(t) for t in ("Soon day", "Later day", "Recent day")]
    assert positions == sorted(positions)
    assert html.index("Recent day") < html.index("Old day")


def test_a_past_event_shows_as_past_and_hides_registration(client, calendar):
    with at_now():
        response = client.get(calendar["recent"].url)
    assert response.status_code == 200
    assert response.context["is_past"] is True
    html = response.content.decode()
    assert "This event has ended." in html
    assert 'href="https://example.org/register-recent"' not in html
    assert "Register now" not in html


def test_an_upcoming_event_offers_registration(client, calendar):
    with at_now():
        response = client.get(calendar["soon"].url)
    assert response.context["is_past"] is False
    html = response.content.decode()
    assert "This event has ended." not in html
    assert 'href="https://example.org/register"' in html


def test_event_index_ignores_query_noise(client, calendar):
    with at_now():
        response = client.get(calendar["index"].url, {"page": "abc", "year": "x"})
    assert response.status_code == 200

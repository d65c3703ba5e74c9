"""iCalendar downloads, read back by the icalendar library."""

import icalendar
import pytest

from tests.news.factories import EventPageFactory
from tests.syndication import SECRET, build_newsroom


@pytest.fixture
def newsroom(site_tree):
    return build_newsroom(site_tree)


def parse(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    assert response["Content-Type"].startswith("text/calendar")
    return icalendar.Calendar.from_ical(response.content)


def test_event_ics_has_the_rfc5545_properties(client, newsroom):
    event = newsroom["event"]
    cal = parse(client, f"/en/calendar/events/{event.pk}.ics")
    (vevent,) = cal.walk("VEVENT")
    assert [tz["TZID"] for tz in cal.walk("VTIMEZONE")] == ["Europe/Brussels"]
    assert vevent["UID"]
    assert vevent["DTSTAMP"]
    assert vevent["DTSTART"].params["TZID"] == "Europe/Brussels"
    assert vevent["DTEND"].params["TZID"] == "Europe/Brussels"
    assert vevent.decoded("DTSTART") == event.start.replace(microsecond=0)
    assert vevent.decoded("DTEND") == event.end.replace(microsecond=0)
    assert str(vevent["SUMMARY"]) == "Cell therapy day"
    assert "Ghent" in str(vevent["LOCATION"])
    assert str(vevent["URL"]) == event.get_full_url()
    assert "cell and gene therapy" in str(vevent["DESCRIPTION"])


def test_upcoming_calendar_lists_live_public_upcoming_events(client, newsroom):
    cal = parse(client, "/en/calendar/events.ics")
    summaries = [str(vevent["SUMMARY"]) for vevent in cal.walk("VEVENT")]
    assert summaries == ["Cell therapy day"]  # not the past event, not hidden ones
    assert not any(SECRET in summary for summary in summaries)


def test_hidden_and_other_language_events_are_not_downloadable(client, newsroom):
    for page in newsroom["hidden"]:
        assert client.get(f"/en/calendar/events/{page.pk}.ics").status_code == 404
    event = newsroom["event"]
    assert client.get(f"/fr/calendar/events/{event.pk}.ics").status_code == 404


def test_empty_calendar_is_valid(client, site_tree):
    cal = parse(client, "/nl/calendar/events.ics")
    assert cal.walk("VEVENT") == []
    assert str(cal["VERSION"]) == "2.0"
    assert cal.walk("VTIMEZONE")


def test_event_says_where_that_it_takes_place_and_who_organises_it(client, newsroom):
    event = newsroom["event"]
    cal = parse(client, f"/en/calendar/events/{event.pk}.ics")
    (vevent,) = cal.walk("VEVENT")
    assert str(vevent["LOCATION"]) == "Auditorium A, Ghent"
    assert str(vevent["STATUS"]) == "CONFIRMED"
    organizer = vevent["ORGANIZER"]
    assert str(organizer) == "mailto:press@lifesciences-network.be"
    assert organizer.params["CN"] == "Alpha University"
    assert str(vevent["URL"]) == event.get_full_url()


def test_online_event_without_organiser_is_organised_by_the_network(client, newsroom):
    event = EventPageFactory(
        parent=newsroom["sections"]["events"],
        venue_name="",
        venue_city="",
        online_url="https://meet.example.org/day",
    )
    cal = parse(client, "/en/calendar/events.ics")
    vevent = next(v for v in cal.walk("VEVENT") if str(v["SUMMARY"]) == event.title)
    assert str(vevent["LOCATION"]) == "https://meet.example.org/day"
    assert vevent["ORGANIZER"].params["CN"] == "Life Sciences Partner Network"

"""Dates, times and numbers in each reader's language."""

import datetime
from zoneinfo import ZoneInfo

import pytest
from django.template import Context, Template
from django.utils import formats, timezone, translation


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "27 May 2025"), ("fr", "27 mai 2025"), ("nl", "27 mei 2025")],
)
def test_release_dates(language, expected):
    with translation.override(language):
        assert formats.date_format(datetime.date(2025, 5, 27)) == expected
        rendered = Template('{{ day|date:"j F Y" }}').render(
            Context({"day": datetime.date(2025, 5, 27)})
        )
        assert rendered == expected


@pytest.mark.parametrize("language", ["en", "fr", "nl"])
def test_times_are_in_brussels_on_a_24_hour_clock(language):
    utc = datetime.datetime(2025, 5, 27, 12, 30, tzinfo=datetime.UTC)
    local = timezone.localtime(utc)
    assert local.tzinfo == ZoneInfo("Europe/Brussels")
    with translation.override(language):
        assert formats.time_format(local) == "14:30"


@pytest.mark.parametrize(
    ("language", "expected"),
    [("en", "1,234,567.5"), ("fr", "1\xa0234\xa0567,5"), ("nl", "1.234.567,5")],
)
def test_number_formats(language, expected):
    with translation.override(language):
        assert formats.number_format(1234567.5, 1, force_grouping=True) == expected

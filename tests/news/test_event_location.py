"""An event cannot be published, or sent for review, without a venue or a link."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.test.utils.form_data import inline_formset, nested_form_data, streamfield

from news.models import EventPage
from tests.home.factories import build_sections

MESSAGE = "Give a venue or an online link: an event cannot be published without one."


@pytest.fixture
def events(site_tree, client):
    user = get_user_model().objects.create_superuser("comms", "c@example.org", "pw")
    client.force_login(user)
    return build_sections(site_tree["homes"]["en"])["events"]


def event_form(action, **place):
    """The add form as an editor's browser posts it, with `action` pressed."""
    data = {
        "title": "Cell therapy day",
        "slug": "cell-therapy-day",
        "lead": "Talks on cell and gene therapy.",
        "start": "2026-06-11 09:00",
        "end": "2026-06-11 17:00",
        "speakers": streamfield([]),
        "programme": streamfield([]),
        "press_kit": streamfield([]),
        "partner_links": inline_formset([]),
        "topic_links": inline_formset([]),
        "registration_status": "open",
        "comments": inline_formset([]),
        **place,
    }
    form = nested_form_data(data)
    if action:
        form[action] = action
    return form


def add(client, events, data):
    url = reverse("wagtailadmin_pages:add", args=("news", "eventpage", events.pk))
    return client.post(url, data)


@pytest.mark.parametrize("action", ["action-publish", "action-submit"])
def test_publishing_an_event_without_a_place_is_refused_with_a_form_error(
    client, events, action
):
    response = add(client, events, event_form(action))
    assert response.status_code == 200
    form = response.context["form"]
    assert form.errors["venue_name"] == [MESSAGE]
    assert form.errors["online_url"] == [MESSAGE]
    assert not EventPage.objects.exists()


@pytest.mark.parametrize(
    "place",
    [
        {"venue_city": "Ghent"},
        {"venue_name": "Auditorium A"},
        {"online_url": "https://meet.example.org/day"},
    ],
)
def test_an_event_with_a_venue_or_a_link_is_published(client, events, place):
    response = add(client, events, event_form("action-publish", **place))
    assert response.status_code == 302
    assert EventPage.objects.get(slug="cell-therapy-day").live


def test_a_draft_may_leave_the_place_for_later(client, events):
    response = add(client, events, event_form(None))
    assert response.status_code == 302
    assert not EventPage.objects.get(slug="cell-therapy-day").live

"""A release and the event it announces link to each other, when live."""

from news.models import EventPage, PressReleasePage
from tests.home.factories import build_sections
from tests.news.factories import EventPageFactory, PressReleasePageFactory


def test_release_and_its_event_link_to_each_other(site_tree, client):
    sections = build_sections(site_tree["homes"]["en"])
    event = EventPageFactory(parent=sections["events"], title="Science for health")
    release = PressReleasePageFactory(
        parent=sections["news"], title="A new event for research", event=event
    )

    release_html = client.get(release.url).text
    assert f'<a href="{event.url}">Science for health</a>' in release_html
    event_html = client.get(event.url).text
    assert f'<a href="{release.url}">A new event for research</a>' in event_html


def test_an_unpublished_side_is_not_linked(site_tree, client):
    sections = build_sections(site_tree["homes"]["en"])
    event = EventPageFactory(parent=sections["events"], title="Science for health")
    release = PressReleasePageFactory(
        parent=sections["news"], title="A draft release", event=event
    )
    PressReleasePage.objects.filter(pk=release.pk).update(live=False)
    assert "A draft release" not in client.get(event.url).text

    other = PressReleasePageFactory(parent=sections["news"], event=event)
    EventPage.objects.filter(pk=event.pk).update(live=False)
    assert "Science for health" not in client.get(other.url).text

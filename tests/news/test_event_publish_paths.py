"""An event without a venue or an online link is refused on every way of
publishing, not only in the edit form (tests/news/test_event_location.py):
code, workflow approval, bulk publish, scheduled publishing and
wagtail-localize's editor. A refusal is a message, never an error page."""

import datetime
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from wagtail.models import (
    GroupApprovalTask,
    Revision,
    TaskState,
    Workflow,
    WorkflowState,
    WorkflowTask,
)

from cms.translations.errors import PublishRuleError
from news.models import EventPage
from tests.cms.factories import translate
from tests.home.factories import build_sections
from tests.news.factories import EventPageFactory

NO_PLACE = {"venue_name": "", "venue_address": "", "venue_city": "", "online_url": ""}
MESSAGE = "Give a venue or an online link: an event cannot be published without one."


@pytest.fixture
def admin(db):
    return get_user_model().objects.create_superuser("comms", "c@example.org", "pw")


@pytest.fixture
def events(site_tree):
    return build_sections(site_tree["homes"]["en"])["events"]


@pytest.fixture
def nowhere(events):
    """A draft event with neither a venue nor an online link."""
    return EventPageFactory(
        parent=events, publish=False, title="Nowhere day", **NO_PLACE
    )


def messages_of(response):
    return [str(message) for message in get_messages(response.wsgi_request)]


def is_live(page):
    return EventPage.objects.get(pk=page.pk).live


def field_link(page, field):
    edit = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    return f'href="{edit}#:w:contentpath={field}"'


def test_revision_publish_is_refused_without_a_place(nowhere):
    with pytest.raises(PublishRuleError) as refusal:
        nowhere.save_revision().publish()
    assert set(refusal.value.problems) == {"venue_name", "online_url"}
    assert MESSAGE in refusal.value.message
    assert not is_live(nowhere)


def test_revision_publish_goes_through_with_an_online_link(nowhere):
    nowhere.online_url = "https://meet.example.org/day"
    nowhere.save_revision().publish()
    assert is_live(nowhere)


def test_workflow_approval_is_refused_and_the_task_stays_in_progress(
    client, admin, nowhere
):
    task = GroupApprovalTask.objects.create(name="Communications approval")
    workflow = Workflow.objects.create(name="Event approval")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    nowhere.save_revision(user=admin)
    state = workflow.start(nowhere, admin)
    task_state = state.current_task_state
    client.force_login(admin)
    url = reverse(
        "wagtailadmin_pages:workflow_action",
        args=(nowhere.pk, "approve", task_state.pk),
    )

    response = client.post(url)

    assert response.status_code == 302
    [message] = messages_of(response)
    assert "was not approved" in message and MESSAGE in message
    assert field_link(nowhere, "venue_name") in message
    assert TaskState.objects.get(pk=task_state.pk).status == "in_progress"
    assert WorkflowState.objects.get(pk=state.pk).status == "in_progress"
    assert not is_live(nowhere)


def bulk_publish(client, pages, include_descendants=""):
    url = reverse("wagtail_bulk_action", args=("wagtailcore", "page", "publish"))
    query = "&".join(f"id={page.pk}" for page in pages)
    return client.post(f"{url}?{query}", {"include_descendants": include_descendants})


def test_bulk_publish_leaves_the_event_out_and_links_to_its_place(
    client, admin, events, nowhere
):
    placed = EventPageFactory(parent=events, publish=False, title="Ghent day")
    client.force_login(admin)

    response = bulk_publish(client, [nowhere, placed])

    assert response.status_code == 302
    messages = messages_of(response)
    refusal = [m for m in messages if "Nowhere day" in m]
    assert refusal and MESSAGE in refusal[0]
    assert field_link(nowhere, "venue_name") in refusal[0]
    assert field_link(nowhere, "online_url") in refusal[0]
    assert not is_live(nowhere)
    assert is_live(placed)


def test_bulk_publish_with_descendants_leaves_the_event_a_draft(
    client, admin, events, nowhere
):
    placed = EventPageFactory(parent=events, publish=False, title="Ghent day")
    events.save_revision()
    client.force_login(admin)

    response = bulk_publish(client, [events], include_descendants="on")

    assert response.status_code == 302
    assert any("Nowhere day" in m and MESSAGE in m for m in messages_of(response))
    assert not is_live(nowhere)
    assert is_live(placed)


def test_publish_scheduled_leaves_an_event_without_a_place_scheduled(events):
    go_live = timezone.now() + datetime.timedelta(hours=1)
    broken = EventPageFactory(parent=events, publish=False, title="Lost place")
    broken.go_live_at = go_live
    broken_revision = broken.save_revision()
    broken_revision.publish()
    # Its scheduled revision lost its place (written before the rule, say).
    content = {**broken_revision.content, **NO_PLACE}
    Revision.objects.filter(pk=broken_revision.pk).update(content=content)
    other = EventPageFactory(parent=events, publish=False, title="Other day")
    other.go_live_at = go_live
    other.save_revision().publish()

    later = go_live + datetime.timedelta(minutes=5)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled")

    assert not is_live(broken)
    assert Revision.objects.get(pk=broken_revision.pk).approved_go_live_at
    assert is_live(other)


def test_the_segment_editor_publish_is_refused_with_a_message(
    client, admin, nowhere, django_capture_on_commit_callbacks
):
    french = translate(nowhere, "fr")
    target = french.get_target_instance()
    client.force_login(admin)

    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(
            reverse("wagtailadmin_pages:edit", args=(target.pk,)),
            {"action": "publish"},
        )

    assert response.status_code == 302
    [message] = messages_of(response)
    assert MESSAGE in message
    assert field_link(target, "venue_name") in message
    assert not is_live(target)

"""Partner edits go through the Partner profile review; mail goes to Communications."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group
from django.core import mail
from django.core.management import call_command
from wagtail.models import GroupPagePermission

from partners.models import PartnerPage
from partners.permissions import (
    COMMUNICATIONS,
    PARTNER_REVIEW,
    access_for,
    add_partner_editor,
)
from tests.partners.factories import PartnerPageFactory

pytestmark = pytest.mark.django_db


def submit_edit(page, user, boilerplate):
    page.boilerplate = boilerplate
    revision = page.save_revision(user=user)
    workflow = page.get_workflow()
    workflow.start(page, user)
    return revision


def test_partner_pages_use_the_partner_profile_review(newsroom):
    page = newsroom["pages"]["A"]
    assert page.get_workflow().name == PARTNER_REVIEW
    task = page.get_workflow().tasks.get()
    assert list(task.specific.groups.values_list("name", flat=True)) == [COMMUNICATIONS]


def test_submission_notifies_communications_only(newsroom):
    page = PartnerPage.objects.get(pk=newsroom["pages"]["A"].pk)
    mail.outbox.clear()
    submit_edit(page, newsroom["users"]["editor_a"], "<p>Alpha trains 500 people.</p>")
    recipients = {address for message in mail.outbox for address in message.to}
    assert recipients == {"comms@example.org"}


def test_approval_publishes_the_edit_and_mails_no_partner(newsroom):
    page = PartnerPage.objects.get(pk=newsroom["pages"]["A"].pk)
    submit_edit(page, newsroom["users"]["editor_a"], "<p>Alpha trains 500 people.</p>")
    page.refresh_from_db()
    assert "500 people" not in page.boilerplate  # not live before approval
    mail.outbox.clear()
    state = page.current_workflow_state
    state.current_task_state.task.specific.on_action(
        state.current_task_state, newsroom["users"]["communications"], "approve"
    )
    page.refresh_from_db()
    assert "500 people" in page.boilerplate
    partner_addresses = {"a@example.org", "b@example.org"}
    assert not partner_addresses & {a for m in mail.outbox for a in m.to}


def test_request_changes_keeps_the_live_profile_and_records_the_comment(newsroom):
    page = PartnerPage.objects.get(pk=newsroom["pages"]["A"].pk)
    before = page.boilerplate
    submit_edit(page, newsroom["users"]["editor_a"], "<p>Unchecked claim.</p>")
    state = page.current_workflow_state
    state.current_task_state.task.specific.on_action(
        state.current_task_state,
        newsroom["users"]["communications"],
        "reject",
        comment="Please cite a source.",
    )
    page.refresh_from_db()
    assert page.boilerplate == before
    state.refresh_from_db()
    assert state.status == state.STATUS_NEEDS_CHANGES
    assert state.current_task_state.comment == "Please cite a source."


def test_partner_editor_cannot_edit_while_in_review(newsroom):
    page = PartnerPage.objects.get(pk=newsroom["pages"]["A"].pk)
    editor = newsroom["users"]["editor_a"]
    submit_edit(page, editor, "<p>Submitted text.</p>")
    page.refresh_from_db()
    lock = page.get_lock()
    assert lock is not None and lock.for_user(editor)
    assert not lock.for_user(newsroom["users"]["communications"])


def test_new_partner_gets_group_grants_and_collection(site_tree):
    from tests.home.factories import build_sections

    sections = build_sections(site_tree["homes"]["en"])
    page = PartnerPageFactory(parent=sections["partners"], title="Gamma Hospital")
    access = access_for(page)
    assert access.group.name == "Partner editors: Gamma Hospital"
    grants = GroupPagePermission.objects.filter(group=access.group)
    assert [(g.page_id, g.permission.codename) for g in grants] == [
        (page.pk, "change_page")
    ]
    assert access.collection.name == "Partner: Gamma Hospital"


def test_a_translation_of_a_partner_joins_the_same_group(site_tree):
    from tests.home.factories import build_sections

    sections = build_sections(site_tree["homes"]["en"])
    page = PartnerPageFactory(parent=sections["partners"], title="Delta Pharma")
    french = page.copy_for_translation(site_tree["locales"]["fr"], copy_parents=True)
    access = access_for(page)
    assert access_for(french) == access
    granted = set(
        GroupPagePermission.objects.filter(group=access.group).values_list(
            "page_id", flat=True
        )
    )
    assert granted == {page.pk, french.pk}
    assert Group.objects.filter(name__startswith="Partner editors: Delta").count() == 1


def test_add_partner_editor_command_creates_and_reuses_users(newsroom):
    out = StringIO()
    slug = newsroom["pages"]["B"].slug
    call_command(
        "add_partner_editor", slug, "new-editor", "--email", "n@example.org", stdout=out
    )
    assert "Password (shown once):" in out.getvalue()
    group = access_for(newsroom["pages"]["B"]).group
    assert group.user_set.filter(username="new-editor", email="n@example.org").exists()
    out = StringIO()
    call_command("add_partner_editor", slug, "new-editor", stdout=out)
    assert "Password" not in out.getvalue()
    assert group.user_set.filter(username="new-editor").count() == 1


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["no-such-partner", "someone"], "No partner page"),
        (["{slug}", "someone", "--email", "not-an-address"], "Not a valid email"),
        (["{slug}", "bad name!"], "Not a valid username"),
    ],
)
def test_add_partner_editor_rejects_bad_input(newsroom, args, message):
    from django.core.management.base import CommandError

    slug = newsroom["pages"]["A"].slug
    with pytest.raises(CommandError, match=message):
        call_command("add_partner_editor", *[a.format(slug=slug) for a in args])


def test_admin_screen_adds_a_partner_editor(client, newsroom):
    from django.urls import reverse

    client.force_login(newsroom["users"]["communications"])
    access = access_for(newsroom["pages"]["A"])
    response = client.post(
        reverse("partner_editors"),
        {"partner": access.pk, "username": "screen-user", "email": "s@example.org"},
        follow=True,
    )
    assert response.status_code == 200
    assert "Password, shown once" in response.content.decode()
    assert access.group.user_set.filter(username="screen-user").exists()
    bad = client.post(
        reverse("partner_editors"), {"partner": access.pk, "username": "a b"}
    )
    assert bad.status_code == 200
    assert not access.group.user_set.filter(username="a b").exists()


def test_add_partner_editor_helper_is_idempotent(newsroom):
    page = newsroom["pages"]["A"]
    user, password = add_partner_editor(page, "editor-a")
    assert password is None
    assert user.groups.filter(pk=access_for(page).group.pk).count() == 1

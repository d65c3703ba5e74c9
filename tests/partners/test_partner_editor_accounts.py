"""Accounts stay whose they are: no superuser takeover, no account changed.

Communications adds partner editors on /admin/partner-editors/ and with
`manage.py add_partner_editor`. Neither changes an existing account, and
neither puts an administrator, a member of Communications or another
partner's editor into a partner group. Should Communications ever hold
Wagtail's user permissions, it still cannot create, change or delete a
superuser, in any view or bulk action.
"""

from io import StringIO

import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.core.management import call_command
from django.core.management.base import CommandError
from django.forms.models import model_to_dict
from django.urls import reverse
from wagtail.users.models import UserProfile

from partners.permissions import access_for, communications_group

pytestmark = pytest.mark.django_db

User = get_user_model()


def snapshot(user):
    """Everything an account is: fields, password hash, groups, permissions."""
    user = User.objects.get(pk=user.pk)
    return {
        **model_to_dict(user, exclude=["groups", "user_permissions"]),
        "password": user.password,
        "groups": sorted(user.groups.values_list("name", flat=True)),
        "permissions": sorted(user.user_permissions.values_list("pk", flat=True)),
    }


def post_screen(client, newsroom, partner, username, email=""):
    access = access_for(newsroom["pages"][partner])
    return client.post(
        reverse("partner_editors"),
        {"partner": access.pk, "username": username, "email": email},
    )


@pytest.fixture
def bystander(newsroom):
    """An existing account in no group, with an email address of its own."""
    return User.objects.create_user(
        "lab-manager", "lab@example.org", "a-long-password", first_name="Lea"
    )


@pytest.fixture
def comms_client(client, newsroom):
    client.force_login(newsroom["users"]["communications"])
    return client


# The partner-editors screen ----------------------------------------------------


@pytest.mark.parametrize("email", ["root@example.org", ""])
def test_screen_refuses_to_take_over_a_superuser(comms_client, newsroom, email):
    """The demo's superuser has no email: the screen used to give it the attacker's."""
    root = newsroom["users"]["superuser"]
    User.objects.filter(pk=root.pk).update(email=email)
    before = snapshot(root)
    response = post_screen(comms_client, newsroom, "A", "root", "attacker@example.org")
    assert response.status_code == 200
    errors = response.context["form"].errors
    assert errors["username"] == [
        "root is an administrator and cannot be a partner editor."
    ]
    assert snapshot(root) == before
    assert (
        not access_for(newsroom["pages"]["A"])
        .group.user_set.filter(pk=root.pk)
        .exists()
    )
    # Without an email address either.
    response = post_screen(comms_client, newsroom, "A", "root")
    assert "username" in response.context["form"].errors
    assert snapshot(root) == before


@pytest.mark.parametrize(
    ("username", "partner", "message"),
    [
        ("comms", "A", "comms is in Communications and cannot be a partner editor."),
        ("editor-b", "A", "editor-b already edits another partner's profile."),
    ],
)
def test_screen_refuses_communications_and_other_partners(
    comms_client, newsroom, username, partner, message
):
    user = User.objects.get(username=username)
    before = snapshot(user)
    response = post_screen(comms_client, newsroom, partner, username)
    assert response.status_code == 200
    assert response.context["form"].errors["username"] == [message]
    assert snapshot(user) == before


def test_screen_never_changes_an_existing_account(comms_client, newsroom, bystander):
    before = snapshot(bystander)
    response = post_screen(
        comms_client, newsroom, "A", "lab-manager", "other@example.org"
    )
    assert response.status_code == 200
    assert "email" in response.context["form"].errors
    assert snapshot(bystander) == before

    # Without an email address (or with the same one) they join, unchanged.
    response = post_screen(
        comms_client, newsroom, "A", "lab-manager", "LAB@example.org"
    )
    assert response.status_code == 302
    after = snapshot(bystander)
    group = access_for(newsroom["pages"]["A"]).group.name
    assert after.pop("groups") == [group]
    before.pop("groups")
    assert after == before


def test_screen_does_not_give_an_account_without_email_one(comms_client, newsroom):
    user = User.objects.create_user("no-mail", "", "a-long-password")
    before = snapshot(user)
    response = post_screen(comms_client, newsroom, "A", "no-mail", "new@example.org")
    assert "email" in response.context["form"].errors
    assert snapshot(user) == before


def test_screen_still_adds_new_and_returning_editors(comms_client, newsroom):
    editor_a = newsroom["users"]["editor_a"]
    before = snapshot(editor_a)
    response = post_screen(comms_client, newsroom, "A", "editor-a", "a@example.org")
    assert response.status_code == 302
    assert snapshot(editor_a) == before
    response = post_screen(comms_client, newsroom, "B", "new-person", "n@example.org")
    assert response.status_code == 302
    created = User.objects.get(username="new-person")
    assert not created.is_superuser and not created.is_staff
    assert created.email == "n@example.org"


# The command -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("username", "email", "message"),
    [
        ("root", "attacker@example.org", "root is an administrator"),
        ("root", "", "root is an administrator"),
        ("comms", "", "comms is in Communications"),
        ("editor-b", "", "editor-b already edits another partner's profile"),
        ("lab-manager", "other@example.org", "its email address is not changed"),
    ],
)
def test_command_refuses_and_changes_nothing(
    newsroom, bystander, username, email, message
):
    user = User.objects.get(username=username)
    before = snapshot(user)
    args = [newsroom["pages"]["A"].slug, username]
    if email:
        args += ["--email", email]
    with pytest.raises(CommandError, match=message):
        call_command("add_partner_editor", *args, stdout=StringIO())
    assert snapshot(user) == before


def test_command_adds_an_existing_account_unchanged(newsroom, bystander):
    before = snapshot(bystander)
    out = StringIO()
    call_command(
        "add_partner_editor", newsroom["pages"]["A"].slug, "lab-manager", stdout=out
    )
    assert "now edits" in out.getvalue()
    after = snapshot(bystander)
    assert after.pop("groups") == [access_for(newsroom["pages"]["A"]).group.name]
    before.pop("groups")
    assert after == before


# Wagtail's users admin, should Communications ever hold user permissions -------


@pytest.fixture
def user_managers(newsroom):
    """Communications given every Wagtail user and group permission."""
    group = communications_group()
    group.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="auth",
            codename__in=[
                "add_user",
                "change_user",
                "delete_user",
                "add_group",
                "change_group",
                "delete_group",
            ],
        )
    )
    return newsroom


def refused(response):
    return response.status_code == 403 or (
        response.status_code == 302
        and response["Location"] == reverse("wagtailadmin_home")
    )


def test_communications_cannot_edit_or_delete_a_superuser(comms_client, user_managers):
    root = user_managers["users"]["superuser"]
    before = snapshot(root)
    edit = reverse("wagtailusers_users:edit", args=[root.pk])
    delete = reverse("wagtailusers_users:delete", args=[root.pk])
    assert refused(comms_client.get(edit))
    response = comms_client.post(
        edit,
        {
            "username": "root",
            "email": "attacker@example.org",
            "first_name": "Someone",
            "last_name": "Else",
            "password1": "a-new-long-password",
            "password2": "a-new-long-password",
            "is_active": "on",
            "is_superuser": "on",
        },
    )
    assert refused(response)
    assert refused(comms_client.get(delete))
    assert refused(comms_client.post(delete))
    assert snapshot(root) == before
    listing = comms_client.get(reverse("wagtailusers_users:index"))
    assert listing.status_code == 200
    assert edit not in listing.content.decode()


def test_communications_cannot_make_a_superuser(comms_client, user_managers):
    editor_a = user_managers["users"]["editor_a"]
    add = reverse("wagtailusers_users:add")
    assert "is_superuser" not in comms_client.get(add).context["form"].fields
    response = comms_client.post(
        add,
        {
            "username": "sneaky",
            "email": "sneaky@example.org",
            "first_name": "Someone",
            "last_name": "Else",
            "password1": "a-long-password-1",
            "password2": "a-long-password-1",
            "is_superuser": "on",
        },
    )
    assert response.status_code == 302, response.context["form"].errors
    sneaky = User.objects.get(username="sneaky")
    assert not sneaky.is_superuser and not sneaky.is_staff

    edit = reverse("wagtailusers_users:edit", args=[editor_a.pk])
    response = comms_client.post(
        edit,
        {
            "username": "editor-a",
            "email": "a@example.org",
            "first_name": "Ada",
            "last_name": "Else",
            "password1": "",
            "password2": "",
            "is_active": "on",
            "is_superuser": "on",
        },
    )
    assert response.status_code == 302
    editor_a.refresh_from_db()
    assert editor_a.first_name == "Ada"
    assert not editor_a.is_superuser

    comms = user_managers["users"]["communications"]
    own = reverse("wagtailusers_users:edit", args=[comms.pk])
    comms_client.post(
        own,
        {
            "username": "comms",
            "email": "comms@example.org",
            "first_name": "Someone",
            "last_name": "Else",
            "password1": "",
            "password2": "",
            "is_superuser": "on",
        },
    )
    comms.refresh_from_db()
    assert not comms.is_superuser


def bulk(action, *users):
    url = reverse("wagtail_bulk_action", args=["auth", "user", action])
    return url + "?" + "&".join(f"id={user.pk}" for user in users)


@pytest.mark.parametrize(
    ("action", "data"),
    [
        ("set_active_state", {"mark_as_active": "False"}),
        ("assign_role", {"role": "communications"}),
        ("delete", {}),
    ],
)
def test_bulk_actions_leave_superusers_alone(comms_client, user_managers, action, data):
    root = user_managers["users"]["superuser"]
    editor_b = user_managers["users"]["editor_b"]
    if data.get("role"):
        data = {"role": communications_group().pk}
    before = snapshot(root)
    confirm = comms_client.get(bulk(action, root, editor_b))
    assert confirm.status_code == 200
    response = comms_client.post(bulk(action, root, editor_b), data)
    assert response.status_code == 302
    assert snapshot(root) == before
    # The same action did reach the partner editor.
    changed = User.objects.filter(pk=editor_b.pk).first()
    if action == "delete":
        assert changed is None
    elif action == "set_active_state":
        assert not changed.is_active
    else:
        assert changed.groups.filter(pk=communications_group().pk).exists()


def test_a_superuser_still_manages_superusers(client, user_managers):
    root = user_managers["users"]["superuser"]
    other = User.objects.create_superuser("root2", "root2@example.org", "pw")
    client.force_login(root)
    edit = reverse("wagtailusers_users:edit", args=[other.pk])
    assert client.get(edit).status_code == 200
    response = client.post(
        edit,
        {
            "username": "root2",
            "email": "new-root2@example.org",
            "first_name": "Someone",
            "last_name": "Else",
            "password1": "",
            "password2": "",
            "is_active": "on",
            "is_superuser": "on",
        },
    )
    assert response.status_code == 302
    other.refresh_from_db()
    assert other.email == "new-root2@example.org"
    assert other.is_superuser
    assert (
        "is_superuser"
        in client.get(reverse("wagtailusers_users:add")).context["form"].fields
    )


def test_refusals_speak_the_editors_language(comms_client, newsroom):
    profile = UserProfile.get_for_user(newsroom["users"]["communications"])
    profile.preferred_language = "fr"
    profile.save()
    response = post_screen(comms_client, newsroom, "A", "root")
    assert response.context["form"].errors["username"] == [
        "root est administrateur et ne peut pas être éditeur partenaire."
    ]
    profile.preferred_language = "nl"
    profile.save()
    response = post_screen(comms_client, newsroom, "A", "editor-b")
    assert response.context["form"].errors["username"] == [
        "editor-b bewerkt al het profiel van een andere partner."
    ]

"""Who may do what: every role against every kind of page, asserted cell by cell."""

import pytest
from django.urls import reverse
from wagtail.models import PageLogEntry, Revision

ROLES = ["anonymous", "editor_a", "editor_b", "communications", "superuser"]
OBJECTS = ["A", "B", "release", "event"]
ACTIONS = [
    "view",
    "edit",
    "preview",
    "history",
    "compare",
    "copy",
    "translate",
    "publish",
    "delete",
    "choose_media",
    "api",
]

# What each role may do to each object: the partner editor only edits their own
# profile; Communications and superusers do everything; the public only views.
OWN_PROFILE = {"view", "edit", "preview", "history", "compare", "choose_media", "api"}
EVERYTHING = set(ACTIONS)


def allowed_actions(role, obj):
    if role == "anonymous":
        return {"view"}
    if role in ("communications", "superuser"):
        return EVERYTHING
    own = {"editor_a": "A", "editor_b": "B"}[role]
    return OWN_PROFILE if obj == own else {"view"}


def _get(client, url):
    return client.get(url).status_code


def attempt(client, action, page, image, user):
    """Try `action`; True when it is allowed, False when it is refused."""
    if action == "view":
        return _get(client, page.url) == 200
    if action == "publish":
        return bool(user) and page.permissions_for_user(user).can_publish()
    urls = {
        "edit": reverse("wagtailadmin_pages:edit", args=[page.pk]),
        "preview": reverse("wagtailadmin_pages:view_draft", args=[page.pk]),
        "history": reverse("wagtailadmin_pages:history", args=[page.pk]),
        "compare": reverse(
            "wagtailadmin_pages:revisions_compare",
            args=[page.pk, "earliest", page.latest_revision_id],
        ),
        "copy": reverse("wagtailadmin_pages:copy", args=[page.pk]),
        "translate": reverse(
            "wagtail_localize:submit_page_translation", args=[page.pk]
        ),
        "delete": reverse("wagtailadmin_pages:delete", args=[page.pk]),
        "api": reverse("wagtailadmin_api:pages:detail", args=[page.pk]),
    }
    if action == "choose_media":
        response = client.get(reverse("wagtailimages_chooser:choose"))
        return response.status_code == 200 and image.title in response.content.decode()
    status = _get(client, urls[action])
    assert status in (200, 302, 403, 404), (action, status)
    return status == 200


@pytest.mark.django_db
@pytest.mark.parametrize("role", ROLES)
def test_permission_matrix(client, newsroom, role):
    user = newsroom["users"][role]
    if user is not None:
        client.force_login(user)
    revisions_before = Revision.objects.count()
    log_before = PageLogEntry.objects.count()
    outcome = {}
    for obj in OBJECTS:
        page = newsroom["pages"][obj]
        for action in ACTIONS:
            outcome[(obj, action)] = attempt(
                client, action, page, newsroom["images"][obj], user
            )
    expected = {
        (obj, action): action in allowed_actions(role, obj)
        for obj in OBJECTS
        for action in ACTIONS
    }
    wrong = {
        cell: outcome[cell] for cell in expected if outcome[cell] != expected[cell]
    }
    assert wrong == {}
    # Looking is not touching: no request above created a revision or log entry.
    assert Revision.objects.count() == revisions_before
    assert PageLogEntry.objects.count() == log_before


@pytest.mark.django_db
def test_partner_editor_cannot_post_to_another_partners_page(client, newsroom):
    partner_b = newsroom["pages"]["B"]
    client.force_login(newsroom["users"]["editor_a"])
    revisions_before = Revision.objects.count()
    log_before = PageLogEntry.objects.count()
    title_before = partner_b.title
    for name in ("edit", "delete", "copy", "preview_on_edit"):
        url = reverse(f"wagtailadmin_pages:{name}", args=[partner_b.pk])
        response = client.post(url, {"title": "Hijacked", "slug": "hijacked"})
        assert response.status_code in (302, 403, 404), name
        if response.status_code == 302:
            assert (
                "/login/" in response["Location"] or response["Location"] == "/admin/"
            )
    move = reverse(
        "wagtailadmin_pages:move_confirm",
        args=[partner_b.pk, newsroom["pages"]["A"].get_parent().pk],
    )
    assert client.post(move).status_code in (302, 403, 404)
    partner_b.refresh_from_db()
    assert partner_b.title == title_before
    assert partner_b.live
    assert Revision.objects.count() == revisions_before
    assert PageLogEntry.objects.count() == log_before


@pytest.mark.django_db
def test_partner_editor_sees_only_own_pages_in_explorer_and_search(client, newsroom):
    client.force_login(newsroom["users"]["editor_a"])
    partners_index = newsroom["sections"]["partners"]
    listing = client.get(
        reverse("wagtailadmin_explore", args=[partners_index.pk]), follow=True
    )
    assert listing.status_code == 200
    html = listing.content.decode()
    assert "Alpha University" in html
    assert "Beta Institute" not in html
    search = client.get(reverse("wagtailadmin_pages:search"), {"q": "Institute"})
    assert "Beta Institute" not in search.content.decode()
    chooser = client.get(
        reverse("wagtailadmin_choose_page_child", args=[partners_index.pk])
    )
    assert "Beta Institute" not in chooser.content.decode()


@pytest.mark.django_db
@pytest.mark.parametrize(
    "url_name",
    [
        "wagtailusers_users:index",
        "wagtailusers_groups:index",
        "wagtailsites:index",
        "wagtailadmin_workflows:index",
        "partner_editors",
    ],
)
def test_partner_editor_cannot_manage_the_newsroom(client, newsroom, url_name):
    client.force_login(newsroom["users"]["editor_a"])
    response = client.get(reverse(url_name))
    assert response.status_code in (302, 403)
    if response.status_code == 302:
        assert response["Location"] == "/admin/"


@pytest.mark.django_db
def test_partner_editor_cannot_change_site_settings(client, newsroom):
    client.force_login(newsroom["users"]["editor_a"])
    url = reverse("wagtailsettings:edit", args=["cms", "newsroomsettings"])
    response = client.get(url)
    assert response.status_code in (302, 403)


@pytest.mark.django_db
def test_communications_can_manage_partner_editors(client, newsroom):
    client.force_login(newsroom["users"]["communications"])
    assert client.get(reverse("partner_editors")).status_code == 200

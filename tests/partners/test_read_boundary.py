"""Partner editors read only their own things, on every admin URL there is.

Partner editor A requests every URL pattern under /admin/ (from Django's
resolver), filled with the ids of what A must not see, and every bulk action's
confirmation page. No response may show a secret, and each answers 200
(filtered), 302 (to the dashboard or the login), 403, 404 or, for a view that
only takes POST, 405: never a 500.
"""

import json
import re

import pytest
from django.urls import reverse

from tests.partners.admin_urls import admin_patterns, admin_urls
from tests.partners.boundary import (
    B_IMAGE,
    B_TAG,
    CONTACT_NAME,
    EMBARGO_TITLES,
    LIVE_RELEASE_TITLE,
    MODERATED_TITLE,
    OWN_TAG,
    PARTNER_B_DRAFT_TITLE,
    UNUSED_DOCUMENT,
    build_boundary,
    secrets,
)

pytestmark = pytest.mark.django_db

CLEAR_ANSWERS = {200, 302, 403, 404, 405}


@pytest.fixture
def boundary(site_tree):
    return build_boundary(site_tree)


def _home_or_login(location):
    return location == "/admin/" or location.startswith("/admin/login/")


def answer(client, path, hidden):
    """(status, secrets shown) of `path`, through redirects other than home/login.

    Wagtail sends a refused admin view to the dashboard; a redirect elsewhere
    (another view, or Django's language prefix in front of a path the admin
    does not know) is followed to see what it ends on.
    """
    shown = []
    for _hop in range(4):
        response = client.get(path)
        content = (
            b"".join(response.streaming_content)
            if response.streaming
            else response.content
        )
        body = content.decode(errors="replace")
        shown += [secret for secret in hidden if secret in body]
        location = response.get("Location", "")
        if response.status_code != 302 or _home_or_login(location):
            return response.status_code, shown
        shown += [secret for secret in hidden if secret in location]
        path = location
    return "redirect loop", shown


def read_everything(client, data):
    """What each admin URL answers: {path: (status, secrets it shows)}.

    A listing that answers is asked again with each of its query strings; a
    refused view is refused whatever the query (Wagtail checks permissions
    before it reads one), which keeps the matrix to a few minutes.
    """
    hidden = secrets()
    client.raise_request_exception = False
    answers = {}
    for name, path, queries in admin_urls(data):
        if name == "wagtailadmin_logout":
            continue  # a GET logs out, which would end the matrix here
        answers[path] = answer(client, path, hidden)
        if answers[path][0] == 200:
            for query in queries:
                answers[f"{path}?{query}"] = answer(client, f"{path}?{query}", hidden)
    return answers


def test_partner_editor_reads_nothing_outside_their_partner(client, boundary):
    requested = {name for name, _path, _queries in admin_urls(boundary)}
    assert requested == {pattern.name for pattern in admin_patterns()}
    client.force_login(boundary["users"]["editor_a"])
    answers = read_everything(client, boundary)
    assert len(answers) > 700
    unclear = {
        path: s for path, (s, _shown) in answers.items() if s not in CLEAR_ANSWERS
    }
    leaks = {path: shown for path, (_s, shown) in answers.items() if shown}
    assert {"unclear": unclear, "leaks": leaks} == {"unclear": {}, "leaks": {}}


def sidebar_items(html):
    """(name, url) of every entry of the admin's menu, submenus included."""
    props = re.search(r'id="wagtail-sidebar-props"[^>]*>(.*?)</script>', html, re.S)
    items = []

    def walk(node):
        if isinstance(node, dict):
            args = node.get("_args")
            if node.get("_type", "").endswith("MenuItem") and args:
                name = args[0]["name"]
                # The props repeat a value as {"_val": …} the first time it occurs.
                name = name["_val"] if isinstance(name, dict) else name
                items.append((name, args[0].get("url")))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(json.loads(props.group(1)))
    return items


def test_partner_editors_menu_keeps_only_what_they_can_use(client, boundary):
    client.force_login(boundary["users"]["editor_a"])
    names = {
        name for name, _url in sidebar_items(client.get("/admin/").content.decode())
    }
    assert {"explorer", "images", "documents", "translation-status"} <= names
    for hidden in (
        "workflows",
        "workflow-tasks",
        "site-history",
        "aging-pages",
        "page-types-usage",
        "translations",
        "locked-pages",
        "snippets",
        "settings",
        "media-contacts",
        "topics",
    ):
        assert hidden not in names
    client.force_login(boundary["users"]["comms"])
    names = {
        name for name, _url in sidebar_items(client.get("/admin/").content.decode())
    }
    assert {"site-history", "workflows", "page-types-usage", "translations"} <= names


def test_partner_editor_still_reads_and_edits_their_own(client, boundary):
    own = boundary["own"]
    client.force_login(boundary["users"]["editor_a"])
    for page in own["pages"].values():
        edit = client.get(reverse("wagtailadmin_pages:edit", args=[page.pk]))
        assert edit.status_code == 200
        assert page.title in edit.content.decode()
    directory = own["pages"]["en"].get_parent()
    listing = client.get(reverse("wagtailadmin_explore", args=[directory.pk]))
    assert own["pages"]["en"].title in listing.content.decode()
    image, document = own["image"], own["document"]
    readable = {
        reverse("wagtailimages:index"): image.title,
        reverse("wagtailimages:edit", args=[image.pk]): image.title,
        reverse("wagtailimages_chooser:choose"): image.title,
        reverse("wagtailimages_chooser:select_format", args=[image.pk]): image.title,
        reverse("wagtailadmin_api:images:listing"): image.title,
        reverse("wagtaildocs:index"): document.title,
        reverse("wagtaildocs:edit", args=[document.pk]): document.title,
        reverse("wagtailadmin_api:documents:listing"): document.title,
        reverse("newsroom_translation_status"): own["pages"]["en"].title,
    }
    for url, text in readable.items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert text in response.content.decode(), url
    renamed = client.post(
        reverse("wagtailimages:edit", args=[image.pk]),
        {"title": "Alphaville lab, new wing", "collection": own["collection"].pk},
    )
    assert renamed.status_code == 302
    image.refresh_from_db()
    assert image.title == "Alphaville lab, new wing"


def test_dashboard_counts_only_their_own(client, boundary):
    client.force_login(boundary["users"]["editor_a"])
    html = client.get("/admin/").content.decode()
    summary = re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html))
    assert re.search(r"\b3 Pages\b", summary)
    # Their own image and their logo, which setup_roles filed in their collection.
    assert re.search(r"\b2 Images\b", summary)
    assert re.search(r"\b1 Document\b", summary)


def test_communications_still_sees_everything(client, boundary):
    pages, images = boundary["pages"], boundary["images"]
    client.force_login(boundary["users"]["comms"])
    embargoed = pages["embargoed_en"]
    bulk = reverse("wagtail_bulk_action", args=["wagtailimages", "image", "delete"])
    shown = {
        reverse("wagtailadmin_explore", args=[embargoed.pk]): embargoed.title,
        reverse("newsroom_translation_status"): embargoed.title,
        reverse("wagtailadmin_reports:workflow"): PARTNER_B_DRAFT_TITLE,
        reverse("wagtailadmin_reports:page_types_usage"): MODERATED_TITLE,
        reverse("wagtailadmin_api:images:listing"): images["b"].title,
        reverse("wagtailadmin_api:documents:listing"): UNUSED_DOCUMENT,
        reverse("wagtailimages_chooser:select_format", args=[images["b"].pk]): B_IMAGE,
        f"{bulk}?id={images['unused'].pk}": images["unused"].title,
        reverse("wagtail_localize:translations_report"): pages["embargoed_nl"].title,
        reverse("wagtailsnippetchoosers_news_mediacontact:choose"): CONTACT_NAME,
        "/admin/": LIVE_RELEASE_TITLE,
    }
    for url, text in shown.items():
        response = client.get(url)
        assert response.status_code == 200, url
        assert text in response.content.decode(), url


def test_usage_of_their_own_things_lists_only_their_own_pages(client, boundary):
    """The embargoed release uses A's profile, image and document."""
    own = boundary["own"]
    usage = [
        reverse("wagtailadmin_pages:usage", args=[own["pages"]["en"].pk]),
        reverse("wagtailimages:image_usage", args=[own["image"].pk]),
        reverse("wagtaildocs:document_usage", args=[own["document"].pk]),
    ]
    client.force_login(boundary["users"]["editor_a"])
    for url in usage:
        response = client.get(url)
        assert response.status_code == 200, url
        assert "(Private" not in response.content.decode(), url
        assert "Press release" not in response.content.decode(), url
    client.force_login(boundary["users"]["comms"])
    for url in usage:
        assert EMBARGO_TITLES["en"] in client.get(url).content.decode(), url


def test_tag_suggestions_come_from_their_own_media(client, boundary):
    url = reverse("wagtailadmin_tag_autocomplete")
    client.force_login(boundary["users"]["editor_a"])
    assert client.get(url, {"term": "gamma"}).json() == [OWN_TAG]
    client.force_login(boundary["users"]["comms"])
    assert client.get(url, {"term": "gamma"}).json() == [OWN_TAG, B_TAG]

"""Partner editors read only their own things, on every admin URL there is.

Partner editor A requests every URL pattern under /admin/ (from Django's
resolver), filled with the ids of what A must not see, and every bulk action's
confirmation page. No response may show a secret, and each answers 200
(filtered), 302 (to the dashboard or the login), 403, 404 or, for a view that
only takes POST, 405: never a 500.
"""

import pytest

from tests.partners.admin_urls import admin_urls
from tests.partners.boundary import build_boundary, secrets

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
    client.force_login(boundary["users"]["editor_a"])
    answers = read_everything(client, boundary)
    assert len(answers) > 300
    unclear = {
        path: s for path, (s, _shown) in answers.items() if s not in CLEAR_ANSWERS
    }
    leaks = {path: shown for path, (_s, shown) in answers.items() if shown}
    assert unclear == {}
    assert leaks == {}

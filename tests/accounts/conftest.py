import re

import pytest
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.test import Client

from partners.permissions import add_partner_editor, communications_group, setup_roles
from tests.home.factories import build_sections
from tests.partners.factories import PartnerPageFactory

PASSWORD = "a-long-test-password"


@pytest.fixture(autouse=True)
def empty_cache():
    """Password reset counts live in the cache: each test starts from zero."""
    cache.clear()
    yield
    cache.clear()


def browser_client(address="203.0.113.7", language="en"):
    """A client that checks CSRF like a browser, from one address."""
    return Client(
        enforce_csrf_checks=True,
        REMOTE_ADDR=address,
        HTTP_ACCEPT_LANGUAGE=language,
    )


def csrf_token(response):
    match = re.search(rb'name="csrfmiddlewaretoken" value="([^"]+)"', response.content)
    assert match, "the page has no CSRF token"
    return match.group(1).decode()


def sign_in(client, username, password, next_url="/admin/"):
    """Fill in and post the admin's real sign-in form."""
    form = client.get("/admin/login/")
    assert form.status_code == 200
    return client.post(
        "/admin/login/",
        {
            "csrfmiddlewaretoken": csrf_token(form),
            "username": username,
            "password": password,
            "next": next_url,
        },
    )


def signed_in(client):
    """True when the client reaches the admin dashboard."""
    return client.get("/admin/").status_code == 200


@pytest.fixture
def make_user(db):
    def make(username, *, superuser=False, communications=False, email=None):
        users = get_user_model()
        email = email or f"{username}@example.org"
        if superuser:
            user = users.objects.create_superuser(username, email, PASSWORD)
        else:
            user = users.objects.create_user(username, email, PASSWORD)
        if communications:
            user.groups.add(communications_group())
        return user

    return make


@pytest.fixture
def partner_editor(site_tree):
    """An editor of one partner's profile, with the test password."""
    sections = build_sections(site_tree["homes"]["en"])
    partner = PartnerPageFactory(parent=sections["partners"], title="Alpha University")
    setup_roles()
    editor, _password = add_partner_editor(partner, "alpha-editor", "a@example.org")
    editor.set_password(PASSWORD)
    editor.save()
    return editor

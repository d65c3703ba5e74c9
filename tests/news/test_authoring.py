"""Writing a release in the admin: choosers, About sections, go-live, the desk."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from cms.demo.builders.site import build_site
from news.models import PressReleasePage
from tests.home.factories import build_sections
from tests.news.test_models import release_form
from tests.partners.factories import PartnerPageFactory


@pytest.fixture
def newsroom(db):
    tree = build_site()
    sections = {code: build_sections(home) for code, home in tree["homes"].items()}
    return tree, sections


@pytest.fixture
def comms_client(client, db):
    user = get_user_model().objects.create_superuser("comms", "c@example.org", "pw")
    client.force_login(user)
    return client


def test_save_draft_writes_the_about_sections(newsroom, comms_client):
    _tree, sections = newsroom
    partner = PartnerPageFactory(
        parent=sections["en"]["partners"],
        title="Centre for Cell Engineering",
        acronym="CESPE",
        boilerplate="<p>CESPE engineers cells.</p>",
    )
    news = sections["en"]["news"]
    url = reverse("wagtailadmin_pages:add", args=("news", "pressreleasepage", news.pk))
    response = comms_client.post(url, release_form("Draft release", [partner]))
    assert response.status_code == 302
    release = PressReleasePage.objects.get(slug="draft-release")
    assert not release.live
    draft = release.get_latest_revision_as_object()
    assert [s.heading for s in draft.about_sections.all()] == [
        "About Centre for Cell Engineering"
    ]
    # The editor sees them when the draft opens again.
    edit = comms_client.get(reverse("wagtailadmin_pages:edit", args=(release.pk,)))
    assert "CESPE engineers cells." in edit.content.decode()

"""Writing a release in the admin: choosers, About sections, go-live, the desk."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from cms.demo.builders.site import build_site
from news.models import PressReleasePage
from tests.home.factories import build_sections
from tests.news.factories import PressReleasePageFactory
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


def _partners(sections):
    made = {}
    for code, title in (("en", "Centre for Cell Engineering"), ("fr", "Centre CESPE")):
        made[code] = PartnerPageFactory(
            parent=sections[code]["partners"], title=title, acronym="CESPE"
        )
    return made


def test_the_partner_chooser_opens_in_the_release_language(newsroom, comms_client):
    _tree, sections = newsroom
    partners = _partners(sections)
    release = PressReleasePageFactory(parent=sections["fr"]["news"])
    edit = comms_client.get(reverse("wagtailadmin_pages:edit", args=(release.pk,)))
    start = reverse("newsroom_choose_page_in", args=(sections["fr"]["partners"].pk,))
    assert start in edit.content.decode()

    browse = comms_client.get(start, {"page_type": "partners.partnerpage"})
    html = browse.json()["html"]
    assert "Centre CESPE" in html
    assert partners["en"].title not in html
    # Its search keeps to French.
    assert "locale=fr" in html

    # Once a partner is chosen, Wagtail's script asks for its parent below.
    child = reverse(
        "newsroom_choose_page_in_child",
        args=(sections["fr"]["partners"].pk, sections["fr"]["partners"].pk),
    )
    assert "Centre CESPE" in comms_client.get(child).json()["html"]
    missing = reverse("newsroom_choose_page_in", args=(999999,))
    assert comms_client.get(missing, follow=True).status_code == 404


def test_the_chooser_finds_partners_by_acronym_and_name_in_one_language(
    newsroom, comms_client
):
    _tree, sections = newsroom
    partners = _partners(sections)
    url = reverse("wagtailadmin_choose_page_search")
    for query in ("CESPE", "cespe", "Centre CESPE"):
        found = comms_client.get(
            url, {"page_type": "partners.partnerpage", "locale": "fr", "q": query}
        ).content.decode()
        assert f'data-id="{partners["fr"].pk}"' in found, query
        assert f'data-id="{partners["en"].pk}"' not in found, query
    query = "CESPE"
    nothing = comms_client.get(
        url, {"page_type": "partners.partnerpage", "locale": "xx", "q": query}
    )
    assert nothing.status_code == 200
    assert "data-id=" not in nothing.content.decode()

"""Writing a release in the admin: choosers, About sections, go-live, the desk."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone

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


def test_translate_ticks_every_language_and_opens_the_first(newsroom, comms_client):
    _tree, sections = newsroom
    release = PressReleasePageFactory(parent=sections["en"]["news"])
    # The French and Dutch news indexes must be translations of the English one.
    for code in ("fr", "nl"):
        index = sections[code]["news"]
        index.translation_key = sections["en"]["news"].translation_key
        index.save()
    url = reverse("newsroom_submit_page_translation", args=(release.pk,))
    form = comms_client.get(url).context["form"]
    ticked = {locale.language_code for locale in form.initial["locales"]}
    assert ticked == {"fr", "nl"}
    offered = form.fields["locales"].queryset
    codes = {locale.language_code: locale.pk for locale in offered}
    response = comms_client.post(url, {"locales": [codes["nl"], codes["fr"]]})
    french = release.get_translation(sections["fr"]["news"].locale)
    assert response.status_code == 302
    assert response.url == reverse("wagtailadmin_pages:edit", args=(french.pk,))
    # Nothing chosen: the form again, nothing made.
    assert comms_client.post(url, {"locales": []}).status_code == 200


def test_go_live_is_in_brussels_time_and_a_differing_dateline_warns(
    newsroom, comms_client
):
    _tree, sections = newsroom
    release = PressReleasePageFactory(
        parent=sections["en"]["news"], release_date=datetime.date(2026, 5, 27)
    )
    url = reverse("wagtailadmin_pages:edit", args=(release.pk,))
    page = comms_client.get(url).content.decode()
    assert "Go-live date/time (Brussels time)" in page

    data = release_form(release.title)
    data.update(slug=release.slug, release_date="2026-05-27")
    # 23:30 in Brussels on the 27th is the 27th, whatever UTC says.
    data["go_live_at"] = "2026-05-27 23:30"
    response = comms_client.post(url, data, follow=True)
    assert not _warnings(response)
    data["go_live_at"] = "2026-05-28 09:00"
    response = comms_client.post(url, data, follow=True)
    (warning,) = _warnings(response)
    assert "27 May 2026" in warning and "28 May 2026" in warning


def _warnings(response):
    return [
        str(message)
        for message in response.context["messages"]
        if message.level_tag == "warning"
    ]


def test_the_desk_shows_one_row_per_scheduled_release(newsroom, comms_client):
    _tree, sections = newsroom
    go_live = timezone.now() + datetime.timedelta(days=2)
    english = PressReleasePageFactory(
        parent=sections["en"]["news"], title="Campus news"
    )
    others = [
        PressReleasePageFactory(parent=sections[code]["news"], title=f"News {code}")
        for code in ("fr", "nl")
    ]
    for page in [english, *others]:
        page.translation_key = english.translation_key
        page.go_live_at = go_live
        page.save()
        page.save_revision(approved_go_live_at=go_live)
    html = comms_client.get(reverse("wagtailadmin_home")).content.decode()
    table = html[html.index("newsroom-desk__scheduled") :]
    table = table[: table.index("</table>")]
    assert table.count("<tr>") == 2  # the heading and one release
    assert "Campus news" in table
    for code in ("EN", "FR", "NL"):
        assert f">{code}</a>" in table

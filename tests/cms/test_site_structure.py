"""The site structure kept between requests (cms/caching/) is never stale.

Each test renders pages once so the process keeps what they need (routes,
menus, filter choices, release cards, a release's partners, head links), then
makes a change the way an editor would and checks the very next response.
"""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import PageViewRestriction

from cms.caching import forget, until_change
from cms.caching.tokens import generations, languages
from cms.models import NewsroomSettings
from home.models import HomePage
from news.models import PressReleasePage, ReleasePartner
from partners.models import PartnerPage
from tests.cms.factories import ImageFactory
from tests.home.factories import build_sections
from tests.news.factories import PressReleasePageFactory
from tests.partners.factories import PartnerPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def newsroom(site_tree):
    sections = build_sections(site_tree["homes"]["en"])
    partner = PartnerPageFactory(
        parent=sections["partners"], title="Alpha University", acronym="ALPHA"
    )
    release = PressReleasePageFactory(
        parent=sections["news"], partners=[partner], title="Alpha joins the campus"
    )
    return {"sections": sections, "partner": partner, "release": release}


def warm(client, *urls):
    for url in urls:
        assert client.get(url).status_code == 200, url


def republish(page, **changes):
    page = type(page).objects.get(pk=page.pk)
    for name, value in changes.items():
        setattr(page, name, value)
    if isinstance(page, PressReleasePage):
        page.publish_together = False  # English only, on purpose
    page.save_revision().publish()
    return type(page).objects.get(pk=page.pk)


def test_partner_rename_reaches_release_page_and_cards(client, newsroom):
    news, release = newsroom["sections"]["news"], newsroom["release"]
    warm(client, release.url, news.url, "/en/")
    republish(newsroom["partner"], title="Alpha University Hospital", acronym="AUH")
    page = client.get(release.url).content.decode()
    assert "Alpha University Hospital" in page
    for url in (news.url, "/en/"):
        body = client.get(url).content.decode()
        assert "AUH" in body, url
        assert "ALPHA" not in body, url


def test_new_release_changes_listing_count_filters_and_route(client, newsroom):
    news = newsroom["sections"]["news"]
    warm(client, news.url)
    assert client.get(news.url + "fresh-alliance/").status_code == 404
    fresh = PressReleasePageFactory(
        parent=news, title="Fresh alliance", slug="fresh-alliance"
    )
    fresh = PressReleasePage.objects.get(pk=fresh.pk)
    listing = client.get(news.url)
    assert "Fresh alliance" in listing.content.decode()
    assert listing.context["listing"].paginator.count == 2
    assert client.get(fresh.url).status_code == 200


def test_unpublish_and_slug_change_take_effect_on_the_next_request(client, newsroom):
    release = newsroom["release"]
    warm(client, release.url)
    old_url = release.url
    moved = republish(release, slug="alpha-joins")
    assert client.get(old_url).status_code == 404
    assert client.get(moved.url).status_code == 200
    PressReleasePage.objects.get(pk=release.pk).unpublish()
    assert client.get(moved.url).status_code == 404
    assert "Alpha joins the campus" not in client.get("/en/").content.decode()


def test_menu_and_settings_changes_show_at_once(client, newsroom, site_tree):
    news = newsroom["sections"]["news"]
    warm(client, "/en/", newsroom["release"].url)
    republish(news, title="Newsroom archive")
    settings = NewsroomSettings.for_site(site_tree["site"])
    settings.network_name = "Flemish-Walloon Life Sciences"
    settings.save()
    body = client.get(newsroom["release"].url).content.decode()
    assert "Newsroom archive" in body
    assert "Flemish-Walloon Life Sciences" in body


def test_a_page_made_private_is_private_on_the_next_request(client, newsroom):
    release, news = newsroom["release"], newsroom["sections"]["news"]
    warm(client, release.url, news.url)
    PageViewRestriction.objects.create(
        page=release, restriction_type=PageViewRestriction.LOGIN
    )
    response = client.get(release.url)
    assert response.status_code == 302
    assert "login" in response["Location"]
    assert "Alpha joins the campus" not in client.get(news.url).content.decode()


def test_a_preview_never_feeds_what_readers_get(client, newsroom):
    """A draft with another partner, previewed, leaves the live page alone."""
    release = PressReleasePage.objects.get(pk=newsroom["release"].pk)
    other = PartnerPageFactory(
        parent=newsroom["sections"]["partners"], title="Omega Institute"
    )
    user = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    editor = client.__class__()
    editor.force_login(user)
    draft = PressReleasePage.objects.get(pk=release.pk)
    draft.partner_links = [ReleasePartner(partner=other)]
    draft.about_sections = []
    draft.save_revision(user=user)
    preview = editor.get(
        reverse("wagtailadmin_pages:view_draft", args=[release.pk]), follow=True
    )
    assert "Omega Institute" in preview.content.decode()
    live = client.get(release.url).content.decode()
    assert "Alpha University" in live
    assert "Omega Institute" not in live


def test_saving_an_image_refreshes_every_language():
    before = generations(languages())
    image = ImageFactory()
    image.focal_point_x = 10
    image.save()
    assert generations(languages()) != before


def test_without_requests_nothing_is_kept(newsroom):
    """Code outside a request (commands, the scheduler) always reads the database."""
    calls = []
    until_change("probe", lambda: calls.append(1))
    until_change("probe", lambda: calls.append(1))
    assert len(calls) == 2


def test_forget_empties_the_store(client, newsroom):
    warm(client, newsroom["release"].url)
    forget()
    PartnerPage.objects.filter(pk=newsroom["partner"].pk).update(
        title="Changed quietly"
    )
    # A change without any signal (raw SQL) shows once the store is emptied.
    assert "Changed quietly" in client.get(newsroom["release"].url).content.decode()


def featured_title(html):
    """The title inside the home page's large release card."""
    start = html.index("release-card--featured")
    title = html.index('class="card__link"', start)
    return html[html.index(">", title) + 1 : html.index("</a>", title)]


def test_a_previewed_home_page_draft_does_not_pin_its_release_for_readers(
    client, newsroom, site_tree
):
    older = PressReleasePageFactory(
        parent=newsroom["sections"]["news"],
        title="An older announcement",
        release_date=datetime.date(2020, 1, 1),
    )
    home = HomePage.objects.get(pk=site_tree["homes"]["en"].pk)
    assert featured_title(client.get("/en/").content.decode()) != older.title
    user = get_user_model().objects.create_superuser("editor", "e@example.org", "pw")
    editor = client.__class__()
    editor.force_login(user)
    home.featured_release = PressReleasePage.objects.get(pk=older.pk)
    home.save_revision(user=user)
    preview = editor.get(reverse("wagtailadmin_pages:view_draft", args=[home.pk]))
    assert featured_title(preview.content.decode()) == older.title
    assert featured_title(client.get("/en/").content.decode()) != older.title

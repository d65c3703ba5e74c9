"""An embargoed release is nowhere in public before go-live, everywhere after it."""

import datetime
from io import StringIO
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone

from news.models import PressReleasePage
from tests.news.factories import EventPageFactory, PressReleasePageFactory
from tests.partners.factories import PartnerPageFactory

pytestmark = pytest.mark.django_db

EMBARGOED_TITLE = "Embargoed alliance on cell therapy"


@pytest.fixture
def embargo(site_tree):
    from tests.home.factories import build_sections

    sections = build_sections(site_tree["homes"]["en"])
    partner = PartnerPageFactory(parent=sections["partners"], title="Alpha University")
    other = PartnerPageFactory(parent=sections["partners"], title="Beta Institute")
    PressReleasePageFactory(
        parent=sections["news"], partners=[partner], title="Old news"
    )
    event = EventPageFactory(parent=sections["events"], partners=[partner])
    release = PressReleasePageFactory(
        parent=sections["news"],
        partners=[partner, other],
        title=EMBARGOED_TITLE,
        slug="embargoed-alliance",
        publish=False,
    )
    release = PressReleasePage.objects.get(pk=release.pk)
    # An English-only release: it goes out on its own, by the editor's choice.
    release.publish_together = False
    release.go_live_at = timezone.now() + datetime.timedelta(hours=3)
    revision = release.save_revision()
    revision.publish()
    release.refresh_from_db()
    return {
        "release": release,
        "revision": revision,
        "urls": [
            "/en/",
            sections["news"].url,
            partner.url,
            other.url,
            event.url,
        ],
        "home": site_tree["homes"]["en"],
        "partners": [partner, other],
    }


def public_texts(client, urls):
    return {url: client.get(url).content.decode() for url in urls}


def after_go_live(embargo):
    """Django's clock, moved to one minute after the embargo lifts."""
    moment = embargo["revision"].approved_go_live_at + datetime.timedelta(minutes=1)
    return mock.patch("django.utils.timezone.now", return_value=moment)


def lift_embargo(embargo):
    with after_go_live(embargo):
        call_command("publish_scheduled", stdout=StringIO())


def test_scheduled_release_is_not_live(embargo):
    release = embargo["release"]
    assert not release.live
    assert release.scheduled_revision is not None


def test_embargoed_release_url_is_404(client, embargo):
    release = embargo["release"]
    response = client.get("/en/news/embargoed-alliance/")
    assert release.url_path.endswith("/embargoed-alliance/")
    assert response.status_code == 404
    assert EMBARGOED_TITLE not in response.content.decode()


def test_embargoed_release_is_absent_from_public_pages(client, embargo):
    for url, html in public_texts(client, embargo["urls"]).items():
        assert EMBARGOED_TITLE not in html, url


def test_pinning_an_embargoed_release_on_home_does_not_leak_it(client, embargo):
    home = embargo["home"].specific
    home.featured_release = embargo["release"]
    home.save_revision().publish()
    assert EMBARGOED_TITLE not in client.get("/en/").content.decode()


def test_connections_do_not_come_from_embargoed_releases(client, embargo):
    alpha, beta = embargo["partners"]
    html = client.get(alpha.url).content.decode()
    assert "Beta Institute" not in html


def test_after_go_live_it_appears_everywhere(client, embargo):
    lift_embargo(embargo)
    release = PressReleasePage.objects.get(pk=embargo["release"].pk)
    assert release.live
    assert client.get(release.url).status_code == 200
    for url, html in public_texts(client, embargo["urls"][:4]).items():
        assert EMBARGOED_TITLE in html or "Beta Institute" in html, url
    alpha, _beta = embargo["partners"]
    assert "Beta Institute" in client.get(alpha.url).content.decode()


def test_nothing_is_published_before_go_live(embargo):
    call_command("run_scheduler", "--once", stdout=StringIO())
    assert not PressReleasePage.objects.get(pk=embargo["release"].pk).live


def test_run_scheduler_once_publishes_due_releases(embargo):
    with after_go_live(embargo):
        call_command("run_scheduler", "--once", stdout=StringIO())
    assert PressReleasePage.objects.get(pk=embargo["release"].pk).live

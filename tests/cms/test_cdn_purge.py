"""With a CDN configured, a publish purges everything the release changes.

The CDN is a real HTTP server on 127.0.0.1 that records the PURGE requests
Wagtail's HTTP backend sends, as a Varnish in front of the site would get them.
"""

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

import pytest

from news.models import PressReleasePage
from tests.home.factories import build_sections
from tests.news.factories import PressReleasePageFactory
from tests.partners.factories import PartnerPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def cdn(settings):
    purged = []

    class Recorder(BaseHTTPRequestHandler):
        def do_PURGE(self):
            purged.append((self.headers["Host"], self.path))
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args):
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Recorder)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    settings.WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": f"http://127.0.0.1:{server.server_address[1]}",
        }
    }
    yield purged
    server.shutdown()
    server.server_close()


def test_publish_purges_indexes_home_partners_feeds_calendar_sitemap(cdn, site_tree):
    sections = build_sections(site_tree["homes"]["en"])
    partner = PartnerPageFactory(parent=sections["partners"], title="Alpha University")
    release = PressReleasePageFactory(parent=sections["news"], partners=[partner])
    cdn.clear()
    release = PressReleasePage.objects.get(pk=release.pk)
    release.publish_together = False  # English only, on purpose
    release.title = "Alpha University joins the campus"
    release.save_revision().publish()
    paths = {path for _host, path in cdn}
    assert {
        "/en/",
        sections["news"].url,
        partner.url,
        "/en/feeds/releases.rss",
        "/en/feeds/releases.atom",
        "/en/feeds/events.rss",
        "/sitemap.xml",
    } <= paths, paths
    assert any(path.endswith(".ics") for path in paths), paths
    # The public host (NEWSROOM_BASE_URL), which the site answers at.
    assert {host for host, _path in cdn} == {"testserver"}


def test_without_a_cdn_nothing_is_purged(settings, site_tree):
    settings.WAGTAILFRONTENDCACHE = {}
    sections = build_sections(site_tree["homes"]["en"])
    release = PressReleasePageFactory(parent=sections["news"])
    release = PressReleasePage.objects.get(pk=release.pk)
    release.publish_together = False
    release.save_revision().publish()  # no CDN to reach, no error
    assert PressReleasePage.objects.get(pk=release.pk).live

"""A review-link reader's real browser loads the embargoed release's images.

Chromium fetches the images without the review token; the grant cookie the
review page set (path /media/) lets it in, and a browser without it gets 404.
"""

from pathlib import Path

import pytest
from django.test.testcases import _MediaFilesHandler

from cms.demo.builders.site import build_site
from news.models import ReviewLink
from tests.cms.media_probe import build_media_newsroom

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]

# The images the browser has loaded and decoded.
LOADED = """[...document.images]
  .filter(image => image.complete && image.naturalWidth > 0)
  .map(image => image.currentSrc)"""


@pytest.fixture
def media_through_the_app(monkeypatch):
    """The live server answers /media/ itself (Django's test media handler);
    send those requests to the application, as `make run` and `make serve` do."""
    monkeypatch.setattr(_MediaFilesHandler, "_should_handle", lambda self, path: False)


def test_review_reader_sees_embargoed_images_and_others_do_not(
    live_server, media_through_the_app, desktop, phone, screenshot
):
    newsroom = build_media_newsroom(build_site())
    hero = newsroom["embargoed_media"][0]
    link = ReviewLink.objects.create(page=newsroom["release"], recipient="Le Soir")
    desktop.goto(f"{live_server.url}/review/{link.token}/")
    desktop.wait_for_load_state("networkidle")
    loaded = desktop.evaluate(LOADED)
    stem = Path(hero.file.name).stem
    hero_files = [url for url in loaded if f"/media/images/{stem}." in url]
    assert hero_files, loaded
    screenshot(desktop, "review-embargoed-media-desktop")
    # Another browser, without the review page's grant: the same file is a 404.
    response = phone.goto(hero_files[0])
    assert response.status == 404
    assert response.headers["cache-control"] == "private, no-store"

"""Renditions templates use exist after upload and publish, before any reader."""

import pytest
from django.core.cache import cache
from wagtail.images.models import Rendition

from cms.renditions import PAGE_IMAGE_RENDITIONS, UPLOAD_RENDITIONS
from cms.translations.publishing import publish_as_is
from news.models import PressReleasePage
from tests.cms.factories import ImageFactory
from tests.home.factories import build_sections
from tests.news.factories import PressReleasePageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture(autouse=True)
def fresh_cache():
    """Wagtail caches renditions by image id, which another test may have reused."""
    cache.clear()
    yield
    cache.clear()


def forget_renditions(image):
    """Delete the image's renditions, and Wagtail's cached copies of them."""
    Rendition.objects.filter(image=image).delete()
    cache.clear()


def specs_of(image):
    return set(
        Rendition.objects.filter(image=image).values_list("filter_spec", flat=True)
    )


def test_upload_creates_listing_renditions():
    image = ImageFactory()
    assert set(UPLOAD_RENDITIONS) <= specs_of(image)


def test_publish_creates_every_hero_rendition_of_a_release(site_tree):
    sections = build_sections(site_tree["homes"]["en"])
    image = ImageFactory()
    forget_renditions(image)
    release = PressReleasePageFactory(
        parent=sections["news"], hero_image=image, publish=False
    )
    assert not specs_of(image)
    page = PressReleasePage.objects.get(pk=release.pk)
    with publish_as_is():
        page.save_revision().publish()
    wanted = set(PAGE_IMAGE_RENDITIONS["news.pressreleasepage"]["hero_image"])
    assert wanted <= specs_of(image)


def test_release_page_request_creates_no_rendition(client, site_tree):
    sections = build_sections(site_tree["homes"]["en"])
    image = ImageFactory()
    release = PressReleasePageFactory(parent=sections["news"], hero_image=image)
    before = Rendition.objects.count()
    response = client.get(release.url)
    assert response.status_code == 200
    assert Rendition.objects.count() == before
    html = response.content.decode()
    assert "image/webp" in html
    assert 'width="' in html
    assert 'height="' in html


def test_body_image_blocks_get_their_renditions(site_tree):
    sections = build_sections(site_tree["homes"]["en"])
    image = ImageFactory()
    forget_renditions(image)
    release = PressReleasePageFactory(
        parent=sections["news"],
        body=[("image", {"image": image, "caption": "", "alt_text": "A lab"})],
    )
    assert release.live
    assert "format-webp|width-640" in specs_of(image)
    assert "format-jpeg|width-1400" in specs_of(image)

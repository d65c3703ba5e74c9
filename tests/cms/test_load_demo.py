from io import StringIO

import pytest
from django.core.management import call_command
from wagtail.models import Page, Site

from cms.image_rights import rights_of
from home.models import HomePage
from news.models import EventPage, PressReleasePage
from partners.models import PartnerPage
from partners.permissions import access_for


@pytest.mark.django_db
def test_load_demo_twice_changes_nothing():
    call_command("load_demo", stdout=StringIO())
    pages = Page.objects.count()
    revisions = dict(Page.objects.values_list("pk", "latest_revision_id"))
    call_command("load_demo", stdout=StringIO())
    assert Page.objects.count() == pages
    assert dict(Page.objects.values_list("pk", "latest_revision_id")) == revisions
    assert HomePage.objects.count() == 3
    assert Site.objects.get(is_default_site=True).root_page.specific_class is HomePage
    # Each partner's own About heading, in each language (PartnerPage.about_heading).
    headings = {
        language: set(
            PressReleasePage.objects.filter(locale__language_code=language).values_list(
                "about_sections__heading", flat=True
            )
        )
        for language in ("en", "fr", "nl")
    }
    assert "About the EU Biotech Campus" in headings["en"]
    assert "À propos de l'EU Biotech Campus" in headings["fr"]
    assert "Over het CESPE" in headings["nl"]
    assert not any("À propos de EU" in heading for heading in headings["fr"])

    # Each partner's logo is in its own collection, where its editors find it.
    for partner in PartnerPage.objects.filter(locale__language_code="en"):
        assert partner.logo.collection == access_for(partner).collection

    # Every demo press-kit image carries its own credit and licence, and the
    # release's hero credit comes from its image.
    kit_images = [
        block.value["image"]
        for model in (PressReleasePage, EventPage)
        for page in model.objects.all()
        for block in page.press_kit
        if block.block_type == "image"
    ]
    assert kit_images
    assert all(rights_of(image).complete for image in kit_images)
    release = PressReleasePage.objects.filter(locale__language_code="en").first()
    assert release.hero_credit == ""
    assert release.shown_hero_credit() == rights_of(release.hero_image).credit != ""

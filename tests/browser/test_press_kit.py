"""A journalist downloads a release's press kit in Chromium, reads the terms first,
and gets a ZIP whose files carry their credit and licence.

The ZIP and the images are read back with real parsers: `zipfile`, Pillow's
XMP reader and its IPTC reader.
"""

import zipfile
from pathlib import Path

import pytest
from django.contrib.auth import get_user_model
from wagtail.users.models import UserProfile

from cms.demo.builders.site import build_site
from cms.image_rights import ImageRights
from news.models import PressKitDownload
from partners.permissions import communications_group
from tests.home.factories import build_sections
from tests.news.factories import PressReleasePageFactory
from tests.news.press_kit import (
    CREDIT,
    DOCUMENT_BYTES,
    alt_texts,
    kit_media,
    press_kit,
    read_rights,
)

pytestmark = [
    pytest.mark.browser,
    pytest.mark.serial,
    pytest.mark.django_db(transaction=True),
]


def test_a_journalist_reads_the_terms_and_downloads_the_kit(
    live_server, desktop, screenshot, tmp_path
):
    tree = build_site()
    sections = build_sections(tree["homes"]["nl"])
    release = PressReleasePageFactory(
        parent=sections["news"],
        title="Nieuwe cleanroom in Gosselies",
        slug="nieuwe-cleanroom",
        press_kit=press_kit(kit_media()),
    )
    desktop.goto(f"{live_server.url}{release.url}")
    kit = desktop.locator("#press-kit")
    kit.scroll_into_view_if_needed()
    terms = desktop.locator("#press-kit-terms")
    zip_link = desktop.get_by_role("link", name="De volledige perskit downloaden (zip)")
    assert terms.is_visible() and zip_link.is_visible()
    assert terms.bounding_box()["y"] < zip_link.bounding_box()["y"]
    assert "Gebruiksvoorwaarden" in terms.inner_text()
    first = desktop.locator('[data-kit-file="1"]')
    assert CREDIT in first.inner_text()
    assert "Creative Commons Naamsvermelding 4.0 (CC BY 4.0)" in first.inner_text()
    assert "320 × 180 px" in first.inner_text()
    preview = first.locator("img")
    assert preview.evaluate("image => image.complete && image.naturalWidth > 0")
    screenshot(desktop, "press-kit-nl-desktop")

    with desktop.expect_download() as started:
        zip_link.click()
    download = started.value
    assert download.suggested_filename == "nieuwe-cleanroom-press-kit.zip"
    saved = tmp_path / download.suggested_filename
    download.save_as(saved)
    with zipfile.ZipFile(saved) as archive:
        assert archive.testzip() is None
        assert archive.namelist() == [
            "credits-en-licenties.txt",
            "01-cleanroom-photo.jpg",
            "02-process-diagram.png",
            "03-fact-sheet.pdf",
        ]
        text = archive.read("credits-en-licenties.txt").decode()
        assert f"Credit: {CREDIT}" in text
        assert "Licentie: Redactioneel gebruik met credit" in text
        assert archive.read("03-fact-sheet.pdf") == DOCUMENT_BYTES
        description, iptc = read_rights(archive.read("01-cleanroom-photo.jpg"))
    assert description["Credit"] == CREDIT
    assert alt_texts(description["UsageTerms"])["nl"].startswith("Vrij voor elk")
    assert iptc[(2, 110)].decode() == CREDIT

    # One click on one original: the file alone, with its rights.
    with desktop.expect_download() as started:
        first.get_by_role("link", name="Het origineel downloaden").click()
    single = started.value
    assert single.suggested_filename == "01-cleanroom-photo.jpg"
    path = tmp_path / "single.jpg"
    single.save_as(path)
    description, _iptc = read_rights(path.read_bytes())
    assert description["Credit"] == CREDIT

    counts = dict(
        PressKitDownload.objects.filter(page=release).values_list("kind", "count")
    )
    assert counts == {"zip": 1, "file": 1}


SHOTS = Path(__file__).resolve().parents[2] / "test-artifacts" / "screenshots"
PASSWORD = "a-long-test-password"


def test_communications_sets_an_images_rights_and_every_kit_shows_them(
    live_server, browser
):
    tree = build_site()
    media = kit_media()
    releases = {
        code: PressReleasePageFactory(
            parent=build_sections(tree["homes"][code])["news"],
            title="Cleanroom opens" if code == "en" else "La salle blanche ouvre",
            slug="cleanroom-opens",
            press_kit=press_kit(media),
        )
        for code in ("en", "fr")
    }
    comms = get_user_model().objects.create_user("comms", "comms@example.org")
    comms.set_password(PASSWORD)
    comms.save()
    comms.groups.add(communications_group())
    base = live_server.url
    edit_url = f"{base}/admin/images/{media['photo'].pk}/"
    for code, width in (("en", 1366), ("fr", 375), ("fr", 1366), ("en", 375)):
        profile = UserProfile.get_for_user(comms)
        profile.preferred_language = code
        profile.save()
        context = browser.new_context(viewport={"width": width, "height": 900})
        page = context.new_page()
        page.goto(f"{base}/admin/login/")
        page.fill("input[name=username]", "comms")
        page.fill("input[name=password]", PASSWORD)
        page.click("button[type=submit]")
        page.wait_for_url(f"{base}/admin/")
        page.goto(edit_url)
        credit = page.locator("input[name=credit]")
        assert credit.input_value() == (
            CREDIT if code == "en" and width == 1366 else "Studio Nord"
        )
        label = "Crédit" if code == "fr" else "Credit"
        assert page.locator("label[for=id_credit]").inner_text().startswith(label)
        SHOTS.mkdir(parents=True, exist_ok=True)
        page.screenshot(
            path=str(SHOTS / f"image-edit-{code}-{width}.png"), full_page=True
        )
        if code == "en" and width == 1366:
            credit.fill("Studio Nord")
            page.select_option("select[name=licence]", "cc-by-nd-4.0")
            with page.expect_navigation():
                page.locator("nav.actions--primary button[type=submit]").first.click()
            assert ImageRights.objects.get(image=media["photo"]).licence == (
                "cc-by-nd-4.0"
            )
        context.close()
    for code, release in releases.items():
        for width in (1366, 375):
            context = browser.new_context(viewport={"width": width, "height": 900})
            page = context.new_page()
            page.goto(f"{base}{release.url}")
            kit = page.locator("#press-kit")
            kit.scroll_into_view_if_needed()
            first = page.locator('[data-kit-file="1"]').inner_text()
            assert "Studio Nord" in first and CREDIT not in first
            assert "CC BY-ND 4.0" in first
            kit.screenshot(path=str(SHOTS / f"press-kit-{code}-{width}.png"))
            context.close()

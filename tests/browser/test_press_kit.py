"""A journalist downloads a release's press kit in Chromium, reads the terms first,
and gets a ZIP whose files carry their credit and licence.

The ZIP and the images are read back with real parsers: `zipfile`, Pillow's
XMP reader and its IPTC reader.
"""

import zipfile

import pytest

from cms.demo.builders.site import build_site
from news.models import PressKitDownload
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

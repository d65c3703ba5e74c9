"""Press kits of releases and events, from the outside: the page, the ZIP, each file,
the rights inside the files, embargo and privacy, review links, download counts."""

import datetime

import pytest
from django.contrib.auth import get_user_model
from django.core.exceptions import ValidationError
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageViewRestriction
from wagtail.test.utils.form_data import nested_form_data, streamfield

from cms.image_rights import set_rights
from news.models import EventPage, PressKitDownload, PressReleasePage, ReviewLink
from news.press_kit.archive import CHUNK_SIZE
from partners.permissions import add_partner_editor, communications_group, setup_roles
from tests.cms.factories import ImageFactory
from tests.home.factories import build_sections
from tests.news.factories import (
    AccreditedJournalistFactory,
    EventPageFactory,
    PressReleasePageFactory,
)
from tests.news.press_kit import (
    CAPTION,
    CREDIT,
    DOCUMENT_BYTES,
    alt_texts,
    body,
    kit_media,
    open_zip,
    pixels,
    press_kit,
    read_rights,
)
from tests.news.test_models import event_form
from tests.partners.factories import PartnerPageFactory

pytestmark = pytest.mark.django_db

NBSP = "\u00a0"
CC_BY = "https://creativecommons.org/licenses/by/4.0/"


@pytest.fixture
def kit(site_tree):
    """A live French release and a live English event, each with the same kit."""
    media = kit_media()
    fr = build_sections(site_tree["homes"]["fr"])
    en = build_sections(site_tree["homes"]["en"])
    release = PressReleasePageFactory(
        parent=fr["news"], slug="salle-blanche", press_kit=press_kit(media)
    )
    event = EventPageFactory(
        parent=en["events"], slug="cleanroom-day", press_kit=press_kit(media)
    )
    return {"release": release, "event": event, "media": media, "sections": en}


def stored(item):
    with item.file.open("rb") as file:
        return file.read()


def test_release_page_shows_each_item_with_its_rights_and_the_terms_first(client, kit):
    html = client.get(kit["release"].url).content.decode()
    terms = html.index('id="press-kit-terms"')
    zip_link = html.index(f'href="{kit["release"].url}press-kit/"')
    assert terms < zip_link, "the terms come before any download"
    for text in (
        CAPTION,
        CREDIT,
        "Creative Commons Attribution 4.0 (CC BY 4.0)",
        f'href="{CC_BY}" rel="license"',
        "Usage éditorial avec crédit",  # the French page names licences in French
        "320 × 180 px",
        "200 × 120 px",
        "Fact sheet",
        "Conditions d’utilisation",
    ):
        assert text in html, text
    for number in (1, 2, 3):
        assert f'href="{kit["release"].url}press-kit/{number}/" download=' in html
    # A preview of each image, and the file size of the original.
    assert html.count("<img") >= 2
    assert "Ko" in html or "octets" in html


def test_zip_has_every_file_and_a_credits_text_in_the_pages_language(client, kit):
    release = kit["release"]
    response = client.get(f"{release.url}press-kit/")
    assert response.status_code == 200
    assert response.streaming, "the ZIP is streamed, not built in memory"
    assert response["Content-Type"] == "application/zip"
    assert response["Content-Disposition"].startswith("attachment;")
    assert "salle-blanche-press-kit.zip" in response["Content-Disposition"]
    archive = open_zip(response)
    assert archive.testzip() is None
    names = archive.namelist()
    assert names == [
        "credits-et-licences.txt",
        "01-cleanroom-photo.jpg",
        "02-process-diagram.png",
        "03-fact-sheet.pdf",
    ]
    text = archive.read("credits-et-licences.txt").decode()
    assert release.title in text
    assert f"Crédit{NBSP}: {CREDIT}" in text
    assert f"Licence{NBSP}: Creative Commons Attribution 4.0 (CC BY 4.0) ({CC_BY})" in (
        text
    )
    assert f"Légende{NBSP}: {CAPTION}" in text
    assert "Libre pour tout usage, avec le crédit indiqué" in text
    assert f"Taille{NBSP}: 320 × 180 pixels" in text
    assert f"Document{NBSP}: Fact sheet" in text
    assert archive.read("03-fact-sheet.pdf") == DOCUMENT_BYTES


def test_images_in_the_zip_carry_credit_and_licence_in_xmp_and_iptc(client, kit):
    archive = open_zip(client.get(f"{kit['release'].url}press-kit/"))
    photo = archive.read("01-cleanroom-photo.jpg")
    description, iptc = read_rights(photo)
    assert description["Credit"] == CREDIT
    assert description["creator"]["Seq"]["li"] == CREDIT
    rights = alt_texts(description["rights"])
    assert rights["x-default"] == (
        f"© {CREDIT} · Creative Commons Attribution 4.0 (CC BY 4.0)"
    )
    assert description["WebStatement"] == CC_BY
    assert alt_texts(description["UsageTerms"])["fr"].startswith("Libre pour tout")
    assert alt_texts(description["description"])["x-default"] == CAPTION
    assert iptc[(2, 110)].decode() == CREDIT  # Credit
    assert iptc[(2, 80)].decode() == CREDIT  # By-line
    assert CREDIT in iptc[(2, 116)].decode()  # Copyright notice
    assert iptc[(2, 120)].decode() == CAPTION
    # The pixels are the stored original's: only the metadata was added.
    assert pixels(photo) == pixels(stored(kit["media"]["photo"]))
    diagram = archive.read("02-process-diagram.png")
    description, _iptc = read_rights(diagram)
    assert description["Credit"] == "Press office"
    assert "WebStatement" not in description  # editorial use has no licence URL
    assert pixels(diagram) == pixels(stored(kit["media"]["diagram"]))


def test_each_original_downloads_alone_with_its_rights(client, kit):
    event_page = client.get(kit["event"].url).content.decode()
    assert 'id="press-kit"' in event_page and CREDIT in event_page
    url = f"{kit['event'].url}press-kit/"
    response = client.get(f"{url}1/")
    assert response.status_code == 200
    assert response["Content-Type"] == "image/jpeg"
    assert 'filename="01-cleanroom-photo.jpg"' in response["Content-Disposition"]
    description, iptc = read_rights(body(response))
    assert description["Credit"] == CREDIT
    # The English event names the terms in English.
    assert alt_texts(description["UsageTerms"])["en"].startswith("Free for any use")
    document = client.get(f"{url}3/")
    assert body(document) == DOCUMENT_BYTES
    for missing in ("0/", "4/", "99999/", "abc/", "1/extra/"):
        assert client.get(f"{url}{missing}").status_code == 404, missing


def test_zip_is_streamed_in_bounded_pieces(client, kit):
    chunks = list(client.get(f"{kit['event'].url}press-kit/").streaming_content)
    assert len(chunks) > len(DOCUMENT_BYTES) // CHUNK_SIZE
    largest_file = max(len(stored(kit["media"]["photo"])), CHUNK_SIZE) + 64 * 1024
    assert max(len(chunk) for chunk in chunks) < largest_file


def test_kit_urls_say_no_store_and_stay_out_of_the_page_cache(client, kit):
    for url in ("press-kit/", "press-kit/1/"):
        response = client.get(f"{kit['release'].url}{url}")
        assert response["Cache-Control"] == "private, no-store"
        assert response.get("X-Page-Cache") != "hit"


def test_a_scheduled_release_reveals_nothing_before_go_live(client, kit):
    media = kit["media"]
    release = PressReleasePageFactory(
        parent=build_sections(kit["release"].get_parent().get_parent())["news"],
        slug="sous-embargo",
        title="Accord sous embargo",
        press_kit=press_kit(media),
        publish=False,
    )
    release = PressReleasePage.objects.get(pk=release.pk)
    release.publish_together = False
    release.go_live_at = timezone.now() + datetime.timedelta(hours=3)
    release.save_revision().publish()
    release.refresh_from_db()
    assert not release.live
    page_404 = client.get("/fr/news/sous-embargo/")
    assert page_404.status_code == 404
    for url in ("press-kit/", "press-kit/1/", "press-kit/3/"):
        response = client.get(f"/fr/news/sous-embargo/{url}")
        assert response.status_code == 404, url
        assert response["Content-Type"] == page_404["Content-Type"]
        content = body(response)
        assert b"PK\x03\x04" not in content
        assert CREDIT.encode() not in content
        assert b"Accord sous embargo" not in content


def test_a_private_release_kit_is_refused_like_the_page(client, kit):
    release = kit["release"]
    PageViewRestriction.objects.create(
        page=release, restriction_type=PageViewRestriction.LOGIN
    )
    page = client.get(release.url)
    assert page.status_code == 302
    for url in ("press-kit/", "press-kit/1/"):
        response = client.get(f"{release.url}{url}")
        assert response.status_code == 302, url
        assert "login" in response["Location"]


def test_a_review_link_reader_downloads_the_draft_kit(client, kit):
    release = PressReleasePageFactory(
        parent=kit["release"].get_parent(),
        slug="brouillon",
        press_kit=press_kit(kit["media"]),
        publish=False,
    )
    link = ReviewLink.objects.create(page=release, recipient="Le Soir")
    assert client.get("/fr/news/brouillon/press-kit/").status_code == 404
    review = client.get(reverse("review_release", args=[link.token]))
    kit_url = reverse("review_press_kit", args=[link.token])
    assert f'href="{kit_url}"' in review.content.decode()
    response = client.get(kit_url)
    assert response.status_code == 200
    assert response["X-Robots-Tag"] == "noindex, nofollow, noarchive"
    archive = open_zip(response)
    assert "credits-et-licences.txt" in archive.namelist()
    description, _iptc = read_rights(archive.read("01-cleanroom-photo.jpg"))
    assert description["Credit"] == CREDIT
    single = client.get(reverse("review_press_kit_file", args=[link.token, 3]))
    assert body(single) == DOCUMENT_BYTES
    link.revoked_at = timezone.now()
    link.save()
    assert client.get(kit_url).status_code == 404
    assert not PressKitDownload.objects.exists(), "review downloads are not counted"


def test_a_press_image_without_credit_or_licence_is_refused_by_name(kit):
    block = PressReleasePage._meta.get_field("press_kit").stream_block
    child = block.child_blocks["image"]
    assert "credit" not in child.child_blocks, "the rights belong to the image"
    block.clean(block.to_python([]))  # an empty kit is fine
    photo = kit["media"]["photo"]
    child.clean(child.to_python({"image": photo.pk}))  # the photo has its rights
    bare = ImageFactory(title="Unlabelled lab photo")
    half = ImageFactory(title="Credited only")
    set_rights(half, credit="Someone", licence="")
    for image in (bare, half):
        with pytest.raises(ValidationError) as refused:
            child.clean(child.to_python({"image": image.pk}))
        message = " ".join(refused.value.block_errors["image"].messages)
        assert f"“{image.title}”" in message
        assert "Edit the image" in message
        assert reverse("wagtailimages:edit", args=[image.pk]) in message
    # A draft may wait for the rights, as for Wagtail's other required fields.
    block.clean_deferred(
        block.to_python([{"type": "image", "value": {"image": bare.pk}}])
    )


def test_the_admin_refuses_to_publish_a_kit_image_without_rights(client, kit):
    admin = get_user_model().objects.create_superuser("root", "r@example.org", "pw")
    client.force_login(admin)
    event = kit["event"]
    bare = ImageFactory(title="Unlabelled lab photo")
    data = event_form(event.title)
    data["press_kit"] = streamfield(
        [("image", {"image": bare.pk, "caption": "", "alt_text": ""})]
    )
    data["action-publish"] = "action-publish"
    url = reverse("wagtailadmin_pages:edit", args=[event.pk])
    response = client.post(url, nested_form_data(data))
    assert response.status_code == 200
    html = response.content.decode()
    assert "The page could not be saved due to validation errors" in html
    # The block error travels as JSON to the StreamField widget.
    shown = html.replace("\\u201c", "“").replace("\\u201d", "”")
    assert "“Unlabelled lab photo” has no credit or licence" in shown
    assert EventPage.objects.get(pk=event.pk).get_latest_revision().pk == (
        event.get_latest_revision().pk
    )
    # Once the image has its rights, the same kit publishes and shows them.
    set_rights(bare, credit="Lab team", licence="cc0-1.0")
    assert client.post(url, nested_form_data(data)).status_code == 302
    page = client.get(EventPage.objects.get(pk=event.pk).url).content.decode()
    assert "Lab team" in page and "Public domain (CC0 1.0)" in page


def test_the_kit_reads_the_images_own_rights_everywhere(client, kit):
    """One photo, two kits: a change on the image shows in both, and in the files."""
    set_rights(kit["media"]["photo"], credit="Studio Nord", licence="cc-by-nd-4.0")
    for page in (kit["release"], kit["event"]):
        html = client.get(page.url).content.decode()
        assert "Studio Nord" in html and CREDIT not in html
        archive = open_zip(client.get(f"{page.url}press-kit/"))
        credits = next(name for name in archive.namelist() if name.endswith(".txt"))
        assert "Studio Nord" in archive.read(credits).decode()
        description, iptc = read_rights(archive.read("01-cleanroom-photo.jpg"))
        assert description["Credit"] == "Studio Nord"
        assert iptc[(2, 110)].decode() == "Studio Nord"
        assert description["WebStatement"].endswith("/by-nd/4.0/")


def test_download_counts_per_release_for_communications_only(client, kit):
    release, event = kit["release"], kit["event"]
    for _ in range(2):
        body(client.get(f"{release.url}press-kit/"))
    body(client.get(f"{release.url}press-kit/1/"))
    body(client.get(f"{event.url}press-kit/"))
    client.get(f"{release.url}press-kit/9/")  # a 404 is no download
    assert client.head(f"{release.url}press-kit/1/").status_code == 200  # not counted
    assert client.post(f"{release.url}press-kit/").status_code == 405
    counts = {
        (row.page_id, row.kind): row.count for row in PressKitDownload.objects.all()
    }
    assert counts == {
        (release.pk, "zip"): 2,
        (release.pk, "file"): 1,
        (event.pk, "zip"): 1,
    }
    # Counts and nothing else: no user, address, browser or time of day.
    fields = {field.name for field in PressKitDownload._meta.get_fields()}
    assert fields == {"id", "page", "day", "kind", "count"}

    url = reverse("news_press_kit_downloads")
    assert client.get(url).status_code == 302  # anonymous: to the sign-in page
    setup_roles()
    partner = PartnerPageFactory(parent=kit["sections"]["partners"])
    editor, _password = add_partner_editor(partner, "editor", "e@example.org")
    client.force_login(editor)
    refused = client.get(url)
    assert refused.status_code in (302, 403)
    assert release.title not in refused.content.decode()
    comms = get_user_model().objects.create_user("comms", "c@example.org", "pw")
    comms.groups.add(communications_group())
    client.force_login(comms)
    html = client.get(url).content.decode()
    assert release.title in html and event.title in html
    assert 'data-language="fr" data-zips="2" data-files="1"' in html
    assert 'data-language="en" data-zips="1" data-files="0"' in html
    assert 'data-total="3"' in html
    menu = client.get(reverse("wagtailadmin_home")).content.decode()
    assert url in menu


def test_a_file_missing_from_storage_is_left_out_not_a_broken_zip(client, kit):
    document = kit["media"]["document"]
    document.file.storage.delete(document.file.name)
    url = f"{kit['release'].url}press-kit/"
    archive = open_zip(client.get(url))
    assert archive.testzip() is None
    assert "03-fact-sheet.pdf" not in archive.namelist()
    assert len(archive.namelist()) == 3
    assert client.get(f"{url}3/").status_code == 404


def test_the_kit_costs_the_same_queries_for_one_image_or_five(client, kit):
    parent = kit["release"].get_parent()

    def queries_for(images):
        blocks = [
            (
                "image",
                {"image": image, "caption": "", "alt_text": ""},
            )
            for image in images
        ]
        for image in images:
            set_rights(image, credit="Press office", licence="editorial")
        release = PressReleasePageFactory(parent=parent, press_kit=blocks)
        client.get(release.url)  # sizes measured and kept on the first view
        with CaptureQueriesContext(connection) as queries:
            assert client.get(release.url).status_code == 200
        return len(queries)

    one = queries_for([ImageFactory()])
    five = queries_for([ImageFactory() for _ in range(5)])
    assert five == one


def test_a_pre_briefing_link_leads_to_the_public_kit_once_live(client, kit):
    release = kit["release"]
    link = ReviewLink.objects.create(
        page=release, journalist=AccreditedJournalistFactory(languages=["fr"])
    )
    kit_url = reverse("review_press_kit", args=[link.token])
    response = client.get(kit_url)
    assert response.status_code == 302
    assert response["Location"] == f"{release.url}press-kit/"
    single = client.get(reverse("review_press_kit_file", args=[link.token, 2]))
    assert single["Location"] == f"{release.url}press-kit/2/"


def test_the_hero_credit_defaults_to_the_images_own(client, kit):
    photo = kit["media"]["photo"]
    parent = kit["release"].get_parent()
    release = PressReleasePageFactory(
        parent=parent, slug="avec-photo", hero_image=photo, hero_credit=""
    )
    html = client.get(release.url).content.decode()
    assert f"Photo{NBSP}: {CREDIT}" in html or f"Photo : {CREDIT}" in html
    own = PressReleasePageFactory(
        parent=parent, slug="credit-propre", hero_image=photo, hero_credit="Agence X"
    )
    html = client.get(own.url).content.decode()
    assert (
        "Agence X" in html
        and CREDIT not in html.split('class="release__credit"')[1][:200]
    )


def test_the_images_api_gives_each_images_rights(client, kit):
    photo = kit["media"]["photo"]
    detail = client.get(f"/api/v2/images/{photo.pk}/").json()
    assert detail["credit"] == CREDIT
    assert detail["licence"] == {
        "key": "cc-by-4.0",
        "name": "Creative Commons Attribution 4.0 (CC BY 4.0)",
        "url": CC_BY,
    }
    listing = client.get("/api/v2/images/").json()["items"]
    by_id = {item["id"]: item for item in listing}
    assert by_id[photo.pk]["credit"] == CREDIT
    assert by_id[kit["media"]["diagram"].pk]["licence"]["key"] == "editorial"
    bare = client.get("/api/v2/images/?fields=_,credit,licence").json()["items"]
    assert all(set(item) >= {"credit", "licence"} for item in bare)

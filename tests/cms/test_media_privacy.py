"""Media follow their pages: public only when a live public page uses them.

Files on disk (FileSystemStorage), over the Django test client as the reader
who must not get in; tests/cms/test_media_s3.py runs the probe on S3.
"""

import datetime
import time
from io import StringIO
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.contrib.contenttypes.models import ContentType
from django.core import signing
from django.core.management import call_command
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import (
    Collection,
    GroupApprovalTask,
    PageViewRestriction,
    ReferenceIndex,
    Workflow,
    WorkflowTask,
)
from wagtail.rich_text import RichText

from cms.media_grants import GRANT_SECONDS, SALT
from cms.models import PublicCollection
from news.models import AboutSection, PressReleasePage, ReviewLink
from partners.permissions import (
    access_for,
    add_partner_editor,
    communications_group,
    setup_roles,
)
from tests.cms.factories import DocumentFactory, ImageFactory, StandardPageFactory
from tests.cms.media_probe import (
    build_media_newsroom,
    everywhere,
    image_block,
    lift_embargo,
    nowhere,
    probe,
    urls_of,
)
from tests.news.factories import PressReleasePageFactory
from tests.partners.factories import PartnerPageFactory

pytestmark = pytest.mark.django_db

PUBLIC_CACHE = "public, max-age=60"
PRIVATE_CACHE = "private, no-store"


@pytest.fixture
def newsroom(site_tree):
    return build_media_newsroom(site_tree)


def test_live_media_are_public_everywhere(client, newsroom):
    for item in newsroom["live_media"]:
        assert everywhere(client, item), (item, probe(client, item))
    hero = newsroom["live_media"][0]
    response = client.get(urls_of(hero)["rendition"])
    assert response["Cache-Control"] == PUBLIC_CACHE


def test_embargoed_media_follow_the_release(client, newsroom):
    """Before go-live: nowhere. After publish_scheduled: everywhere. Unpublished:
    nowhere again."""
    embargoed = newsroom["embargoed_media"]
    for item in embargoed:
        assert nowhere(client, item), (item, probe(client, item))
    lift_embargo(newsroom["revision"])
    assert PressReleasePage.objects.get(pk=newsroom["release"].pk).live
    for item in embargoed:
        assert everywhere(client, item), (item, probe(client, item))
    PressReleasePage.objects.get(pk=newsroom["release"].pk).unpublish()
    for item in embargoed:
        assert nowhere(client, item), (item, probe(client, item))


def test_refusals_look_like_missing_files_and_are_never_stored(client, newsroom):
    hero = newsroom["embargoed_media"][0]
    for url in urls_of(hero).values():
        response = client.get(url)
        assert response.status_code == 404
        assert response["Cache-Control"] == PRIVATE_CACHE
        assert hero.title not in response.content.decode()


def test_unused_uploads_are_private(client, newsroom):
    for item in newsroom["unused_media"]:
        assert nowhere(client, item), (item, probe(client, item))


def test_a_draft_or_scheduled_revision_of_a_live_page_keeps_its_new_image_private(
    client, newsroom
):
    live = PressReleasePage.objects.get(pk=newsroom["live"].pk)
    old_hero = live.hero_image
    draft_image = ImageFactory(title="Draft hero")
    live.hero_image = draft_image
    live.body = [
        *[(block.block_type, block.value) for block in live.body],
        image_block(draft_image),
    ]
    live.save_revision()
    # What Wagtail 7.4's reference index holds for the page: its live content.
    image_type = ContentType.objects.get_for_model(get_image_model())
    indexed = set(
        ReferenceIndex.objects.filter(
            object_id=str(live.pk), to_content_type=image_type
        ).values_list("to_object_id", flat=True)
    )
    assert indexed == {str(old_hero.pk)}
    assert nowhere(client, draft_image)
    assert everywhere(client, old_hero)

    # The same change scheduled: private until the scheduler publishes it.
    live = PressReleasePage.objects.get(pk=live.pk)
    live.publish_together = False
    live.hero_image = draft_image
    live.go_live_at = timezone.now() + datetime.timedelta(hours=2)
    revision = live.save_revision()
    revision.publish()
    assert PressReleasePage.objects.get(pk=live.pk).live
    assert nowhere(client, draft_image)
    lift_embargo(revision)
    assert everywhere(client, draft_image)


def test_a_page_in_moderation_keeps_its_new_image_private(client, newsroom):
    live = PressReleasePage.objects.get(pk=newsroom["live"].pk)
    image = ImageFactory(title="Waiting for approval")
    live.hero_image = image
    live.save_revision()
    task = GroupApprovalTask.objects.create(name="Communications check")
    task.groups.set([communications_group()])
    workflow = Workflow.objects.create(name="Check")
    WorkflowTask.objects.create(workflow=workflow, task=task, sort_order=0)
    workflow.start(live, get_user_model().objects.create_user("author"))
    assert PressReleasePage.objects.get(pk=live.pk).workflow_in_progress
    assert nowhere(client, image)


def test_media_of_a_private_page_are_private(client, site_tree):
    image = ImageFactory(title="Board meeting")
    document = DocumentFactory(title="Board minutes")
    page = StandardPageFactory(
        parent=site_tree["homes"]["en"],
        hero_image=image,
        body=[
            ("paragraph", RichText("<p>Minutes</p>")),
            ("document", {"document": document, "label": ""}),
        ],
    )
    assert everywhere(client, image) and everywhere(client, document)
    restriction = PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.LOGIN
    )
    assert nowhere(client, image) and nowhere(client, document)
    restriction.delete()
    assert everywhere(client, image)


def test_media_of_child_objects_and_rich_text_links_count_as_the_pages(
    client, newsroom
):
    """An About section's rich text linking a document makes it public with the page."""
    document = DocumentFactory(title="Annual report")
    release = PressReleasePage.objects.get(pk=newsroom["live"].pk)
    release.about_sections = [
        AboutSection(
            partner=newsroom["partner"],
            heading="About Alpha",
            text=f'<p>The <a linktype="document" id="{document.pk}">report</a>.</p>',
        )
    ]
    assert nowhere(client, document)
    release.save_revision().publish()
    assert everywhere(client, document)


def test_a_release_shows_its_partners_logos(client, newsroom):
    draft_partner = PartnerPageFactory(
        parent=newsroom["sections"]["partners"], title="Gamma", publish=False
    )
    logo = draft_partner.logo
    assert nowhere(client, logo)
    PressReleasePageFactory(
        parent=newsroom["sections"]["news"], partners=[draft_partner]
    )
    assert everywhere(client, logo)


def test_a_public_collection_makes_its_media_public(client, newsroom):
    root = Collection.get_first_root_node()
    press_kit = root.add_child(instance=Collection(name="Press kit"))
    logos = press_kit.add_child(instance=Collection(name="Logos"))
    logo = ImageFactory(title="Network logo", collection=logos)
    brochure = DocumentFactory(title="Brochure", collection=press_kit)
    other = ImageFactory(title="Elsewhere")
    assert nowhere(client, logo) and nowhere(client, brochure)
    PublicCollection.objects.create(collection=press_kit)
    assert everywhere(client, logo) and everywhere(client, brochure)
    assert nowhere(client, other)
    PublicCollection.objects.all().delete()
    assert nowhere(client, logo)


def test_only_communications_manages_public_collections(client, newsroom):
    setup_roles()
    comms = get_user_model().objects.create_user("comms", "c@example.org", "pw")
    comms.groups.add(communications_group())
    editor, _password = add_partner_editor(newsroom["partner"], "alpha-editor")
    collection = Collection.get_first_root_node().add_child(
        instance=Collection(name="Logos")
    )
    client.force_login(editor)
    assert client.get("/admin/public_collections/").status_code in (302, 403)
    response = client.post(
        "/admin/public_collections/new/", {"collection": collection.pk}
    )
    assert response.status_code in (302, 403)
    assert not PublicCollection.objects.exists()
    assert "/admin/public_collections/" not in client.get("/admin/").content.decode()
    client.force_login(comms)
    assert client.get("/admin/public_collections/").status_code == 200
    response = client.post(
        "/admin/public_collections/new/", {"collection": collection.pk}
    )
    assert response.status_code == 302
    assert PublicCollection.objects.get().collection == collection


def review(client, release):
    link = ReviewLink.objects.create(page=release, recipient="Le Soir")
    response = client.get(f"/review/{link.token}/")
    assert response.status_code == 200
    return response


def test_a_review_link_reader_sees_the_media_of_the_release(client, newsroom):
    hero, photo, document = newsroom["embargoed_media"]
    html = review(client, newsroom["release"]).content.decode()
    rendition_url = hero.get_renditions("format-webp|fill-800x450")[
        "format-webp|fill-800x450"
    ].url
    assert rendition_url in html
    assert client.get(rendition_url)["Cache-Control"] == PRIVATE_CACHE
    for item in (hero, photo, document):
        found = probe(client, item)
        assert not found["listed"] and not found["api detail"]
        assert all(
            found[route]
            for route in ("original", "rendition", "download", "file")
            if route in found
        ), (item, found)
    # Nothing the release does not use, and nothing for another browser.
    assert nowhere(client, newsroom["unused_media"][0])
    client.cookies.clear()
    assert nowhere(client, hero)


def test_review_grants_cannot_be_forged_or_kept(client, newsroom):
    hero = newsroom["embargoed_media"][0]
    url = urls_of(hero)["original"]
    review(client, newsroom["release"])
    name = f"newsroom_media_{newsroom['release'].pk}"
    value = client.cookies[name].value
    assert client.cookies[name]["path"] == "/media/"
    assert client.cookies[name]["httponly"]
    assert client.get(url).status_code == 200
    client.cookies[name] = value[:-2] + ("xx" if not value.endswith("xx") else "yy")
    assert client.get(url).status_code == 404
    client.cookies[name] = signing.dumps({"i": [hero.pk], "d": []}, salt="other")
    assert client.get(url).status_code == 404
    with mock.patch("time.time", return_value=time.time() - GRANT_SECONDS - 60):
        stale = signing.dumps({"i": [hero.pk], "d": []}, salt=SALT, compress=True)
    client.cookies[name] = stale
    assert client.get(url).status_code == 404


@pytest.fixture
def editors(newsroom):
    setup_roles()
    users = get_user_model().objects
    comms = users.create_user("comms", "c@example.org", "pw")
    comms.groups.add(communications_group())
    alpha = newsroom["partner"]
    beta = PartnerPageFactory(parent=newsroom["sections"]["partners"], title="Beta")
    alpha_editor, _password = add_partner_editor(alpha, "alpha-editor")
    beta_editor, _password = add_partner_editor(beta, "beta-editor")
    return {
        "comms": comms,
        "alpha": alpha_editor,
        "beta": beta_editor,
        "alpha_page": alpha,
        "beta_page": beta,
    }


def test_communications_sees_every_private_file(client, newsroom, editors):
    client.force_login(editors["comms"])
    for item in [*newsroom["embargoed_media"], *newsroom["unused_media"]]:
        found = probe(client, item)
        assert not found["listed"], item
        for route in ("original", "rendition", "download", "file"):
            assert found.get(route, True), (item, found)
    response = client.get(urls_of(newsroom["unused_media"][0])["original"])
    assert response["Cache-Control"] == PRIVATE_CACHE


def test_partner_editors_see_their_own_uploads_and_pages_only(
    client, newsroom, editors
):
    alpha_upload = ImageFactory(
        title="Alpha lab", collection=access_for(editors["alpha_page"]).collection
    )
    # Beta's unpublished page uses an image Communications uploaded.
    shared = ImageFactory(title="Campus aerial view")
    beta = editors["beta_page"]
    beta.unpublish()
    beta = type(beta).objects.get(pk=beta.pk)
    beta.logo = shared
    beta.save()
    assert nowhere(client, shared) and nowhere(client, alpha_upload)
    client.force_login(editors["alpha"])
    assert probe(client, alpha_upload)["original"]
    assert not probe(client, shared)["original"]
    assert not probe(client, newsroom["embargoed_media"][0])["original"]
    assert not probe(client, newsroom["unused_media"][0])["original"]
    client.force_login(editors["beta"])
    assert probe(client, shared)["original"]
    assert not probe(client, alpha_upload)["original"]


BAD_PATHS = [
    "/media/" + "a" * 300,
    "/media/original_images/" + "b" * 300 + ".jpg",
    "/media/%00",
    "/media/original_images/x%00.jpg",
    "/media/../manage.py",
    "/media/original_images/../../manage.py",
    "/media/original_images/%2e%2e/%2e%2e/manage.py",
    "/media/",
    "/media//etc/passwd",
    "/media/original_images/",
    "/media/original_images/unknown.jpg",
    "/media/images/unknown.webp",
    "/media/documents/unknown.pdf",
    "/media/unknown.txt",
    "/documents/99999999999999999999/press-kit.pdf",
    "/documents/2147483648/press-kit.pdf",
    "/documents/1/",
    "/documents/0/press-kit.pdf",
]


def test_bad_media_paths_are_404(client, newsroom):
    document = newsroom["live_media"][1]
    paths = [
        *BAD_PATHS,
        f"/documents/{document.pk}/another-name.pdf",
        f"/documents/{document.pk}/{document.filename}%00",
        f"/documents/{document.pk}/../{document.filename}",
    ]
    for path in paths:
        response = client.get(path)
        assert response.status_code == 404, path
        assert response["Cache-Control"] == PRIVATE_CACHE, path
    assert client.post(urls_of(newsroom["live_media"][0])["original"]).status_code == (
        405
    )


def test_bad_find_ids_are_400_and_unknown_ones_404(client, newsroom):
    for kind in ("images", "documents"):
        for value in ("abc", "1.5", "\x00", "", " 1", "١"):
            response = client.get(f"/api/v2/{kind}/find/", {"id": value})
            assert response.status_code == 400, (kind, value)
        for value in ("0", "99999999999999999999"):
            response = client.get(f"/api/v2/{kind}/find/", {"id": value})
            assert response.status_code == 404, (kind, value)
        assert client.get(f"/api/v2/{kind}/99999999999999999999/").status_code == 404


def test_a_file_costs_the_same_few_queries_with_more_media(client, newsroom):
    """The public set is computed once per content change, not per file."""
    from django.db import connection

    def queries_for(item, status):
        url = urls_of(item)["original"]
        assert client.get(url).status_code == status
        with CaptureQueriesContext(connection) as captured:
            assert client.get(url).status_code == status
        captured_sql.extend(q["sql"] for q in captured.captured_queries)
        return len(captured)

    captured_sql = []
    hero = newsroom["live_media"][0]
    unused = newsroom["unused_media"][0]
    few = queries_for(hero, 200), queries_for(unused, 404)
    for _ in range(5):
        PressReleasePageFactory(
            parent=newsroom["sections"]["news"], hero_image=ImageFactory()
        )
    assert (queries_for(hero, 200), queries_for(unused, 404)) == few
    # A refusal: the file's owner, and Wagtail's redirect lookup of every 404.
    assert few[0] == 0 and few[1] <= 2, captured_sql


def test_one_scheduler_run_makes_the_media_public(newsroom):
    """One `publish_scheduled` run: the release and its media go live together."""
    reader = Client()
    hero = newsroom["embargoed_media"][0]
    assert nowhere(reader, hero)
    moment = newsroom["revision"].approved_go_live_at + datetime.timedelta(seconds=1)
    with mock.patch("django.utils.timezone.now", return_value=moment):
        call_command("publish_scheduled", stdout=StringIO())
    assert everywhere(reader, hero)

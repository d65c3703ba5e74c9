"""A draft of a live translation stays a draft until it is published.

A French release, translated from English with wagtail-localize, is live. The
English changes and is synced; a Communications editor then saves a French
draft -- new sentences and a new hero image -- by every way there is: the
segment editor (whose Publish publishing together holds back), a PO file and
machine translation, "Sync translated pages" with "Publish immediately", and
publishing together at a go-live time. Until the draft is published, an
anonymous reader gets the live French release (page, with and without the
page cache, About section, API, feed), the reference index records the live
content and the new hero image stays private; the draft is the latest
revision, and publishing it shows exactly that draft. See
cms/translations/drafts.py.
"""

import datetime
import html
import json
from io import StringIO
from pathlib import PurePosixPath
from unittest import mock

import polib
import pytest
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from django.utils import timezone
from wagtail.images import get_image_model
from wagtail.models import Locale, ReferenceIndex
from wagtail.rich_text import RichText
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)
from wagtail_localize.models import StringSegment, StringTranslation, TranslationSource

from cms.caching import forget
from news.models import AboutSection, PressReleasePage
from partners.permissions import communications_group
from tests.cms.factories import ImageFactory, translate
from tests.cms.media_probe import everywhere, nowhere
from tests.news.factories import NewsIndexPageFactory, PressReleasePageFactory

pytestmark = pytest.mark.django_db

TITLE = "Campus opens a cell therapy hub"
LEAD = "The hub opens today."
BODY = "The two partners sign an agreement."
ABOUT_HEADING = "About the campus"
ABOUT = "The campus hosts forty companies."
# The English edit that is synced to the translations.
NEW_LEAD = "The hub opens today with forty labs."
NEW_ABOUT = "The campus now hosts fifty companies."

FRENCH = {
    TITLE: "Le campus ouvre un pôle de thérapie cellulaire",
    LEAD: "Le pôle ouvre aujourd’hui.",
    BODY: "Les deux partenaires signent un accord.",
    ABOUT_HEADING: "À propos du campus",
    ABOUT: "Le campus accueille quarante entreprises.",
}
# The translator's French draft of the English edit.
FRENCH_DRAFT = {
    NEW_LEAD: "Le pôle ouvre aujourd’hui avec quarante laboratoires.",
    NEW_ABOUT: "Le campus accueille désormais cinquante entreprises.",
}


def translate_segments(record, texts):
    """Translated strings for every segment of `record`, `texts` where given."""
    code = record.target_locale.language_code
    for found in StringSegment.objects.filter(source=record.source).select_related(
        "string", "context"
    ):
        StringTranslation.objects.update_or_create(
            translation_of=found.string,
            locale=record.target_locale,
            context=found.context,
            defaults={
                "data": texts.get(found.string.data, f"{found.string.data} [{code}]")
            },
        )


def communications_editor():
    # A transactional test starts on a flushed database, without the
    # permission wagtail-localize creates in a migration.
    translation_type, _created = ContentType.objects.get_or_create(
        app_label="wagtail_localize", model="translation"
    )
    Permission.objects.get_or_create(
        content_type=translation_type,
        codename="submit_translation",
        defaults={"name": "Can submit translations"},
    )
    editor = get_user_model().objects.create_user("comms", "comms@example.org", "pw")
    editor.groups.add(communications_group())
    return editor


@pytest.fixture
def newsroom(site_tree, client, django_capture_on_commit_callbacks):
    """The release live in three languages, and a Communications editor."""
    news = NewsIndexPageFactory(parent=site_tree["homes"]["en"])
    for code in ("fr", "nl"):
        copy = news.copy_for_translation(Locale.objects.get(language_code=code))
        copy.save_revision().publish()
    live_hero = ImageFactory(title="Live hero")
    new_hero = ImageFactory(title="New hero, not published yet")
    release = PressReleasePageFactory(
        parent=news,
        title=TITLE,
        lead=LEAD,
        body=[("paragraph", RichText(f"<p>{BODY}</p>"))],
        hero_image=live_hero,
        publish=False,
    )
    release = PressReleasePage.objects.get(pk=release.pk)
    release.about_sections = [
        AboutSection(heading=ABOUT_HEADING, text=f"<p>{ABOUT}</p>")
    ]
    release.save_revision()
    french, dutch = translate(release, "fr"), translate(release, "nl")
    translate_segments(french, FRENCH)
    translate_segments(dutch, {})
    PressReleasePage.objects.get(pk=release.pk).latest_revision.publish()
    client.force_login(communications_editor())
    version = french.get_target_instance()
    assert version.live and version.lead == FRENCH[LEAD]
    return {
        "client": client,
        # Runs what a request left for the commit, as its end would.
        "on_commit": django_capture_on_commit_callbacks,
        "release": PressReleasePage.objects.get(pk=release.pk),
        "french": french,
        "dutch": dutch,
        "live_hero": live_hero,
        "new_hero": new_hero,
    }


# What the editor does, over HTTP ------------------------------------------------


def same_blocks(stream):
    """A StreamField of paragraphs as the browser posts it back, block ids kept."""
    data = {
        str(index): {
            "type": "paragraph",
            "value": rich_text(block.value.source),
            "id": block.id,
            "deleted": "",
            "order": str(index),
        }
        for index, block in enumerate(stream)
    }
    data["count"] = str(len(stream))
    return data


def release_form(page, action="action-publish", **changes):
    """The English release's edit form, as the editor's browser posts it."""
    section = page.about_sections.get()
    values = {
        "title": page.title,
        "slug": page.slug,
        "lead": page.lead,
        "dateline_place": page.dateline_place,
        "release_date": page.release_date.isoformat(),
        "hero_image": page.hero_image_id,
        "body": same_blocks(page.body),
        "partner_links": inline_formset([]),
        "about_sections": inline_formset(
            [
                {
                    "id": section.pk,
                    "partner": "",
                    "heading": section.heading,
                    "text": rich_text(changes.pop("about", section.text)),
                }
            ],
            initial=1,
        ),
        "topic_links": inline_formset([]),
        "media_contact_links": inline_formset([]),
        "press_kit": streamfield([]),
        "comments": inline_formset([]),
        "publish_together": "on",
        action: action,
    }
    values.update(changes)
    return nested_form_data(values)


def submit(newsroom, url, data):
    """POST as the editor's browser does, then load the page it is sent to.

    Returns the messages that page shows. What the request left for the
    commit (wagtail-localize publishes on commit) runs at its end.
    """
    with newsroom["on_commit"](execute=True):
        response = newsroom["client"].post(url, data, follow=True)
    assert response.redirect_chain, response.content.decode()[:2000]
    assert response.status_code == 200
    # wagtail-localize escapes its own messages.
    messages = get_messages(response.wsgi_request)
    return [html.unescape(str(message)).strip() for message in messages]


def edit_english(newsroom, **changes):
    release = PressReleasePage.objects.get(pk=newsroom["release"].pk)
    url = reverse("wagtailadmin_pages:edit", args=(release.pk,))
    return submit(newsroom, url, release_form(release, **changes))


def sync(newsroom, **data):
    """ "Sync translated pages" on the English release."""
    source = TranslationSource.objects.get(
        object_id=newsroom["release"].translation_key
    )
    url = reverse("wagtail_localize:update_translations", args=(source.pk,))
    return submit(newsroom, url, data)


def edit_english_and_sync(newsroom):
    """The English lead and About text change, are published and synced."""
    edit_english(newsroom, lead=NEW_LEAD, about=f"<p>{NEW_ABOUT}</p>")
    assert PressReleasePage.objects.get(pk=newsroom["release"].pk).lead == NEW_LEAD
    sync(newsroom)


def segment_editor(client, record):
    """The segments the segment editor shows, by source text, and its URL."""
    url = reverse("wagtailadmin_pages:edit", args=(record.get_target_instance().pk,))
    response = client.get(url)
    assert response.status_code == 200
    props = json.loads(response.context["props"])
    return url, props["segments"]


def type_in_editor(client, record, texts, hero=None):
    """The translator types `texts` (source: translation) and swaps the hero."""
    url, segments = segment_editor(client, record)
    for segment in segments:
        if segment["type"] == "string" and segment["source"] in texts:
            response = client.put(
                segment["editUrl"],
                encode_multipart(BOUNDARY, {"value": texts[segment["source"]]}),
                content_type=MULTIPART_CONTENT,
            )
            assert response.status_code in (200, 201)
        if hero and segment["type"] == "synchronised_value":
            if segment["contentPath"] == "hero_image":
                response = client.put(
                    segment["editUrl"],
                    encode_multipart(BOUNDARY, {"value": hero.pk}),
                    content_type=MULTIPART_CONTENT,
                )
                assert response.status_code in (200, 201)
    return url


def publish_in_editor(newsroom, record):
    """The segment editor's Publish button (wagtail-localize publishes on commit)."""
    url = reverse("wagtailadmin_pages:edit", args=(record.get_target_instance().pk,))
    return submit(newsroom, url, {"action": "publish"})


# What readers get ---------------------------------------------------------------


def french_version(newsroom):
    return PressReleasePage.objects.get(pk=newsroom["french"].get_target_instance().pk)


def read(url, page_cache, settings):
    """`url` for an anonymous reader, served by a worker with nothing in memory."""
    settings.PAGE_CACHE_ENABLED = page_cache
    forget()
    response = Client().get(url)
    assert response.status_code == 200
    return response.content.decode()


def image_references(page):
    images = ContentType.objects.get_for_model(get_image_model())
    return {
        int(pk)
        for pk in ReferenceIndex.get_references_for_object(page)
        .filter(to_content_type=images)
        .values_list("to_object_id", flat=True)
    }


def file_stem(image):
    """What the URLs of the image's original and renditions all contain."""
    return PurePosixPath(image.file.name).stem


def assert_readers_get(newsroom, settings, shown, hidden):
    """Every route an anonymous reader has (page, feed, search, API, media) shows
    `shown` (lead, About text, hero image) and nothing of `hidden`."""
    lead, about, hero = shown
    page = french_version(newsroom)
    for page_cache in (False, True):
        shown_html = read(page.url, page_cache, settings)
        feed = read("/fr/feeds/releases.rss", page_cache, settings)
        for text in (lead, about, file_stem(hero)):
            assert text in shown_html, (text, page_cache)
        assert lead in feed and file_stem(hero) in feed, page_cache
        for text in (*hidden[:2], file_stem(hidden[2])):
            assert text not in shown_html and text not in feed, (text, page_cache)
    # Only the draft's lead says "laboratoires".
    found = read("/fr/recherche/?q=laboratoires", False, settings)
    assert (FRENCH[TITLE] in found) == (lead == FRENCH_DRAFT[NEW_LEAD])
    api = json.loads(read(f"/api/v2/pages/{page.pk}/", False, settings))
    assert api["lead"] == lead
    assert file_stem(hero) in json.dumps(api["hero_image"])
    assert (page.lead, page.hero_image_id) == (lead, hero.pk)
    [section] = page.about_sections.all()
    assert about in section.text
    assert image_references(page) == {hero.pk}
    assert everywhere(Client(), hero)


LIVE = (FRENCH[LEAD], FRENCH[ABOUT])
DRAFT = (FRENCH_DRAFT[NEW_LEAD], FRENCH_DRAFT[NEW_ABOUT])


def assert_live_content_kept(newsroom, settings):
    assert_readers_get(
        newsroom,
        settings,
        shown=(*LIVE, newsroom["live_hero"]),
        hidden=(*DRAFT, newsroom["new_hero"]),
    )
    # Only the draft uses the new hero: it is private.
    assert nowhere(Client(), newsroom["new_hero"])
    page = french_version(newsroom)
    assert page.live and page.has_unpublished_changes


def assert_draft_is_latest_revision(newsroom):
    page = french_version(newsroom)
    draft = page.latest_revision.as_object()
    assert draft.lead == FRENCH_DRAFT[NEW_LEAD]
    [section] = draft.about_sections.all()
    assert FRENCH_DRAFT[NEW_ABOUT] in section.text
    assert draft.hero_image_id == newsroom["new_hero"].pk
    assert page.latest_revision_id != page.live_revision_id


def assert_draft_published(newsroom, settings):
    assert_readers_get(
        newsroom,
        settings,
        shown=(*DRAFT, newsroom["new_hero"]),
        hidden=(*LIVE, newsroom["live_hero"]),
    )
    page = french_version(newsroom)
    assert page.live_revision_id == page.latest_revision_id
    assert not page.has_unpublished_changes


def prime_page_cache(newsroom, settings):
    """A reader has the live French release, and the feed, in the page cache."""
    page = french_version(newsroom)
    for url in (page.url, "/fr/feeds/releases.rss"):
        read(url, True, settings)
        settings.PAGE_CACHE_ENABLED = True
        assert Client().get(url)["X-Page-Cache"] == "hit"


def publish_together_in_editor(newsroom):
    """The Dutch is finished; the French segment editor's Publish puts all live."""
    translate_segments(newsroom["dutch"], {})
    messages = publish_in_editor(newsroom, newsroom["french"])
    assert messages == [f"Published '{FRENCH[TITLE]}' in Français."], messages


# The ways of saving a French draft ------------------------------------------------


def test_segment_editor_draft_stays_a_draft_until_published(newsroom, settings):
    edit_english_and_sync(newsroom)
    prime_page_cache(newsroom, settings)
    client, french = newsroom["client"], newsroom["french"]

    type_in_editor(client, french, FRENCH_DRAFT, hero=newsroom["new_hero"])
    # The Dutch is not finished: Publish saves the French as a draft.
    messages = publish_in_editor(newsroom, french)
    assert any("saved as a draft" in message for message in messages), messages

    assert_live_content_kept(newsroom, settings)
    assert_draft_is_latest_revision(newsroom)
    publish_together_in_editor(newsroom)
    assert_draft_published(newsroom, settings)


def test_po_file_and_machine_translation_draft_stays_a_draft(newsroom, settings):
    edit_english_and_sync(newsroom)
    prime_page_cache(newsroom, settings)
    client, french = newsroom["client"], newsroom["french"]

    # The lead comes back from an outside translator in a PO file...
    po = polib.pofile(
        client.get(
            reverse("wagtail_localize:download_pofile", args=(french.pk,))
        ).content.decode()
    )
    for entry in po:
        if entry.msgid == NEW_LEAD:
            entry.msgstr = FRENCH_DRAFT[NEW_LEAD]
    messages = submit(
        newsroom,
        reverse("wagtail_localize:upload_pofile", args=(french.pk,)),
        {"file": SimpleUploadedFile("fr.po", str(po).encode()), "next": "/admin/"},
    )
    assert messages == ["Successfully imported translations from PO File."]
    # ...the About text from the machine translator, corrected by hand.
    messages = submit(
        newsroom,
        reverse("wagtail_localize:machine_translate", args=(french.pk,)),
        {"next": "/admin/"},
    )
    assert messages == ["Successfully translated with Dummy translator."]
    assert_live_content_kept_before_any_draft(newsroom, settings)
    type_in_editor(
        client, french, {NEW_ABOUT: FRENCH_DRAFT[NEW_ABOUT]}, hero=newsroom["new_hero"]
    )
    messages = publish_in_editor(newsroom, french)
    assert any("saved as a draft" in message for message in messages), messages

    assert_live_content_kept(newsroom, settings)
    assert_draft_is_latest_revision(newsroom)
    publish_together_in_editor(newsroom)
    assert_draft_published(newsroom, settings)


def assert_live_content_kept_before_any_draft(newsroom, settings):
    """Strings alone (PO file, machine translation) never touch the page."""
    page = french_version(newsroom)
    assert page.lead == FRENCH[LEAD]
    assert FRENCH[LEAD] in read(page.url, False, settings)


# Committed for real: the publish that wagtail-localize leaves for the commit is
# refused there, inside the request, as it is in production.
@pytest.mark.django_db(transaction=True)
def test_sync_with_publish_immediately_keeps_the_live_version(newsroom, settings):
    edit_english_and_sync(newsroom)
    prime_page_cache(newsroom, settings)
    client, french = newsroom["client"], newsroom["french"]
    type_in_editor(client, french, FRENCH_DRAFT, hero=newsroom["new_hero"])

    # The Dutch is not finished: the French cannot go out alone.
    messages = sync(newsroom, publish_translations="on")
    assert any("not fully translated: Nederlands" in m for m in messages), messages

    assert_live_content_kept(newsroom, settings)
    assert_draft_is_latest_revision(newsroom)
    publish_together_in_editor(newsroom)
    assert_draft_published(newsroom, settings)


def test_scheduled_publish_together_keeps_the_live_version_until_go_live(
    newsroom, settings
):
    edit_english_and_sync(newsroom)
    prime_page_cache(newsroom, settings)
    client, french = newsroom["client"], newsroom["french"]
    type_in_editor(client, french, FRENCH_DRAFT, hero=newsroom["new_hero"])
    translate_segments(newsroom["dutch"], {})

    # Communications schedules the English edit, and so all three, for tomorrow.
    go_live = timezone.now() + datetime.timedelta(days=1)
    messages = edit_english(newsroom, go_live_at=go_live.strftime("%Y-%m-%d %H:%M"))
    assert any("scheduled for publishing" in message for message in messages)
    page = french_version(newsroom)
    assert page.latest_revision.approved_go_live_at is not None

    assert_live_content_kept(newsroom, settings)
    assert_draft_is_latest_revision(newsroom)
    later = go_live + datetime.timedelta(minutes=5)
    with mock.patch("django.utils.timezone.now", return_value=later):
        call_command("publish_scheduled", stdout=StringIO())
    assert_draft_published(newsroom, settings)


def test_an_invalid_draft_keeps_the_live_version_and_marks_the_segment(
    newsroom, settings
):
    edit_english_and_sync(newsroom)
    client, french = newsroom["client"], newsroom["french"]
    dateline = french_version(newsroom).dateline_place
    too_long = "Gand, Gosselies et Louvain-la-Neuve. " * 3  # more than 80 characters
    type_in_editor(client, french, {**FRENCH_DRAFT, "Ghent–Gosselies": too_long})
    revisions = french_version(newsroom).revisions.count()

    messages = publish_in_editor(newsroom, french)

    assert any("saved as a draft" in message for message in messages), messages
    page = french_version(newsroom)
    assert (page.dateline_place, page.lead) == (dateline, FRENCH[LEAD])
    assert page.revisions.count() == revisions
    # The segment editor shows the dateline in error.
    marked = StringTranslation.objects.get(data=too_long)
    assert marked.has_error and "80" in marked.get_error()
    shown_html = read(page.url, False, settings)
    assert FRENCH[LEAD] in shown_html and too_long not in shown_html

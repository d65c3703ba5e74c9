"""Translate, edit segments, sync, and PO round trip with wagtail-localize."""

import polib
import pytest
from django.conf import settings
from django.urls import reverse
from wagtail.models import Locale
from wagtail.rich_text import RichText
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.machine_translators.dummy import DummyTranslator
from wagtail_localize.models import (
    StringSegment,
    StringTranslation,
    Translation,
    TranslationSource,
)

from news.models import AboutSection, PressReleasePage
from tests.news.factories import NewsIndexPageFactory, PressReleasePageFactory
from tests.partners.factories import PartnerIndexPageFactory, PartnerPageFactory

QUOTE = "Together we bring cell therapy to patients faster."
ABOUT = "<p>The campus hosts forty biotech companies.</p>"


@pytest.fixture
def release(site_tree):
    home = site_tree["homes"]["en"]
    partners = PartnerIndexPageFactory(parent=home)
    partner = PartnerPageFactory(parent=partners, title="EU Biotech Campus")
    news = NewsIndexPageFactory(parent=home)
    page = PressReleasePageFactory(
        parent=news,
        title="Campus and CESPE announce a partnership",
        lead="A strategic partnership on cell therapy.",
        body=[
            ("paragraph", RichText("<p>The two partners sign an agreement.</p>")),
            (
                "quote",
                {
                    "text": QUOTE,
                    "speaker_name": "Jane Peeters",
                    "speaker_role": "Director",
                    "organisation": partner,
                },
            ),
        ],
        partners=[partner],
    )
    page = PressReleasePage.objects.get(pk=page.pk)
    page.about_sections = [
        AboutSection(partner=partner, heading="About the campus", text=ABOUT)
    ]
    page.save_revision().publish()
    return PressReleasePage.objects.get(pk=page.pk)


def translate(page, code):
    """What the admin's "Translate" action does for one locale."""
    source, _created = TranslationSource.get_or_create_from_instance(page)
    translation, _created = Translation.objects.get_or_create(
        source=source, target_locale=Locale.objects.get(language_code=code)
    )
    translation.save_target(publish=False)
    return translation


def segment(source, text):
    return StringSegment.objects.select_related("string", "context").get(
        source=source, string__data=text
    )


def set_segment(translation, text, translated):
    found = segment(translation.source, text)
    StringTranslation.objects.update_or_create(
        translation_of=found.string,
        locale=translation.target_locale,
        context=found.context,
        defaults={"data": translated},
    )


def test_machine_translator_is_the_offline_dummy():
    translator = get_machine_translator()
    assert isinstance(translator, DummyTranslator)
    assert "deepl" not in repr(settings.WAGTAILLOCALIZE_MACHINE_TRANSLATOR).lower()


def test_quotes_and_about_sections_are_segments(release):
    source, _created = TranslationSource.get_or_create_from_instance(release)
    texts = set(
        StringSegment.objects.filter(source=source).values_list(
            "string__data", flat=True
        )
    )
    assert QUOTE in texts
    assert "Jane Peeters" in texts


@pytest.mark.xfail(
    strict=True,
    reason=(
        "AboutSection is a plain Orderable: wagtail-localize only extracts "
        "segments from child models that use TranslatableMixin and otherwise "
        "copies them from the source on every sync. Needs a schema change "
        "(TranslatableMixin on AboutSection)."
    ),
)
def test_about_sections_are_segments(release):
    source, _created = TranslationSource.get_or_create_from_instance(release)
    texts = set(
        StringSegment.objects.filter(source=source).values_list(
            "string__data", flat=True
        )
    )
    assert "About the campus" in texts


def test_translate_edit_segments_then_sync_keeps_translations(
    release, django_capture_on_commit_callbacks
):
    translation = translate(release, "fr")
    set_segment(translation, QUOTE, "Ensemble, nous apportons la thérapie cellulaire.")
    # wagtail-localize publishes on commit.
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    french = release.get_translation(Locale.objects.get(language_code="fr")).specific
    assert french.live
    assert french.body[1].value["text"] == (
        "Ensemble, nous apportons la thérapie cellulaire."
    )
    # About sections are carried over from the source (see the xfail above).
    assert french.about_sections.get().partner_id == release.partners[0].pk
    # Images are shared, never duplicated: the hero and the partner logo.
    assert french.hero_image_id == release.hero_image_id

    # The source changes: a new paragraph. "Sync translated pages":
    release.lead = "A strategic partnership on cell and gene therapy."
    release.save_revision().publish()
    source, _created = TranslationSource.update_or_create_from_instance(release)
    assert segment(source, "A strategic partnership on cell and gene therapy.")
    translation.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    french = french.__class__.objects.get(pk=french.pk)
    # Already-translated segments survive the sync.
    assert french.body[1].value["text"] == (
        "Ensemble, nous apportons la thérapie cellulaire."
    )
    total, done = translation.get_progress()
    assert done < total  # the new lead still waits for a translation


def test_po_export_import_round_trip(release, django_capture_on_commit_callbacks):
    translation = translate(release, "nl")
    po = translation.export_po()
    entries = {entry.msgid: entry for entry in po}
    assert QUOTE in entries
    entries[QUOTE].msgstr = "Samen brengen we celtherapie sneller bij patiënten."
    entries["Jane Peeters"].msgstr = "Jane Peeters"

    reread = polib.pofile(str(po))
    warnings = translation.import_po(reread)
    assert warnings == []
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    dutch = release.get_translation(Locale.objects.get(language_code="nl")).specific
    assert dutch.body[1].value["text"] == (
        "Samen brengen we celtherapie sneller bij patiënten."
    )
    exported_again = {entry.msgid: entry.msgstr for entry in translation.export_po()}
    assert exported_again[QUOTE] == (
        "Samen brengen we celtherapie sneller bij patiënten."
    )


def upload(client, translation, content):
    from django.core.files.uploadedfile import SimpleUploadedFile

    return client.post(
        reverse("wagtail_localize:upload_pofile", args=[translation.id]),
        {"file": SimpleUploadedFile("release.po", content)},
        follow=True,
    )


@pytest.mark.parametrize(
    "content",
    [b"not a po file at all\n", b'msgid "a"\nmsgstr "b\nmsgid', b"\xff\xfe\x00"],
)
def test_malformed_po_upload_is_a_clear_error_and_changes_nothing(
    admin_client, release, content
):
    translation = translate(release, "nl")
    before = list(StringTranslation.objects.values_list("pk", "data"))
    response = upload(admin_client, translation, content)
    messages = [str(m).strip() for m in response.context["messages"]]
    assert "Please upload a valid PO file." in messages
    assert list(StringTranslation.objects.values_list("pk", "data")) == before


def test_po_upload_for_another_translation_is_refused(admin_client, release):
    dutch = translate(release, "nl")
    french = translate(release, "fr")
    po = french.export_po()
    for entry in po:
        entry.msgstr = "Vertaald"
    response = upload(admin_client, dutch, str(po).encode())
    messages = [str(m).strip() for m in response.context["messages"]]
    assert (
        "Cannot import PO file that was created for a different translation."
        in messages
    )
    assert not StringTranslation.objects.filter(data="Vertaald").exists()


def test_po_file_with_unknown_strings_reports_each_one(release):
    translation = translate(release, "fr")
    po = polib.POFile()
    po.metadata = {"X-WagtailLocalize-TranslationID": str(translation.uuid)}
    po.append(polib.POEntry(msgid="Not in this release", msgctxt="x", msgstr="Non"))
    warnings = translation.import_po(po)
    assert len(warnings) == 1
    assert "Not in this release" in repr(warnings[0])
    assert not StringTranslation.objects.filter(data="Non").exists()

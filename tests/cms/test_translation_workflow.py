"""Translate, edit segments, sync, and PO round trip with wagtail-localize."""

import json

import polib
import pytest
from django.conf import settings
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from wagtail.models import Locale
from wagtail.rich_text import RichText
from wagtail_localize.machine_translators import get_machine_translator
from wagtail_localize.machine_translators.dummy import DummyTranslator
from wagtail_localize.models import (
    OverridableSegment,
    StringSegment,
    StringTranslation,
    TranslationSource,
)

from news.models import AboutSection, PressReleasePage
from tests.cms.factories import translate
from tests.news.factories import NewsIndexPageFactory, PressReleasePageFactory
from tests.partners.factories import PartnerIndexPageFactory, PartnerPageFactory

QUOTE = "Together we bring cell therapy to patients faster."
ABOUT_HEADING = "About the campus"
ABOUT_TEXT = "The campus hosts forty biotech companies."
ABOUT = f"<p>{ABOUT_TEXT}</p>"


@pytest.fixture
def release(site_tree):
    home = site_tree["homes"]["en"]
    partners = PartnerIndexPageFactory(parent=home)
    partner = PartnerPageFactory(parent=partners, title="EU Biotech Campus")
    news = NewsIndexPageFactory(parent=home)
    page = PressReleasePageFactory(
        parent=news,
        title="Campus and CESPE announce a partnership",
        # Each language is published on its own here; publishing together has
        # its own tests (tests/cms/test_publish_together.py).
        publish_together=False,
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
        AboutSection(partner=partner, heading=ABOUT_HEADING, text=ABOUT)
    ]
    page.save_revision().publish()
    return PressReleasePage.objects.get(pk=page.pk)


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


def test_about_sections_are_segments(release):
    source, _created = TranslationSource.get_or_create_from_instance(release)
    key = release.about_sections.get().translation_key
    found = {
        (path, data)
        for path, data in StringSegment.objects.filter(source=source).values_list(
            "context__path", "string__data"
        )
        if path.startswith("about_sections.")
    }
    assert found == {
        (f"about_sections.{key}.heading", ABOUT_HEADING),
        (f"about_sections.{key}.text", ABOUT_TEXT),
    }
    # The partner follows the language of the translation; translators do not
    # pick it.
    assert not OverridableSegment.objects.filter(
        source=source, context__path__startswith="about_sections."
    ).exists()


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
    # The partner has no French version: the About section keeps the English one.
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
    assert len(messages) == 1
    assert messages[0].startswith("The PO file was not imported. The file is not")
    assert list(StringTranslation.objects.values_list("pk", "data")) == before


def test_po_upload_for_another_translation_is_refused(admin_client, release):
    dutch = translate(release, "nl")
    french = translate(release, "fr")
    po = french.export_po()
    for entry in po:
        entry.msgstr = "Vertaald"
    response = upload(admin_client, dutch, str(po).encode())
    messages = [str(m).strip() for m in response.context["messages"]]
    assert messages == [
        "The PO file was not imported. This PO file is for the Français version, "
        "not the Nederlands one. Upload it on the Français translation."
    ]
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


# About sections ---------------------------------------------------------------

ABOUT_HEADING_FR = "À propos du campus"
ABOUT_TEXT_FR = "Le campus accueille quarante entreprises de biotechnologie."


def partner_version(partner, code, title, boilerplate):
    """The partner's profile in another language, published."""
    translated = partner.copy_for_translation(
        Locale.objects.get(language_code=code), copy_parents=True
    )
    translated.title = title
    translated.boilerplate = boilerplate
    translated.save_revision().publish()
    return translated


@pytest.fixture
def french_partner(release):
    """The partner's French profile, whose boilerplate differs from the release's."""
    return partner_version(
        release.partners[0],
        "fr",
        "Campus européen des biotechnologies",
        "<p>Texte de présentation du profil, à ne pas reprendre.</p>",
    )


def french_version(release):
    french = release.get_translation(Locale.objects.get(language_code="fr"))
    return PressReleasePage.objects.get(pk=french.pk)


def about_segments(response):
    """The About section's segments the segment editor shows, by field."""
    props = json.loads(response.context["props"])
    return {
        segment["location"]["subField"]: segment
        for segment in props["segments"]
        if segment["type"] == "string"
        and segment["location"]["field"] == "About section"
    }


def test_translate_shows_about_segments_in_the_editor_and_publishes_them(
    admin_client, release, french_partner, django_capture_on_commit_callbacks
):
    locales = Locale.objects.filter(language_code__in=["fr", "nl"])
    response = admin_client.post(
        reverse("wagtail_localize:submit_page_translation", args=[release.pk]),
        {"locales": [locale.pk for locale in locales]},
    )
    assert response.status_code == 302
    for locale in locales:
        assert release.get_translation(locale).specific.about_sections.count() == 1

    french = french_version(release)
    edit_url = reverse("wagtailadmin_pages:edit", args=[french.pk])
    segments = about_segments(admin_client.get(edit_url))
    assert {field: segment["source"] for field, segment in segments.items()} == {
        "Heading": ABOUT_HEADING,
        "Text": ABOUT_TEXT,
    }

    # The translator types the French in the editor, then publishes.
    for field, value in (("Heading", ABOUT_HEADING_FR), ("Text", ABOUT_TEXT_FR)):
        response = admin_client.put(
            segments[field]["editUrl"],
            encode_multipart(BOUNDARY, {"value": value}),
            content_type=MULTIPART_CONTENT,
        )
        assert response.status_code == 201
    with django_capture_on_commit_callbacks(execute=True):
        admin_client.post(edit_url, {"action": "publish"})

    french = french_version(release)
    assert french.live
    section = french.about_sections.get()
    # From the segments, not from the French profile's boilerplate.
    assert (section.heading, section.text) == (
        ABOUT_HEADING_FR,
        f"<p>{ABOUT_TEXT_FR}</p>",
    )
    # The French release's section is about the French partner page, and the
    # same section as the English one.
    assert section.partner_id == french_partner.pk
    assert section.locale.language_code == "fr"
    assert section.translation_key == release.about_sections.get().translation_key
    html = admin_client.get(french.url).content.decode()
    assert ABOUT_HEADING_FR in html
    assert ABOUT_TEXT_FR in html
    assert "à ne pas reprendre" not in html
    # The English release is left alone.
    english = PressReleasePage.objects.get(pk=release.pk).about_sections.get()
    assert (english.heading, english.text) == (ABOUT_HEADING, ABOUT)


def test_sync_keeps_translated_about_segments_and_adds_the_new_one(
    release, french_partner, django_capture_on_commit_callbacks
):
    translation = translate(release, "fr")
    set_segment(translation, ABOUT_HEADING, ABOUT_HEADING_FR)
    set_segment(translation, ABOUT_TEXT, ABOUT_TEXT_FR)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    total_before, done_before = translation.get_progress()

    # The English About text gets a second paragraph. "Sync translated pages":
    release = PressReleasePage.objects.get(pk=release.pk)
    sections = list(release.about_sections.all())
    sections[0].text = f"{ABOUT}<p>It opened in 2019.</p>"
    release.about_sections = sections
    release.save_revision().publish()
    TranslationSource.update_or_create_from_instance(release)
    translation.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    section = french_version(release).about_sections.get()
    assert section.heading == ABOUT_HEADING_FR
    # The translated paragraph survives; the new one waits, in English.
    assert section.text == f"<p>{ABOUT_TEXT_FR}</p><p>It opened in 2019.</p>"
    assert translation.get_progress() == (total_before + 1, done_before)

    set_segment(translation, "It opened in 2019.", "Il a ouvert en 2019.")
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    section = french_version(release).about_sections.get()
    assert section.text == f"<p>{ABOUT_TEXT_FR}</p><p>Il a ouvert en 2019.</p>"
    assert section.partner_id == french_partner.pk
    assert french_version(release).about_sections.count() == 1


def test_po_round_trip_fills_about_sections(
    release, django_capture_on_commit_callbacks
):
    dutch_partner = partner_version(
        release.partners[0], "nl", "EU Biotech Campus", "<p>Profieltekst.</p>"
    )
    translation = translate(release, "nl")
    po = translation.export_po()
    entries = {entry.msgid: entry for entry in po}
    assert ABOUT_HEADING in entries
    assert ABOUT_TEXT in entries
    entries[ABOUT_HEADING].msgstr = "Over de campus"
    entries[ABOUT_TEXT].msgstr = "De campus huisvest veertig biotechbedrijven."

    assert translation.import_po(polib.pofile(str(po))) == []
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    dutch = release.get_translation(Locale.objects.get(language_code="nl"))
    section = PressReleasePage.objects.get(pk=dutch.pk).about_sections.get()
    assert section.heading == "Over de campus"
    assert section.text == "<p>De campus huisvest veertig biotechbedrijven.</p>"
    assert section.partner_id == dutch_partner.pk
    exported_again = {entry.msgid: entry.msgstr for entry in translation.export_po()}
    assert exported_again[ABOUT_HEADING] == "Over de campus"


def test_partner_added_on_the_source_reaches_the_translation_through_sync(
    release, french_partner, django_capture_on_commit_callbacks
):
    """The new About section is the source's, in segments, about the French page."""
    translation = translate(release, "fr")
    set_segment(translation, ABOUT_HEADING, ABOUT_HEADING_FR)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    second = PartnerPageFactory(
        parent=release.partners[0].get_parent(),
        title="CESPE",
        boilerplate="<p>CESPE makes cell therapies.</p>",
    )
    second_fr = partner_version(
        second, "fr", "CESPE", "<p>Le CESPE fabrique des thérapies.</p>"
    )
    release = PressReleasePage.objects.get(pk=release.pk)
    release.partner_links.add(release.partner_links.model(partner=second))
    release.save_revision().publish()
    source, _created = TranslationSource.update_or_create_from_instance(release)
    assert segment(source, "CESPE makes cell therapies.")
    translation.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)

    sections = list(french_version(release).about_sections.all())
    assert [(s.partner_id, s.heading) for s in sections] == [
        (french_partner.pk, ABOUT_HEADING_FR),
        (second_fr.pk, "About CESPE"),  # untranslated yet, as the source has it
    ]
    english_keys = [s.translation_key for s in release.about_sections.all()]
    assert [s.translation_key for s in sections] == english_keys
    # Both languages number their sections, so every database reads one order.
    assert [s.sort_order for s in release.about_sections.all()] == [0, 1]
    assert [s.sort_order for s in sections] == [0, 1]


def test_partner_translated_later_keeps_the_translated_about_text(
    release, django_capture_on_commit_callbacks
):
    """Only the partner link follows; the text stays what the translator wrote."""
    translation = translate(release, "fr")
    set_segment(translation, ABOUT_HEADING, ABOUT_HEADING_FR)
    set_segment(translation, ABOUT_TEXT, ABOUT_TEXT_FR)
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    section = french_version(release).about_sections.get()
    assert section.partner_id == release.partners[0].pk  # no French profile yet

    french_partner = partner_version(
        release.partners[0], "fr", "Campus", "<p>Profil en français.</p>"
    )
    french = french_version(release)
    french.lead = "Un partenariat stratégique."
    french.save_revision().publish()

    section = french_version(release).about_sections.get()
    assert section.partner_id == french_partner.pk
    assert (section.heading, section.text) == (
        ABOUT_HEADING_FR,
        f"<p>{ABOUT_TEXT_FR}</p>",
    )


def test_the_slug_follows_the_translated_title(
    release, django_capture_on_commit_callbacks
):
    translation = translate(release, "fr")
    set_segment(translation, release.title, "Le campus et le CESPE s'associent")
    slug = segment(translation.source, release.slug)
    stored = StringTranslation.objects.get(
        translation_of=slug.string, locale=translation.target_locale
    )
    assert stored.data == "le-campus-et-le-cespe-sassocient"
    with django_capture_on_commit_callbacks(execute=True):
        translation.save_target(publish=True)
    french = release.get_translation(translation.target_locale)
    assert french.slug == "le-campus-et-le-cespe-sassocient"

    # A new title moves the slug along; a slug the translator wrote stays.
    set_segment(translation, release.title, "Partenariat du campus et du CESPE")
    stored.refresh_from_db()
    assert stored.data == "partenariat-du-campus-et-du-cespe"
    stored.data = "partenariat-cespe"
    stored.save()
    set_segment(translation, release.title, "Le CESPE et le campus")
    stored.refresh_from_db()
    assert stored.data == "partenariat-cespe"

"""A malformed or mismatched PO file gives a clear error and changes nothing."""

import polib
import pytest
from django.contrib.messages import get_messages
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation

from tests.cms.factories import translate
from tests.news.factories import NewsIndexPageFactory, PressReleasePageFactory

QUOTE_FR = "Ensemble, nous apportons la thérapie cellulaire."


@pytest.fixture
def news(site_tree):
    index = NewsIndexPageFactory(parent=site_tree["homes"]["en"])
    for code in ("fr", "nl"):
        index.copy_for_translation(Locale.objects.get(language_code=code))
    return index


@pytest.fixture
def french(news):
    release = PressReleasePageFactory(parent=news, publish=False, title="Campus news")
    return translate(release, "fr")


@pytest.fixture
def dutch(french):
    return translate(french.source.get_source_instance(), "nl")


@pytest.fixture
def other_release(news):
    release = PressReleasePageFactory(parent=news, publish=False, title="Other news")
    return translate(release, "fr")


def translated_po(record):
    """The PO file an outside translator sends back, every string filled in."""
    po = record.export_po()
    for entry in po:
        entry.msgstr = f"{entry.msgid} (fr)"
    return po


def upload(client, record, content, name="campus.po"):
    url = reverse("wagtail_localize:upload_pofile", args=(record.pk,))
    file = SimpleUploadedFile(name, content, content_type="text/x-gettext")
    return client.post(url, {"file": file, "next": "/admin/"})


def error_of(response):
    assert response.status_code == 302
    [message] = get_messages(response.wsgi_request)
    assert message.level_tag == "error"
    text = str(message)
    assert text.startswith("The PO file was not imported.")
    return text


def test_the_upload_url_is_the_newsroom_view(french):
    url = reverse("wagtail_localize:upload_pofile", args=(french.pk,))
    assert url == reverse("newsroom_upload_pofile", args=(french.pk,))


def test_a_good_po_file_is_imported(admin_client, french):
    response = upload(admin_client, french, str(translated_po(french)).encode())
    assert response.status_code == 302
    [message] = get_messages(response.wsgi_request)
    assert message.level_tag == "success"
    assert StringTranslation.objects.filter(locale=french.target_locale).exists()


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        (b"", "The file is empty."),
        (b"  \n\n", "The file is empty."),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00", "not UTF-8 text"),
        ("Traduction terminée".encode("latin-1"), "not UTF-8 text"),
        (b"this is not a PO file at all\n", "syntax error on line 1"),
        (b'msgid "Campus news"\nmsgstr "Nouvelles"\n', "X-WagtailLocalize"),
    ],
    ids=["empty", "blank", "binary", "latin-1", "garbage", "no-header"],
)
def test_bad_files_are_refused_and_change_nothing(
    admin_client, french, content, reason
):
    before = StringTranslation.objects.count()
    text = error_of(upload(admin_client, french, content))
    assert reason in text
    assert "tmp" not in text
    assert StringTranslation.objects.count() == before


def test_a_po_file_of_another_language_is_refused(admin_client, french, dutch):
    po = translated_po(dutch)
    before = StringTranslation.objects.count()
    text = error_of(upload(admin_client, french, str(po).encode()))
    assert "Nederlands" in text and "Français" in text
    assert StringTranslation.objects.count() == before


def test_a_po_file_of_another_page_is_refused(admin_client, french, other_release):
    po = translated_po(other_release)
    before = StringTranslation.objects.count()
    text = error_of(upload(admin_client, french, str(po).encode()))
    assert "another page" in text
    assert StringTranslation.objects.count() == before


def test_a_po_file_with_a_made_up_translation_id_is_refused(admin_client, french):
    po = translated_po(french)
    po.metadata["X-WagtailLocalize-TranslationID"] = "not-a-uuid"
    before = StringTranslation.objects.count()
    text = error_of(upload(admin_client, french, str(po).encode()))
    assert "another page" in text
    assert StringTranslation.objects.count() == before


def test_a_po_file_with_only_a_header_is_refused(admin_client, french):
    po = polib.POFile()
    po.metadata = {"X-WagtailLocalize-TranslationID": str(french.uuid)}
    text = error_of(upload(admin_client, french, str(po).encode()))
    assert "no strings" in text


def test_no_file_at_all_is_refused(admin_client, french):
    url = reverse("wagtail_localize:upload_pofile", args=(french.pk,))
    text = error_of(admin_client.post(url, {"next": "/admin/"}))
    assert "Choose a PO file" in text

"""Translating a release whose event may have no version in the target language.

wagtail-localize copies `PressReleasePage.event` from the source as it is (a
page reference is synchronised, not translated). The translation points to
the event's version in its own language when there is one
(`BasePage.localized_references`); without one it keeps the source's event,
and the public page names that event's language beside the link.
"""

from wagtail.models import Locale

from cms.translations.publishing import publish_as_is
from news.models import PressReleasePage
from tests.cms.factories import translate
from tests.home.factories import build_sections
from tests.news.factories import EventPageFactory, PressReleasePageFactory


def sections_of(site_tree):
    sections = {code: build_sections(home) for code, home in site_tree["homes"].items()}
    for kind in ("news", "events"):
        for code in ("fr", "nl"):
            index = sections[code][kind]
            index.translation_key = sections["en"][kind].translation_key
            index.save()
    return sections


def translated_release(sections, event):
    release = PressReleasePageFactory(
        parent=sections["en"]["news"], title="Science news", event=event
    )
    record = translate(release, "fr")
    french = PressReleasePage.objects.get(pk=record.get_target_instance().pk)
    with publish_as_is():
        french.save_revision().publish()
    return release, french


def event_box(html):
    start = html.index("aside-box--event")
    return html[start : html.index("</section>", start)]


def test_without_a_french_event_the_french_release_says_the_link_is_english(
    site_tree, client
):
    sections = sections_of(site_tree)
    event = EventPageFactory(parent=sections["en"]["events"], title="Science day")

    _release, french = translated_release(sections, event)

    assert french.event_id == event.pk
    response = client.get(french.url)
    assert response.status_code == 200
    box = event_box(response.content.decode())
    assert f'href="{event.url}" hreflang="en" lang="en"' in box
    assert "(page en anglais)" in box
    # The English event lists only English releases.
    event_html = client.get(event.url).content.decode()
    assert french.url not in event_html


def test_with_a_french_event_the_french_release_links_to_it(site_tree, client):
    sections = sections_of(site_tree)
    event = EventPageFactory(parent=sections["en"]["events"], title="Science day")
    french_event = event.copy_for_translation(Locale.objects.get(language_code="fr"))
    french_event.title = "Journée science"
    with publish_as_is():
        french_event.save_revision().publish()

    _release, french = translated_release(sections, event)

    assert french.event_id == french_event.pk
    box = event_box(client.get(french.url).content.decode())
    assert f'<a href="{french_event.url}">Journée science</a>' in box
    assert "hreflang" not in box
    assert french.url in client.get(french_event.url).content.decode()


def test_a_release_translated_before_its_event_finds_it_once_published(
    site_tree, client
):
    sections = sections_of(site_tree)
    event = EventPageFactory(parent=sections["en"]["events"], title="Science day")
    _release, french = translated_release(sections, event)
    french_event = event.copy_for_translation(Locale.objects.get(language_code="fr"))
    french_event.title = "Journée science"
    with publish_as_is():
        french_event.save_revision().publish()

    box = event_box(client.get(french.url).content.decode())
    assert f'<a href="{french_event.url}">Journée science</a>' in box

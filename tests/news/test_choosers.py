"""Every chooser of a release or an event lists the edited page's language only,
opens where those items are, and finds them by name.

Wagtail's chooser script sends the edited page's language as `?locale=` (its
ACTIVE_CONTENT_LOCALE); the tests ask each chooser URL as that script does.
"""

import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from wagtail.models import Locale

from cms.demo.builders.site import build_site
from tests.cms.factories import TopicFactory
from tests.home.factories import build_sections
from tests.news.factories import (
    EventPageFactory,
    MediaContactFactory,
    PressReleasePageFactory,
)
from tests.partners.factories import PartnerPageFactory

LANGUAGE_CHOOSER = "newsroom_choose_page_in_language"


@pytest.fixture
def newsroom(db):
    tree = build_site()
    return {code: build_sections(home) for code, home in tree["homes"].items()}


@pytest.fixture
def comms_client(client, db):
    user = get_user_model().objects.create_superuser("comms", "c@example.org", "pw")
    client.force_login(user)
    return client


def locale(code):
    return Locale.objects.get(language_code=code)


def edit_page(client, page):
    response = client.get(reverse("wagtailadmin_pages:edit", args=(page.pk,)))
    assert response.status_code == 200
    return response.content.decode()


def ids_in(html):
    return {int(found) for found in re.findall(r'data-id="(\d+)"', html)}


def snippet_ids_in(html):
    return {int(found) for found in re.findall(r"/chosen/(\d+)/", html)}


def test_the_editor_tells_choosers_the_page_language(newsroom, comms_client):
    release = PressReleasePageFactory(parent=newsroom["fr"]["news"])
    html = edit_page(comms_client, release)
    assert '"ACTIVE_CONTENT_LOCALE": "fr"' in html
    # The event field and the quote block's organisation use our chooser.
    assert reverse(LANGUAGE_CHOOSER) in html


def test_the_event_chooser_opens_at_the_events_of_the_release_language(
    newsroom, comms_client
):
    english = EventPageFactory(parent=newsroom["en"]["events"], title="Cell day")
    french = EventPageFactory(parent=newsroom["fr"]["events"], title="Journée cellules")
    url = reverse(LANGUAGE_CHOOSER)

    html = comms_client.get(
        url, {"page_type": "news.eventpage", "locale": "fr"}
    ).json()["html"]

    assert french.pk in ids_in(html) and english.pk not in ids_in(html)
    # It opened in the French event index, not at the Root.
    assert newsroom["fr"]["events"].title in html
    # Once an event is chosen, Wagtail's script asks for its parent below.
    child = reverse(
        "newsroom_choose_page_in_language_child", args=(newsroom["fr"]["events"].pk,)
    )
    assert french.pk in ids_in(comms_client.get(child).json()["html"])


def test_the_event_chooser_searches_in_one_language(newsroom, comms_client):
    english = EventPageFactory(parent=newsroom["en"]["events"], title="Cell day")
    french = EventPageFactory(parent=newsroom["fr"]["events"], title="Cell day Gand")
    url = reverse("wagtailadmin_choose_page_search")
    html = comms_client.get(
        url, {"page_type": "news.eventpage", "locale": "fr", "q": "Cell day"}
    ).content.decode()
    assert french.pk in ids_in(html) and english.pk not in ids_in(html)


def test_the_quote_and_organiser_choosers_find_partners_by_acronym_and_name(
    newsroom, comms_client
):
    english = PartnerPageFactory(
        parent=newsroom["en"]["partners"],
        title="Centre for Cell Engineering",
        acronym="CESPE",
    )
    french = PartnerPageFactory(
        parent=newsroom["fr"]["partners"], title="Centre CESPE", acronym="CESPE"
    )
    event = EventPageFactory(parent=newsroom["fr"]["events"])
    assert reverse(LANGUAGE_CHOOSER) in edit_page(comms_client, event)

    opened = comms_client.get(
        reverse(LANGUAGE_CHOOSER), {"page_type": "partners.partnerpage", "locale": "fr"}
    ).json()["html"]
    assert french.pk in ids_in(opened) and english.pk not in ids_in(opened)

    search = reverse("wagtailadmin_choose_page_search")
    for query in ("CESPE", "Centre CESPE"):
        html = comms_client.get(
            search, {"page_type": "partners.partnerpage", "locale": "fr", "q": query}
        ).content.decode()
        assert french.pk in ids_in(html), query
        assert english.pk not in ids_in(html), query


def test_the_call_to_action_chooser_offers_the_language_home_only(
    newsroom, comms_client
):
    html = comms_client.get(
        reverse(LANGUAGE_CHOOSER), {"page_type": "wagtailcore.page", "locale": "nl"}
    ).json()["html"]
    assert ids_in(html) == {newsroom["nl"]["news"].get_parent().pk}


@pytest.mark.parametrize(
    "query", [{"page_type": "no.such"}, {"page_type": "wagtailcore.page,x.y"}]
)
def test_the_language_chooser_answers_bad_page_types_with_404(
    newsroom, comms_client, query
):
    response = comms_client.get(
        reverse(LANGUAGE_CHOOSER), {**query, "locale": "fr"}, follow=True
    )
    assert response.status_code == 404


def test_the_language_chooser_without_a_language_opens_at_the_root(
    newsroom, comms_client
):
    url = reverse(LANGUAGE_CHOOSER)
    response = comms_client.get(url, {"page_type": "news.eventpage"}, follow=True)
    assert response.status_code == 200
    assert "html" in response.json()
    # An unknown language is Wagtail's own 404 at the Root.
    unknown = {"page_type": "news.eventpage", "locale": "xx"}
    assert comms_client.get(url, unknown, follow=True).status_code == 404


def snippet_chooser(model_name):
    return reverse(f"wagtailsnippetchoosers_{model_name}:choose")


def snippet_results(model_name):
    return reverse(f"wagtailsnippetchoosers_{model_name}:choose_results")


def test_the_topic_chooser_lists_and_finds_topics_of_one_language(
    newsroom, comms_client
):
    english = TopicFactory(name="Cell therapy", slug="cell-therapy")
    french = TopicFactory(
        name="Thérapie cellulaire", slug="cell-therapy", locale=locale("fr")
    )
    dutch = TopicFactory(name="Celtherapie", slug="cell-therapy", locale=locale("nl"))

    listed = comms_client.get(snippet_chooser("cms_topic"), {"locale": "fr"})
    assert snippet_ids_in(listed.json()["html"]) == {french.pk}

    for query in ("Thérapie", "cellulaire"):
        found = comms_client.get(
            snippet_results("cms_topic"), {"locale": "fr", "q": query}
        ).content.decode()
        assert snippet_ids_in(found) == {french.pk}, query
    found = comms_client.get(
        snippet_results("cms_topic"), {"locale": "nl", "q": "therapie"}
    ).content.decode()
    assert snippet_ids_in(found) == {dutch.pk}
    assert english.pk not in snippet_ids_in(found)


def test_the_media_contact_chooser_lists_and_finds_contacts_of_one_language(
    newsroom, comms_client
):
    english = MediaContactFactory(name="Anna Peeters", organisation="CESPE")
    french = MediaContactFactory(
        name="Anne Peeters", organisation="CESPE", locale=locale("fr")
    )

    listed = comms_client.get(snippet_chooser("news_mediacontact"), {"locale": "fr"})
    assert snippet_ids_in(listed.json()["html"]) == {french.pk}
    for query in ("Anne", "CESPE"):
        found = comms_client.get(
            snippet_results("news_mediacontact"), {"locale": "fr", "q": query}
        ).content.decode()
        assert snippet_ids_in(found) == {french.pk}, query
    assert english.pk not in snippet_ids_in(found)

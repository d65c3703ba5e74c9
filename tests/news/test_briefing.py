"""Embargoed pre-briefing: each accredited journalist's own link, in their
language, its view log, revocation and what it does after go-live."""

import datetime
import re
import socket
from io import StringIO
from unittest import mock

import pytest
from django.contrib.auth import get_user_model
from django.core import mail
from django.core.management import call_command
from django.test import override_settings
from django.urls import reverse
from wagtail.models import Locale, PageLogEntry

from news.models import (
    AccreditedJournalist,
    PressReleasePage,
    ReviewEvent,
    ReviewLink,
)
from partners.permissions import add_partner_editor, communications_group
from tests.home.factories import build_sections
from tests.news.factories import AccreditedJournalistFactory, PressReleasePageFactory
from tests.partners.factories import PartnerPageFactory

pytestmark = pytest.mark.django_db

GO_LIVE = datetime.datetime(2031, 5, 27, 8, 0, tzinfo=datetime.UTC)  # 10:00 Brussels
TITLE_EN = "Alliance on cell therapy"
TITLE_FR = "Alliance sur la thérapie cellulaire"


def schedule(page, go_live=GO_LIVE, **fields):
    page = PressReleasePage.objects.get(pk=page.pk)
    page.go_live_at = go_live
    for name, value in fields.items():
        setattr(page, name, value)
    revision = page.save_revision()
    revision.publish()
    return revision


@pytest.fixture
def release(site_tree):
    """A release in English and French, scheduled for GO_LIVE."""
    sections = build_sections(site_tree["homes"]["en"])
    english = PressReleasePageFactory(
        parent=sections["news"],
        title=TITLE_EN,
        slug="alliance",
        publish=False,
        publish_together=False,
    )
    french = english.copy_for_translation(
        Locale.objects.get(language_code="fr"), copy_parents=True
    ).specific
    schedule(english)
    schedule(french, title=TITLE_FR)
    return {
        "en": PressReleasePage.objects.get(pk=english.pk),
        "fr": PressReleasePage.objects.get(pk=french.pk),
    }


@pytest.fixture
def comms(site_tree):
    user = get_user_model().objects.create_user("comms", "c@example.org", "pw")
    user.groups.add(communications_group())
    return user


@pytest.fixture
def journalists(db):
    return {
        "marie": AccreditedJournalistFactory(
            name="Marie Dupont", email="marie@lesoir.example", languages=["nl", "fr"]
        ),
        "john": AccreditedJournalistFactory(
            name="John Smith", outlet="Politico", email="john@politico.example"
        ),
        "jan": AccreditedJournalistFactory(
            name="Jan Peeters", outlet="De Standaard", languages=["nl"]
        ),
        "retired": AccreditedJournalistFactory(name="Retired", active=False),
    }


def brief(client, page, *people):
    return client.post(
        reverse("news_briefing", args=[page.pk]),
        {"journalists": [person.pk for person in people]},
    )


def link_in(message):
    return re.search(r"http://testserver(/review/[^\s]+/)", message.body).group(1)


def email_to(address):
    return next(message for message in mail.outbox if message.to == [address])


def lift_embargo():
    moment = GO_LIVE + datetime.timedelta(minutes=1)
    with mock.patch("django.utils.timezone.now", return_value=moment):
        call_command("publish_scheduled", stdout=StringIO())


def test_each_journalist_gets_their_own_link_in_their_language(
    client, release, comms, journalists
):
    client.force_login(comms)
    response = brief(client, release["en"], journalists["marie"], journalists["john"])
    assert response.status_code == 302
    assert len(mail.outbox) == 2

    marie = email_to("marie@lesoir.example")
    assert TITLE_FR in marie.subject
    assert "Sous embargo" in marie.subject
    # The embargo in Brussels time, in the email's own words.
    assert "mardi 27 mai 2031, 10:00" in marie.body
    assert "heure de Bruxelles" in marie.body
    html, kind = marie.alternatives[0]
    assert kind == "text/html"
    assert "mardi 27 mai 2031, 10:00" in html
    john = email_to("john@politico.example")
    assert TITLE_EN in john.subject
    assert "Tuesday 27 May 2031, 10:00" in john.body
    assert "Brussels time" in john.body

    marie_link = ReviewLink.objects.get(journalist=journalists["marie"])
    john_link = ReviewLink.objects.get(journalist=journalists["john"])
    assert marie_link.page_id == release["fr"].pk
    assert john_link.page_id == release["en"].pk
    assert marie_link.key != john_link.key
    assert link_in(marie) == reverse("review_release", args=[marie_link.token])
    assert PageLogEntry.objects.filter(
        page=release["fr"], action="newsroom.briefing.send"
    ).exists()

    client.logout()
    page = client.get(link_in(marie))
    assert page.status_code == 200
    assert TITLE_FR in page.content.decode()
    assert "no-store" in page["Cache-Control"]
    # A pre-briefing is read only: no answer form, and no answer taken.
    assert 'name="answer_token"' not in page.content.decode()
    answer = client.post(
        link_in(marie), {"decision": "approve", "name": "Marie", "comment": ""}
    )
    assert answer.status_code == 403
    assert set(marie_link.events.values_list("kind", flat=True)) == {"view"}


def test_every_opening_is_logged_per_journalist(client, release, comms, journalists):
    client.force_login(comms)
    brief(client, release["en"], journalists["marie"], journalists["john"])
    marie_url = link_in(email_to("marie@lesoir.example"))
    john_url = link_in(email_to("john@politico.example"))
    client.logout()
    client.get(marie_url)
    client.get(marie_url)
    client.get(john_url)
    assert (
        ReviewEvent.objects.filter(
            link__journalist=journalists["marie"], kind=ReviewEvent.Kind.VIEW
        ).count()
        == 2
    )
    assert (
        ReviewEvent.objects.filter(
            link__journalist=journalists["john"], kind=ReviewEvent.Kind.VIEW
        ).count()
        == 1
    )
    client.force_login(comms)
    screen = client.get(reverse("news_briefing", args=[release["en"].pk]))
    html = screen.content.decode()
    assert "Marie Dupont (Le Soir) &lt;marie@lesoir.example&gt;" in html
    assert "John Smith (Politico)" in html
    assert html.count("Viewed") == 3


def test_link_lifecycle_revoked_then_after_go_live(client, release, comms, journalists):
    client.force_login(comms)
    brief(client, release["en"], journalists["marie"], journalists["john"])
    marie_url = link_in(email_to("marie@lesoir.example"))
    john_url = link_in(email_to("john@politico.example"))
    marie_link = ReviewLink.objects.get(journalist=journalists["marie"])
    response = client.post(reverse("news_revoke_review_link", args=[marie_link.pk]))
    assert response.status_code == 302
    client.logout()

    unknown = client.get("/review/nothing-here/")
    revoked = client.get(marie_url)
    assert revoked.status_code == 404
    assert revoked.content == unknown.content
    assert not ReviewEvent.objects.filter(link=marie_link).exists()

    lift_embargo()
    live = PressReleasePage.objects.get(pk=release["en"].pk)
    assert live.live
    after = client.get(john_url)
    assert after.status_code == 302
    assert after["Location"] == live.url
    assert after["Referrer-Policy"] == "no-referrer"
    assert client.get(after["Location"]).status_code == 200
    # Opening it after go-live is on the record too.
    assert ReviewEvent.objects.filter(link__journalist=journalists["john"]).count() == 1
    assert client.get(marie_url).status_code == 404


def test_only_a_scheduled_release_can_be_pre_briefed(
    client, site_tree, comms, journalists
):
    sections = build_sections(site_tree["homes"]["en"])
    draft = PressReleasePageFactory(parent=sections["news"], publish=False)
    live = PressReleasePageFactory(parent=sections["news"], publish_together=False)
    client.force_login(comms)
    for page in (draft, live):
        response = brief(client, page, journalists["john"])
        assert response.status_code == 200
        assert "Only a release scheduled to go live" in response.content.decode()
    assert mail.outbox == []
    assert not ReviewLink.objects.exists()


def test_bad_choices_send_nothing(client, release, comms, journalists):
    client.force_login(comms)
    for people in ([], [journalists["retired"]]):
        response = brief(client, release["en"], *people)
        assert response.status_code == 200
    response = client.post(
        reverse("news_briefing", args=[release["en"].pk]), {"journalists": ["abc"]}
    )
    assert response.status_code == 200
    assert mail.outbox == []
    # No version in Jan's language (Dutch): told, not sent.
    response = brief(client, release["en"], journalists["jan"])
    assert response.status_code == 302
    assert mail.outbox == []
    assert not ReviewLink.objects.exists()


def closed_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_when_mail_cannot_be_sent_no_link_is_kept(client, release, comms, journalists):
    client.force_login(comms)
    with override_settings(
        EMAIL_BACKEND="django.core.mail.backends.smtp.EmailBackend",
        EMAIL_HOST="127.0.0.1",
        EMAIL_PORT=closed_port(),
        EMAIL_TIMEOUT=2,
    ):
        response = brief(client, release["en"], journalists["john"])
    assert response.status_code == 302
    assert not ReviewLink.objects.exists()
    page = client.get(response["Location"]).content.decode()
    assert "Not sent" in page
    assert "John Smith" in page


def test_partner_editors_cannot_brief_or_list_journalists(
    client, site_tree, release, journalists
):
    sections = build_sections(site_tree["homes"]["en"])
    partner = PartnerPageFactory(parent=sections["partners"])
    editor, _password = add_partner_editor(partner, "editor")
    client.force_login(editor)
    urls = [
        reverse("news_briefing", args=[release["en"].pk]),
        reverse("wagtailsnippets_news_accreditedjournalist:list"),
        reverse(
            "wagtailsnippets_news_accreditedjournalist:edit",
            args=[journalists["john"].pk],
        ),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert response["Location"] == "/admin/", url
        assert "politico" not in response.content.decode()
    response = brief(client, release["en"], journalists["john"])
    assert response.status_code in (302, 403)
    assert mail.outbox == []
    assert not ReviewLink.objects.exists()


def test_communications_keeps_the_list_of_journalists(client, comms):
    client.force_login(comms)
    add = reverse("wagtailsnippets_news_accreditedjournalist:add")
    data = {
        "name": "Sofie Claes",
        "outlet": "VRT NWS",
        "email": "sofie@vrt.example",
        "languages": ["nl", "en"],
        "active": "on",
    }
    assert client.post(add, data).status_code == 302
    for bad in ({"languages": []}, {"languages": ["de"]}, {"email": "not-an-email"}):
        response = client.post(add, {**data, "email": "other@vrt.example", **bad})
        assert response.status_code == 200, bad
    [sofie] = AccreditedJournalist.objects.all()
    assert sofie.languages == ["nl", "en"]
    assert sofie.language_for({"en": 1, "fr": 1}) == "en"

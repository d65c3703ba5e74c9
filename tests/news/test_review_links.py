"""Private review links: create, read without an account, answer, expire, revoke."""

import datetime
import re

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse
from django.utils import timezone
from wagtail.models import PageLogEntry

from cms.translations.publishing import publish_as_is
from news.models import PressReleasePage, ReviewEvent, ReviewLink
from partners.permissions import communications_group
from tests.news.factories import PressReleasePageFactory

pytestmark = pytest.mark.django_db

TITLE = "Confidential partnership on biomanufacturing"


@pytest.fixture
def draft(site_tree):
    from tests.home.factories import build_sections

    sections = build_sections(site_tree["homes"]["fr"])
    page = PressReleasePageFactory(
        parent=sections["news"], title=TITLE, slug="partenariat", publish=False
    )
    return PressReleasePage.objects.get(pk=page.pk)


@pytest.fixture
def comms(db):
    user = get_user_model().objects.create_user("comms", "c@example.org", "pw")
    user.groups.add(communications_group())
    return user


def create_link(client, page, recipient="Le Soir", days=14):
    response = client.post(
        reverse("news_review_links", args=[page.pk]),
        {"recipient": recipient, "days": days},
    )
    assert response.status_code == 302
    return ReviewLink.objects.filter(page=page).latest("created_at")


def review_url(link_or_token):
    token = getattr(link_or_token, "token", link_or_token)
    return reverse("review_release", args=[token])


def answer(client, link, data):
    """Post an answer with the token the review page rendered, as its form does."""
    html = client.get(review_url(link)).content.decode()
    token = re.search(r'name="answer_token" value="([^"]+)"', html).group(1)
    return client.post(review_url(link), {**data, "answer_token": token})


def test_communications_creates_a_link_and_the_history_records_it(client, draft, comms):
    client.force_login(comms)
    link = create_link(client, draft)
    assert link.recipient == "Le Soir"
    assert link.created_by == comms
    assert abs(link.expires_at - (timezone.now() + datetime.timedelta(days=14))) < (
        datetime.timedelta(minutes=1)
    )
    assert PageLogEntry.objects.filter(
        page=draft, action="newsroom.review_link.create"
    ).exists()
    listing = client.get(reverse("news_review_links", args=[draft.pk]))
    assert link.token in listing.content.decode()


def test_token_is_unguessable_and_signed(client, draft, comms):
    client.force_login(comms)
    first, second = create_link(client, draft), create_link(client, draft)
    assert first.key != second.key
    assert len(first.key) >= 40
    assert first.token.startswith(first.key + ":")


def test_reader_without_account_sees_the_draft_with_banner(client, draft, comms):
    client.force_login(comms)
    link = create_link(client, draft)
    client.logout()
    response = client.get(review_url(link))
    assert response.status_code == 200
    html = response.content.decode()
    assert TITLE in html
    # The release is French (with a no-break space before the colon).
    assert "Brouillon\u00a0: pas encore publié" in html
    assert '<meta name="robots" content="noindex, nofollow, noarchive">' in html
    assert response["X-Robots-Tag"].startswith("noindex")
    assert "no-store" in response["Cache-Control"]
    assert (
        ReviewEvent.objects.filter(link=link, kind=ReviewEvent.Kind.VIEW).count() == 1
    )


def test_embargoed_release_shows_its_go_live_in_brussels_time(client, draft, comms):
    go_live = datetime.datetime(2031, 5, 27, 8, 0, tzinfo=datetime.UTC)
    draft.go_live_at = go_live
    with publish_as_is():
        draft.save_revision().publish()
    client.force_login(comms)
    link = create_link(client, draft)
    client.logout()
    html = client.get(review_url(link)).content.decode()
    assert "Sous embargo jusqu’au 27 mai 2031, 10:00" in html or (
        "Sous embargo jusqu'au 27 mai 2031, 10:00" in html
    )


def test_answers_are_recorded_on_the_release(client, draft, comms):
    client.force_login(comms)
    link = create_link(client, draft)
    client.logout()
    response = answer(
        client,
        link,
        {"decision": "approve", "name": "Marie, CESPE", "comment": "OK pour nous."},
    )
    assert response.status_code == 302
    event = ReviewEvent.objects.get(link=link, kind=ReviewEvent.Kind.APPROVE)
    assert event.name == "Marie, CESPE"
    entry = PageLogEntry.objects.get(page=draft, action="newsroom.review_answer")
    assert entry.data["comment"] == "OK pour nous."
    client.force_login(comms)
    history = client.get(reverse("wagtailadmin_pages:history", args=[draft.pk]))
    assert "Marie, CESPE" in history.content.decode()


def test_request_changes_needs_a_comment(client, draft, comms):
    client.force_login(comms)
    link = create_link(client, draft)
    client.logout()
    response = answer(
        client, link, {"decision": "request_changes", "name": "Jan", "comment": ""}
    )
    assert response.status_code == 200
    assert not ReviewEvent.objects.filter(link=link).exclude(kind="view").exists()


def not_found_body(client):
    return client.get("/review/nothing-here/").content.decode()


@pytest.mark.parametrize(
    "damage", ["expired", "revoked", "forged", "truncated", "unknown"]
)
def test_bad_tokens_get_the_plain_404(client, draft, comms, damage):
    client.force_login(comms)
    link = create_link(client, draft)
    token = link.token
    if damage == "expired":
        ReviewLink.objects.filter(pk=link.pk).update(
            expires_at=timezone.now() - datetime.timedelta(seconds=1)
        )
    elif damage == "revoked":
        revoke = reverse("news_revoke_review_link", args=[link.pk])
        assert client.post(revoke).status_code == 302
    elif damage == "forged":
        token = link.key + ":" + "A" * 27
    elif damage == "truncated":
        token = token[:-5]
    else:
        token = "x" * 43 + ":" + "y" * 27
    client.logout()
    response = client.get(review_url(token))
    assert response.status_code == 404
    html = response.content.decode()
    assert TITLE not in html
    assert html == not_found_body(client)
    assert not ReviewEvent.objects.filter(link=link).exists()


def test_partner_editors_and_anonymous_cannot_manage_links(client, draft):
    from partners.permissions import add_partner_editor
    from tests.partners.factories import PartnerPageFactory

    url = reverse("news_review_links", args=[draft.pk])
    assert client.get(url).status_code == 302  # to the login page
    from tests.home.factories import build_sections

    sections = build_sections(draft.get_parent().get_parent().specific)
    partner = PartnerPageFactory(parent=sections["partners"])
    editor, _password = add_partner_editor(partner, "editor")
    client.force_login(editor)
    for response in (client.get(url), client.post(url, {"recipient": "x", "days": 3})):
        assert response.status_code in (302, 403)
        if response.status_code == 302:
            assert response["Location"] == "/admin/"  # Wagtail's "permission denied"
    assert not ReviewLink.objects.exists()


@pytest.mark.parametrize("days", ["0", "-1", "abc", "365"])
def test_bad_validity_is_a_form_error(client, draft, comms, days):
    client.force_login(comms)
    response = client.post(
        reverse("news_review_links", args=[draft.pk]), {"recipient": "x", "days": days}
    )
    assert response.status_code == 200
    assert not ReviewLink.objects.exists()

"""The public pages: bad input, neutral answers, tokens, flooding, leaving, privacy."""

import datetime
import json
from unittest import mock

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone, translation

from subscriptions.models import Subscriber
from tests.background import run_tasks
from tests.cms.factories import TopicFactory
from tests.subscriptions.factories import SubscriberFactory

pytestmark = pytest.mark.django_db

SUBSCRIBE = "/en/subscribe/"


@pytest.fixture
def topic(site_tree):
    return TopicFactory(name="Biotech", slug="biotech")


def subscribe(client, capture, email, **extra):
    data = {"email": email, "language": "en", "everything": "on", **extra}
    with capture(execute=True):
        return client.post(SUBSCRIBE, data, **extra.pop("headers", {}))


def test_every_language_has_a_subscribe_page_linked_from_the_footer(site_tree):
    client = Client()
    for code, title in (
        ("en", "Subscribe to our press releases"),
        ("fr", "Abonnez-vous à nos communiqués"),
        ("nl", "Abonneer u op onze persberichten"),
    ):
        response = client.get(f"/{code}/subscribe/")
        assert response.status_code == 200
        assert title in response.content.decode()
        home = client.get(f"/{code}/").content.decode()
        assert f'href="/{code}/subscribe/"' in home
        assert f'href="/{code}/feeds/releases.rss"' in home
        with translation.override(code):
            assert reverse("subscriptions_subscribe") == f"/{code}/subscribe/"


def test_an_invalid_email_gets_a_form_error_and_no_record(client, site_tree):
    response = client.post(SUBSCRIBE, {"email": "not-an-address", "everything": "on"})
    assert response.status_code == 400
    assert "email" in response.context["form"].errors
    assert not Subscriber.objects.exists()


def test_choosing_nothing_is_refused(client, site_tree):
    response = client.post(SUBSCRIBE, {"email": "a@example.org", "language": "en"})
    assert response.status_code == 400
    assert response.context["form"].non_field_errors()
    assert not Subscriber.objects.exists()


def test_subscribing_a_known_address_again_is_neutral_and_changes_nothing(
    client, smtp, site_tree, topic, django_capture_on_commit_callbacks
):
    first = subscribe(client, django_capture_on_commit_callbacks, "known@example.org")
    fresh = subscribe(client, django_capture_on_commit_callbacks, "new@example.org")
    subscriber = Subscriber.objects.get(email="known@example.org")
    subscriber.confirmed_at = timezone.now()
    subscriber.save()
    again = subscribe(
        client,
        django_capture_on_commit_callbacks,
        "KNOWN@example.org",
        everything="",
        topics=[topic.pk],
        language="fr",
    )
    assert first.status_code == fresh.status_code == again.status_code == 200
    assert first.content == fresh.content == again.content
    assert Subscriber.objects.filter(email="known@example.org").count() == 1
    subscriber.refresh_from_db()
    assert (subscriber.language, subscriber.everything) == ("en", True)
    assert not subscriber.topics.exists()
    run_tasks()
    # The address itself hears about it: its links, nothing changed.
    reminder = smtp.mailbox.to("known@example.org")[-1]
    assert "already subscribed" in reminder.get_body(("plain",)).get_content()


TOKEN_VIEWS = (
    "subscriptions_preferences",
    "subscriptions_export",
    "subscriptions_unsubscribe",
)


def test_expired_forged_truncated_and_unknown_tokens_are_the_same_404(
    client, site_tree
):
    waiting = SubscriberFactory(email="waiting@example.org", confirmed_at=None)
    confirmed = SubscriberFactory(email="in@example.org")
    not_found = client.get("/en/no-such-page/")
    assert not_found.status_code == 404
    token = waiting.confirm_token
    bad_confirm = [
        token[:-3],  # truncated
        token[:-1] + ("A" if token[-1] != "A" else "B"),  # forged
        "nobody:xyz:abc",
        waiting.manage_token,  # another kind of token
    ]
    for bad in bad_confirm:
        response = client.get(reverse("subscriptions_confirm", args=[bad]))
        assert response.status_code == 404
        assert response.content == not_found.content
    with mock.patch(
        "django.core.signing.time.time",
        return_value=(timezone.now() + datetime.timedelta(days=7, hours=1)).timestamp(),
    ):
        expired = client.post(reverse("subscriptions_confirm", args=[token]))
    assert expired.status_code == 404
    assert expired.content == not_found.content
    waiting.refresh_from_db()
    assert waiting.confirmed_at is None

    manage = confirmed.manage_token
    for bad in (manage[:-4], manage[:-1] + "x", confirmed.confirm_token, "a:b"):
        for name in TOKEN_VIEWS:
            response = client.get(reverse(name, args=[bad]))
            assert response.status_code == 404, (name, bad)
            assert response.content == not_found.content
    # An unconfirmed address has no preferences page either.
    response = client.get(
        reverse("subscriptions_preferences", args=[waiting.manage_token])
    )
    assert response.status_code == 404
    # Within seven days, the link works.
    response = client.post(reverse("subscriptions_confirm", args=[token]))
    assert response.status_code == 302
    waiting.refresh_from_db()
    assert waiting.confirmed_at is not None


def test_subscribe_is_rate_limited_per_address_and_per_email(
    smtp, site_tree, settings, django_capture_on_commit_callbacks
):
    settings.SUBSCRIBE_RATE_PER_EMAIL = "3/h"
    settings.SUBSCRIBE_RATE_PER_ADDRESS = "5/h"
    victim = Client(REMOTE_ADDR="203.0.113.7")
    for _ in range(3):
        response = subscribe(
            victim, django_capture_on_commit_callbacks, "v@example.org"
        )
        assert response.status_code == 200
    # From another address, the same inbox is refused: no fourth email.
    other = Client(REMOTE_ADDR="198.51.100.9")
    response = subscribe(other, django_capture_on_commit_callbacks, "V@example.org")
    assert response.status_code == 429
    assert "Too many subscription requests" in response.content.decode()
    run_tasks()
    assert len(smtp.mailbox.to("v@example.org")) == 3

    # One address cannot subscribe a list of inboxes either.
    flooder = Client(REMOTE_ADDR="192.0.2.44")
    answers = [
        subscribe(
            flooder, django_capture_on_commit_callbacks, f"x{n}@example.org"
        ).status_code
        for n in range(7)
    ]
    assert answers == [200] * 5 + [429] * 2
    assert not Subscriber.objects.filter(email__in=["x5@example.org", "x6@example.org"])


def test_one_click_unsubscribe_post_works_without_a_csrf_token(site_tree):
    subscriber = SubscriberFactory(email="leaving@example.org", everything=True)
    client = Client(enforce_csrf_checks=True)
    url = reverse("subscriptions_unsubscribe", args=[subscriber.manage_token])
    # A link checker's GET unsubscribes nobody.
    assert client.get(url).status_code == 200
    assert Subscriber.objects.filter(pk=subscriber.pk).exists()
    response = client.post(
        url,
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not Subscriber.objects.filter(email="leaving@example.org").exists()
    assert client.post(url).status_code == 404


def test_preferences_change_language_and_choices(client, site_tree, topic):
    subscriber = SubscriberFactory(email="p@example.org", everything=True)
    url = reverse("subscriptions_preferences", args=[subscriber.manage_token])
    page = client.get(url)
    assert page.status_code == 200
    assert (
        page["Cache-Control"].startswith("max-age=0")
        or "no-cache" in page["Cache-Control"]
    )
    response = client.post(url, {"language": "nl", "topics": [topic.pk]})
    assert response.status_code == 200
    subscriber.refresh_from_db()
    assert (subscriber.language, subscriber.everything) == ("nl", False)
    assert list(subscriber.topics.all()) == [topic]
    assert client.post(url, {"language": "nl"}).status_code == 400


def test_export_and_erase(client, site_tree):
    subscriber = SubscriberFactory(email="me@example.org", language="fr")
    token = subscriber.manage_token
    response = client.get(reverse("subscriptions_export", args=[token]))
    assert response.status_code == 200
    assert response["Content-Type"].startswith("application/json")
    data = json.loads(response.content)
    assert data["email"] == "me@example.org"
    assert data["language"] == "fr"
    assert data["confirmed_at"]
    response = client.post(reverse("subscriptions_erase", args=[token]))
    assert response.status_code == 200
    assert not Subscriber.objects.filter(email="me@example.org").exists()
    assert client.get(reverse("subscriptions_export", args=[token])).status_code == 404


def test_the_privacy_notice_says_what_is_stored(client, site_tree):
    response = client.get("/en/subscribe/privacy/")
    text = response.content.decode()
    assert response.status_code == 200
    assert "Your email address, the language you chose" in text
    assert "erases your address" in text
    french = client.get("/fr/subscribe/privacy/").content.decode()
    assert "Ce que nous conservons" in french

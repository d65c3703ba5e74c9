"""What Communications sees of a release's mailing; partner editors see none of it."""

import pytest
from django.contrib.auth import get_user_model
from django.urls import reverse

from partners.permissions import add_partner_editor, communications_group, setup_roles
from subscriptions.models import Delivery
from tests.background import run_tasks
from tests.subscriptions.factories import SubscriberFactory, release_in_three_languages

pytestmark = pytest.mark.django_db


@pytest.fixture
def sent_release(smtp, newsroom, django_capture_on_commit_callbacks):
    SubscriberFactory(email="en@example.org", everything=True)
    SubscriberFactory(email="fr@example.org", language="fr", everything=True)
    SubscriberFactory(email="gone@example.org", everything=True)
    smtp.mailbox.refuse["gone@example.org"] = "550 5.1.1 No such user"
    versions = release_in_three_languages(
        newsroom["sections"]["news"],
        title="Campus opens a cleanroom",
        lead="A new cleanroom for cell therapy.",
    )
    with django_capture_on_commit_callbacks(execute=True):
        versions["en"].save_revision().publish()
    run_tasks()
    smtp.mailbox.messages.clear()
    return versions


def urls(page):
    return {
        "list": reverse("subscriptions_mailings"),
        "release": reverse("subscriptions_release_mailing", args=[page.pk]),
        "preview": reverse("subscriptions_preview", args=[page.pk]) + "?language=fr",
        "test": reverse("subscriptions_send_test", args=[page.pk]),
    }


def test_communications_sees_recipients_sent_and_failed(client, sent_release):
    comms = get_user_model().objects.create_user("comms", "comms@example.org", "pw")
    comms.groups.add(communications_group())
    client.force_login(comms)
    english = sent_release["en"]
    paths = urls(english)

    listing = client.get(paths["list"])
    assert listing.status_code == 200
    rows = {
        row["mailing"].page.locale.language_code: row for row in listing.context["rows"]
    }
    assert (rows["en"]["recipients"], rows["en"]["counts"]["sent"]) == (2, 1)
    assert rows["en"]["counts"]["failed"] == 1
    assert (rows["fr"]["recipients"], rows["fr"]["counts"]["sent"]) == (1, 1)
    assert "Campus opens a cleanroom" in listing.content.decode()

    detail = client.get(paths["release"])
    assert detail.status_code == 200
    html = detail.content.decode()
    assert "gone@example.org" in html and "550" in html
    assert "Send me a test" in html

    preview = client.get(paths["preview"])
    assert preview.status_code == 200
    assert "Campus opens a cleanroom (fr)" in preview.content.decode()
    assert 'lang="fr"' in preview.content.decode()
    text = client.get(paths["preview"] + "&format=text")
    assert text["Content-Type"].startswith("text/plain")
    assert "A new cleanroom for cell therapy." in text.content.decode()
    # An unknown language is Django's 404 (which the locale middleware redirects).
    unknown = client.get(paths["preview"].replace("=fr", "=de"))
    assert unknown.status_code in (302, 404)
    assert b"cleanroom" not in unknown.content


def test_send_me_a_test_goes_to_the_signed_in_user(client, sent_release, smtp):
    comms = get_user_model().objects.create_user("comms", "comms@example.org", "pw")
    comms.groups.add(communications_group())
    client.force_login(comms)
    response = client.post(urls(sent_release["en"])["test"], {"language": "nl"})
    assert response.status_code == 302
    (message,) = smtp.mailbox.to("comms@example.org")
    assert message["Subject"] == "[Test] Campus opens a cleanroom (nl)"
    assert message["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    # A test is no delivery: the counts do not move.
    assert Delivery.objects.count() == 3


def test_partner_editors_reach_none_of_it(client, sent_release, newsroom):
    setup_roles()
    editor, _password = add_partner_editor(
        newsroom["partners"]["alpha"], "editor-a", "a@example.org"
    )
    client.force_login(editor)
    for name, path in urls(sent_release["en"]).items():
        response = (
            client.post(path, {"language": "en"})
            if name == "test"
            else client.get(path)
        )
        assert response.status_code in (302, 403), name
        if response.status_code == 302:
            assert response["Location"] == "/admin/"
        assert b"Campus opens" not in response.content
    menu = client.get("/admin/").content.decode()
    assert reverse("subscriptions_mailings") not in menu

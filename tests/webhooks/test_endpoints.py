"""Registering endpoints: Communications only, and only http(s) URLs on public
addresses in production; the test-delivery button."""

import pytest
from django.contrib.auth import get_user_model
from django.test import override_settings
from django.urls import reverse

from partners.permissions import add_partner_editor, communications_group
from tests.home.factories import build_sections
from tests.partners.factories import PartnerPageFactory
from tests.webhooks.factories import WebhookEndpointFactory
from tests.webhooks.receiver import Receiver
from webhooks.models import WebhookDelivery, WebhookEndpoint

pytestmark = pytest.mark.django_db

ADD_URL = reverse("wagtailsnippets_webhooks_webhookendpoint:add")
LIST_URL = reverse("wagtailsnippets_webhooks_webhookendpoint:list")


@pytest.fixture
def comms(site_tree):
    user = get_user_model().objects.create_user("comms", "c@example.org", "pw")
    user.groups.add(communications_group())
    return user


@pytest.fixture
def partner_editor(site_tree):
    sections = build_sections(site_tree["homes"]["en"])
    partner = PartnerPageFactory(parent=sections["partners"])
    editor, _password = add_partner_editor(partner, "editor")
    return editor


def form_data(url, **extra):
    return {
        "name": "Alpha Lab site",
        "url": url,
        "secret": WebhookEndpointFactory.build().secret,
        "events": ["release.published", "release.updated"],
        "active": "on",
        **extra,
    }


def test_communications_registers_an_endpoint(client, comms):
    client.force_login(comms)
    response = client.post(
        ADD_URL, form_data("https://alpha.example.org/hooks", languages=["fr"])
    )
    assert response.status_code == 302, response.content.decode()[:2000]
    endpoint = WebhookEndpoint.objects.get()
    assert endpoint.events == ["release.published", "release.updated"]
    assert endpoint.languages == ["fr"]
    assert endpoint.secret.startswith("whsec_")


@pytest.mark.parametrize(
    "url",
    [
        "ftp://alpha.example.org/hooks",
        "file:///etc/passwd",
        "javascript:alert(1)",
        "gopher://alpha.example.org/",
        "http://",
        "https:///no-host",
    ],
)
def test_a_url_outside_http_and_https_is_refused(client, comms, url):
    client.force_login(comms)
    response = client.post(ADD_URL, form_data(url))
    assert response.status_code == 200
    assert not WebhookEndpoint.objects.exists()


@pytest.mark.parametrize(
    ("field", "value"),
    [("events", []), ("events", ["release.deleted"]), ("secret", "short")],
)
def test_bad_events_and_weak_secrets_are_refused(client, comms, field, value):
    client.force_login(comms)
    data = form_data("https://alpha.example.org/hooks", **{field: value})
    response = client.post(ADD_URL, data)
    assert response.status_code == 200
    assert not WebhookEndpoint.objects.exists()


PRIVATE_URLS = [
    "http://127.0.0.1:8000/admin/",
    "http://localhost/hooks",
    "http://10.1.2.3/hooks",
    "http://172.16.0.9/hooks",
    "http://192.168.1.1/hooks",
    "http://169.254.169.254/latest/meta-data/",
    "http://[::1]/hooks",
    "http://[::ffff:127.0.0.1]/hooks",
    "http://[fe80::1]/hooks",
    "http://0.0.0.0/hooks",
    "http://100.64.0.1/hooks",
]


@override_settings(WEBHOOKS_REFUSE_PRIVATE_ADDRESSES=True)
@pytest.mark.parametrize("url", PRIVATE_URLS)
def test_in_production_private_addresses_are_refused(client, comms, url):
    client.force_login(comms)
    response = client.post(ADD_URL, form_data(url))
    assert response.status_code == 200
    assert "public Internet addresses" in response.content.decode()
    assert not WebhookEndpoint.objects.exists()


@override_settings(WEBHOOKS_REFUSE_PRIVATE_ADDRESSES=True)
def test_in_production_a_public_address_is_accepted(client, comms):
    client.force_login(comms)
    # An address literal: no DNS needed to check it.
    response = client.post(ADD_URL, form_data("https://93.184.215.14/hooks"))
    assert response.status_code == 302
    assert WebhookEndpoint.objects.exists()


def test_a_name_now_pointing_inside_is_not_delivered_to(
    client, comms, run_worker, django_capture_on_commit_callbacks
):
    """The address is checked again at delivery: a receiver on loopback saved
    while the rule was off gets nothing once it is on."""
    endpoint = WebhookEndpointFactory()
    with Receiver(endpoint.secret) as receiver:
        endpoint.url = receiver.url
        endpoint.save()
        client.force_login(comms)
        with django_capture_on_commit_callbacks(execute=True):
            client.post(reverse("webhooks_send_test", args=[endpoint.pk]))
        with override_settings(WEBHOOKS_REFUSE_PRIVATE_ADDRESSES=True):
            run_worker()
        assert receiver.received == []
    delivery = WebhookDelivery.objects.get()
    assert delivery.response_status is None
    assert "public Internet addresses" in delivery.error


def test_the_test_button_delivers_a_signed_test_event(
    client, comms, run_worker, django_capture_on_commit_callbacks
):
    endpoint = WebhookEndpointFactory()
    with Receiver(endpoint.secret) as receiver:
        endpoint.url = receiver.url
        endpoint.save()
        client.force_login(comms)
        listing = client.get(LIST_URL).content.decode()
        deliveries_url = reverse("webhooks_deliveries", args=[endpoint.pk])
        assert deliveries_url in listing
        with django_capture_on_commit_callbacks(execute=True):
            response = client.post(reverse("webhooks_send_test", args=[endpoint.pk]))
        assert response.status_code == 302
        run_worker()
    [received] = receiver.received
    assert received["verified"]
    assert received["body"]["type"] == "webhook.test"
    log = client.get(deliveries_url).content.decode()
    assert "webhook.test" in log
    assert "Delivered" in log
    assert "HTTP 200" in log


def test_partner_editors_cannot_reach_webhooks(client, partner_editor):
    endpoint = WebhookEndpointFactory(name="Secret endpoint")
    client.force_login(partner_editor)
    urls = [
        LIST_URL,
        ADD_URL,
        reverse("wagtailsnippets_webhooks_webhookendpoint:edit", args=[endpoint.pk]),
        reverse("webhooks_deliveries", args=[endpoint.pk]),
    ]
    for url in urls:
        response = client.get(url)
        assert response.status_code in (302, 403), url
        if response.status_code == 302:
            assert response["Location"] == "/admin/", url
        assert "Secret endpoint" not in response.content.decode()
    response = client.post(reverse("webhooks_send_test", args=[endpoint.pk]))
    assert response.status_code in (302, 403)
    response = client.post(ADD_URL, form_data("https://evil.example.org/"))
    assert response.status_code in (302, 403)
    assert WebhookEndpoint.objects.count() == 1
    assert not WebhookDelivery.objects.exists()

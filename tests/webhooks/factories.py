"""Factories for webhook endpoints."""

import factory
from factory.django import DjangoModelFactory

from webhooks.models import WebhookEndpoint, event_values


class WebhookEndpointFactory(DjangoModelFactory):
    class Meta:
        model = WebhookEndpoint

    name = factory.Sequence(lambda n: f"Partner site {n}")
    url = "https://partner.example.org/hooks"
    events = factory.LazyFunction(event_values)

"""Factories for releases, events, their index pages and media contacts."""

import datetime

import factory
from django.utils import timezone
from factory.django import DjangoModelFactory
from wagtail.models import Locale

from news.models import (
    AccreditedJournalist,
    EventIndexPage,
    EventPage,
    EventPartner,
    EventTopic,
    MediaContact,
    NewsIndexPage,
    PressReleasePage,
    ReleaseMediaContact,
    ReleasePartner,
    ReleaseTopic,
)
from tests.cms.factories import PublishedPageFactory, paragraph


class MediaContactFactory(DjangoModelFactory):
    class Meta:
        model = MediaContact

    name = factory.Sequence(lambda n: f"Press officer {n}")
    role = "Head of communications"
    organisation = "EU Biotech Campus"
    email = factory.Sequence(lambda n: f"press{n}@example.org")
    phone = "+32 2 555 01 00"
    locale = factory.LazyFunction(Locale.get_default)


class NewsIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = NewsIndexPage

    title = "News"
    slug = factory.Sequence(lambda n: f"news-{n}")
    introduction = "Releases from the partners of the network."


class PressReleasePageFactory(PublishedPageFactory):
    """A release; `partners=`, `topics=` and `media_contacts=` take lists."""

    class Meta:
        model = PressReleasePage

    title = factory.Sequence(lambda n: f"Partners join forces {n}")
    lead = "Two partners start a strategic dialogue on cell therapy."
    dateline_place = "Ghent–Gosselies"
    # The dateline date is a Brussels date (TIME_ZONE), not the machine's.
    release_date = factory.LazyFunction(timezone.localdate)
    body = factory.LazyFunction(paragraph)

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        kwargs["partner_links"] = [
            ReleasePartner(partner=partner) for partner in kwargs.pop("partners", [])
        ]
        kwargs["topic_links"] = [
            ReleaseTopic(topic=topic) for topic in kwargs.pop("topics", [])
        ]
        kwargs["media_contact_links"] = [
            ReleaseMediaContact(contact=contact)
            for contact in kwargs.pop("media_contacts", [])
        ]
        return super()._create_instance(model_class, parent, kwargs)


class EventIndexPageFactory(PublishedPageFactory):
    class Meta:
        model = EventIndexPage

    title = "Events"
    slug = factory.Sequence(lambda n: f"events-{n}")
    introduction = "Meet the partners of the network."


class EventPageFactory(PublishedPageFactory):
    """An event; `partners=` (organisers) and `topics=` take lists."""

    class Meta:
        model = EventPage

    title = factory.Sequence(lambda n: f"Cell therapy day {n}")
    lead = "A day of talks on cell and gene therapy."
    theme = "Cell therapy"
    start = factory.LazyFunction(lambda: timezone.now() + datetime.timedelta(days=30))
    end = factory.LazyAttribute(lambda obj: obj.start + datetime.timedelta(hours=8))
    venue_name = "Auditorium A"
    venue_city = "Ghent"
    registration_url = "https://example.org/register"

    @classmethod
    def _create_instance(cls, model_class, parent, kwargs):
        kwargs["partner_links"] = [
            EventPartner(partner=partner) for partner in kwargs.pop("partners", [])
        ]
        kwargs["topic_links"] = [
            EventTopic(topic=topic) for topic in kwargs.pop("topics", [])
        ]
        return super()._create_instance(model_class, parent, kwargs)


class AccreditedJournalistFactory(DjangoModelFactory):
    class Meta:
        model = AccreditedJournalist

    name = factory.Sequence(lambda n: f"Journalist {n}")
    outlet = "Le Soir"
    email = factory.Sequence(lambda n: f"journalist{n}@example.org")
    languages = factory.LazyFunction(lambda: ["en"])

"""The whole demo newsroom, from the source documents, in three languages."""

from django.db import transaction

from cms.demo.builders.news import ensure_events, ensure_media_contacts, ensure_releases
from cms.demo.builders.partners import ensure_partners, ensure_topics
from cms.demo.builders.site import build_site, ensure_index_pages, ensure_standard_pages
from cms.models import NewsroomSettings
from partners.permissions import setup_roles


def build_demo():
    """Site, index pages, topics, partners, media contacts, releases, events and
    standard pages, then the editors' roles and the default media contact."""
    with transaction.atomic():
        tree = build_site()
        indexes = ensure_index_pages(tree["homes"])
        topics = ensure_topics(tree["locales"])
        partners = ensure_partners(indexes["partners"], topics)
        contacts = ensure_media_contacts(tree["locales"])
        events = ensure_events(indexes["events"], partners, topics)
        ensure_releases(indexes["news"], partners, topics, contacts, events)
        ensure_standard_pages(tree["homes"], partners)
        setup_roles()
        settings = NewsroomSettings.for_site(tree["site"])
        if settings.default_media_contact is None and contacts:
            settings.default_media_contact = next(iter(contacts.values()))["en"]
            settings.save()
    return {**tree, "indexes": indexes, "partners": partners, "topics": topics}

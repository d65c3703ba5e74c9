"""Demo releases, events and media contacts, in three languages."""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from cms.demo.builders.pages import (
    build_trilingual,
    ensure_translated_snippet,
    localized,
    stream,
)
from cms.demo.content.news import EVENTS, MEDIA_CONTACTS, RELEASES
from cms.demo.images import demo_image
from news.models import (
    EventPage,
    EventPartner,
    EventTopic,
    MediaContact,
    PressReleasePage,
    ReleaseMediaContact,
    ReleasePartner,
    ReleaseTopic,
)

BRUSSELS = ZoneInfo("Europe/Brussels")


def _brussels(value):
    return datetime.fromisoformat(value).replace(tzinfo=BRUSSELS) if value else None


def ensure_media_contacts(locales):
    """{key: {code: MediaContact}}, translations linked."""
    return {
        data["key"]: ensure_translated_snippet(
            MediaContact,
            locales,
            lookup={"name": data["name"]["en"]},
            translated={
                code: {"name": data["name"][code], "role": data["role"][code]}
                for code in data["name"]
            },
            shared={
                "organisation": data["organisation"],
                "email": data["email"],
                "phone": data["phone"],
            },
        )
        for data in MEDIA_CONTACTS
    }


def ensure_releases(indexes, partners, topics, contacts, events):
    releases = {}
    for data in RELEASES:
        hero = data["hero"]
        image = demo_image(
            f"Hero: {data['title']['en']}",
            hero["text"],
            hero["background"],
            hero["foreground"],
            description=hero["alt"]["en"],
            credit=hero["credit"],
            licence="editorial",
        )

        def fields(code, data=data, image=image):
            return {
                "slug": data["slug"][code],
                "title": data["title"][code],
                "lead": data["lead"][code],
                "dateline_place": localized(data["dateline_place"], code),
                "release_date": date.fromisoformat(data["release_date"]),
                "author": data["author"],
                "hero_image": image,
                "hero_alt": data["hero"]["alt"][code],
                "body": stream(data["body"][code], code, partners),
                "event": events[data["event"]][code] if "event" in data else None,
            }

        def relations(code, data=data):
            return {
                "partner_links": [
                    ReleasePartner(partner=partners[slug][code])
                    for slug in data["partners"]
                ],
                "topic_links": [
                    ReleaseTopic(topic=topics[slug][code]) for slug in data["topics"]
                ],
                "media_contact_links": [
                    ReleaseMediaContact(contact=contacts[key][code])
                    for key in data["media_contacts"]
                ],
            }

        # About sections are not given: each language version carries over the
        # English sections (linked by translation_key), which are rewritten on
        # save from the profile of the partner's version in its language.
        releases[data["key"]] = build_trilingual(
            indexes, PressReleasePage, data, fields, relations
        )
    return releases


def ensure_events(indexes, partners, topics):
    events = {}
    for data in EVENTS:

        def fields(code, data=data):
            return {
                "slug": data["slug"][code],
                "title": data["title"][code],
                "theme": data["theme"][code],
                "lead": data["lead"][code],
                "start": _brussels(data["start"]),
                "end": _brussels(data["end"]),
                "venue_name": localized(data["venue_name"], code),
                "venue_address": localized(data["venue_address"], code),
                "venue_city": localized(data["venue_city"], code),
                "online_url": data["online_url"],
                "audience": data["audience"][code],
                "speakers": [("speaker", speaker) for speaker in data["speakers"]],
                "programme": stream(data["programme"][code], code, partners),
                "registration_url": data["registration_url"],
                "registration_deadline": _brussels(data["registration_deadline"]),
                "registration_status": data["registration_status"],
            }

        def relations(code, data=data):
            roles = [(slug, EventPartner.Role.ORGANISER) for slug in data["organisers"]]
            roles += [
                (slug, EventPartner.Role.FOUNDING_PARTNER)
                for slug in data["founding_partners"]
            ]
            return {
                "partner_links": [
                    EventPartner(partner=partners[slug][code], role=role)
                    for slug, role in roles
                ],
                "topic_links": [
                    EventTopic(topic=topics[slug][code]) for slug in data["topics"]
                ],
            }

        events[data["key"]] = build_trilingual(
            indexes, EventPage, data, fields, relations
        )
    return events

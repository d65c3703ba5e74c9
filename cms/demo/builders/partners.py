"""Demo partners and topics, in three languages, from `cms.demo.content.partners`."""

from cms.demo.builders.pages import (
    build_trilingual,
    ensure_translated_snippet,
    localized,
)
from cms.demo.content.partners import ABOUT_HEADINGS, PARTNERS, TOPICS
from cms.demo.images import demo_image
from cms.models import Topic
from partners.media import file_partner_media
from partners.models import PartnerFocusArea, PartnerPage
from partners.permissions import provision_partner


def ensure_topics(locales):
    """Topics as translatable snippets: {slug: {code: Topic}}."""
    return {
        data["slug"]: ensure_translated_snippet(
            Topic,
            locales,
            lookup={"slug": data["slug"]},
            translated={code: {"name": name} for code, name in data["name"].items()},
        )
        for data in TOPICS
    }


def _fields(data, code, logo):
    return {
        "slug": data["slug"] if code == "en" else data["slugs"][code],
        "title": data["title"][code],
        "acronym": data["acronym"],
        "organisation_type": data["organisation_type"],
        "region": data["region"],
        "city": localized(data["city"], code),
        "website": data["website"],
        "logo": logo,
        "boilerplate": data["boilerplate"][code],
        "about_heading": ABOUT_HEADINGS[data["slug"]][code],
        "description": [
            ("paragraph", f"<p>{paragraph}</p>")
            for paragraph in data["description"][code]
        ],
        "key_facts": [
            (
                "fact",
                {"value": localized(fact["value"], code), "label": fact["label"][code]},
            )
            for fact in data["key_facts"]
        ],
        "contacts": [
            (
                "contact",
                {
                    "name": contact["name"],
                    "role": localized(contact.get("role", ""), code),
                    "email": contact.get("email", ""),
                    "phone": contact.get("phone", ""),
                },
            )
            for contact in data.get("contacts", [])
        ],
        "social_links": [
            ("link", {"platform": platform, "url": url})
            for platform, url in data.get("social_links", [])
        ],
    }


def ensure_partners(indexes, topics):
    """Partner profiles: {slug: {code: PartnerPage}}."""
    partners = {}
    for data in PARTNERS:
        logo = demo_image(
            f"Logo: {data['title']['en']}",
            data["logo"]["text"],
            data["logo"]["background"],
            data["logo"]["foreground"],
            kind="logo",
            description=f"{data['title']['en']} logo",
        )

        def relations(code, data=data):
            return {
                "focus_links": [
                    PartnerFocusArea(topic=topics[slug][code])
                    for slug in data["focus_areas"]
                ]
            }

        partners[data["slug"]] = build_trilingual(
            indexes,
            PartnerPage,
            data,
            lambda code, data=data, logo=logo: _fields(data, code, logo),
            relations,
        )
        # The logo goes in the partner's own collection, where its editors
        # find it in the image chooser.
        english = partners[data["slug"]]["en"]
        file_partner_media(english, provision_partner(english).collection)
    return partners

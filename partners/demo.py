"""Demo partners and topics, in three languages, from partners.demo_content."""

from cms.demo import build_trilingual, localized
from cms.demo_images import demo_image
from cms.models import Topic
from partners.demo_content import PARTNERS, TOPICS
from partners.models import PartnerFocusArea, PartnerPage


def ensure_topics(locales):
    """Topics as translatable snippets: {slug: {code: Topic}}."""
    topics = {}
    for data in TOPICS:
        english = Topic.objects.filter(locale=locales["en"], slug=data["slug"]).first()
        if english is None:
            english = Topic.objects.create(
                locale=locales["en"], slug=data["slug"], name=data["name"]["en"]
            )
        topics[data["slug"]] = {"en": english}
        for code in ("fr", "nl"):
            translation = english.get_translation_or_none(locales[code])
            if translation is None:
                translation = english.copy_for_translation(locales[code])
                translation.name = data["name"][code]
                translation.save()
            topics[data["slug"]][code] = translation
    return topics


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
    return partners

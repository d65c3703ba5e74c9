"""What machines read about a page: JSON-LD, social cards and feed links.

Every page type carries its own structured data: `SeoMixin` (on BasePage) says
what a plain page has, and the apps' page types override it (news and partners
have their own mixins). The template tags in cms/templatetags/seo_tags.py only
render what the page returns. Site-wide feeds are registered by the apps in
AppConfig.ready() (`register_site_feeds`), so the base names no app's URLs.
"""

import re

from django.templatetags.static import static
from django.utils.html import strip_tags
from django.utils.translation import get_language

from cms.base_url import absolute_url
from cms.readers import for_readers
from cms.renditions import SOCIAL
from cms.search import search_url
from cms.site_settings import NewsroomSettings

RSS, ATOM, ICAL = "application/rss+xml", "application/atom+xml", "text/calendar"
# OpenGraph's og:locale of each content language: the site is Belgian, its
# English is British.
OG_LOCALES = {"en": "en_GB", "fr": "fr_BE", "nl": "nl_BE"}
DESCRIPTION_LENGTH = 300
# The end of a sentence: . ! ? or … (then a closing quote or bracket), then a space.
SENTENCE_END = re.compile(r"[.!?…][»”’')\]]?(?=\s)")
POSTCODE_CITY = re.compile(r"^(?P<code>\d{4,5})\s+(?P<city>.+)$")

# Functions (request, language code) -> [feed link], one per app that has feeds.
_site_feeds = []


def register_site_feeds(links):
    """Add the feeds `links(request, code)` returns to every page's <head>."""
    if links not in _site_feeds:
        _site_feeds.append(links)


def site_feed_links(request):
    """The site-wide feeds of the active language, on every page."""
    code = get_language() or "en"
    links = []
    for site_feeds in _site_feeds:
        links += site_feeds(request, code)
    return links


def iso(value):
    return value.isoformat() if value else None


def og_locale(language_code):
    return OG_LOCALES.get(language_code, language_code)


def feed_link(request, kind, path, title):
    """One <link rel="alternate"> as the feed_links template renders it."""
    return {"type": kind, "href": absolute_url(path), "title": title}


def network_settings(request):
    """The site's NewsroomSettings, cached on the request like {{ settings }}."""
    if request is None:
        return None
    return NewsroomSettings.for_request(request)


def image_info(request, image, alt=""):
    """URL, size and text alternative of the 1200×630 social rendition."""
    if image is None:
        return None
    try:
        rendition = image.get_rendition(SOCIAL)
    except (OSError, ValueError):
        return None
    return {
        "url": absolute_url(rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": alt or rendition.alt,
    }


def plain_text(html):
    return " ".join(strip_tags(html or "").split())


def cut_at_sentence(text, limit=DESCRIPTION_LENGTH):
    """`text` whole when it fits, else its sentences that fit within `limit`.

    A first sentence longer than `limit` is cut after its last whole word,
    with an ellipsis: never in the middle of a word.
    """
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    ends = [m.end() for m in SENTENCE_END.finditer(text) if m.end() <= limit]
    if ends:
        return text[: ends[-1]]
    return text[: limit - 1].rsplit(" ", 1)[0].rstrip(",;:") + "…"


def description(page):
    text = page.get_meta_description() if hasattr(page, "get_meta_description") else ""
    return cut_at_sentence(plain_text(text))


def organization(request, partner):
    """A partner page as a schema.org Organization reference."""
    data = {"@type": "Organization", "name": partner.title}
    url = partner.get_full_url(request)
    if url:
        data["url"] = url
    return data


def postal_address(text):
    """A schema.org PostalAddress from an address written one line per row."""
    lines = [line.strip() for line in (text or "").splitlines() if line.strip()]
    if not lines:
        return None
    address = {"@type": "PostalAddress", "streetAddress": lines[0]}
    for line in lines[1:]:
        match = POSTCODE_CITY.match(line)
        if match:
            address["postalCode"] = match["code"]
            address["addressLocality"] = match["city"]
        elif line is lines[-1]:
            address["addressCountry"] = line
    return address


def network_organization(request):
    network = network_settings(request)
    return {
        "@type": "Organization",
        "name": network.network_name if network else "",
        "url": absolute_url("/"),
        "logo": absolute_url(static("img/mark.svg")),
    }


def site_organization(request):
    """The network as the home page describes it: address, press office, profiles."""
    data = network_organization(request)
    network = network_settings(request)
    if network is None:
        return data
    address = postal_address(network.address)
    if address:
        data["address"] = address
    contact = {"@type": "ContactPoint", "contactType": "press"}
    if network.press_email:
        contact["email"] = network.press_email
    if network.press_phone:
        contact["telephone"] = network.press_phone
    if len(contact) > 2:
        data["contactPoint"] = [contact]
    links = [url for _label, url in network.social_links]
    if links:
        data["sameAs"] = links
    return data


def website(request, home):
    """The site of one language, with the search readers can start from Google."""
    code = home.locale.language_code
    organisation = site_organization(request)
    return {
        "@type": "WebSite",
        "name": organisation["name"],
        "url": home.get_full_url(request),
        "inLanguage": code,
        "publisher": {"@type": "Organization", "name": organisation["name"]},
        "potentialAction": {
            "@type": "SearchAction",
            "target": {
                "@type": "EntryPoint",
                "urlTemplate": absolute_url(search_url(code))
                + "?q={search_term_string}",
            },
            "query-input": "required name=search_term_string",
        },
    }


class SeoMixin:
    """A page's structured data, social card and feeds; page types override."""

    # OpenGraph's og:type.
    og_type = "website"
    is_event_page = False

    def structured_data(self, request):
        """The page's schema.org object (without @context), or None."""
        return None

    def og_published(self):
        """The article:published_time of the social card, or None."""
        return None

    def og_modified(self):
        """The article:modified_time of the social card, or None."""
        return None

    def og_locale_alternates(self):
        """og:locale:alternate: the languages the page is also live in."""
        codes = (
            for_readers(self.get_translations())
            .order_by("locale__language_code")
            .values_list("locale__language_code", flat=True)
        )
        return [og_locale(code) for code in codes]

    def og_image(self):
        for name in ("hero_image", "logo"):
            image = getattr(self, name, None)
            if image is not None:
                return image
        return None

    def social_card(self, request):
        network = network_settings(request)
        image = image_info(request, self.og_image(), getattr(self, "hero_alt", ""))
        return {
            "type": self.og_type,
            "title": self.seo_title or self.title,
            "description": description(self),
            "url": self.get_full_url(request),
            "site_name": network.network_name if network else "",
            "locale": og_locale(self.locale.language_code),
            "locale_alternates": self.og_locale_alternates(),
            "image": image,
            "published": self.og_published(),
            "modified": self.og_modified(),
            "is_event": self.is_event_page,
        }

    def feed_links(self, request):
        """<link rel="alternate"> to the feeds the page belongs to."""
        return site_feed_links(request)

    def subscribe_feeds(self, request, filters=()):
        """The feeds the page offers readers in plain sight (none by default).

        `filters`: the listing filters the reader chose (cms.filters), so a
        listing narrowed to a topic offers that topic's feed.
        """
        return []

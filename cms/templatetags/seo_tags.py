"""What machines read in a page's <head>: JSON-LD, social cards, feed links.

Also `search_url`, the address of the search page of the active language.
"""

import functools
import json

from django import template
from django.templatetags.static import static
from django.utils.html import strip_tags
from django.utils.safestring import mark_safe
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Page

from cms.api_fields import HERO_RENDITION
from cms.caching import until_change

register = template.Library()

JSON_ESCAPES = {ord("<"): "\\u003C", ord(">"): "\\u003E", ord("&"): "\\u0026"}


def _absolute(request, url):
    if not url or "://" in url or request is None:
        return url
    return request.build_absolute_uri(url)


def _network(request):
    from cms.models import NewsroomSettings

    if request is None:
        return None
    # for_request caches on the request, like the templates' {{ settings }}.
    return NewsroomSettings.for_request(request)


def page_image(page):
    for name in ("hero_image", "logo"):
        image = getattr(page, name, None)
        if image is not None:
            return image
    return None


def image_info(request, image, alt=""):
    if image is None:
        return None
    try:
        rendition = image.get_rendition(HERO_RENDITION)
    except (OSError, ValueError):
        return None
    return {
        "url": _absolute(request, rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": alt or rendition.alt,
    }


def description(page):
    text = page.get_meta_description() if hasattr(page, "get_meta_description") else ""
    return strip_tags(text or "").strip()[:300]


def _iso(value):
    return value.isoformat() if value else None


def organization(request, partner):
    data = {"@type": "Organization", "name": partner.title}
    url = partner.get_full_url(request)
    if url:
        data["url"] = url
    return data


def network_organization(request):
    network = _network(request)
    data = {
        "@type": "Organization",
        "name": network.network_name if network else "",
        "url": request.build_absolute_uri("/") if request else "",
        "logo": _absolute(request, static("img/mark.svg")),
    }
    return data


def live_home(page):
    """The live home page above `page`, from the page's family (no query)."""
    from cms.templatetags.navigation_tags import page_family

    ancestors, _versions = page_family(page)
    return next((ancestor for ancestor in ancestors if ancestor.depth == 2), None)


def release_data(page, request):
    image = image_info(request, page.hero_image, page.hero_alt)
    home = live_home(page)
    partners = [organization(request, p) for p in page.partners if p.live]
    data = {
        "@type": "NewsArticle",
        "headline": page.title[:110],
        "description": description(page),
        "datePublished": _iso(page.first_published_at) or page.release_date.isoformat(),
        "dateModified": _iso(page.last_published_at or page.first_published_at),
        "inLanguage": page.locale.language_code,
        "url": page.get_full_url(request),
        "mainEntityOfPage": page.get_full_url(request),
        "publisher": network_organization(request),
        "author": (
            {"@type": "Person", "name": page.author}
            if page.author
            else network_organization(request)
        ),
        "about": partners,
        "mentions": partners,
    }
    if image:
        data["image"] = [image["url"]]
    if home is not None:
        data["isPartOf"] = {
            "@type": "WebSite",
            "name": data["publisher"]["name"],
            "url": home.get_full_url(request),
        }
    return data


def event_data(page, request):
    from news.models.events import RegistrationStatus

    image = image_info(request, page.hero_image)
    place = None
    if page.venue_name or page.venue_address or page.venue_city:
        place = {
            "@type": "Place",
            "name": page.venue_name or page.venue_city,
            "address": {
                "@type": "PostalAddress",
                "streetAddress": page.venue_address,
                "addressLocality": page.venue_city,
                "addressCountry": "BE",
            },
        }
    online = (
        {"@type": "VirtualLocation", "url": page.online_url}
        if page.online_url
        else None
    )
    locations = [loc for loc in (place, online) if loc]
    if place and online:
        mode = "https://schema.org/MixedEventAttendanceMode"
    elif online:
        mode = "https://schema.org/OnlineEventAttendanceMode"
    else:
        mode = "https://schema.org/OfflineEventAttendanceMode"
    organisers = [organization(request, p) for p in page.organisers if p.live]
    data = {
        "@type": "Event",
        "name": page.title,
        "description": description(page),
        "startDate": _iso(page.start),
        "endDate": _iso(page.end),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": mode,
        "location": locations[0] if len(locations) == 1 else locations,
        "organizer": organisers or network_organization(request),
        "inLanguage": page.locale.language_code,
        "url": page.get_full_url(request),
    }
    if image:
        data["image"] = [image["url"]]
    if page.registration_url:
        available = page.registration_status == RegistrationStatus.OPEN
        data["offers"] = {
            "@type": "Offer",
            "url": page.registration_url,
            "availability": "https://schema.org/InStock"
            if available
            else "https://schema.org/SoldOut",
            "validFrom": _iso(page.first_published_at),
        }
    return data


def partner_data(page, request):
    logo = image_info(request, page.logo)
    same_as = [page.website] if page.website else []
    same_as += [
        block.value["url"] for block in page.social_links if block.value.get("url")
    ]
    data = {
        "@type": "Organization",
        "name": page.title,
        "url": page.website or page.get_full_url(request),
        "sameAs": same_as,
        "description": description(page),
        "address": {
            "@type": "PostalAddress",
            "addressLocality": page.city,
            "addressCountry": "BE",
        },
    }
    if page.acronym:
        data["alternateName"] = page.acronym
    if logo:
        data["logo"] = logo["url"]
    return data


def structured_data_for(page, request):
    from news.models import EventPage, PressReleasePage
    from partners.models import PartnerPage

    builders = {
        PressReleasePage: release_data,
        EventPage: event_data,
        PartnerPage: partner_data,
    }
    builder = builders.get(type(page))
    if builder is None:
        return None
    return {"@context": "https://schema.org", **builder(page, request)}


def kept_per_page(name):
    """Keep a tag's result for a reader's page until the next content change.

    Previews and review links compute it afresh (`readers_only`, cms.caching).
    """

    def decorate(build):
        @functools.wraps(build)
        def tag(context, page=None):
            request = context.get("request")
            if isinstance(page, Page) and page.pk and request is not None:
                key = (name, page.pk, get_language())
                compute = functools.partial(build, context, page)
                return until_change(key, compute, readers_only=True)
            return build(context, page)

        return tag

    return decorate


@register.simple_tag(takes_context=True)
@kept_per_page("structured_data")
def structured_data(context, page=None):
    """A <script type="application/ld+json"> for releases, events and partners."""
    request = context.get("request")
    if not isinstance(page, Page) or not page.pk:
        return ""
    data = structured_data_for(page, request)
    if data is None:
        return ""
    payload = json.dumps(data, ensure_ascii=False).translate(JSON_ESCAPES)
    return mark_safe(  # noqa: S308 - JSON with <, > and & escaped
        f'<script type="application/ld+json">{payload}</script>'
    )


@register.simple_tag(takes_context=True)
@kept_per_page("social_card")
def social_card(context, page=None):
    """OpenGraph and Twitter card: title, lead, a 1200×630 rendition of the hero."""
    request = context.get("request")
    if not isinstance(page, Page) or not page.pk or request is None:
        return None
    from news.models import EventPage, PressReleasePage

    network = _network(request)
    image = image_info(request, page_image(page), getattr(page, "hero_alt", ""))
    kind = "website"
    if isinstance(page, PressReleasePage):
        kind = "article"
    card = {
        "type": kind,
        "title": page.seo_title or page.title,
        "description": description(page),
        "url": page.get_full_url(request),
        "site_name": network.network_name if network else "",
        "locale": page.locale.language_code,
        "image": image,
        "published": _iso(page.first_published_at)
        if isinstance(page, PressReleasePage)
        else None,
        "is_event": isinstance(page, EventPage),
    }
    return card


@register.simple_tag(takes_context=True)
@kept_per_page("feed_links")
def feed_links(context, page=None):
    """<link rel="alternate"> to the feeds and calendars a page belongs to."""
    from django.urls import reverse

    from news.feeds import feed_urls
    from news.models import EventIndexPage, EventPage
    from partners.models import PartnerPage

    request = context.get("request")
    code = get_language() or "en"
    try:
        urls = feed_urls(code)
    except Exception:  # noqa: BLE001 - a page outside the language prefixes
        return []

    def link(kind, path, title):
        return {"type": kind, "href": _absolute(request, path), "title": title}

    rss, atom, ics = "application/rss+xml", "application/atom+xml", "text/calendar"
    links = [
        link(rss, urls["releases_rss"], _("Press releases (RSS)")),
        link(atom, urls["releases_atom"], _("Press releases (Atom)")),
    ]
    if isinstance(page, (EventPage, EventIndexPage)):
        links += [
            link(rss, urls["events_rss"], _("Upcoming events (RSS)")),
            link(atom, urls["events_atom"], _("Upcoming events (Atom)")),
            link(ics, urls["events_ics"], _("Upcoming events (calendar)")),
        ]
    if isinstance(page, EventPage) and page.live:
        links.append(
            link(ics, reverse("calendar_event", kwargs={"pk": page.pk}), page.title)
        )
    if isinstance(page, PartnerPage) and page.live:
        title = _("Press releases involving %(partner)s") % {"partner": page.title}
        links += [
            link(rss, reverse("feed_partner_rss", kwargs={"slug": page.slug}), title),
            link(atom, reverse("feed_partner_atom", kwargs={"slug": page.slug}), title),
        ]
    return links


@register.simple_tag
def search_url():
    from cms.search import search_url as url_for

    return url_for()

"""What machines read about a page: JSON-LD, social cards and feed links.

Every page type carries its own structured data: `SeoMixin` (on BasePage) says
what a plain page has, and the apps' page types override it (news and partners
have their own mixins). The template tags in cms/templatetags/seo_tags.py only
render what the page returns. Site-wide feeds are registered by the apps in
AppConfig.ready() (`register_site_feeds`), so the base names no app's URLs.
"""

from django.templatetags.static import static
from django.utils.html import strip_tags
from django.utils.translation import get_language

from cms.renditions import SOCIAL
from cms.site_settings import NewsroomSettings

RSS, ATOM, ICAL = "application/rss+xml", "application/atom+xml", "text/calendar"

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


def absolute(request, url):
    if not url or "://" in url or request is None:
        return url
    return request.build_absolute_uri(url)


def iso(value):
    return value.isoformat() if value else None


def feed_link(request, kind, path, title):
    """One <link rel="alternate"> as the feed_links template renders it."""
    return {"type": kind, "href": absolute(request, path), "title": title}


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
        "url": absolute(request, rendition.url),
        "width": rendition.width,
        "height": rendition.height,
        "alt": alt or rendition.alt,
    }


def description(page):
    text = page.get_meta_description() if hasattr(page, "get_meta_description") else ""
    return strip_tags(text or "").strip()[:300]


def organization(request, partner):
    """A partner page as a schema.org Organization reference."""
    data = {"@type": "Organization", "name": partner.title}
    url = partner.get_full_url(request)
    if url:
        data["url"] = url
    return data


def network_organization(request):
    network = network_settings(request)
    return {
        "@type": "Organization",
        "name": network.network_name if network else "",
        "url": request.build_absolute_uri("/") if request else "",
        "logo": absolute(request, static("img/mark.svg")),
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
            "locale": self.locale.language_code,
            "image": image,
            "published": self.og_published(),
            "is_event": self.is_event_page,
        }

    def feed_links(self, request):
        """<link rel="alternate"> to the feeds the page belongs to."""
        return site_feed_links(request)

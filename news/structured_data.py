"""Structured data, social cards and feed links of releases and events.

Mixins for the page types in news.models: each page says what machines read
about it (cms/seo.py renders nothing of its own).
"""

import datetime
from urllib.parse import urlencode

from django.urls import reverse
from django.urls.exceptions import NoReverseMatch
from django.utils import timezone
from django.utils.translation import get_language, override
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy as _lazy

from cms.base_url import absolute_url
from cms.seo import (
    ATOM,
    ICAL,
    RSS,
    SeoMixin,
    description,
    feed_link,
    image_info,
    iso,
    network_organization,
    organization,
)
from cms.templatetags.navigation_tags import page_family
from news.choices import RegistrationStatus

ATTENDANCE = "https://schema.org/%sEventAttendanceMode"
# When a release dated before it went live counts as published that day.
RELEASE_HOUR = datetime.time(9)


def _paths(code, *names):
    """The paths of URL `names` in language `code`; None outside the trees."""
    try:
        with override(code):
            return [reverse(name) for name in names]
    except NoReverseMatch:
        return None


def release_feed_links(request, code):
    """The site-wide release feeds, on every page (registered in news.apps)."""
    paths = _paths(code, "feed_releases_rss", "feed_releases_atom")
    if paths is None:
        return []
    rss, atom = paths
    return [
        feed_link(request, RSS, rss, _("Press releases (RSS)")),
        feed_link(request, ATOM, atom, _("Press releases (Atom)")),
    ]


def event_feed_links(request, code):
    paths = _paths(code, "feed_events_rss", "feed_events_atom", "calendar_upcoming")
    if paths is None:
        return []
    rss, atom, ics = paths
    return [
        feed_link(request, RSS, rss, _("Upcoming events (RSS)")),
        feed_link(request, ATOM, atom, _("Upcoming events (Atom)")),
        feed_link(request, ICAL, ics, _("Upcoming events (calendar)")),
    ]


# Listing filters with feeds of their own: {param: (rss, atom, title)}.
FILTER_FEEDS = {
    "topic": (
        "feed_topic_rss",
        "feed_topic_atom",
        _lazy("Press releases on %(topic)s"),
    ),
    "partner": (
        "feed_partner_rss",
        "feed_partner_atom",
        _lazy("Press releases involving %(partner)s"),
    ),
}


def filter_feed_links(request, code, filters):
    """RSS and Atom of the topic or partner a listing is narrowed to."""
    links = []
    for bound in filters:
        if bound.param not in FILTER_FEEDS or not bound.value:
            continue
        rss_name, atom_name, title = FILTER_FEEDS[bound.param]
        try:
            with override(code):
                rss, atom = (
                    reverse(name, kwargs={"slug": bound.value})
                    for name in (rss_name, atom_name)
                )
        except NoReverseMatch:
            continue
        text = title % {bound.param: bound.value_label}
        links.append(feed_link(request, RSS, rss, f"{text} (RSS)"))
        links.append(feed_link(request, ATOM, atom, f"{text} (Atom)"))
    return links


def live_home(page):
    """The live home page above `page`, from the page's family (no query)."""
    ancestors, _versions = page_family(page)
    return next((ancestor for ancestor in ancestors if ancestor.depth == 2), None)


class ReleaseSeoMixin(SeoMixin):
    """A press release is a schema.org NewsArticle and an og:article."""

    og_type = "article"

    def published_at(self):
        """When the release says it was published: its dateline date.

        The moment it went live when that is on the release date (Brussels
        time), else 09:00 Brussels time on the release date.
        """
        live = self.first_published_at
        if live and timezone.localtime(live).date() == self.release_date:
            return live
        return timezone.make_aware(
            datetime.datetime.combine(self.release_date, RELEASE_HOUR)
        )

    def modified_at(self):
        """The last change readers saw, never before the publication date."""
        published = self.published_at()
        changed = self.last_published_at or published
        return max(changed, published)

    def og_published(self):
        return iso(self.published_at())

    def og_modified(self):
        return iso(self.modified_at())

    def structured_data(self, request):
        image = image_info(request, self.hero_image, self.hero_alt)
        home = live_home(self)
        partners = [organization(request, p) for p in self.partners if p.live]
        publisher = network_organization(request)
        data = {
            "@type": "NewsArticle",
            "headline": self.title[:110],
            "description": description(self),
            "datePublished": iso(self.published_at()),
            "dateModified": iso(self.modified_at()),
            "inLanguage": self.locale.language_code,
            "url": self.get_full_url(request),
            "mainEntityOfPage": self.get_full_url(request),
            "publisher": publisher,
            "author": (
                {"@type": "Person", "name": self.author} if self.author else publisher
            ),
            "about": partners,
            "mentions": partners,
        }
        if image:
            data["image"] = [image["url"]]
        if home is not None:
            data["isPartOf"] = {
                "@type": "WebSite",
                "name": publisher["name"],
                "url": home.get_full_url(request),
            }
        return data


class NewsIndexSeoMixin(SeoMixin):
    """The news index offers the release feeds, and those of its filters."""

    def subscribe_feeds(self, request, filters=()):
        code = self.locale.language_code
        return filter_feed_links(request, code, filters) + release_feed_links(
            request, code
        )


class EventIndexSeoMixin(SeoMixin):
    """The events index links the event feeds and calendar too."""

    def feed_links(self, request):
        code = get_language() or "en"
        return super().feed_links(request) + event_feed_links(request, code)

    def subscribe_feeds(self, request, filters=()):
        return event_feed_links(request, self.locale.language_code)


class EventSeoMixin(EventIndexSeoMixin):
    """An event announcement is a schema.org Event with its own calendar file."""

    is_event_page = True

    def feed_links(self, request):
        links = super().feed_links(request)
        if self.live:
            path = reverse("calendar_event", kwargs={"pk": self.pk})
            links.append(feed_link(request, ICAL, path, self.title))
        return links

    def location_text(self):
        """Where, in one line: the venue and its address, else the online link."""
        parts = [self.venue_name, self.venue_address, self.venue_city]
        return ", ".join(part for part in parts if part) or self.online_url

    def calendar_links(self, request):
        """This event in a calendar: the .ics file, Google Calendar, Outlook."""
        url = self.get_full_url(request)
        start = self.start.astimezone(datetime.UTC)
        end = self.end.astimezone(datetime.UTC)
        details = f"{self.lead}\n\n{url}"
        location = self.location_text() or ""
        google = {
            "action": "TEMPLATE",
            "text": self.title,
            "dates": f"{start:%Y%m%dT%H%M%SZ}/{end:%Y%m%dT%H%M%SZ}",
            "details": details,
            "location": location,
        }
        outlook = {
            "path": "/calendar/action/compose",
            "rru": "addevent",
            "subject": self.title,
            "startdt": f"{start:%Y-%m-%dT%H:%M:%SZ}",
            "enddt": f"{end:%Y-%m-%dT%H:%M:%SZ}",
            "body": details,
            "location": location,
        }
        with override(self.locale.language_code):
            ics = reverse("calendar_event", kwargs={"pk": self.pk})
        return {
            "ics": absolute_url(ics),
            "google": "https://calendar.google.com/calendar/render?"
            + urlencode(google),
            "outlook": "https://outlook.live.com/calendar/0/deeplink/compose?"
            + urlencode(outlook),
        }

    def _locations(self):
        place = None
        if self.venue_name or self.venue_address or self.venue_city:
            place = {
                "@type": "Place",
                "name": self.venue_name or self.venue_city,
                "address": {
                    "@type": "PostalAddress",
                    "streetAddress": self.venue_address,
                    "addressLocality": self.venue_city,
                    "addressCountry": "BE",
                },
            }
        online = (
            {"@type": "VirtualLocation", "url": self.online_url}
            if self.online_url
            else None
        )
        if place and online:
            mode = "Mixed"
        elif online:
            mode = "Online"
        else:
            mode = "Offline"
        return [loc for loc in (place, online) if loc], ATTENDANCE % mode

    def _image(self, request):
        """The hero image, else the first organiser's logo, else the network's."""
        candidates = [(self.hero_image, "")]
        candidates += [(p.logo, p.title) for p in self.organisers if p.live]
        for image, alt in candidates:
            info = image_info(request, image, alt)
            if info:
                return info["url"]
        return network_organization(request)["logo"]

    def structured_data(self, request):
        locations, mode = self._locations()
        organisers = [organization(request, p) for p in self.organisers if p.live]
        data = {
            "@type": "Event",
            "name": self.title,
            "description": description(self),
            "startDate": iso(self.start),
            "endDate": iso(self.end),
            "eventStatus": "https://schema.org/EventScheduled",
            "eventAttendanceMode": mode,
            "organizer": organisers or network_organization(request),
            "inLanguage": self.locale.language_code,
            "url": self.get_full_url(request),
            "image": [self._image(request)],
        }
        if locations:
            # Never an empty list: an event without a place cannot be published.
            data["location"] = locations[0] if len(locations) == 1 else locations
        if self.registration_url:
            available = self.registration_status == RegistrationStatus.OPEN
            data["offers"] = {
                "@type": "Offer",
                "url": self.registration_url,
                "availability": "https://schema.org/InStock"
                if available
                else "https://schema.org/SoldOut",
                "validFrom": iso(self.first_published_at),
            }
        return data

"""iCalendar (RFC 5545) downloads: one event, or the upcoming events of a language.

Times are written in Europe/Brussels with a VTIMEZONE; UIDs stay the same across
languages (one per translation group) so a calendar does not double an event
someone saved in two languages. Each event says where (LOCATION: the venue
or the online link), that it takes place (STATUS) and who organises it
(ORGANIZER: the organising partners, reached at the press office's address).
"""

import icalendar
from django.conf import settings
from django.http import HttpResponse
from django.shortcuts import get_object_or_404
from django.utils import timezone
from django.utils.html import strip_tags
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from wagtail.models import Locale, Site

from cms.base_url import site_address
from cms.caching import kept_response
from cms.models import NewsroomSettings
from news.models import EventPage

UPCOMING_SIZE = 100


def event_uid(event):
    host, _port = site_address()
    return f"event-{event.translation_key}@{host}"


def event_organizer(event, network):
    """ORGANIZER: the organising partners (else the network) and an address.

    A calendar address must be a URI: the press office's mailto: when the
    network has one, else the first organiser's page.
    """
    organisers = [partner for partner in event.organisers if partner.live]
    name = ", ".join(p.title for p in organisers) or (
        network.network_name if network else ""
    )
    if network and network.press_email:
        address = f"mailto:{network.press_email}"
    elif organisers:
        address = organisers[0].get_full_url()
    else:
        return None
    organizer = icalendar.vCalAddress(address)
    if name:
        organizer.params["cn"] = icalendar.vText(name)
    return organizer


def event_location(event):
    return event.location_text()


def event_component(event, request, stamp, network=None):
    zone = timezone.get_default_timezone()
    url = event.get_full_url(request)
    vevent = icalendar.Event()
    vevent.add("uid", event_uid(event))
    vevent.add("dtstamp", stamp)
    vevent.add("dtstart", timezone.localtime(event.start, zone))
    vevent.add("dtend", timezone.localtime(event.end, zone))
    vevent.add("summary", event.title)
    vevent.add("status", "CONFIRMED")
    location = event_location(event)
    if location:
        vevent.add("location", location)
    organizer = event_organizer(event, network)
    if organizer is not None:
        vevent.add("organizer", organizer)
    vevent.add("url", url)
    description = "\n\n".join(
        part for part in (event.lead, strip_tags(event.audience or ""), url) if part
    )
    vevent.add("description", description)
    if event.last_published_at:
        vevent.add("last-modified", event.last_published_at)
    return vevent


def calendar_for(events, request, name):
    cal = icalendar.Calendar()
    cal.add("prodid", "-//Life Sciences Partner Newsroom//Events//EN")
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    cal.add("method", "PUBLISH")
    cal.add("x-wr-calname", name)
    cal.add("x-wr-timezone", settings.TIME_ZONE)
    stamp = timezone.now()
    site = Site.find_for_request(request)
    network = NewsroomSettings.for_site(site) if site else None
    for event in events:
        cal.add_component(event_component(event, request, stamp, network))
    cal.add_missing_timezones()
    if not any(c.name == "VTIMEZONE" for c in cal.subcomponents):
        # An empty calendar still says which zone its events would use.
        cal.add_component(
            icalendar.Timezone.from_tzid(settings.TIME_ZONE, first_date=stamp.date())
        )
    return cal


def ics_response(cal, filename):
    response = HttpResponse(cal.to_ical(), content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = f'inline; filename="{filename}"'
    return response


def live_events():
    locale = get_object_or_404(Locale, language_code=get_language())
    return (
        EventPage.objects.for_readers()
        .filter(locale=locale)
        .prefetch_related("partner_links__partner")
    )


@kept_response
def event_ics(request, pk):
    event = get_object_or_404(live_events(), pk=pk)
    name = event.title
    return ics_response(calendar_for([event], request, name), f"{event.slug}.ics")


@kept_response
def upcoming_ics(request):
    events = (
        live_events()
        .filter(end__gte=timezone.now())
        .order_by("start", "pk")[:UPCOMING_SIZE]
    )
    site = Site.find_for_request(request)
    network = NewsroomSettings.for_site(site).network_name if site else ""
    name = _("Events · %(network)s") % {"network": network}
    return ics_response(
        calendar_for(events, request, name), f"events-{get_language()}.ics"
    )

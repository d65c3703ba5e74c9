"""RSS 2.0 and Atom feeds of releases (per language, partner, topic) and events.

Only live, public pages of the feed's language. Links are absolute, on the
public base URL (cms/base_url.py); the hero image travels as an enclosure of a
JPEG rendition with its length. Each feed's id is its own address, and the
network is the author of the feed (Atom requires one).
"""

from django.contrib.syndication.views import Feed
from django.shortcuts import get_object_or_404
from django.urls import reverse
from django.utils import timezone
from django.utils.feedgenerator import Atom1Feed, Enclosure, Rss201rev2Feed
from django.utils.translation import get_language, override
from django.utils.translation import gettext as _
from wagtail.models import Locale, Site

from cms.base_url import absolute_url
from cms.caching import kept_response
from cms.models import NewsroomSettings, Topic
from cms.renditions import SOCIAL
from news.models import EventPage, PressReleasePage
from partners.models import PartnerPage

FEED_SIZE = 30


class LanguageRss(Rss201rev2Feed):
    """RSS 2.0 with the language of each item (Dublin Core)."""

    def rss_attributes(self):
        return {
            **super().rss_attributes(),
            "xmlns:dc": "http://purl.org/dc/elements/1.1/",
        }

    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("language"):
            handler.addQuickElement("dc:language", item["language"])


class LanguageAtom(Atom1Feed):
    def add_item_elements(self, handler, item):
        super().add_item_elements(handler, item)
        if item.get("language"):
            handler.addQuickElement(
                "dc:language",
                item["language"],
                {"xmlns:dc": "http://purl.org/dc/elements/1.1/"},
            )


def hero_enclosure(request, page):
    image = page.hero_image
    if image is None:
        return []
    try:
        rendition = image.get_rendition(SOCIAL)
        length = rendition.file.size
    except (OSError, ValueError):
        return []
    return [Enclosure(absolute_url(rendition.url), str(length), "image/jpeg")]


class BaseNewsroomFeed(Feed):
    feed_type = LanguageRss

    @classmethod
    def as_view(cls):
        """A view making one feed object per request: the feed keeps the request.

        The feed is built once per content change (cms.caching.kept_response).
        """

        def view(request, *args, **kwargs):
            feed = cls()
            feed.request = request
            return feed(request, *args, **kwargs)

        return kept_response(view)

    def get_object(self, request, *args, **kwargs):
        return {"locale": get_object_or_404(Locale, language_code=get_language())}

    def network_name(self):
        site = Site.find_for_request(self.request)
        return NewsroomSettings.for_site(site).network_name if site else ""

    def feed_url(self, obj):
        return absolute_url(self.request.path)

    def feed_guid(self, obj):
        """The feed's own address: two feeds never share an id."""
        return self.feed_url(obj)

    def author_name(self, obj):
        return self.network_name()

    def link(self, obj):
        return absolute_url(f"/{obj['locale'].language_code}/")

    def item_link(self, item):
        return item.get_full_url(self.request)

    def item_guid(self, item):
        return item.get_full_url(self.request)

    def item_title(self, item):
        return item.title

    def item_description(self, item):
        return item.lead

    def item_extra_kwargs(self, item):
        return {"language": item.locale.language_code}

    def item_enclosures(self, item):
        return hero_enclosure(self.request, item)

    def item_updateddate(self, item):
        return item.last_published_at


class ReleaseFeed(BaseNewsroomFeed):
    """The latest releases of one language."""

    def title(self, obj):
        return _("Press releases · %(network)s") % {"network": self.network_name()}

    def description(self, obj):
        return _("The latest press releases of the network's partners.")

    def releases(self, obj):
        return (
            PressReleasePage.objects.for_readers()
            .filter(locale=obj["locale"])
            .select_related("locale", "hero_image")
            .prefetch_related("topic_links__topic")
            .order_by("-release_date", "-first_published_at", "-pk")
        )

    def items(self, obj):
        return self.releases(obj)[:FEED_SIZE]

    def item_pubdate(self, item):
        return item.published_at()

    def item_updateddate(self, item):
        return item.modified_at()

    def item_author_name(self, item):
        return item.author or None

    def item_categories(self, item):
        return [link.topic.name for link in item.topic_links.all() if link.topic_id]


class PartnerReleaseFeed(ReleaseFeed):
    """Releases of one language that involve one partner."""

    def get_object(self, request, *args, **kwargs):
        obj = super().get_object(request, *args, **kwargs)
        obj["partner"] = get_object_or_404(
            PartnerPage.objects.for_readers(),
            locale=obj["locale"],
            slug=kwargs["slug"],
        )
        return obj

    def title(self, obj):
        return _("Press releases involving %(partner)s") % {
            "partner": obj["partner"].title
        }

    def link(self, obj):
        return obj["partner"].get_full_url(self.request)

    def releases(self, obj):
        ids = PressReleasePage.objects.filter(
            partner_links__partner=obj["partner"]
        ).values("pk")
        return super().releases(obj).filter(pk__in=ids)


class TopicReleaseFeed(ReleaseFeed):
    """Releases of one language on one topic."""

    def get_object(self, request, *args, **kwargs):
        obj = super().get_object(request, *args, **kwargs)
        obj["topic"] = get_object_or_404(
            Topic, locale=obj["locale"], slug=kwargs["slug"]
        )
        return obj

    def title(self, obj):
        return _("Press releases on %(topic)s") % {"topic": obj["topic"].name}

    def releases(self, obj):
        ids = PressReleasePage.objects.filter(topic_links__topic=obj["topic"]).values(
            "pk"
        )
        return super().releases(obj).filter(pk__in=ids)


class EventFeed(BaseNewsroomFeed):
    """Upcoming events of one language, soonest first."""

    def title(self, obj):
        return _("Upcoming events · %(network)s") % {"network": self.network_name()}

    def description(self, obj):
        return _("Upcoming events of the network's partners.")

    def items(self, obj):
        return (
            EventPage.objects.for_readers()
            .filter(locale=obj["locale"], end__gte=timezone.now())
            .select_related("locale", "hero_image")
            .order_by("start", "pk")[:FEED_SIZE]
        )

    def item_pubdate(self, item):
        return item.first_published_at


def atom(feed_class):
    return type(
        f"Atom{feed_class.__name__}", (feed_class,), {"feed_type": LanguageAtom}
    )


def feed_urls(language_code):
    """Paths of the site-wide feeds of a language, for <link rel="alternate">."""
    with override(language_code):
        return {
            "releases_rss": reverse("feed_releases_rss"),
            "releases_atom": reverse("feed_releases_atom"),
            "events_rss": reverse("feed_events_rss"),
            "events_atom": reverse("feed_events_atom"),
            "events_ics": reverse("calendar_upcoming"),
        }

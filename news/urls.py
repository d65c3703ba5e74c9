"""Feeds and calendars of one language, mounted inside the language prefix."""

from django.urls import path

from news import calendar, feeds, sitemap

urlpatterns = [
    path("sitemap-news.xml", sitemap.news_sitemap, name="news_sitemap"),
    path("feeds/releases.rss", feeds.ReleaseFeed.as_view(), name="feed_releases_rss"),
    path(
        "feeds/releases.atom",
        feeds.atom(feeds.ReleaseFeed).as_view(),
        name="feed_releases_atom",
    ),
    path(
        "feeds/partners/<slug:slug>.rss",
        feeds.PartnerReleaseFeed.as_view(),
        name="feed_partner_rss",
    ),
    path(
        "feeds/partners/<slug:slug>.atom",
        feeds.atom(feeds.PartnerReleaseFeed).as_view(),
        name="feed_partner_atom",
    ),
    path(
        "feeds/topics/<slug:slug>.rss",
        feeds.TopicReleaseFeed.as_view(),
        name="feed_topic_rss",
    ),
    path(
        "feeds/topics/<slug:slug>.atom",
        feeds.atom(feeds.TopicReleaseFeed).as_view(),
        name="feed_topic_atom",
    ),
    path("feeds/events.rss", feeds.EventFeed.as_view(), name="feed_events_rss"),
    path(
        "feeds/events.atom",
        feeds.atom(feeds.EventFeed).as_view(),
        name="feed_events_atom",
    ),
    path("calendar/events.ics", calendar.upcoming_ics, name="calendar_upcoming"),
    path("calendar/events/<id:pk>.ics", calendar.event_ics, name="calendar_event"),
]

"""Every public page type costs the same queries with 10 and 1,000 releases.

Rendering is counted after a warm-up request (site root paths, renditions and
the site structure, fragments and feeds of cms/caching/ kept) with the page
cache off: at most MAX_QUERIES. The first rendering after a content change,
with nothing kept, is counted too (at most MAX_COLD_QUERIES). Served from a
warm page cache, every page stays within MAX_QUERIES too. Each count is the
same with 10 and 1,000 releases.
"""

from io import StringIO

import pytest
from django.core.management import call_command

from cms.caching import forget, invalidate_everything
from cms.models import StandardPage
from news.models import EventPage, PressReleasePage
from partners.models import PartnerPage
from tests.cms.factories import StandardPageFactory, render_query_count

pytestmark = pytest.mark.django_db

MAX_QUERIES = 15
# The first rendering after a content change, with nothing kept.
MAX_COLD_QUERIES = 40


def generate(releases, partners, events, seed):
    call_command(
        "generate_content",
        "--releases",
        str(releases),
        "--partners",
        str(partners),
        "--events",
        str(events),
        "--seed",
        str(seed),
        "--locales",
        "en",
        stdout=StringIO(),
    )


def public_urls():
    english = {"locale__language_code": "en"}
    release = PressReleasePage.objects.filter(slug="gen1-release-1", **english).get()
    event = EventPage.objects.filter(slug="gen1-event-1", **english).get()
    partner = PartnerPage.objects.filter(slug="gen1-partner-1", **english).get()
    standard = StandardPage.objects.filter(slug="budget-page").get()
    return {
        "home": "/en/",
        "news index": "/en/news/",
        "news index, filtered": "/en/news/?year=2020&page=1",
        "release": release.url,
        "event index": "/en/events/",
        "event": event.url,
        "partner index": "/en/partners/",
        "partner": partner.url,
        "standard page": standard.url,
        "search": "/en/search/?q=partners",
        "release feed": "/en/feeds/releases.rss",
        "release atom feed": "/en/feeds/releases.atom",
        "partner feed": f"/en/feeds/partners/{partner.slug}.rss",
        "event feed": "/en/feeds/events.rss",
        "event atom feed": "/en/feeds/events.atom",
        "calendar": "/en/calendar/events.ics",
        "event calendar": f"/en/calendar/events/{event.pk}.ics",
    }


def counts(client, urls):
    return {name: render_query_count(client, url) for name, url in urls.items()}


def cold_counts(client, urls):
    """Queries of the first rendering after a content change: nothing kept.

    What `cms.caching.until_change` keeps (fragments, cards, lists, whole
    feeds) hides the work a page does; after a publish every reader's page
    does it once, and that must not grow with the content either.
    """
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    found = {}
    for name, url in urls.items():
        invalidate_everything()
        forget()
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, name
        found[name] = (len(queries.captured_queries), queries)
    return found


def cached_counts(client, urls, settings):
    from django.core.cache import cache
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    settings.PAGE_CACHE_ENABLED = True
    cache.clear()
    found = {}
    for name, url in urls.items():
        client.get(url)
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        assert response.status_code == 200, name
        assert response["X-Page-Cache"] == "hit", name
        found[name] = len(queries.captured_queries)
    settings.PAGE_CACHE_ENABLED = False
    return found


def test_query_counts_do_not_grow_from_10_to_1000_releases(
    client, site_tree, settings, generated_images
):
    generate(releases=10, partners=3, events=4, seed=1)
    StandardPageFactory(parent=site_tree["homes"]["en"], slug="budget-page")
    urls = public_urls()
    small = counts(client, urls)
    small_cold = cold_counts(client, urls)
    small_cached = cached_counts(client, urls, settings)
    generate(releases=990, partners=30, events=40, seed=2)
    large = counts(client, urls)
    large_cold = cold_counts(client, urls)
    large_cached = cached_counts(client, urls, settings)
    problems = [
        f"{name}: {small_cached[name]} / {large_cached[name]} queries from the cache"
        for name in urls
        if max(small_cached[name], large_cached[name]) > MAX_QUERIES
    ]
    for name in urls:
        (few, _), (many, queries) = small[name], large[name]
        # Search ranks fewer distinct result types once results fill the page.
        grew = many > few if name == "search" else many != few
        if grew or many > MAX_QUERIES:
            detail = "\n    ".join(q["sql"][:150] for q in queries.captured_queries)
            problems.append(f"{name}: {few} -> {many} queries\n    {detail}")
    for name in urls:
        (few, _), (many, queries) = small_cold[name], large_cold[name]
        grew = many > few if name == "search" else many != few
        if grew or many > MAX_COLD_QUERIES:
            detail = "\n    ".join(q["sql"][:150] for q in queries.captured_queries)
            problems.append(f"{name}, cold: {few} -> {many} queries\n    {detail}")
    assert not problems, "\n".join(problems)

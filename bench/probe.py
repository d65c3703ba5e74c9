"""Django-side helpers of the bench, run in a subprocess with the bench's settings.

probe.py urls      JSON {page type: English URL} from the seeded database
probe.py measure   JSON {page type: {queries, p50_ms, status}}: each page
                   fetched through django.test.Client, uncached, its query
                   count taken with CaptureQueriesContext, then timed
                   BENCH_PROBE_REPEAT times (default 200; a median of 15
                   requests of 2-4 ms swung 1.4-2x between runs) for the median.
"""

import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")

import django

django.setup()

from django.core.cache import cache  # noqa: E402
from django.db import connection  # noqa: E402
from django.test import Client  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402
from django.urls import reverse  # noqa: E402
from django.utils import translation  # noqa: E402

from cms.models import StandardPage  # noqa: E402
from home.models import HomePage  # noqa: E402
from news.models import (  # noqa: E402
    EventIndexPage,
    EventPage,
    NewsIndexPage,
    PressReleasePage,
)
from partners.models import PartnerIndexPage, PartnerPage  # noqa: E402

REPEAT = int(os.environ.get("BENCH_PROBE_REPEAT", "200"))


def first(model, **filters):
    page = (
        model.objects.live()
        .public()
        .filter(locale__language_code="en", **filters)
        .order_by("path")
        .first()
    )
    return page.url if page else None


def page_urls():
    """One English URL per public page type; generated pages where there are."""
    with translation.override("en"):
        return {
            "home": first(HomePage),
            "news index": first(NewsIndexPage),
            "release": first(PressReleasePage, slug__startswith="gen1-"),
            "event": first(EventPage, slug__startswith="gen1-"),
            "event index": first(EventIndexPage),
            "partner": first(PartnerPage, slug__startswith="gen1-"),
            "partner directory": first(PartnerIndexPage),
            "standard page": first(StandardPage),
            "search": reverse("search_en") + "?q=therapy",
            "rss feed": reverse("feed_releases_rss"),
            "atom feed": reverse("feed_releases_atom"),
            "ical calendar": reverse("calendar_upcoming"),
        }


def measure():
    client = Client(HTTP_HOST="127.0.0.1")
    results = {}
    for name, url in page_urls().items():
        # Cold: nothing cached (fragments, listings, site settings), as after
        # a publish; then warm, as most requests are.
        cache.clear()
        # Counted at once: the next request empties the connection's query log.
        with CaptureQueriesContext(connection) as queries:
            response = client.get(url)
        cold = len(queries)
        with CaptureQueriesContext(connection) as queries:
            client.get(url)
        warm = len(queries)
        timings = []
        for _ in range(REPEAT):
            started = time.perf_counter()
            client.get(url)
            timings.append((time.perf_counter() - started) * 1000)
        results[name] = {
            "url": url,
            "status": response.status_code,
            "queries": cold,
            "warm_queries": warm,
            "p50_ms": round(statistics.median(timings), 1),
        }
    return results


if __name__ == "__main__":
    action = sys.argv[1] if len(sys.argv) > 1 else "urls"
    print(json.dumps(page_urls() if action == "urls" else measure()))  # noqa: T201

"""Milliseconds per uncached request of each public page type, in process.

Far less noisy than wrk on a shared machine: renders each page N times with
Django's test client under the production settings `make bench` uses, page
cache off, and prints ms/request and the query count. With `--profile NAME`
it also prints the top of a cProfile of that page. A command, not a test.

    DATABASE_URL=sqlite:////tmp/bench.sqlite3 .venv/bin/python bench/profile_pages.py
    (seeded with `manage.py generate_content --releases 1000 --partners 30
    --events 30 --seed 1`)
"""

import argparse
import cProfile
import os
import pstats
import socket
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def configure(redis_url):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")
    os.environ.setdefault(
        "DJANGO_SECRET_KEY", "bench-only-secret-key-not-for-production"
    )
    os.environ["DJANGO_SECURE_SSL_REDIRECT"] = "false"
    os.environ["DJANGO_INSECURE_LOCAL_COOKIES"] = "true"
    os.environ.setdefault("DJANGO_ALLOWED_HOSTS", "127.0.0.1,localhost")
    os.environ.setdefault("DJANGO_LOG_LEVEL", "WARNING")
    os.environ["PAGE_CACHE_ENABLED"] = "false"
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            os.environ.setdefault("REDIS_URL", redis_url)
    except OSError:
        os.environ.pop("REDIS_URL", None)
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()


def page_urls():
    from cms.models import StandardPage
    from news.models import EventPage, PressReleasePage
    from partners.models import PartnerPage

    english = {"locale__language_code": "en", "live": True}

    def first(model, slug):
        found = model.objects.filter(slug=slug, **english).first()
        return found or model.objects.filter(**english).order_by("pk").first()

    release = first(PressReleasePage, "gen1-release-1")
    event = first(EventPage, "gen1-event-1")
    partner = first(PartnerPage, "gen1-partner-1")
    standard = StandardPage.objects.filter(**english).order_by("pk").first()
    urls = {
        "home": "/en/",
        "news index": "/en/news/",
        "release": release.url,
        "event index": "/en/events/",
        "event": event.url,
        "partner directory": "/en/partners/",
        "partner": partner.url,
        "standard page": standard.url if standard else None,
        "release rss": "/en/feeds/releases.rss",
        "release atom": "/en/feeds/releases.atom",
        "event rss": "/en/feeds/events.rss",
        "calendar": "/en/calendar/events.ics",
        "event ics": f"/en/calendar/events/{event.pk}.ics",
        "search": "/en/search/?q=therapy",
        "search fr": "/fr/recherche/?q=th%C3%A9rapie",
        "search p2": "/en/search/?q=partners&page=2",
    }
    return {name: url for name, url in urls.items() if url}


def query_count(client, url):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    with CaptureQueriesContext(connection) as queries:
        client.get(url)
    return len(queries.captured_queries)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=30, help="requests per page type")
    parser.add_argument("--only", nargs="*", help="page type names to measure")
    parser.add_argument("--profile", help="print a cProfile of this page type")
    parser.add_argument("--top", type=int, default=40, help="rows of the profile")
    parser.add_argument("--redis", default="redis://127.0.0.1:6379/12")
    args = parser.parse_args()
    configure(args.redis)

    from django.test import Client

    client = Client(HTTP_HOST="localhost")
    urls = page_urls()
    names = args.only or list(urls)
    print(f"{'page':<18}{'ms/request':>11}{'queries':>9}  url")  # noqa: T201
    for name in names:
        url = urls[name]
        for _ in range(3):
            response = client.get(url)
            if response.status_code != 200:
                raise SystemExit(f"{name}: {url} answered {response.status_code}")
        started = time.perf_counter()
        for _ in range(args.n):
            client.get(url)
        ms = (time.perf_counter() - started) * 1000 / args.n
        print(f"{name:<18}{ms:>11.1f}{query_count(client, url):>9}  {url}")  # noqa: T201
    if args.profile:
        url = urls[args.profile]
        profiler = cProfile.Profile()
        profiler.enable()
        for _ in range(args.n):
            client.get(url)
        profiler.disable()
        stats = pstats.Stats(profiler).sort_stats("cumulative")
        stats.print_stats(args.top)
        stats.sort_stats("tottime").print_stats(args.top)
    print(f"load average: {os.getloadavg()}")  # noqa: T201


if __name__ == "__main__":
    main()

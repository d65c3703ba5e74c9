"""One host: every absolute URL the site writes starts with NEWSROOM_BASE_URL.

The requests come in on another host (127.0.0.1:8000, as behind a proxy or on
a second name); pages, feeds, calendars, the sitemap, robots.txt and the API
must still name the configured public address only.
"""

import json
import re

import pytest
from django.core.management.sql import emit_post_migrate_signal
from wagtail.models import Site

from cms.base_url import check_base_url, site_address
from cms.demo.builders.site import build_site
from tests.cms.test_settings import run_manage
from tests.syndication import build_newsroom

BASE = "https://news.example.be"
OTHER_HOST = {"HTTP_HOST": "127.0.0.1"}
# Any absolute http(s) URL in HTML attributes, XML, JSON or calendar text.
ABSOLUTE = re.compile(r"https?://[^\s\"'<>\\)]+")
OUR_HOSTS = ("testserver", "127.0.0.1", "localhost", "news.example.be")
OURS = re.compile(r"https?://({})\b".format("|".join(map(re.escape, OUR_HOSTS))))


@pytest.fixture
def newsroom(db, settings):
    settings.NEWSROOM_BASE_URL = BASE
    settings.WAGTAILADMIN_BASE_URL = BASE
    return build_newsroom(build_site())


def our_urls(text):
    """The absolute URLs in `text` that point at this site, whatever its name."""
    return [url for url in ABSOLUTE.findall(text) if OURS.match(url)]


def assert_one_host(text, where, at_least=1):
    urls = our_urls(text)
    assert len(urls) >= at_least, (where, urls)
    wrong = [url for url in urls if not url.startswith(BASE + "/")]
    assert not wrong, (where, wrong)


def test_pages_name_only_the_public_base_url(client, newsroom):
    pages = [
        newsroom["release"],
        newsroom["event"],
        newsroom["partner"],
        newsroom["sections"]["news"],
        newsroom["sections"]["events"],
        newsroom["sections"]["partners"],
        newsroom["standard"],
    ]
    home = newsroom["sections"]["news"].get_parent()
    for page in [home, *pages]:
        response = client.get(page.url, **OTHER_HOST)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        # Canonical, hreflang, og:url, feeds, JSON-LD, share and subscribe links.
        assert_one_host(html, page.url, at_least=4)
        assert f'<link rel="canonical" href="{BASE}{page.url}">' in html
    release = client.get(newsroom["release"].url, **OTHER_HOST).content.decode()
    assert f'<meta property="og:url" content="{BASE}/en/' in release
    assert f'hreflang="en" href="{BASE}/en/' in release


@pytest.mark.parametrize(
    "url",
    [
        "/en/feeds/releases.rss",
        "/en/feeds/releases.atom",
        "/en/feeds/events.atom",
        "/en/feeds/partners/alpha.atom",
        "/en/calendar/events.ics",
        "/sitemap.xml",
        "/robots.txt",
        "/api/v2/",
        "/api/v2/pages/?fields=*",
    ],
)
def test_feeds_calendars_sitemap_and_api_name_only_the_base_url(client, newsroom, url):
    response = client.get(url, **OTHER_HOST)
    assert response.status_code == 200, url
    text = response.content.decode()
    if url.endswith(".ics"):
        # Folded lines (RFC 5545) are unfolded before URLs are read.
        text = text.replace("\r\n ", "")
    assert_one_host(text, url)


def test_api_detail_and_media_urls_use_the_base_url(client, newsroom):
    release = newsroom["release"]
    data = json.loads(
        client.get(f"/api/v2/pages/{release.pk}/", **OTHER_HOST).content.decode()
    )
    assert data["meta"]["html_url"] == f"{BASE}{release.url}"
    assert data["hero_image"]["url"].startswith(f"{BASE}/media/")


def test_migrate_moves_the_default_site_to_the_base_url(db, settings):
    tree = build_site()
    settings.NEWSROOM_BASE_URL = "http://127.0.0.1:8123"
    # What `migrate` sends when it is done, on every run.
    emit_post_migrate_signal(verbosity=0, interactive=False, db="default")
    site = Site.objects.get(pk=tree["site"].pk)
    assert (site.hostname, site.port) == ("127.0.0.1", 8123)
    assert site.root_url == "http://127.0.0.1:8123"


@pytest.mark.parametrize(
    ("base", "address"),
    [
        ("https://news.example.be", ("news.example.be", 443)),
        ("https://news.example.be/", ("news.example.be", 443)),
        ("http://127.0.0.1:8000", ("127.0.0.1", 8000)),
        ("http://localhost", ("localhost", 80)),
    ],
)
def test_base_urls_a_site_can_answer_at(base, address):
    assert site_address(base) == address


@pytest.mark.parametrize(
    "base",
    [
        "",
        "news.example.be",
        "ftp://news.example.be",
        "https://news.example.be:8443",
        "http://news.example.be:443",
        "https://news.example.be/newsroom/",
        "https://news.example.be/?x=1",
    ],
)
def test_a_base_url_no_site_can_answer_at_fails_the_system_check(settings, base):
    settings.NEWSROOM_BASE_URL = base
    (error,) = check_base_url()
    assert error.id == "cms.E010"


BASE_PRINT = (
    "from django.conf import settings as s; "
    "print(s.NEWSROOM_BASE_URL, s.WAGTAILADMIN_BASE_URL, s.OTP_WEBAUTHN_RP_ID)"
)


@pytest.mark.parametrize(
    ("env", "printed"),
    [
        (
            {"NEWSROOM_BASE_URL": "https://press.example.be"},
            "https://press.example.be https://press.example.be press.example.be",
        ),
        # Deployments made before NEWSROOM_BASE_URL keep their address.
        (
            {"WAGTAILADMIN_BASE_URL": "https://old.example.be"},
            "https://old.example.be https://old.example.be old.example.be",
        ),
        ({}, "https://news.example.be https://news.example.be news.example.be"),
    ],
)
def test_production_reads_the_base_url_from_the_environment(env, printed):
    result = run_manage(
        "shell",
        "-c",
        BASE_PRINT,
        env_overrides={
            "DJANGO_SECRET_KEY": "k" * 50,
            "DJANGO_ALLOWED_HOSTS": "news.example.be",
            **env,
        },
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-1] == printed

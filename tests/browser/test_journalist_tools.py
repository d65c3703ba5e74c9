"""What a journalist does in Chromium: share, copy, print, save the date, and
switch language without losing the filters or the search."""

from urllib.parse import parse_qs, urlsplit

import icalendar
import pytest

from cms.demo.builders.site import build_site
from tests.syndication import build_newsroom

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
]


@pytest.fixture
def newsroom(live_server, settings):
    # The public address is the one the browser uses (as `make run` sets it).
    settings.NEWSROOM_BASE_URL = live_server.url
    settings.WAGTAILADMIN_BASE_URL = live_server.url
    tree = build_site()
    newsroom = build_newsroom(tree)
    news = newsroom["sections"]["news"]
    for code in ("fr", "nl"):
        news.copy_for_translation(tree["locales"][code]).save_revision().publish()
    return newsroom


@pytest.fixture
def reader(browser, live_server):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900},
        permissions=["clipboard-read", "clipboard-write"],
        accept_downloads=True,
    )
    page = context.new_page()
    yield page
    context.close()


def query(href):
    return {key: values[0] for key, values in parse_qs(urlsplit(href).query).items()}


def test_share_copy_print_and_add_to_calendar(
    live_server, newsroom, reader, screenshot
):
    requested = []
    reader.on("request", lambda request: requested.append(request.url))
    release = newsroom["release"]
    url = f"{live_server.url}{release.url}"
    reader.goto(url)
    tools = reader.locator(".share-tools")
    assert query(tools.get_by_role("link", name="LinkedIn").get_attribute("href")) == {
        "url": url
    }
    bluesky = tools.get_by_role("link", name="Bluesky").get_attribute("href")
    assert bluesky.startswith("https://bsky.app/intent/compose?")
    assert query(bluesky)["text"] == f"{release.title} {url}"
    x = query(tools.get_by_role("link", name="X").get_attribute("href"))
    assert x == {"text": release.title, "url": url}
    email = tools.get_by_role("link", name="Email").get_attribute("href")
    assert email.startswith("mailto:?")
    assert query(email)["body"] == f"{release.title}\n{url}"

    tools.get_by_role("button", name="Copy link").click()
    assert tools.get_by_role("status").inner_text() == "Link copied"
    assert reader.evaluate("navigator.clipboard.readText()") == url

    # The browser's print dialog cannot be driven headless: count the calls.
    reader.evaluate(
        "() => { window.print = () => { window.printed = (window.printed || 0) + 1 } }"
    )
    tools.get_by_role("button", name="Print / save as PDF").click()
    assert reader.evaluate("window.printed") == 1
    screenshot(reader, "release-share-tools-en-desktop")

    event = newsroom["event"]
    reader.goto(f"{live_server.url}{event.url}")
    calendar = reader.locator(".add-to-calendar")
    with reader.expect_download() as download:
        calendar.get_by_role("link", name="Calendar file (.ics)").click()
    ics = icalendar.Calendar.from_ical(open(download.value.path(), "rb").read())
    (vevent,) = ics.walk("VEVENT")
    assert str(vevent["SUMMARY"]) == event.title
    assert str(vevent["LOCATION"]) == "Auditorium A, Ghent"
    google = query(
        calendar.get_by_role("link", name="Google Calendar").get_attribute("href")
    )
    assert google["action"] == "TEMPLATE"
    assert google["text"] == event.title
    assert google["dates"] == (
        f"{event.start:%Y%m%dT%H%M%SZ}/{event.end:%Y%m%dT%H%M%SZ}"
    )
    outlook = query(calendar.get_by_role("link", name="Outlook").get_attribute("href"))
    assert outlook["subject"] == event.title
    assert outlook["startdt"] == f"{event.start:%Y-%m-%dT%H:%M:%SZ}"
    assert reader.locator(".share-tools").count() == 1
    screenshot(reader, "event-add-to-calendar-en-desktop")

    # No third-party script, no request to another host.
    hosts = {urlsplit(request).netloc for request in requested}
    assert hosts == {urlsplit(live_server.url).netloc}


def test_past_event_offers_no_add_to_calendar(live_server, newsroom, reader):
    reader.goto(f"{live_server.url}{newsroom['past_event'].url}")
    assert reader.locator(".share-tools").count() == 1
    assert reader.locator(".add-to-calendar").count() == 0


def test_switcher_keeps_the_filters_and_the_search(
    live_server, newsroom, reader, screenshot
):
    news = newsroom["sections"]["news"]
    reader.goto(f"{live_server.url}{news.url}")
    subscribe = reader.locator(".subscribe-links")
    assert subscribe.get_by_role("link", name="Press releases (RSS)").count() == 1
    by_email = subscribe.get_by_role("link", name="Press releases by email")
    assert by_email.get_attribute("href") == "/en/subscribe/"
    reader.locator(".filters summary", has_text="Topic").click()
    reader.locator(".filters").get_by_role("link", name="Cell therapy").click()
    reader.wait_for_url("**?topic=cell-therapy")
    # The topic view offers the topic's own feeds.
    topic_feed = "Press releases on Cell therapy (Atom)"
    assert subscribe.get_by_role("link", name=topic_feed).count() == 1
    screenshot(reader, "news-topic-subscribe-en-desktop")
    reader.get_by_role("link", name="Français").click()
    reader.wait_for_url("**/fr/**")
    assert urlsplit(reader.url).query == "topic=cell-therapy"
    assert reader.locator("html").get_attribute("lang") == "fr"
    assert reader.locator(".subscribe-links").get_by_text("S'abonner").count() == 1
    screenshot(reader, "news-topic-subscribe-fr-desktop")
    reader.goto(f"{live_server.url}{newsroom['partner'].url}")
    partner_feeds = reader.locator(".subscribe-links a")
    assert [partner_feeds.nth(i).get_attribute("type") for i in range(2)] == [
        "application/rss+xml",
        "application/atom+xml",
    ]

    reader.goto(f"{live_server.url}/en/")
    reader.locator(".site-search input[name=q]").fill("cell therapy")
    reader.locator(".site-search").get_by_role("button").click()
    reader.wait_for_url("**/en/search/?q=cell+therapy")
    assert reader.locator(".search-result mark").first.inner_text().lower() == "cell"
    reader.get_by_role("link", name="Nederlands").click()
    reader.wait_for_url("**/nl/zoeken/?q=cell+therapy")
    assert reader.locator("#search-page-q").input_value() == "cell therapy"

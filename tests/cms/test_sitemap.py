"""The sitemap, parsed as XML, with hreflang reciprocity; robots.txt."""

import xml.etree.ElementTree as ET

import pytest

from cms.demo.builders.newsroom import build_demo
from tests.syndication import SECRET, build_newsroom

NS = {
    "s": "http://www.sitemaps.org/schemas/sitemap/0.9",
    "x": "http://www.w3.org/1999/xhtml",
}


def parse_sitemap(client):
    response = client.get("/sitemap.xml")
    assert response.status_code == 200
    root = ET.fromstring(response.content)  # noqa: S314 - our own output
    entries = {}
    for url in root.findall("s:url", NS):
        loc = url.find("s:loc", NS).text
        assert url.find("s:lastmod", NS) is not None, loc
        entries[loc] = {
            link.get("hreflang"): link.get("href")
            for link in url.findall("x:link", NS)
            if link.get("rel") == "alternate"
        }
    return entries


@pytest.mark.django_db
def test_sitemap_lists_every_live_page_with_reciprocal_hreflang(client):
    from wagtail.models import Page

    build_demo()
    entries = parse_sitemap(client)
    live = Page.objects.live().public().filter(depth__gt=1)
    assert set(entries) == {page.get_full_url() for page in live}
    translated = 0
    for loc, alternates in entries.items():
        if not alternates:
            continue
        translated += 1
        assert alternates[next(k for k, v in alternates.items() if v == loc)] == loc
        assert alternates["x-default"] == alternates["en"]
        for code, href in alternates.items():
            assert href in entries, href
            assert entries[href] == alternates, (loc, code)
    assert translated >= 3 * 4
    assert {"en", "fr", "nl", "x-default"} <= set(
        next(a for a in entries.values() if a)
    )


def test_sitemap_leaves_out_drafts_embargoed_unpublished_and_private(client, site_tree):
    newsroom = build_newsroom(site_tree)
    entries = parse_sitemap(client)
    assert newsroom["release"].get_full_url() in entries
    for page in newsroom["hidden"]:
        assert SECRET in page.title
        assert not any(page.slug in loc for loc in entries), page.title


def test_robots_txt_points_to_the_sitemap(client, site_tree):
    response = client.get("/robots.txt")
    assert response.status_code == 200
    assert response["Content-Type"].startswith("text/plain")
    lines = response.content.decode().splitlines()
    # On the public base URL (NEWSROOM_BASE_URL), like the sitemap's own addresses.
    assert "Sitemap: http://testserver/sitemap.xml" in lines
    assert "Sitemap: http://testserver/sitemap-index.xml" in lines


def sitemap_entries(client, location):
    response = client.get(location.removeprefix("http://testserver"))
    assert response.status_code == 200, location
    root = ET.fromstring(response.content)  # noqa: S314 - our own output
    return {
        url.find("s:loc", NS).text: {
            link.get("hreflang"): link.get("href") for link in url.findall("x:link", NS)
        }
        for url in root.findall("s:url", NS)
    }


@pytest.mark.django_db
def test_a_large_sitemap_is_split_into_pages_the_index_lists(client, monkeypatch):
    from wagtail.models import Page

    from cms.sitemap import TranslatedSitemap

    # 1,000 URLs a page in production; 7 here, so the demo spans several pages.
    monkeypatch.setattr(TranslatedSitemap, "limit", 7)
    build_demo()
    live = {
        page.get_full_url() for page in Page.objects.live().public().filter(depth__gt=1)
    }
    pages = -(-len(live) // 7)
    assert pages > 3
    index = ET.fromstring(client.get("/sitemap-index.xml").content)  # noqa: S314
    locations = [loc.text for loc in index.findall("s:sitemap/s:loc", NS)]
    expected = ["http://testserver/sitemap.xml"] + [
        f"http://testserver/sitemap.xml?p={number}" for number in range(2, pages + 1)
    ]
    assert locations[:pages] == expected
    robots = client.get("/robots.txt").content.decode().splitlines()
    assert f"Sitemap: {expected[-1]}" in robots
    entries = {}
    for location in expected:
        page_entries = sitemap_entries(client, location)
        assert 0 < len(page_entries) <= 7
        entries.update(page_entries)
    assert set(entries) == live
    # Alternates come from every page of the sitemap, not only the one listing
    # the URL: the English home page and its translations sit pages apart.
    home = entries["http://testserver/en/"]
    assert {"en", "fr", "nl", "x-default"} <= set(home)
    for code, href in home.items():
        assert entries[href] == home, code


@pytest.mark.parametrize("page", ["999", "0", "abc"])
def test_a_sitemap_page_that_does_not_exist_is_404(client, site_tree, page):
    # The unprefixed 404 goes to the default language first, as every 404 does.
    response = client.get(f"/sitemap.xml?p={page}", follow=True)
    assert response.status_code == 404

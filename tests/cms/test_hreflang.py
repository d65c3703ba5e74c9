"""hreflang alternates are reciprocal over every live page of the demo site."""

from html.parser import HTMLParser

import pytest
from wagtail.models import Page

from cms.demo.builders.newsroom import build_demo


class HeadLinks(HTMLParser):
    def __init__(self):
        super().__init__()
        self.alternates = {}
        self.canonical = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag != "link":
            return
        if attrs.get("rel") == "alternate" and "hreflang" in attrs:
            self.alternates[attrs["hreflang"]] = attrs["href"]
        elif attrs.get("rel") == "canonical":
            self.canonical = attrs["href"]


def head_links(client, url):
    response = client.get(url)
    assert response.status_code == 200, url
    parser = HeadLinks()
    parser.feed(response.content.decode())
    return parser


@pytest.mark.django_db
def test_hreflang_is_reciprocal_on_every_demo_page(client):
    build_demo()
    pages = Page.objects.live().public().filter(depth__gt=1).specific()
    assert pages.count() > 30
    seen = {}
    for page in pages:
        url = page.get_full_url()
        links = head_links(client, url)
        assert links.canonical == url
        assert links.alternates[page.locale.language_code] == url
        assert links.alternates["x-default"] == links.alternates["en"]
        assert set(links.alternates) == {"en", "fr", "nl", "x-default"}
        seen[url] = links.alternates
    for url, alternates in seen.items():
        for code in ("en", "fr", "nl"):
            assert seen[alternates[code]] == alternates, (url, code)

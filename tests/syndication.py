"""A small newsroom for the discovery and syndication tests: live content and,
beside it, what must never leak (a draft, an embargoed release, an unpublished
release, pages behind a password)."""

import datetime
from html.parser import HTMLParser

from django.utils import timezone
from wagtail.models import PageViewRestriction

from tests.cms.factories import ImageFactory, StandardPageFactory, TopicFactory
from tests.home.factories import build_sections
from tests.news.factories import EventPageFactory, PressReleasePageFactory
from tests.partners.factories import PartnerPageFactory

SECRET = "Secret"


def restrict(page):
    PageViewRestriction.objects.create(
        page=page, restriction_type=PageViewRestriction.PASSWORD, password="hush"
    )
    return page


def hidden_pages(sections, partner, topic, code="en"):
    """Everything a reader must not see, linked to `partner` and `topic`."""
    future = timezone.now() + datetime.timedelta(days=7)
    draft = PressReleasePageFactory(
        parent=sections["news"],
        title=f"{SECRET} draft {code}",
        partners=[partner],
        topics=[topic],
        publish=False,
    )
    embargoed = PressReleasePageFactory(
        parent=sections["news"],
        title=f"{SECRET} embargoed {code}",
        partners=[partner],
        topics=[topic],
        publish=False,
        go_live_at=future,
    )
    unpublished = PressReleasePageFactory(
        parent=sections["news"],
        title=f"{SECRET} unpublished {code}",
        partners=[partner],
        topics=[topic],
    )
    unpublished.unpublish()
    private = restrict(
        PressReleasePageFactory(
            parent=sections["news"],
            title=f"{SECRET} private {code}",
            partners=[partner],
            topics=[topic],
        )
    )
    private_event = restrict(
        EventPageFactory(parent=sections["events"], title=f"{SECRET} private event")
    )
    draft_event = EventPageFactory(
        parent=sections["events"], title=f"{SECRET} draft event", publish=False
    )
    return [draft, embargoed, unpublished, private, private_event, draft_event]


def build_newsroom(site_tree, code="en"):
    sections = build_sections(site_tree["homes"][code])
    locale = site_tree["locales"][code]
    topic = TopicFactory(locale=locale, name="Cell therapy", slug="cell-therapy")
    partner = PartnerPageFactory(
        parent=sections["partners"], title="Alpha University", slug="alpha"
    )
    lonely = PartnerPageFactory(
        parent=sections["partners"], title="Quiet Institute", slug="quiet"
    )
    TopicFactory(locale=locale, name="Talent", slug="talent")
    release = PressReleasePageFactory(
        parent=sections["news"],
        title="Alpha opens a cell therapy hub",
        lead="A new hub for cell therapy opens in Ghent.",
        partners=[partner],
        topics=[topic],
        hero_image=ImageFactory(),
        author="Jane Doe",
    )
    event = EventPageFactory(
        parent=sections["events"],
        title="Cell therapy day",
        partners=[partner],
        hero_image=ImageFactory(),
    )
    past_event = EventPageFactory(
        parent=sections["events"],
        title="Last year's meeting",
        start=timezone.now() - datetime.timedelta(days=400),
        end=timezone.now() - datetime.timedelta(days=399),
    )
    standard = StandardPageFactory(parent=site_tree["homes"][code], title="About us")
    hidden = hidden_pages(sections, partner, topic, code)
    return {
        "sections": sections,
        "topic": topic,
        "partner": partner,
        "lonely": lonely,
        "release": release,
        "event": event,
        "past_event": past_event,
        "standard": standard,
        "hidden": hidden,
    }


class _HeadParser(HTMLParser):
    def __init__(self):
        super().__init__()
        self.links, self.metas, self.scripts = [], [], []
        self._script = None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "link":
            self.links.append(attrs)
        elif tag == "meta":
            self.metas.append(attrs)
        elif tag == "script" and attrs.get("type") == "application/ld+json":
            self._script = []

    def handle_data(self, data):
        if self._script is not None:
            self._script.append(data)

    def handle_endtag(self, tag):
        if tag == "script" and self._script is not None:
            self.scripts.append("".join(self._script))
            self._script = None


def parse_head(html):
    parser = _HeadParser()
    parser.feed(html)
    return parser


def head_links(html):
    return parse_head(html).links

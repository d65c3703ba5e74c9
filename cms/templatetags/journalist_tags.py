"""What a journalist does with a page: share it, print it, subscribe, save the date.

Plain links to each network's own share address: no third-party script, no
tracking. "Copy link" and "Print / save as PDF" are buttons that
static/js/share.js reveals; without script they stay hidden. The pages say
which feeds and calendar links they offer (cms.seo.SeoMixin and the apps'
mixins); these tags only render them.
"""

from urllib.parse import quote, urlencode

from django import template

from cms.seo import SeoMixin

register = template.Library()


@register.inclusion_tag("components/share_links.html", takes_context=True)
def share_links(context, page, printable=False):
    """Share on LinkedIn, Bluesky, X or by email, copy the link, and print."""
    request = context.get("request")
    url = page.get_full_url(request) if page is not None else ""
    if not url:
        return {"links": []}
    title = page.seo_title or page.title
    networks = [
        (
            "LinkedIn",
            "https://www.linkedin.com/sharing/share-offsite/?"
            + urlencode({"url": url}),
        ),
        (
            "Bluesky",
            "https://bsky.app/intent/compose?" + urlencode({"text": f"{title} {url}"}),
        ),
        ("X", "https://x.com/intent/post?" + urlencode({"text": title, "url": url})),
    ]
    email = "mailto:?" + urlencode(
        {"subject": title, "body": f"{title}\n{url}"}, quote_via=quote
    )
    return {
        "links": [{"name": name, "url": href} for name, href in networks],
        "email": email,
        "url": url,
        "printable": printable,
    }


@register.inclusion_tag("components/subscribe_links.html", takes_context=True)
def subscribe_links(context, page):
    """The page's feeds and calendars, in plain sight (not only in <head>)."""
    request = context.get("request")
    if not isinstance(page, SeoMixin) or not page.pk:
        return {"feeds": []}
    feeds = page.subscribe_feeds(request, context.get("active_filters") or ())
    return {"feeds": feeds}


@register.inclusion_tag("components/add_to_calendar.html", takes_context=True)
def add_to_calendar(context, page):
    """An upcoming event as a .ics file, or straight into Google or Outlook."""
    if page is None or not page.pk or not hasattr(page, "calendar_links"):
        return {"calendar": None}
    return {"calendar": page.calendar_links(context.get("request"))}

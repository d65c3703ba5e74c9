"""Whole responses of views that are not pages, kept until the next change.

Feeds and calendars show only what readers may see and are the same for every
visitor of a host and language; building them (30 items with absolute URLs
and enclosures, an iCalendar with time zones) costs more than any page. The
body and its headers are kept in each process under the generation tokens
(store.py), so a publish shows in the next response; the clock-bound parts
(upcoming events) are at most PAGE_CACHE_TIMEOUT old, like a cached page.
"""

import functools

from django.http import HttpResponse
from django.utils.translation import get_language

from cms.caching.store import until_change

KEPT_HEADERS = ("Content-Type", "Content-Disposition", "Last-Modified")


class NotKept(Exception):
    """The view answered something other than a plain 200: pass it on."""

    def __init__(self, response):
        super().__init__()
        self.response = response


def kept_response(view):
    """Keep `view`'s 200 answers per host, path and language until the next change.

    Only for views whose answer depends on nothing else: not the query string,
    the user, cookies or the time beyond PAGE_CACHE_TIMEOUT.
    """

    @functools.wraps(view)
    def wrapper(request, *args, **kwargs):
        if request.method not in ("GET", "HEAD"):
            return view(request, *args, **kwargs)

        def compute():
            response = view(request, *args, **kwargs)
            if response.status_code != 200 or response.streaming:
                raise NotKept(response)
            headers = {
                name: response[name] for name in KEPT_HEADERS if name in response
            }
            return response.content, headers

        key = ("response", request.get_host(), request.path, get_language())
        try:
            content, headers = until_change(key, compute)
        except NotKept as answer:
            return answer.response
        response = HttpResponse(content)
        for name, value in headers.items():
            response[name] = value
        return response

    return wrapper

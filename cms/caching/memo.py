"""The per-request memo: what one request works out once.

A page with a menu, a switcher and four listings asks many times which pages
are private (cms/readers.py) or what the kept site structure is (store.py);
the answers cannot change within a request. `RequestMemoMiddleware` opens a
memo for each request, `per_request` fills it, and code outside requests
(commands, the scheduler) computes every time. The memo also says
whether this request serves a page to a reader, which decides what the
per-process store may keep (store.py).
"""

from contextvars import ContextVar

_memo: ContextVar[dict | None] = ContextVar("request_memo", default=None)

# The memo's key for the Site a reader's page is served from (routing.py).
READER_SITE = "reader_site"


def current_memo():
    """The open per-request memo, or None outside a request."""
    return _memo.get()


def per_request(key, compute):
    """`compute()`, once per request; every call outside a request computes."""
    memo = _memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def mark_public_request(site):
    """Note that this request is Wagtail serving a page of `site` to a reader."""
    memo = _memo.get()
    if memo is not None:
        memo[READER_SITE] = site.pk if site is not None else None


def is_public_request():
    """Whether the current request is Wagtail serving a page to a reader.

    False for previews, review links, the admin and everything outside requests.
    """
    memo = _memo.get()
    return memo is not None and READER_SITE in memo


def reader_site_id():
    """The id of the Site a reader's page is served from (see `is_public_request`)."""
    memo = _memo.get()
    return memo.get(READER_SITE) if memo is not None else None


class RequestMemoMiddleware:
    """One memo per request, dropped when the response is done."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        token = _memo.set({})
        try:
            return self.get_response(request)
        finally:
            _memo.reset(token)

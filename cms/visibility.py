"""Which pages are private, worked out once per request.

Wagtail's `PageQuerySet.public()` reads every view restriction each time it is
called, and `Locale.get_active()` reads the locale each time; a page with a
menu, a switcher and four listings would repeat both. Here they are read once
per request (the middleware below opens the per-request memo), and once per
call outside requests.
"""

from contextvars import ContextVar

from django.db.models import Q
from wagtail.models import Locale, Page, PageViewRestriction

_memo: ContextVar[dict | None] = ContextVar("visibility_memo", default=None)


def current_memo():
    """The open per-request memo, or None outside a request."""
    return _memo.get()


def memoized(key, compute):
    """`compute()`, once per request; every call outside a request computes."""
    memo = _memo.get()
    if memo is None:
        return compute()
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def private_pages_q():
    """A Q matching every page in a restricted section, like `public()` excludes."""

    def compute():
        q = Q()
        for restriction in view_restrictions():
            q |= Page.objects.descendant_of_q(restriction.page, inclusive=True)
        return q if q else Q(pk__in=[])

    return memoized("private_q", compute)


def view_restrictions():
    """Every page view restriction of the site, with its page."""
    from cms.structure import shared

    return shared(
        "view_restrictions",
        lambda: list(PageViewRestriction.objects.select_related("page")),
    )


def restrictions_for(page):
    """The view restrictions on `page` and its ancestors (no aliases)."""
    return [
        restriction
        for restriction in view_restrictions()
        if page.path.startswith(restriction.page.path)
    ]


def content_locales():
    """The locales of the site, by language code."""
    from cms.structure import shared

    return shared(
        "locales",
        lambda: {locale.language_code: locale for locale in Locale.objects.all()},
    )


def active_locale():
    """The Locale of the active language, or the default one."""
    from django.utils.translation import get_language

    locales = content_locales()
    return locales.get(get_language()) or Locale.get_default()


def request_memo(get_response):
    """Middleware: one memo per request, dropped when the response is done."""

    def middleware(request):
        token = _memo.set({})
        try:
            return get_response(request)
        finally:
            _memo.reset(token)

    return middleware

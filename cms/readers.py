"""What a reader may see: live pages outside every view restriction.

`for_readers` is the one reader filter of the site: live (so neither a draft
nor an embargoed release, which goes live only at its scheduled time) and
public. Wagtail's `PageQuerySet.public()` reads every view restriction each
time it is called; here they are read once per content change (kept by
`cms.caching`), and the Q that excludes them is built once per request.
"""

from django.db.models import Q
from wagtail.models import Page, PageManager, PageViewRestriction
from wagtail.query import PageQuerySet

from cms.caching import per_request, until_change


def view_restrictions():
    """Every page view restriction of the site, with its page."""
    return until_change(
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


def private_pages_q():
    """A Q matching every page in a restricted section, like `public()` excludes."""

    def compute():
        q = Q()
        for restriction in view_restrictions():
            q |= Page.objects.descendant_of_q(restriction.page, inclusive=True)
        return q if q else Q(pk__in=[])

    return per_request("private_q", compute)


def for_readers(pages):
    """The pages of `pages` (a page queryset or manager) a reader may see."""
    return pages.live().exclude(private_pages_q())


class ReaderPageQuerySet(PageQuerySet):
    """Wagtail's page queryset, with the reader filter as a method."""

    def for_readers(self):
        return for_readers(self)


ReaderPageManager = PageManager.from_queryset(ReaderPageQuerySet)

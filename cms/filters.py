"""Listing filters and pagination for index pages: plain links, no JavaScript.

Unknown or malformed values are ignored (the listing stays unfiltered); a page
number past the end is a 404.
"""

from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.core.paginator import EmptyPage, Paginator
from django.db.models import Subquery
from django.http import Http404, QueryDict
from django.utils.functional import SimpleLazyObject, cached_property
from wagtail.models import Locale

from cms.caching import until_change


def parse_choice(values, allowed=None, default=None):
    """The last of `values` that is allowed, or `default`."""
    for value in reversed(values):
        value = value.strip()
        if value and (allowed is None or value in allowed):
            return value
    return default


class LazyItems:
    """A listing's items, built only when what is kept must be computed.

    Building a filtered queryset costs more than reading the kept count and
    page items; the Paginator only needs `count()` and slices.
    """

    ordered = True

    def __init__(self, build):
        self.build = build

    @cached_property
    def items(self):
        return self.build()

    def count(self):
        return self.items.count()

    def __len__(self):
        return self.count()

    def __getitem__(self, key):
        return SimpleLazyObject(lambda: self.items[key])


def paginate(request, items, per_page, kept_as=None):
    """One page of `items`; page=abc or page=0 means page 1, past the end is a 404.

    With a `kept_as` key, the number of items and the items of the page are
    kept until the next content change (`cms.caching.until_change`) instead of
    counted and read each time: sorting a whole section to find twelve items
    is the costly part of a listing, and which live items a page shows changes
    only with a publish. The page's items are then a list, to treat as
    read-only. `items` may then be a function that builds them, called only
    when something must be computed.
    """
    if callable(items):
        items = LazyItems(items)
    paginator = Paginator(items, per_page)
    if kept_as is not None:
        paginator.count = until_change(
            ("count", *kept_as), lambda: Paginator.count.func(paginator)
        )
    number = page_number(request)
    try:
        page = paginator.page(number)
    except EmptyPage as error:
        raise Http404("Page number out of range") from error
    if kept_as is not None:
        items = page.object_list
        key = ("page_items", *kept_as, page.number)
        page.object_list = until_change(key, lambda: list(items))
    return page


def page_number(request):
    """The page asked for: page=abc or page=0 means 1, past 10**6 is a 404."""
    raw = parse_choice(request.GET.getlist("page"), default="1")
    try:
        number = max(int(raw), 1)
    except ValueError:
        number = 1
    if number > 10**6:
        raise Http404("Page number out of range")
    return number


def counted_page(items, total, number, per_page):
    """Page `number` of a listing whose items and total were read together.

    For a listing that reads its page and its total in one query (a window
    count) instead of a COUNT and a slice: past the end is a 404.
    """
    paginator = Paginator([], per_page)
    paginator.count = total
    try:
        number = paginator.validate_number(number)
    except EmptyPage as error:
        raise Http404("Page number out of range") from error
    return paginator._get_page(items, number, paginator)


def querystring_without(request, *names, **updates):
    """The current query string minus `names`, with `updates` applied."""
    query = QueryDict(mutable=True)
    for key, values in request.GET.lists():
        if key in names or key == "page" or key in updates:
            continue
        query.setlist(key, values[-1:])
    for key, value in updates.items():
        if value is not None:
            query[key] = value
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


@dataclass
class ListingFilter:
    """One filter of an index page: a query parameter, its choices, a lookup."""

    param: str
    label: str
    choices: list
    field: str
    value: str | None = None
    options: list = field(default_factory=list)
    remove_url: str = ""

    def bind(self, request):
        allowed = {str(value) for value, _label in self.choices}
        bound = ListingFilter(self.param, self.label, self.choices, self.field)
        bound.value = parse_choice(request.GET.getlist(self.param), allowed)
        bound.remove_url = querystring_without(request, self.param)
        # Each option's link is the other filters plus this one: encode the
        # others once, not once per option.
        others = bound.remove_url.removeprefix("?")
        prefix = f"?{others}&" if others else "?"
        bound.options = [
            {
                "value": str(value),
                "label": label,
                "selected": str(value) == bound.value,
                "url": prefix + urlencode({self.param: str(value)}),
            }
            for value, label in self.choices
        ]
        return bound

    @property
    def value_label(self):
        for value, label in self.choices:
            if str(value) == self.value:
                return label
        return ""

    def apply(self, queryset):
        if not self.value:
            return queryset
        return queryset.filter(**{self.field: self.value})


def apply_filters(queryset, filters):
    """`queryset` narrowed by every bound filter, each item once.

    Filters across relations (a partner, a topic) would repeat an item per
    matching link; narrowing by primary key instead avoids a DISTINCT over
    every column of a wide page table.
    """
    active = [bound for bound in filters if bound.value]
    if not active:
        return queryset
    narrowed = queryset
    for bound in active:
        narrowed = bound.apply(narrowed)
    return queryset.filter(pk__in=narrowed.values("pk"))


def years_with(items, field):
    """The years in which some item of `items` has a `field` date, newest first.

    Two queries that read a few index entries (`field` should be indexed)
    whatever the number of items, where a DISTINCT over the years reads them
    all: the first and last dates, then the first date of each year between.
    (`Locale` only lends the one row the subqueries are read on.)
    """
    dated = items.filter(**{f"{field}__isnull": False}).order_by()
    one_row = Locale.objects.order_by("pk")[:1]
    bounds = one_row.annotate(
        first=Subquery(dated.order_by(field).values(field)[:1]),
        last=Subquery(dated.order_by(f"-{field}").values(field)[:1]),
    ).values_list("first", "last")
    first, last = bounds[0] if bounds else (None, None)
    if first is None or last is None:
        return []
    years = range(last.year, first.year - 1, -1)
    # The year's first date, read along the index (a bare EXISTS may scan the
    # table for a year the planner believes common).
    checks = {
        f"y{year}": Subquery(
            dated.filter(**{f"{field}__year": year}).order_by(field).values(field)[:1]
        )
        for year in years
    }
    found = one_row.annotate(**checks).values(*checks)[0]
    return [year for year in years if found[f"y{year}"] is not None]

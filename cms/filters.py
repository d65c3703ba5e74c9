"""Listing filters and pagination for index pages: plain links, no JavaScript.

Unknown or malformed values are ignored (the listing stays unfiltered); a page
number past the end is a 404.
"""

from dataclasses import dataclass, field

from django.core.paginator import EmptyPage, Paginator
from django.http import Http404, QueryDict


def parse_choice(values, allowed=None, default=None):
    """The last of `values` that is allowed, or `default`."""
    for value in reversed(values):
        value = value.strip()
        if value and (allowed is None or value in allowed):
            return value
    return default


def paginate(request, items, per_page):
    """One page of `items`; page=abc or page=0 means page 1, past the end is a 404."""
    paginator = Paginator(items, per_page)
    raw = parse_choice(request.GET.getlist("page"), default="1")
    try:
        number = max(int(raw), 1)
    except ValueError:
        number = 1
    if number > 10**6:
        raise Http404("Page number out of range")
    try:
        return paginator.page(number)
    except EmptyPage as error:
        raise Http404("Page number out of range") from error


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
        bound.options = [
            {
                "value": str(value),
                "label": label,
                "selected": str(value) == bound.value,
                "url": querystring_without(
                    request, self.param, **{self.param: str(value)}
                ),
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

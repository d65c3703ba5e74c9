"""Query parameters of the read-only API, checked before they reach the database.

Wagtail's API already answers most bad parameters with a 400 and a message;
these close the gaps it leaves, each with the same kind of answer
(BadRequestError, a JSON 400) or a 404:
- a NUL character in any parameter (PostgreSQL refuses it in a query, and
  Wagtail checks only field filters for it: `?locale=` and `?site=` reached
  the database);
- `offset` past MAX_OFFSET (the database's OFFSET takes at most 64 bits);
- field filters (`?release_date=abc`, `?hero_image=<huge>`) whose value the
  field cannot hold: Wagtail converts only booleans and integers, and checks no
  range;
- `search` reduced to its words, as the site search does (cms/search.py), so
  that blanks, NUL and the search syntax of SQLite's FTS5 never reach the
  backend; `search_operator` other than "and" or "or";
- `site` that names no site, or has a port that is no number (Wagtail lets
  the lookup fail);
- `find/?id=` that is no number, and `find/?html_path=` with a part that no
  page URL can have (NUL included): the same answer as any unknown path, 404.
"""

import re
from types import SimpleNamespace

from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import connection, models
from django.utils.text import Truncator
from taggit.managers import TaggableManager
from wagtail.api.v2.filters import FieldsFilter, SearchFilter
from wagtail.api.v2.pagination import WagtailPagination
from wagtail.api.v2.utils import BadRequestError
from wagtail.models import Site

from cms.ids import parse_id
from cms.search import clean_query

MAX_OFFSET = 10**6
MAX_PORT = 65535
SEARCH_OPERATORS = ("and", "or")
# What Wagtail's page URL pattern accepts as one part of a path.
PATH_PART = re.compile(r"[\w-]+")


class CheckedPagination(WagtailPagination):
    def paginate_queryset(self, queryset, request, view=None):
        try:
            offset = int(request.GET.get("offset", 0))
        except ValueError:
            offset = 0  # Wagtail's own message for a malformed offset follows
        if offset > MAX_OFFSET:
            raise BadRequestError(f"offset must be at most {MAX_OFFSET}")
        return super().paginate_queryset(queryset, request, view)


def _stored_field(model, name):
    """The field whose column a filter on `name` compares, or None."""
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return None
    if isinstance(field, TaggableManager) or field.many_to_many or field.one_to_many:
        return None
    return field.target_field if field.is_relation else field


def field_value_error(model, name, value):
    """Why `value` cannot be compared with the field `name`, or None."""
    field = _stored_field(model, name)
    if field is None or isinstance(field, models.BooleanField):
        return None  # Wagtail parses booleans itself
    try:
        python_value = field.to_python(value)
    except (ValidationError, ValueError, TypeError):
        return "wrong type"
    if isinstance(field, models.IntegerField) and python_value is not None:
        low, high = connection.ops.integer_field_range(field.get_internal_type())
        if (low is not None and python_value < low) or (
            high is not None and python_value > high
        ):
            return "out of range"
    return None


class CheckedFieldsFilter(FieldsFilter):
    """Field filters, with values that their field can hold."""

    def filter_queryset(self, request, queryset, view):
        fields = set(view.get_available_fields(queryset.model, db_fields_only=True))
        fields.discard("locale")
        for name, value in request.GET.items():
            if name in fields:
                error = field_value_error(queryset.model, name, value)
                if error:
                    shown = Truncator(value).chars(40)
                    raise BadRequestError(
                        f"field filter error. '{shown}' is not a valid value "
                        f"for {name} ({error})"
                    )
        return super().filter_queryset(request, queryset, view)


class WordSearchFilter(SearchFilter):
    """`?search=` as words only, and a known `search_operator`."""

    def filter_queryset(self, request, queryset, view):
        if "search_operator" in request.GET:
            if request.GET["search_operator"] not in SEARCH_OPERATORS:
                raise BadRequestError("search_operator must be 'and' or 'or'")
        if "search" not in request.GET:
            return queryset
        words = clean_query(request.GET["search"])
        if not words:
            raise BadRequestError("search must contain at least one word")
        query = request.GET.copy()
        query["search"] = words
        # Wagtail's filter reads nothing of the request but its query.
        return super().filter_queryset(SimpleNamespace(GET=query), queryset, view)


CHECKED_BACKENDS = {FieldsFilter: CheckedFieldsFilter, SearchFilter: WordSearchFilter}


def checked_backends(backends):
    """`backends` with Wagtail's field and search filters replaced by ours."""
    return [CHECKED_BACKENDS.get(backend, backend) for backend in backends]


def check_site(query):
    """`?site=host` or `?site=host:port` names a site of this installation."""
    if "site" not in query:
        return
    hostname, colon, port = query["site"].partition(":")
    lookup = {"hostname": hostname}
    if colon:
        if not (port.isascii() and port.isdigit()) or int(port) > MAX_PORT:
            raise BadRequestError("site port must be a number")
        lookup["port"] = int(port)
    if not Site.objects.filter(**lookup).exists():
        raise BadRequestError("site doesn't exist")


def check_no_null_characters(query):
    for name, values in query.lists():
        if "\x00" in name or any("\x00" in value for value in values):
            shown = Truncator(name.replace("\x00", "\\0")).chars(40)
            raise BadRequestError(f"{shown} must not contain null characters")


class CheckedFindMixin:
    """No NUL anywhere; `find/?id=` and `find/?html_path=` that cannot name
    anything find nothing."""

    def initial(self, request, *args, **kwargs):
        super().initial(request, *args, **kwargs)
        check_no_null_characters(request.GET)

    def find_object(self, queryset, request):
        if "id" in request.GET:
            value = request.GET["id"]
            if not (value.isascii() and value.isdigit()):
                raise BadRequestError("id must be a positive integer")
            if parse_id(value) is None:
                return None
        if "html_path" in request.GET:
            parts = [part for part in request.GET["html_path"].split("/") if part]
            if not all(PATH_PART.fullmatch(part) for part in parts):
                return None
        return super().find_object(queryset, request)

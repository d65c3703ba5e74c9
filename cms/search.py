"""Site search: one URL per language, results of that language only.

Queries are reduced to words before they reach the backend, so punctuation,
SQL, regex or HTML in a query can neither break the search nor reach the page
unescaped; long queries are cut to `MAX_QUERY_LENGTH` characters.

Results come in one exact order (`ranked_hits` in cms/search_backend.py): pages
whose title holds every word of the query first, then the others; within
each, releases, events, partners and pages (the order types are registered
in); within a type by the backend's relevance score, then newest first. The
database counts the matches and reads only the page of results shown, in one
statement, so a search costs the same few queries however many pages match;
each process keeps a search's rendered results until the next publish (exact),
and reads only the fields a result shows. Matched words are
marked (<mark>) in titles and excerpts, the rest escaped; a date is shown only
for the types that have one that means something (a release's date, an
event's start).
"""

import re
from collections import defaultdict

from django.contrib.contenttypes.models import ContentType
from django.http import Http404
from django.shortcuts import render
from django.template.loader import render_to_string
from django.urls import path, reverse
from django.utils.html import escape, strip_tags
from django.utils.safestring import mark_safe
from django.utils.text import Truncator
from django.utils.translation import get_language, override
from wagtail.fields import StreamField
from wagtail.models import Page
from wagtail.search.backends import get_search_backend

from cms.caching import active_locale, reader_view, until_change_recent
from cms.filters import counted_page, page_number, parse_choice
from cms.readers import for_readers

MAX_QUERY_LENGTH = 200
MAX_TERMS = 12
PAGE_SIZE = 10
# Searches whose results each process keeps, rendered, until the next publish.
KEPT_SEARCHES = 200
# A backend without `ranked_hits` lists its best results in its own order.
RANKED_RESULTS = 300
SEARCH_PATHS = {"en": "search/", "fr": "recherche/", "nl": "zoeken/"}
NON_WORD = re.compile(r"[^\w]+")


# What search finds: {type key: (order, page model, label, fields)}, filled by
# the apps in AppConfig.ready() (cms.apps, news.apps, partners.apps).
_result_types = {}
# What every result reads of its page: its title, URL and meta description.
RESULT_FIELDS = ("title", "url_path", "search_description")


def register_result_type(key, model, label, order, fields=()):
    """Let search find pages of `model`, offered as the `?type=key` filter.

    `fields`: what a result of this type reads besides RESULT_FIELDS (its
    `get_meta_description()` and date); the rest of the page is not loaded.
    """
    _result_types[key] = (order, model, label, tuple(fields))


def result_types():
    """{type key: (page model, label)} in the order the type filter offers them."""
    ordered = sorted(_result_types.items(), key=lambda item: item[1][0])
    return {key: (model, label) for key, (_order, model, label, _f) in ordered}


def result_fields(model):
    """The fields a search result of `model` reads, or None if not registered."""
    for _order, registered, _label, fields in _result_types.values():
        if issubclass(model, registered):
            return (*RESULT_FIELDS, *fields)
    return None


def search_url(language_code=None):
    code = language_code or get_language() or "en"
    if code not in SEARCH_PATHS:
        code = "en"
    with override(code):
        return reverse(f"search_{code}")


def clean_query(raw):
    """The words of `raw`: at most MAX_TERMS of them, nothing else."""
    words = NON_WORD.split(raw[:MAX_QUERY_LENGTH])
    return " ".join([word for word in words if word][:MAX_TERMS])


def language_backend(code):
    backend = get_search_backend()
    for_language = getattr(backend, "for_language", None)
    return for_language(code) if for_language else backend


def result_date(page):
    """A release's date or an event's start; None for undated types."""
    for name in ("release_date", "start"):
        value = getattr(page, name, None)
        if value:
            return value
    return None


def excerpt(page, length=240):
    text = page.get_meta_description() if hasattr(page, "get_meta_description") else ""
    return Truncator(strip_tags(text or "")).chars(length)


def highlight(text, query):
    """`text` escaped, with the words of `query` (and words they start) marked."""
    words = sorted({word for word in query.split() if word}, key=len, reverse=True)
    if not words or not text:
        return escape(text or "")
    alternatives = "|".join(re.escape(word) for word in words)
    pattern = re.compile(rf"\b(?:{alternatives})\w*", re.IGNORECASE)
    parts = []
    position = 0
    for match in pattern.finditer(text):
        parts.append(escape(text[position : match.start()]))
        parts.append(f"<mark>{escape(match.group())}</mark>")
        position = match.end()
    parts.append(escape(text[position:]))
    return mark_safe("".join(parts))  # noqa: S308 - every piece is escaped


def hits(language, query, pages, models, start, stop):
    """(page id, content type id) of results `start` to `stop`, best first (see
    the module docstring), and the number of all results."""
    backend = language_backend(language)
    if hasattr(backend, "ranked_hits"):
        rows = backend.ranked_hits(query.split(), pages, models)[start:stop]
        found = [(int(pk), content_type) for pk, content_type, _total in rows]
        return found, rows[0][2] if rows else 0
    results = list(backend.search(query, pages, operator="and")[:RANKED_RESULTS])
    found = [(page.pk, page.content_type_id) for page in results[start:stop]]
    return found, len(results)


def result_pages(found):
    """The pages of `found`, in its order: one query per type, with only the
    fields a result reads (`result_fields`), else without StreamFields.

    A release's or a partner's StreamFields are the bulk of its row, and
    building all of a page's forty-odd columns costs more than the query.
    """
    by_type = defaultdict(list)
    for pk, content_type in found:
        by_type[content_type].append(pk)
    by_pk = {}
    for content_type, pks in by_type.items():
        model = ContentType.objects.get_for_id(content_type).model_class()
        if model is None:
            continue
        pages = model.objects.filter(pk__in=pks)
        fields = result_fields(model)
        if fields:
            pages = pages.only(*fields)
        else:
            heavy = model._meta.concrete_fields
            pages = pages.defer(*[f.name for f in heavy if isinstance(f, StreamField)])
        by_pk.update((page.pk, page) for page in pages)
    return [by_pk[pk] for pk, _content_type in found if pk in by_pk]


def result_list(request, found, query, types):
    """The rendered list of the results `found` (one page of them)."""
    labels = dict(types.values())
    results = [
        {
            "page": page,
            "type": labels.get(type(page), ""),
            "date": result_date(page),
            "excerpt": highlight(excerpt(page), query),
            "title": highlight(page.title, query),
        }
        for page in result_pages(found)
    ]
    return render_to_string("search/result_list.html", {"results": results}, request)


@reader_view
def search(request, language):
    if get_language() != language:
        raise Http404("No search at this address in this language")
    raw = request.GET.get("q", "")
    query = clean_query(raw)
    types = result_types()
    chosen = parse_choice(request.GET.getlist("type"), set(types))
    models = [types[chosen][0]] if chosen else [model for model, _ in types.values()]
    locale = active_locale()
    listing = None
    results_html = ""
    if query:
        number = page_number(request)
        start = (number - 1) * PAGE_SIZE

        def ranked():
            pages = for_readers(Page.objects).filter(locale=locale).type(*models)
            stop = start + PAGE_SIZE
            found, total = hits(language, query, pages, models, start, stop)
            return found, total, result_list(request, found, query, types)

        # Exact: which live pages match changes only with a publish (or a
        # privacy change), which replaces the tokens the results are kept under.
        found, total, results_html = until_change_recent(
            ("search", language, query, chosen, number),
            ranked,
            KEPT_SEARCHES,
            readers_only=True,
        )
        listing = counted_page(found, total, number, PAGE_SIZE)
    type_options = [
        {"value": value, "label": label, "selected": value == chosen}
        for value, (_model, label) in types.items()
    ]
    return render(
        request,
        "search/search_results.html",
        {
            "query": raw[:MAX_QUERY_LENGTH].strip(),
            "searched": bool(query),
            "listing": listing,
            "results_html": results_html,
            "type_options": type_options,
            "chosen_type": chosen,
            "search_action": search_url(language),
        },
    )


urlpatterns = [
    path(slug, search, {"language": code}, name=f"search_{code}")
    for code, slug in SEARCH_PATHS.items()
]

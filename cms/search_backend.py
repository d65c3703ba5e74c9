"""Wagtail's database search backend, with PostgreSQL stemming in each language.

On PostgreSQL every object is indexed with the text search configuration of its
own locale (`newsroom_french` for a French page) and a query is parsed with the
configuration of the language it is asked in (`backend.for_language("fr")`), so
"partenariats" finds "partenariat". Without a language a query is parsed in all
three and matches any. The configurations come from the migration
`cms/0003_search_text_configurations` and fold accents when the unaccent
extension is available. Other databases get Wagtail's own backend unchanged.

`ranked_hits` (on both backends) is the site search's one query
(cms/search.py): sliced, it gives rows of (page id as text, content type id,
number of all matches) for the pages that hold every word of the query. The
database sorts and slices, so a page of results reads ten rows whatever the
number of matches, and counts in the same statement with a window
`COUNT(*) OVER ()` (no second query running the match again). The order is
exact: first the pages whose title holds every word, then the rest; within
each, by type in the order given (releases, events, partners, pages); within
a type by the backend's score (bm25 on SQLite, ts_rank on PostgreSQL, both
with Wagtail's weighting of title and body); then the newest page first. It
reads Wagtail's index tables directly because Wagtail's own search ranks each
candidate page in a correlated subquery: on SQLite that runs the FTS5 MATCH
again for every matching page (a full scan per page), on PostgreSQL it
filters on `title || body`, which no index covers, where
`title @@ q OR body @@ q` uses the two GIN indexes.
"""

import copy
from collections import defaultdict
from functools import reduce

from django.contrib.postgres.search import SearchRank, SearchVector
from django.db import connection
from django.db.models import (
    Case,
    CharField,
    Count,
    F,
    FloatField,
    IntegerField,
    Lookup,
    Q,
    Value,
    When,
    Window,
)
from django.db.models.expressions import RawSQL
from django.db.models.functions import Cast
from wagtail.models import Locale
from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend
from wagtail.search.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)
from wagtail.search.models import IndexEntry
from wagtail.search.utils import get_descendants_content_types_pks

if connection.vendor == "sqlite":
    # Wagtail defines the FTS5 table's model on SQLite only.
    from wagtail.search.backends.database.sqlite.sqlite import (
        SQLiteFTSIndexEntry,
        SQLiteSearchBackend,
    )
else:
    SQLiteFTSIndexEntry = None

    class SQLiteSearchBackend:
        """Stands in for Wagtail's SQLite backend, which loads only on SQLite."""


LANGUAGE_CONFIGS = {
    "en": "newsroom_english",
    "fr": "newsroom_french",
    "nl": "newsroom_dutch",
}


def config_for_language(code):
    return LANGUAGE_CONFIGS.get((code or "").split("-")[0].lower(), "simple")


# Wagtail looks up a callable named SearchBackend in the configured module.
def SearchBackend(params):
    if connection.vendor == "postgresql":
        return MultilingualPostgresSearchBackend(params)
    backend = DatabaseSearchBackend(params)
    if isinstance(backend, SQLiteSearchBackend):  # FTS5 is there
        return RankedSQLiteSearchBackend(params)
    return backend


class MultilingualPostgresIndex(PostgresIndex):
    """Index each object with its own locale's configuration."""

    def add_items(self, model, objs):
        codes = dict(Locale.objects.values_list("pk", "language_code"))
        groups = defaultdict(list)
        for obj in objs:
            code = codes.get(getattr(obj, "locale_id", None))
            groups[config_for_language(code)].append(obj)
        for config, group in groups.items():
            PostgresIndex(self.backend.with_config(config)).add_items(model, group)


class MultilingualQueryCompiler(PostgresSearchQueryCompiler):
    """A tuple of configurations parses the query in each and matches any."""

    def build_tsquery(self, query, config=None):
        if isinstance(config, tuple):
            queries = [
                super(MultilingualQueryCompiler, self).build_tsquery(query, c)
                for c in config
            ]
            queries = [q for q in queries if q is not None]
            return reduce(lambda a, b: a | b, queries) if queries else None
        return super().build_tsquery(query, config=config)

    def get_fields_vectors(self, search_query):
        if hasattr(search_query, "config"):
            return super().get_fields_vectors(search_query)
        return [
            (SearchVector(lookup, config="simple"), field.boost)
            for lookup, field in self.search_fields.items()
        ]


class MultilingualPostgresSearchBackend(PostgresSearchBackend):
    index_class = MultilingualPostgresIndex
    query_compiler_class = MultilingualQueryCompiler

    def __init__(self, params):
        super().__init__(params)
        self.config = params.get("SEARCH_CONFIG") or tuple(LANGUAGE_CONFIGS.values())

    def with_config(self, config):
        clone = copy.copy(self)
        clone.config = config
        return clone

    def for_language(self, code):
        """This backend, parsing queries as text in language `code`."""
        return self.with_config(config_for_language(code))

    def ranked_hits(self, words, pages, models):
        """Ids of the `pages` holding every word, best first (module docstring).

        One query; `title @@ q OR body @@ q` lets PostgreSQL use both GIN
        indexes, and ts_rank runs only on the matching rows.
        """
        compiler = self.query_compiler_class(pages, " ".join(words), operator="and")
        query = compiler.build_tsquery(compiler.query, config=self.config)
        where, type_rank = _candidates(pages, "", models)
        weights = compiler.sql_weights
        score = SearchRank(F("title"), query, weights=weights) * F(
            "title_norm"
        ) + SearchRank(F("body"), query, weights=weights)
        return (
            IndexEntry.objects.filter(Q(title=query) | Q(body=query))
            .filter(where)
            .annotate(
                _in_title=Case(
                    When(title=query, then=Value(1)),
                    default=Value(0),
                    output_field=IntegerField(),
                ),
                _type_rank=type_rank,
                _score=score,
                _page=Cast("object_id", IntegerField()),
            )
            .order_by("-_in_title", "_type_rank", "-_score", "-_page")
            .values_list("object_id", "content_type_id", _total())
        )


# The site search's ranking -------------------------------------------------


def _candidates(pages, prefix, models):
    """Index entries of `pages`, and each entry's type rank, by field `prefix`."""
    type_rank = Case(
        *[
            When(
                **{f"{prefix}content_type_id__in": content_types(model)},
                then=Value(position),
            )
            for position, model in enumerate(models)
        ],
        default=Value(len(models)),
        output_field=IntegerField(),
    )
    ids = pages.annotate(_object_id=Cast("pk", CharField())).values("_object_id")
    content_type_ids = [pk for model in models for pk in content_types(model)]
    where = Q(**{f"{prefix}content_type_id__in": content_type_ids}) & Q(
        **{f"{prefix}object_id__in": ids}
    )
    return where, type_rank


def _total():
    """The number of all matches on every row: `COUNT(*) OVER ()`, no second query."""
    return Window(Count("*"))


def content_types(model):
    return get_descendants_content_types_pks(model)


class FTS5Match(Lookup):
    """`<fts table> MATCH 'expression'`, as a WHERE condition of its own."""

    lookup_name = "fts5_match"

    def __init__(self, expression):
        self.expression = expression
        super().__init__(None, None)

    def as_sql(self, compiler, connection):
        return f"{SQLiteFTSIndexEntry._meta.db_table} MATCH %s", [self.expression]


def fts5_expression(words, columns):
    """An FTS5 query for rows holding every word in one of `columns`.

    Each word is a quoted string, so no character of a query is FTS5 syntax.
    """
    phrases = " AND ".join('"{}"'.format(word.replace('"', '""')) for word in words)
    return "{%s} : (%s)" % (" ".join(columns), phrases)  # noqa: UP031


class RankedSQLiteSearchBackend(SQLiteSearchBackend):
    """Wagtail's SQLite FTS5 backend, with the site search's one query."""

    def ranked_hits(self, words, pages, models):
        """Ids of the `pages` holding every word, best first (module docstring)."""
        return sqlite_ranked_hits(words, pages, models)


def sqlite_ranked_hits(words, pages, models):
    return SQLiteRankedHits(sqlite_ranked_entries(words, pages, models))


def sqlite_ranked_entries(words, pages, models):
    """The matching index entries with their page, type and sort keys."""
    table = SQLiteFTSIndexEntry._meta.db_table
    where, type_rank = _candidates(pages, "index_entry__", models)
    # bm25() is negative, best first: Wagtail's weighting, bm25 x (title_norm + 1).
    # The table name is ours, the query a parameter.
    score = RawSQL(f"bm25({table})", [], output_field=FloatField()) * (  # noqa: S611
        F("index_entry__title_norm") + 1.0
    )
    # Evaluated once, not per row: a second MATCH restricted to the title.
    in_title = RawSQL(  # noqa: S611
        f"{table}.rowid IN (SELECT rowid FROM {table} WHERE {table} MATCH %s)",  # noqa: S608
        [fts5_expression(words, ["title"])],
        output_field=IntegerField(),
    )
    return (
        SQLiteFTSIndexEntry.objects.filter(
            FTS5Match(fts5_expression(words, ["title", "body"]))
        )
        .filter(where)
        .annotate(
            _in_title=in_title,
            _type_rank=type_rank,
            _score=score,
            _page=Cast("index_entry__object_id", IntegerField()),
        )
        .values_list(
            "index_entry__object_id",
            "index_entry__content_type_id",
            "_in_title",
            "_type_rank",
            "_score",
            "_page",
        )
        .order_by()
    )


class SQLiteRankedHits:
    """Slices of the ranked entries, each read with the number of all matches.

    FTS5 refuses bm25() in a query with a window function, so the entries are
    a materialised common table expression and the window count, the order and
    the slice run on it: still one statement, and one FTS5 MATCH.
    """

    def __init__(self, entries):
        self.entries = entries

    def __getitem__(self, key):
        start = key.start or 0
        sql, params = self.entries.query.sql_with_params()
        # The inner SQL is Django's, with its parameters; the slice is integers.
        ranked = (
            f"WITH hit(page, content_type, in_title, type_rank, score, newest) "  # noqa: S608
            f"AS MATERIALIZED ({sql}) "
            "SELECT page, content_type, COUNT(*) OVER () FROM hit "
            "ORDER BY in_title DESC, type_rank, score, newest DESC "
            "LIMIT %s OFFSET %s"
        )
        with connection.cursor() as cursor:
            cursor.execute(ranked, [*params, key.stop - start, start])
            return cursor.fetchall()

"""Wagtail's database search backend, with PostgreSQL stemming in each language.

On PostgreSQL every object is indexed with the text search configuration of its
own locale (`newsroom_french` for a French page) and a query is parsed with the
configuration of the language it is asked in (`backend.for_language("fr")`), so
"partenariats" finds "partenariat". Without a language a query is parsed in all
three and matches any. The configurations come from the migration
`cms/0003_search_text_configurations` and fold accents when the unaccent
extension is available. Other databases get Wagtail's own backend unchanged.
"""

import copy
from collections import defaultdict
from functools import reduce

from django.contrib.postgres.search import SearchVector
from django.db import connection
from wagtail.models import Locale
from wagtail.search.backends.database import SearchBackend as DatabaseSearchBackend
from wagtail.search.backends.database.postgres.postgres import (
    PostgresIndex,
    PostgresSearchBackend,
    PostgresSearchQueryCompiler,
)

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
    return DatabaseSearchBackend(params)


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

"""Hostile input for the request fuzz test (tests/cms/test_fuzz_requests.py).

Three things, each derived from the code so that a new route or a new query
parameter cannot be forgotten:
- `public_routes()`: every URL pattern outside /admin/, from Django's resolver;
- `read_parameters()`: every query parameter and form field a view reads, found
  in the source of the apps and of the library views they mount;
- strategies of hostile values: huge and negative numbers, NUL, long strings,
  right-to-left and combining text, emoji, surrogates and broken UTF-8 in
  percent-encoding, wrong types, empty values.
"""

import ast
import importlib
import inspect
import re
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import LocalePrefixPattern, RegexPattern, RoutePattern
from django.utils.regex_helper import normalize
from hypothesis import strategies as st

ROOT = Path(__file__).resolve().parents[2]
APPS = ("cms", "news", "partners", "home")
# Library modules whose views the site mounts, or calls from its own views.
LIBRARY_VIEWS = (
    "django.contrib.sitemaps.views",
    "django.views.static",
    "wagtail.views",
    "wagtail.documents.views.serve",
)
# Read through a variable name rather than a literal: LoginView's
# redirect_field_name, Django's sitemap page.
NAMED_ELSEWHERE = {"next", "p"}
PRIVATE_PREFIXES = ("admin/",)


# Routes -----------------------------------------------------------------------


@dataclass(frozen=True)
class PublicRoute:
    """One URL pattern: `template` has `{language}` and one `{name}` per value."""

    key: str
    template: str
    params: tuple
    callback: object

    def url(self, values, language="en"):
        path = self.template.replace("{language}", language)
        for name in self.params:
            path = path.replace("{" + name + "}", values[name])
        return "/" + path


_ROUTE_PARAM = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")


def _template(pattern):
    """The pattern as a template and its parameter names."""
    if isinstance(pattern, LocalePrefixPattern):
        return "{language}/", ()
    if isinstance(pattern, RoutePattern):
        route = str(pattern)
        names = tuple(match["name"] for match in _ROUTE_PARAM.finditer(route))
        return _ROUTE_PARAM.sub(lambda m: "{" + m["name"] + "}", route), names
    if isinstance(pattern, RegexPattern):
        (template, names), *_others = normalize(pattern.regex.pattern)
        names = tuple(names)
        for name in names:
            template = template.replace(f"%({name})s", "{" + name + "}")
        return template.replace("%%", "%"), names
    raise TypeError(f"Unknown URL pattern type {type(pattern)!r}")


def _walk(patterns, prefix="", params=(), namespaces=()):
    for entry in patterns:
        template, names = _template(entry.pattern)
        if isinstance(entry, URLResolver):
            inner = (*namespaces, entry.namespace) if entry.namespace else namespaces
            yield from _walk(
                entry.url_patterns, prefix + template, params + names, inner
            )
        elif isinstance(entry, URLPattern):
            key = ":".join((*namespaces, entry.name)) if entry.name else None
            yield PublicRoute(
                key or entry.lookup_str,
                prefix + template,
                params + names,
                entry.callback,
            )


def public_routes():
    """Every URL pattern of the site outside the admin, as Django resolves them."""
    return [
        route
        for route in _walk(get_resolver().url_patterns)
        if not route.template.startswith(PRIVATE_PREFIXES)
    ]


# Parameters -------------------------------------------------------------------

_REQUEST_DICTS = {"GET": "GET", "query_params": "GET", "POST": "POST"}


def _request_dict(node):
    """'GET' or 'POST' when `node` is `<something>.GET`/`.query_params`/`.POST`."""
    if isinstance(node, ast.Attribute):
        return _REQUEST_DICTS.get(node.attr)
    return None


def _string(node):
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


def _reads(tree):
    """(GET or POST, name) for every literal parameter name read in `tree`."""
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Attribute):
            kind = _request_dict(node.func.value)
            if kind and node.func.attr in {"get", "getlist", "pop"} and node.args:
                if name := _string(node.args[0]):
                    yield kind, name
            # ListingFilter("partner", ...): the filters of the index pages.
        if isinstance(node, ast.Call) and getattr(node.func, "id", "") == (
            "ListingFilter"
        ):
            if node.args and (name := _string(node.args[0])):
                yield "GET", name
        if isinstance(node, ast.Subscript) and (kind := _request_dict(node.value)):
            if name := _string(node.slice):
                yield kind, name
        if isinstance(node, ast.Compare) and len(node.ops) == 1:
            if isinstance(node.ops[0], ast.In | ast.NotIn):
                kind = _request_dict(node.comparators[0])
                if kind and (name := _string(node.left)):
                    yield kind, name


def _source_files():
    for app in APPS:
        for path in sorted((ROOT / app).rglob("*.py")):
            if "migrations" not in path.parts:
                yield path.read_text()
    for module in LIBRARY_VIEWS:
        yield inspect.getsource(importlib.import_module(module))


def read_parameters():
    """{"GET": names, "POST": names} that the site's views read from a request."""
    found = {"GET": set(NAMED_ELSEWHERE), "POST": set()}
    for source in _source_files():
        for kind, name in _reads(ast.parse(source)):
            found[kind].add(name)
    return {kind: sorted(names) for kind, names in found.items()}


# Hostile values ---------------------------------------------------------------


class Raw(str):
    """Already percent-encoded (or deliberately broken): sent as it is."""


def encode(value):
    if isinstance(value, Raw):
        return str(value)
    return quote(value, safe="", errors="surrogatepass")


# The values that broke views before, sent to every parameter in turn.
EDGES = ["99999999999999999999", "abc", " ", "\x00", "-1", "é" * 300]
EDGE_NUMBERS = [
    "0",
    "-0",
    "-1",
    "00001",
    "2147483647",
    "2147483648",
    "-2147483649",
    "9223372036854775807",
    "9223372036854775808",
    "-9223372036854775809",
    "18446744073709551616",
    "99999999999999999999",
    "9" * 400,
    "9" * 5000,
    "1e309",
    "1.5",
    "0x1f",
    "+1",
    " 1",
    "1 ",
    "1_000",
    "١٢٣",
    "²",
    "１２",
    "NaN",
    "inf",
]
HOSTILE_TEXT = [
    "",
    " ",
    "\x00",
    "a\x00b",
    "\t",
    "\r\n",
    "%",
    "\u202e",
    "\u200f\u05e9\u05dc\u05d5\u05dd",
    "مرحبا بالعالم",
    "e\u0301\u0301\u0301",
    "\u0301",
    "👍🏽",
    "🏳️‍🌈",
    "\ufeff",
    "\uffff",
    "null",
    "true",
    "[]",
    "{}",
    "'",
    '"',
    '"unclosed',
    "<script>alert(1)</script>",
    "../../etc/passwd",
    "..\\..\\",
    "*",
    "AND OR NOT",
    "'; DROP TABLE wagtailcore_page; --",
    "(",
    ")",
    "-",
    "+",
    "^",
    ":",
    "\\",
    "a" * 5000,
    "é" * 2000,
    "🙂" * 1000,
]
PERCENT_GARBAGE = [
    "%00",
    "a%00",
    "%ED%A0%80",
    "%ED%BF%BF",
    "%FF",
    "%C0%AF",
    "%C0%80",
    "%E2%80%AE",
    "%F0%9F%98",
    "%",
    "%Z",
    "%%",
    "%2",
    "%2F",
    "%252F",
    "..%2F..%2Fetc%2Fpasswd",
    "%0A",
    "%0D%0A",
    "+",
    "%2B%2B",
    "%26%3D",
]

numbers = st.one_of(
    st.sampled_from(EDGE_NUMBERS),
    st.integers().map(str),
    st.integers(min_value=2**63 - 2, max_value=2**80).map(str),
)
# NUL is in HOSTILE_TEXT; generated text leaves it out, or it would be most of
# what Hypothesis sends (it favours the lowest code points).
texts = st.one_of(
    st.sampled_from(HOSTILE_TEXT),
    st.text(st.characters(min_codepoint=1), max_size=40),
    st.text(st.characters(categories=["Mn", "Me", "Cf", "Co", "So", "Zs"]), max_size=8),
    # Lone surrogates travel percent-encoded (quote(errors="surrogatepass")).
    st.text(st.characters(categories=["Cs"]), min_size=1, max_size=3),
)
garbage = st.sampled_from(PERCENT_GARBAGE).map(Raw)
hostile_values = st.one_of(numbers, texts, garbage)

# Cookie values are ASCII on the wire, but Django unquotes "\000"-style
# octal escapes inside a quoted value.
COOKIE_GARBAGE = [
    '"\\000\\000\\000\\000\\000\\000\\000\\000"',
    '"\\377\\376\\375\\374\\373\\372\\371\\370"',
    '"unclosed',
    '""',
    "",
    "x" * 5000,
    "abcdefgh12345678abcdefgh12345678abcdefgh12345678",
    "%00%00%00%00%00%00%00%00",
]
cookie_values = st.one_of(
    st.sampled_from(COOKIE_GARBAGE),
    st.text(st.characters(min_codepoint=33, max_codepoint=126), max_size=60),
)


def values_for(hints):
    """A hostile value, or now and then one the site knows (so filters apply)."""
    if not hints:
        return hostile_values
    return st.one_of(hostile_values, st.sampled_from(sorted(hints)))


@st.composite
def parameter(draw, name, values):
    """`name=value`, `name` alone or `name=`, encoded for a query string."""
    value = draw(values)
    shape = draw(st.sampled_from(["pair", "pair", "pair", "pair", "bare", "empty"]))
    if shape == "bare":
        return encode(name)
    if shape == "empty":
        return f"{encode(name)}="
    return f"{encode(name)}={encode(value)}"


@st.composite
def any_parameter(draw, names, hints):
    """A parameter the site reads (or a hostile name), with a value for it."""
    key = st.one_of(st.sampled_from(sorted(names)), texts, garbage)
    name = (
        draw(key)
        if draw(st.integers(0, 3)) == 0
        else draw(st.sampled_from(sorted(names)))
    )
    return draw(parameter(name, values_for(hints.get(name, ()))))


@st.composite
def query_strings(draw, names, hints, focus=None):
    """A query string over `names`: repeats, empty values, hostile names.

    With `focus`, that parameter comes first with a hostile value, and the
    others mostly take values the site knows, so that the hostile one is the
    one the view has to deal with.
    """
    pairs = []
    if focus is not None:
        pairs.append(draw(parameter(focus, hostile_values)))
        known = {name: values for name, values in hints.items() if values}
        others = sorted(set(names) & set(known)) or sorted(names)
        for name in draw(st.lists(st.sampled_from(others), max_size=2)):
            pairs.append(
                draw(parameter(name, st.sampled_from(sorted(known.get(name, ["1"])))))
            )
    else:
        pairs = draw(st.lists(any_parameter(names, hints), max_size=5))
    if pairs and draw(st.integers(0, 3)) == 0:
        pairs.append(pairs[0])  # the same parameter twice
    return draw(st.sampled_from(["&", "&", "&", ";", "&&"])).join(pairs)

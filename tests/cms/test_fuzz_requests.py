"""Every anonymous request gets 2xx, 3xx or 4xx: a property-based walk of the site.

The walk covers every public URL pattern Django resolves (outside /admin/),
every query parameter of the API and every parameter the views read, every page
of the tree in each language, and the public forms, with hostile values
(tests/cms/hostile.py): it fails on any 5xx, or any exception a view lets
through. It is deterministic and bounded: the `ci` Hypothesis profile
(tests/conftest.py) is derandomized with a fixed number of examples;
`HYPOTHESIS_PROFILE=long` walks ten times further, at random.
"""

import pytest
from django.contrib.auth.forms import AuthenticationForm
from django.urls import resolve
from django.utils import translation
from hypothesis import strategies as st
from wagtail.forms import PasswordViewRestrictionForm
from wagtail.models import get_page_models

from news.forms import ReviewAnswerForm
from subscriptions.forms import SubscribeForm
from tests.cms import hostile
from tests.cms.fuzz_site import (
    LANGUAGES,
    api_parameters,
    build_fuzz_site,
    known_parameter_values,
    known_path_values,
)
from tests.cms.fuzz_walk import Request, Walk, requests

pytestmark = pytest.mark.django_db

# The public forms: review answers, page and collection passwords, login,
# subscribing and a subscriber's preferences.
FORMS = (
    ReviewAnswerForm,
    PasswordViewRestrictionForm,
    AuthenticationForm,
    SubscribeForm,
)
FORM_FIELDS = sorted({name for form in FORMS for name in form.base_fields})


@pytest.fixture
def fuzz_site(site_tree, settings):
    # As in production: the page cache answers anonymous readers.
    settings.PAGE_CACHE_ENABLED = True
    return build_fuzz_site(site_tree)


@pytest.fixture
def walk(client, request):
    walk = Walk(client)
    yield walk
    request.node.user_properties.append(("requests", walk.requests))


def form_bodies(read, hints, focus=None):
    names = set(read["POST"]) | set(FORM_FIELDS)
    return hostile.query_strings(names, hints, focus)


def api_view_class(route):
    view_class = getattr(route.callback, "cls", None)
    return view_class if hasattr(view_class, "known_query_parameters") else None


def focus_path(walk, route, name, values):
    """`route` with a hostile value in its path parameter `name`, the others known."""
    language = values.get("language", "en")

    def edge(value):
        return Request(
            "GET", route.url({**values, name: hostile.encode(value)}, language)
        )

    strategy = st.one_of(hostile.hostile_values).map(edge)
    walk.run(f"{route.key} <{name}>", strategy, 0.2, [edge(v) for v in hostile.EDGES])


def test_the_walk_covers_every_public_route(fuzz_site):
    """Every public URL pattern has values, and those values reach it."""
    known = known_path_values(fuzz_site)
    keys = {route.key for route in hostile.public_routes()}
    assert keys - set(known) == set(), "public routes the fuzz walk does not cover"
    assert set(known) - keys == set(), "routes the walk knows that no longer exist"
    for route in hostile.public_routes():
        for values in known[route.key]:
            language = values.get("language", "en")
            url = route.url(values, language)
            with translation.override(language):
                assert resolve(url).view_name == route.key, url


def test_the_walk_reads_every_parameter_the_site_reads():
    """The parameter list comes from the code; it holds at least the known ones."""
    read = hostile.read_parameters()
    expected = {"page", "partner", "topic", "year", "type", "region", "focus", "q"}
    assert expected <= set(read["GET"])


def test_every_page_type_is_in_the_walk_in_every_language(fuzz_site):
    page_types = {model for model in get_page_models() if model.__name__ != "Page"}
    for code in LANGUAGES:
        found = {
            type(page)
            for page in fuzz_site["pages"]
            if page.live and page.locale.language_code == code
        }
        assert page_types <= found, f"page types missing in {code}"


def test_no_public_route_answers_5xx_to_hostile_requests(fuzz_site, walk):
    """Hostile path values, query strings, methods, forms and cookies on every
    route, then each API parameter in turn with a hostile value."""
    read, hints = hostile.read_parameters(), known_parameter_values(fuzz_site)
    known = known_path_values(fuzz_site)
    routes = hostile.public_routes()
    for route in routes:
        view_class = api_view_class(route)
        names = api_parameters(view_class) if view_class else set(read["GET"])
        strategy = requests(
            route.url,
            route.params,
            hostile.query_strings(names, hints),
            form_bodies(read, hints),
            known[route.key],
        )
        explicit = [
            Request("GET", route.url(values, values.get("language", "en")))
            for values in known[route.key][:3]
        ]
        walk.run(route.key, strategy, 1, explicit)
        for name in route.params:
            focus_path(walk, route, name, known[route.key][0])
        focus = sorted(names) if route.key.endswith(":listing") else []
        if route.key.endswith(":find"):
            focus = sorted(view_class.find_query_parameters)
        if route.key == "search_en":
            focus = read["GET"]
        for name in focus:
            base = route.url({}, "en")
            focused = requests(
                lambda filled, language, base=base: base,
                (),
                hostile.query_strings(names, hints, focus=name),
                st.just(""),
                methods=["GET"],
            )
            edges = [
                Request("GET", f"{base}?{name}={hostile.encode(edge)}")
                for edge in hostile.EDGES
            ]
            walk.run(f"{route.key} ?{name}=", focused, 0.2, edges)
    assert not walk.failures, walk.report()
    assert {route.key for route in routes} <= walk.routes, "routes never reached"


def test_no_page_answers_5xx_to_hostile_query_strings(fuzz_site, walk):
    """Every page with hostile query strings and path segments; one English page
    of each type with each parameter the views read in turn."""
    read, hints = hostile.read_parameters(), known_parameter_values(fuzz_site)
    first_of_type = {}
    for page in fuzz_site["pages"]:
        url = page.get_url()
        if url is None:
            continue
        if page.locale.language_code == "en":
            first_of_type.setdefault(type(page), url)
        strategy = requests(
            lambda filled, language, url=url: url,
            (),
            hostile.query_strings(read["GET"], hints),
            form_bodies(read, hints),
        )
        walk.run(f"{type(page).__name__} {url}", strategy, 0.5, [Request("GET", url)])
    for url in first_of_type.values():
        for name in read["GET"]:
            focused = requests(
                lambda filled, language, url=url: url,
                (),
                hostile.query_strings(read["GET"], hints, focus=name),
                st.just(""),
                methods=["GET"],
            )
            walk.run(f"{url} ?{name}=", focused, 0.2)
    assert not walk.failures, walk.report()


def test_no_public_form_answers_5xx_to_hostile_posts(fuzz_site, walk):
    """The review answer, the password forms, login, search and the subscription
    forms, field by field."""
    read, hints = hostile.read_parameters(), known_parameter_values(fuzz_site)
    known = known_path_values(fuzz_site)
    targets = [
        route
        for route in hostile.public_routes()
        if route.key
        in {
            "review_release",
            "wagtailcore_authenticate_with_password",
            "wagtaildocs_authenticate_with_password",
            "wagtailcore_login",
            "search_en",
            "subscriptions_subscribe",
            "subscriptions_preferences",
        }
    ]
    for route in targets:
        for name in FORM_FIELDS:
            strategy = requests(
                route.url,
                route.params,
                st.just(""),
                form_bodies(read, hints, focus=name),
                known[route.key][:1],
                methods=["POST"],
            )
            walk.run(f"POST {route.key} {name}=", strategy, 0.34)
    assert not walk.failures, walk.report()

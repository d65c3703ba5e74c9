"""How the fuzz test sends hostile requests and gathers what answered 5xx.

Each request runs in a savepoint that is always rolled back, so that a failed
query on PostgreSQL cannot spoil the next request and a review answer or a
login attempt leaves nothing behind; and it is a stranger's first request: the
client forgets the cookies of earlier responses.
"""

from dataclasses import dataclass, field
from http.cookies import SimpleCookie

from django.conf import settings
from django.contrib.messages.storage.cookie import CookieStorage
from django.db import transaction
from hypothesis import example, given
from hypothesis import settings as hypothesis_settings
from hypothesis import strategies as st

from tests.cms import hostile
from tests.cms.fuzz_site import LANGUAGES

# Mostly GET; HEAD, POST (forms) and the methods no view accepts now and then.
METHODS = ["GET"] * 12 + ["HEAD", "POST", "POST", "OPTIONS", "PUT", "DELETE", "PATCH"]
ACCEPT_LANGUAGES = ["fr-BE,fr;q=0.9", "*", "", "x" * 300, "nl;q=abc", "\u202een", ";;,"]


@dataclass
class Request:
    method: str
    url: str
    body: str = ""
    headers: dict = field(default_factory=dict)

    def __repr__(self):
        shown = self.url if len(self.url) < 300 else self.url[:300] + "…"
        extra = f" body={self.body[:200]!r}" if self.body else ""
        return f"<{self.method} {shown}{extra} {self.headers or ''}>"


def send(client, request):
    """The response to `request`, inside a savepoint that is always rolled back."""
    client.cookies = SimpleCookie()
    savepoint = transaction.savepoint()
    try:
        return client.generic(
            request.method,
            request.url,
            data=request.body.encode("utf-8", "surrogatepass"),
            content_type="application/x-www-form-urlencoded",
            headers=request.headers,
        )
    finally:
        transaction.savepoint_rollback(savepoint)


def route_key(response):
    """The route that answered, as the handler resolved it."""
    match = getattr(response.wsgi_request, "resolver_match", None)
    return match.view_name if match else None


def cookie_names():
    """The cookies the site reads: session, CSRF, language and messages."""
    return [
        settings.SESSION_COOKIE_NAME,
        settings.CSRF_COOKIE_NAME,
        settings.LANGUAGE_COOKIE_NAME,
        CookieStorage.cookie_name,
    ]


def path_value(known):
    """A value for one path parameter: a known one, or a hostile one."""
    hostile_value = st.one_of(
        hostile.hostile_values,
        hostile.texts.map(lambda text: hostile.Raw(hostile.encode(text) + "/")),
    )
    if not known:
        return hostile_value
    return st.one_of(st.sampled_from(known), st.sampled_from(known), hostile_value)


@st.composite
def requests(draw, url, params, query, forms, known=(), methods=METHODS):
    """One hostile request to `url(values, language)`, a route or a page.

    `known` lists path values that reach the route; `query` and `forms` are
    strategies of query strings and form bodies.
    """
    values = draw(st.sampled_from(known)) if known else {}
    language = values.get("language") or draw(st.sampled_from(LANGUAGES))
    filled = {}
    for name in params:
        value = draw(path_value([values[name]] if name in values else []))
        filled[name] = (
            value if isinstance(value, hostile.Raw) else hostile.encode(value)
        )
    path = url(filled, language)
    if draw(st.integers(0, 5)) == 0:
        path += hostile.encode(draw(hostile.hostile_values))
    query_string = draw(query)
    method = draw(st.sampled_from(methods))
    headers = {}
    if draw(st.integers(0, 7)) == 0:
        headers["accept-language"] = draw(st.sampled_from(ACCEPT_LANGUAGES))
    if draw(st.integers(0, 5)) == 0:
        names = draw(st.lists(st.sampled_from(cookie_names()), min_size=1, max_size=3))
        headers["cookie"] = "; ".join(
            f"{name}={draw(hostile.cookie_values)}" for name in names
        )
    return Request(
        method,
        f"{path}?{query_string}" if query_string else path,
        draw(forms) if method not in ("GET", "HEAD") else "",
        headers,
    )


class Walk:
    """Runs property checks over many targets; keeps every target's failure."""

    def __init__(self, client):
        self.client = client
        self.requests = 0
        self.routes = set()
        self.failures = []

    def examples(self, share):
        """`share` of the profile's max_examples (6 in CI), at least one."""
        return max(1, round(hypothesis_settings.default.max_examples * share))

    def run(self, label, strategy, share, explicit=()):
        """The `explicit` requests, then examples drawn from `strategy`; any 5xx,
        or an exception a view let through, is a failure of `label`."""

        def check(request):
            response = send(self.client, request)
            self.requests += 1
            self.routes.add(route_key(response))
            assert response.status_code < 500, (
                f"{request!r} answered {response.status_code}"
            )

        test = given(strategy)(check)
        for request in explicit:
            test = example(request)(test)
        try:
            hypothesis_settings(max_examples=self.examples(share))(test)()
        except Exception as error:  # noqa: BLE001 - gather every target's failure
            self.failures.append(describe(label, error))

    def report(self):
        return "\n\n".join(self.failures)


def describe(label, error):
    causes = getattr(error, "exceptions", None)
    if causes:
        return "\n".join(describe(label, cause) for cause in causes)
    notes = "\n".join(getattr(error, "__notes__", []))
    return f"{label}: {type(error).__name__}: {str(error)[:400]}\n{notes}"

"""The review page's answer form: no Django CSRF page for `Origin: null`, and its
own token, bound to the link, signed and short-lived, instead.

The client enforces CSRF checks, as a browser meets them.
"""

import re
import time

import pytest
from django.core import signing
from django.test import Client
from wagtail.models import PageLogEntry

from news.models import PressReleasePage, ReviewEvent, ReviewLink
from news.models.review import REVIEW_ANSWER_MAX_AGE, REVIEW_ANSWER_SALT
from tests.home.factories import build_sections
from tests.news.factories import PressReleasePageFactory

pytestmark = pytest.mark.django_db

ANSWER = {"decision": "approve", "name": "Marie Dubois, CESPE", "comment": "OK."}
# What Chromium sends for a form on a page with `Referrer-Policy: no-referrer`.
CHROMIUM = {"Origin": "null", "Sec-Fetch-Site": "same-origin"}


@pytest.fixture
def browser():
    return Client(enforce_csrf_checks=True)


def release(site_tree, language, title):
    sections = build_sections(site_tree["homes"][language])
    page = PressReleasePageFactory(parent=sections["news"], title=title, publish=False)
    return PressReleasePage.objects.get(pk=page.pk)


@pytest.fixture
def link(site_tree):
    page = release(site_tree, "fr", "Partenariat confidentiel")
    return ReviewLink.objects.create(page=page, recipient="CESPE")


def url(link):
    return f"/review/{link.token}/"


def send(client, link, token, headers):
    return client.post(url(link), {**ANSWER, "answer_token": token}, headers=headers)


def rendered_token(client, link):
    html = client.get(url(link)).content.decode()
    return re.search(r'name="answer_token" value="([^"]+)"', html).group(1)


def answers(link):
    return ReviewEvent.objects.filter(link=link).exclude(kind=ReviewEvent.Kind.VIEW)


def assert_refused(response, link):
    assert response.status_code == 403
    html = response.content.decode()
    assert "Votre réponse n'a pas été envoyée" in html  # the release is French
    assert f'<a href="{url(link)}">Recharger la page</a>' in html
    assert "CSRF" not in html
    # The answer is kept for sending again, with a fresh token.
    assert 'value="Marie Dubois, CESPE"' in html
    assert link.accepts_answer_token(
        re.search(r'name="answer_token" value="([^"]+)"', html).group(1)
    )
    assert response["Referrer-Policy"] == "no-referrer"
    assert not answers(link).exists()
    assert not PageLogEntry.objects.filter(action="newsroom.review_answer").exists()


def test_an_answer_with_origin_null_is_recorded(browser, link):
    token = rendered_token(browser, link)
    response = send(browser, link, token, CHROMIUM)
    assert response.status_code == 302
    assert response["Location"] == f"{url(link)}?answered=1"
    event = answers(link).get()
    assert (event.kind, event.name) == ("approve", "Marie Dubois, CESPE")


def test_the_page_sets_no_csrf_cookie(browser, link):
    response = browser.get(url(link))
    assert response.status_code == 200
    assert "csrftoken" not in response.cookies
    assert "csrfmiddlewaretoken" not in response.content.decode()


def test_a_missing_token_is_refused(browser, link):
    views = ReviewEvent.objects.filter(link=link).count()
    assert_refused(browser.post(url(link), ANSWER, headers=CHROMIUM), link)
    # The refusal is not a view of the page either.
    assert ReviewEvent.objects.filter(link=link).count() == views


@pytest.mark.parametrize(
    "forge",
    [
        lambda token: token[:-3] + "abc",
        lambda token: "answer:" + token.split(":", 1)[1][::-1],
        lambda token: "garbage",
        lambda token: "",
        lambda token: token + ":" + token,
    ],
)
def test_a_forged_token_is_refused(browser, link, forge):
    token = forge(rendered_token(browser, link))
    response = send(browser, link, token, CHROMIUM)
    assert_refused(response, link)


def test_an_expired_token_is_refused(browser, link):
    class LongAgo(signing.TimestampSigner):
        def timestamp(self):
            age = REVIEW_ANSWER_MAX_AGE.total_seconds() + 60
            return signing.b62_encode(int(time.time() - age))

    old = LongAgo(salt=f"{REVIEW_ANSWER_SALT}:{link.key}").sign("answer")
    assert link.accepts_answer_token(
        signing.TimestampSigner(salt=f"{REVIEW_ANSWER_SALT}:{link.key}").sign("answer")
    )
    response = send(browser, link, old, CHROMIUM)
    assert_refused(response, link)


def test_another_links_token_is_refused(browser, link, site_tree):
    other = ReviewLink.objects.create(page=link.page, recipient="Le Soir")
    token = rendered_token(browser, other)
    response = send(browser, link, token, CHROMIUM)
    assert_refused(response, link)
    assert not answers(other).exists()


@pytest.mark.parametrize(
    "headers",
    [
        {"Origin": "null", "Sec-Fetch-Site": "cross-site"},
        {"Origin": "https://evil.example", "Sec-Fetch-Site": "cross-site"},
        {"Origin": "https://evil.example"},
        {"Sec-Fetch-Site": "same-site"},
    ],
)
def test_a_post_from_another_site_is_refused(browser, link, headers):
    token = rendered_token(browser, link)
    response = send(browser, link, token, headers)
    assert_refused(response, link)


def test_the_refusal_speaks_the_readers_language(browser, site_tree):
    link = ReviewLink.objects.create(page=release(site_tree, "nl", "Vertrouwelijk"))
    response = browser.post(url(link), ANSWER, headers=CHROMIUM)
    assert response.status_code == 403
    html = response.content.decode()
    assert "Uw antwoord is niet verstuurd" in html
    assert "Pagina opnieuw laden" in html

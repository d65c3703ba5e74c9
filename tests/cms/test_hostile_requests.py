"""The anonymous requests that answered 500, each with its precise answer now.

The property-based walk (test_fuzz_requests.py) looks for more; these are the
causes found by hand, kept as plain examples so that a regression names its
cause. Each test sends all its values against one small newsroom.
"""

import pytest

from tests.syndication import build_newsroom

HUGE = "99999999999999999999"
BIGINT_PLUS_ONE = str(2**63)


@pytest.fixture
def newsroom(site_tree):
    return build_newsroom(site_tree)


def api_message(client, url, status):
    response = client.get(url)
    assert response.status_code == status, (url, response.content)
    assert response["Content-Type"] == "application/json", url
    return response.json()["message"]


def api_items(client, url):
    response = client.get(url)
    assert response.status_code == 200, (url, response.content)
    return response.json()["items"]


def test_api_offset_beyond_the_limit_is_a_400(client, newsroom):
    for offset in (HUGE, BIGINT_PLUS_ONE, "1000001"):
        message = api_message(client, f"/api/v2/pages/?offset={offset}", 400)
        assert message == "offset must be at most 1000000"
    assert api_items(client, "/api/v2/pages/?offset=1000000") == []


def test_api_partner_or_topic_that_is_no_slug_or_id_is_a_400(client, newsroom):
    for param in ("partner", "topic"):
        for value in (HUGE, BIGINT_PLUS_ONE, "0", "", "a%20b", "%22", "%20"):
            message = api_message(client, f"/api/v2/pages/?{param}={value}", 400)
            assert message == f"{param} must be a slug or an id", value


def test_api_partner_or_topic_filters_still_work(client, newsroom):
    hub = "Alpha opens a cell therapy hub"
    partner, topic = newsroom["partner"], newsroom["topic"]
    for query in (f"partner={partner.pk}", "partner=alpha", f"topic={topic.pk}"):
        titles = {
            item["title"] for item in api_items(client, f"/api/v2/pages/?{query}")
        }
        assert hub in titles, query
    # Word characters that are no ASCII digits are a slug shape: no match.
    for value in ("%C2%B2", "%D9%A1%D9%A2", "quiet", "-1"):
        assert api_items(client, f"/api/v2/pages/?partner={value}") == [], value


def test_listing_pages_ignore_huge_filter_values(client, newsroom):
    """Index pages ignore values they do not offer (cms/filters.py), huge or not."""
    for section in ("news", "events", "partners"):
        url = newsroom["sections"][section].url
        for param in ("partner", "topic", "focus", "year", "type", "region"):
            response = client.get(f"{url}?{param}={HUGE}")
            assert response.status_code == 200, (url, param)
            assert not response.context.get("active_filters"), (url, param)
        assert client.get(f"{url}?page={HUGE}").status_code in (200, 404)


def test_api_search_without_a_word_is_a_400(client, newsroom):
    for query in ("%20", "", "%22%28%29", "%E2%80%AE", "-"):
        message = api_message(client, f"/api/v2/pages/?search={query}", 400)
        assert message == "search must contain at least one word", query


def test_api_search_with_punctuation_keeps_its_words(client, newsroom):
    hub = "Alpha opens a cell therapy hub"
    for query in (
        "%22cell%09therapy%22%20(hub",
        "hub*",
        "(hub)",
        "hub%20-cell",
        "hub:^",
    ):
        titles = [
            item["title"]
            for item in api_items(client, f"/api/v2/pages/?search={query}")
        ]
        assert titles == [hub], query
    # FTS5's operators are words like any other.
    url = "/api/v2/pages/?search=AND%20hub%20OR&search_operator=or"
    assert hub in [item["title"] for item in api_items(client, url)]


def test_api_unknown_search_operator_is_a_400(client, newsroom):
    for operator in ("xor", "", "AND", "%E2%80%AE"):
        url = f"/api/v2/pages/?search=hub&search_operator={operator}"
        assert api_message(client, url, 400) == "search_operator must be 'and' or 'or'"
    for operator in ("and", "or"):
        url = f"/api/v2/pages/?search=hub&search_operator={operator}"
        assert len(api_items(client, url)) == 1


def test_api_find_with_an_id_that_is_no_number_is_a_400(client, newsroom):
    for endpoint in ("pages", "images", "documents"):
        for value in ("abc", "", "-1", "1.5", "%C2%B2"):
            url = f"/api/v2/{endpoint}/find/?id={value}"
            assert api_message(client, url, 400) == "id must be a positive integer"
        url = f"/api/v2/{endpoint}/find/?id={HUGE}"
        assert api_message(client, url, 404) == "not found"


def test_api_find_by_a_path_no_page_can_have_is_a_404(client, newsroom):
    for path in ("/news/%2500/", "/a%20b/", "/%ED%A0%80/", "/" + "a" * 3000 + "/"):
        url = f"/api/v2/pages/find/?html_path={path}"
        assert api_message(client, url, 404) == "not found", path


def test_api_find_still_finds_a_page(client, newsroom):
    release = newsroom["release"]
    for query in (f"id={release.pk}", f"html_path={release.url.removeprefix('/en')}"):
        response = client.get(f"/api/v2/pages/find/?{query}")
        assert response.status_code == 302, query
        assert response["Location"].endswith(f"/api/v2/pages/{release.pk}/?")


def test_api_null_characters_are_a_400_naming_the_parameter(client, newsroom):
    """PostgreSQL refuses NUL in a query; ?locale= and ?site= reached it."""
    for endpoint in ("pages", "images", "documents", "pages/find"):
        for name in ("search", "locale", "site", "id", "title", "html_path"):
            url = f"/api/v2/{endpoint}/?{name}=a%00b"
            message = api_message(client, url, 400)
            assert message == f"{name} must not contain null characters", url
    message = api_message(client, "/api/v2/pages/?x%00=1", 400)
    assert message == "x\\0 must not contain null characters"


def test_api_site_that_names_no_site_is_a_400(client, newsroom):
    """Found by the fuzz test: Wagtail let the Site lookup raise (500)."""
    for endpoint in ("", "find/?id=1&", f"{newsroom['release'].pk}/?"):
        for value, message in (
            ("0", "site doesn't exist"),
            ("localhost:81", "site doesn't exist"),
            ("localhost:b", "site port must be a number"),
            ("localhost:", "site port must be a number"),
            (f"localhost:{HUGE}", "site port must be a number"),
        ):
            separator = "" if endpoint.endswith(("&", "?")) else "?"
            url = f"/api/v2/pages/{endpoint}{separator}site={value}"
            assert api_message(client, url, 400) == message, url
    assert api_items(client, "/api/v2/pages/?site=testserver:80")


def test_api_field_filter_with_a_value_of_the_wrong_type_is_a_400(client, newsroom):
    for query in (
        "type=news.PressReleasePage&release_date=abc",
        "type=news.PressReleasePage&release_date=2025-13-45",
        "type=news.EventPage&start=tomorrow",
        f"type=news.PressReleasePage&hero_image={HUGE}",
        "type=news.PressReleasePage&hero_image=abc",
        f"id={HUGE}",
    ):
        name = query.rsplit("&", 1)[-1].split("=")[0]
        message = api_message(client, f"/api/v2/pages/?{query}", 400)
        assert message.startswith("field filter error. "), query
        assert f"is not a valid value for {name}" in message, query


def test_api_field_filter_with_a_valid_value_still_filters(client, newsroom):
    release = newsroom["release"]
    day = release.release_date.isoformat()
    url = f"/api/v2/pages/?type=news.PressReleasePage&release_date={day}"
    assert [item["id"] for item in api_items(client, url)] == [release.pk]


def test_huge_ids_in_paths_are_a_404(client, newsroom):
    for template in (
        "/en/widget/partner/{}/",
        "/en/calendar/events/{}.ics",
        "/fr/calendar/events/{}.ics",
    ):
        for pk in (HUGE, BIGINT_PLUS_ONE, "9" * 5000):
            response = client.get(template.format(pk))
            assert response.status_code == 404, template
            assert response["Content-Type"].startswith("text/html")
    partner, event = newsroom["partner"], newsroom["event"]
    assert client.get(f"/en/widget/partner/{partner.pk}/").status_code == 200
    assert client.get(f"/en/calendar/events/{event.pk}.ics").status_code == 200


def test_document_id_too_long_for_a_number_is_a_404(client, site_tree):
    """Found by the fuzz test's long profile: int() refuses over 4300 digits."""
    for pk in ("9" * 20, "9" * 5000):
        response = client.get(f"/documents/{pk}/report.pdf")
        assert response.status_code == 404, len(pk)


def test_media_path_the_file_system_refuses_is_a_404(client, newsroom):
    for path in ("a" * 300, "a/" * 3000, "x%00.png", "%ED%A0%80"):
        assert client.get(f"/media/{path}").status_code == 404, path[:20]


@pytest.mark.parametrize("engine", ["cms.sessions.db", "cms.sessions.cached_db"])
def test_session_cookie_no_key_can_be_is_no_session(
    client, site_tree, django_user_model, settings, engine
):
    """A quoted cookie unquotes "\\000" to NUL, which PostgreSQL refuses in a query.

    Found while building the fuzz test, on PostgreSQL: a 500 on every page.
    """
    settings.SESSION_ENGINE = engine
    for value in (
        '"\\000\\000\\000\\000\\000\\000\\000\\000"',
        "x" * 5000,
        "a.b-c_d!e",
    ):
        response = client.get("/en/", headers={"cookie": f"sessionid={value}"})
        assert response.status_code == 200, value
        assert not response.wsgi_request.user.is_authenticated
    # A session Django made still signs its reader in.
    user = django_user_model.objects.create_user("reader", password="pw-reader-123")
    client.force_login(user)
    assert client.get("/en/").wsgi_request.user == user

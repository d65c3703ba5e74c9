"""The read-only API v2: what partners' sites syndicate, and nothing more."""

import pytest

from tests.syndication import SECRET, build_newsroom


@pytest.fixture
def newsroom(site_tree):
    return build_newsroom(site_tree)


def items(client, **params):
    response = client.get("/api/v2/pages/", params)
    assert response.status_code == 200, response.content
    return response.json()["items"]


def test_pages_endpoint_shows_only_live_public_pages(client, newsroom):
    titles = [item["title"] for item in items(client, limit=50)]
    assert "Alpha opens a cell therapy hub" in titles
    assert not any(SECRET in title for title in titles)
    for page in newsroom["hidden"]:
        assert client.get(f"/api/v2/pages/{page.pk}/").status_code == 404


def test_release_fields_for_syndication(client, newsroom):
    release = newsroom["release"]
    data = client.get(f"/api/v2/pages/{release.pk}/").json()
    assert data["title"] == release.title
    assert data["release_date"] == release.release_date.isoformat()
    assert data["lead"] == release.lead
    assert "strategic dialogue" in data["body_html"]
    assert data["partners"][0]["title"] == "Alpha University"
    assert data["topics"] == [{"slug": "cell-therapy", "name": "Cell therapy"}]
    assert data["meta"]["locale"] == "en"
    assert data["translations"] == []
    assert data["hero_image"]["url"].startswith("http://testserver/")
    assert data["hero_image"]["width"] == 1200 or data["hero_image"]["width"] > 0


def test_filters_by_type_locale_partner_and_topic(client, newsroom):
    release_type = "news.PressReleasePage"
    found = items(client, type=release_type, locale="en", fields="lead")
    assert [item["title"] for item in found] == ["Alpha opens a cell therapy hub"]
    for params in ({"partner": "alpha"}, {"topic": "cell-therapy"}):
        titles = {item["title"] for item in items(client, **params)}
        assert "Alpha opens a cell therapy hub" in titles
        assert not any(SECRET in title for title in titles)
    assert items(client, partner="quiet") == []
    assert items(client, type=release_type, locale="fr") == []


def test_unknown_filter_is_a_400_with_a_message(client, newsroom):
    response = client.get("/api/v2/pages/", {"colour": "blue"})
    assert response.status_code == 400
    assert "colour" in response.json()["message"]
    response = client.get("/api/v2/pages/", {"type": "no.SuchPage"})
    assert response.status_code == 400


def test_page_size_is_limited(client, newsroom):
    response = client.get("/api/v2/pages/", {"limit": 1000})
    assert response.status_code == 400
    assert "limit" in response.json()["message"]


def test_images_and_documents_endpoints_answer(client, newsroom):
    assert client.get("/api/v2/images/").status_code == 200
    assert client.get("/api/v2/documents/").status_code == 200


def test_api_root_lists_its_endpoints(client, newsroom):
    response = client.get("/api/v2/")
    assert response.status_code == 200
    data = response.json()
    assert data["endpoints"] == {
        "pages": "http://testserver/api/v2/pages/",
        "images": "http://testserver/api/v2/images/",
        "documents": "http://testserver/api/v2/documents/",
    }
    for url in data["endpoints"].values():
        assert client.get(url.removeprefix("http://testserver")).status_code == 200


@pytest.mark.parametrize("code", ["en", "fr", "nl"])
def test_find_takes_the_address_readers_see_in_each_language(client, site_tree, code):
    newsroom = build_newsroom(site_tree, code)
    for page in (newsroom["sections"]["news"], newsroom["release"]):
        response = client.get("/api/v2/pages/find/", {"html_path": page.url})
        assert response.status_code == 302, page.url
        detail = client.get(response["Location"])
        assert detail.json()["id"] == page.pk
        assert detail.json()["meta"]["locale"] == code


@pytest.mark.parametrize(
    "path", ["/fr/nothing-here/", "/de/news/", "/en/news/secret-draft/"]
)
def test_find_answers_404_for_an_address_with_no_live_page(client, newsroom, path):
    response = client.get("/api/v2/pages/find/", {"html_path": path})
    assert response.status_code == 404


def test_find_does_not_reveal_a_draft(client, newsroom):
    draft = newsroom["hidden"][0]
    response = client.get("/api/v2/pages/find/", {"html_path": draft.url or ""})
    assert response.status_code == 404

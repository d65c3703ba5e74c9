import pytest


@pytest.mark.parametrize(
    ("header", "expected"),
    [
        ("fr-BE,fr;q=0.9,en;q=0.8", "/fr/"),
        ("nl-BE,nl;q=0.9", "/nl/"),
        ("en-GB,en;q=0.9", "/en/"),
        ("de-DE,de;q=0.9,nl;q=0.5", "/nl/"),
        ("de-DE,es;q=0.9", "/en/"),
        ("", "/en/"),
        (";;;q=abc,,==", "/en/"),
        ("fr;q=nonsense", "/en/"),
        ("x" * 600, "/en/"),
    ],
)
def test_root_redirects_to_the_best_language(client, site_tree, header, expected):
    response = client.get("/", HTTP_ACCEPT_LANGUAGE=header)
    assert response.status_code == 302
    assert response["Location"] == expected
    assert "Accept-Language" in response["Vary"]


def test_root_without_accept_language_goes_to_english(client, site_tree):
    response = client.get("/")
    assert response.status_code == 302
    assert response["Location"] == "/en/"


@pytest.mark.parametrize("url", ["/de/", "/xx/", "/xx/some/page/", "/pt-br/"])
def test_unknown_language_prefix_is_a_404_in_the_site_design(client, site_tree, url):
    response = client.get(url, HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404
    html = response.content.decode()
    assert 'class="site-header"' in html
    assert "Page not found" in html


@pytest.mark.parametrize(
    ("url", "lang", "heading"),
    [
        ("/en/no-such-release/", "en", "Page not found"),
        ("/fr/communique-inexistant/", "fr", "Page introuvable"),
        ("/nl/bestaat-niet/", "nl", "Pagina niet gevonden"),
    ],
)
def test_unknown_path_is_a_404_in_the_right_language(
    client, site_tree, url, lang, heading
):
    response = client.get(url)
    assert response.status_code == 404
    html = response.content.decode()
    assert f'<html lang="{lang}">' in html
    assert heading in html


def test_unknown_prefix_404_follows_accept_language(client, site_tree):
    response = client.get("/de/", HTTP_ACCEPT_LANGUAGE="nl-BE")
    assert response.status_code == 404
    assert "Pagina niet gevonden" in response.content.decode()


def test_regional_variant_prefix_is_a_404_in_its_base_language(client, site_tree):
    response = client.get("/fr-ca/", HTTP_ACCEPT_LANGUAGE="en")
    assert response.status_code == 404
    assert "Page introuvable" in response.content.decode()

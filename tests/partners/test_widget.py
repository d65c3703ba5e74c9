"""The partner news widget: framed by other sites, latest live releases only."""

from django.test import override_settings

from tests.syndication import SECRET, build_newsroom, parse_head


def test_widget_lists_live_releases_and_may_be_framed(client, site_tree):
    newsroom = build_newsroom(site_tree)
    partner = newsroom["partner"]
    response = client.get(f"/en/widget/partner/{partner.pk}/")
    assert response.status_code == 200
    assert "X-Frame-Options" not in response
    assert "frame-ancestors *" in response["Content-Security-Policy"]
    html = response.content.decode()
    assert "Alpha opens a cell therapy hub" in html
    assert SECRET not in html
    assert not parse_head(html).scripts
    assert "<script" not in html


def test_other_pages_still_refuse_framing(client, site_tree):
    newsroom = build_newsroom(site_tree)
    response = client.get(newsroom["partner"].url)
    assert response["X-Frame-Options"] == "DENY"


def test_widget_in_a_language_without_the_partner_is_404(client, site_tree):
    newsroom = build_newsroom(site_tree)
    response = client.get(f"/fr/widget/partner/{newsroom['partner'].pk}/")
    assert response.status_code == 404


def test_empty_widget_is_valid(client, site_tree):
    newsroom = build_newsroom(site_tree)
    response = client.get(f"/en/widget/partner/{newsroom['lonely'].pk}/")
    assert response.status_code == 200
    assert "Quiet Institute" in response.content.decode()


@override_settings(NEWSROOM_BASE_URL="https://news.example.be")
def test_admin_partner_page_shows_the_embed_snippet(admin_client, site_tree):
    newsroom = build_newsroom(site_tree)
    partner = newsroom["partner"]
    response = admin_client.get(f"/admin/pages/{partner.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    for code in ("en", "fr", "nl"):
        assert (
            f"&lt;iframe src=&quot;https://news.example.be/{code}/widget/partner/"
            f"{partner.pk}/&quot;" in html
        )

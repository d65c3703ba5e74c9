"""The partner directory as readers use it: languages, filters, order, pages."""

import pytest
from django.utils.html import escape

from tests.cms.factories import TopicFactory
from tests.home.factories import build_sections
from tests.news.factories import PressReleasePageFactory
from tests.partners.factories import PartnerPageFactory


def titles(response):
    return [partner.title for partner in response.context["listing"].object_list]


@pytest.mark.parametrize("code", ["en", "fr", "nl"])
def test_directory_and_profile_render_in_their_language(client, site_tree, code):
    sections = build_sections(site_tree["homes"][code])
    topic = TopicFactory(locale=site_tree["locales"][code])
    partner = PartnerPageFactory(parent=sections["partners"], focus=[topic])
    PressReleasePageFactory(parent=sections["news"], partners=[partner])
    for page in (sections["partners"], partner):
        assert page.url.startswith(f"/{code}/")
        response = client.get(page.url)
        assert response.status_code == 200, page.url
        html = response.content.decode()
        assert f'<html lang="{code}">' in html
        assert escape(partner.title) in html


@pytest.fixture
def directory(site_tree):
    """Five partners, created out of alphabetical order."""
    index = build_sections(site_tree["homes"]["en"])["partners"]
    cells = TopicFactory(name="Cell therapy", slug="cell-therapy")
    talent = TopicFactory(name="Talent", slug="talent")

    def partner(title, kind, region, focus):
        return PartnerPageFactory(
            parent=index,
            title=title,
            organisation_type=kind,
            region=region,
            focus=focus,
        )

    partner("Zeta Hospital", "university_hospital", "brussels", [cells])
    partner("Alpha University", "university", "flanders", [cells, talent])
    partner("Mu Biotech", "company", "wallonia", [cells])
    partner("Beta University", "university", "wallonia", [talent])
    partner("Kappa Campus", "training_centre", "wallonia", [talent])
    french = build_sections(site_tree["homes"]["fr"])["partners"]
    PartnerPageFactory(parent=french, title="Aaa Université")
    return index


ALPHABETICAL = [
    "Alpha University",
    "Beta University",
    "Kappa Campus",
    "Mu Biotech",
    "Zeta Hospital",
]


def test_directory_is_alphabetical_and_one_language(client, directory):
    response = client.get(directory.url)
    assert response.status_code == 200
    assert titles(response) == ALPHABETICAL
    html = response.content.decode()
    positions = [html.index(title) for title in ALPHABETICAL]
    assert positions == sorted(positions)


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ({"type": "university"}, ["Alpha University", "Beta University"]),
        ({"region": "wallonia"}, ["Beta University", "Kappa Campus", "Mu Biotech"]),
        (
            {"focus": "cell-therapy"},
            ["Alpha University", "Mu Biotech", "Zeta Hospital"],
        ),
        ({"type": "university", "region": "wallonia"}, ["Beta University"]),
        (
            {"region": "wallonia", "focus": "talent"},
            ["Beta University", "Kappa Campus"],
        ),
        ({"type": "public_body"}, []),
    ],
)
def test_filters_narrow_the_directory_alphabetically(
    client, directory, query, expected
):
    response = client.get(directory.url, query)
    assert response.status_code == 200
    assert titles(response) == expected
    assert {f.param: f.value for f in response.context["active_filters"]} == query


def test_a_partner_with_two_matching_focus_areas_is_listed_once(client, directory):
    response = client.get(directory.url, {"focus": "talent"})
    assert titles(response) == ["Alpha University", "Beta University", "Kappa Campus"]


def test_active_filters_can_be_removed_one_by_one(client, directory):
    response = client.get(directory.url, {"type": "university", "region": "wallonia"})
    html = response.content.decode()
    active = {f.param: f for f in response.context["active_filters"]}
    assert active["type"].remove_url == "?region=wallonia"
    assert active["region"].remove_url == "?type=university"
    assert 'href="?region=wallonia"' in html
    assert 'href="?type=university"' in html
    assert "Wallonia" in html


@pytest.mark.parametrize(
    "query",
    [
        "type=castle",
        "region=mars",
        "focus=no-such-topic",
        "type=",
        "page=0",
        "page=abc",
        "page=-1",
        "region=%00",
        "focus=%F0%9F%92%A5",
    ],
)
def test_bad_values_give_the_unfiltered_first_page(client, directory, query):
    response = client.get(f"{directory.url}?{query}")
    assert response.status_code == 200
    assert titles(response) == ALPHABETICAL
    assert response.context["active_filters"] == []


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("type=university&type=company", ["Mu Biotech"]),
        (
            "region=wallonia&region=nowhere",
            ["Beta University", "Kappa Campus", "Mu Biotech"],
        ),
        (
            "focus=talent&focus=talent",
            ["Alpha University", "Beta University", "Kappa Campus"],
        ),
    ],
)
def test_repeated_parameters_never_fail(client, directory, query, expected):
    response = client.get(f"{directory.url}?{query}")
    assert response.status_code == 200
    assert titles(response) == expected


@pytest.mark.parametrize("query", ["page=9999", "page=2", "type=company&page=2"])
def test_a_page_past_the_end_is_not_found(client, directory, query):
    assert client.get(f"{directory.url}?{query}").status_code == 404


def test_twenty_four_partners_per_page(client, site_tree):
    index = build_sections(site_tree["homes"]["en"])["partners"]
    for number in range(30, 0, -1):
        PartnerPageFactory(parent=index, title=f"Partner {number:02d}", logo=None)
    first = client.get(index.url)
    assert titles(first) == [f"Partner {n:02d}" for n in range(1, 25)]
    second = client.get(index.url, {"page": "2"})
    assert titles(second) == [f"Partner {n:02d}" for n in range(25, 31)]
    assert 'href="?page=2"' in first.content.decode()
    assert client.get(index.url, {"page": "3"}).status_code == 404

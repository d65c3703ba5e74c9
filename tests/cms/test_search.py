"""Site search: per language, filterable, escaped, robust to any query."""

from io import StringIO

import pytest
from django.core.management import call_command
from django.db import connection
from django.utils.html import escape

from tests.cms.factories import StandardPageFactory, render_query_count
from tests.home.factories import build_sections
from tests.news.factories import EventPageFactory, PressReleasePageFactory
from tests.partners.factories import PartnerPageFactory
from tests.syndication import SECRET, build_newsroom


@pytest.fixture
def newsroom(site_tree):
    return build_newsroom(site_tree)


def generate_content(releases, partners, events, seed):
    call_command(
        "generate_content",
        *("--releases", str(releases), "--partners", str(partners)),
        *("--events", str(events), "--seed", str(seed), "--locales", "en"),
        stdout=StringIO(),
    )


def results(response):
    """The results the list of `response` was rendered from (a fresh render)."""
    return response.context["results"] if response.context["listing"] else []


def result_titles(response):
    return [item["page"].title for item in results(response)]


def test_search_urls_per_language_are_linked_from_every_page(client, newsroom):
    html = client.get(newsroom["release"].url).content.decode()
    assert 'action="/en/search/"' in html
    for url in ("/en/search/", "/fr/recherche/", "/nl/zoeken/"):
        assert client.get(url).status_code == 200, url
    assert client.get("/fr/search/").status_code == 404


def test_search_finds_live_public_pages_of_the_language_only(client, newsroom):
    response = client.get("/en/search/", {"q": "cell therapy"})
    found = result_titles(response)
    assert "Alpha opens a cell therapy hub" in found
    assert "Cell therapy day" in found
    assert not any(SECRET in title for title in found)
    assert SECRET not in response.content.decode()
    item = next(
        i
        for i in results(response)
        if i["page"].title == "Alpha opens a cell therapy hub"
    )
    assert item["excerpt"] == (
        "A new hub for <mark>cell</mark> <mark>therapy</mark> opens in Ghent."
    )
    assert str(item["type"]) == "Press release"
    assert item["date"] == newsroom["release"].release_date
    assert result_titles(client.get("/fr/recherche/", {"q": "cell therapy"})) == []


def test_search_filters_by_type(client, newsroom):
    response = client.get("/en/search/", {"q": "cell therapy", "type": "event"})
    assert "Cell therapy day" in result_titles(response)
    assert {str(i["type"]) for i in results(response)} == {"Event"}
    response = client.get("/en/search/", {"q": "cell therapy", "type": "bogus"})
    assert len(result_titles(response)) >= 2


BAD_QUERIES = [
    "",
    "x" * 1000,
    "!!! ??? ... ---",
    "'; DROP TABLE wagtailcore_page; --",
    "(a|b)*[^c]{2,}\\d+$",
    '<script>alert("x")</script>',
    "cell & | ! : * ( ) therapy",
    # FTS5 and tsquery syntax: each is text to look for, never an operator.
    '"',
    '"cell',
    "cell*",
    "NEAR(cell therapy)",
    "cell NEAR therapy",
    "-therapy",
    "title:cell",
    "{title body}: cell",
    "^cell",
    "cell AND OR NOT therapy",
    "cell\x00therapy",
    "_ __ cell_therapy",
    "x" * 2000,
    "therapy " * 500,
]


@pytest.mark.parametrize("query", BAD_QUERIES)
def test_bad_queries_return_200_with_escaped_output(client, newsroom, query):
    response = client.get("/en/search/", {"q": query, "page": "abc"})
    assert response.status_code == 200
    html = response.content.decode()
    assert "<script>alert" not in html
    if query.strip():
        assert escape(query[:200].strip()) in html


@pytest.mark.parametrize(
    ("page", "status"),
    [("99999999999999999999", 404), ("2", 404), ("-3", 200), ("\x00", 200)],
)
def test_out_of_range_pages_are_not_found(client, newsroom, page, status):
    response = client.get("/en/search/", {"q": "cell therapy", "page": page})
    assert response.status_code == status


@pytest.mark.skipif(
    connection.vendor != "postgresql",
    reason="Stemming per language needs PostgreSQL text search (the PostgreSQL leg)",
)
def test_inflected_french_and_dutch_forms_match_on_postgresql(client, site_tree):
    StandardPageFactory(
        parent=site_tree["homes"]["fr"],
        title="Un partenariat stratégique",
        introduction="Le réseau signe un partenariat.",
    )
    StandardPageFactory(
        parent=site_tree["homes"]["nl"],
        title="Een strategische samenwerking",
        introduction="Het netwerk start een samenwerking.",
    )
    fr = result_titles(client.get("/fr/recherche/", {"q": "partenariats"}))
    assert fr == ["Un partenariat stratégique"]
    nl = result_titles(client.get("/nl/zoeken/", {"q": "samenwerkingen"}))
    assert nl == ["Een strategische samenwerking"]
    folded = result_titles(client.get("/fr/recherche/", {"q": "strategique"}))
    assert folded == ["Un partenariat stratégique"]


# Ranking, dates and highlighting (issue 13) -----------------------------------


def test_at_equal_relevance_releases_and_events_come_before_partners(client, site_tree):
    sections = build_sections(site_tree["homes"]["en"])
    # Created first, so the backend alone would list the partner first.
    release = PressReleasePageFactory(parent=sections["news"], title="Zebrafish")
    event = EventPageFactory(parent=sections["events"], title="Zebrafish")
    partner = PartnerPageFactory(
        parent=sections["partners"], title="Zebrafish", boilerplate=""
    )
    response = client.get("/en/search/", {"q": "zebrafish"})
    found = [item["page"].pk for item in results(response)]
    assert found == [release.pk, event.pk, partner.pk]
    html = response.content.decode()
    # Dates only where they mean something: the release's and the event's.
    assert html.count('class="search-result__meta"') == 3
    assert html.count("<time ") == 2
    assert f'<time datetime="{release.release_date:%Y-%m-%d}">' in html


def test_cell_therapy_ranks_releases_above_partners_by_an_exact_rule(client, site_tree):
    """Title holds every word, then type, then score: never a partner's short text."""
    sections = build_sections(site_tree["homes"]["en"])
    words = " ".join(f"word{n}" for n in range(120))
    release = PressReleasePageFactory(
        parent=sections["news"],
        title="Ghent opens a new hub",
        lead=f"The hub works on cell therapy. {words}",
    )
    event = EventPageFactory(
        parent=sections["events"], title="Open day", lead=f"Cell therapy. {words}"
    )
    # The shortest text: bm25 and ts_rank score it best of all.
    partner = PartnerPageFactory(
        parent=sections["partners"], title="Beta Labs", boilerplate="Cell therapy."
    )
    titled = PartnerPageFactory(
        parent=sections["partners"], title="Cell therapy institute", boilerplate=""
    )
    response = client.get("/en/search/", {"q": "cell therapy"})
    found = [item["page"].pk for item in results(response)]
    assert found == [titled.pk, release.pk, event.pk, partner.pk]
    assert response.context["listing"].paginator.count == 4


def test_search_costs_the_same_queries_with_10_and_1000_releases(
    client, site_tree, generated_images
):
    urls = [
        "/en/search/?q=partners",
        "/en/search/?q=partners&type=partner",
        "/en/search/?q=partners+network&page=1",
    ]

    def counted():
        found = {}
        for url in urls:
            count, queries = render_query_count(client, url)
            found[url] = (count, [q["sql"][:120] for q in queries.captured_queries])
        return found

    generate_content(releases=10, partners=3, events=4, seed=1)
    small = counted()
    generate_content(releases=990, partners=30, events=40, seed=2)
    large = counted()
    for url in urls:
        assert small[url][0] == large[url][0], (url, small[url], large[url])
        assert large[url][0] <= 12, large[url]


def test_matched_words_are_marked_and_everything_else_escaped(client, site_tree):
    StandardPageFactory(
        parent=site_tree["homes"]["en"],
        title="Therapy <b>now</b> & later",
        introduction='Therapy for "R and D" teams <script>x</script>.',
    )
    response = client.get("/en/search/", {"q": "therapy"})
    html = response.content.decode()
    assert "<mark>Therapy</mark> &lt;b&gt;now&lt;/b&gt; &amp; later" in html
    assert "<mark>Therapy</mark> for &quot;R and D&quot; teams x." in html
    assert "<script>x" not in html
    # A word inside an HTML entity is never marked.
    response = client.get("/en/search/", {"q": "therapy lt"})
    assert "&<mark>lt</mark>;" not in response.content.decode()


def test_a_later_page_reads_its_hits_and_the_total_in_one_query(
    client, site_tree, django_assert_num_queries
):
    """The count comes with the page (a window count), no StreamField is loaded."""
    sections = build_sections(site_tree["homes"]["en"])
    for number in range(12):
        PressReleasePageFactory(parent=sections["news"], title=f"Zebrafish {number}")
    client.get("/en/search/", {"q": "zebrafish"})  # the site's structure, kept
    with django_assert_num_queries(2):  # the ranked page with its total, the pages
        response = client.get("/en/search/", {"q": "zebrafish", "page": "2"})
    listing = response.context["listing"]
    assert listing.paginator.count == 12
    assert listing.number == 2
    assert len(listing.object_list) == 2
    assert "body" in results(response)[0]["page"].get_deferred_fields()
    assert 'rel="prev"' in response.content.decode()
    assert client.get("/en/search/", {"q": "zebrafish", "page": "3"}).status_code == 404


def test_a_kept_search_shows_a_release_published_since(client, site_tree):
    """The results are kept per search until the next publish, never after."""
    sections = build_sections(site_tree["homes"]["en"])
    first = PressReleasePageFactory(parent=sections["news"], title="Zebrafish one")
    assert result_titles(client.get("/en/search/", {"q": "zebrafish"})) == [first.title]
    second = PressReleasePageFactory(parent=sections["news"], title="Zebrafish two")
    found = result_titles(client.get("/en/search/", {"q": "zebrafish"}))
    assert sorted(found) == sorted([first.title, second.title])
    second.unpublish()
    assert result_titles(client.get("/en/search/", {"q": "zebrafish"})) == [first.title]


def result_list_html(response):
    html = response.content.decode()
    return html[html.index('<ol class="search-results">') : html.index("</ol>")]


def test_a_repeated_search_is_answered_from_the_kept_results(
    client, site_tree, django_assert_num_queries
):
    """The second reader of a search reads nothing from the database: the
    rendered results, the header and the footer all come from the store."""
    sections = build_sections(site_tree["homes"]["en"])
    for number in range(3):
        PressReleasePageFactory(parent=sections["news"], title=f"Zebrafish {number}")
    first = client.get("/en/search/", {"q": "zebrafish"})
    assert len(results(first)) == 3
    with django_assert_num_queries(0):
        again = client.get("/en/search/", {"q": "zebrafish"})
    assert "results" not in again.context  # not rendered again
    assert result_list_html(again) == result_list_html(first)
    assert again.content.decode().count('class="search-result"') == 3
    # Another page of results, another type or another language is its own search.
    typed = client.get("/en/search/", {"q": "zebrafish", "type": "partner"})
    assert results(typed) == []
    assert 'class="search-result"' not in typed.content.decode()


def test_an_editor_searching_gets_the_readers_results_and_leaves_them(
    client, admin_client, site_tree
):
    """A logged-in editor is served the readers' results (search shows live
    public pages to everyone), and what the editor's request keeps is the same
    readers' list: no draft title reaches the store."""
    sections = build_sections(site_tree["homes"]["en"])
    release = PressReleasePageFactory(parent=sections["news"], title="Zebrafish live")
    release.title = "Zebrafish draft title"
    release.save_revision()
    editor = admin_client.get("/en/search/", {"q": "zebrafish"})
    assert result_titles(editor) == ["Zebrafish live"]
    reader = client.get("/en/search/", {"q": "zebrafish"}).content.decode()
    assert "<mark>Zebrafish</mark> live" in reader
    assert "draft title" not in reader

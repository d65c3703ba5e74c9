"""generate_content: deterministic, linked translations, bad input writes nothing."""

from io import StringIO

import pytest
from django.core.management import CommandError, call_command
from wagtail.models import Page

from news.models import EventPage, PressReleasePage
from partners.models import PartnerPage

# The generator's images come ready made (tests/cms/conftest.py).
pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("generated_images")]


def generate(*args):
    call_command("generate_content", *args, stdout=StringIO())


def snapshot():
    releases = PressReleasePage.objects.order_by("locale__language_code", "slug")
    return [
        (
            r.locale.language_code,
            r.slug,
            r.title,
            r.release_date,
            r.hero_image.title,
            sorted(link.partner.slug for link in r.partner_links.all()),
            [link.topic.slug for link in r.topic_links.all()],
        )
        for r in releases
    ]


def test_small_run_creates_linked_translations_in_three_languages(client):
    generate("--releases", "5", "--partners", "3", "--events", "4", "--seed", "7")
    for model, count in ((PressReleasePage, 5), (PartnerPage, 3), (EventPage, 4)):
        for code in ("en", "fr", "nl"):
            pages = model.objects.live().filter(locale__language_code=code)
            assert pages.filter(slug__startswith="gen7-").count() == count
    for release in PressReleasePage.objects.filter(locale__language_code="en"):
        codes = {p.locale.language_code for p in release.get_translations()}
        assert codes == {"fr", "nl"}
        # Partners of a release are those of its own language.
        assert all(
            link.partner.locale_id == release.locale_id
            for link in release.partner_links.all()
        )
    release = PressReleasePage.objects.filter(locale__language_code="fr").first()
    assert client.get(release.url).status_code == 200
    assert release.get_parent().numchild == 5
    assert client.get("/nl/nieuws/").status_code == 200


def test_same_seed_gives_the_same_content():
    generate("--releases", "4", "--partners", "2", "--events", "0", "--seed", "3")
    first = snapshot()
    for page in Page.objects.filter(slug__startswith="gen3-").order_by("-depth"):
        page.delete()
    generate("--releases", "4", "--partners", "2", "--events", "0", "--seed", "3")
    assert snapshot() == first
    assert len(first) == 12


def test_another_seed_gives_other_content():
    generate("--releases", "4", "--partners", "2", "--events", "0", "--seed", "3")
    first = [row[2] for row in snapshot()]
    generate("--releases", "4", "--partners", "2", "--events", "0", "--seed", "4")
    titles = [row[2] for row in snapshot() if row[1].startswith("gen4-")]
    assert titles != first


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--releases", "-1"], "--releases must be zero or more"),
        (["--partners", "-3"], "--partners must be zero or more"),
        (["--events", "-2"], "--events must be zero or more"),
        (["--locales", "en,de"], "Unknown locale de"),
    ],
)
def test_impossible_arguments_stop_before_writing(args, message):
    before = Page.objects.count()
    with pytest.raises(CommandError, match=message):
        generate(*args)
    assert Page.objects.count() == before
    assert not PressReleasePage.objects.exists()


def test_bulk_insert_leaves_a_consistent_tree_of_routable_listed_translations(client):
    generate("--releases", "12", "--partners", "2", "--events", "3", "--seed", "5")
    # treebeard's own check: paths, depths and numchild all agree.
    assert Page.find_problems() == ([], [], [], [], [])
    releases = PressReleasePage.objects.filter(slug__startswith="gen5-")
    assert releases.count() == 36
    by_key = {}
    for release in releases.select_related("locale"):
        by_key.setdefault(release.translation_key, set()).add(
            release.locale.language_code
        )
        assert release.url_path == f"{release.get_parent().url_path}{release.slug}/"
    assert len(by_key) == 12
    assert all(codes == {"en", "fr", "nl"} for codes in by_key.values())
    # Published over the years on their release dates, not all at once.
    assert all(r.first_published_at.date() == r.release_date for r in releases)
    for release in releases.filter(slug="gen5-release-12"):
        response = client.get(release.url)
        assert response.status_code == 200
        assert release.title in response.content.decode()
        assert {link.partner.locale_id for link in release.partner_links.all()} == {
            release.locale_id
        }
        assert release.topic_links.count() == 1
        # Listed by its language's news index, newest first.
        listing = client.get(release.get_parent().url).content.decode()
        assert release.title.replace("'", "&#x27;") in listing
    event = EventPage.objects.get(slug="gen5-event-1", locale__language_code="nl")
    assert client.get(event.url).status_code == 200
    assert event.partner_links.count() == 1

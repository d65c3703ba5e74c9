"""Two editors, one page: a save from an outdated edit form never silently wins.

Each editor is a logged-in client that GETs Wagtail's real edit form and POSTs
back what the form rendered (parsed with a real HTML parser, stream fields from
the block widget's data, as the browser's scripts send them), changed where the
editor typed.
"""

import json

import pytest
from bs4 import BeautifulSoup
from django.contrib.auth import get_user_model
from django.test import Client
from django.utils import timezone, translation
from wagtail.models import Page, Revision
from wagtail.utils.timestamps import render_timestamp

from cms.edit_conflicts import BASE_FIELD
from tests.cms.factories import StandardPageFactory, TopicFactory
from tests.home.factories import build_sections
from tests.news.factories import PressReleasePageFactory

pytestmark = pytest.mark.django_db

EDIT_FORM = "page-edit-form"
ACTIONS = {
    "save": {},
    "publish": {"action-publish": "action-publish"},
    "submit": {"action-submit": "action-submit"},
}


def encode_block_value(prefix, value, data):
    """A block's value as Wagtail's block widgets post it."""
    if isinstance(value, dict):
        for name, child in value.items():
            encode_block_value(f"{prefix}-{name}", child, data)
    elif value is True:
        data.append((prefix, "on"))
    elif value not in (None, False):
        data.append((prefix, str(value)))


def stream_data(name, widget):
    """The POST data of a stream field, from its widget's rendered state."""
    blocks, _errors = json.loads(widget["data-w-block-arguments-value"])
    data = [(f"{name}-count", str(len(blocks)))]
    for index, block in enumerate(blocks):
        prefix = f"{name}-{index}"
        data += [
            (f"{prefix}-type", block["type"]),
            (f"{prefix}-id", block["id"] or ""),
            (f"{prefix}-deleted", ""),
            (f"{prefix}-order", str(index)),
        ]
        encode_block_value(f"{prefix}-value", block["value"], data)
    return data


def form_data(html):
    """What a browser would post from the page edit form in `html`."""
    soup = BeautifulSoup(html, "html.parser")
    form = soup.find("form", id=EDIT_FORM)
    elements = form.find_all(["input", "select", "textarea"])
    elements += soup.find_all(["input"], attrs={"form": EDIT_FORM})
    data = []
    for element in elements:
        name = element.get("name")
        if not name or element.find_parent("template") or "__prefix__" in name:
            continue
        if element.name == "textarea":
            data.append((name, element.text.removeprefix("\n")))
        elif element.name == "select":
            data += [
                (name, o.get("value", o.text)) for o in element.select("[selected]")
            ]
        elif element.get("type") in ("checkbox", "radio"):
            if element.has_attr("checked"):
                data.append((name, element.get("value", "on")))
        elif element.get("type") not in ("submit", "button", "file"):
            data.append((name, element.get("value", "")))
    for widget in form.find_all(attrs={"data-controller": "w-block"}):
        data += stream_data(widget["id"], widget)
    return dict_of_lists(data)


def dict_of_lists(pairs):
    data = {}
    for name, value in pairs:
        data.setdefault(name, []).append(value)
    return data


class Editor:
    """A logged-in editor with the edit form they last opened."""

    def __init__(self, user, page):
        self.client = Client()
        self.client.force_login(user)
        self.url = f"/admin/pages/{page.pk}/edit/"
        self.data = None

    def open(self):
        response = self.client.get(self.url)
        assert response.status_code == 200
        self.data = form_data(response.content)
        return self

    def type(self, **fields):
        for name, value in fields.items():
            self.data[name] = [value]
        return self

    def add_child(self, relation, **fields):
        """Add an item to an inline panel, as its "Add" button does."""
        index = int(self.data[f"{relation}-TOTAL_FORMS"][0])
        self.data[f"{relation}-TOTAL_FORMS"] = [str(index + 1)]
        prefix = f"{relation}-{index}"
        self.data.update({f"{prefix}-id": [""], f"{prefix}-ORDER": [str(index + 1)]})
        self.data[f"{prefix}-DELETE"] = []
        for name, value in fields.items():
            self.data[f"{prefix}-{name}"] = [str(value)]
        return self

    def save(self, action="save"):
        response = self.client.post(self.url, {**self.data, **ACTIONS[action]})
        if response.status_code == 200:
            # The form shown again: what the browser would post next.
            self.data = form_data(response.content)
        return response


@pytest.fixture
def page(site_tree):
    return StandardPageFactory(
        parent=site_tree["homes"]["en"],
        title="Campus Gosselies",
        introduction="Who we are.",
    )


@pytest.fixture
def editors(page):
    users = get_user_model().objects
    ana = users.create_superuser(
        "ana", "ana@example.com", "pw", first_name="Ana", last_name="Martin"
    )
    bruno = users.create_superuser(
        "bruno", "bruno@example.com", "pw", first_name="Bruno", last_name="Claes"
    )
    return Editor(ana, page), Editor(bruno, page)


def revisions(page):
    return Revision.page_revisions.filter(object_id=str(page.pk))


def latest(page):
    return Page.objects.get(pk=page.pk).get_latest_revision_as_object()


def when(revision):
    with timezone.override("Europe/Brussels"), translation.override("en"):
        return render_timestamp(revision.created_at)


@pytest.mark.parametrize("action", ["save", "publish", "submit"])
def test_a_save_from_an_outdated_form_is_refused(page, editors, action):
    ana, bruno = editors
    ana.open()
    bruno.open()
    assert ana.type(title="Campus Gosselies (BioPark)").save().status_code == 302
    newer = revisions(page).latest("created_at")
    count = revisions(page).count()

    response = bruno.type(title="Gosselies campus").save(action)

    assert response.status_code == 200
    html = response.content.decode()
    assert f"Ana Martin saved a newer version of this page on {when(newer)}" in html
    assert "You both changed: Title." in html
    assert f'href="{bruno.url}"' in html  # Reload the page
    assert "Reload the page" in html
    assert revisions(page).count() == count
    assert latest(page).title == "Campus Gosselies (BioPark)"
    assert not Page.objects.get(pk=page.pk).workflow_states.exists()


def test_saving_the_refused_form_again_is_refused_again(page, editors):
    ana, bruno = editors
    ana.open()
    bruno.open()
    ana.type(title="Campus Gosselies (BioPark)", introduction="Who we are now.")
    assert ana.save().status_code == 302
    assert bruno.type(title="Gosselies campus").save().status_code == 200
    count = revisions(page).count()
    assert bruno.data[BASE_FIELD]

    # The form shown again is based on the older version still: a second click
    # on Save must not overwrite Ana's introduction with the old one.
    response = bruno.save()

    assert response.status_code == 200
    assert "Ana Martin saved a newer version" in response.content.decode()
    assert revisions(page).count() == count
    assert latest(page).introduction == "Who we are now."


def test_the_refused_editor_reloads_and_saves(page, editors):
    ana, bruno = editors
    ana.open()
    bruno.open()
    assert ana.type(title="Campus Gosselies (BioPark)").save().status_code == 302
    assert bruno.type(title="Gosselies campus").save().status_code == 200

    bruno.open()
    assert bruno.data["title"] == ["Campus Gosselies (BioPark)"]
    assert bruno.type(title="Gosselies campus (BioPark)").save().status_code == 302

    assert latest(page).title == "Gosselies campus (BioPark)"
    titles = [rev.as_object().title for rev in revisions(page).order_by("created_at")]
    assert titles[-2:] == ["Campus Gosselies (BioPark)", "Gosselies campus (BioPark)"]


def test_edits_of_different_fields_are_merged(page, editors):
    ana, bruno = editors
    ana.open()
    bruno.open()
    assert ana.type(title="Campus Gosselies (BioPark)").save().status_code == 302

    response = bruno.type(introduction="Labs, offices and a pilot plant.").save()

    assert response.status_code == 302
    merged = latest(page)
    assert merged.title == "Campus Gosselies (BioPark)"
    assert merged.introduction == "Labs, offices and a pilot plant."


def test_publishing_merged_edits_publishes_both(page, editors):
    ana, bruno = editors
    ana.open()
    bruno.open()
    assert ana.type(introduction="Labs and offices.").save().status_code == 302

    bruno.type(title="Campus Gosselies (BioPark)")
    assert bruno.save("publish").status_code == 302

    live = Page.objects.get(pk=page.pk).specific
    assert (live.title, live.introduction) == (
        "Campus Gosselies (BioPark)",
        "Labs and offices.",
    )


def test_an_up_to_date_form_saves(page, editors):
    ana, _bruno = editors
    assert ana.open().type(title="First").save().status_code == 302
    assert ana.open().type(title="Second").save().status_code == 302
    assert ana.open().type(title="Third").save("publish").status_code == 302
    assert Page.objects.get(pk=page.pk).title == "Third"


@pytest.mark.parametrize("loaded", ["abc", "999999999", "-1", ""])
def test_a_forged_loaded_revision_gets_an_answer(page, editors, loaded):
    ana, bruno = editors
    ana.open()
    assert ana.type(title="Campus Gosselies (BioPark)").save().status_code == 302
    count = revisions(page).count()
    bruno.open()
    bruno.type(title="Gosselies campus", loaded_revision_id=loaded)

    response = bruno.save()

    if loaded == "":
        # No loaded revision at all: Wagtail's own rule, the save goes through.
        assert response.status_code == 302
        return
    assert response.status_code == 200
    assert "Ana Martin saved a newer version" in response.content.decode()
    assert revisions(page).count() == count


def test_another_pages_revision_is_not_a_base(page, editors, site_tree):
    other = StandardPageFactory(parent=site_tree["homes"]["en"], title="Elsewhere")
    ana, bruno = editors
    bruno.open()
    ana.open()
    assert ana.type(introduction="Labs and offices.").save().status_code == 302
    bruno.type(
        title="Gosselies campus",
        loaded_revision_id=str(other.latest_revision_id),
        loaded_revision_created_at=other.latest_revision.created_at.isoformat(),
    )

    response = bruno.save()

    assert response.status_code == 200
    assert latest(page).introduction == "Labs and offices."


@pytest.fixture
def release(site_tree):
    news = build_sections(site_tree["homes"]["en"])["news"]
    return PressReleasePageFactory(parent=news, lead="Two partners start a dialogue.")


def release_editors(release):
    users = get_user_model().objects
    ana = users.create_superuser("ana", "a@example.com", "pw", first_name="Ana")
    bruno = users.create_superuser("bruno", "b@example.com", "pw")
    return Editor(ana, release), Editor(bruno, release)


def test_a_new_topic_and_a_new_lead_are_merged(release):
    ana, bruno = release_editors(release)
    topic = TopicFactory(name="Cell therapy")
    ana.open()
    bruno.open()
    assert ana.add_child("topic_links", topic=topic.pk).save().status_code == 302

    bruno.type(lead="A strategic dialogue on cell therapy.")
    assert bruno.save().status_code == 302

    merged = latest(release)
    assert merged.lead == "A strategic dialogue on cell therapy."
    assert [link.topic for link in merged.topic_links.all()] == [topic]


def test_two_new_topics_are_refused(release):
    ana, bruno = release_editors(release)
    ana.open()
    bruno.open()
    cells = TopicFactory(name="Cell therapy")
    genes = TopicFactory(name="Gene therapy")
    assert ana.add_child("topic_links", topic=cells.pk).save().status_code == 302
    count = revisions(release).count()

    response = bruno.add_child("topic_links", topic=genes.pk).save()

    assert response.status_code == 200
    html = response.content.decode()
    assert "Ana saved a newer version of this page" in html
    assert "You both changed: Topics." in html
    assert revisions(release).count() == count
    assert [link.topic for link in latest(release).topic_links.all()] == [cells]

"""A partner editor saves only references to what they may choose.

Partner editor A posts A's own edit form (and its preview) with ids of things
A may not choose: partner B's image and document, the embargoed release's hero
image, press-kit document and page, a topic without the permission to choose
topics. Each is refused with a form error on the field that holds it, and
nothing is saved: no revision, no log entry, no preview.
"""

import datetime
import json

import factory
import pytest
import wagtail_factories
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission
from django.test.client import BOUNDARY, MULTIPART_CONTENT, encode_multipart
from django.urls import reverse
from django.utils import timezone
from wagtail import blocks
from wagtail.images.blocks import ImageChooserBlock
from wagtail.models import Collection, GroupPagePermission, PageLogEntry, Revision
from wagtail.test.utils.form_data import (
    inline_formset,
    nested_form_data,
    rich_text,
    streamfield,
)
from wagtail.users.models import UserProfile
from wagtail_localize.models import OverridableSegment, SegmentOverride

from cms.blocks import RICH_TEXT_FEATURES
from cms.models import StandardPage
from cms.reference_form import block_error, refuse
from cms.references import choosable_ids, refused_references
from partners.models import PartnerPage
from partners.permissions import access_for
from tests.cms.factories import ImageFactory, TopicFactory, translate
from tests.news.factories import PressReleasePageFactory

pytestmark = pytest.mark.django_db


class DocumentFactory(wagtail_factories.DocumentFactory):
    title = factory.Sequence(lambda n: f"Document {n}")
    collection = factory.LazyFunction(Collection.get_first_root_node)


@pytest.fixture
def things(newsroom):
    """What A may use, and what A may not: B's media, the embargoed release's."""
    partner_a, partner_b = newsroom["pages"]["A"], newsroom["pages"]["B"]
    hero = ImageFactory(title="Embargoed hero image")
    press_kit = DocumentFactory(title="Embargoed press kit")
    embargoed = PressReleasePageFactory(
        parent=newsroom["sections"]["news"],
        title="Embargoed merger release",
        publish=False,
        go_live_at=timezone.now() + datetime.timedelta(days=1),
        hero_image=hero,
        press_kit=[("document", {"document": press_kit, "label": ""})],
    )
    return {
        "A": partner_a,
        "B": partner_b,
        "own_image": newsroom["images"]["A"],
        "own_document": DocumentFactory(
            title="Alpha annual report", collection=access_for(partner_a).collection
        ),
        "b_image": newsroom["images"]["B"],
        "b_document": DocumentFactory(
            title="Beta annual report", collection=access_for(partner_b).collection
        ),
        "hero": hero,
        "press_kit": press_kit,
        "embargoed": embargoed,
        "directory": newsroom["sections"]["partners"],
        "topic": TopicFactory(name="Gene therapy"),
    }


SECRETS = (
    "Beta lab photo",
    "Beta annual report",
    "Embargoed hero image",
    "Embargoed press kit",
    "Embargoed merger release",
)


def profile_form(page, **fields):
    """A's edit form as the admin posts it, with `fields` changed."""
    data = {
        "title": page.title,
        "slug": page.slug,
        "acronym": page.acronym,
        "organisation_type": page.organisation_type,
        "region": page.region,
        "city": page.city,
        "website": page.website,
        "logo": page.logo_id or "",
        "boilerplate": rich_text(page.boilerplate, features=["bold", "italic", "link"]),
        "description": streamfield([]),
        "key_facts": streamfield([]),
        "contacts": streamfield([]),
        "social_links": streamfield([]),
        "focus_links": inline_formset([]),
    }
    data.update(fields)
    return nested_form_data(data)


def page_link(page):
    return rich_text(
        f'<p>See <a linktype="page" id="{page.pk}">this</a>.</p>',
        features=RICH_TEXT_FEATURES,
    )


def image_block(image):
    return ("image", {"image": image.pk, "alt_text": "", "caption": "", "credit": ""})


def image_block_value(image):
    """An image block as a page stores it (not as a form posts it)."""
    return ("image", {"image": image, "alt_text": "", "caption": "", "credit": ""})


def document_block(document):
    return ("document", {"document": document.pk, "label": ""})


def call_to_action(page):
    return (
        "call_to_action",
        {
            "heading": "Read more",
            "text": "",
            "link_label": "Read",
            "link_page": page.pk,
            "link_url": "",
        },
    )


def quote(page):
    return (
        "quote",
        {
            "text": "Together we go further.",
            "speaker_name": "A. Speaker",
            "speaker_role": "",
            "organisation": page.pk,
        },
    )


# Each place a reference can sit, with A's own page posted around it:
# (case, form fields, field that must carry the error, thing named).
PLACES = {
    "logo (foreign key)": (lambda t: {"logo": t["b_image"].pk}, "logo"),
    "image block": (
        lambda t: {"description": streamfield([image_block(t["hero"])])},
        "description",
    ),
    "page in a nested struct block": (
        lambda t: {"description": streamfield([call_to_action(t["embargoed"])])},
        "description",
    ),
    "partner in a quote block": (
        lambda t: {"description": streamfield([quote(t["B"])])},
        "description",
    ),
    "document block (B's)": (
        lambda t: {"description": streamfield([document_block(t["b_document"])])},
        "description",
    ),
    "document block (embargoed press kit)": (
        lambda t: {"description": streamfield([document_block(t["press_kit"])])},
        "description",
    ),
    "rich-text page link in a block": (
        lambda t: {
            "description": streamfield([("paragraph", page_link(t["embargoed"]))])
        },
        "description",
    ),
    "rich-text page link in a field": (
        lambda t: {"boilerplate": page_link(t["embargoed"])},
        "boilerplate",
    ),
}


def edit_url(page):
    return reverse("wagtailadmin_pages:edit", args=[page.pk])


def preview_url(page):
    return reverse("wagtailadmin_pages:preview_on_edit", args=[page.pk])


def counts():
    return Revision.objects.count(), PageLogEntry.objects.count()


@pytest.mark.parametrize("place", PLACES)
def test_partner_editor_cannot_save_what_they_may_not_choose(
    client, newsroom, things, place
):
    fields, error_field = PLACES[place]
    partner_a = things["A"]
    client.force_login(newsroom["users"]["editor_a"])
    before = counts()
    data = profile_form(partner_a, **fields(things))

    for action in ({}, {"action-submit": "Submit"}):
        response = client.post(edit_url(partner_a), {**data, **action})
        assert response.status_code == 200, place
        form = response.context["form"]
        assert list(form.errors) == [error_field], place
        assert "could not be saved" in response.content.decode()

    preview = client.post(preview_url(partner_a), data)
    assert preview.json() == {"is_valid": False, "is_available": False}
    shown = client.get(preview_url(partner_a)).content.decode()
    assert not any(secret in shown for secret in SECRETS)

    assert counts() == before
    partner_a = PartnerPage.objects.get(pk=partner_a.pk)
    assert partner_a.latest_revision.content == things["A"].latest_revision.content


def test_creating_a_page_refuses_too(client, newsroom, things):
    """The rule is Wagtail's, for every editor: here one who writes standard pages."""
    home = newsroom["sections"]["partners"].get_parent()
    writers = Group.objects.create(name="Writers")
    writers.permissions.add(Permission.objects.get(codename="access_admin"))
    for codename in ("add_page", "change_page"):
        GroupPagePermission.objects.create(
            group=writers,
            page=home,
            permission=Permission.objects.get(codename=codename),
        )
    writer = get_user_model().objects.create_user("writer", "w@example.org", "pw")
    writer.groups.add(writers)
    client.force_login(writer)
    args = ["cms", "standardpage", home.pk]
    data = nested_form_data(
        {
            "title": "About the campus",
            "slug": "about-the-campus",
            "introduction": "",
            "hero_image": things["hero"].pk,
            "body": streamfield([document_block(things["press_kit"])]),
        }
    )
    before = counts()
    response = client.post(reverse("wagtailadmin_pages:add", args=args), data)
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {"hero_image", "body"}
    preview = reverse("wagtailadmin_pages:preview_on_add", args=args)
    assert client.post(preview, data).json()["is_valid"] is False
    assert counts() == before
    assert not StandardPage.objects.filter(slug="about-the-campus").exists()

    # Without the refused references the same writer creates the page.
    data = {**data, "hero_image": "", "body-count": "0"}
    response = client.post(reverse("wagtailadmin_pages:add", args=args), data)
    assert response.status_code == 302
    assert StandardPage.objects.filter(slug="about-the-campus").exists()


def test_errors_name_the_block_that_holds_the_reference(client, newsroom, things):
    client.force_login(newsroom["users"]["editor_a"])
    description = streamfield(
        [
            ("heading", {"text": "Our work", "level": "h2"}),
            image_block(things["own_image"]),
            call_to_action(things["embargoed"]),
            document_block(things["b_document"]),
        ]
    )
    response = client.post(
        edit_url(things["A"]), profile_form(things["A"], description=description)
    )
    error = response.context["form"].errors.as_data()["description"][0]
    data = error.as_json_data()
    assert set(data["blockErrors"]) == {2, 3}
    assert set(data["blockErrors"][2]["blockErrors"]) == {"link_page"}
    assert data["blockErrors"][2]["blockErrors"]["link_page"]["messages"] == [
        "You may not link to this page."
    ]
    assert set(data["blockErrors"][3]["blockErrors"]) == {"document"}
    # The form says what is wrong without naming what it is.
    html = response.content.decode()
    assert not any(secret in html for secret in SECRETS)


def test_a_topic_needs_the_permission_to_choose_topics(client, newsroom, things):
    """Inline child objects and snippets: Wagtail's snippet permissions decide."""
    partner_a = things["A"]
    client.force_login(newsroom["users"]["editor_a"])
    data = profile_form(
        partner_a, focus_links=inline_formset([{"topic": things["topic"].pk}])
    )
    group = access_for(partner_a).group
    group.permissions.remove(
        Permission.objects.get(content_type__app_label="cms", codename="view_topic")
    )
    before = counts()
    response = client.post(edit_url(partner_a), data)
    assert response.status_code == 200
    child_forms = response.context["form"].formsets["focus_links"].forms
    assert list(child_forms[0].errors) == ["topic"]
    assert counts() == before

    # Partner groups hold the permission (partners/permissions.py).
    group.permissions.add(
        Permission.objects.get(content_type__app_label="cms", codename="view_topic")
    )
    response = client.post(edit_url(partner_a), data)
    assert response.status_code == 302
    saved = PartnerPage.objects.get(pk=partner_a.pk).get_latest_revision_as_object()
    assert [link.topic for link in saved.focus_links.all()] == [things["topic"]]


def test_partner_editor_uses_own_media_and_pages_they_may_choose(
    client, newsroom, things
):
    partner_a = things["A"]
    client.force_login(newsroom["users"]["editor_a"])
    description = streamfield(
        [
            image_block(things["own_image"]),
            document_block(things["own_document"]),
            call_to_action(things["directory"]),
            quote(partner_a),
            ("paragraph", page_link(things["directory"])),
        ]
    )
    data = profile_form(
        partner_a,
        logo=things["own_image"].pk,
        description=description,
        boilerplate=page_link(partner_a),
    )
    assert client.post(preview_url(partner_a), data).json()["is_valid"] is True
    shown = client.get(preview_url(partner_a)).content.decode()
    assert "Alpha annual report" in shown
    revisions = Revision.objects.count()
    response = client.post(edit_url(partner_a), data)
    assert response.status_code == 302
    assert Revision.objects.count() == revisions + 1
    saved = PartnerPage.objects.get(pk=partner_a.pk).get_latest_revision_as_object()
    assert saved.logo == things["own_image"]
    assert [block.block_type for block in saved.description] == [
        "image",
        "document",
        "call_to_action",
        "quote",
        "paragraph",
    ]


def test_what_the_page_already_holds_stays(client, newsroom, things):
    """Communications gave A a logo from the shared library: A still saves."""
    partner_a = things["A"]
    # setup_roles filed the logo in A's collection; put it back in the library.
    partner_a.logo.collection = Collection.get_first_root_node()
    partner_a.logo.save()
    assert partner_a.logo.collection.is_root()
    client.force_login(newsroom["users"]["editor_a"])
    response = client.post(edit_url(partner_a), profile_form(partner_a, city="Antwerp"))
    assert response.status_code == 302
    saved = PartnerPage.objects.get(pk=partner_a.pk).get_latest_revision_as_object()
    assert saved.city == "Antwerp"
    assert saved.logo_id == partner_a.logo_id


@pytest.mark.parametrize("role", ["communications", "superuser"])
def test_communications_may_use_everything(client, newsroom, things, role):
    partner_a = things["A"]
    client.force_login(newsroom["users"][role])
    description = streamfield(
        [
            image_block(things["hero"]),
            document_block(things["b_document"]),
            document_block(things["press_kit"]),
            call_to_action(things["embargoed"]),
            quote(things["B"]),
            ("paragraph", page_link(things["embargoed"])),
        ]
    )
    data = profile_form(
        partner_a,
        logo=things["b_image"].pk,
        description=description,
        boilerplate=page_link(things["embargoed"]),
        focus_links=inline_formset([{"topic": things["topic"].pk}]),
    )
    assert client.post(preview_url(partner_a), data).json()["is_valid"] is True
    response = client.post(edit_url(partner_a), data)
    assert response.status_code == 302
    saved = PartnerPage.objects.get(pk=partner_a.pk).get_latest_revision_as_object()
    assert saved.logo == things["b_image"]
    assert len(saved.description) == 6


def test_unknown_and_malformed_ids_are_refused_not_a_500(client, newsroom, things):
    partner_a = things["A"]
    client.force_login(newsroom["users"]["editor_a"])
    before = counts()
    for value in ("999999", "99999999999999999999999", "abc", "-1"):
        response = client.post(edit_url(partner_a), profile_form(partner_a, logo=value))
        assert response.status_code == 200, value
        assert "logo" in response.context["form"].errors
    state = json.dumps(
        {
            "blocks": [
                {
                    "key": "a",
                    "text": "link",
                    "type": "unstyled",
                    "depth": 0,
                    "inlineStyleRanges": [],
                    "entityRanges": [{"offset": 0, "length": 4, "key": 0}],
                }
            ],
            "entityMap": {
                "0": {
                    "type": "LINK",
                    "mutability": "MUTABLE",
                    "data": {"id": "99999999999999999999999", "url": "/"},
                }
            },
        }
    )
    response = client.post(
        edit_url(partner_a), profile_form(partner_a, boilerplate=state)
    )
    assert response.status_code == 200
    assert list(response.context["form"].errors) == ["boilerplate"]
    assert counts() == before


def contentstate_with(entity):
    """A paragraph whose first word carries `entity`, as Draftail would post it."""
    atomic = entity["type"] == "IMAGE"
    block = {
        "key": "a",
        "text": " " if atomic else "file",
        "type": "atomic" if atomic else "unstyled",
        "depth": 0,
        "inlineStyleRanges": [],
        "entityRanges": [{"offset": 0, "length": 1 if atomic else 4, "key": 0}],
    }
    return json.dumps({"blocks": [block], "entityMap": {"0": entity}})


def test_rich_text_document_links_and_image_embeds_never_reach_a_page(
    client, newsroom, things
):
    """Our rich text has no document-link or image feature: Draftail drops both."""
    partner_a = things["A"]
    client.force_login(newsroom["users"]["editor_a"])
    document = {
        "type": "DOCUMENT",
        "mutability": "MUTABLE",
        "data": {"id": things["press_kit"].pk},
    }
    image = {
        "type": "IMAGE",
        "mutability": "IMMUTABLE",
        "data": {"id": things["hero"].pk, "format": "left", "alt": "x"},
    }
    for entity in (document, image):
        description = streamfield([("paragraph", contentstate_with(entity))])
        data = profile_form(
            partner_a, boilerplate=contentstate_with(entity), description=description
        )
        response = client.post(edit_url(partner_a), data)
        assert response.status_code == 302
        content = json.dumps(Revision.objects.order_by("-pk")[0].content)
        assert 'linktype=\\"document\\"' not in content
        assert 'embedtype=\\"image\\"' not in content


def test_rich_text_document_links_and_image_embeds_are_refused(
    client, newsroom, things
):
    """Should a rich-text field ever allow them, the check refuses them too."""
    partner_a = things["A"]
    user = newsroom["users"]["editor_a"]
    form_class = PartnerPage.get_edit_handler().get_form_class()
    revision_page = partner_a.get_latest_revision_as_object()
    form = form_class(profile_form(partner_a), instance=revision_page, for_user=user)
    assert form.is_valid(), form.errors
    for html in (
        f'<p><a linktype="document" id="{things["press_kit"].pk}">kit</a></p>',
        f'<embed embedtype="image" id="{things["hero"].pk}" format="left" alt=""/>',
        f'<p><a linktype="document" id="{things["own_document"].pk}">ok</a></p>',
    ):
        form.instance.boilerplate = html
        refused = refused_references(form, user)
        if "ok" in html:
            assert refused == []
        else:
            assert [r.field for r in refused] == ["boilerplate"]
    form.instance.boilerplate = (
        f'<embed embedtype="image" id="{things["hero"].pk}" format="left" alt=""/>'
    )
    refuse(refused_references(form, user))
    assert form.errors["boilerplate"] == [
        "You may not use this image. Choose one from your own collection."
    ]


def test_a_reference_deep_in_lists_and_streams_is_placed_on_its_block(newsroom, things):
    """StreamBlock > ListBlock > StructBlock > StreamBlock > chooser, all placed."""
    user = newsroom["users"]["editor_a"]
    gallery = blocks.StreamBlock(
        [
            (
                "gallery",
                blocks.ListBlock(
                    blocks.StructBlock(
                        [
                            (
                                "slides",
                                blocks.StreamBlock([("picture", ImageChooserBlock())]),
                            )
                        ]
                    )
                ),
            )
        ]
    )
    value = gallery.to_python(
        [
            {
                "type": "gallery",
                "id": "g1",
                "value": [
                    {
                        "id": "item-ok",
                        "type": "item",
                        "value": {
                            "slides": [
                                {
                                    "type": "picture",
                                    "id": "s1",
                                    "value": things["own_image"].pk,
                                }
                            ]
                        },
                    },
                    {
                        "id": "item-bad",
                        "type": "item",
                        "value": {
                            "slides": [
                                {
                                    "type": "picture",
                                    "id": "s2",
                                    "value": things["own_image"].pk,
                                },
                                {
                                    "type": "picture",
                                    "id": "s3",
                                    "value": things["hero"].pk,
                                },
                            ]
                        },
                    },
                ],
            }
        ]
    )
    references = list(gallery.extract_references(value))
    image_model = type(things["hero"])
    ids = {object_id for _model, object_id, _m, _c in references}
    allowed = choosable_ids(user, image_model, ids)
    assert allowed == {str(things["own_image"].pk)}
    refused = [
        content_path.split(".")
        for _model, object_id, _m, content_path in references
        if object_id not in allowed
    ]
    assert refused == [["g1", "item-bad", "slides", "s3"]]
    error = block_error(gallery, value, refused, "No.").as_json_data()
    assert error == {
        "blockErrors": {
            0: {
                "blockErrors": {
                    1: {
                        "blockErrors": {
                            "slides": {"blockErrors": {1: {"messages": ["No."]}}}
                        }
                    }
                }
            }
        }
    }


def test_a_form_shown_again_shows_nothing_a_may_not_choose(client, newsroom, things):
    """Also when the form fails for another reason: no title, no thumbnail."""
    partner_a = things["A"]
    client.force_login(newsroom["users"]["editor_a"])
    description = streamfield(
        [image_block(things["hero"]), ("paragraph", page_link(things["embargoed"]))]
    )
    data = profile_form(
        partner_a,
        title="",
        logo=things["b_image"].pk,
        description=description,
        boilerplate=page_link(things["embargoed"]),
    )
    response = client.post(edit_url(partner_a), data)
    assert response.status_code == 200
    assert set(response.context["form"].errors) == {
        "title",
        "logo",
        "description",
        "boilerplate",
    }
    html = response.content.decode()
    assert not any(secret in html for secret in SECRETS)
    assert things["b_image"].file.name.split("/")[-1].split(".")[0] not in html
    assert things["embargoed"].slug not in html


def test_translation_editor_overrides_only_with_what_a_may_choose(
    client, newsroom, things
):
    """wagtail-localize lets a translator swap images by id: the same rule applies."""
    partner_a = things["A"]
    partner_a.description = [image_block_value(things["own_image"])]
    partner_a.save_revision().publish()
    record = translate(partner_a, "fr")
    segments = OverridableSegment.objects.filter(source=record.source)
    by_path = {segment.context.path.split(".")[-1]: segment for segment in segments}
    client.force_login(newsroom["users"]["editor_a"])

    def override(segment, value, multipart=True):
        """As the translation editor sends it (multipart), or urlencoded by hand."""
        url = reverse("wagtail_localize:edit_override", args=[record.pk, segment.pk])
        if multipart:
            body = encode_multipart(BOUNDARY, {"value": value})
            return client.put(url, body, content_type=MULTIPART_CONTENT)
        return client.put(
            url, f"value={value}", content_type="application/x-www-form-urlencoded"
        )

    for name, value in (("image", things["hero"].pk), ("logo", things["b_image"].pk)):
        for multipart in (True, False):
            response = override(by_path[name], value, multipart)
            assert response.status_code == 403, name
            assert "You may not use this image" in response.json()["detail"]
    assert not SegmentOverride.objects.exists()

    assert override(by_path["logo"], things["own_image"].pk).status_code in (200, 201)
    # The source's own logo (from the shared library) may stay.
    assert override(by_path["logo"], partner_a.logo_id).status_code == 200
    assert SegmentOverride.objects.count() == 1


def test_the_refusal_speaks_the_editors_language(client, newsroom, things):
    editor = newsroom["users"]["editor_a"]
    profile = UserProfile.get_for_user(editor)
    profile.preferred_language = "fr"
    profile.save()
    client.force_login(editor)
    data = profile_form(things["A"], logo=things["b_image"].pk)
    response = client.post(edit_url(things["A"]), data)
    assert "logo" in response.context["form"].errors
    assert (
        "Vous ne pouvez pas utiliser cette image. "
        "Choisissez-en une dans votre propre collection."
    ) in response.content.decode()

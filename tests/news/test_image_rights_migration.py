"""The data migration that moves credit and licence from press-kit blocks onto
the images, run on real rows stored the way the old blocks stored them."""

import importlib
import json

import pytest
from django.apps import apps

from cms.image_rights import ImageRights, set_rights
from news.models import EventPage, PressReleasePage
from tests.cms.factories import ImageFactory
from tests.home.factories import build_sections
from tests.news.factories import EventPageFactory, PressReleasePageFactory

pytestmark = pytest.mark.django_db

migration = importlib.import_module("news.migrations.0010_image_rights_from_press_kits")


def old_block(image_id, credit, licence):
    """A press-kit image block as stored before the rights moved to the image."""
    return {
        "type": "image",
        "id": f"old-{image_id}-{credit}",
        "value": {
            "image": image_id,
            "caption": "",
            "alt_text": "",
            "credit": credit,
            "licence": licence,
        },
    }


def store_old_kit(model, page, blocks):
    model.objects.filter(pk=page.pk).update(press_kit=blocks)
    stored = model.objects.get(pk=page.pk)
    assert (
        stored.press_kit.raw_data[0]["value"]["credit"] == blocks[0]["value"]["credit"]
    ), "the old block fields are still in the stored JSON"
    return stored


def rights(image):
    row = ImageRights.objects.filter(image=image).first()
    return (row.credit, row.licence) if row else None


def test_rights_move_onto_images_and_the_first_kit_wins(site_tree, capsys):
    sections = build_sections(site_tree["homes"]["en"])
    photo, diagram, kept, draft_only, odd = (ImageFactory() for _ in range(5))
    set_rights(kept, credit="Set on the image", licence="cc0-1.0")
    release = PressReleasePageFactory(parent=sections["news"])
    event = EventPageFactory(parent=sections["events"])
    release = store_old_kit(
        PressReleasePage,
        release,
        [
            old_block(photo.pk, "First credit", "cc-by-4.0"),
            old_block(diagram.pk, "Press office", "editorial"),
            old_block(kept.pk, "Kit credit", "editorial"),
            old_block(odd.pk, "Odd licence", "all-mine"),
            old_block(987654, "Deleted image", "editorial"),
        ],
    )
    store_old_kit(
        EventPage,
        event,
        [
            old_block(photo.pk, "Second credit", "editorial"),
            old_block(diagram.pk, "Press office", "editorial"),
        ],
    )
    # A draft of the release adds an image that no stored content has yet.
    revision = release.save_revision()
    revision.content["press_kit"] = json.dumps(
        [old_block(draft_only.pk, "Draft", "cc0-1.0")]
    )
    revision.save()

    migration.image_rights_from_press_kits(apps, None)

    assert rights(photo) == ("First credit", "cc-by-4.0")  # the release came first
    assert rights(diagram) == ("Press office", "editorial")
    assert rights(kept) == ("Set on the image", "cc0-1.0")  # rights already set
    assert rights(draft_only) == ("Draft", "cc0-1.0")
    assert rights(odd) == ("Odd licence", "")  # an unknown licence is not copied
    assert not ImageRights.objects.filter(image_id=987654).exists()
    said = capsys.readouterr().out
    assert str(photo.pk) in said and str(kept.pk) in said
    assert str(diagram.pk) not in said  # the same terms twice is no disagreement

    # Running it again changes nothing.
    before = list(ImageRights.objects.values_list("image_id", "credit", "licence"))
    migration.image_rights_from_press_kits(apps, None)
    assert (
        list(ImageRights.objects.values_list("image_id", "credit", "licence")) == before
    )


def test_the_migrated_kit_still_shows_and_downloads(client, site_tree):
    sections = build_sections(site_tree["homes"]["en"])
    photo = ImageFactory()
    release = PressReleasePageFactory(parent=sections["news"], slug="migrated")
    store_old_kit(
        PressReleasePage, release, [old_block(photo.pk, "Old credit", "editorial")]
    )
    migration.image_rights_from_press_kits(apps, None)
    html = client.get(release.url).content.decode()
    assert "Old credit" in html and "Editorial use with credit" in html
    assert client.get(f"{release.url}press-kit/").status_code == 200

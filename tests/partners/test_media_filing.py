"""An existing database: partners' logos and own images leave the root collection.

`setup_roles` (run by `load_demo` and on its own) files them in each partner's
collection, creating it when it is missing; running it again changes nothing.
"""

import pytest
from wagtail.images import get_image_model
from wagtail.models import Collection

from partners.access import PartnerAccess
from partners.permissions import access_for, add_partner_editor, setup_roles
from tests.cms.factories import ImageFactory
from tests.home.factories import build_sections
from tests.news.factories import PressReleasePageFactory
from tests.partners.factories import PartnerPageFactory

pytestmark = pytest.mark.django_db


def image_block(image):
    return ("image", {"image": image, "alt_text": "", "caption": "", "credit": ""})


def collection_of(image):
    return get_image_model().objects.get(pk=image.pk).collection


@pytest.fixture
def old_database(site_tree):
    """Partners whose media sit in the root, as before partners had collections."""
    sections = build_sections(site_tree["homes"]["en"])
    root = Collection.get_first_root_node()
    own, shared, unused = (
        ImageFactory(title="Alpha cleanroom"),
        ImageFactory(title="Campus aerial view"),
        ImageFactory(title="Nobody's picture"),
    )
    alpha = PartnerPageFactory(
        parent=sections["partners"],
        title="Alpha University",
        description=[image_block(own), image_block(shared)],
    )
    beta = PartnerPageFactory(parent=sections["partners"], title="Beta Institute")
    filed = Collection.get_first_root_node().add_child(name="Press photos")
    beta.logo.collection = filed
    beta.logo.save()
    PressReleasePageFactory(parent=sections["news"], body=[image_block(shared)])
    # Back to the old state: every image in the root, Alpha's collection gone.
    get_image_model().objects.exclude(pk=beta.logo_id).update(collection=root)
    access_for(alpha).collection.delete()
    return {
        "alpha": alpha,
        "beta": beta,
        "own": own,
        "shared": shared,
        "unused": unused,
        "filed": filed,
    }


def test_setup_roles_files_each_partners_own_media_in_its_collection(old_database):
    alpha, beta = old_database["alpha"], old_database["beta"]
    assert (
        PartnerAccess.objects.get(translation_key=alpha.translation_key).collection
        is None
    )
    assert collection_of(alpha.logo).is_root()

    setup_roles()

    collection = access_for(alpha).collection
    assert collection is not None, "a missing collection is created again"
    assert collection.get_parent().is_root()
    assert collection.name.startswith("Partner: Alpha University")
    assert collection_of(alpha.logo) == collection
    assert collection_of(old_database["own"]) == collection
    # Used by a release too, or by nobody: stays in the root.
    assert collection_of(old_database["shared"]).is_root()
    assert collection_of(old_database["unused"]).is_root()
    # Filed elsewhere by Communications: stays there.
    assert collection_of(beta.logo) == old_database["filed"]

    before = list(get_image_model().objects.values_list("pk", "collection_id"))
    collections = Collection.objects.count()
    setup_roles()
    assert list(get_image_model().objects.values_list("pk", "collection_id")) == before
    assert Collection.objects.count() == collections


def test_the_partner_editor_then_finds_the_logo_in_the_chooser(client, old_database):
    setup_roles()
    editor, _password = add_partner_editor(old_database["alpha"], "alpha-editor")
    client.force_login(editor)
    html = client.get("/admin/images/chooser/").content.decode()
    assert old_database["alpha"].logo.title in html
    assert "Alpha cleanroom" in html
    assert "Campus aerial view" not in html

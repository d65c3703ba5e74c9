import pytest
from django.contrib.auth import get_user_model
from wagtail.models import Locale

from news.models import EventPage, PressReleasePage
from partners.permissions import (
    add_partner_editor,
    communications_group,
    provision_partner,
    setup_roles,
)
from tests.cms.factories import ImageFactory
from tests.home.factories import build_sections
from tests.news.factories import EventPageFactory, PressReleasePageFactory
from tests.partners.factories import PartnerPageFactory


@pytest.fixture
def newsroom(site_tree):
    """Two partners with one editor each, a Communications user, a release, an event."""
    sections = build_sections(site_tree["homes"]["en"])
    partner_a = PartnerPageFactory(
        parent=sections["partners"], title="Alpha University"
    )
    partner_b = PartnerPageFactory(parent=sections["partners"], title="Beta Institute")
    release = PressReleasePageFactory(parent=sections["news"], partners=[partner_a])
    event = EventPageFactory(parent=sections["events"], partners=[partner_b])
    setup_roles()
    editor_a, _password = add_partner_editor(partner_a, "editor-a", "a@example.org")
    editor_b, _password = add_partner_editor(partner_b, "editor-b", "b@example.org")
    users = get_user_model()
    comms = users.objects.create_user("comms", "comms@example.org", "pw")
    comms.groups.add(communications_group())
    admin = users.objects.create_superuser("root", "root@example.org", "pw")
    from partners.permissions import access_for

    image_a = ImageFactory(
        title="Alpha lab photo", collection=access_for(partner_a).collection
    )
    image_b = ImageFactory(
        title="Beta lab photo", collection=access_for(partner_b).collection
    )
    image_shared = ImageFactory(title="Campus aerial view")
    return {
        "sections": sections,
        "pages": {
            "A": partner_a,
            "B": partner_b,
            "release": PressReleasePage.objects.get(pk=release.pk),
            "event": EventPage.objects.get(pk=event.pk),
        },
        "images": {
            "A": image_a,
            "B": image_b,
            "release": image_shared,
            "event": image_shared,
        },
        "users": {
            "anonymous": None,
            "editor_a": editor_a,
            "editor_b": editor_b,
            "communications": comms,
            "superuser": admin,
        },
    }


@pytest.fixture
def alpha_versions(newsroom):
    """Alpha University's profile in English, French and Dutch, each published
    and provisioned for its editor (the partner desk's three rows)."""
    partner = newsroom["pages"]["A"]
    versions = {"en": partner}
    for code in ("fr", "nl"):
        versions[code] = partner.copy_for_translation(
            Locale.objects.get(language_code=code), copy_parents=True
        )
        versions[code].save_revision().publish()
    for page in versions.values():
        provision_partner(page)
    return versions

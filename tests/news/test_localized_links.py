"""A translated release links to partners, topics and contacts of its own language."""

import pytest

from news.models import PressReleasePage
from tests.cms.factories import TopicFactory
from tests.home.factories import build_sections
from tests.news.factories import MediaContactFactory, PressReleasePageFactory
from tests.partners.factories import PartnerPageFactory

pytestmark = pytest.mark.django_db

# Language versions are published one by one here, as an editor copying a
# release by hand would; publishing together has its own tests.


def test_translation_points_at_french_partners_and_rebuilds_about(site_tree):
    french = site_tree["locales"]["fr"]
    sections = build_sections(site_tree["homes"]["en"])
    partner = PartnerPageFactory(
        parent=sections["partners"],
        title="Ghent University",
        boilerplate="<p>Ghent University is a top-100 university.</p>",
    )
    partner_fr = partner.copy_for_translation(french, copy_parents=True)
    partner_fr.title = "Université de Gand"
    partner_fr.boilerplate = "<p>L'Université de Gand figure dans le top 100.</p>"
    partner_fr.save_revision().publish()
    topic = TopicFactory(name="Cell therapy", slug="cell-therapy")
    topic_fr = topic.copy_for_translation(french)
    topic_fr.name = "Thérapie cellulaire"
    topic_fr.save()
    contact = MediaContactFactory()
    contact_fr = contact.copy_for_translation(french)
    contact_fr.save()
    release = PressReleasePageFactory(
        parent=sections["news"],
        publish_together=False,
        partners=[partner],
        topics=[topic],
        media_contacts=[contact],
    )
    assert release.about_sections.get().heading == "About Ghent University"

    translated = release.copy_for_translation(french, copy_parents=True).specific
    translated.save_revision().publish()
    translated = PressReleasePage.objects.get(pk=translated.pk)

    assert [link.partner_id for link in translated.partner_links.all()] == [
        partner_fr.pk
    ]
    assert [link.topic_id for link in translated.topic_links.all()] == [topic_fr.pk]
    assert [link.contact_id for link in translated.media_contact_links.all()] == [
        contact_fr.pk
    ]
    about = translated.about_sections.get()
    assert about.partner_id == partner_fr.pk
    assert about.heading == "À propos de Université de Gand"
    assert "top 100" in about.text
    # The French section is the English one in French: same key, French locale.
    english_about = release.about_sections.get()
    assert about.translation_key == english_about.translation_key
    assert about.locale_id == french.pk
    # The English release keeps its own snapshot.
    assert english_about.partner_id == partner.pk
    assert english_about.heading == "About Ghent University"

    # Later edits of the French profile leave the French release alone.
    partner_fr.boilerplate = "<p>Nouveau texte.</p>"
    partner_fr.save_revision().publish()
    translated.lead = "Un chapeau modifié."
    translated.save_revision().publish()
    about = PressReleasePage.objects.get(pk=translated.pk).about_sections.get()
    assert "top 100" in about.text
    assert about.heading == "À propos de Université de Gand"


def test_french_copy_saved_as_a_draft_points_at_french_partners(site_tree):
    """A draft revision of a fresh copy already has this language's partner."""
    french = site_tree["locales"]["fr"]
    sections = build_sections(site_tree["homes"]["en"])
    partner = PartnerPageFactory(parent=sections["partners"], title="VIB")
    partner_fr = partner.copy_for_translation(french, copy_parents=True)
    partner_fr.boilerplate = "<p>Le VIB est un institut de recherche.</p>"
    partner_fr.save_revision().publish()
    release = PressReleasePageFactory(
        parent=sections["news"], partners=[partner], publish_together=False
    )

    translated = release.copy_for_translation(french, copy_parents=True).specific
    draft = translated.save_revision().as_object()

    assert [link.partner_id for link in draft.partner_links.all()] == [partner_fr.pk]
    about = draft.about_sections.get()
    assert (about.partner_id, about.heading) == (partner_fr.pk, "À propos de VIB")
    assert about.text == "<p>Le VIB est un institut de recherche.</p>"


def test_partner_without_a_translation_stays_linked(site_tree):
    sections = build_sections(site_tree["homes"]["en"])
    partner = PartnerPageFactory(parent=sections["partners"], title="Janssen")
    release = PressReleasePageFactory(
        parent=sections["news"], partners=[partner], publish_together=False
    )
    translated = release.copy_for_translation(
        site_tree["locales"]["nl"], copy_parents=True
    ).specific
    translated.save_revision().publish()
    translated = PressReleasePage.objects.get(pk=translated.pk)
    assert [link.partner_id for link in translated.partner_links.all()] == [partner.pk]
    assert translated.about_sections.get().partner_id == partner.pk

"""The translation status report, its states, the dashboard panel and cascades."""

import pytest
from django.urls import reverse
from wagtail import hooks
from wagtail.models import Locale
from wagtail_localize.models import StringSegment, StringTranslation

from cms.demo.builders.newsroom import build_demo
from cms.translations import status
from cms.translations.publishing import publish_as_is
from news.models import PressReleasePage
from tests.cms.factories import translate
from tests.news.factories import NewsIndexPageFactory, PressReleasePageFactory


@pytest.fixture
def demo(db):
    return build_demo()


def release(code="en"):
    page = PressReleasePage.objects.get(
        locale__language_code="en",
        slug="eu-biotech-campus-and-cespe-announce-strategic-partnership",
    )
    return page.get_translation(Locale.objects.get(language_code=code)).specific


def row_for(page):
    return next(
        row
        for row in status.translation_status_rows()
        if row.translation_key == str(page.translation_key)
    )


def test_demo_is_complete_in_every_language(demo):
    rows = status.translation_status_rows()
    assert len(rows) >= 10
    assert all(status.COMPLETE in row.states for row in rows)


def test_states_missing_draft_behind_and_source_gone(demo):
    english = release("en")
    release("nl").delete()
    release("fr").unpublish()
    row = row_for(english)
    assert row.version("nl").state == status.MISSING
    assert row.version("fr").state == status.DRAFT
    assert {status.MISSING, status.DRAFT} <= row.states

    english.lead = "Changed after the translations were made."
    with publish_as_is():
        english.save_revision().publish()
    row = row_for(english)
    assert row.version("fr").behind

    # wagtail-localize records survive the source's deletion (DISABLE_ON_DELETE).
    from wagtail_localize.models import Translation, TranslationSource

    source, _c = TranslationSource.get_or_create_from_instance(english)
    Translation.objects.create(
        source=source, target_locale=Locale.objects.get(language_code="fr")
    )
    french = release("fr")
    english.delete()
    assert row_for(french).version("fr").state == status.SOURCE_GONE


def test_report_is_filterable_and_bounded(
    admin_client, demo, django_assert_max_num_queries
):
    release("nl").delete()
    url = reverse("newsroom_translation_status")
    with django_assert_max_num_queries(40):
        response = admin_client.get(url, {"state": "missing"})
    html = response.content.decode()
    assert response.status_code == 200
    assert release("en").title in html
    assert 'data-state="missing"' in html
    response = admin_client.get(url, {"state": "source_gone"})
    assert release("en").title not in response.content.decode()


def test_dashboard_panel_lists_releases_missing_a_language(admin_client, demo):
    release("fr").delete()
    response = admin_client.get(reverse("wagtailadmin_home"))
    html = response.content.decode()
    assert "release still missing a language" in html
    assert release("en").title in html


def test_unpublishing_or_deleting_the_source_offers_the_translations(demo):
    [cascade] = hooks.get_hooks("construct_translated_pages_to_cascade_actions")
    english, french = release("en"), release("fr")
    for action in ("unpublish", "delete"):
        pages = cascade([english], action)[english]
        assert {page.locale.language_code for page in pages} == {"fr", "nl"}
    assert cascade([french], "delete") == {}


def test_unpublish_confirmation_names_the_translations(admin_client, demo):
    english = release("en")
    url = reverse("wagtailadmin_pages:unpublish", args=(english.pk,))
    assert "also unpublish all 2 translations" in admin_client.get(url).content.decode()
    admin_client.post(url)
    assert not PressReleasePage.objects.filter(
        translation_key=english.translation_key, live=True
    ).exists()


def test_a_translation_is_behind_only_when_its_source_content_changed(site_tree):
    """Saving or publishing the source again changes nothing wagtail-localize
    translates: the report agrees with its "Up to date"."""

    news = NewsIndexPageFactory(parent=site_tree["homes"]["en"])
    copy = news.copy_for_translation(Locale.objects.get(language_code="fr"))
    copy.save_revision().publish()
    english = PressReleasePageFactory(parent=news, publish_together=False)
    record = translate(english, "fr")
    for found in StringSegment.objects.filter(source=record.source):
        StringTranslation.objects.get_or_create(
            translation_of_id=found.string_id,
            locale=record.target_locale,
            context_id=found.context_id,
            defaults={"data": "traduit"},
        )
    assert row_for(english).version("fr").behind is False

    english = PressReleasePage.objects.get(pk=english.pk)
    english.save_revision().publish()
    assert row_for(english).version("fr").behind is False
    assert str(record.get_status_display()) == "Up to date"

    english.lead = "A new lead the translation does not have yet."
    english.save_revision()
    assert row_for(english).version("fr").behind is True
    assert row_for(english).version("fr").state == status.BEHIND

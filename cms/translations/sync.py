"""Bring a page's other language versions up to date through wagtail-localize.

wagtail-localize's sync ("Sync translated pages") updates a page's
`TranslationSource` from the page and rebuilds each
`Translation`'s target from the translated segments: a segment whose source
text did not change keeps its translation, a changed one is left to
translate (the target gets the source text until it is translated, and the
translation editor marks it).

Language versions made by hand (`copy_for_translation`, as the demo and
partners' own edits make them) have no `Translation` yet. Before the first
sync their current text is recorded, segment by segment, as the translation
of the source as it stood when that version was last changed (the source's
revision of that time), so only what changed in the source since then is
left to translate. The drafts are saved without publishing: the live
versions stay as they are (`cms/translations/drafts.py`) until the drafts go
through review.
"""

from django.db import transaction
from wagtail_localize.models import (
    String,
    StringTranslation,
    Translation,
    TranslationContext,
    TranslationSource,
)
from wagtail_localize.segments import StringSegmentValue
from wagtail_localize.segments.extract import extract_segments


def _strings(instance):
    return {
        segment.path: segment.string
        for segment in extract_segments(instance)
        if isinstance(segment, StringSegmentValue)
    }


def source_as_of(page, moment):
    """`page` (the source) as it stood at `moment`: its revision of that time."""
    revisions = page.revisions.order_by("-created_at", "-pk")
    if moment is not None:
        revisions = revisions.filter(created_at__lte=moment)
    revision = revisions.first()
    return revision.as_object() if revision is not None else page


def record_existing_translation(page, version, user=None):
    """Record `version`'s current text as the translation of `page` as it was.

    Segments are paired by their place in the page (field, block, child
    object); a segment found only on one side is left untranslated.
    Returns how many segments were recorded.
    """
    version = version.specific
    before = source_as_of(page, version.latest_revision_created_at)
    source_strings = _strings(before)
    version_strings = _strings(version)
    recorded = 0
    for path, string in source_strings.items():
        translated = version_strings.get(path)
        if translated is None or not translated.data.strip():
            continue
        context, _created = TranslationContext.objects.get_or_create(
            object_id=page.translation_key, path=path
        )
        record, created = StringTranslation.objects.get_or_create(
            translation_of=String.from_value(page.locale, string),
            locale=version.locale,
            context=context,
            defaults={
                "data": translated.data,
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
                "last_translated_by": user,
            },
        )
        recorded += created
    return recorded


def translations_from(page):
    """The enabled wagtail-localize translations whose source is `page`."""
    return Translation.objects.filter(
        source__object_id=page.translation_key,
        source__locale_id=page.locale_id,
        enabled=True,
    ).select_related("source", "target_locale")


def is_translation_target(page):
    """Whether `page` is kept by wagtail-localize as the translation of another."""
    return Translation.objects.filter(
        source__object_id=page.translation_key,
        target_locale_id=page.locale_id,
        enabled=True,
    ).exists()


@transaction.atomic
def sync_language_versions(page, versions, user=None):
    """Bring `versions` (other language versions of `page`) up to date with it.

    The source is `page`'s latest revision, a draft included: a partner
    editor, who cannot publish, brings the other languages up to date with
    the change they are about to submit (wagtail-localize's own sync reads
    the live page).

    Returns {version's language code: (segments, segments translated)}.
    """
    page = page.specific
    linked = {t.target_locale_id for t in translations_from(page)}
    for version in versions:
        if version.locale_id not in linked:
            record_existing_translation(page, version, user)
    source, _created = TranslationSource.update_or_create_from_instance(
        page.get_latest_revision_as_object()
    )
    progress = {}
    for version in versions:
        translation, _created = Translation.objects.update_or_create(
            source=source,
            target_locale=version.locale,
            defaults={"enabled": True},
        )
        translation.save_target(user=user, publish=False)
        progress[version.locale.language_code] = translation.get_progress()
    return progress

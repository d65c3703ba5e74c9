"""Give every existing About section its page's locale and a translation key.

Sections of linked language versions of one release that are about the same
partner (in any of its languages) share a key, as wagtail-localize would have
made them; every other section gets a fresh one.
"""

import uuid

from django.db import migrations

BATCH = 500


def pages_by_pk(Page, db_alias, pks):
    """{pk: (translation_key, locale_id)}, fetched in batches SQLite accepts."""
    pks = sorted(pks)
    found = {}
    for start in range(0, len(pks), BATCH):
        found.update(
            (pk, (key, locale_id))
            for pk, key, locale_id in Page.objects.using(db_alias)
            .filter(pk__in=pks[start : start + BATCH])
            .values_list("pk", "translation_key", "locale_id")
        )
    return found


def fill_locale_and_translation_key(apps, schema_editor):
    db_alias = schema_editor.connection.alias
    AboutSection = apps.get_model("news", "AboutSection")
    Page = apps.get_model("wagtailcore", "Page")

    sections = list(
        AboutSection.objects.using(db_alias)
        .filter(translation_key__isnull=True)
        .order_by("page_id", "sort_order", "pk")
    )
    if not sections:
        return
    pages = pages_by_pk(
        Page,
        db_alias,
        {s.page_id for s in sections}
        | {s.partner_id for s in sections if s.partner_id},
    )

    shared = {}  # (release key, partner key) -> key
    used = set()  # (key, locale_id): unique together
    for section in sections:
        release_key, locale_id = pages[section.page_id]
        section.locale_id = locale_id
        key = None
        if section.partner_id in pages:
            group = (release_key, pages[section.partner_id][0])
            key = shared.setdefault(group, uuid.uuid4())
        if key is None or (key, locale_id) in used:
            key = uuid.uuid4()
        used.add((key, locale_id))
        section.translation_key = key

    AboutSection.objects.using(db_alias).bulk_update(
        sections, ["locale", "translation_key"], batch_size=BATCH
    )


class Migration(migrations.Migration):
    dependencies = [
        ("news", "0004_aboutsection_locale_translation_key"),
    ]

    operations = [
        migrations.RunPython(
            fill_locale_and_translation_key, migrations.RunPython.noop, elidable=True
        ),
    ]

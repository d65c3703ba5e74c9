"""Credit and licence move from the press-kit blocks onto the images.

Until now each press-kit image block carried its own credit and licence; they
now belong to the image (cms.ImageRights) and the block fields are gone. Pages
are read oldest first (by id), releases then events; for each page its stored
content, then its latest revision (a draft); within a kit, in the kit's order.
The first credit and the first licence met for an image win: an image met again
with other terms keeps the first ones, and the migration names each such image.
Nothing is lost: the other terms stay in the pages' revisions, where the page
history shows them. Unknown licence keys are not copied.
"""

import json
import sys

import wagtail.fields
from django.db import migrations, models

LICENCES = {"editorial", "cc-by-4.0", "cc-by-nd-4.0", "cc0-1.0"}


def _blocks(raw):
    if isinstance(raw, str):
        try:
            raw = json.loads(raw or "[]")
        except ValueError:
            return []
    return raw if isinstance(raw, list) else []


def _kits(apps):
    """Every press kit's raw blocks, in the order described above."""
    Revision = apps.get_model("wagtailcore", "Revision")
    for model_name in ("PressReleasePage", "EventPage"):
        model = apps.get_model("news", model_name)
        for page in model.objects.order_by("pk"):
            yield _blocks(list(page.press_kit.raw_data))
            if page.latest_revision_id:
                revision = Revision.objects.filter(pk=page.latest_revision_id).first()
                if revision is not None:
                    yield _blocks((revision.content or {}).get("press_kit"))


def image_rights_from_press_kits(apps, schema_editor):
    Image = apps.get_model("wagtailimages", "Image")
    ImageRights = apps.get_model("cms", "ImageRights")
    existing = set(Image.objects.values_list("pk", flat=True))
    disagreements = set()
    for blocks in _kits(apps):
        for block in blocks:
            if not isinstance(block, dict) or block.get("type") != "image":
                continue
            value = block.get("value") or {}
            image_id = value.get("image")
            credit = (value.get("credit") or "").strip()[:120]
            licence = value.get("licence") or ""
            licence = licence if licence in LICENCES else ""
            if image_id not in existing or not (credit or licence):
                continue
            rights, _created = ImageRights.objects.get_or_create(image_id=image_id)
            changed = []
            for field, new in (("credit", credit), ("licence", licence)):
                old = getattr(rights, field)
                if new and not old:
                    setattr(rights, field, new)
                    changed.append(field)
                elif new and old != new:
                    disagreements.add(image_id)
            if changed:
                rights.save(update_fields=changed)
    if disagreements:
        sys.stdout.write(
            "\n  Press kits gave other credits or licences to images "
            f"{sorted(disagreements)}: each keeps the first one met.\n"
        )




class Migration(migrations.Migration):

    dependencies = [
        ('cms', '0006_image_rights'),
        ('news', '0009_merge_press_kits_and_event_link'),
        ('wagtailcore', '0097_baselogentry_uuid_action_timestamp_indexes'),
    ]

    operations = [
        migrations.RunPython(
            image_rights_from_press_kits, migrations.RunPython.noop, elidable=False
        ),
        migrations.AlterField(
            model_name='eventpage',
            name='press_kit',
            field=wagtail.fields.StreamField([('image', 3), ('document', 6)], blank=True, block_lookup={0: ('wagtail.images.blocks.ImageChooserBlock', (), {'help_text': 'Its credit and licence, set on the image, are shown with it.', 'label': 'Image'}), 1: ('wagtail.blocks.CharBlock', (), {'help_text': 'What the image shows, as a newspaper would print it.', 'label': 'Caption', 'max_length': 250, 'required': False}), 2: ('wagtail.blocks.CharBlock', (), {'help_text': "What the image shows, for screen readers. Empty: the image's own description.", 'label': 'Alternative text', 'max_length': 250, 'required': False}), 3: ('wagtail.blocks.StructBlock', [[('image', 0), ('caption', 1), ('alt_text', 2)]], {}), 4: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Empty: the title.', 'label': 'Label', 'max_length': 120, 'required': False}), 6: ('wagtail.blocks.StructBlock', [[('document', 4), ('label', 5)]], {})}, help_text='Images and documents journalists may download, one by one or as a ZIP. Every image needs a credit and a licence.', verbose_name='press kit'),
        ),
        migrations.AlterField(
            model_name='pressreleasepage',
            name='hero_credit',
            field=models.CharField(blank=True, help_text='Photographer. Empty: the credit set on the image.', max_length=120, verbose_name='hero image credit'),
        ),
        migrations.AlterField(
            model_name='pressreleasepage',
            name='press_kit',
            field=wagtail.fields.StreamField([('image', 3), ('document', 6)], blank=True, block_lookup={0: ('wagtail.images.blocks.ImageChooserBlock', (), {'help_text': 'Its credit and licence, set on the image, are shown with it.', 'label': 'Image'}), 1: ('wagtail.blocks.CharBlock', (), {'help_text': 'What the image shows, as a newspaper would print it.', 'label': 'Caption', 'max_length': 250, 'required': False}), 2: ('wagtail.blocks.CharBlock', (), {'help_text': "What the image shows, for screen readers. Empty: the image's own description.", 'label': 'Alternative text', 'max_length': 250, 'required': False}), 3: ('wagtail.blocks.StructBlock', [[('image', 0), ('caption', 1), ('alt_text', 2)]], {}), 4: ('wagtail.documents.blocks.DocumentChooserBlock', (), {'label': 'Document'}), 5: ('wagtail.blocks.CharBlock', (), {'help_text': 'Empty: the title.', 'label': 'Label', 'max_length': 120, 'required': False}), 6: ('wagtail.blocks.StructBlock', [[('document', 4), ('label', 5)]], {})}, help_text='Images and documents journalists may download, one by one or as a ZIP. Every image needs a credit and a licence.', verbose_name='press kit'),
        ),
    ]

"""A translation's slug follows its translated title.

wagtail-localize offers a page's slug as a segment of its own, after all the
others. When a title segment is translated (in the editor, by a PO file or by
machine), the slug segment of the same page and language gets the slug of the
new title, unless a translator wrote a slug of their own: one that is not the
slug of the title's previous translation. wagtail-localize makes the slug
unique among its siblings when it writes the page.
"""

from django.db.models.signals import post_save, pre_save
from django.utils.text import slugify
from wagtail_localize.models import StringSegment, StringTranslation

TITLE = "title"
SLUG = "slug"


def _title_context(translation):
    context = translation.context if translation.context_id else None
    return context if context is not None and context.path == TITLE else None


def remember_previous_title(sender, instance, raw=False, **kwargs):
    if raw or instance.pk is None or _title_context(instance) is None:
        return
    instance._previous_title = (
        StringTranslation.objects.filter(pk=instance.pk)
        .values_list("data", flat=True)
        .first()
    )


def slug_follows_title(sender, instance, raw=False, **kwargs):
    context = None if raw else _title_context(instance)
    if context is None:
        return
    slug = slugify(instance.data)
    slug_segment = (
        StringSegment.objects.filter(
            context__object_id=context.object_id, context__path=SLUG
        )
        .select_related("context")
        .order_by("-source__last_updated_at")
        .first()
    )
    if not slug or slug_segment is None:
        return
    current = StringTranslation.objects.filter(
        translation_of_id=slug_segment.string_id,
        locale_id=instance.locale_id,
        context=slug_segment.context,
    ).first()
    if current is None:
        StringTranslation.objects.create(
            translation_of_id=slug_segment.string_id,
            locale_id=instance.locale_id,
            context=slug_segment.context,
            data=slug,
            translation_type=instance.translation_type,
            tool_name=instance.tool_name,
            last_translated_by=instance.last_translated_by,
        )
        return
    previous = getattr(instance, "_previous_title", None)
    if current.data != slug and current.data == slugify(previous or ""):
        current.data = slug
        current.save(update_fields=["data", "updated_at"])


def connect_signals():
    pre_save.connect(
        remember_previous_title,
        sender=StringTranslation,
        dispatch_uid="newsroom_remember_previous_title",
    )
    post_save.connect(
        slug_follows_title,
        sender=StringTranslation,
        dispatch_uid="newsroom_slug_follows_title",
    )

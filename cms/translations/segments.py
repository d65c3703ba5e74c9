"""Which parts of a language version are still untranslated, in the editor's words.

A refused "publish together" names them ("Français: Lead, Body") and links
to each version's editor, instead of only "not fully translated".
"""

from django.core.exceptions import FieldDoesNotExist
from django.db.models import Exists, OuterRef
from django.utils.text import capfirst
from wagtail_localize.models import StringSegment, StringTranslation, Translation


def _field_label(model, name):
    try:
        field = model._meta.get_field(name)
    except FieldDoesNotExist:
        return capfirst(name.replace("_", " "))
    label = getattr(field, "verbose_name", None)
    if label is None:  # a child relation: its model's plural name
        label = field.related_model._meta.verbose_name_plural
    return capfirst(str(label))


def untranslated_fields(record):
    """The labels of the fields of `record` (a Translation) with an untranslated
    segment, in the order the editor shows them."""
    model = record.source.specific_content_type.model_class()
    translated = StringTranslation.objects.filter(
        translation_of_id=OuterRef("string_id"),
        context_id=OuterRef("context_id"),
        locale_id=record.target_locale_id,
        has_error=False,
    )
    paths = (
        StringSegment.objects.filter(source_id=record.source_id)
        .annotate(done=Exists(translated))
        .filter(done=False)
        .order_by("order")
        .values_list("context__path", flat=True)
    )
    labels = []
    for path in paths:
        label = _field_label(model, path.split(".")[0])
        if label not in labels:
            labels.append(label)
    return labels


def untranslated_by_language(page, codes):
    """{language code: [field labels]} for the versions of `page` in `codes`."""
    records = Translation.objects.filter(
        source__object_id=page.translation_key,
        target_locale__language_code__in=codes,
        enabled=True,
    ).select_related("source", "target_locale")
    found = {}
    for record in records:
        fields = untranslated_fields(record)
        if fields:
            found.setdefault(record.target_locale.language_code, fields)
    return found

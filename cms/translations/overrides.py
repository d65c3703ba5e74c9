"""A translator overrides an image, document or page only with one they may choose.

In wagtail-localize's translation editor, whoever may edit a translated page
may replace the source's images, documents and chosen pages ("overridable
segments") by id. The override is stored, and written into the page the next
time someone who may publish does. So the same rule as for saving a page
(cms/references.py) applies when the override is stored: otherwise a partner
editor would put another partner's image into their French profile, and
Communications would publish it without knowing.
"""

import json
from io import BytesIO

from django.core.exceptions import FieldDoesNotExist
from django.db import models
from django.http import JsonResponse, QueryDict
from django.http.multipartparser import MultiPartParser, MultiPartParserError
from django.shortcuts import get_object_or_404
from wagtail import blocks
from wagtail.fields import StreamField
from wagtail_localize.models import OverridableSegment, SegmentOverride, Translation
from wagtail_localize.views import edit_translation

from cms.reference_form import REFUSED_MESSAGES
from cms.references import base_model, choosable_ids, kind_of


def model_at(instance, path):
    """The model a foreign key or chooser block at content `path` refers to."""
    field_name, *rest = path.split(".")
    try:
        field = instance._meta.get_field(field_name)
    except FieldDoesNotExist:
        return None
    if isinstance(field, models.ForeignKey) and not rest:
        return field.related_model
    if isinstance(field, StreamField):
        value = field.value_from_object(instance)
        bound = field.get_block_by_content_path(value, rest)
        if bound is not None and isinstance(bound.block, blocks.ChooserBlock):
            return bound.block.model_class
    return None


def _values_in_place(segment, translation):
    """The source's value and the current override: keeping them is no change."""
    values = {str(json.loads(segment.data_json))}
    current = SegmentOverride.objects.filter(
        locale_id=translation.target_locale_id, context_id=segment.context_id
    ).first()
    if current is not None:
        values.add(str(current.data))
    return values


def posted_value(request):
    """The `value` a PUT carries, read as wagtail-localize's view will read it.

    The translation editor sends a multipart form; a hand-made request may send
    an urlencoded one. The body is read into memory (Django keeps it), so the
    view that runs after this check still parses it.
    """
    body = request.body
    if request.content_type == "multipart/form-data":
        try:
            data, _files = MultiPartParser(
                request.META, BytesIO(body), request.upload_handlers, request.encoding
            ).parse()
        except MultiPartParserError:
            return ""
    else:
        data = QueryDict(body, encoding=request.encoding)
    return data.get("value", "")


def refusal(request, translation_id, overridable_segment_id):
    """A 403 answer when the posted override is not the user's to choose."""
    translation = get_object_or_404(Translation, id=translation_id)
    segment = get_object_or_404(
        OverridableSegment.objects.select_related("context"), id=overridable_segment_id
    )
    if segment.context.object_id != translation.source.object_id:
        return None  # wagtail-localize answers 404
    model = model_at(translation.source.as_instance(), segment.context.path)
    if model is None or kind_of(base_model(model)) is None:
        return None
    value = posted_value(request)
    if value in _values_in_place(segment, translation):
        return None
    if value in choosable_ids(request.user, base_model(model), {value}):
        return None
    message = REFUSED_MESSAGES[kind_of(base_model(model))]
    return JsonResponse({"detail": str(message)}, status=403)


def edit_override(request, translation_id, overridable_segment_id):
    """wagtail-localize's view, after the check for a new value."""
    if request.method == "PUT":
        refused = refusal(request, translation_id, overridable_segment_id)
        if refused is not None:
            return refused
    return edit_translation.edit_override(
        request,
        translation_id=translation_id,
        overridable_segment_id=overridable_segment_id,
    )

"""The admin form every page type uses: it refuses references the editor may not choose.

Wagtail's create, edit and preview views all decide with `is_valid()`, so a
refused reference saves no revision, writes no log entry and stores no
preview. The error sits on the field, or on the block inside a StreamField,
that holds the reference. The form then shows that field without the refused
reference: a chooser would otherwise print the title and thumbnail of
whatever id was posted, and so answer "what is image 42?".
"""

import re
from collections import defaultdict

from django import forms
from django.core.exceptions import FieldDoesNotExist, ValidationError
from django.db import models
from django.forms.utils import ErrorList
from django.utils.translation import gettext_lazy as _
from wagtail import blocks
from wagtail.admin.admin_url_finder import AdminURLFinder
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.widgets.chooser import BaseChooser
from wagtail.blocks.list_block import ListBlockValidationError
from wagtail.blocks.stream_block import StreamBlockValidationError
from wagtail.blocks.struct_block import StructBlockValidationError
from wagtail.fields import RichTextField, StreamField
from wagtail.rich_text import extract_references_from_rich_text

from cms.references import base_model, kind_of, refused_references

REFUSED_MESSAGES = {
    "image": _("You may not use this image. Choose one from your own collection."),
    "document": _(
        "You may not use this document. Choose one from your own collection."
    ),
    "page": _("You may not link to this page."),
    "snippet": _("You may not use this item."),
}

# Rich-text links and embeds, as Wagtail stores them: <a linktype=… id=…>…</a>
# and <embed embedtype=… id=… />. Links do not nest.
FIND_LINK = re.compile(r"(?P<tag><a\b[^>]*>)(?P<text>.*?)</a>", re.DOTALL)
FIND_EMBED = re.compile(r"<embed\b[^>]*/>")

# More blocks than any page holds: a posted count beyond it is not walked.
MAX_POSTED_BLOCKS = 1000


def block_error(block, value, paths, message):
    """One validation error for `block` with `message` at each content path.

    Content paths are the reference index's: stream and list children by id,
    struct children by name. The error has the shape Wagtail's StreamField
    widget shows beside the block itself.
    """
    if not all(paths):
        return ValidationError(message)
    is_stream = isinstance(block, blocks.BaseStreamBlock)
    if is_stream or isinstance(block, blocks.ListBlock):
        children = value if is_stream else value.bound_blocks
        errors = {}
        for index, child in enumerate(children):
            inner = [path[1:] for path in paths if path[0] == str(child.id)]
            if inner:
                errors[index] = block_error(child.block, child.value, inner, message)
        error_class = (
            StreamBlockValidationError if is_stream else ListBlockValidationError
        )
        if errors:
            return error_class(block_errors=errors)
        return error_class(non_block_errors=ErrorList([message]))
    if isinstance(block, blocks.BaseStructBlock):
        errors = {}
        for name, child_block in block.child_blocks.items():
            inner = [path[1:] for path in paths if path[0] == name]
            if inner:
                errors[name] = block_error(child_block, value.get(name), inner, message)
        if errors:
            return StructBlockValidationError(block_errors=errors)
        return StructBlockValidationError(non_block_errors=ErrorList([message]))
    return ValidationError(message)


def refuse(references):
    """Add one error to each form field that holds a refused reference."""
    by_field = defaultdict(list)
    for reference in references:
        by_field[(reference.form, reference.field)].append(reference)
    for (form, field), held in by_field.items():
        message = REFUSED_MESSAGES[kind_of(held[0].model)]
        model_field = form.instance._meta.get_field(field)
        if isinstance(model_field, StreamField):
            value = model_field.value_from_object(form.instance)
            paths = [reference.content_path for reference in held]
            error = block_error(model_field.stream_block, value, paths, message)
        else:
            error = ValidationError(message, code="not_choosable")
        form.add_error(field, error)


# Rewriting what was posted: refused and malformed ids -------------------------


def _posted_target(model, value):
    """(base model, id as the database knows it) of a posted id, or None."""
    try:
        pk = model._meta.pk.to_python(value)
        model._meta.pk.run_validators(pk)
    except ValidationError:
        return None
    return (base_model(model), str(pk))


def _refers_to(html, targets):
    return any(
        (base_model(model), str(object_id)) in targets
        for model, object_id, _model_path, _content_path in (
            extract_references_from_rich_text(html)
        )
    )


def strip_rich_text(html, targets):
    """`html` without its links (keeping their text) and embeds to `targets`."""

    def link(match):
        return match["text"] if _refers_to(match["tag"] + "</a>", targets) else match[0]

    html = FIND_LINK.sub(link, html)
    return FIND_EMBED.sub(lambda m: "" if _refers_to(m[0], targets) else m[0], html)


class PostedReferences:
    """Rewrites the ids a form posted for its reference fields, at any depth.

    `drop(model, value)` says whether a posted id goes; `targets` are the
    (base model, id) pairs whose rich-text links and embeds go.
    """

    def __init__(self, form, drop, targets=frozenset()):
        self.data = form.data.copy()
        self.files = form.files
        self.drop = drop
        self.targets = targets
        _use_data(form, self.data)

    def field(self, form, name):
        field, key = form.fields[name], form.add_prefix(name)
        model_field = _model_field(form, name)
        if isinstance(model_field, StreamField):
            self.block(model_field.stream_block, key)
        elif isinstance(model_field, RichTextField):
            self.rich_text(field.widget, key)
        elif isinstance(field, forms.ModelChoiceField) and not isinstance(
            field, forms.ModelMultipleChoiceField
        ):
            self.choice(field.queryset.model, key)

    def choice(self, model, key):
        value = self.data.get(key)
        if value not in (None, "") and self.drop(model, value):
            self.data[key] = ""

    def rich_text(self, widget, key):
        if not self.targets:
            return
        html = widget.value_from_datadict(self.data, self.files, key) or ""
        stripped = strip_rich_text(html, self.targets)
        if stripped != html:
            self.data[key] = widget.format_value(stripped)

    def block(self, block, prefix):
        if isinstance(block, blocks.BaseStreamBlock | blocks.ListBlock):
            for index in range(_count(self.data.get(f"{prefix}-count"))):
                if isinstance(block, blocks.ListBlock):
                    child = block.child_block
                else:
                    child = block.child_blocks.get(
                        self.data.get(f"{prefix}-{index}-type")
                    )
                if child is not None:
                    self.block(child, f"{prefix}-{index}-value")
        elif isinstance(block, blocks.BaseStructBlock):
            for name, child in block.child_blocks.items():
                self.block(child, f"{prefix}-{name}")
        elif isinstance(block, blocks.ChooserBlock):
            self.choice(block.model_class, prefix)
        elif isinstance(block, blocks.RichTextBlock):
            self.rich_text(block.field.widget, prefix)


def _model_field(form, name):
    try:
        return form.instance._meta.get_field(name)
    except FieldDoesNotExist:
        return None


def _count(value):
    try:
        return max(0, min(int(value), MAX_POSTED_BLOCKS))
    except (TypeError, ValueError):
        return 0


def _use_data(form, data):
    form.data = data
    for formset in getattr(form, "formsets", {}).values():
        formset.data = data
        for child in formset.forms:
            _use_data(child, data)


def _all_forms(form):
    yield form
    for formset in getattr(form, "formsets", {}).values():
        for child in formset.forms:
            yield from _all_forms(child)


def blank_malformed_ids(form, in_blocks_only=False):
    """Posted ids that cannot be primary keys become empty.

    Wagtail's choosers look a posted id up as it is: "abc", or a number too big
    for the database, would end in a 500 instead of a form error. Chooser
    blocks look it up while the form is validated, so they are cleaned first
    (an empty required block is then an error); a foreign key's field refuses
    it with "Select a valid choice", and its chooser is shown empty.
    """
    posted = PostedReferences(
        form, drop=lambda model, value: _posted_target(model, value) is None
    )
    for each in _all_forms(form):
        for name in each.fields:
            if not in_blocks_only or isinstance(_model_field(each, name), StreamField):
                posted.field(each, name)


def hide(form, references):
    """Show `form` (and its inline forms) again without the refused references."""
    targets = {(base_model(r.model), r.object_id) for r in references}
    posted = PostedReferences(
        form,
        drop=lambda model, value: _posted_target(model, value) in targets,
        targets=targets,
    )
    for held_by, name in {(r.form, r.field) for r in references}:
        posted.field(held_by, name)


def hide_edit_links_the_user_cannot_follow(form, user):
    """A chooser's "Edit this item" only where the user may edit the chosen item.

    Wagtail links the chosen image or document whoever reads the form: a
    partner editor would follow their profile's logo, placed by
    Communications in another collection, to a refusal.
    """
    finder = AdminURLFinder(user)
    for name, field in form.fields.items():
        widget = field.widget
        if not isinstance(widget, BaseChooser) or not widget.show_edit_link:
            continue
        chosen = getattr(form.instance, name, None)
        if isinstance(chosen, models.Model) and not finder.get_edit_url(chosen):
            widget.show_edit_link = False


class ChoosableReferencesPageForm(WagtailAdminPageForm):
    """Refuses a page whose content refers to what its editor may not choose."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        if self.is_bound:
            blank_malformed_ids(self, in_blocks_only=True)
        self.references_checked = False
        if self.for_user is not None:
            hide_edit_links_the_user_cannot_follow(self, self.for_user)

    def is_valid(self):
        valid = super().is_valid()
        if self.is_bound and not self.references_checked:
            # Also when the form is invalid for other reasons: it is shown
            # again, and must show nothing the editor may not choose.
            self.references_checked = True
            blank_malformed_ids(self)
            refused = []
            if self.for_user is not None:
                refused = refused_references(self, self.for_user)
            if refused:
                refuse(refused)
                hide(self, refused)
        return valid and super().is_valid()

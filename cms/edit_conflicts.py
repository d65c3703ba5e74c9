"""Two editors, one page: a save from an outdated form never silently wins.

Wagtail's edit form carries the revision it was loaded on
(`loaded_revision_id`, `loaded_revision_created_at`) and Wagtail refuses an
*autosave* from an outdated form, but a click on Save draft, Publish or Submit
still replaces the newer revision with the old form's content. The page form
here closes that gap, for every action of the edit view:

- When the two editors changed different fields, the edits are merged: the
  fields the other editor changed keep their newer value, the rest come from
  this form.
- When both changed the same field or list (or the form's base cannot be known,
  after an autosave), nothing is saved: the form error names who saved the
  newer version and when, the form keeps this editor's input, and a notice
  offers to reload (templates/wagtailadmin/pages/edit.html).
- A form shown again after an outdated save (refused, or merged but invalid for
  another reason) carries the outdated base revision in a hidden input, so the
  next Save is checked against it again instead of overwriting the newer
  version with the rest of the old form. Autosave from it is refused likewise.

Snippets here have no revisions (Topic, MediaContact), so only pages need it.
Two saves within the same instant can still both pass the check: it runs
before Wagtail's save, outside its transaction.
"""

import json
import re
from dataclasses import dataclass

from django import forms
from django.core.serializers.json import DjangoJSONEncoder
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminPageForm
from wagtail.admin.utils import get_user_display_name
from wagtail.blocks.base import BlockField
from wagtail.models import Revision
from wagtail.utils.timestamps import render_timestamp

# A hidden input of the refusal notice: the revision the refused form was based on.
BASE_FIELD = "edit_conflict_base_revision_id"
UNKNOWN_BASE = "unknown"
# In HTML, and in HTML inside JSON (a stream field's value).
BLOCK_KEY = re.compile(r' data-block-key=\\?"[^"\\]*\\?"')

NEWER_VERSION = _(
    "%(name)s saved a newer version of this page on %(when)s, after you opened it."
)
BOTH_CHANGED = _("You both changed: %(fields)s.")
NOTHING_SAVED = _("Nothing was saved.")


@dataclass
class EditConflict:
    """What the refused editor is told, and what the notice needs."""

    name: str
    when: str
    fields: list
    reload_url: str

    nothing_saved = NOTHING_SAVED

    @property
    def explanation(self):
        parts = [NEWER_VERSION % {"name": self.name, "when": self.when}]
        if self.fields:
            parts.append(BOTH_CHANGED % {"fields": ", ".join(self.fields)})
        return " ".join(parts)

    @property
    def message(self):
        return f"{self.explanation} {NOTHING_SAVED}"


def comparable(field, value):
    """`value` without what only the editor's widgets add: rich text's block keys,
    which Draftail makes up for text saved outside the editor."""
    if isinstance(field, BlockField):
        value = json.dumps(
            field.block.get_prep_value(value), sort_keys=True, cls=DjangoJSONEncoder
        )
    if isinstance(value, str):
        return BLOCK_KEY.sub("", value)
    return value


def differs(field, before, after):
    return comparable(field, before) != comparable(field, after)


def children(formset):
    """The items of an inline panel as the instance holds them (not as posted)."""
    meta = formset.form._meta
    return [
        forms.model_to_dict(child, fields=meta.fields, exclude=meta.exclude)
        for child in formset.get_queryset()
    ]


def revision_of(page, revision_id):
    """The revision `revision_id` of `page`, or None (unknown, another page's)."""
    if not str(revision_id or "").isdigit():
        return None
    return (
        Revision.page_revisions.filter(pk=int(revision_id), object_id=str(page.pk))
        .select_related("user")
        .first()
    )


class ConflictCheckingPageForm(WagtailAdminPageForm):
    """Wagtail's page form, refusing or merging saves from an outdated form."""

    base_field = BASE_FIELD
    # Set when the form was outdated: the revision it was based on, kept in the
    # form shown again (UNKNOWN_BASE when it cannot be known).
    outdated_base = None
    edit_conflict = None

    def clean(self):
        cleaned_data = super().clean()
        self.kept_formsets = []
        latest = self.instance.latest_revision if self.instance.pk else None
        if latest is None or not self.is_outdated(latest):
            return cleaned_data
        base = self.base_revision(latest)
        self.outdated_base = str(base.pk) if base else UNKNOWN_BASE
        overlap = []
        if base is not None:
            mine, theirs = self.changes_since(base)
            if not mine & theirs:
                self.keep_theirs(theirs)
                return cleaned_data
            overlap = self.labels(mine & theirs)
        name = get_user_display_name(latest.user) if latest.user else None
        self.edit_conflict = EditConflict(
            name=name or gettext("Someone"),
            when=render_timestamp(latest.created_at),
            fields=overlap,
            reload_url=reverse("wagtailadmin_pages:edit", args=(self.instance.pk,)),
        )
        raise forms.ValidationError(self.edit_conflict.message, code="edit_conflict")

    def is_outdated(self, latest):
        """Wagtail's own test (EditView.is_out_of_date), plus a refused form's base."""
        if refused_base := self.data.get(BASE_FIELD):
            return refused_base != str(latest.pk)
        if overwrite := self.data.get("overwrite_revision_id"):
            return overwrite != str(latest.pk)
        if loaded := self.data.get("loaded_revision_id"):
            return (
                loaded != str(latest.pk)
                or self.data.get("loaded_revision_created_at", "")
                != latest.created_at.isoformat()
            )
        return False

    def base_revision(self, latest):
        """The revision this form was loaded on, if its content is still what
        the editor saw (an autosave may have overwritten it since)."""
        if refused_base := self.data.get(BASE_FIELD):
            base = revision_of(self.instance, refused_base)
        elif self.data.get("overwrite_revision_id"):
            return None
        else:
            base = revision_of(self.instance, self.data.get("loaded_revision_id"))
            loaded_at = self.data.get("loaded_revision_created_at", "")
            if base is not None and base.created_at.isoformat() != loaded_at:
                return None
        if base is None or base.pk == latest.pk:
            return None
        return base

    def changes_since(self, base):
        """(what this form changed, what others saved) since `base`: field and
        formset names."""
        loaded = type(self)(
            self.data,
            self.files,
            instance=base.as_object(),
            parent_page=self.parent_page,
            subscription=self.subscription,
            for_user=self.for_user,
        )
        mine = {
            name
            for name in loaded.changed_data
            if differs(loaded.fields[name], loaded[name].initial, loaded[name].data)
        }
        theirs = {
            name
            for name, field in self.fields.items()
            if differs(field, loaded[name].initial, self[name].initial)
        }
        for name, formset in self.formsets.items():
            if loaded.formsets[name].has_changed():
                mine.add(name)
            if children(loaded.formsets[name]) != children(formset):
                theirs.add(name)
        return mine, theirs

    def keep_theirs(self, theirs):
        """Merge: what the other editor changed keeps its newer value."""
        for name in theirs:
            if name in self.formsets:
                self.kept_formsets.append(name)
            else:
                self.cleaned_data.pop(name, None)

    def labels(self, names):
        labels = []
        for name in sorted(names):
            if name in self.fields:
                labels.append(str(self.fields[name].label or name))
            else:
                related = self.formsets[name].model._meta
                labels.append(str(capfirst(related.verbose_name_plural)))
        return labels

    def save(self, commit=True):
        # The other editor's newer lists stay as they are on the instance.
        for name in getattr(self, "kept_formsets", []):
            self.formsets.pop(name, None)
        return super().save(commit=commit)

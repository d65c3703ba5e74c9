"""An editor saves only references to what they may choose.

The choosers offer each editor only the images, documents, pages and snippets
they may choose, but a form posts ids, and a hand-made POST can name anything:
another partner's logo, an embargoed release's hero image or press kit, a link
to a page nobody outside Communications may see. Saving a page (create, edit
and both previews) checks every reference its unsaved content holds against
the rule the chooser applies; cms/reference_form.py turns a reference the
editor may not choose into a form error on the field that holds it.

References are found the way Wagtail's reference index finds them (foreign
keys, inline child objects, StreamField blocks at any depth, rich-text links
and embeds), so whatever the "Usage" tab would list is checked. References
the page already held before this edit (placed by Communications, say) stay
allowed: the rule is about what an editor adds.

The rules are Wagtail's: collection permission `choose` for images and
documents, the page chooser's queryset for pages (apps narrow it with
`register_page_rule`, and their `construct_page_chooser_queryset` hook uses
the same rule), and the snippet admin's permissions for snippets.
"""

from collections import defaultdict
from typing import NamedTuple

from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ValidationError
from wagtail.documents import get_document_model
from wagtail.documents import permissions as document_permissions
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images import permissions as image_permissions
from wagtail.models import Page, ReferenceIndex, RevisionMixin
from wagtail.snippets.models import get_snippet_models

# Where Wagtail keeps each media kind's collection permission policy (read at
# call time: the image policy follows the WAGTAILIMAGES_IMAGE_MODEL setting).
MEDIA_POLICIES = {"image": image_permissions, "document": document_permissions}

# Snippet permissions that let a user see, and so choose, a snippet.
SNIPPET_CHOOSE_ACTIONS = ("view", "change")

_page_rules = []


def register_page_rule(rule):
    """Narrow the pages a user may choose: `rule(pages, user)` returns a queryset.

    Apps register their rule in `AppConfig.ready()` and use the same function
    in their `construct_page_chooser_queryset` hook, so the chooser and the
    save check never disagree.
    """
    if rule not in _page_rules:
        _page_rules.append(rule)


def choosable_pages(user, pages=None):
    """The pages the page chooser may offer `user`."""
    pages = Page.objects.all() if pages is None else pages
    for rule in _page_rules:
        pages = rule(pages, user)
    return pages


def base_model(model):
    """The concrete model that holds the primary key (Page for every page type)."""
    parents = model._meta.get_parent_list()
    return parents[-1] if parents else model


def kind_of(model):
    """Which rule applies to `model`: image, document, page, snippet (or None)."""
    if issubclass(model, Page):
        return "page"
    if issubclass(model, get_image_model()):
        return "image"
    if issubclass(model, get_document_model()):
        return "document"
    if model in get_snippet_models():
        return "snippet"
    return None


def _valid_pks(model, object_ids):
    """The ids that can be primary keys of `model` (no text, nothing out of range)."""
    pks = []
    for object_id in object_ids:
        try:
            pk = model._meta.pk.to_python(object_id)
            model._meta.pk.run_validators(pk)
        except ValidationError:
            continue
        pks.append(pk)
    return pks


def choosable_ids(user, model, object_ids):
    """Which of `object_ids` (strings) `user` may choose; unknown ids are not."""
    kind = kind_of(model)
    if kind is None:
        return set(object_ids)
    if kind == "page":
        allowed = choosable_pages(user)
    elif kind in MEDIA_POLICIES:
        policy = MEDIA_POLICIES[kind].permission_policy
        allowed = policy.instances_user_has_permission_for(user, "choose")
    else:
        policy = model.snippet_viewset.permission_policy
        if not policy.user_has_any_permission(user, SNIPPET_CHOOSE_ACTIONS):
            return set()
        allowed = model._default_manager.all()
    pks = _valid_pks(model, object_ids)
    found = allowed.filter(pk__in=pks).values_list("pk", flat=True)
    return {str(pk) for pk in found}


class Reference(NamedTuple):
    """One reference held by a form field: its target and where it sits."""

    form: object
    field: str
    model: type
    object_id: str
    content_path: tuple[str, ...]

    @property
    def target(self):
        return (self.model, self.object_id)


def _model_for(content_type_id):
    return ContentType.objects.get_for_id(content_type_id).model_class()


def _give_blocks_ids(instance):
    """Give new StreamField blocks their ids now, as saving would, to place errors."""
    for field in instance._meta.get_fields():
        if isinstance(field, StreamField):
            field.get_prep_value(field.value_from_object(instance))


def form_references(form):
    """Every checked reference the form's unsaved content holds.

    Reads the form's instance as the form built it (call after validation),
    and the instances of its inline child forms, recursively.
    """
    instance = form.instance
    _give_blocks_ids(instance)
    found = ReferenceIndex._extract_references_from_object(instance)
    for content_type_id, object_id, _model_path, content_path in found:
        field, *path = content_path.split(".")
        model = _model_for(content_type_id)
        if field in form.fields and model is not None and kind_of(model):
            yield Reference(form, field, model, object_id, tuple(path))
    for formset in getattr(form, "formsets", {}).values():
        for child in formset.forms:
            if formset.can_delete and formset._should_delete_form(child):
                continue
            yield from form_references(child)


def stored_targets(instance):
    """(model, id) of everything the saved object already refers to.

    For a page, both its database row and its latest revision (the draft the
    edit form started from).
    """
    if instance.pk is None:
        return set()
    stored = type(instance)._default_manager.filter(pk=instance.pk).first()
    if stored is None:
        return set()
    versions = [stored]
    if isinstance(stored, RevisionMixin) and stored.latest_revision_id:
        versions.append(stored.get_latest_revision_as_object())
    return {
        (_model_for(content_type_id), object_id)
        for version in versions
        for content_type_id, object_id, *_paths in (
            ReferenceIndex._extract_references_from_object(version)
        )
    }


def refused_references(form, user):
    """The references in `form` that `user` may not choose, and did not have."""
    references = list(form_references(form))
    ids_by_model = defaultdict(set)
    for reference in references:
        ids_by_model[reference.model].add(reference.object_id)
    allowed = {
        (model, object_id)
        for model, object_ids in ids_by_model.items()
        for object_id in choosable_ids(user, model, object_ids)
    }
    refused = [r for r in references if r.target not in allowed]
    if refused:
        already_there = stored_targets(form.instance)
        refused = [r for r in refused if r.target not in already_there]
    return refused

"""What a partner editor reads in the admin: their partner's pages and media, no more.

Wagtail's permission policies say what a user may change, and Wagtail's
listings (explorer, search, choosers, image and document indexes) filter by
them. But some views only read, and show whatever id they are given: the
explorer of any page, a page chooser's parent, an image's insertion form,
bulk-action confirmations, reports, "Used by" listings.

So every admin view goes through `confine_partner_editors` (wired in
`cms/urls.py`). For a partner editor, an object the URL names must be within
their reach (`partners/reach.py`), and reports other than ours are refused; a
refusal is Wagtail's own (the dashboard with a message, or 403 to a script).
The listings Wagtail builds through hooks are filtered in
`partners/admin_listings.py`. Communications and superusers are never confined.
"""

from functools import cache, wraps

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Q
from django.http import Http404, JsonResponse
from django.views.decorators.cache import never_cache
from taggit.models import Tag
from wagtail.admin.auth import permission_denied, require_admin_access
from wagtail.admin.ui.side_panels import PageStatusSidePanel
from wagtail.admin.views.generic.chooser import (
    BaseChooseView,
    ChosenMultipleViewMixin,
    ChosenViewMixin,
    CreateViewMixin,
)
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.views.reports import ReportView
from wagtail.admin.viewsets.pages import page_viewset_registry
from wagtail.documents import get_document_model
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex
from wagtail_localize.models import Translation, TranslationSource

from partners.reach import (
    confined,
    contains,
    editable_pages,
    explorable_pages,
    may_reach,
    may_use_model,
    reachable_documents,
    reachable_images,
)

# Our own report, which lists only the pages the reader may edit.
PARTNER_REPORTS = {"newsroom_translation_status", "newsroom_translation_status_results"}

# Tag names are shared by every model: suggest those of the editor's own things.
TAG_AUTOCOMPLETE_VIEWS = {"wagtailadmin_tag_autocomplete"}
TAG_AUTOCOMPLETE_LIMIT = 10

# Views no partner editor needs: Wagtail's deliberate error page.
REFUSED_VIEWS = {"wagtailadmin_error_test"}

# Views that only show a page as the way to one's own pages.
NAVIGATION_VIEWS = {
    "wagtailadmin_explore",
    "wagtailadmin_explore_results",
    "wagtailadmin_choose_page_child",
    "newsroom_choose_page_in",
    "newsroom_choose_page_in_child",
    "newsroom_choose_page_in_language_child",
}
PAGE_ARGUMENTS = ("page_id", "parent_page_id", "page_to_move_id", "page_pk")
# The one page view whose page id is a positional argument (a regular expression).
POSITIONAL_PAGE_VIEWS = {"wagtailadmin_pages:revisions_compare"}
IMAGE_ARGUMENTS = ("image_id",)
DOCUMENT_ARGUMENTS = ("document_id", "doc_id")
BULK_ACTION_VIEW = "wagtail_bulk_action"
# The explorer of one page (its status panel links the page's usage).
EXPLORER_VIEW = "wagtailadmin_explore"
# The page chooser's answer for several pages at once, named by `?id=`.
CHOSEN_PAGES_VIEW = "wagtailadmin_choose_page_chosen_multiple"


def _view_class(view):
    return getattr(view, "view_class", None)


def _view_model(view):
    model = getattr(view, "view_initkwargs", {}).get("model")
    if isinstance(model, str):
        model = apps.get_model(model)
    return model


def _pages_within_reach(request, match, args, kwargs):
    user = request.user
    page_ids = [kwargs[name] for name in PAGE_ARGUMENTS if name in kwargs]
    if match.view_name in POSITIONAL_PAGE_VIEWS and args:
        page_ids.append(args[0])
    reach = (
        explorable_pages(user)
        if match.view_name in NAVIGATION_VIEWS
        else editable_pages(user)
    )
    if not all(contains(reach, pk) for pk in page_ids):
        return False
    if "destination_id" in kwargs:
        return contains(explorable_pages(user), kwargs["destination_id"])
    return True


def _media_within_reach(request, kwargs, model):
    user = request.user
    ids = [kwargs[name] for name in IMAGE_ARGUMENTS if name in kwargs]
    documents = [kwargs[name] for name in DOCUMENT_ARGUMENTS if name in kwargs]
    if model is get_image_model() and "pk" in kwargs:
        ids.append(kwargs["pk"])
    if model is get_document_model() and "pk" in kwargs:
        documents.append(kwargs["pk"])
    return all(contains(reachable_images(user), pk) for pk in ids) and all(
        contains(reachable_documents(user), pk) for pk in documents
    )


def _translation_within_reach(request, kwargs):
    """wagtail-localize's editor views: the page or snippet being translated."""
    try:
        if "translation_id" in kwargs:
            record = Translation.objects.get(pk=kwargs["translation_id"])
            instance = record.get_target_instance()
        elif "translation_source_id" in kwargs:
            source = TranslationSource.objects.get(pk=kwargs["translation_source_id"])
            instance = source.get_source_instance()
        else:
            return True
    except ObjectDoesNotExist:
        return False
    return may_reach(request.user, instance)


def _model_within_reach(request, view, kwargs):
    """Choosers and wagtail-localize's snippet API name a model of their own."""
    model = None
    chooser = (
        BaseChooseView,
        ChosenViewMixin,
        ChosenMultipleViewMixin,
        CreateViewMixin,
    )
    view_class = _view_class(view)
    if view_class is not None and issubclass(view_class, chooser):
        model = _view_model(view)
    elif (
        "app_label" in kwargs and "model_name" in kwargs and "session_id" not in kwargs
    ):
        try:
            model = apps.get_model(kwargs["app_label"], kwargs["model_name"])
        except LookupError:
            return True  # the view answers 404 itself
    if model is None or issubclass(model, Page):
        return True
    if model in (get_image_model(), get_document_model()):
        return _media_within_reach(request, kwargs, model)
    return may_use_model(request.user, model)


BULK_REACH = {
    "wagtailcore.page": editable_pages,
    "wagtailimages.image": reachable_images,
    "wagtaildocs.document": reachable_documents,
}


def _bulk_action_within_reach(request, kwargs):
    """A bulk action's confirmation lists what it names: it must all be theirs."""
    model = f"{kwargs.get('app_label')}.{kwargs.get('model_name')}"
    reach = BULK_REACH.get(model)
    ids = request.GET.getlist("id")
    if reach is None or "all" in ids:
        return False
    within = reach(request.user)
    return all(contains(within, pk) for pk in ids)


def within_reach(request, view, args, kwargs):
    """Whether a partner editor may have this admin view answer."""
    match = request.resolver_match
    view_class = _view_class(view)
    if match.view_name in REFUSED_VIEWS:
        return False
    if view_class is not None and issubclass(view_class, ReportView):
        return match.view_name in PARTNER_REPORTS
    if match.view_name == BULK_ACTION_VIEW:
        return _bulk_action_within_reach(request, kwargs)
    if match.view_name == CHOSEN_PAGES_VIEW:
        within = explorable_pages(request.user)
        return all(contains(within, pk) for pk in request.GET.getlist("id"))
    return (
        _pages_within_reach(request, match, args, kwargs)
        and _media_within_reach(request, kwargs, None)
        and _translation_within_reach(request, kwargs)
        and _model_within_reach(request, view, kwargs)
    )


class OwnReferencesMixin:
    """A "Used by" listing that lists only the pages the reader may edit.

    Wagtail lists every other reference as "(Private page)": how many
    pages, and of which type, use a partner's logo is not theirs to know.
    """

    def get_queryset(self):
        references = ReferenceIndex.get_references_to(self.object)
        return references.filter(
            own_sources(self.request.user)
        ).group_by_source_object()


def own_sources(user):
    """Reference index rows whose source is a page `user` may edit."""
    page_ids = [str(pk) for pk in editable_pages(user).values_list("pk", flat=True)]
    return Q(
        base_content_type=ContentType.objects.get_for_model(Page),
        object_id__in=page_ids,
    )


@cache
def own_usage_view(view_class):
    """`view_class` (a usage view) listing only the reader's own pages."""
    confined_class = type(
        f"Own{view_class.__name__}", (OwnReferencesMixin, view_class), {}
    )
    return confined_class


def _own_usage(view, request, *args, **kwargs):
    own_view = own_usage_view(view.view_class).as_view(**view.view_initkwargs)
    return never_cache(require_admin_access(own_view))(request, *args, **kwargs)


class ExplorerOfOwnPagesMixin:
    """The explorer of a page above one's profile links no "Referenced" listing.

    Wagtail's status panel links every page's usage, which Wagtail refuses to
    whoever may not edit the page: the count stays, as text.
    """

    def get_side_panels(self):
        panels = super().get_side_panels()
        editable = editable_pages(self.request.user)
        for panel in panels:
            if isinstance(panel, PageStatusSidePanel) and not contains(
                editable, panel.object.pk
            ):
                panel.usage_url = ""
        return panels


@cache
def own_explorer_view(viewset):
    """`viewset`'s explorer, linking no usage listing of a page one cannot edit."""
    view_class = viewset.index_view_class
    own_class = type(
        f"Own{view_class.__name__}", (ExplorerOfOwnPagesMixin, view_class), {}
    )
    return viewset.construct_view(own_class, **viewset.get_index_view_kwargs())


def _own_explorer(request, *args, **kwargs):
    try:
        viewset = page_viewset_registry.get_by_parent_page_id(kwargs["parent_page_id"])
    except ObjectDoesNotExist as missing:
        raise Http404 from missing
    return never_cache(own_explorer_view(viewset))(request, *args, **kwargs)


def own_tags(request):
    """The tag autocomplete, with the tags of the editor's own images and documents."""
    term = request.GET.get("term", "")
    if not term:
        return JsonResponse([], safe=False)
    user = request.user
    tagged = [
        (get_image_model(), reachable_images(user)),
        (get_document_model(), reachable_documents(user)),
    ]
    own = Q()
    for model, objects in tagged:
        own |= Q(
            taggit_taggeditem_items__content_type=ContentType.objects.get_for_model(
                model
            ),
            taggit_taggeditem_items__object_id__in=objects.values("pk"),
        )
    names = (
        Tag.objects.filter(own, name__istartswith=term)
        .distinct()
        .order_by("name")
        .values_list("name", flat=True)[:TAG_AUTOCOMPLETE_LIMIT]
    )
    return JsonResponse(list(names), safe=False)


def confine_partner_editors(view):
    """Decorate an admin view: a partner editor gets it only within their reach."""
    if getattr(view, "confines_partner_editors", False):
        return view

    @wraps(view)
    def confined_view(request, *args, **kwargs):
        if not confined(request):
            return view(request, *args, **kwargs)
        if not within_reach(request, view, args, kwargs):
            return permission_denied(request)
        if request.resolver_match.view_name in TAG_AUTOCOMPLETE_VIEWS:
            return own_tags(request)
        view_class = _view_class(view)
        if view_class is not None and issubclass(view_class, UsageView):
            return _own_usage(view, request, *args, **kwargs)
        if request.resolver_match.view_name == EXPLORER_VIEW:
            return _own_explorer(request, *args, **kwargs)
        return view(request, *args, **kwargs)

    confined_view.confines_partner_editors = True
    return confined_view

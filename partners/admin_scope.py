"""What a partner editor reads in the admin: their partner's pages and media, no more.

Wagtail's permission policies say what a user may change, and Wagtail's
listings (explorer, search, choosers, image and document indexes) filter by
them. But some views only read, and show whatever id they are given: the
explorer of any page, a page chooser's parent, an image's insertion form,
bulk-action confirmations, reports, the admin API of images and documents.

So every admin view goes through `confine_partner_editors` (wired in
`cms/urls.py`). For a partner editor, an object the URL names must be within
their reach, and reports other than ours are refused; a refusal is Wagtail's
own (the dashboard with a message, or 403 to a script). The listings that
views build are filtered through Wagtail's hooks, registered in
`partners/wagtail_hooks.py`. Communications and superusers are never confined.
"""

from functools import cache, wraps

from django.apps import apps
from django.contrib.contenttypes.models import ContentType
from django.core.exceptions import ObjectDoesNotExist
from django.db.models import Q
from django.http import JsonResponse
from django.views.decorators.cache import never_cache
from taggit.models import Tag
from wagtail.admin.auth import permission_denied, require_admin_access
from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.admin.views.generic.chooser import (
    BaseChooseView,
    ChosenMultipleViewMixin,
    ChosenViewMixin,
    CreateViewMixin,
)
from wagtail.admin.views.generic.usage import UsageView
from wagtail.admin.views.reports import ReportView
from wagtail.documents import get_document_model
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.documents.permissions import permission_policy as document_policy
from wagtail.images import get_image_model
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet
from wagtail.images.permissions import permission_policy as image_policy
from wagtail.models import Page, ReferenceIndex
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import page_permission_policy
from wagtail_localize.models import Translation, TranslationSource

from cms.models import Topic
from partners.permissions import is_partner_editor

PAGE_ACTIONS = ("add", "change", "publish", "bulk_delete", "lock", "unlock")
MEDIA_ACTIONS = ("change", "choose")
MODEL_ACTIONS = ("add", "change", "delete", "view")

# Models every editor may choose: the shared taxonomy, which the public
# listings already show in full (a partner's focus areas are topics).
SHARED_VOCABULARY = (Topic,)

# Our own report, which lists only the pages the reader may edit.
PARTNER_REPORTS = {"newsroom_translation_status", "newsroom_translation_status_results"}
PARTNER_REPORT_MENU_ITEMS = {"translation-status"}

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
}
PAGE_ARGUMENTS = ("page_id", "parent_page_id", "page_to_move_id", "page_pk")
# The one page view whose page id is a positional argument (a regular expression).
POSITIONAL_PAGE_VIEWS = {"wagtailadmin_pages:revisions_compare"}
IMAGE_ARGUMENTS = ("image_id",)
DOCUMENT_ARGUMENTS = ("document_id", "doc_id")
BULK_ACTION_VIEW = "wagtail_bulk_action"
# The page chooser's answer for several pages at once, named by `?id=`.
CHOSEN_PAGES_VIEW = "wagtailadmin_choose_page_chosen_multiple"


def confined(request):
    """True for a partner editor: the one role whose reading is confined."""
    user = request.user
    if not user.is_authenticated or user.is_superuser:
        return False
    if not hasattr(request, "_partner_confined"):
        request._partner_confined = is_partner_editor(user)
    return request._partner_confined


# What is within reach ---------------------------------------------------------


def editable_pages(user):
    return page_permission_policy.instances_user_has_any_permission_for(
        user, PAGE_ACTIONS
    )


def explorable_pages(user):
    """Editable pages and their ancestors, which lead to them."""
    return page_permission_policy.explorable_instances(user)


def reachable_images(user):
    return image_policy.instances_user_has_any_permission_for(user, MEDIA_ACTIONS)


def reachable_documents(user):
    return document_policy.instances_user_has_any_permission_for(user, MEDIA_ACTIONS)


def may_use_model(user, model):
    """Snippets and other models: a permission on the model, or shared vocabulary."""
    if issubclass(model, SHARED_VOCABULARY):
        return True
    return ModelPermissionPolicy(model).user_has_any_permission(user, MODEL_ACTIONS)


def _contains(queryset, pk):
    try:
        return queryset.filter(pk=int(pk)).exists()
    except (TypeError, ValueError, OverflowError):
        return False


def may_reach(user, instance):
    """Whether `user` may read `instance` (a page, image, document or snippet)."""
    if isinstance(instance, Page):
        return _contains(editable_pages(user), instance.pk)
    if isinstance(instance, get_image_model()):
        return _contains(reachable_images(user), instance.pk)
    if isinstance(instance, get_document_model()):
        return _contains(reachable_documents(user), instance.pk)
    return may_use_model(user, type(instance))


# The rules for one request ----------------------------------------------------


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
    if not all(_contains(reach, pk) for pk in page_ids):
        return False
    if "destination_id" in kwargs:
        return _contains(explorable_pages(user), kwargs["destination_id"])
    return True


def _media_within_reach(request, kwargs, model):
    user = request.user
    ids = [kwargs[name] for name in IMAGE_ARGUMENTS if name in kwargs]
    documents = [kwargs[name] for name in DOCUMENT_ARGUMENTS if name in kwargs]
    if model is get_image_model() and "pk" in kwargs:
        ids.append(kwargs["pk"])
    if model is get_document_model() and "pk" in kwargs:
        documents.append(kwargs["pk"])
    return all(_contains(reachable_images(user), pk) for pk in ids) and all(
        _contains(reachable_documents(user), pk) for pk in documents
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
    return all(_contains(within, pk) for pk in ids)


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
        return all(_contains(within, pk) for pk in request.GET.getlist("id"))
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
        return view(request, *args, **kwargs)

    confined_view.confines_partner_editors = True
    return confined_view


# Listings, through Wagtail's hooks ---------------------------------------------


class ReachableImagesAPIViewSet(ImagesAdminAPIViewSet):
    """The admin API lists the images the user may choose or change."""

    def get_queryset(self):
        return super().get_queryset().filter(pk__in=reachable_images(self.request.user))


class ReachableDocumentsAPIViewSet(DocumentsAdminAPIViewSet):
    """The admin API lists the documents the user may choose or change."""

    def get_queryset(self):
        user = self.request.user
        return super().get_queryset().filter(pk__in=reachable_documents(user))


def register_reachable_media_api(router):
    router.register_endpoint("images", ReachableImagesAPIViewSet)
    router.register_endpoint("documents", ReachableDocumentsAPIViewSet)


def partner_reports_only(request, menu_items):
    """The Reports menu of a partner editor keeps the reports they may open."""
    if confined(request):
        menu_items[:] = [
            item for item in menu_items if item.name in PARTNER_REPORT_MENU_ITEMS
        ]


class EditablePagesSummaryItem(PagesSummaryItem):
    """The dashboard's page count, counting only the pages the user may edit."""

    def get_context_data(self, parent_context):
        context = super().get_context_data(parent_context)
        context["total_pages"] = editable_pages(self.request.user).count()
        return context


def count_own_pages(request, items):
    if confined(request):
        items[:] = [
            EditablePagesSummaryItem(request)
            if type(item) is PagesSummaryItem
            else item
            for item in items
        ]

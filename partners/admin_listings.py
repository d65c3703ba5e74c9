"""The admin's listings as a partner editor sees them, through Wagtail's hooks.

Registered in `partners/wagtail_hooks.py`, after Wagtail's own hooks whose
items these replace: the admin API of images and documents, the Reports and
main menus, and the dashboard's page count.
"""

from wagtail.admin.site_summary import PagesSummaryItem
from wagtail.documents.api.admin.views import DocumentsAdminAPIViewSet
from wagtail.images.api.admin.views import ImagesAdminAPIViewSet

from partners.reach import (
    confined,
    editable_pages,
    reachable_documents,
    reachable_images,
)

# The reports a partner editor may open (partners/admin_scope.py).
PARTNER_REPORT_MENU_ITEMS = {"translation-status"}
# Main menu items a partner editor has no use for: they may choose topics for
# their profile's focus areas (partners hold cms.view_topic), not manage them.
PARTNER_HIDDEN_MENU_ITEMS = {"topics"}


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


def partner_main_menu(request, menu_items):
    """The main menu of a partner editor leaves out what they cannot manage."""
    if confined(request):
        menu_items[:] = [
            item for item in menu_items if item.name not in PARTNER_HIDDEN_MENU_ITEMS
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

"""Confine partner editors to their own profile; give Communications its tools."""

from django.core.exceptions import PermissionDenied
from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem

from partners import admin_listings, admin_views, review
from partners.dashboard import PartnerDeskPanel
from partners.permissions import (
    is_communications,
    is_partner_editor,
    pages_partner_editors_may_choose,
)
from partners.reach import confined


def _refuse_partner_editors(request, page):
    if is_partner_editor(request.user):
        raise PermissionDenied


# Partner editors may edit their profile, never delete, move or copy a page.
hooks.register("before_delete_page", _refuse_partner_editors)
hooks.register(
    "before_move_page",
    lambda request, page, destination: _refuse_partner_editors(request, page),
)
hooks.register("before_copy_page", _refuse_partner_editors)


@hooks.register("construct_page_chooser_queryset")
def own_pages_only_in_choosers(pages, request):
    # The same rule refuses other pages when a page is saved (partners/apps.py).
    return pages_partner_editors_may_choose(pages, request.user)


# Partner editors read only their own things (the views themselves are confined
# in cms/urls.py). After Wagtail's own hooks, whose items these replace.
hooks.register(
    "construct_admin_api", admin_listings.register_reachable_media_api, order=100
)
hooks.register("construct_reports_menu", admin_listings.partner_reports_only, order=100)
hooks.register("construct_main_menu", admin_listings.partner_main_menu, order=100)
hooks.register(
    "construct_homepage_summary_items", admin_listings.count_own_pages, order=100
)


@hooks.register("register_admin_urls")
def partner_editor_urls():
    return [
        path("partner-editors/", admin_views.partner_editors, name="partner_editors"),
        path(
            "partner-profile/<int:page_id>/update-languages/",
            admin_views.update_languages,
            name="partner_update_languages",
        ),
    ]


class CommunicationsMenuItem(MenuItem):
    def is_shown(self, request):
        return is_communications(request.user)


@hooks.register("register_settings_menu_item")
def partner_editors_menu_item():
    return CommunicationsMenuItem(
        _("Partner editors"), reverse("partner_editors"), icon_name="group", order=610
    )


@hooks.register("construct_homepage_panels", order=100)
def partner_desk(request, panels):
    """A partner editor's dashboard is their profile, in every language."""
    if confined(request):
        panels[:] = [PartnerDeskPanel()]


# Saving one language of a profile offers the other two; submitting it submits
# them with it.
hooks.register("after_edit_page", review.keep_languages_together)

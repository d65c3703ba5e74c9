from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.widgets.button import ListingButton

from news.models import PressReleasePage
from partners.permissions import is_communications
from subscriptions import admin_views


@hooks.register("register_admin_urls")
def subscription_admin_urls():
    return [
        path("mailings/", admin_views.mailings, name="subscriptions_mailings"),
        path(
            "mailings/<int:page_id>/",
            admin_views.release_mailing,
            name="subscriptions_release_mailing",
        ),
        path(
            "mailings/<int:page_id>/preview/",
            admin_views.preview,
            name="subscriptions_preview",
        ),
        path(
            "mailings/<int:page_id>/test/",
            admin_views.send_test,
            name="subscriptions_send_test",
        ),
    ]


class CommunicationsMenuItem(MenuItem):
    def is_shown(self, request):
        return is_communications(request.user)


@hooks.register("register_admin_menu_item")
def mailings_menu_item():
    return CommunicationsMenuItem(
        _("Email mailings"),
        reverse("subscriptions_mailings"),
        icon_name="mail",
        order=310,
    )


@hooks.register("register_page_header_buttons")
def mailing_button(page, user, view_name, next_url=None):
    if page.specific_class is PressReleasePage and is_communications(user):
        yield ListingButton(
            _("Email mailing"),
            reverse("subscriptions_release_mailing", args=[page.pk]),
            icon_name="mail",
            priority=46,
        )

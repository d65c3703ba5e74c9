from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.widgets.button import Button
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from partners.permissions import is_communications
from webhooks import admin_views
from webhooks.models import WebhookEndpoint


class WebhookEndpointViewSet(SnippetViewSet):
    """Communications only: the group holds this model's permissions, nobody else."""

    model = WebhookEndpoint
    icon = "link-external"
    menu_label = _("Webhooks")
    add_to_admin_menu = True
    menu_order = 320
    list_display = ["name", "url", "active"]
    search_fields = ["name"]


register_snippet(WebhookEndpointViewSet)


@hooks.register("register_admin_urls")
def webhook_urls():
    return [
        path(
            "webhooks/<int:endpoint_id>/deliveries/",
            admin_views.deliveries,
            name="webhooks_deliveries",
        ),
        path(
            "webhooks/<int:endpoint_id>/test/",
            admin_views.send_test,
            name="webhooks_send_test",
        ),
    ]


@hooks.register("register_snippet_listing_buttons")
def deliveries_button(snippet, user, next_url=None):
    if isinstance(snippet, WebhookEndpoint) and is_communications(user):
        yield Button(
            _("Deliveries"),
            reverse("webhooks_deliveries", args=[snippet.pk]),
            icon_name="list-ul",
            priority=30,
        )

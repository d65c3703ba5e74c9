"""Communications' screens: an endpoint's delivery log and its test button."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from partners.permissions import is_communications
from webhooks.events import test_delivery
from webhooks.models import WebhookEndpoint

LOG_LENGTH = 100


def _endpoint_for_communications(request, endpoint_id):
    if not is_communications(request.user):
        raise PermissionDenied
    return get_object_or_404(WebhookEndpoint, pk=endpoint_id)


def deliveries(request, endpoint_id):
    endpoint = _endpoint_for_communications(request, endpoint_id)
    return TemplateResponse(
        request,
        "webhooks/admin/deliveries.html",
        {"endpoint": endpoint, "deliveries": endpoint.deliveries.all()[:LOG_LENGTH]},
    )


@require_POST
def send_test(request, endpoint_id):
    endpoint = _endpoint_for_communications(request, endpoint_id)
    test_delivery(endpoint)
    messages.success(
        request,
        _("Test delivery queued: its result appears below within a minute."),
    )
    return redirect("webhooks_deliveries", endpoint_id=endpoint.pk)

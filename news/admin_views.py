"""Communications' screen for the review links of one release."""

from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.log_actions import log

from cms.base_url import absolute_url
from news.forms import ReviewLinkForm
from news.models import PressReleasePage, ReviewLink


def _release_for_publisher(request, page_id):
    page = get_object_or_404(PressReleasePage, pk=page_id)
    if not page.permissions_for_user(request.user).can_publish():
        raise PermissionDenied
    return page


def review_links(request, page_id):
    page = _release_for_publisher(request, page_id)
    form = ReviewLinkForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        link = ReviewLink.objects.create(
            page=page,
            recipient=form.cleaned_data["recipient"],
            created_by=request.user,
            expires_at=timezone.now() + timedelta(days=form.cleaned_data["days"]),
        )
        log(
            instance=page,
            action="newsroom.review_link.create",
            user=request.user,
            data={"recipient": link.recipient, "expires": link.expires_at.isoformat()},
        )
        messages.success(
            request, _("Review link created. Copy it from the list below.")
        )
        return redirect("news_review_links", page_id=page.pk)
    links = page.review_links.select_related("created_by").prefetch_related("events")
    now = timezone.now()
    rows = [
        {
            "link": link,
            "active": link.is_active(now),
            "url": absolute_url(reverse("review_release", args=[link.token])),
        }
        for link in links
    ]
    return TemplateResponse(
        request,
        "news/admin/review_links.html",
        {"page": page, "form": form, "rows": rows},
    )


@require_POST
def revoke_review_link(request, link_id):
    link = get_object_or_404(ReviewLink.objects.select_related("page"), pk=link_id)
    page = _release_for_publisher(request, link.page_id)
    if link.revoked_at is None:
        link.revoked_at = timezone.now()
        link.save(update_fields=["revoked_at"])
        log(
            instance=page,
            action="newsroom.review_link.revoke",
            user=request.user,
            data={"recipient": link.recipient},
        )
        messages.success(
            request, _("Review link revoked: it no longer opens the release.")
        )
    return redirect("news_review_links", page_id=page.pk)

"""Communications' screens for the review links and the pre-briefing of one release."""

from datetime import timedelta

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST
from wagtail.log_actions import log

from cms.base_url import absolute_url
from news.briefing import briefing_embargo, embargo_words, send_briefing
from news.forms import BriefingForm, ReviewLinkForm
from news.models import PressReleasePage, ReviewLink
from partners.permissions import is_communications


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


def briefing(request, page_id):
    """Send a scheduled release to chosen accredited journalists; see who opened it."""
    page = _release_for_publisher(request, page_id)
    if not is_communications(request.user):
        raise PermissionDenied
    embargo = briefing_embargo(page)
    form = BriefingForm(request.POST or None)
    if request.method == "POST" and embargo is None:
        form.add_error(
            None, _("Only a release scheduled to go live can be pre-briefed.")
        )
    elif request.method == "POST" and form.is_valid():
        sent, not_sent = send_briefing(
            page, form.cleaned_data["journalists"], request.user
        )
        if sent:
            messages.success(
                request,
                _("Pre-briefing sent to: %(names)s.")
                % {"names": ", ".join(str(j) for j in sent)},
            )
        if not_sent:
            messages.error(
                request,
                _(
                    "Not sent (no version in their languages, or email failed): "
                    "%(names)s."
                )
                % {"names": ", ".join(str(j) for j in not_sent)},
            )
        return redirect("news_briefing", page_id=page.pk)
    links = (
        ReviewLink.objects.filter(
            page__in=page.get_translations(inclusive=True), journalist__isnull=False
        )
        .select_related("journalist", "page__locale")
        .prefetch_related("events")
    )
    now = timezone.now()
    rows = [{"link": link, "active": link.is_active(now)} for link in links]
    return TemplateResponse(
        request,
        "news/admin/briefing.html",
        {
            "page": page,
            "form": form,
            "rows": rows,
            "embargo": embargo and embargo_words(embargo, get_language()),
        },
    )

"""Communications' screens: what each release's mailing did, a preview, a test.

Only Communications (and superusers) reach them: partner editors are refused
here, whatever `partners/admin_scope.py` lets through.
"""

import smtplib

from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.db.models import Count
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from cms.translations.languages import language_codes, language_names
from news.models import PressReleasePage
from partners.permissions import is_communications
from subscriptions.emails import release_message
from subscriptions.models import Delivery, Mailing, Subscriber
from subscriptions.sending import counts

LISTED_MAILINGS = 100


def _for_communications(request):
    if not is_communications(request.user):
        raise PermissionDenied


def _versions(page):
    """{language code: version} of a release, drafts included, in the site's order."""
    found = {
        version.locale.language_code: version
        for version in PressReleasePage.objects.filter(
            translation_key=page.translation_key
        ).select_related("locale")
    }
    return {code: found[code] for code in language_codes() if code in found}


def mailings(request):
    """Every release that went out, newest first: recipients, sent, failed."""
    _for_communications(request)
    recent = Mailing.objects.select_related("page", "page__locale").order_by(
        "-created_at"
    )[:LISTED_MAILINGS]
    recent = list(recent)
    by_mailing = {
        mailing.pk: dict.fromkeys(Delivery.Status.values, 0) for mailing in recent
    }
    tallies = (
        Delivery.objects.filter(mailing__in=recent)
        .values("mailing_id", "status")
        .annotate(number=Count("pk"))
    )
    for tally in tallies:
        by_mailing[tally["mailing_id"]][tally["status"]] = tally["number"]
    rows = [
        {
            "mailing": mailing,
            "counts": by_mailing[mailing.pk],
            "recipients": sum(by_mailing[mailing.pk].values()),
        }
        for mailing in recent
    ]
    return TemplateResponse(
        request,
        "subscriptions/admin/mailings.html",
        {
            "rows": rows,
            "subscribers": Subscriber.objects.receiving().count(),
            "waiting": Subscriber.objects.filter(confirmed_at__isnull=True).count(),
            "bouncing": Subscriber.objects.filter(bouncing=True).count(),
        },
    )


def release_mailing(request, page_id):
    """One release in every language: counts, preview links, the test button."""
    _for_communications(request)
    page = get_object_or_404(PressReleasePage, pk=page_id)
    names = language_names()
    languages = []
    for code, version in _versions(page).items():
        mailing = Mailing.objects.filter(page=version).first()
        found = counts(mailing.deliveries.all()) if mailing else None
        languages.append(
            {
                "code": code,
                "name": names.get(code, code),
                "version": version,
                "mailing": mailing,
                "counts": found,
                "recipients": sum(found.values()) if found else 0,
            }
        )
    failures = (
        Delivery.objects.filter(
            release_key=page.translation_key, status=Delivery.Status.FAILED
        )
        .select_related("subscriber")
        .order_by("-pk")[:50]
    )
    return TemplateResponse(
        request,
        "subscriptions/admin/release_mailing.html",
        {"page": page, "languages": languages, "failures": failures},
    )


def _version_for(request, page_id):
    _for_communications(request)
    page = get_object_or_404(PressReleasePage, pk=page_id)
    versions = _versions(page)
    code = request.GET.get("language") or request.POST.get("language")
    if code not in versions:
        raise Http404("No such language version")
    # The latest draft, so that a scheduled release can be checked before go-live.
    return page, versions[code].get_latest_revision_as_object()


def _sample_subscriber(request, version):
    return Subscriber(
        email=request.user.email or "preview@example.org",
        language=version.locale.language_code,
    )


def preview(request, page_id):
    """The email as a subscriber gets it (`?format=text` for the plain text)."""
    _page, version = _version_for(request, page_id)
    message = release_message(version, _sample_subscriber(request, version))
    if request.GET.get("format") == "text":
        return HttpResponse(message.body, content_type="text/plain; charset=utf-8")
    html = message.alternatives[0][0]
    response = HttpResponse(html, content_type="text/html; charset=utf-8")
    # Shown in a frame of the mailing page, never elsewhere.
    response["X-Frame-Options"] = "SAMEORIGIN"
    return response


@require_POST
def send_test(request, page_id):
    """Send the email of one language to the signed-in user's own address."""
    page, version = _version_for(request, page_id)
    if not request.user.email:
        messages.error(request, _("Your account has no email address to send to."))
        return redirect("subscriptions_release_mailing", page_id=page.pk)
    message = release_message(version, _sample_subscriber(request, version))
    message.subject = _("[Test] %(subject)s") % {"subject": message.subject}
    try:
        message.send()
    except (smtplib.SMTPException, OSError) as error:
        messages.error(
            request, _("The test email could not be sent: %(error)s") % {"error": error}
        )
    else:
        messages.success(
            request,
            _("Test email sent to %(email)s.") % {"email": request.user.email},
        )
    return redirect("subscriptions_release_mailing", page_id=page.pk)

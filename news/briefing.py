"""Embargoed pre-briefing: a scheduled release, sent to chosen accredited journalists.

Each journalist gets their own review link (news/models/review.py) to the
release in their language, so a broken embargo can be traced to who had the
release and when they opened it: every opening is a ReviewEvent of their link.
The link is revocable like any review link, and once the release is live it
redirects to the public page (news/views.py).
"""

from datetime import timedelta
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.db import transaction
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import formats, timezone, translation
from wagtail.log_actions import log

from cms.base_url import absolute_url
from news.models import ReviewLink

BRUSSELS = ZoneInfo("Europe/Brussels")
# A pre-briefing link keeps redirecting to the public page this long after go-live.
DAYS_AFTER_GO_LIVE = 14


def embargo_until(page):
    """When the release goes live: its scheduled revision, or its own go-live."""
    revision = page.scheduled_revision
    if revision is not None and revision.approved_go_live_at:
        return revision.approved_go_live_at
    return page.go_live_at


def briefing_embargo(page, now=None):
    """The go-live of a release that may be pre-briefed, or None.

    Only a release scheduled to go live later: a draft has no embargo to
    keep, and a live release is public already.
    """
    now = now or timezone.now()
    if page.live or page.scheduled_revision is None:
        return None
    when = embargo_until(page)
    return when if when and when > now else None


def embargo_words(when, language):
    """The go-live in Brussels time, in `language`'s words:
    "Tuesday 27 May 2031, 10:00", "mardi 27 mai 2031, 10:00"."""
    with translation.override(language):
        return formats.date_format(when.astimezone(BRUSSELS), "l j F Y, H:i")


def release_versions(page):
    """{language code: version} of every existing translation of the release."""
    versions = page.get_translations(inclusive=True).select_related("locale")
    return {version.locale.language_code: version for version in versions.specific()}


def link_url(version, link):
    """The review link on the public base URL (cms/base_url.py)."""
    return absolute_url(reverse("review_release", args=[link.token]))


def send_briefing(page, journalists, user):
    """Create each journalist's link and email it; returns (sent, not_sent).

    A journalist is not sent the release when it exists in none of their
    languages, or when their email cannot be sent (their link is then not
    kept, so nobody holds a link they never received).
    """
    embargo = briefing_embargo(page)
    versions = release_versions(page)
    sent, not_sent = [], []
    for journalist in journalists:
        code = journalist.language_for(versions)
        if embargo is None or code is None:
            not_sent.append(journalist)
            continue
        version = versions[code]
        try:
            with transaction.atomic():
                link = ReviewLink.objects.create(
                    page=version,
                    journalist=journalist,
                    recipient=f"{journalist} <{journalist.email}>"[:160],
                    created_by=user,
                    expires_at=embargo + timedelta(days=DAYS_AFTER_GO_LIVE),
                )
                email_briefing(version, journalist, link, embargo, code)
        except OSError:
            not_sent.append(journalist)
            continue
        log(
            instance=version,
            action="newsroom.briefing.send",
            user=user,
            data={
                "journalist": str(journalist),
                "email": journalist.email,
                "language": code,
                "link": link.pk,
            },
        )
        sent.append(journalist)
    return sent, not_sent


def email_briefing(version, journalist, link, embargo, language):
    with translation.override(language):
        context = {
            "release": version,
            "journalist": journalist,
            "url": link_url(version, link),
            "embargo": embargo_words(embargo, language),
        }
        subject = render_to_string("news/email/briefing_subject.txt", context)
        message = EmailMultiAlternatives(
            subject=" ".join(subject.split()),
            body=render_to_string("news/email/briefing.txt", context),
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[journalist.email],
            headers={"Content-Language": language},
        )
        message.attach_alternative(
            render_to_string("news/email/briefing.html", context), "text/html"
        )
        message.send()

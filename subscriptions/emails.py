"""The emails subscribers get: a release, a confirmation, a reminder of links.

Each is HTML and plain text in the subscriber's language. A release email
carries the RFC 8058 one-click unsubscribe headers and a Message-ID made from
its delivery, so a retried message keeps its id.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import translation
from django.utils.translation import gettext as _
from wagtail.models import Site

from cms.base_url import absolute_url, base_url
from cms.renditions import SOCIAL
from cms.site_settings import NewsroomSettings


def absolute(path, page=None):
    """`path` on the site's one public base URL (cms/base_url.py)."""
    return absolute_url(path)


def subscriber_links(subscriber, language, page=None):
    """The preferences and unsubscribe links of `subscriber`, in `language`."""
    token = subscriber.manage_token
    with translation.override(language):
        return {
            "preferences_url": absolute(
                reverse("subscriptions_preferences", args=[token]), page
            ),
            "unsubscribe_url": absolute(
                reverse("subscriptions_unsubscribe", args=[token]), page
            ),
            "privacy_url": absolute(reverse("subscriptions_privacy"), page),
        }


def message_id(delivery, page):
    """`<release.delivery@host>`: the same for every attempt of one delivery."""
    host = urlsplit(base_url()).hostname or "localhost"
    return f"<release-{delivery.release_key.hex}.{delivery.pk}@{host}>"


def _hero_image_url(release):
    image = release.hero_image
    if image is None:
        return None
    try:
        rendition = image.get_rendition(SOCIAL)
    except (OSError, ValueError):
        return None
    return rendition.url if "://" in rendition.url else absolute(rendition.url, release)


def _media_contacts(release):
    contacts = [
        link.contact
        for link in release.media_contact_links.select_related("contact")
        if link.contact_id
    ]
    if contacts:
        return contacts
    site = release.get_site() or Site.objects.filter(is_default_site=True).first()
    default = NewsroomSettings.for_site(site).default_media_contact if site else None
    return [default.localized] if default else []


def release_context(release):
    """What the release email shows, the same for every subscriber."""
    return {
        "release": release,
        "release_url": release.get_full_url() or absolute(release.url or "/", release),
        "image_url": _hero_image_url(release),
        "image_alt": release.hero_alt
        or (release.hero_image.description if release.hero_image else ""),
        "about_sections": list(release.about_sections.all()),
        "media_contacts": _media_contacts(release),
        "network_name": NewsroomSettings.for_site(
            release.get_site() or Site.objects.get(is_default_site=True)
        ).network_name,
    }


def release_message(release, subscriber, context=None, delivery=None):
    """The email of `release` to `subscriber`, in the release's language."""
    language = release.locale.language_code
    context = {
        **(context or release_context(release)),
        **subscriber_links(subscriber, language, release),
        "subscriber": subscriber,
    }
    with translation.override(language):
        text = render_to_string("emails/release.txt", context)
        html = render_to_string("emails/release.html", context)
    headers = {
        "List-Unsubscribe": f"<{context['unsubscribe_url']}>",
        "List-Unsubscribe-Post": "List-Unsubscribe=One-Click",
        "Auto-Submitted": "auto-generated",
    }
    if delivery is not None:
        headers["Message-ID"] = message_id(delivery, release)
    message = EmailMultiAlternatives(
        subject=release.title,
        body=text,
        to=[subscriber.email],
        headers=headers,
    )
    message.attach_alternative(html, "text/html")
    return message


def confirmation_message(subscriber):
    """The double opt-in email: a link that confirms, valid for a few days."""
    with translation.override(subscriber.language):
        context = {
            "confirm_url": absolute(
                reverse("subscriptions_confirm", args=[subscriber.confirm_token])
            ),
            "days": settings.SUBSCRIPTION_CONFIRM_DAYS,
            "privacy_url": absolute(reverse("subscriptions_privacy")),
        }
        subject = _("Confirm your subscription to our press releases")
        text = render_to_string("emails/confirm.txt", context)
        html = render_to_string("emails/confirm.html", context)
    message = EmailMultiAlternatives(subject=subject, body=text, to=[subscriber.email])
    message.attach_alternative(html, "text/html")
    return message


def reminder_message(subscriber):
    """To an address that subscribes again: its links, and nothing changed."""
    with translation.override(subscriber.language):
        context = subscriber_links(subscriber, subscriber.language)
        subject = _("Your subscription to our press releases")
        text = render_to_string("emails/reminder.txt", context)
        html = render_to_string("emails/reminder.html", context)
    message = EmailMultiAlternatives(subject=subject, body=text, to=[subscriber.email])
    message.attach_alternative(html, "text/html")
    return message

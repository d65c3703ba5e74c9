"""The public side: subscribe, confirm, preferences, export, unsubscribe, privacy.

Every answer to the subscribe form is the same "check your inbox", whether
the address is new, waiting or confirmed: the form never tells who is
subscribed. It is rate-limited per client address and per email address
(django-ratelimit, in the shared cache). A token that is expired, forged,
truncated or names nobody gets the site's ordinary 404.
"""

import json
import logging

from django.conf import settings
from django.db import IntegrityError, transaction
from django.http import Http404, HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.decorators.http import require_http_methods
from django_ratelimit.core import is_ratelimited

from accounts.addresses import client_address
from subscriptions.forms import ChoicesForm, SubscribeForm
from subscriptions.models import Subscriber
from subscriptions.tasks import enqueue_after_commit, send_confirmation, send_reminder

logger = logging.getLogger(__name__)

TOO_MANY = _("Too many subscription requests. Please try again in an hour.")


def _address_key(group, request):
    return client_address(request) or "unknown"


def _email_key(group, request):
    return request.POST.get("email", "").strip().lower()[:254]


def over_limit(request):
    """Counts this request per client address and per email address."""
    by_address = is_ratelimited(
        request,
        group="subscriptions.subscribe.address",
        key=_address_key,
        rate=settings.SUBSCRIBE_RATE_PER_ADDRESS,
        increment=True,
    )
    by_email = is_ratelimited(
        request,
        group="subscriptions.subscribe.email",
        key=_email_key,
        rate=settings.SUBSCRIBE_RATE_PER_EMAIL,
        increment=True,
    )
    return by_address or by_email


def _subscribe(form):
    """A new record and its confirmation link; for a known address, a reminder."""
    email = form.cleaned_data["email"]
    known = Subscriber.objects.filter(email=email).first()
    if known is None:
        try:
            with transaction.atomic():
                subscriber = form.save()
        except IntegrityError:
            # The same address, subscribed by a request running at the same time.
            return
        enqueue_after_commit(send_confirmation, subscriber.pk)
    else:
        enqueue_after_commit(send_reminder, known.pk)


@never_cache
@require_http_methods(["GET", "POST"])
def subscribe(request):
    form = SubscribeForm(request.POST or None)
    status = 200
    if request.method == "POST":
        if over_limit(request):
            logger.warning(
                "Subscription refused: too many requests from %r or for %r.",
                _address_key(None, request),
                _email_key(None, request),
            )
            form.is_valid()
            form.add_error(None, TOO_MANY)
            status = 429
        elif form.is_valid():
            _subscribe(form)
            return TemplateResponse(
                request,
                "subscriptions/check_inbox.html",
                {"days": settings.SUBSCRIPTION_CONFIRM_DAYS},
            )
        else:
            status = 400
    return TemplateResponse(
        request, "subscriptions/subscribe.html", {"form": form}, status=status
    )


def _by_confirm_token(token):
    subscriber = Subscriber.from_confirm_token(token)
    if subscriber is None:
        raise Http404("No such page")
    return subscriber


def _by_manage_token(token):
    subscriber = Subscriber.from_manage_token(token)
    if subscriber is None:
        raise Http404("No such page")
    return subscriber


@never_cache
@require_http_methods(["GET", "POST"])
def confirm(request, token):
    """The link in the opt-in email: a button, so a mail scanner confirms nothing."""
    subscriber = _by_confirm_token(token)
    if request.method == "POST":
        if subscriber.confirmed_at is None:
            subscriber.confirmed_at = timezone.now()
            subscriber.save(update_fields=["confirmed_at"])
        return redirect("subscriptions_preferences", token=subscriber.manage_token)
    return TemplateResponse(
        request, "subscriptions/confirm.html", {"subscriber": subscriber}
    )


@never_cache
@require_http_methods(["GET", "POST"])
def preferences(request, token):
    subscriber = _by_manage_token(token)
    form = ChoicesForm(request.POST or None, instance=subscriber)
    saved = False
    if request.method == "POST" and form.is_valid():
        form.save()
        saved = True
    return TemplateResponse(
        request,
        "subscriptions/preferences.html",
        {"form": form, "subscriber": subscriber, "token": token, "saved": saved},
        status=400 if form.errors else 200,
    )


@never_cache
@require_http_methods(["GET"])
def export(request, token):
    """Everything stored about the subscriber, as JSON."""
    subscriber = _by_manage_token(token)
    response = HttpResponse(
        json.dumps(subscriber.as_export(), indent=2, ensure_ascii=False),
        content_type="application/json; charset=utf-8",
    )
    response["Content-Disposition"] = 'attachment; filename="subscription.json"'
    return response


def _erase(subscriber):
    """Delete the address and choices; deliveries keep only their counts."""
    subscriber.delete()


@never_cache
@require_http_methods(["POST"])
def erase(request, token):
    _erase(_by_manage_token(token))
    return TemplateResponse(
        request, "subscriptions/unsubscribed.html", {"erased": True}
    )


@csrf_exempt  # RFC 8058: mail clients post here without a form of ours
@never_cache
@require_http_methods(["GET", "POST"])
def unsubscribe(request, token):
    """One click: a POST (RFC 8058 or the page's button) unsubscribes and erases.

    A GET only shows the button, so that a link checker unsubscribes nobody.
    """
    subscriber = _by_manage_token(token)
    if request.method == "POST":
        _erase(subscriber)
        return TemplateResponse(request, "subscriptions/unsubscribed.html")
    return TemplateResponse(
        request, "subscriptions/unsubscribe.html", {"subscriber": subscriber}
    )


def privacy(request):
    return TemplateResponse(
        request,
        "subscriptions/privacy.html",
        {"confirm_days": settings.SUBSCRIPTION_CONFIRM_DAYS},
    )

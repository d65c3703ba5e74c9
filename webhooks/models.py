"""Partners' endpoints and the log of every delivery made to them."""

import secrets

from django import forms
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import URLValidator
from django.db import models
from django.db.models import Q
from django.utils.text import capfirst
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.search import index

from cms.translations.fields import LanguageListField
from webhooks.addresses import SCHEMES, check_webhook_url
from webhooks.signing import check_secret, new_secret


class Event(models.TextChoices):
    PUBLISHED = "release.published", _("Published (first time)")
    UPDATED = "release.updated", _("Updated (published again)")
    UNPUBLISHED = "release.unpublished", _("Unpublished")
    EMBARGO_LIFTED = "release.embargo_lifted", _("Embargo lifted")


TEST_EVENT = "webhook.test"


def event_values():
    return [value for value, _label in Event.choices]


def default_language_partners():
    """Partners are chosen once, in the default language: the filter matches
    a release's partners in every language by translation key."""
    return Q(locale__language_code=settings.LANGUAGE_CODE)


class EventListField(models.JSONField):
    """Some of the events, chosen with checkboxes; at least one."""

    def formfield(self, **kwargs):
        return forms.MultipleChoiceField(
            choices=Event.choices,
            widget=forms.CheckboxSelectMultiple,
            label=capfirst(self.verbose_name),
            help_text=self.help_text,
        )

    def validate(self, value, model_instance):
        super().validate(value, model_instance)
        if not value or not isinstance(value, list) or set(value) - set(event_values()):
            raise ValidationError(_("Choose at least one of the events."))


def new_message_id():
    return "msg_" + secrets.token_urlsafe(18)


class WebhookEndpoint(index.Indexed, models.Model):
    """A partner's site, told about releases as they go live, change or go."""

    name = models.CharField(
        _("name"), max_length=120, help_text=_("Whose site this is, e.g. Alpha Lab.")
    )
    url = models.URLField(
        _("URL"),
        max_length=500,
        validators=[URLValidator(schemes=SCHEMES), check_webhook_url],
        help_text=_("Where to POST the events: http or https, on a public address."),
    )
    secret = models.CharField(
        _("signing secret"),
        max_length=200,
        default=new_secret,
        validators=[check_secret],
        help_text=_(
            "Give this to the partner: they check each delivery's "
            "webhook-signature header with it (Standard Webhooks)."
        ),
    )
    events = EventListField(
        _("events"),
        default=event_values,
        help_text=_("What to deliver."),
    )
    partners = models.ManyToManyField(
        "partners.PartnerPage",
        verbose_name=_("only releases of these partners"),
        blank=True,
        related_name="+",
        limit_choices_to=default_language_partners,
        help_text=_("None: releases of every partner."),
    )
    languages = LanguageListField(
        _("only these languages"),
        help_text=_("None: every language."),
    )
    active = models.BooleanField(
        _("active"), default=True, help_text=_("Untick to pause deliveries.")
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)

    panels = [
        FieldPanel("name"),
        FieldPanel("url"),
        FieldPanel("secret"),
        FieldPanel("events"),
        MultiFieldPanel(
            [FieldPanel("partners"), FieldPanel("languages")], heading=_("Filters")
        ),
        FieldPanel("active"),
    ]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta:
        verbose_name = _("webhook endpoint")
        verbose_name_plural = _("webhook endpoints")
        ordering = ["name"]

    def __str__(self):
        return self.name


class WebhookDelivery(models.Model):
    """One event for one endpoint: its body (signed anew at each attempt, under
    the same message id) and how its attempts went."""

    class Status(models.TextChoices):
        PENDING = "pending", _("Pending")
        RETRYING = "retrying", _("Waiting to retry")
        DELIVERED = "delivered", _("Delivered")
        FAILED = "failed", _("Failed")
        CANCELLED = "cancelled", _("Cancelled")

    endpoint = models.ForeignKey(
        WebhookEndpoint, on_delete=models.CASCADE, related_name="deliveries"
    )
    event = models.CharField(_("event"), max_length=40)
    message_id = models.CharField(
        _("message id"), max_length=40, unique=True, default=new_message_id
    )
    # A plain id, not a foreign key: a delivery outlives its page, and a page
    # being deleted is unpublished (and told) inside its own deletion.
    page_id = models.PositiveIntegerField(_("page id"), null=True, blank=True)
    title = models.CharField(_("title"), max_length=255, blank=True)
    body = models.TextField(_("body"))
    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    response_status = models.PositiveIntegerField(
        _("last HTTP status"), null=True, blank=True
    )
    error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    last_attempt_at = models.DateTimeField(_("last attempt"), null=True, blank=True)
    next_attempt_at = models.DateTimeField(_("next attempt"), null=True, blank=True)
    delivered_at = models.DateTimeField(_("delivered"), null=True, blank=True)

    class Meta:
        verbose_name = _("webhook delivery")
        verbose_name_plural = _("webhook deliveries")
        ordering = ["-created_at", "-pk"]

    def __str__(self):
        return f"{self.event} → {self.endpoint}"

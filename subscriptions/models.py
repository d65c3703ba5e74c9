"""Email subscribers, and one delivery record per release and subscriber.

A subscriber chooses a language and topics and/or partners, or everything,
and confirms by a signed link (double opt-in). When a release goes live for
the first time, each of its language versions gets a `Mailing`; the worker
gives every matching confirmed subscriber one `Delivery`, unique per release
(`translation_key`) and subscriber, and claims it before sending, so nobody
gets the same release twice.
"""

import secrets

from django.conf import settings
from django.core import signing
from django.db import models
from django.db.models import Q
from django.utils.translation import gettext_lazy as _

CONFIRM_SALT = "subscriptions.confirm"
MANAGE_SALT = "subscriptions.manage"


def new_key():
    return secrets.token_urlsafe(24)


def language_choices():
    return settings.LANGUAGES


class SubscriberQuerySet(models.QuerySet):
    def receiving(self):
        """Confirmed addresses that do not bounce: the only ones ever sent a release."""
        return self.filter(confirmed_at__isnull=False, bouncing=False)

    def matching(self, release):
        """Receiving subscribers of `release`'s language who chose what it is about.

        Topics and partners match across languages by their translation key,
        so a choice made on the French page holds for the Dutch release.
        """
        topic_keys = [topic.translation_key for topic in release.topics]
        partner_keys = [partner.translation_key for partner in release.partners]
        wanted = Q(everything=True)
        if topic_keys:
            wanted |= Q(topics__translation_key__in=topic_keys)
        if partner_keys:
            wanted |= Q(partners__translation_key__in=partner_keys)
        return (
            self.receiving()
            .filter(language=release.locale.language_code)
            .filter(wanted)
            .distinct()
        )


class Subscriber(models.Model):
    """One email address, its language and its choices."""

    email = models.EmailField(_("email address"), unique=True)
    language = models.CharField(
        _("language"), max_length=8, choices=language_choices, default="en"
    )
    everything = models.BooleanField(
        _("every release"),
        default=False,
        help_text=_("Every release in this language, whatever its topics or partners."),
    )
    topics = models.ManyToManyField(
        "cms.Topic", verbose_name=_("topics"), blank=True, related_name="+"
    )
    partners = models.ManyToManyField(
        "partners.PartnerPage", verbose_name=_("partners"), blank=True, related_name="+"
    )
    # The secret the subscriber's links carry, signed (see `confirm_token`).
    key = models.CharField(max_length=40, unique=True, default=new_key, editable=False)
    created_at = models.DateTimeField(_("subscribed at"), auto_now_add=True)
    confirmed_at = models.DateTimeField(_("confirmed at"), null=True, blank=True)
    hard_failures = models.PositiveSmallIntegerField(
        _("permanent delivery failures in a row"), default=0
    )
    bouncing = models.BooleanField(
        _("bouncing"),
        default=False,
        help_text=_("Set after repeated permanent delivery failures; sent nothing."),
    )

    objects = SubscriberQuerySet.as_manager()

    class Meta:
        verbose_name = _("subscriber")
        verbose_name_plural = _("subscribers")

    def __str__(self):
        return self.email

    @property
    def confirm_token(self):
        """For the confirmation link: expires (SUBSCRIPTION_CONFIRM_DAYS)."""
        return signing.TimestampSigner(salt=CONFIRM_SALT).sign(self.key)

    @property
    def manage_token(self):
        """For the preferences and unsubscribe links: lasts as long as the address."""
        return signing.Signer(salt=MANAGE_SALT).sign(self.key)

    @classmethod
    def from_confirm_token(cls, token):
        max_age = settings.SUBSCRIPTION_CONFIRM_DAYS * 24 * 3600
        try:
            key = signing.TimestampSigner(salt=CONFIRM_SALT).unsign(
                token, max_age=max_age
            )
        except signing.BadSignature:
            return None
        return cls.objects.filter(key=key).first()

    @classmethod
    def from_manage_token(cls, token):
        try:
            key = signing.Signer(salt=MANAGE_SALT).unsign(token)
        except signing.BadSignature:
            return None
        return cls.objects.filter(key=key, confirmed_at__isnull=False).first()

    def as_export(self):
        """Everything stored about this subscriber, for the JSON export."""
        return {
            "email": self.email,
            "language": self.language,
            "everything": self.everything,
            "topics": [topic.name for topic in self.topics.all()],
            "partners": [partner.title for partner in self.partners.all()],
            "subscribed_at": self.created_at.isoformat(),
            "confirmed_at": self.confirmed_at.isoformat()
            if self.confirmed_at
            else None,
            "permanent_delivery_failures_in_a_row": self.hard_failures,
            "bouncing": self.bouncing,
            "releases_sent": [
                {
                    "release": delivery.mailing.page.title,
                    "status": delivery.status,
                    "sent_at": delivery.sent_at.isoformat()
                    if delivery.sent_at
                    else None,
                }
                for delivery in self.deliveries.select_related("mailing__page")
            ],
        }


class Mailing(models.Model):
    """The email of one language version of a release, made at its first go-live."""

    page = models.OneToOneField(
        "news.PressReleasePage",
        verbose_name=_("release"),
        on_delete=models.CASCADE,
        related_name="mailing",
    )
    # The release across its languages (the pages' translation key).
    release_key = models.UUIDField(db_index=True, editable=False)
    created_at = models.DateTimeField(_("went live at"), auto_now_add=True)

    class Meta:
        verbose_name = _("release mailing")
        verbose_name_plural = _("release mailings")

    def __str__(self):
        return str(self.page)


class Delivery(models.Model):
    """One release to one subscriber: at most one, ever (see the constraint)."""

    class Status(models.TextChoices):
        PENDING = "pending", _("waiting")
        SENDING = "sending", _("being sent")
        SENT = "sent", _("sent")
        FAILED = "failed", _("failed")
        CANCELLED = "cancelled", _("cancelled")

    mailing = models.ForeignKey(
        Mailing, on_delete=models.CASCADE, related_name="deliveries"
    )
    release_key = models.UUIDField(editable=False)
    # Kept, without the address, when the subscriber leaves: the counts stay true.
    subscriber = models.ForeignKey(
        Subscriber, on_delete=models.SET_NULL, null=True, related_name="deliveries"
    )
    status = models.CharField(
        max_length=16, choices=Status.choices, default=Status.PENDING
    )
    attempts = models.PositiveSmallIntegerField(default=0)
    next_attempt_at = models.DateTimeField(null=True, blank=True)
    claimed_at = models.DateTimeField(null=True, blank=True)
    sent_at = models.DateTimeField(null=True, blank=True)
    message_id = models.CharField(max_length=255, blank=True)
    error = models.TextField(blank=True)

    class Meta:
        verbose_name = _("delivery")
        verbose_name_plural = _("deliveries")
        constraints = [
            models.UniqueConstraint(
                fields=["release_key", "subscriber"],
                name="one_delivery_per_release_and_subscriber",
            )
        ]
        indexes = [models.Index(fields=["mailing", "status"])]

    def __str__(self):
        return f"{self.mailing} → {self.subscriber_id}: {self.status}"

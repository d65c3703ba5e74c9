"""Private review links: a draft or embargoed release, readable without an account."""

import secrets
from datetime import timedelta

from django.conf import settings
from django.core import signing
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

REVIEW_LINK_SALT = "news.review-link"
REVIEW_LINK_DAYS = 14
# The answer form's own token (news/views.py): bound to one link, signed, and
# valid for a working day, so a reader can answer a page left open since morning.
REVIEW_ANSWER_SALT = "news.review-answer"
REVIEW_ANSWER_MAX_AGE = timedelta(hours=12)


def new_key():
    return secrets.token_urlsafe(32)


def default_expiry():
    return timezone.now() + timedelta(days=REVIEW_LINK_DAYS)


class ReviewLinkQuerySet(models.QuerySet):
    def active(self, now=None):
        now = now or timezone.now()
        return self.filter(revoked_at__isnull=True, expires_at__gt=now)


class ReviewLink(models.Model):
    """An unguessable, signed, expiring and revocable link to one release."""

    page = models.ForeignKey(
        "news.PressReleasePage",
        verbose_name=_("release"),
        on_delete=models.CASCADE,
        related_name="review_links",
    )
    key = models.CharField(max_length=64, unique=True, default=new_key, editable=False)
    recipient = models.CharField(
        _("recipient"),
        max_length=160,
        blank=True,
        help_text=_("Who the link is for, e.g. a journalist or a partner's approver."),
    )
    journalist = models.ForeignKey(
        "news.AccreditedJournalist",
        verbose_name=_("journalist"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="briefing_links",
        help_text=_("For a pre-briefing: the accredited journalist it was sent to."),
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created"), auto_now_add=True)
    expires_at = models.DateTimeField(_("expires"), default=default_expiry)
    revoked_at = models.DateTimeField(_("revoked"), null=True, blank=True)

    objects = ReviewLinkQuerySet.as_manager()

    class Meta:
        verbose_name = _("review link")
        verbose_name_plural = _("review links")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.page} → {self.recipient or self.pk}"

    @property
    def token(self):
        return signing.Signer(salt=REVIEW_LINK_SALT).sign(self.key)

    @classmethod
    def from_token(cls, token):
        """The active link for `token`, or None for a forged, expired or revoked one."""
        try:
            key = signing.Signer(salt=REVIEW_LINK_SALT).unsign(token)
        except signing.BadSignature:
            return None
        return cls.objects.active().select_related("page").filter(key=key).first()

    def _answer_signer(self):
        return signing.TimestampSigner(salt=f"{REVIEW_ANSWER_SALT}:{self.key}")

    def answer_token(self):
        """A token for the answer form of this link's page, as rendered now."""
        return self._answer_signer().sign("answer")

    def accepts_answer_token(self, token):
        """Whether `token` came from this link's answer form, in the last
        REVIEW_ANSWER_MAX_AGE (not forged, not another link's, not expired)."""
        try:
            value = self._answer_signer().unsign(
                token or "", max_age=REVIEW_ANSWER_MAX_AGE
            )
        except signing.BadSignature:
            return False
        return value == "answer"

    def is_active(self, now=None):
        now = now or timezone.now()
        return self.revoked_at is None and self.expires_at > now


class ReviewEvent(models.Model):
    """A view of, or an answer through, a review link."""

    class Kind(models.TextChoices):
        VIEW = "view", _("Viewed")
        APPROVE = "approve", _("Approved")
        REQUEST_CHANGES = "request_changes", _("Requested changes")

    link = models.ForeignKey(
        ReviewLink, on_delete=models.CASCADE, related_name="events"
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    name = models.CharField(_("name"), max_length=160, blank=True)
    comment = models.TextField(_("comment"), blank=True)
    created_at = models.DateTimeField(_("when"), auto_now_add=True)

    class Meta:
        verbose_name = _("review event")
        verbose_name_plural = _("review events")
        ordering = ["-created_at"]

    def __str__(self):
        return f"{self.get_kind_display()} · {self.link}"

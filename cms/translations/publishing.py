"""Publishing a release in all its languages together, or not at all.

A page type with `PublishTogetherMixin` (the press release) goes out in
English, French and Dutch at once, whichever way it is published: its
`publish` sends every publish (edit view, workflow approval, bulk action,
segment editor, scheduled publishing, `Revision.publish()` in code) through
`publish_release`, which publishes all three or raises. A page type with
`PublishRulesMixin` (the event) names what its content needs before it goes
live, and is refused on the same paths. The admin (`cms.translations.admin`)
turns a refusal into a message.
"""

import contextlib
import logging
from contextvars import ContextVar

from django.apps import apps
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.actions.publish_revision import PublishPermissionError
from wagtail.log_actions import log
from wagtail.models import Page, Revision
from wagtail_localize.models import Translation

from cms.translations.errors import (
    PublishRuleError,
    PublishTogetherError,
    PublishTogetherPermissionError,
)
from cms.translations.languages import language_codes
from cms.translations.segments import untranslated_by_language
from cms.translations.versions import language_versions, translation_record

logger = logging.getLogger(__name__)

LOG_PUBLISH_TOGETHER_OFF = "newsroom.publish_together.off"
LOG_PUBLISH_TOGETHER_ON = "newsroom.publish_together.on"


class PublishTogetherMixin(models.Model):
    """A page type whose language versions go live together (a press release).

    Carries the editor's switch and the one `publish` every way of publishing
    ends in; put it before the page base class.
    """

    publish_together = models.BooleanField(
        _("publish in all languages together"),
        default=True,
        help_text=_(
            "On: publishing one language publishes all three at once, and is refused "
            "until all three exist. Turn off only to publish one language on its own."
        ),
    )

    class Meta:
        abstract = True

    def publish(
        self,
        revision,
        user=None,
        changed=True,
        log_action=True,
        previous_revision=None,
        skip_permission_checks=False,
    ):
        """Every way of publishing keeps the languages together.

        Workflow approval, bulk publish, the segment editor, scheduled
        publishing and `Revision.publish()` all end here; see `publish_release`.
        """
        return publish_release(
            self,
            revision,
            super().publish,
            user=user,
            changed=changed,
            log_action=log_action,
            previous_revision=previous_revision,
            skip_permission_checks=skip_permission_checks,
        )


class PublishRulesMixin(models.Model):
    """A page type whose content must meet rules to go live (an event needs a place).

    `publish_problems()`, asked of the revision being published, names them;
    every way of publishing ends in this `publish`, which refuses with
    `PublishRuleError` (see `publish_by_the_rules`). Put it before the page base.
    """

    class Meta:
        abstract = True

    def publish_problems(self):
        """{field name: what is wrong}, empty when the page may go live."""
        return {}

    def publish(self, revision, **kwargs):
        return publish_by_the_rules(revision, super().publish, **kwargs)


def check_publish_rules(draft):
    """Raise PublishRuleError unless `draft` (a page as it would go live) may."""
    draft = draft.specific if type(draft) is Page else draft
    if not isinstance(draft, PublishRulesMixin):
        return
    problems = draft.publish_problems()
    if problems:
        raise PublishRuleError(draft, problems)


def _scheduled_now(revision):
    """`publish_scheduled` publishing `revision` at its go-live."""
    return (
        revision.approved_go_live_at is not None
        and revision.approved_go_live_at <= timezone.now()
    )


def publish_by_the_rules(revision, publish_one, **kwargs):
    """`PublishRulesMixin.publish`: Wagtail's own publish, once the rules hold.

    A scheduled go-live that breaks them is logged and left scheduled, so
    `publish_scheduled` carries on with the other pages.
    """
    try:
        check_publish_rules(revision.as_object())
    except PublishRuleError as error:
        if not _scheduled_now(revision):
            raise
        logger.error(
            "Scheduled publishing of %s refused: %s", revision.object_id, error
        )
        return None
    return publish_one(revision, **kwargs)


def publishes_together(page):
    """True for a page whose languages must go live together."""
    page = page.specific if isinstance(page, Page) else page
    return isinstance(page, PublishTogetherMixin) and bool(page.publish_together)


def publish_together_page_types():
    """The page types that carry the switch (for the dashboard's panel)."""
    return [
        model for model in apps.get_models() if issubclass(model, PublishTogetherMixin)
    ]


def publish_together_problems(page, versions=None):
    """(missing, not_ready) language codes that block publishing `page` together.

    A version is not ready while wagtail-localize still has untranslated
    segments for it.
    """
    versions = versions if versions is not None else language_versions(page)
    missing = [code for code in language_codes() if code not in versions]
    not_ready = []
    translations = Translation.objects.filter(
        source__object_id=page.translation_key, enabled=True
    ).select_related("target_locale")
    for record in translations:
        code = record.target_locale.language_code
        if code not in versions or versions[code].pk == page.pk:
            continue
        total, translated = record.get_progress()
        if translated < total:
            not_ready.append(code)
    order = language_codes()
    return missing, sorted(set(not_ready), key=order.index)


# Set while `publish_all_languages` publishes the versions one by one, so each
# of those publishes goes through Wagtail's own code instead of starting over.
_publishing_together = ContextVar("publishing_together", default=False)


@contextlib.contextmanager
def publish_as_is():
    """Publish releases one revision at a time, as Wagtail does by default.

    For code that publishes every language version itself, in turn: loading
    demo content, building test data. Editors never get here.
    """
    token = _publishing_together.set(True)
    try:
        yield
    finally:
        _publishing_together.reset(token)


def check_can_publish_together(page, user=None, versions=None):
    """Raise unless `user` may publish every language version of `page` now."""
    versions = versions if versions is not None else language_versions(page)
    missing, not_ready = publish_together_problems(page, versions)
    if missing or not_ready:
        raise PublishTogetherError(
            page,
            missing,
            not_ready,
            untranslated=untranslated_by_language(page, not_ready),
            versions={code: version.pk for code, version in versions.items()},
        )
    if user is not None:
        for version in versions.values():
            if not version.permissions_for_user(user).can_publish():
                raise PublishTogetherPermissionError(page)
    return versions


def _revision_for(version, scheduled, user=None):
    """The revision of a sibling version that goes live with the others.

    At a scheduled go-live, the sibling's own scheduled revision; otherwise (or
    if it has none) its latest revision. A version kept by wagtail-localize is
    first rebuilt from its translated segments, which the segment editor saves
    one by one without a new revision, as its own Publish button would do; a
    live version keeps its live content until that revision is published
    (`cms.translations.drafts`).
    """
    if not scheduled:
        record = translation_record(version)
        if record is not None:
            try:
                record.save_target(user=user, publish=False)
            except ValidationError as error:
                code = version.locale.language_code
                raise PublishTogetherError(version, not_ready=[code]) from error
            version.refresh_from_db(fields=["latest_revision"])
    if scheduled:
        revision = (
            version.revisions.filter(approved_go_live_at__isnull=False)
            .order_by("-created_at", "-pk")
            .first()
        )
        if revision is not None:
            return revision
    return version.latest_revision


@transaction.atomic
def publish_all_languages(
    page,
    user=None,
    revision=None,
    log_action=True,
    skip_permission_checks=False,
    changed=True,
    previous_revision=None,
):
    """Publish the latest revision of every language version in one transaction.

    `revision` (default: the page's latest) is published for `page` itself; its
    go-live date, if any, is applied to every version, so a scheduled release
    goes live in all languages at the same moment. Raises PublishTogetherError,
    or PublishTogetherPermissionError when `user` may not publish one of the
    versions; either way nothing is published.
    """
    page = page.specific
    checked_user = None if skip_permission_checks else user
    versions = check_can_publish_together(page, checked_user)
    revision = revision or page.latest_revision or page.save_revision(user=user)
    scheduled = revision.approved_go_live_at is not None
    go_live_at = revision.as_object().go_live_at
    published = []
    with publish_as_is():
        for code in language_codes():
            version = versions[code]
            own = {}
            if version.pk == page.pk:
                version_revision = revision
                own = {"changed": changed, "previous_revision": previous_revision}
            else:
                version_revision = _revision_for(version, scheduled, user)
                draft = version_revision.as_object() if version_revision else version
                if version_revision is None or draft.go_live_at != go_live_at:
                    draft.go_live_at = go_live_at
                    version_revision = draft.save_revision(user=user, log_action=False)
            version_revision.publish(
                user=user,
                log_action=log_action,
                skip_permission_checks=skip_permission_checks,
                **own,
            )
            published.append(version)
    return published


def _already_published_together(revision):
    """A scheduled revision that a sibling's go-live has published already.

    `publish_scheduled` lists the three scheduled revisions before publishing
    any: the first one publishes all three and clears their schedule, so the
    other two must not go out a second time.
    """
    if revision.approved_go_live_at is None:
        return False
    return not Revision.objects.filter(
        pk=revision.pk, approved_go_live_at__isnull=False
    ).exists()


def publish_release(page, revision, publish_one, **kwargs):
    """`PublishTogetherMixin.publish`: one language alone, or all three together.

    `publish_one` is Wagtail's own `Page.publish`. Inside a together-publish,
    or for a release with the switch off in `revision`, it is used as is.
    Otherwise all three versions are published, or PublishTogetherError /
    PublishTogetherPermissionError is raised and nothing is. A scheduled
    go-live that cannot go out in all languages is logged and left scheduled,
    so `publish_scheduled` carries on with the other pages.
    """
    if _publishing_together.get() or not publishes_together(revision.as_object()):
        return publish_one(revision, **kwargs)
    if _already_published_together(revision):
        return None
    scheduled_now = _scheduled_now(revision)
    try:
        publish_all_languages(page, revision=revision, **kwargs)
    except (PublishTogetherError, PublishPermissionError) as error:
        if not scheduled_now:
            raise
        logger.error("Scheduled publishing of %s refused: %s", page.pk, error)
    return None


def log_publish_together_change(page, previous_value, user=None):
    """Record an editor switching `publish_together` in the page history."""
    if previous_value is None or previous_value == page.publish_together:
        return None
    action = (
        LOG_PUBLISH_TOGETHER_ON if page.publish_together else LOG_PUBLISH_TOGETHER_OFF
    )
    return log(instance=page, action=action, user=user)


def previous_publish_together(page):
    """The switch as it stood in the revision before the latest one, or None."""
    latest = page.latest_revision
    if latest is None:
        return None
    previous = page.revisions.filter(pk__lt=latest.pk).order_by("-pk").first()
    if previous is None:
        return None
    return previous.content.get("publish_together", True)

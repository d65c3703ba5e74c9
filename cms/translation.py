"""Trilingual publishing: publish-together releases and translation helpers.

A release with `publish_together` on goes out in English, French and Dutch at
once or not at all, whichever way it is published: `PressReleasePage.publish`
sends every publish (edit view, workflow approval, bulk action, segment
editor, scheduled publishing, `Revision.publish()` in code) through
`publish_release`, which publishes all three or raises. The admin hooks in
`cms.wagtail_hooks` turn a refusal into a message.
"""

import contextlib
import logging
from contextvars import ContextVar

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext, ngettext
from wagtail.actions.publish_revision import PublishPermissionError
from wagtail.log_actions import log
from wagtail.models import Locale, Page, Revision
from wagtail_localize.models import Translation, TranslationSource

logger = logging.getLogger(__name__)

LOG_PUBLISH_TOGETHER_OFF = "newsroom.publish_together.off"
LOG_PUBLISH_TOGETHER_ON = "newsroom.publish_together.on"


def language_names():
    """Each language named in its own language: English, Français, Nederlands."""
    return dict(settings.LANGUAGES)


def language_codes():
    return [code for code, _name in settings.LANGUAGES]


class PublishTogetherError(Exception):
    """A release that must go out in all languages is missing one or more."""

    def __init__(self, page, missing=(), not_ready=()):
        self.page = page
        self.missing = list(missing)
        self.not_ready = list(not_ready)
        super().__init__(self.message)

    @property
    def problems(self):
        """E.g. "missing: Nederlands; not fully translated: Français"."""
        names = language_names()
        parts = []
        if self.missing:
            parts.append(
                ngettext(
                    "missing: %(languages)s",
                    "missing: %(languages)s",
                    len(self.missing),
                )
                % {"languages": ", ".join(names[code] for code in self.missing)}
            )
        if self.not_ready:
            parts.append(
                gettext("not fully translated: %(languages)s")
                % {"languages": ", ".join(names[code] for code in self.not_ready)}
            )
        return "; ".join(parts)

    @property
    def message(self):
        return gettext(
            "'%(title)s' is set to publish in all languages together and was not "
            "published (%(problems)s). Your changes were saved as a draft. Create "
            'and finish the other language versions, or turn off "Publish in all '
            'languages together" in the Settings tab.'
        ) % {"title": self.page.title, "problems": self.problems}


def publishes_together(page):
    """True for a release whose languages must go live together."""
    from news.models import PressReleasePage

    page = page.specific if isinstance(page, Page) else page
    return isinstance(page, PressReleasePage) and bool(page.publish_together)


def language_versions(page):
    """{language code: specific page} for every existing version of `page`."""
    versions = page.get_translations(inclusive=True).select_related("locale").specific()
    return {version.locale.language_code: version for version in versions}


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


class PublishTogetherPermissionError(PublishPermissionError):
    """The user may publish this language version but not all the others."""

    def __init__(self, page):
        self.page = page
        super().__init__(self.message)

    @property
    def message(self):
        return gettext(
            "'%(title)s' was not published: you may not publish every language "
            "version of it. Your changes were saved as a draft."
        ) % {"title": self.page.title}


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
        raise PublishTogetherError(page, missing, not_ready)
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
    (`cms.translation_drafts`).
    """
    if not scheduled:
        record = Translation.objects.filter(
            source__object_id=version.translation_key,
            target_locale_id=version.locale_id,
            enabled=True,
        ).first()
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
    """`PressReleasePage.publish`: one language alone, or all three together.

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
    scheduled_now = (
        revision.approved_go_live_at is not None
        and revision.approved_go_live_at <= timezone.now()
    )
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


def is_translation_source(page):
    """Whether `page` is the version its translations were made from.

    With wagtail-localize records: the locale of a TranslationSource that is not
    itself a translation target. Without (pages copied by hand or by the demo
    loader): the default language's version.
    """
    key = page.translation_key
    if Translation.objects.filter(
        source__object_id=key, target_locale_id=page.locale_id
    ).exists():
        return False
    sources = TranslationSource.objects.filter(object_id=key)
    if sources.exists():
        return sources.filter(locale_id=page.locale_id).exists()
    return page.locale_id == Locale.get_default().pk


def versions_in_other_languages(request):
    """Live pages at the same path under another language prefix, for a 404.

    `/fr/news/some-release/` is not found, but `/en/news/some-release/` is: the
    reader gets a link to it, and to its French translation if one is live.
    Returns a list of (language code, language name, url).
    """
    from django.http import Http404
    from wagtail.models import Site

    path = request.path_info.strip("/").split("/")
    codes = language_codes()
    if not path or path[0] not in codes:
        return []
    requested, components = path[0], [part for part in path[1:] if part]
    site = Site.find_for_request(request)
    if site is None or site.root_page_id is None or not components:
        return []
    names = language_names()
    found = []
    homes = site.root_page.get_translations(inclusive=True).select_related("locale")
    for home in homes:
        code = home.locale.language_code
        if code == requested or code not in names:
            continue
        try:
            result = home.specific.route(request, components)
        except Http404:
            continue
        page = result.page if hasattr(result, "page") else result[0]
        found.append((code, names[code], page))
    links = []
    for code, name, page in found:
        links.append((code, name, page.get_url(request)))
        local = (
            page.get_translations()
            .live()
            .public()
            .filter(locale__language_code=requested)
            .first()
        )
        if local is not None and all(link[0] != requested for link in links):
            links.insert(0, (requested, names[requested], local.get_url(request)))
    return links

"""Trilingual publishing: publish-together releases and translation helpers.

A release with `publish_together` on goes out in English, French and Dutch at
once or not at all. The admin hooks in `cms.wagtail_hooks` call into this
module; scripts and management commands should call `publish_all_languages`
instead of `Revision.publish` for such releases.
"""

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext, ngettext
from wagtail.log_actions import log
from wagtail.models import Locale, Page
from wagtail_localize.models import Translation, TranslationSource

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
    def message(self):
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
        return gettext(
            "'%(title)s' is set to publish in all languages together and was not "
            "published (%(problems)s). Your changes were saved as a draft. Create "
            'and finish the other language versions, or turn off "Publish in all '
            'languages together" in the Settings tab.'
        ) % {"title": self.page.title, "problems": "; ".join(parts)}


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


def check_publish_together(page):
    """Raise PublishTogetherError when `page` may not go out on its own."""
    if not publishes_together(page):
        return
    missing, not_ready = publish_together_problems(page)
    if missing or not_ready:
        raise PublishTogetherError(page, missing, not_ready)


@transaction.atomic
def publish_all_languages(page, user=None, revision=None):
    """Publish the latest revision of every language version in one transaction.

    `revision` (default: the page's latest) is published for `page` itself; its
    go-live date, if any, is applied to every version, so a scheduled release
    goes live in all languages at the same moment. Raises PublishTogetherError,
    or PublishPermissionError when `user` may not publish one of the versions;
    either way nothing is published.
    """
    page = page.specific
    versions = language_versions(page)
    missing, not_ready = publish_together_problems(page, versions)
    if missing or not_ready:
        raise PublishTogetherError(page, missing, not_ready)
    revision = revision or page.latest_revision or page.save_revision(user=user)
    go_live_at = revision.as_object().go_live_at
    published = []
    for code in language_codes():
        version = versions[code]
        if version.pk == page.pk:
            version_revision = revision
        else:
            version_revision = version.latest_revision
            draft = version_revision.as_object() if version_revision else version
            if version_revision is None or draft.go_live_at != go_live_at:
                draft.go_live_at = go_live_at
                version_revision = draft.save_revision(user=user, log_action=False)
        version_revision.publish(user=user)
        published.append(version)
    return published


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

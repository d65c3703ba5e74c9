"""A translation saved as a draft leaves the live language version alone.

wagtail-localize builds a language version by writing the translated content
onto the page itself and then saving a revision of it
(`TranslationSource.create_or_update_translation`), also when it is asked for
a draft (`Translation.save_target(publish=False)`), and, when asked to
publish, before the publish has run (or been refused, as publishing together
refuses a release whose other languages are not ready). For a version that is
already live, that page is what readers, the API, the feeds, the page cache
and the reference index -- and so media privacy (cms/media_uses.py) -- see: a
translator's unpublished French edit would be public at once.

Every way of saving a translation goes through that one method: the segment
editor's Publish held back by publishing together
(`cms.translations.admin.save_translation_draft_unless_publishable`),
publishing together itself (`cms.translations.publishing._revision_for`),
"Sync translated pages", "Translate" and "Translate subtree".
`keep_live_versions_live` wraps it, once, at start-up: after wagtail-localize
has saved its revision, the live page is put back as it was, with Wagtail's
own `with_content_json` (what publishing a revision uses), so only a publish
changes what readers see. The revision stays the latest one (the page has
unpublished changes), so the editor, the segment editor's preview and a later
publish -- alone, together, scheduled, or the one wagtail-localize runs on
commit -- all get exactly that draft.
"""

import functools

from django.core.exceptions import ObjectDoesNotExist, ValidationError
from django.db import transaction
from wagtail.models import Page
from wagtail_localize.models import TranslationSource


def live_version(source, locale):
    """The live page that translating `source` into `locale` would write onto."""
    try:
        target = source.get_translated_instance(locale)
    except ObjectDoesNotExist:
        return None
    if isinstance(target, Page) and target.live:
        return target
    return None


def restore_live_content(page, content):
    """Put back `content` (a page's `serializable_data()`) as its live content.

    What belongs to the page as a whole -- its latest revision, draft title,
    "unpublished changes" flag, comments, lock -- stays as the draft left it
    (`Page.with_content_json` keeps those); the content fields and the child
    objects (About sections, partner and topic links) are the live ones again.
    Saving re-indexes the page's references and search entry from that row.
    """
    current = type(page).objects.get(pk=page.pk)
    restored = current.with_content_json(content)
    restored.save(clean=False)
    return restored


def _keeping_live_content(create_or_update_translation):
    @functools.wraps(create_or_update_translation)
    def wrapped(source, locale, *args, **kwargs):
        page = live_version(source, locale)
        if page is None:
            return create_or_update_translation(source, locale, *args, **kwargs)
        content = page.serializable_data()
        # One transaction: no reader sees the page between the two saves, and a
        # publish wagtail-localize asked for runs on commit, after the restore.
        with transaction.atomic():
            try:
                result = create_or_update_translation(source, locale, *args, **kwargs)
            except ValidationError as error:
                # Nothing was saved but the marks on the invalid segments,
                # which the segment editor shows: keep those.
                invalid = error
            else:
                restore_live_content(page, content)
                return result
        raise invalid

    wrapped.keeps_live_versions_live = True
    return wrapped


def keep_live_versions_live():
    """Install the wrapper around wagtail-localize's one way of saving a translation."""
    method = TranslationSource.create_or_update_translation
    if not getattr(method, "keeps_live_versions_live", False):
        TranslationSource.create_or_update_translation = _keeping_live_content(method)

"""Translation status: which language versions exist, are live, lag their source.

One row per translatable page (all its language versions), for the page
types the apps name in `cms.translations.registry`: releases, events,
partner profiles and standard pages. Built in a fixed number of
queries whatever the number of pages: pages, translation sources and
translation records are each fetched once as plain values.
"""

import json
from dataclasses import dataclass, field

from django.contrib.contenttypes.models import ContentType
from django.db.models import Subquery
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail.models import Page, Revision
from wagtail.permissions import page_permission_policy
from wagtail_localize.fields import get_translatable_fields
from wagtail_localize.models import Translation, TranslationSource

from cms.translations.languages import language_codes, language_names
from cms.translations.registry import reported_page_types

MISSING = "missing"
DRAFT = "draft"
LIVE = "live"
BEHIND = "behind"
SOURCE_GONE = "source_gone"
COMPLETE = "complete"

STATE_LABELS = {
    MISSING: _("Missing"),
    DRAFT: _("Not live"),
    LIVE: _("Live"),
    BEHIND: _("Behind its source"),
    SOURCE_GONE: _("Source gone"),
    COMPLETE: _("Complete"),
}
# What lets a user see a page group in the report: the report's own permissions.
EDITOR_ACTIONS = ["add", "change", "publish"]


@dataclass
class Version:
    code: str
    name: str
    page_id: int | None = None
    live: bool = False
    behind: bool = False
    source_gone: bool = False
    is_source: bool = False

    @property
    def exists(self):
        return self.page_id is not None

    @property
    def state(self):
        if not self.exists:
            return MISSING
        if self.source_gone:
            return SOURCE_GONE
        if self.behind:
            return BEHIND
        return LIVE if self.live else DRAFT

    @property
    def state_label(self):
        return STATE_LABELS[self.state]

    @property
    def edit_url(self):
        if self.page_id is None:
            return ""
        return reverse("wagtailadmin_pages:edit", args=(self.page_id,))


@dataclass
class StatusRow:
    translation_key: str
    title: str
    page_type: str
    content_type_id: int
    versions: list[Version] = field(default_factory=list)

    @property
    def states(self):
        states = {version.state for version in self.versions}
        if not any(version.exists for version in self.versions):
            return states
        if states == {LIVE}:
            states.add(COMPLETE)
        if any(not version.live for version in self.versions):
            states.add(DRAFT)
        return states

    @property
    def missing(self):
        return [version for version in self.versions if not version.exists]

    def version(self, code):
        return next(version for version in self.versions if version.code == code)

    @property
    def edit_url(self):
        existing = [version for version in self.versions if version.exists]
        source = next((v for v in existing if v.is_source), None)
        return (source or existing[0]).edit_url if existing else ""


def translation_status_rows(models=None, states=None, user=None):
    """Every translatable page group of `models`, optionally only those in `states`.

    `models` defaults to the page types the apps report. Given a `user`, only
    the groups with a language version that user may edit: a partner editor
    sees their own profile, Communications everything.

    A version is behind when its source changed after the last sync: for a
    wagtail-localize translation, the source's latest revision is newer than the
    TranslationSource and differs from it in a field wagtail-localize
    translates or synchronises (as its own "Up to date" sees it); for a
    hand-made copy, newer than the copy's own latest revision. A version's
    source is gone when wagtail-localize recorded it as translated from a
    locale whose version no longer exists.
    """
    models = models or reported_page_types()
    content_types = ContentType.objects.get_for_models(*models)
    type_names = {
        ct.pk: model._meta.verbose_name for model, ct in content_types.items()
    }
    pages = Page.objects.filter(content_type__in=list(content_types.values()))
    if user is not None and not user.is_superuser:
        editable = page_permission_policy.instances_user_has_any_permission_for(
            user, EDITOR_ACTIONS
        )
        pages = pages.filter(
            translation_key__in=Subquery(
                editable.filter(content_type__in=list(content_types.values())).values(
                    "translation_key"
                )
            )
        )
    keys = pages.values("translation_key")
    page_values = pages.order_by("path").values(
        "id",
        "title",
        "translation_key",
        "locale__language_code",
        "live",
        "latest_revision_created_at",
        "latest_revision_id",
        "content_type_id",
    )
    sources = {
        (str(row["object_id"]), row["locale__language_code"]): row["last_updated_at"]
        for row in TranslationSource.objects.filter(
            object_id__in=Subquery(keys)
        ).values("object_id", "locale__language_code", "last_updated_at")
    }
    translated_from = {
        (str(row["source__object_id"]), row["target_locale__language_code"]): row[
            "source__locale__language_code"
        ]
        for row in Translation.objects.filter(
            source__object_id__in=Subquery(keys)
        ).values(
            "source__object_id",
            "source__locale__language_code",
            "target_locale__language_code",
        )
    }

    groups = {}
    for value in page_values:
        groups.setdefault(str(value["translation_key"]), {})[
            value["locale__language_code"]
        ] = value

    codes = language_codes()
    names = language_names()
    default = codes[0]
    rows = []
    candidates = []
    for key, found in groups.items():
        first = found.get(default) or next(iter(found.values()))
        row = StatusRow(
            translation_key=key,
            title=first["title"],
            page_type=type_names.get(first["content_type_id"], ""),
            content_type_id=first["content_type_id"],
        )
        for code in codes:
            value = found.get(code)
            version = Version(code=code, name=names[code])
            row.versions.append(version)
            if value is None:
                continue
            version.page_id = value["id"]
            version.live = value["live"]
            source_code = translated_from.get((key, code))
            if source_code is not None:
                source = found.get(source_code)
                if source is None:
                    version.source_gone = True
                else:
                    synced = sources.get((key, source_code))
                    changed = source["latest_revision_created_at"]
                    if synced and changed and changed > synced:
                        candidates.append((version, key, source_code, source))
            elif code == default or default not in found:
                version.is_source = True
            else:
                source = found[default]
                changed = source["latest_revision_created_at"]
                own = value["latest_revision_created_at"]
                version.behind = bool(changed and own and changed > own)
        rows.append(row)
    confirm_behind(candidates, {ct.pk: model for model, ct in content_types.items()})
    if states:
        wanted = set(states)
        rows = [row for row in rows if row.states & wanted]
    return rows


def confirm_behind(candidates, models):
    """Mark behind the versions whose source's content changed since the last sync.

    A source saved or published again without a change has a newer revision,
    but wagtail-localize keeps its snapshot (and says "Up to date"): compare the
    fields it translates or synchronises, as it does. Two queries for all.
    """
    if not candidates:
        return
    keys = {key for _version, key, _code, _source in candidates}
    snapshots = {
        (str(row["object_id"]), row["locale__language_code"]): row["content_json"]
        for row in TranslationSource.objects.filter(object_id__in=keys).values(
            "object_id", "locale__language_code", "content_json"
        )
    }
    revisions = dict(
        Revision.objects.filter(
            pk__in={source["latest_revision_id"] for *_rest, source in candidates}
        ).values_list("pk", "content")
    )
    for version, key, code, source in candidates:
        model = models.get(source["content_type_id"])
        snapshot = snapshots.get((key, code))
        content = revisions.get(source["latest_revision_id"])
        if model is None or snapshot is None or content is None:
            version.behind = True
            continue
        fields = [field.field_name for field in get_translatable_fields(model)]
        before = json.loads(snapshot)
        version.behind = any(before.get(name) != content.get(name) for name in fields)

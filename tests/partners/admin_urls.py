"""Every URL under /admin/, filled with the ids of things partner editor A must not see.

The URL patterns come from Django's resolver, so a view that Wagtail, an app
or a later change adds is requested too. Each argument is filled from what
its name says it is (`page_id`, `image_id`, `pk` in the images API, …); an
argument this module does not know fails the matrix, so that nobody adds a
view the matrix silently skips.
"""

import re
from dataclasses import dataclass, field
from urllib.parse import urlencode

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.resolvers import RegexPattern, RoutePattern
from wagtail.admin.views.bulk_action.registry import bulk_action_registry
from wagtail.models import Site, Task, WorkflowState, WorkflowTask
from wagtail_localize.models import (
    OverridableSegment,
    StringSegment,
    Translation,
)

# Search terms that find the secrets if a listing does not filter them out.
SEARCH_TERMS = ("Betacorp", "xenograft", "Quokka", "cyclotron", "Zelda")

ROUTE_ARGUMENT = re.compile(r"<(?:(?P<converter>[^>:]+):)?(?P<name>[^>]+)>")

# The one Wagtail route written as a regular expression with groups.
REVISIONS_COMPARE = (
    r"^(\d+)/revisions/compare/(live|earliest|\d+)\.\.\.(live|latest|\d+)/$"
)


@dataclass
class AdminPattern:
    name: str
    segments: list = field(default_factory=list)

    @property
    def route(self):
        return "".join(str(segment) for segment in self.segments)

    @property
    def arguments(self):
        names = []
        for segment in self.segments:
            if isinstance(segment, RoutePattern):
                names += [m["name"] for m in ROUTE_ARGUMENT.finditer(str(segment))]
            elif segment.regex.groups:
                names.append(str(segment))
        return names


def _walk(patterns, segments, namespace):
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = namespace
            if pattern.namespace:
                inner = f"{namespace}:{pattern.namespace}" if namespace else None
                inner = inner or pattern.namespace
            yield from _walk(pattern.url_patterns, [*segments, pattern.pattern], inner)
        elif isinstance(pattern, URLPattern):
            name = pattern.name or ""
            if namespace and name:
                name = f"{namespace}:{name}"
            yield AdminPattern(name=name, segments=[*segments, pattern.pattern])


def admin_patterns():
    """Every URL pattern whose path starts with admin/."""
    return [
        pattern
        for pattern in _walk(get_resolver().url_patterns, [], None)
        if pattern.route.startswith("admin/")
    ]


def _literal(regex):
    text = regex.removeprefix("^").removesuffix("$")
    return re.sub(r"\\(.)", r"\1", text)


def _render(pattern, values):
    """The path of `pattern` with its arguments taken from `values`."""
    parts = []
    for segment in pattern.segments:
        if isinstance(segment, RoutePattern):
            parts.append(
                ROUTE_ARGUMENT.sub(lambda m: str(values[m["name"]]), str(segment))
            )
        elif isinstance(segment, RegexPattern) and not segment.regex.groups:
            parts.append(_literal(str(segment)))
        elif str(segment) == REVISIONS_COMPARE:
            parts.append(f"{values['page_id']}/revisions/compare/earliest...latest/")
        else:
            parts.append(None)
    if None in parts:
        return None
    return "/" + "".join(parts)


class UnknownArgument(Exception):
    pass


PAGE_ARGUMENTS = {
    "page_id",
    "parent_page_id",
    "page_to_move_id",
    "page_pk",
    REVISIONS_COMPARE,
}


def _page_ids(page):
    return dict.fromkeys(PAGE_ARGUMENTS, page.pk)


def _page_values(page, data):
    workflow_state = (
        WorkflowState.objects.filter(object_id=str(data["pages"]["moderated"].pk))
        .order_by("-pk")
        .first()
    )
    task = Task.objects.filter(pk__in=WorkflowTask.objects.values("task_id")).first()
    return {
        **_page_ids(page),
        "destination_id": data["own"]["pages"]["en"].get_parent().pk,
        "revision_id": page.latest_revision_id,
        "workflow_state_id": workflow_state.pk,
        "task_state_id": workflow_state.current_task_state_id,
        "task_id": task.pk,
        "workflow_pk": workflow_state.workflow_id,
        "action_name": "approve",
        "content_type_app_name": page.content_type.app_label,
        "content_type_model_name": page.content_type.model,
    }


def _page_rows(names, data):
    rows = [_page_values(page, data) for page in data["pages"].values()]
    # A's own page, with its own ids and with someone else's revision and task.
    own = data["own"]["pages"]["en"]
    rows += [_page_values(own, data), {**rows[0], **_page_ids(own)}]
    if "content_type_app_name" in names and "parent_page_id" in names:
        for row in rows:
            row.update(
                content_type_app_name="news", content_type_model_name="pressreleasepage"
            )
    return rows


def _translation_values(data):
    secret_pages = data["pages"].values()
    records = Translation.objects.filter(
        source__object_id__in={str(page.translation_key) for page in secret_pages}
    )
    values = []
    for record in records:
        string = StringSegment.objects.filter(source=record.source).first()
        override = OverridableSegment.objects.filter(source=record.source).first()
        values.append(
            {
                "translation_id": record.pk,
                "translation_source_id": record.source_id,
                "string_segment_id": string.pk if string else 1,
                "overridable_segment_id": override.pk if override else 1,
            }
        )
    return values


def _pk_values(name, data):
    """What `pk` means depends on the view's namespace."""
    contact, topic = data["contact"], data["topic"]
    site = Site.objects.get(is_default_site=True)
    by_namespace = {
        "wagtailadmin_api:pages": [p.pk for p in data["pages"].values()],
        "wagtailadmin_api:images": [i.pk for i in data["images"].values()],
        "wagtailadmin_api:documents": [d.pk for d in data["documents"].values()],
        "wagtailadmin_collections": [c.pk for c in data["collections"]],
        "wagtailsnippets_cms_topic": [topic.pk],
        "wagtailsnippetchoosers_cms_topic": [topic.pk],
        "wagtailsnippets_news_mediacontact": [contact.pk],
        "wagtailsnippets_news_accreditedjournalist": [data["journalist"].pk],
        "wagtailsnippetchoosers_news_accreditedjournalist": [data["journalist"].pk],
        "wagtailsnippets_webhooks_webhookendpoint": [data["webhook"].pk],
        "wagtailsnippetchoosers_webhooks_webhookendpoint": [data["webhook"].pk],
        "wagtailsnippetchoosers_news_mediacontact": [contact.pk],
        "wagtail_localize:snippets_api_detail": [contact.pk],
        "wagtail_localize:submit_snippet_translation": [contact.pk],
        "wagtaillocales": [data["locale"].pk],
        "wagtailsites": [site.pk],
        "wagtailsettings": [site.pk],
        "wagtailusers_users": [data["users"]["editor_b"].pk],
        "wagtailusers_groups": [data["users"]["editor_b"].groups.get().pk],
        "wagtaildocs_chooser": [d.pk for d in data["documents"].values()],
        "wagtailimages_chooser": [i.pk for i in data["images"].values()],
        "public_collections": [data["public_collection"].pk],
        "accounts_two_factor_remove_passkey": [data["passkey"].pk],
    }
    for prefix, values in by_namespace.items():
        if name == prefix or name.startswith(prefix + ":"):
            return values
    if name.startswith("wagtailadmin_workflows:"):
        if "task" in name:
            return list(Task.objects.values_list("pk", flat=True))
        return list(WorkflowState.objects.values_list("workflow_id", flat=True))
    raise UnknownArgument(f"pk of {name}")


# Arguments that name no object: any valid value will do.
DEFAULTS = {"action_name": "copy", "filter_spec": "max-165x165", "mode": ""}

MODEL_ARGUMENTS = {
    "wagtailadmin_pages:choose_parent": [("news", "pressreleasepage")],
    "wagtailadmin_workflows:add_task": [("wagtailcore", "groupapprovaltask")],
    "wagtailsettings:edit": [("cms", "newsroomsettings")],
    "wagtailsettings:preview_on_edit": [("cms", "newsroomsettings")],
    "wagtailadmin_tag_model_autocomplete": [("wagtailimages", "image")],
    "wagtail_localize:snippets_api_listing": [("news", "mediacontact")],
    "wagtail_localize:snippets_api_detail": [("news", "mediacontact")],
    "wagtail_localize:submit_snippet_translation": [("news", "mediacontact")],
}


def _object_rows(names, data):
    """Rows for the one kind of object a view's arguments name."""
    own = data["own"]
    if names & PAGE_ARGUMENTS:
        return _page_rows(names, data)
    if "content_type_app_name" in names:
        return [
            {"content_type_app_name": app, "content_type_model_name": model}
            for app, model in (
                ("news", "pressreleasepage"),
                ("partners", "partnerpage"),
            )
        ]
    if "image_id" in names:
        return [{"image_id": i.pk} for i in [*data["images"].values(), own["image"]]]
    if names & {"document_id", "doc_id"}:
        documents = [*data["documents"].values(), own["document"]]
        return [{"document_id": d.pk, "doc_id": d.pk} for d in documents]
    if "uploaded_file_id" in names:
        return [{"uploaded_file_id": upload.pk} for upload in data["uploads"]]
    if names & {"translation_id", "translation_source_id"}:
        return _translation_values(data)
    if "task_id" in names:
        return [{"task_id": pk} for pk in Task.objects.values_list("pk", flat=True)]
    if "collection_id" in names:
        return [{"collection_id": c.pk} for c in data["collections"]]
    if "endpoint_id" in names:
        return [{"endpoint_id": data["webhook"].pk}]
    if "link_id" in names:
        return [{"link_id": data["review_link"].pk}]
    if "redirect_id" in names:
        return [{"redirect_id": data["redirect"].pk}]
    if "session_id" in names:
        session = data["editing_session"]
        return [
            {
                "session_id": session.pk,
                "app_label": "wagtailcore",
                "model_name": "page",
                "object_id": session.object_id,
            }
        ]
    if "uidb64" in names:
        return [{"uidb64": "MQ", "token": "set-password"}]
    return [{}]


def _values_for(pattern, data):
    """Each way to fill `pattern`'s arguments with something A must not see."""
    names = set(pattern.arguments)
    if not names:
        return [{}]
    rows = _object_rows(names, data)
    if "pk" in names:
        pks = _pk_values(pattern.name, data)
        rows = [{**row, "pk": pk} for row in rows for pk in pks]
    if names & {"app_label", "app_name"} and not rows[0].get("app_label"):
        if pattern.name not in MODEL_ARGUMENTS:
            raise UnknownArgument(f"model of {pattern.name}")
        rows = [
            {**row, "app_label": app, "app_name": app, "model_name": model}
            for row in rows
            for app, model in MODEL_ARGUMENTS[pattern.name]
        ]
    rows = [{**DEFAULTS, **row} for row in rows]
    missing = names - set(rows[0])
    if missing:
        raise UnknownArgument(f"{sorted(missing)} of {pattern.name or pattern.route}")
    return rows


def _bulk_action_urls(pattern, data):
    """Each bulk action's confirmation page, for the secrets of its model."""
    ids = {
        "wagtailcore.page": [p.pk for p in data["pages"].values()],
        "wagtailimages.image": [i.pk for i in data["images"].values()],
        "wagtaildocs.document": [d.pk for d in data["documents"].values()],
        "news.mediacontact": [data["contact"].pk],
        "news.accreditedjournalist": [data["journalist"].pk],
        "webhooks.webhookendpoint": [data["webhook"].pk],
        "cms.topic": [data["topic"].pk],
        "auth.user": [data["users"]["editor_b"].pk, data["users"]["comms"].pk],
    }
    bulk_action_registry._scan_for_bulk_actions()
    urls = []
    for app_label, models in bulk_action_registry.actions.items():
        for model_name, actions in models.items():
            key = f"{app_label}.{model_name}"
            if key not in ids:
                raise UnknownArgument(f"bulk action ids for {key}")
            query = urlencode([("id", pk) for pk in ids[key]])
            for action in actions:
                path = _render(
                    pattern,
                    {
                        "app_label": app_label,
                        "model_name": model_name,
                        "action": action,
                    },
                )
                # "all" is what "Select all in listing" sends.
                urls += [f"{path}?{query}", f"{path}?id=all"]
    return urls


def _chosen_ids(name, data):
    """The ids a chooser's "chosen multiple" view is asked for."""
    if name.startswith("wagtailimages"):
        return [image.pk for image in data["images"].values()]
    if name.startswith("wagtaildocs"):
        return [doc.pk for doc in data["documents"].values()]
    if name.startswith("wagtailsnippetchoosers_news_accreditedjournalist"):
        return [data["journalist"].pk]
    if name.startswith("wagtailsnippetchoosers_webhooks"):
        return [data["webhook"].pk]
    if name.startswith("wagtailsnippetchoosers_news"):
        return [data["contact"].pk]
    if name.startswith("wagtailsnippetchoosers_cms"):
        return [data["topic"].pk]
    return [page.pk for page in data["pages"].values()]


def _queries(name, data):
    """What a view without arguments is asked: searches, an export, chosen ids."""
    search = "search" if name.startswith("wagtailadmin_api") else "q"
    queries = [urlencode({search: term}) for term in SEARCH_TERMS]
    if search == "q":  # the API answers 400 to a parameter it does not know
        queries.append(urlencode({"export": "csv"}))
    if name.endswith("chosen_multiple"):
        queries.append(urlencode([("id", pk) for pk in _chosen_ids(name, data)]))
    if "autocomplete" in name:
        queries += [urlencode({"term": term}) for term in SEARCH_TERMS]
    return queries


def admin_urls(data):
    """(url name, path, query strings) for every admin URL, with A's forbidden ids.

    The query strings are for views without arguments (listings): searches
    for the secrets, a spreadsheet export, and the ids a chooser is asked for.
    """
    urls = []
    for pattern in admin_patterns():
        if pattern.name == "wagtail_bulk_action":
            urls += [
                (pattern.name, url, []) for url in _bulk_action_urls(pattern, data)
            ]
            continue
        for values in _values_for(pattern, data):
            path = _render(pattern, values)
            if path is None:
                raise UnknownArgument(f"regular expression {pattern.route}")
            if path.endswith(".*/"):  # the admin's catch-all 404
                path = "/admin/no-such-view/"
            queries = [] if pattern.arguments else _queries(pattern.name, data)
            urls.append((pattern.name, path, queries))
    return urls

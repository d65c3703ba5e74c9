import contextvars
from functools import wraps

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.admin import messages as admin_messages
from wagtail.admin.menu import MenuItem
from wagtail.admin.modal_workflow import render_modal_workflow
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail.log_actions import LogFormatter
from wagtail.permissions import page_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet
from wagtail.utils.urlpatterns import decorate_urlpatterns
from wagtail_localize.models import Translation
from wagtail_localize.views.update_translations import UpdateTranslationsView

import cms.media_admin  # noqa: F401 -- registers the media privacy hooks
from cms import po_upload, translation, translation_overrides, user_admin
from cms.models import Topic
from cms.reports import MissingLanguagesPanel, TranslationStatusView


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["name", "slug", "locale"]
    search_fields = ["name", "slug"]


register_snippet(TopicViewSet)


# Publish together -----------------------------------------------------------


@hooks.register("before_publish_page")
def publish_release_in_all_languages(request, page):
    """Refuse a lone language of a publish-together release, or publish all three.

    Runs after the edit/create view saved the new revision and before it
    publishes it. Returning a response stops the view's own publish, so the
    three versions go out here, in one transaction.
    """
    if not translation.publishes_together(page):
        return None
    page = page.specific
    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    try:
        published = translation.publish_all_languages(
            page, user=request.user, revision=page.latest_revision
        )
    except translation.PublishTogetherError as error:
        messages.error(request, error.message)
        return redirect(edit_url)
    except translation.PublishTogetherPermissionError as error:
        messages.error(request, error.message)
        return redirect(edit_url)
    for fn in hooks.get_hooks("after_publish_page"):
        if fn is publish_release_in_all_languages:
            continue
        response = fn(request, page)
        if response:
            return response
    names = ", ".join(str(version.locale.get_display_name()) for version in published)
    page.refresh_from_db()
    if page.go_live_at and not page.live or page.latest_revision.approved_go_live_at:
        message = gettext(
            "'%(title)s' has been scheduled for publishing in %(languages)s."
        )
    else:
        message = gettext("'%(title)s' has been published in %(languages)s.")
    messages.success(request, message % {"title": page.title, "languages": names})
    return redirect("wagtailadmin_explore", page.get_parent().pk)


@hooks.register("after_edit_page")
def record_publish_together_switch(request, page):
    """Turning "publish together" off (or back on) is written to the page history."""
    if translation.publishes_together(page) or hasattr(
        page.specific, "publish_together"
    ):
        page = page.specific
        translation.log_publish_together_change(
            page, translation.previous_publish_together(page), user=request.user
        )


@hooks.register("register_log_actions")
def register_publish_together_log_actions(actions):
    @actions.register_action(translation.LOG_PUBLISH_TOGETHER_OFF)
    class PublishTogetherOff(LogFormatter):
        label = _("Turn off publishing in all languages together")

        def format_message(self, log_entry):
            return gettext(
                'Turned off "Publish in all languages together": this language '
                "version may now be published on its own"
            )

    @actions.register_action(translation.LOG_PUBLISH_TOGETHER_ON)
    class PublishTogetherOn(LogFormatter):
        label = _("Turn on publishing in all languages together")

        def format_message(self, log_entry):
            return gettext('Turned on "Publish in all languages together"')


def _approval_refusal(error):
    if isinstance(error, translation.PublishTogetherError):
        return gettext(
            "'%(title)s' was not approved: it is set to publish in all languages "
            "together (%(problems)s). Nothing was changed and the task still "
            "awaits approval. Finish the other language versions first."
        ) % {"title": error.page.title, "problems": error.problems}
    return gettext(
        "'%(title)s' was not approved: you may not publish every language version "
        "of it. Nothing was changed and the task still awaits approval."
    ) % {"title": error.page.title}


def refuse_lone_publishing(view):
    """Turn a publish-together refusal raised inside a Wagtail view into a message.

    The view runs in one transaction: a workflow approval whose publish is
    refused is rolled back whole, so the task stays in progress and nothing
    goes live. A segment-editor publish refused after its draft was saved
    keeps the draft.
    """

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            with transaction.atomic():
                return view(request, *args, **kwargs)
        except (
            translation.PublishTogetherError,
            translation.PublishTogetherPermissionError,
        ) as error:
            approving = "action_name" in kwargs or (
                "action-workflow-action" in request.POST
            )
            messages.error(
                request, _approval_refusal(error) if approving else error.message
            )
            page_id = kwargs.get("page_id", error.page.pk)
            url = get_valid_next_url_from_request(request) or reverse(
                "wagtailadmin_pages:edit", args=(page_id,)
            )
            if request.headers.get("x-requested-with") == "XMLHttpRequest":
                return render_modal_workflow(
                    request,
                    "",
                    None,
                    {},
                    json_data={"step": "success", "redirect": url},
                )
            return redirect(url)

    return wrapped


def guard_wagtail_publish_views():
    """Wrap the page views that may publish a release outside `before_publish_page`.

    Editing (workflow approval from the editor, and wagtail-localize's segment
    editor, which is served by the edit view) and the workflow action view.
    """
    from wagtail.admin.urls import pages as page_urls

    patterns = [
        pattern
        for pattern in page_urls.urlpatterns
        if getattr(pattern, "name", None) in ("edit", "workflow_action")
        and not getattr(pattern.callback, "refuses_lone_publishing", False)
    ]
    decorate_urlpatterns(patterns, refuse_lone_publishing)
    for pattern in patterns:
        pattern.callback.refuses_lone_publishing = True


@hooks.register("before_edit_page", order=-1)
def save_translation_draft_unless_all_ready(request, page):
    """The segment editor's Publish on a release that cannot go out together.

    Saves the translation as a draft and says which languages hold it back,
    instead of wagtail-localize publishing this one language. A live version
    keeps showing its published content (`cms.translation_drafts`).
    """
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    if not translation.publishes_together(page):
        return None
    record = Translation.objects.filter(
        source__object_id=page.translation_key,
        target_locale_id=page.locale_id,
        enabled=True,
    ).first()
    if record is None:
        return None
    try:
        translation.check_can_publish_together(page.specific, request.user)
    except (
        translation.PublishTogetherError,
        translation.PublishTogetherPermissionError,
    ) as error:
        try:
            record.save_target(user=request.user, publish=False)
        except ValidationError:
            pass  # the segment editor shows the invalid segments again
        messages.error(request, error.message)
        return redirect(request.path)
    return None


class PublishTogetherBulkAction(PublishBulkAction):
    """Bulk publish that leaves out releases which cannot go out together.

    Each refused release gets its own message; the other pages are published.
    Selecting two language versions of one release publishes it once.
    """

    def prepare_action(self, objects, objects_without_access):
        refused = []
        for page in objects:
            revision = page.get_latest_revision()
            draft = revision.as_object() if revision else page.specific
            if not translation.publishes_together(draft):
                continue
            try:
                translation.check_can_publish_together(draft, self.request.user)
            except (
                translation.PublishTogetherError,
                translation.PublishTogetherPermissionError,
            ) as error:
                messages.error(self.request, error.message)
                refused.append(page)
        for page in refused:
            objects.remove(page)
        return super().prepare_action(objects, objects_without_access)

    @classmethod
    def execute_action(cls, objects, include_descendants=False, user=None, **kwargs):
        releases = set()
        kept = []
        for page in objects:
            if translation.publishes_together(page):
                if page.translation_key in releases:
                    continue
                releases.add(page.translation_key)
            kept.append(page)
        return super().execute_action(
            kept, include_descendants=include_descendants, user=user, **kwargs
        )

    def get_success_message(self, num_parent_objects, num_child_objects):
        if not num_parent_objects:
            return None  # every selected release was refused, and said so
        return super().get_success_message(num_parent_objects, num_child_objects)


# After Wagtail's own publish action, which it replaces.
hooks.register("register_bulk_action", PublishTogetherBulkAction, order=1)
# After Wagtail's own user bulk actions, which these replace.
for user_bulk_action in user_admin.BULK_ACTIONS:
    hooks.register("register_bulk_action", user_bulk_action, order=1)


# Unpublish and delete cascade from a source page to its translations ---------

# Form fields of the confirmation pages (templates/wagtailadmin/pages/).
OFFERED_FIELD = "translations_offered"
INCLUDE_FIELD = "include_translations"

# The page whose delete confirmation declined the cascade, for the one
# `construct_translated_pages_to_cascade_actions` call of that request.
_delete_alone = contextvars.ContextVar("delete_alone", default=None)


def translations_declined(request):
    """The editor unticked "Also unpublish/delete the other language versions"."""
    return (
        request.method == "POST"
        and bool(request.POST.get(OFFERED_FIELD))
        and not request.POST.get(INCLUDE_FIELD)
    )


@hooks.register("construct_translated_pages_to_cascade_actions")
def cascade_source_actions_to_translations(pages, action):
    """Unpublishing or deleting a source page offers to do the same to its translations.

    The confirmation pages list the translations with a ticked checkbox; the
    editor may untick it. A translation on its own never cascades.
    """
    if action not in ("unpublish", "delete"):
        return {}
    alone = _delete_alone.get() if action == "delete" else None
    _delete_alone.set(None)
    cascaded = {}
    for page in pages:
        if page.pk == alone or not translation.is_translation_source(page):
            continue
        translations = page.get_translations().specific()
        if action == "unpublish":
            translations = translations.live()
        cascaded[page] = list(translations)
    return cascaded


@hooks.register("before_delete_page", order=100)
def delete_without_translations(request, page):
    """Runs before Wagtail's delete view gathers the translations to delete."""
    _delete_alone.set(page.pk if translations_declined(request) else None)


# Last, so that every other `before_unpublish_page` hook has had its say.
@hooks.register("before_unpublish_page", order=100)
def unpublish_without_translations(request, page):
    """Unpublish the source page alone when the editor declined the cascade.

    Wagtail's unpublish view has gathered the translations before any hook
    runs, so this does what the view would do, for this page only.
    """
    if not translations_declined(request):
        return None
    UnpublishPageAction(
        page,
        user=request.user,
        include_descendants=request.POST.get("include_descendants", False),
    ).execute(skip_permission_checks=True)
    for fn in hooks.get_hooks("after_unpublish_page"):
        response = fn(request, page)
        if hasattr(response, "status_code"):
            return response
    admin_messages.success(
        request,
        gettext("Page '%(page_title)s' unpublished.")
        % {"page_title": page.get_admin_display_title()},
        buttons=[
            admin_messages.button(
                reverse("wagtailadmin_pages:edit", args=(page.pk,)), gettext("Edit")
            )
        ],
    )
    next_url = get_valid_next_url_from_request(request)
    return redirect(
        next_url or reverse("wagtailadmin_explore", args=(page.get_parent().pk,))
    )


# Before wagtail-localize's URLs, so these paths resolve to the views here: the
# PO upload, checked first, and "Sync translated pages", whose "Publish
# immediately" publishes on commit and may be refused like any other publish.
@hooks.register("register_admin_urls", order=-1)
def register_publish_together_urls():
    guard_wagtail_publish_views()
    return [
        path(
            "localize/translate/<int:translation_id>/pofile/upload/",
            po_upload.upload_pofile,
            name="newsroom_upload_pofile",
        ),
        path(
            "localize/update/<int:translation_source_id>/",
            refuse_lone_publishing(UpdateTranslationsView.as_view()),
            name="newsroom_update_translations",
        ),
    ]


# Before wagtail-localize's URLs: overrides only with what the editor may choose.
@hooks.register("register_admin_urls", order=-1)
def register_override_check_urls():
    return [
        path(
            "localize/translate/<int:translation_id>/overrides/"
            "<int:overridable_segment_id>/edit/",
            translation_overrides.edit_override,
            name="newsroom_edit_override",
        ),
    ]


# Translation status report and dashboard panel --------------------------------


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_any_permission(
            request.user, ["add", "change", "publish"]
        )


@hooks.register("register_admin_urls")
def register_translation_status_urls():
    view = TranslationStatusView
    return [
        path(
            "reports/translation-status/",
            view.as_view(),
            name="newsroom_translation_status",
        ),
        path(
            "reports/translation-status/results/",
            view.as_view(results_only=True),
            name="newsroom_translation_status_results",
        ),
    ]


@hooks.register("register_reports_menu_item")
def register_translation_status_menu_item():
    return TranslationStatusMenuItem(
        _("Translation status"),
        reverse("newsroom_translation_status"),
        name="translation-status",
        icon_name="globe",
        order=650,
    )


@hooks.register("construct_homepage_panels")
def add_missing_languages_panel(request, panels):
    """For those who can add the missing language versions."""
    if page_permission_policy.user_has_permission(request.user, "add"):
        panels.append(MissingLanguagesPanel())

"""Publishing together in the admin: the publish hooks, the bulk action, refusals.

Every refusal (`cms.translations.errors`) becomes a message on the page the
editor came from; nothing is published and the draft is kept.
"""

from functools import wraps

from django.contrib import messages
from django.core.exceptions import ValidationError
from django.db import transaction
from django.shortcuts import redirect
from django.urls import reverse
from django.utils.text import capfirst
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin import messages as admin_messages
from wagtail.admin.modal_workflow import render_modal_workflow
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.pages.bulk_actions.publish import PublishBulkAction
from wagtail.log_actions import LogFormatter

from cms.translations.errors import REFUSALS, PublishRuleError, PublishTogetherError
from cms.translations.languages import language_codes, language_names
from cms.translations.publishing import (
    LOG_PUBLISH_TOGETHER_OFF,
    LOG_PUBLISH_TOGETHER_ON,
    PublishRulesMixin,
    PublishTogetherMixin,
    check_can_publish_together,
    check_publish_rules,
    log_publish_together_change,
    previous_publish_together,
    publish_all_languages,
    publishes_together,
)
from cms.translations.versions import translation_record


def field_link(page, field_name):
    """The page editor at one field: Wagtail opens the tab that holds it."""
    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    return f"{edit_url}#:w:contentpath={field_name}"


def report_refusal(request, error, message=None):
    """The refusal as an error message, with a button to each thing to fix.

    A broken rule links to each field in the page editor. A version with
    untranslated segments opens in wagtail-localize's editor (the message names
    the fields: that editor has no address for one segment); a missing one is
    offered through "Translate".
    """
    names = language_names()
    buttons = []
    if isinstance(error, PublishRuleError):
        model = type(error.page)
        for field_name in error.problems:
            label = capfirst(model._meta.get_field(field_name).verbose_name)
            buttons.append(
                admin_messages.button(
                    field_link(error.page, field_name),
                    gettext("Go to %(field)s") % {"field": label},
                )
            )
    if isinstance(error, PublishTogetherError):
        for code in error.not_ready:
            if code in error.versions:
                url = reverse("wagtailadmin_pages:edit", args=(error.versions[code],))
                label = gettext("Finish %(language)s") % {"language": names[code]}
                buttons.append(admin_messages.button(url, label))
        if error.missing:
            source = error.versions.get(language_codes()[0], error.page.pk)
            url = reverse("newsroom_submit_page_translation", args=(source,))
            buttons.append(admin_messages.button(url, gettext("Translate")))
    admin_messages.error(request, message or error.message, buttons=buttons)


@hooks.register("before_publish_page")
def publish_release_in_all_languages(request, page):
    """Refuse a lone language of a publish-together release, or publish all three.

    Runs after the edit/create view saved the new revision and before it
    publishes it. Returning a response stops the view's own publish, so the
    three versions go out here, in one transaction.
    """
    if not publishes_together(page):
        return None
    page = page.specific
    edit_url = reverse("wagtailadmin_pages:edit", args=(page.pk,))
    try:
        published = publish_all_languages(
            page, user=request.user, revision=page.latest_revision
        )
    except REFUSALS as error:
        report_refusal(request, error)
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
    page = page.specific
    if isinstance(page, PublishTogetherMixin):
        log_publish_together_change(
            page, previous_publish_together(page), user=request.user
        )


@hooks.register("register_log_actions")
def register_publish_together_log_actions(actions):
    @actions.register_action(LOG_PUBLISH_TOGETHER_OFF)
    class PublishTogetherOff(LogFormatter):
        label = _("Turn off publishing in all languages together")

        def format_message(self, log_entry):
            return gettext(
                'Turned off "Publish in all languages together": this language '
                "version may now be published on its own"
            )

    @actions.register_action(LOG_PUBLISH_TOGETHER_ON)
    class PublishTogetherOn(LogFormatter):
        label = _("Turn on publishing in all languages together")

        def format_message(self, log_entry):
            return gettext('Turned on "Publish in all languages together"')


@hooks.register("before_edit_page", order=-1)
def save_translation_draft_unless_publishable(request, page):
    """The segment editor's Publish on a page that may not go live now.

    A release that cannot go out together, or a page whose translated content
    breaks its publish rules (an event without a place): the translation is
    saved as a draft and the editor told why, instead of wagtail-localize
    publishing it. A live version keeps showing its published content
    (`cms.translations.drafts`).
    """
    if request.method != "POST" or request.POST.get("action") != "publish":
        return None
    together = publishes_together(page)
    if not together and not isinstance(page.specific, PublishRulesMixin):
        return None
    record = translation_record(page)
    if record is None:
        return None
    try:
        if together:
            check_can_publish_together(page.specific, request.user)
        else:
            record.save_target(user=request.user, publish=False)
            check_publish_rules(page.specific.get_latest_revision_as_object())
    except REFUSALS as error:
        if together:
            try:
                record.save_target(user=request.user, publish=False)
            except ValidationError:
                pass  # the segment editor shows the invalid segments again
        report_refusal(request, error)
        return redirect(request.path)
    except ValidationError:
        return None  # wagtail-localize's own publish shows the invalid segments
    return None


def _approval_refusal(error):
    if isinstance(error, PublishRuleError):
        return gettext(
            "'%(title)s' was not approved: %(problems)s Nothing was changed and the "
            "task still awaits approval."
        ) % {"title": error.page.title, "problems": error.summary}
    if isinstance(error, PublishTogetherError):
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
    goes live. A publish wagtail-localize leaves for the commit (segment
    editor, "Sync translated pages", "Translate") is refused when the
    transaction commits, after its draft was saved: the draft is kept.
    """

    @wraps(view)
    def wrapped(request, *args, **kwargs):
        try:
            with transaction.atomic():
                return view(request, *args, **kwargs)
        except REFUSALS as error:
            approving = "action_name" in kwargs or (
                "action-workflow-action" in request.POST
            )
            report_refusal(
                request, error, _approval_refusal(error) if approving else None
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

    wrapped.refuses_lone_publishing = True
    return wrapped


class PublishTogetherBulkAction(PublishBulkAction):
    """Bulk publish that leaves out releases which cannot go out together, and
    pages that break their publish rules (an event without a place).

    Each refused page gets its own message; the other pages are published.
    Selecting two language versions of one release publishes it once.
    """

    def prepare_action(self, objects, objects_without_access):
        refused = []
        for page in objects:
            if self._refusal(page) is not None:
                refused.append(page)
        for page in refused:
            objects.remove(page)
        if self.cleaned_form.cleaned_data.get("include_descendants"):
            for page in objects:
                for descendant in page.get_descendants().not_live().specific():
                    self._refusal(descendant)
        return super().prepare_action(objects, objects_without_access)

    def _refusal(self, page):
        """Say why `page` may not be published now, or return None."""
        revision = page.get_latest_revision()
        draft = revision.as_object() if revision else page.specific
        try:
            check_publish_rules(draft)
            if publishes_together(draft):
                check_can_publish_together(draft, self.request.user)
        except REFUSALS as error:
            report_refusal(self.request, error)
            return error
        return None

    @classmethod
    def execute_action(cls, objects, include_descendants=False, user=None, **kwargs):
        """Wagtail's, with each release once and refused descendants left as drafts."""
        releases = set()
        num_parent_objects = num_child_objects = 0
        for page in objects:
            if publishes_together(page):
                if page.translation_key in releases:
                    continue
                releases.add(page.translation_key)
            revision = page.get_latest_revision() or page.specific.save_revision(
                user=user
            )
            revision.publish(user=user)
            num_parent_objects += 1
            if include_descendants:
                num_child_objects += cls._publish_descendants(page, user)
        return num_parent_objects, num_child_objects

    @classmethod
    def _publish_descendants(cls, page, user):
        published = 0
        drafts = page.get_descendants().not_live().defer_streamfields().specific()
        for descendant in drafts:
            if user is not None and not (
                descendant.permissions_for_user(user).can_publish()
            ):
                continue
            revision = descendant.get_latest_revision() or descendant.save_revision(
                user=user
            )
            try:
                with transaction.atomic():
                    revision.publish(user=user)
            except REFUSALS:
                continue  # prepare_action said why
            published += 1
        return published

    def get_success_message(self, num_parent_objects, num_child_objects):
        if not num_parent_objects:
            return None  # every selected release was refused, and said so
        return super().get_success_message(num_parent_objects, num_child_objects)


# After Wagtail's own publish action, which it replaces.
hooks.register("register_bulk_action", PublishTogetherBulkAction, order=1)

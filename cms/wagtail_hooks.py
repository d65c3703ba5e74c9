from django.contrib import messages
from django.shortcuts import redirect
from django.urls import path, reverse
from django.utils.translation import gettext as _gettext
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.actions.publish_revision import PublishPermissionError
from wagtail.admin.menu import MenuItem
from wagtail.log_actions import LogFormatter
from wagtail.permissions import page_permission_policy
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from cms import translation
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
    except PublishPermissionError:
        messages.error(
            request,
            _gettext(
                "'%(title)s' was not published: you may not publish every language "
                "version of it. Your changes were saved as a draft."
            )
            % {"title": page.title},
        )
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
        message = _gettext(
            "'%(title)s' has been scheduled for publishing in %(languages)s."
        )
    else:
        message = _gettext("'%(title)s' has been published in %(languages)s.")
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
            return _gettext(
                'Turned off "Publish in all languages together": this language '
                "version may now be published on its own"
            )

    @actions.register_action(translation.LOG_PUBLISH_TOGETHER_ON)
    class PublishTogetherOn(LogFormatter):
        label = _("Turn on publishing in all languages together")

        def format_message(self, log_entry):
            return _gettext('Turned on "Publish in all languages together"')


# Unpublish and delete cascade from a source page to its translations ---------


@hooks.register("construct_translated_pages_to_cascade_actions")
def cascade_source_actions_to_translations(pages, action):
    """Unpublishing or deleting a source page offers to do the same to its translations.

    Wagtail's confirmation pages then say how many translations go with it; the
    editor confirms or cancels. A translation on its own never cascades.
    """
    if action not in ("unpublish", "delete"):
        return {}
    cascaded = {}
    for page in pages:
        if not translation.is_translation_source(page):
            continue
        translations = page.get_translations().specific()
        if action == "unpublish":
            translations = translations.live()
        cascaded[page] = list(translations)
    return cascaded


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
    if page_permission_policy.user_has_any_permission(
        request.user, ["add", "change", "publish"]
    ):
        panels.append(MissingLanguagesPanel())

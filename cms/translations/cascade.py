"""The unpublish and delete cascade from a source page to its translations.

Wagtail asks which language versions an unpublish or delete takes along
(`construct_translated_pages_to_cascade_actions`): for a source page, all of
them, which its confirmation page (templates/wagtailadmin/pages/) offers with
a ticked checkbox; the editor may untick it.
"""

import contextvars

from django.shortcuts import redirect
from django.urls import reverse
from django.utils.translation import gettext
from wagtail import hooks
from wagtail.actions.unpublish_page import UnpublishPageAction
from wagtail.admin import messages as admin_messages
from wagtail.admin.utils import get_valid_next_url_from_request

from cms.translations.versions import is_translation_source

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
        if page.pk == alone or not is_translation_source(page):
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

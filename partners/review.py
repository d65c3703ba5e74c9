"""Every language of a partner's profile, kept together by its editors.

Saving one language version offers to bring the others up to date through
wagtail-localize's sync (`cms/translations/sync.py`): translated segments
stay, changed ones are left to translate, and each other version gets a
draft. Submitting one version submits the others with
it: Communications sees the three together in "Awaiting review", and no
language is left behind as an unsubmitted draft.
"""

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail_localize.models import Translation

from cms.translations.sync import is_translation_target
from partners.models import PartnerPage

SUBMIT_ACTION = "action-submit"


def submit_other_languages(page, user):
    """Start the review of each other language version `user` may edit.

    Versions already in review are left as they are. Returns those submitted.
    """
    submitted = []
    versions = (
        PartnerPage.objects.filter(translation_key=page.translation_key)
        .exclude(pk=page.pk)
        .select_related("locale")
        .order_by("locale__language_code")
    )
    for version in versions:
        if version.workflow_in_progress or version.latest_revision_id is None:
            continue
        if not version.permissions_for_user(user).can_submit_for_moderation():
            continue
        workflow = version.get_workflow()
        if workflow is None:
            continue
        workflow.start(version, user)
        submitted.append(version)
    return submitted


def versions_to_sync(page, user):
    """The other language versions `user` may bring up to date from `page`.

    `page` must be no translation of another version (wagtail-localize keeps
    that one in its translation editor), and each version is either made by
    hand or a translation of `page`, editable by `user` and not in review.
    """
    if is_translation_target(page):
        return []
    linked_elsewhere = set(
        Translation.objects.filter(source__object_id=page.translation_key, enabled=True)
        .exclude(source__locale_id=page.locale_id)
        .values_list("target_locale_id", flat=True)
    )
    return [
        version
        for version in PartnerPage.objects.filter(translation_key=page.translation_key)
        .exclude(pk=page.pk)
        .select_related("locale")
        .order_by("locale__language_code")
        if version.locale_id not in linked_elsewhere
        and not version.workflow_in_progress
        and version.permissions_for_user(user).can_edit()
    ]


def language_list(versions):
    return ", ".join(str(version.locale.get_display_name()) for version in versions)


def offer_other_languages(request, page):
    """After a save: a button to bring the other languages up to date from this one."""
    versions = versions_to_sync(page, request.user)
    if not versions:
        return
    messages.info(
        request,
        _(
            "Bring the other language versions up to date with this one: "
            "what you did not change keeps its translation."
        ),
        buttons=[
            messages.button(
                reverse("partner_update_languages", args=(page.pk,)),
                _("Update %(languages)s") % {"languages": language_list(versions)},
            )
        ],
    )


def keep_languages_together(request, page):
    """After a save of a partner profile: offer, or submit, the other languages."""
    page = page.specific
    if not isinstance(page, PartnerPage):
        return
    if SUBMIT_ACTION not in request.POST:
        offer_other_languages(request, page)
        return
    submitted = submit_other_languages(page, request.user)
    if submitted:
        languages = language_list(submitted)
        messages.success(
            request,
            _("The %(languages)s versions were submitted for review with it.")
            % {"languages": languages},
        )

"""Every language of a partner's profile, kept together by its editors.

Saving one language version offers the others, with a button to each, so the
change can be carried over. Submitting one version submits the others with
it: Communications sees the three together in "Awaiting review", and no
language is left behind as an unsubmitted draft.
"""

from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin import messages

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


def other_versions_to_update(page, user):
    """The other language versions `user` may edit, whose last change is older."""
    return [
        version
        for version in PartnerPage.objects.filter(translation_key=page.translation_key)
        .exclude(pk=page.pk)
        .select_related("locale")
        .order_by("locale__language_code")
        if version.permissions_for_user(user).can_edit()
        and (
            version.latest_revision_created_at is None
            or page.latest_revision_created_at is None
            or version.latest_revision_created_at < page.latest_revision_created_at
        )
    ]


def offer_other_languages(request, page):
    """After a save: a button to each other language, to bring it up to date."""
    versions = other_versions_to_update(page, request.user)
    if not versions:
        return
    messages.info(
        request,
        _(
            "The other language versions were last changed before this one. "
            "Bring them up to date:"
        ),
        buttons=[
            messages.button(
                reverse("wagtailadmin_pages:edit", args=(version.pk,)),
                _("Edit %(language)s")
                % {"language": version.locale.get_display_name()},
            )
            for version in versions
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
        languages = ", ".join(
            str(version.locale.get_display_name()) for version in submitted
        )
        messages.success(
            request,
            _("The %(languages)s versions were submitted for review with it.")
            % {"languages": languages},
        )

"""One submission for review covers every language of a partner's profile.

A partner editor who submits one language version submits the others with
it: Communications sees the three together in "Awaiting review", and no
language is left behind as an unsubmitted draft.
"""

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


def submit_every_language(request, page):
    """After "Submit for review" on a partner profile: the other languages too."""
    if SUBMIT_ACTION not in request.POST:
        return
    page = page.specific
    if not isinstance(page, PartnerPage):
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

"""A partner editor's desk: their profile in each language, as the dashboard.

The language versions and where each stands against its source (live, not
live, behind) come from the translation status (`cms.translations.status`),
as the translation status report shows them; the desk adds the review:
a version in the review workflow, or with changes not yet submitted.
"""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import WorkflowState

from cms.translations.status import translation_status_rows
from partners.models import PartnerPage
from partners.reach import editable_pages

IN_REVIEW = "in_review"
CHANGES_REQUESTED = "changes_requested"
UNSUBMITTED = "unsubmitted"

REVIEW_STATES = {
    IN_REVIEW: _("In review"),
    CHANGES_REQUESTED: _("Changes requested"),
    UNSUBMITTED: _("Draft not yet submitted"),
}
WORKFLOW_STATES = {
    WorkflowState.STATUS_IN_PROGRESS: IN_REVIEW,
    WorkflowState.STATUS_NEEDS_CHANGES: CHANGES_REQUESTED,
}


def review_state(version, page, workflow_state):
    """Where one language version stands: in the review, else as the status says."""
    if workflow_state is not None and workflow_state.status in WORKFLOW_STATES:
        return WORKFLOW_STATES[workflow_state.status]
    if page.has_unpublished_changes:
        return UNSUBMITTED
    return version.state


def own_profiles(user):
    """The partner profiles `user` may edit, each with its language versions."""
    rows = translation_status_rows(models=[PartnerPage], user=user)
    page_ids = [v.page_id for row in rows for v in row.versions if v.exists]
    pages = PartnerPage.objects.select_related("locale").in_bulk(page_ids)
    editable = set(
        editable_pages(user).filter(pk__in=page_ids).values_list("pk", flat=True)
    )
    states = {
        int(state.object_id): state
        for state in WorkflowState.objects.filter(
            object_id__in=[str(pk) for pk in page_ids],
            base_content_type__model="page",
        )
        .exclude(status=WorkflowState.STATUS_CANCELLED)
        .order_by("created_at")
    }
    profiles = []
    for row in rows:
        versions = []
        for version in row.versions:
            if version.page_id not in editable:
                continue
            page = pages[version.page_id]
            state = review_state(version, page, states.get(page.pk))
            label = REVIEW_STATES.get(state) or version.state_label
            versions.append({"page": page, "state": state, "state_label": label})
        if versions:
            profiles.append(versions)
    return profiles


class PartnerDeskPanel(Component):
    name = "partner_desk"
    template_name = "partners/admin/partner_desk_panel.html"
    order = 10

    def get_context_data(self, parent_context):
        return {"profiles": own_profiles(parent_context["request"].user)}

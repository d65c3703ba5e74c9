"""A partner editor's desk: their profile in each language, as the dashboard."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.ui.components import Component
from wagtail.models import WorkflowState

from cms.translations.languages import language_codes
from partners.models import PartnerPage
from partners.reach import editable_pages

IN_REVIEW = "in_review"
CHANGES_REQUESTED = "changes_requested"
DRAFT = "draft"
LIVE = "live"
NOT_LIVE = "not_live"

REVIEW_STATES = {
    IN_REVIEW: _("In review"),
    CHANGES_REQUESTED: _("Changes requested"),
    DRAFT: _("Draft not yet submitted"),
    LIVE: _("Live, up to date"),
    NOT_LIVE: _("Not live"),
}


def review_state(page, workflow_state):
    """Where one language version of a profile stands in the review."""
    if workflow_state is not None:
        if workflow_state.status == WorkflowState.STATUS_IN_PROGRESS:
            return IN_REVIEW
        if workflow_state.status == WorkflowState.STATUS_NEEDS_CHANGES:
            return CHANGES_REQUESTED
    if page.has_unpublished_changes:
        return DRAFT
    return LIVE if page.live else NOT_LIVE


def own_profiles(user):
    """The partner profiles `user` may edit, each with its language versions."""
    pages = (
        PartnerPage.objects.filter(pk__in=editable_pages(user).values("pk"))
        .select_related("locale")
        .order_by("translation_key")
    )
    states = {
        int(state.object_id): state
        for state in WorkflowState.objects.filter(
            object_id__in=[str(page.pk) for page in pages],
            base_content_type__model="page",
        )
        .exclude(status=WorkflowState.STATUS_CANCELLED)
        .order_by("created_at")
    }
    order = language_codes()
    profiles = {}
    for page in pages:
        state = review_state(page, states.get(page.pk))
        profiles.setdefault(page.translation_key, []).append(
            {"page": page, "state": state, "state_label": REVIEW_STATES[state]}
        )
    for versions in profiles.values():
        versions.sort(key=lambda v: _place(order, v["page"].locale.language_code))
    return list(profiles.values())


def _place(order, code):
    return order.index(code) if code in order else len(order)


class PartnerDeskPanel(Component):
    name = "partner_desk"
    template_name = "partners/admin/partner_desk_panel.html"
    order = 10

    def get_context_data(self, parent_context):
        return {"profiles": own_profiles(parent_context["request"].user)}

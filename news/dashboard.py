"""The Communications desk on the dashboard: scheduled, waiting, shared."""

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Page, Revision, WorkflowState

from news.models import PressReleasePage, ReviewLink


class NewsroomDeskPanel(Component):
    name = "newsroom_desk"
    template_name = "news/admin/newsroom_desk_panel.html"
    order = 50

    def get_context_data(self, parent_context):
        now = timezone.now()
        release_type = ContentType.objects.get_for_model(PressReleasePage)
        scheduled = list(
            Revision.page_revisions.filter(
                content_type=release_type, approved_go_live_at__gt=now
            ).order_by("approved_go_live_at")[:20]
        )
        pages = Page.objects.select_related("locale").in_bulk(
            [int(rev.object_id) for rev in scheduled]
        )
        awaiting = list(
            WorkflowState.objects.active()
            .filter(base_content_type=ContentType.objects.get_for_model(Page))
            .select_related("current_task_state__task")
            .order_by("created_at")[:20]
        )
        awaiting_pages = Page.objects.select_related("locale").in_bulk(
            [int(state.object_id) for state in awaiting]
        )
        return {
            "scheduled": [
                {
                    "page": pages.get(int(rev.object_id)),
                    "go_live_at": rev.approved_go_live_at,
                }
                for rev in scheduled
                if int(rev.object_id) in pages
            ],
            "awaiting": [
                {"page": awaiting_pages.get(int(state.object_id)), "state": state}
                for state in awaiting
                if int(state.object_id) in awaiting_pages
            ],
            "review_links": list(
                ReviewLink.objects.active(now)
                .select_related("page")
                .order_by("expires_at")[:20]
            ),
        }

"""The Communications desk on the dashboard: scheduled, waiting, shared."""

from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from wagtail.admin.ui.components import Component
from wagtail.models import Page, Revision, WorkflowState

from cms.translations.languages import language_codes
from news.models import PressReleasePage, ReviewLink


def releases_with_languages(scheduled):
    """One row per release: its title, go-live and scheduled language versions.

    `scheduled` holds (page, go-live) pairs, soonest first; the language
    versions of one release share a translation key. The row's title is that
    of the first language in the site's order.
    """
    order = language_codes()
    rows = {}
    for page, go_live_at in scheduled:
        row = rows.setdefault(
            page.translation_key, {"go_live_at": go_live_at, "versions": []}
        )
        row["go_live_at"] = min(row["go_live_at"], go_live_at)
        row["versions"].append(page)
    result = []
    for row in rows.values():
        row["versions"].sort(key=lambda page: _place(order, page.locale.language_code))
        row["page"] = row["versions"][0]
        row["missing"] = [
            code
            for code in order
            if code not in {page.locale.language_code for page in row["versions"]}
        ]
        result.append(row)
    return sorted(result, key=lambda row: row["go_live_at"])


def _place(order, code):
    return order.index(code) if code in order else len(order)


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
            ).order_by("approved_go_live_at")[:60]
        )
        pages = Page.objects.select_related("locale").in_bulk(
            [int(rev.object_id) for rev in scheduled]
        )
        scheduled_rows = releases_with_languages(
            [
                (pages[int(rev.object_id)], rev.approved_go_live_at)
                for rev in scheduled
                if int(rev.object_id) in pages
            ]
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
            "scheduled": scheduled_rows,
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

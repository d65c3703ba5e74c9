"""Communications' report: how often each release's and event's kit was downloaded.

Counts per page group (a release in its three languages is one row), per
language, for the whole kit and for single files. The counts are all there
is: no reader, address or time is ever recorded (PressKitDownload).
"""

from datetime import timedelta

from django.core.exceptions import PermissionDenied
from django.db.models import Max, Q, Sum
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page

from cms.translations.languages import language_codes, language_names
from news.models import EventPage, PressKitDownload, PressReleasePage
from partners.permissions import is_communications

RECENT_DAYS = 30


def download_rows(today=None):
    """One row per page group whose kit was downloaded, most downloaded first."""
    today = today or timezone.localdate()
    recent = Q(day__gt=today - timedelta(days=RECENT_DAYS))
    zips = Q(kind=PressKitDownload.Kind.ZIP)
    files = Q(kind=PressKitDownload.Kind.FILE)
    counts = (
        PressKitDownload.objects.values("page_id")
        .annotate(
            zips=Sum("count", filter=zips),
            files=Sum("count", filter=files),
            recent=Sum("count", filter=recent),
            last_day=Max("day"),
        )
        .order_by()
    )
    by_page = {row["page_id"]: row for row in counts}
    pages = Page.objects.filter(pk__in=by_page).select_related("locale")
    kinds = {
        PressReleasePage: _("Press release"),
        EventPage: _("Event"),
    }
    groups = {}
    for page in pages.specific(defer=True):
        row = groups.setdefault(
            page.translation_key,
            {
                "title": page.title,
                "page_type": kinds.get(
                    type(page), page.specific_class._meta.verbose_name
                ),
                "languages": {},
                "total": 0,
                "recent": 0,
                "last_day": None,
                "page": page,
            },
        )
        count = by_page[page.pk]
        language = page.locale.language_code
        if language == "en":
            row["title"], row["page"] = page.title, page
        row["languages"][language] = {
            "zips": count["zips"] or 0,
            "files": count["files"] or 0,
        }
        row["total"] += (count["zips"] or 0) + (count["files"] or 0)
        row["recent"] += count["recent"] or 0
        if row["last_day"] is None or count["last_day"] > row["last_day"]:
            row["last_day"] = count["last_day"]
    codes = language_codes()
    for row in groups.values():
        row["versions"] = [
            {"code": code, **row["languages"].get(code, {"zips": 0, "files": 0})}
            for code in codes
        ]
    return sorted(groups.values(), key=lambda row: (-row["total"], row["title"]))


class PressKitDownloadsView(ReportView):
    """Admin report, for Communications only (partner editors are refused too by
    partners/admin_scope.py, as for every report but the translation status)."""

    page_title = _("Press-kit downloads")
    header_icon = "download"
    index_url_name = "news_press_kit_downloads"
    index_results_url_name = "news_press_kit_downloads_results"
    results_template_name = "news/admin/press_kit_downloads_results.html"
    paginate_by = 50

    def dispatch(self, request, *args, **kwargs):
        if not is_communications(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    def get_queryset(self):
        return download_rows()

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["languages"] = list(language_names().items())
        context["recent_days"] = RECENT_DAYS
        return context

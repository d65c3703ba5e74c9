"""The translation status report and the dashboard panel of releases to translate.

Both read `cms.translations.status`; the report's URLs are in
`cms.translations.urls`.
"""

import django_filters
from django.urls import reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.filters import WagtailFilterSet
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.views.reports import ReportView
from wagtail.models import Page
from wagtail.permissions import page_permission_policy

from cms.translations.languages import language_names
from cms.translations.publishing import publish_together_page_types
from cms.translations.status import (
    BEHIND,
    COMPLETE,
    DRAFT,
    EDITOR_ACTIONS,
    MISSING,
    SOURCE_GONE,
    translation_status_rows,
)

FILTER_CHOICES = [
    (MISSING, _("Missing a language")),
    (DRAFT, _("A language not live")),
    (BEHIND, _("Behind its source")),
    (SOURCE_GONE, _("Source gone")),
    (COMPLETE, _("Complete: all live and up to date")),
]


class TranslationStatusFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label=_("State"), choices=FILTER_CHOICES, empty_label=_("Any state")
    )

    def __init__(self, data=None, queryset=None, *, request=None, prefix=None):
        super().__init__(
            data, queryset=Page.objects.none(), request=request, prefix=prefix
        )

    def filter_queryset(self, queryset):
        state = self.form.cleaned_data.get("state")
        if not state:
            return queryset
        return [row for row in queryset if state in row.states]


class TranslationStatusView(ReportView):
    """Admin report: every page group and the state of each language version."""

    page_title = _("Translation status")
    header_icon = "globe"
    index_url_name = "newsroom_translation_status"
    index_results_url_name = "newsroom_translation_status_results"
    results_template_name = "cms/admin/translation_status_results.html"
    filterset_class = TranslationStatusFilterSet
    permission_policy = page_permission_policy
    any_permission_required = EDITOR_ACTIONS
    paginate_by = 50

    def get_queryset(self):
        return translation_status_rows(user=self.request.user)

    def get_context_data(self, *args, **kwargs):
        context = super().get_context_data(*args, **kwargs)
        context["languages"] = list(language_names().items())
        return context


class MissingLanguagesPanel(Component):
    """Dashboard panel: releases the communications team still has to translate.

    Releases are the page types that publish together: they cannot go out
    until every language exists.
    """

    name = "releases_missing_a_language"
    order = 150
    template_name = "cms/admin/missing_languages_panel.html"
    limit = 10

    def get_context_data(self, parent_context):
        rows = translation_status_rows(
            publish_together_page_types(),
            states=[MISSING],
            user=parent_context["request"].user,
        )
        rows.sort(
            key=lambda row: max(version.page_id or 0 for version in row.versions),
            reverse=True,
        )
        return {
            "rows": rows[: self.limit],
            "count": len(rows),
            "report_url": reverse("newsroom_translation_status") + "?state=missing",
        }


class TranslationStatusMenuItem(MenuItem):
    def is_shown(self, request):
        return page_permission_policy.user_has_any_permission(
            request.user, EDITOR_ACTIONS
        )


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
    """For those who can add the missing language versions."""
    if page_permission_policy.user_has_permission(request.user, "add"):
        panels.append(MissingLanguagesPanel())

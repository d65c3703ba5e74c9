"""The admin URLs of trilingual publishing, and the Wagtail views they guard.

`urlpatterns` are registered with Wagtail's admin before wagtail-localize's
(`register_admin_urls`, order -1, in cms/wagtail_hooks.py), so the paths they
share with it resolve here: the PO upload and the override edit, checked
first; "Translate" and "Sync translated pages", whose publish
wagtail-localize runs on commit and publishing together may refuse. Wagtail's
own page views that may publish are guarded by `guard_page_views`, which the
project's URLconf (cms/urls.py) calls once, as it confines partner editors.
"""

from django.urls import path
from wagtail.utils.urlpatterns import decorate_urlpatterns
from wagtail_localize.views.update_translations import UpdateTranslationsView

from cms.translations.admin import refuse_lone_publishing
from cms.translations.overrides import edit_override
from cms.translations.po_upload import upload_pofile
from cms.translations.reports import TranslationStatusView
from cms.translations.translate import TranslateIntoEveryLanguageView

urlpatterns = [
    path(
        "localize/submit/page/<int:page_id>/",
        refuse_lone_publishing(TranslateIntoEveryLanguageView.as_view()),
        name="newsroom_submit_page_translation",
    ),
    path(
        "localize/update/<int:translation_source_id>/",
        refuse_lone_publishing(UpdateTranslationsView.as_view()),
        name="newsroom_update_translations",
    ),
    path(
        "localize/translate/<int:translation_id>/pofile/upload/",
        upload_pofile,
        name="newsroom_upload_pofile",
    ),
    # Overrides only with what the editor may choose.
    path(
        "localize/translate/<int:translation_id>/overrides/"
        "<int:overridable_segment_id>/edit/",
        edit_override,
        name="newsroom_edit_override",
    ),
    path(
        "reports/translation-status/",
        TranslationStatusView.as_view(),
        name="newsroom_translation_status",
    ),
    path(
        "reports/translation-status/results/",
        TranslationStatusView.as_view(results_only=True),
        name="newsroom_translation_status_results",
    ),
]

# Wagtail's page views that may publish a release outside `before_publish_page`:
# the editor (workflow approval there, and wagtail-localize's segment editor,
# which it serves) and the workflow action view.
GUARDED_PAGE_VIEWS = ("edit", "workflow_action")


def guard_page_views(page_urlpatterns):
    """Wrap those of Wagtail's page URL patterns in `refuse_lone_publishing`.

    `page_urlpatterns` is `wagtail.admin.urls.pages.urlpatterns`; paths, names
    and the admin's own checks stay as they are. Wrapping twice is a no-op.
    """
    guarded = [
        pattern
        for pattern in page_urlpatterns
        if getattr(pattern, "name", None) in GUARDED_PAGE_VIEWS
        and not getattr(pattern.callback, "refuses_lone_publishing", False)
    ]
    return decorate_urlpatterns(guarded, refuse_lone_publishing)

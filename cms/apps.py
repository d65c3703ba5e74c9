from django.apps import AppConfig
from django.urls import register_converter
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig

from cms.translations.registry import report_translation_status


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Newsroom")
    default_auto_field = "django.db.models.BigAutoField"
    # This module holds two app configs: "cms" in INSTALLED_APPS means this one.
    default = True

    def ready(self):
        from cms import cache, ids, media_access, renditions, search
        from cms.models import StandardPage
        from cms.translations import drafts

        cache.connect_signals()
        renditions.connect_signals()
        media_access.connect_signals()
        register_converter(ids.IdConverter, "id")
        search.register_result_type("page", StandardPage, _("Page"), 40)
        drafts.keep_live_versions_live()
        report_translation_status("cms.StandardPage")


class NewsroomUsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app with our user viewset: superusers only for superusers."""

    default = False
    user_viewset = "cms.user_admin.NewsroomUserViewSet"

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Newsroom")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cms import cache, media_access, renditions, translation_drafts

        cache.connect_signals()
        renditions.connect_signals()
        media_access.connect_signals()
        translation_drafts.keep_live_versions_live()

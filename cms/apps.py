from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Newsroom")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from django.urls import register_converter

        from cms import cache, ids, renditions

        cache.connect_signals()
        renditions.connect_signals()
        register_converter(ids.IdConverter, "id")

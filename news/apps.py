from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News and events")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from news import registrations

        registrations.register()

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class SubscriptionsConfig(AppConfig):
    name = "subscriptions"
    verbose_name = _("Email subscriptions")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from subscriptions import registrations

        registrations.register()

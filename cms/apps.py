from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _
from wagtail.users.apps import WagtailUsersAppConfig


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Newsroom")
    default_auto_field = "django.db.models.BigAutoField"
    # This module holds two app configs: "cms" in INSTALLED_APPS means this one.
    default = True

    def ready(self):
        from cms import registrations

        registrations.register()


class NewsroomUsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app with our user viewset: superusers only for superusers."""

    default = False
    user_viewset = "cms.user_admin.NewsroomUserViewSet"

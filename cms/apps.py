from django.apps import AppConfig
from django.urls import register_converter
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model_string
from wagtail.images import get_image_model_string
from wagtail.users.apps import WagtailUsersAppConfig

# Content that shapes pages of every language, the site structure or the public
# media: any change to it makes everything kept stale (cms/caching/).
SHARED_CONTENT = (
    "cms.NewsroomSettings",
    "cms.Topic",
    "wagtailcore.Site",
    "wagtailcore.Locale",
    "wagtailcore.PageViewRestriction",
    # A replaced file or a moved focal point gives the image new renditions.
    get_image_model_string(),
    # Documents, collections and public collections change the public media
    # (cms/media_uses.py).
    get_document_model_string(),
    "wagtailcore.Collection",
    "cms.PublicCollection",
)


class CmsConfig(AppConfig):
    name = "cms"
    verbose_name = _("Newsroom")
    default_auto_field = "django.db.models.BigAutoField"
    # This module holds two app configs: "cms" in INSTALLED_APPS means this one.
    default = True

    def ready(self):
        from cms import caching, ids, renditions, translation_drafts

        caching.connect_signals()
        caching.invalidate_on_change(*SHARED_CONTENT)
        renditions.connect_signals()
        register_converter(ids.IdConverter, "id")
        translation_drafts.keep_live_versions_live()


class NewsroomUsersConfig(WagtailUsersAppConfig):
    """Wagtail's users app with our user viewset: superusers only for superusers."""

    default = False
    user_viewset = "cms.user_admin.NewsroomUserViewSet"

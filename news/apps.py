from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NewsConfig(AppConfig):
    name = "news"
    verbose_name = _("News and events")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from cms.caching import invalidate_on_change
        from cms.media_uses import register_shown_media
        from news.models import MediaContact, PressReleasePage

        # A release shows its partners' logos (templates/pages/press_release_page.html).
        register_shown_media(PressReleasePage, "partner_links__partner__logo")
        # Media contacts appear on releases of every language.
        invalidate_on_change(MediaContact)

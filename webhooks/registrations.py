"""What webhooks connects once the apps are loaded (WebhooksConfig.ready)."""

from wagtail.signals import page_published, page_unpublished

from news.models import PressReleasePage
from webhooks.events import on_page_published, on_page_unpublished


def register():
    page_published.connect(
        on_page_published, sender=PressReleasePage, dispatch_uid="webhooks_published"
    )
    page_unpublished.connect(
        on_page_unpublished,
        sender=PressReleasePage,
        dispatch_uid="webhooks_unpublished",
    )

"""What news tells the shared base once the apps are loaded (NewsConfig.ready)."""

from django.utils.translation import gettext_lazy as _

from cms import api, search, seo, sitemap
from cms.caching import invalidate_on_change
from cms.media_uses import register_shown_media
from cms.renditions import CARD, FEED, WEB, picture, register_page_images
from cms.translations.registry import report_translation_status
from news.models import EventPage, MediaContact, PressReleasePage
from news.sitemap import news_sitemap_paths
from news.structured_data import release_feed_links


def register():
    # A release shows its partners' logos (templates/pages/press_release_page.html).
    register_shown_media(PressReleasePage, "partner_links__partner__logo")
    # What a result shows besides title and URL: get_meta_description, date.
    search.register_result_type(
        "release", PressReleasePage, _("Press release"), 10, ("lead", "release_date")
    )
    search.register_result_type("event", EventPage, _("Event"), 20, ("lead", "start"))
    api.register_linked_pages(PressReleasePage)
    api.register_linked_pages(EventPage)
    seo.register_site_feeds(release_feed_links)
    sitemap.register_sitemaps(news_sitemap_paths)
    # In the order `{% picture … %}` names them (templates/pages/*.html).
    register_page_images(
        PressReleasePage,
        hero_image=(
            *picture(WEB, ("800x450", "1280x720", "1600x900"), "fill"),
            *CARD,
            *FEED,
        ),
    )
    register_page_images(
        EventPage,
        hero_image=(*picture(WEB, ("800x450", "1280x720"), "fill"), *CARD),
    )
    # Media contacts appear on releases of every language.
    invalidate_on_change(MediaContact)
    report_translation_status("news.PressReleasePage", "news.EventPage")

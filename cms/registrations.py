"""What the shared base connects once the apps are loaded (CmsConfig.ready).

The apps do the same for what they bring: news/registrations.py and
partners/registrations.py.
"""

from django.db.models.signals import post_migrate
from django.urls import register_converter
from django.utils.translation import gettext_lazy as _
from wagtail.documents import get_document_model_string
from wagtail.images import get_image_model_string

from cms import base_url, caching, ids, renditions, search
from cms.models import StandardPage
from cms.renditions import WEB, picture, register_page_images
from cms.translations import drafts, slugs
from cms.translations.registry import report_translation_status

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


def register():
    caching.connect_signals()
    post_migrate.connect(base_url.update_default_site)
    caching.invalidate_on_change(*SHARED_CONTENT)
    renditions.connect_signals()
    register_converter(ids.IdConverter, "id")
    search.register_result_type("page", StandardPage, _("Page"), 40, ("introduction",))
    register_page_images(
        StandardPage,
        hero_image=picture(WEB, ("800x400", "1280x640", "1600x800"), "fill"),
    )
    drafts.keep_live_versions_live()
    slugs.connect_signals()
    report_translation_status("cms.StandardPage")

from django.conf import settings
from django.conf.urls.i18n import i18n_patterns
from django.http import Http404
from django.urls import include, path, re_path
from django.views.static import serve as serve_file
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.documents import urls as wagtaildocs_urls

from cms import search, views
from cms.api import api_router
from cms.sitemap import robots_txt, sitemap
from news import urls as news_urls
from news.views import review_release
from partners.widget import partner_widget


def serve_media(request, path, document_root):
    """Django's file view; a path the file system refuses (too long, NUL) is a 404.

    A missing file stays a 404, not a redirect into a language tree.
    """
    request.unknown_language_prefix = True
    try:
        return serve_file(request, path, document_root)
    except (OSError, ValueError) as error:
        raise Http404("No such file") from error


urlpatterns = [
    path("", views.choose_language, name="choose_language"),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's document view fails on ids too long for int(); none is a document.
    re_path(r"^documents/[0-9]{20,}/", views.not_found, name="document_id_too_long"),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("review/<str:token>/", review_release, name="review_release"),
    # Uploaded media are served by the app when no object storage is configured.
    re_path(
        r"^media/(?P<path>.*)$",
        serve_media,
        {"document_root": settings.MEDIA_ROOT},
        name="media",
    ),
]

urlpatterns += i18n_patterns(
    # Search, feeds, calendars and the partner widget, before Wagtail's pages.
    *search.urlpatterns,
    path("", include(news_urls)),
    path("widget/partner/<id:pk>/", partner_widget, name="partner_widget"),
    path("", include(wagtail_urls)),
    prefix_default_language=True,
)

# Any other language prefix (/de/, /xx/, /fr-ca/) is an unknown language: a 404,
# not a redirect into the default language's tree.
urlpatterns += [
    re_path(r"^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})?/", views.unknown_language),
]

handler404 = "cms.views.page_not_found"
handler500 = "cms.views.server_error"

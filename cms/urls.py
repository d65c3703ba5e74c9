from django.conf.urls.i18n import i18n_patterns
from django.urls import include, path, re_path
from wagtail import urls as wagtail_urls
from wagtail.admin import urls as wagtailadmin_urls
from wagtail.admin.urls import pages as wagtailadmin_page_urls
from wagtail.documents import urls as wagtaildocs_urls
from wagtail.utils.urlpatterns import decorate_urlpatterns

from accounts.throttling import ThrottledPasswordResetView
from cms import media_views, search, views
from cms.api import api_index, api_router
from cms.sitemap import robots_txt, sitemap, sitemap_index
from cms.translations.urls import guard_page_views
from news import urls as news_urls
from news.views import review_press_kit, review_release
from news.widget import partner_widget
from partners.admin_scope import confine_partner_editors
from subscriptions import urls as subscription_urls

# Wagtail's page views that may publish keep a release's languages together.
guard_page_views(wagtailadmin_page_urls.urlpatterns)
# Partner editors read only their own things in the admin (partners/admin_scope.py).
decorate_urlpatterns(wagtailadmin_urls.urlpatterns, confine_partner_editors)

urlpatterns = [
    path("", views.choose_language, name="choose_language"),
    # Wagtail's password reset, throttled (accounts/throttling.py).
    path(
        "admin/password_reset/",
        ThrottledPasswordResetView.as_view(),
        name="wagtailadmin_password_reset",
    ),
    path("admin/", include(wagtailadmin_urls)),
    # Wagtail's document URL, checked: a document follows the pages using it.
    re_path(
        r"^documents/(\d+)/(.*)$",
        media_views.serve_document,
        name="wagtaildocs_serve",
    ),
    path("documents/", include(wagtaildocs_urls)),
    path("api/v2/", api_index, name="api_index"),
    path("api/v2/", api_router.urls),
    path("sitemap.xml", sitemap, name="sitemap"),
    path("sitemap-index.xml", sitemap_index, name="sitemap_index"),
    path("robots.txt", robots_txt, name="robots_txt"),
    path("review/<str:token>/", review_release, name="review_release"),
    path("review/<str:token>/press-kit/", review_press_kit, name="review_press_kit"),
    path(
        "review/<str:token>/press-kit/<int:number>/",
        review_press_kit,
        name="review_press_kit_file",
    ),
    # Every uploaded file, checked, from disk or object storage (cms/media_views.py).
    re_path(r"^media/(?P<path>.*)$", media_views.media, name="media"),
]

urlpatterns += i18n_patterns(
    # Search, feeds, calendars, subscriptions and the partner widget, before
    # Wagtail's pages.
    *search.urlpatterns,
    path("", include(news_urls)),
    path("", include(subscription_urls)),
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

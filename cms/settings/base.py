"""Settings shared by every environment: secure by default, no secret here."""

from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE, NONE, SELF
from django.utils.translation import gettext_lazy as _
from wagtail.embeds.oembed_providers import vimeo, youtube

BASE_DIR = Path(__file__).resolve().parent.parent.parent

DEBUG = False
ALLOWED_HOSTS: list[str] = []

INSTALLED_APPS = [
    "cms",
    "home",
    "news",
    "partners",
    "accounts",
    "webhooks",
    "subscriptions",
    "cms.demo",  # demo content and its commands, used by `make run` and `make bench`
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.contrib.sitemaps",
    "wagtail.api.v2",
    "wagtail.embeds",
    "wagtail.sites",
    "cms.apps.NewsroomUsersConfig",  # wagtail.users, see cms/user_admin.py
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "rest_framework",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
    "django_otp_webauthn",
    "django_tasks",
    "django_tasks_db",
]

MIDDLEWARE = [
    # First: a hit is served before any other middleware runs, with the headers
    # the whole stack gave the page when it was kept (security headers, ETag,
    # Permissions-Policy, the CSP with a fresh nonce for every reader), and
    # answers a matching If-None-Match with 304 (cms/caching/page_cache.py).
    "cms.caching.AnonymousPageCacheMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # ETag on every response that may be stored, 304 for a matching
    # If-None-Match on uncached pages.
    "django.middleware.http.ConditionalGetMiddleware",
    "cms.csp.NewsroomCSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "cms.caching.RequestMemoMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "cms.middleware.NewsroomLocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Who has given their second factor, and who must first (accounts/).
    "django_otp.middleware.OTPMiddleware",
    "accounts.middleware.SecondFactorMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    "cms.caching.PublicPageMiddleware",
    # Last: turns a locked-out sign-in into the lockout answer.
    "axes.middleware.AxesMiddleware",
]

# Wagtail's own tasks (search and reference index, renditions) run at once, as
# before. The newsroom's background work (mailings, webhooks) uses the
# "background" queue, kept in the database and run by `manage.py db_worker
# --backend background` (django-tasks with django-tasks-db; docs/deployment.md).
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}

# Webhooks (webhooks/): seconds before each retry of a failed delivery, then
# it is marked failed; the request timeout; and the address rule (only public
# Internet addresses), which only the test settings turn off.
WEBHOOK_RETRY_DELAYS = (60, 300, 1800, 7200, 21600)
WEBHOOK_TIMEOUT = 10
WEBHOOKS_REFUSE_PRIVATE_ADDRESSES = True

ROOT_URLCONF = "cms.urls"
WSGI_APPLICATION = "cms.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# One database setting: DATABASE_URL, an SQLite file in the project root by default.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}",
        conn_max_age=0,
    )
}
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": f"django.contrib.auth.password_validation.{name}"}
    for name in (
        "UserAttributeSimilarityValidator",
        "MinimumLengthValidator",
        "CommonPasswordValidator",
        "NumericPasswordValidator",
    )
]
# Editors' passwords: at least 12 characters (Django's rule, our translations).
AUTH_PASSWORD_VALIDATORS[1] = {
    "NAME": "accounts.passwords.MinimumLengthValidator",
    "OPTIONS": {"min_length": 12},
}

# Languages: English is the default and the x-default of every page.
LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("fr", "Français"),
    ("nl", "Nederlands"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
LOCALE_PATHS = [BASE_DIR / "locale"]
# "27 May 2025" in English too; French and Dutch use Django's own formats.
FORMAT_MODULE_PATH = ["cms.formats"]
TIME_ZONE = "Europe/Brussels"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = BASE_DIR / "staticfiles"
STATICFILES_DIRS = [BASE_DIR / "static"]
MEDIA_URL = "/media/"
MEDIA_ROOT = BASE_DIR / "media"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
    },
}
# Uploaded files follow their pages (cms/media_access.py). Public ones may be
# kept this long by browsers and a CDN after their page is unpublished; private
# ones are never stored. With object storage, MEDIA_DELIVERY "stream" sends the
# bytes through the application, "redirect" a presigned URL that lives
# AWS_QUERYSTRING_EXPIRE seconds (longer than the public max-age).
MEDIA_PUBLIC_MAX_AGE = 60
MEDIA_DELIVERY = "stream"
AWS_QUERYSTRING_EXPIRE = 300

WAGTAIL_SITE_NAME = _("Life Sciences Partner Newsroom")
# The public address of the site (cms/base_url.py): every absolute URL in pages,
# feeds, calendars, the sitemap, the API, the widget code and emails starts with
# it, and the default Wagtail Site follows it on every `migrate`.
NEWSROOM_BASE_URL = "http://127.0.0.1:8000"
WAGTAILADMIN_BASE_URL = NEWSROOM_BASE_URL
# Deleting a page disables its translation records instead of erasing them, so the
# translation status report can show translations whose source is gone.
WAGTAILLOCALIZE_DISABLE_ON_DELETE = True
# Wagtail's database backend; on PostgreSQL it stems each language's content with
# its own text search configuration (cms/search_backend.py).
WAGTAILSEARCH_BACKENDS = {"default": {"BACKEND": "cms.search_backend"}}
# The read-only API at /api/v2/: at most 50 items a request.
WAGTAILAPI_LIMIT_MAX = 50
WAGTAILDOCS_EXTENSIONS = [
    *("pdf", "docx", "xlsx", "pptx", "odt", "zip", "txt", "csv"),
    *("jpg", "jpeg", "png", "gif", "webp"),
]
WAGTAILIMAGES_MAX_UPLOAD_SIZE = 20 * 1024 * 1024
# Uploads (cms/uploads.py): a document's content must match its extension, and
# images keep a worker within its memory budget (docs/deployment.md, "Images").
WAGTAILIMAGES_IMAGE_FORM_BASE = "cms.upload_forms.ImageForm"
WAGTAILDOCS_DOCUMENT_FORM_BASE = "cms.upload_forms.DocumentForm"
WAGTAILDOCS_MAX_UPLOAD_SIZE = 50 * 1024 * 1024
# A JPEG from a 24 to 50 MP camera is accepted and decoded at reduced scale;
# other formats are decoded whole, so they may have at most 6.5 MP.
WAGTAILIMAGES_MAX_IMAGE_PIXELS = 50_000_000
IMAGE_DECODE_MAX_PIXELS = 6_500_000
# Originals are stored at most this large, so every rendition stays cheap.
IMAGE_STORED_MAX_PIXELS = 3_000_000
WAGTAILEMBEDS_RESPONSIVE_HTML = True
# Videos come from YouTube and Vimeo only: the players the CSP lets pages frame.
WAGTAILEMBEDS_FINDERS = [
    {"class": "wagtail.embeds.finders.oembed", "providers": [youtube, vimeo]}
]
EMBED_ORIGINS = [
    "https://www.youtube.com",
    "https://www.youtube-nocookie.com",
    "https://player.vimeo.com",
]
# Everything is served from this site: no gravatars, no release check from the
# admin (both would be third-party requests the CSP refuses).
WAGTAIL_GRAVATAR_PROVIDER_URL = None
WAGTAIL_ENABLE_UPDATE_CHECK = False
DATA_UPLOAD_MAX_NUMBER_FIELDS = 10_000

# Hardening that holds in every environment.
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
X_FRAME_OPTIONS = "DENY"
SESSION_COOKIE_HTTPONLY = True
# Sessions that look up only keys Django could have made (cms/sessions/).
SESSION_ENGINE = "cms.sessions.db"
# Content-Security-Policy (django-csp): same-origin everything, scripts with
# the request's nonce and never 'unsafe-inline' (cms/csp.py). Styles keep
# 'unsafe-inline': Wagtail's admin and embed wrappers set style attributes.
# Only the partner widget may be framed by other sites (news/widget.py).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF, NONCE],
        "style-src": [SELF, "'unsafe-inline'"],
        "img-src": [SELF, "data:", "blob:"],
        "font-src": [SELF, "data:"],
        "connect-src": [SELF],
        "media-src": [SELF],
        "frame-src": [SELF, *EMBED_ORIGINS],
        "object-src": [NONE],
        "base-uri": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [SELF],
    }
}
# Permissions-Policy (django-permissions-policy): no page may use these.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "browsing-topics",
        "camera",
        "display-capture",
        "geolocation",
        "gyroscope",
        "hid",
        "idle-detection",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "serial",
        "usb",
        "xr-spatial-tracking",
    )
}
PERMISSIONS_POLICY["fullscreen"] = ["self", *EMBED_ORIGINS]

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# Roles and moderation: notifications go to the Communications group, times are
# entered and shown in Brussels time, and an edit during review needs approval again.
WAGTAILADMIN_NOTIFICATION_INCLUDE_SUPERUSERS = False
WAGTAILADMIN_NOTIFICATION_USE_HTML = True
WAGTAIL_WORKFLOW_REQUIRE_REAPPROVAL_ON_EDIT = True
WAGTAIL_USER_TIME_ZONES = ["Europe/Brussels"]
DEFAULT_FROM_EMAIL = "newsroom@localhost"

# One cache every process on this machine shares, so the scheduler's and
# management commands' publishes invalidate the web workers' page cache.
# Production uses Redis when REDIS_URL is set.
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.filebased.FileBasedCache",
        "LOCATION": BASE_DIR / ".cache" / "django",
    },
    # Wagtail writes each rendition it looks up to this cache: per process, so a
    # page with 40 images costs no file or network writes.
    "renditions": {
        "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
        "TIMEOUT": 600,
        "OPTIONS": {"MAX_ENTRIES": 5000},
    },
}
# Anonymous full-page cache (cms/caching/): entries live at most this long.
PAGE_CACHE_ENABLED = True
PAGE_CACHE_TIMEOUT = 60 * 10
# Cache-Control of the pages it keeps: browsers keep them this long, a CDN
# (purged on publish) s-maxage, both may serve them stale while they revalidate.
PAGE_CACHE_BROWSER_MAX_AGE = 60
PAGE_CACHE_CDN_MAX_AGE = PAGE_CACHE_TIMEOUT
PAGE_CACHE_STALE_WHILE_REVALIDATE = 30
# Keep the site structure (sites, locales, menus, filter choices) in each process
# between requests, under the page cache's generation tokens (cms/caching/).
SITE_STRUCTURE_CACHE = True
# At most this many values (a kept list of pages counts one per item), least
# recently used dropped first: ~11 per release read, ~360 for every page type
# of one language. 500 keeps a worker within ~15 MB of what it needs for those
# while a crawler walks every page (docs/performance.md, "Worker memory").
SITE_STRUCTURE_MAX_ENTRIES = 500

# Accounts (accounts/, docs/permissions.md): throttled sign-in and password reset,
# two-step verification.
# django-axes checks every sign-in first and counts failures in the database;
# ModelBackend then checks the password. AxesBackend (not the standalone one)
# first, so that a session that names it, as Client.force_login does, still
# finds its user.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesBackend",
    "django.contrib.auth.backends.ModelBackend",
]
# 5 failures for one username, or from one address, within 15 minutes refuse
# every sign-in for that username or address for the next 15 minutes.
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
# Attempts during a lockout do not prolong it: it ends 15 minutes after the 5th.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_LOCKOUT_CALLABLE = "accounts.throttling.lockout_response"
AXES_CLIENT_IP_CALLABLE = "accounts.addresses.client_address"
# The lockout log line names the username and the address.
AXES_SENSITIVE_PARAMETERS: list[str] = []
# Password reset: at most 5 requests per address and per email address in 15
# minutes (django-ratelimit, counted in the default cache). With the cache down
# requests go through; sign-in throttling lives in the database.
PASSWORD_RESET_RATE = "5/15m"  # noqa: S105 - a rate, not a password
RATELIMIT_FAIL_OPEN = True

# Email subscriptions (subscriptions/, docs/editor-guide.md). The subscribe
# form takes at most this many requests per client address and per email
# address (django-ratelimit, default cache); the confirmation link lasts
# SUBSCRIPTION_CONFIRM_DAYS. Releases go out in batches over SMTP (EMAIL_*);
# a temporary failure (4xx) is tried again after SUBSCRIPTION_RETRY_SECONDS,
# doubling up to SUBSCRIPTION_RETRY_MAX_SECONDS, at most
# SUBSCRIPTION_MAX_ATTEMPTS times; after SUBSCRIPTION_BOUNCE_LIMIT permanent
# failures (5xx) in a row an address is marked as bouncing.
SUBSCRIBE_RATE_PER_ADDRESS = "10/h"
SUBSCRIBE_RATE_PER_EMAIL = "3/h"
SUBSCRIPTION_CONFIRM_DAYS = 7
SUBSCRIPTION_BATCH_SIZE = 50
SUBSCRIPTION_RETRY_SECONDS = 60
SUBSCRIPTION_RETRY_MAX_SECONDS = 3600
SUBSCRIPTION_MAX_ATTEMPTS = 8
SUBSCRIPTION_BOUNCE_LIMIT = 3

# How many proxies in front of the application append to X-Forwarded-For; 0
# takes the connection's own address (accounts/addresses.py).
TRUSTED_PROXY_COUNT = 0
# Two-step verification: required for superusers and these groups when on;
# anyone else may turn it on for themselves.
TWO_FACTOR_REQUIRED = True
TWO_FACTOR_REQUIRED_GROUPS = ["Communications"]
OTP_TOTP_ISSUER = "Partner Newsroom"
# Passkeys (django-otp-webauthn) as a second factor only, never instead of the
# password. A passkey belongs to the admin's host name (WAGTAILADMIN_BASE_URL):
# browsers accept "localhost" but no IP address.
OTP_WEBAUTHN_RP_NAME = "Partner Newsroom"
OTP_WEBAUTHN_RP_ID = "localhost"
OTP_WEBAUTHN_ALLOWED_ORIGINS = ["http://localhost:8000"]
OTP_WEBAUTHN_ALLOW_PASSWORDLESS_LOGIN = False
WAGTAILADMIN_USER_LOGIN_FORM = "accounts.throttling.ThrottledLoginForm"

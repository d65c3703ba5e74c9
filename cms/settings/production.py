"""Production: every value comes from the environment.

Refuses to start without DJANGO_SECRET_KEY.
"""

import os
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403


def env_flag(name: str, default: bool) -> bool:
    value = os.environ.get(name)
    if value is None or value.strip() == "":
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name: str, default: str = "") -> list[str]:
    return [
        item.strip()
        for item in os.environ.get(name, default).split(",")
        if item.strip()
    ]


def env_megabytes(name: str, default: int) -> int:
    value = os.environ.get(name, "").strip() or str(default)
    try:
        megabytes = int(value)
    except ValueError:
        megabytes = 0
    if megabytes <= 0:
        raise ImproperlyConfigured(f"{name} must be a whole number of megabytes.")
    return megabytes * 1024 * 1024


SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "")
if not SECRET_KEY:
    raise ImproperlyConfigured(
        "DJANGO_SECRET_KEY is not set. Production settings refuse to start without "
        "a secret key: export DJANGO_SECRET_KEY to a long random value."
    )

DEBUG = False
ALLOWED_HOSTS = env_list("DJANGO_ALLOWED_HOSTS", "localhost,127.0.0.1")
CSRF_TRUSTED_ORIGINS = env_list("DJANGO_CSRF_TRUSTED_ORIGINS")
# The one public address (cms/base_url.py); WAGTAILADMIN_BASE_URL is still read
# for deployments made before NEWSROOM_BASE_URL existed.
NEWSROOM_BASE_URL = (
    os.environ.get("NEWSROOM_BASE_URL", "").strip()
    or os.environ.get("WAGTAILADMIN_BASE_URL", "").strip()
    or (f"https://{ALLOWED_HOSTS[0]}" if ALLOWED_HOSTS else "")
)
WAGTAILADMIN_BASE_URL = NEWSROOM_BASE_URL

DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DB_CONN_MAX_AGE", "60"))  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405

BASE_CACHES = CACHES  # noqa: F405
REDIS_URL = os.environ.get("REDIS_URL")
if REDIS_URL:
    # A Redis that fails costs one short timeout, then is skipped for
    # REDIS_BREAKER_SECONDS while pages are served from the database; an
    # outage logs one line when it starts and one when it ends
    # (cms/caching/breaker.py).
    REDIS_TIMEOUT = float(os.environ.get("REDIS_TIMEOUT", "0.1"))
    CACHES = {
        "default": {
            "BACKEND": "cms.caching.breaker.BreakerRedisCache",
            "LOCATION": REDIS_URL,
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": REDIS_TIMEOUT,
                "SOCKET_TIMEOUT": REDIS_TIMEOUT,
                "BREAKER_SECONDS": float(os.environ.get("REDIS_BREAKER_SECONDS", "30")),
            },
        }
    }
    CACHES["renditions"] = BASE_CACHES["renditions"]
    # Sessions in Redis, written through to the database so a Redis restart
    # logs nobody out.
    SESSION_ENGINE = "cms.sessions.cached_db"

# The largest document an editor may upload (cms/uploads.py).
WAGTAILDOCS_MAX_UPLOAD_SIZE = env_megabytes("DOCUMENT_MAX_UPLOAD_MB", 50)

# The anonymous page cache (cms/caching/); off only to measure or debug.
PAGE_CACHE_ENABLED = env_flag("PAGE_CACHE_ENABLED", True)

# Uploaded media in S3-compatible object storage when a bucket is configured, so
# every application server sees the same files. Objects stay private in the
# bucket; pages link to /media/, whose checking view streams them or redirects
# to a presigned URL (cms/storage.py, cms/media_views.py).
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "cms.storage.PrivateS3Storage"}  # noqa: F405
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_LOCATION = os.environ.get("AWS_LOCATION", "media")
    AWS_DEFAULT_ACL = None
    AWS_S3_FILE_OVERWRITE = False
    MEDIA_DELIVERY = os.environ.get("MEDIA_DELIVERY", "redirect").strip().lower()
    AWS_QUERYSTRING_EXPIRE = int(os.environ.get("AWS_QUERYSTRING_EXPIRE", "300"))
    # Credentials: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, read by boto3.

# Where a reader's browser fetches uploaded media from, when that is not this
# site: with MEDIA_DELIVERY=redirect, /media/ answers a presigned URL of the
# bucket, and the CSP must let pages show images and play media from there.
CSP_MEDIA_ORIGINS = env_list("CSP_MEDIA_ORIGINS")
if AWS_STORAGE_BUCKET_NAME and not CSP_MEDIA_ORIGINS and MEDIA_DELIVERY == "redirect":
    if AWS_S3_ENDPOINT_URL:
        CSP_MEDIA_ORIGINS = [AWS_S3_ENDPOINT_URL.rstrip("/")]
    else:
        CSP_MEDIA_ORIGINS = [f"https://{AWS_STORAGE_BUCKET_NAME}.s3.amazonaws.com"]
        if AWS_S3_REGION_NAME:
            CSP_MEDIA_ORIGINS.append(
                f"https://{AWS_STORAGE_BUCKET_NAME}.s3.{AWS_S3_REGION_NAME}.amazonaws.com"
            )
for directive in ("img-src", "media-src"):
    CONTENT_SECURITY_POLICY["DIRECTIVES"][directive] += CSP_MEDIA_ORIGINS  # noqa: F405

# CDN purge on publish (wagtail.contrib.frontend_cache), only when a CDN is used.
FRONTEND_CACHE_BACKEND = os.environ.get("FRONTEND_CACHE_BACKEND", "").strip().lower()
if FRONTEND_CACHE_BACKEND == "cloudflare":
    WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudflareBackend",
            "BEARER_TOKEN": os.environ.get("CLOUDFLARE_BEARER_TOKEN", ""),
            "ZONEID": os.environ.get("CLOUDFLARE_ZONE_ID", ""),
        }
    }
elif FRONTEND_CACHE_BACKEND == "cloudfront":
    WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.CloudfrontBackend",
            "DISTRIBUTION_ID": os.environ.get("CLOUDFRONT_DISTRIBUTION_ID", ""),
        }
    }
elif FRONTEND_CACHE_BACKEND == "http":
    WAGTAILFRONTENDCACHE = {
        "cdn": {
            "BACKEND": "wagtail.contrib.frontend_cache.backends.HTTPBackend",
            "LOCATION": os.environ.get("FRONTEND_CACHE_LOCATION", ""),
        }
    }
if FRONTEND_CACHE_BACKEND:
    INSTALLED_APPS = [*INSTALLED_APPS, "wagtail.contrib.frontend_cache"]  # noqa: F405

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}
WHITENOISE_MAX_AGE = 60 * 60 * 24 * 365
MEDIA_ROOT = os.environ.get("MEDIA_ROOT", str(MEDIA_ROOT))  # noqa: F405

# Sign-in throttling counts per client address: behind N proxies that append to
# X-Forwarded-For (the TLS proxy in docs/deployment.md is one), the client is the
# N-th address from the right.
try:
    TRUSTED_PROXY_COUNT = int(os.environ.get("DJANGO_TRUSTED_PROXY_COUNT") or "1")
except ValueError as error:
    raise ImproperlyConfigured(
        "DJANGO_TRUSTED_PROXY_COUNT must be a whole number of proxies (0 for none)."
    ) from error
# Superusers and Communications give a second factor after their password.
TWO_FACTOR_REQUIRED = True
# Passkeys belong to the admin's own origin.
_admin_origin = urlsplit(WAGTAILADMIN_BASE_URL)
OTP_WEBAUTHN_RP_ID = _admin_origin.hostname or "localhost"
OTP_WEBAUTHN_ALLOWED_ORIGINS = [f"{_admin_origin.scheme}://{_admin_origin.netloc}"]

SECURE_SSL_REDIRECT = env_flag("DJANGO_SECURE_SSL_REDIRECT", True)
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_HSTS_SECONDS = int(os.environ.get("DJANGO_SECURE_HSTS_SECONDS", "31536000"))
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
# Session and CSRF cookies are Secure whatever the redirect says (TLS may end
# at a proxy). Only a local run over plain http turns that off, on its own
# variable, and only for local host names.
INSECURE_LOCAL_COOKIES = env_flag("DJANGO_INSECURE_LOCAL_COOKIES", False)
LOCAL_HOSTS = {"localhost", "127.0.0.1", "[::1]"}
if INSECURE_LOCAL_COOKIES and not set(ALLOWED_HOSTS) <= LOCAL_HOSTS:
    raise ImproperlyConfigured(
        "DJANGO_INSECURE_LOCAL_COOKIES is for a local run over plain http: "
        "DJANGO_ALLOWED_HOSTS may then name only localhost, 127.0.0.1 or [::1]."
    )
SESSION_COOKIE_SECURE = not INSECURE_LOCAL_COOKIES
CSRF_COOKIE_SECURE = not INSECURE_LOCAL_COOKIES

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "localhost")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_flag("EMAIL_USE_TLS", False)
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "newsroom@localhost")

# Machine translation in the segment editor, only when a DeepL key is provided.
DEEPL_API_KEY = os.environ.get("DEEPL_API_KEY", "").strip()
if DEEPL_API_KEY:
    WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
        "CLASS": "wagtail_localize.machine_translators.deepl.DeepLTranslator",
        "OPTIONS": {"AUTH_KEY": DEEPL_API_KEY},
    }

LOGGING["root"]["level"] = os.environ.get("DJANGO_LOG_LEVEL", "INFO")  # noqa: F405

"""Production: every value comes from the environment.

Refuses to start without DJANGO_SECRET_KEY.
"""

import os

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
WAGTAILADMIN_BASE_URL = os.environ.get(
    "WAGTAILADMIN_BASE_URL", f"https://{ALLOWED_HOSTS[0]}" if ALLOWED_HOSTS else ""
)

DATABASES["default"]["CONN_MAX_AGE"] = int(os.environ.get("DB_CONN_MAX_AGE", "60"))  # noqa: F405
DATABASES["default"]["CONN_HEALTH_CHECKS"] = True  # noqa: F405

BASE_CACHES = CACHES  # noqa: F405
REDIS_URL = os.environ.get("REDIS_URL")
if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "django_redis.cache.RedisCache",
            "LOCATION": REDIS_URL,
            # Pages still render when Redis is down: errors are logged, not raised.
            "OPTIONS": {
                "IGNORE_EXCEPTIONS": True,
                "SOCKET_CONNECT_TIMEOUT": 1,
                "SOCKET_TIMEOUT": 1,
            },
        }
    }
    CACHES["renditions"] = BASE_CACHES["renditions"]
    DJANGO_REDIS_LOG_IGNORED_EXCEPTIONS = True
    # Sessions in Redis, written through to the database so a Redis restart
    # logs nobody out.
    SESSION_ENGINE = "django.contrib.sessions.backends.cached_db"

# The largest document an editor may upload (cms/uploads.py).
WAGTAILDOCS_MAX_UPLOAD_SIZE = env_megabytes("DOCUMENT_MAX_UPLOAD_MB", 50)

# The anonymous page cache (cms/cache.py); off only to measure or debug.
PAGE_CACHE_ENABLED = env_flag("PAGE_CACHE_ENABLED", True)

# Uploaded media in S3-compatible object storage when a bucket is configured, so
# every application server sees the same files.
AWS_STORAGE_BUCKET_NAME = os.environ.get("AWS_STORAGE_BUCKET_NAME", "")
if AWS_STORAGE_BUCKET_NAME:
    STORAGES["default"] = {"BACKEND": "storages.backends.s3.S3Storage"}  # noqa: F405
    AWS_S3_ENDPOINT_URL = os.environ.get("AWS_S3_ENDPOINT_URL") or None
    AWS_S3_REGION_NAME = os.environ.get("AWS_S3_REGION_NAME") or None
    AWS_S3_CUSTOM_DOMAIN = os.environ.get("AWS_S3_CUSTOM_DOMAIN") or None
    AWS_LOCATION = os.environ.get("AWS_LOCATION", "media")
    AWS_DEFAULT_ACL = None
    AWS_QUERYSTRING_AUTH = env_flag("AWS_QUERYSTRING_AUTH", False)
    AWS_S3_FILE_OVERWRITE = False
    # Credentials: AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, read by boto3.

# Where pages load uploaded media from, when that is not this site: the CSP
# lets pages show images and play media from there.
CSP_MEDIA_ORIGINS = env_list("CSP_MEDIA_ORIGINS")
if AWS_STORAGE_BUCKET_NAME and not CSP_MEDIA_ORIGINS:
    if AWS_S3_CUSTOM_DOMAIN:
        CSP_MEDIA_ORIGINS = [f"https://{AWS_S3_CUSTOM_DOMAIN}"]
    elif AWS_S3_ENDPOINT_URL:
        CSP_MEDIA_ORIGINS = [AWS_S3_ENDPOINT_URL.rstrip("/")]
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

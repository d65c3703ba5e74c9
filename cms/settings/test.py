"""Test settings: fast and isolated."""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-secret-key"  # noqa: S105
DEBUG = False
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
CACHES = {"default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"}}
# The page cache would hide what a view renders; tests/cms/test_page_cache.py
# turns it on.
PAGE_CACHE_ENABLED = False
TASKS = {
    "default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"},
    "background": {"BACKEND": "django_tasks_db.DatabaseBackend"},
}
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
SECURE_SSL_REDIRECT = False
MEDIA_ROOT = BASE_DIR / ".test-media"  # noqa: F405
NEWSROOM_BASE_URL = "http://testserver"
WAGTAILADMIN_BASE_URL = NEWSROOM_BASE_URL
# Offline machine translation: tests never call a network service.
WAGTAILLOCALIZE_MACHINE_TRANSLATOR = {
    "CLASS": "wagtail_localize.machine_translators.dummy.DummyTranslator",
}

# Static files come from the finders; no collectstatic needed.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Two-step verification is optional unless a test turns the requirement on.
TWO_FACTOR_REQUIRED = False

# The webhook tests deliver to a receiver on 127.0.0.1; tests/webhooks turns
# the address rule back on to test it.
WEBHOOKS_REFUSE_PRIVATE_ADDRESSES = False

"""Production settings for the two-instance test: static files from the finders.

Everything else (database, Redis cache and sessions, page cache, secret, hosts)
is production's own, read from the environment the test sets.
"""

from cms.settings.production import *  # noqa: F403

STORAGES["staticfiles"] = {  # noqa: F405
    "BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage",
}
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True

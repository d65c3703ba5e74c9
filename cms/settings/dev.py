"""Local development: debug on, a throw-away secret, mail to the console."""

import os

from .base import *  # noqa: F403

DEBUG = True
SECRET_KEY = os.environ.get(
    "DJANGO_SECRET_KEY", "dev-only-insecure-key-never-use-in-production"
)
ALLOWED_HOSTS = ["127.0.0.1", "localhost", "[::1]"]
EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"
NEWSROOM_BASE_URL = os.environ.get(
    "NEWSROOM_BASE_URL", f"http://127.0.0.1:{os.environ.get('PORT', '8000')}"
)
WAGTAILADMIN_BASE_URL = NEWSROOM_BASE_URL

# Static files come from the finders; no collectstatic needed.
STATIC_ROOT = None
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

# Two-step verification is optional here: `make run`'s demo accounts sign in
# with their password alone.
TWO_FACTOR_REQUIRED = False
# Passkeys work at http://localhost:$PORT/admin/ (not at 127.0.0.1).
OTP_WEBAUTHN_ALLOWED_ORIGINS = [f"http://localhost:{os.environ.get('PORT', '8000')}"]

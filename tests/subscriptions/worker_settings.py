"""Settings of the `db_worker` processes the worker tests start.

The test settings, with Django's SMTP backend pointed at the test's SMTP
server and the batch size the test chose.
"""

import os

from cms.settings.test import *  # noqa: F403

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "127.0.0.1"
EMAIL_PORT = int(os.environ["TEST_SMTP_PORT"])
EMAIL_TIMEOUT = 10
SUBSCRIPTION_BATCH_SIZE = int(os.environ.get("TEST_BATCH_SIZE", "50"))

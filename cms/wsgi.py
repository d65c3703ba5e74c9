import os

from django.core.wsgi import get_wsgi_application

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.dev")

django_application = get_wsgi_application()

# Page-cache hits are answered here, before Django handles the request
# (cms/caching/front.py); everything else goes on to Django.
from cms.caching.front import PageCacheFront  # noqa: E402

application = PageCacheFront(django_application)

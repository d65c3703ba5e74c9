"""The site's public base URL: the one address every absolute URL starts with.

`NEWSROOM_BASE_URL` (settings, from the environment of the same name in
production) is the only source. Pages get their absolute URL from Wagtail's
Site record, so the default Site's hostname and port follow the setting on
every `migrate` (`follow_base_url`, connected in cms.registrations) and when
the demo builds its site. Everything else (feeds, calendars, the API's media,
structured data, the widget code, emails) joins a path to `base_url()`.

A Site stores a host and a port only: http on port 443 or https on any other
port cannot be written there, so `check_base_url` refuses such a base.
"""

from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks
from wagtail.models import Site

DEFAULT_PORTS = {"http": 80, "https": 443}


def base_url():
    """`NEWSROOM_BASE_URL` without its trailing slash, e.g. https://news.example.be."""
    return settings.NEWSROOM_BASE_URL.rstrip("/")


def absolute_url(path):
    """`path` on the public base URL; a URL with a scheme is left as it is."""
    if not path or "://" in path:
        return path
    if path.startswith("//"):
        return f"{urlsplit(base_url()).scheme}:{path}"
    return f"{base_url()}/{path.lstrip('/')}"


def site_address(url=None):
    """(hostname, port) of a Wagtail Site whose root URL is `url`.

    Raises ValueError for a base URL no Site can express.
    """
    parts = urlsplit(url if url is not None else base_url())
    if parts.scheme not in DEFAULT_PORTS or not parts.hostname:
        raise ValueError("NEWSROOM_BASE_URL must be an http:// or https:// address.")
    if parts.path.strip("/") or parts.query or parts.fragment:
        raise ValueError("NEWSROOM_BASE_URL must have no path, query or fragment.")
    port = parts.port or DEFAULT_PORTS[parts.scheme]
    if (parts.scheme == "https") != (port == 443):
        raise ValueError(
            "NEWSROOM_BASE_URL: https is served on port 443 and http on another port."
        )
    return parts.hostname, port


def follow_base_url(site):
    """Give `site` the base URL's hostname and port; True when it changed."""
    hostname, port = site_address()
    if (site.hostname, site.port) == (hostname, port):
        return False
    site.hostname, site.port = hostname, port
    return True


def update_default_site(sender, using="default", **kwargs):
    """After `migrate`: the default Site answers at the base URL (post_migrate)."""
    if sender.label != "cms":
        return
    site = Site.objects.using(using).filter(is_default_site=True).first()
    if site is not None and follow_base_url(site):
        site.save(update_fields=["hostname", "port"])


@checks.register(checks.Tags.compatibility)
def check_base_url(app_configs=None, **kwargs):
    try:
        site_address()
    except ValueError as error:
        return [checks.Error(str(error), id="cms.E010")]
    return []

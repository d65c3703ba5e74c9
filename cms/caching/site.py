"""The Site, home pages and locales of a request, from the per-process store.

Wagtail looks each of them up with a query on every request (and the locale on
every call of `Locale.get_active()`); they change only with the events that
replace the generation tokens, so they are kept until then (store.py).
"""

import copy

from django.utils.translation import get_language
from wagtail.models import Locale, Site

from cms.caching.store import until_change


def fresh(instance):
    """A copy of a kept model instance that a request may change freely."""
    return copy.copy(instance) if instance is not None else None


def site_for_request(request):
    """The Site for the request's host and port, as Wagtail finds it."""
    if not hasattr(request, "_wagtail_site"):
        host = request._get_raw_host()
        port = request.get_port()
        site = until_change(
            ("site", host, port), lambda: Site._find_for_request(request)
        )
        request._wagtail_site = fresh(site)
    return request._wagtail_site


def site_root_paths(request):
    """Wagtail's site root paths, which every page URL reads.

    Wagtail reads them from the shared cache once per request; here they are
    kept in the process (a Site change or a page move replaces the tokens) and
    handed to Wagtail on the request.
    """
    if not hasattr(request, "_wagtail_cached_site_root_paths"):
        request._wagtail_cached_site_root_paths = until_change(
            "site_root_paths", Site.get_site_root_paths
        )
    return request._wagtail_cached_site_root_paths


def home_for_request(request):
    """The site's root page in the active language (if live), specific."""
    site = site_for_request(request)
    if site is None or site.root_page_id is None:
        return None
    key = ("home", site.pk, get_language())
    return fresh(until_change(key, lambda: site.root_page.localized.specific))


def content_locales():
    """The locales of the site, by language code."""
    return until_change(
        "locales",
        lambda: {locale.language_code: locale for locale in Locale.objects.all()},
    )


def active_locale():
    """The Locale of the active language, or the default one."""
    locales = content_locales()
    return locales.get(get_language()) or Locale.get_default()

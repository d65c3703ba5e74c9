"""Header, language switcher and footer data for every public page."""

from django import template
from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Locale, Page, Site

register = template.Library()


def _languages():
    return dict(settings.LANGUAGES)


def _home_for(request, locale):
    site = Site.find_for_request(request) if request else None
    root = site.root_page if site else None
    if root is None:
        return None
    if root.locale_id == locale.pk:
        return root
    return root.get_translation_or_none(locale)


def translated_url(page, locale, request):
    """The URL of `page` in `locale`, or of its nearest live translated ancestor.

    Returns (url, exact) where `exact` is False for a fallback.
    """
    translation = page.get_translation_or_none(locale)
    if translation is not None and translation.live:
        return translation.get_url(request), True
    for ancestor in reversed(page.get_ancestors().filter(depth__gt=1)):
        fallback = ancestor.get_translation_or_none(locale)
        if fallback is not None and fallback.live:
            return fallback.get_url(request), False
    return f"/{locale.language_code}/", False


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    request = context.get("request")
    current = get_language()
    names = _languages()
    links = []
    for locale in Locale.objects.filter(language_code__in=names).order_by("pk"):
        code = locale.language_code
        if code == current:
            links.append({"code": code, "name": names[code], "current": True})
            continue
        if isinstance(page, Page) and page.pk:
            url, exact = translated_url(page, locale, request)
        else:
            home = _home_for(request, locale)
            url = home.get_url(request) if home and home.live else f"/{code}/"
            exact = True
        links.append({"code": code, "name": names[code], "url": url, "exact": exact})
    order = [code for code, _name in settings.LANGUAGES]
    links.sort(key=lambda link: order.index(link["code"]))
    return {"links": links, "request": request}


@register.simple_tag(takes_context=True)
def site_home(context):
    """The home page of the active language, for the header and breadcrumbs."""
    request = context.get("request")
    locale = Locale.get_active()
    return _home_for(request, locale)


@register.simple_tag(takes_context=True)
def main_menu(context, page=None):
    """The home page's menu children, each marked when the reader is inside it."""
    home = site_home(context)
    if home is None:
        return []
    path = page.path if isinstance(page, Page) else ""
    return [
        {
            "page": item,
            "active": path.startswith(item.path),
            "current": path == item.path,
        }
        for item in home.get_children().live().public().in_menu()
    ]


@register.inclusion_tag("includes/alternate_links.html", takes_context=True)
def alternate_links(context, page=None):
    """Canonical and hreflang links: each live translation of the page, x-default."""
    request = context.get("request")
    if not isinstance(page, Page) or not page.pk or request is None:
        return {"canonical": None, "alternates": []}
    versions = (
        page.get_translations(inclusive=True)
        .live()
        .public()
        .select_related("locale")
        .order_by("locale__language_code")
    )
    alternates = [
        (version.locale.language_code, version.get_full_url(request))
        for version in versions
    ]
    default = dict(alternates).get(settings.LANGUAGE_CODE)
    if default:
        alternates.append(("x-default", default))
    return {"canonical": page.get_full_url(request), "alternates": alternates}

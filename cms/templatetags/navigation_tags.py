"""Header, language switcher and footer data for every public page."""

from django import template
from django.conf import settings
from django.utils.translation import get_language
from wagtail.models import Page, Site

from cms.caching import active_locale, content_locales, until_change
from cms.filters import querystring_without
from cms.readers import for_readers
from cms.search import search_url
from cms.translations.languages import language_codes, language_names

register = template.Library()


def _home_for(request, locale):
    site = Site.find_for_request(request) if request else None
    if site is None or site.root_page_id is None:
        return None

    def compute():
        root = site.root_page
        if root.locale_id == locale.pk:
            return root
        return root.get_translation_or_none(locale)

    return until_change(("home_in", site.pk, locale.pk), compute)


def page_family(page):
    """The page's live ancestors, and the live versions of the page and of each
    ancestor by (translation key, locale id).

    One query per request, whatever the depth: the switcher, its fallbacks,
    the hreflang links and the header's home link all read from here.
    """

    def compute():
        steps = range(2, page.depth + 1)
        paths = [page.path[: Page.steplen * depth] for depth in steps]
        keys = Page.objects.filter(path__in=paths).values("translation_key")
        family = Page.objects.filter(translation_key__in=keys).select_related("locale")
        versions = list(for_readers(family))
        ancestors = sorted(
            (
                version
                for version in versions
                if version.locale_id == page.locale_id
                and version.path in paths
                and version.pk != page.pk
            ),
            key=lambda version: version.depth,
        )
        return ancestors, {(v.translation_key, v.locale_id): v for v in versions}

    return until_change(("page_family", page.pk), compute)


def live_versions(page):
    """The live, public versions of `page` in every locale, by locale id."""
    _ancestors, versions = page_family(page)
    return {
        locale_id: version
        for (key, locale_id), version in versions.items()
        if key == page.translation_key
    }


def translated_url(page, locale, request):
    """The URL of `page` in `locale`, or of its nearest live translated ancestor.

    Returns (url, exact) where `exact` is False for a fallback.
    """
    translation = live_versions(page).get(locale.pk)
    if translation is not None:
        return translation.get_url(request), True
    ancestors, versions = page_family(page)
    for ancestor in reversed(ancestors):
        fallback = versions.get((ancestor.translation_key, locale.pk))
        if fallback is not None:
            return fallback.get_url(request), False
    return f"/{locale.language_code}/", False


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context, page=None):
    request = context.get("request")
    if isinstance(page, Page) and page.pk:
        key = ("language_switcher", page.pk, get_language())
        links = until_change(
            key, lambda: switcher_links(request, page), readers_only=True
        )
    elif is_search(request):
        links = search_switcher_links()
    else:
        links = switcher_links(request, page)
    return {"links": keeping_query(links, request), "request": request}


def is_search(request):
    match = getattr(request, "resolver_match", None)
    return bool(match and (match.url_name or "").startswith("search_"))


def search_switcher_links():
    """On the search page: the search page of each other language."""
    current = get_language()
    names = language_names()
    return [
        {"code": code, "name": names[code], "current": True}
        if code == current
        else {"code": code, "name": name, "url": search_url(code), "exact": True}
        for code, name in names.items()
    ]


def keeping_query(links, request):
    """The links with the reader's filters and search query (not the page number).

    Only where the other language shows the same page: a fallback to the
    nearest section would not know the filters.
    """
    query = querystring_without(request) if request is not None else "?"
    if query == "?":
        return links
    return [
        {**link, "url": link["url"] + query} if link.get("exact") else link
        for link in links
    ]


def switcher_links(request, page):
    """The switcher's entry for each language: the page, or where to go instead."""
    current = get_language()
    names = language_names()
    links = []
    for locale in sorted(content_locales().values(), key=lambda locale: locale.pk):
        if locale.language_code not in names:
            continue
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
    order = language_codes()
    links.sort(key=lambda link: order.index(link["code"]))
    return links


@register.simple_tag(takes_context=True)
def site_home(context):
    """The home page of the active language, for the header and breadcrumbs."""
    request = context.get("request")
    locale = active_locale()
    page = context.get("page")
    if isinstance(page, Page) and page.pk and page.locale_id == locale.pk:
        if page.depth == 2:
            return page
        ancestors, _versions = page_family(page)
        if ancestors and ancestors[0].depth == 2:
            return ancestors[0]
    return _home_for(request, locale)


@register.simple_tag(takes_context=True)
def main_menu(context, page=None):
    """The home page's menu children, each marked when the reader is inside it."""
    home = site_home(context)
    if home is None:
        return []
    path = page.path if isinstance(page, Page) else ""
    items = until_change(
        ("main_menu", home.pk),
        lambda: list(for_readers(home.get_children()).in_menu()),
    )
    return [
        {
            "page": item,
            "active": path.startswith(item.path),
            "current": path == item.path,
        }
        for item in items
    ]


@register.inclusion_tag("includes/alternate_links.html", takes_context=True)
def alternate_links(context, page=None):
    """Canonical and hreflang links: each live translation of the page, x-default."""
    request = context.get("request")
    if not isinstance(page, Page) or not page.pk or request is None:
        return {"canonical": None, "alternates": []}
    return until_change(
        ("alternate_links", page.pk),
        lambda: head_links(request, page),
        readers_only=True,
    )


def head_links(request, page):
    """The canonical URL of `page` and its hreflang alternates."""
    versions = sorted(
        live_versions(page).values(), key=lambda version: version.locale.language_code
    )
    alternates = [
        (version.locale.language_code, version.get_full_url(request))
        for version in versions
    ]
    default = dict(alternates).get(settings.LANGUAGE_CODE)
    if default:
        alternates.append(("x-default", default))
    return {"canonical": page.get_full_url(request), "alternates": alternates}


@register.simple_tag
def breadcrumb_trail(page):
    """The live ancestors of `page` from its home page down, for the breadcrumbs."""
    if not isinstance(page, Page) or not page.pk:
        return []
    ancestors, _versions = page_family(page)
    return [ancestor for ancestor in ancestors if ancestor.depth >= 2]

"""/sitemap.xml with every live public page of the three language trees,
/sitemap-index.xml listing it beside the sitemaps the apps register (news:
a Google News sitemap per language), and /robots.txt pointing to them all.

Each URL lists its live public translations as hreflang alternates, itself
included, plus x-default (the English version), as search engines ask. Every
address starts with the public base URL (NEWSROOM_BASE_URL).
"""

from collections import defaultdict

from django.conf import settings
from django.http import HttpResponse
from django.template.response import TemplateResponse
from django.urls import reverse
from django.views.decorators.cache import cache_page
from wagtail.contrib.sitemaps import Sitemap
from wagtail.contrib.sitemaps.views import sitemap as wagtail_sitemap
from wagtail.models import Page

from cms.base_url import absolute_url
from cms.readers import for_readers

# What a translation's address needs, nothing more.
ALTERNATE_FIELDS = (
    "id",
    "path",
    "depth",
    "url_path",
    "translation_key",
    "locale__language_code",
    "content_type_id",
)
# Functions () -> [path], one per app with sitemaps of its own.
_app_sitemaps = []


def register_sitemaps(paths):
    """List the sitemaps at `paths()` in the sitemap index and robots.txt."""
    if paths not in _app_sitemaps:
        _app_sitemaps.append(paths)


def sitemap_urls(request):
    """The main sitemap's pages, then the apps' sitemaps, on the public base URL
    (cms/base_url.py). Counting the pages is one COUNT query."""
    first = reverse("sitemap")
    pages = TranslatedSitemap(request).paginator.num_pages
    paths = [first, *(f"{first}?p={number}" for number in range(2, pages + 1))]
    for app_paths in _app_sitemaps:
        paths += app_paths()
    return [absolute_url(path) for path in paths]


class TranslatedSitemap(Sitemap):
    # Search engines read at most 50,000 URLs from one sitemap; pages of 1,000
    # (?p=2, ... listed in the index) also keep a worker's memory flat however
    # many pages the newsroom holds.
    limit = 1000

    def language_roots(self):
        root = self.get_wagtail_site().root_page
        return [root, *root.get_translations()]

    def items(self):
        roots = self.language_roots()
        query = Page.objects.none()
        for root in roots:
            query |= Page.objects.descendant_of(root, inclusive=True)
        return (
            for_readers(query)
            .select_related("locale")
            .order_by("path")
            .only(*ALTERNATE_FIELDS, "last_published_at", "latest_revision_created_at")
        )

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        # The translations of this page's items, wherever they fall in the
        # sitemap's pages: one query.
        keys = {item.translation_key for item in items}
        translations = (
            for_readers(Page.objects.filter(translation_key__in=keys))
            .select_related("locale")
            .only(*ALTERNATE_FIELDS)
        )
        groups = defaultdict(list)
        for other in translations:
            groups[other.translation_key].append(other)
        urls = []
        for item in items:
            location = item.get_full_url(self.request)
            if not location:
                continue
            alternates = [
                {"lang_code": other.locale.language_code, "location": other_url}
                for other in sorted(
                    groups[item.translation_key], key=lambda p: p.locale.language_code
                )
                if (other_url := other.get_full_url(self.request))
            ]
            default = next(
                (a for a in alternates if a["lang_code"] == settings.LANGUAGE_CODE),
                None,
            )
            if len(alternates) > 1 and default:
                alternates.append(
                    {"lang_code": "x-default", "location": default["location"]}
                )
            elif len(alternates) <= 1:
                alternates = []
            # No "item": the template does not read it, and a Django template's
            # context waits in a reference cycle for the next full garbage
            # collection, so the 1,000 pages would outlive the request with it.
            urls.append(
                {
                    "location": location,
                    "lastmod": item.last_published_at
                    or item.latest_revision_created_at,
                    "alternates": alternates,
                }
            )
        return urls


def sitemap(request):
    response = wagtail_sitemap(request, sitemaps={"pages": TranslatedSitemap(request)})
    return rendered_and_emptied(response, "urlset")


def rendered_and_emptied(response, name):
    """`response` rendered, then its entries (the list `name` of its context)
    emptied. A Django template's context sits in a reference cycle, so the
    1,000 entries of a sitemap would outlive the request until Python's next
    full garbage collection, and a crawler reading sitemap after sitemap would
    pile them up in the worker; the response sends the rendered XML."""
    response.render()
    response.context_data[name].clear()
    return response


def sitemap_index(request):
    return TemplateResponse(
        request,
        "cms/sitemap_index.xml",
        {"locations": sitemap_urls(request)},
        content_type="application/xml; charset=utf-8",
    )


@cache_page(60 * 60)
def robots_txt(request):
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "",
        f"Sitemap: {absolute_url(reverse('sitemap_index'))}",
        *(f"Sitemap: {location}" for location in sitemap_urls(request)),
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain")

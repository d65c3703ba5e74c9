"""Google News sitemap of one language: releases published in the last two days.

Google News reads only recent articles from it (https://developers.google.com/
search/docs/crawling-indexing/sitemaps/news-sitemap): each has its publication
(name and language), publication date and title. Addresses come from the
site's configured root URL, as in the main sitemap (cms/sitemap.py), which
lists these sitemaps in its index and in robots.txt.
"""

from datetime import timedelta

from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.cache import patch_cache_control

from cms.seo import network_settings
from cms.sitemap import ALTERNATE_FIELDS, rendered_and_emptied
from cms.translations.languages import language_codes
from news.models import PressReleasePage

NEWS_NAMESPACE = "http://www.google.com/schemas/sitemap-news/0.9"
RECENT = timedelta(days=2)
# Google News reads at most 1,000 articles from one sitemap.
MOST_ARTICLES = 1000


# What an article of the sitemap shows, and what its address needs (the main
# sitemap's fields for an address).
ARTICLE_FIELDS = (*ALTERNATE_FIELDS, "title", "first_published_at")


def recent_releases(language, now=None):
    """Live public releases of `language` first published in the last two days."""
    since = (now or timezone.now()) - RECENT
    return (
        PressReleasePage.objects.for_readers()
        .filter(locale__language_code=language, first_published_at__gte=since)
        .select_related("locale")
        .only(*ARTICLE_FIELDS)
        .order_by("-first_published_at", "-pk")[:MOST_ARTICLES]
    )


def news_sitemap(request):
    language = translation.get_language()
    settings = network_settings(request)
    # Strings only: a template's context outlives the request until the next
    # full garbage collection, and up to 1,000 pages would wait with it.
    articles = [
        {
            "location": location,
            "title": page.title,
            "published": page.first_published_at,
        }
        for page in recent_releases(language)
        if (location := page.get_full_url(request))
    ]
    response = TemplateResponse(
        request,
        "news/news_sitemap.xml",
        {
            "articles": articles,
            "publication_name": settings.network_name if settings else "",
            "language": language,
            "namespace": NEWS_NAMESPACE,
        },
        content_type="application/xml; charset=utf-8",
    )
    # Two days go by without a publish: never kept in the shared page cache.
    patch_cache_control(response, private=True, max_age=300)
    return rendered_and_emptied(response, "articles")


def news_sitemap_paths():
    """The path of each language's news sitemap, for the index and robots.txt."""
    paths = []
    for code in language_codes():
        with translation.override(code):
            paths.append(reverse("news_sitemap"))
    return paths

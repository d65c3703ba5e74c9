"""A page's versions in the other languages, and how wagtail-localize made them."""

from django.http import Http404
from wagtail.models import Locale, Site
from wagtail_localize.models import Translation, TranslationSource

from cms.readers import for_readers
from cms.translations.languages import language_codes, language_names


def language_versions(page):
    """{language code: specific page} for every existing version of `page`."""
    versions = page.get_translations(inclusive=True).select_related("locale").specific()
    return {version.locale.language_code: version for version in versions}


def translation_records(page):
    """wagtail-localize's records of translating a source into `page`, if any."""
    return Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id
    )


def translation_record(page):
    """The enabled record that writes `page` from its segments, or None."""
    return translation_records(page).filter(enabled=True).first()


def made_by_wagtail_localize(page):
    """True for a language version that wagtail-localize writes from segments.

    Its About sections are translated in the segment editor (or a PO file) and
    must not be replaced by the partner's profile text on save.
    """
    return translation_records(page).exists()


def is_translation_source(page):
    """Whether `page` is the version its translations were made from.

    With wagtail-localize records: the locale of a TranslationSource that is not
    itself a translation target. Without (pages copied by hand or by the demo
    loader): the default language's version.
    """
    if made_by_wagtail_localize(page):
        return False
    sources = TranslationSource.objects.filter(object_id=page.translation_key)
    if sources.exists():
        return sources.filter(locale_id=page.locale_id).exists()
    return page.locale_id == Locale.get_default().pk


def versions_in_other_languages(request):
    """Live pages at the same path under another language prefix, for a 404.

    `/fr/news/some-release/` is not found, but `/en/news/some-release/` is: the
    reader gets a link to it, and to its French translation if one is live.
    Returns a list of (language code, language name, url).
    """
    path = request.path_info.strip("/").split("/")
    codes = language_codes()
    if not path or path[0] not in codes:
        return []
    requested, components = path[0], [part for part in path[1:] if part]
    site = Site.find_for_request(request)
    if site is None or site.root_page_id is None or not components:
        return []
    names = language_names()
    found = []
    homes = site.root_page.get_translations(inclusive=True).select_related("locale")
    for home in homes:
        code = home.locale.language_code
        if code == requested or code not in names:
            continue
        try:
            result = home.specific.route(request, components)
        except Http404:
            continue
        page = result.page if hasattr(result, "page") else result[0]
        found.append((code, names[code], page))
    links = []
    for code, name, page in found:
        links.append((code, name, page.get_url(request)))
        local = (
            for_readers(page.get_translations())
            .filter(locale__language_code=requested)
            .first()
        )
        if local is not None and all(link[0] != requested for link in links):
            links.insert(0, (requested, names[requested], local.get_url(request)))
    return links

"""Site-wide views: the language entry point and the error pages."""

from django.conf import settings
from django.http import Http404, HttpResponseRedirect, HttpResponseServerError
from django.shortcuts import render
from django.template import loader
from django.template.exceptions import TemplateDoesNotExist
from django.utils.cache import patch_vary_headers
from django.utils.translation import get_language_from_request

from cms.translations.languages import language_codes
from cms.translations.versions import versions_in_other_languages


def choose_language(request):
    """Send `/` to the reader's best language, English when nothing fits."""
    language = get_language_from_request(request) or settings.LANGUAGE_CODE
    if language not in language_codes():
        language = settings.LANGUAGE_CODE
    response = HttpResponseRedirect(f"/{language}/")
    patch_vary_headers(response, ("Accept-Language", "Cookie"))
    return response


def unknown_language(request):
    request.unknown_language_prefix = True
    raise Http404("Unknown language")


def page_not_found(request, exception=None):
    try:
        other_versions = versions_in_other_languages(request)
    except Exception:  # noqa: BLE001 - a 404 page must render whatever happens
        other_versions = []
    return render(request, "404.html", {"other_versions": other_versions}, status=404)


def server_error(request):
    """Render without the database: the error may be the database."""
    try:
        template = loader.get_template("500.html")
    except TemplateDoesNotExist:
        return HttpResponseServerError("Server error")
    return HttpResponseServerError(template.render())

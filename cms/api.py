"""The read-only API at /api/v2/: pages, images and documents.

Pages are Wagtail's own endpoint (live pages only, pages behind a view
restriction left out), plus `partner` and `topic` filters (slugs or ids) for
releases and events. Images and documents are the public ones only: those a
live public page uses, or in a public collection (cms/media_uses.py). Unknown
query parameters are a 400 with a message, and so are values no query can use
(cms/api_checks.py). `/api/v2/` lists the endpoints, and `find/?html_path=`
takes a page's address as readers see it, language prefix included
(`/fr/actualites/`).
"""

import re

from django.db.models import Q
from django.http import Http404, JsonResponse
from django.urls import reverse
from rest_framework.filters import BaseFilterBackend
from wagtail.api.v2.router import WagtailAPIRouter
from wagtail.api.v2.utils import BadRequestError
from wagtail.api.v2.views import PagesAPIViewSet
from wagtail.documents.api.v2.views import DocumentsAPIViewSet
from wagtail.images.api.v2.views import ImagesAPIViewSet
from wagtail.models import Site

from cms.api_checks import (
    CheckedFindMixin,
    CheckedPagination,
    check_site,
    checked_backends,
)
from cms.api_fields import ImageWithRightsSerializer
from cms.base_url import absolute_url
from cms.ids import parse_id
from cms.media_uses import DOCUMENT, IMAGE, public_media
from cms.readers import for_readers
from cms.translations.languages import language_codes

SLUG = re.compile(r"[-\w]+")


def _lookup(value, field):
    """?partner=12 or ?partner=ghent-university; digits are always an id."""
    if value.isascii() and value.isdigit():
        number = parse_id(value)
        if number is not None:
            return {f"{field}_id": number}
    elif SLUG.fullmatch(value):
        return {f"{field}__slug": value}
    raise BadRequestError(f"{field} must be a slug or an id")


# Page models with `partner_links` and `topic_links`, filled in by the apps in
# AppConfig.ready() (news.apps registers releases and events).
_linked_page_models = []


def register_linked_pages(model):
    """Let `?partner=` and `?topic=` find pages of `model` through its links."""
    if model not in _linked_page_models:
        _linked_page_models.append(model)


class PartnerTopicFilter(BaseFilterBackend):
    """Releases and events involving a partner, or on a topic."""

    def filter_queryset(self, request, queryset, view):
        for param, field in (("partner", "partner"), ("topic", "topic")):
            if param not in request.GET:
                continue
            lookup = _lookup(request.GET[param], field)
            links = {f"{param}_links__{key}": value for key, value in lookup.items()}
            matching = Q(pk__in=[])
            for model in _linked_page_models:
                matching |= Q(pk__in=model.objects.filter(**links).values("pk"))
            queryset = queryset.filter(matching)
        return queryset


class NoLanguageRedirectMixin:
    """A 404 of the API stays a 404: no redirect to a language-prefixed URL.

    NewsroomLocaleMiddleware leaves responses alone when this flag is set.
    """

    def dispatch(self, request, *args, **kwargs):
        request.unknown_language_prefix = True
        return super().dispatch(request, *args, **kwargs)


class PublicMediaMixin:
    """Only public media (cms/media_uses.py): a private one's detail is a 404."""

    def get_queryset(self):
        public = public_media().ids(self.media_kind)
        return super().get_queryset().filter(pk__in=sorted(public))


class CheckedQueryMixin(CheckedFindMixin):
    """Every endpoint checks its query before it queries (cms/api_checks.py)."""

    pagination_class = CheckedPagination


class NewsroomImagesAPIViewSet(
    CheckedQueryMixin, NoLanguageRedirectMixin, PublicMediaMixin, ImagesAPIViewSet
):
    media_kind = IMAGE
    filter_backends = checked_backends(ImagesAPIViewSet.filter_backends)
    # Credit and licence of each image (cms/image_rights.py), in one more query.
    base_serializer_class = ImageWithRightsSerializer
    body_fields = [*ImagesAPIViewSet.body_fields, "credit", "licence"]
    listing_default_fields = [
        *ImagesAPIViewSet.listing_default_fields,
        "credit",
        "licence",
    ]

    def get_queryset(self):
        return super().get_queryset().prefetch_related("rights")


class NewsroomDocumentsAPIViewSet(
    CheckedQueryMixin, NoLanguageRedirectMixin, PublicMediaMixin, DocumentsAPIViewSet
):
    media_kind = DOCUMENT
    filter_backends = checked_backends(DocumentsAPIViewSet.filter_backends)


class LocalizedPathMixin:
    """`find/?html_path=/nl/nieuws/`: the language prefix picks the tree walked.

    Wagtail walks the default site's root page, which knows no language
    prefix; a path without one is still left to Wagtail.
    """

    def find_object(self, queryset, request):
        parts = [part for part in request.GET.get("html_path", "").split("/") if part]
        site = Site.find_for_request(request)
        if parts and parts[0] in language_codes() and site is not None:
            root = (
                site.root_page.get_translations(inclusive=True)
                .filter(locale__language_code=parts[0])
                .first()
            )
            if root is None:
                return None
            try:
                page, _args, _kwargs = root.specific.route(request, parts[1:])
            except Http404:
                return None
            return page if queryset.filter(pk=page.pk).exists() else None
        return super().find_object(queryset, request)


class NewsroomPagesAPIViewSet(
    CheckedQueryMixin, LocalizedPathMixin, NoLanguageRedirectMixin, PagesAPIViewSet
):
    filter_backends = [
        PartnerTopicFilter,
        *checked_backends(PagesAPIViewSet.filter_backends),
    ]
    known_query_parameters = PagesAPIViewSet.known_query_parameters.union(
        ["partner", "topic"]
    )

    def get_base_queryset(self):
        check_site(self.request.GET)
        return for_readers(super().get_base_queryset())


api_router = WagtailAPIRouter("wagtailapi")
api_router.register_endpoint("pages", NewsroomPagesAPIViewSet)
api_router.register_endpoint("images", NewsroomImagesAPIViewSet)
api_router.register_endpoint("documents", NewsroomDocumentsAPIViewSet)


def api_index(request):
    """`/api/v2/`: where each endpoint is, instead of a 404."""
    return JsonResponse(
        {
            "endpoints": {
                name: absolute_url(reverse(f"wagtailapi:{name}:listing"))
                for name in ("pages", "images", "documents")
            },
            "find": absolute_url(reverse("wagtailapi:pages:find")) + "?html_path=/en/",
        }
    )

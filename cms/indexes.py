"""What the index pages share: one per language, under home, an introduction.

`FilteredIndexMixin` is the listing of the news index and the partner
directory: filters from the query string, one page of items, the count and the
items of that page kept until the next content change (cms/filters.py).
"""

from wagtail.admin.panels import FieldPanel
from wagtail.models import Page

from cms.filters import apply_filters, paginate


class OnePerLocaleMixin:
    """Index pages exist once per language tree, not once per site."""

    @classmethod
    def can_create_at(cls, parent):
        if not super().can_create_at(parent):
            return False
        return not cls.objects.filter(locale_id=parent.locale_id).exists()


class IndexPageMixin(OnePerLocaleMixin):
    """A section's index page: once per language, right under home."""

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]


class FilteredIndexMixin(IndexPageMixin):
    """A paginated listing narrowed by the filters of `listing_filters()`."""

    page_size = 12
    # Names the listing in the keys of what is kept between requests.
    listing_name = "items"

    def listing_items(self):
        """The live, public items of the listing, in their order."""
        raise NotImplementedError

    def listing_filters(self):
        """The page's ListingFilters, unbound."""
        return []

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = [f.bind(request) for f in self.listing_filters()]
        chosen = tuple((bound.param, bound.value) for bound in filters if bound.value)
        key = (self.listing_name, self.pk, chosen)
        listing = paginate(
            request,
            lambda: apply_filters(self.listing_items(), filters),
            self.page_size,
            kept_as=key,
        )
        context["filters"] = filters
        context["active_filters"] = [f for f in filters if f.value]
        context["listing"] = listing
        # The listing's HTML is kept (`{% kept listing_fragment ... %}`) under
        # the query string, when it holds nothing but filters and a page.
        known = {bound.param for bound in filters} | {"page"}
        if set(request.GET) <= known:
            context["listing_fragment"] = f"{self.listing_name}_listing"
            context["listing_query"] = tuple(sorted(request.GET.lists()))
        return context

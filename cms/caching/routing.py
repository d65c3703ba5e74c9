"""Route public pages from the site structure kept between requests."""

from functools import wraps

from django.http import Http404
from wagtail.views import serve

from cms.caching.memo import mark_public_request
from cms.caching.site import home_for_request, site_for_request, site_root_paths


class PublicPageMiddleware:
    """Find the Site, the home page and the page of a reader's request.

    Wagtail finds the Site, the home page of the active language and each
    path step with queries on every request; here the Site and the home page
    come from the per-process store (site.py), as do the site root paths every
    page URL needs, and the page itself is found in
    two queries (`HomePage.route`). Wagtail's serve view then uses the route
    found here. It also marks the request as a reader's (memo.py).
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        if request.path_info.startswith("/admin/"):
            return None
        site = site_for_request(request)
        site_root_paths(request)
        if view_func is not serve or hasattr(request, "_wagtail_route_for_request"):
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        mark_public_request(site)
        home = home_for_request(request)
        if home is None:
            return None
        components = [component for component in path.split("/") if component]
        try:
            request._wagtail_route_for_request = home.route(request, components)
        except Http404:
            request._wagtail_route_for_request = None
        return None


def reader_view(view):
    """Mark a public view that is not a page (the site search) as a reader's
    request, as the middleware marks Wagtail's serve view: the header, the
    footer and the other fragments kept for readers then come from the store.
    Such a view has no previews or review links to keep apart."""

    @wraps(view)
    def marked(request, *args, **kwargs):
        mark_public_request(site_for_request(request))
        return view(request, *args, **kwargs)

    return marked

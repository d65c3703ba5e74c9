from django.middleware.locale import LocaleMiddleware


class NewsroomLocaleMiddleware(LocaleMiddleware):
    """Django's LocaleMiddleware, minus the redirect of unknown language prefixes.

    Django would send /de/ to /en/de/; a URL in a language we do not publish is
    simply not found.
    """

    def process_response(self, request, response):
        if getattr(request, "unknown_language_prefix", False):
            return response
        return super().process_response(request, response)


class PublicPageMiddleware:
    """Route public pages from the site structure kept between requests.

    Wagtail finds the Site, the home page of the active language and each
    path step with queries on every request; here the Site and the home page
    come from `cms.structure`, and the page itself is found in two queries
    (`HomePage.route`). Wagtail's serve view then uses the route found here.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        return self.get_response(request)

    def process_view(self, request, view_func, view_args, view_kwargs):
        from django.http import Http404
        from wagtail.views import serve

        from cms import structure

        if request.path_info.startswith("/admin/"):
            return None
        structure.site_for_request(request)
        if view_func is not serve or hasattr(request, "_wagtail_route_for_request"):
            return None
        path = view_kwargs.get("path", view_args[0] if view_args else "")
        structure.mark_public_request()
        home = structure.home_for_request(request)
        if home is None:
            return None
        components = [component for component in path.split("/") if component]
        try:
            request._wagtail_route_for_request = home.route(request, components)
        except Http404:
            request._wagtail_route_for_request = None
        return None

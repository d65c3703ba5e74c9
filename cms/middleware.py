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

"""The partner news widget: a small page a partner frames on its own site.

/<language>/widget/partner/<id>/ lists the latest live releases involving the
partner in that language (the id of the partner's page in any language). It is
the only view that may be framed by other sites; it loads no script.
"""

from django.conf import settings
from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.urls import reverse
from django.utils.html import escape
from django.utils.translation import get_language, override
from django.utils.translation import gettext_lazy as _
from django.views.decorators.clickjacking import xframe_options_exempt
from wagtail.admin.panels import Panel
from wagtail.models import Locale

WIDGET_SIZE = 5


def widget_path(partner, language_code):
    with override(language_code):
        return reverse("partner_widget", kwargs={"pk": partner.pk})


@xframe_options_exempt
def partner_widget(request, pk):
    from news.models import prefetch_release_cards
    from partners.models import PartnerPage

    source = get_object_or_404(PartnerPage, pk=pk)
    locale = get_object_or_404(Locale, language_code=get_language())
    partner = (
        PartnerPage.objects.for_readers()
        .filter(translation_key=source.translation_key, locale=locale)
        .first()
    )
    if partner is None:
        raise Http404("This partner has no profile in this language")
    releases = prefetch_release_cards(partner.releases()[:WIDGET_SIZE])
    response = render(
        request,
        "widget/partner_news.html",
        {
            "partner": partner,
            "releases": releases,
            "language_code": locale.language_code,
        },
    )
    response["Content-Security-Policy"] = (
        "default-src 'none'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
        "frame-ancestors *; base-uri 'none'; form-action 'none'"
    )
    return response


class WidgetSnippetPanel(Panel):
    """The iframe code, in each language, on the partner's page in the admin."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "widget/admin_snippet_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            partner = self.instance
            snippets = []
            if partner is not None and partner.pk:
                base = settings.WAGTAILADMIN_BASE_URL.rstrip("/")
                for code, name in settings.LANGUAGES:
                    url = escape(base + widget_path(partner, code))
                    title = escape(partner.title)
                    snippets.append(
                        {
                            "code": code,
                            "name": name,
                            "html": (
                                f'<iframe src="{url}" title="{title}" '
                                'width="100%" height="420" loading="lazy" '
                                'style="border:0"></iframe>'
                            ),
                        }
                    )
            context["snippets"] = snippets
            return context

    def __init__(self, **kwargs):
        kwargs.setdefault("heading", _("News widget for the partner's website"))
        super().__init__(**kwargs)

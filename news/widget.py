"""The partner news widget: a small page a partner frames on its own site.

/<language>/widget/partner/<id>/ lists the latest live releases involving the
partner in that language (the id of the partner's page in any language). It is
the only view that may be framed by other sites; it loads no script. The code
to embed it is shown to the partner's editors (partners/widget.py).
"""

from django.http import Http404
from django.shortcuts import get_object_or_404, render
from django.utils.translation import get_language
from django.views.decorators.clickjacking import xframe_options_exempt
from wagtail.models import Locale

from news.models import prefetch_release_cards
from partners.models import PartnerPage

WIDGET_SIZE = 5


@xframe_options_exempt
def partner_widget(request, pk):
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

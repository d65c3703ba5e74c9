"""Where a partner's editors find the code of their news widget (news/widget.py)."""

from django.urls import reverse
from django.utils.html import escape
from django.utils.translation import gettext_lazy as _
from django.utils.translation import override
from wagtail.admin.panels import Panel

from cms.base_url import absolute_url
from cms.translations.languages import language_names


def widget_path(partner, language_code):
    with override(language_code):
        return reverse("partner_widget", kwargs={"pk": partner.pk})


class WidgetSnippetPanel(Panel):
    """The iframe code, in each language, on the partner's page in the admin."""

    class BoundPanel(Panel.BoundPanel):
        template_name = "widget/admin_snippet_panel.html"

        def get_context_data(self, parent_context=None):
            context = super().get_context_data(parent_context)
            partner = self.instance
            snippets = []
            if partner is not None and partner.pk:
                for code, name in language_names().items():
                    url = escape(absolute_url(widget_path(partner, code)))
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

"""Page choosers in the language of the page being edited.

Wagtail's page chooser opens at the nearest common ancestor of the pages it
may choose: with one tree per language that is the Root, which lists every
language. A `PageLanguageChooser` opens instead where those pages are in the
edited page's language (the partner directory of that language), and the
chooser's search keeps to that language. The widget learns the language from
the panel that shows it (`LanguageChoosersInlinePanel`) or, anywhere else (a
field panel, a block in a StreamField), from the `locale` Wagtail's chooser
script sends: the language of the page being edited.

Snippet choosers (topics, media contacts) need nothing of ours: Wagtail's
script sends that `locale`, and their chooser filters by it.
"""

from django.http import Http404
from django.urls import path, reverse
from django.utils.functional import cached_property
from wagtail import blocks
from wagtail.admin.panels import InlinePanel
from wagtail.admin.views.chooser import BrowseView, page_models_from_string
from wagtail.admin.widgets import AdminPageChooser
from wagtail.models import Locale, Page

# The chooser's search URL carries the language it was opened in.
LOCALE_PARAMETER = "locale"


def start_page_id(models, locale_id):
    """The nearest common ancestor of `models`' pages in one language, or None."""
    pages = Page.objects.type(*models).filter(locale_id=locale_id)
    if not pages.exists():
        return None
    ancestor = pages.first_common_ancestor()
    return None if ancestor.is_root() else ancestor.pk


class PageLanguageChooser(AdminPageChooser):
    """A page chooser that opens in `locale_id`'s part of the tree."""

    locale_id = None

    def get_chooser_modal_url(self):
        if self.locale_id is None:
            return reverse("newsroom_choose_page_in_language")
        start = start_page_id(self.target_models, self.locale_id)
        if start is None:
            return super().get_chooser_modal_url()
        # Wagtail's script appends "<parent id>/" once a page is chosen.
        return reverse("newsroom_choose_page_in", args=(start,))


def choose_page_in(request, parent_page_id, page_id=None):
    """Wagtail's page chooser, at the start page or, once chosen, the page's parent.

    `page_id` is the start page the widget gave, before the parent Wagtail's
    script appends: the chooser browses the parent.
    """
    return BrowseView.as_view()(request, parent_page_id=parent_page_id)


def choose_page_in_language(request, parent_page_id=None):
    """Wagtail's page chooser, opened where the pages are in `?locale=`.

    Wagtail's script sends the edited page's language and the page types;
    once a page is chosen it appends the parent to browse. Without a known
    language, Wagtail's own chooser at the Root.
    """
    if parent_page_id is None:
        locale = Locale.objects.filter(
            language_code=request.GET.get(LOCALE_PARAMETER, "")
        ).first()
        try:
            models = page_models_from_string(
                request.GET.get("page_type", "wagtailcore.page")
            )
        except (ValueError, LookupError) as error:
            raise Http404 from error
        if locale is not None:
            parent_page_id = start_page_id(models, locale.pk)
    return BrowseView.as_view()(request, parent_page_id=parent_page_id)


class LanguagePageChooserBlock(blocks.PageChooserBlock):
    """A page chooser block whose chooser opens in the edited page's language.

    Stored and migrated as Wagtail's `PageChooserBlock`: only the widget differs.
    """

    @cached_property
    def widget(self):
        return PageLanguageChooser(
            target_models=self.target_models, can_choose_root=self.can_choose_root
        )

    def deconstruct(self):
        _path, args, kwargs = super().deconstruct()
        return "wagtail.blocks.PageChooserBlock", args, kwargs


urlpatterns = [
    path(
        "choose-page-in-language/",
        choose_page_in_language,
        name="newsroom_choose_page_in_language",
    ),
    path(
        "choose-page-in-language/<int:parent_page_id>/",
        choose_page_in_language,
        name="newsroom_choose_page_in_language_child",
    ),
    path(
        "choose-page-in/<int:parent_page_id>/",
        choose_page_in,
        name="newsroom_choose_page_in",
    ),
    path(
        "choose-page-in/<int:page_id>/<int:parent_page_id>/",
        choose_page_in,
        name="newsroom_choose_page_in_child",
    ),
]


def in_chosen_language(pages, request):
    """The chooser's search lists pages of the language it was opened in."""
    match = request.resolver_match
    language = request.GET.get(LOCALE_PARAMETER)
    if match and match.url_name == "wagtailadmin_choose_page_search" and language:
        locale = Locale.objects.filter(language_code=language).first()
        return pages.filter(locale=locale) if locale else pages.none()
    return pages


class LanguageChoosersInlinePanel(InlinePanel):
    """An inline panel whose page choosers open in the edited page's language."""

    class BoundPanel(InlinePanel.BoundPanel):
        def __init__(self, **kwargs):
            super().__init__(**kwargs)
            locale_id = getattr(self.instance, "locale_id", None)
            # Without a form (comparing revisions) there is nothing to choose.
            forms = [child.form for child in getattr(self, "children", [])]
            if getattr(self, "empty_child", None) is not None:
                forms.append(self.empty_child.form)
            for form in forms:
                for field in form.fields.values():
                    if isinstance(field.widget, PageLanguageChooser):
                        field.widget.locale_id = locale_id

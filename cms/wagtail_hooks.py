from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

import cms.media_admin  # noqa: F401 -- registers the media privacy hooks
from cms import choosers, user_admin
from cms.models import Topic

# Publishing together and its bulk action, the unpublish and delete cascade, the
# translation status report: importing them registers their hooks.
from cms.translations import admin, cascade, reports, urls  # noqa: F401


class TopicViewSet(SnippetViewSet):
    model = Topic
    icon = "tag"
    menu_label = _("Topics")
    add_to_admin_menu = True
    menu_order = 310
    list_display = ["name", "slug", "locale"]
    search_fields = ["name", "slug"]


register_snippet(TopicViewSet)


# After Wagtail's own user bulk actions, which these replace.
for user_bulk_action in user_admin.BULK_ACTIONS:
    hooks.register("register_bulk_action", user_bulk_action, order=1)


# Before wagtail-localize's URLs, so the paths they share resolve to ours.
@hooks.register("register_admin_urls", order=-1)
def register_translation_urls():
    return urls.urlpatterns


# Page choosers open in the edited page's language, and search in it.
hooks.register("construct_page_chooser_queryset", choosers.in_chosen_language)


@hooks.register("register_admin_urls")
def register_chooser_urls():
    return choosers.urlpatterns

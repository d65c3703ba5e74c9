from django.utils.translation import gettext_lazy as _
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from news.models import MediaContact


class MediaContactViewSet(SnippetViewSet):
    model = MediaContact
    icon = "user"
    menu_label = _("Media contacts")
    add_to_admin_menu = True
    menu_order = 300
    list_display = ["name", "role", "organisation", "email", "locale"]
    search_fields = ["name", "organisation"]


register_snippet(MediaContactViewSet)

"""Admin side of media privacy: the public collections Communications keeps.

Imported by cms/wagtail_hooks.py. Only users holding the `cms` public
collection permissions (Communications, superusers) see the menu item or reach
the views; Wagtail's model permission policy checks every view.
"""

from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.viewsets.model import ModelViewSet

from cms.media_views import refuse_private_document
from cms.models import PublicCollection


class PublicCollectionViewSet(ModelViewSet):
    model = PublicCollection
    icon = "folder-open-inverse"
    menu_label = _("Public collections")
    add_to_settings_menu = True
    menu_order = 620
    form_fields = ["collection"]
    list_display = ["collection"]
    inspect_view_enabled = False


@hooks.register("register_admin_viewset")
def register_public_collections():
    return PublicCollectionViewSet("public_collections")


hooks.register("before_serve_document", refuse_private_document)

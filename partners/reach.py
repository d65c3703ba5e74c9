"""What lies within a user's reach in the admin: the pages, media and models they read.

Everything is said through Wagtail's permission policies: the pages a user may
edit (a partner editor: their profile in each language), those they may
explore on the way to them, the images and documents they may choose or
change (their partner's collection). Communications, which holds every
permission on the tree roots, reaches everything.
"""

from wagtail.documents import get_document_model
from wagtail.documents.permissions import permission_policy as document_policy
from wagtail.images import get_image_model
from wagtail.images.permissions import permission_policy as image_policy
from wagtail.models import Page
from wagtail.permission_policies import ModelPermissionPolicy
from wagtail.permissions import page_permission_policy

from cms.models import Topic
from partners.permissions import is_partner_editor

PAGE_ACTIONS = ("add", "change", "publish", "bulk_delete", "lock", "unlock")
MEDIA_ACTIONS = ("change", "choose")
MODEL_ACTIONS = ("add", "change", "delete", "view")

# Models every editor may choose: the shared taxonomy, which the public
# listings already show in full (a partner's focus areas are topics).
SHARED_VOCABULARY = (Topic,)


def confined(request):
    """True for a partner editor: the one role whose reading is confined."""
    user = request.user
    if not user.is_authenticated or user.is_superuser:
        return False
    if not hasattr(request, "_partner_confined"):
        request._partner_confined = is_partner_editor(user)
    return request._partner_confined


def editable_pages(user):
    return page_permission_policy.instances_user_has_any_permission_for(
        user, PAGE_ACTIONS
    )


def explorable_pages(user):
    """Editable pages and their ancestors, which lead to them."""
    return page_permission_policy.explorable_instances(user)


def reachable_images(user):
    return image_policy.instances_user_has_any_permission_for(user, MEDIA_ACTIONS)


def reachable_documents(user):
    return document_policy.instances_user_has_any_permission_for(user, MEDIA_ACTIONS)


def may_use_model(user, model):
    """Snippets and other models: a permission on the model, or shared vocabulary."""
    if issubclass(model, SHARED_VOCABULARY):
        return True
    return ModelPermissionPolicy(model).user_has_any_permission(user, MODEL_ACTIONS)


def contains(queryset, pk):
    """Whether `pk`, as a URL gives it (maybe not a number), is in `queryset`."""
    try:
        return queryset.filter(pk=int(pk)).exists()
    except (TypeError, ValueError, OverflowError):
        return False


def may_reach(user, instance):
    """Whether `user` may read `instance` (a page, image, document or snippet)."""
    if isinstance(instance, Page):
        return contains(editable_pages(user), instance.pk)
    if isinstance(instance, get_image_model()):
        return contains(reachable_images(user), instance.pk)
    if isinstance(instance, get_document_model()):
        return contains(reachable_documents(user), instance.pk)
    return may_use_model(user, type(instance))

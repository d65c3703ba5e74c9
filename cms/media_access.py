"""Who may download an image or document.

Public media (cms/media_uses.py) are for everyone. A private one is served
only to a review-link reader of a release that uses it (cms/media_grants.py)
and to editors who may choose or change it, or edit a page that uses it; it is
a 404 for everyone else, as a file that does not exist.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.documents import get_document_model
from wagtail.documents.permissions import permission_policy as document_policy
from wagtail.images import get_image_model
from wagtail.images.permissions import permission_policy as image_policy
from wagtail.models import Page, ReferenceIndex
from wagtail.permissions import page_permission_policy

from cms.caching import per_request
from cms.media_grants import granted
from cms.media_uses import IMAGE, public_media

PUBLIC = "public"
PRIVATE = "private"


def media_access(request, kind, pk):
    """PUBLIC, PRIVATE (for this reader only) or None (a 404 for this reader)."""

    def decide():
        if pk in public_media().ids(kind):
            return PUBLIC
        if granted(request, kind, pk) or editor_may_see(request.user, kind, pk):
            return PRIVATE
        return None

    return per_request(("media_access", kind, pk), decide)


def editor_may_see(user, kind, pk):
    """An editor who may choose or change the file, or edit a page that uses it."""
    if user is None or not user.is_authenticated or not user.is_active:
        return False
    if user.is_superuser:
        return True
    if not user.has_perm("wagtailadmin.access_admin"):
        return False
    model, policy = (
        (get_image_model(), image_policy)
        if kind == IMAGE
        else (get_document_model(), document_policy)
    )
    instance = model.objects.filter(pk=pk).first()
    if instance is None:
        return False
    if policy.user_has_any_permission_for_instance(
        user, ["choose", "change"], instance
    ):
        return True
    users = ReferenceIndex.objects.filter(
        base_content_type_id=ContentType.objects.get_for_model(Page).pk,
        to_content_type_id=ContentType.objects.get_for_model(model).pk,
        to_object_id=str(pk),
    ).values_list("object_id", flat=True)
    page_ids = [int(value) for value in users if value.isdigit()]
    editable = page_permission_policy.instances_user_has_any_permission_for(
        user, ["change", "publish"]
    )
    return editable.filter(pk__in=page_ids).exists()

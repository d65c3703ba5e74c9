"""A partner's logo and images belong in its own collection, where its editors
find them in the image chooser.

Only media left in the root collection move: anything Communications filed in
another collection stays. The demo loader files its partners' media this way,
and `setup_roles` (run by `load_demo` and on its own) does it again for every
partner, so an existing database is put in order by running it; running it
twice changes nothing.
"""

from django.contrib.contenttypes.models import ContentType
from wagtail.images import get_image_model
from wagtail.models import Page, ReferenceIndex

from partners.models import PartnerPage


def _logo_moves(page, collection):
    """The logo, unless another partner shows the same image."""
    logo = getattr(page, "logo", None)
    if logo is None or logo.collection_id == collection.pk:
        return False
    if not logo.collection.is_root():
        return False
    return not (
        PartnerPage.objects.filter(logo=logo)
        .exclude(translation_key=page.translation_key)
        .exists()
    )


def images_only_this_partner_uses(page):
    """Images in the root collection that only this partner's pages use.

    Wagtail's reference index knows every page, snippet and setting that uses
    an image; an image anything else uses stays where it is.
    """
    page_ids = {
        str(pk)
        for pk in PartnerPage.objects.filter(
            translation_key=page.translation_key
        ).values_list("pk", flat=True)
    }
    image_type = ContentType.objects.get_for_model(get_image_model())
    page_type = ContentType.objects.get_for_model(Page)
    references = ReferenceIndex.objects.filter(to_content_type=image_type)
    used_here = set(
        references.filter(
            base_content_type=page_type, object_id__in=page_ids
        ).values_list("to_object_id", flat=True)
    )
    if not used_here:
        return get_image_model().objects.none()
    used_elsewhere = set(
        references.filter(to_object_id__in=used_here)
        .exclude(base_content_type=page_type, object_id__in=page_ids)
        .values_list("to_object_id", flat=True)
    )
    return get_image_model().objects.filter(
        pk__in=[int(pk) for pk in used_here - used_elsewhere],
        collection__depth=1,
    )


def file_partner_media(page, collection):
    """Move the partner's logo and its own images from the root into `collection`.

    Returns the number of images moved.
    """
    if collection is None:
        return 0
    ids = set(images_only_this_partner_uses(page).values_list("pk", flat=True))
    if _logo_moves(page, collection):
        ids.add(page.logo_id)
    moved = 0
    for image in get_image_model().objects.filter(pk__in=ids):
        # Saved one by one, so the search index and Wagtail's signals see it.
        image.collection = collection
        image.save(update_fields=["collection"])
        moved += 1
    return moved

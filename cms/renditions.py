"""Renditions templates use, made when an image is uploaded or a page published.

A reader's request then finds every rendition in the database instead of
resizing an image while they wait.
"""

import logging

from django.db.models.signals import post_save
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.images.models import AbstractImage, Filter
from wagtail.signals import page_published

logger = logging.getLogger(__name__)


def picture(formats, sizes, operation):
    """The specs of `{% picture img format-{…} operation-{…} %}`, in its order."""
    return [f"format-{fmt}|{operation}-{size}" for fmt in formats for size in sizes]


WEB = ("webp", "jpeg")
# The 1200×630 JPEG machines get: og:image, JSON-LD, the API, feed enclosures.
SOCIAL = "fill-1200x630|format-jpeg"
CARD = ("fill-640x360|format-webp", "fill-640x360")
LOGO_STRIP = "max-240x96"
LOGO_PROFILE = "max-320x160|format-webp"
LOGO = (LOGO_STRIP, LOGO_PROFILE)
FEED = (SOCIAL,)

# What each page type's template asks for its own image fields, by model label:
# filled by the apps in AppConfig.ready() (`register_page_images`).
PAGE_IMAGE_RENDITIONS = {}


def register_page_images(model, **fields):
    """Name the renditions `model`'s templates show of each image field."""
    PAGE_IMAGE_RENDITIONS[model._meta.label_lower] = {
        field: tuple(specs) for field, specs in fields.items()
    }


def page_image_specs(page, field):
    """The renditions the template of `page` shows of its image `field`."""
    return PAGE_IMAGE_RENDITIONS.get(page._meta.label_lower, {}).get(field, ())


# Images inside StreamFields, by block name.
BLOCK_RENDITIONS = {
    "image": tuple(picture(WEB, ("640", "1024", "1400"), "width")),
    "photo": ("fill-160x160|format-webp",),
    "press_image": ("fill-480x320|format-webp",),
}
# On upload: the small renditions every listing uses.
UPLOAD_RENDITIONS = (*CARD, *LOGO)


def make_renditions(image, specs):
    """Make the missing renditions of `specs`, one at a time.

    Wagtail's get_renditions() makes several in three threads at once, each
    decoding the original: three times the memory a large image needs.
    """
    if image is None or not specs:
        return
    filters = [Filter(spec=spec) for spec in dict.fromkeys(specs)]
    try:
        existing = image.find_existing_renditions(*filters)
    except Exception:  # noqa: BLE001 -- a broken file must not stop a publish
        existing = {}
    for missing in (f for f in filters if f not in existing):
        try:
            image.get_renditions(missing.spec)
        except Exception:  # noqa: BLE001 -- a broken file must not stop a publish
            logger.warning("Could not render %s for image %s", missing.spec, image.pk)


def stream_images(value):
    """(block name, image) pairs of every image chosen in a StreamField value."""
    found = []

    def walk(name, item):
        if isinstance(item, AbstractImage):
            found.append((name, item))
        elif hasattr(item, "items") and callable(item.items):
            for child_name, child in item.items():
                walk(child_name, child)
        elif isinstance(item, list | tuple) or hasattr(item, "raw_data"):
            for child in item:
                walk(name, getattr(child, "value", child))

    for block in value or []:
        walk(block.block_type, block.value)
    return found


def renditions_for_page(page):
    """Create the renditions the published `page` shows."""
    page = page.specific
    label = page._meta.label_lower
    for field, specs in PAGE_IMAGE_RENDITIONS.get(label, {}).items():
        make_renditions(getattr(page, field, None), specs)
    for field in page._meta.get_fields():
        if isinstance(field, StreamField):
            for name, image in stream_images(getattr(page, field.name)):
                if field.name == "press_kit":
                    name = "press_image"
                specs = BLOCK_RENDITIONS.get(name, BLOCK_RENDITIONS["image"])
                make_renditions(image, specs)


def on_page_published(sender, instance, **kwargs):
    renditions_for_page(instance)


def on_image_saved(sender, instance, created, **kwargs):
    if created and instance.file:
        make_renditions(instance, UPLOAD_RENDITIONS)


def connect_signals():
    page_published.connect(on_page_published, dispatch_uid="renditions_published")
    post_save.connect(
        on_image_saved, sender=get_image_model(), dispatch_uid="renditions_upload"
    )

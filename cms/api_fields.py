"""Serializer fields for the read-only API (kept apart from cms.api so that
models can import them without loading the API views)."""

from rest_framework import serializers
from wagtail.images.api.v2.serializers import ImageSerializer

from cms.base_url import absolute_url
from cms.image_rights import image_credit, image_licence
from cms.readers import for_readers
from cms.renditions import SOCIAL


class RichHTMLField(serializers.Field):
    """A StreamField or rich text rendered to the HTML the page itself shows."""

    def to_representation(self, value):
        return str(value)


class PageListField(serializers.Field):
    """Pages (partners) as id, title and absolute URL."""

    def to_representation(self, pages):
        request = self.context.get("request")
        return [
            {"id": page.pk, "title": page.title, "url": page.get_full_url(request)}
            for page in pages
        ]


class TopicListField(serializers.Field):
    def to_representation(self, topics):
        return [{"slug": topic.slug, "name": topic.name} for topic in topics]


class TranslationsField(serializers.Field):
    """The page's live public versions in the other languages."""

    def to_representation(self, page):
        request = self.context.get("request")
        versions = for_readers(page.get_translations()).select_related("locale")
        return [
            {
                "id": version.pk,
                "locale": version.locale.language_code,
                "url": version.get_full_url(request),
            }
            for version in versions.order_by("locale__language_code")
        ]


class HeroRenditionField(serializers.Field):
    """Absolute URL, size and text alternative of a 1200×630 JPEG of the image."""

    def to_representation(self, image):
        if image is None:
            return None
        rendition = image.get_rendition(SOCIAL)
        return {
            "url": absolute_url(rendition.url),
            "width": rendition.width,
            "height": rendition.height,
            "alt": rendition.alt,
        }


class ImageRightsField(serializers.Field):
    """The image's credit, or its licence as key, name and URL (cms/image_rights.py)."""

    def __init__(self, part, **kwargs):
        self.part = part
        super().__init__(source="*", read_only=True, **kwargs)

    def to_representation(self, image):
        if self.part == "credit":
            return image_credit(image)
        licence = image_licence(image)
        if licence is None:
            return None
        return {"key": licence.key, "name": str(licence.name), "url": licence.url}


class ImageWithRightsSerializer(ImageSerializer):
    credit = ImageRightsField("credit")
    licence = ImageRightsField("licence")

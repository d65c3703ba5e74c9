"""Small presentation helpers for the newsroom templates."""

from django import template
from django.apps import apps
from django.db.models import prefetch_related_objects
from django.utils import timezone

from cms.caching import until_change

register = template.Library()


@register.filter
def alt_text(image, alt=""):
    """The editor's alternative text, else the image's own description, else ""."""
    if alt:
        return alt
    if image is None:
        return ""
    return getattr(image, "description", "") or ""


@register.filter
def file_size(obj):
    """Stored size in bytes of an image or document; measured once if missing."""
    if obj is None:
        return None
    if getattr(obj, "file_size", None) is not None:
        return obj.file_size
    try:
        return obj.get_file_size()
    except (OSError, ValueError):
        return None


@register.filter
def file_extension(document):
    """Upper-case file type of a document, e.g. PDF."""
    extension = getattr(document, "file_extension", "") or ""
    return extension.upper()


@register.simple_tag(takes_context=True)
def page_url(context, number):
    """The current query string with `page` set: filters survive pagination."""
    request = context.get("request")
    query = request.GET.copy() if request is not None else None
    if query is None:
        return f"?page={number}"
    query["page"] = number
    if str(number) == "1":
        query.pop("page")
    encoded = query.urlencode()
    return f"?{encoded}" if encoded else "?"


SECTION_MODELS = {
    "news": "news.NewsIndexPage",
    "events": "news.EventIndexPage",
    "partners": "partners.PartnerIndexPage",
}


@register.simple_tag
def section_index_pages(locale_id):
    """The live news, events and partner index pages of one locale, in one query.

    Returns a dict keyed news/events/partners; a missing section is left out.
    """
    from django.contrib.contenttypes.models import ContentType
    from wagtail.models import Page

    def compute():
        models = {key: apps.get_model(label) for key, label in SECTION_MODELS.items()}
        content_types = ContentType.objects.get_for_models(*models.values())
        keys = {content_types[model].pk: key for key, model in models.items()}
        sections = {}
        pages = Page.objects.live().filter(
            locale_id=locale_id, content_type_id__in=list(keys)
        )
        for section in pages.order_by("path"):
            sections.setdefault(keys[section.content_type_id], section)
        return sections

    return until_change(("section_index_pages", locale_id), compute)


@register.simple_tag(takes_context=True)
def release_cards(context, releases, **options):
    """Rendered cards for `releases` (news/cards.py): `{% for card in cards %}`."""
    from news.cards import release_cards as render

    return render(context.get("request"), releases, **options)


def _resolve(obj, path):
    for name in path.split("__"):
        obj = getattr(obj, name, None)
        if obj is None:
            return None
    return obj


@register.simple_tag
def prefetch_image_renditions(objects, field="logo"):
    """Fetch the renditions of each object's image in one query, before a loop.

    `field` may follow relations, e.g. "partner__logo" on release partner links.
    """
    items = [obj for obj in objects if _resolve(obj, field) is not None]
    if items:
        prefetch_related_objects(items, f"{field}__renditions")
    return ""


@register.simple_tag
def event_status(event):
    """One word for an event's badge: past, open, full, closed or ""."""
    now = timezone.now()
    if event.end and event.end < now:
        return "past"
    if event.registration_open:
        return "open"
    if event.registration_status == "full":
        return "full"
    if event.registration_url or event.registration_status == "closed":
        return "closed"
    return ""


@register.filter
def same_day(start, end):
    """True when an event starts and ends on the same local date."""
    if not start or not end:
        return False
    return timezone.localtime(start).date() == timezone.localtime(end).date()


SOCIAL_LABELS = {
    "linkedin": "LinkedIn",
    "bluesky": "Bluesky",
    "x": "X",
    "youtube": "YouTube",
    "instagram": "Instagram",
    "facebook": "Facebook",
    "mastodon": "Mastodon",
}


@register.filter
def social_label(platform):
    """A social network's own spelling of its name."""
    return SOCIAL_LABELS.get(platform, str(platform).capitalize())


@register.filter
def has_block_type(stream, block_type):
    """True when a StreamField value holds at least one block of `block_type`."""
    return any(block.block_type == block_type for block in stream or [])

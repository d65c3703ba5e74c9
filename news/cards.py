"""Release and event cards rendered once per publication, not once per request.

A card shows what changes only when something is published: the release's
title, date, image, partners and topics, the event's date, place and
organisers. Its HTML is kept until the next content change
(`cms.caching.until_change`: every publish, unpublish, move or delete makes it
stale; an event's past/upcoming badge is at most PAGE_CACHE_TIMEOUT old), so
a listing renders only the cards it has not rendered since the last change,
with the related objects of those cards fetched in one batch.
"""

from django.db.models import Prefetch, prefetch_related_objects
from django.template.loader import render_to_string
from django.utils.translation import get_language

from cms.caching import until_change
from news.models.events import EventPartner
from news.models.releases import release_card_prefetches


def event_card_prefetches():
    """The related objects an event card shows (components/event_card.html)."""
    return [
        Prefetch(
            "partner_links",
            queryset=EventPartner.objects.select_related("partner").order_by(
                "sort_order"
            ),
        )
    ]


def kept_cards(request, items, name, template, prefetches, **options):
    """The HTML of a card for each of `items`, in order (`name` in the template)."""
    items = [item for item in items if item is not None]
    site = getattr(request, "_wagtail_site", None)
    variant = tuple(sorted(options.items()))
    fetched = False

    def render(index):
        # The first card not kept fetches, in one batch, what it and every card
        # after it show; the cards before it were all kept.
        nonlocal fetched
        if not fetched:
            prefetch_related_objects(items[index:], *prefetches())
            fetched = True
        return render_to_string(
            template, {name: items[index], **options}, request=request
        )

    return [
        until_change(
            (f"{name}_card", item.pk, get_language(), site and site.pk, variant),
            lambda index=index: render(index),
        )
        for index, item in enumerate(items)
    ]


def release_cards(request, releases, **options):
    """The HTML of a card for each release, in order."""
    return kept_cards(
        request,
        releases,
        "release",
        "components/release_card.html",
        release_card_prefetches,
        **options,
    )


def event_cards(request, events, **options):
    """The HTML of a card for each event, in order."""
    return kept_cards(
        request,
        events,
        "event",
        "components/event_card.html",
        event_card_prefetches,
        **options,
    )

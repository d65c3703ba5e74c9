"""Release cards rendered once per publication, not once per request.

A card shows what changes only when something is published: the release's
title, date, image, partners and topics. Its HTML is kept until the next
content change (`cms.caching.until_change`: every publish, unpublish, move or
delete makes it stale), so a listing renders only the cards it has not
rendered since the last change, with the related objects of those cards
fetched in one batch.
"""

from django.db.models import prefetch_related_objects
from django.template.loader import render_to_string
from django.utils.translation import get_language

from cms.caching import until_change
from news.models.releases import release_card_prefetches

TEMPLATE = "components/release_card.html"


def release_cards(request, releases, **options):
    """The HTML of a card for each release, in order."""
    releases = [release for release in releases if release is not None]
    site = getattr(request, "_wagtail_site", None)
    variant = tuple(sorted(options.items()))
    fetched = False

    def render(index):
        # The first card not kept fetches, in one batch, what it and every card
        # after it show; the cards before it were all kept.
        nonlocal fetched
        if not fetched:
            prefetch_related_objects(releases[index:], *release_card_prefetches())
            fetched = True
        return render_to_string(
            TEMPLATE, {"release": releases[index], **options}, request=request
        )

    return [
        until_change(
            ("release_card", release.pk, get_language(), site and site.pk, variant),
            lambda index=index: render(index),
        )
        for index, release in enumerate(releases)
    ]

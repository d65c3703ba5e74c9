"""Release cards rendered once per publication, not once per request.

A card shows what changes only when something is published: the release's
title, date, image, partners and topics. Its HTML is kept in the process's
site-structure store (cms/structure.py), which every publish, unpublish, move
or delete empties, so a listing renders only the cards it has not rendered
since the last change, with the related objects of those cards fetched in one
batch.
"""

from django.db.models import prefetch_related_objects
from django.template.loader import render_to_string
from django.utils.translation import get_language

from cms.structure import keep, kept
from news.models.releases import release_card_prefetches

TEMPLATE = "components/release_card.html"


def release_cards(request, releases, **options):
    """The HTML of a card for each release, in order."""
    releases = [release for release in releases if release is not None]
    site = getattr(request, "_wagtail_site", None)
    variant = tuple(sorted(options.items()))

    def key(release):
        return ("release_card", release.pk, get_language(), site and site.pk, variant)

    cards = {release.pk: kept(key(release)) for release in releases}
    missing = [release for release in releases if cards[release.pk] is None]
    if missing:
        prefetch_related_objects(missing, *release_card_prefetches())
        for release in missing:
            html = render_to_string(
                TEMPLATE, {"release": release, **options}, request=request
            )
            keep(key(release), html)
            cards[release.pk] = html
    return [cards[release.pk] for release in releases]

"""Template helpers of news listings."""

from django import template

from news.cards import event_cards as render_event_cards
from news.cards import release_cards as render_release_cards

register = template.Library()


@register.simple_tag(takes_context=True)
def release_cards(context, releases, **options):
    """Rendered cards for `releases` (news/cards.py): `{% for card in cards %}`."""
    return render_release_cards(context.get("request"), releases, **options)


@register.simple_tag(takes_context=True)
def event_cards(context, events, **options):
    """Rendered cards for `events` (news/cards.py): `{% for card in cards %}`."""
    return render_event_cards(context.get("request"), events, **options)

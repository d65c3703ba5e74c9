"""`{% kept %}`: a template fragment rendered once per content change.

    {% load kept_tags %}
    {% kept "footer" %}...{% endkept %}
    {% kept "header" page %}...{% endkept %}
    {% kept listing_fragment page listing_query %}...{% endkept %}

The fragment is kept by `cms.caching.until_change` with `readers_only`: per
site and language, under the names and values given, and only while Wagtail
serves a page to a reader. Previews and review links render it afresh and
leave nothing behind; a publish makes it stale on every process's next
request. What varies inside the fragment must be named in the tag (the page
whose menu item is current, a card's options), and the fragment must not read
the request (no CSRF token, no user; the query string only when it is named).
Variables the fragment assigns are not set when it comes from the store. An
empty name renders the fragment without keeping it.
"""

from django import template
from django.db.models import Model
from django.utils.safestring import mark_safe
from django.utils.translation import get_language

from cms.caching import until_change

register = template.Library()


def key_part(value):
    """A hashable stand-in for a value the fragment varies with."""
    if isinstance(value, Model):
        return (value._meta.label, value.pk)
    try:
        hash(value)
    except TypeError:
        return repr(value)
    return value


class KeptNode(template.Node):
    def __init__(self, nodelist, name, vary_on):
        self.nodelist = nodelist
        self.name = name
        self.vary_on = vary_on

    def render(self, context):
        name = self.name.resolve(context)
        if not name:
            return self.nodelist.render(context)
        key = (
            "fragment",
            name,
            get_language(),
            *(key_part(value.resolve(context)) for value in self.vary_on),
        )
        html = until_change(
            key, lambda: str(self.nodelist.render(context)), readers_only=True
        )
        return mark_safe(html)  # noqa: S308 - rendered by the template engine


@register.tag("kept")
def kept(parser, token):
    """`{% kept "name" value ... %}...{% endkept %}` (see the module docstring)."""
    bits = token.split_contents()
    if len(bits) < 2:
        raise template.TemplateSyntaxError(f"{bits[0]} needs a fragment name")
    nodelist = parser.parse(("endkept",))
    parser.delete_first_token()
    return KeptNode(
        nodelist,
        parser.compile_filter(bits[1]),
        [parser.compile_filter(bit) for bit in bits[2:]],
    )

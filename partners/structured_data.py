"""What machines read about a partner: an Organization and its release feeds."""

from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import override

from cms.seo import ATOM, RSS, SeoMixin, feed_link, image_info, plain_text


class PartnerSeoMixin(SeoMixin):
    """A partner profile is a schema.org Organization with its own feeds."""

    def structured_data(self, request):
        logo = image_info(request, self.logo)
        same_as = [self.website] if self.website else []
        same_as += [
            block.value["url"] for block in self.social_links if block.value.get("url")
        ]
        data = {
            "@type": "Organization",
            "name": self.title,
            "url": self.website or self.get_full_url(request),
            "sameAs": same_as,
            # The whole boilerplate: a cut description misquotes the partner.
            "description": plain_text(self.search_description or self.boilerplate),
            "address": {
                "@type": "PostalAddress",
                "addressLocality": self.city,
                "addressCountry": "BE",
            },
        }
        contact_points = self.contact_points()
        if contact_points:
            data["contactPoint"] = contact_points
        if self.acronym:
            data["alternateName"] = self.acronym
        if logo:
            data["logo"] = logo["url"]
        return data

    def contact_points(self):
        """The profile's contacts that can be reached, as schema.org ContactPoints."""
        points = []
        for block in self.contacts:
            contact = block.value
            point = {
                "@type": "ContactPoint",
                "contactType": contact.get("role") or "customer service",
                "name": contact.get("name"),
            }
            if contact.get("email"):
                point["email"] = contact["email"]
            if contact.get("phone"):
                point["telephone"] = contact["phone"]
            if "email" in point or "telephone" in point:
                points.append(point)
        return points

    def feed_links(self, request):
        return super().feed_links(request) + self.own_feed_links(request)

    def own_feed_links(self, request):
        """RSS and Atom of the releases involving this partner."""
        if not self.live:
            return []
        title = _("Press releases involving %(partner)s") % {"partner": self.title}
        with override(self.locale.language_code):
            return [
                feed_link(
                    request, kind, reverse(name, kwargs={"slug": self.slug}), title
                )
                for kind, name in (
                    (RSS, "feed_partner_rss"),
                    (ATOM, "feed_partner_atom"),
                )
            ]

    def subscribe_feeds(self, request, filters=()):
        return self.own_feed_links(request)

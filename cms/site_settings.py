"""The site settings of the newsroom: who runs the network, shown on every page.

Its own module (the model belongs to the cms app) so that what every page
reads about the network (cms/seo.py) need not load the page types.
"""

import copy

from django.db import models
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.models import Site

from cms.caching import until_change


@register_setting(icon="site")
class NewsroomSettings(BaseSiteSetting):
    """Who runs the network: shown in the footer of every page."""

    network_name = models.CharField(
        _("network name"),
        max_length=120,
        default="Life Sciences Partner Network",
        help_text=_("The partner network's name, shown in the header and footer."),
    )
    press_email = models.EmailField(
        _("press email"),
        blank=True,
        help_text=_("Address journalists write to; shown in the footer."),
    )
    press_phone = models.CharField(
        _("press phone"),
        max_length=40,
        blank=True,
        help_text=_("Phone number of the press office, in international format."),
    )
    address = models.TextField(
        _("address"),
        blank=True,
        help_text=_("Postal address of the network's office, one line per row."),
    )
    address_fr = models.TextField(
        _("address in French"),
        blank=True,
        help_text=_("The same address as French readers write it; empty: the above."),
    )
    address_nl = models.TextField(
        _("address in Dutch"),
        blank=True,
        help_text=_("The same address as Dutch readers write it; empty: the above."),
    )
    linkedin_url = models.URLField(
        _("LinkedIn"), blank=True, help_text=_("The network's LinkedIn page.")
    )
    bluesky_url = models.URLField(
        _("Bluesky"), blank=True, help_text=_("The network's Bluesky profile.")
    )
    youtube_url = models.URLField(
        _("YouTube"), blank=True, help_text=_("The network's YouTube channel.")
    )
    default_media_contact = models.ForeignKey(
        "news.MediaContact",
        verbose_name=_("default media contact"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Shown on releases that name no media contact of their own."),
    )

    panels = [
        FieldPanel("network_name"),
        MultiFieldPanel(
            [
                FieldPanel("press_email"),
                FieldPanel("press_phone"),
                FieldPanel("address"),
                FieldPanel("address_fr"),
                FieldPanel("address_nl"),
            ],
            heading=_("Press office"),
        ),
        MultiFieldPanel(
            [
                FieldPanel("linkedin_url"),
                FieldPanel("bluesky_url"),
                FieldPanel("youtube_url"),
            ],
            heading=_("Social links"),
        ),
    ]

    class Meta:
        verbose_name = _("newsroom settings")

    @classmethod
    def for_request(cls, request):
        """The site's settings, kept between requests (cms.caching)."""
        attr = cls.get_cache_attr_name()
        site = Site.find_for_request(request)
        if not hasattr(request, attr) and site is not None:
            kept = until_change(("settings", site.pk), lambda: cls.for_site(site))
            instance = copy.copy(kept)
            instance._request = request
            setattr(request, attr, instance)
        return super().for_request(request)

    @property
    def localized_address(self):
        """The postal address in the reader's language, when written for it."""
        return getattr(self, f"address_{get_language()}", "") or self.address

    @property
    def social_links(self):
        links = [
            ("LinkedIn", self.linkedin_url),
            ("Bluesky", self.bluesky_url),
            ("YouTube", self.youtube_url),
        ]
        return [(label, url) for label, url in links if url]

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import Locale, Page


class HomePage(Page):
    """The front page of one language's content tree: one per locale."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=400,
        help_text=_(
            "One or two sentences under the site name, saying what the newsroom offers."
        ),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]

    parent_page_types = ["wagtailcore.Page"]
    template = "pages/home_page.html"

    class Meta:
        verbose_name = _("home page")

    @classmethod
    def can_create_at(cls, parent):
        """One home page per locale, directly under the tree root."""
        if not super().can_create_at(parent) or not parent.is_root():
            return False
        return cls.objects.count() < Locale.objects.count()

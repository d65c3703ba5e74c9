from django.contrib.contenttypes.models import ContentType
from django.db import models
from django.db.models import Prefetch
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel, InlinePanel, MultiFieldPanel
from wagtail.images import get_image_model
from wagtail.models import Locale, Orderable, Page

from cms.caching import until_change
from cms.caching.site import fresh
from cms.models import BasePage
from cms.renditions import LOGO_STRIP
from cms.seo import site_organization, website
from news.models import EventPage, PressReleasePage
from partners.models import PartnerPage


class HomePage(BasePage):
    """The front page of one language's content tree: one per locale."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=400,
        help_text=_(
            "One or two sentences under the site name, saying what the newsroom offers."
        ),
    )
    featured_release = models.ForeignKey(
        "news.PressReleasePage",
        verbose_name=_("pinned release"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Shown as the featured release. Empty: the latest release."),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        MultiFieldPanel(
            [
                FieldPanel("featured_release"),
                InlinePanel(
                    "hidden_partner_links",
                    label=_("Hidden partner"),
                    help_text=_("Partners left out of the logo strip."),
                ),
            ],
            heading=_("Editor overrides"),
        ),
    ]

    parent_page_types = ["wagtailcore.Page"]
    template = "pages/home_page.html"
    latest_count = 6
    events_count = 3

    class Meta:
        verbose_name = _("home page")

    @classmethod
    def can_create_at(cls, parent):
        """One home page per locale, directly under the tree root."""
        if not super().can_create_at(parent) or not parent.is_root():
            return False
        return cls.objects.count() < Locale.objects.count()

    def route(self, request, path_components):
        """Find a page of this tree by its URL path in one query, not two a level.

        Which page a URL path names is kept between requests (cms.caching)
        until the next publish, move or delete; so is the page itself, with its
        specific fields, while it is served to readers (each request gets its
        own copy). Anything else (unknown paths included) takes Wagtail's
        step-by-step walk.
        """
        if path_components:
            url_path = f"{self.url_path}{'/'.join(path_components)}/"
            found = until_change(
                ("route", self.pk, url_path),
                lambda: self.find_descendant(path_components, url_path),
            )
            if found is not None:
                page = fresh(
                    until_change(
                        ("route_page", *found),
                        lambda: self.specific_page(*found),
                        readers_only=True,
                    )
                )
                if page is not None and page.url_path == url_path:
                    return page.route(request, [])
        return super().route(request, path_components)

    @staticmethod
    def specific_page(page_id, content_type_id):
        """The page `page_id` of the given content type, with its specific fields."""
        model = ContentType.objects.get_for_id(content_type_id).model_class()
        return model.objects.filter(pk=page_id).first() if model else None

    def find_descendant(self, path_components, url_path):
        """(id, content type id) of the page at `url_path` in this tree, or None.

        The candidates share the last slug and the depth; the one whose URL path
        matches is the page Wagtail's walk would reach.
        """
        candidates = Page.objects.filter(
            slug=path_components[-1],
            depth=self.depth + len(path_components),
            path__startswith=self.path,
        ).values_list("pk", "content_type_id", "url_path")
        for page_id, content_type_id, candidate_path in candidates:
            if candidate_path == url_path:
                return page_id, content_type_id
        return None

    def structured_data(self, request):
        """The network behind the site, and the site with its search."""
        return {"@graph": [site_organization(request), website(request, self)]}

    def featured_and_latest(self, releases):
        """The release shown large (pinned, or the newest) and the ones after it."""
        pinned = self.featured_release_id
        featured = releases.filter(pk=pinned).first() if pinned else None
        latest = list(releases[: self.latest_count + 1])
        if featured is None and latest:
            featured = latest[0]
        return featured, [r for r in latest if r != featured][: self.latest_count]

    def partner_strip(self):
        """The live partners whose logos the home page shows."""
        logos = get_image_model().objects.prefetch_renditions(LOGO_STRIP)
        hidden = self.hidden_partner_links.values("partner_id")
        return list(
            PartnerPage.objects.for_readers()
            .filter(locale_id=self.locale_id)
            .exclude(pk__in=hidden)
            .select_related("locale")
            .prefetch_related(Prefetch("logo", queryset=logos))
            .order_by("title")
        )

    def events_from(self, now, count):
        """The first `count` events not ended at `now`, soonest first."""
        return list(
            EventPage.objects.for_readers()
            .filter(locale_id=self.locale_id, end__gte=now)
            .select_related("locale")
            .defer_streamfields()
            .order_by("start", "pk")[:count]
        )

    def upcoming_events(self, now):
        """The events the home page shows (rendered by {% event_cards %}).

        A window twice as long is kept until the next change; the events that
        ended since are dropped here, and only when too few remain is the
        window read again.
        """
        window = 2 * self.events_count
        kept = until_change(
            ("home_events", self.pk),
            lambda: self.events_from(now, window),
            readers_only=True,
        )
        events = [event for event in kept if event.end >= now]
        if len(events) < self.events_count and len(kept) == window:
            events = self.events_from(now, self.events_count)
        return events[: self.events_count]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        releases = (
            PressReleasePage.objects.for_readers()
            .filter(locale_id=self.locale_id)
            .order_by("-release_date", "-first_published_at", "-pk")
        )
        # Cards are rendered by {% release_cards %}, which fetches what they show.
        # Live pages only, so kept between requests until the next change.
        featured, latest = until_change(
            ("home_releases", self.pk),
            lambda: self.featured_and_latest(releases),
            readers_only=True,
        )
        context["featured_release"] = featured
        context["featured_releases"] = [featured] if featured else []
        context["latest_releases"] = latest
        context["upcoming_events"] = self.upcoming_events(timezone.now())
        context["partner_strip"] = until_change(
            ("home_partners", self.pk), self.partner_strip, readers_only=True
        )
        return context


class HomeHiddenPartner(Orderable):
    page = ParentalKey(
        HomePage, on_delete=models.CASCADE, related_name="hidden_partner_links"
    )
    partner = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("partner"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("This partner's logo is not shown on the home page."),
    )

    panels = [FieldPanel("partner")]

    class Meta(Orderable.Meta):
        verbose_name = _("hidden partner")
        verbose_name_plural = _("hidden partners")

from django.db import models
from django.db.models import Exists, OuterRef, Prefetch, prefetch_related_objects
from django.utils import timezone
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page
from wagtail.search import index

from cms.api_fields import (
    HeroRenditionField,
    PageListField,
    RichHTMLField,
    TopicListField,
    TranslationsField,
)
from cms.blocks import BodyBlock
from cms.caching import until_change
from cms.choosers import LanguageChoosersInlinePanel, PageLanguageChooser
from cms.filters import ListingFilter, years_with
from cms.image_rights import image_credit
from cms.indexes import FilteredIndexMixin
from cms.models import BasePage, NewsroomSettings, Topic
from cms.renditions import CARD, page_image_specs
from cms.translations.publishing import PublishTogetherMixin
from news.models.about import AboutSectionsMixin
from news.models.events import EventPage
from news.models.press_kit import PressKitMixin, press_kit_field
from news.models.release_links import ReleasePartner, ReleaseTopic
from news.structured_data import NewsIndexSeoMixin, ReleaseSeoMixin
from partners.models import PartnerPage


def release_card_prefetches():
    """The related objects a release card shows (components/release_card.html)."""
    images = get_image_model().objects.prefetch_renditions(*CARD)
    return [
        Prefetch("hero_image", queryset=images),
        Prefetch(
            "partner_links",
            queryset=ReleasePartner.objects.select_related("partner").order_by(
                "sort_order"
            ),
        ),
        Prefetch(
            "topic_links",
            queryset=ReleaseTopic.objects.select_related("topic").order_by(
                "sort_order"
            ),
        ),
    ]


def prefetch_release_cards(releases):
    """What a release card shows, fetched in a fixed number of queries."""
    return releases.select_related("locale").prefetch_related(
        *release_card_prefetches()
    )


class NewsIndexPage(NewsIndexSeoMixin, FilteredIndexMixin, BasePage):
    """All releases of one language, newest first, filterable."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences above the list of releases."),
    )

    subpage_types = ["news.PressReleasePage"]
    template = "pages/news_index_page.html"
    page_size = 12
    listing_name = "releases"

    class Meta:
        verbose_name = _("news index")

    def releases(self):
        return (
            PressReleasePage.objects.child_of(self)
            .for_readers()
            .order_by("-release_date", "-first_published_at", "-pk")
        )

    def listing_items(self):
        return self.releases().defer_streamfields()

    def listing_filters(self):
        return until_change(("news_filters", self.pk), self.build_filters)

    def build_filters(self):
        releases = self.releases()
        # One EXISTS per partner (a few), not a DISTINCT over every release link.
        has_release = Exists(releases.filter(partner_links__partner_id=OuterRef("pk")))
        partners = (
            PartnerPage.objects.for_readers()
            .filter(has_release, locale_id=self.locale_id)
            .order_by("title")
            .values_list("slug", "title")
        )
        topics = Topic.objects.filter(locale_id=self.locale_id).values_list(
            "slug", "name"
        )
        years = [(str(y), str(y)) for y in years_with(releases, "release_date")]
        return [
            ListingFilter(
                "partner", _("Partner"), list(partners), "partner_links__partner__slug"
            ),
            ListingFilter(
                "topic", _("Topic"), list(topics), "topic_links__topic__slug"
            ),
            ListingFilter("year", _("Year"), years, "release_date__year"),
        ]


class PressReleasePage(
    PressKitMixin, AboutSectionsMixin, PublishTogetherMixin, ReleaseSeoMixin, BasePage
):
    """A press release, often on behalf of several partners at once.

    Its languages go live together (`publish_together`, cms/translations/).
    """

    lead = models.TextField(
        _("lead"),
        max_length=300,
        help_text=_(
            "One or two sentences that sum up the news; also the meta description."
        ),
    )
    dateline_place = models.CharField(
        _("dateline place"),
        max_length=80,
        help_text=_("Where the news comes from, e.g. Ghent–Gosselies."),
    )
    release_date = models.DateField(
        _("release date"), help_text=_("The date printed in the dateline.")
    )
    author = models.CharField(
        _("author"), max_length=120, blank=True, help_text=_("Optional byline.")
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_(
            "Wide image at the top and on cards and social media; 1600×900 or more."
        ),
    )
    hero_alt = models.CharField(
        _("hero image text alternative"),
        max_length=250,
        blank=True,
        help_text=_("What the image shows. Empty: the image's own description."),
    )
    hero_credit = models.CharField(
        _("hero image credit"),
        max_length=120,
        blank=True,
        help_text=_("Photographer. Empty: the credit set on the image."),
    )
    body = StreamField(
        BodyBlock(), verbose_name=_("body"), help_text=_("The release text.")
    )
    press_kit = press_kit_field()

    event = models.ForeignKey(
        "news.EventPage",
        verbose_name=_("event"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="announcements",
        help_text=_(
            "The event this release announces or reports on: each page links to the "
            "other."
        ),
    )

    content_panels = [
        *Page.content_panels,
        FieldPanel("lead"),
        FieldRowPanel(
            [FieldPanel("dateline_place"), FieldPanel("release_date")],
            heading=_("Dateline"),
        ),
        FieldPanel("author"),
        MultiFieldPanel(
            [
                FieldPanel("hero_image"),
                FieldPanel("hero_alt"),
                FieldPanel("hero_credit"),
            ],
            heading=_("Hero image"),
        ),
        FieldPanel("body"),
    ]
    partner_panels = [
        LanguageChoosersInlinePanel(
            "partner_links", label=_("Partner"), heading=_("Involved partners")
        ),
        InlinePanel(
            "about_sections",
            label=_("About section"),
            heading=_("About the partners"),
            help_text=_(
                "Filled from each partner's boilerplate when the partner is added; "
                "edit freely, later profile edits do not change it."
            ),
        ),
        InlinePanel("topic_links", label=_("Topic"), heading=_("Topics")),
        FieldPanel("event", widget=PageLanguageChooser(target_models=[EventPage])),
    ]
    press_panels = [
        InlinePanel(
            "media_contact_links", label=_("Media contact"), heading=_("Media contacts")
        ),
        *PressKitMixin.press_kit_panels,
    ]
    settings_panels = [FieldPanel("publish_together"), *BasePage.settings_panels]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Release")),
            ObjectList(partner_panels, heading=_("Partners and topics")),
            ObjectList(press_panels, heading=_("Press")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("lead"),
        index.SearchField("body"),
        index.SearchField("dateline_place"),
        index.FilterField("release_date"),
    ]
    # What a partner's site needs to syndicate the release (/api/v2/pages/).
    api_fields = [
        APIField("release_date"),
        APIField("lead"),
        APIField("dateline_place"),
        APIField("author"),
        APIField("body_html", serializer=RichHTMLField(source="body")),
        APIField("partners", serializer=PageListField()),
        APIField("topics", serializer=TopicListField()),
        APIField("translations", serializer=TranslationsField(source="*")),
        APIField("hero_image", serializer=HeroRenditionField()),
        APIField("hero_alt"),
        APIField("hero_credit"),
    ]

    parent_page_types = ["news.NewsIndexPage"]
    subpage_types: list[str] = []
    template = "pages/press_release_page.html"

    class Meta:
        verbose_name = _("press release")
        verbose_name_plural = _("press releases")
        indexes = [
            # The newest releases of a language (home, feeds, news index) are
            # read backwards along this index, a few rows whatever the total.
            models.Index(fields=["release_date"], name="news_release_date_idx"),
        ]

    def get_meta_description(self):
        return self.search_description or self.lead

    def go_live_date(self):
        """The day the release goes live, in the site's time zone, or None."""
        if self.go_live_at is None:
            return None
        return timezone.localtime(self.go_live_at).date()

    def dateline_differs_from_go_live(self):
        """Whether the dateline's date is not the day the release goes live."""
        day = self.go_live_date()
        return (
            day is not None
            and self.release_date is not None
            and (day != self.release_date)
        )

    def get_listing_image(self):
        return self.hero_image

    def shown_hero_credit(self):
        """The credit under the hero: this page's own, else the image's."""
        if not self.hero_image_id:
            return ""
        return self.hero_credit or image_credit(self.hero_image)

    @cached_property
    def shown_event(self):
        """The live event readers see: in the release's language when it has one.

        Otherwise the event in its own language, which the page names beside
        the link, or None.
        """
        event = self.event
        if event is None:
            return None
        if event.locale_id != self.locale_id:
            event = event.get_translation_or_none(self.locale_id) or event
        return event if event.live else None

    @cached_property
    def partners(self):
        return [link.partner for link in self.partner_links.all() if link.partner_id]

    @cached_property
    def topics(self):
        return [link.topic for link in self.topic_links.all() if link.topic_id]

    # A translation whose event has no version in its language keeps the
    # source's event (`shown_event`); docs/editor-guide.md.
    localized_references = ("event",)
    localized_links = (
        ("partner_links", "partner"),
        ("topic_links", "topic"),
        ("media_contact_links", "contact"),
    )

    def get_context(self, request, *args, **kwargs):
        # What a reader sees changes only when something is published; previews
        # and review links read the draft afresh.
        related = until_change(
            ("release_related", self.pk),
            lambda: self.related_for(request),
            readers_only=True,
        )
        if related["hero_image"] is not None:
            self.hero_image = related["hero_image"]
        context = super().get_context(request, *args, **kwargs)
        context["media_contacts"] = related["media_contacts"]
        context["partner_links"] = related["partner_links"]
        context["topics"] = related["topics"]
        context["about_sections"] = related["about_sections"]
        # Fill the cached properties templates use, so `page.partners` does not
        # fetch each partner on its own.
        self.partners = [
            link.partner for link in related["partner_links"] if link.partner_id
        ]
        self.topics = related["topics"]
        return context

    def related_for(self, request):
        """The hero image, contacts, partners, topics and About sections shown."""
        self.prefetch_image("hero_image", *page_image_specs(self, "hero_image"))
        contacts = [
            link.contact
            for link in self.media_contact_links.select_related("contact")
            if link.contact_id
        ]
        if not contacts:
            default = NewsroomSettings.for_request(request).default_media_contact
            contacts = [default.localized] if default else []
        partner_links = list(
            self.partner_links.select_related("partner", "partner__logo")
        )
        with_logo = [
            link for link in partner_links if link.partner_id and link.partner.logo_id
        ]
        if with_logo:
            prefetch_related_objects(with_logo, "partner__logo__renditions")
        return {
            "hero_image": self.hero_image if self.hero_image_id else None,
            "media_contacts": contacts,
            "partner_links": partner_links,
            "topics": [
                link.topic
                for link in self.topic_links.select_related("topic")
                if link.topic_id
            ],
            "about_sections": list(self.about_sections.all()),
        }

from django.db import models
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail import blocks
from wagtail.admin.panels import (
    FieldPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.blocks import BodyBlock, KeyFigureBlock
from cms.caching import until_change
from cms.filters import ListingFilter
from cms.indexes import FilteredIndexMixin
from cms.models import BasePage, Topic
from cms.renditions import LOGO_PROFILE, SOCIAL
from cms.seo import cut_at_sentence, plain_text
from partners.structured_data import PartnerSeoMixin
from partners.widget import WidgetSnippetPanel


class OrganisationType(models.TextChoices):
    UNIVERSITY = "university", _("University")
    UNIVERSITY_HOSPITAL = "university_hospital", _("University hospital")
    RESEARCH_INSTITUTE = "research_institute", _("Research institute")
    COMPANY = "company", _("Company")
    TRAINING_CENTRE = "training_centre", _("Training centre")
    PUBLIC_BODY = "public_body", _("Public body")
    CLUSTER = "cluster", _("Cluster or association")


class Region(models.TextChoices):
    FLANDERS = "flanders", _("Flanders")
    WALLONIA = "wallonia", _("Wallonia")
    BRUSSELS = "brussels", _("Brussels")
    INTERNATIONAL = "international", _("International")


class ContactBlock(blocks.StructBlock):
    name = blocks.CharBlock(label=_("Name"), max_length=120)
    role = blocks.CharBlock(label=_("Role"), required=False, max_length=120)
    email = blocks.EmailBlock(label=_("Email"), required=False)
    phone = blocks.CharBlock(label=_("Phone"), required=False, max_length=40)

    class Meta:
        icon = "user"
        template = "blocks/contact_block.html"
        label = _("Contact")
        description = _("A person or desk readers can reach.")
        preview_value = {"name": "Press office", "role": "Media relations"}


class SocialLinkBlock(blocks.StructBlock):
    platform = blocks.ChoiceBlock(
        label=_("Platform"),
        choices=[
            ("linkedin", "LinkedIn"),
            ("bluesky", "Bluesky"),
            ("x", "X"),
            ("youtube", "YouTube"),
            ("instagram", "Instagram"),
            ("facebook", "Facebook"),
            ("mastodon", "Mastodon"),
        ],
    )
    url = blocks.URLBlock(label=_("Web address"))

    class Meta:
        icon = "site"
        label = _("Social link")
        description = _("A profile of the partner on a social network.")
        preview_value = {"platform": "linkedin", "url": "https://www.linkedin.com/"}


class PartnerIndexPage(FilteredIndexMixin, BasePage):
    """The partner directory of one language: alphabetical, filterable."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences above the directory."),
    )

    subpage_types = ["partners.PartnerPage"]
    template = "pages/partner_index_page.html"
    page_size = 24
    listing_name = "partners"

    class Meta:
        verbose_name = _("partner directory")

    def partners(self):
        return (
            PartnerPage.objects.child_of(self)
            .for_readers()
            .select_related("logo")
            .order_by("title")
        )

    def listing_items(self):
        return self.partners()

    def listing_filters(self):
        topics = until_change(
            ("partner_filter_topics", self.locale_id),
            lambda: list(
                Topic.objects.filter(locale_id=self.locale_id).values_list(
                    "slug", "name"
                )
            ),
        )
        return [
            ListingFilter(
                "type",
                _("Type"),
                [(value, label) for value, label in OrganisationType.choices],
                field="organisation_type",
            ),
            ListingFilter(
                "region",
                _("Region"),
                [(value, label) for value, label in Region.choices],
                field="region",
            ),
            ListingFilter(
                "focus",
                _("Focus area"),
                topics,
                field="focus_links__topic__slug",
            ),
        ]


class PartnerPage(PartnerSeoMixin, BasePage):
    """A partner organisation's profile, edited by its own editors."""

    acronym = models.CharField(
        _("acronym"),
        max_length=30,
        blank=True,
        help_text=_("Short name, e.g. UGent or VIB."),
    )
    organisation_type = models.CharField(
        _("type"),
        max_length=32,
        choices=OrganisationType.choices,
        help_text=_("What kind of organisation this is; used by the directory filter."),
    )
    region = models.CharField(
        _("region"),
        max_length=32,
        choices=Region.choices,
        help_text=_("Where the organisation is based; used by the directory filter."),
    )
    city = models.CharField(
        _("city"), max_length=80, blank=True, help_text=_("Main seat.")
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_(
            "The organisation's logo, ideally on a transparent or white background."
        ),
    )
    website = models.URLField(
        _("website"), blank=True, help_text=_("The organisation's site.")
    )
    boilerplate = RichTextField(
        _("boilerplate"),
        features=["bold", "italic", "link"],
        blank=True,
        help_text=_(
            "The short 'About' text copied into press releases that involve this "
            "partner. Editing it later does not change releases already written."
        ),
    )
    about_heading = models.CharField(
        _("About heading"),
        max_length=160,
        blank=True,
        help_text=_(
            "The heading of this partner's About section in press releases, written "
            "for this language, e.g. “About the EU Biotech Campus”. Empty: "
            "“About” and the partner's name."
        ),
    )
    description = StreamField(
        BodyBlock(),
        verbose_name=_("description"),
        blank=True,
        help_text=_(
            "The profile itself: who you are, what you do, with images and figures."
        ),
    )
    key_facts = StreamField(
        [("fact", KeyFigureBlock())],
        verbose_name=_("key facts"),
        blank=True,
        help_text=_(
            "Label and value pairs such as '5,500 m²' or 'about 10,000 employees'."
        ),
    )
    contacts = StreamField(
        [("contact", ContactBlock())],
        verbose_name=_("contacts"),
        blank=True,
        help_text=_("People or desks readers may contact."),
    )
    social_links = StreamField(
        [("link", SocialLinkBlock())],
        verbose_name=_("social links"),
        blank=True,
        help_text=_("The organisation's profiles on social networks."),
    )

    content_panels = [
        *Page.content_panels,
        MultiFieldPanel(
            [
                FieldPanel("acronym"),
                FieldPanel("organisation_type"),
                FieldPanel("region"),
                FieldPanel("city"),
                FieldPanel("website"),
                FieldPanel("logo"),
            ],
            heading=_("Organisation"),
        ),
        FieldPanel("boilerplate"),
        FieldPanel("about_heading"),
        FieldPanel("description"),
        FieldPanel("key_facts"),
        InlinePanel("focus_links", label=_("Focus areas"), heading=_("Focus areas")),
    ]
    contact_panels = [FieldPanel("contacts"), FieldPanel("social_links")]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Profile")),
            ObjectList(contact_panels, heading=_("Contacts")),
            ObjectList([WidgetSnippetPanel()], heading=_("News widget")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("acronym"),
        # The page chooser finds a partner by its acronym as well as its name.
        index.AutocompleteField("acronym"),
        index.SearchField("boilerplate"),
        index.SearchField("description"),
        index.FilterField("organisation_type"),
        index.FilterField("region"),
    ]

    parent_page_types = ["partners.PartnerIndexPage"]
    subpage_types: list[str] = []
    localized_links = (("focus_links", "topic"),)
    template = "pages/partner_page.html"
    listing_size = 6

    class Meta:
        verbose_name = _("partner")
        verbose_name_plural = _("partners")

    @property
    def display_name(self):
        return self.title

    def get_meta_description(self):
        return self.search_description or cut_at_sentence(plain_text(self.boilerplate))

    def get_listing_image(self):
        return self.logo

    @cached_property
    def focus_areas(self):
        links = self.focus_links.select_related("topic")
        return [link.topic for link in links if link.topic_id]

    def _linked_pages(self, relation):
        """Live, public pages linked to this partner through `relation`.

        The link models belong to news; partners reach the pages through the
        reverse relation, so this app never imports news.
        """
        link_model = self._meta.get_field(relation).related_model
        page_model = link_model._meta.get_field("page").related_model
        return page_model.objects.for_readers().filter(
            pk__in=getattr(self, relation).values("page_id")
        )

    def releases(self):
        return self._linked_pages("release_links").order_by("-release_date", "-pk")

    def events(self):
        return self._linked_pages("event_links").order_by("-start")

    def connections(self):
        """Partners this one appears with on live releases and events."""
        release_links = self._meta.get_field("release_links").related_model
        event_links = self._meta.get_field("event_links").related_model
        on_releases = release_links.objects.filter(
            page__in=self.releases().values("pk")
        ).values("partner_id")
        on_events = event_links.objects.filter(
            page__in=self.events().values("pk")
        ).values("partner_id")
        return (
            PartnerPage.objects.for_readers()
            .filter(models.Q(pk__in=on_releases) | models.Q(pk__in=on_events))
            .exclude(pk=self.pk)
            .select_related("logo")
            .order_by("title")
        )

    def logo_with_renditions(self):
        self.prefetch_image("logo", LOGO_PROFILE, SOCIAL)
        return self.logo

    def get_context(self, request, *args, **kwargs):
        if self.logo_id:
            self.logo = until_change(
                ("partner_logo", self.pk), self.logo_with_renditions, readers_only=True
            )
        context = super().get_context(request, *args, **kwargs)
        # Live pages only: kept between requests until the next change.
        context["releases"] = until_change(
            ("partner_releases", self.pk),
            lambda: list(self.releases()[: self.listing_size]),
            readers_only=True,
        )
        context["events"] = until_change(
            ("partner_events", self.pk),
            lambda: list(self.events().select_related("locale")[: self.listing_size]),
            readers_only=True,
        )
        context["connections"] = until_change(
            ("partner_connections", self.pk),
            lambda: list(self.connections()),
            readers_only=True,
        )
        return context


class PartnerFocusArea(Orderable):
    page = ParentalKey(
        PartnerPage, on_delete=models.CASCADE, related_name="focus_links"
    )
    topic = models.ForeignKey(
        "cms.Topic",
        verbose_name=_("topic"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("A field the partner works in."),
    )

    panels = [FieldPanel("topic")]

    class Meta(Orderable.Meta):
        verbose_name = _("focus area")
        verbose_name_plural = _("focus areas")


from partners.access import PartnerAccess  # noqa: E402, F401

from django.db import models
from django.db.models import Prefetch, prefetch_related_objects
from django.utils import translation
from django.utils.functional import cached_property
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import (
    FieldPanel,
    FieldRowPanel,
    InlinePanel,
    MultiFieldPanel,
    ObjectList,
    TabbedInterface,
)
from wagtail.api import APIField
from wagtail.fields import RichTextField, StreamField
from wagtail.images import get_image_model
from wagtail.models import Orderable, Page, TranslatableMixin
from wagtail.search import index
from wagtail_localize.fields import SynchronizedField

from cms.api_fields import (
    HeroRenditionField,
    PageListField,
    RichHTMLField,
    TopicListField,
    TranslationsField,
)
from cms.blocks import BodyBlock, PressKitBlock
from cms.caching import until_change
from cms.filters import ListingFilter, apply_filters, paginate
from cms.models import BasePage, OnePerLocaleMixin, Topic

CARD_RENDITIONS = ("fill-640x360|format-webp", "fill-640x360")


def release_card_prefetches():
    """The related objects a release card shows (components/release_card.html)."""
    images = get_image_model().objects.prefetch_renditions(*CARD_RENDITIONS)
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


class NewsIndexPage(OnePerLocaleMixin, BasePage):
    """All releases of one language, newest first, filterable."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences above the list of releases."),
    )

    content_panels = [*Page.content_panels, FieldPanel("introduction")]
    parent_page_types = ["home.HomePage"]
    subpage_types = ["news.PressReleasePage"]
    template = "pages/news_index_page.html"
    page_size = 12

    class Meta:
        verbose_name = _("news index")

    def releases(self):
        return (
            PressReleasePage.objects.child_of(self)
            .for_readers()
            .order_by("-release_date", "-first_published_at", "-pk")
        )

    def get_filters(self):
        return until_change(("news_filters", self.pk), self.build_filters)

    def build_filters(self):
        from partners.models import PartnerPage

        releases = self.releases()
        partners = (
            PartnerPage.objects.live()
            .filter(
                locale_id=self.locale_id, release_links__page__in=releases.values("pk")
            )
            .distinct()
            .order_by("title")
            .values_list("slug", "title")
        )
        topics = Topic.objects.filter(locale_id=self.locale_id).values_list(
            "slug", "name"
        )
        years = [
            (str(day.year), str(day.year))
            for day in releases.order_by().dates("release_date", "year", order="DESC")
        ]
        return [
            ListingFilter(
                "partner", _("Partner"), list(partners), "partner_links__partner__slug"
            ),
            ListingFilter(
                "topic", _("Topic"), list(topics), "topic_links__topic__slug"
            ),
            ListingFilter("year", _("Year"), years, "release_date__year"),
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        filters = [f.bind(request) for f in self.get_filters()]
        releases = apply_filters(self.releases(), filters).defer_streamfields()
        chosen = tuple((bound.param, bound.value) for bound in filters if bound.value)
        key = ("releases", self.pk, chosen)
        listing = paginate(request, releases, self.page_size, kept_as=key)
        context["filters"] = filters
        context["active_filters"] = [f for f in filters if f.value]
        context["listing"] = listing
        return context


class PressReleasePage(BasePage):
    """A press release, often on behalf of several partners at once."""

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
        _("hero image credit"), max_length=120, blank=True, help_text=_("Photographer.")
    )
    body = StreamField(
        BodyBlock(), verbose_name=_("body"), help_text=_("The release text.")
    )
    publish_together = models.BooleanField(
        _("publish in all languages together"),
        default=True,
        help_text=_(
            "On: publishing one language publishes all three at once, and is refused "
            "until all three exist. Turn off only to publish one language on its own."
        ),
    )
    press_kit = StreamField(
        PressKitBlock(),
        verbose_name=_("press kit"),
        blank=True,
        help_text=_("Images and documents journalists may download."),
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
        InlinePanel(
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
    ]
    press_panels = [
        InlinePanel(
            "media_contact_links", label=_("Media contact"), heading=_("Media contacts")
        ),
        FieldPanel("press_kit"),
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

    def publish(
        self,
        revision,
        user=None,
        changed=True,
        log_action=True,
        previous_revision=None,
        skip_permission_checks=False,
    ):
        """Every way of publishing a release keeps its languages together.

        Workflow approval, bulk publish, the segment editor, scheduled
        publishing and `Revision.publish()` all end here; see
        `cms.translation.publish_release`.
        """
        from cms.translation import publish_release

        return publish_release(
            self,
            revision,
            super().publish,
            user=user,
            changed=changed,
            log_action=log_action,
            previous_revision=previous_revision,
            skip_permission_checks=skip_permission_checks,
        )

    def get_meta_description(self):
        return self.search_description or self.lead

    def get_listing_image(self):
        return self.hero_image

    @cached_property
    def partners(self):
        return [link.partner for link in self.partner_links.all() if link.partner_id]

    @cached_property
    def topics(self):
        return [link.topic for link in self.topic_links.all() if link.topic_id]

    localized_links = (
        ("partner_links", "partner"),
        ("topic_links", "topic"),
        ("media_contact_links", "contact"),
    )

    def complete_related(self):
        self.localize_about_sections()
        self.add_missing_about_sections()

    def localize_about_sections(self):
        """Make About sections carried over from another language fit this one.

        Each section's partner becomes the partner's version in this locale, as
        `localize_links` does for the partner links. A copy made by hand (or by
        the demo loader) also gets heading and text from that version's profile,
        as when the partner was first added. A translation made with
        wagtail-localize keeps the heading and text its segments gave it.
        Sections whose partner has no version here are kept as they are.
        """
        if not self.locale_id:
            return
        sections = list(self.about_sections.all())
        changed = False
        from_segments = None
        for section in sections:
            if section.locale_id != self.locale_id:
                section.locale_id = self.locale_id
                changed = True
            partner = section.partner
            if partner is None or partner.locale_id == self.locale_id:
                continue
            translated = partner.get_translation_or_none(self.locale_id)
            if translated is None:
                continue
            translated = translated.specific
            section.partner = translated
            changed = True
            if from_segments is None:
                from_segments = made_by_wagtail_localize(self)
            if not from_segments:
                section.heading = about_heading(translated, self.locale)
                section.text = translated.boilerplate
        if changed:
            # Keep the edited objects: a page read from the database would
            # otherwise fetch its sections afresh on save.
            self.about_sections = sections

    def add_missing_about_sections(self):
        """Give each newly involved partner an About section, copied from its profile.

        The copy is the release's own: later edits of the profile leave it alone.
        """
        covered = {section.partner_id for section in self.about_sections.all()}
        locale = self.locale if self.locale_id else None
        for link in self.partner_links.all():
            partner = link.partner
            if partner is None or partner.pk in covered:
                continue
            self.about_sections.add(
                AboutSection(
                    locale=locale,
                    partner=partner,
                    heading=about_heading(partner, locale),
                    text=partner.boilerplate,
                )
            )
            covered.add(partner.pk)

    # In the order `{% picture … format-{webp,jpeg} fill-{…} %}` names them, or
    # the prefetch misses and the template queries the renditions again.
    hero_renditions = tuple(
        f"format-{fmt}|fill-{size}"
        for fmt in ("webp", "jpeg")
        for size in ("800x450", "1280x720", "1600x900")
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
        from cms.api_fields import HERO_RENDITION
        from cms.models import NewsroomSettings

        self.prefetch_image("hero_image", *self.hero_renditions, HERO_RENDITION)
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


class ReleasePartner(Orderable):
    page = ParentalKey(
        PressReleasePage, on_delete=models.CASCADE, related_name="partner_links"
    )
    partner = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("partner"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="release_links",
        help_text=_("A partner on whose behalf the release is published."),
    )

    panels = [FieldPanel("partner")]

    class Meta(Orderable.Meta):
        verbose_name = _("involved partner")
        verbose_name_plural = _("involved partners")


class ReleaseTopic(Orderable):
    page = ParentalKey(
        PressReleasePage, on_delete=models.CASCADE, related_name="topic_links"
    )
    topic = models.ForeignKey(
        "cms.Topic",
        verbose_name=_("topic"),
        on_delete=models.CASCADE,
        related_name="release_links",
        help_text=_("A subject of the release."),
    )

    panels = [FieldPanel("topic")]

    class Meta(Orderable.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")


class ReleaseMediaContact(Orderable):
    page = ParentalKey(
        PressReleasePage, on_delete=models.CASCADE, related_name="media_contact_links"
    )
    contact = models.ForeignKey(
        "news.MediaContact",
        verbose_name=_("media contact"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_("Who journalists should call about this release."),
    )

    panels = [FieldPanel("contact")]

    class Meta(Orderable.Meta):
        verbose_name = _("media contact")
        verbose_name_plural = _("media contacts")


class AboutSection(TranslatableMixin, Orderable):
    """A partner's About text as it stood when the release was written.

    Translatable, so wagtail-localize offers its heading and text as segments
    of the release; each language version of a release has its own sections,
    linked across languages by `translation_key`.
    """

    page = ParentalKey(
        PressReleasePage, on_delete=models.CASCADE, related_name="about_sections"
    )
    partner = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("partner"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("The partner this section is about."),
    )
    heading = models.CharField(
        _("heading"), max_length=160, help_text=_("E.g. About the EU Biotech Campus.")
    )
    text = RichTextField(
        _("text"), features=["bold", "italic", "link"], help_text=_("The About text.")
    )

    panels = [FieldPanel("partner"), FieldPanel("heading"), FieldPanel("text")]
    # Not a segment translators pick: a translation's section follows the
    # partner's version in its language, as `ReleasePartner` does (see
    # `PressReleasePage.localize_about_sections`).
    override_translatable_fields = [SynchronizedField("partner", overridable=False)]

    class Meta(TranslatableMixin.Meta, Orderable.Meta):
        verbose_name = _("about section")
        verbose_name_plural = _("about sections")


def about_heading(partner, locale):
    """The About heading in the release's language, whatever the active one."""
    language = locale.language_code if locale is not None else None
    with translation.override(language):
        return gettext("About %(partner)s") % {"partner": partner.title}


def made_by_wagtail_localize(page):
    """True for a language version that wagtail-localize writes from segments.

    Its About sections are translated in the segment editor (or a PO file) and
    must not be replaced by the partner's profile text on save.
    """
    from wagtail_localize.models import Translation

    return Translation.objects.filter(
        source__object_id=page.translation_key, target_locale_id=page.locale_id
    ).exists()

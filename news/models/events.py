from django.core.exceptions import ValidationError
from django.db import models
from django.utils import timezone
from django.utils.functional import cached_property
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
from wagtail.fields import StreamField
from wagtail.models import Orderable, Page
from wagtail.search import index

from cms.api_fields import (
    HeroRenditionField,
    PageListField,
    RichHTMLField,
    TranslationsField,
)
from cms.caching import until_change
from cms.choosers import PageLanguageChooser
from cms.indexes import IndexPageMixin
from cms.models import BasePage, NewsroomPageForm
from cms.readers import for_readers
from cms.translations.publishing import PublishRulesMixin
from news.blocks import ProgrammeBlock, SpeakerBlock
from news.choices import RegistrationStatus
from news.models.press_kit import PressKitMixin, press_kit_field
from news.structured_data import EventIndexSeoMixin, EventSeoMixin
from partners.models import PartnerPage


class EventIndexPage(EventIndexSeoMixin, IndexPageMixin, BasePage):
    """Events of one language: upcoming soonest first, then past ones."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences above the list of events."),
    )

    subpage_types = ["news.EventPage"]
    template = "pages/event_index_page.html"
    past_limit = 24

    class Meta:
        verbose_name = _("event index")

    def events(self):
        return (
            EventPage.objects.child_of(self)
            .for_readers()
            .select_related("locale", "hero_image")
        )

    def upcoming(self, now=None):
        now = now or timezone.now()
        return self.events().filter(end__gte=now).order_by("start", "pk")

    def past(self, now=None):
        now = now or timezone.now()
        return self.events().filter(end__lt=now).order_by("-start", "-pk")

    def listed_events(self, now):
        """The upcoming events and the latest past ones at `now`."""
        return (
            list(self.upcoming(now).defer_streamfields()),
            list(self.past(now).defer_streamfields()[: self.past_limit]),
        )

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        now = timezone.now()
        # Live pages only: kept between requests until the next change. Events
        # that ended since the lists were kept move to the past here.
        upcoming, past = until_change(
            ("event_index_events", self.pk),
            lambda: self.listed_events(now),
            readers_only=True,
        )
        ended = [event for event in upcoming if event.end < now]
        # Cards are rendered by {% event_cards %}, which fetches what they show.
        context["upcoming_events"] = [e for e in upcoming if e.end >= now]
        context["past_events"] = sorted(
            ended + past, key=lambda event: (event.start, event.pk), reverse=True
        )[: self.past_limit]
        return context


class EventPageForm(NewsroomPageForm):
    """Publishing an event, or submitting it for review, needs a place.

    A venue or an online link: search engines drop an Event without a
    location, and readers cannot go. A draft may still leave both empty.
    """

    PUBLISHING_ACTIONS = ("action-publish", "action-submit")

    def clean(self):
        cleaned = super().clean()
        publishing = any(action in self.data for action in self.PUBLISHING_ACTIONS)
        if publishing and not any(cleaned.get(name) for name in PLACE_FIELDS):
            for name, message in place_problems().items():
                self.add_error(name, message)
        return cleaned


# An event needs one of these to go live (`EventPage.publish_problems`).
PLACE_FIELDS = ("venue_name", "venue_address", "venue_city", "online_url")


def place_problems():
    message = _(
        "Give a venue or an online link: an event cannot be published without one."
    )
    return {"venue_name": message, "online_url": message}


class EventPage(PressKitMixin, EventSeoMixin, PublishRulesMixin, BasePage):
    """An event announcement: where, when, who for, and how to register.

    It goes live only with a venue or an online link, whichever way it is
    published (`publish_problems`, cms/translations/publishing.py).
    """

    base_form_class = EventPageForm

    theme = models.CharField(
        _("theme"), max_length=120, blank=True, help_text=_("E.g. Cell therapy.")
    )
    lead = models.TextField(
        _("lead"),
        max_length=300,
        help_text=_(
            "One or two sentences on what the event is; also the meta description."
        ),
    )
    start = models.DateTimeField(
        _("starts"), help_text=_("Date and time, Brussels time.")
    )
    end = models.DateTimeField(_("ends"), help_text=_("Date and time, Brussels time."))
    venue_name = models.CharField(
        _("venue"),
        max_length=160,
        blank=True,
        help_text=_("Name of the building or room."),
    )
    venue_address = models.CharField(
        _("address"), max_length=200, blank=True, help_text=_("Street and number.")
    )
    venue_city = models.CharField(
        _("city"), max_length=80, blank=True, help_text=_("City.")
    )
    online_url = models.URLField(
        _("online link"), blank=True, help_text=_("Livestream or meeting link, if any.")
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Wide image at the top and on cards; 1600×900 or more."),
    )
    audience = models.TextField(
        _("intended audience"), blank=True, help_text=_("Who should come.")
    )
    speakers = StreamField(
        [("speaker", SpeakerBlock())],
        verbose_name=_("keynote speakers"),
        blank=True,
        help_text=_("Keynote speakers with photo and talk title."),
    )
    programme = StreamField(
        ProgrammeBlock(),
        verbose_name=_("programme"),
        blank=True,
        help_text=_("The day's programme and any further text."),
    )
    registration_url = models.URLField(
        _("registration link"), blank=True, help_text=_("Where people sign up.")
    )
    registration_deadline = models.DateTimeField(
        _("registration deadline"), null=True, blank=True, help_text=_("Brussels time.")
    )
    registration_status = models.CharField(
        _("registration"),
        max_length=10,
        choices=RegistrationStatus.choices,
        default=RegistrationStatus.OPEN,
        help_text=_("Set to Full when no places are left."),
    )
    press_kit = press_kit_field()

    content_panels = [
        *Page.content_panels,
        FieldPanel("theme"),
        FieldPanel("lead"),
        FieldRowPanel([FieldPanel("start"), FieldPanel("end")], heading=_("When")),
        MultiFieldPanel(
            [
                FieldPanel("venue_name"),
                FieldPanel("venue_address"),
                FieldPanel("venue_city"),
                FieldPanel("online_url"),
            ],
            heading=_("Where"),
        ),
        FieldPanel("hero_image"),
        FieldPanel("audience"),
    ]
    programme_panels = [FieldPanel("speakers"), FieldPanel("programme")]
    partner_panels = [
        InlinePanel(
            "partner_links", label=_("Partner"), heading=_("Organisers and partners")
        ),
        InlinePanel("topic_links", label=_("Topic"), heading=_("Topics")),
        MultiFieldPanel(
            [
                FieldPanel("registration_url"),
                FieldPanel("registration_deadline"),
                FieldPanel("registration_status"),
            ],
            heading=_("Registration"),
        ),
    ]
    edit_handler = TabbedInterface(
        [
            ObjectList(content_panels, heading=_("Event")),
            ObjectList(programme_panels, heading=_("Programme")),
            ObjectList(partner_panels, heading=_("Partners and registration")),
            ObjectList(PressKitMixin.press_kit_panels, heading=_("Press")),
            ObjectList(BasePage.promote_panels, heading=_("Promote")),
            ObjectList(BasePage.settings_panels, heading=_("Settings")),
        ]
    )
    search_fields = [
        *Page.search_fields,
        index.SearchField("theme"),
        index.SearchField("lead"),
        index.SearchField("venue_city"),
        index.SearchField("programme"),
        index.FilterField("start"),
    ]
    api_fields = [
        APIField("lead"),
        APIField("start"),
        APIField("end"),
        APIField("venue_name"),
        APIField("venue_address"),
        APIField("venue_city"),
        APIField("online_url"),
        APIField("registration_url"),
        APIField("registration_status"),
        APIField("organisers", serializer=PageListField()),
        APIField("programme_html", serializer=RichHTMLField(source="programme")),
        APIField("translations", serializer=TranslationsField(source="*")),
        APIField("hero_image", serializer=HeroRenditionField()),
    ]

    parent_page_types = ["news.EventIndexPage"]
    subpage_types: list[str] = []
    template = "pages/event_page.html"
    localized_links = (("partner_links", "partner"), ("topic_links", "topic"))

    class Meta:
        verbose_name = _("event")
        verbose_name_plural = _("events")

    def clean(self):
        super().clean()
        if self.start and self.end and self.end < self.start:
            raise ValidationError({"end": _("The event cannot end before it starts.")})

    def get_meta_description(self):
        return self.search_description or self.lead

    def publish_problems(self):
        """No place, no publishing: readers cannot go, search engines drop it."""
        if any(getattr(self, name) for name in PLACE_FIELDS):
            return {}
        return place_problems()

    def get_listing_image(self):
        return self.hero_image

    def is_past(self, now=None):
        return self.end < (now or timezone.now())

    @property
    def registration_open(self):
        now = timezone.now()
        if self.is_past(now) or not self.registration_url:
            return False
        if self.registration_deadline and self.registration_deadline < now:
            return False
        return self.registration_status == RegistrationStatus.OPEN

    @cached_property
    def organisers(self):
        return self._partners(EventPartner.Role.ORGANISER)

    @cached_property
    def founding_partners(self):
        return self._partners(EventPartner.Role.FOUNDING_PARTNER)

    def _partners(self, role):
        return [
            link.partner
            for link in self.partner_links.all()
            if link.partner_id and link.role == role
        ]

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["is_past"] = self.is_past()
        # Releases in this event's language; a translated release whose event
        # has no version in its language points to the source's.
        announcements = self.announcements.filter(locale_id=self.locale_id)
        context["announcements"] = for_readers(announcements.order_by("pk"))
        return context


class EventPartner(Orderable):
    class Role(models.TextChoices):
        ORGANISER = "organiser", _("Organiser")
        FOUNDING_PARTNER = "founding_partner", _("Founding partner")

    page = ParentalKey(
        EventPage, on_delete=models.CASCADE, related_name="partner_links"
    )
    partner = models.ForeignKey(
        "partners.PartnerPage",
        verbose_name=_("partner"),
        on_delete=models.SET_NULL,
        null=True,
        related_name="event_links",
        help_text=_("An organising or founding partner."),
    )
    role = models.CharField(
        _("role"),
        max_length=20,
        choices=Role.choices,
        default=Role.ORGANISER,
        help_text=_("How the partner is involved."),
    )

    panels = [
        FieldPanel("partner", widget=PageLanguageChooser(target_models=[PartnerPage])),
        FieldPanel("role"),
    ]

    class Meta(Orderable.Meta):
        verbose_name = _("event partner")
        verbose_name_plural = _("event partners")


class EventTopic(Orderable):
    page = ParentalKey(EventPage, on_delete=models.CASCADE, related_name="topic_links")
    topic = models.ForeignKey(
        "cms.Topic",
        verbose_name=_("topic"),
        on_delete=models.CASCADE,
        related_name="event_links",
        help_text=_("A subject of the event."),
    )

    panels = [FieldPanel("topic")]

    class Meta(Orderable.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")

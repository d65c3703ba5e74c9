from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.images import get_image_model
from wagtail.models import Page, TranslatableMixin
from wagtail.search import index

from cms.blocks import BodyBlock
from cms.caching import content_locales, is_public_request
from cms.edit_conflicts import ConflictCheckingPageForm
from cms.image_rights import ImageRights  # noqa: F401  (a model of this app)
from cms.indexes import OnePerLocaleMixin
from cms.page_permissions import NewsroomPagePermissionTester
from cms.readers import ReaderPageManager, restrictions_for
from cms.reference_form import ChoosableReferencesPageForm
from cms.seo import SeoMixin
from cms.site_settings import NewsroomSettings

__all__ = [
    "BasePage",
    "NewsroomSettings",
    "OnePerLocaleMixin",
    "PublicCollection",
    "StandardPage",
    "Topic",
]


# Scheduled publishing happens in the site's time zone (TIME_ZONE), whatever
# the editor's computer says.
SCHEDULE_LABELS = {
    "go_live_at": _("Go-live date/time (Brussels time)"),
    "expire_at": _("Expiry date/time (Brussels time)"),
}


class NewsroomPageForm(ChoosableReferencesPageForm, ConflictCheckingPageForm):
    """Every page's admin form: only choosable references, and no lost update."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for name, label in SCHEDULE_LABELS.items():
            if name in self.fields:
                self.fields[name].label = label

    def save(self, commit=True):
        page = super().save(commit=commit)
        if not commit:
            # Validation completed the related objects (About sections) before
            # the formsets were copied onto the page; complete them again, so
            # that every save, a draft included, writes them.
            page.localize_links()
            page.complete_related()
        return page


class BasePage(SeoMixin, Page):
    """What every public page shares: a listing image and a meta description."""

    is_creatable = False
    # Every page's admin form: refuses references the editor may not choose
    # (cms/reference_form.py), and merges or refuses a save from a form loaded
    # on an older revision (cms/edit_conflicts.py).
    base_form_class = NewsroomPageForm
    # `PageType.objects.for_readers()`: the reader filter (cms/readers.py).
    objects = ReaderPageManager()

    class Meta:
        abstract = True

    def permissions_for_user(self, user):
        """Offer only what the user can carry out (cms/page_permissions.py)."""
        return NewsroomPagePermissionTester(user, self)

    def get_view_restrictions(self):
        """On a reader's request, from the site structure instead of a query."""
        if is_public_request() and not self.alias_of_id:
            return restrictions_for(self)
        return super().get_view_restrictions()

    def get_meta_description(self):
        return self.search_description or getattr(self, "introduction", "") or ""

    def get_listing_image(self):
        return None

    def get_context(self, request, *args, **kwargs):
        # Templates and tags read page.locale often: use the request's locales.
        for locale in content_locales().values():
            if locale.pk == self.locale_id:
                self.locale = locale
        return super().get_context(request, *args, **kwargs)

    def prefetch_image(self, field, *specs):
        """Load the image in `field` with the renditions its template uses, at once."""
        image_id = getattr(self, f"{field}_id")
        if image_id:
            images = get_image_model().objects.prefetch_renditions(*specs)
            setattr(self, field, images.filter(pk=image_id).first())

    # (child relation, foreign key) pairs that must point to this page's language.
    localized_links: tuple[tuple[str, str], ...] = ()
    # The page's own foreign keys to pages that must too (wagtail-localize
    # copies a page reference from the source as it is).
    localized_references: tuple[str, ...] = ()

    def full_clean(self, *args, **kwargs):
        if self.locale_id is None and self.path:
            # Wagtail sets it in its own full_clean; our related objects need it first.
            self.locale = self.get_default_locale()
        self.localize_links()
        self.complete_related()
        super().full_clean(*args, **kwargs)

    def complete_related(self):
        """Fill in related objects derived from others, before validation."""

    def localize_links(self):
        """Point partners, topics and contacts at their version in this page's locale.

        A translation copied from its source (by "Translate", "Sync" or by hand)
        starts with the source language's partners and topics; readers of the
        French release must land on French partner pages.
        """
        if not self.locale_id:
            return
        for field in self.localized_references:
            target = getattr(self, field)
            if target is None or target.locale_id == self.locale_id:
                continue
            translated = target.get_translation_or_none(self.locale_id)
            if translated is not None:
                setattr(self, field, translated.specific)
        for relation, field in self.localized_links:
            links = list(getattr(self, relation).all())
            changed = False
            for link in links:
                target = getattr(link, field)
                if target is None or target.locale_id == self.locale_id:
                    continue
                translated = target.get_translation_or_none(self.locale_id)
                if translated is not None:
                    setattr(link, field, getattr(translated, "specific", translated))
                    changed = True
            if changed:
                # Keep the edited links: a relation read from the database (a
                # saved draft, a fresh copy) would otherwise be fetched afresh
                # and the change lost before the revision is written.
                setattr(self, relation, links)


class Topic(TranslatableMixin, models.Model):
    """A subject of the shared taxonomy, for releases, events and partners' focus."""

    name = models.CharField(_("name"), max_length=80, help_text=_("As readers see it."))
    slug = models.SlugField(
        _("slug"),
        max_length=80,
        allow_unicode=False,
        help_text=_(
            "Used in filter links, e.g. cell-gene-therapy. Same in every language."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("slug")]

    class Meta(TranslatableMixin.Meta):
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ["name"]
        constraints = [
            models.UniqueConstraint(
                fields=["locale", "slug"], name="unique_topic_slug_per_locale"
            )
        ]

    def __str__(self):
        return self.name


class StandardPage(BasePage):
    """A general page: a programme, a campus, an about page."""

    introduction = models.TextField(
        _("introduction"),
        blank=True,
        max_length=400,
        help_text=_("One or two sentences under the title; also the meta description."),
    )
    hero_image = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("hero image"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
        help_text=_("Wide image at the top of the page, at least 1600 pixels wide."),
    )
    body = StreamField(BodyBlock(), verbose_name=_("body"), blank=True)

    content_panels = [
        *Page.content_panels,
        FieldPanel("introduction"),
        FieldPanel("hero_image"),
        FieldPanel("body"),
    ]
    search_fields = [
        *Page.search_fields,
        index.SearchField("introduction"),
        index.SearchField("body"),
    ]

    parent_page_types = ["home.HomePage", "cms.StandardPage"]
    subpage_types = ["cms.StandardPage"]
    template = "pages/standard_page.html"

    class Meta:
        verbose_name = _("standard page")

    def get_listing_image(self):
        return self.hero_image


class PublicCollection(models.Model):
    """A media collection whose images and documents anyone may download.

    For site-wide material that no page carries, such as the logos of a press
    kit. Everything else follows the pages that use it (cms/media_access.py).
    """

    collection = models.OneToOneField(
        "wagtailcore.Collection",
        verbose_name=_("collection"),
        on_delete=models.CASCADE,
        related_name="+",
        help_text=_(
            "Its images and documents, and those of its sub-collections, are "
            "public even when no published page uses them."
        ),
    )

    panels = [FieldPanel("collection")]

    class Meta:
        verbose_name = _("public collection")
        verbose_name_plural = _("public collections")

    def __str__(self):
        return self.collection.name

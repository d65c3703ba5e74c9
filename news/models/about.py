"""About sections: each partner's About text, as it stood when the release was written.

A release gets one per involved partner, copied from the partner's profile;
each language version keeps its own, translated with the release.
"""

from django.db import models
from django.utils import translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from modelcluster.fields import ParentalKey
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Orderable, TranslatableMixin
from wagtail_localize.fields import SynchronizedField

from cms.translations.versions import made_by_wagtail_localize


class AboutSectionsMixin:
    """A release's About sections follow its partners and its language."""

    def complete_related(self):
        self.localize_about_sections()
        self.add_missing_about_sections()
        self.number_about_sections()

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

    def number_about_sections(self):
        """Give every About section its place, so that every database reads one order.

        Sections made in code start without a sort order; PostgreSQL and SQLite
        order such ties differently. Sections keep the order they were given,
        then the order they were created in, new ones last. wagtail-localize
        copies the numbers into each translation.
        """
        sections = sorted(self.about_sections.all(), key=_section_place)
        if [section.sort_order for section in sections] == list(range(len(sections))):
            return
        for place, section in enumerate(sections):
            section.sort_order = place
        self.about_sections = sections


def _section_place(section):
    unnumbered = section.sort_order is None
    unsaved = section.pk is None
    return (unnumbered, section.sort_order or 0, unsaved, section.pk or 0)


class AboutSection(TranslatableMixin, Orderable):
    """A partner's About text as it stood when the release was written.

    Translatable, so wagtail-localize offers its heading and text as segments
    of the release; each language version of a release has its own sections,
    linked across languages by `translation_key`.
    """

    page = ParentalKey(
        "news.PressReleasePage", on_delete=models.CASCADE, related_name="about_sections"
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
    """The partner's own About heading in this language, as its profile says it.

    `partner` is the partner's version in the release's language. Only a profile
    without one gets "About" and its name, in the release's language.
    """
    if partner.about_heading:
        return partner.about_heading
    language = locale.language_code if locale is not None else None
    with translation.override(language):
        return gettext("About %(partner)s") % {"partner": partner.title}

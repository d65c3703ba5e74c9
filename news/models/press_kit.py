"""A page's press kit: its field, its two URLs and how often it was downloaded."""

from django.db import IntegrityError, models, transaction
from django.db.models import F, prefetch_related_objects
from django.http import HttpResponseNotAllowed
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.url_routing import RouteResult

from news.press_kit.archive import IMAGE, kit_files
from news.press_kit.blocks import PressKitBlock
from news.press_kit.downloads import file_response, zip_response

PRESS_KIT = "press-kit"
MAX_FILE_NUMBER_DIGITS = 4
ZIP_ROUTE = "press_kit_zip"
FILE_ROUTE = "press_kit_file"


def press_kit_field():
    return StreamField(
        PressKitBlock(),
        verbose_name=_("press kit"),
        blank=True,
        help_text=_(
            "Images and documents journalists may download, one by one or as a "
            "ZIP. Every image needs a credit and a licence."
        ),
    )


class PressKitDownload(models.Model):
    """How often one page's kit was downloaded on one day.

    A count and nothing else: no address, account, browser or time of day.
    """

    class Kind(models.TextChoices):
        ZIP = "zip", _("Whole kit (ZIP)")
        FILE = "file", _("Single file")

    page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("page"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    day = models.DateField(_("day"))
    kind = models.CharField(_("kind"), max_length=4, choices=Kind.choices)
    count = models.PositiveIntegerField(_("downloads"), default=0)

    class Meta:
        verbose_name = _("press-kit download count")
        verbose_name_plural = _("press-kit download counts")
        constraints = [
            models.UniqueConstraint(
                fields=["page", "day", "kind"], name="one_press_kit_count_a_day"
            )
        ]

    def __str__(self):
        return f"{self.page_id} {self.day} {self.kind}: {self.count}"

    @classmethod
    def record(cls, page, kind):
        """Add one download of `page`'s kit today."""
        day = timezone.localdate()
        rows = cls.objects.filter(page_id=page.pk, day=day, kind=kind)
        if rows.update(count=F("count") + 1):
            return
        try:
            with transaction.atomic():
                cls.objects.create(page_id=page.pk, day=day, kind=kind, count=1)
        except IntegrityError:
            rows.update(count=F("count") + 1)


class PressKitMixin(models.Model):
    """A live page's kit at <page URL>press-kit/ (a ZIP) and press-kit/<n>/.

    The two URLs are routes of the page itself: they exist only while the page
    is live, and Wagtail's page serving applies its view restrictions. Before
    go-live they are the same 404 as the page; review-link readers get the
    draft's kit through the review URL instead (news/views.py).
    """

    press_kit_panels = [FieldPanel("press_kit")]

    class Meta:
        abstract = True

    def route(self, request, path_components):
        if self.live and path_components and path_components[0] == PRESS_KIT:
            rest = path_components[1:]
            if not rest:
                return RouteResult(self, kwargs={"press_kit": ZIP_ROUTE})
            number = rest[0]
            if (
                len(rest) == 1
                and number.isdigit()
                and len(number) <= MAX_FILE_NUMBER_DIGITS
            ):
                return RouteResult(
                    self, kwargs={"press_kit": FILE_ROUTE, "number": int(number)}
                )
        return super().route(request, path_components)

    def serve(self, request, *args, **kwargs):
        route = kwargs.pop("press_kit", None)
        if route is None:
            return super().serve(request, *args, **kwargs)
        if request.method not in ("GET", "HEAD"):
            return HttpResponseNotAllowed(["GET", "HEAD"])
        language = self.locale.language_code
        if route == ZIP_ROUTE:
            url = request.build_absolute_uri(self.press_kit_url(request))
            response = zip_response(self, self.press_kit, language, url)
            kind = PressKitDownload.Kind.ZIP
        else:
            response = file_response(self.press_kit, kwargs["number"], language)
            kind = PressKitDownload.Kind.FILE
        if request.method == "GET":
            PressKitDownload.record(self, kind)
        return response

    def press_kit_url(self, request=None):
        """Where a reader downloads the kit, or None while the page is not live."""
        if not self.live:
            return None
        url = self.get_url(request)
        return f"{url}{PRESS_KIT}/" if url else None

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        files = kit_files(self.press_kit)
        # The previews' renditions in one query, however many images.
        images = [file.item for file in files if file.kind == IMAGE]
        if images:
            prefetch_related_objects(images, "renditions")
        context["press_kit_files"] = files
        # A preview shows the draft's kit, which the live URLs do not serve.
        previewing = getattr(request, "is_preview", False)
        context["press_kit_url"] = None if previewing else self.press_kit_url(request)
        return context

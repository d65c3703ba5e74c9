"""The form bases every image and document upload route builds on.

Named by WAGTAILIMAGES_IMAGE_FORM_BASE and WAGTAILDOCS_DOCUMENT_FORM_BASE, so
Wagtail's add, multiple add (and its "create from the uploaded file" step),
chooser upload and edit views all use them; the rules are in cms/uploads.py.
"""

from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.documents.fields import WagtailDocumentField
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from cms.uploads import check_document, check_image, megapixels


class NewsroomImageField(WagtailImageField):
    """Wagtail's image field, with the newsroom's rules first."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.help_text = f"{self.help_text} " + str(
            _("Larger images are reduced to %(limit)s megapixels when uploaded.")
            % {"limit": megapixels(settings.IMAGE_STORED_MAX_PIXELS)}
        )

    def to_python(self, data):
        if hasattr(data, "seek") and getattr(data, "size", 0):
            self.check_image_file_size(data)
            check_image(data)
        return super().to_python(data)


class NewsroomDocumentField(WagtailDocumentField):
    """Wagtail's document field: size limit, then content against extension."""

    def to_python(self, data):
        upload = super().to_python(data)
        if upload is not None and hasattr(upload, "seek"):
            check_document(upload)
        return upload


def with_field(form, field_class):
    """Swap the form's file field for `field_class`, keeping label and widget.

    The form bases cannot declare the field: a declared field would survive the
    `exclude` of Wagtail's multiple-upload edit forms.
    """
    field = form.fields.get("file")
    if field is not None:
        form.fields["file"] = field_class(
            label=field.label, required=field.required, widget=field.widget
        )


class ImageForm(BaseImageForm):
    """WAGTAILIMAGES_IMAGE_FORM_BASE: every image upload route builds on it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        with_field(self, NewsroomImageField)


class DocumentForm(BaseDocumentForm):
    """WAGTAILDOCS_DOCUMENT_FORM_BASE: every document upload route builds on it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        with_field(self, NewsroomDocumentField)

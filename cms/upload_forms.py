"""The form bases every image and document upload route builds on.

Named by WAGTAILIMAGES_IMAGE_FORM_BASE and WAGTAILDOCS_DOCUMENT_FORM_BASE, so
Wagtail's add, multiple add (and its "create from the uploaded file" step),
chooser upload and edit views all use them; the rules are in cms/uploads.py.
The image form also edits the image's credit and licence (cms/image_rights.py).
"""

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _
from wagtail.documents.fields import WagtailDocumentField
from wagtail.documents.forms import BaseDocumentForm
from wagtail.images.fields import WagtailImageField
from wagtail.images.forms import BaseImageForm

from cms.image_rights import ImageRights, rights_of, set_rights
from cms.licences import licence_choices
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


RIGHTS_FIELDS = ("credit", "licence")


def rights_fields():
    """The credit and licence form fields, labelled as on the model."""
    model_field = ImageRights._meta.get_field
    credit, licence = model_field("credit"), model_field("licence")
    return {
        "credit": forms.CharField(
            label=credit.verbose_name.capitalize(),
            max_length=credit.max_length,
            required=False,
            help_text=credit.help_text,
        ),
        "licence": forms.ChoiceField(
            label=licence.verbose_name.capitalize(),
            choices=[("", "---------"), *licence_choices()],
            required=False,
            help_text=licence.help_text,
        ),
    }


class ImageForm(BaseImageForm):
    """WAGTAILIMAGES_IMAGE_FORM_BASE: every image upload route builds on it.

    Credit and licence are added here, not declared: they are not fields of
    Wagtail's image model, and the form saves them to the image's rights row.
    They show on every route that edits an image's details (add, edit, the
    multiple upload's edit step, the chooser's upload); the multiple upload's
    first step posts only the file and leaves existing rights alone. Who may
    change them is who may change the image: Wagtail's collection permission
    policy guards every one of these views.
    """

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        with_field(self, NewsroomImageField)
        self.fields.update(rights_fields())
        rights = rights_of(self.instance) if self.instance.pk else None
        if rights is not None:
            self.initial.setdefault("credit", rights.credit)
            self.initial.setdefault("licence", rights.licence)

    def rights_posted(self):
        """False for a form whose post carries neither field (the bulk upload)."""
        return any(self.add_prefix(name) in self.data for name in RIGHTS_FIELDS)

    def save_rights(self):
        if self.rights_posted():
            set_rights(
                self.instance,
                credit=self.cleaned_data.get("credit", "").strip(),
                licence=self.cleaned_data.get("licence", ""),
            )

    def save(self, commit=True):
        image = super().save(commit=commit)
        if commit:
            self.save_rights()
        else:
            save_m2m = self.save_m2m

            def save_m2m_and_rights():
                save_m2m()
                self.save_rights()

            self.save_m2m = save_m2m_and_rights
        return image


class DocumentForm(BaseDocumentForm):
    """WAGTAILDOCS_DOCUMENT_FORM_BASE: every document upload route builds on it."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        with_field(self, NewsroomDocumentField)

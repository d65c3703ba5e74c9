"""The subscribe form and the preferences form: email, language, choices."""

from django import forms
from django.utils.translation import get_language
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from cms.models import Topic
from cms.readers import for_readers
from partners.models import PartnerPage
from subscriptions.models import Subscriber

CHOOSE_SOMETHING = _("Choose every release, or at least one topic or partner.")


class ChoicesForm(forms.ModelForm):
    """Language, everything, topics and partners, offered in the page's language."""

    class Meta:
        model = Subscriber
        fields = ["language", "everything", "topics", "partners"]
        widgets = {
            "topics": forms.CheckboxSelectMultiple,
            "partners": forms.CheckboxSelectMultiple,
        }
        labels = {"language": _("Language of the emails")}

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        locale = Locale.objects.filter(language_code=get_language()).first()
        self.fields["topics"].queryset = Topic.objects.filter(locale=locale)
        self.fields["partners"].queryset = for_readers(
            PartnerPage.objects.filter(locale=locale)
        ).order_by("title")
        if not self.instance.pk:
            self.initial.setdefault("language", get_language())
        else:
            # Choices made in another language show as their versions here.
            self.initial["topics"] = list(
                self.fields["topics"].queryset.filter(
                    translation_key__in=self.instance.topics.values("translation_key")
                )
            )
            self.initial["partners"] = list(
                self.fields["partners"].queryset.filter(
                    translation_key__in=self.instance.partners.values("translation_key")
                )
            )

    def clean(self):
        cleaned = super().clean()
        if not (
            cleaned.get("everything")
            or cleaned.get("topics")
            or cleaned.get("partners")
        ):
            raise forms.ValidationError(CHOOSE_SOMETHING, code="nothing_chosen")
        return cleaned


class SubscribeForm(ChoicesForm):
    email = forms.EmailField(label=_("Email address"), max_length=254)

    class Meta(ChoicesForm.Meta):
        fields = ["email", *ChoicesForm.Meta.fields]

    def clean_email(self):
        # One record per address, whatever its case.
        return self.cleaned_data["email"].strip().lower()

    def validate_unique(self):
        """An address already subscribed is not an error the visitor may see."""

from django import forms
from django.contrib.auth.validators import UnicodeUsernameValidator
from django.utils.translation import gettext_lazy as _

from partners.access import PartnerAccess


class PartnerEditorForm(forms.Form):
    partner = forms.ModelChoiceField(
        label=_("Partner"),
        queryset=PartnerAccess.objects.select_related("group").order_by("group__name"),
        help_text=_("The partner whose profile this person will edit."),
    )
    username = forms.CharField(
        label=_("Username"),
        max_length=150,
        validators=[UnicodeUsernameValidator()],
        help_text=_("An existing user is added to the group; a new one is created."),
    )
    email = forms.EmailField(label=_("Email"), required=False)

    def clean_username(self):
        return self.cleaned_data["username"].strip()

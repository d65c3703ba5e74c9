from django import forms
from django.utils.translation import gettext_lazy as _

from news.models import AccreditedJournalist, ReviewEvent


class ReviewLinkForm(forms.Form):
    recipient = forms.CharField(
        label=_("Recipient"),
        max_length=160,
        required=False,
        help_text=_("Who the link is for, e.g. a journalist or a partner's approver."),
    )
    days = forms.IntegerField(
        label=_("Valid for (days)"),
        min_value=1,
        max_value=90,
        initial=14,
        help_text=_("The link stops working after this many days."),
    )


class ReviewAnswerForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Your answer"),
        choices=[
            (ReviewEvent.Kind.APPROVE, _("Approve")),
            (ReviewEvent.Kind.REQUEST_CHANGES, _("Request changes")),
        ],
        widget=forms.RadioSelect,
    )
    name = forms.CharField(label=_("Your name and organisation"), max_length=160)
    comment = forms.CharField(
        label=_("Comment"), required=False, max_length=5000, widget=forms.Textarea
    )

    def clean(self):
        cleaned = super().clean()
        if (
            cleaned.get("decision") == ReviewEvent.Kind.REQUEST_CHANGES
            and not cleaned.get("comment", "").strip()
        ):
            self.add_error("comment", _("Say which changes you need."))
        return cleaned


class BriefingForm(forms.Form):
    journalists = forms.ModelMultipleChoiceField(
        label=_("Journalists"),
        queryset=AccreditedJournalist.objects.none(),
        widget=forms.CheckboxSelectMultiple,
        help_text=_("Each one gets their own link, in their language, by email."),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["journalists"].queryset = AccreditedJournalist.objects.filter(
            active=True
        )

"""wagtail-localize's "Translate" screen, set up for a trilingual newsroom.

Every language still missing is ticked, and after *Submit* the editor lands
in the first new translation's editor (in the site's language order), instead
of the page's parent in the explorer.
"""

from django.shortcuts import redirect
from django.urls import reverse
from wagtail_localize.views.submit_translations import SubmitPageTranslationView

from cms.translations.languages import language_codes


class TranslateIntoEveryLanguageView(SubmitPageTranslationView):
    def get_form(self):
        form = super().get_form()
        if self.request.method != "POST" and "select_locale" not in self.request.GET:
            locales = list(form.fields["locales"].queryset)
            form.initial = {**form.initial, "locales": locales}
            if len(locales) > 1:
                form.initial["select_all"] = True
        return form

    def form_valid(self, form):
        response = super().form_valid(form)
        order = language_codes()
        chosen = sorted(
            form.cleaned_data["locales"],
            key=lambda locale: (
                order.index(locale.language_code)
                if locale.language_code in order
                else len(order)
            ),
        )
        for locale in chosen:
            translation = self.object.get_translation_or_none(locale)
            if translation is not None:
                return redirect(
                    reverse("wagtailadmin_pages:edit", args=(translation.pk,))
                )
        return response

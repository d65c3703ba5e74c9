"""Admin screens: Communications' partner editors, a profile's other languages."""

from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from wagtail.admin import messages
from wagtail.models import Page

from cms.translations.sync import sync_language_versions
from partners import review
from partners.access import PartnerAccess
from partners.forms import PartnerEditorForm
from partners.models import PartnerPage
from partners.permissions import add_partner_editor, is_communications


def partner_editors(request):
    if not is_communications(request.user):
        raise PermissionDenied
    form = PartnerEditorForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        access = form.cleaned_data["partner"]
        page = Page.objects.filter(translation_key=access.translation_key).first()
        if page is None:
            form.add_error("partner", _("This partner no longer has a page."))
        else:
            try:
                user, password = add_partner_editor(
                    page.specific,
                    form.cleaned_data["username"],
                    form.cleaned_data["email"],
                )
            except ValidationError as refusal:
                form.add_error(None, refusal)
                return render_screen(request, form)
            if password:
                messages.success(
                    request,
                    _(
                        "Created %(user)s for %(group)s. "
                        "Password, shown once: %(password)s"
                    )
                    % {
                        "user": user.username,
                        "group": access.group.name,
                        "password": password,
                    },
                )
            else:
                messages.success(
                    request,
                    _("%(user)s added to %(group)s.")
                    % {"user": user.username, "group": access.group.name},
                )
            return redirect("partner_editors")
    return render_screen(request, form)


def render_screen(request, form):
    groups = PartnerAccess.objects.select_related("group").prefetch_related(
        "group__user_set"
    )
    return TemplateResponse(
        request,
        "partners/admin/partner_editors.html",
        {"form": form, "accesses": groups.order_by("group__name")},
    )


def update_languages(request, page_id):
    """Bring a profile's other language versions up to date from this one.

    A confirmation (GET), then wagtail-localize's sync (POST): each other
    version gets a draft, its translated segments kept, and opens in the
    translation editor with the changed segments left to translate.
    """
    page = get_object_or_404(PartnerPage, pk=page_id)
    if not page.permissions_for_user(request.user).can_edit():
        raise PermissionDenied
    versions = review.versions_to_sync(page, request.user)
    if request.method == "POST" and versions:
        progress = sync_language_versions(page, versions, request.user)
        for version in versions:
            total, translated = progress[version.locale.language_code]
            messages.success(
                request,
                _(
                    "%(language)s brought up to date as a draft: "
                    "%(left)s of %(total)s segments left to translate."
                )
                % {
                    "language": version.locale.get_display_name(),
                    "left": total - translated,
                    "total": total,
                },
                buttons=[
                    messages.button(
                        reverse("wagtailadmin_pages:edit", args=(version.pk,)),
                        _("Edit %(language)s")
                        % {"language": version.locale.get_display_name()},
                    )
                ],
            )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return TemplateResponse(
        request,
        "partners/admin/update_languages.html",
        {"page": page, "versions": versions},
    )

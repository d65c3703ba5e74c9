"""The Communications team's screen for partner editors."""

from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.utils.translation import gettext as _
from wagtail.models import Page

from partners.access import PartnerAccess
from partners.forms import PartnerEditorForm
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

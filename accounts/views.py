"""Two-step verification screens in the Wagtail admin.

Verify (after the password), set up an authenticator app, see and renew backup
codes, turn it off (only for those who need not have it). The QR code is drawn
here with segno, as inline SVG: the secret never leaves the server.
"""

from base64 import b32encode

import segno
from django.contrib import messages
from django.contrib.auth.views import redirect_to_login
from django.db import transaction
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.safestring import mark_safe
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.generic import FormView, TemplateView, View
from django_otp import login as otp_login
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail.admin.utils import get_valid_next_url_from_request
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin

from accounts import second_factor
from accounts.forms import CodeForm

NEW_CODES_SESSION_KEY = "accounts_new_backup_codes"
WRONG_CODE = _(
    "That code was not accepted. Check that your phone's clock is right, wait for "
    "the next code and try again."
)


def _next_url(request):
    return get_valid_next_url_from_request(request) or reverse("wagtailadmin_home")


class AccountAreaMixin(WagtailAdminTemplateMixin):
    header_icon = "key"

    def get_breadcrumbs_items(self):
        return [
            *self.breadcrumbs_items,
            {"url": reverse("wagtailadmin_account"), "label": gettext("Account")},
            {"url": "", "label": self.get_page_title()},
        ]


@method_decorator(never_cache, name="dispatch")
class VerifyView(FormView):
    """The code after the password, on a sign-in page of its own."""

    template_name = "accounts/verify.html"
    form_class = CodeForm

    def dispatch(self, request, *args, **kwargs):
        if request.user.is_verified():
            return redirect(_next_url(request))
        if not second_factor.has_device(request.user):
            return redirect_to_login(
                _next_url(request), login_url=reverse("accounts_two_factor_setup")
            )
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["next"] = _next_url(self.request)
        user = self.request.user
        context["has_passkey"] = second_factor.passkeys(user).exists()
        context["has_app"] = second_factor.authenticator_app(user) is not None
        return context

    def form_valid(self, form):
        device = second_factor.verify_code(self.request.user, form.cleaned_data["code"])
        if device is None:
            form.add_error("code", WRONG_CODE)
            return self.form_invalid(form)
        otp_login(self.request, device)
        second_factor.remember(self.request)
        if isinstance(device, StaticDevice):
            left = device.token_set.count()
            messages.warning(
                self.request,
                gettext(
                    "You signed in with a backup code; %(count)s are left. "
                    "Make new ones under Account › Two-step verification."
                )
                % {"count": left},
            )
        return redirect(_next_url(self.request))


@method_decorator(never_cache, name="dispatch")
class SetupView(AccountAreaMixin, FormView):
    """Add an authenticator app: scan the QR code (or type the key), give a code."""

    template_name = "accounts/setup.html"
    form_class = CodeForm
    page_title = _("Set up an authenticator app")

    def dispatch(self, request, *args, **kwargs):
        if not request.user.is_verified() and second_factor.has_device(request.user):
            # A password alone may not add a second factor next to the first.
            return redirect_to_login(
                request.get_full_path(), login_url=reverse("accounts_two_factor_verify")
            )
        self.device = self.pending_device()
        return super().dispatch(request, *args, **kwargs)

    def pending_device(self):
        device = TOTPDevice.objects.filter(
            user=self.request.user, confirmed=False
        ).first()
        if device is None:
            device = TOTPDevice.objects.create(
                user=self.request.user, name="Authenticator app", confirmed=False
            )
        return device

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        qr = segno.make(self.device.config_url, error="m")
        context["qr_svg"] = mark_safe(  # noqa: S308 - segno's own SVG markup
            qr.svg_inline(scale=5, border=2, dark="#000", light="#fff")
        )
        key = b32encode(self.device.bin_key).decode()
        context["secret"] = " ".join(key[i : i + 4] for i in range(0, len(key), 4))
        context["required"] = second_factor.is_required(self.request.user)
        context["next"] = _next_url(self.request)
        return context

    def form_valid(self, form):
        user = self.request.user
        if not self.device.verify_token(form.cleaned_data["code"]):
            form.add_error("code", WRONG_CODE)
            return self.form_invalid(form)
        with transaction.atomic():
            TOTPDevice.objects.filter(user=user).exclude(pk=self.device.pk).delete()
            self.device.confirmed = True
            self.device.save(update_fields=["confirmed"])
            codes = second_factor.new_backup_codes(user)
        otp_login(self.request, self.device)
        second_factor.remember(self.request)
        self.request.session[NEW_CODES_SESSION_KEY] = codes
        messages.success(self.request, gettext("Two-step verification is on."))
        return redirect("accounts_two_factor_backup_codes")


@method_decorator(never_cache, name="dispatch")
class BackupCodesView(AccountAreaMixin, TemplateView):
    """New backup codes, shown once; POST makes a new set."""

    template_name = "accounts/backup_codes.html"
    page_title = _("Backup codes")

    def get(self, request, *args, **kwargs):
        codes = request.session.pop(NEW_CODES_SESSION_KEY, None)
        if not codes:
            return redirect("accounts_two_factor")
        return self.render_to_response(self.get_context_data(codes=codes))

    def post(self, request, *args, **kwargs):
        if second_factor.authenticator_app(request.user) is None:
            return redirect("accounts_two_factor")
        request.session[NEW_CODES_SESSION_KEY] = second_factor.new_backup_codes(
            request.user
        )
        return redirect("accounts_two_factor_backup_codes")


@method_decorator(never_cache, name="dispatch")
class TwoFactorView(AccountAreaMixin, TemplateView):
    """Account › Two-step verification: what is set up, and what to do next."""

    template_name = "accounts/two_factor.html"
    page_title = _("Two-step verification")

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        user = self.request.user
        backup = second_factor.backup_device(user)
        context.update(
            app=second_factor.authenticator_app(user),
            backup_codes_left=backup.token_set.count() if backup else 0,
            passkeys=second_factor.passkeys(user),
            required=second_factor.is_required(user),
        )
        return context


class RemovePasskeyView(View):
    """Remove one of the user's own passkeys."""

    http_method_names = ["post"]

    def post(self, request, pk):
        passkey = get_object_or_404(second_factor.passkeys(request.user), pk=pk)
        passkey.delete()
        second_factor.remember(request)
        messages.success(request, gettext("The passkey was removed."))
        return redirect("accounts_two_factor")


class TurnOffView(View):
    """Remove every second factor; refused to those who must keep one."""

    http_method_names = ["post"]

    def post(self, request):
        if second_factor.is_required(request.user):
            messages.error(
                request,
                gettext("Two-step verification is required for your account."),
            )
        else:
            second_factor.remove_all_devices(request.user)
            second_factor.remember(request)
            messages.success(request, gettext("Two-step verification is off."))
        return redirect("accounts_two_factor")

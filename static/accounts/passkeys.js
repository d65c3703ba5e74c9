// Show a passkey in the list as soon as django-otp-webauthn has registered it.
document.addEventListener("otp_webauthn.register_complete", () => {
    window.location.reload();
});

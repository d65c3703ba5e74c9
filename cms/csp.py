"""The Content-Security-Policy: nonces for the admin's own inline initialisers.

The policy itself is CONTENT_SECURITY_POLICY in settings (django-csp): scripts
only from this site or with the request's nonce, never 'unsafe-inline'.

Public pages run no inline script; their JSON-LD block is data, which a
browser never executes and CSP does not govern, so it carries no nonce (a
nonce in a page the page cache replays to every reader would be no secret).

Wagtail's admin still writes small inline initialisers that no template of
ours can reach: `new PageChooser("id", {...});` after every chooser widget
(written in Python), `initDateTimeChooser("id", {...});` after date fields,
and `new InlinePanel(JSON.parse("..."))` for inline panels. Each calls one
known function with JSON arguments only, so this middleware gives exactly
those the request's nonce; any other inline script, one an attacker managed
to inject for instance, still has none and is refused.

The policy is the same for every response but for its nonce, so it is built
once with a placeholder and each response gets it with its own fresh nonce
(django-csp builds the policy from the settings anew on every response).
Page-cache hits do not pass here: the kept page's policy has a mark where its
nonce was, and each hit gets a fresh one there (cms/caching/page_cache.py).
A response that brings its own policy or overrides (`@csp_update`, the partner widget's
header) goes through django-csp as before.
"""

import json
import re

from csp.constants import HEADER
from csp.middleware import CSPMiddleware
from csp.utils import build_policy
from django.conf import settings
from django.core.signals import setting_changed
from django.dispatch import receiver

ADMIN_PREFIX = "/admin/"
# `<script>` with no attribute at all: how Wagtail writes its initialisers.
INLINE_SCRIPT = re.compile(rb"<script>(?P<body>.*?)</script>", re.S)
CALL = re.compile(r"\s*(?P<new>new\s+)?(?P<name>\w+)\((?P<args>.*)\);?\s*", re.S)
CONSTRUCTORS = {"Chooser", "PageChooser", "ImageChooser", "DocumentChooser"}
CONSTRUCTORS |= {"SnippetChooser"}
FUNCTIONS = {"initDateChooser", "initTimeChooser", "initDateTimeChooser"}
FUNCTIONS |= {"createTaskChooser"}
PANEL = re.compile(
    r"\s*\(function\s*\(\)\s*\{\s*var panel = new (?:InlinePanel|MultipleChooserPanel)"
    r'\(JSON\.parse\((?P<args>"(?:[^"\\]|\\.)*")\)\);\s*\}\)\(\);\s*',
    re.S,
)


NONCE_PLACEHOLDER = "newsroom-csp-nonce"
# What makes a response's policy differ from the site's (django-csp).
OWN_POLICY = (
    "_csp_exempt",
    "_csp_config",
    "_csp_update",
    "_csp_replace",
    "_csp_exempt_ro",
    "_csp_config_ro",
    "_csp_update_ro",
    "_csp_replace_ro",
)
_site_policy = {}


def site_policy():
    """The site's policy with a placeholder for the nonce, built once."""
    if "policy" not in _site_policy:
        _site_policy["policy"] = build_policy(nonce=NONCE_PLACEHOLDER)
    return _site_policy["policy"]


@receiver(setting_changed)
def forget_site_policy(setting, **kwargs):
    if setting.startswith("CONTENT_SECURITY_POLICY"):
        _site_policy.clear()


def has_site_policy(request, response):
    """Whether django-csp would give `response` the site's policy and nothing else."""
    policy = settings.CONTENT_SECURITY_POLICY or {}
    return not (
        HEADER in response
        or getattr(settings, "CONTENT_SECURITY_POLICY_REPORT_ONLY", None)
        or policy.get("EXCLUDE_URL_PREFIXES")
        or (settings.DEBUG and response.status_code in (404, 500))
        or any(hasattr(response, name) for name in OWN_POLICY)
    )


def is_json(text):
    try:
        json.loads(text)
    except ValueError:
        return False
    return True


def is_initialiser(body):
    """A call of one of Wagtail's initialisers, with nothing but JSON arguments."""
    call = CALL.fullmatch(body)
    if call is not None:
        known = CONSTRUCTORS if call["new"] else FUNCTIONS
        return call["name"] in known and is_json(f"[{call['args']}]")
    panel = PANEL.fullmatch(body)
    return panel is not None and is_json(panel["args"])


def with_nonces(content, nonce):
    """`content` with the nonce added to each of Wagtail's inline initialisers."""
    opening = f'<script nonce="{nonce}">'.encode()

    def vet(match):
        try:
            body = match["body"].decode()
        except UnicodeDecodeError:
            return match[0]
        if not is_initialiser(body):
            return match[0]
        return opening + match["body"] + b"</script>"

    return INLINE_SCRIPT.sub(vet, content)


class NewsroomCSPMiddleware(CSPMiddleware):
    """django-csp's middleware, giving the admin's initialisers their nonce."""

    def process_response(self, request, response):
        # Every policy names a nonce, used or not: one shape for every page.
        nonce = str(request.csp_nonce)
        if (
            request.path_info.startswith(ADMIN_PREFIX)
            and response.get("Content-Type", "").startswith("text/html")
            and not response.streaming
            and b"<script>" in response.content
        ):
            response.content = with_nonces(response.content, nonce)
            if response.has_header("Content-Length"):
                response["Content-Length"] = str(len(response.content))
        if has_site_policy(request, response):
            response[HEADER] = site_policy().replace(NONCE_PLACEHOLDER, nonce)
            return response
        return super().process_response(request, response)

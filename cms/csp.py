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
"""

import json
import re

from csp.middleware import CSPMiddleware

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
        return super().process_response(request, response)

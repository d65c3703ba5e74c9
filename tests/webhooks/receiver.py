"""A partner's webhook receiver: a real HTTP server on 127.0.0.1 (port 0, in a
thread) that checks each delivery's signature as the Standard Webhooks
libraries do, written here from the specification, not from our code."""

import base64
import hashlib
import hmac
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

TOLERANCE = 5 * 60


def verify(secret, headers, body):
    """Whether `body` carries a valid signature made with `secret`."""
    message_id = headers.get("webhook-id")
    timestamp = headers.get("webhook-timestamp", "")
    signatures = headers.get("webhook-signature", "")
    if not message_id or not timestamp.isdigit():
        return False
    if abs(time.time() - int(timestamp)) > TOLERANCE:
        return False
    key = (
        base64.b64decode(secret.removeprefix("whsec_"))
        if secret.startswith("whsec_")
        else secret.encode()
    )
    signed = message_id.encode() + b"." + timestamp.encode() + b"." + body
    expected = base64.b64encode(hmac.new(key, signed, hashlib.sha256).digest())
    return any(
        version == "v1" and hmac.compare_digest(value.encode(), expected)
        for version, _comma, value in (
            part.partition(",") for part in signatures.split(" ")
        )
    )


class Receiver:
    """Answers each POST with the next of `answers` (then 200), or 401 when the
    signature does not verify; keeps what it received."""

    def __init__(self, secret, answers=()):
        self.secret = secret
        self.answers = list(answers)
        self.received = []

    def __enter__(self):
        receiver = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self):
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                headers = {name.lower(): value for name, value in self.headers.items()}
                verified = verify(receiver.secret, headers, body)
                receiver.received.append(
                    {
                        "headers": headers,
                        "body": json.loads(body),
                        "verified": verified,
                    }
                )
                status = receiver.answers.pop(0) if receiver.answers else 200
                self.send_response(status if verified else 401)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join()

    @property
    def url(self):
        host, port = self.server.server_address
        return f"http://{host}:{port}/hooks/newsroom"

    def types(self):
        return [item["body"]["type"] for item in self.received]

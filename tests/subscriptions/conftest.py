"""A real SMTP server on loopback, the background queue run in the test, a newsroom.

The SMTP server is aiosmtpd, started per test; what it receives is parsed
back with the standard `email` package. A recipient can be made to answer a
4xx or 5xx to RCPT, as a real server refuses a mailbox.
"""

import email
import socket
from email import policy

import pytest
from aiosmtpd.controller import Controller
from wagtail.models import Locale

from tests.cms.factories import TopicFactory
from tests.home.factories import build_sections
from tests.partners.factories import PartnerPageFactory


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Mailbox:
    """aiosmtpd handler: keeps each message, refuses the addresses it is told to."""

    def __init__(self):
        self.messages = []
        self.refuse = {}

    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address in self.refuse:
            return self.refuse[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        message = email.message_from_bytes(envelope.content, policy=policy.default)
        for recipient in envelope.rcpt_tos:
            self.messages.append((recipient, message))
        return "250 Message accepted for delivery"

    def to(self, address):
        return [message for recipient, message in self.messages if recipient == address]

    def recipients(self):
        return sorted(recipient for recipient, _message in self.messages)


class SmtpServer:
    def __init__(self, port):
        self.port = port
        self.mailbox = Mailbox()
        self.controller = None

    def start(self):
        self.controller = Controller(self.mailbox, hostname="127.0.0.1", port=self.port)
        self.controller.start()

    def stop(self):
        if self.controller is not None:
            self.controller.stop()
            self.controller = None


@pytest.fixture
def smtp_settings(settings):
    """Django's SMTP backend pointed at a loopback port (no server yet)."""
    port = free_port()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = port
    settings.EMAIL_TIMEOUT = 5
    settings.EMAIL_USE_TLS = False
    return SmtpServer(port)


@pytest.fixture
def smtp(smtp_settings):
    """A running SMTP server; `.mailbox` holds what it received."""
    smtp_settings.start()
    yield smtp_settings
    smtp_settings.stop()


@pytest.fixture
def newsroom(site_tree):
    """News sections in three languages, two topics and two partners in each."""
    homes = site_tree["homes"]
    sections = build_sections(homes["en"])
    for code in ("fr", "nl"):
        locale = Locale.objects.get(language_code=code)
        sections["news"].copy_for_translation(locale)
    biotech = TopicFactory(name="Biotech", slug="biotech")
    medtech = TopicFactory(name="Medtech", slug="medtech")
    alpha = PartnerPageFactory(parent=sections["partners"], title="Alpha University")
    beta = PartnerPageFactory(parent=sections["partners"], title="Beta Institute")
    topics = {"en": {"biotech": biotech, "medtech": medtech}}
    for code in ("fr", "nl"):
        locale = Locale.objects.get(language_code=code)
        topics[code] = {
            "biotech": biotech.copy_for_translation(locale),
            "medtech": medtech.copy_for_translation(locale),
        }
        for topic in topics[code].values():
            topic.save()
    return {
        "sections": sections,
        "topics": topics,
        "partners": {"alpha": alpha, "beta": beta},
    }

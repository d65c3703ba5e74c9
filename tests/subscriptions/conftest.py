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
from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult
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


def run_tasks():
    """Run what is due on the background queue, as `db_worker` does, in this process.

    (The worker command itself closes the database connection between tasks,
    which would end a test's transaction; tests/subscriptions/test_workers.py
    runs it as real processes.)
    """
    worker = Worker(
        queue_names=["*"],
        interval=0,
        batch=True,
        backend_name="background",
        startup_delay=False,
        max_tasks=None,
        worker_id="in-test",
        excluded_queue_names=[],
    )
    ran = 0
    while True:
        result = DBTaskResult.objects.ready().filter(backend_name="background").first()
        if result is None:
            return ran
        result.claim(worker.worker_id)
        worker.run_task(result)
        result.refresh_from_db()
        assert result.status == "SUCCESSFUL", result.traceback
        ran += 1


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

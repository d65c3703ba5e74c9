"""Deliveries leave through a real, separate `manage.py db_worker` process.

Two processes share one database, so this runs on PostgreSQL only
(`make test-postgres`), like tests/cms/test_two_instances.py.
"""

import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

from tests.home.factories import build_sections
from tests.news.factories import PressReleasePageFactory
from tests.webhooks.factories import WebhookEndpointFactory
from tests.webhooks.receiver import Receiver
from webhooks.models import WebhookDelivery

ROOT = Path(__file__).resolve().parents[2]

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        "postgresql" not in settings.DATABASES["default"]["ENGINE"],
        reason="Needs PostgreSQL: the worker process must share the test database "
        "(run with DATABASE_URL=postgres://...)",
    ),
]


def worker_env():
    db = connection.settings_dict
    url = (
        f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST']}:"
        f"{db['PORT'] or 5432}/{db['NAME']}"
    )
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.test",
        "DATABASE_URL": url,
    }


def test_a_separate_worker_process_delivers_after_the_publish_commits(site_tree):
    endpoint = WebhookEndpointFactory()
    with Receiver(endpoint.secret) as receiver:
        endpoint.url = receiver.url
        endpoint.save()
        worker = subprocess.Popen(
            [
                sys.executable,
                "manage.py",
                "db_worker",
                "--backend",
                "background",
                "--interval",
                "0.2",
                "--no-reload",
            ],
            cwd=ROOT,
            env=worker_env(),
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
        )
        try:
            sections = build_sections(site_tree["homes"]["en"])
            release = PressReleasePageFactory(
                parent=sections["news"], publish_together=False, title="Worker news"
            )
            deadline = time.monotonic() + 60
            while not receiver.received:
                if worker.poll() is not None or time.monotonic() > deadline:
                    pytest.fail(f"No delivery: {worker.stderr.read()[-2000:]}")
                time.sleep(0.2)
        finally:
            worker.terminate()
            worker.wait(timeout=20)
    [received] = receiver.received
    assert received["verified"]
    assert received["body"]["data"]["id"] == release.pk
    delivery = WebhookDelivery.objects.get()
    for _ in range(50):  # the worker writes the outcome just after the answer
        if delivery.status == WebhookDelivery.Status.DELIVERED:
            break
        time.sleep(0.1)
        delivery.refresh_from_db()
    assert delivery.status == WebhookDelivery.Status.DELIVERED

"""Real `db_worker` processes send a release; two at once never send it twice.

The workers are separate processes (`manage.py db_worker --backend
background`) over the test's PostgreSQL database, sending to an SMTP server
this test runs on loopback. SQLite's test database lives in this process's
memory, where no other process can read it: these tests need PostgreSQL
(CI's PostgreSQL leg runs them).
"""

import os
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest
from django.db import connection
from django_tasks_db.models import DBTaskResult

from subscriptions.models import Delivery, Mailing, Subscriber
from subscriptions.tasks import send_release
from tests.home.factories import build_sections
from tests.news.factories import PressReleasePageFactory
from tests.subscriptions.factories import SubscriberFactory

ROOT = Path(__file__).resolve().parents[2]

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture
def postgres():
    if connection.vendor != "postgresql":
        pytest.skip(
            "Needs PostgreSQL: the worker processes must share the test database "
            "(run with DATABASE_URL=postgres://...)"
        )


def worker_env(smtp, batch_size):
    db = connection.settings_dict
    url = (
        f"postgres://{db['USER']}:{db['PASSWORD'] or ''}@{db['HOST'] or '127.0.0.1'}:"
        f"{db['PORT'] or 5432}/{db['NAME']}"
    )
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.subscriptions.worker_settings",
        "DATABASE_URL": url,
        "TEST_SMTP_PORT": str(smtp.port),
        "TEST_BATCH_SIZE": str(batch_size),
    }


def start_worker(env):
    return subprocess.Popen(
        [
            sys.executable,
            "manage.py",
            "db_worker",
            "--backend",
            "background",
            "--queue-name",
            "*",
            "--batch",
            "--no-startup-delay",
            "--no-reload",
        ],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def finish(worker):
    try:
        out, err = worker.communicate(timeout=180)
    except subprocess.TimeoutExpired:
        worker.kill()
        out, err = worker.communicate()
    assert worker.returncode == 0, err
    return out + err


def publish_release(site_tree, **kwargs):
    news = build_sections(site_tree["homes"]["en"])["news"]
    return PressReleasePageFactory(parent=news, publish_together=False, **kwargs)


def test_a_worker_process_sends_the_release(postgres, site_tree, smtp):
    SubscriberFactory(email="reader@example.org", everything=True)
    release = publish_release(site_tree, title="Sent by the worker")
    # Publishing committed: the mailing is queued, and nothing is sent yet.
    assert DBTaskResult.objects.filter(status="READY").count() == 1
    assert smtp.mailbox.messages == []

    finish(start_worker(worker_env(smtp, batch_size=50)))

    (message,) = smtp.mailbox.to("reader@example.org")
    assert message["Subject"] == "Sent by the worker"
    assert message["Message-ID"] == Delivery.objects.get().message_id
    assert Mailing.objects.get().page_id == release.pk
    assert set(DBTaskResult.objects.values_list("status", flat=True)) == {"SUCCESSFUL"}


def test_two_workers_never_send_a_release_twice_to_anyone(postgres, site_tree, smtp):
    Subscriber.objects.bulk_create(
        [
            Subscriber(
                email=f"reader{n}@example.org",
                everything=True,
                key=f"key-{n}",
                confirmed_at="2026-01-01T00:00:00Z",
            )
            for n in range(60)
        ]
    )
    publish_release(site_tree, title="Twice queued")
    mailing = Mailing.objects.get()
    # Two app servers, a retried task: the same mailing is queued four times.
    for _ in range(3):
        send_release.enqueue(mailing.pk)
    assert DBTaskResult.objects.filter(status="READY").count() == 4

    env = worker_env(smtp, batch_size=5)
    workers = [start_worker(env) for _ in range(2)]
    logs = [finish(worker) for worker in workers]

    received = Counter(smtp.mailbox.recipients())
    assert len(received) == 60, logs
    assert set(received.values()) == {1}
    assert Delivery.objects.count() == 60
    assert set(Delivery.objects.values_list("status", flat=True)) == {"sent"}
    # Both processes ran tasks of this mailing.
    workers_used = {
        worker_id
        for ids in DBTaskResult.objects.values_list("worker_ids", flat=True)
        for worker_id in ids
    }
    assert len(workers_used) == 2

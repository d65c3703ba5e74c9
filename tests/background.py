"""Run the background queue's due tasks inside a test, as `db_worker` would."""

from django_tasks_db.management.commands.db_worker import Worker
from django_tasks_db.models import DBTaskResult


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

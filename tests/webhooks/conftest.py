import pytest

from tests.background import run_tasks


@pytest.fixture
def run_worker():
    """Run the background queue's due deliveries with django-tasks-db's worker.

    In this process and this test's transaction: the `db_worker` command closes
    the database connection between tasks, which ends a test's transaction on
    PostgreSQL (tests/webhooks/test_worker_process.py runs the real command).
    """
    return run_tasks

import pytest
from django.core.management import call_command


@pytest.fixture
def run_worker():
    """Run the background queue's due deliveries with django-tasks-db's worker."""

    def run():
        call_command(
            "db_worker",
            "--backend",
            "background",
            "--batch",
            "--no-startup-delay",
            "--interval",
            "0",
            "--no-reload",
        )

    return run

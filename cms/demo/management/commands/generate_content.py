"""Deterministic synthetic content in every language, for load tests and the bench.

The pages are built by `cms.demo.builders.synthetic.Generator`.
"""

import time

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError
from django.db import connection, transaction
from wagtail.models import Page

from cms.caching import invalidate_everything
from cms.demo.builders.synthetic import Generator


class Command(BaseCommand):
    help = (
        "Create deterministic synthetic releases, partners and events in every "
        "language, with linked translations, topics and images."
    )

    def add_arguments(self, parser):
        parser.add_argument("--releases", type=int, default=100)
        parser.add_argument("--partners", type=int, default=20)
        parser.add_argument("--events", type=int, default=20)
        parser.add_argument("--seed", type=int, default=1)
        parser.add_argument(
            "--locales",
            default="en,fr,nl",
            help="Comma-separated language codes; the first is the source language.",
        )

    def handle(self, *args, **options):
        counts = {name: options[name] for name in ("releases", "partners", "events")}
        for name, value in counts.items():
            if value < 0:
                raise CommandError(f"--{name} must be zero or more, not {value}.")
        codes = [code.strip() for code in options["locales"].split(",") if code.strip()]
        known = [code for code, _name in settings.LANGUAGES]
        unknown = [code for code in codes if code not in known]
        if unknown or not codes:
            raise CommandError(
                f"Unknown locale {', '.join(unknown) or '(none)'}; "
                f"choose among {', '.join(known)}."
            )
        if len(set(codes)) != len(codes):
            raise CommandError("Each locale may be given once.")
        seed = options["seed"]
        prefix = f"gen{seed}-"
        if Page.objects.filter(slug__startswith=prefix).exists():
            raise CommandError(
                f"Content for seed {seed} exists already; use another --seed."
            )
        started = time.monotonic()
        generator = Generator(codes, seed, prefix, self.stdout)
        # The site skeleton first, committed on its own: its commit hooks (e.g.
        # redirects for a translated index's slug) then see no generated children.
        with transaction.atomic():
            generator.prepare()
        with transaction.atomic():
            made = generator.run(**counts)
        # Bulk inserts send no publish signals: refresh every cached page.
        invalidate_everything()
        # Tables that grew tenfold since the planner last sampled them get
        # nested loops sized for a few rows (the news index's partner filter
        # took 4 s at 1,000 releases); autovacuum may be off or not yet there.
        if connection.vendor == "postgresql":
            with connection.cursor() as cursor:
                cursor.execute("ANALYZE")
        self.stdout.write(
            f"Created {made} pages in {', '.join(codes)} "
            f"in {time.monotonic() - started:.1f} s."
        )

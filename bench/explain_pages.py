"""Each page type's cold queries, each re-run with EXPLAIN ANALYZE (PostgreSQL).

What grows with the newsroom shows here rather than in wall times, which a
loaded machine fills with round trips. Run with the bench's environment
(bench/bench.py `environment()`) and DATABASE_URL naming the seeded database:

    .venv/bin/python bench/explain_pages.py [page type ...] [--top N]

Prints, per page type, the query count and the sum of the execution times, then
the N slowest queries (default 0).
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

# probe sets Django up; what Django gives is taken from it, imported after.
import probe

cache, connection = probe.cache, probe.connection
Client, CaptureQueriesContext = probe.Client, probe.CaptureQueriesContext


def explain(sql):
    with connection.cursor() as cursor:
        cursor.execute("EXPLAIN (ANALYZE, FORMAT JSON) " + sql)
        return cursor.fetchone()[0][0]["Execution Time"]


def main(args):
    top = 0
    if "--top" in args:
        at = args.index("--top")
        top = int(args[at + 1])
        args = args[:at] + args[at + 2 :]
    client = Client(HTTP_HOST="127.0.0.1")
    urls = probe.page_urls()
    for name in args or list(urls):
        cache.clear()
        with CaptureQueriesContext(connection) as queries:
            client.get(urls[name])
        timed = [
            (explain(query["sql"]), query["sql"])
            for query in queries.captured_queries
            if query["sql"].lstrip().upper().startswith("SELECT")
        ]
        total = sum(ms for ms, _sql in timed)
        print(f"{name:<18} queries {len(queries):>3}  executed {total:8.1f} ms")  # noqa: T201
        for ms, sql in sorted(timed, reverse=True)[:top]:
            print(f"  {ms:8.1f} ms  {sql[:300]}")  # noqa: T201


if __name__ == "__main__":
    main(sys.argv[1:])

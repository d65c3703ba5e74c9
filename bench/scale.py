"""`make bench-scale`: what the newsroom costs at 1,000 and at 100,000 releases.

For each size of BENCH_SCALE_SIZES (default 1000,100000 releases, in three
languages) on PostgreSQL (BENCH_DATABASE_URL, default .../bench_scale, one
database per size: bench_scale_1000, ...): how long generate_content took,
every page type's query count and uncached p50 through django.test.Client
(bench/probe.py), and the peak worker RSS of a server while it serves the
sitemap index, every sitemap it lists, the feeds, the calendar and the API
listing near its end. BENCH_REUSE=1 keeps seeded databases (and their seeding
time, in .bench/). BENCH_SCALE_SERVER picks the server (default granian).
"""

import json
import os
import re
import sys
import time
import urllib.request
from urllib.parse import urlsplit, urlunsplit

from bench import PORT, ROOT, Server, environment, load, probe, say, seed

SIZES = [
    int(size)
    for size in os.environ.get("BENCH_SCALE_SIZES", "1000,100000").split(",")
    if size.strip()
]
BASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", "postgres://postgres@127.0.0.1:5432/bench_scale"
)
SERVER = os.environ.get("BENCH_SCALE_SERVER", "granian")
REUSE = os.environ.get("BENCH_REUSE") == "1"


def fetch(path):
    url = path if path.startswith("http") else f"http://127.0.0.1:{PORT}{path}"
    started = time.monotonic()
    with urllib.request.urlopen(url, timeout=300) as response:  # noqa: S310
        body = response.read()
        return response.status, body, time.monotonic() - started


def memory(env):
    """Peak worker RSS while the sitemaps, feeds and the API's last page are read."""
    server = Server(SERVER, env)
    try:
        _, index, index_s = fetch("/sitemap-index.xml")
        locations = re.findall(rb"<loc>([^<]+)</loc>", index)
        slowest = 0.0
        for location in locations:
            # On the public base URL: ask our server for the same path.
            address = urlsplit(location.decode().replace("&amp;", "&"))
            _, _, took = fetch(urlunsplit(("", "", *address[2:])))
            slowest = max(slowest, took)
        for path in (
            "/en/feeds/releases.rss",
            "/en/feeds/releases.atom",
            "/en/calendar/events.ics",
        ):
            fetch(path)
        _, body, _ = fetch("/api/v2/pages/?limit=1")
        total = json.loads(body)["meta"]["total_count"]
        _, _, api_s = fetch(f"/api/v2/pages/?limit=20&offset={max(total - 20, 0)}")
        return {
            "sitemaps": len(locations),
            "sitemap_index_s": round(index_s, 2),
            "slowest_sitemap_s": round(slowest, 2),
            "api_total": total,
            "api_last_page_s": round(api_s, 2),
            "peak_rss_mb": round(server.peak_rss_mb()),
        }
    finally:
        server.stop()


def run(size):
    env = environment(cache_on=False, database_url=f"{BASE_URL}_{size}")
    record = ROOT / ".bench" / f"scale-{size}.json"
    took = seed(env, releases=size, reuse=REUSE)
    if took is None and record.exists():
        took = json.loads(record.read_text())["generate_s"]
    say(f"{size}: measuring pages ({load()})")
    pages = probe("measure", env)
    say(f"{size}: measuring memory ({load()})")
    result = {
        "releases": size,
        "generate_s": took,
        "pages": pages,
        "memory": memory(env),
        "load": load(),
    }
    record.parent.mkdir(exist_ok=True)
    record.write_text(json.dumps(result, indent=1))
    return result


def main():
    results = [run(size) for size in SIZES]
    print("\n## Scale\n")  # noqa: T201
    print(  # noqa: T201
        "| releases x 3 | " + " | ".join(f"{r['releases']:,}" for r in results) + " |"
    )
    print("| --- |" + " --- |" * len(results))  # noqa: T201

    def row(label, values):
        print(f"| {label} | " + " | ".join(str(v) for v in values) + " |")  # noqa: T201

    row(
        "generate_content s",
        [r["generate_s"] and round(r["generate_s"]) for r in results],
    )
    for page in results[0]["pages"]:
        row(f"{page} queries", [r["pages"][page]["queries"] for r in results])
        row(f"{page} warm queries", [r["pages"][page]["warm_queries"] for r in results])
        row(f"{page} p50 ms", [r["pages"][page]["p50_ms"] for r in results])
    for key in results[0]["memory"]:
        row(key, [r["memory"][key] for r in results])
    row("load average", [r["load"] for r in results])
    first, last = results[0], results[-1]
    print()  # noqa: T201
    for page in first["pages"]:
        a, b = first["pages"][page], last["pages"][page]
        same = (
            "same"
            if (a["queries"], a["warm_queries"])
            == (
                b["queries"],
                b["warm_queries"],
            )
            else "DIFFERENT"
        )
        ratio = b["p50_ms"] / a["p50_ms"] if a["p50_ms"] else 0
        print(f"{page:<18} queries {same:<9} p50 x{ratio:.2f}")  # noqa: T201
    print(f"Server for memory: {SERVER}, 2 workers; {sys.executable}")  # noqa: T201


if __name__ == "__main__":
    main()

"""`make bench`: throughput and latency of every public page type, uncached and
cached, under each WSGI server we could run in production.

Seeds a database (the demo content plus BENCH_RELEASES generated releases in
three languages), then for each server of BENCH_SERVERS (gunicorn sync, gunicorn
gthread, granian; 2 workers each, production settings) measures every page type
with wrk, first with the page cache off, then on, next to a static CSS file
served by whitenoise. Prints one table per server, each row with its ratio to
that run's static row, the non-2xx count and the worker's peak RSS and PSS, then which
server is fastest. A command, not a test: numbers depend on the machine.

Options (environment): BENCH_SERVERS (comma-separated, default all three),
BENCH_DURATION (wrk duration, default 10s), BENCH_CONNECTIONS (default 8),
BENCH_RELEASES (default 1000), BENCH_REUSE=1 (keep the seeded database),
BENCH_DATABASE_URL (default SQLite in .bench/), BENCH_PORT (default 8765),
BENCH_SERVER_BIN (the servers' bin directory; `make bench` passes the
production install's, .venv-serve/bin).
"""

import json
import math
import os
import re
import resource
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
# The servers run from the production install `make bench` prepares
# (BENCH_SERVER_BIN, the Makefile's .venv-serve), else from this venv.
BIN = Path(os.environ.get("BENCH_SERVER_BIN") or Path(PYTHON).parent).resolve()
PORT = int(os.environ.get("BENCH_PORT", "8765"))
RELEASES = int(os.environ.get("BENCH_RELEASES", "1000"))
DURATION = os.environ.get("BENCH_DURATION", "10s")
CONNECTIONS = os.environ.get("BENCH_CONNECTIONS", "8")
WORKERS = "2"
DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", f"sqlite:///{ROOT / '.bench' / 'bench.sqlite3'}"
)
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")
REUSE = os.environ.get("BENCH_REUSE") == "1"


def gunicorn(*extra):
    return lambda port: [
        str(BIN / "gunicorn"),
        "cms.wsgi:application",
        "--bind",
        f"127.0.0.1:{port}",
        "--workers",
        WORKERS,
        *extra,
    ]


def granian(port):
    return [
        str(BIN / "granian"),
        "--interface",
        "wsgi",
        "--host",
        "127.0.0.1",
        "--port",
        str(port),
        "--workers",
        WORKERS,
        # One request at a time per worker, as gunicorn sync: granian's WSGI
        # default (backlog / workers / 2 = 256 threads) renders many pages at
        # once and took a worker to 193 MB (docs/performance.md).
        "--blocking-threads",
        "1",
        "--no-ws",
        "cms.wsgi:application",
    ]


# The same commands as `make serve SERVER=...` (Makefile).
SERVERS = {
    "gunicorn-sync": gunicorn(),
    "gunicorn-gthread": gunicorn("--worker-class", "gthread", "--threads", "4"),
    "granian": granian,
}
CHOSEN = [
    name.strip()
    for name in os.environ.get("BENCH_SERVERS", ",".join(SERVERS)).split(",")
    if name.strip()
]


def say(text):
    sys.stderr.write(text + "\n")


def load():
    return "load {:.2f} {:.2f} {:.2f}".format(*os.getloadavg())


def redis_up():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return True
    except OSError:
        return False


def environment(cache_on, database_url=DATABASE_URL):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "DJANGO_SECRET_KEY": "bench-only-secret-key-not-for-production",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_INSECURE_LOCAL_COOKIES": "true",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_LOG_LEVEL": "WARNING",
        "DATABASE_URL": database_url,
        "PAGE_CACHE_ENABLED": "true" if cache_on else "false",
    }
    if redis_up():
        env["REDIS_URL"] = REDIS_URL
    else:
        env.pop("REDIS_URL", None)
    return env


def manage(*args, env, capture=False):
    result = subprocess.run(  # noqa: S603
        [PYTHON, "manage.py", *args],
        cwd=ROOT,
        env=env,
        check=True,
        capture_output=capture,
        text=True,
    )
    return result.stdout


def children_cpu():
    """CPU seconds (user + system) of the finished child processes so far: the
    seeding's own cost, whatever else the machine runs."""
    usage = resource.getrusage(resource.RUSAGE_CHILDREN)
    return usage.ru_utime + usage.ru_stime


def database_exists(database_url):
    if database_url.startswith("sqlite:///"):
        return Path(database_url.removeprefix("sqlite:///")).exists()
    import psycopg

    base, name = database_url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        query = "SELECT 1 FROM pg_database WHERE datname = %s"
        return conn.execute(query, [name]).fetchone() is not None


def fresh_database(database_url):
    if database_url.startswith("sqlite:///"):
        path = Path(database_url.removeprefix("sqlite:///"))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.unlink(missing_ok=True)
        return
    import psycopg

    base, name = database_url.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


def seed(env, releases=RELEASES, reuse=REUSE):
    """Demo content plus `releases` generated releases; generate_content seconds."""
    database_url = env["DATABASE_URL"]
    if reuse and database_exists(database_url):
        say(f"Reusing {database_url} (BENCH_REUSE=1)")
        manage("collectstatic", "--noinput", "--verbosity", "0", env=env)
        return None
    say(f"Seeding {releases} releases in en, fr, nl into {database_url} ...")
    fresh_database(database_url)
    manage("migrate", "--noinput", "--verbosity", "0", env=env)
    manage("load_demo", env=env)
    started = time.monotonic()
    cpu = children_cpu()
    manage(
        "generate_content",
        "--releases",
        str(releases),
        "--partners",
        "30",
        "--events",
        "30",
        "--seed",
        "1",
        env=env,
    )
    took = time.monotonic() - started
    cpu = children_cpu() - cpu
    say(f"generate_content took {took:.0f} s, {cpu:.0f} s of CPU ({load()})")
    manage("collectstatic", "--noinput", "--verbosity", "0", env=env)
    return took


def probe(action, env):
    """bench/probe.py's JSON answer, run with the bench's settings."""
    script = str(ROOT / "bench" / "probe.py")
    output = subprocess.run(  # noqa: S603
        [PYTHON, script, action], cwd=ROOT, env=env, check=True, capture_output=True
    ).stdout
    return json.loads(output.decode().strip().splitlines()[-1])


def page_urls(env):
    """Every page type's URL, in the order printed; "static css" is the ceiling."""
    found = probe("urls", env)
    missing = [name for name, url in found.items() if not url]
    if missing:
        raise SystemExit(f"No page to measure for: {', '.join(missing)}")
    manifest = json.loads((ROOT / "staticfiles" / "staticfiles.json").read_text())
    return {**found, "static css": f"/static/{manifest['paths']['css/site.css']}"}


def descendants(pid):
    children = []
    for task in Path(f"/proc/{pid}/task").iterdir():
        for child in (task / "children").read_text().split():
            children += [int(child), *descendants(int(child))]
    return children


def peak_rss_mb(pid):
    """The highest VmHWM (peak resident memory) among `pid`'s processes."""
    peaks = []
    for child in descendants(pid):
        try:
            status = Path(f"/proc/{child}/status").read_text()
        except FileNotFoundError:
            continue
        match = re.search(r"VmHWM:\s+(\d+) kB", status)
        if match:
            peaks.append(int(match.group(1)) / 1024)
    return max(peaks, default=0.0)


def pss_mb(pid):
    """The highest PSS (proportional set size) among `pid`'s processes: each
    worker's private memory plus its share of the pages it shares with the
    other workers (the libraries' code). VmHWM counts those shared pages whole
    in every worker, PSS once across them."""
    sizes = []
    for child in descendants(pid):
        try:
            rollup = Path(f"/proc/{child}/smaps_rollup").read_text()
        except (FileNotFoundError, PermissionError):
            continue
        match = re.search(r"^Pss:\s+(\d+) kB", rollup, re.MULTILINE)
        if match:
            sizes.append(int(match.group(1)) / 1024)
    return max(sizes, default=0.0)


class Server:
    """One server of SERVERS on PORT with production settings."""

    def __init__(self, name, env):
        self.name = name
        self.process = subprocess.Popen(  # noqa: S603
            SERVERS[name](PORT),
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            start_new_session=True,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}/robots.txt", timeout=5)
                return
            except OSError:
                if self.process.poll() is not None:
                    break
                time.sleep(0.3)
        self.stop()
        raise SystemExit(f"{name} did not start")

    def peak_rss_mb(self):
        return peak_rss_mb(self.process.pid)

    def pss_mb(self):
        return pss_mb(self.process.pid)

    def stop(self):
        self.process.terminate()
        try:
            self.process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            self.process.kill()
            self.process.wait()


def to_ms(value):
    number, unit = re.match(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def wrk(path, duration=DURATION):
    url = f"http://127.0.0.1:{PORT}{path}"
    for _ in range(2):  # warm: the second fetch of a page is a cache hit
        urllib.request.urlopen(url, timeout=60).read()
    output = subprocess.run(  # noqa: S603
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{duration}", "--latency", url],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = to_ms(re.search(r"\s50%\s+(\S+)", output).group(1))
    p99 = to_ms(re.search(r"\s99%\s+(\S+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rps, p50, p99, int(errors.group(1)) if errors else 0


def measure(name, urls, cache_on):
    """Every row of `urls` on a fresh server. The static file, the ceiling of
    the ratios, is measured first and last and its two rates averaged, after
    a 2-second run that is thrown away: a server's first seconds (and what the
    machine still finished of the previous server) made the first row of a run
    up to 30 % slower than the same page measured later in it."""
    say(f"{name}: page cache {'on' if cache_on else 'off'} ({load()})")
    server = Server(name, environment(cache_on))
    try:
        static = urls["static css"]
        wrk(static, duration="2s")
        first = wrk(static)
        results = {page: wrk(path) for page, path in urls.items() if path != static}
        last = wrk(static)
        results["static css"] = (
            (first[0] + last[0]) / 2,
            max(first[1], last[1]),
            max(first[2], last[2]),
            first[3] + last[3],
        )
        return results, (server.peak_rss_mb(), server.pss_mb())
    finally:
        server.stop()


def geomean(values):
    return math.exp(sum(math.log(max(v, 0.01)) for v in values) / len(values))


def table(name, urls, uncached, cached, rss):
    static_u, static_c = uncached["static css"][0], cached["static css"][0]
    print(f"\n## {name} ({WORKERS} workers)\n")  # noqa: T201
    header = (
        f"{'page':<18}{'uncached rps':>13}{'p50 ms':>8}{'p99 ms':>8}{'u/static':>9}"
        f"{'cached rps':>11}{'p50 ms':>8}{'p99 ms':>8}{'c/static':>9}{'non-2xx':>9}"
    )
    print(header)  # noqa: T201
    print("-" * len(header))  # noqa: T201
    for page in urls:
        u, c = uncached[page], cached[page]
        print(  # noqa: T201
            f"{page:<18}{u[0]:>13.0f}{u[1]:>8.1f}{u[2]:>8.1f}{u[0] / static_u:>9.3f}"
            f"{c[0]:>11.0f}{c[1]:>8.1f}{c[2]:>8.1f}{c[0] / static_c:>9.3f}"
            f"{u[3] + c[3]:>9}"
        )
    print(  # noqa: T201
        f"\nPeak worker RSS (VmHWM): {rss[0][0]:.0f} MB uncached run, "
        f"{rss[1][0]:.0f} MB cached run. Worker PSS at the end: "
        f"{rss[0][1]:.0f} MB uncached run, {rss[1][1]:.0f} MB cached run."
    )


def main():
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (make bench installs it)")
    unknown = [name for name in CHOSEN if name not in SERVERS]
    if unknown:
        raise SystemExit(f"Unknown server {', '.join(unknown)}; one of {list(SERVERS)}")
    env = environment(cache_on=False)
    seed(env)
    urls = page_urls(env)
    summary = {}
    for name in CHOSEN:
        before = load()
        uncached, rss_u = measure(name, urls, cache_on=False)
        cached, rss_c = measure(name, urls, cache_on=True)
        table(name, urls, uncached, cached, (rss_u, rss_c))
        pages = [page for page in urls if page != "static css"]
        summary[name] = {
            "uncached": geomean([uncached[page][0] for page in pages]),
            "cached": geomean([cached[page][0] for page in pages]),
            "static": cached["static css"][0],
            "errors": sum(uncached[p][3] + cached[p][3] for p in urls),
            "rss": max(rss_u[0], rss_c[0]),
            "pss": max(rss_u[1], rss_c[1]),
            "load": f"{before} -> {load()}",
        }
    print("\n## Summary (geometric mean of the page rows' req/s)\n")  # noqa: T201
    for name, row in summary.items():
        print(  # noqa: T201
            f"{name:<18} uncached {row['uncached']:>7.1f}  cached {row['cached']:>8.1f}"
            f"  static {row['static']:>8.0f}  non-2xx {row['errors']:>5}"
            f"  peak RSS {row['rss']:>4.0f} MB  PSS {row['pss']:>4.0f} MB"
            f"  ({row['load']})"
        )
    working = {name: row for name, row in summary.items() if not row["errors"]}
    if working:
        fastest = max(
            working, key=lambda n: working[n]["uncached"] * working[n]["cached"]
        )
        print(f"\nFastest without errors: {fastest}")  # noqa: T201
    print(  # noqa: T201
        f"Database: {DATABASE_URL}; cache: {'Redis' if redis_up() else 'file'}; "
        f"wrk -t2 -c{CONNECTIONS} -d{DURATION}; releases: {RELEASES} x 3 languages; "
        f"{os.cpu_count()} CPUs."
    )


if __name__ == "__main__":
    main()

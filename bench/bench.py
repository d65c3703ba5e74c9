"""`make bench`: throughput and latency of the public pages, uncached and cached.

Seeds a fresh database with BENCH_RELEASES releases in three languages, runs
gunicorn with production settings and 2 workers (as `make serve` does), and
measures each page with wrk, first with the page cache off, then on, next to
a static CSS file served by whitenoise. Prints a table and the peak RSS of a
worker. A command, not a test: numbers depend on the machine.
"""

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PYTHON = sys.executable
GUNICORN = str(Path(PYTHON).with_name("gunicorn"))
PORT = int(os.environ.get("BENCH_PORT", "8765"))
RELEASES = int(os.environ.get("BENCH_RELEASES", "1000"))
DURATION = os.environ.get("BENCH_DURATION", "10s")
CONNECTIONS = os.environ.get("BENCH_CONNECTIONS", "8")
DATABASE_URL = os.environ.get(
    "BENCH_DATABASE_URL", f"sqlite:///{ROOT / '.bench' / 'bench.sqlite3'}"
)
REDIS_URL = os.environ.get("BENCH_REDIS_URL", "redis://127.0.0.1:6379/14")


def say(text):
    sys.stderr.write(text + "\n")


def redis_up():
    try:
        with socket.create_connection(("127.0.0.1", 6379), timeout=1):
            return True
    except OSError:
        return False


def environment(cache_on):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "cms.settings.production",
        "DJANGO_SECRET_KEY": "bench-only-secret-key-not-for-production",
        "DJANGO_SECURE_SSL_REDIRECT": "false",
        "DJANGO_INSECURE_LOCAL_COOKIES": "true",
        "DJANGO_ALLOWED_HOSTS": "127.0.0.1,localhost",
        "DJANGO_LOG_LEVEL": "WARNING",
        "DATABASE_URL": DATABASE_URL,
        "PAGE_CACHE_ENABLED": "true" if cache_on else "false",
    }
    if redis_up():
        env["REDIS_URL"] = REDIS_URL
    else:
        env.pop("REDIS_URL", None)
    return env


def manage(*args, env):
    subprocess.run([PYTHON, "manage.py", *args], cwd=ROOT, env=env, check=True)  # noqa: S603


def fresh_database():
    if DATABASE_URL.startswith("sqlite:///"):
        path = Path(DATABASE_URL.removeprefix("sqlite:///"))
        path.parent.mkdir(parents=True, exist_ok=True)
        path.unlink(missing_ok=True)
        return
    import psycopg

    base, name = DATABASE_URL.rsplit("/", 1)
    with psycopg.connect(f"{base}/postgres", autocommit=True) as conn:
        conn.execute(f'DROP DATABASE IF EXISTS "{name}"')
        conn.execute(f'CREATE DATABASE "{name}"')


def seed(env):
    say(f"Seeding {RELEASES} releases in en, fr, nl into {DATABASE_URL} ...")
    fresh_database()
    manage("migrate", "--noinput", "--verbosity", "0", env=env)
    started = time.monotonic()
    manage(
        "generate_content",
        "--releases",
        str(RELEASES),
        "--partners",
        "30",
        "--events",
        "30",
        "--seed",
        "1",
        env=env,
    )
    say(f"Seeded in {time.monotonic() - started:.0f} s")
    manage("collectstatic", "--noinput", "--verbosity", "0", env=env)


def urls():
    manifest = json.loads((ROOT / "staticfiles" / "staticfiles.json").read_text())
    css = manifest["paths"]["css/site.css"]
    return {
        "home": "/en/",
        "news index": "/en/news/",
        "release": "/en/news/gen1-release-1/",
        "partner": "/en/partners/gen1-partner-1/",
        "event": "/en/events/gen1-event-1/",
        "search": "/en/search/?q=partners",
        "feed": "/en/feeds/releases.rss",
        "static css": f"/static/{css}",
    }


class Server:
    """gunicorn as `make serve` runs it: production settings, 2 workers."""

    def __init__(self, env):
        self.process = subprocess.Popen(  # noqa: S603
            [
                GUNICORN,
                "cms.wsgi:application",
                "--bind",
                f"127.0.0.1:{PORT}",
                "--workers",
                "2",
            ],
            cwd=ROOT,
            env=env,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{PORT}/robots.txt", timeout=5)
                return
            except OSError:
                time.sleep(0.3)
        self.stop()
        raise SystemExit("gunicorn did not start")

    def worker_peak_rss_mb(self):
        pid = self.process.pid
        children = Path(f"/proc/{pid}/task/{pid}/children").read_text().split()
        peaks = []
        for child in children:
            status = Path(f"/proc/{child}/status").read_text()
            match = re.search(r"VmHWM:\s+(\d+) kB", status)
            if match:
                peaks.append(int(match.group(1)) / 1024)
        return max(peaks, default=0.0)

    def stop(self):
        self.process.terminate()
        self.process.wait(timeout=30)


def to_ms(value):
    number, unit = re.match(r"([\d.]+)(us|ms|s)", value).groups()
    return float(number) * {"us": 0.001, "ms": 1, "s": 1000}[unit]


def wrk(path):
    url = f"http://127.0.0.1:{PORT}{path}"
    urllib.request.urlopen(url, timeout=30).read()
    output = subprocess.run(  # noqa: S603
        ["wrk", "-t2", f"-c{CONNECTIONS}", f"-d{DURATION}", "--latency", url],  # noqa: S607
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", output).group(1))
    p50 = to_ms(re.search(r"\s50%\s+(\S+)", output).group(1))
    p99 = to_ms(re.search(r"\s99%\s+(\S+)", output).group(1))
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", output)
    return rps, p50, p99, int(errors.group(1)) if errors else 0


def measure(cache_on):
    server = Server(environment(cache_on))
    try:
        results = {name: wrk(path) for name, path in urls().items()}
        return results, server.worker_peak_rss_mb()
    finally:
        server.stop()


def main():
    if shutil.which("wrk") is None:
        raise SystemExit("wrk is not installed (make bench installs it)")
    seed(environment(cache_on=False))
    say("Measuring without the page cache ...")
    uncached, rss_uncached = measure(cache_on=False)
    say("Measuring with the page cache ...")
    cached, rss_cached = measure(cache_on=True)
    static_rps = cached["static css"][0]
    header = (
        f"{'page':<14}{'uncached rps':>13}{'p50 ms':>8}{'p99 ms':>8}"
        f"{'cached rps':>12}{'p50 ms':>8}{'p99 ms':>8}{'cached/static':>15}"
        f"{'cached/uncached':>17}"
    )
    print(header)  # noqa: T201
    print("-" * len(header))  # noqa: T201
    for name in urls():
        u, c = uncached[name], cached[name]
        bad = f" (non-2xx: {u[3]}/{c[3]})" if u[3] or c[3] else ""
        print(  # noqa: T201
            f"{name:<14}{u[0]:>13.0f}{u[1]:>8.1f}{u[2]:>8.1f}"
            f"{c[0]:>12.0f}{c[1]:>8.1f}{c[2]:>8.1f}"
            f"{c[0] / static_rps:>15.2f}{c[0] / u[0]:>17.1f}{bad}"
        )
    print(  # noqa: T201
        f"\nPeak RSS of a gunicorn worker: {rss_uncached:.0f} MB uncached run, "
        f"{rss_cached:.0f} MB cached run. Database: {DATABASE_URL}; "
        f"cache: {'Redis' if redis_up() else 'file'}; wrk -c{CONNECTIONS} "
        f"-d{DURATION}; releases: {RELEASES} x 3 languages."
    )


if __name__ == "__main__":
    main()

"""A web worker's resident memory, in-process: `python bench/worker_memory.py`.

Imports the application as a server's worker does (cms.wsgi, production
settings unless DJANGO_SETTINGS_MODULE says otherwise), then calls it directly
with WSGI requests, no server and no load generator: every page type of the
bench ROUNDS times, then WALK distinct releases and NEWS_PAGES pages of the
news index, as a crawler would. Prints VmRSS / VmHWM (the bench's peak, in MB)
after each step. Run with the bench's environment and a seeded database
(docs/performance.md, "Worker memory"). A command, not a test.

Options (environment): ROUNDS (default 3), WALK (default 600), NEWS_PAGES
(default 200).
"""

import io
import os
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "cms.settings.production")


def memory():
    """(VmRSS, VmHWM) of this process, in MB."""
    status = Path("/proc/self/status").read_text()
    return tuple(
        int(re.search(rf"{name}:\s+(\d+) kB", status).group(1)) // 1024
        for name in ("VmRSS", "VmHWM")
    )


def say(text):
    sys.stdout.write(f"{text:40s} rss/peak MB {memory()}\n")
    sys.stdout.flush()


say("python started")
from cms.wsgi import application  # noqa: E402

say("cms.wsgi imported")
import probe  # noqa: E402  (bench/probe.py: the bench's URL of each page type)

from news.models import PressReleasePage  # noqa: E402

URLS = probe.page_urls()
say("URLconf loaded, page URLs read")


def get(url):
    path, _, query = url.partition("?")
    environ = {
        "REQUEST_METHOD": "GET",
        "PATH_INFO": path,
        "QUERY_STRING": query,
        "SERVER_NAME": "127.0.0.1",
        "SERVER_PORT": "80",
        "SERVER_PROTOCOL": "HTTP/1.1",
        "HTTP_HOST": "127.0.0.1",
        "wsgi.input": io.BytesIO(),
        "wsgi.errors": sys.stderr,
        "wsgi.url_scheme": "http",
    }
    body = application(environ, lambda status, headers, exc_info=None: None)
    for _chunk in body:
        pass
    body.close()


for round_number in range(int(os.environ.get("ROUNDS", "3"))):
    for name, url in URLS.items():
        get(url)
        if round_number == 0:
            say(f"  {name}")
    say(f"every page type, round {round_number + 1}")

walk = int(os.environ.get("WALK", "600"))
releases = PressReleasePage.objects.live().public().order_by("path")[:walk]
for number, release in enumerate(releases, start=1):
    get(release.url)
    if number % 100 == 0:
        say(f"{number} distinct releases")

for number in range(1, int(os.environ.get("NEWS_PAGES", "200")) + 1):
    get(f"{URLS['news index']}?page={number}")
    if number % 50 == 0:
        say(f"news index page 1-{number}")

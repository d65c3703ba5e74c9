"""axe-core and the Nu HTML Checker, as installed by `make check-tools` from npm.

Both are the third-party checkers the newsroom is held to: axe-core runs inside
the page in Chromium; vnu.jar (the Nu HTML Checker) reads the HTML the server
sent, all files in one Java run.
"""

import json
import shutil
import subprocess
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
AXE_JS = ROOT / "node_modules" / "axe-core" / "axe.min.js"
VNU_JAR = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"
MISSING = "axe-core, vnu-jar or Java missing: run `make check-tools` (npm, Java 17)"

# WCAG 2.1 A and AA success criteria; best practices such as landmark-unique
# count too when axe rates them serious or critical.
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]
BLOCKING = {"serious", "critical"}


def run_axe(page):
    """axe-core's serious and critical violations on the page, one line each."""
    if not page.evaluate("() => typeof window.axe === 'object'"):
        page.evaluate(AXE_JS.read_text(encoding="utf-8"))
    results = page.evaluate(
        """tags => axe.run(document, {
            runOnly: {type: "tag", values: tags},
            resultTypes: ["violations"],
        })""",
        AXE_TAGS,
    )
    return [
        f"{violation['id']} ({violation['impact']}): {node['target']} "
        f"{node.get('failureSummary', '').splitlines()[-1:]}"
        for violation in results["violations"]
        if violation["impact"] in BLOCKING
        for node in violation["nodes"]
    ]


def run_vnu(paths):
    """The Nu HTML Checker's errors in the given files, one line each."""
    java = shutil.which("java")
    result = subprocess.run(  # noqa: S603 (a fixed command on our own files)
        [java, "-jar", str(VNU_JAR), "--format", "json", "--errors-only"]
        + [str(path) for path in paths],
        capture_output=True,
        text=True,
        timeout=600,
        check=False,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')
    return [
        f"{Path(message.get('url', '')).name}:{message.get('lastLine', '?')}: "
        f"{message['message']} {message.get('extract', '')!r}"
        for message in messages["messages"]
        if message["type"] in {"error", "non-document-error"}
    ]

"""The layout stays layered: read with the standard library's `ast` alone.

Layers import only downwards (docs/architecture.md): the shared base in `cms/`
imports no app; `partners` does not import `news` or `home`; `news` does not
import `home`; nothing imports the wiring or the demo. An import written inside
a function counts like any other, so a circle cannot hide there.

Run as a script (`python tests/test_layout.py`) to print the measures.
"""

import ast
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("cms", "accounts", "partners", "news", "webhooks", "home")
APPS = ("accounts", "partners", "news", "webhooks", "home")
# Wiring and demo content sit on top and may import the apps.
TOP = ("cms.settings", "cms.urls", "cms.wsgi", "cms.asgi", "cms.demo")
# Which app may import which (besides the base): one direction only.
MAY_IMPORT = {
    "accounts": set(),
    "partners": set(),
    "news": {"partners"},
    "webhooks": {"partners", "news"},
    "home": {"partners", "news"},
}
LONGEST_MODULE = 400
MOST_FUNCTION_IMPORTS = 10
DEMO_DATA = "cms.demo.content"


def module_name(path, root=ROOT):
    parts = list(path.relative_to(root).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def project_modules(root=ROOT):
    """{dotted name: path} for every module of the project, migrations aside."""
    found = {}
    for package in PACKAGES:
        for path in sorted((root / package).rglob("*.py")):
            if "migrations" in path.parts:
                continue
            found[module_name(path, root)] = path
    return found


def _package_of(name, path):
    return name if path.name == "__init__.py" else name.rpartition(".")[0]


def _targets(node, name, path, modules):
    """The project modules an import statement names."""
    if isinstance(node, ast.Import):
        wanted = [alias.name for alias in node.names]
    else:
        base = node.module or ""
        if node.level:
            package = _package_of(name, path).split(".")
            package = package[: len(package) - node.level + 1]
            base = ".".join([*package, base] if base else package)
        wanted = [f"{base}.{alias.name}" for alias in node.names] + [base]
    targets = set()
    for dotted in wanted:
        # `from news.models import PressReleasePage` names `news.models`.
        while dotted and dotted not in modules:
            dotted = dotted.rpartition(".")[0]
        if dotted and dotted != name:
            targets.add(dotted)
    return targets


def _in_function(tree):
    """The import nodes written inside a function body."""
    inside = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            for child in ast.walk(node):
                if isinstance(child, ast.Import | ast.ImportFrom):
                    inside.add(child)
    return inside


def import_graph(modules):
    """(edges {module: {imported project modules}}, imports inside functions)."""
    edges = defaultdict(set)
    hidden = []
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        inside = _in_function(tree)
        for node in ast.walk(tree):
            if isinstance(node, ast.Import | ast.ImportFrom):
                if isinstance(node, ast.ImportFrom) and node.module == "__future__":
                    continue
                edges[name] |= _targets(node, name, path, modules)
                if node in inside:
                    hidden.append(f"{path.relative_to(ROOT)}:{node.lineno}")
    return edges, hidden


def circles(edges):
    """Strongly connected groups of two or more modules (Tarjan)."""
    index, low, stack, on_stack, found = {}, {}, [], set(), []
    counter = [0]

    def visit(node):
        index[node] = low[node] = counter[0]
        counter[0] += 1
        stack.append(node)
        on_stack.add(node)
        for target in edges.get(node, ()):
            if target not in index:
                visit(target)
                low[node] = min(low[node], low[target])
            elif target in on_stack:
                low[node] = min(low[node], index[target])
        if low[node] == index[node]:
            group = set()
            while True:
                member = stack.pop()
                on_stack.discard(member)
                group.add(member)
                if member == node:
                    break
            if len(group) > 1:
                found.append(sorted(group))

    sys.setrecursionlimit(10_000)
    for node in sorted(set(edges) | {t for ts in edges.values() for t in ts}):
        if node not in index:
            visit(node)
    return found


def layer_of(name):
    if name == "cms" or name.startswith("cms."):
        if any(name == top or name.startswith(top + ".") for top in TOP):
            return "top"
        return "base"
    return name.split(".")[0]


def downward_violations(edges):
    """Imports that go up a layer: base to app, app to a later app, into the top."""
    wrong = []
    for source, targets in sorted(edges.items()):
        source_layer = layer_of(source)
        for target in sorted(targets):
            target_layer = layer_of(target)
            if source_layer == "top" or target_layer in ("base", source_layer):
                continue
            if target_layer == "top":
                wrong.append((source, target))
            elif source_layer == "base":
                wrong.append((source, target))
            elif target_layer not in MAY_IMPORT[source_layer]:
                wrong.append((source, target))
    return wrong


def long_modules(modules):
    long = {}
    for name, path in modules.items():
        if name == DEMO_DATA or name.startswith(DEMO_DATA + "."):
            continue
        lines = len(path.read_text(encoding="utf-8").splitlines())
        if lines > LONGEST_MODULE:
            long[name] = lines
    return long


def measures(root=ROOT):
    modules = project_modules(root)
    edges, hidden = import_graph(modules)
    sizes = {
        name: len(path.read_text(encoding="utf-8").splitlines())
        for name, path in modules.items()
    }
    largest = max(
        (n for n in sizes if not n.startswith(DEMO_DATA)), key=sizes.__getitem__
    )
    base_to_app = [
        (s, t)
        for s, t in downward_violations(edges)
        if layer_of(s) == "base" and layer_of(t) in APPS
    ]
    return {
        "circles": circles(edges),
        "hidden_imports": hidden,
        "base_to_app": base_to_app,
        "upward": downward_violations(edges),
        "largest": (largest, sizes[largest]),
        "cms_lines": sum(n for m, n in sizes.items() if layer_of(m) in ("base", "top")),
        "base_lines": sum(n for m, n in sizes.items() if layer_of(m) == "base"),
        "long": long_modules(modules),
    }


# The layout's promises.


def test_no_import_circle():
    modules = project_modules()
    edges, _hidden = import_graph(modules)
    assert circles(edges) == []


def test_imports_go_down_the_layers_only():
    modules = project_modules()
    edges, _hidden = import_graph(modules)
    assert downward_violations(edges) == []


def test_few_imports_inside_functions():
    _edges, hidden = import_graph(project_modules())
    assert len(hidden) <= MOST_FUNCTION_IMPORTS, hidden


def test_no_module_is_too_long():
    assert long_modules(project_modules()) == {}


def test_the_checks_see_a_circle_and_an_upward_import(tmp_path):
    """The test would notice: a made-up project with one circle and one wrong import."""
    files = {
        "cms/__init__.py": "",
        "cms/models.py": "from cms import blocks\nimport news.models\n",
        "cms/blocks.py": "def f():\n    from cms.models import X\n",
        "news/__init__.py": "",
        "news/models.py": "from cms.models import BasePage\n",
    }
    for relative, text in files.items():
        (tmp_path / relative).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / relative).write_text(text)
    modules = {
        module_name(path, tmp_path): path for path in sorted(tmp_path.rglob("*.py"))
    }
    global ROOT
    saved, ROOT = ROOT, tmp_path
    try:
        edges, hidden = import_graph(modules)
    finally:
        ROOT = saved
    assert ["cms.blocks", "cms.models", "news.models"] in circles(edges)
    assert ("cms.models", "news.models") in downward_violations(edges)
    assert len(hidden) == 1


def report():
    """The measures, one per line, for a closing note."""
    found = measures()
    lines = [f"circles: {[len(circle) for circle in found['circles']]}"]
    lines += [f"   {' '.join(circle)}" for circle in found["circles"]]
    lines.append(f"imports inside functions: {len(found['hidden_imports'])}")
    lines += [f"   {place}" for place in found["hidden_imports"]]
    lines.append(f"base-to-app imports: {len(found['base_to_app'])}")
    lines += [f"   {source} -> {target}" for source, target in found["base_to_app"]]
    others = [pair for pair in found["upward"] if pair not in found["base_to_app"]]
    lines.append(f"other upward imports: {len(others)}")
    lines += [f"   {source} -> {target}" for source, target in others]
    name, size = found["largest"]
    lines.append(f"largest module: {name} ({size} lines)")
    lines.append(f"modules over {LONGEST_MODULE} lines: {found['long']}")
    lines.append(f"lines in cms/: {found['cms_lines']} (base: {found['base_lines']})")
    return "\n".join(lines)


if __name__ == "__main__":
    sys.stdout.write(report() + "\n")

"""The layout rules of t2sa, checked on the source: imports run one way, no cycles, one format registry.

Layers, lowest first: weights (data), errors, names, params, formats, audio, metrics, render, text, resolve, scene, osc, plot, batch,
studies, cli. A module may import its own layer and lower ones (at module level or inside a function);
never a higher one. These rules are what keeps "one home for each thing" true as the code grows.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

import t2sa

PACKAGE_DIR = Path(t2sa.__file__).parent
LAYERS = (
    "weights", "errors", "names", "params", "formats", "audio", "metrics", "render", "text", "resolve", "scene",
    "osc", "plot", "batch", "studies", "cli", "__main__",
)
FORMAT_NAMES = {"binaural", "stereo", "foa", "hoa2", "hoa3"}


def _module_name(path: Path) -> str:
    rel = path.relative_to(PACKAGE_DIR.parent).with_suffix("")
    parts = list(rel.parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def _modules() -> dict[str, ast.Module]:
    return {
        _module_name(p): ast.parse(p.read_text(encoding="utf-8"), filename=str(p))
        for p in sorted(PACKAGE_DIR.rglob("*.py"))
    }


MODULES = _modules()


def _imports(name: str, tree: ast.Module, *, top_level_only: bool) -> set[str]:
    """t2sa modules imported by ``name`` (relative imports resolved)."""
    package = name if (PACKAGE_DIR.parent / name.replace(".", "/") / "__init__.py").exists() else name.rpartition(".")[0]
    nodes = tree.body if top_level_only else list(ast.walk(tree))
    found: set[str] = set()
    for node in nodes:
        if isinstance(node, ast.Import):
            found.update(a.name for a in node.names if a.name.startswith("t2sa"))
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            if not base.startswith("t2sa"):
                continue
            for alias in node.names:  # "from t2sa.batch import storage" imports a module
                candidate = f"{base}.{alias.name}"
                found.add(candidate if candidate in MODULES else base)
    return found


def _layer(module: str) -> int:
    parts = module.split(".")
    if len(parts) < 2:
        return -1  # the package itself re-exports lazily; not a layer
    return LAYERS.index(parts[1])


def test_every_module_belongs_to_a_layer():
    unknown = sorted({m.split(".")[1] for m in MODULES if "." in m} - set(LAYERS))
    assert not unknown, f"add these to LAYERS (in the right place): {unknown}"


def test_imports_never_reach_a_higher_layer():
    bad = []
    for name, tree in MODULES.items():
        if _layer(name) < 0:
            continue
        for target in _imports(name, tree, top_level_only=False):
            if _layer(target) > _layer(name):
                bad.append(f"{name} -> {target}")
    assert not bad, "imports against the layer order:\n" + "\n".join(sorted(bad))


def test_no_import_cycles_at_module_level():
    graph = {name: _imports(name, tree, top_level_only=True) & set(MODULES) for name, tree in MODULES.items()}
    state: dict[str, int] = {}
    cycles: list[list[str]] = []

    def visit(node: str, stack: list[str]) -> None:
        state[node] = 1
        for nxt in graph[node]:
            if nxt == node or nxt.startswith(node + "."):
                continue  # a package importing its own submodules is not a cycle
            if state.get(nxt) == 1:
                cycles.append(stack[stack.index(nxt):] + [nxt] if nxt in stack else [node, nxt])
            elif not state.get(nxt):
                visit(nxt, stack + [nxt])
        state[node] = 2

    for name in graph:
        if not state.get(name):
            visit(name, [name])
    real = [c for c in cycles if not all(a.startswith(b + ".") or b.startswith(a + ".") for a, b in zip(c, c[1:], strict=False))]
    assert not real, "import cycles: " + "; ".join(" -> ".join(c) for c in real)


def _format_literal_comparisons(tree: ast.Module) -> list[int]:
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Compare):
            continue
        for side in [node.left, *node.comparators]:
            items = side.elts if isinstance(side, (ast.Tuple, ast.List, ast.Set)) else [side]
            if any(isinstance(i, ast.Constant) and i.value in FORMAT_NAMES for i in items):
                lines.append(node.lineno)
    return lines


def test_no_format_branches_outside_the_registry():
    found = {
        name: lines
        for name, tree in MODULES.items()
        if name != "t2sa.formats" and (lines := _format_literal_comparisons(tree))
    }
    assert not found, f"ask t2sa.formats.get_format(...) instead of comparing format names: {found}"


@pytest.mark.parametrize("rule", ["layers", "cycles", "formats"])
def test_the_checks_catch_what_they_are_for(rule):
    """Each rule flags a planted violation, so a green run means something."""
    if rule == "layers":
        tree = ast.parse("def f():\n    from t2sa.cli.common import fail\n")
        assert "t2sa.cli.common" in _imports("t2sa.render.core", tree, top_level_only=False)
        assert _layer("t2sa.cli.common") > _layer("t2sa.render.core")
    elif rule == "cycles":
        tree = ast.parse("from t2sa.batch import storage\nfrom .results import x\n")
        assert {"t2sa.batch.storage", "t2sa.batch.results"} <= _imports("t2sa.batch.stages", tree, top_level_only=True)
    else:
        assert _format_literal_comparisons(ast.parse("if fmt in ('foa', 'hoa2'):\n    pass\n")) == [1]
        assert _format_literal_comparisons(ast.parse("x = fmt == 'binaural'\n")) == [1]

"""The package's shape: stages import only downward (no cycles, none hidden inside functions or
behind TYPE_CHECKING), no module over the size a reader takes in at once, and a public API."""
import ast
from pathlib import Path

import pytest

SRC = Path(__file__).resolve().parents[1] / "src" / "kg_rag"
# each stage may import the ones before it, never one after it
LAYERS = ["types", "errors", "locations", "text", "documents", "index", "search", "snapshot", "directives", "answer",
          "pipeline", "evaluation", "bench", "ui"]
MAX_LINES = 250


def _module(path: Path) -> str:
    rel = path.relative_to(SRC.parent).with_suffix("")
    parts = rel.parts[:-1] if rel.name == "__init__" else rel.parts
    return ".".join(parts)


def _imports(path: Path) -> set[str]:
    """kg_rag modules imported anywhere in the file (top level, functions, TYPE_CHECKING)."""
    me = _module(path)
    pkg = me if path.name == "__init__.py" else me.rsplit(".", 1)[0]
    out = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = pkg.split(".")
                base = base[:len(base) - node.level + 1]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            if target.startswith("kg_rag"):
                out.add(target)
                out.update(f"{target}.{a.name}" for a in node.names)
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("kg_rag"))
    modules = {_module(p) for p in SRC.rglob("*.py")}
    return {m for m in out if m in modules and m != me}


GRAPH = {_module(p): _imports(p) for p in SRC.rglob("*.py")}


def _stage(module: str) -> int:
    part = module.split(".")[1] if "." in module else ""
    return LAYERS.index(part) if part in LAYERS else -1


def test_no_import_cycles():
    state: dict[str, int] = {}

    def visit(m, path):
        state[m] = 1
        for n in GRAPH.get(m, ()):
            if state.get(n) == 1:
                pytest.fail("import cycle: " + " -> ".join(path + [m, n]))
            if n not in state:
                visit(n, path + [m])
        state[m] = 2
    for m in GRAPH:
        if m not in state:
            visit(m, [])


def test_stages_import_only_downward():
    bad = [f"{m} imports {n}" for m, deps in GRAPH.items() for n in deps
           if _stage(n) > _stage(m) >= 0 and not n.endswith("__init__")]
    assert not bad, bad


def test_modules_are_small():
    big = {str(p.relative_to(SRC)): n for p in SRC.rglob("*.py")
           if (n := len(p.read_text(encoding="utf-8").splitlines())) > MAX_LINES}
    assert not big, big


def test_public_api():
    import kg_rag
    for name in ("KgRag", "Snapshot", "Answer", "Citation", "Chunk", "Document", "Hit", "KgRagError", "BadInput"):
        assert hasattr(kg_rag, name), name
    assert set(kg_rag.__all__) >= {"KgRag", "Answer", "Citation"}

"""Where the corpus, the index and the default evaluation set are when the user does not say.

Flags (`--corpus`, `--index`) win, then the environment (`KG_RAG_CORPUS`, `KG_RAG_INDEX`). Else:
  * corpus: `./corpus` when the current folder has one, else the project's own `corpus/` when
    kg_rag runs from a source checkout; otherwise an error that says how to name one;
  * index: `index/` beside the corpus folder — a corpus and its index travel together, and the
    answer does not depend on the folder a command is run from.
"""
from __future__ import annotations

import os
from pathlib import Path

from .errors import BadInput


def project_root() -> Path | None:
    """The source checkout kg_rag runs from (a folder with kg-rag's pyproject.toml), if any."""
    for parent in Path(__file__).resolve().parents:
        p = parent / "pyproject.toml"
        if p.is_file() and 'name = "kg-rag"' in p.read_text(encoding="utf-8", errors="replace"):
            return parent
    return None


def default_corpus() -> Path:
    if os.environ.get("KG_RAG_CORPUS"):
        return Path(os.environ["KG_RAG_CORPUS"]).expanduser()
    if (Path.cwd() / "corpus").is_dir():
        return Path.cwd() / "corpus"
    root = project_root()
    if root is not None and (root / "corpus").is_dir():
        return root / "corpus"
    raise BadInput("no corpus folder here: pass --corpus DIR or set KG_RAG_CORPUS to a folder of "
                   ".txt, .md, .docx or .pdf documents")


def default_index(corpus: Path) -> Path:
    if os.environ.get("KG_RAG_INDEX"):
        return Path(os.environ["KG_RAG_INDEX"]).expanduser()
    return Path(corpus).resolve().parent / "index"


def default_dataset() -> Path:
    """`eval/dev.jsonl` of the current folder, else of the source checkout."""
    here = Path("eval") / "dev.jsonl"
    root = project_root()
    return here if here.is_file() or root is None else root / "eval" / "dev.jsonl"

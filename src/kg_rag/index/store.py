"""The index on disk: a folder of plain files, written atomically, with a versioned manifest.

    manifest.json    format/version, model id, dim, analyzer version, corpus file hashes, checksums
    documents.jsonl  each document: metadata, normalised text, blocks, directive refs
    chunks.jsonl     each chunk (types.Chunk) with its BM25 terms
    vectors.npy      float32 [n_chunks, dim], L2-normalised, row i = chunk i
    dense.faiss      faiss.IndexFlatIP over the same rows

A new index is written into a sibling temporary folder and swapped in with renames, so readers
see the old or the new index, never half of one. The manifest's checksums catch a damaged file.
"""
from __future__ import annotations

import dataclasses
import hashlib
import json
import os
import shutil
import time
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import BadInput, CorruptIndex
from ..types import Block, Chunk, DirectiveRef, Document

FORMAT = "kg-rag-index"
VERSION = 1
_FILES = ("documents.jsonl", "chunks.jsonl", "vectors.npy")


@dataclass
class IndexData:
    manifest: dict
    documents: list[Document]
    chunks: list[Chunk]
    terms: list[list[str]]
    vectors: np.ndarray


def sha256_file(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for b in iter(lambda: f.read(1 << 20), b""):
            h.update(b)
    return h.hexdigest()


def doc_to_dict(d: Document) -> dict:
    out = dataclasses.asdict(d)
    out["recipients"] = list(d.recipients)
    return out


def doc_from_dict(d: dict) -> Document:
    d = dict(d)
    d["blocks"] = tuple(Block(**{**b, "path": tuple(b["path"])}) for b in d.get("blocks", ()))
    d["refs"] = tuple(DirectiveRef(**r) for r in d.get("refs", ()))
    d["recipients"] = tuple(d.get("recipients", ()))
    return Document(**d)


def _jsonl(path: Path, rows) -> None:
    with open(path, "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")


def is_own_index(folder: Path) -> bool:
    """A folder kg-rag may replace: it carries kg-rag's manifest (or, if the manifest is damaged,
    holds nothing but kg-rag's own index files)."""
    folder = Path(folder)
    try:
        m = json.loads((folder / "manifest.json").read_text(encoding="utf-8"))
        return isinstance(m, dict) and m.get("format") == FORMAT
    except FileNotFoundError:
        return False
    except (OSError, ValueError):
        return {p.name for p in folder.iterdir()} <= {*_FILES, "manifest.json", "dense.faiss"}


def check_index_location(folder: Path, corpus: Path | None = None) -> None:
    """Refuse (BadInput, exit 2) an index location kg-rag must not write to: a file, an existing
    folder that is not empty and not a kg-rag index, the corpus itself, a folder inside the corpus,
    or a folder that contains the corpus. Replacing any of these would destroy the user's files."""
    folder = Path(folder)
    here = folder.resolve()
    if corpus is not None:
        c = Path(corpus).resolve()
        if here == c:
            raise BadInput(f"the index {folder} is the corpus folder: give --index another folder "
                           f"(e.g. {c.parent / 'index'})")
        if c in here.parents:
            raise BadInput(f"the index {folder} is inside the corpus {corpus}: put it beside the corpus, "
                           f"e.g. --index {c.parent / 'index'}")
        if here in c.parents:
            raise BadInput(f"the corpus {corpus} is inside the index folder {folder}: give --index a folder "
                           f"of its own, e.g. {c.parent / 'index'}")
    if folder.is_file() or (folder.exists() and not folder.is_dir()):
        raise BadInput(f"the index {folder} is a file, not a folder: give --index a folder name")
    if folder.is_dir() and any(folder.iterdir()) and not is_own_index(folder):
        raise BadInput(f"{folder} is not a kg-rag index and not empty; kg-rag will not write into it: "
                       f"give --index a new or empty folder")


def write_index(folder: Path, data: IndexData) -> None:
    folder = Path(folder)
    check_index_location(folder)              # never replace a folder that is not ours
    folder.parent.mkdir(parents=True, exist_ok=True)
    tmp = folder.parent / f".{folder.name}.tmp-{os.getpid()}-{time.time_ns()}"
    tmp.mkdir()
    try:
        _jsonl(tmp / "documents.jsonl", (doc_to_dict(d) for d in data.documents))
        _jsonl(tmp / "chunks.jsonl", ({**c.to_dict(), "terms": t} for c, t in zip(data.chunks, data.terms)))
        np.save(tmp / "vectors.npy", data.vectors.astype(np.float32))
        _write_faiss(tmp / "dense.faiss", data.vectors)
        manifest = dict(data.manifest, format=FORMAT, version=VERSION, n_chunks=len(data.chunks),
                        checksums={n: sha256_file(tmp / n) for n in _FILES}, written=time.strftime("%Y-%m-%dT%H:%M:%S"))
        (tmp / "manifest.json").write_text(json.dumps(manifest, ensure_ascii=False, indent=1), encoding="utf-8")
        _swap(tmp, folder)
    finally:
        if tmp.exists():
            shutil.rmtree(tmp, ignore_errors=True)


def _swap(new: Path, folder: Path) -> None:
    old = folder.parent / f".{folder.name}.old-{os.getpid()}-{time.time_ns()}"
    if folder.exists():
        os.replace(folder, old)
    os.replace(new, folder)
    if old.exists():
        shutil.rmtree(old, ignore_errors=True)


def _write_faiss(path: Path, vectors: np.ndarray) -> None:
    import faiss
    # Exact inner product (= cosine on normalised rows): at a few thousand chunks a flat scan takes
    # well under a millisecond. Past ~100k chunks switch to faiss.IndexHNSWFlat(dim, 32,
    # faiss.METRIC_INNER_PRODUCT), or IndexIVFFlat trained on a sample past ~1M.
    index = faiss.IndexFlatIP(vectors.shape[1] if vectors.ndim == 2 and vectors.shape[1] else 1)
    if len(vectors):
        index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    faiss.write_index(index, str(path))


def read_manifest(folder: Path) -> dict | None:
    p = Path(folder) / "manifest.json"
    if not p.exists():
        return None
    try:
        m = json.loads(p.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise CorruptIndex(f"index manifest {p} is unreadable ({e}); run `kg-rag ingest` to rebuild") from e
    if m.get("format") != FORMAT:
        raise CorruptIndex(f"{folder} is not a kg-rag index; point --index at another folder")
    return m


def read_index(folder: Path) -> IndexData:
    folder = Path(folder)
    m = read_manifest(folder)
    if m is None:
        raise CorruptIndex(f"no index in {folder}; run `kg-rag ingest`")
    if m.get("version") != VERSION:
        raise CorruptIndex(f"index version {m.get('version')} is not {VERSION}; run `kg-rag ingest` to rebuild")
    for name in _FILES:
        p = folder / name
        if not p.exists() or sha256_file(p) != m.get("checksums", {}).get(name):
            raise CorruptIndex(f"index file {p} is missing or damaged; run `kg-rag ingest` to rebuild")
    try:
        docs = [doc_from_dict(json.loads(l)) for l in (folder / "documents.jsonl").open(encoding="utf-8")]
        rows = [json.loads(l) for l in (folder / "chunks.jsonl").open(encoding="utf-8")]
        vectors = np.load(folder / "vectors.npy")
    except (ValueError, TypeError, KeyError) as e:
        raise CorruptIndex(f"index in {folder} cannot be read ({e}); run `kg-rag ingest` to rebuild") from e
    if len(vectors) != len(rows):
        raise CorruptIndex(f"index in {folder} is inconsistent; run `kg-rag ingest` to rebuild")
    return IndexData(m, docs, [Chunk.from_dict(r) for r in rows], [r.get("terms", []) for r in rows], vectors)


def read_faiss(folder: Path, vectors: np.ndarray):
    """The stored FAISS index, or one rebuilt from vectors.npy if that file is unreadable."""
    import faiss
    try:
        index = faiss.read_index(str(Path(folder) / "dense.faiss"))
        if index.ntotal == len(vectors):
            return index
    except Exception:
        pass
    index = faiss.IndexFlatIP(vectors.shape[1])
    index.add(np.ascontiguousarray(vectors, dtype=np.float32))
    return index

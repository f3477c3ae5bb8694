"""Build or update the index from a corpus folder, incrementally.

Unchanged chunks keep their stored vectors (a chunk id is a hash of its text and context, so
only new or edited passages are embedded); removed files leave the index; a bad file is
reported and skipped while every other file is indexed.
"""
from __future__ import annotations

import logging
import os
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from . import lexical
from ..documents.chunking import chunk_document
from .embed import Embedder
from ..errors import CorruptIndex, DocumentError
from ..documents.corpus import corpus_files, load_document
from .store import IndexData, read_index, read_manifest, sha256_file, write_index

log = logging.getLogger(__name__)


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)   # file -> reason
    embedded: int = 0
    chunks: int = 0
    rebuilt: bool = False

    def lines(self) -> list[str]:
        out = [f"indexed {self.chunks} passages from {len(self.added) + len(self.updated) + len(self.unchanged)} "
               f"documents ({self.embedded} embedded now)"]
        for label, names in (("added", self.added), ("updated", self.updated), ("removed", self.removed)):
            if names:
                out.append(f"{label}: {', '.join(names)}")
        for name, why in self.skipped.items():
            out.append(f"skipped {name}: {why}")
        return out


CHUNKER_VERSION = "4"   # bump when chunk text or context changes: forces a rebuild


def config(embedder: Embedder) -> dict:
    return {"model": embedder.model_id, "analyzer": lexical.ANALYZER_VERSION, "chunker": CHUNKER_VERSION}


def is_stale(corpus: Path, index: Path, embedder_id: str) -> bool:
    try:
        m = read_manifest(index)
    except CorruptIndex:
        return True
    if m is None or m.get("model") != embedder_id or m.get("analyzer") != lexical.ANALYZER_VERSION \
            or m.get("chunker") != CHUNKER_VERSION:
        return True
    files = {n: sha256_file(p) for n, p in corpus_files(corpus).items()}
    seen = {n: f["sha256"] for n, f in m.get("files", {}).items()} | \
           {n: s.get("sha256") for n, s in m.get("skipped", {}).items()}
    return files != seen


@contextmanager
def index_lock(index: Path):
    """One writer at a time (two officers uploading at once, or ingest beside serve), on any OS."""
    from filelock import FileLock
    index = Path(index)
    index.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(index.parent / f".{index.name}.lock")):
        yield


def ingest(corpus: Path, index: Path, embedder: Embedder, progress: bool = True) -> IngestReport:
    with index_lock(index):
        return _ingest(Path(corpus), Path(index), embedder, progress)


def _ingest(corpus: Path, index: Path, embedder: Embedder, progress: bool) -> IngestReport:
    report = IngestReport()
    old: IndexData | None = None
    try:
        if read_manifest(index) is not None:
            old = read_index(index)
    except CorruptIndex as e:
        log.warning("%s — rebuilding from the corpus", e)
        report.rebuilt = True
    if old is not None and old.manifest.get("model") != embedder.model_id:
        old, report.rebuilt = None, True
    old_files = old.manifest.get("files", {}) if old else {}
    old_docs = {d.source: d for d in old.documents} if old else {}
    old_vecs = {c.id: old.vectors[i] for i, c in enumerate(old.chunks)} if old else {}
    same_analyzer = old is not None and old.manifest.get("analyzer") == lexical.ANALYZER_VERSION
    old_terms = {c.id: old.terms[i] for i, c in enumerate(old.chunks)} if same_analyzer else {}

    docs, files, skipped = [], {}, {}
    for name, path in corpus_files(corpus).items():
        digest = sha256_file(path)
        if name in old_files and old_files[name]["sha256"] == digest and name in old_docs:
            docs.append(old_docs[name]); files[name] = old_files[name]; report.unchanged.append(name)
            continue
        try:
            doc = load_document(path, name, sha256=digest)
        except (DocumentError, OSError) as e:
            skipped[name] = {"sha256": digest, "reason": str(e)}
            report.skipped[name] = str(e).split(": ", 1)[-1]
            continue
        docs.append(doc)
        files[name] = {"sha256": digest, "size": path.stat().st_size}
        (report.updated if name in old_files else report.added).append(name)
    report.removed = sorted(set(old_files) - set(files) - set(skipped))

    chunks = [c for d in docs for c in chunk_document(d)]
    for d in docs:
        files[d.source]["chunks"] = sum(c.source == d.source for c in chunks)
    todo = [i for i, c in enumerate(chunks) if c.id not in old_vecs]
    dim = old.vectors.shape[1] if old is not None and len(old.vectors) else None
    vectors = np.zeros((len(chunks), dim or 1), dtype=np.float32)
    if todo:
        new = _embed(embedder, [chunks[i].index_text for i in todo], progress)
        if dim is None or new.shape[1] != vectors.shape[1]:
            vectors = np.zeros((len(chunks), new.shape[1]), dtype=np.float32)
        for j, i in enumerate(todo):
            vectors[i] = new[j]
    for i, c in enumerate(chunks):
        if c.id in old_vecs:
            vectors[i] = old_vecs[c.id]
    terms = [old_terms.get(c.id) or lexical.analyze(c.index_text) for c in chunks]
    report.embedded, report.chunks = len(todo), len(chunks)
    manifest = {**config(embedder), "dim": int(vectors.shape[1]), "files": files, "skipped": skipped,
                "corpus": str(corpus)}
    write_index(index, IndexData(manifest, docs, chunks, terms, vectors))
    return report


def _embed(embedder: Embedder, texts: list[str], progress: bool, batch: int = 16) -> np.ndarray:
    bar = None
    if progress and not os.environ.get("KG_RAG_QUIET"):
        try:
            from tqdm import tqdm
            bar = tqdm(total=len(texts), desc="embedding passages", unit="passage", leave=False)
        except ImportError:
            pass
    out = []
    for i in range(0, len(texts), batch):
        out.append(embedder.embed(texts[i:i + batch], kind="passage"))
        if bar:
            bar.update(len(texts[i:i + batch]))
    if bar:
        bar.close()
    return np.concatenate(out) if out else np.zeros((0, 1), dtype=np.float32)

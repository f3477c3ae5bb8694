"""Build or update the index from a corpus folder, touching only what changed.

A file whose size and modification time match the index is unchanged (hashed only when they
differ). Changed and new files are read, chunked and analysed, and written as one new segment;
their old rows are marked deleted. A passage's id comes from its document, text and heading
context — not its offsets — so inserting a line re-embeds only the passages that changed. When
segments pile up or many rows are deleted, segments are merged (no re-embedding). The new
generation is published with one atomic rename (layout.py); a bad file is reported and skipped.
"""
from __future__ import annotations

import json
import logging
from collections import Counter
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from ..documents.chunking import chunk_document
from ..documents.corpus import corpus_files, ignored_files, load_document
from ..documents.readers import READER_VERSION
from ..errors import CorruptIndex, DocumentError
from ..types import Document
from . import layout, lexical
from .commit import publish_generation
from .embed import Embedder, embed_passages
from .grams import gram_table
from .merge import merge_if_needed
from .manifest import validate
from .plan import Plan, file_entry, plan_changes
from .records import doc_record_extra, passage_record
from .segment import Row, segment_id, write_segment
from .view import IndexView

log = logging.getLogger(__name__)
# bump when chunk text, context, ids or quotable units change (the reader's version is part of it): forces a rebuild
CHUNKER_VERSION = f"38.{READER_VERSION}"
MERGE_SEGMENTS, MERGE_DELETED = 6, 0.25


@dataclass
class IngestReport:
    added: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    skipped: dict[str, str] = field(default_factory=dict)   # file -> reason
    ignored: dict[str, str] = field(default_factory=dict)   # not even read: links out, hidden, other types
    embedded: int = 0
    chunks: int = 0
    rebuilt: bool = False
    merged: bool = False

    def lines(self) -> list[str]:
        out = [f"indexed {self.chunks} passages from {len(self.added) + len(self.updated) + len(self.unchanged)} "
               f"documents ({self.embedded} embedded now)"]
        for label, names in (("added", self.added), ("updated", self.updated), ("removed", self.removed)):
            if names:
                out.append(f"{label}: {', '.join(names)}")
        for name, why in self.skipped.items():
            out.append(f"skipped {name}: {why}")
        for name, why in self.ignored.items():
            out.append(f"ignored {name}: {why}")
        return out


def config(embedder: Embedder) -> dict:
    return {"model": embedder.model_id, "analyzer": lexical.ANALYZER_VERSION, "chunker": CHUNKER_VERSION}


def open_current(index: Path) -> IndexView | None:
    """The published generation, or None when there is none (CorruptIndex when it is damaged)."""
    gen = layout.read_pointer(index) if Path(index).is_dir() else None
    return IndexView(index, gen) if gen else None


def is_stale(corpus: Path, index: Path, embedder_id: str) -> bool:
    """Whether ingest has anything to do (checks sizes and times; hashes only files that differ)."""
    try:
        gen = layout.read_pointer(index) if Path(index).is_dir() else None
        if gen is None:
            return True
        m = validate(json.loads((Path(index) / gen / "manifest.json").read_text(encoding="utf-8")))
    except (CorruptIndex, OSError, ValueError):
        return True
    if (m["model"], m["analyzer"], m["chunker"]) != (embedder_id, lexical.ANALYZER_VERSION, CHUNKER_VERSION):
        return True
    return plan_changes(corpus_files(corpus), m).needs_work


@contextmanager
def index_lock(index: Path):
    """One writer at a time (two officers uploading at once, or ingest beside serve), on any OS."""
    from filelock import FileLock
    index = Path(index)
    index.parent.mkdir(parents=True, exist_ok=True)
    with FileLock(str(index.parent / f".{index.name}.lock")):
        yield


def ingest(corpus: Path, index: Path, embedder: Embedder, progress: bool = True) -> IngestReport:
    corpus, index = Path(corpus), Path(index)
    layout.check_index_location(index, corpus)
    with index_lock(index):
        index.mkdir(parents=True, exist_ok=True)
        return _ingest(corpus, index, embedder, progress)


def _ingest(corpus: Path, index: Path, embedder: Embedder, progress: bool) -> IngestReport:
    report = IngestReport()
    old: IndexView | None = None
    try:
        old = open_current(index)
    except CorruptIndex as e:
        log.warning("%s — rebuilding from the corpus", e)
        report.rebuilt = True
    fresh = {"files": {}, "skipped": {}, "segments": []}
    m = old.manifest if old else fresh
    if old is not None and old.manifest["model"] != embedder.model_id:
        old, m, report.rebuilt = None, fresh, True          # other vectors: embed everything again
    elif old is not None and (m["analyzer"], m["chunker"]) != (lexical.ANALYZER_VERSION, CHUNKER_VERSION):
        m, report.rebuilt = fresh, True     # analyse and chunk everything again; `old` still lends its vectors
    plan = plan_changes(corpus_files(corpus), m)
    report.unchanged = sorted(plan.unchanged)
    report.ignored = ignored_files(corpus)
    report.removed = sorted(plan.removed)
    docs, skipped = [], dict(plan.still_skipped)
    for name, (path, entry) in plan.to_read.items():
        try:
            doc = load_document(path, name, sha256=entry["sha256"])
        except (DocumentError, OSError) as e:
            skipped[name] = {**entry, "reason": str(e)}
            continue
        docs.append(doc)
        (report.updated if name in m["files"] else report.added).append(name)
    report.skipped = {n: s["reason"].split(": ", 1)[-1] for n, s in skipped.items()}
    if old is not None and not plan.needs_work and not report.rebuilt:
        report.chunks = old.n_live
        return report
    rows = _rows(docs, old, embedder, progress, report)
    new_segments = [dict(s) for s in m["segments"]]
    if m is not fresh:
        _tombstone(new_segments, old, [*plan.to_read, *plan.removed])
    files = {n: e for n, e in plan.unchanged.items()}
    if rows or docs:
        seg = _write_new_segment(index, docs, rows, embedder)
        new_segments.append({"id": seg, "deleted": [], "deleted_df": {}})
        for d in docs:
            files[d.source] = {**plan.to_read[d.source][1], "segment": seg,
                               "chunks": sum(r.record["source"] == d.source for r in rows)}
    new_segments, report.merged = merge_if_needed(index, new_segments, files, MERGE_SEGMENTS, MERGE_DELETED)
    layout.fault_point("before-manifest")
    gen = publish_generation(index, new_segments, files, skipped, {**config(embedder), "corpus": str(corpus)},
                             getattr(embedder, "dim", 1), old)
    report.chunks = gen.n_live
    gen.close()
    if old is not None:
        old.close()
    return report


def _rows(docs: list[Document], old: IndexView | None, embedder: Embedder, progress: bool,
          report: IngestReport) -> list[Row]:
    """Records of the passages of `docs`, with vectors: reused from the old index when the same
    passage (same id) was there, embedded otherwise."""
    records = [passage_record(c) for d in docs for c in chunk_document(d)]
    reuse: dict[str, np.ndarray] = {}
    if old is not None:
        for d in docs:
            if d.source in old.doc_rows:
                i, first, n = old.doc_rows[d.source]
                seg, base = old.segments[i], old.bases[i]
                for r in range(first, first + n):
                    reuse[old.record(r)["id"]] = np.asarray(seg.vectors[r - base])
    todo = [i for i, r in enumerate(records) if r["id"] not in reuse]
    new = embed_passages(embedder, [_index_text(records[i]) for i in todo], progress)
    vectors = {records[i]["id"]: new[j] for j, i in enumerate(todo)}
    report.embedded += len(todo)
    return [Row(r, vectors.get(r["id"], reuse.get(r["id"]))) for r in records]


def _index_text(rec: dict) -> str:
    return f"{rec['context']}\n{rec['text']}" if rec["context"] else rec["text"]


def _tombstone(segments: list[dict], old: IndexView | None, names: list[str]) -> None:
    """Mark the old rows of replaced and removed documents deleted, counting their terms."""
    if old is None:
        return
    for name in names:
        if name not in old.doc_rows:
            continue
        i, first, n = old.doc_rows[name]
        s = segments[i]
        base = old.bases[i]
        s["deleted"] = sorted(set(s.get("deleted", [])) | set(range(first - base, first - base + n)))
        df = Counter(s.get("deleted_df", {}))
        for r in range(first, first + n):
            df.update(set(old.record(r)["terms"]))
        s["deleted_df"] = dict(df)


def _write_new_segment(index: Path, docs: list[Document], rows: list[Row], embedder: Embedder) -> str:
    root = index / layout.SEGMENTS
    root.mkdir(exist_ok=True)
    sid = segment_id()
    tmp = layout.tmp_dir(root, sid)
    grams = gram_table((_index_text(r.record) for r in rows), (r.record["terms"] for r in rows))
    dim = len(rows[0].vector) if rows else getattr(embedder, "dim", 1)
    write_segment(tmp, sid, docs, {d.source: doc_record_extra(d) for d in docs}, rows, grams, dim)
    layout.fault_point("before-segment")
    layout.place(tmp, root / sid)
    return sid


__all__ = ["IngestReport", "config", "ingest", "is_stale", "index_lock", "open_current", "Plan", "file_entry"]

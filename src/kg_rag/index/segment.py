"""A segment: an immutable batch of indexed documents and their passages, as plain files.

    segments/s-<id>/
      segment.json      id, rows, documents, dim, dense kind ("flat" or "ivf-sq8"), file sizes
      records.sqlite    passages by row (text, offsets, section, terms, sentence units …),
                        documents by name, written forms of corpus words, directive mentions
      vectors.npy       float32 [rows, dim], L2-normalised; row i = passage i
      dense.faiss       only for "ivf-sq8": the trained ANN index over the same rows
      lengths.npy       BM25 length of each passage
      vocab.npy         uint64 hashes of the segment's terms, sorted; term id = position
      post_ptr.npy …    postings, term-major: rows and term frequencies of term id t are
      post_rows.npy     post_rows[post_ptr[t]:post_ptr[t+1]] (and post_tf likewise)
      post_tf.npy

Everything derived is computed once, when the segment is written; opening one maps its arrays
and opens its database, so opening an index costs nothing per passage. Segments are never
changed: an update writes a new segment and marks the replaced rows deleted (view.py).
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import threading
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from ..errors import CorruptIndex
from ..text.normalize import fold
from ..types import Document
from . import dense
from .records import doc_from_dict, doc_to_dict

_ARRAYS = ("vectors.npy", "lengths.npy", "vocab.npy", "post_ptr.npy", "post_rows.npy", "post_tf.npy")


_NPY_LOCK = threading.Lock()


def load_array(path: Path) -> np.ndarray:
    """An .npy file, memory-mapped. One at a time: numpy parses the header with ast.literal_eval,
    and CPython 3.11 can fail ("AST constructor recursion depth mismatch") when threads parse at
    once — several officers' requests may open an index while an upload publishes a new one."""
    with _NPY_LOCK:
        return np.load(path, mmap_mode="r")


def term_hash(term: str) -> int:
    """A stable 64-bit id for a term (Python's hash() changes between processes)."""
    return int.from_bytes(hashlib.blake2b(term.encode("utf-8"), digest_size=8).digest(), "little")


@dataclass
class Row:
    """One passage as written: its record (Chunk fields plus analysis) and its vector."""
    record: dict
    vector: np.ndarray


def segment_id() -> str:
    """A new segment's name: never the name of an existing one, so no segment is ever replaced."""
    return f"s-{os.urandom(8).hex()}"


def write_segment(path: Path, sid: str, docs: list[Document], doc_extra: dict[str, dict], rows: list[Row],
                  grams: dict[str, tuple[str, int]], dim: int) -> dict:
    """Write segment `sid` into the (new, empty) folder `path` (moved into place afterwards).
    Rows must be grouped by document, in the order of `docs`. `grams`: key -> (written form,
    count) for diacritic restoration."""
    path = Path(path)
    vectors = np.asarray([r.vector for r in rows], dtype=np.float32).reshape(len(rows), dim)
    np.save(path / "vectors.npy", vectors)
    kind = dense.write(path, vectors)
    terms = [r.record["terms"] for r in rows]
    np.save(path / "lengths.npy", np.array([len(t) for t in terms], dtype=np.float32))
    _write_postings(path, terms)
    db = sqlite3.connect(path / "records.sqlite")
    with db:
        db.execute("CREATE TABLE rows(row INTEGER PRIMARY KEY, id TEXT, source TEXT, rec TEXT)")
        db.execute("CREATE TABLE docs(source TEXT PRIMARY KEY, first INTEGER, n INTEGER, meta TEXT, doc TEXT)")
        db.execute("CREATE TABLE grams(key TEXT PRIMARY KEY, form TEXT, n INTEGER)")
        db.execute("CREATE TABLE refs(number TEXT, source TEXT, ref TEXT)")
        db.execute("CREATE INDEX refs_number ON refs(number)")
        db.execute("CREATE INDEX rows_id ON rows(id)")
        db.executemany("INSERT INTO rows VALUES (?, ?, ?, ?)",
                       ((i, r.record["id"], r.record["source"], json.dumps(r.record, ensure_ascii=False))
                        for i, r in enumerate(rows)))
        first: dict[str, int] = {}
        for i, r in enumerate(rows):
            first.setdefault(r.record["source"], i)
        count = {d.source: sum(1 for r in rows if r.record["source"] == d.source) for d in docs}
        db.executemany("INSERT INTO docs VALUES (?, ?, ?, ?, ?)",
                       ((d.source, first.get(d.source, len(rows)), count[d.source],
                         json.dumps({**d.meta(), **doc_extra.get(d.source, {})}, ensure_ascii=False),
                         json.dumps(doc_to_dict(d), ensure_ascii=False)) for d in docs))
        db.executemany("INSERT INTO grams VALUES (?, ?, ?)", ((k, f, n) for k, (f, n) in grams.items()))
        db.executemany("INSERT INTO refs VALUES (?, ?, ?)",
                       ((r.number, d.source, json.dumps(r.__dict__, ensure_ascii=False))
                        for d in docs for r in d.refs if r.id))
    db.close()
    info = {"id": sid, "rows": len(rows), "documents": len(docs), "dim": dim, "dense": kind,
            "sizes": {n: (path / n).stat().st_size for n in _ARRAYS}}
    (path / "segment.json").write_text(json.dumps(info, ensure_ascii=False, indent=1), encoding="utf-8")
    return info


def _write_postings(path: Path, terms: list[list[str]]) -> None:
    vocab = sorted({t for ts in terms for t in ts})
    hashes = np.array([term_hash(t) for t in vocab], dtype=np.uint64)
    order = np.argsort(hashes, kind="stable")
    tid = {vocab[j]: i for i, j in enumerate(order)}
    rows, ids, tfs = [], [], []
    for r, ts in enumerate(terms):
        counts: dict[int, int] = {}
        for t in ts:
            counts[tid[t]] = counts.get(tid[t], 0) + 1
        rows += [r] * len(counts)
        ids += list(counts)
        tfs += list(counts.values())
    ids_a = np.array(ids, dtype=np.int64)
    by_term = np.argsort(ids_a, kind="stable")          # rows stay in order within a term
    np.save(path / "vocab.npy", hashes[order])
    np.save(path / "post_ptr.npy", np.concatenate([[0], np.cumsum(np.bincount(ids_a, minlength=len(vocab)))]).astype(np.int64))
    np.save(path / "post_rows.npy", np.array(rows, dtype=np.int32)[by_term])
    np.save(path / "post_tf.npy", np.minimum(np.array(tfs, dtype=np.int64), 65535).astype(np.uint16)[by_term])


class Segment:
    """An opened segment: arrays mapped from disk, records read on demand (thread-safe)."""

    def __init__(self, path: Path):
        self.path = Path(path)
        try:
            self.info = json.loads((self.path / "segment.json").read_text(encoding="utf-8"))
            for name, size in self.info["sizes"].items():
                if (self.path / name).stat().st_size != size:
                    raise CorruptIndex(f"index file {self.path / name} is damaged (size changed)")
            load = lambda n: load_array(self.path / n)
            self.vectors, self.lengths = load("vectors.npy"), load("lengths.npy")
            self.vocab, self.post_ptr = load("vocab.npy"), load("post_ptr.npy")
            self.post_rows, self.post_tf = load("post_rows.npy"), load("post_tf.npy")
            self.dense = dense.open_index(self.path, self.vectors, self.info["dense"])
            self._db = sqlite3.connect(f"file:{self.path / 'records.sqlite'}?mode=ro", uri=True,
                                       check_same_thread=False)
            self._db.execute("SELECT count(*) FROM rows").fetchone()
        except CorruptIndex:
            raise
        except (OSError, ValueError, KeyError, TypeError, sqlite3.Error) as e:
            raise CorruptIndex(f"index segment {self.path} cannot be read ({type(e).__name__}: {e})") from e
        self.n_rows = int(self.info["rows"])
        if len(self.vectors) != self.n_rows or len(self.lengths) != self.n_rows:
            raise CorruptIndex(f"index segment {self.path} is inconsistent")
        self._lock = threading.Lock()

    def _query(self, sql: str, args=()) -> list:
        with self._lock:
            return self._db.execute(sql, args).fetchall()

    # -- passages and documents ----------------------------------------------------------------
    def records(self, rows: list[int]) -> dict[int, dict]:
        if not rows:
            return {}
        marks = ",".join("?" * len(rows))
        return {r: json.loads(rec) for r, rec in self._query(f"SELECT row, rec FROM rows WHERE row IN ({marks})",
                                                              [int(r) for r in rows])}

    def rows_of_ids(self, ids: list[str] | None = None) -> dict[str, int]:
        """Passage id -> row in this segment, for these ids (those present) or, with None, all."""
        if ids is None:
            return {i: r for r, i in self._query("SELECT row, id FROM rows")}
        out: dict[str, int] = {}
        ids = list(dict.fromkeys(ids))
        for a in range(0, len(ids), 500):                  # under SQLite's limit on parameters
            part = ids[a:a + 500]
            out.update({i: r for r, i in self._query(
                f"SELECT row, id FROM rows WHERE id IN ({','.join('?' * len(part))})", part)})
        return out

    def doc_rows(self) -> dict[str, tuple[int, int]]:
        return {s: (f, n) for s, f, n in self._query("SELECT source, first, n FROM docs")}

    def doc_metas(self) -> dict[str, dict]:
        return {s: json.loads(m) for s, m in self._query("SELECT source, meta FROM docs")}

    def document(self, source: str) -> Document:
        got = self._query("SELECT doc FROM docs WHERE source = ?", (source,))
        if not got:
            raise KeyError(source)
        return doc_from_dict(json.loads(got[0][0]))

    # -- words -----------------------------------------------------------------------------------
    def term_id(self, h: int) -> int:
        i = int(np.searchsorted(self.vocab, np.uint64(h)))
        return i if i < len(self.vocab) and int(self.vocab[i]) == h else -1

    def postings(self, h: int) -> tuple[np.ndarray, np.ndarray]:
        t = self.term_id(h)
        if t < 0:
            return np.zeros(0, dtype=np.int32), np.zeros(0, dtype=np.uint16)
        a, b = int(self.post_ptr[t]), int(self.post_ptr[t + 1])
        return self.post_rows[a:b], self.post_tf[a:b]

    def gram(self, key: str) -> tuple[str, int] | None:
        got = self._query("SELECT form, n FROM grams WHERE key = ?", (key,))
        return (got[0][0], got[0][1]) if got else None

    def gram_forms(self, prefix: str, limit: int = 200) -> list[str]:
        """Written forms of the keys starting with `prefix` (a range over the primary key)."""
        return [f for (f,) in self._query("SELECT form FROM grams WHERE key >= ? AND key < ? LIMIT ?",
                                          (prefix, prefix + "\uffff", limit))]

    def refs(self, number: str) -> list[tuple[str, dict]]:
        return [(s, json.loads(r)) for s, r in self._query("SELECT source, ref FROM refs WHERE number = ?", (number,))]

    def all_refs(self) -> list[tuple[str, dict]]:
        return [(s, json.loads(r)) for s, r in self._query("SELECT source, ref FROM refs")]

    def close(self) -> None:
        self._db.close()


def gram_key(kind: str, text: str) -> str:
    """Keys of the written-forms table: "w:" a corpus word ("van_hoa"), "1:" a syllable, "2:" two
    syllables in a row ("ket luan"), all folded."""
    return f"{kind}:{fold(text)}"

"""An opened generation of the index: its segments as one table of rows, minus deleted rows.

Rows are numbered across segments (segment 0's rows, then segment 1's …). A row replaced by an
update stays in its segment, marked deleted in the generation's manifest, until segments are
merged; term statistics (N, average length, document frequency) count live rows only, so BM25
scores equal those of a fresh index of the same documents.
"""
from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

import numpy as np

from ..errors import CorruptIndex
from ..types import Chunk, DirectiveRef, Document
from . import dense, layout
from .manifest import validate
from .segment import Segment, term_hash

K1, B = 1.2, 0.75       # Okapi BM25 defaults (Robertson & Zaragoza, 2009)


class IndexView:
    def __init__(self, folder: Path, generation: str):
        self.folder, self.generation = Path(folder), generation
        try:
            raw = json.loads((self.folder / generation / "manifest.json").read_text(encoding="utf-8"))
        except (OSError, ValueError) as e:
            raise CorruptIndex(f"index manifest of {generation} in {folder} is unreadable ({e})") from e
        self.manifest = validate(raw)
        self.segments = [Segment(self.folder / layout.SEGMENTS / s["id"]) for s in self.manifest["segments"]]
        self.bases = np.cumsum([0] + [s.n_rows for s in self.segments]).tolist()
        self.n_rows = self.bases[-1]
        self.live = np.ones(self.n_rows, dtype=bool)
        self._deleted_df: dict[int, int] = {}
        for base, seg, info in zip(self.bases, self.segments, self.manifest["segments"]):
            dead = np.asarray(info.get("deleted", []), dtype=np.int64)
            if len(dead) and (dead.min() < 0 or dead.max() >= seg.n_rows):
                raise CorruptIndex(f"index manifest of {generation} marks rows outside segment {info['id']}")
            self.live[base + dead] = False
            for t, n in info.get("deleted_df", {}).items():
                self._deleted_df[term_hash(t)] = self._deleted_df.get(term_hash(t), 0) + int(n)
        files = self.manifest["files"]
        self.doc_rows: dict[str, tuple[int, int, int]] = {}      # source -> (segment, first global row, n)
        for i, seg in enumerate(self.segments):
            for source, (first, n) in seg.doc_rows().items():
                if source in files and files[source].get("segment") == seg.info["id"]:
                    self.doc_rows[source] = (i, self.bases[i] + first, n)
        self.n_live = int(self.manifest["stats"]["rows"])
        self.avgdl = float(self.manifest["stats"]["length"]) / max(self.n_live, 1)
        self.records = lru_cache(maxsize=4096)(self._record)
        self.document = lru_cache(maxsize=64)(self._document)
        self._metas: dict[str, dict] | None = None

    # -- rows ------------------------------------------------------------------------------------
    def locate(self, row: int) -> tuple[int, int]:
        i = int(np.searchsorted(self.bases, row, side="right")) - 1
        return i, row - self.bases[i]

    def _record(self, row: int) -> dict:
        i, local = self.locate(row)
        rec = self.segments[i].records([local]).get(local)
        if rec is None:
            raise CorruptIndex(f"index row {row} is missing from segment {self.segments[i].path}")
        return rec

    def record(self, row: int) -> dict:
        return self.records(int(row))

    def chunk(self, row: int) -> Chunk:
        return Chunk.from_dict(self.record(row))

    def rows_of(self, source: str) -> range:
        _, first, n = self.doc_rows[source]
        return range(first, first + n)

    # -- documents ---------------------------------------------------------------------------------
    def sources(self) -> list[str]:
        return sorted(self.doc_rows)

    def _document(self, source: str) -> Document:
        if source not in self.doc_rows:
            raise KeyError(source)
        return self.segments[self.doc_rows[source][0]].document(source)

    def metas(self) -> dict[str, dict]:
        """Metadata (no text) of every live document, read once."""
        if self._metas is None:
            out = {}
            for seg in self.segments:
                out.update({s: m for s, m in seg.doc_metas().items() if s in self.doc_rows
                            and self.segments[self.doc_rows[s][0]] is seg})
            self._metas = out
        return self._metas

    # -- term statistics -------------------------------------------------------------------------------
    def df(self, term: str) -> int:
        h = term_hash(term)
        n = sum(int(s.post_ptr[t + 1] - s.post_ptr[t]) for s in self.segments if (t := s.term_id(h)) >= 0)
        return n - self._deleted_df.get(h, 0)

    def idf(self, term: str) -> float:
        df = self.df(term)
        return math.log(1 + (self.n_live - df + 0.5) / (df + 0.5))

    def bm25(self, terms: list[str], allowed: np.ndarray | None = None) -> np.ndarray:
        """Okapi BM25 of every row for a bag of query terms (0 for deleted or filtered rows);
        only the postings of the query's terms are read."""
        scores = np.zeros(self.n_rows, dtype=np.float32)
        counts: dict[str, int] = {}
        for t in terms:
            counts[t] = counts.get(t, 0) + 1
        for t, qc in counts.items():
            idf, h = self.idf(t), term_hash(t)
            for base, seg in zip(self.bases, self.segments):
                rows, tf = seg.postings(h)
                if not len(rows):
                    continue
                tf = tf.astype(np.float32)
                norm = K1 * (1 - B + B * seg.lengths[rows] / max(self.avgdl, 1e-9))
                np.add.at(scores, base + rows, qc * idf * tf * (K1 + 1) / (tf + norm))
        mask = self.live if allowed is None else self.live & allowed
        scores[~mask] = 0.0
        return scores

    # -- dense -------------------------------------------------------------------------------------------
    def dense_search(self, qvec: np.ndarray, k: int, allowed: np.ndarray | None = None) -> dict[int, float]:
        """The k live (and allowed) rows nearest to `qvec`, over all segments: row -> similarity."""
        mask = self.live if allowed is None else self.live & allowed
        out: dict[int, float] = {}
        for base, seg in zip(self.bases, self.segments):
            m = mask[base:base + seg.n_rows]
            if not m.any():
                continue
            sims, rows = dense.search(seg.dense, qvec, k, None if m.all() else m)
            out.update({base + int(r): float(s) for s, r in zip(sims, rows)})
        return dict(sorted(out.items(), key=lambda kv: (-kv[1], kv[0]))[:k])

    # -- words and directives -------------------------------------------------------------------------
    def gram(self, key: str) -> tuple[str, int] | None:
        """The most frequent written form of a folded word or syllable run, over all segments."""
        found = [g for s in self.segments if (g := s.gram(key))]
        return max(found, key=lambda g: g[1]) if found else None

    def gram_forms(self, prefix: str) -> set[str]:
        """Written forms of every key starting with `prefix` ("2:mua " -> {"mua sắm", "mùa vụ"})."""
        return {f for s in self.segments for f in s.gram_forms(prefix)}

    def refs(self, number: str | None = None) -> list[DirectiveRef]:
        """Directive mentions in live documents (those with this number, or all)."""
        out, metas = [], self.metas()
        for seg in self.segments:
            for source, r in (seg.refs(number) if number is not None else seg.all_refs()):
                if source in self.doc_rows and self.segments[self.doc_rows[source][0]] is seg:
                    own = metas.get(source, {})         # a document's own number, dated by its header
                    dated = not r.get("date") and r.get("id") and own.get("number") == r["id"] and own.get("date")
                    out.append(DirectiveRef(**(r | {"date": own["date"]} if dated else r)))
        return out

    def sources_naming(self, refs: list[DirectiveRef]) -> set[str]:
        """The live documents that name any of these directives (their own number included)."""
        ids = {r.id for r in refs}
        out: set[str] = set()
        for seg in self.segments:
            for number in {r.number for r in refs}:
                out.update(source for source, r in seg.refs(number) if r["id"] in ids and source in self.doc_rows
                           and self.segments[self.doc_rows[source][0]] is seg)
        return out

    def close(self) -> None:
        for s in self.segments:
            s.close()

"""A second search backend: Milvus behind the `Ranker` interface (search/rankers.py).

    KG_RAG_MILVUS_URI=./milvus/kg.db kg-rag ask "…"          # embedded, milvus-lite
    KG_RAG_MILVUS_URI=http://milvus:19530 kg-rag serve       # a standalone or distributed cluster

Milvus holds the vectors and the BM25 postings (its own BM25 function over our word-segmented
terms); the index folder still holds the documents, the passage records and the term statistics
the answer reads. `dense` is an ANN search of the passage vectors (COSINE; the vectors are
normalised, so it equals the local inner product), `lexical` a BM25 full-text search of the
query's terms. Both filter inside Milvus — by document (the `allowed` rows), and optionally by
document type and year — and map the chunk ids Milvus returns to live rows of this generation.
The collection is brought in line with the generation when the ranker is made (milvus_store.py).
"""
from __future__ import annotations

import logging
from pathlib import Path

import numpy as np

from ..errors import BadInput, KgRagError
from ..index.view import IndexView
from .milvus_store import SyncReport, collection_name, milvus_client, milvus_token, quote, sync_milvus

log = logging.getLogger(__name__)
def filter_expr(sources=None, doc_types=None, years=None) -> str:
    """A Milvus boolean filter: documents among `sources`, of one of `doc_types`, of `years`
    (one year, or (first, last) inclusive, either end None). "" when nothing is asked; an empty
    `sources` matches nothing."""
    parts = []
    if sources is not None:
        parts.append(f"source in [{', '.join(quote(s) for s in sorted(sources))}]")
    if doc_types:
        parts.append(f"doc_type in [{', '.join(quote(t) for t in sorted(set(doc_types)))}]")
    if years is not None:
        first, last = (years, years) if isinstance(years, (int, np.integer)) else \
            tuple(years) if isinstance(years, (tuple, list)) and len(years) == 2 else ("?", "?")
        for bound, op in ((first, ">="), (last, "<=")):
            if bound is None:
                continue
            if isinstance(bound, bool) or not isinstance(bound, (int, np.integer)):
                raise BadInput(f"year filter {years!r}: give a year or (first, last) years as numbers")
            parts.append(f"year {op} {int(bound)}")
    return " and ".join(parts)


def rows_of_ids(view: IndexView, ids: list[str]) -> dict[str, int]:
    """Chunk id -> live row of the view, for the ids that have one (a passage replaced by an
    update keeps its id in the old segment, deleted; only the live row counts)."""
    out: dict[str, int] = {}
    for base, seg in zip(view.bases, view.segments):
        for pid, local in seg.rows_of_ids(ids).items():
            if view.live[base + local]:
                out[pid] = base + local
    return out


class MilvusRanker:
    """`Ranker` over a Milvus collection mirroring the view (synced when made, unless sync=False)."""

    def __init__(self, view: IndexView, client_or_uri, collection: str | None = None,
                 token: str | None = None, sync: bool = True):
        self.view = view
        self.client = milvus_client(str(client_or_uri), token) if isinstance(client_or_uri, (str, Path)) \
            else client_or_uri
        self.collection = collection_name(view, collection)
        self._rows: dict[str, int | None] = {}
        self.sync_report: SyncReport | None = self.sync() if sync else None

    def sync(self) -> SyncReport:
        try:
            return sync_milvus(self.view, self.client, self.collection)
        except KgRagError:
            raise
        except Exception as e:     # pymilvus' and grpc's errors, at the boundary: say what to do
            raise KgRagError(f"cannot bring Milvus collection {self.collection} up to date ({type(e).__name__}: "
                             f"{e}); check the server at KG_RAG_MILVUS_URI, or unset it to search the local index") from e

    # -- the Ranker interface -------------------------------------------------------------------------
    def dense(self, qvec: np.ndarray, k: int, allowed: np.ndarray | None, *,
              doc_types=None, years=None) -> dict[int, float]:
        where = self._where(allowed, doc_types, years)
        if where is None:
            return {}
        vec = np.asarray(qvec, dtype=np.float32).ravel().tolist()
        return self._search([vec], "dense", "COSINE", k, where, allowed)

    def lexical(self, terms: list[str], k: int, allowed: np.ndarray | None, *,
                doc_types=None, years=None) -> dict[int, float]:
        where = self._where(allowed, doc_types, years)
        text = " ".join(milvus_token(t) for t in terms)
        if where is None or not text:
            return {}
        # milvus-lite reports BM25 as a negated distance, a server as the score: the size is the score
        return {r: abs(s) for r, s in self._search([text], "sparse", "BM25", k, where, allowed).items() if s}

    # -- helpers -----------------------------------------------------------------------------------------
    def _where(self, allowed: np.ndarray | None, doc_types, years) -> str | None:
        """The filter for a row mask and metadata; None when no document is allowed."""
        sources = None
        if allowed is not None:
            sources = {s for s, (_, first, n) in self.view.doc_rows.items() if allowed[first:first + n].any()}
            if not sources:
                return None
        return filter_expr(sources, doc_types, years)

    def _search(self, data: list, field: str, metric: str, k: int, where: str,
                allowed: np.ndarray | None) -> dict[int, float]:
        try:
            got = self.client.search(self.collection, data=data, anns_field=field, limit=int(k), filter=where,
                                     search_params={"metric_type": metric}, output_fields=["id"])
        except Exception as e:
            raise KgRagError(f"Milvus search in {self.collection} failed ({type(e).__name__}: {e}); "
                             "check the server at KG_RAG_MILVUS_URI, or unset it to search the local index") from e
        hits = [(str(h["id"]), float(h["distance"])) for h in got[0]] if got else []
        rows = self._rows_of([pid for pid, _ in hits])
        mask = self.view.live if allowed is None else self.view.live & allowed
        out: dict[int, float] = {}
        for pid, score in hits:
            r = rows.get(pid)
            if r is not None and mask[r] and r not in out:
                out[r] = score
        return out

    def _rows_of(self, ids: list[str]) -> dict[str, int | None]:
        """Cached: the view never changes, so an id's row (or its absence) never does."""
        todo = [i for i in ids if i not in self._rows]
        if todo:
            found = rows_of_ids(self.view, todo)
            self._rows.update({i: found.get(i) for i in todo})
        return {i: self._rows[i] for i in ids}

"""Where candidate passages come from: a `Ranker` gives the best rows of the current index by
dense similarity and by BM25. `LocalRanker` (the default) searches the index folder itself —
FAISS over each segment's vectors, BM25 over its postings; another engine (search/milvus.py) can
stand behind the same two methods. Rows are those of the snapshot's IndexView; deleted rows and
rows outside `allowed` (a document filter) are never returned."""
from __future__ import annotations

from typing import Protocol

import numpy as np

from ..index.view import IndexView


class Ranker(Protocol):
    def dense(self, qvec: np.ndarray, k: int, allowed: np.ndarray | None) -> dict[int, float]:
        """Up to k rows nearest to the query vector: row -> similarity."""

    def lexical(self, terms: list[str], k: int, allowed: np.ndarray | None) -> dict[int, float]:
        """Up to k rows with a positive BM25 score for the analysed query terms: row -> score."""


class LocalRanker:
    def __init__(self, view: IndexView):
        self.view = view

    def dense(self, qvec: np.ndarray, k: int, allowed: np.ndarray | None) -> dict[int, float]:
        return self.view.dense_search(qvec, k, allowed)

    def lexical(self, terms: list[str], k: int, allowed: np.ndarray | None) -> dict[int, float]:
        lex = self.view.bm25(terms, allowed)
        top = np.flatnonzero(lex > 0)
        if len(top) > k:
            top = top[np.argpartition(-lex[top], k - 1)[:k]]
        return {int(i): float(lex[i]) for i in top}

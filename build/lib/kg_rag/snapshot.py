"""One request's view of the corpus: documents, passages, term statistics and vectors, taken once.

A `Snapshot` is immutable: an upload or a re-index builds a new one and swaps it in
(`KgRag.snapshot()`), so a question that started on the old index finishes on it — documents and
passages always agree. Everything the answer and directive stages read goes through its methods;
derived values (a document's name words, the directive graph, assignments) are computed once per
snapshot with `memo` and can never go stale, because the snapshot itself never changes.
"""
from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any, Callable, Mapping

from .index import lexical
from .search.retrieve import Query, Retriever
from .text.genre import last_heading
from .types import Chunk, Document, Hit


@dataclass(frozen=True)
class Snapshot:
    documents: Mapping[str, Document]
    retriever: Retriever
    _memo: dict = field(default_factory=dict, repr=False, compare=False)
    _lock: Any = field(default_factory=threading.Lock, repr=False, compare=False)

    # -- passages and search -----------------------------------------------------------------------
    @property
    def chunks(self) -> list[Chunk]:
        return self.retriever.chunks

    def read_query(self, text: str) -> Query:
        return self.retriever.read_query(text)

    def search(self, query: str | Query, k: int = 10, sources: set[str] | None = None) -> list[Hit]:
        return self.retriever.search(query, k=k, sources=sources)

    # -- words -----------------------------------------------------------------------------------
    @property
    def vocab(self):
        """Every indexed term (supports `in`)."""
        return self.retriever.vocab

    def passage_terms(self, chunk: Chunk) -> set[str]:
        """The indexed terms of a passage (its text and heading context), as stored at ingest."""
        return self.retriever.passage_terms(chunk.id)

    def terms(self, text: str) -> frozenset[str]:
        """Analyzer terms of a piece of corpus text (a sentence, a heading), once per snapshot."""
        return self.memo(("terms", text), lambda: frozenset(lexical.analyze(text)))

    def doc_terms(self, source: str) -> frozenset[str]:
        """Words that name a document (title, issuing body, place)."""
        return self.terms(self.documents[source].label)

    def unknown_share(self, weights: Mapping[str, float]) -> float:
        """Share of a question's weight carried by words the corpus never uses."""
        return self.retriever.unknown_share(weights)

    def section_items(self, chunk: Chunk) -> list[Chunk]:
        """The list items under the same heading as `chunk`, in document order."""
        by_section = self.memo("section_items", self._section_items)
        return by_section.get((chunk.source, chunk.section), [])

    def _section_items(self) -> dict:
        out: dict[tuple[str, str], list[Chunk]] = {}
        for c in self.chunks:
            if c.kind == "item":
                out.setdefault((c.source, c.section), []).append(c)
        return out

    @staticmethod
    def heading_of(chunk: Chunk) -> str:
        return last_heading(chunk.section)

    # -- derived values ------------------------------------------------------------------------------
    def memo(self, key, compute: Callable[[], Any]) -> Any:
        """`compute()` once per snapshot and key (thread-safe; the value never goes stale)."""
        try:
            return self._memo[key]
        except KeyError:
            pass
        value = compute()
        with self._lock:
            return self._memo.setdefault(key, value)

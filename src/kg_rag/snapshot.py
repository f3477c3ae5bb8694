"""One request's view of the corpus: documents, passages, term statistics and vectors, taken once.

A `Snapshot` is immutable: an upload or a re-index opens a new one and swaps it in
(`KgRag.snapshot()`), so a question that started on the old index finishes on it — documents and
passages always agree. Everything the answer and directive stages read goes through its methods,
and what ingest computed (a passage's terms, its sentence units, a document's name words) is read
from the index rather than computed again; other derived values (the directive graph,
assignments) are computed once per snapshot with `memo` and can never go stale.
"""
from __future__ import annotations

import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any, Callable, Iterator

from .index import lexical
from .index.view import IndexView
from .search.retrieve import Query, Retriever
from .text.genre import last_heading
from .text.normalize import fold
from .types import Chunk, Document, Hit


class Documents(Mapping):
    """The live documents by file name, read from the index when first asked for."""

    def __init__(self, view: IndexView):
        self.view = view

    def __getitem__(self, source: str) -> Document:
        return self.view.document(source)

    def __contains__(self, source) -> bool:
        return source in self.view.doc_rows

    def __iter__(self) -> Iterator[str]:
        return iter(self.view.sources())

    def __len__(self) -> int:
        return len(self.view.doc_rows)


@dataclass(frozen=True)
class Snapshot:
    view: IndexView
    retriever: Retriever
    _memo: dict = field(default_factory=dict, repr=False, compare=False)
    _lock: Any = field(default_factory=threading.Lock, repr=False, compare=False)

    @property
    def documents(self) -> Documents:
        return self.memo("documents", lambda: Documents(self.view))

    def meta(self, source: str) -> dict:
        """A document's metadata without its text (cheap, for lists and labels)."""
        return self.view.metas()[source]

    # -- passages and search -----------------------------------------------------------------------
    @property
    def chunks(self) -> list[Chunk]:
        """Every live passage (reads them all: for small corpora and tests)."""
        return [self.view.chunk(r) for r in range(self.view.n_rows) if self.view.live[r]]

    def read_query(self, text: str) -> Query:
        return self.retriever.read_query(text)

    def search(self, query: str | Query, k: int = 10, sources: set[str] | None = None) -> list[Hit]:
        return self.retriever.search(query, k=k, sources=sources)

    def row_of(self, chunk: Chunk) -> int:
        for r in self.view.rows_of(chunk.source):
            if self.view.record(r)["id"] == chunk.id:
                return r
        raise KeyError(f"passage {chunk.id} of {chunk.source} is not in this index")

    def record(self, chunk: Chunk | Hit) -> dict:
        """What ingest stored about a passage (its terms, sentence units …)."""
        if isinstance(chunk, Hit) and chunk.row >= 0:
            return self.view.record(chunk.row)
        c = chunk.chunk if isinstance(chunk, Hit) else chunk
        return self.view.record(self.memo(("row", c.id), lambda: self.row_of(c)))

    # -- words -----------------------------------------------------------------------------------
    @property
    def vocab(self):
        """Every indexed term (supports `in`)."""
        return self.retriever.vocab

    def passage_terms(self, chunk: Chunk | Hit) -> frozenset[str]:
        """The indexed terms of a passage (its text and heading context)."""
        return frozenset(self.record(chunk)["terms"])

    def units(self, chunk: Chunk | Hit) -> list[tuple[int, int, frozenset[str]]]:
        """The spans of a passage an answer may quote, with their terms."""
        rec = self.record(chunk)
        return [(s, e, frozenset(t)) for (s, e), t in zip(rec["units"], rec["unit_terms"])]

    def context_terms(self, chunk: Chunk | Hit) -> frozenset[str]:
        return frozenset(self.record(chunk)["context_terms"])

    def head_terms(self, chunk: Chunk | Hit) -> frozenset[str]:
        return frozenset(self.record(chunk)["head_terms"])

    def terms(self, text: str) -> frozenset[str]:
        """Analyzer terms of any other text, once per snapshot."""
        return self.memo(("terms", text), lambda: frozenset(lexical.analyze(text)))

    def doc_terms(self, source: str) -> frozenset[str]:
        """Words that name a document (title, issuing body, place)."""
        return frozenset(self.meta(source)["label_terms"])

    def idf(self, term: str) -> float:
        return self.view.idf(term)

    def unknown_share(self, weights, paraphrased: frozenset = frozenset()) -> float:
        """Share of a question's weight carried by words the corpus never uses (not counting the
        asker's own verbs for the corpus's)."""
        return self.retriever.unknown_share(weights, paraphrased)

    def section_items(self, chunk: Chunk) -> list[Chunk]:
        """The list items under the same heading as `chunk`, in document order."""
        def items() -> list[Chunk]:
            out = [self.view.chunk(r) for r in self.view.rows_of(chunk.source)]
            return [c for c in out if c.kind == "item" and c.section == chunk.section]
        return self.memo(("items", chunk.source, chunk.section), items)

    def lead_in(self, chunk: Chunk) -> Chunk | None:
        """The passage of the line heading `chunk`'s items, when that line is a passage itself (a
        sentence: "1. Tổ Lưu động là đầu mối vận hành xe sách, có trách nhiệm:"), or None."""
        head = last_heading(chunk.section).strip()
        return self.memo(("lead", chunk.source, head), lambda: next(
            (c for c in (self.view.chunk(r) for r in self.view.rows_of(chunk.source)) if c.kind == "heading" and c.text.strip() == head),
            None)) if head else None

    def sources_by(self, field: str) -> dict[str, set[str]]:
        """Documents by a metadata field, folded ("number" → {"31-kh/btgduk": {…}}, "place"), built
        once per snapshot from the index's metadata (no document is read)."""
        def build() -> dict[str, set[str]]:
            out: dict[str, set[str]] = {}
            for s, m in self.view.metas().items():
                if value := fold(m.get(field) or ""):
                    out.setdefault(value, set()).add(s)
            return out
        return self.memo(("sources-by", field), build)

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

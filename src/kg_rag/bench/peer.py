"""The floor the benchmark compares with: bm25s over the passage texts plus an exact inner product
over the same vectors, fused with RRF — no diacritic restoration, no directive resolution, no
answer extraction. A minimal peer, not a like-for-like system: it says how close kg_rag's query
path is to the cost of the retrieval alone."""
from __future__ import annotations

import numpy as np

from ..search.fusion import rrf


class Peer:
    def __init__(self, texts: list[str], vectors: np.ndarray, embedder, candidates: int = 60):
        try:
            import bm25s
        except ImportError as e:
            raise ImportError("the benchmark's peer needs bm25s: pip install bm25s") from e
        import faiss
        self.bm25s, self.embedder, self.candidates = bm25s, embedder, candidates
        self.lexical = bm25s.BM25()
        self.lexical.index(bm25s.tokenize(texts, stopwords=None, show_progress=False), show_progress=False)
        self.dense = faiss.IndexFlatIP(vectors.shape[1])
        self.dense.add(np.ascontiguousarray(vectors, dtype=np.float32))
        self.n = len(texts)

    def search(self, query: str, k: int = 10) -> list[int]:
        qv = self.embedder.embed([query], kind="query")
        _, ids = self.dense.search(np.ascontiguousarray(qv, dtype=np.float32), min(self.candidates, self.n))
        tokens = self.bm25s.tokenize([query], stopwords=None, show_progress=False)
        docs, scores = self.lexical.retrieve(tokens, k=min(self.candidates, self.n), show_progress=False)
        lex = [int(d) for d, s in zip(docs[0], scores[0]) if s > 0]
        fused = rrf([[int(i) for i in ids[0] if i >= 0], lex], k=60)
        return [i for i, _ in sorted(fused.items(), key=lambda kv: (-kv[1], kv[0]))[:k]]

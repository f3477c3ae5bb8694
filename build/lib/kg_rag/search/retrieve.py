"""Hybrid retrieval: dense (FAISS) + BM25, fused with RRF, then a light rerank.

The query is read once (`read_query`): diacritics restored if typed without, directives the
user names ("KL 69", "Nghị quyết 36 năm 2023") resolved against the corpus, abbreviations
spelled out. Reranking uses only signals we can explain: a named directive (and its year)
appearing in the passage, and query words appearing in the passage's heading path.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Mapping

import numpy as np

from ..index import lexical
from .diacritics import Restorer
from .coverage import content_terms, coverage, term_weights, unknown_share
from .fusion import ranking, rrf
from ..text.normalize import base_normalize, fold, has_diacritics
from ..text.genre import expand_abbreviations, last_heading
from ..text.refs import parse_user_refs, resolve
from ..types import Chunk, DirectiveRef, Hit


# Measured on the dev set (README, "Retrieval choices"): hybrid beats dense-only and BM25-only;
# the heading match helps; whole-passage coverage as a rerank signal hurt, so its weight is 0.
DENSE_WEIGHT, LEXICAL_WEIGHT = 0.5, 1.0
COVERAGE_WEIGHT = 0.0
HEADING_WEIGHT = 0.005   # query words in the passage's own heading ("5. Ban Tuyên giáo Huyện ủy")


@dataclass(frozen=True)
class Query:
    text: str                       # as typed (normalised)
    search_text: str                # diacritics restored, directives spelled out, for the dense model
    terms: list[str]
    refs: list[DirectiveRef] = field(default_factory=list)   # resolved corpus directives
    ref_years: tuple[str, ...] = ()
    unresolved: tuple[str, ...] = ()   # directives the user named that no document mentions
    plain: bool = False                # typed without diacritics
    content: tuple[str, ...] = ()      # the terms coverage is measured on
    weights: Mapping[str, float] = field(default_factory=dict)   # content term -> IDF weight


class Retriever:
    def __init__(self, chunks: list[Chunk], terms: list[list[str]], vectors: np.ndarray, embedder,
                 faiss_index=None, known_refs: list[DirectiveRef] | None = None):
        self.chunks, self.embedder = chunks, embedder
        self.pos = {c.id: i for i, c in enumerate(chunks)}
        self.bm25 = lexical.BM25(terms)
        self.terms = terms
        self.vectors = vectors
        self.faiss = faiss_index
        self.known_refs = known_refs or []
        self.restorer = Restorer(c.index_text for c in chunks)
        self._folded_words = lexical.folded_words(self.bm25.postings)
        self._dir_sets = [{t for t in ts if t.startswith("dir:")} for ts in terms]
        self._term_sets = [set(ts) for ts in terms]
        self._folded = [fold(c.index_text) for c in chunks]
        self.corpus_folded = "\n".join(self._folded)
        heads = {last_heading(c.section) for c in chunks if c.section}
        head_terms = {h: set(lexical.analyze(h)) for h in heads}
        self._head_sets = [head_terms.get(last_heading(c.section), set()) if c.section else set()
                           for c in chunks]
        self._head_folded = [fold(last_heading(c.section)) for c in chunks]

    # -- what the answer side reads about passages and words -----------------------------------
    @property
    def vocab(self):
        """Every BM25 term of the corpus (supports `in`)."""
        return self.bm25.postings

    def passage_terms(self, chunk_id: str) -> set[str]:
        return self._term_sets[self.pos[chunk_id]]

    def unknown_share(self, weights: Mapping[str, float]) -> float:
        return unknown_share(weights, self.bm25.postings, self.corpus_folded)

    # -- query ---------------------------------------------------------------------------------
    def read_query(self, question: str) -> Query:
        q = base_normalize(question).strip()
        restored = self.restorer.restore(q)
        refs, years, extra, unresolved = [], [], [], []
        user_refs = parse_user_refs(q)
        for uq in user_refs:
            found = resolve(uq, self.known_refs)
            refs += found
            if not found:
                unresolved.append(f"{uq.code} {uq.number}" + (f" ({uq.year})" if uq.year else ""))
            if uq.year:
                years.append(uq.year)
            if found:
                r = found[0]
                extra.append(f"{r.type} số {r.id}")
        search_text = expand_abbreviations(restored + (" (" + "; ".join(extra) + ")" if extra else ""))
        terms = lexical.analyze(q, query=True, user_refs=user_refs)
        plain = not has_diacritics(q)
        if plain:
            # rank with the restored words; decide coverage on the corpus's own words, folded,
            # which does not depend on guessing each syllable's diacritics
            terms += [t for t in lexical.analyze(restored, query=True) if not t.startswith(("~", "dir:"))]
            content = lexical.folded_units(q, self._folded_words, user_refs)
        else:
            content = content_terms(terms)
        weights = term_weights(content, self.bm25.idf, self.bm25.postings)
        return Query(q, search_text, terms, refs, tuple(years), tuple(unresolved), plain, tuple(content), weights)

    # -- search --------------------------------------------------------------------------------
    def dense_scores(self, query: Query) -> np.ndarray:
        qv = self.embedder.embed([query.search_text], kind="query")[0]
        if self.faiss is not None and self.faiss.ntotal:
            sims, ids = self.faiss.search(qv[None, :].astype(np.float32), self.faiss.ntotal)
            out = np.zeros(len(self.chunks), dtype=np.float32)
            out[ids[0][ids[0] >= 0]] = sims[0][ids[0] >= 0]
            return out
        return self.vectors @ qv if len(self.vectors) else np.zeros(0, dtype=np.float32)

    def search(self, question: str | Query, k: int = 10, sources: set[str] | None = None,
               candidates: int = 60) -> list[Hit]:
        query = question if isinstance(question, Query) else self.read_query(question)
        if not self.chunks:
            return []
        dense = self.dense_scores(query)
        lex = self.bm25.scores(query.terms)
        allowed = {i for i, c in enumerate(self.chunks) if not sources or c.source in sources}
        if not allowed:
            return []
        d_rank = [i for i in ranking(dense) if i in allowed][:candidates]
        l_rank = [i for i in ranking(lex) if i in allowed and lex[i] > 0][:candidates]
        fused = rrf([d_rank, l_rank], k=60, weights=(DENSE_WEIGHT, LEXICAL_WEIGHT))
        scored = {i: s + self._bonus(i, query) for i, s in fused.items()}
        order = sorted(scored, key=lambda i: (-scored[i], i))[:k]
        return [Hit(self.chunks[i], float(scored[i]), rank=r,
                    scores={"dense": float(dense[i]), "bm25": float(lex[i]), "rrf": float(fused[i])})
                for r, i in enumerate(order, start=1)]

    def _bonus(self, i: int, query: Query) -> float:
        """Rerank signals, on the RRF scale (1/61 ≈ 0.016 is one first place)."""
        weights = query.weights
        bonus = 0.0
        if COVERAGE_WEIGHT:
            bonus += COVERAGE_WEIGHT * coverage(weights, self._term_sets[i], self.bm25.postings, self._folded[i])
        if self._head_sets[i]:
            bonus += HEADING_WEIGHT * coverage(weights, self._head_sets[i], (), self._head_folded[i])
        if query.refs:
            wanted = {lexical.directive_token(r.code, r.number) for r in query.refs}
            if wanted & self._dir_sets[i]:
                bonus += 0.006
        return bonus

"""Hybrid retrieval: dense (FAISS) + BM25, fused with RRF, then a light rerank. The query is read
once (`read_query`): diacritics restored if typed without, directives the user names ("KL 69",
"Nghị quyết 36 năm 2023") resolved against the corpus, abbreviations spelled out, content words
weighted. Each retriever returns only its top candidates (FAISS top-k with deleted and filtered
rows excluded inside the search; BM25 over the postings of the query's words only), so the cost
of a question does not grow with a Python loop over the corpus. Reranking uses only signals we
can explain: a named directive appearing in the passage, and query words in its own heading."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Mapping

import numpy as np

from ..index import lexical
from ..index.view import IndexView
from ..text.genre import CODE_NAMES, FOLDED_ABBREVIATIONS, USER_CODES, expand_abbreviations, last_heading, user_abbreviations
from ..text.normalize import base_normalize, fold, has_diacritics, plain_runs
from ..text.numbers import NUMBER_WORDS
from ..text.user_refs import parse_user_refs, resolve, resolve_loosely
from ..text.pos import soft_words
from ..types import DirectiveRef, Hit
from .acronyms import RARE, rare_acronym, spell_out
from .coverage import FRAME_WORDS, PLAIN_FRAME_WORDS, SAID_AS, content_terms, coverage, split_unknown, term_weights, unframed, unknown_share
from .diacritics import Restorer, phrase_seen
from .fusion import rrf
from .rankers import LocalRanker, Ranker

# Measured on the dev set (README, "Retrieval choices"): hybrid beats dense-only and BM25-only;
# the heading match helps; whole-passage coverage as a rerank signal hurt, so it is not used.
DENSE_WEIGHT, LEXICAL_WEIGHT = 0.5, 1.0
HEADING_WEIGHT = 0.005   # query words in the passage's own heading ("5. Ban Tuyên giáo Huyện ủy")
DIRECTIVE_WEIGHT = 0.006
CANDIDATES = 60          # from each retriever, before fusion
UNKNOWN_VERB = 0.3       # weight left to a verb the corpus never writes (text/pos.py)


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
    paraphrased: frozenset = frozenset()   # verbs the corpus never writes: the asker's own words (text/pos.py)


class Vocabulary:
    """The corpus's terms as a collection (`t in vocab`) and its multi-syllable words by folded
    form (`vocab.words["van_hoa"] == "văn_hóa"`), answered from the index, not held in memory."""

    def __init__(self, view: IndexView):
        self.view = view
        self.words = _WordForms(view)

    def __contains__(self, term: str) -> bool:
        return self.view.df(term) > 0


class _WordForms:
    def __init__(self, view: IndexView):
        self.view = view

    def get(self, folded: str) -> str | None:
        got = self.view.gram("w:" + folded)
        return got[0] if got else None

    def __contains__(self, folded: str) -> bool:
        return self.get(folded) is not None

    def __getitem__(self, folded: str) -> str:
        form = self.get(folded)
        if form is None:
            raise KeyError(folded)
        return form


class Retriever:
    def __init__(self, view: IndexView, embedder, ranker: Ranker | None = None):
        self.view, self.embedder = view, embedder
        self.ranker = ranker or LocalRanker(view)
        self.vocab = Vocabulary(view)
        self.restorer = Restorer(view.gram)
        self._vectors: dict[str, np.ndarray] = {}
        self._corpus: tuple[str, str, frozenset[str]] | None = None
        self._acronyms: dict[str, str | None] = {}     # acronym (or "&" and a joined form) -> the corpus phrase it abbreviates

    # -- what the answer side reads about words -----------------------------------------------------
    def unknown_share(self, weights: Mapping[str, float], paraphrased: frozenset = frozenset()) -> float:
        return unknown_share(weights, lambda t: t in paraphrased or self._known(t), lambda p: phrase_seen(p, self.view.gram))

    def _known(self, term: str) -> bool:
        """A word of the corpus, or a syllable it writes inside its words ("hạn" of "thời_hạn")."""
        if term in self.vocab:
            return True
        if "_" in term or term.startswith(("~", "dir:")):
            return False
        if (got := self.view.gram("1:" + fold(term))) is None:
            return False
        # the most frequent form of the folded syllable, or any form it takes before another
        # syllable ("mua" of "mua sắm" where "mùa" is written more often)
        return got[0] == term or any(f.split()[0] == term for f in self.view.gram_forms(f"2:{fold(term)} "))

    # -- query ---------------------------------------------------------------------------------------
    def _own_numbers(self) -> set[str]:
        """The numbers the corpus's documents carry themselves ("594/KH-UBND")."""
        return {m.get("number", "") for m in self.view.metas().values()} - {""}

    def _corpus_text(self) -> tuple[str, str, frozenset[str]]:
        """Every document's text, folded and as written (same offsets), and the words it writes
        (lower-cased, as written); read once per index generation, for a question holding an
        acronym or a typo."""
        if self._corpus is None:
            original = "\n\n".join(self.view.document(s).text for s in self.view.sources())
            folded = fold(original).lower()
            self._corpus = (folded, original if len(folded) == len(original) else folded, frozenset(re.findall(r"\w+", original.lower())))
        return self._corpus

    def _written_as_named(self, typed: str, number: str, code: str = "") -> bool:
        """Whether the documents write a directive the way the question names it, as words ("Đề án
        06", "Chương trình 1719"; "TB số 2" as "Thông báo số 2") rather than as a number with a code;
        or the number is the year of a plan named by it ("kế hoạch 2026 của huyện", no "số")."""
        names = [re.findall(r"[a-z]+", fold(typed).lower()), re.findall(r"[a-z]+", fold(CODE_NAMES.get(code, "")).lower()) + ["so"]]
        return re.fullmatch(r"20[0-4]\d", number) is not None and "so" not in names[0] or any(len(name) >= 2 and re.search(
            r"(?<!\w)" + r"\s+".join(name) + rf"\s+(?:so\s+)?0*{int(number)}(?![\d/-])", self._corpus_text()[0]) is not None for name in names)

    def _word_known(self, word: str) -> bool:
        w, g = word.lower(), self.view.gram("1:" + fold(word))    # ("NCT" written once, "người cao tuổi" 44 times: spelled out)
        if len(w) == 2 and word.isupper():     # "GD", "YT": spelled out unless a code ("KH 38"), the genre's own or a school's level as the corpus writes it ("Trường TH …")
            return fold(w) in FOLDED_ABBREVIATIONS or fold(w) in USER_CODES or fold(w) in ("th", "mn") and len(re.findall(rf"(?<![\w&/-]){word}(?![\w&/-])", self._corpus_text()[1])) >= RARE
        return fold(w) in FOLDED_ABBREVIATIONS or not rare_acronym(word, g) and (w in self.vocab or g is not None)

    def read_query(self, question: str) -> Query:
        q = user_abbreviations(base_normalize(question).strip())
        q = spell_out(q, self._word_known, self._corpus_text, self._acronyms)     # "tthtcd" -> "trung tam hoc tap cong dong"
        if has_diacritics(q):
            q = self.restorer.fix_typos(q, lambda w: w in self._corpus_text()[2])      # "hôi"
            q = self.restorer.restore_runs(q)       # "… kỹ năng số xa dong tam": the plain words restored
        restored = self.restorer.restore(q)
        refs, years, extra, unresolved = [], [], [], []
        user_refs = parse_user_refs(q)
        for uq in user_refs:
            known = self.view.refs(uq.number)
            found = resolve(uq, known) or resolve_loosely(uq, known, self._own_numbers())
            refs += found
            if not found and self._written_as_named(q[uq.start:uq.end], uq.number, uq.code):
                continue        # "Đề án 06": what the documents call it themselves, not a number to resolve
            if not found:
                unresolved.append(f"{uq.code} {uq.number}" + (f" ({uq.year})" if uq.year else ""))
            if uq.year:
                years.append(uq.year)
            if found:
                extra.append(f"{found[0].type} số {found[0].id}")
        search_text = expand_abbreviations(restored + (" (" + "; ".join(extra) + ")" if extra else ""))
        terms = lexical.analyze(q, query=True, user_refs=user_refs)
        plain = not has_diacritics(q)
        asked = unframed(q)         # content words: the subject, not "… chậm nhất đến ngày nào"
        if plain:
            # rank with the restored words; decide coverage on the corpus's own words, folded,
            # which does not depend on guessing each syllable's diacritics
            terms += [t for t in lexical.analyze(restored, query=True) if not t.startswith(("~", "dir:"))]
            content = [t for t in lexical.folded_units(asked, self.vocab.words, user_refs,      # ("phu huynh", said their way: SAID_AS)
                                                       lambda a, b: self.view.gram(f"2:{a} {b}") is not None or f"{a} {b}" in SAID_AS,
                                                       lambda p: re.search(r"(?<!\w)" + r"\s+".join(p.split()) + r"(?!\w)", self._corpus_text()[0]) is not None)
                       if t not in FRAME_WORDS and t not in PLAIN_FRAME_WORDS]
            if not content:         # "nghi quyet 45-nq/tw ve van de gi": the directive's type, as typed with diacritics
                content = [w for r in user_refs for w in lexical.folded_units(CODE_NAMES.get(r.code, ""), self.vocab.words) if w[0] != "~"]
        else:
            content = split_unknown(content_terms(
                terms if asked == q else lexical.analyze(asked, query=True, user_refs=user_refs)), self.vocab,
                lambda w: self._known(w) or ("_" in w and phrase_seen(fold(w.replace("_", " ")), self.view.gram)))
            if not content:         # "KH 186/KH-UBND ký ngày nào?": nothing asked but of the directive, its type
                content = [w for r in user_refs for w in lexical.analyze(CODE_NAMES.get(r.code, "")) if w in self.vocab and w[0] != "~"]
        # a directive reference's type as typed ("Công văn 58" for the corpus's Kế hoạch 58) is the reference's word, and "cuộc"
        # a filler (lexical.FILLERS): when the corpus never writes them, they ask nothing absent
        ref_words = {t for r in user_refs for t in lexical.analyze(q[r.start:r.end]) if t not in self.vocab}
        content = [t for t in content if t not in ref_words and not (t in lexical.FILLERS and t not in self.vocab)] or content
        weights = term_weights(content, self.view.idf, self.vocab)
        paraphrased = frozenset()
        if not plain:       # a verb the corpus never writes is the asker's paraphrase more often than a topic (text/pos.py)
            # (not words of a run typed plain, "… con huyen kim thach": their tags are guesses)
            plain_run = {w for run in plain_runs(q) for w in run.split()}
            paraphrased = frozenset(t for t in weights if t in soft_words(q) and t not in self.vocab
                                    and not set(t.split("_")) <= plain_run)
            weights = {t: w * UNKNOWN_VERB if t in paraphrased else w for t, w in weights.items()}
            paraphrased |= {t for t in weights if t in NUMBER_WORDS and t not in self.vocab}   # ("Sáu di tích": "06")
        return Query(q, search_text, terms, refs, tuple(years), tuple(unresolved), plain, tuple(content), weights,
                     paraphrased)

    # -- search --------------------------------------------------------------------------------------
    def allowed(self, sources: set[str] | None) -> np.ndarray | None:
        if not sources:
            return None
        mask = np.zeros(self.view.n_rows, dtype=bool)
        for s in sources:
            if s in self.view.doc_rows:
                r = self.view.rows_of(s)
                mask[r.start:r.stop] = True
        return mask

    def search(self, question: str | Query, k: int = 10, sources: set[str] | None = None,
               candidates: int = CANDIDATES) -> list[Hit]:
        query = question if isinstance(question, Query) else self.read_query(question)
        allowed = self.allowed(sources)
        if self.view.n_live == 0 or (allowed is not None and not (allowed & self.view.live).any()):
            return []
        qv = self._query_vector(query.search_text)
        dense = self.ranker.dense(qv, candidates, allowed)
        lex = self.ranker.lexical(query.terms, candidates, allowed)
        d_rank = sorted(dense, key=lambda i: (-dense[i], i))
        l_rank = sorted(lex, key=lambda i: (-lex[i], i))
        fused = rrf([d_rank, l_rank], k=60, weights=(DENSE_WEIGHT, LEXICAL_WEIGHT))
        scored = {i: s + self._bonus(i, query) for i, s in fused.items()}
        order = sorted(scored, key=lambda i: (-scored[i], i))[:k]
        return [Hit(self.view.chunk(i), float(scored[i]), rank=r, row=i,
                    scores={"dense": dense.get(i, 0.0), "bm25": lex.get(i, 0.0), "rrf": float(fused[i])})
                for r, i in enumerate(order, start=1)]

    def _query_vector(self, text: str):
        """One embedding per question text: a request that searches twice (its directive first,
        then all documents) embeds once. A small cache; the embedder is the costly step."""
        qv = self._vectors.get(text)
        if qv is None:
            qv = self.embedder.embed([text], kind="query")[0]
            if len(self._vectors) >= 256:
                self._vectors.pop(next(iter(self._vectors)))
            self._vectors[text] = qv
        return qv

    def forget_query_vectors(self) -> None:
        """Empty the query-embedding cache (a benchmark timing each question from cold)."""
        self._vectors.clear()

    def _bonus(self, row: int, query: Query) -> float:
        """Rerank signals, on the RRF scale (1/61 ≈ 0.016 is one first place)."""
        rec = self.view.record(row)
        bonus = 0.0
        if rec["head_terms"]:
            head = last_heading(rec["section"])
            bonus += HEADING_WEIGHT * coverage(query.weights, set(rec["head_terms"]), fold(head), inside_words=False)
        if query.refs:
            wanted = {lexical.directive_token(r.code, r.number) for r in query.refs}
            if wanted & {t for t in rec["terms"] if t.startswith("dir:")}:
                bonus += DIRECTIVE_WEIGHT
        return bonus

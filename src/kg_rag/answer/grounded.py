"""Extractive, grounded answers: every sentence shown is a verbatim span of a source passage,
followed by its [n]. No model writes text, so nothing can be invented.

1. Read the question (follow-ups borrow the previous question), retrieve passages.
2. Decide whether the documents answer at all: the question's content words, weighted by IDF
   (a word the corpus never uses weighs most), must be covered by the top passages. Below the
   threshold we refuse in Vietnamese and list the nearest passages for the reader to check.
3. Pick supporting sentences (or ";"-clauses of run-on sentences) by the same weighted overlap,
   plus the passage's rank and a named-directive match (with its year).
4. Compose: "ai … làm gì" questions list the organisation section actor by actor; other questions
   list the best sentences, grouped by document.
"""
from __future__ import annotations

import re

from ..index import lexical
from .compose import MARKER, Pick, citation, compose, label
from ..search.coverage import coverage, term_weights, unknown_share
from ..text.normalize import fold
from ..text.sentences import clauses, sentences
from ..types import Answer, Citation, Hit

REFUSAL = "Không tìm thấy thông tin trả lời câu hỏi này trong các văn bản hiện có."
# Calibrated on eval/dev.jsonl + eval/extra.jsonl (see README, "Refusal threshold"): answerable
# questions cover >= 0.6 of their weighted content words; out-of-corpus ones <= 0.4.
MIN_COVERAGE = 0.5
MAX_UNKNOWN = 0.3     # refuse when words the corpus never uses carry this share of the question
HEAD_WEIGHT = 0.5
PICK_FROM = 8           # passages whose sentences may be quoted
SIBLING_HEAD_SHARE = 0.15   # the heading carries at least this share of the question's weight
# "Ai phải làm gì …", "những cơ quan nào có trách nhiệm …" — asked on the folded question so
# that "ai phai lam gi" works too. "Ai ký …" (who signed) is a factoid, not this.
_WHO = re.compile(r"\b(ai|nhung ai|co quan nao|don vi nao|nhung co quan nao)\b.{0,40}?"
                  r"\b(phai lam|lam gi|phai thuc hien|nhiem vu|trach nhiem|duoc giao|phan cong)\b")
_FOLLOW_UP = re.compile(r"^(còn|vậy|thế còn|thế|còn về|với|đối với)\b", re.I)
_ORG = "to chuc thuc hien"
# Answer types (as in classic QA): a "when" question wants a sentence with a date, a "how many"
# question one with a number. Asked on the folded question.
_WHEN = re.compile(r"\b(ngay nao|khi nao|bao gio|thoi gian nao|nam nao|thang nao)\b")
_HOW_MANY = re.compile(r"\b(bao nhieu|may)\b")
_DATE = re.compile(r"\b\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\b|\bngày\s+\d{1,2}\s+tháng\s+\d{1,2}\b|\bnăm\s+\d{4}\b")
_NUMBER = re.compile(r"\b\d+\b")
TYPE_BONUS = 0.3


def _query_text(question: str, history: list[str] | None) -> str:
    if history and (_FOLLOW_UP.match(question) or len(question.split()) <= 5):
        return f"{history[-1]} {question}"
    return question


def answer_question(rag, question: str, k: int | None = None, sources: set[str] | None = None,
                    history: list[str] | None = None) -> Answer:
    r = rag.retriever
    query = r.read_query(_query_text(question, history))
    hits = r.search(query, k=max(k or 8, 8), sources=sources)
    if not hits:
        return Answer(question, REFUSAL, False, (), "none")
    weights = term_weights(query.content, r.bm25.idf, r.bm25.postings)
    top_terms = set()
    for h in hits[:3]:
        top_terms |= set(r.terms[r.pos[h.chunk.id]]) | _doc_terms(rag, h.chunk.source)
    top_text = " ".join(fold(h.chunk.index_text) for h in hits[:3])
    if query.unresolved or coverage(weights, top_terms, r.bm25.postings, top_text) < MIN_COVERAGE \
            or unknown_share(weights, r.bm25.postings, r.corpus_folded) >= MAX_UNKNOWN:
        return _refuse(question, hits[:3])
    if _WHO.search(fold(question)):
        ans = _who_what(rag, question, hits, weights, query)
        if ans is not None:
            return ans
    picks = _pick(rag, hits[:PICK_FROM], weights, query)
    if not picks:
        return _refuse(question, hits[:3])
    picks, kind = _with_siblings(rag, picks, weights)
    return compose(rag, question, picks, kind)


def _refuse(question: str, near: list[Hit]) -> Answer:
    cites = []
    for n, h in enumerate(near, start=1):
        s, e = sentences(h.chunk.text)[0]
        cites.append(citation(n, h, s, e))
    return Answer(question, REFUSAL + " Các đoạn gần nhất được liệt kê để anh/chị tự kiểm tra.",
                  False, tuple(cites), "refusal")


def _units(text: str, kind: str = "paragraph") -> list[tuple[int, int]]:
    """Sentences; a sentence over 300 characters is offered as its ";"-clauses instead. A header,
    signature or recipients block is one unit: its lines only make sense together."""
    if kind in ("header", "signature", "recipients"):
        return [(0, len(text))]
    out = []
    for s, e in sentences(text):
        if e - s > 300:
            out += [(s + a, s + b) for a, b in clauses(text[s:e])]
        else:
            out.append((s, e))
    return out


def _strip_marker(text: str, s: int, e: int) -> tuple[int, int]:
    m = MARKER.match(text[s:e])
    return (s + m.end(), e) if m and s + m.end() < e else (s, e)


def _answer_type(question: str):
    q = fold(question)
    return _DATE if _WHEN.search(q) else _NUMBER if _HOW_MANY.search(q) else None


def _pick(rag, hits: list[Hit], weights: dict[str, float], query) -> list[Pick]:
    wanted_dirs = {t for t in query.terms if t.startswith("dir:")}
    wanted_type = _answer_type(query.text)
    scored: list[Pick] = []
    for rank, h in enumerate(hits, start=1):
        # the heading path belongs to every sentence under it ("1. Mục đích" › "- Quán triệt …")
        ctx = (set(lexical.analyze(h.chunk.context)) if h.chunk.context else set()) | _doc_terms(rag, h.chunk.source)
        vocab = rag.retriever.bm25.postings
        # an actor or topic named in the question that is this passage's own heading
        head_bonus = HEAD_WEIGHT * _head_coverage(rag, h.chunk, weights)
        for s, e in _units(h.chunk.text, h.chunk.kind):
            piece = h.chunk.text[s:e]
            have = set(lexical.analyze(piece)) | ctx
            sc = coverage(weights, have, vocab, fold(piece + " " + h.chunk.context)) + 0.25 / rank + head_bonus
            if wanted_type is not None and wanted_type.search(piece):
                sc += TYPE_BONUS
            if wanted_dirs:
                sc += 0.3 if wanted_dirs & have else 0.0
                if query.ref_years:
                    years = set(re.findall(r"\b(?:19|20)\d\d\b", piece))
                    sc += 0.2 if years & set(query.ref_years) else (-0.2 if years else 0.0)
            s2, e2 = _strip_marker(h.chunk.text, s, e)
            scored.append(Pick(h, s2, e2, sc))
    if not scored:
        return []
    scored.sort(key=lambda p: -p.score)
    best = scored[0].score
    chosen: list[Pick] = []
    for p in scored:
        if len(chosen) >= 4 or p.score < 0.75 * best:
            break
        if any(c.hit.chunk.id == p.hit.chunk.id and not (p.end <= c.start or p.start >= c.end) for c in chosen):
            continue
        if sum(c.hit.chunk.id == p.hit.chunk.id for c in chosen) >= 2:
            continue
        chosen.append(p)
    return chosen


def _head_coverage(rag, chunk, weights) -> float:
    """Share of the question a passage's own heading covers."""
    head = chunk.section.split(" › ")[-1] if chunk.section else ""
    return coverage(weights, set(lexical.analyze(head)), rag.retriever.bm25.postings, fold(head)) if head else 0.0


def _doc_terms(rag, source: str) -> set[str]:
    """Words that name a document (title, issuing body, place). Every passage of the document
    counts as covering them, so they do not make its header outrank the passage asked about."""
    cache = rag.__dict__.setdefault("_doc_terms", {})
    if source not in cache:
        cache[source] = set(lexical.analyze(rag.documents[source].label))
    return cache[source]


def _with_siblings(rag, picks: list[Pick], weights, max_items: int = 8) -> tuple[list[Pick], str]:
    """When the question names the best passage's heading ("mục đích", "hình thức tuyên truyền",
    an actor), the reader expects every item under that heading, not one of them."""
    top = picks[0].hit.chunk
    if top.kind != "item" or _head_coverage(rag, top, weights) < SIBLING_HEAD_SHARE:
        return picks, "factoid"
    siblings = [c for c in rag.retriever.chunks if c.source == top.source and c.section == top.section
                and c.kind == "item"]
    if len(siblings) < 2:
        return picks, "factoid"
    out = []
    for c in siblings[:max_items]:
        # each item's opening clause states its task; keep any other clause already picked
        s, e = _strip_marker(c.text, *_units(c.text, c.kind)[0])
        mine = sorted((p for p in picks if p.hit.chunk.id == c.id), key=lambda p: p.start)
        if not any(p.start <= s < p.end for p in mine):
            out.append(Pick(Hit(c, picks[0].hit.score), s, e, 0.0))
        out += mine
    return sorted(out, key=lambda p: (siblings.index(p.hit.chunk), p.start)), "list"


def _who_what(rag, question: str, hits: list[Hit], weights, query) -> Answer | None:
    """Actor → tasks (assignments.py) of the documents that answer: those among the top passages,
    restricted to ones naming the directive asked about."""
    from ..directives.assignments import assignments_for
    wanted = {r.id for r in query.refs}
    sources: list[str] = []
    for h in hits[:5]:
        doc = rag.documents[h.chunk.source]
        if h.chunk.source not in sources and (not wanted or wanted & {r.id for r in doc.refs}):
            sources.append(h.chunk.source)
    parts, cites = [], []
    for source in sources[:2]:
        found = assignments_for(rag, sources={source})
        if not found:
            continue
        parts.append(f"Theo {label(rag.documents[source])}:")
        for a in found:
            lines = []
            for t in a.tasks[:6]:
                n = len(cites) + 1
                cites.append(Citation(n=n, source=t.source, doc_title=t.doc_title or rag.documents[source].display_title,
                                      section=t.section, text=t.passage, quote=t.quote, start=t.start, end=t.end,
                                      score=hits[0].score, quote_start=t.quote_start,
                                      quote_end=t.quote_start + len(t.quote)))
                lines.append(f"- {t.quote} [{n}]")
            parts.append(f"{a.actor}:\n" + "\n".join(lines))
    return Answer(question, "\n".join(parts), True, tuple(cites), "who-what") if cites else None



"""A draft "đề cương tuyên truyền" on a topic, shaped like the genre and cited point by point:

    I. Mục đích, yêu cầu      <- sections "MỤC ĐÍCH, YÊU CẦU" of the related documents
    II. Nội dung tuyên truyền  <- sections "NỘI DUNG …" (propaganda content first)
    III. Hình thức tuyên truyền <- sections "HÌNH THỨC …"
    IV. Tổ chức thực hiện      <- who does what (assignments.py)

Every point is extractive: the first whole sentence of a source paragraph (never cut inside
one); nothing is written that the source does not say. The related documents are those under a
directive named in the topic (graph.py), else the documents that develop the topic: its words are
in their title, or at least MIN_PASSAGES of their passages cover it (IDF-weighted, the way the
answerer decides whether documents answer a question). A topic no document develops — words the
corpus never uses ("abc xyz"), or mentioned in passing ("chuyển đổi số", one sentence) — is
refused with `OutlineRefused`, naming the nearest documents.
"""
from __future__ import annotations

import logging
import re

from ..documents.labels import human_label
from ..errors import BadInput
from ..search.coverage import coverage
from ..snapshot import Snapshot
from ..text.genre import ITEM_LABEL, join_path
from ..text.normalize import fold
from ..text.user_refs import parse_user_refs
from ..text.sentences import sentences
from ..types import Block, Citation, Document
from .assignments import assignments_for
from .graph import directive_graph

log = logging.getLogger(__name__)
TOPIC_COVERAGE = 0.6    # a passage covers the topic: this share of its weighted content words
MIN_PASSAGES = 3        # a document develops the topic: this many of its passages cover it …
TITLE_COVERAGE = 0.5    # … or its title, issuer and place cover this share
MAX_UNKNOWN = 0.3       # words the corpus never uses carry this share of the topic: refused
MAX_SOURCES = 3
SECTIONS = (  # (heading, folded words a source section heading must contain, max points)
    ("I. Mục đích, yêu cầu", ("muc dich", "yeu cau"), 5),
    ("II. Nội dung tuyên truyền", ("noi dung",), 7),
    ("III. Hình thức tuyên truyền", ("hinh thuc",), 5),
)
ORG_HEADING, ORG_MAX = "IV. Tổ chức thực hiện", 10


class OutlineRefused(BadInput):
    """No document develops the topic; `nearest` are the sources closest to it, best first."""

    def __init__(self, topic: str, nearest: list[str], passages: int):
        self.topic, self.nearest, self.passages = topic, nearest, passages
        said = f"only {passages} passage(s) mention it" if passages else "no passage is about it"
        super().__init__(f"no document in the corpus is about \"{topic}\" ({said}); nearest: "
                         f"{', '.join(nearest) or 'none'}: try another topic or add documents")


def _condense(text: str) -> tuple[int, int]:
    """Span (in `text`) of a verbatim statement: the list label dropped, then the first whole
    sentence — never cut inside one."""
    m = ITEM_LABEL.match(text)
    s = m.end() if m else 0
    sents = [(a, b) for a, b in sentences(text) if b > s]
    return (max(s, sents[0][0]), sents[0][1]) if sents else (s, len(text.rstrip()))


def _words(t: str) -> set[str]:
    return set(re.findall(r"\w+", fold(t)))


def _similar(a: str, b: str) -> bool:
    wa, wb = _words(a), _words(b)
    return bool(wa and wb) and len(wa & wb) / min(len(wa), len(wb)) > 0.7


class _Cites:
    """Numbered citations, one per (source, passage, quote)."""

    def __init__(self, docs: dict[str, Document], scores: dict):
        self.docs, self.scores, self.items, self.index = docs, scores, [], {}

    def add(self, doc: Document, b: Block, qs: int, qe: int) -> int:
        key = (doc.source, b.start, qs, qe)
        if key not in self.index:
            c = Citation.of_span(len(self.items) + 1, doc.source, doc.display_title, join_path(b.path), b.text,
                                 b.start, qs, qe, self.scores.get((doc.source, b.start), 0.0))
            self.items.append(c)
            self.index[key] = c.n
        return self.index[key]

    def dicts(self) -> list[dict]:
        out = []
        for c in self.items:
            d = c.to_dict()
            doc = self.docs[c.source]
            d.update(doc_type=doc.type, doc_number=doc.number, doc_date=doc.date, doc_issuer=doc.issuer,
                     doc_label=human_label(doc))
            out.append(d)
        return out


def _related(snap: Snapshot, topic: str) -> tuple[object, list[str]]:
    """(graph node named in the topic or None, related sources, most relevant first)."""
    g = directive_graph(snap)
    if parse_user_refs(topic):
        node = g.resolve(topic)                      # BadInput when unknown or ambiguous
        rel = g.related(node.key)
        under = [r.source for r in rel if r.relation != "cites"]
        return node, under or [r.source for r in rel]
    return None, _developing(snap, topic)


def _developing(snap: Snapshot, topic: str) -> list[str]:
    """The documents that develop a free topic, best first (see module doc); OutlineRefused if none."""
    query = snap.read_query(topic)
    hits = snap.search(query, k=50)
    nearest = list(dict.fromkeys(h.chunk.source for h in hits))[:MAX_SOURCES]
    if not query.weights or snap.unknown_share(query.weights) >= MAX_UNKNOWN:
        raise OutlineRefused(topic, nearest, 0)
    count: dict[str, int] = {}
    for h in hits:
        if coverage(query.weights, snap.passage_terms(h), fold(h.chunk.index_text)) >= TOPIC_COVERAGE:
            count[h.chunk.source] = count.get(h.chunk.source, 0) + 1
    titled = {s: coverage(query.weights, snap.doc_terms(s), fold(snap.meta(s).get("display_title", "")))
              for s in snap.documents}
    about = [s for s in snap.documents if titled[s] >= TITLE_COVERAGE or count.get(s, 0) >= MIN_PASSAGES]
    if not about:
        raise OutlineRefused(topic, nearest, max(count.values(), default=0))
    about.sort(key=lambda s: (titled[s] < TITLE_COVERAGE, -count.get(s, 0), s))
    return about[:MAX_SOURCES]


def _block_scores(snap: Snapshot, topic: str, sources: list[str]) -> dict:
    """(source, block start) -> best retrieval score of a chunk overlapping the block."""
    scores: dict = {}
    if not sources:
        return scores
    for h in snap.search(topic, k=40, sources=set(sources)):
        c = h.chunk
        for b in snap.documents[c.source].blocks:
            if b.start < c.end and c.start < b.end:
                k = (c.source, b.start)
                scores[k] = max(scores.get(k, 0.0), float(h.score))
    return scores


def _section_blocks(doc: Document, words: tuple[str, ...]) -> list[Block]:
    return [b for b in doc.blocks if b.kind in ("item", "paragraph") and b.path
            and any(w in fold(b.path[0]) for w in words) and len(b.text) > 30]


def _points(docs: list[Document], words, limit: int, cites: _Cites, prefer: str = "",
            by_score: bool = False) -> list[dict]:
    cands = [(d, b) for d in docs for b in _section_blocks(d, words)]
    if by_score:  # a free topic: the paragraphs nearest to it first (stable: document order next)
        cands.sort(key=lambda db: -cites.scores.get((db[0].source, db[1].start), 0.0))
    if prefer:   # "NỘI DUNG TUYÊN TRUYỀN" before "NỘI DUNG THỰC HIỆN"
        cands.sort(key=lambda db: prefer not in fold(db[1].path[0]))
    out: list[dict] = []
    for d, b in cands:
        s, e = _condense(b.text)
        text = b.text[s:e].strip()
        if len(text) < 20 or any(_similar(text, p["text"]) for p in out):
            continue
        s = b.text.index(text, s)
        out.append({"text": text, "citations": [cites.add(d, b, s, s + len(text))]})
        if len(out) >= limit:
            break
    return out


def _org_points(snap: Snapshot, sources: list[str], cites: _Cites) -> list[dict]:
    """One point per actor (or group sharing the task) first, then their further tasks."""
    rows: dict[tuple, list] = {}
    for a in assignments_for(snap, sources=set(sources)):
        for t in a.tasks:
            rows.setdefault((t.source, t.start, t.quote), [t, []])[1].append(a.actor)
    by_actors: dict[tuple, list] = {}
    for t, actors in rows.values():
        by_actors.setdefault(tuple(actors), []).append(t)
    picked = [(actors, ts[i]) for i in range(max((len(v) for v in by_actors.values()), default=0))
              for actors, ts in by_actors.items() if i < len(ts)][:ORG_MAX]
    order = {id(t): k for k, (t, _) in enumerate(rows.values())}
    out = []
    for actors, t in sorted(picked, key=lambda p: order[id(p[1])]):
        doc = snap.documents[t.source]
        b = next(b for b in doc.blocks if b.start == t.start and b.end == t.end)
        qs = b.text.index(t.quote)
        s, e = _condense(b.text[qs:])
        quote = b.text[qs + s:qs + e].strip()
        n = cites.add(doc, b, qs + s, qs + s + len(quote))
        out.append({"text": f"{'; '.join(actors)}: {quote}", "citations": [n], "actors": list(actors)})
    return out


def build_outline(snap: Snapshot, topic: str) -> dict:
    topic = (topic or "").strip()
    if not topic:
        raise BadInput("no topic given: e.g. kg-rag outline \"Kết luận 69\" or \"tuyên truyền khoa học công nghệ\"")
    node, sources = _related(snap, topic)
    if not sources:
        raise OutlineRefused(topic, [], 0)
    docs = [snap.documents[s] for s in sources]
    cites = _Cites(snap.documents, _block_scores(snap, topic, sources))
    sections = []
    for heading, words, limit in SECTIONS:
        pts = _points(docs, words, limit, cites, prefer="tuyen truyen" if "noi dung" in words else "",
                      by_score=node is None)
        if not pts and "hinh thuc" in words:          # the forms are generic: any document that lists them
            pts = _points([d for s, d in sorted(snap.documents.items()) if s not in sources], words, limit, cites)
        if pts:
            sections.append({"heading": heading, "points": pts})
    org = _org_points(snap, sources, cites)
    if org:
        sections.append({"heading": ORG_HEADING, "points": org})
    if node is not None:
        title = f"Đề cương tuyên truyền {node.type} số {node.id or node.key}" \
            + (f", ngày {node.date}" if node.date else "") + (f" của {node.issuer}" if node.issuer else "") \
            + (f" {node.title}" if node.title else "")
    else:
        title = f"Đề cương tuyên truyền: {topic}"
    log.info("outline %r: %d sources, %d citations", topic, len(sources), len(cites.items))
    return {"topic": topic, "title": title, "sections": sections, "citations": cites.dicts(),
            "documents": sources}

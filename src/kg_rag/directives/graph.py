"""The directive graph: which document implements, guides or is based on which directive.

Nodes are directives, keyed by `DirectiveRef.key` ("69-KL/TW@2024": numbers repeat, the year
tells them apart), plus the corpus documents themselves (their own number, or the file name
when the number is blank). Edges come only from what the text says:

* a document's title or opening paragraph: "Căn cứ X" -> based_on X; "Thực hiện X" ->
  implements X; a Hướng dẫn naming X in its title -> guides X; any other directive there or in
  the body -> cites X;
* a chain inside one sentence: "X … về thực hiện Y" -> X implements Y; "X … về tiếp tục thực
  hiện Y" -> X continues Y.

A document is *under* a directive when it implements, guides or is based on it, directly or
through a chain (doc 002 implements Chương trình 56-CTr/TU, which implements Kết luận 69).
"""
from __future__ import annotations

import logging
import re
from collections import Counter
from dataclasses import dataclass, field

from .lookup import resolve_node
from .nodes import Edge, Node, Related
from ..types import DirectiveRef, Document

log = logging.getLogger(__name__)

STRONG = ("guides", "implements", "based_on")          # a document acts under the directive
RANK = {"self": 0, "guides": 1, "implements": 2, "based_on": 3, "cites": 9}
_CHAIN = re.compile(r"^\s*(?:\(?khóa [IVXL]+\)?\s*)?(?P<verb>(?:về\s+)?(?:tiếp tục\s+)?thực hiện)\s*$", re.I)
_TITLE_STOP = re.compile(r"[;(\n“”\"]|\. |\.$|,\s+(?:theo\s*,\s*)?[A-ZĐ]|\s+theo,|\s+và\s+(?:Kế hoạch|Chương trình|Nghị quyết|Chỉ thị|"
                         r"Kết luận|Hướng dẫn|Quyết định)\b|$")


@dataclass(frozen=True)
class Graph:
    nodes: dict = field(default_factory=dict)          # key -> Node
    edges: tuple = ()                                   # Edge, ...
    doc_keys: dict = field(default_factory=dict)       # source -> node key

    # -- look-ups ---------------------------------------------------------------------------
    def out(self, key: str) -> list[Edge]:
        return [e for e in self.edges if e.src == key]

    def resolve(self, text: str) -> Node:
        """One node for what a user typed ("KL 69", "69-KL/TW", "nghi quyet 36 nam 2014"),
        or BadInput saying how to name it."""
        return resolve_node(self.nodes, self.doc_keys, text)

    def related(self, key: str) -> list[Related]:
        """Documents under the directive (self / guides / implements / based_on, also through
        chains), then documents that only cite it."""
        found: dict[str, Related] = {}
        for src, dkey in self.doc_keys.items():
            if dkey == key:
                found[src] = Related(src, self.nodes[dkey].title, "self")
        for src, dkey in self.doc_keys.items():
            for e in self.out(dkey):
                if e.relation not in STRONG:
                    continue
                path = self._path(e.dst, key)
                if path is not None:
                    r = Related(src, self.nodes[dkey].title, e.relation, tuple(self.nodes[k].id or k for k in path))
                    old = found.get(src)
                    if old is None or (RANK[r.relation], len(r.via)) < (RANK[old.relation], len(old.via)):
                        found[src] = r
        for src, dkey in self.doc_keys.items():
            if src not in found and any(e.dst == key for e in self.out(dkey)):
                found[src] = Related(src, self.nodes[dkey].title, "cites")
        return sorted(found.values(), key=lambda r: (RANK[r.relation], len(r.via), r.source))

    def under(self, key: str) -> list[str]:
        """Sources of the documents that act under the directive (not those that only cite it)."""
        return [r.source for r in self.related(key) if r.relation != "cites"]

    def _path(self, start: str, goal: str, seen: frozenset = frozenset()) -> tuple[str, ...] | None:
        """Intermediate keys from `start` to `goal` along implements/continues/guides edges."""
        if start == goal:
            return ()
        if start in seen or len(seen) > 6:
            return None
        for e in self.out(start):
            if e.relation in ("implements", "continues", "guides"):
                rest = self._path(e.dst, goal, seen | {start})
                if rest is not None:
                    return (start,) + rest
        return None


# ---- building -----------------------------------------------------------------------------

def _title_after(doc: Document, r: DirectiveRef) -> str:
    """ "… của Bộ Chính trị về tiếp tục thực hiện …" -> "về tiếp tục thực hiện …" (clipped)."""
    tail = doc.text[r.end:r.end + 400]
    m = re.match(r"\s*(?:\(?khóa [IVXL]+\)?\s*)?[“\"]?(về\s.*)", tail, re.I | re.S)
    if not m:
        return ""
    t = m.group(1)
    t = t[:_TITLE_STOP.search(t, 4).start()].strip(" ,.”\"")
    return t if len(t) > 10 else ""


def _doc_node(doc: Document) -> Node:
    rid = doc.number
    key = (f"{rid}@{doc.date[-4:]}" if doc.date[-4:].isdigit() else rid) if rid else doc.source
    number = m.group(1) if (m := re.match(r"(\d+)", rid)) else ""
    return Node(key=key, id=rid, type=doc.type, number=number, issuer=doc.issuer, date=doc.date,
                title=doc.display_title, source=doc.source)


_BASIS = re.compile(r"(?:Căn cứ|Thực hiện|Triển khai)\b")


def _head_blocks(doc: Document) -> list[tuple[int, int]]:
    """Spans of the title (header block) and the opening paragraph, where relations are stated —
    with the basis lines that follow it, one per paragraph in a decision ("Căn cứ Luật …;" /
    "Căn cứ Nghị quyết số 57-NQ/TW …;")."""
    spans = [(b.start, b.end) for b in doc.blocks if b.kind == "header"]
    opening = [b for b in doc.blocks if b.kind == "paragraph" and not b.path]
    for i, b in enumerate(opening):
        if i and not (_BASIS.match(doc.text[b.start:b.end]) and _BASIS.match(doc.text[opening[i - 1].start:opening[i - 1].end])):
            break
        spans.append((b.start, b.end))
    return spans


def _relation(doc: Document, r: DirectiveRef, span: tuple[int, int], prev: DirectiveRef | None,
              in_header: bool) -> tuple[str, DirectiveRef | None]:
    """(relation of the document to r, or of `prev` to r when the text chains them)."""
    if prev is not None and prev.end <= r.start:
        gap = doc.text[prev.end:r.start]
        if m := _CHAIN.match(gap):
            return ("continues" if "tiếp tục" in m.group("verb").lower() else "implements"), prev
    before = doc.text[max(span[0], r.start - 40):r.start]
    clause = re.split(r"[;,.:]\s", before)[-1]
    if re.search(r"căn cứ\s*(?:vào\s*)?$", clause, re.I):
        return "based_on", None
    if in_header and doc.type == "Hướng dẫn":
        return "guides", None
    if re.search(r"thực hiện\s*$", clause, re.I) and re.match(r"\s*(?:\S+\s+){0,3}thực hiện\s*$", clause, re.I):
        return "implements", None
    if re.search(r";\s*$", before) and prev is not None:   # "…; Kế hoạch số 116-KH/TU" continues a list
        return "list", prev
    return "cites", None


def _canon_map(documents: dict[str, Document], doc_nodes: dict[str, Node]) -> dict[str, str]:
    """ref key -> node key: an undated mention merges into the one dated node with that id."""
    keys = {r.key for d in documents.values() for r in d.refs if r.id}
    dated: dict[str, set[str]] = {}
    for k in keys | set(doc_nodes):
        if "@" in k:
            dated.setdefault(k.split("@")[0], set()).add(k)
    return {k: (next(iter(dated[k])) if "@" not in k and len(dated.get(k, ())) == 1 else k) for k in keys}


def build_graph(documents: dict[str, Document]) -> Graph:
    doc_nodes = {n.key: n for n in (_doc_node(d) for _, d in sorted(documents.items()))}
    doc_keys = {n.source: k for k, n in doc_nodes.items()}
    canon = _canon_map(documents, doc_nodes)
    mentions: dict[str, list[tuple[Document, DirectiveRef]]] = {}
    for d in documents.values():
        for r in d.refs:
            if r.id:
                mentions.setdefault(canon[r.key], []).append((d, r))
    nodes: dict[str, Node] = dict(doc_nodes)
    for ck, ms in mentions.items():
        if ck in nodes:
            continue
        refs = [r for _, r in ms]
        best = max(refs, key=lambda r: (bool(r.date), bool(r.body)))
        titles = [t for t in (_title_after(d, r) for d, r in ms) if t]
        counts = Counter(titles)
        titles.sort(key=lambda t: (-counts[t], -len(t)))
        nodes[ck] = Node(key=ck, id=best.id, type=best.type, number=best.number,
                         issuer=next((r.body for r in refs if r.body), "") or best.issuer,
                         date=best.date, title=titles[0] if titles else "")

    edges: dict[tuple, Edge] = {}
    for src, d in sorted(documents.items()):
        dkey = doc_keys[src]
        header = next(((b.start, b.end) for b in d.blocks if b.kind == "header"), None)
        heads = _head_blocks(d)
        doc_rel: dict[str, str] = {}
        prev: DirectiveRef | None = None
        for r in (r for r in d.refs if r.id):
            rk = canon[r.key]
            span = next((s for s in heads if s[0] <= r.start < s[1]), None)
            rel, frm = _relation(d, r, span or (0, len(d.text)), prev, in_header=span is not None and span == header)
            if span is None and (frm is None or rel == "list"):   # the body only cites; its chains count
                rel, frm = "cites", None
            if rel == "list":
                rel, frm = doc_rel.get(canon[frm.key], "cites"), None
            if frm is not None:                       # "X … về thực hiện Y": an edge between directives
                fk = canon[frm.key]
                if fk != rk:
                    edges.setdefault((fk, rk, rel), Edge(fk, rk, rel, src, r.start))
                rel = "cites"
            if rk not in doc_rel or RANK.get(rel, 9) < RANK.get(doc_rel[rk], 9):
                doc_rel[rk] = rel
            prev = r
        for rk, rel in doc_rel.items():
            if rk != dkey:
                edges.setdefault((dkey, rk, rel), Edge(dkey, rk, rel, src))
    log.debug("directive graph: %d nodes, %d edges", len(nodes), len(edges))
    return Graph(nodes=nodes, edges=tuple(edges.values()), doc_keys=doc_keys)


def directive_graph(snap):
    """The directive graph of a snapshot's documents, built once per snapshot."""
    return snap.memo("graph", lambda: build_graph(snap.documents))

"""Who must do what: actor -> tasks, read from a document's organisation section
("TỔ CHỨC THỰC HIỆN"), every task cited with a verbatim quote.

Three shapes occur in the corpus:
* an actor heading with bullets under it ("2. Văn phòng Sở" / "- Chủ trì, theo dõi …"); a heading
  may name a group ("3. Phòng Kinh tế và Hạ tầng; Phòng Nội vụ; …") whose members share the
  bullets, except a bullet that names one of them ("- Phòng Kinh tế và Hạ tầng chủ động …");
* a numbered item whose first words are the actor ("1. Ban Tuyên giáo Huyện ủy chủ trì, …");
* an item with the actor before a colon ("1. Giao Ban Tuyên giáo Đảng ủy Khối: Đôn đốc …",
  "2. Các chi bộ, đảng ủy cơ sở: Theo …").
The same body named in two documents is one actor with both sources.
"""
from __future__ import annotations

import logging
import re
import textwrap
from dataclasses import dataclass

from ..snapshot import Snapshot
from ..text.genre import ITEM_LABEL, expand_abbreviations, join_path, last_heading
from ..text.normalize import fold
from ..types import Block, Citation, Document
from .graph import build_graph

log = logging.getLogger(__name__)

_ORG = re.compile(r"to chuc thuc hien|phan cong thuc hien|trach nhiem thuc hien")
_HEADS = ("Ban", "Phòng", "Sở", "Văn phòng", "Ủy ban", "UBND", "UBMTTQ", "Đảng ủy", "Đảng bộ", "Cấp ủy",
          "Chi bộ", "Các", "Tuyên giáo", "Trung tâm", "Đoàn", "Hội", "Mặt trận", "Huyện ủy", "Tỉnh ủy",
          "Thành ủy", "Thường trực", "Công an", "Bộ", "Cơ quan", "Báo", "Đài")   # not "Tổ chức …": a verb
_ACTOR_START = re.compile(r"^(?:Giao\s+)?(?:" + "|".join(_HEADS) + r")\b")
_VERBS = ("tham mưu", "chủ trì", "chủ động", "phối hợp", "tổ chức", "bám sát", "chỉ đạo", "hướng dẫn",
          "theo dõi", "xây dựng", "triển khai", "thực hiện", "căn cứ", "có trách nhiệm", "đôn đốc",
          "kiểm tra", "tăng cường", "nghiên cứu", "phổ biến", "quán triệt", "tuyên truyền", "lãnh đạo",
          "rà soát", "báo cáo", "tiếp tục", "cần", "phải", "định kỳ", "giúp", "nắm", "đẩy mạnh", "quan tâm",
          "thường xuyên", "xác định", "đưa", "bố trí", "cử", "được giao", "làm", "nâng cao")
_VERB_RE = re.compile(r"(?<!\S)(?:" + "|".join(sorted(map(re.escape, _VERBS), key=len, reverse=True)) + r")(?!\w)",
                      re.I)


@dataclass(frozen=True)
class Task:
    text: str            # the task as shown: the quote, first letter upper-cased
    citation: Citation   # its passage and the quoted task span (n = 0 until an answer numbers it)

    source = property(lambda self: self.citation.source)
    section = property(lambda self: self.citation.section)
    passage = property(lambda self: self.citation.text)     # the whole cited paragraph/item
    quote = property(lambda self: self.citation.quote)
    start = property(lambda self: self.citation.start)
    end = property(lambda self: self.citation.end)

    def to_dict(self) -> dict:
        c = self.citation
        return {"text": self.text, "citation": {
            "source": c.source, "doc_title": c.doc_title, "section": c.section, "text": c.text,
            "quote": c.quote, "start": c.start, "end": c.end, "quote_start": c.quote_start, "quote_end": c.quote_end}}


@dataclass(frozen=True)
class Assignment:
    actor: str                  # as first written
    key: str                    # normalised name: the same body in two documents has one key
    sources: tuple[str, ...]
    tasks: tuple[Task, ...]

    def to_dict(self) -> dict:
        return {"actor": self.actor, "source": self.sources[0] if self.sources else "",
                "sources": list(self.sources), "tasks": [t.to_dict() for t in self.tasks]}


def actor_key(name: str) -> str:
    """ "Giao Ban Tuyên giáo Đảng uỷ Khối:" and "Ban Tuyên giáo Đảng ủy Khối" -> one key."""
    k = fold(expand_abbreviations(name, keep=False))
    k = re.sub(r"^(?:giao|cac)\s+", "", k)
    k = re.sub(r"[^\w&]+", " ", k)
    return re.sub(r"\s+", " ", k).strip()


def _clean_actor(name: str) -> str:
    name = re.sub(r"^Giao\s+", "", name.strip())
    return name.strip(" ,.:;-–")


def _split_actor(text: str) -> tuple[str, int] | None:
    """(actor, offset of the task in `text`) when `text` (label removed) opens with an actor:
    "Ban X chủ trì, …" -> ("Ban X", 6); "Giao Ban X: Đôn đốc …" -> ("Ban X", 12)."""
    if not _ACTOR_START.match(text):
        return None
    verb = None
    for m in _VERB_RE.finditer(text):
        before = text[:m.start()].rstrip()
        if m.start() == 0 or re.search(r"(?:^|\s)(?:các|Các|và)$", before) or before.endswith(","):
            continue                      # "Các tổ chức …" is a noun phrase; "Ban A, tổ chức" a list
        verb = m
        break
    colon = text.find(":")
    if 0 < colon < 120 and (verb is None or colon < verb.start()):
        return _clean_actor(text[:colon]), colon + 1
    if verb is None or verb.start() > 120:
        return None
    return _clean_actor(text[:verb.start()]), verb.start()


def _group(heading: str) -> list[str]:
    """ "Phòng A; Phòng B; Phòng C" -> three actors; "Ủy ban … và các tổ chức …" stays one."""
    return [_clean_actor(p) for p in heading.split(";") if _clean_actor(p)]


def _task(doc: Document, b: Block, offset: int) -> Task | None:
    body = b.text[offset:].strip()
    if len(body) < 8 or doc.text[b.start:b.end] != b.text:
        return None
    qs = b.text.index(body)
    return Task(body[0].upper() + body[1:],
                Citation.of_span(0, doc.source, doc.display_title, join_path(b.path), b.text, b.start, qs, qs + len(body)))


def _org_blocks(doc: Document) -> list[Block]:
    out = []
    for b in doc.blocks:
        top = b.path[0] if b.path else (b.text if b.kind == "heading" and b.level == 1 else "")
        if top and _ORG.search(fold(top)) and b.kind in ("heading", "item", "paragraph"):
            out.append(b)
    return out


def doc_assignments(doc: Document) -> tuple[tuple[str, Task], ...]:
    """(actor, task) pairs of one document, in document order."""
    pairs: list[tuple[str, Task]] = []
    group: list[str] = []
    group_path: tuple[str, ...] | None = None
    for b in _org_blocks(doc):
        label_len = len(m.group(0)) if (m := ITEM_LABEL.match(b.text)) else 0
        rest = b.text[label_len:]
        if b.kind == "heading":
            if b.level == 1:
                group, group_path = [], None
                continue
            names = _group(rest) if _ACTOR_START.match(rest) else []
            group, group_path = names, (b.path + (b.text,)) if names else None
            continue
        split = _split_actor(rest)
        under_group = group_path is not None and b.path[:len(group_path)] == group_path
        if split is not None:             # the block names its actor (a member of the group or not)
            actor, off = split
            actor = next((g for g in group if actor_key(g) == actor_key(actor)), actor) if under_group else actor
            if t := _task(doc, b, label_len + off):
                pairs.append((actor, t))
        elif under_group and (t := _task(doc, b, label_len)):
            pairs.extend((g, t) for g in group)
    return tuple(pairs)


def assignments_for(snap: Snapshot, sources: set[str] | None = None, actor: str | None = None) -> list[Assignment]:
    """Actors and their cited tasks in the given documents (all by default), one entry per body;
    `actor` keeps only bodies whose name contains it (diacritics and case ignored)."""
    docs = snap.documents
    merged: dict[str, tuple[str, list[str], list[Task]]] = {}
    for src in sorted(docs):
        if sources is not None and src not in sources:
            continue
        for name, task in snap.memo(("assignments", src), lambda: doc_assignments(docs[src])):
            k = actor_key(name)
            entry = merged.setdefault(k, (name, [], []))
            if src not in entry[1]:
                entry[1].append(src)
            if task not in entry[2]:
                entry[2].append(task)
    want = actor_key(actor) if actor else ""
    out = [Assignment(actor=n, key=k, sources=tuple(s), tasks=tuple(t)) for k, (n, s, t) in merged.items()
           if not want or want in k or (k in want and len(k) > 6)]
    order = {src: i for i, src in enumerate(sorted(docs))}
    return sorted(out, key=lambda a: (order.get(a.sources[0], 0), a.tasks[0].start))


def directive_graph(snap: Snapshot):
    """The directive graph of the snapshot's documents, built once per snapshot."""
    return snap.memo("graph", lambda: build_graph(snap.documents))


def who_what(snap: Snapshot, directive: str) -> dict:
    """The Who-what JSON (docs/contracts.md) for what the user typed ("KL 69", "69-KL/TW", …)."""
    g = directive_graph(snap)
    node = g.resolve(directive)
    related = g.related(node.key)
    under = [r.source for r in related if r.relation != "cites"]
    assignments = assignments_for(snap, sources=set(under))
    log.info("who-what %s: %d documents under it, %d actors", node.key, len(under), len(assignments))
    return {"directive": node.to_dict(),
            "documents": [r.to_dict() for r in related],
            "assignments": [a.to_dict() for a in assignments]}


def _clip(s: str, n: int) -> str:
    s = re.sub(r"\s+", " ", s)
    return s if len(s) <= n else s[:n - 1].rsplit(" ", 1)[0] + " …"


def format_who_what(result: dict) -> str:
    d = result["directive"]
    head = f"{d['type']} số {d['id']}" + (f", ngày {d['date']}" if d.get("date") else "") \
        + (f" của {d['issuer']}" if d.get("issuer") else "")
    lines = [head, _clip(d.get("title", ""), 160)] if d.get("title") else [head]
    short = {doc["source"]: doc["source"][:3] for doc in result["documents"]}
    lines.append("")
    lines.append("Văn bản liên quan:")
    for doc in result["documents"]:
        via = f" (qua {' → '.join(doc['via'])})" if doc.get("via") else ""
        lines.append(f"  [{short[doc['source']]}] {doc['source']} — {doc['relation']}{via}: {_clip(doc['title'], 110)}")
    if not result["assignments"]:
        lines += ["", "Không tìm thấy phân công cụ thể (ai làm gì) trong các văn bản triển khai văn bản này."]
        return "\n".join(lines)
    # one row per task; a task shared by a group of actors ("3. Phòng A; Phòng B; …") is shown once
    rows: dict[tuple, list] = {}
    for a in result["assignments"]:
        for t in a["tasks"]:
            c = t["citation"]
            rows.setdefault((c["source"], c["start"], t["text"]), [t, []])[1].append(a["actor"])
    w = 40
    lines += ["", f"{'Chủ thể':<{w}} | {'Nhiệm vụ':<96} | Nguồn", "-" * (w + 130)]
    last = None
    for t, actors in rows.values():
        c = t["citation"]
        who = "; ".join(actors)
        cells = textwrap.wrap(who, w) if who != last else [""]
        last = who
        src = f"{c['source'][:3]} › {_clip(last_heading(c['section']), 28)}"
        lines.append(f"{cells[0]:<{w}} | {_clip(t['text'], 96):<96} | {src}")
        lines.extend(f"{x:<{w}} |" for x in cells[1:])
    return "\n".join(lines)

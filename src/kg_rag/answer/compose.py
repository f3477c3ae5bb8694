"""Turn picked spans into an Answer: numbered citations carrying their exact quotes, and a
readable Vietnamese text grouped by document (and by actor under an organisation heading).
Pure: nothing here retrieves or scores."""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..types import Answer, Citation, Hit

MARKER = re.compile(r"^\s*(?:[-·•+–*]|\(?\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\)|[IVXL]{1,5}\s*[.\-–])\s*")


@dataclass(frozen=True)
class Pick:
    hit: Hit
    start: int      # quote span inside the chunk text
    end: int
    score: float


def label(doc) -> str:
    if doc.number:
        return f"{doc.type} số {doc.number}"
    return f"{doc.type} của {doc.issuer}" if doc.issuer else doc.short_title


def citation(n: int, h: Hit, s: int, e: int) -> Citation:
    c = h.chunk
    return Citation(n=n, source=c.source, doc_title=c.doc_title, section=c.section, text=c.text,
                    quote=c.text[s:e], start=c.start, end=c.end, score=h.score,
                    quote_start=c.start + s, quote_end=c.start + e)


def _actor(section: str) -> str:
    """The heading an item sits under, when it names who acts ("3. Phòng Kinh tế và Hạ tầng; …")."""
    last = section.split(" › ")[-1] if " › " in section else ""
    return MARKER.sub("", last)


def compose(rag, question: str, picks: list[Pick], kind: str) -> Answer:
    cites: list[Citation] = []
    groups: dict[tuple[str, str], list[str]] = {}     # (source, actor) -> lines
    for p in picks:
        n = len(cites) + 1
        cites.append(citation(n, p.hit, p.start, p.end))
        actor = _actor(p.hit.chunk.section) if kind == "who-what" else ""
        groups.setdefault((p.hit.chunk.source, actor), []).append(
            f"- {p.hit.chunk.text[p.start:p.end].strip()} [{n}]")
    parts, last_source = [], None
    for (source, actor), lines in groups.items():
        if source != last_source:
            parts.append(f"Theo {label(rag.documents[source])}:")
            last_source = source
        parts.append((f"{actor}:\n" if actor else "") + "\n".join(lines))
    return Answer(question, "\n".join(parts), True, tuple(cites), kind)


def format_answer(ans: Answer) -> str:
    """Terminal rendering: the answer, then each source with its section and quote."""
    out = [ans.answer, ""]
    for c in ans.citations:
        out.append(f"[{c.n}] {c.doc_title[:90]} ({c.source})")
        if c.section:
            out.append(f"    {c.section}")
        out.append(f"    “{c.quote[:400]}”")
    return "\n".join(out).rstrip()

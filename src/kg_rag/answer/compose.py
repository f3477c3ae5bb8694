"""Turn picked spans into an Answer: numbered citations carrying their exact quotes, and a
readable Vietnamese text grouped by document.
Pure: nothing here retrieves or scores."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Mapping

from ..types import Answer, Citation, Document, Hit


@dataclass(frozen=True)
class Pick:
    hit: Hit
    start: int      # quote span inside the chunk text
    end: int
    score: float


def label(doc: Document) -> str:
    """How an answer names a document: "Kế hoạch số 31-KH/BTGĐUK", else type and issuer."""
    if doc.number:      # (a type the header does not say: "Văn bản số 61/VHTT")
        return f"{doc.type or 'Văn bản'} số {doc.number}"
    return f"{doc.type} của {doc.issuer}" if doc.issuer else doc.short_title


def compose(documents: Mapping[str, Document], question: str, picks: list[Pick], kind: str) -> Answer:
    """Each pick becomes a "- quote [n]" line under the document it comes from."""
    cites: list[Citation] = []
    groups: dict[str, list[str]] = {}     # source -> lines
    for p in picks:
        n = len(cites) + 1
        cites.append(Citation.of_chunk(n, p.hit.chunk, p.start, p.end, p.hit.score))
        groups.setdefault(p.hit.chunk.source, []).append(f"- {p.hit.chunk.text[p.start:p.end].strip()} [{n}]")
    parts = []
    for source, lines in groups.items():
        parts += [f"Theo {label(documents[source])}:", "\n".join(lines)]
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

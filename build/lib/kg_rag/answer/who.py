"""Answers to "Ai phải làm gì …" questions: the actor → tasks lists (directives/assignments.py) of
the documents among the top passages, restricted to those naming the directive asked about."""
from __future__ import annotations

import dataclasses

from ..directives.assignments import assignments_for
from ..search.retrieve import Query
from ..snapshot import Snapshot
from ..types import Answer, Hit
from .compose import label

MAX_DOCUMENTS, MAX_TASKS = 2, 6


def who_what_answer(snap: Snapshot, question: str, hits: list[Hit], query: Query) -> Answer | None:
    wanted = {r.id for r in query.refs}
    sources: list[str] = []
    for h in hits[:5]:
        doc = snap.documents[h.chunk.source]
        if h.chunk.source not in sources and (not wanted or wanted & {r.id for r in doc.refs}):
            sources.append(h.chunk.source)
    parts, cites = [], []
    for source in sources[:MAX_DOCUMENTS]:
        found = assignments_for(snap, sources={source})
        if not found:
            continue
        parts.append(f"Theo {label(snap.documents[source])}:")
        for a in found:
            lines = []
            for t in a.tasks[:MAX_TASKS]:
                cites.append(dataclasses.replace(t.citation, n=len(cites) + 1, score=hits[0].score))
                lines.append(f"- {t.quote} [{len(cites)}]")
            parts.append(f"{a.actor}:\n" + "\n".join(lines))
    return Answer(question, "\n".join(parts), True, tuple(cites), "who-what") if cites else None

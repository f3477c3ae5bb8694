"""Which documents give a body work: "Những văn bản nào giao việc cho Tỉnh đoàn?", "Văn bản nào
phân công nhiệm vụ cho Hội Cựu chiến binh các cấp?" — the documents whose tasks name it (alone,
or as a member of a group), each cited by its header and by the body's first task there. None
when the question asks something else, or no document gives the body work (the usual path then
answers or refuses)."""
from __future__ import annotations

import dataclasses
import re

from ..directives.assignments import assignments_for
from ..snapshot import Snapshot
from ..text.normalize import fold
from ..types import Answer
from .listing import header_citation

# ("giao" on its own only before "cho": the "giáo" of "Ban Tuyên giáo" is no giving)
_ASK = re.compile(r"\b(?:(?:van ban|tai lieu) nao|(?P<count>bao nhieu|may) (?:van ban|tai lieu))\b.{0,25}?\b(?:giao (?:viec|nhiem vu)(?: (?:cho|doi voi))?|phan cong(?: nhiem vu)?(?: cho)?|"
                  r"giao cho)\s+(?P<body>[^?!.]+?)\s*[?!.]*$")
_ALL_LEVELS = re.compile(r"(?i)\s+(?:ở\s+)?các cấp$")


def assigned_in(snap: Snapshot, question: str) -> Answer | None:
    f = fold(question)
    if len(f) != len(question) or (m := _ASK.search(f)) is None:
        return None
    body = _ALL_LEVELS.sub("", question[m.start("body"):m.end("body")].strip())
    found = assignments_for(snap, actor=body)
    if not found:
        return None
    order = {s: i for i, s in enumerate(sorted(snap.documents))}
    first = {}                                  # source -> the body's first task there
    for a in found:
        for t in a.tasks:
            if t.source not in first or t.start < first[t.source].start:
                first[t.source] = t
    # ("Có mấy văn bản giao việc cho Đồn Biên phòng X?": how many, then which)
    lead = f"Có {len(first)} văn bản giao việc cho {body}:" if m.group("count") else f"Các văn bản giao việc cho {body}:"
    lines, cites = [lead], []
    for s in sorted(first, key=order.get):
        head = header_citation(snap, s, len(cites) + 1)
        if head is None:
            continue
        task = dataclasses.replace(first[s].citation, n=len(cites) + 2)
        cites += [head, task]
        lines += [f"- {' '.join(head.quote.split())} [{head.n}]", f"  “{' '.join(task.quote.split())}” [{task.n}]"]
    return Answer(question, "\n".join(lines), True, tuple(cites), "corpus") if cites else None

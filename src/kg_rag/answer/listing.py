"""A list of documents as an answer: each named by its number and cited by its header (its title),
and, when the list is of the documents resting on a directive, also by the sentence that says so
("Căn cứ Nghị quyết số 57-NQ/TW …", "Thực hiện Kế hoạch số 56-KH/TU …") — the evidence an officer checks."""
from __future__ import annotations

import re

from ..snapshot import Snapshot
from ..text.normalize import fold
from ..types import Answer, Citation
from .compose import label

MAX_LISTED = 10


def header_citation(snap: Snapshot, source: str, n: int) -> Citation | None:
    """A document cited by its header (or, without one, its first passage): quote = its title."""
    rows = list(snap.view.rows_of(source))
    if not rows:
        return None
    chunks = [snap.view.chunk(r) for r in rows[:3]]
    c = next((c for c in chunks if c.kind == "header"), chunks[0])
    doc = snap.documents[source]
    folded = fold(c.text)
    s = folded.find(fold(doc.type)) if doc.type and c.kind == "header" else -1
    if s < 0 and c.kind == "header" and (v := re.search(r"\bv/v\b|\bve viec\b", folded, re.I)):
        # a công văn heads no type line: its number and subject, "Số: 412/UBND-VHXH … V/v …"
        s = no.start() if (no := re.search(r"\bso\s*:?\s*\d", folded[:v.start()], re.I)) else v.start()
    s = max(s, 0)
    tail = fold(re.sub(r"\s+", " ", doc.title))[-25:]
    e = len(c.text)
    if tail:          # the title may run over several lines: find where its last words end
        pattern = r"\s+".join(re.escape(w) for w in tail.split())
        if m := re.search(pattern, folded[s:]):
            e = s + m.end()
    return Citation.of_chunk(n, c, s, e)



def mention_citation(snap: Snapshot, source: str, ident: str, n: int) -> Citation | None:
    """The first sentence of a document that names the directive `ident` (its opening passages say
    what it rests on; a document only citing it may name it anywhere)."""
    for row in snap.view.rows_of(source):
        c = snap.view.chunk(row)
        if c.kind in ("signature", "recipients") or (at := c.text.find(ident)) < 0:
            continue
        for s, e, _ in snap.units(c):
            if s <= at < e:
                return Citation.of_chunk(n, c, s, e)
    return None


def listing(snap: Snapshot, question: str, sources: list[str], lead: str, note=lambda s: "", names: str = "",
            direct: frozenset | set = frozenset()) -> Answer:
    lines, cites = [lead], []
    for s in sources[:MAX_LISTED]:
        c = header_citation(snap, s, len(cites) + 1)
        if c is None:
            continue
        cites.append(c)
        if note(s):
            lines.append(f"{note(s)}:")
        # (its number first, which its title does not say: "Thông báo số 41-TB/BTGTU: THÔNG BÁO Kết luận …")
        doc = snap.documents[s]
        lines.append(f"- {label(doc) + ': ' if doc.number and doc.number not in c.quote else ''}{' '.join(c.quote.split())} [{c.n}]")
        if names and s in direct and (m := mention_citation(snap, s, names, len(cites) + 1)) is not None \
                and m.quote.strip() != c.quote.strip():
            cites.append(m)
            lines.append(f"  “{' '.join(m.quote.split())}” [{m.n}]")
    if len(sources) > MAX_LISTED:
        lines.append(f"(và {len(sources) - MAX_LISTED} văn bản khác)")
    return Answer(question, "\n".join(lines), True, tuple(cites), "corpus")

"""Two questions asked in one ("Chỉ thị 19 giao Sở GD&ĐT việc gì, và Sở đã cụ thể hóa bằng văn
bản nào?"): when the whole is refused, each half is answered on its own — the second with the first
as its context, as a follow-up is — and the answers are joined, their citations renumbered. A half
the documents do not answer is said to be unanswered, never guessed. Pure functions."""
from __future__ import annotations

import dataclasses
import re

from ..text.user_refs import parse_user_refs
from ..types import Answer

_ASKS = r"(?:gì|nào|ai|bao nhiêu|mấy|đâu|khi nào|bao giờ|bao lâu|ra sao|thế nào)"
# "…, và …", "…; …", "… và Sở đã …" — each side asking something
# (also "…, hạn khi nào?", "…, chiếm mấy %?", "… họp ngày nào và ai là người kết luận?")
_SPLIT = re.compile(rf"^(?P<a>.{{12,}}?\b{_ASKS}\b[^,;?]*?)\s*(?:,\s*(?:(?:và|còn|đồng thời)\s+)?|;\s*|\s+và\s+(?=(?:\S+\s+){{0,2}}?{_ASKS}\b|\S+\s+\S+.*\b{_ASKS}\b))"
                    rf"(?P<b>(?:.{{2,}}\b)?{_ASKS}(?!\w).*)$", re.I)


def split_compound(question: str) -> tuple[str, str] | None:
    """The two questions a question asks, or None when it asks one."""
    m = _SPLIT.match(question.strip())
    if m is None:
        return None
    a, b = m.group("a").strip(" ,;"), m.group("b").strip()
    return (a.rstrip("?") + "?", b) if len(a.split()) >= 3 and len(b.split()) >= 3 else None


def with_context(second: str, first: str) -> str:
    """The second half with the directive the first names, when it names none itself ("Sở đã cụ thể
    hóa bằng văn bản nào?" after "Chỉ thị 19-CT/TU giao Sở … việc gì?")."""
    refs = parse_user_refs(first)
    if not refs or parse_user_refs(second):
        return second
    return f"{second.rstrip(' ?')} ({first[refs[0].start:refs[0].end]})?"


def join_answers(question: str, parts: list[tuple[str, Answer]], unanswered: str) -> Answer:
    """One answer from the answers to each half: each grounded half's text with its citations
    renumbered after the previous ones; an ungrounded half as `unanswered` naming it."""
    lines, cites = [], []
    for asked, ans in parts:
        if not ans.grounded:
            lines.append(f"{unanswered} (“{asked}”)")
            continue
        shift = len(cites)
        lines.append(re.sub(r"\[(\d+)\]", lambda m: f"[{int(m.group(1)) + shift}]", ans.answer))
        cites += [dataclasses.replace(c, n=c.n + shift) for c in ans.citations]
    return Answer(question, "\n".join(lines), bool(cites), tuple(cites), "compound" if cites else "refusal")

"""The spans of a passage an answer may quote: its sentences, a run-on sentence (over 300
characters) as its ";"-clauses; a signature or recipients block whole — their lines only make
sense together — and a header by its blank-line blocks ("Số: 454/UBND-VHTT / V/v …", "Kim Sơn,
ngày …", "Kính gửi: …"), each of which does."""
from __future__ import annotations

import re

from .sentences import clauses, sentences

WHOLE_BLOCKS = ("signature", "recipients")
LONG_SENTENCE = 300


def answer_units(text: str, kind: str = "paragraph") -> list[tuple[int, int]]:
    if kind in WHOLE_BLOCKS:
        return [(0, len(text))]
    if kind == "header":
        return _blocks(text)
    out = []
    for s, e in sentences(text):
        if e - s > LONG_SENTENCE:
            out += [(s + a, s + b) for a, b in clauses(text[s:e])]
        else:
            out.append((s, e))
    return out


def _blocks(text: str) -> list[tuple[int, int]]:
    """Blank-line blocks; a list ("Kính gửi:" and its "- …" lines, blank lines between as a PDF
    writes them) stays one block."""
    out: list[tuple[int, int]] = []
    pos = 0
    for part in re.split(r"(\n\s*\n)", text):
        if part.strip() and not re.fullmatch(r"\n\s*\n", part):
            s, e = pos + len(part) - len(part.lstrip()), pos + len(part.rstrip())
            last = text[out[-1][0]:out[-1][1]].split("\n")[-1].strip() if out else ""
            if out and text[s] in "-+•" and (last.endswith(":") or last[:1] in "-+•"):
                out[-1] = (out[-1][0], e)
            else:
                out.append((s, e))
        pos += len(part)
    return out or [(0, len(text))]

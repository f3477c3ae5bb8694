"""Vietnamese-aware sentence and clause spans, as (start, end) offsets into the given text.

A sentence ends at ".", "!" or "?" followed by a space and an upper-case letter, a digit, a
quote, a bracket or a list marker; or at a line break. Directive numbers ("69-KL/TW"), dates
("01/11/2012"), "./." and abbreviations such as "TP." do not end one. Long sentences in
directives are chains of clauses joined by ";", which `clauses` splits further.
"""
from __future__ import annotations

import re

from .genre import BULLETS, ROMAN

_END = re.compile(r"(?<!\bTP)(?<!\bTh)(?<!\bv\.v)(?<!\bNxb)[.!?…]+(?:\s*[\"”’)])?(?=\s+[A-ZĐÀ-Ỹ0-9\"“(‘\-·•])")
# what a list marker looks like when a "." after it is not the end of a sentence: "3.", "1.2.", "II."
_MARKER_ONLY = re.compile(rf"^[\s({re.escape(BULLETS)}]*(?:\d{{1,2}}(?:\.\d{{1,2}})*|{ROMAN}|[a-zđ])[.)]$")


def _trim(text: str, s: int, e: int) -> tuple[int, int] | None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e) if e > s else None


def sentences(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    pos = 0
    for line in text.split("\n"):
        base = pos
        pos += len(line) + 1
        s = 0
        for m in _END.finditer(line):
            if _MARKER_ONLY.match(line[s:m.end()]):
                continue
            span = _trim(text, base + s, base + m.end())
            if span:
                out.append(span)
            s = m.end()
        span = _trim(text, base + s, base + len(line))
        if span:
            out.append(span)
    return out


def clauses(text: str, min_len: int = 40) -> list[tuple[int, int]]:
    """Sentences, with long ones cut further at ";" (each piece at least `min_len` chars)."""
    out: list[tuple[int, int]] = []
    for s, e in sentences(text):
        if e - s < 2 * min_len:
            out.append((s, e))
            continue
        cur = s
        for m in re.finditer(r";\s+", text[s:e]):
            cut = s + m.start() + 1
            if cut - cur >= min_len and e - cut >= min_len:
                out.append((cur, cut))
                cur = s + m.end()
        out.append((cur, e))
    return out


def split_long(text: str, max_chars: int = 700, target: int = 450) -> list[tuple[int, int]]:
    """Spans of at most ~max_chars made of whole sentences (or clauses, for a run-on sentence)."""
    if len(text) <= max_chars:
        return [(0, len(text))]
    units = [u for s, e in sentences(text) for u in ([(s, e)] if e - s <= max_chars else clauses(text[s:e]) and
                                                     [(s + a, s + b) for a, b in clauses(text[s:e])])]
    out: list[tuple[int, int]] = []
    cur_s, cur_e = units[0]
    for s, e in units[1:]:
        if e - cur_s > target and cur_e - cur_s >= 120:
            out.append((cur_s, cur_e))
            cur_s = s
        cur_e = e
    out.append((cur_s, cur_e))
    return out

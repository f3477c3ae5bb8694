"""Vietnamese-aware sentence and clause spans, as (start, end) offsets into the given text.

A sentence ends at ".", "!" or "?" followed by a space and an upper-case letter, a digit, a
quote, a bracket or a list marker; or at a line break. Directive numbers ("69-KL/TW"), dates
("01/11/2012"), "./." and abbreviations such as "TP." do not end one. Long sentences in
directives are chains of clauses joined by ";", which `clauses` splits further.
"""
from __future__ import annotations

import re

from .genre import BULLETS, ROMAN

# (nor a degree before a name: "ThS. Tạ Minh Trí", "TS. …", "PGS.TS. …")
_END = re.compile(r"(?<!\bTP)(?<!\bTh)(?<!\bThS)(?<!\bTS)(?<!\bGS)(?<!\bBS)(?<!\bKS)(?<!\bv\.v)(?<!\bNxb)[.!?…]+(?:\s*[\"”’)])?(?=\s+[A-ZĐÀ-Ỹ0-9\"“(‘\-·•])")
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


HARD_MAX = 1000
_SOFT_CUT = re.compile(r"[;,](?=\s)")


def _best_cut(text: str, pos: int, limit: int) -> int:
    """Where to end a piece starting at `pos` of at most `limit` characters: after the last
    sentence end in it, else after its last ";" or ",", else at its last space, else at the limit
    — each only if the piece keeps at least a third of the limit."""
    lo, hi = pos + limit // 3, pos + limit
    window = text[pos:hi + 8]                 # a little beyond: a sentence end looks at what follows
    ends = [pos + m.end() for m in _END.finditer(window) if lo <= pos + m.end() <= hi]
    if ends:
        return ends[-1]
    soft = [m.end() for m in _SOFT_CUT.finditer(text, pos, hi) if m.end() >= lo]
    if soft:
        return soft[-1]
    space = max(text.rfind(" ", lo, hi), text.rfind("\n", lo, hi), text.rfind("\t", lo, hi))
    return space if space > pos else hi


def bounded(text: str, limit: int = HARD_MAX) -> list[tuple[int, int]]:
    """Spans of at most `limit` characters covering `text` (whitespace trimmed): a paragraph of a
    million characters on one line must still become passages a person can read and the index can
    embed. Linear in the length of the text."""
    out: list[tuple[int, int]] = []
    pos, n = 0, len(text)
    while pos < n:
        while pos < n and text[pos].isspace():
            pos += 1
        if pos >= n:
            break
        end = n if n - pos <= limit else _best_cut(text, pos, limit)
        span = _trim(text, pos, end)
        if span:
            out.append(span)
        pos = end
    return out

"""The spans of a passage an answer may quote: its sentences, a run-on sentence (over 300
characters) as its ";"-clauses, and a header, signature or recipients block whole — their lines
only make sense together."""
from __future__ import annotations

from .sentences import clauses, sentences

WHOLE_BLOCKS = ("header", "signature", "recipients")
LONG_SENTENCE = 300


def answer_units(text: str, kind: str = "paragraph") -> list[tuple[int, int]]:
    if kind in WHOLE_BLOCKS:
        return [(0, len(text))]
    out = []
    for s, e in sentences(text):
        if e - s > LONG_SENTENCE:
            out += [(s + a, s + b) for a, b in clauses(text[s:e])]
        else:
            out.append((s, e))
    return out

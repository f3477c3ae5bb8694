"""Restore the capitals TCVN3 plain text lost.

TCVN3 has bytes only for lower-case letters with tone marks; a heading typed "KẾ HOẠCH" in an
upper-case font is saved as the bytes of "kế hoạch" around the capital "K", "H", "O", "C", "H". A
plain text file keeps no font, so the case is read back from the words:

- a word whose letters of known case are all capitals, two or more of them or one that is not
  first ("HO¹CH", "¸N"), is an all-capitals word: its toned letters become capitals;
- such words spread to their neighbours on the same line (separated by spaces or punctuation, no
  digit): "KÕ HO¹CH" -> "KẾ HOẠCH", "VÒ VIÖC" -> "VỀ VIỆC", unless a lower-case word follows
  ("KẾ HOẠCH Tổ chức …": "Tæ" starts a phrase). A run of capitals without toned letters
  does not spread ("Së KH&CN" stays "Sở KH&CN": an acronym, not a heading) unless it has a
  Vietnamese capital ("TH¦" = THƯ);
- a line of capitalised toned words and nothing in lower case is a header line ("SỞ Y TẾ");
- a toned vowel that starts a line, a list item or a sentence is a capital.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter

_VIET_CAPS = re.compile("[ĂÂÊÔƠƯ]")               # capitals no acronym uses ("ĐT" in "GD&ĐT" is one)
_WORD = re.compile(r"[^\W\d_]+")
_JOIN = re.compile(r"[ \t,;:.\-–()\"“”'/&]*")     # what may separate two words of one heading
_MARKER = re.compile(r"[ \t]*(?:[-+•·*][ \t]*|\(?\d{1,2}(?:\.\d{1,2})*[.)][ \t]*|[a-zđ]\)[ \t]*|[IVXL]{1,5}\.[ \t]*)?")
_SENTENCE_END = re.compile(r"[.!?][\"”)]?[ \t]+$")


def _status(text: str, amb: list[bool], s: int, e: int) -> str:
    """"upper", "lower", "one" (a single known capital, first: "KÕ" = Kế or KẾ) or "none"."""
    cased = [(k, text[k]) for k in range(s, e) if not amb[k] and text[k].lower() != text[k].upper()]
    if any(c.islower() for _, c in cased):
        return "lower"
    if not cased:
        return "none"
    if len(cased) >= 2 or cased[0][0] != s:
        return "upper"
    return "one"


def restore_case(chars: list[str], ambiguous: list[bool]) -> list[str]:
    """`chars` (one per input character) with the capitals of TCVN3 plain text restored;
    `ambiguous[k]` marks a letter whose case the byte did not keep. Linear in the text."""
    text = "".join(chars)
    out = list(chars)
    words = [(m.start(), m.end()) for m in _WORD.finditer(text)]
    newlines = [i for i, c in enumerate(text) if c == "\n"]
    line = [bisect_right(newlines, s) for s, _ in words]
    on_line = Counter(line)
    status = [_status(text, ambiguous, s, e) for s, e in words]
    toned = [any(ambiguous[s:e]) for s, e in words]

    def linked(j: int, k: int) -> bool:
        return _JOIN.fullmatch(text[words[j][1]:words[k][0]]) is not None

    for j in range(len(words) - 1):
        # "Tæ chøc" after a heading on the same line: a capital starting a lower-case phrase
        if status[j] in ("one", "none") and status[j + 1] == "lower" and linked(j, j + 1):
            status[j] = "lower"
    # group neighbouring words that are not lower case; a group with a toned all-capitals word
    # (or a line of nothing but capitalised toned words) is a heading, or part of one
    group: list[int] = []
    for j in range(len(words) + 1):
        joins = j < len(words) and status[j] != "lower" and bool(group) and linked(group[-1], j)
        if group and not joins:
            heading = any(status[g] == "upper" and (toned[g] or _VIET_CAPS.search(text[slice(*words[g])]))
                          for g in group)
            whole_line = len(group) == on_line[line[group[0]]] and \
                sum(status[g] == "one" and toned[g] for g in group) >= 2       # "Së Y TÕ" alone on its line
            if heading or whole_line:
                for g in group:
                    s, e = words[g]
                    out[s:e] = [c.upper() for c in out[s:e]]
            group = []
        if j < len(words) and status[j] != "lower":
            group.append(j)
    for j, (s, e) in enumerate(words):
        if ambiguous[s] and out[s].islower():
            line_start = newlines[line[j] - 1] + 1 if line[j] else 0
            if (s - line_start <= 16 and _MARKER.fullmatch(text, line_start, s)) or \
                    _SENTENCE_END.search(text, max(line_start, s - 8), s):
                out[s] = out[s].upper()
    return out

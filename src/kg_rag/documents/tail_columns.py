"""A tail's two columns written without a gap between them: told apart, left column first.

`text/columns.py` reads "Nơi nhận" beside the signature when a run of spaces parts them. Two other
ways of writing the same page lose that gap:

- a Markdown table (a Word file saved as Markdown, or typed so):
      | Nơi nhận: | KT. GIÁM ĐỐC |
      | - UBND tỉnh (để b/c); | PHÓ GIÁM ĐỐC |
- a PDF's text (or a .txt copied from one), each visual line the two columns run together:
      Nơi nhận: KT. CHI CỤC TRƯỞNG
      - Sở Nông nghiệp và Môi trường (b/c); PHÓ CHI CỤC TRƯỞNG
      - Trung tâm Khuyến nông tỉnh; (đã ký)
      - UBND huyện Trạch Lâm; Nguyễn Văn An

Either way the signer's title and name would be read as recipients, or the rows as content. Here
each line gives its pieces with their exact offsets, the left column's first, as `unfold` does.
"""
from __future__ import annotations

import re

from ..text.columns import RECIPIENTS_LINE

Line = tuple[int, int, str]

_SIGN_START = re.compile(r"^(?:K/?T\.?|T/?M\.?|TM\.|KT\.|TL\.|TUQ\.)\s*[A-ZĐÀ-Ỹ]")
# the right column's pieces: a title in capitals of two words or more, "(Đã ký)", a person's name
_CAPS = r"(?:(?:K/?T\.?|T/?M\.?|TM\.|KT\.|TL\.|TUQ\.|Q\.)\s*)?[A-ZĐÀ-Ỹ]{2,}(?:\s+[A-ZĐÀ-Ỹ]{1,}){1,6}"
_SIGNED = r"[(\[]\s*(?:[Đđ]ã\s+)?[Kk]ý[^)\]]{0,30}[)\]]"
_NAME = r"(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s(?:(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+|A)\s){0,3}[A-ZĐÀ-Ỹ][a-zà-ỹđ]+)"
_RIGHT = re.compile(rf"(?:(?<=[;:.])|(?<=[Nn]ơi nhận))\s+(?P<right>{_CAPS}|{_SIGNED}|{_NAME})$")
_CAPS_RE, _NAME_RE = re.compile(_CAPS + "$"), re.compile(_NAME + "$")
_ALONE = re.compile(rf"{_CAPS}|{_SIGNED}|{_NAME}")


def _piece(s: int, text: str, a: int, b: int) -> Line | None:
    """The stripped span [a, b) of `text` (a line starting at offset `s`)."""
    while a < b and text[a] == " ":
        a += 1
    while b > a and text[b - 1] == " ":
        b -= 1
    return (s + a, s + b, text[a:b]) if b > a else None


def _table(lines: list[Line]) -> list[Line] | None:
    """A tail laid out as a Markdown table (recipients beside the signature, or two signatures side by
    side): its cells column by column (rule lines dropped)."""
    is_row = lambda k: k < len(lines) and lines[k][2].strip().startswith("|") and lines[k][2].strip().endswith("|")
    at = next((k for k in range(len(lines)) if is_row(k) and re.search(r"\|\s*Nơi\s+nhận\b", lines[k][2], re.I)), None)
    if at is None:      # (or two signers side by side: "| KT. GIÁM ĐỐC SỞ Y TẾ | KT. GIÁM ĐỐC SỞ GD&ĐT |")
        at = next((k for k in range(len(lines)) if is_row(k) and any(_SIGN_START.match(c.strip()) for c in lines[k][2].strip(" |").split("|"))), None)
    if at is None:
        return None
    first, last = at, at                  # (the block of rows around it: not a task table above)
    while first > 0 and is_row(first - 1):
        first -= 1
    while is_row(last + 1):
        last += 1
    rows = list(range(first, last + 1))
    cells: dict[int, list[list[Line]]] = {}
    for k in rows:
        s, _, l = lines[k]
        bars = [m.start() for m in re.finditer(r"\|", l)]
        cells[k] = [[p] if (p := _piece(s, l, a + 1, b)) else [] for a, b in zip(bars, bars[1:])]
    flat = [p[0][2] for k in rows for p in cells[k] if p]
    if not any(_SIGN_START.match(t) or _CAPS_RE.fullmatch(t) for t in flat):     # (and a signer's title beside the list)
        return None
    cells = {k: c for k, c in cells.items() if not all(not p or re.fullmatch(r":?-{3,}:?", p[0][2]) for p in c)}
    width = max(len(c) for c in cells.values())
    table = [p for col in range(width) for k in sorted(cells) if col < len(cells[k]) for p in cells[k][col]]
    return lines[:first] + table + lines[last + 1:]


def _interleaved(lines: list[Line]) -> list[Line] | None:
    """A PDF's tail whose "Nơi nhận:" line ends with the signer's title: from there each line's
    right-hand title, "(Đã ký)" or name is the right column's, until the name."""
    start = next((k for k, (_, _, l) in enumerate(lines) if RECIPIENTS_LINE.match(l.strip())), None)
    if start is None or not (m := _RIGHT.search(lines[start][2].rstrip())) or not _CAPS_RE.fullmatch(m.group("right")):
        return None
    left, right = list(lines[:start]), []
    for k in range(start, len(lines)):
        s, e, l = lines[k]
        if right and _NAME_RE.fullmatch(right[-1][2]):        # (the name closes the signature)
            left.append(lines[k])
            continue
        if k > start and _ALONE.fullmatch(l.strip()):        # a line of the right column alone
            right.append(_piece(s, l, 0, len(l)))
            continue
        if (m := _RIGHT.search(l.rstrip())) is None:
            left.append(lines[k])
            continue
        if (p := _piece(s, l, 0, m.start())) is not None:
            left.append(p)
        right.append(_piece(s, l, m.start("right"), m.end("right")))
    return left + right


def split_tail(lines: list[Line]) -> list[Line]:
    """The tail's lines with its two columns read one after the other, when they were written
    as a Markdown table or run together; otherwise as they are."""
    return _table(lines) or _interleaved(lines) or lines

"""Two-column page layouts typed or exported as text: kept as written, their columns told apart.

A directive's header and tail are laid out in two columns: the issuing body beside the motto,
"Số: …" beside "Thanh Hà, ngày …", "Nơi nhận: - …" beside the signer's title and name. Typed in
a text file (or exported from Word with spaces), each line holds a piece of both columns, apart
by a run of spaces:

    Nơi nhận:                                  TL. CHỦ TỊCH
    - Chủ tịch, các PCT UBND tỉnh;           KT. CHÁNH VĂN PHÒNG
    - UBND các huyện: Đông Sơn,                 Đặng Thị Thu Hà
      Ngọc Khê, Phù Lãng;

Collapsing the spaces would glue the columns ("- UBND các huyện: Đông Sơn, Đặng Thị Thu Hà") and
the signer would be lost among the recipients; reordering the columns would make the text differ
from what a reader quotes off the page. So the text keeps each line as written with the gap as
`COLUMN` (two spaces, where every other run of spaces becomes one), and `unfold` gives the header
and tail readers the left column's pieces, then the right column's, each with its exact offsets.
Only blocks of the header (before the first line of prose) and of the tail (holding "Nơi nhận",
or a signer's title near the end) are marked: the body's own spacing is never read as columns.
"""
from __future__ import annotations

import re

COLUMN = "  "           # between a line's two columns in normalised text
MARK = "\ue000"         # the same, while normalisation collapses every other run of spaces
_GAP = re.compile(r"(?<=\S)(?:[ \t\u00a0]{3,}|\t)(?=\S)")
_SIGN = re.compile(r"^(?:Nơi\s+nhận\b|K/?T\.?\s|T/?M\.?\s|TM\.|KT\.|TL\.|TUQ\.|Q\.\s)", re.I)
RECIPIENTS_LINE = re.compile(r"^Nơi\s+nhận\b", re.I)
_PROSE = re.compile(r"^(?:Căn cứ|Thực hiện|Để |Nhằm |Trên cơ sở|Kính gửi|[IVXL]{1,5}\s*[.\-–:)]|\d{1,2}[.)]\s)", re.I)
# a line of the right column alone: the signer's title, "(Đã ký)", a person's name
_RIGHT_ALONE = re.compile(r"^(?:[(\[]?\s*(?:đã\s+)?ký\b.*|(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s){1,5}[A-ZĐÀ-Ỹ][a-zà-ỹđ]+|"
                          r"(?:K/?T\.?|T/?M\.?|TM\.|KT\.|TL\.|TUQ\.)?\s*[A-ZĐÀ-Ỹ /.]+)$", re.I)
TOP_LINES = 14          # the header zone: the first lines, up to the first line of prose
TAIL_LINES = 40         # the tail zone: the last lines

Line = tuple[int, int, str]


def _runs(lines: list[str], lo: int, hi: int) -> list[tuple[int, int]]:
    """Maximal runs [a, b) of consecutive non-blank lines within [lo, hi)."""
    runs, a = [], None
    for i in range(lo, hi):
        if lines[i].strip() and a is None:
            a = i
        elif not lines[i].strip() and a is not None:
            runs.append((a, i)); a = None
    if a is not None:
        runs.append((a, hi))
    return runs


def mark_columns(text: str) -> str:
    """`text` with the gap between the two columns of its header and tail lines as `MARK`."""
    lines = text.split("\n")
    if not any(_GAP.search(l) for l in lines):
        return text
    prose = next((i for i, l in enumerate(lines[:TOP_LINES]) if _PROSE.match(l.strip())
                  or (len(l.strip()) > 90 and not _GAP.search(l))), min(TOP_LINES, len(lines)))
    blocks = _runs(lines, 0, prose)
    tail_lo = max(prose, len(lines) - TAIL_LINES)
    blocks += [(a, b) for a, b in _runs(lines, prose, len(lines))          # "Nơi nhận" anywhere (a decision
               if any(_SIGN.match(p.strip()) for l in lines[a:b] for p in _GAP.split(l))   # with its plan after it)
               and (a >= tail_lo or any(RECIPIENTS_LINE.match(l.strip()) for l in lines[a:b]))]
    for a, b in blocks:
        for i in range(a, b):
            lines[i] = _GAP.sub(MARK, lines[i].rstrip(), count=1)
    return "\n".join(lines)


def unfold(lines: list[Line]) -> list[Line]:
    """Lines read column by column: the left pieces of lines split by `COLUMN` (and the lines
    without one), then the right pieces and the lines that can only be the right column's — the
    signer's title, "(Đã ký)", a name — each piece a (start, end, text) span of the same text.
    Lines without any `COLUMN` come back as they are."""
    if not any(COLUMN in l.strip() for _, _, l in lines):
        return lines
    left, right = [], []
    for s, e, l in lines:
        body = l.strip()
        lead = s + len(l) - len(l.lstrip())
        if COLUMN in body:
            cut = body.index(COLUMN)
            left.append((lead, lead + cut, body[:cut]))
            r = body[cut:].lstrip()
            right.append((lead + len(body) - len(r), lead + len(body), r))
        elif right and _RIGHT_ALONE.match(body) and not body.startswith(("-", "+")):
            right.append((lead, lead + len(body), body))
        else:
            left.append((lead, lead + len(body), body))
    return left + right

"""A text PDF -> paragraphs, pages marked with a form feed.

pypdf gives one line of text per visual line; a directive's paragraph of five lines would be five
passages. Paragraphs are rebuilt from the layout: a line goes on in the next one unless the next
starts something of its own (a list item, "Điều 2.", an all-capitals heading), a vertical gap
larger than the page's line pitch separates them, or the line is short or ends a sentence and the
next starts with a capital on an indent (the end of a paragraph). Page-number lines are dropped.
Pages are joined with "\\f", which normalize_with_pages turns into page start offsets.
pypdf's complaints about damaged files ("EOF marker not found") go to our log at debug level.
"""
from __future__ import annotations

import io
import logging
import re
from collections import Counter
from pathlib import Path

import pypdf

from ..errors import DocumentError
from ..text.unwrap import dash_goes_on

log = logging.getLogger(__name__)
# text, x, y and font size of its first glyph (None: unknown)
Line = tuple[str, "float | None", "float | None", "float | None"]

_STARTS_OWN = re.compile(r"^(?:[IVXL]{1,5}\s*[.\-–:](?:\s|$)|\d{1,2}(?:\.\d{1,2})*[.)](?:\s|$)|\(\w{1,2}\)\s|[a-zđ][).]\s"
                         r"|[-–+•·*]\s|Điều\s+\d|\||Nơi\s+nhận|Kính\s+gửi|K/?T\.?\s|T/?M\.?\s|Q\.\s|TL\.\s|Số\s*:"
                         r"|V/v\b|Căn cứ\s)")
_PAGE_NUMBER = re.compile(r"[-–\s]*\d{1,4}[-–\s]*|(?:Trang|Page)\s+\d+(?:\s*/\s*\d+)?", re.I)


class _ToDebug(logging.Handler):
    def emit(self, record: logging.LogRecord) -> None:
        log.debug("pypdf: %s", record.getMessage())


def _quiet_pypdf() -> None:
    """Send pypdf's warnings about damaged files to our debug log instead of stderr."""
    pypdf_log = logging.getLogger("pypdf")
    if not any(isinstance(h, _ToDebug) for h in pypdf_log.handlers):
        pypdf_log.addHandler(_ToDebug())
        pypdf_log.propagate = False


def _caps(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(line.split()) >= 2 and len(letters) >= 6 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def _joins(a: Line, b: Line, pitch: float | None, left: float | None, width: int) -> bool:
    """Whether line `b` continues the paragraph whose last line is `a`."""
    (ta, _, ya, _), (tb, xb, yb, _) = a, b
    if _STARTS_OWN.match(tb) and not dash_goes_on(ta, tb, width) or _caps(ta) or _caps(tb) or ta.startswith("|"):
        return False
    # lines of a paragraph are evenly spaced; "spacing before/after" (Word's 6 pt) makes a larger gap
    if ya is not None and yb is not None and (ya - yb <= 0 or (pitch and ya - yb > 1.12 * pitch)):
        return False                                      # a new column, or a paragraph gap
    if not tb[0].isupper():
        return True
    indented = left is not None and xb is not None and xb - left > 8
    return not (len(ta) < 0.7 * width or (ta[-1] in ".!?:…" and (indented or len(ta) < 0.85 * width)))


def _pitches(lines: list[Line]) -> dict:
    """The line pitch of each font size on the page: the gap most lines of that size have to the
    line above (a lower quartile, as paragraph gaps are larger). Recipients in 11 pt under a body in
    13 pt have their own pitch."""
    gaps: dict = {}
    for a, b in zip(lines, lines[1:]):
        if a[2] is not None and b[2] is not None and a[2] - b[2] > 1 and a[3] == b[3]:
            gaps.setdefault(b[3], []).append(a[2] - b[2])
    return {size: sorted(g)[len(g) // 4] for size, g in gaps.items() if len(g) >= 2}


def paragraphs(lines: list[Line]) -> str:
    """The lines of one page joined into paragraphs ("\\n\\n" between them)."""
    lines = [(t.strip(), x, y, size) for t, x, y, size in lines if t.strip()]
    if lines and _PAGE_NUMBER.fullmatch(lines[0][0]):
        lines = lines[1:]
    if lines and _PAGE_NUMBER.fullmatch(lines[-1][0]):
        lines = lines[:-1]
    if not lines:
        return ""
    pitches = _pitches(lines)
    xs = sorted(x for _, x, _, _ in lines if x is not None)
    left = xs[len(xs) // 10] if xs else None
    lens = sorted(len(t) for t, _, _, _ in lines)
    width = lens[int(0.9 * (len(lens) - 1))]
    out = [[lines[0][0]]]
    for a, b in zip(lines, lines[1:]):
        if _joins(a, b, pitches.get(b[3]) if a[3] == b[3] else None, left, width):
            out[-1].append(b[0])
        else:
            out.append([b[0]])
    return "\n\n".join(" ".join(p) for p in out)


def page_lines(page) -> list[Line]:
    """The visual lines of a page with the position and font size of each line's first glyph; a
    line of three or more pieces set apart by wide gaps (a table's cells) as a Markdown row."""
    lines: list[list] = [["", None, None, None, []]]

    def visit(text, cm, tm, font, size):
        x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
        for k, piece in enumerate(text.split("\n")):
            if k:
                lines.append(["", None, None, None, []])
            if piece.strip() and lines[-1][1] is None:
                lines[-1][1] = x
                lines[-1][2] = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
                lines[-1][3] = round(abs(size * (tm[3] * cm[3] or 1)), 1)
            if piece.strip():
                lines[-1][4].append((x, piece, abs(size * (tm[0] * cm[0] or 1))))
            lines[-1][0] += piece
    text = page.extract_text(visitor_text=visit) or ""
    if "\n".join(line[0] for line in lines) != text:    # pieces not as expected: keep the text, drop positions
        return [(t, None, None, None) for t in text.split("\n")]
    # a table's columns: where pieces start, after a line's first, on three lines or more
    starts = Counter(round(x) for *_, pieces in lines if len(pieces) >= 2 for x, _, _ in pieces[1:])
    columns = {x + d for x, n in starts.items() if n >= 3 for d in (-1, 0, 1)}
    return [(_row(pieces, columns) or t, x, y, size) for t, x, y, size, pieces in lines]


def _row(pieces: list[tuple[float, str, float]], columns: set[int]) -> str | None:
    """A table row: a line whose pieces start past where the one before could end (even at 0.75 em
    a character), or at a column of the page's table, three cells or more — "| 5 | Tư vấn … |
    Khoán | 86.000.000 |"."""
    cells = [[pieces[0][1]]] if pieces else []
    for (x0, t0, size), (x1, t1, _) in zip(pieces, pieces[1:]):
        if x1 - x0 > 0.75 * size * len(t0) + size or round(x1) in columns and x1 - x0 > 0.3 * size * len(t0):
            cells.append([t1])
        else:
            cells[-1].append(t1)
    return "| " + " | ".join(" ".join("".join(c).split()) for c in cells) + " |" if len(cells) >= 3 else None


def read_pdf(path: Path) -> str:
    _quiet_pypdf()
    try:
        reader = pypdf.PdfReader(io.BytesIO(Path(path).read_bytes()))
        text = "\f".join(paragraphs(page_lines(page)) for page in reader.pages)
    except Exception as e:
        raise DocumentError(f"{Path(path).name}: not a readable PDF ({type(e).__name__}); "
                            "save it again as PDF, or as .txt") from e
    if len(text.strip()) < 20:
        raise DocumentError(f"{Path(path).name}: the PDF has no text layer (a scan?); run OCR and save it as .txt")
    return text

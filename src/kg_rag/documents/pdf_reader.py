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

# (a number alone on a line, "25.", is the end of a sentence wrapped — "trước ngày" / "25." — no item)
_STARTS_OWN = re.compile(r"^(?:[IVXL]{1,5}\s*[.\-–:](?:\s|$)|\d{1,2}(?:\.\d{1,2})*[.)]\s|\(\w{1,2}\)\s|[a-zđ][).]\s"
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
    cells = [_cells(pieces, columns) for *_, pieces in lines]
    out = [(_row(c) or t, x, y, size) for (t, x, y, size, _), c in zip(lines, cells)]
    return _with_headers(out, cells, [line[4] for line in lines])


def _cells(pieces: list[tuple[float, str, float]], columns: set[int]) -> list[tuple[float, str]]:
    """A line's cells (x, text): its pieces apart by more than the one before could run (even at 0.75 em
    a character), or starting at a column of the page's table."""
    cells: list[list] = [[pieces[0][0], pieces[0][1]]] if pieces else []
    for (x0, t0, size), (x1, t1, _) in zip(pieces, pieces[1:]):
        if x1 - x0 > 0.75 * size * len(t0) + size or round(x1) in columns and x1 - x0 > 0.3 * size * len(t0):
            cells.append([x1, t1])
        else:
            cells[-1][1] += t1
    return [(x, " ".join(t.split())) for x, t in cells]


def _row(cells: list[tuple[float, str]]) -> str | None:
    """A table row, three cells or more: "| 5 | Tư vấn … | Khoán | 86.000.000 |"."""
    return "| " + " | ".join(t for _, t in cells) + " |" if len(cells) >= 3 else None


def _with_headers(lines: list[Line], cells: list, pieces: list) -> list[Line]:
    """The lines with each table's header, when its cells wrap over two or three lines ("Chợ kiểm" /
    "tra"; set apart as lines of their own above the first row), rebuilt as one row of column names."""
    out, done = list(lines), len(lines)
    for i in range(len(lines) - 1, 0, -1):
        if i >= done or not (lines[i][0].startswith("|") and not lines[i - 1][0].startswith("|") and lines[i][2] is not None):
            continue
        size = lines[i][3] or 10
        starts, ends = _extents(lines, cells, i, size)
        cuts = [(e + s) / 2 for e, s in zip(ends, starts[1:])]
        widest = max(b - a for a, b in zip([starts[0]] + cuts, cuts + [ends[-1]]))
        # (within four of the table's own line pitches: a header may wrap over three lines)
        pitch = next((lines[i][2] - l[2] for l in lines[i + 1:i + 2] if l[0].startswith("|") and l[2] is not None), 0)
        near = lambda k: lines[k][3] == lines[i][3] and lines[k][2] is not None \
            and 0 < lines[k][2] - lines[i][2] < 4 * max(pitch, 1.2 * size)
        # the lines just above in the table's type size: pieces narrow enough for a column, or a line read
        # as a row of its own whose first cell is no number ("| TT | Đơn vị | Tin báo |" over "Khởi tố (vụ)")
        named = lambda k: not re.search(r"\d", cells[k][0][1]) if lines[k][0].startswith("|") else \
            all(0.5 * size * len(t.strip()) <= 1.3 * widest for _, t, _ in pieces[k])
        j = i
        while j > 0 and near(j - 1) and named(j - 1):
            j -= 1
        if j == i or j > 0 and near(j - 1) and lines[j - 1][0].startswith("|"):
            continue        # (a row's cells wrapping inside a table: no header)
        names = _column_names(lines, pieces, range(j, i), cuts, size)
        # (more than half the columns named, the first by no number: not a row wrapped at a page's top)
        if sum(bool(n) for n in names) * 2 > len(names) and not re.search(r"\d", names[0]):
            out[j:i], done = [("| " + " | ".join(names) + " |",) + lines[j][1:]], j
    return out


def _extents(lines: list[Line], cells: list, i: int, size: float) -> tuple[list[float], list[float]]:
    """Where each column of the table whose first row is line `i` starts and ends, over its rows
    of the usual number of cells (a row whose cells ran together has fewer)."""
    block = [c for c, line in zip(cells[i:i + 30], lines[i:i + 30]) if line[0].startswith("|")]
    n = Counter(map(len, block)).most_common(1)[0][0]
    cols = list(zip(*(c for c in block if len(c) == n)))
    return [min(x for x, _ in col) for col in cols], [max(x + 0.5 * size * len(t) for x, t in col) for col in cols]


def _column_names(lines: list[Line], pieces: list, zone: range, cuts: list[float], size: float) -> list[str]:
    """The header lines' pieces gathered by the column their middle falls in, top line first: a piece
    runs on within its line, the next line of a cell after a space."""
    names: list[list] = [[] for _ in range(len(cuts) + 1)]
    for k in sorted(zone, key=lambda k: -lines[k][2]):
        for x, text, _ in pieces[k]:
            names[sum(x + 0.25 * size * len(text.strip()) > cut for cut in cuts)].append((k, text))
    return [" ".join("".join((" " if m and n[m - 1][0] != k else "") + t for m, (k, t) in enumerate(n)).split())
            for n in names]


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

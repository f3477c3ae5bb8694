"""A Word .docx file -> the text a reader sees, in document order.

- A .docx is a zip: a small file can expand to gigabytes of XML. The archive is measured before
  anything is parsed (`check_zip`).
- Paragraphs and tables come in the order they stand in the body (a header laid out as a table
  comes first, a task table in its section), not all tables at the end.
- Word's list numbering becomes the typed markers the structure parser reads (docx_numbering.py).
- A table with a header row becomes Markdown ("| STT | Nhiệm vụ | … |", a rule, one line per row),
  the form structure.py reads as rows with their columns; cell text stays verbatim. A header or a
  tail laid out as a table (mottos, "Nơi nhận" beside the signature, or two columns opening the
  document) becomes its cells' lines, column by column, as a PDF of it reads.
- Runs in the old Vietnamese fonts (".VnTime", ".VnTimeH" = TCVN3, "VNI-Times" = VNI) are converted
  to Unicode by their font: only the font says that "KÕ" is "KẾ".
"""
from __future__ import annotations

import io
import re
import zipfile
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.table import Table
from docx.text.paragraph import Paragraph
from docx.text.run import Run

from ..errors import DocumentError
from ..text import legacy
from .docx_numbering import Numbering

MAX_UNZIPPED = 50 * 1024 * 1024      # all entries together, uncompressed
MAX_ENTRIES = 2000                   # a long report has ~50
MAX_RATIO = 200                      # Word's XML compresses ~5–20 times; bombs ~1000 times
# a table that lays out a header (mottos) or the tail (recipients beside the signature), not data
_LAYOUT = re.compile(r"(?i:CỘNG\s+SẢN\s+VIỆT\s+NAM|CHỦ\s+NGHĨA\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do)"
                     r"|^\s*Nơi\s+nhận|^\s*(?:TM|KT|TL|TUQ|T/M|K/T)\.\s*[A-ZĐ]", re.M)


def check_zip(data: bytes, name: str) -> None:
    """Refuse a .docx whose archive would expand beyond what a document can be (a zip bomb)."""
    try:
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as e:
        raise DocumentError(f"{name}: not a readable Word .docx file ({type(e).__name__}); save it again from Word") from e
    if len(infos) > MAX_ENTRIES:
        raise DocumentError(f"{name}: the .docx archive has {len(infos)} parts (a Word file has dozens); "
                            "it is damaged or not a document — save it again from Word")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNZIPPED:
        raise DocumentError(f"{name}: the .docx expands to {total // 2**20} MB (more than {MAX_UNZIPPED // 2**20} MB); "
                            "it is not an ordinary document — save the text as .txt or split it")
    for i in infos:
        if i.file_size > 1024 * 1024 and i.file_size > MAX_RATIO * max(i.compress_size, 1):
            raise DocumentError(f"{name}: part {i.filename} of the .docx is compressed {i.file_size // max(i.compress_size, 1)} "
                                "times (a zip bomb?); it is not an ordinary document — save the text as .txt")


def legacy_font(font: str | None) -> tuple[str, bool] | None:
    """(encoding, upper-case font) of an old Vietnamese font name, else None."""
    f = (font or "").strip().lower()
    if f.startswith(".vn"):
        return "tcvn3", f.endswith("h")
    if f.startswith(("vni-", "vni ")):
        return "vni", False
    return None


def _rfonts(el) -> str | None:
    """The font an element's run properties name for Vietnamese letters (w:hAnsi covers them)."""
    rpr = el.rPr if el is not None else None
    fonts = rpr.rFonts if rpr is not None else None
    if fonts is None:
        return None
    return fonts.get(qn("w:hAnsi")) or fonts.get(qn("w:ascii"))


class _Fonts:
    """Which runs are in a legacy font: the run's own font, its character style, its paragraph's
    style chain, then the document default."""

    def __init__(self, document) -> None:
        roots = (document.element, document.styles.element)
        self.any = any(legacy_font(v) for root in roots for el in root.iter(qn("w:rFonts")) for v in el.attrib.values())
        defaults = document.styles.element.find(qn("w:docDefaults"))
        rpr = defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}") if defaults is not None else None
        el = rpr.find(qn("w:rFonts")) if rpr is not None else None
        self.default = (el.get(qn("w:hAnsi")) or el.get(qn("w:ascii"))) if el is not None else None

    @staticmethod
    def _style_font(style) -> str | None:
        while style is not None:
            if font := _rfonts(style.element):
                return font
            style = style.base_style
        return None

    def text(self, run, paragraph) -> str:
        font = _rfonts(run._r) or self._style_font(run.style) or self._style_font(paragraph.style) or self.default
        kind = legacy_font(font)
        if kind is None:
            return run.text
        return legacy.to_unicode(run.text, kind[0], upper=kind[1], fix_case=False)


def _paragraph_text(p, fonts: _Fonts) -> str:
    if not fonts.any:
        return p.text
    runs = [r for item in p.iter_inner_content() for r in ([item] if isinstance(item, Run) else item.runs)]
    return "".join(fonts.text(r, p) for r in runs)


def _cell_paragraphs(cell, fonts: _Fonts) -> list[str]:
    # "|" would cut the Markdown row; "/" is what an officer would read in its place
    # (a line break, Shift+Enter, stays: a signature cell's "GIÁM ĐỐC" / "(Đã ký)" / name are lines)
    return [t.replace("|", "/").strip() for p in cell.paragraphs if (t := _paragraph_text(p, fonts)).strip()]


def _table_lines(table, fonts: _Fonts, first: bool) -> list[str]:
    """A table's lines: Markdown rows for data; a laid-out header or tail (mottos, "Nơi nhận",
    a signature, or two columns opening the document) column by column, as the eye reads it."""
    rows = []
    for row in table.rows:
        seen, cells = set(), []
        for c in row.cells:                   # a merged cell is listed once per grid column
            if id(c._tc) not in seen:
                seen.add(id(c._tc))
                cells.append(_cell_paragraphs(c, fonts))
        rows.append(cells)
    width = max((len(r) for r in rows), default=0)
    if width == 1:                            # a boxed text, not a table
        return [p.replace("\n", " ") for r in rows for c in r for p in c]
    if (first and width == 2) or _LAYOUT.search("\n".join(p for r in rows for c in r for p in c)):
        return [line.strip() for k in range(width) for r in rows if k < len(r) for p in r[k]
                for line in p.split("\n") if line.strip()]
    lines = ["| " + " | ".join(" ".join(p.replace("\n", " ") for p in c) for c in r) + " |" for r in rows if any(r)]
    if len(lines) >= 2:
        lines.insert(1, "|" + "---|" * width)
    return lines


def _blocks(container):
    """Paragraph and table elements of a body in order, content controls (w:sdt) opened."""
    for child in container.iterchildren():
        if child.tag in (qn("w:p"), qn("w:tbl")):
            yield child
        elif child.tag == qn("w:sdt"):
            content = child.find(qn("w:sdtContent"))
            if content is not None:
                yield from _blocks(content)


def read_docx(path: Path) -> str:
    data = Path(path).read_bytes()
    check_zip(data, Path(path).name)
    try:
        d = docx.Document(io.BytesIO(data))
        numbering, fonts = Numbering(d), _Fonts(d)
        parts: list[str] = []
        for el in _blocks(d.element.body):
            if el.tag == qn("w:tbl"):
                parts += _table_lines(Table(el, d._body), fonts, first=not parts)
                continue
            p = Paragraph(el, d._body)
            text = _paragraph_text(p, fonts)
            marker = numbering.marker(p)
            if text.strip():
                parts.append(f"{marker} {text.strip()}" if marker else text)
    except DocumentError:
        raise
    except Exception as e:
        raise DocumentError(f"{Path(path).name}: not a readable Word .docx file ({type(e).__name__}); "
                            "save it again from Word") from e
    return "\n\n".join(parts)

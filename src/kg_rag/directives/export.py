"""An outline (outline.py's dict) written out: Markdown, or a Word document with a title, headings,
numbered points with bracketed citations [n] and a sources list (document title, number, date,
section). Times New Roman is set for every script slot (ascii, hAnsi, eastAsia, cs) so Vietnamese
renders in Word."""
from __future__ import annotations

import logging
import re
import textwrap
from pathlib import Path

from ..errors import BadInput, KgRagError
from ..text.genre import last_heading

log = logging.getLogger(__name__)
FONT = "Times New Roman"


def _set_font(style, size: float | None = None) -> None:
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    from docx.shared import Pt
    style.font.name = FONT
    if size:
        style.font.size = Pt(size)
    rpr = style.element.get_or_add_rPr()
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        rpr.insert(0, fonts)
    for attr in ("w:asciiTheme", "w:hAnsiTheme", "w:eastAsiaTheme", "w:cstheme"):
        fonts.attrib.pop(qn(attr), None)     # a theme font would override ours
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), FONT)


def write_docx(result: dict, path: Path) -> Path:
    try:
        from docx import Document as WordDocument
        from docx.shared import Pt
    except ImportError as e:
        raise KgRagError("writing .docx needs python-docx: pip install python-docx") from e
    doc = WordDocument()
    for name, size in (("Normal", 13), ("Title", 16), ("Heading 1", 14), ("Heading 2", 13)):
        _set_font(doc.styles[name], size)
    doc.add_heading(result["title"], level=0)
    doc.add_paragraph().add_run(f"Chủ đề: {result['topic']} — bản nháp; mỗi ý đều trích từ văn bản nguồn.").italic = True
    for sec in result["sections"]:
        doc.add_heading(sec["heading"], level=1)
        for i, p in enumerate(sec["points"], 1):
            para = doc.add_paragraph()
            para.paragraph_format.left_indent = Pt(18)
            para.paragraph_format.first_line_indent = Pt(-18)
            para.add_run(f"{i}. {p['text']} ")
            para.add_run(" ".join(f"[{n}]" for n in p["citations"])).bold = True
    doc.add_heading("Nguồn trích dẫn", level=1)
    for c in result["citations"]:
        para = doc.add_paragraph()
        para.add_run(f"[{c['n']}] ").bold = True
        para.add_run(source_line(c))
        q = para.add_run(f"\n“{c['quote']}”")
        q.italic = True
        q.font.size = Pt(11)
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        doc.save(str(path))
    except OSError as e:
        raise KgRagError(f"cannot write {path}: {e.strerror or e}") from e
    log.info("wrote %s", path)
    return path


def format_outline(result: dict) -> str:
    """Markdown: title, sections, numbered points with [n], then the sources."""
    lines = [f"# {result['title']}", "", f"*Chủ đề: {result['topic']} — bản nháp, mỗi ý đều trích từ văn bản.*", ""]
    for sec in result["sections"]:
        lines += [f"## {sec['heading']}", ""]
        for i, p in enumerate(sec["points"], 1):
            lines.append(f"{i}. {p['text']} " + " ".join(f"[{n}]" for n in p["citations"]))
        lines.append("")
    lines += ["## Nguồn trích dẫn", ""]
    for c in result["citations"]:
        lines.append(f"[{c['n']}] {source_line(c)}")
    return "\n".join(lines) + "\n"


def source_line(c: dict) -> str:
    """ "Hướng dẫn … (số …, ngày …) — mục IV. … › 3. … — 004_….txt" """
    meta = ", ".join(x for x in (c.get("doc_issuer", ""),
                                 (f"số {c['doc_number']}" if c.get("doc_number") else "không ghi số"),
                                 (f"ngày {c['doc_date']}" if c.get("doc_date") else "")) if x)
    title = c["doc_title"] if len(c["doc_title"]) <= 150 else c["doc_title"][:147].rsplit(" ", 1)[0] + " …"
    return f"{title} ({meta}) — mục {c['section'] or '(mở đầu)'} — {c['source']}"


def write_outline(result: dict, path: Path) -> Path:
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".md":
        path.write_text(format_outline(result), encoding="utf-8")
    elif suffix == ".docx":
        write_docx(result, path)
    else:
        raise BadInput(f"{path}: use a .md or .docx file name")
    return path


def _clip(s: str, n: int) -> str:
    s = re.sub(r"\s+", " ", s)
    return s if len(s) <= n else s[:n - 1].rsplit(" ", 1)[0] + " …"


def format_who_what(result: dict) -> str:
    """The who-what JSON as a terminal table: one row per task, a group's task once with its members."""
    d = result["directive"]
    head = f"{d['type']} số {d['id']}" + (f", ngày {d['date']}" if d.get("date") else "") \
        + (f" của {d['issuer']}" if d.get("issuer") else "")
    lines = [head, _clip(d.get("title", ""), 160)] if d.get("title") else [head]
    lines += ["", "Văn bản liên quan:"]
    for doc in result["documents"]:
        via = f" (qua {' → '.join(doc['via'])})" if doc.get("via") else ""
        lines.append(f"  [{doc['source'][:3]}] {doc['source']} — {doc['relation']}{via}: {_clip(doc['title'], 110)}")
    if not result["assignments"]:
        lines += ["", "Không tìm thấy phân công cụ thể (ai làm gì) trong các văn bản triển khai văn bản này."]
        return "\n".join(lines)
    w = 40
    lines += ["", f"{'Chủ thể':<{w}} | {'Nhiệm vụ':<96} | Nguồn", "-" * (w + 130)]
    for a in result["assignments"]:
        cells = textwrap.wrap(a["actor"], w)
        for i, t in enumerate(a["tasks"]):
            c = t["citation"]
            extra = "; ".join(x for x in (t.get("role") or "", t.get("deadline") or "") if x)
            src = f"{c['source'][:3]} › {_clip(last_heading(c['section']), 28)}"
            who = cells[0] if i == 0 else ""
            lines.append(f"{who:<{w}} | {_clip(t['text'] + (f' ({extra})' if extra else ''), 96):<96} | {src}")
            if i == 0:
                lines.extend(f"{x:<{w}} |" for x in cells[1:])
    return "\n".join(lines)

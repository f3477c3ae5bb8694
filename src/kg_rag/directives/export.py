"""An outline (outline.py's dict) written out: Markdown, or a Word document with a title, headings,
numbered points with bracketed citations [n] and a numbered list of sources, each named the way
an officer names a document (documents/labels.py: "Hướng dẫn 171-HD/BTGTU, 26/4/2024"), never by
its file name.

The Word documents follow Vietnamese office practice (Nghị định 30/2020/NĐ-CP): A4, margins top
and bottom 20 mm, left 30 mm, right 15 mm, Times New Roman 13 pt set for every script slot (ascii,
hAnsi, eastAsia, cs) so Vietnamese renders in Word, language vi-VN, and a real title and author
in the file's properties. `office_document` is shared with the page's exports (ui/export.py).
"""
from __future__ import annotations

import logging
import re
import textwrap
from pathlib import Path

from ..documents.labels import clip, human_label
from ..errors import BadInput, KgRagError
from ..text.genre import last_heading

log = logging.getLogger(__name__)
FONT = "Times New Roman"
AUTHOR = "Trợ lý văn bản khoa giáo (kg_rag)"
PAGE_MM = (210, 297)                                        # A4
MARGINS_MM = {"top": 20, "bottom": 20, "left": 30, "right": 15}


def _docx():
    try:
        import docx
    except ImportError as e:
        raise KgRagError("writing .docx needs python-docx: pip install python-docx") from e
    return docx


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
    lang = rpr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        rpr.append(lang)
    lang.set(qn("w:val"), "vi-VN")


def office_document(title: str, subject: str = ""):
    """An empty Word document set up as above, its properties filled."""
    from docx.shared import Mm, RGBColor
    doc = _docx().Document()
    for sec in doc.sections:
        sec.page_width, sec.page_height = Mm(PAGE_MM[0]), Mm(PAGE_MM[1])
        sec.top_margin, sec.bottom_margin = Mm(MARGINS_MM["top"]), Mm(MARGINS_MM["bottom"])
        sec.left_margin, sec.right_margin = Mm(MARGINS_MM["left"]), Mm(MARGINS_MM["right"])
    for name, size in (("Normal", 13), ("Title", 16), ("Heading 1", 14), ("Heading 2", 13), ("List Number", 13)):
        _set_font(doc.styles[name], size)
    for name in ("Title", "Heading 1", "Heading 2"):
        doc.styles[name].font.color.rgb = RGBColor(0, 0, 0)
    props = doc.core_properties
    props.author = props.last_modified_by = AUTHOR
    props.title, props.subject, props.language = clip(title, 240), clip(subject, 240), "vi-VN"   # Word keeps 255
    props.comments = "Bản nháp; mỗi ý trích nguyên văn từ văn bản nguồn, có số [n] dẫn tới nguồn."
    return doc


def add_sources(doc, citations: list[dict], heading: str = "Nguồn trích dẫn") -> None:
    """The sources as a numbered Word list (item n is source [n]): document, section, quote."""
    from docx.shared import Pt
    doc.add_heading(heading, level=1)
    for c in citations:
        para = doc.add_paragraph(style="List Number")
        para.add_run(source_line(c))
        q = para.add_run(f"\n“{c['quote']}”")
        q.italic = True
        q.font.size = Pt(11)


def save(doc, path):
    """Write `doc` to a file name, or to a binary file object (the page sends it from memory)."""
    if hasattr(path, "write"):
        doc.save(path)
        return path
    path = Path(path)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        doc.save(str(path))
    except OSError as e:
        raise KgRagError(f"cannot write {path}: {e.strerror or e}") from e
    log.info("wrote %s", path)
    return path


def write_docx(result: dict, path):
    from docx.shared import Pt
    doc = office_document(result["title"], f"Đề cương tuyên truyền: {result['topic']}")
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
    add_sources(doc, result["citations"])
    return save(doc, path)


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
        lines.append(f"{c['n']}. {source_line(c)}: “{c['quote']}”")
    return "\n".join(lines) + "\n"


def doc_label(c: dict) -> str:
    """The human label of a citation's document, from the metadata an outline citation carries
    (`doc_label`, or `doc_type`, `doc_number` … beside `doc_title`)."""
    if c.get("doc_label"):
        return c["doc_label"]
    return human_label({"type": c.get("doc_type", ""), "number": c.get("doc_number", ""),
                        "issuer": c.get("doc_issuer", ""), "date": c.get("doc_date", ""),
                        "title": c.get("doc_title", ""), "source": c.get("source", "")})


def source_line(c: dict) -> str:
    """ "Hướng dẫn của Ban Tuyên giáo Huyện ủy — Tuyên truyền … — mục IV. … › 3. …" """
    return f"{doc_label(c)} — mục {c.get('section') or '(phần mở đầu)'}"


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

"""Word exports from the page: a chat answer, a who-what table, an outline — A4 with the outline's
styling (directives/export.py `office_document`), sources as a numbered list named by label.

Files are made in memory when the officer asks ("Tải Word") and sent to the browser: nothing is
written to disk, so no temporary folder is left behind. `Results` keeps the last answers and
tables of all sessions (by an unguessable token) so that the button can find what it exports.
"""
from __future__ import annotations

import io
import re
import secrets
import threading
from collections import OrderedDict

from ..directives.export import add_sources, office_document, write_docx
from ..text.normalize import fold
from .chatview import Turn, who_rows
from .tabsview import Numbering, who_groups
from .webview import label_of

DOCX_MIME = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


class Results:
    """token -> (kind, payload, docs labels), the newest `size` kept (thread-safe)."""

    def __init__(self, size: int = 300):
        self.size, self._items, self._lock = size, OrderedDict(), threading.Lock()

    def put(self, kind: str, payload, token: str | None = None) -> str:
        token = token or secrets.token_urlsafe(12)
        with self._lock:
            self._items[token] = (kind, payload)
            self._items.move_to_end(token)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return token

    def get(self, token: str):
        with self._lock:
            return self._items.get(token)


def slug(text: str, limit: int = 50) -> str:
    s = re.sub(r"[^a-z0-9]+", "-", fold(text or "").lower()).strip("-")
    return s[:limit].rstrip("-") or "van-ban"


def _bytes(doc) -> bytes:
    buf = io.BytesIO()
    doc.save(buf)
    return buf.getvalue()


def _table(doc, header: tuple[str, str]):
    from docx.shared import Mm
    t = doc.add_table(rows=1, cols=2)
    t.style = doc.styles["Table Grid"]
    for cell, text, w in zip(t.rows[0].cells, header, (Mm(50), Mm(115))):
        cell.text = ""
        cell.paragraphs[0].add_run(text).bold = True
        cell.width = w
    return t


def _row(t, left: str, lines: list[str], merged: bool = False):
    from docx.shared import Mm
    cells = t.add_row().cells
    if merged:
        c = cells[0].merge(cells[1])
        c.paragraphs[0].add_run(left).bold = True
        return
    cells[0].width, cells[1].width = Mm(50), Mm(115)
    cells[0].paragraphs[0].add_run(left).bold = True
    for i, line in enumerate(lines):
        p = cells[1].paragraphs[0] if i == 0 else cells[1].add_paragraph()
        p.add_run(f"– {line}")


def _cite_dict(c, label: str) -> dict:
    d = c.to_dict() if hasattr(c, "to_dict") else dict(c)
    d["doc_label"] = label
    return d


def answer_docx(turn: Turn) -> tuple[str, bytes]:
    """A chat answer: the question, the answer (a who-what answer as a table), its sources."""
    a = turn.answer
    doc = office_document(f"Trả lời: {turn.question}", "Câu trả lời có trích dẫn từ văn bản")
    doc.add_heading("Trả lời câu hỏi", level=0)
    doc.add_paragraph().add_run(f"Câu hỏi: {turn.question}").bold = True
    if not a.grounded:
        doc.add_paragraph().add_run("Các văn bản trong kho không trả lời câu hỏi này.").italic = True
    rows = who_rows(a.answer) if a.kind == "who-what" else None
    if rows:
        t = _table(doc, ("Cơ quan, đơn vị", "Nhiệm vụ"))
        for r in rows:
            _row(t, r.header or "; ".join(r.actors), r.tasks, merged=bool(r.header))
    else:
        for line in (x.strip() for x in a.answer.splitlines()):
            if line.startswith(("- ", "• ", "+ ")):
                doc.add_paragraph(line[2:], style="List Bullet")
            elif line:
                doc.add_paragraph(line)
    if a.citations:
        add_sources(doc, [_cite_dict(c, turn.labels.get(c.source) or c.doc_title) for c in a.citations],
                    "Nguồn trích dẫn" if a.grounded else "Các đoạn gần nhất")
    return f"tra-loi-{slug(turn.question)}.docx", _bytes(doc)


def who_what_docx(result: dict, docs) -> tuple[str, bytes]:
    """The who-what table: per document, bodies and their tasks (role, partners, deadline), cited."""
    from ..documents.labels import human_label
    d = result.get("directive") or {}
    name = human_label(d)
    doc = office_document(f"Phân công thực hiện {name}", "Ai làm gì — trích nguyên văn, có nguồn")
    doc.add_heading(f"Phân công thực hiện {name}", level=0)
    if d.get("title"):
        doc.add_paragraph(d["title"])
    numbers = Numbering()
    t = _table(doc, ("Cơ quan, đơn vị", "Nhiệm vụ (trích nguyên văn)"))
    for src, groups in who_groups(result):
        _row(t, f"Theo {label_of(docs, src)}", [], merged=True)
        for actors, tasks in groups:
            lines = []
            for task in tasks:
                extra = "; ".join(x for x in (task.get("role") or "", "phối hợp: " + "; ".join(task["partners"])
                                              if task.get("partners") else "", "thời hạn: " + task["deadline"]
                                              if task.get("deadline") else "") if x)
                n = numbers.n(task.get("citation") or {})
                lines.append(f"{task.get('text', '')}{f' ({extra})' if extra else ''} [{n}]")
            _row(t, "; ".join(actors), lines)
    add_sources(doc, [dict(c, n=i, doc_label=label_of(docs, c.get("source", "")))
                      for i, c in enumerate(numbers.items, 1)])
    return f"phan-cong-{slug(d.get('id') or name)}.docx", _bytes(doc)


def outline_docx(result: dict) -> tuple[str, bytes]:
    buf = io.BytesIO()
    write_docx(result, buf)
    return f"de-cuong-{slug(result.get('topic', ''))}.docx", buf.getvalue()

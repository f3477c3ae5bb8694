"""HTML for the app, as pure functions of plain data. Every piece of document text is escaped:
documents are data, never markup."""
from __future__ import annotations

import re
from html import escape

from ..types import Answer, Citation, Document

CSS = """
.src-card{border:1px solid #d0d7de;border-radius:8px;padding:8px 10px;margin:0 0 8px 0;background:#fff}
.src-card h4{margin:0 0 4px 0;font-size:14px}
.src-meta{color:#57606a;font-size:12px;margin-bottom:4px}
.src-text{font-size:13px;line-height:1.45;white-space:pre-wrap}
.src-text mark, .doc-view mark{background:#fff3a3;padding:0 1px}
.doc-view{max-height:520px;overflow:auto;white-space:pre-wrap;font-size:13px;line-height:1.5;border:1px solid #d0d7de;padding:10px;border-radius:8px}
.doc-view .cited{background:#eef6ff;outline:2px solid #54aeff;border-radius:4px}
.kg-table{border-collapse:collapse;width:100%;font-size:13px}
.kg-table td,.kg-table th{border:1px solid #d0d7de;padding:4px 6px;vertical-align:top;text-align:left}
.kg-empty{color:#57606a;font-style:italic}
"""

NO_SOURCES = '<div class="kg-empty">Nguồn trích dẫn sẽ hiện ở đây.</div>'


def doc_meta_line(doc: Document | None) -> str:
    if doc is None:
        return ""
    bits = [doc.type, f"số {doc.number}" if doc.number else "", doc.issuer,
            f"{doc.place}, ngày {doc.date}" if doc.place and doc.date else (f"ngày {doc.date}" if doc.date else "")]
    return " · ".join(escape(b) for b in bits if b)


def highlight(text: str, quote: str) -> str:
    """`text` escaped, with the first occurrence of `quote` in <mark>."""
    i = text.find(quote) if quote else -1
    if i < 0:
        return escape(text)
    return escape(text[:i]) + "<mark>" + escape(quote) + "</mark>" + escape(text[i + len(quote):])


def sources_html(answer: Answer | None, documents: dict[str, Document]) -> str:
    if answer is None or not answer.citations:
        return NO_SOURCES
    head = "" if answer.grounded else '<div class="kg-empty">Các đoạn gần nhất (không trả lời được câu hỏi):</div>'
    cards = []
    for c in answer.citations:
        doc = documents.get(c.source)
        cards.append(
            f'<div class="src-card" id="src-{c.n}"><h4>[{c.n}] {escape(c.doc_title[:160])}</h4>'
            f'<div class="src-meta">{doc_meta_line(doc)}</div>'
            f'<div class="src-meta">{escape(c.section or "Phần mở đầu")} · <code>{escape(c.source)}</code></div>'
            f'<div class="src-text">{highlight(c.text, c.quote)}</div></div>')
    return head + "".join(cards)


def link_markers(text: str) -> str:
    """'… [2]' -> '… [[2]](#src-2)': inline markers lead to their source card."""
    return re.sub(r"\[(\d{1,3})\]", r"[[\1]](#src-\1)", text)


def document_html(doc: Document, c: Citation | None = None) -> str:
    """The whole document, the cited paragraph framed and its quote marked, id="cited" to scroll to."""
    t = doc.text
    if c is None or not (0 <= c.start <= c.end <= len(t)):
        return f'<div class="doc-view">{escape(t)}</div>'
    qs, qe = (c.quote_start, c.quote_end) if c.start <= c.quote_start <= c.quote_end <= c.end else (c.start, c.start)
    inner = escape(t[c.start:qs]) + "<mark>" + escape(t[qs:qe]) + "</mark>" + escape(t[qe:c.end])
    return (f'<div class="doc-view"><div class="src-meta">{doc_meta_line(doc)}</div>'
            f'{escape(t[:c.start])}<span id="cited" class="cited">{inner}</span>{escape(t[c.end:])}</div>')


def documents_table(documents: dict[str, Document]) -> str:
    rows = "".join(
        f"<tr><td><code>{escape(d.source)}</code></td><td>{escape(d.type)}</td><td>{escape(d.number or '—')}</td>"
        f"<td>{escape(d.issuer or '—')}</td><td>{escape(d.date or '—')}</td><td>{escape(d.short_title)}</td>"
        f"<td>{len(d.refs)}</td></tr>" for d in sorted(documents.values(), key=lambda d: d.source))
    return ('<table class="kg-table"><tr><th>Tệp</th><th>Loại</th><th>Số</th><th>Cơ quan ban hành</th>'
            f'<th>Ngày</th><th>Trích yếu</th><th>Văn bản dẫn chiếu</th></tr>{rows}</table>')


def who_what_html(result: dict) -> str:
    d = result.get("directive", {})
    head = f"<p><b>{escape(d.get('type', ''))} {escape(d.get('id', ''))}</b> {escape(d.get('date', ''))} — " \
           f"{escape((d.get('title') or '')[:200])}</p>"
    rows = []
    for a in result.get("assignments", []):
        for i, t in enumerate(a.get("tasks", [])):
            cit = t.get("citation", {})
            actor = escape(a.get("actor", "")) if i == 0 else ""
            rows.append(f"<tr><td><b>{actor}</b></td><td>{highlight(cit.get('text', t.get('text', '')), cit.get('quote', ''))}"
                        f"</td><td><code>{escape(cit.get('source', a.get('source', '')))}</code><br>"
                        f"{escape(cit.get('section', ''))}</td></tr>")
    if not rows:
        return head + '<div class="kg-empty">Không tìm thấy phân công nhiệm vụ trong các văn bản.</div>'
    return head + ('<table class="kg-table"><tr><th>Cơ quan, đơn vị</th><th>Nhiệm vụ (trích nguyên văn)</th>'
                   f'<th>Nguồn</th></tr>{"".join(rows)}</table>')

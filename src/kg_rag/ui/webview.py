"""HTML for the page, as pure functions of plain data: source cards, the document viewer, the
documents table. Every piece of document text is escaped — documents are data, never markup —
and documents are named by their human label (documents/labels.py); the file name shows only on
hover and in the document viewer.
"""
from __future__ import annotations

from html import escape

from ..documents.labels import clip, date_label, human_label, number_label
from ..types import content_id

NO_SOURCES = '<div class="kg-empty">Nguồn trích dẫn của câu trả lời sẽ hiện ở đây.</div>'
VIEWER = ('<div class="viewer" hidden><div class="viewer-bar"><button type="button" class="viewer-close">'
          '← Quay lại các nguồn</button></div><div class="viewer-body" tabindex="0"></div></div>')


def message(text: str, kind: str = "empty") -> str:
    role = ' role="alert"' if kind == "warn" else ""
    return f'<div class="kg-{kind}"{role}>{escape(text)}</div>'


def label_of(docs, source: str) -> str:
    doc = docs.get(source) if docs is not None else None
    return human_label(doc) if doc is not None else source


def highlight(text: str, quote: str) -> str:
    """`text` escaped, with the first occurrence of `quote` in <mark>."""
    i = text.find(quote) if quote else -1
    if i < 0:
        return escape(text)
    return escape(text[:i]) + "<mark>" + escape(quote) + "</mark>" + escape(text[i + len(quote):])


def passage_digest(text: str) -> str:
    return content_id(text, n=12)


def card(n: int, scope: str, source: str, label: str, section: str, text: str, quote: str, start: int,
         qs: int | None = None, topic: str = "") -> str:
    """One source card: number, document label (file name on hover), trích yếu, section, the
    passage with the quote marked, and a button opening the whole document at it."""
    if qs is None:
        i = text.find(quote) if quote else -1
        qs = start + max(i, 0)
    qe = qs + len(quote or "")
    topic_html = f'<div class="src-meta">{escape(clip(topic, 160))}</div>' if topic else ""
    return (f'<article class="src-card" data-card="{n}" id="src-{escape(scope)}-{n}">'
            f'<h4><span class="n">[{n}]</span> <span class="doc" title="Tệp: {escape(source)}">{escape(label)}'
            f'</span></h4>{topic_html}<div class="src-meta">Mục: {escape(section or "phần mở đầu")}</div>'
            f'<blockquote class="src-text">{highlight(text, quote)}</blockquote>'
            f'<button type="button" class="open-doc" data-source="{escape(source)}" data-start="{start}" '
            f'data-end="{start + len(text)}" data-qs="{qs}" data-qe="{qe}" data-h="{passage_digest(text)}">'
            'Mở toàn văn tại đoạn này</button></article>')


def _topic(doc) -> str:
    """The trích yếu under a card's label, unless the label already carries it."""
    if doc is None or not (number_label(doc) or getattr(doc, "date", "")):
        return ""
    return getattr(doc, "display_title", "")


def turn_sources(answer, docs, scope: str, question: str) -> str:
    """The sources panel section of one chat turn (hidden unless it is the latest)."""
    if answer is None or not answer.citations:
        return ""
    head = "" if answer.grounded else \
        '<div class="kg-warn">Không có đoạn nào trả lời câu hỏi; dưới đây là các đoạn gần nhất để anh/chị tự kiểm tra.</div>'
    cards = "".join(card(c.n, scope, c.source, label_of(docs, c.source), c.section, c.text, c.quote, c.start,
                         c.quote_start if c.start <= c.quote_start <= c.end else None, _topic(docs.get(c.source)))
                    for c in answer.citations)
    return (f'<section class="turn-src" data-turn="{escape(scope)}"><div class="src-head">Nguồn của câu hỏi: '
            f'“{escape(clip(question, 90))}”</div>{head}{cards}</section>')


def sources_panel(sections: list[str]) -> str:
    """All turns' source sections, the last one shown; the document viewer, closed."""
    shown = [s for s in sections if s]
    if not shown:
        return NO_SOURCES
    body = "".join(s if i == len(shown) - 1 else s.replace('<section class="turn-src"', '<section class="turn-src" hidden', 1)
                   for i, s in enumerate(shown))
    return f'<div class="kg-scope" data-scope="chat">{body}{VIEWER}</div>'


def document_html(doc, start: int = -1, end: int = -1, qs: int = -1, qe: int = -1, digest: str = "") -> str:
    """The whole normalised document; the cited paragraph framed (id="cited", to scroll to) and
    its quote marked — if the document still has that paragraph where the answer saw it."""
    t = doc.text
    meta = " · ".join(escape(x) for x in (doc.issuer, doc.place, date_label(doc.date)) if x)
    head = (f'<div class="doc-head"><b>{escape(human_label(doc))}</b><br>{meta}<br>'
            f'<span class="src-meta">Tệp: {escape(doc.source)}</span></div>')
    ok = 0 <= start <= end <= len(t) and (not digest or passage_digest(t[start:end]) == digest)
    if not ok:
        note = message("Văn bản đã thay đổi sau lúc trả lời; đoạn trích không còn ở vị trí cũ.", "warn") \
            if start >= 0 else ""
        return f'<div class="doc-view">{head}{note}<div class="doc-text">{escape(t)}</div></div>'
    if not start <= qs <= qe <= end:
        qs = qe = start
    inner = escape(t[start:qs]) + "<mark>" + escape(t[qs:qe]) + "</mark>" + escape(t[qe:end])
    return (f'<div class="doc-view">{head}<div class="doc-text">{escape(t[:start])}<span id="cited" class="cited">'
            f'{inner}</span>{escape(t[end:])}</div></div>')


def documents_table(docs) -> str:
    """Every document with its number and date — or a plain "không ghi số" — and a remove button."""
    def none(what: str) -> str:
        return f'<span class="none">{what}</span>'
    rows = []
    for source in sorted(docs, key=lambda s: human_label(docs[s]).lower()):
        d = docs[source]
        label = human_label(d)
        rows.append(
            f'<tr><th scope="row"><span title="Tệp: {escape(source)}">{escape(label)}</span></th>'
            f'<td>{escape(number_label(d)) or none("không ghi số")}</td>'
            f'<td>{escape(date_label(d.date)) or none("không ghi ngày")}</td>'
            f'<td>{escape(d.issuer) or none("không ghi")}</td>'
            f'<td>{escape(clip(d.display_title, 160))}</td>'
            f'<td><button type="button" class="remove-doc" data-remove="{escape(source)}" '
            f'aria-label="Gỡ “{escape(label)}” khỏi kho">Gỡ khỏi kho</button></td></tr>')
    if not rows:
        return message("Kho chưa có văn bản nào. Bấm “Chọn tệp để thêm vào kho” để thêm.")
    return (f'<p>{len(rows)} văn bản trong kho.</p><div class="tbl-wrap"><table class="kg-table docs"><thead><tr>'
            '<th>Văn bản</th><th>Số, ký hiệu</th><th>Ngày ban hành</th><th>Cơ quan ban hành</th><th>Trích yếu</th>'
            f'<th>Thao tác</th></tr></thead><tbody>{"".join(rows)}</tbody></table></div>')


def doc_choices(docs) -> list[tuple[str, str]]:
    """(label, source) for the filter, by label."""
    return sorted(((human_label(docs[s]), s) for s in docs), key=lambda x: x[0].lower())

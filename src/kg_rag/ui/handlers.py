"""What the page's buttons do, as plain functions of (rag or snapshot, inputs) -> HTML or data, so
they are tested without a browser. Engine errors are turned into Vietnamese here (i18n.py).

Each request takes one snapshot and uses it for the answer and for naming its sources.
"""
from __future__ import annotations

import base64
import logging
import secrets
import time

from .. import answer as answer_stage
from ..directives.assignments import who_what
from ..directives.outline import OutlineRefused, build_outline
from ..errors import BadInput, KgRagError
from ..types import Answer
from . import webview
from .chatview import Turn
from .export import DOCX_MIME, Results, answer_docx, outline_docx, who_what_docx
from .i18n import GENERIC, vi_error
from .tabsview import outline_html, who_what_html

log = logging.getLogger(__name__)
HISTORY = 4                 # earlier questions a follow-up may lean on


def ask_json(rag, question) -> dict:
    """The /ask API: one question in, the Answer JSON (docs/contracts.md) out; a question that
    cannot be asked is an ungrounded answer saying why, in Vietnamese."""
    try:
        return rag.ask(question).to_dict()
    except BadInput as e:
        return Answer(question if isinstance(question, str) else "", vi_error(e), False).to_dict()


def history_of(turns: list[Turn]) -> list[str]:
    """The questions a follow-up may refer to: the last answered ones, oldest first."""
    return [t.question for t in turns if t.answer is not None and t.answer.grounded][-HISTORY:]


def chat_turn(snap, question: str, turns: list[Turn] | None = None, sources=None) -> Turn:
    """One chat turn on one snapshot: the answer (timed), its sources' labels and cards."""
    turn = Turn(secrets.token_hex(6), " ".join((question or "").split()))
    t0 = time.perf_counter()
    try:
        ans = answer_stage.answer_question(snap, question, sources=set(sources) if sources else None,
                                           history=history_of(turns or []) or None)
    except KgRagError as e:
        turn.message = vi_error(e)
        return turn
    except Exception:                                   # never a traceback on the page
        log.exception("answering %r failed", question)
        turn.message = GENERIC
        return turn
    turn.engine_ms = (time.perf_counter() - t0) * 1000
    turn.answer = ans
    docs = snap.documents
    turn.labels = {c.source: webview.label_of(docs, c.source) for c in ans.citations}
    turn.cards = webview.turn_sources(ans, docs, turn.id, turn.question)
    return turn


def who_what_view(rag, results: Results, directive: str) -> str:
    """The who-what table of a directive, with its own cards; a Vietnamese message otherwise."""
    snap = rag.snapshot()
    try:
        result = who_what(snap, directive)
    except KgRagError as e:
        return webview.message(vi_error(e), "warn")
    token = results.put("who-what", (result, {s: snap.meta(s) for s in snap.documents}))
    return who_what_html(result, snap.documents, token)


def outline_refusal(e: OutlineRefused, snap) -> str:
    said = f" (chỉ {e.passages} đoạn nhắc tới)" if e.passages else ""
    near = "".join(f"<li>{webview.escape(webview.label_of(snap.documents, s))}</li>" for s in e.nearest
                   if s in snap.documents)
    return (f'<div class="kg-warn" role="alert">Không văn bản nào trong kho bàn về “{webview.escape(e.topic)}”'
            f'{said}, nên không soạn được đề cương có trích dẫn. Thử chủ đề khác — ví dụ tên một văn bản chỉ '
            'đạo như “Kết luận 69” — hoặc thêm văn bản ở thẻ “Văn bản”.</div>'
            + (f'<p>Văn bản gần nhất:</p><ul class="doc-list">{near}</ul>' if near else ""))


def outline_view(rag, results: Results, topic: str) -> str:
    """The cited outline of a topic with its own cards; a refusal naming the nearest documents."""
    snap = rag.snapshot()
    try:
        result = build_outline(snap, topic)
    except OutlineRefused as e:
        return outline_refusal(e, snap)
    except KgRagError as e:
        return webview.message(vi_error(e), "warn")
    return outline_html(result, results.put("outline", result))


def export_docx(results: Results, token: str) -> dict:
    """"Tải Word": the .docx of an answer, table or outline, base64 for the browser to save."""
    item = results.get(str(token or ""))
    if item is None:
        return {"error": "Không còn dữ liệu để xuất (trang đã mở quá lâu hoặc máy chủ vừa khởi động lại). "
                         "Hỏi lại hoặc bấm lại nút xem rồi tải."}
    kind, payload = item
    try:
        if kind == "answer":
            name, data = answer_docx(payload)
        elif kind == "who-what":
            name, data = who_what_docx(*payload)
        else:
            name, data = outline_docx(payload)
    except KgRagError as e:
        return {"error": vi_error(e)}
    return {"name": name, "mime": DOCX_MIME, "data": base64.b64encode(data).decode("ascii")}


def open_document(rag, args) -> dict:
    """The viewer: the whole document at the cited paragraph. `args` = [source, start, end,
    quote start, quote end, passage digest] from the card's button."""
    try:
        source, start, end, qs, qe, digest = (list(args) + [""] * 6)[:6]
        start, end, qs, qe = (int(x) for x in (start, end, qs, qe))
    except (TypeError, ValueError):
        return {"html": webview.message("Không mở được văn bản này.", "warn")}
    docs = rag.snapshot().documents
    if source not in docs:
        return {"html": webview.message("Văn bản này không còn trong kho (có thể đã được gỡ).", "warn")}
    return {"html": webview.document_html(docs[source], start, end, qs, qe, str(digest))}

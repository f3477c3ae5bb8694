"""The chat transcript as HTML, from plain data (no gradio here).

Answers are text quoted from documents, so they are *text*: escaped, never Markdown or HTML —
nothing from a document can become a link, an image or markup. `[n]` becomes a button that
opens source card n in place. A who-what answer ("Actor:" lines, then "- task [n]" lines, under
"Theo <document>:" lines) becomes a compact table, a task shared by several bodies listed once
for the group. Whatever does not fit in BUDGET characters goes under "Xem đầy đủ".
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from html import escape

BUDGET = 2500                      # characters of answer shown before "Xem đầy đủ"
_MARK = re.compile(r"\[(\d{1,3})\]")
_MARKS_AT_END = re.compile(r"(?:\s*\[\d{1,3}\])+\s*$")


@dataclass
class Turn:
    """One question and its answer, as shown (labels and cards fixed when it was answered)."""
    id: str
    question: str
    answer: object = None          # types.Answer, or None when the question could not be asked
    message: str = ""              # the Vietnamese message when there is no answer
    engine_ms: float = 0.0
    labels: dict = field(default_factory=dict)     # source -> human label
    cards: str = ""                # the sources-panel section of this turn (webview.turn_sources)


def cite_buttons(text_html: str, scope: str) -> str:
    """'… [2]' (already escaped) -> a button that opens card 2 of `scope`."""
    return _MARK.sub(lambda m: f'<button type="button" class="cite" data-n="{m.group(1)}" data-scope="{scope}" '
                               f'aria-label="Xem nguồn {m.group(1)}">[{m.group(1)}]</button>', text_html)


def _t(text: str, scope: str) -> str:
    return cite_buttons(escape(text), scope)


# -- who-what answers -----------------------------------------------------------------------------

@dataclass
class Row:
    actors: list[str]
    tasks: list[str]
    header: str = ""               # a "Theo Kế hoạch …" row spans the table


def who_rows(text: str) -> list[Row] | None:
    """Rows of a who-what answer's text, or None when it does not have that shape. Tasks repeated
    under several bodies of one document are listed once, for the bodies together."""
    blocks: list[tuple[str, list[tuple[str, list[str]]]]] = [("", [])]
    actor = None
    for line in (x.strip() for x in text.splitlines()):
        if not line:
            continue
        if line.startswith(("- ", "• ", "+ ")):
            if actor is None:
                return None
            actor[1].append(line[2:].strip())
        elif line.endswith(":") and line.startswith("Theo "):
            blocks.append((line[:-1], []))
            actor = None
        elif line.endswith(":"):
            actor = (line[:-1], [])
            blocks[-1][1].append(actor)
        else:
            blocks.append((line, []))                 # a free sentence: a full-width row
            actor = None
    if not any(actors for _, actors in blocks):
        return None
    rows: list[Row] = []
    for header, actors in blocks:
        if header:
            rows.append(Row([], [], header))
        owners: dict[str, list[str]] = {}             # task (without its [n]) -> bodies, in order
        shown: dict[str, str] = {}
        for name, tasks in actors:
            for t in tasks:
                key = _MARKS_AT_END.sub("", t)
                owners.setdefault(key, [])
                if name not in owners[key]:
                    owners[key].append(name)
                shown.setdefault(key, t)
        groups: dict[tuple, Row] = {}
        for key, names in owners.items():
            row = groups.get(tuple(names))
            if row is None:
                row = groups[tuple(names)] = Row(list(names), [])
                rows.append(row)
            row.tasks.append(shown[key])
    return rows


def _row_html(r: Row, scope: str) -> str:
    if r.header:
        return f'<tr class="grp"><td colspan="2">{_t(r.header, scope)}</td></tr>'
    who = "<br>".join(escape(x) for a in r.actors for x in a.split("; "))
    tasks = "".join(f"<li>{_t(t, scope)}</li>" for t in r.tasks)
    return f"<tr><th scope=\"row\">{who}</th><td><ul>{tasks}</ul></td></tr>"


def _row_len(r: Row) -> int:
    return len(r.header) + sum(map(len, r.actors)) + sum(map(len, r.tasks))


def _table(rows: list[Row], scope: str) -> str:
    body = "".join(_row_html(r, scope) for r in rows)
    return ('<div class="tbl-wrap"><table class="kg-table ww"><thead><tr><th>Cơ quan, đơn vị</th>'
            f'<th>Nhiệm vụ</th></tr></thead><tbody>{body}</tbody></table></div>')


def _split(items: list, size) -> tuple[list, list]:
    used = 0
    for i, it in enumerate(items):
        used += size(it)
        if used > BUDGET and i > 0:
            return items[:i], items[i:]
    return items, []


def _more(rest_html: str, n: int, what: str) -> str:
    return (f'<details class="more"><summary>Xem đầy đủ (thêm {n} {what})</summary>{rest_html}</details>'
            if rest_html else "")


def answer_body(text: str, kind: str, scope: str) -> str:
    """The answer's HTML: a who-what table, or paragraphs and bullet lists; the part beyond
    BUDGET characters folded under "Xem đầy đủ"."""
    rows = who_rows(text) if kind == "who-what" else None
    if rows:
        shown, rest = _split(rows, _row_len)
        return _table(shown, scope) + _more(_table(rest, scope) if rest else "", len(rest), "dòng")
    lines = [x.strip() for x in text.splitlines() if x.strip()]
    shown, rest = _split(lines, len)
    return _lines(shown, scope) + _more(_lines(rest, scope) if rest else "", len(rest), "ý")


def _lines(lines: list[str], scope: str) -> str:
    out, items = [], []
    for line in lines + [""]:
        if line.startswith(("- ", "• ", "+ ")):
            items.append(f"<li>{_t(line[2:], scope)}</li>")
            continue
        if items:
            out.append("<ul>" + "".join(items) + "</ul>")
            items = []
        if line:
            out.append(f"<p>{_t(line, scope)}</p>")
    return "".join(out)


# -- the transcript -------------------------------------------------------------------------------

def plain_text(turn: Turn) -> str:
    """What "Chép" copies: the question, the answer with its [n], and the numbered sources."""
    a = turn.answer
    if a is None:
        return f"Hỏi: {turn.question}\n\n{turn.message}\n"
    lines = [f"Hỏi: {turn.question}", "", a.answer.strip(), ""]
    if a.citations:
        lines.append("Nguồn:" if a.grounded else "Các đoạn gần nhất (không trả lời được câu hỏi):")
        for c in a.citations:
            label = turn.labels.get(c.source) or c.doc_title
            lines.append(f"[{c.n}] {label} — mục {c.section or 'phần mở đầu'}: “{c.quote}”")
    return "\n".join(lines) + "\n"


def turn_html(turn: Turn, pending: bool = False) -> str:
    q = f'<div class="msg user"><div class="who">Câu hỏi</div><p>{escape(turn.question)}</p></div>'
    if pending:
        return (f'<div class="turn" data-turn="{turn.id}">{q}<div class="msg bot pending" role="status">'
                '<p>Đang tìm trong các văn bản…</p></div></div>')
    a = turn.answer
    if a is None:
        body, cls, tools = f'<p class="kg-warn">{escape(turn.message)}</p>', "error", ""
    else:
        body = answer_body(a.answer, a.kind, turn.id)
        cls = "grounded" if a.grounded else "refusal"
        tools = ('<div class="tools"><button type="button" class="kg-copy">Chép câu trả lời</button>'
                 f'<button type="button" class="kg-word" data-token="{turn.id}">Tải Word</button></div>')
    plain = f'<textarea class="plain" hidden readonly>{escape(plain_text(turn))}</textarea>'
    return (f'<div class="turn" data-turn="{turn.id}">{q}<div class="msg bot {cls}" data-engine-ms="'
            f'{turn.engine_ms:.0f}"><div class="who">Trả lời</div><div class="body">{body}</div>{tools}{plain}'
            '</div></div>')


def chat_html(turns: list[Turn], pending: Turn | None = None, note: str = "") -> str:
    parts = [turn_html(t) for t in turns]
    if pending is not None:
        parts.append(turn_html(pending, pending=True))
    if note:
        parts.append(f'<div class="kg-note" role="status">{escape(note)}</div>')
    if not parts:
        parts.append('<div class="kg-empty">Đặt câu hỏi về các văn bản trong kho. Mỗi câu trả lời trích nguyên '
                     'văn, có số [n] dẫn tới đoạn nguồn; không có trong văn bản thì hệ thống nói rõ.</div>')
    return f'<div class="kg-chat">{"".join(parts)}</div>'

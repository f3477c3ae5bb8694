"""HTML of the "Ai làm gì" and "Đề cương" tabs, from the engine's JSON (pure, everything escaped).

Each result carries its own numbered source cards, so an [n] opens a card on the same tab. The
who-what table lists a task shared by several bodies once, for the group (`members`, or the same
passage quoted under several actors), with role, partners and deadline when the data has them.
"""
from __future__ import annotations

from html import escape

from ..documents.labels import clip, human_label
from .chatview import cite_buttons
from .webview import VIEWER, card, label_of

RELATION = {"implements": "thực hiện", "guides": "hướng dẫn thực hiện", "cites": "dẫn chiếu"}


def _tools(token: str) -> str:
    return (f'<div class="tools"><button type="button" class="kg-word" data-token="{escape(token)}">Tải Word'
            '</button></div>')


class Numbering:
    """Citation numbers of a who-what result, one per quoted passage."""

    def __init__(self):
        self.items: list[dict] = []
        self.index: dict[tuple, int] = {}

    def n(self, cit: dict) -> int:
        key = (cit.get("source"), cit.get("start"), cit.get("quote"))
        if key not in self.index:
            self.items.append(cit)
            self.index[key] = len(self.items)
        return self.index[key]


def who_groups(result: dict) -> list[tuple[str, list[tuple[list[str], list[dict]]]]]:
    """[(source, [(bodies, tasks)])]: per document, rows of bodies sharing the same tasks."""
    per_doc: dict[str, dict[tuple, dict]] = {}
    for a in result.get("assignments") or []:
        actor = a.get("actor", "")
        for t in a.get("tasks") or []:
            cit = t.get("citation") or {}
            src = cit.get("source") or a.get("source", "")
            key = (cit.get("start"), cit.get("quote") or t.get("text"))
            entry = per_doc.setdefault(src, {}).setdefault(key, {"task": t, "actors": []})
            if actor not in entry["actors"]:
                entry["actors"].append(actor)
    out = []
    for src, tasks in per_doc.items():
        rows: dict[tuple, tuple[list[str], list[dict]]] = {}
        for e in tasks.values():
            k = tuple(e["actors"])
            rows.setdefault(k, (e["actors"], []))[1].append(e["task"])
        out.append((src, list(rows.values())))
    return out


def _members(result: dict) -> dict[str, list[str]]:
    return {a.get("actor", ""): list(a["members"]) for a in result.get("assignments") or [] if a.get("members")}


def _task_html(t: dict, n: int, scope: str) -> str:
    bits = []
    if t.get("role"):
        bits.append(f'<span class="tag">{escape(t["role"])}</span>')
    if t.get("partners"):
        bits.append(f'<span class="tag">phối hợp: {escape("; ".join(t["partners"]))}</span>')
    if t.get("deadline"):
        bits.append(f'<span class="tag due">thời hạn: {escape(t["deadline"])}</span>')
    return f'<li>{escape(t.get("text", ""))} {"".join(bits)} {cite_buttons(f"[{n}]", scope)}</li>'


def who_what_html(result: dict, docs, token: str) -> str:
    """The directive, the documents that carry it out, then body → tasks, cited, with its cards."""
    scope = f"ww-{token}"
    d = result.get("directive") or {}
    head = f'<h3>{escape(human_label(d))}</h3>'
    if d.get("issuer") or d.get("title"):
        head += f'<p class="src-meta">{escape(d.get("issuer", ""))} — {escape(clip(d.get("title", ""), 220))}</p>'
    docs_list = "".join(f'<li><span title="Tệp: {escape(x.get("source", ""))}">{escape(label_of(docs, x.get("source", "")))}'
                        f'</span> ({escape(RELATION.get(x.get("relation", ""), x.get("relation", "")))}'
                        f'{" qua " + escape(", ".join(x["via"])) if x.get("via") else ""})</li>'
                        for x in result.get("documents") or [])
    head += f'<p>Văn bản triển khai:</p><ul class="doc-list">{docs_list}</ul>' if docs_list else ""
    numbers, members, rows = Numbering(), _members(result), []
    for src, groups in who_groups(result):
        rows.append(f'<tr class="grp"><td colspan="2">Theo {escape(label_of(docs, src))}</td></tr>')
        for actors, tasks in groups:
            who = "<br>".join(escape(x) for a in actors for x in a.split("; "))
            # (members the name already spells out — "Ủy ban MTTQ và các đoàn thể …" — are not repeated)
            extra = [m for a in actors if "; " not in a for m in members.get(a, []) if m.lower() not in a.lower()]
            if extra:
                who += f'<div class="src-meta">Gồm: {escape("; ".join(extra))}</div>'
            items = "".join(_task_html(t, numbers.n(t.get("citation") or {}), scope) for t in tasks)
            rows.append(f'<tr><th scope="row">{who}</th><td><ul>{items}</ul></td></tr>')
    if not numbers.items:
        return (f'<div class="kg-scope">{head}<div class="kg-empty">Các văn bản triển khai không ghi phân công '
                'cụ thể (ai làm gì) cho văn bản này.</div></div>')
    cards = "".join(f"<li>{card(i, scope, c.get('source', ''), label_of(docs, c.get('source', '')), c.get('section', ''), c.get('text', ''), c.get('quote', ''), int(c.get('start', 0)))}</li>"
                    for i, c in enumerate(numbers.items, 1))
    return (f'<div class="kg-scope" data-scope="{scope}">{head}{_tools(token)}<div class="tbl-wrap"><table '
            'class="kg-table ww"><thead><tr><th>Cơ quan, đơn vị</th><th>Nhiệm vụ (trích nguyên văn)</th></tr>'
            f'</thead><tbody>{"".join(rows)}</tbody></table></div><h4>Nguồn trích dẫn</h4>'
            f'<ol class="src-list">{cards}</ol>{VIEWER}</div>')


def outline_html(result: dict, token: str) -> str:
    """The outline, points with [n], then its sources as a numbered list of cards."""
    scope = f"ol-{token}"
    parts = [f"<h3>{escape(result.get('title') or result.get('topic', ''))}</h3>",
             '<p class="src-meta">Bản nháp: mỗi ý trích nguyên văn từ văn bản nguồn, số [n] dẫn tới nguồn.</p>',
             _tools(token)]
    for s in result.get("sections") or []:
        parts.append(f"<h4>{escape(s.get('heading', ''))}</h4><ol>")
        for p in s.get("points") or []:
            marks = " ".join(f"[{int(n)}]" for n in p.get("citations") or [])
            parts.append(f"<li>{escape(p.get('text', ''))} {cite_buttons(marks, scope)}</li>")
        parts.append("</ol>")
    cites = result.get("citations") or []
    if cites:
        parts.append('<h4>Nguồn trích dẫn</h4><ol class="src-list">')
        for c in cites:
            label = c.get("doc_label") or human_label({"type": c.get("doc_type"), "number": c.get("doc_number"),
                                                         "issuer": c.get("doc_issuer"), "date": c.get("doc_date"),
                                                         "title": c.get("doc_title")})
            qs = c.get("quote_start") if c.get("start", 0) <= c.get("quote_start", -1) <= c.get("end", -1) else None
            parts.append(f"<li value=\"{int(c.get('n', 0))}\">" + card(int(c.get("n", 0)), scope, c.get("source", ""),
                         label, c.get("section", ""), c.get("text", ""), c.get("quote", ""), int(c.get("start", 0)), qs)
                         + "</li>")
        parts.append("</ol>")
    return f'<div class="kg-scope" data-scope="{scope}">{"".join(parts)}{VIEWER}</div>'

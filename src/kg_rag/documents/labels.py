"""How a person names a document: "Hướng dẫn 171-HD/BTGTU, 26/4/2024" — never its file name.

Pure functions of a document's metadata (a `Document`, or a dict with the same keys such as
`Snapshot.meta(source)` or a who-what "directive"), shared by the page, the Word exports and any
engine message that names a document:

* with a number:            "<type> <number>, <date>"          "Kế hoạch 31-KH/BTGĐUK, 05/01/2023"
* without one:              "<type> của <issuer>, <date>"      "Kế hoạch của Sở Khoa học và Công nghệ, tháng 01/2024"
* neither number nor date:  the trích yếu is added, cut at a word, to tell documents apart
                            "Hướng dẫn của Ban Tuyên giáo Huyện ủy — công tác khoa giáo năm 2024"
"""
from __future__ import annotations

import re
from collections.abc import Mapping

TOPIC_CHARS = 60          # the trích yếu added to a label without number and date
_FULL = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_MONTH = re.compile(r"^\.*/(\d{1,2})/(\d{4})$")
_YEAR = re.compile(r"^\.*/\.*/(\d{4})$")


def _get(doc, key: str) -> str:
    v = doc.get(key) if isinstance(doc, Mapping) else getattr(doc, key, "")
    return " ".join(str(v).split()) if v else ""


def clip(text: str, limit: int) -> str:
    """`text` on one line, cut with "…" when longer: at a "," or ";" in its second half, else at
    a word boundary — never inside a word."""
    text = " ".join((text or "").split())
    if len(text) <= limit:
        return text
    head = text[:limit + 1]
    comma = max(head.rfind(", "), head.rfind("; "))
    cut = head[:comma] if comma > limit // 2 else head.rsplit(" ", 1)[0]
    cut = cut.rstrip(" ,;:–-")
    return (cut or text[:limit]) + "…"


def date_label(date: str) -> str:
    """"05/01/2023" as written; a partial date as people say it: "../01/2024" -> "tháng 01/2024",
    "../../2024" -> "năm 2024"; "" when the document has none."""
    d = "".join((date or "").split())
    if not d:
        return ""
    if _FULL.match(d):
        return d
    if m := _MONTH.match(d):
        return f"tháng {m.group(1)}/{m.group(2)}"
    if m := _YEAR.match(d):
        return f"năm {m.group(1)}"
    return d.replace("..", "").strip("/") or ""


def number_label(doc) -> str:
    """The document's number and symbol ("31-KH/BTGĐUK"), or "" when the document has none. A
    who-what "directive" carries it as `id` ("69-KL/TW") beside the bare `number` ("69")."""
    number, ident = _get(doc, "number"), _get(doc, "id")
    return ident if ident and (not number or number in ident) else number


def human_label(doc) -> str:
    """The words an officer uses for a document (see module doc)."""
    kind = _get(doc, "type") or "Văn bản"
    number, issuer, date = number_label(doc), _get(doc, "issuer"), date_label(_get(doc, "date"))
    if number:
        head = f"{kind} {number}"
    elif issuer:
        head = f"{kind} của {issuer}"
    else:
        head = kind
    label = f"{head}, {date}" if date else head
    if not number and not date:
        topic = _get(doc, "title")
        if topic and kind and topic.lower().startswith(kind.lower()):
            topic = topic[len(kind):].strip()
        if topic:
            label += " — " + clip(topic, TOPIC_CHARS)
        elif not issuer:
            label = _get(doc, "source") or label
    return label

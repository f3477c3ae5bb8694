"""Whether one passage can hold the kind of answer a question asks for — a number of the thing
counted, a date, a day, a place, a person, a contact, a document's number — read off the passage's
text (a table row with its column names). Pure functions; answer/signals.py asks them of the
passages retrieved."""
from __future__ import annotations

import re

from ..search.retrieve import Query
from ..text.genre import expand_abbreviations
from ..text.letters import capitals
from ..text.normalize import fold
from .asked_detail import (MEETING_CHAIR, asks_contact, asks_duration, asks_email, asks_hour, asks_link, asks_members, asks_names, asks_number,
                           asks_person, holds_contact, holds_duration, holds_hour, holds_link, holds_members, holds_names, holds_number,
                           holds_person, holds_title)
from .asked_type import asked_quantity
from .asked_when import asks_day, asks_place, asks_source, asks_when, holds_day, holds_place, holds_source, holds_when
from .narrowed import holds_narrowed


def holds(kind: str, title: str | None, text: str, qualifier: tuple[str, ...] = (), question: str = "",
          target: bool = False, places: tuple[str, ...] = (), years: tuple[str, ...] = (), heading: str = "") -> bool:
    """Whether a passage's text can hold the kind of answer asked for (asked_type.py): a number of
    the thing counted, with the words that narrow it in the same sentence (or, for a figure per
    unit, its `heading`: "1. Phòng GD&ĐT các huyện" › "… tối đa 05 sản phẩm")."""
    folded = fold(expand_abbreviations(text, keep=False))       # "02 trường THCS" counts "trường trung học cơ sở"
    folded = _SQUARE_METRES.sub(" met vuong", folded)            # "bao nhiêu mét vuông": "12 m²"
    folded = _METRES.sub(" met", folded)                         # "sâu bao nhiêu mét": "5 m"
    if kind == "when":
        return holds_when(folded)
    if kind == "day":
        return holds_day(folded)
    if kind == "person":        # (or the body that chairs the meeting asked: "Hội Nhà báo tỉnh chủ trì tổ chức Hội thảo")
        return holds_person(text) and (title is None or holds_title(title, folded)) or title is None and \
            MEETING_CHAIR.search(fold(question).lower()) is not None and _BODY_CHAIRS.search(text) is not None
    if kind == "number":
        return holds_number(text, question)
    if kind == "place":         # (or under the heading "3. Địa điểm": "- Phòng họp số 3, trụ sở …")
        return holds_place(text, question) or holds_place(heading)
    if kind == "source":
        return holds_source(folded)
    if kind == "duration":
        return holds_duration(folded, question)
    if kind == "contact":       # (an e-mail asked is no phone number, nor the other way round)
        return holds_contact(text, asks_email(question))
    if kind == "link":
        return holds_link(text)
    if kind == "hour":
        return holds_hour(text, question)
    if kind == "members":
        return holds_members(text, question, heading)
    if kind == "names":
        return holds_names(text, question)
    if kind.startswith("measured "):    # (a unit the corpus never counts: a figure beside its words)
        unit = re.compile(r"(?<![a-z])" + r"\s+".join(kind.split()[1:]) + r"(?![a-z])")
        return any(unit.search(part) and _FIGURE_NO_DATE.search(part) for part in re.split(r"[.;](?!\d)|\n", folded.lower()))
    if kind == "money" and text.lstrip().startswith("|") and _BUDGET_HEAD.search(fold(heading).lower()) \
            and re.search(r"\|\s*\d", text):
        return True         # "| Ngân sách tỉnh | 22,0 | 48,5 |" under "III. KINH PHÍ THỰC HIỆN" (đơn vị: tỷ đồng)
    return holds_narrowed(kind, qualifier, question, folded, target, places, years, fold(heading).lower())


_BODY_CHAIRS = re.compile(capitals(r"(?<![\wÀ-ỹ])(?:Sở|Ban|Phòng|Hội|Trung tâm|Ủy ban|UBND|Đoàn|Văn phòng|Trường|Viện|Đài|Báo)\s[^;.:]{0,60}?\bchủ trì\s+(?:tổ chức\s+)?"
                                  r"(?i:hội nghị|hội thảo|cuộc họp|buổi|phiên họp|tọa đàm|toạ đàm|diễn đàn|lễ)"))
_FIGURE_NO_DATE = re.compile(r"(?<![\w/.,-])(?!(?:19|20)\d\d(?!\d))\d+(?:[.,]\d+)?(?![\d/])")      # (not "vụ Mùa 2023", "15/6")
_SQUARE_METRES = re.compile(r"(?<=\d)\s*m[²2](?!\w)")
_METRES = re.compile(r"(?<=\d)\s*m(?![\w²³])")
_BUDGET_HEAD = re.compile(r"\b(?:kinh phi|ngan sach|du toan|nguon von)\b")


_CHANGE_ASKED = re.compile(r"\b(?:tiet kiem|giam|tang|luong)\b(?:\s+duoc)?\s+(?:bao nhieu|may)\b")
_NOT_UNITS = ("money", "percent", "ordinal", "nguoi", "em", "ca", "vu", "truong hop")


def asks_change(question: str) -> bool:
    """ "tiết kiệm được bao nhiêu nước tưới", "giảm bao nhiêu …": a change asked of an amount."""
    return _CHANGE_ASKED.search(fold(question).lower()) is not None


def never_counted(kind: str, texts) -> bool:
    """Whether the unit of an amount asked to change (`asks_change`) is one no text (folded, lower case) writes
    after a figure: measured some other way ("lượng nước tưới giảm 24,5%"), not a thing counted (a thing
    no text counts is no answer: "bao nhiêu robot")."""
    if kind in _NOT_UNITS or kind.startswith("percent"):
        return False
    written = re.compile(r"\d\s*" + r"\s+".join(kind.split()) + r"(?![a-z])")
    return not any(written.search(t) for t in texts)


def asked_kind(query: Query) -> str | None:
    """The kind of answer the question asks for (asked_type.py), or None."""
    q = query.text
    return ("link" if asks_link(q) else None) or ("contact" if asks_contact(q) else None) or ("hour" if asks_hour(q) else None) or \
        ("duration" if asks_duration(q) else None) or \
        asked_quantity(q) or ("day" if asks_day(q) else None) or ("when" if asks_when(q) else None) or \
        ("members" if asks_members(q) else None) or ("person" if asks_person(q) else None) or \
        ("number" if asks_number(q) else None) or ("names" if asks_names(q) else None) or ("place" if asks_place(q) else None) or \
        ("source" if asks_source(q) else None)


def _unplanned(name: str) -> str:
    """A column's name without "Chỉ tiêu", "Kế hoạch": a column of indicators or of planned figures sets no target."""
    return re.sub(r"(?i)\b(?:chỉ tiêu|mục tiêu|kế hoạch|phấn đấu)\b", "", name)


def columns(context: str) -> str:
    """A table row's column names, from its context ("… | Khối; Số lớp; Tỷ lệ …"), as one clause."""
    return _unplanned(context.rsplit(" | ", 1)[-1].replace(";", ",")) if " | " in context else ""


def row_text(text: str, context: str) -> str:
    """A table row read with its column names, each cell after its own ("| 3 | Tân Kon | 198 | 24 |"
    under "STT; Phường; Số tin bài; Số buổi" -> "STT: 3, Phường: Tân Kon, Số tin bài: 198, Số buổi: 24");
    the row and all the names after it when the cells and the names do not pair up."""
    cells = [c.strip(" *") for c in text.strip().strip("|").split("|")]
    names = context.rsplit(" | ", 1)[-1].split(";") if " | " in context else []
    if len(names) != len(cells) or len(cells) < 2:
        return text.rstrip() + " " + columns(context)
    # (a column named only "Chỉ tiêu" over a figure is the quota counted: "Chỉ tiêu: 45"; over names, indicators)
    return ", ".join(f"{(n if _FIGURE.fullmatch(c) and not _UNIT.sub('', _unplanned(n)).strip() else _unplanned(n)).strip()}: {_united(c, n)}"
                     for n, c in zip(names, cells))


def _united(cell: str, name: str) -> str:
    """A cell's labelled figures with the unit its column's name gives ("Tổng số: 740 Ngân sách tỉnh: 480"
    under "Kinh phí (triệu đồng)" -> "Tổng số: 740 triệu đồng Ngân sách tỉnh: 480 triệu đồng")."""
    unit = _UNIT.findall(name)
    if _FIGURE.fullmatch(cell) or not unit or not _LABELLED.search(cell):
        return cell
    return _LABELLED.sub(lambda m: f"{m.group(0)} {unit[-1].strip('() ')}", cell)


_FIGURE, _UNIT = re.compile(r"[\d.,]+"), re.compile(r"\(.*?\)")
_LABELLED = re.compile(capitals(r"(?<=:)\s*\d[\d.,]*(?![\d.,])(?!\s*%)(?!\s*[^\W\d_](?<![A-ZĐÀ-Ỹ]))"))   # ": 740" (not ": 740 ha", ": 60%"; a next label is capitalised)

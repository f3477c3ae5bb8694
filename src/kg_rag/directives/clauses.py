"""Bodies named elsewhere than at an item's start: a clause that asks another body ("…; đề nghị Ủy
ban Mặt trận tỉnh vận động …", "… chỉ đạo Sở X đưa …"), a closing sentence naming who carries the
item out ("… . Phòng Kế hoạch - Tài chính chủ trì, phối hợp với … thực hiện."), and those a công
văn's requests are asked of (its lead, or its addressees)."""
from __future__ import annotations

import re

from ..types import Block, Document
from .actors import ACTOR_START, clean_actor, split_actor

_DIRECTS = re.compile(r"(?<![\wÀ-ỹ])(?:[Cc]hỉ đạo|[Ll]ãnh đạo|giao)\s+(?=[A-ZĐÀ-Ỹ]|(?:các\s+)?(?:công chức|cán bộ|giáo viên|trường|phòng|đơn vị)\s)")
# a body charged inside a sentence about more ("…, trong đó Trạm Y tế xã có trách nhiệm …"), not a share of money
# ("…, trong đó Sở Khoa học và Công nghệ hỗ trợ 120 triệu đồng")
_WITHIN = re.compile(r"[,;]\s+trong đó\s+(?=[A-ZĐÀ-Ỹ])")
_CHARGED = re.compile(r"\s*,?\s*(?:có trách nhiệm|chịu trách nhiệm|chủ trì|phụ trách|làm đầu mối|là cơ quan|được giao)")
# (or doing a thing of its own, when the clause gives no sum: "…, trong đó Huyện đoàn thành lập ít nhất 08 đội …")
_ACTS = re.compile(r"\s*(?:thành lập|tổ chức|xây dựng|vận động|triển khai|hướng dẫn|rà soát|kiểm tra|tập huấn|lắp đặt|cài đặt)(?![\wÀ-ỹ])")
_SUM = re.compile(r"\d\s*(?:triệu|tỷ|nghìn)?\s*đồng")
_CUED = re.compile(r"[;.]\s+(?:(?P<cue>đề nghị|Đề nghị|giao|Giao|yêu cầu|Yêu cầu)\s+|(?P<cap>(?=[A-ZĐÀ-Ỹ])))")


def cued_clauses(text: str) -> list[tuple[str, int]]:
    """Bodies a later clause of an item assigns work to — "…; đề nghị X …", "… . Tỉnh đoàn phát
    động …; Hội Nông dân tỉnh xây dựng …", "… chỉ đạo Sở X đưa …" (the body directed does the
    work; its task is quoted from "chỉ đạo") —: (actor, where its task starts)."""
    out = []
    for m in _CUED.finditer(text):
        at = m.start("cue") if m.group("cue") else m.end()
        clause = text[at].upper() + text[at + 1:]
        if (got := split_actor(clause)) is not None and got[1] > 0:
            out.append((got[0], at + got[1]))
    for m in _WITHIN.finditer(text):     # "…, trong đó Trạm Y tế xã có trách nhiệm giám sát …": from its name on
        if (got := split_actor(text[m.end():])) is not None and got[0] not in (a for a, _ in out) and (
                _CHARGED.match(text, m.end() + got[1]) or _ACTS.match(text, m.end() + got[1]) and not _SUM.search(re.split(r"[;.](?!\d)", text[m.end():])[0])):
            out.append((got[0], m.end()))
    for m in _DIRECTS.finditer(text):
        clause = text[m.end()].upper() + text[m.end() + 1:]
        if (got := split_actor(clause)) is not None and got[1] > 0 and got[0] not in (a for a, _ in out):
            out.append((got[0], m.start()))
    return out


_CLOSING_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-ZĐÀ-Ỹ])")


def closing_actor(text: str) -> tuple[str, int] | None:
    """A later sentence of an item that names who carries it out: (actor, where that sentence
    starts) — only when the sentence is about carrying out ("chủ trì", "thực hiện", "phối hợp");
    or the item said to be carried out by a body ("Tiểu ban 1: …, do Khoa Công nghệ thông tin chủ
    trì"): (actor, where "do" starts)."""
    for m in _CLOSING_SENTENCE.finditer(text):
        tail = text[m.end():]
        got = split_actor(tail)
        if got and re.match(r"\s*,?\s*(?:chủ trì|thực hiện|phối hợp|là cơ quan|chịu trách nhiệm|tham mưu)", tail[got[1]:]):
            return got[0], m.end()
    for m in _BY.finditer(text):
        got = split_actor(text[m.end():])
        if got and re.match(r"\s*(?:chủ trì|phụ trách|điều hành|đảm nhiệm)", text[m.end() + got[1]:]):
            return got[0], m.start()
    return None


_BY = re.compile(r",?\s+do\s+(?=[A-ZĐÀ-Ỹ])")


# "… đề nghị Hiệu trưởng các trường thực hiện một số nội dung sau:" (a công văn's lead)
_ASKED_OF = re.compile(r"(?i:đề nghị)\s+(?P<who>[^,.;:]{3,120}?)\s+(?i:triển khai thực hiện|thực hiện|triển khai|quan tâm, chỉ đạo|chỉ đạo)"
                       r"\s+(?:tốt\s+)?(?:một số |các |những )?(?:nội dung|việc|nhiệm vụ|công việc|yêu cầu)")
# a point that states a fact under its label ("3. Quy mô: 160 gian hàng …", "Thời gian, địa điểm: …"), no request
# (unless it sets a deadline: "7. Thời hạn báo cáo: bản mềm … trước 16h00 ngày 10/4/2026")
_LABELLED = re.compile(r"^[^:;.,]{2,25}(?:, [^:;.,]{2,25})?:\s")


def requests_of(doc: Document):
    """For a công văn, a function giving whom a point (block, its text after the label) that names no
    body is asked of: the body its lead names ("… đề nghị Hiệu trưởng các trường thực hiện một số nội
    dung sau:"), else those it is addressed to ("Kính gửi: …") — None for a point that names its body,
    states a fact under a label, or stands after the signature (an attached form's lines). The lead
    and the signature are read once per document; for any other document, a function giving None."""
    items = [x.start for x in doc.blocks if x.kind == "item"]
    if doc.type != "Công văn" or not doc.addressees or not items:
        return lambda b, rest: None
    lead = doc.text[:items[0]][-1500:]
    who = next((clean_actor(w) for m in reversed(list(_ASKED_OF.finditer(lead))) if ACTOR_START.match(w := m.group("who"))), None)
    to = (who,) if who else doc.addressees
    tail = min((x.start for x in doc.blocks if x.kind in ("signature", "recipients")), default=len(doc.text))

    def asked(b: Block, rest: str) -> tuple[str, ...] | None:
        if b.kind != "item" or ACTOR_START.match(rest) or _LABELLED.match(rest) and not re.search(r"\b(?:trước|chậm nhất)\b", rest) \
                or closing_actor(rest) is not None or tail < b.start:
            return None
        return to
    return asked


# under a Party body's name, "- Lãnh đạo Ủy ban nhân dân huyện xây dựng …" is that body's own work: no actor named
LEADS = re.compile(r"^(?:Lãnh đạo|Chỉ đạo)\s")


def name_only(rest: str) -> bool:
    """A body's name standing alone over a paragraph ("Mặt trận Tổ quốc và các đoàn thể"): no task."""
    return ACTOR_START.match(rest) is not None and len(rest) <= 160 and rest.rstrip()[-1:] not in (".", ";", ":") \
        and split_actor(rest) is None

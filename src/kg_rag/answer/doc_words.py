"""What a passage's document says of itself, and what one passage writes: the words a signal
(signals.py) reads beside a passage — the document's title, number, issuer and the codes its opening
names; its whole text, folded; a body's name written in one sentence; an item listed under a heading
naming the thing counted."""
from __future__ import annotations

import re

from ..snapshot import Snapshot
from ..text.genre import last_heading
from ..text.normalize import fold
from ..types import Hit
from .named import mentioned


def doc_words(doc) -> str:
    """What a passage's document says of itself: title, number, issuer, place, date, codes its opening names ("… MLT-01 …")."""
    return " ".join((doc.label, doc.title, doc.number, doc.issuer, doc.place, doc.date, *re.findall(r"(?<![\w/.-])[A-ZĐ]{1,5}-\d{1,3}\b", doc.text[:1500])))


def whole(snap: Snapshot, source: str) -> str:
    """A document's whole text, folded: a day it names anywhere ("hội thảo ngày 22/5") is of what it is about."""
    return snap.memo(("folded", source), lambda: fold(snap.documents[source].text))


def names_body(snap: Snapshot, h: Hit, body: tuple[str, ...]) -> bool:
    """Whether one sentence of a passage (with its headings and its document's own words) writes
    every word of the body's name."""
    words = lambda text: set(re.findall(r"[a-z0-9]+", fold(text).lower()))
    around = words(h.chunk.context + " " + doc_words(snap.documents[h.chunk.source]))
    return any(set(body) <= around | words(h.chunk.text[s:e]) for s, e, _ in snap.units(h))


# what directives list under a heading rather than count ("III. NHIỆM VỤ VÀ GIẢI PHÁP" / "- …")
_LISTED = {"nhiem vu", "giai phap", "noi dung", "muc tieu", "chi tieu", "hoat dong", "hinh thuc", "thanh vien",
           "yeu cau", "bien phap", "chuong trinh", "de an", "du an", "phong trao", "nhom"}


def listed(snap: Snapshot, h: Hit, kind: str, things: list[str]) -> bool:
    """ "Kế hoạch có mấy nhiệm vụ?" of a plan that lists them under "III. NỘI DUNG NHIỆM VỤ"
    without counting them: an item under a heading naming the thing counted, with its siblings."""
    if kind not in _LISTED or h.chunk.kind != "item":
        return False
    head = fold(last_heading(h.chunk.section)).lower()
    return re.search(rf"(?<!\w){re.escape(kind)}(?!\w)", head) is not None and len(snap.section_items(h.chunk)) >= 2 \
        and all(mentioned(t, fold(h.chunk.index_text + " " + doc_words(snap.documents[h.chunk.source]))) for t in things)

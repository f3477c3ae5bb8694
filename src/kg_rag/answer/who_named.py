"""Which body a who-question names among a document's actors: "Phòng GD&ĐT các huyện phải làm
gì?" names "Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố"; and whether the document gives
that body work of its own rather than only as a member of a group."""
from __future__ import annotations

import re

from ..directives.actors import actor_key
from ..directives.assignments import Assignment, names
from ..text.letters import capitals
from ..text.normalize import fold, has_diacritics


def named_actor(question: str, found: list[Assignment]) -> str | None:
    """The body the question asks about, when it names one of the actors (or group members) — also
    without the places that end its name ("Phòng GD&ĐT các huyện, thị xã" asked as "Phòng GD&ĐT
    các huyện" or "Phòng GD&ĐT"; but "UBND các xã" is not asked by "UBND huyện")."""
    q = " " + actor_key(question) + " "
    # ("Ủy ban MTTQ huyện", "Huyện đoàn" of a district's plan ask its "Ủy ban MTTQ Việt Nam huyện Nậm Xuyên",
    # "Huyện đoàn Nậm Xuyên", unless the question names a place)
    unplaced = _PLACED.search(question) is None and (has_diacritics(question) or _PLACED_F.search(fold(question)) is None)
    best, length = None, 0
    for a in found:
        for name in (a.actor, *a.members):
            k = actor_key(name)
            if unplaced and (own := re.fullmatch(r"(.+ (?:huyen|tinh|thanh pho|thi xa)(?: uy| doan)?|(?:huyen|tinh|thanh) (?:doan|uy))(?! (?:uy|doan)\b)(?: [a-z]+){1,3}", k)):
                k = own.group(1)
            lv = re.search(rf"( cac)?( {_LEVEL})(?: {_LEVEL})*$", k)
            # (and "các" before the name: "các trung tâm GDNN-GDTX huyện" asks the "Trung tâm GDNN-GDTX các huyện, …")
            for key in dict.fromkeys((k, k[:lv.start()] + (lv.group(1) or "") + lv.group(2), k[:lv.start()],
                                      *(("cac " + k[:lv.start()] + lv.group(2),) if lv and lv.group(1) else ())) if lv else (k,)):
                if len(key) > max(6, length) and _asked(f" {key} ", q) and \
                        not (lv and key == k[:lv.start()] and re.search(rf" {re.escape(key)}(?: cac)? {_LEVEL}\b", q)):
                    best, length = name, len(key)
    return best


_LEVEL = r"(?:huyen|tinh|xa|thi xa|thanh pho|quan|phuong|thi tran)"
# a place named after its level ("huyện Mường Lát", "Huyện đoàn Mường Lát"; typed plain, any word after it but a verb)
_PLACED = re.compile(capitals(r"(?<![\wÀ-ỹ])(?i:huyện|tỉnh|thành phố|thị xã|xã|phường|thị trấn|thành)(?:\s+(?i:ủy|uỷ|đoàn))?\s+[A-ZĐÀ-Ỹ]"))
_PLACED_F = re.compile(r"\b(?:huyen|tinh|thanh pho|thi xa|xa|phuong|thi tran|thanh)(?: (?:uy|doan))? "
                       r"(?!(?:phai|co|duoc|lam|can|thuc|chu|phoi|giao|de|se|va|trong|theo|la|thi|nhan|gom|uy|doan)\b)[a-z]")


def own_work(question: str, found: list[Assignment]) -> bool:
    """Whether the body the question names is given work of its own, not only as a group's member."""
    return (actor := named_actor(question, found)) is not None and any(alone(actor, a) for a in found)


def alone(actor: str, a: Assignment) -> bool:       # (a group named as such is asked on its own)
    return names(actor, a.key) and (not a.members or actor_key(actor) == a.key)


def _asked(k: str, q: str) -> bool:
    """`k` is named in `q` other than as an issuer ("HD 203 của Ban Tuyên giáo Tỉnh ủy giao …")."""
    return any(not q[:m.start() + 1].endswith((" cua ", " do ")) for m in re.finditer(re.escape(k), q))

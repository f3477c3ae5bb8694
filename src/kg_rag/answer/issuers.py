"""Which documents an issuer asked for issued — a body ("UBND huyện"), a level and a place
("cơ quan cấp huyện Kiến Mỹ": the Huyện ủy, the UBND huyện, a Phòng of the district …), the
Party ("cơ quan Đảng"), or any of several ("UBND hoặc Sở") — from the documents' metadata."""
from __future__ import annotations

import re

from ..text.genre import FOLDED_ABBREVIATIONS
from ..text.normalize import fold

# "… do UBND huyện ban hành", "… của Huyện ủy": the issuer a count or a list is narrowed to
# ("… cơ quan cấp huyện ở Phước Lâm ban hành": the place of the level asked)
BY = re.compile(r"\b(?:do|cua) (?:chinh )?(?P<body>[a-z&\s]+?(?:,\s*[a-z&\s]+?)*)(?:\s+(?:ban hanh|ky|gui|trong|nam|khong)\b"
                r"|(?<!cap tinh)(?<!cap huyen)(?<!cap xa)\s+o\b|\s*[?.!]*$)")
# the bodies of the Party: its committees and their boards
_PARTY = re.compile(r"\b(?:(?:tinh|huyen|thanh|quan|thi|dang) uy|chi bo|dang bo|ban tuyen giao|ban dan van)\b")
# what an issuer's name says of its level: "Sở …" is the province's, "Phòng …" the district's
_LEVEL = {"tinh": re.compile(r"\btinh\b|^ so\b"), "huyen": re.compile(r"\b(?:huyen|quan|thi xa)\b|^ phong\b"),
          "xa": re.compile(r"\b(?:xa|phuong|thi tran)\b")}
# "(các / một) cơ quan / đơn vị / tổ chức (của / thuộc) …": the bodies of a level or of a body, not one body so named
_BODIES = re.compile(r"^(?:(?:cac|nhung|mot) )?(?:co quan|don vi|to chuc)(?: (?:va |hoac )?(?:co quan|don vi|to chuc))*(?: (?:cua|thuoc|o|tai))? ")


def spelled(text: str) -> str:
    """A body's name folded, lower-cased, abbreviations spelled out ("UBND huyện" = "uy ban nhan dan huyen")."""
    return " ".join(fold(" ".join(FOLDED_ABBREVIATIONS.get(w, w) for w in fold(text).lower().split())).lower().split())


def issued_by(by: str, meta: dict) -> bool:
    """Whether a document (its metadata) is of the issuer asked, `by` spelled; "A hoặc B": either."""
    # ("cấp xã, phường": either level; "Sở Văn hóa, Thể thao và Du lịch": one body)
    return any(_one(" ".join(b.replace(",", " ").split()), meta) for b in re.split(r" hoac |, (?=(?:xa|phuong|thi tran|huyen|quan|thi xa)\b)", by))


def issuer_of(doc) -> dict:
    """The metadata `issued_by` reads of a document: its issuer and place."""
    return {"issuer": doc.issuer, "place": doc.place}


def asked_issuer(by: str, meta: dict) -> bool:
    """`issued_by` of a body as typed (folded, lower case), or abbreviated by the initials of its name's
    words after its head ("Trung tâm VH-TT" of "Trung tâm Văn hóa - Thể thao": an abbreviation with two readings)."""
    if issued_by(spelled(by), meta):
        return True
    m = re.fullmatch(r"\s*(?P<head>trung tam|phong|so|ban|hoi|chi cuc) (?P<abbr>[a-z]{1,3}(?:\s*[-&]\s*[a-z]{1,3})+)\s*", by)
    issuer = spelled(meta.get("issuer", ""))
    return m is not None and issuer.startswith(m["head"] + " ") and \
        "".join(w[0] for w in re.findall(r"[a-z]+", issuer[len(m["head"]):]) if w != "va") == re.sub(r"[^a-z]", "", m["abbr"])


def _one(by: str, meta: dict) -> bool:
    issuer = f' {spelled(meta.get("issuer", "").replace(",", " "))} '
    if by in ("co quan dang", "cac co quan dang", "dang", "cap uy", "cap uy dang", "to chuc dang", "cac cap uy"):
        return _PARTY.search(issuer) is not None
    if by in ("truong hoc", "nha truong", "cac truong", "truong", "co so giao duc"):      # a school, whichever
        return re.match(r" truong (?!ban\b|phong\b)", issuer) is not None
    bodies = _BODIES.match(by)
    rest = by[bodies.end():] if bodies else re.sub(r"^(?:cac|nhung) (?=(?:so|phong|ban|hoi)\b)", "", by)     # ("các Sở": any Sở)
    # ("các cơ quan thuộc UBND huyện X": the State bodies of that district)
    state = bodies is not None and re.match(r"uy ban nhan dan (?=(?:tinh|huyen|xa)\b)", rest) is not None
    if state:
        rest = rest[len("uy ban nhan dan "):]
    if not bodies and (bl := re.match(r"(?P<body>[a-z ]+?) cap (?P<level>tinh|huyen|xa)\b", rest)):
        return f" {bl['body']} " in issuer and _LEVEL[bl["level"]].search(issuer) is not None    # "Đảng ủy cấp xã"
    if (lv := re.match(r"(?:cap )?(tinh|huyen|xa)\b ?(?:(?:o|tai) )?(.*)", rest)) is None or not (bodies or rest.startswith("cap ")):
        # ("Trung tâm Dịch vụ nông nghiệp huyện": a header's "TRUNG TÂM DỊCH VỤ NÔNG NGHIỆP" under
        # "UBND HUYỆN …" names no level; one it names must be the level asked)
        if end := re.fullmatch(r"(.+?) (tinh|huyen|xa)", rest):
            levels = {k for k, rx in _LEVEL.items() if rx.search(issuer)}
            return f" {rest} " in issuer or f" {end.group(1)} " in issuer and (not levels or end.group(2) in levels)
        return f" {rest} " in issuer
    level, place = lv.groups()
    return _LEVEL[level].search(issuer) is not None and not (state and _PARTY.search(issuer)) \
        and (not place or f" {place} " in f' {issuer} {fold(meta.get("place", "")).lower()} ')

"""Directive references in documents: "Kết luận số 69-KL/TW, ngày 11/01/2024 của Bộ Chính trị",
"Kế hoạch số 112/KH-UBND ngày 05/3/2025", "Nghị định 13/2023/NĐ-CP", "Công văn số 418/SKHCN-QLKH".

Two numbering systems: the Party's `<number>-<code>/<issuer>` ("69-KL/TW", "56-CTr/TU",
"31-KH/BTGĐUK") and the State's `<number>/<code>-<issuer>` ("112/KH-UBND", "19/CT-TTg"), with the
year inside for legal documents ("13/2023/NĐ-CP", "01/2024/TT-BKHCN", "93/2025/QH15") and no type
code for a công văn ("418/SKHCN-QLKH", "454/UBND-NCTH": issuing office, then unit).
This runs on normalised text *before* word segmentation (a segmenter cuts "69-KL/TW" into five
tokens). Numbers repeat (two different 36-NQ/TW; a 112/KH-UBND every year in every province), so
a reference keeps its date, and `DirectiveRef.key` adds the year. What users type is read by
user_refs.py.
"""
from __future__ import annotations

import re
from dataclasses import replace

from ..types import DirectiveRef
from .genre import CODES, TYPE_WORDS, TYPES, canon_code
from .normalize import base_normalize, fold

_TYPE_RE = "|".join(re.escape(w) for w in TYPE_WORDS)
_CODE = r"[A-ZĐ][A-Za-zĐđ]{0,5}"
_ISSUER = r"[A-ZĐ][A-ZĐa-z0-9&]{0,14}"
# Party: "69-KL/TW", "238- QĐ/TW", "77 CT/TU", "31-KH/BTGĐUK"
_PARTY = rf"(?P<num>\d{{1,4}})\s*(?:-\s*|\s)(?P<code>{_CODE})(?:\s*/\s*(?P<issuer>{_ISSUER}))?"
# State: "112/KH-UBND", "13/2023/NĐ-CP", "418/SKHCN-QLKH", "93/2025/QH15"
_STATE = rf"(?P<snum>\d{{1,5}})\s*/\s*(?:(?P<year>(?:19|20)\d\d)\s*/\s*)?(?P<scode>{_CODE}(?:\d{{1,2}}(?!\w))?)" \
         rf"(?:\s*-\s*(?P<sissuer>{_ISSUER}(?:-{_ISSUER})?))?"
_DATE_RE = (r"(?:,\s*|\s+)ngày\s+(?P<d>\d{1,2})\s*(?:[/\-.]|\s+tháng\s+)\s*(?P<m>\d{1,2})"
            r"\s*(?:[/\-.]|\s+năm\s+)\s*(?P<y>\d{4})")
_BODY_RE = r"(?:\s+của\s+(?P<body>(?-i:Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương(?: Đảng)?|Ban (?:Thường vụ|Tuyên giáo) (?:Tỉnh ủy|Huyện ủy|Thành ủy|Đảng ủy Khối)(?: [A-ZĐ][\wđ]*)*|Hội nghị lần thứ \w+ Ban Chấp hành Trung ương(?: Đảng)?|Thủ tướng Chính phủ|Chính phủ|Quốc hội|Tỉnh ủy|Huyện ủy|(?:Ủy ban nhân dân|UBND|Chủ tịch Ủy ban nhân dân|Chủ tịch UBND) (?:tỉnh|huyện|thành phố|thị xã|xã|phường)(?: [A-ZĐ][\wđ]*)*|(?:Bộ|Sở) [A-ZĐ][\wđ]*(?: (?:và )?[A-ZĐ][\wđ]*)*)))?"
_NUM_RE = rf"(?:{_STATE}|{_PARTY})"

NUMBER_RE = re.compile(_NUM_RE)        # the number part alone (to blank it before segmentation)
REF_RE = re.compile(rf"(?P<type>{_TYPE_RE})\s+(?:(?:số|so)\s*:?\s*)?{_NUM_RE}(?:{_DATE_RE})?{_BODY_RE}", re.IGNORECASE)
# a number that says what it is without a type word: "69-KL/TW", "Số: 112/KH-UBND", "13/2023/NĐ-CP"
BARE_RE = re.compile(rf"(?<![\w/-]){_NUM_RE}(?:{_DATE_RE})?{_BODY_RE}")
_LAW_ISSUER = re.compile(r"^QH\d{0,2}$")


def _date(m: re.Match) -> str:
    if not m.group("y"):
        return ""
    return f"{int(m.group('d')):02d}/{int(m.group('m')):02d}/{m.group('y')}"


def _state(m: re.Match, type_word: str | None, numbered: bool = False) -> DirectiveRef | None:
    raw, year, code, issuer = m.group("snum"), m.group("year") or "", m.group("scode"), m.group("sissuer") or ""
    num = str(int(raw))                      # compared as a number; the id keeps it as written ("01/2024/…")
    named = TYPES.get(fold(type_word), (type_word, ""))[0] if type_word else ""
    if year and _LAW_ISSUER.match(code) and not issuer:                     # 93/2025/QH15: a law
        return DirectiveRef(id=f"{raw}/{year}/{code}", type=named or "Luật", code="L", number=num, issuer=code,
                            date=f"../../{year}")
    if not issuer:
        # "Công văn số 58/VHTT", "Số: 58/VHTT": a công văn numbered by its issuer alone (not "1/2", "24/7",
        # nor "3/KH" of no issuer; and only after a type word or "Số:", not "Ban/Phòng" in running text)
        if (type_word or numbered) and re.fullmatch(r"[A-ZĐ]{2,}[A-ZĐ0-9]*", code) and fold(code) not in CODES:
            return DirectiveRef(id=f"{raw}/{code}", type=named or "Công văn", code="CV", number=num, issuer=code)
        return None
    if fold(code) in CODES:                                                 # 112/KH-UBND, 13/2023/NĐ-CP
        type_name = named or CODES[fold(code)]
        code = canon_code(base_normalize(code), type_name)
        rid = f"{raw}/{year}/{code}-{issuer}" if year else f"{raw}/{code}-{issuer}"
    else:                                                                   # 418/SKHCN-QLKH: a công văn
        if not type_word and not re.fullmatch(r"[A-ZĐ]{2,}[A-ZĐa-z0-9]*", code):
            return None
        type_name, issuer, code = named or "Công văn", f"{code}-{issuer}", "CV"
        rid = f"{raw}/{issuer}"
    return DirectiveRef(id=rid, type=type_name, code=code, number=num, issuer=issuer,
                        date=f"../../{year}" if year else "")


def _party(m: re.Match, type_word: str | None) -> DirectiveRef | None:
    code = m.group("code")
    if type_word:
        type_name = TYPES.get(fold(type_word), (type_word, ""))[0]
    else:
        type_name = CODES.get(fold(code), "")
        if not type_name or not m.group("issuer"):
            return None   # a bare "12 ABC" is not a directive; "69-KL/TW" is
    code = canon_code(base_normalize(code), type_name)
    if fold(code) not in CODES:
        return None
    issuer = (m.group("issuer") or "").upper()
    num = str(int(m.group("num")))
    rid = f"{num}-{code}/{issuer}" if issuer else f"{num}-{code}"
    return DirectiveRef(id=rid, type=type_name, code=code, number=num, issuer=issuer)


def _make(m: re.Match, type_word: str | None, offset: int = 0, numbered: bool = False) -> DirectiveRef | None:
    r = _state(m, type_word, numbered) if m.group("snum") else _party(m, type_word)
    if r is None:
        return None
    date = _date(m) or r.date
    return replace(r, date=date, body=m.group("body") or "", start=m.start() + offset, end=m.end() + offset)


_NUMBERED = re.compile(r"(?<!\w)[Ss]ố\s*:?\s*$")


def extract_refs(text: str) -> list[DirectiveRef]:
    """Every directive cited in `text` (normalised), in order, with offsets into `text`."""
    out: list[DirectiveRef] = []
    taken: list[tuple[int, int]] = []
    for m in REF_RE.finditer(text):
        r = _make(m, m.group("type"))
        if r:
            out.append(r)
            taken.append((m.start("snum") if m.group("snum") else m.start("num"), m.end()))
    for m in BARE_RE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        # ("Số: 58/VHTT": a number by the issuer alone, after "Số", as a header gives it)
        r = _make(m, None, numbered=_NUMBERED.search(text, max(0, m.start() - 8), m.start()) is not None)
        if r:
            out.append(r)
    out.sort(key=lambda r: r.start)
    return _fill_dates(out)


def parse_number(text: str) -> DirectiveRef | None:
    """The directive number in a "Số: …" line or a typed id ("112/KH-UBND", "69-KL/TW")."""
    m = BARE_RE.match(base_normalize(text).strip())
    return _make(m, None, numbered=True) if m else None


def _fill_dates(refs: list[DirectiveRef]) -> list[DirectiveRef]:
    """A directive named in full once and shortened later in the same text is the same one
    ("Nghị quyết số 45-NQ/TW, ngày 24/11/2023 …; … thực hiện Nghị quyết số 45-NQ/TW";
    "Kết luận số 69-KL/TW … Kết luận số 69-KL")."""
    full: dict[str, set[str]] = {}
    for r in refs:
        if r.issuer and "-" in r.id and "/" in r.id and r.id.index("-") < r.id.index("/"):
            full.setdefault(f"{r.number}-{r.code}", set()).add(r.id)
    refs = [replace(r, id=next(iter(full[r.id])), issuer=next(iter(full[r.id])).split("/")[1])
            if not r.issuer and len(full.get(r.id, ())) == 1 else r for r in refs]
    dated: dict[str, set[str]] = {}
    for r in refs:
        if r.date and not r.date.startswith(".."):
            dated.setdefault(r.id, set()).add(r.date)
    return [replace(r, date=next(iter(dated[r.id])))
            if (not r.date or r.date.startswith("..")) and len(dated.get(r.id, ())) == 1 else r for r in refs]

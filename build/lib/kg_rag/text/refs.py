"""Directive references: find "Kết luận số 69-KL/TW, ngày 11/01/2024 của Bộ Chính trị" in text,
and read what a user types ("KL 69", "kl69", "ket luan 69", "NQ 20", "Nghị quyết 36 năm 2023").

This runs on the normalised text *before* word segmentation, because a segmenter splits
"69-KL/TW" into five tokens. Numbers are not unique (two different 36-NQ/TW exist), so a
reference keeps its date, and `DirectiveRef.key` adds the year.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

from ..types import DirectiveRef
from .genre import CODES, TYPE_WORDS, TYPES, USER_CODES, canon_code, same_code
from .normalize import base_normalize, fold

_TYPE_RE = "|".join(re.escape(w) for w in TYPE_WORDS)
# "69-KL/TW", "238- QĐ/TW", "77 CT/TU", "31-KH/BTGĐUK"
_NUM_RE = r"(?P<num>\d{1,4})\s*(?:-\s*|\s)(?P<code>[A-ZĐ][A-Za-zĐđ]{0,4})(?:\s*/\s*(?P<issuer>[A-ZĐ][A-ZĐa-z0-9&]{0,11}))?"
_DATE_RE = r"(?:,\s*|\s+)ngày\s+(?P<d>\d{1,2})\s*[/\-.]\s*(?P<m>\d{1,2})\s*[/\-.]\s*(?P<y>\d{4})"
_BODY_RE = r"(?:\s+của\s+(?P<body>(?-i:Bộ Chính trị|Ban Bí thư|Ban Chấp hành Trung ương(?: Đảng)?|Ban (?:Thường vụ|Tuyên giáo) (?:Tỉnh ủy|Huyện ủy|Thành ủy|Đảng ủy Khối)(?: [A-ZĐ][\wđ]*)*|Hội nghị lần thứ \w+ Ban Chấp hành Trung ương(?: Đảng)?|Thủ tướng Chính phủ|Chính phủ|Quốc hội|Tỉnh ủy|Huyện ủy)))?"

REF_RE = re.compile(
    rf"(?P<type>{_TYPE_RE})\s+(?:(?:số|so)\s*:?\s*)?{_NUM_RE}(?:{_DATE_RE})?{_BODY_RE}",
    re.IGNORECASE)
# a bare number with a known code, no type word: "69-KL/TW", "Số 31-KH/BTGĐUK"
BARE_RE = re.compile(rf"(?<![\w/-]){_NUM_RE}(?:{_DATE_RE})?{_BODY_RE}")


def _date(m: re.Match) -> str:
    if not m.group("y"):
        return ""
    return f"{int(m.group('d')):02d}/{int(m.group('m')):02d}/{m.group('y')}"


def _make(m: re.Match, type_word: str | None, offset: int = 0) -> DirectiveRef | None:
    code = m.group("code")
    if type_word:
        type_name = TYPES.get(fold(type_word), (type_word, ""))[0]
    else:
        type_name = CODES.get(fold(code), "")
        if not type_name or not m.group("issuer"):
            return None   # a bare "12 ABC" is not a directive; "69-KL/TW" is
    code = canon_code(base_normalize(code), type_name)
    if fold(code) not in CODES and code != "CTr":
        return None
    issuer = (m.group("issuer") or "").upper().replace("Đ", "Đ")
    num = str(int(m.group("num")))
    rid = f"{num}-{code}/{issuer}" if issuer else f"{num}-{code}"
    return DirectiveRef(id=rid, type=type_name, code=code, number=num, issuer=issuer, date=_date(m),
                        body=m.group("body") or "", start=m.start() + offset, end=m.end() + offset)


def extract_refs(text: str) -> list[DirectiveRef]:
    """Every directive cited in `text` (normalised), in order, with offsets into `text`."""
    out: list[DirectiveRef] = []
    taken: list[tuple[int, int]] = []
    for m in REF_RE.finditer(text):
        r = _make(m, m.group("type"))
        if r:
            out.append(r)
            taken.append((m.start("num"), m.end()))
    for m in BARE_RE.finditer(text):
        if any(a <= m.start() < b for a, b in taken):
            continue
        r = _make(m, None)
        if r:
            out.append(r)
    out.sort(key=lambda r: r.start)
    return _fill_dates(out)


def _fill_dates(refs: list[DirectiveRef]) -> list[DirectiveRef]:
    """A directive named in full once and shortened later in the same text is the same one
    ("Nghị quyết số 45-NQ/TW, ngày 24/11/2023 …; … thực hiện Nghị quyết số 45-NQ/TW";
    "Kết luận số 69-KL/TW … Kết luận số 69-KL")."""
    full: dict[str, set[str]] = {}
    for r in refs:
        if r.issuer:
            full.setdefault(f"{r.number}-{r.code}", set()).add(r.id)
    refs = [replace(r, id=next(iter(full[r.id])), issuer=next(iter(full[r.id])).split("/")[1])
            if not r.issuer and len(full.get(r.id, ())) == 1 else r for r in refs]
    dated: dict[str, set[str]] = {}
    for r in refs:
        if r.date:
            dated.setdefault(r.id, set()).add(r.date)
    return [replace(r, date=next(iter(dated[r.id]))) if not r.date and len(dated.get(r.id, ())) == 1 else r
            for r in refs]


# ---- what users type --------------------------------------------------------------------------

@dataclass(frozen=True)
class RefQuery:
    """A directive as a user names it: code and number at least, issuer and year if given."""
    code: str
    number: str
    issuer: str = ""
    year: str = ""
    start: int = 0
    end: int = 0

    def matches(self, ref: DirectiveRef) -> bool:
        return same_code(ref.code, self.code) \
            and ref.number == self.number \
            and (not self.issuer or fold(ref.issuer) == fold(self.issuer)) \
            and (not self.year or ref.date.endswith(self.year))


# folded query forms: "ket luan so 69", "kl69", "kl 69", "69-kl/tw", "nq 36 nam 2023"
_FOLDED_TYPE_RE = "|".join(sorted((re.escape(k) for k in TYPES), key=len, reverse=True))
_USER_RE = re.compile(
    rf"(?<![a-z0-9])(?:(?P<type>{_FOLDED_TYPE_RE})|(?P<abbr>{'|'.join(sorted(USER_CODES, key=len, reverse=True))}))"
    rf"\s*(?:so\s*:?\s*)?[-.]?\s*(?P<num>\d{{1,4}})(?:\s*-\s*(?P<code2>[a-z]{{1,4}}))?(?:\s*/\s*(?P<issuer>[a-z0-9&]{{1,12}}))?"
    rf"(?P<tail>[^0-9]{{0,40}}?(?:nam|ngay\s+\d{{1,2}}\s*/\s*\d{{1,2}}\s*/)\s*(?P<year>(?:19|20)\d\d))?")
_USER_ID_RE = re.compile(r"(?<![a-z0-9])(?P<num>\d{1,4})\s*-\s*(?P<code>[a-z]{1,4})\s*/\s*(?P<issuer>[a-z0-9&]{1,12})")


def parse_user_refs(query: str) -> list[RefQuery]:
    """Directives named in a question, however typed. Offsets are into the folded query, which
    has the same length as the query for ordinary Vietnamese (one code point per letter, NFC)."""
    q = fold(query)
    out: list[RefQuery] = []
    spans: list[tuple[int, int]] = []
    for m in _USER_RE.finditer(q):
        code = TYPES[m.group("type")][1] if m.group("type") else USER_CODES[m.group("abbr")]
        if m.group("code2"):
            code = USER_CODES.get(m.group("code2"), m.group("code2").upper())
        end = m.end() if m.group("year") else m.end("num") if not m.group("issuer") else m.end("issuer")
        out.append(RefQuery(code=code, number=str(int(m.group("num"))), issuer=(m.group("issuer") or "").upper(),
                            year=m.group("year") or "", start=m.start(), end=end))
        spans.append((m.start(), m.end()))
    for m in _USER_ID_RE.finditer(q):
        if any(a <= m.start() < b for a, b in spans):
            continue
        code = USER_CODES.get(m.group("code"), m.group("code").upper())
        out.append(RefQuery(code=code, number=str(int(m.group("num"))), issuer=m.group("issuer").upper(),
                            start=m.start(), end=m.end()))
    return out


def resolve(query: RefQuery, known: list[DirectiveRef]) -> list[DirectiveRef]:
    """Known directives (one per key) that a user's reference may mean; newest first."""
    seen: dict[str, DirectiveRef] = {}
    for r in known:
        if query.matches(r) and r.id:
            best = seen.get(r.key)
            if best is None or (not best.body and r.body):
                seen[r.key] = r
    return sorted(seen.values(), key=lambda r: r.date[-4:] + r.date[3:5] + r.date[:2], reverse=True)

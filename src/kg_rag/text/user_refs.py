"""What users type for a directive: "KL 69", "kl69", "ket luan 69", "NQ 36 năm 2023", "KH 112",
"CV 418", "QĐ 749", "chỉ thị 19 của Thủ tướng", "công văn 2983", "kế hoạch liên tịch 142", "kế hoạch liên ngành 1032", "112/KH-UBND", "69-KL/TW" —
read on the folded question, so diacritics, case and spacing do not matter — and which corpus
directives such a reference may mean."""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass

from ..types import DirectiveRef
from .genre import CODES, TYPES, USER_CODES, USER_ISSUERS, same_code
from .normalize import fold


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
        return same_code(ref.code, self.code) and ref.number == self.number \
            and (not self.issuer or _issuer_matches(self.issuer, ref.issuer)) \
            and (not self.year or ref.date.endswith(self.year))


def _issuer_matches(typed: str, issuer: str) -> bool:
    t, i = fold(typed), fold(issuer)
    return t == i or i.split("-")[0] == t or t in i.split("-")


_FOLDED_TYPE_RE = "|".join(sorted((re.escape(k) for k in TYPES), key=len, reverse=True))
_ABBR_RE = "|".join(sorted(USER_CODES, key=len, reverse=True))
_BODY_RE = "|".join(sorted((re.escape(k) for k in USER_ISSUERS), key=len, reverse=True))
# "Báo cáo 6 tháng", "Kế hoạch 5 năm", "Chỉ thị 2 lần", "chương trình 24 chuyên đề": a span of
# time or a count of things, not a number
_COUNTED = ("chuyen de|de tai|lop|buoi|dot|nguoi|hoc sinh|giao vien|tiet|bai|san pham|mo hinh|trieu|ty|nghin|"
            r"tin|phong su|cuoc|(?:nhiem vu|noi dung|muc tieu|chi tieu|giai phap|hoat dong)(?!\s+(?:gi|nao|chinh|la|cu the)\b)")
# ("TB 11 ngày nào?", "KH 5 tháng nào?": which day, no span)
_NOT_A_SPAN = (r"(?!\s*(?:thang(?!\s+nao)|tuan|quy\s+(?:[ivx]+|\d)|lan|nam(?!\s*(?:19|20)\d\d)|ngay(?!\s*\d|\s+nao)|%|phan tram|"
               + _COUNTED + r")(?![a-z]))")
# "ket luan so 69", "kl69", "kl 69", "nq 36 nam 2023", "chi thi 19 cua thu tuong", "cv 418"
_USER_RE = re.compile(
    rf"(?<![a-z0-9])(?:(?P<type>{_FOLDED_TYPE_RE})|(?P<abbr>{_ABBR_RE}))(?P<joint>\s+lien tich)?(?:\s+lien (?:nganh|so))?"
    rf"\s*(?:so\s*:?\s*)?[-.]?\s*(?P<num>\d{{1,5}})(?![\d/]){_NOT_A_SPAN}(?:\s*-\s*(?P<code2>[a-z]{{1,4}}))?"
    rf"(?:\s*/\s*(?P<issuer>[a-z0-9&]{{1,12}}))?"
    rf"(?:\s+(?:cua|do)\s+(?P<body>{_BODY_RE}))?"
    # (not "KH 52, năm 2024 tỷ lệ …": after a comma, a bare "năm" is the figure's year, not the plan's)
    rf"(?P<tail>(?:\s*,?\s*(?:(?:ban hanh|ky)\s+)(?:nam|ngay\s+\d{{1,2}}\s*/\s*\d{{1,2}}\s*/)|\s*,?\s*ngay\s+\d{{1,2}}\s*/\s*\d{{1,2}}\s*/|\s*nam)"
    rf"\s*(?P<year>(?:19|20)\d\d))?")
_LEAD = re.compile(rf"(?<![a-z0-9])(?:{_FOLDED_TYPE_RE}|{_ABBR_RE})\s*(?:so\s*:?\s*)?$")
# typed ids: "69-kl/tw" (Party), "112/kh-ubnd", "13/2023/nd-cp", "418/skhcn-qlkh" (State)
_PARTY_ID_RE = re.compile(r"(?<![a-z0-9/])(?P<num>\d{1,4})\s*-\s*(?P<code>[a-z]{1,4})\s*/\s*(?P<issuer>[a-z0-9&]{1,12})")
_STATE_ID_RE = re.compile(r"(?<![a-z0-9/])(?P<num>\d{1,5})\s*/\s*(?:(?P<year>(?:19|20)\d\d)\s*/\s*)?"
                          r"(?P<code>[a-z]{1,6}\d{0,2})(?:\s*-\s*(?P<issuer>[a-z0-9&]{1,12}(?:-[a-z0-9&]{1,12})?))?(?![a-z0-9])")


def parse_user_refs(query: str) -> list[RefQuery]:
    """Directives named in a question, however typed. Offsets are into the folded query, which
    has the same length as the query for ordinary Vietnamese (one code point per letter, NFC)."""
    q = fold(query)
    out: list[RefQuery] = []
    spans: list[tuple[int, int]] = []
    for m in _USER_RE.finditer(q):
        code = TYPES[m.group("type")][1] if m.group("type") else USER_CODES[m.group("abbr")]
        if m.group("joint") and code in ("KH", "NQ", "TT"):
            code += "LT"                # "kế hoạch liên tịch 142": a joint plan, "142/KHLT-GDĐT-HĐ"
        if m.group("code2"):
            code = USER_CODES.get(m.group("code2"), m.group("code2").upper())
        issuer = (m.group("issuer") or "").upper() or USER_ISSUERS.get(m.group("body") or "", "")
        end = m.end() if m.group("year") else max(m.end("num"), m.end("issuer") if m.group("issuer") else 0,
                                                   m.end("body") if m.group("body") else 0)
        out.append(RefQuery(code=code, number=str(int(m.group("num"))), issuer=issuer,
                            year=m.group("year") or "", start=m.start(), end=end))
        spans.append((m.start(), m.end()))
    for rx in (_PARTY_ID_RE, _STATE_ID_RE):
        for m in rx.finditer(q):
            if any(a <= m.start() < b for a, b in spans):
                continue
            lead = _LEAD.search(q[:m.start()])
            ref = _typed_id(m, rx is _STATE_ID_RE, after_type=lead is not None)
            if ref is not None:
                # "KH 86/KH-UBND", "Quyết định số 1520/QĐ-UBND": the type typed before the id is the id's
                if lead is not None:
                    ref = dataclasses.replace(ref, start=lead.start())
                out.append(ref)
                spans.append((ref.start, m.end()))
    return sorted(out, key=lambda r: r.start)


def without_refs(query: str) -> str:
    """The question with the directives it names blanked out, same length (offsets stay valid): what
    it says besides them ("TB mời họp sơ kết BC 27 …" -> "TB mời họp sơ kết       …")."""
    spans = [(r.start, r.end) for r in parse_user_refs(query)]
    return "".join(" " if any(a <= i < b for a, b in spans) else c for i, c in enumerate(query))


def _typed_id(m: re.Match, state: bool, after_type: bool = False) -> RefQuery | None:
    code, issuer = m.group("code"), (m.group("issuer") or "")
    if not state:
        return RefQuery(code=USER_CODES.get(code, code.upper()), number=str(int(m.group("num"))),
                        issuer=issuer.upper(), start=m.start(), end=m.end())
    year = m.group("year") or ""
    if re.fullmatch(r"qh\d{0,2}", code) and year:
        return RefQuery(code="L", number=str(int(m.group("num"))), year=year, start=m.start(), end=m.end())
    if not issuer:
        # "công văn 58/VHTT": a công văn numbered by its issuer alone, typed after its type word
        if after_type and fold(code) not in CODES and code not in USER_CODES:
            return RefQuery(code="CV", number=str(int(m.group("num"))), issuer=code.upper(), start=m.start(), end=m.end())
        return None
    if code in USER_CODES or code in ("nd", "tt", "qd"):
        return RefQuery(code=USER_CODES.get(code, code.upper()), number=str(int(m.group("num"))),
                        issuer=issuer.upper(), year=year, start=m.start(), end=m.end())
    return RefQuery(code="CV", number=str(int(m.group("num"))), issuer=f"{code}-{issuer}".upper(),
                    start=m.start(), end=m.end())


def resolve(query: RefQuery, known: list[DirectiveRef]) -> list[DirectiveRef]:
    """Known directives (one per key) that a user's reference may mean; newest first."""
    seen: dict[str, DirectiveRef] = {}
    for r in known:
        if query.matches(r) and r.id:
            best = seen.get(r.key)
            if best is None or (not best.body and r.body):
                seen[r.key] = r
    return sorted(seen.values(), key=lambda r: r.date[-4:] + r.date[3:5] + r.date[:2], reverse=True)


def resolve_loosely(query: RefQuery, known: list[DirectiveRef], own: set[str]) -> list[DirectiveRef]:
    """A reference typed with another type ("Quyết định 594", "công văn 36") that matches no known
    directive: the one document of the corpus with that number (and the issuer and year typed, if
    any) — the user named the document, not its type. [] when none or several could be meant."""
    found = {r.id: r for r in known if r.id in own and r.number == query.number
             and (not query.issuer or _issuer_matches(query.issuer, r.issuer))
             and (not query.year or r.date.endswith(query.year))}
    return list(found.values()) if len(found) == 1 else []

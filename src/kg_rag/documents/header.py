"""The header zone of a directive: issuing body, "Số …", place and date, type, title, addressees.

Headers come in many layouts: lines one under another; two columns flattened onto the same
lines ("TỈNH ỦY NAM SƠN ĐẢNG CỘNG SẢN VIỆT NAM", "Số 52-KH/TU Thành Hưng, ngày 14 tháng 2 năm
2025"); a Markdown table of two columns; no type line at all (a công văn: "V/v …" and "Kính gửi:").
Each header line is first cut into its pieces (table cells, the national mottos, the "Số" part and
the place-and-date part), then each piece is read for what it is.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text.columns import COLUMN
from ..text.genre import HEADER_TYPE_WORDS, HEADER_TYPES
from ..text.normalize import fold
from ..text.refs import parse_number
from .names import body_name

Line = tuple[int, int, str]

_TYPE_LINE = re.compile(r"^(?P<type>" + "|".join(HEADER_TYPE_WORDS) + r")(?![\wÀ-ỹ])\s*(?P<rest>.*)$")
_JOINT = re.compile(r"(?i)liên (?:ngành|tịch|sở)")
_MOTTO = re.compile(r"ĐẢNG CỘNG SẢN VIỆT NAM|CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|Độc lập\s*[-–]\s*Tự do\s*[-–]\s*Hạnh phúc",
                    re.I)
_NUMBER = re.compile(r"(?:^|\s)Số\s*:?\s*(?P<num>\S*)")
_NUMBER_PIECE = re.compile(r"(?:^|(?<=\s))Số\s*:?\s*\S*")
_PLACE_DATE = re.compile(r"(?P<place>(?:(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ.]*|phố|xã|Tp\.)\s?){1,5}),\s*ngày\s*(?P<d>\d{1,2})?\s*"
                         r"tháng\s*(?P<m>\d{1,2})?\s*năm\s*(?P<y>\d{4})")
_SUBJECT = re.compile(r"^(?:V/v|Về việc)\s*:?\s*(?P<rest>.+)$", re.I)
_TO = re.compile(r"^Kính\s+gửi\s*:?\s*(?P<rest>.*)$", re.I)
_RULE = re.compile(r"^[-_=*.…\s]{1,}$")
_STOP = re.compile(r"^(?:[IVXL]{1,5}\s*[.\-–:)]|\d{1,2}[.)]\s|Căn cứ|Thực hiện|Để |Nhằm |Trên cơ sở|Ngày \d)", re.I)
_SENTENCE = re.compile(r"^(?!V/v|Về việc)(?=.*[a-zà-ỹđ])(?=.{80,}$).*[.;:]$")
HEADER_SCAN = 30


@dataclass
class Header:
    body_from: int = 0                  # index of the first line of the body
    end: int = 0                        # end offset of the header block (0: no header)
    meta: dict = field(default_factory=dict)


def _caps_prefix(place: str) -> int:
    """Length of the capitals that end the left column before a place written in lower case
    ("BAN TUYÊN GIÁO Thanh Hà, ngày …" flattened onto one line): 0 when there are none."""
    words = place.split()
    caps = 0
    while caps < len(words) and words[caps].isupper() and len(words[caps]) > 1 and not words[caps].endswith("."):
        caps += 1
    if caps == 0 or caps == len(words):
        return 0
    return place.index(words[caps])


def _pieces(line: str) -> list[str]:
    """A header line cut into what it holds: table cells, mottos, the number, the place and date."""
    if line.startswith("|"):
        cells = [c.strip() for c in line.strip().strip("|").split("|")]
        return [c for c in cells if c and not re.fullmatch(r":?-{2,}:?", c)]
    if COLUMN in line.strip():           # two columns typed side by side (text/columns.py)
        return [p for part in line.strip().split(COLUMN) if part.strip() for p in _pieces(part.strip())]
    out, rest = [], line
    for rx in (_MOTTO, _NUMBER_PIECE, _PLACE_DATE):
        m = rx.search(rest)
        if m:
            start = m.start() + (_caps_prefix(m.group("place")) if rx is _PLACE_DATE else 0)
            out += [p for p in (rest[:start].strip(), rest[start:m.end()].strip()) if p]
            rest = rest[m.end():].strip()
    out.append(rest.strip())
    return [p for p in out if p]


def read_header(lines: list[Line], text: str) -> Header:
    h = Header(meta={"type": "", "number": "", "issuer": "", "place": "", "date": "", "title": "", "addressees": ()})
    scan = lines[:HEADER_SCAN]
    # a type line after the letter has begun ("Kính gửi:", a sentence) heads an attached outline
    # or form ("ĐỀ CƯƠNG BÁO CÁO …"), not this document
    begun = next((i for i, (_, _, l) in enumerate(scan) if i > 0 and (_TO.match(l) or _SENTENCE.match(l))), len(scan))
    type_i = next((i for i, (_, _, l) in enumerate(scan[:begun]) if _TYPE_LINE.match(l) and not l.rstrip().endswith(":")), None)
    upper: list[str] = []                    # issuing-body lines, in order
    last = -1                                # index of the last header line
    subject = -2                             # index of the last line of the "V/v …" subject
    for i, (_, _, l) in enumerate(scan):
        # no type line (a công văn): the header ends where the letter starts — its addressee or
        # its first sentence (so that a short letter's signature is not read as header lines)
        if type_i is None and i > 0 and (_STOP.match(l) or _TO.match(l) or _SENTENCE.match(l)):
            break
        if type_i is not None and i >= type_i:
            break
        for p in _pieces(l):
            if _MOTTO.fullmatch(p) or _RULE.match(p):
                last = i
            elif (m := _NUMBER.match(p)) is not None:
                ref = parse_number(m.group("num") + p[m.end():])
                h.meta["number"] = ref.id if ref else (m.group("num") if re.match(r"\d", m.group("num")) else "")
                if ref and not h.meta["type"]:
                    h.meta["type"] = ref.type
                last = i
            elif m := _PLACE_DATE.search(p):
                h.meta["place"] = m.group("place").strip()
                d, mo = m.group("d"), m.group("m")
                h.meta["date"] = (f"{int(d):02d}/" if d else "../") + (f"{int(mo):02d}/" if mo else "../") + m.group("y")
                last = i
            elif m := _SUBJECT.match(p):
                h.meta["title"] = m.group("rest").strip()
                last = subject = i
            # "V/v tổ chức Cuộc thi …" / "dành cho …"; wrapped at a number: "V/v triển khai Kế hoạch số" / "68/KH-UBND …"
            elif subject == i - 1 and (p[:1].isalpha() or p[:1].isdigit()) and p.upper() != p:
                h.meta["title"] += " " + p.strip()
                last = subject = i
            elif p.upper() == p and any(c.isalpha() for c in p) and len(p) < 90:
                upper.append(p)
                last = i
    end_i = last
    if type_i is not None:
        end_i = _title(lines, text, type_i, h)
    if (to := _addressees(lines, end_i + 1, h)) is not None:
        end_i = to
    if h.meta["title"] and not h.meta["type"] and h.meta["number"] == "" and _SUBJECT.match(lines[0][2] if lines else ""):
        h.meta["type"] = "Công văn"
    h.meta["issuer_lines"] = tuple(upper)
    if end_i >= 0:
        h.body_from, h.end = end_i + 1, lines[end_i][1]
    return h


def _title(lines: list[Line], text: str, type_i: int, h: Header) -> int:
    """Read the type line and the title under it; returns the index of the title's last line."""
    m = _TYPE_LINE.match(lines[type_i][2])
    h.meta["type"] = HEADER_TYPES.get(fold(m.group("type")), m.group("type").capitalize())
    parts = [m.group("rest")] if m.group("rest") else []
    j, end = type_i + 1, type_i

    def para_break(a: int, b: int) -> bool:
        gap = text[lines[a][1]:lines[b][0]]
        return "\n\n" in gap or gap.count("\n") > 1
    # (or "KẾ HOẠCH LIÊN NGÀNH" / "Triển khai …": a plan made jointly, "liên ngành Triển khai …")
    if (not parts or _JOINT.fullmatch(parts[0].strip())) and j < len(lines):      # the title is the next paragraph
        parts = [p.strip().lower() for p in parts] + [lines[j][2]]; end = j; j += 1
    while j < len(lines) and not para_break(j - 1, j) and not _RULE.match(lines[j][2]) \
            and not re.match(r"^[IVXL]{1,5}\s*[.\-–:)]", lines[j][2]) and not _STOP.match(lines[j][2]):
        parts.append(lines[j][2]); end = j; j += 1
    while j < len(lines) and _RULE.match(lines[j][2]):   # "-----" rule under the title
        end = j; j += 1
    # a decision names the authority that issues it under the title ("CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH …")
    if j < len(lines) and lines[j][2].upper() == lines[j][2] and not lines[j][2].rstrip().endswith(":") \
            and not re.match(r"^[IVXL]{1,5}\s*[.\-–:)]", lines[j][2]) and any(c.isalpha() for c in lines[j][2]):
        h.meta["authority"] = lines[j][2].strip()
        end = j
    if not h.meta["title"] or parts:
        h.meta["title"] = " ".join(parts).strip()
    return end


def _addressees(lines: list[Line], i: int, h: Header) -> int | None:
    """"Kính gửi: …" (and the list under it) right after the header: returns its last line."""
    k = next((j for j in range(max(i - 2, 0), min(i + 4, len(lines))) if _TO.match(lines[j][2])), None)
    if k is None:
        return None
    first = _TO.match(lines[k][2]).group("rest").strip()
    names, end = ([first] if first else []), k
    for j in range(k + 1, len(lines)):
        l = lines[j][2].strip()
        if not re.match(r"^[-–+•·]\s*", l):
            break
        names.append(re.sub(r"^[-–+•·]\s*", "", l))
        end = j
    h.meta["addressees"] = tuple(n.rstrip(";,.").strip() for n in names if n.strip(" ;,."))
    return end


def issuer_from_lines(lines: tuple[str, ...]) -> str:
    """The issuing body from upper-case header lines: the most specific body, named in full
    ("TỈNH ỦY NAM SƠN" / "BAN THƯỜNG VỤ" -> "Ban Thường vụ Tỉnh ủy Nam Sơn"); a column typed with
    bars ("UBND TỈNH KIM LŨY | CỘNG HÒA …") ends at its bar."""
    return body_name([line.strip(" |") for line in lines])

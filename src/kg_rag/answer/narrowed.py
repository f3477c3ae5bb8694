"""A figure narrowed by the question beyond the thing counted: per unit ("mỗi xã"), what there is
now ("hiện nay", not a target), of a place, a year or a level the question names. Each is checked
in the sentence that gives the figure.
Pure functions over folded text."""
from __future__ import annotations

import re

from ..text.normalize import fold, has_diacritics
from .asked_type import holds_qualified
from .named import PRIZE       # "giải Nhì" asked: the amount of "giải Nhất" is another prize's


# "… cho mỗi xã bao nhiêu?" asks a figure per commune, which a total does not give; "hiện nay đã có
# bao nhiêu …?" asks what there is, which a target ("phấn đấu đến năm 2027 có ít nhất 03 …") does not
# ("bao nhiêu tiền một thí sinh", "… bao nhiêu một tháng": per unit too)
_PER = re.compile(r"\b(?:moi|tung|(?<=nhieu )mot|(?<=tien )mot)\s+(xa|huyen|truong|thon|ban|lop|hoc sinh|nguoi|ho|don vi|co so|phuong|giai|suat|"
                  r"doanh nghiep|hop tac xa|chi bo|to|doi|nhom|chi hoi|de tai|du an|diem|hoi|cau lac bo|clb|"
                  r"san pham|tac gia|dot|buoi|hoi vien|thang|ngay|tuan)\b")
_PERSON = r"(?:nguoi|ca nhan|thanh vien|hoc sinh|em|dai bieu|hoi vien|doan vien|giao vien|tinh nguyen vien|can bo|thi sinh|hoc vien|sinh vien)"
# "cấp xã" asked: a figure of "cấp huyện" is another level's ("… cấp huyện trong quý I đạt 52,4%")
_LEVEL = re.compile(r"\bcap (xa|huyen|tinh|co so|truong|quoc gia|trung uong|bo)\b")
_BUDGET_LEVEL = re.compile(r"\bngan sach (xa|huyen|tinh|trung uong|nha nuoc)\b")
_NOW = re.compile(r"\b(?:hien nay|hien co|hien gio|bay gio|den nay|tinh den nay|da co)\b")
_TARGET = re.compile(r"\b(?:phan dau|muc tieu|chi tieu|it nhat|toi thieu)\b|\bden (?:het )?nam (?:19|20)\d\d\b")
# (and a result set against its target: "đạt 82,4%, chưa đạt chỉ tiêu 85%", "vượt kế hoạch")
_DONE = re.compile(r"\b(?:(?:da|hien co|hien nay|den nay)\b|tinh den (?=nay|ngay|thang|het|cuoi|\d)|"     # (not "tỉnh đến năm 2030")
                   r"(?:chua dat|vuot|so voi|bang [\d,.]+\s*%)\s+(?:so\s+)?(?:chi tieu|ke hoach|muc tieu)\b)")


def other_level(question: str, folded_text: str, folded_context: str) -> bool:
    """A passage of another level than the one asked: it writes only others, or writes none and its
    document or section is about another ("Giải Nhất cấp tỉnh …?" and "giải Nhất 1.500.000 đồng"
    under "Cuộc thi … cấp huyện")."""
    asked = set(_LEVEL.findall(fold(question).lower()))
    # ("Ngân sách tỉnh hỗ trợ bao nhiêu …?": not the sum "từ ngân sách huyện")
    budget, written = set(_BUDGET_LEVEL.findall(fold(question).lower())), set(_BUDGET_LEVEL.findall(folded_text.lower()))
    if budget and written and not budget & written:
        return True
    if not asked:
        return False
    # (the passage's own levels first: "Hội thi … cấp xã; mỗi giải Nhất …" is no "cấp tỉnh" figure)
    around = set(_LEVEL.findall(folded_text.lower())) or set(_LEVEL.findall(folded_context.lower()))
    return bool(around) and not around & asked


def _parts(folded_text: str):
    """The clauses of a text (split at ";"), each with whether its sentence announces targets before
    a colon ("Các chỉ tiêu … đến năm 2030: kinh tế số chiếm 25% GRDP; chi cho khoa học đạt 2% …")."""
    for sentence in re.split(r"[.!?](?!\d)|\n", folded_text):
        head = sentence.split(":")[0] if ":" in sentence else ""
        for part in sentence.split(";"):
            yield part, bool(head and _TARGET.search(head))


def holds_narrowed(kind: str, qualifier: tuple[str, ...], question: str, folded_text: str, target: bool = False,
                   places: tuple[str, ...] = (), years: tuple[str, ...] = (), heading: str = "") -> bool:
    """`holds_qualified`, and when the question asks a figure per unit ("mỗi xã") or what there is
    now ("hiện nay"), in a sentence that gives it per unit, or that is no target (nor under a
    target's heading: `target`); of the level or prize asked ("cấp xã", "giải Nhì"); a figure of a place the passage's document is not about, in a
    sentence naming that place (`places`: "Tại huyện Đông Lĩnh, 18 trường" is no figure of Mường Khoa);
    of a year asked, in a sentence that names no other year ("… năm 2025 đạt 98,7%" is no figure of 2026)."""
    q = fold(question).lower()
    # (typed without diacritics "moi" is also "mọi": "kỹ năng số cho mọi người")
    per = _PER.search(q) if not has_diacritics(question) or re.search(r"(?i)\b(?:mỗi|từng)\s|(?:nhiêu|tiền) một\s", question) else None
    per = None if per and not has_diacritics(question) and per.group(1) == "nguoi" else per
    now = asks_now(question)
    levels, prizes = set(_LEVEL.findall(q)), {m.group(0) for m in PRIZE.finditer(q)}
    if not (per or now or places or years or levels or prizes):
        return holds_qualified(kind, qualifier, folded_text)
    # ("mỗi người" is each person however the text calls them: "mỗi cá nhân được thưởng 700.000 đồng")
    unit = _PERSON if per and per.group(1) == "nguoi" else per.group(1) if per else ""
    # ("e) Xã Tả Chải: tổ chức …; tiếp nhận 01 tủ sách": the place an item opens with is its every clause's)
    label = m.group(0) if (m := _LABEL.match(folded_text)) else ""
    for part, listed_target in _parts(folded_text):
        if not holds_qualified(kind, qualifier, part):
            continue
        # ("các chi bộ … 02 lần/năm" is per chi bộ too; a sum of money for "các xã" is a total)
        # ("từng giải": or one figure after each one's name, "giải Nhất 1.500.000 đồng; giải Nhì …"; "mỗi xã": "xã
        # Vĩnh Thạnh Khê 12 ha, xã An Bình Lũy 10 ha")
        if per and not re.search(rf"(?:moi|tung|hang|binh quan|/{'' if kind == 'money' else '|cac'})\s*{unit}\b", part) \
                and not (per.group(0).startswith("tung") and re.search(rf"\b{per.group(1)}\s+[a-z]+\s*:?\s*\d", part)) \
                and not re.search(rf"\bcac\s+{per.group(1)}\b", heading) \
                and len(re.findall(rf"\b{per.group(1)}(?:\s+[a-z]+){{1,4}}\s*:?\s*\d", part)) < 2 \
                and not re.search(rf"\b(?:01|1|mot)\s+{per.group(1)}\b", part):   # "… thành lập 01 Tổ, gồm từ 05 đến 09 thành viên"
            continue
        if now and (target or listed_target or _TARGET.search(part)) and not _DONE.search(part):
            continue
        if any(p not in part and p not in label for p in places):
            continue
        # (what there is now: any year; a sentence naming none is of its heading's years: "b) Đến hết năm 2025:" › "- … 40%")
        if years and not now and (_other_years(part, years) or not _YEAR.search(part) and _apart(heading, years)):
            continue
        if (levels and (written := set(_LEVEL.findall(part))) and not written & levels) or \
                (prizes and not prizes & {m.group(0) for m in PRIZE.finditer(part)}):
            continue
        return True
    return False


_LABEL = re.compile(r"\s*(?:[a-z]\)|\d{1,2}[.)]|[-+•])?\s*[^:;.\n]{2,60}:")
_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)\d\d))?(?!\d)")
# (and a year's figure in brackets beside a target: "đạt 55% (năm 2024 đạt 38%)")
_BASE_YEAR = re.compile(r"\bso voi\s+(?:cung ky\s+)?(?:nam\s+(?:hoc\s+)?)?(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?|"
                        r"\((?:hien nay |hien |nam |den nam )?(?:19|20)\d\d\b[^()]*\)")


def _written(part: str) -> set[int]:
    """The years a text (folded) gives its figures for: those it names, a period's every year ("2021 -
    2025"), not the base of a comparison ("tăng 20 triệu đồng so với năm 2024")."""
    written: set[int] = set()
    for m in _YEAR.finditer(_BASE_YEAR.sub(" ", part)):
        a, b = int(m.group(1)), int(m.group(2) or m.group(1))
        written |= set(range(a, b + 1)) if 0 <= b - a <= 30 else {a, b}
    return written


def _other_years(part: str, years: tuple[str, ...]) -> bool:
    """Whether a sentence gives its figure for years other than those asked: it names years, and
    some asked year is none of them."""
    written = _written(part)
    return bool(written) and any(int(y) not in written for y in years)


def _apart(heading: str, years: tuple[str, ...]) -> bool:
    """Whether a heading dates what is under it to years none of those asked."""
    written = _written(heading)
    return bool(written) and not written & {int(y) for y in years}


def asks_now(question: str) -> bool:
    """ "Hiện nay / hiện giờ / đến nay … bao nhiêu?", "đã có …": what there is, not what is aimed at (not
    "kiểm tra thực tế": on the spot; nor a question asking the floor itself, "tối thiểu bao nhiêu")."""
    return _NOW.search(fold(question).lower()) is not None or not _ASKS_FLOOR.search(fold(question).lower()) and \
        re.search(r"(?i)(?<!\w)(?:đã|(?<!kiểm tra )(?<!khảo sát )(?<!giám sát )(?<!đi )thực tế)(?!\w)", question) is not None


_ASKS_FLOOR = re.compile(r"\b(?:toi thieu|it nhat|chi tieu|phan dau)\b(?:\s+\w+){0,3}?\s+(?:bao nhieu|may)\b")


def is_target(folded_piece: str) -> bool:
    """A sentence that sets a target ("Phấn đấu đến năm 2027, 80% …") rather than says what is done."""
    return _TARGET.search(folded_piece) is not None and _DONE.search(folded_piece) is None


"""Periods a question names that documents write in other words: a day of the week ("thứ 3",
"thứ Ba", "T3" are one day, "Chủ nhật" another), a half of the year ("6 tháng đầu năm" is not
"6 tháng cuối năm"), and a year compared against: a report's "tăng 18,2% so với năm 2023" gives 2024's
figure, none of 2023's. Pure functions over folded text (fold: "thứ Năm" -> "thu nam")."""
from __future__ import annotations

import re

_WORDS = {"hai": "2", "ba": "3", "tu": "4", "nam": "5", "sau": "6", "bay": "7"}
# a day, not an ordinal: "lần thứ ba", "đợt thứ hai", "năm thứ 2", "xếp thứ ba", "bên thứ ba", "ngày thứ 2 của …"
DAY_NUMBER = re.compile(r"(?<!\w)(?<!lan )(?<!dot )(?<!ky )(?<!khoa )(?<!ngay )(?<!tuan )(?<!vong )(?<!buoi )(?<!lop )"
                        r"(?<!nam )(?<!xep )(?<!hang )(?<!dung )(?<!ben )(?<!nguoi )(?<!so )(?<!muc )(?<!phan )"
                        r"thu\s+([2-7]|hai|ba|tu|nam|sau|bay)(?!\w)")
WEEKDAY = re.compile(DAY_NUMBER.pattern + r"|(?<!\w)(chu nhat)(?!\w)")
_HALF = re.compile(r"(?<!\w)(?:6 thang|nua) (dau|cuoi) nam(?!\w)")
_COMPARED = re.compile(r"(?<!\w)so voi (?:cung ky )?(?:nam )?((?:19|20)\d\d)(?![\w/-])")
_YEAR = re.compile(r"(?:19|20)\d\d")


def periods(folded: str) -> list[tuple[int, str]]:
    """(offset of its number or name, "thu 3" / "chu nhat" / "6 thang dau nam" / "so voi 2023") of each
    day of the week, half of the year and year compared against `folded` (lower-case) names."""
    days = [(m.start(1) if m.group(1) else m.start(2), f"thu {_WORDS.get(m.group(1), m.group(1))}" if m.group(1) else "chu nhat")
            for m in WEEKDAY.finditer(folded)]
    return days + [(m.start(), f"6 thang {m.group(1)} nam") for m in _HALF.finditer(folded)] + \
        [(m.start(1), f"so voi {m.group(1)}") for m in _COMPARED.finditer(folded)]


def weekdays(folded: str) -> list[str]:
    """The days of the week `folded` names ("thu 3", "chu nhat"), without the halves of the year or the years compared."""
    return [d for _, d in periods(folded) if d.startswith(("thu ", "chu "))]


def period_mentioned(thing: str, folded: str) -> bool | None:
    """Whether `folded` (lower-case) names the period `thing` in any of its forms (a half: or names
    neither half; a year: not only as compared against); None when `thing` is no period."""
    if (c := re.fullmatch(r"so voi (\d{4})", thing)):       # (compared with that year: its figure, written any way)
        return re.search(rf"(?<!\w){c.group(1)}(?!\w)", folded) is not None
    if _YEAR.fullmatch(thing):     # (a year the text only compares against is not one it gives)
        compared = {m.start(1) for m in _COMPARED.finditer(folded)}
        return any(m.start() not in compared for m in re.finditer(rf"(?<!\w){thing}(?!\w)", folded))
    if thing == "chu nhat":
        return re.search(r"(?<!\w)chu nhat(?!\w)", folded) is not None
    if (h := re.fullmatch(r"6 thang (dau|cuoi) nam", thing)):
        halves = {m.group(1) for m in _HALF.finditer(folded)}
        return not halves or h.group(1) in halves
    if not re.fullmatch(r"thu \d", thing):
        return None
    n = thing.split()[-1]
    word = next(w for w, d in _WORDS.items() if d == n)
    return re.search(rf"(?<!\w)(?:thu\s+(?:{n}|{word})|t{n})(?!\w)", folded) is not None


def day_mentioned(day: str, folded: str) -> bool:
    """Whether `folded` names the day of the week `day` ("thu 3"): `period_mentioned`, for days only."""
    return bool(period_mentioned(day, folded))

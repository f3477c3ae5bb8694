"""Codes a question names — a module "XV-04", a form "BC-02", a task "ĐT-03": letters, a hyphen and
a number. A code is one thing, never its bare number: a plan listing modules "XV-01" to "XV-03"
does not answer what module "XV-04" teaches, though "04" stands in it elsewhere ("04 mô-đun"). So is a
technical measure, "UPS 2 kVA", "tivi 65 inch": a figure with its unit, never the bare figure."""
from __future__ import annotations

import re

from ..text.normalize import fold

# (capitals in an accented question; typed plain, any case: "mo dun xv-04")
_CODE = re.compile(r"(?<![\w/.-])([A-ZĐ]{1,5})\s?-\s?(\d{1,3})(?![\w/.,-]|,\d)")
CODE = re.compile(_CODE.pattern, re.I)
_THING = re.compile(r"code ([a-z]{1,5}) (\d{1,3})")


def codes_named(question: str, plain: bool) -> list[tuple[int, str]]:
    """(start, thing) of each code in `question` ("code xv 4"); `plain`: typed without diacritics."""
    return [(m.start(), f"code {fold(m.group(1)).lower()} {int(m.group(2))}")
            for m in (CODE if plain else _CODE).finditer(question)]


def code_mentioned(thing: str, folded: str) -> bool | None:
    """Whether folded text writes the code ("XV-04", "XV-4", "XV 04"); None for a thing no code."""
    if not (m := _THING.fullmatch(thing)):
        return None
    return re.search(rf"(?<![\w-]){m.group(1)}\s?-?\s?0*{m.group(2)}(?![\d.,]\d|\d)", folded) is not None


def without_codes(question: str) -> str:
    """The question without the codes it names ("lớp KNS-03 học ở đâu" -> "lớp học ở đâu"): an earlier
    question's, when a follow-up swaps in another thing by its place or name ("Còn lớp ở xã Ràng Bông?")."""
    return re.sub(r"\s{2,}", " ", CODE.sub("", question))


# (folded, lower case: "bộ lưu điện UPS 2 kVA", "đường truyền 300 Mbps")
_MEASURE = re.compile(r"(?<![\d,.])(\d+(?:,\d+)?)\s*(kva|kwh|kwp|kw|mbps|gbps|gb|tb|inch|mhz|ghz)(?!\w)")


def measures_named(folded: str) -> dict[int, str]:
    """{start: "2 kva"} of each technical measure a folded, lower-case question names."""
    return {m.start(1): f"{m.group(1)} {m.group(2)}" for m in _MEASURE.finditer(folded)}


def measure_mentioned(thing: str, folded: str) -> bool | None:
    """Whether folded text writes the measure ("2 kVA", "2kVA"); None for a thing no measure."""
    if not (m := _MEASURE.fullmatch(thing)):
        return None
    return re.search(rf"(?<![\d,.]){re.escape(m.group(1))}\s*{m.group(2)}(?!\w)", folded) is not None

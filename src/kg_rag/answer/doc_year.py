"""The year a question gives the document it asks about: "kế hoạch của UBND xã Suối Chàm năm 2025"
names a plan of 2025, which a plan of 2026 is not — though it cites something dated 18/11/2025, or
tells what happened in 2025."""
from __future__ import annotations

import re

from ..text.genre import CODES, TYPES
from ..text.normalize import fold
from ..types import Document

_TYPES = r"(?:ke hoach|bao cao|chuong trinh|nghi quyet|chi thi|huong dan|thong bao|cong van|quyet dinh|de an|kh|bc)"
_BY = r"(?:ubnd|uy ban nhan dan|dang uy|huyen uy|tinh uy|thanh uy|so|phong|ban|hoi|truong|trung tam|xa|huyen|tinh|phuong)"
# the type, its issuer ("của UBND xã Suối Chàm"), then the year — no verb, no comma between
_OF_YEAR = re.compile(rf"(?<!\w)({_TYPES})(?: (?:cua|do) {_BY}(?: [a-z]+){{0,4}})? nam (20\d\d)(?!\d)")


def doc_year_missing(question: str, docs: list[Document]) -> list[str]:
    """["nam YYYY"] when the question names a document of a type and a year, and none of `docs` of that
    type (those its answer would come from) is of that year — by its title (or a span there, "giai đoạn
    2021 - 2025") or its date; [] otherwise, also when none is of that type (another question)."""
    m = _OF_YEAR.search(fold(question).lower())
    kind = (TYPES[m.group(1)][0] if m.group(1) in TYPES else CODES[m.group(1)]) if m else None      # ("kh": a Kế hoạch)
    docs = [d for d in docs if d.type == kind]
    if not docs:
        return []
    y = int(m.group(2))
    for d in docs:
        spans = [(int(a), int(b or a)) for a, b in _YEARS.findall(f"{d.title} {d.date[-4:]}")]
        if any(a <= y <= b for a, b in spans):
            return []
    return [f"nam {y}"]


_YEARS = re.compile(r"(?<![\d/])(20\d\d)(?:\s*[-–]\s*(20\d\d))?(?!\d)")

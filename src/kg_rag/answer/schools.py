"""A school named with its level — "Trường THCS Nghênh Phong", "truong THPT Diep Son" — is a thing
of its own: a text that knows only "Trường THPT Nghênh Phong" (another level's school of that
place) does not mention it, however often it names the place. The level is read in either form
("THCS" / "trung học cơ sở"), with the place's level word allowed between ("Trường THCS xã …").
Pure functions over the question and folded text."""
from __future__ import annotations

import re

from ..text.letters import capitals
from ..text.normalize import fold

# a school level's forms, folded, by the key a named thing carries — the one vocabulary of levels
# (named.SCHOOL_LEVELS, plain_names.PLAIN_SCHOOL)
LEVEL_FORMS = {"thcs": ("thcs", "trung hoc co so"), "thpt": ("thpt", "trung hoc pho thong"), "tieu hoc": ("tieu hoc", "th"),
               "mam non": ("mam non", "mn")}
_LEVELS = {key: "|".join(forms) for key, forms in LEVEL_FORMS.items()}
_KEYS = {form: key for key, forms in LEVEL_FORMS.items() for form in forms}
# (not a joined level, "TH&THCS", "THCS&THPT": the school is named whole by its own words)
_SCHOOL = re.compile(capitals(r"(?<![\wÀ-ỹ&])(?i:trường|truong)\s+(THCS|THPT|TH|MN|(?i:tiểu học|tieu hoc|mầm non|mam non|trung học cơ sở"
                              r"|trung hoc co so|trung học phổ thông|trung hoc pho thong))(?![\w&])\s+"
                              r"([A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){0,2})"))
_PLACE_WORD = r"(?:(?:xa|thi tran|phuong|thi xa|huyen)\s+)?"


def schools_named(question: str) -> list[str]:
    """ "truong thcs nghenh phong" for "Trường THCS Nghênh Phong …"."""
    return [f"truong {_KEYS[fold(m.group(1)).lower()]} {fold(m.group(2)).lower()}" for m in _SCHOOL.finditer(question)]


def school_mentioned(thing: str, folded: str) -> bool | None:
    """Whether folded text names the school `thing` (from `schools_named`); None for any other thing."""
    s = re.fullmatch(rf"truong ({'|'.join(_LEVELS)}) (.+)", thing)
    if s is None:
        return None
    name = r"\s+".join(map(re.escape, s.group(2).split()))
    # (a table may name it by its level alone: "| TH Thượng Vệ | 162 |")
    return re.search(rf"(?<![\w&])(?:truong\s+)?(?:{_LEVELS[s.group(1)]})\s+{_PLACE_WORD}{name}(?!\w)", folded, re.I) is not None

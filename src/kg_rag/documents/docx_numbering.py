"""Word's automatic list numbering, turned into the markers a typed document would have.

A numbered paragraph in .docx holds no "1." or "a)": Word draws it from numbering.xml (the
paragraph's w:numPr, or its style's, names a list and a level; the level has a format, a text
such as "%1." or "%1.%2." and a start value). The structure parser only sees text, so the marker
is computed here, counting per list (numId) and level as Word does: using a level restarts the
levels below it. Bullets become "-". "List Number" / "List Bullet" styles without numbering
definitions still get "1." / "-".
"""
from __future__ import annotations

import re

from docx.oxml.ns import qn

from ..text.numbers import roman


def _letters(n: int) -> str:
    # Word repeats the letter after z: aa, bb, …
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1) if n > 0 else "a"


def format_number(n: int, fmt: str) -> str:
    """One counter in a Word number format (decimal, lowerLetter, upperRoman, …)."""
    if fmt == "lowerLetter":
        return _letters(n)
    if fmt == "upperLetter":
        return _letters(n).upper()
    if fmt == "lowerRoman":
        return roman(n)
    if fmt == "upperRoman":
        return roman(n).upper()
    if fmt == "decimalZero":
        return f"{n:02d}"
    return str(n)


def _val(el, tag: str, default: str = "") -> str:
    child = el.find(qn(tag)) if el is not None else None
    return child.get(qn("w:val"), default) if child is not None else default


class Numbering:
    """The list markers of one document, computed paragraph by paragraph in reading order."""

    def __init__(self, document) -> None:
        try:
            root = document.part.numbering_part.element
        except (KeyError, NotImplementedError, AttributeError):
            root = None
        self.levels: dict[str, dict[int, tuple[str, str, int]]] = {}   # abstractNumId -> ilvl -> (fmt, text, start)
        self.style_level: dict[str, tuple[str, int]] = {}             # styleId -> (abstractNumId, ilvl)
        self.nums: dict[str, tuple[str, dict[int, int]]] = {}         # numId -> (abstractNumId, start overrides)
        for ab in root.findall(qn("w:abstractNum")) if root is not None else ():
            aid = ab.get(qn("w:abstractNumId"))
            for lvl in ab.findall(qn("w:lvl")):
                ilvl = int(lvl.get(qn("w:ilvl"), "0"))
                self.levels.setdefault(aid, {})[ilvl] = (_val(lvl, "w:numFmt", "decimal"),
                                                          _val(lvl, "w:lvlText", f"%{ilvl + 1}."),
                                                          int(_val(lvl, "w:start", "1") or 1))
                if style := _val(lvl, "w:pStyle"):
                    self.style_level[style] = (aid, ilvl)
        for num in root.findall(qn("w:num")) if root is not None else ():
            overrides = {int(o.get(qn("w:ilvl"), "0")): int(_val(o, "w:startOverride", "1") or 1)
                         for o in num.findall(qn("w:lvlOverride")) if o.find(qn("w:startOverride")) is not None}
            self.nums[num.get(qn("w:numId"))] = (_val(num, "w:abstractNumId"), overrides)
        self.counters: dict[str, list[int | None]] = {}

    def _num_pr(self, paragraph) -> tuple[str, int] | None:
        """(numId, ilvl) of a paragraph: its own w:numPr, else its style's (and the style's parents')."""
        ppr = paragraph._p.pPr
        if ppr is not None and ppr.numPr is not None and ppr.numPr.numId is not None:
            ilvl = ppr.numPr.ilvl.val if ppr.numPr.ilvl is not None else 0
            return str(ppr.numPr.numId.val), int(ilvl)
        style = paragraph.style
        while style is not None:
            spp = style.element.pPr
            if spp is not None and spp.numPr is not None and spp.numPr.numId is not None:
                num_id = str(spp.numPr.numId.val)
                ilvl = spp.numPr.ilvl.val if spp.numPr.ilvl is not None else \
                    self.style_level.get(style.style_id, ("", 0))[1]
                return num_id, int(ilvl)
            style = style.base_style
        name = paragraph.style.name if paragraph.style is not None else ""
        if m := re.fullmatch(r"List (Number|Bullet)(?: (\d))?", name or ""):
            return f"style:{m.group(1)}", int(m.group(2) or 1) - 1
        return None

    def marker(self, paragraph) -> str:
        """"1.", "a)", "II.", "1.2." or "-" for a list paragraph; "" for any other."""
        pr = self._num_pr(paragraph)
        if pr is None or pr[0] == "0":
            return ""
        num_id, ilvl = pr
        if num_id.startswith("style:"):
            levels = {i: ("bullet" if num_id.endswith("Bullet") else "decimal", f"%{i + 1}.", 1) for i in range(9)}
            overrides: dict[int, int] = {}
        else:
            aid, overrides = self.nums.get(num_id, ("", {}))
            levels = self.levels.get(aid, {})
        if ilvl not in levels:
            return ""
        counters = self.counters.setdefault(num_id, [None] * 10)
        start = overrides.get(ilvl, levels[ilvl][2])
        counters[ilvl] = start if counters[ilvl] is None else counters[ilvl] + 1
        for k in range(ilvl + 1, len(counters)):
            counters[k] = None                 # a new item restarts the levels under it
        fmt, text, _ = levels[ilvl]
        if fmt == "bullet":
            return "-"
        if fmt == "none":
            return ""

        def one(m: re.Match) -> str:
            k = int(m.group(1)) - 1
            lfmt, _, lstart = levels.get(k, ("decimal", "", 1))
            value = counters[k] if k < len(counters) and counters[k] is not None else overrides.get(k, lstart)
            return format_number(value, lfmt)
        return re.sub(r"%(\d)", one, text).strip()

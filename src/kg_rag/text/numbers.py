"""Numbers as the documents write them: Vietnamese text groups thousands with dots ("1.000 học
sinh", "125.000.000 đồng"), officers type them plain ("trên 1000 học sinh"), in words ("Sáu di
tích …" of the text's "06 di tích") or with their scale ("86,5 triệu"); Roman numerals."""
from __future__ import annotations

import re
from typing import Callable

# four digits or more, typed plain: not part of a date, a code, a decimal or a phone number ("0974…")
_PLAIN = re.compile(r"(?<![\d.,/:-])([1-9]\d{3,8})(?![\d/:-]|[.,]\d)")


def grouped(number: str) -> str:
    """ "1000" -> "1.000", "125000000" -> "125.000.000"."""
    return f"{int(number):,}".replace(",", ".")


def numbers_as_written(question: str, folded_corpus: Callable[[], str]) -> str:
    """The question with each plain number the documents write grouped (and never plain) written
    their way; years (1900–2100) stay as typed. `folded_corpus` gives the documents' text, folded."""
    def one(m: re.Match) -> str:
        n = m.group(1)
        if len(n) == 4 and 1900 <= int(n) <= 2100:
            return n
        text, g = folded_corpus(), grouped(n)
        written = lambda s: re.search(rf"(?<![\d.,]){re.escape(s)}(?![\d]|[.,]\d)", text) is not None
        return g if written(g) and not written(n) else n
    return _PLAIN.sub(one, question)


_ROMANS = ((1000, "m"), (900, "cm"), (500, "d"), (400, "cd"), (100, "c"), (90, "xc"), (50, "l"), (40, "xl"),
           (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i"))


def roman(n: int) -> str:
    """ "viii" for 8, in lower case (Word's list numbering)."""
    out = ""
    for value, letters in _ROMANS:
        while n >= value:
            out, n = out + letters, n - value
    return out


# a count in words, as asked ("Sáu di tích … là những di tích nào?"); not "một", "năm" (a year), "hai" ("thứ hai"),
# "ba" ("giải ba"), nor plain "sau"
NUMBER_WORDS = {"bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10}
# a small count as a text writes it before its unit, folded ("hai lớp" of a question's "2 lớp"; not "một", "năm", "sáu")
COUNT_SAID = {"2": "hai", "3": "ba", "4": "bon", "7": "bay", "8": "tam", "9": "chin"}


def writes_number(word: str, folded_text: str) -> bool:
    """Whether the text writes the count `word` names in digits ("06", "6")."""
    n = NUMBER_WORDS.get(word)
    return n is not None and re.search(rf"(?<![\d.,/])0?{n}(?![\d/]|[.,]\d)", folded_text) is not None     # (no date, no decimal)


# an amount typed with its scale ("86,5 triệu", "1,2 tỷ", "215 triệu"), which a text may write in full ("86.500.000 đồng")
_SCALES = {"nghin": 3, "ngan": 3, "trieu": 6, "ty": 9}
# (not a year, nor "2025 ngân sách", "2024 tỷ lệ": folded alike)
AMOUNT = re.compile(r"(?!(?:19|20)\d\d\b)(\d{1,4}(?:,\d{1,3})?)\s*(nghin|ngan|trieu|ty)(?!\w)(?!\s+(?:sach|hang|le)\b)")


def writes_amount(amount: str, folded_text: str) -> bool:
    """Whether a text (folded) writes an amount ("86,5 trieu") as typed or in full ("86.500.000")."""
    m = AMOUNT.fullmatch(amount)
    whole, _, part = m.group(1).partition(",")
    zeros = _SCALES[m.group(2)] - len(part)
    if zeros < 0:
        return False
    full = grouped(whole + part + "0" * zeros)
    scale = "(?:nghin|ngan)" if zeros + len(part) == 3 else m.group(2)
    return re.search(rf"(?<![\d.,])(?:{re.escape(full)}(?![\d]|[.,]\d)|{re.escape(m.group(1))}\s*{scale}(?!\w))", folded_text) is not None

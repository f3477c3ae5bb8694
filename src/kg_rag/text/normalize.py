"""Vietnamese text normalisation, done once at ingestion so shown, indexed and cited text agree.

`normalize_document` produces the canonical text of a document (all offsets point into it);
`normalize_for_match` is the looser form used to compare an evidence quote with a passage
(docs/contracts.md: case-insensitive, whitespace collapsed); `fold` strips diacritics so that a query
typed without them ("ket luan 69") meets the text ("Kết luận 69").
"""
from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from .columns import COLUMN, MARK, mark_columns
from .unwrap import unwrap

# Old-style tone placement ("hoà", "uỷ", "khoá") -> the style most of the corpus uses ("hòa",
# "ủy", "khóa"). Only when the vowel pair ends the syllable: "hoàn", "khuyến" are the same in
# both styles. After "q" the "u" is part of the consonant ("quý" is right as it is).
# Works on NFD, where the tone mark is its own code point after the vowel it sits on.
_OLD_TONE = re.compile(r"(?<![qQ])([oO][aAeE]|[uU][yY])([\u0300\u0301\u0303\u0309\u0323])"
                       r"(?![^\W\d_]|[\u0300-\u036f])")


def fix_tone_marks(text: str) -> str:
    nfd = unicodedata.normalize("NFD", text)
    out = _OLD_TONE.sub(lambda m: m.group(1)[0] + m.group(2) + m.group(1)[1], nfd)
    return unicodedata.normalize("NFC", out)


_ZERO_WIDTH = re.compile("[\u200b\u200c\u200d\u2060\ufeff\u00ad]")
_SPACES = re.compile("[ \t\u00a0\u2000-\u200a\u202f\u205f\u3000]+")
_BOOKMARK = re.compile(r"\[bookmark:[^\]\n]*\]\s*", re.I)
_MD_HEADING = re.compile(r"^[ \t]*#{1,6}[ \t]*", re.M)
_MD_EMPH = re.compile(r"\*+")
_ESCAPE = re.compile(r"\\([_\\*#\[\]().\-])")
_LETTER_ITEM = re.compile(r"^[a-zđ][).]\s")        # "a) Chỉ đạo …" starts an item, it does not go on
# a line cut before its figure ("… năm 2026 là" / "5,85 tỷ đồng …")
_OPEN_END = re.compile(r"(?<!\w)(?:là|đạt|gồm|có|khoảng|được|với|từ|đến|tới|còn|tổng cộng|trên|dưới)$")
_LIST_START = re.compile(r"^(?:[-·•+–]|\d|\(\d|[IVXL]+\s*[.\-–:])")


def _rejoin_broken_paragraphs(text: str) -> str:
    """Join a paragraph that a page break in the export cut in two ("… Ban\n\nChấp hành …",
    "đơn\n\nvị."): the first part ends mid-word-run (a letter, no punctuation) and the second
    goes on in lower case, or the first is a long list item and the second is no list item.
    (Titles and opening paragraphs also end without punctuation, so they never take the second
    rule.)"""
    paras = text.split("\n\n")
    out = [paras[0]]
    for p in paras[1:]:
        prev_line = out[-1].rsplit("\n", 1)[-1]
        ends_open = bool(prev_line) and prev_line[-1].isalpha()
        nxt = p.lstrip("\n")
        starts_lower = bool(nxt) and nxt[0].isalpha() and nxt[0].islower() and not _LETTER_ITEM.match(nxt) \
            or bool(nxt) and nxt[0].isdigit() and not re.match(r"\d{1,2}(?:\.\d{1,2})*[.)]\s", nxt) \
            and _OPEN_END.search(prev_line) is not None
        long_cut = len(prev_line) >= 150 and bool(_LIST_START.match(prev_line)) \
            and bool(nxt) and nxt[0].isalpha() and not _LIST_START.match(nxt)
        if ends_open and (starts_lower or long_cut):
            out[-1] = out[-1] + " " + nxt
        else:
            out.append(p)
    return "\n\n".join(out)


def base_normalize(text: str) -> str:
    """NFC, Đ not Ð, one tone-mark style, no zero-width characters. Offsets-neutral enough to
    apply to queries as well as documents."""
    text = unicodedata.normalize("NFC", text)
    text = text.replace("\u00d0", "\u0110").replace("\u0189", "\u0110").replace("\u00f0", "\u0111")
    text = _ZERO_WIDTH.sub("", text)
    return fix_tone_marks(text)


def normalize_document(raw: str) -> str:
    """The canonical text of a document: what is shown, cited and offset into."""
    text = raw.replace("\r\n", "\n").replace("\r", "\n")
    text = base_normalize(text)
    text = _BOOKMARK.sub("", text)
    text = _ESCAPE.sub(r"\1", text)
    text = _MD_HEADING.sub("", text)
    text = _MD_EMPH.sub("", text)
    text = mark_columns(text)                # a two-column header or tail typed with spaces (columns.py)
    text = _SPACES.sub(" ", text)
    text = "\n".join(line.strip() for line in text.split("\n")).replace(MARK, COLUMN)
    text = re.sub(r"\n{3,}", "\n\n", text)
    text = unwrap(text)                      # lines hard-wrapped by a PDF copy -> paragraphs (unwrap.py)
    text = _rejoin_broken_paragraphs(text)
    return text.strip() + "\n"


_OPENS = re.compile(r"\s*(?:[-+•*–]|\d{1,2}[.)]|[a-zđ]\)|[IVXLC]+\.|(?:Điều|Chương|Mục|Phần|PHẦN|CHƯƠNG)\s)")


def _runs_on(page: str, after: str) -> bool:
    """A sentence running on over a page break — the page's last paragraph, a long one, ends without
    closing it, and the next page opens with no item, heading or capitals line of its own: one
    paragraph ("… nhân kỷ niệm ngày thành lập / Đoàn TNCS Hồ Chí Minh."; not a signer's name / "QUY CHẾ")."""
    last, first = page.rstrip().rsplit("\n\n", 1)[-1], after.lstrip().split("\n", 1)[0]
    return len(last) >= 80 and re.search(r"[\wÀ-ỹ,]$", last) is not None and not _OPENS.match(after) and not first.isupper()


def normalize_with_pages(raw: str) -> tuple[str, tuple[int, ...]]:
    """`normalize_document` of a text whose pages are separated by form feeds ("\\f", as the PDF
    reader writes them): each page break becomes a paragraph break, and the offset in the result
    where each page starts is returned with it (page n starts at `starts[n - 1]`).

    Normalisation only ever drops characters locally (artefacts, zero-width characters) and
    rewrites whitespace (unwrap, rejoined paragraphs), so the non-space characters of the result
    are those of the pages normalised one by one, in order: a page starts at the first non-space
    character after the ones of the pages before it."""
    pages = raw.split("\f")
    text = normalize_document("".join(p + ("" if i + 1 == len(pages) else " " if _runs_on(p, pages[i + 1]) else "\n\n")
                                      for i, p in enumerate(pages)))
    counts = [sum(not c.isspace() for c in normalize_document(p)) for p in pages]
    offsets = [i for i, c in enumerate(text) if not c.isspace()]
    starts, seen = [], 0
    for n in counts:
        starts.append(offsets[seen] if seen < len(offsets) else len(text))
        seen += n
    if starts:
        starts[0] = 0
    return text, tuple(starts)


def normalize_for_match(text: str) -> str:
    """Evidence matching (docs/contracts.md): normalised, artefacts dropped, whitespace collapsed, lower case."""
    text = base_normalize(text or "")
    text = _BOOKMARK.sub(" ", text)
    text = re.sub(r"[*#\\]", "", text)
    return re.sub(r"\s+", " ", text).strip().lower()


def fold(text: str) -> str:
    """Lower-case, no diacritics, đ -> d: "Kết luận" -> "ket luan"."""
    return _fold_short(text) if len(text) <= 48 else _fold(text)


def _fold(text: str) -> str:
    text = base_normalize(text).lower().replace("đ", "d")
    nfd = unicodedata.normalize("NFD", text)
    return "".join(c for c in nfd if unicodedata.category(c) != "Mn")


# words and syllables repeat endlessly: fold each distinct one once
_fold_short = lru_cache(maxsize=1 << 17)(_fold)


def has_diacritics(text: str) -> bool:
    return fold(text) != base_normalize(text).lower()


def plain_runs(text: str) -> list[str]:
    """Runs of three or more lower-case words typed without diacritics ("… con huyen kim thach"):
    inside an accented question, the part typed plain."""
    return re.findall(r"(?<![\wÀ-ỹ])[a-z]+(?: [a-z]+){2,}", text)


def collapse_ws(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()

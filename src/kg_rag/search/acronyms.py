"""Acronyms the asker makes up from the documents' own phrases: "TTHTCĐ" for "Trung tâm học tập
cộng đồng", "cds" for "chuyển đổi số", "BCĐ" for "Ban Chỉ đạo". The genre's common abbreviations
are spelled out from a fixed table (text/genre.py); these are read off the corpus itself: the
phrase whose syllables start with the acronym's letters, written most often.

`spell_out` is pure: the corpus's folded text comes from the caller (the retriever reads it once
per index generation, only when a question holds a word that may be an acronym)."""
from __future__ import annotations

import re
from collections import Counter
from typing import Callable

from ..text.genre import ABBR_RE, ABBREVIATIONS, FOLDED_ABBREVIATIONS
from ..text.normalize import fold, has_diacritics
from ..text.numbers import numbers_as_written

# (glued to the next abbreviation — "TTGDNN-GDTX" — it is read on its own, not inside a number "36/TB-TTGDNN")
# (not "PT-TH", "VH-TT&DL": abbreviations of their own, written out from text/genre.py's table)
_WORD = re.compile(r"(?<![\w&/-])([A-Za-zĐđ]{2,7})(?:(?![\w&/-])|(?<=[A-Za-zĐđ]{4})(?P<dash>-)(?=[A-ZĐ]{2}))")
_JOINED = re.compile(r"(?<![\w&/-])([A-ZĐ]{2,6})&([A-ZĐ]{2,6})(?![\w&/-])")
_VOWELS = set("aeiouy")
_ASKING = {"sdt", "stt", "vv"}     # "số điện thoại", "số thứ tự", "về việc": the asking's own
# units written in Latin letters ("25 MB/tệp", "300 dpi", "5 kWh"): no phrase of the documents
_UNITS = {"kb", "mb", "gb", "mbps", "kbps", "dpi", "fps", "ghz", "mhz", "kw", "kwh", "mw", "cm", "mm", "km", "kg"}
MIN_SEEN = 2            # a phrase written at least twice
LEAD = 2.0              # and at least twice as often as the next phrase with those initials


def looks_like_acronym(word: str) -> bool:
    """Letters a Vietnamese syllable cannot be: at most one vowel in 3–7 letters ("tthtcd", "cds",
    "bcd", "ubmttq"), or two capitals ("GD", "YT"), never a word with a vowel group ("toan", "nhieu")."""
    f = fold(word).lower()
    return f not in _ASKING and f not in _UNITS and (3 <= len(f) <= 7 or (len(f) == 2 and word.isupper())) \
        and sum(c in _VOWELS for c in f) <= 1 and not f[1:].isdigit()


def expansion(acronym: str, folded_corpus: str, original: str, joined: int = 0, before: str = "") -> str | None:
    """The phrase of `original` (same offsets as `folded_corpus`, its lower-cased fold) whose
    syllables' initials spell the acronym, when one phrase clearly leads; else None. `joined`:
    the letters before an "&" the phrase writes as "và" ("NN&MT": "nông nghiệp và môi trường");
    `before`: the folded word the acronym stands before, when it alone leads none ("HĐ tư vấn")."""
    letters = fold(acronym).lower()
    # ("khoa học, kỹ thuật" is KHKT too)
    seps = [r"\s+va\s+" if i + 1 == joined else r",?\s+" for i in range(len(letters) - 1)]
    rx = re.compile(r"(?<![a-z0-9])" + "".join(f"{re.escape(c)}[a-z]*{sep}" for c, sep in zip(letters, seps + [""]))
                    + (rf"(?=\s+{re.escape(before)}(?![a-z0-9]))" if before else r"(?![a-z0-9])"))
    seen: Counter = Counter()
    forms: dict[str, Counter] = {}
    barred = [i for i, c in enumerate(acronym.lower()) if c == "đ"]      # ("HĐ": "hội đồng", never "hướng dẫn")
    for m in rx.finditer(folded_corpus):
        if barred and any(original[m.start():m.end()].replace(",", " ").split()[i][:1].lower() != "đ" for i in barred):
            continue
        key = " ".join(m.group(0).replace(",", " ").split())
        seen[key] += 1
        forms.setdefault(key, Counter())[" ".join(original[m.start():m.end()].split())] += 1
    if not seen:
        return None
    (best, n), *rest = seen.most_common(2)
    if n < MIN_SEEN or (rest and rest[0][1] * LEAD > n):
        return None
    form = forms[best].most_common(1)[0][0]
    return form[0].lower() + form[1:] if not form.isupper() else form.lower()


def spell_out(question: str, known: Callable[[str], bool], corpus: Callable[[], tuple[str, ...]],
              cache: dict[str, str | None] | None = None) -> str:
    """The question with each unknown acronym replaced by the corpus phrase it abbreviates — as
    the documents write it, or folded when the question is typed without diacritics; and each number
    typed plain that they write grouped ("1000": "1.000").
    `cache` keeps each acronym's phrase for the same corpus, so a question does not scan it again."""
    question = numbers_as_written(question, lambda: corpus()[0])
    plain = not has_diacritics(question)        # (in any case: "truong TH …")
    if _LOANWORD.search(question):
        question = loanwords(question, corpus()[2], plain)
    # two abbreviations joined that neither the genre's table nor the corpus writes whole: "Phòng
    # KHCN&HTQT" is "KHCN và HTQT" (not "TT&DL" of "VH, TT&DL", nor a "TH&THCS" the documents write)
    listed = [a.span() for a in ABBR_RE.finditer(question)]
    # (the documents' own phrase for both, when one leads: "Phòng NN&MT" is "Nông nghiệp và Môi trường", not "Nhà nước")
    def joined(m: re.Match) -> str:
        if any(a <= m.start() < b for a, b in listed):
            return m.group(0)
        key = "&" + fold(m.group(0)).lower()            # (read off the corpus once per joined form, like an acronym)
        # (kept as typed, "&", when the documents write it so — in their text, not only as a filing code: "Lưu: VT, BTG&DV")
        phrase = _memo(cache, key, lambda: "&" if any(not re.search(r"\bluu\b[^\n]*$", corpus()[0][max(0, w.start() - 60):w.start()])
                                                      for w in re.finditer(re.escape(key[1:]), corpus()[0]))
                       else expansion(m.group(1) + m.group(2), *corpus()[:2], joined=len(m.group(1))))
        if phrase == "&":
            return m.group(0)
        if phrase:
            return fold(phrase) if plain else phrase
        return f"{m.group(1)} {'va' if plain else 'và'} {m.group(2)}"
    question = _JOINED.sub(joined, question)
    out, last = [], 0
    # (a part of a longer abbreviation the genre's table writes out: "VH" of "Phòng VH, KH&TT")
    listed = [a.span() for a in ABBR_RE.finditer(question)]
    for m in _WORD.finditer(question):
        w = m.group(1)
        if not looks_like_acronym(w) or known(w) and not _known_as_other(w) or any(a <= m.start(1) < b and b - a > len(w) for a, b in listed):
            continue
        key = fold(w).lower()
        phrase = _memo(cache, key, lambda: expansion(w, *corpus()[:2]))
        # ("HĐ tư vấn": hội đồng, hoạt động … — the one the corpus writes before that word, when none leads)
        if phrase is None and "đ" in w.lower() and (nxt := re.match(r"\s+([^\W\d_]+)", question[m.end():])):
            before = fold(nxt.group(1)).lower()
            phrase = _memo(cache, f"{key} {before}", lambda: expansion(w, *corpus()[:2], before=before))
        if phrase is None:
            continue
        out += [question[last:m.start()], (fold(phrase) if plain else phrase) + (" - " if m.group("dash") else "")]
        last = m.end()
    return "".join(out) + question[last:] if out else question


def _known_as_other(word: str) -> bool:
    """ "HĐ", known only folded, as the table's "HD" (hướng dẫn): hội đồng, hoạt động … as the corpus spells it."""
    return "đ" in word.lower() and word not in ABBREVIATIONS and fold(word).lower() in FOLDED_ABBREVIATIONS


def _memo(cache: dict | None, key: str, compute: Callable[[], str | None]) -> str | None:
    """compute() once per key of `cache` (every time when there is none)."""
    if cache is None:
        return compute()
    if key not in cache:
        cache[key] = compute()
    return cache[key]


RARE = 3        # an acronym written fewer times than this is spelled out when the corpus's phrase for it leads


def rare_acronym(word: str, gram: tuple | None) -> bool:
    """Whether a word in capitals of three letters or more is one the corpus writes rarely (`gram`:
    its (form, count) in the corpus, or None)."""
    return word.isupper() and len(word) >= 3 and (gram is None or gram[1] < RARE)


# words borrowed from English for what the documents write in Vietnamese ("gửi file online" of a
# text's "gửi tệp trực tuyến"), used only where the corpus never writes the borrowed word
# (not "email", "hotline": asked as they are, a contact's address or number, whatever the text calls it)
LOANWORDS = {"file": "tệp", "online": "trực tuyến", "deadline": "thời hạn", "link": "đường dẫn",
             "app": "ứng dụng", "website": "trang thông tin điện tử"}
_LOANWORD = re.compile(r"(?<![\w-])(" + "|".join(sorted(map(re.escape, LOANWORDS), key=len, reverse=True)) + r")(?![\w-])", re.I)


def loanwords(question: str, written: frozenset[str], plain: bool) -> str:
    """The question with each borrowed word the corpus never writes (`written`: its lower-case words)
    as the documents write it — folded when the question is typed without diacritics."""
    def one(m: re.Match) -> str:
        word, ours = m.group(1), LOANWORDS[m.group(1).lower()]
        if word.lower() in written or ours.split()[0] not in written:
            return word
        return fold(ours) if plain else ours
    return _LOANWORD.sub(one, question)

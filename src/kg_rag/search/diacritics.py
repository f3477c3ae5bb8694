"""Put diacritics back on a query typed without them, from the corpus's own written forms.

"ai ky huong dan tuyen truyen ket luan 69" -> "ai ký hướng_dẫn tuyên_truyền kết_luận 69"-like
text: greedy longest match of the query's folded syllables against the corpus's words (up to four
syllables), two-syllable runs and single syllables (index/grams.py), each replaced by its most
frequent written form. Syllables never seen stay as typed. The restored text is only used to
search (the dense model reads accented Vietnamese far better); it is never shown as the user's.
"""
from __future__ import annotations

import math
import re
from typing import Callable, Optional

from ..text.normalize import fold, has_diacritics
from ..text.segment import is_word
from ..index.lexical import STOPWORDS

_SYL = re.compile(r"[^\W_]+", re.UNICODE)
MAX_N = 4
Lookup = Callable[[str], Optional[tuple]]      # gram key -> (written form, count) or None


class Restorer:
    def __init__(self, lookup: Lookup):
        self.lookup = lookup

    def _form(self, syllables: list[str]) -> tuple[str, int] | None:
        """The most frequent written form of these syllables as one word (or a pair), and its count."""
        key = fold(" ".join(syllables))
        if key in QUESTION_WORDS:            # "bao nhieu" is "bao nhiêu", whatever the corpus writes most
            return QUESTION_WORDS[key], 1
        n = len(syllables)
        if n == 1:
            got = None if syllables[0].isdigit() else self.lookup("1:" + key)
        else:
            got = self.lookup("w:" + key.replace(" ", "_")) or (self.lookup("2:" + key) if n == 2 else None)
        return (got[0].replace("_", " "), got[1]) if got else None

    def restore(self, query: str) -> str:
        """The query's syllables cut into the corpus's words so that long words win ("hoc ky nang
        so" is "học kỹ năng số", not "học kỳ năng số"), frequent ones breaking ties."""
        if has_diacritics(query):
            return query
        toks = _SYL.findall(query)
        best: list[tuple[float, list[str]]] = [(0.0, [])] * (len(toks) + 1)
        for i in range(len(toks) - 1, -1, -1):
            options = [(best[i + 1][0], [toks[i]] + best[i + 1][1])]       # kept as typed
            for n in range(1, min(MAX_N, len(toks) - i) + 1):
                if (got := self._form(toks[i:i + n])) is not None:
                    score = best[i + n][0] + n * n + 0.01 * math.log1p(got[1])
                    options.append((score, [got[0]] + best[i + n][1]))
            best[i] = max(options, key=lambda o: o[0])
        return " ".join(best[0][1])


    def restore_runs(self, query: str) -> str:
        """A question typed partly without diacritics ("… kỹ năng số xa dong tam", a follow-up
        appended to an earlier question): each run of two or more unaccented lower-case words
        restored as a whole query would be; the rest left as typed. Vietnamese has words without
        diacritics, so a run is only restored where it was typed plain: not its ends that make a
        word with their accented neighbours ("triển khai bao nhiêu", "lo kinh phí"), and only
        when what remains holds a word of two syllables or more — one syllable alone ("giao",
        "lo") is as likely the plain word as an unaccented one."""
        if not has_diacritics(query):
            return self.restore(query)

        def fix(m: re.Match) -> str:
            toks = m.group(0).split()
            before = _SYL.findall(query[:m.start()])[-1:]
            after = _SYL.findall(query[m.end():])[:1]
            lo = 1 if before and self._word([before[0], toks[0]]) else 0
            hi = len(toks) - 1 if after and self._word([toks[-1], after[0]]) else len(toks)
            core = toks[lo:hi]
            if len(core) < 2 or not any(self._word(core[i:i + 2], pairs=True) for i in range(len(core) - 1)):
                return m.group(0)
            return " ".join(toks[:lo] + [self.restore(" ".join(core))] + toks[hi:])
        return _PLAIN_RUN.sub(fix, query)

    def fix_typos(self, query: str, written: Callable[[str], bool]) -> str:
        """Syllables typed with diacritics the corpus never writes them with ("Ngày hôi STEM"; `written`
        tells, given a syllable lower-cased): each takes the corpus's form of the two-syllable word
        (or pair written more than once) it makes with a neighbour. A syllable making none is left
        as typed: "mấy" is no "máy" however often the corpus writes the machine."""
        toks = list(_SYL.finditer(query))
        words = [m.group(0) for m in toks]
        # ("thôn Lò Gach": a name's syllable left plain in a question typed with diacritics, too)
        accented = sum(map(has_diacritics, words)) * 2 >= len(words)
        for i in reversed(range(len(toks))):
            w = words[i]
            # (the syllable's most frequent form is written, surely; any other form is looked for)
            if not (has_diacritics(w) or accented and w[:1].isupper() and w[1:].islower()) \
                    or (one := self.lookup("1:" + fold(w).lower())) is None \
                    or one[0].lower() == w.lower() or written(w.lower()) or w.lower() in STOPWORDS:
                continue           # (a function word is typed as meant: "thì xã X" is no "thị xã X")
            for j in (i - 1, i):            # with the word before, then after
                if 0 <= j < len(words) - 1 and query[toks[j].end():toks[j + 1].start()] == " ":
                    key = fold(f"{words[j]} {words[j + 1]}").lower()
                    got = self.lookup("w:" + key.replace(" ", "_")) or ((g := self.lookup("2:" + key)) and g[1] >= 2 and g)
                    # (a word of the language — "nằm" — is taken for another only in a corpus word or a
                    # word of the language, not in two syllables merely written in a row: "năm trong")
                    if got and w.islower() and is_word(w) and not self.lookup("w:" + key.replace(" ", "_")) \
                            and not is_word(got[0].replace("_", " ").lower()):
                        got = None
                    if got and len(form := got[0].replace("_", " ").split()) == 2:
                        right = form[i - j][0].upper() + form[i - j][1:] if w[0].isupper() else form[i - j].lower()
                        query = query[:toks[i].start()] + right + query[toks[i].end():]
                        break
        return query

    def _word(self, syllables: list[str], pairs: bool = False) -> bool:
        """Whether two syllables, whatever their diacritics, are a word of the corpus (or, with
        `pairs`, two syllables it writes in a row more than once)."""
        key = fold(" ".join(syllables)).lower()
        # (a pair written once is as likely two words meeting by chance: "tuyên giáo / cho")
        return key in QUESTION_WORDS or self.lookup("w:" + key.replace(" ", "_")) is not None \
            or (pairs and (got := self.lookup("2:" + key)) is not None and got[1] >= 2)


# the words questions are asked with, which a corpus of directives rarely writes
QUESTION_WORDS = {"bao nhieu": "bao nhiêu", "bao lau": "bao lâu", "bao gio": "bao giờ", "khi nao": "khi nào",
                  "lam gi": "làm gì", "nhu the nao": "như thế nào", "the nao": "thế nào", "o dau": "ở đâu",
                  "nhung ai": "những ai", "nhung gi": "những gì", "la gi": "là gì", "ra sao": "ra sao",
                  "ngay nao": "ngày nào", "nam nao": "năm nào", "thang nao": "tháng nào", "cho biet": "cho biết"}
_PLAIN_RUN = re.compile(r"(?<![\w&/-])[a-z]+(?:[ ]+[a-z]+)+(?![\w&/-])")


def phrase_seen(folded_phrase: str, lookup: Lookup) -> bool:
    """Whether a run of folded syllables ("giao thong duong") occurs in the corpus: each two
    syllables in a row must (exact for two or three syllables' pairs, a close bound beyond)."""
    syl = folded_phrase.split()
    if len(syl) < 2:
        return lookup("1:" + folded_phrase) is not None
    return all(lookup(f"2:{a} {b}") is not None for a, b in zip(syl, syl[1:]))

"""Lexical side: the Vietnamese analyzer (terms for BM25) and a small Okapi BM25.

Terms of a text are
  * directive tokens "dir:kl69" for every directive named, found by regex *before* segmentation;
  * segmented words, lower-cased, syllables joined by "_" ("kinh_tế");
  * diacritic-folded syllables ("~kinh", "~te"), so a query typed without diacritics still meets
    the text — and an NFD/NFC or old/new tone-mark difference cannot hide a word;
with Vietnamese function words dropped and abbreviations (KH&CN, UBND, HĐND …) spelled out on
both sides. Pure functions and a pure scorer; the index stores the terms, so only queries are
segmented at run time.
"""
from __future__ import annotations

import math
import re
from collections import Counter

import numpy as np

from ..text.normalize import base_normalize, fold, has_diacritics
from ..text.genre import CODE_NAMES, FOLDED_ABBREVIATIONS, USER_CODES, expand_abbreviations, one_spelling
from ..text.refs import NUMBER_RE, extract_refs
from ..text.user_refs import RefQuery, parse_user_refs
from ..text.segment import words

ANALYZER_VERSION = "32"

# (two letters only when no syllable could be them: "gv", "hs", "ds" — not "ho", "to")
_FOLDED_ABBR = {k: v for k, v in FOLDED_ABBREVIATIONS.items() if len(k) >= 3 or not set(k) & set("aeiouy")}
_FOLDED_ABBR_RE = re.compile(r"(?<![\w&/-])(" + "|".join(re.escape(a) for a in sorted(_FOLDED_ABBR, key=len, reverse=True))
                             + r")(?![\w&/-])")

STOPWORDS = set("""và của các những là có được trong cho với về để theo từ này đó thì mà ở tại như khi đã đang sẽ
cũng nhằm do bị một hoặc hay nào gì ai sao không phải cần nêu hãy vậy nhé ạ thế đâu bao gồm vào
bao_nhiêu thế_nào như_thế_nào làm_gì cho_biết ra_sao là_gì những_gì nội_dung gồm_những văn_bản
số ngày tháng năm phần_trăm mấy bao_lâu bao_giờ khi_nào ở_đâu hơn khác""".split())
_FOLDED_STOP = {fold(w) for w in STOPWORDS if "_" not in w} | {"lam", "gi", "nhu", "the", "nao"}
# a classifier that asks nothing a corpus never writing it lacks ("Cuộc họp …" of the text's "Phiên họp …")
FILLERS = frozenset({"cuộc"})




# a measure glued to its number ("15m", "2,5ha", "30kg"; not "4G", a network)
_GLUED_UNIT = re.compile(r"(?<![\w.,/])(\d+(?:[.,]\d+)?)(km|cm|mm|m2|m3|ha|kg|mg|ml|m)(?!\w)")
_CODE_BEFORE = re.compile(rf"(?<![a-z0-9])(?:{'|'.join(sorted(USER_CODES, key=len, reverse=True))})\s*(?:so\s*:?\s*)?$")


def directive_token(code: str, number: str) -> str:
    """The BM25 term of a directive: "69-KL/TW", "Kết luận 69", "KL 69" all give "dir:kl69"."""
    return f"dir:{fold(code)}{number}"


def analyze(text: str, query: bool = False, user_refs: list[RefQuery] | None = None) -> list[str]:
    """Terms of `text` for BM25 (see module doc). Queries also recognise user forms ("KL 69");
    `user_refs`, when the caller has already read them from this same text, are not read again."""
    text = one_spelling(base_normalize(text))      # ("tỉ lệ" in one document, "tỷ lệ" in the question)
    # a query typed without diacritics segments badly and its words match nothing: fold only
    # (decided before a directive's type is written out in full, with its diacritics)
    plain = query and not has_diacritics(text)
    terms: list[str] = []
    formal = extract_refs(text)
    for r in reversed(formal):
        terms.append(directive_token(r.code, r.number))
        # blank the number so the segmenter does not make "69", "KL", "TW" tokens of it
        # (a punctuation break, not spaces: the segmenter must not glue the words around it)
        # and a code typed before it ("HD 203-HD/BTGTU") is the same name, not a word of the question
        start = r.start
        if query and (m := _CODE_BEFORE.search(fold(text[:r.start]))) and len(fold(text)) == len(text):
            text, start = text[:m.start()] + " " * (r.start - m.start()) + text[r.start:], r.start
        text = text[:start] + NUMBER_RE.sub(" ; ", text[start:r.end], count=1) + text[r.end:]
    terms.reverse()
    if query:
        found = user_refs if user_refs is not None and not formal else parse_user_refs(text)
        for q in found:
            tok = directive_token(q.code, q.number)
            if tok not in terms:
                terms.append(tok)
        # "KL 69", "Kết luận 69" -> "Kết luận ;": the type in full, no bare "69" or "kl" token
        # (right to left, so earlier offsets stay valid)
        for q in reversed(found):
            if len(fold(text)) == len(text):
                text = text[:q.start] + f" {CODE_NAMES.get(q.code, '')} ; " + text[q.end:]
    text = expand_abbreviations(text, keep=False)
    text = _GLUED_UNIT.sub(r"\1 \2", text)        # "tàu từ 15m trở lên" is the text's "15 m"
    if plain:
        text = _FOLDED_ABBR_RE.sub(lambda m: _FOLDED_ABBR[m.group(1)], text.lower())
    for w in words(text):
        if not w[0].isalnum():
            continue
        lw = w.lower().replace(" ", "_")
        if not plain and lw not in STOPWORDS and not (len(lw) == 1 and not lw.isdigit()) \
                and not (lw.isascii() and fold(lw) in _FOLDED_STOP):
            terms.append(lw)
        for syl in w.lower().split():
            f = fold(syl)
            if f not in _FOLDED_STOP and (len(f) > 1 or f.isdigit()):
                terms.append("~" + f)
    return terms


_FOLDED_FRAMES = re.compile(r"\b(bao nhieu|nhu the nao|the nao|ra sao|lam gi|la gi|cho biet|nhung gi|phai lam|"
                            r"phan tram|lan thu may|may lan|bao lau|bao gio|khi nao|ngay nao|o dau)\b")


def folded_units(query: str, vocab, user_refs: list[RefQuery] | None = None, pair_seen=None, written=None) -> list[str]:
    """Content units of a question typed without diacritics: its folded syllables segmented
    greedily (longest first, up to 4) against the corpus's folded words (`vocab`, e.g. from
    `folded_words`), each returned as the corpus writes it ("văn_hóa"). Syllables
    that form no corpus word stay together as one phrase unit ("~giao_thong_duong_bo"): one
    folded syllable alone ("giao", "thong") matches almost anything. Named directives, function
    words and question frames ("bao nhieu", "lam gi") are dropped and end a phrase; so does a pair
    of syllables the corpus never writes in a row (`pair_seen(a, b)`, when given): "phan tram ho
    dat" is not one unknown phrase because the corpus never wrote "trăm hộ"; nor is a run whose
    pairs it writes but never the whole (`written(folded)`, when given): "cuon sach tren xe" is
    "cuốn", "sách", "trên", "xe", as typed with diacritics. Abbreviations typed without diacritics ("kh&cn")
    are spelled out first."""
    q = query
    for r in reversed(parse_user_refs(query) if user_refs is None else user_refs):
        q = q[:r.start] + " , " + q[r.end:]
    q = _GLUED_UNIT.sub(r"\1 \2", fold(expand_abbreviations(q, keep=False)))     # "TP", "TX" typed in capitals: "thanh pho"; "12m"
    q = _FOLDED_ABBR_RE.sub(lambda m: " " + fold(_FOLDED_ABBR[m.group(1)]) + " ", q)
    q = _FOLDED_FRAMES.sub(" , ", q)
    out: list[str] = []
    for run in re.split(r"[,.;:!?()\-–/]", q):
        syl = re.findall(r"[a-z0-9]+", run)
        # ("… con thieu truoc ngay nao": "trước" the date asked, a unit of its own, not the end of "con thieu truoc")
        tail, syl = (["~truoc"], syl[:-1]) if syl[-1:] == ["truoc"] else ([], syl)
        phrase: list[str] = []
        i = 0
        while i <= len(syl):
            n_word = next((n for n in range(min(4, len(syl) - i), 1, -1)
                           if "_".join(syl[i:i + n]) in vocab), 0) if i < len(syl) else 0
            stop = i < len(syl) and not n_word and (syl[i] in _FOLDED_STOP or syl[i].isdigit() or len(syl[i]) < 2)
            if i == len(syl) or n_word or stop:
                if phrase:
                    out += _written_runs(phrase, written)
                    phrase = []
                if n_word:
                    out.append(vocab["_".join(syl[i:i + n_word])])
                    i += n_word
                    continue
            elif i < len(syl):
                if phrase and pair_seen is not None and not pair_seen(phrase[-1], syl[i]):
                    out += _written_runs(phrase, written)
                    phrase = []
                phrase.append(syl[i])
            i += 1
        out += tail
    return out


def _written_runs(phrase: list[str], written) -> list[str]:
    """A folded phrase as one unit, or, when the corpus never writes it whole, its syllables one by
    one (function words dropped), as the words they are when typed with diacritics."""
    if written is None or len(phrase) < 3 or written(" ".join(phrase)):
        return ["~" + "_".join(phrase)]
    return ["~" + p for p in phrase if p not in _FOLDED_STOP]


class BM25:
    """Okapi BM25 over term lists. k1, b: the usual defaults (Robertson & Zaragoza, 2009)."""

    def __init__(self, docs: list[list[str]], k1: float = 1.2, b: float = 0.75):
        self.k1, self.b = k1, b
        self.n = len(docs)
        self.lengths = np.array([len(d) for d in docs], dtype=np.float32)
        self.avgdl = float(self.lengths.mean()) if self.n else 0.0
        self.postings: dict[str, list[tuple[int, int]]] = {}
        for i, d in enumerate(docs):
            for t, c in Counter(d).items():
                self.postings.setdefault(t, []).append((i, c))

    def idf(self, term: str) -> float:
        df = len(self.postings.get(term, ()))
        return math.log(1 + (self.n - df + 0.5) / (df + 0.5))

    def scores(self, query: list[str]) -> np.ndarray:
        s = np.zeros(self.n, dtype=np.float32)
        if not self.n:
            return s
        norm = self.k1 * (1 - self.b + self.b * self.lengths / max(self.avgdl, 1e-9))
        for t, qc in Counter(query).items():
            idf = self.idf(t)
            for i, c in self.postings.get(t, ()):
                s[i] += qc * idf * c * (self.k1 + 1) / (c + norm[i])
        return s

"""Does a passage support a sentence? A transparent, deterministic judge for ALCE-style citation
recall and precision (Gao et al., 2023, "Enabling Large Language Models to Generate Text with
Citations"), which use an NLI model there. No Vietnamese NLI model can be shipped, so the judge
here is lexical, and says why it decided:

1. Directive numbers (``extract_refs``: "69-KL/TW", "Kết luận 69-KL") named in the sentence must be
   named in the evidence — same number, code and issuer; a date given with one must match too.
2. Dates (dd/mm/yyyy, "ngày 11 tháng 01 năm 2024"), years and every other number must appear in the
   evidence exactly ("15 năm" is not "10 năm").
3. A negation the evidence lacks ("không", "chưa", …) rejects the sentence.
4. Content words (segmented with underthesea; function and question-frame words dropped) are
   compared diacritic-folded, as whole-word runs of syllables, so segmentation differences and
   NFC/NFD or old/new tone marks do not matter. Names (capitalised words after the first) and
   numbers are *key words*: each must be present. Of all content words at least
   ``MIN_CLAIM_COVERAGE`` must be present.

It is conservative: a faithful paraphrase with synonyms is judged unsupported, while a sentence
that rearranges the evidence's words into a false claim can pass. Extractive answers — the
kg_rag answerer copies its sentences — meet it exactly. Hand-labelled pairs in tests/test_support.py.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..search.coverage import FRAME_WORDS
from ..index.lexical import STOPWORDS
from ..text.genre import MARKER, same_code
from ..text.normalize import base_normalize, fold
from ..text.refs import extract_refs
from ..text.segment import words

MIN_CLAIM_COVERAGE = 0.75   # share of a claim's content words its evidence must hold
NEGATIONS = {"không", "chưa", "chẳng", "chả", "đừng", "chớ"}
_MARKERS = re.compile(r"\[\s*\d+(?:\s*[,;–-]\s*\d+)*\s*\]")
_DATE = re.compile(r"(?<!\d)(\d{1,2})\s*[/.-]\s*(\d{1,2})\s*[/.-]\s*((?:19|20)\d\d)(?!\d)"
                   r"|ngày\s+(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+((?:19|20)\d\d)", re.I)
_YEAR = re.compile(r"(?<![\d/.-])((?:19|20)\d\d)(?![\d/])")
_NUMBER = re.compile(r"(?<![\w/.-])\d+(?:[.,]\d+)?(?![\w/])")
_STOP = {w.replace("_", " ") for w in STOPWORDS} | {w.replace("_", " ") for w in FRAME_WORDS} \
    | {"các", "những", "đến", "nhất", "rất", "đều", "bởi", "vì", "nên", "tới", "trên", "dưới", "ra", "vào",
       "lại", "thì", "rằng", "là", "đây", "này", "kia", "sau", "trước", "nhau", "mỗi", "từng", "tất cả",
       "như sau", "cụ thể", "trong đó", "đồng thời", "việc", "bằng", "gồm", "có thể"}
_FOLDED_STOP = {fold(w) for w in _STOP}


@dataclass(frozen=True)
class Judgement:
    supported: bool
    coverage: float                   # share of content words found, in [0, 1]
    missing: tuple[str, ...] = ()     # content words not found
    reason: str = ""                  # why it failed ("" when supported)
    words: tuple[str, ...] = field(default=(), compare=False)

    def __bool__(self) -> bool:
        return self.supported


def clean_claim(sentence: str) -> str:
    """The sentence without its [n] markers and list marker."""
    s = _MARKERS.sub(" ", sentence)
    return re.sub(r"\s+", " ", MARKER.sub("", s, count=1)).strip()


def _dates(text: str) -> set[str]:
    out = set()
    for m in _DATE.finditer(text):
        d, mo, y = (m.group(1), m.group(2), m.group(3)) if m.group(1) else (m.group(4), m.group(5), m.group(6))
        out.add(f"{int(d):02d}/{int(mo):02d}/{y}")
    return out


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """`text` with the spans (which may overlap) replaced by a punctuation break."""
    merged: list[list[int]] = []
    for s, e in sorted(spans):
        if merged and s <= merged[-1][1]:
            merged[-1][1] = max(merged[-1][1], e)
        else:
            merged.append([s, e])
    for s, e in reversed(merged):
        text = text[:s] + " ; " + text[e:]
    return text


def _num(x: str) -> str:
    return str(int(x)) if x.isdigit() else x.replace(",", ".")


def _has_word(w: str, folded: str) -> bool:
    return re.search(r"(?<!\w)" + re.escape(fold(w)) + r"(?!\w)", folded) is not None


def judge(claim: str, evidence: str | list[str], min_coverage: float = MIN_CLAIM_COVERAGE) -> Judgement:
    """Whether `evidence` (one passage or several, read together) supports `claim`."""
    claim = base_normalize(clean_claim(claim))
    ev = base_normalize("\n".join(evidence) if isinstance(evidence, list) else evidence)
    if not ev.strip():
        return Judgement(False, 0.0, reason="no evidence")
    folded_ev = fold(ev)
    # 1. directive numbers
    ev_refs = extract_refs(ev)
    ev_ids = {(r.code, r.number, r.issuer) for r in ev_refs}
    ev_dates = _dates(ev) | {r.date for r in ev_refs if r.date}
    spans = []
    for r in extract_refs(claim):
        spans.append((r.start, r.end))
        if not any(same_code(c, r.code) and n == r.number and (not r.issuer or not i or i == r.issuer)
                   for c, n, i in ev_ids):
            return Judgement(False, 0.0, (r.id,), f"directive {r.id or r.number} not in the evidence")
        if r.date and r.date not in ev_dates:
            return Judgement(False, 0.0, (r.date,), f"date {r.date} of {r.id} not in the evidence")
    # 2. dates, years, numbers
    for d in _dates(claim):
        if d not in ev_dates:
            return Judgement(False, 0.0, (d,), f"date {d} not in the evidence")
    spans += [m.span() for m in _DATE.finditer(claim)]
    rest = _blank(claim, spans)
    ev_years = {m.group(1) for m in _YEAR.finditer(ev)} | {d[-4:] for d in ev_dates}
    for m in _YEAR.finditer(rest):
        if m.group(1) not in ev_years:
            return Judgement(False, 0.0, (m.group(1),), f"year {m.group(1)} not in the evidence")
    ev_numbers = {_num(x) for x in _NUMBER.findall(ev)} | ev_years
    for x in _NUMBER.findall(rest):
        if _num(x) not in ev_numbers:
            return Judgement(False, 0.0, (x,), f"number {x} not in the evidence")
    # 3. negation, 4. content words
    toks = [w for w in words(rest) if w[0].isalnum()]
    for w in toks:
        if w.lower() in NEGATIONS and not _has_word(w, folded_ev):
            return Judgement(False, 0.0, (w,), f"negation '{w}' not in the evidence")
    content: dict[str, bool] = {}          # word -> is key word
    for i, w in enumerate(toks):
        lw = w.lower()
        if lw in _STOP or fold(lw) in _FOLDED_STOP or lw in NEGATIONS or w.isdigit() or len(lw) < 2:
            continue
        key = (i > 0 and w[0].isupper())
        content[lw] = content.get(lw, False) or key
    if not content:
        return Judgement(True, 1.0, reason="")
    missing = [w for w in content if not _has_word(w, folded_ev)]
    cov = 1 - len(missing) / len(content)
    key_missing = [w for w in missing if content[w]]
    if key_missing:
        return Judgement(False, cov, tuple(missing), f"name '{key_missing[0]}' not in the evidence",
                         tuple(content))
    if cov < min_coverage:
        return Judgement(False, cov, tuple(missing), f"only {cov:.0%} of the content words in the evidence "
                         f"(missing: {', '.join(missing[:4])})", tuple(content))
    return Judgement(True, cov, tuple(missing), "", tuple(content))


def supports(claim: str, evidence: str | list[str]) -> bool:
    return judge(claim, evidence).supported

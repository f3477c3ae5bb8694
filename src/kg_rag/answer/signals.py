"""Do the documents answer this question? The signals the decision weighs, each computed from the
question and the passages retrieved for it — none needs the question's words verbatim in a passage:

* `coverage`   IDF-weighted share of the question's content words found in the top passages
               (with their heading context and their document's name);
* `unknown`    share of the question's weight held by words the corpus never uses;
* `dense`      cosine similarity of the best passage to the question (the e5 model reads
               paraphrases and unaccented text);
* `missing`    share of the specific things the question names — years, months, numbers, places
               (at their level: "tỉnh X" is not "huyện X"), bodies, directive numbers — that none
               of the top passages mentions; a question asking "bao nhiêu X" also names "a number
               of X", which a passage about the question must write (asked_type.py), for the
               year and place asked;
* `unresolved` directives the question names that no document mentions;
* `sentence`   the best single sentence's coverage of the question (with its heading and
               document words): an answer is a sentence, not a passage that happens to hold
               the question's words in different places.

`answerable` combines them with weights fitted on the tune half of the development set
(evaluation/calibrate.py refits them; README "Refusal rule" has the figures).
"""
from __future__ import annotations

import math
import re
from dataclasses import asdict, dataclass

from ..search.coverage import coverage
from ..search.retrieve import Query
from ..snapshot import Snapshot
from ..text.normalize import fold, has_diacritics
from ..text.user_refs import parse_user_refs
from ..types import Hit
from .asked_type import (asked_qualifier, asked_quantity, asked_title, asks_number, asks_person, asks_place,
                         asks_when, holds_number, holds_person, holds_place, holds_qualified, holds_title, holds_when)

QUANTITY_COVERAGE = 0.5      # the passage holding the number must be about the question
TOP = 3                       # passages whose words count as the answer's neighbourhood
_MONTH = re.compile(r"(?<![\d/])(\d{1,2})/((?:19|20)\d\d)(?!\d)")
_ROMAN_ORDINAL = re.compile(r"\blan thu\s+([ivxlIVXL]{1,5})\b")
_YEAR_OR_NUMBER = re.compile(r"(?<![\w/.-])(\d{1,4})(?![\w/])")


@dataclass(frozen=True)
class Signals:
    coverage: float
    unknown: float
    dense: float
    missing: float
    unresolved: int
    sentence: float = 0.0

    def to_dict(self) -> dict:
        return asdict(self)


# a question's first word is capitalised anyway; it starts a name only when it names a body or place
_NAME_STARTS = {"Phòng", "Sở", "Ban", "Hội", "Trung", "Trường", "Viện", "Đoàn", "Huyện", "Tỉnh", "Xã",
                "Thị", "Thành", "Ủy", "Uỷ", "Liên", "Báo", "Đài", "Cục", "Chi", "Đảng", "Mặt", "Thường", "Tổ",
                "Trạm", "Bệnh", "Công", "Văn", "Thư", "Nhà", "Quỹ", "Bảo", "Hợp", "Câu"}
_PLACE = re.compile(r"\b(tỉnh|huyện|xã|thị xã|thành phố|phường|thị trấn)\s+((?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s?){1,3})")


def named_things(question: str) -> list[str]:
    """The specific things a question names, folded: numbers and years, and proper names — runs
    of two or more capitalised words ("Phước Hòa", "Phòng Y tế" as "phong y")."""
    refs = [(r.start, r.end) for r in parse_user_refs(question)]     # a directive's number is the directive's
    free = lambda m: not any(a <= m.start() < b for a, b in refs)
    out = [m.group(1) for m in _YEAR_OR_NUMBER.finditer(question) if free(m)]
    out += [f"{int(m.group(1))}/{m.group(2)}" for m in _MONTH.finditer(question) if free(m)]     # "tháng 11/2024"
    out += [f"lan thu {m.group(1).lower()}" for m in _ROMAN_ORDINAL.finditer(fold(question))]   # "lần thứ X" is not IX
    if not has_diacritics(question):     # typed without diacritics (and often without capitals)
        return list(dict.fromkeys(out + _plain_names(fold(question))))
    for part in re.split(r"[.?!;:,()\"“”]+", question):    # a name never runs across punctuation
        words = re.findall(r"[\wÀ-ỹ]+", part)
        run: list[str] = []
        for i, w in enumerate(words + [""]):
            if w[:1].isupper() and not (w.isupper() and len(w) > 1) and (i > 0 or w in _NAME_STARTS):
                run.append(w)
                continue
            if len(run) >= 2:
                out.append(fold(" ".join(run)))
            run = []
    return list(dict.fromkeys(x for x in out if x))


# a place is its level and (mostly) two syllables; a body its head and the next two or three
# (heads that are also common words folded — "số", "viên", "trưởng" — are left out)
_PLAIN_PLACE = re.compile(r"\b(?:tinh|huyen|xa|thon|phuong|thi tran|thi xa|thanh pho)\s+(?!uy\b|doan\b|doi\b)([a-z]+\s+[a-z]+)")
_PLAIN_BODY = re.compile(r"\b((?:phong(?!\s+chong|\s+ngua)|hoi(?!\s+nghi|\s+thao|\s+thi|\s+dien)|trung tam|uy ban|"
                         r"chi cuc|ban(?!\s+hanh)|doan thanh nien)\s+[a-z]+\s+[a-z]+)")
_NOT_NAME = {"nao", "gi", "ai", "do", "nay", "cac", "nhung", "moi", "co", "la", "phai", "duoc", "va", "cua", "trong",
             "nhiem", "vu", "giao", "lam", "thi", "sao", "ve", "theo", "tai", "o", "cho", "da", "se", "can", "hop"}


def _plain_names(folded: str) -> list[str]:
    out = []
    for rx in (_PLAIN_PLACE, _PLAIN_BODY):
        for m in rx.finditer(folded):
            if not set(m.group(1).split()[-2:]) & _NOT_NAME:
                out.append(m.group(1) if rx is _PLAIN_BODY else m.group(1))
    return out


def wrong_level(question: str, folded: str) -> list[str]:
    """Places the question names at a level the text never gives them ("tỉnh Thanh Bình" where the
    text only knows "huyện Thanh Bình"): another place, not this one."""
    out = []
    for m in _PLACE.finditer(question):
        level, name = fold(m.group(1)), fold(m.group(2).strip())
        if not re.search(rf"(?<!\w){re.escape(level)} {re.escape(name)}(?!\w)", folded) and \
                re.search(rf"(?<!\w)(?:tinh|huyen|xa|thanh pho|phuong|thi tran) {re.escape(name)}(?!\w)", folded):
            out.append(f"{level} {name}")
    return out


def _doc_words(doc) -> str:
    """What a passage's document says of itself: title, number, issuer, place, date."""
    return " ".join((doc.label, doc.title, doc.number, doc.issuer, doc.place, doc.date))


def _mentioned(thing: str, folded: str) -> bool:
    """A named thing is mentioned when it is, or the proper name at its end ("Khối Bình Định" ->
    "Bình Định") is, written somewhere in the text."""
    if (m := re.fullmatch(r"(\d{1,2})/(\d{4})", thing)):      # a month: "11/2024", "11 nam 2024", "30/11/2024"
        # … but not a deadline in it ("trước ngày 05/11/2024" says nothing happens that month)
        return re.search(rf"(?<!truoc ngay )(?<!cham nhat )(?<!truoc ngay \d/)(?<!truoc ngay \d\d/)(?<!\d)"
                         rf"0?{m.group(1)}\s*(?:/|nam)\s*{m.group(2)}(?!\d)", folded) is not None
    words = thing.split()
    for cand in (thing, " ".join(words[-2:]) if len(words) > 2 else None):
        if cand and re.search(r"(?<!\w)" + re.escape(cand) + r"(?!\w)", folded):
            return True
    return False


_FRAME_KINDS = ("header", "recipients", "signature")


def neighbourhood(hits: list[Hit]) -> list[Hit]:
    """The top passages, and when the document's header, recipients or signature rank among them
    (they share its name with any question about it), as many content passages as TOP asks."""
    top, content = [], 0
    for h in hits[:2 * TOP]:
        if content >= TOP:
            break
        top.append(h)
        content += h.chunk.kind not in _FRAME_KINDS
    return top


def holds(kind: str, title: str | None, text: str, qualifier: tuple[str, ...] = ()) -> bool:
    """Whether a passage's text can hold the kind of answer asked for (asked_type.py): a number of
    the thing counted, with the words that narrow it in the same sentence."""
    folded = fold(text)
    if kind == "when":
        return holds_when(folded)
    if kind == "person":
        return holds_person(text) and (title is None or holds_title(title, folded))
    if kind == "number":
        return holds_number(text)
    if kind == "place":
        return holds_place(text)
    return holds_qualified(kind, qualifier, folded)


def signals(snap: Snapshot, query: Query, hits: list[Hit]) -> Signals:
    top = neighbourhood(hits)
    terms: set[str] = set()
    for h in top:
        terms |= snap.passage_terms(h) | snap.doc_terms(h.chunk.source)
    text = " ".join(fold(h.chunk.index_text) for h in top)
    near = " ".join(fold(h.chunk.index_text + " " + _doc_words(snap.documents[h.chunk.source])) for h in hits[:5])
    things = named_things(query.text)
    missing = [t for t in things if not _mentioned(t, near)] + wrong_level(query.text, near)
    kind = asked_quantity(query.text) or ("when" if asks_when(query.text) else None) or \
        ("person" if asks_person(query.text) else None) or ("number" if asks_number(query.text) else None) or \
        ("place" if asks_place(query.text) else None)
    title = asked_title(query.text)       # "Ai là Giám đốc …?": a Giám đốc, not a Phó Giám đốc
    qualifier = asked_qualifier(query.text)     # "bao nhiêu giáo viên trung học cơ sở"
    if kind is not None:           # "bao nhiêu X": a number of X; "là ngày nào": a date or deadline
        things.append(kind)
        # … in a passage about what the question asks (not a figure of something else nearby),
        # of the year, place or body it names ("năm 2024" is not answered by 2025's figure)
        def answers(h: Hit) -> bool:
            own = fold(h.chunk.index_text + " " + _doc_words(snap.documents[h.chunk.source]))
            return holds(kind, title, h.chunk.text, qualifier) and all(_mentioned(t, own) for t in things[:-1]) \
                and coverage(query.weights, snap.passage_terms(h) | snap.doc_terms(h.chunk.source),
                             fold(h.chunk.index_text)) >= QUANTITY_COVERAGE
        if not any(answers(h) for h in hits[:5]):
            missing.append(kind)
    best = 0.0
    for h in top:
        ctx = snap.context_terms(h) | snap.doc_terms(h.chunk.source)
        for s, e, unit in snap.units(h):
            best = max(best, coverage(query.weights, unit | ctx, fold(h.chunk.text[s:e] + " " + h.chunk.context)))
    return Signals(coverage=coverage(query.weights, terms, text), unknown=snap.unknown_share(query.weights),
                   dense=max((h.scores.get("dense", 0.0) for h in top), default=0.0),
                   missing=min(1.0, len(missing) / len(things)) if things else 0.0, unresolved=len(query.unresolved),
                   sentence=best)


# The soft part of the decision, fitted by evaluation/calibrate.py on the tune half: logistic
# weights over the signals that grade how well the passages cover the question (intercept first).
# All zero: the hand-set thresholds of answer/grounded.py decide instead.
SOFT = ("coverage", "unknown", "dense", "sentence")
WEIGHTS = {"bias": 0.0, "coverage": 0.0, "unknown": 0.0, "dense": 0.0, "sentence": 0.0}


def score(s: Signals, weights: dict = WEIGHTS) -> float:
    z = weights["bias"] + sum(weights[k] * float(getattr(s, k)) for k in SOFT)
    return 1 / (1 + math.exp(-z))


def answerable(s: Signals, min_coverage: float, max_unknown: float, weights: dict = WEIGHTS) -> bool:
    """The rule in force. Hard: a directive the documents never mention, or a year, place, body,
    number or asked-for quantity that no retrieved passage (nor its document's title, issuer,
    place, number or date) mentions — the documents are about something else. Soft: the fitted
    weights, or the thresholds when none are fitted."""
    if s.unresolved or s.missing:
        return False
    if any(weights[k] for k in SOFT):
        return score(s, weights) >= 0.5
    return s.coverage >= min_coverage and s.unknown < max_unknown

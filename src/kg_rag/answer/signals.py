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

import itertools
import logging
import math
import re
from dataclasses import asdict, dataclass

from ..search.coverage import coverage
from ..search.retrieve import Query
from ..snapshot import Snapshot
from ..text.genre import last_heading
from ..text.letters import capitals
from ..text.normalize import fold
from ..types import FRAME_KINDS, Hit
from .asked_detail import asked_title, asks_whom_to_contact, contact_title, holds_title
from .asked_type import counted_alone
from .qualifier import asked_qualifier, unwritten_verbs
from .asked_when import asks_place
from .doc_year import doc_year_missing
from .holds import asked_kind, asks_change, columns, holds, never_counted, row_text
from .narrowed import asks_now, other_level
from .people import people_named, spaced_words as _words
from .rows_apart import apart_in_rows
from .named import PLACE as _PLACE_RE
from .named import DOCUMENT_WIDE, LEVEL_THINGS, mentioned, named_things, place_name, wrong_level
from .issuers import asked_issuer, issuer_of, spelled
from .subject_body import subject_body
from .doc_words import doc_words, listed, names_body, whole

log = logging.getLogger(__name__)

QUANTITY_COVERAGE = 0.5      # the passage holding the number must be about the question
TOP = 3                       # passages whose words count as the answer's neighbourhood


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


def neighbourhood(hits: list[Hit], n: int = TOP) -> list[Hit]:
    """The top passages, and when the document's header, recipients or signature rank among them
    (they share its name with any question about it), as many content passages as `n` asks."""
    top, content = [], 0
    for h in hits[:2 * n]:
        if content >= n:
            break
        top.append(h)
        content += h.chunk.kind not in FRAME_KINDS
    return top


_TARGET_HEAD = re.compile(r"\b(?:muc tieu|chi tieu|phan dau)\b")
_RESULTS = re.compile(r"\b(?:ket qua|da dat|thuc hien duoc)\b")


def _places(question: str) -> set[str]:
    """The places a question names ("huyện Mường Khoa" -> "muong khoa"), folded."""
    return {fold(place_name(m)) for m in _PLACE_RE.finditer(question)} - {""}


def answers(snap: Snapshot, query: Query, h: Hit, kind: str, things: list[str], about: str | None = None) -> bool:
    """Whether a passage holds the kind asked for, in a passage about what the question asks (not a
    figure of something else nearby), of the year, place or body it names ("năm 2024" is not
    answered by 2025's figure; "Ai là Giám đốc …?" not by a Phó Giám đốc; "bao nhiêu giáo viên
    trung học cơ sở" not by the tiểu học figure)."""
    title = asked_title(query.text)
    if kind == "person" and title is None and h.chunk.kind == "signature":
        return False        # a signer answers "ai ký", "ai là Giám đốc", not "liên hệ ai"
    own = fold(h.chunk.index_text + " " + doc_words(snap.documents[h.chunk.source]))
    # a letter's one contact line serves all of it ("… hội nghị ngày 18/6 thì gọi ai?"): the letter
    # of the best passage (`about`) gives it wherever it stands, about whatever that line says
    contact = kind == "contact" or kind == "person" and asks_whom_to_contact(query.text)
    if contact:     # (but "số điện thoại của hiệu trưởng Lê Thị Thanh Hương", "… của Giám đốc X" is not another's line)
        named, said = people_named(snap, query.text), _words(h.chunk.text)
        if any(f" {p} " not in said for p in named) or (held := contact_title(query.text)) and not holds_title(held, fold(h.chunk.text).lower()):
            return False
        # ("Email của Sở KH&CN …": a line of the Sở's own letter, or one naming it — not another body's contact line)
        if (of := contact_of(query.text)) and f" {spelled(of)} " not in f" {spelled(h.chunk.text + ' ' + h.chunk.context)} " \
                and not asked_issuer(of, issuer_of(snap.documents[h.chunk.source])):
            return False
        own += " " + whole(snap, h.chunk.source)
    # (a word narrowing the thing counted may be the document's or the section's own subject:
    # "buổi truyền thông sức khỏe" in a report on health communication says "4.860 buổi truyền thông")
    subject = _words(snap.documents[h.chunk.source].title + " " + h.chunk.context)
    # (nor a verb the corpus never writes: "bao nhiêu dự án lọt vào …" is the text's "62 dự án vào …"; a cost's, it does)
    qualifier = [w for w in asked_qualifier(query.text) if kind == "money" or w not in unwritten_verbs(query.text, query.paraphrased)]
    # (words the subject writes in a row: "dân vận" of "Tổ dân vận số", "dân vận số" whole)
    i = 0
    while i < len(qualifier) - 1:
        n = next((n for n in range(len(qualifier) - i, 1, -1) if f" {' '.join(qualifier[i:i + n])} " in subject), 0)
        if n:
            del qualifier[i:i + n]
        else:
            i += 1
    doc = snap.documents[h.chunk.source]
    # "2. Chỉ tiêu đến năm 2030" › "- 90% …" (not "2. Kết quả các chỉ tiêu chính": what was done)
    target = _TARGET_HEAD.search(fold(h.chunk.context).lower()) is not None and not _RESULTS.search(fold(h.chunk.section).lower())
    places = tuple(t for t in things if t in _places(query.text) and t not in fold(doc_words(doc)).lower())
    years = tuple(y for t in things for y in t.split("-") if re.fullmatch(r"(?:19|20)\d\d(?:-\d{4})?", t))
    # (what there is now is written in whatever year it was, not in the target year asked before)
    need = [t for t in things if t.split("-")[0] not in years] if years and asks_now(query.text) else things
    if other_level(query.text, fold(h.chunk.text), fold(doc.title + " " + h.chunk.context)):
        return False
    # (a table row's cells mean what its columns say: "| Khối 8 | … | 84,5% |" under "Tỷ lệ học sinh đạt chuẩn")
    # (and as written, its column names after it: "| Tổng giá trị (triệu đồng) | 180 | 245 |")
    texts = [h.chunk.text] if h.chunk.kind != "row" else \
        [h.chunk.text.rstrip() + " " + columns(h.chunk.context), row_text(h.chunk.text, h.chunk.context)]
    # ("bao nhiêu lớp bình dân học vụ số" of a plan on it: "04 lớp mỗi quý"; "… người trực" of "24 cán bộ … trực")
    unit = kind.split()
    kinds = [kind] + ([unit[0]] if len(unit) == 2 and counted_alone(kind, query.text) and f" {unit[1]} " in subject + (_words(h.chunk.text) if unit[0] == "nguoi"
                                 and not _NAMED_PEOPLE.search(query.text) else "") else [])
    # ("tỷ lệ mẫu nước đạt" of a report on water: a row under "Số mẫu; Tỷ lệ đạt (%)", "nước" the report's subject)
    kinds += [" ".join(unit[:2])] if unit[0] == "percent" and len(unit) == 3 and f" {unit[2]} " in subject and h.chunk.kind == "row" \
        and f" so {unit[1]} " in _words(columns(h.chunk.context)) else []
    kinds += [f"measured {kind}"] if asks_change(query.text) and snap.memo(("uncounted", kind), lambda: never_counted(kind, (fold(c.text).lower() for c in snap.chunks))) else []
    # (the header of the document the question names by number answers its date, whatever else it asks)
    named = kind == "day" and h.chunk.kind == "header" and doc.number and doc.number in {r.id for r in query.refs}
    return any(holds(k, title, text, tuple(qualifier), query.text, target, places, years, last_heading(h.chunk.section))
               for k in kinds for text in texts) \
        and all(mentioned(t, own) or (DOCUMENT_WIDE.fullmatch(t) or t in LEVEL_THINGS) and mentioned(t, whole(snap, h.chunk.source))
                for t in need) \
        and (contact and h.chunk.source == about or named or coverage(query.weights, snap.passage_terms(h) | snap.doc_terms(h.chunk.source),
                     fold(h.chunk.index_text)) >= QUANTITY_COVERAGE)


_CONTACT_OF = re.compile(r"\b(?:email|e-mail|thu dien tu|so dien thoai|dien thoai|so may)\s+(?:lien he\s+)?cua\s+"
                         r"(?P<by>(?:so|phong|ban|trung tam|hoi|uy ban nhan dan|ubnd|chi cuc|thanh tra|van phong)\s[a-z&\s-]{2,40}?)"      # (a body: not "Trưởng phòng …")
                         r"(?=\s+(?:de|la|o|ve|gui|nhan|nao|the nao)\b|\s*[?,.]|$)")


def contact_of(question: str) -> str | None:
    """The body whose phone or e-mail is asked ("Email của Sở KH&CN …" -> "so kh&cn"), folded; None for
    none, or one named before ("… của phòng đó")."""
    of = _CONTACT_OF.search(fold(question).lower())
    return of["by"] if of and of["by"].split()[-1] not in ("do", "nay", "ay") else None


_NAMED_PEOPLE = re.compile(capitals(r"(?i:người)\s+[A-ZĐÀ-Ỹ]"))     # "bao nhiêu người Dao": a people, not what people do


def signals(snap: Snapshot, query: Query, hits: list[Hit]) -> Signals:
    top = neighbourhood(hits)
    terms: set[str] = set()
    for h in top:
        terms |= snap.passage_terms(h) | snap.doc_terms(h.chunk.source)
    text = " ".join(fold(h.chunk.index_text) for h in top)
    near = " ".join(fold(h.chunk.index_text + " " + doc_words(snap.documents[h.chunk.source])) for h in hits[:5])
    things = named_things(query.text)
    if query.plain:     # typed without capitals: the places the documents are issued at, as typed
        asked = f" {fold(query.text).lower()} "
        things += [p for p in snap.sources_by("place") if len(p.split()) >= 2 and f" {p} " in asked and p not in things]
    # (a place's level as any of those documents writes it, "huyện X" in the opening only: read when a place is asked)
    docs = dict.fromkeys(h.chunk.source for h in hits[:5])
    texts = " ".join(whole(snap, s) for s in docs) if _PLACE_RE.search(query.text) else ""
    missing = [t for t in things if not mentioned(t, near) and not (t.startswith("ngay ") and any(    # (a day: anywhere in them)
        mentioned(t, whole(snap, s)) for s in docs))] + wrong_level(query.text, near + " " + texts)
    missing += doc_year_missing(query.text, [snap.documents[s] for s in docs])      # "kế hoạch … năm 2025": a plan of 2025
    missing += ["one row"] if apart_in_rows(query.text, things, hits[:5], lambda h: doc_words(snap.documents[h.chunk.source])) else []
    if (body := subject_body(query.text)) and not any(names_body(snap, h, body) for h in hits[:5]):
        missing.append(" ".join(body))      # "Trường Mầm non Phước Hòa …" where no passage names it
    if (kind := asked_kind(query)) is not None:    # "bao nhiêu X": a number of X; "ngày nào": a date …
        # ("… tổ chức ngày nào, ở đâu?": the place too, which a passage giving only the date does not)
        named, sources = list(things), None       # (both of one event: in a document that gives the first)
        kinds = [kind] + (["place"] if kind != "place" and asks_place(query.text) else [])
        for i, k in enumerate(kinds):
            held = (h.chunk.source for h in neighbourhood(hits, 5) if (sources is None or h.chunk.source in sources)
                    and (answers(snap, query, h, k, named, hits[0].chunk.source) or listed(snap, h, k, named)))
            # (the documents that give it, when another kind must come from one of them; else the first)
            found = set(held) if i + 1 < len(kinds) else set(itertools.islice(held, 1))
            if not found:
                missing.append(k)
            things.append(k)
            sources = found or None
    log.debug("named %s, missing %s", things, missing)
    best = 0.0
    for h in top:
        ctx = snap.context_terms(h) | snap.doc_terms(h.chunk.source)
        for s, e, unit in snap.units(h):
            best = max(best, coverage(query.weights, unit | ctx, fold(h.chunk.text[s:e] + " " + h.chunk.context)))
    return Signals(coverage=coverage(query.weights, terms, text), unknown=snap.unknown_share(query.weights, query.paraphrased),
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

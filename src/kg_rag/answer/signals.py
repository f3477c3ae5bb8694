"""Do the documents answer this question? The signals the decision weighs, each computed from the
question and the passages retrieved for it — none needs the question's words verbatim in a passage:

* `coverage`   IDF-weighted share of the question's content words found in the top passages
               (with their heading context and their document's name);
* `unknown`    share of the question's weight held by words the corpus never uses;
* `dense`      cosine similarity of the best passage to the question (the e5 model reads
               paraphrases and unaccented text);
* `missing`    share of the specific things the question names — years, numbers, places, bodies,
               directive numbers — that none of the top passages mentions;
* `unresolved` directives the question names that no document mentions.

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
from ..text.normalize import fold
from ..types import Hit

TOP = 3                       # passages whose words count as the answer's neighbourhood
_YEAR_OR_NUMBER = re.compile(r"(?<![\w/.-])(\d{1,4})(?![\w/])")
_PLACE = re.compile(r"\b(?:tỉnh|huyện|xã|thành phố|thị xã|phường|quận|thị trấn)\s+((?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s?){1,3})")
_NAME = re.compile(r"(?<![\wÀ-ỹ])(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s){1,3}[A-ZĐÀ-Ỹ][a-zà-ỹđ]+")


@dataclass(frozen=True)
class Signals:
    coverage: float
    unknown: float
    dense: float
    missing: float
    unresolved: int

    def to_dict(self) -> dict:
        return asdict(self)


def named_things(question: str) -> list[str]:
    """The specific things a question names, folded: numbers and years, places, capitalised names
    (not its first word, which is capitalised anyway)."""
    out = [m.group(1) for m in _YEAR_OR_NUMBER.finditer(question)]
    out += [fold(m.group(1).strip()) for m in _PLACE.finditer(question)]
    body = question[1:] if question else ""
    out += [fold(m.group(0)) for m in _NAME.finditer(body) if len(m.group(0)) > 5]
    return list(dict.fromkeys(x for x in out if x))


def signals(snap: Snapshot, query: Query, hits: list[Hit]) -> Signals:
    top = hits[:TOP]
    terms: set[str] = set()
    for h in top:
        terms |= snap.passage_terms(h) | snap.doc_terms(h.chunk.source)
    text = " ".join(fold(h.chunk.index_text) for h in top)
    near = " ".join(fold(h.chunk.index_text + " " + snap.documents[h.chunk.source].label) for h in hits[:5])
    things = named_things(query.text)
    missing = [t for t in things if re.search(r"(?<!\w)" + re.escape(t) + r"(?!\w)", near) is None]
    return Signals(coverage=coverage(query.weights, terms, text), unknown=snap.unknown_share(query.weights),
                   dense=max((h.scores.get("dense", 0.0) for h in top), default=0.0),
                   missing=len(missing) / len(things) if things else 0.0, unresolved=len(query.unresolved))


# Logistic weights (intercept first): fitted by evaluation/calibrate.py on the tune half.
WEIGHTS = {"bias": 0.0, "coverage": 0.0, "unknown": 0.0, "dense": 0.0, "missing": 0.0, "unresolved": 0.0}


def score(s: Signals, weights: dict = WEIGHTS) -> float:
    z = weights["bias"] + sum(weights[k] * float(v) for k, v in s.to_dict().items())
    return 1 / (1 + math.exp(-z))


def answerable(s: Signals, min_coverage: float, max_unknown: float) -> bool:
    """The rule in force (see module doc)."""
    if WEIGHTS["coverage"]:
        return score(s) >= 0.5
    return not s.unresolved and s.coverage >= min_coverage and s.unknown < max_unknown

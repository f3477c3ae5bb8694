"""'Những văn bản nào (của tỉnh X) đề cập đến Y?': the documents that speak of a topic, each cited
by the passage where it does — not one answer sentence, a list of documents.

A document is listed when one of its passages found for the topic covers at least
`MIN_TOPIC_COVERAGE` of the topic's weighted words; a place the question names must be written
somewhere in the document. No document → the honest "none" (grounded false)."""
from __future__ import annotations

import re

from ..search.coverage import coverage
from ..snapshot import Snapshot
from ..text.normalize import fold
from ..types import FRAME_KINDS, Answer, Citation
from .compose import label
from .extract import strip_marker

# ("những văn bản nào đề cập đến STEM?", "có bao nhiêu văn bản nói về Tổ công nghệ số cộng đồng?")
# the words asking what a document speaks of (about_corpus.py leaves such questions here)
ON_TOPIC = r"de cap(?: den| toi)?|noi (?:ve|den)|lien quan (?:den|toi)|co noi|nhac (?:den|toi)"
_ASK = re.compile(rf"\b(?:(?:nhung|cac)?\s*van ban nao|(?P<count>bao nhieu|may) van ban)\b.{{0,60}}?\b(?:{ON_TOPIC})"
                  r"\s+(?P<topic>[^?]+?)\s*(?:[?.!]|$)")   # (to its "?": "… ? Là những văn bản nào?")
# ("phòng 204 nhà B được nhắc trong những văn bản nào?": the topic first)
_ASK_AFTER = re.compile(rf"^(?P<topic>[^?]+?)\s+(?:duoc\s+)?(?:{ON_TOPIC}|nhac)\s+(?:trong|o|tai)\s+(?:(?:nhung|cac)\s+)?"
                        r"(?:(?P<count>bao nhieu|may)\s+)?van ban(?: nao)?\s*(?:[?.!]|$)")
_PLACE = re.compile(r"\b(?:cua|o|tai)\s+(?:tinh|huyen|xa|thanh pho|thi xa)\s+(?P<place>[a-z]+(?: [a-z]+)?)\b")
MIN_TOPIC_COVERAGE = 0.75
MAX_LISTED = 10


def _written(weights: dict[str, float], folded: str) -> float:
    """Share of the topic's weight whose words the sentence writes as they are (a plain-typed
    syllable "~x" counts as written: coverage has matched it)."""
    total = sum(weights.values()) or 1.0
    return sum(v for w, v in weights.items() if w.startswith("~") or fold(w).replace("_", " ") in folded) / total


def topic_listing(snap: Snapshot, question: str) -> Answer | None:
    q = fold(question)
    m = _ASK.search(q) or _ASK_AFTER.match(q)
    if m is None:
        return None
    topic = question[m.start("topic"):m.end("topic")]        # folding keeps offsets: the typed words
    place = (p.group("place") if (p := _PLACE.search(q)) else "")
    query = snap.read_query(topic)
    listed: dict[str, Citation] = {}
    for h in snap.search(query, k=60):
        src = h.chunk.source
        if src in listed or h.chunk.kind in FRAME_KINDS:
            continue
        if place and place not in fold(snap.documents[src].text):
            continue
        for s, e, unit in snap.units(h):       # a sentence that speaks of it (not an item's "5.")
            piece = h.chunk.text[s:e]
            if len(piece.split()) >= 3 and coverage(query.weights, unit, fold(piece)) >= MIN_TOPIC_COVERAGE and \
                    _written(query.weights, fold(piece)) >= MIN_TOPIC_COVERAGE:
                listed[src] = Citation.of_chunk(len(listed) + 1, h.chunk, *strip_marker(h.chunk.text, s, e), h.score)
                break
        if len(listed) >= MAX_LISTED:
            break
    if not listed:
        return Answer(question, f"Không tìm thấy văn bản nào trong kho đề cập đến “{topic.strip()}”.", False, (),
                      "corpus")
    lines = [f"{f'Có {len(listed)} văn bản' if m.group('count') else 'Các văn bản'} đề cập đến “{topic.strip()}”:"]
    for s, c in listed.items():         # as every answer: the document as a lead-in, its quote under it
        lines += [f"{label(snap.documents[s])}:", f"- {c.quote.strip()} [{c.n}]"]
    return Answer(question, "\n".join(lines), True, tuple(listed.values()), "corpus")

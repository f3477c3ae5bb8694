"""Answers to "who does what" questions, from the assignments (directives/assignments.py) of the
documents among the top passages — restricted to those naming the directive asked about.

"Ai phải làm gì theo Kết luận 69?" lists every actor once (a task shared by a group once, under
the group, its members named once). "Phòng Kinh tế và Hạ tầng phải làm gì?" gives that body's own
tasks and the shared tasks of the groups it belongs to — never another member's own task."""
from __future__ import annotations

import dataclasses
import re

from ..directives.actors import actor_key
from ..directives.assignments import Assignment, assignments_for, names
from ..index import lexical
from ..search.coverage import coverage
from ..search.retrieve import Query
from ..snapshot import Snapshot
from ..text.genre import TYPE_NAMED_F
from ..text.normalize import fold
from ..types import Answer, Hit
from .asked_detail import MEETING_CHAIR
from .compose import label
from .issuers import asked_issuer, issuer_of
from .named import body_span, mentioned, named_things
from .who_named import alone, named_actor, own_work

MAX_DOCUMENTS, MAX_TASKS = 2, 6
# "Ai phải làm gì …", "những cơ quan nào có trách nhiệm …" — asked on the folded question so
# that "ai phai lam gi" works too. "Ai ký …" (who signed) is a factoid, not this.
WHO = re.compile(r"\b(ai|nhung ai|co quan nao|don vi nao|nhung co quan nao|nhung don vi nao)\b.{0,40}?"
                 r"\b(phai lam|lam gi|phai thuc hien|nhiem vu|trach nhiem|duoc giao|phan cong|chu tri)\b|\bai (?:lo|phu trach)\b")
# "Ai chủ trì …", "Đơn vị nào phối hợp …": the actor asked first, any body named after is the work's object or partner
_ASKS_ACTOR = re.compile(r"^\W*(?:theo [^,?]{1,60},\s*)?(?:ai|nhung ai|(?:nhung )?(?:co quan|don vi) nao)\s+(?:se\s+|duoc giao\s+|la\s+)?"
                         r"(?:chu tri|phu trach|lo|phoi hop|chiu trach nhiem|co trach nhiem|dam nhan|huong dan)\b")
ASKS_TASKS = re.compile(r"\b(phai lam gi|lam gi|nhiem vu gi|nhiem vu nao|nhung nhiem vu|co nhiem vu|trach nhiem gi|"
                        r"duoc giao|bi giao|giao (?:viec|nhiem vu) gi|giao cho .{1,50}?(?:viec|nhiem vu) (?:gi|nao)|phai thuc hien|can lam gi|can thuc hien|phan cong|lam nhung gi|"
                        r"(?:phai |can )?lam (?:nhung|cac) (?:viec|cong viec) (?:gi|nao))\b")      # ("… phải làm những việc gì?")


def _assigns(snap: Snapshot, question: str, source: str) -> bool:
    return named_actor(question, assignments_for(snap, sources={source})) is not None


def _assigning(snap: Snapshot, question: str, query: Query, seen: list[str], wanted: set[str]) -> list[str]:
    """The documents beyond `seen` that assign work to the body the question names, best first
    (the passages found followed the question's other words: "… được giao việc gì?")."""
    others = {s for s, d in snap.documents.items() if s not in seen and (not wanted or wanted & {r.id for r in d.refs})
              and _assigns(snap, question, s)}
    others = set(of_named_type(snap, question, sorted(others))) if _typed(question) else others
    return list(dict.fromkeys(h.chunk.source for h in snap.search(query, k=5, sources=others))) if others else []


def _typed(question: str) -> bool:
    """A question opening with its document's type ("Thông báo kết luận của Thường trực Huyện ủy giao …")."""
    return TYPE_NAMED_F.match(fold(question).lower()) is not None


_IN_TYPE = re.compile(r"\b(?:trong|theo|cua|tai|duoc) (?:cac )?" + TYPE_NAMED_F.pattern)      # ("… được nghị quyết giao …")


def _in_asked_type(snap: Snapshot, question: str, source: str) -> bool:
    """A document of the type the question places the work in ("… trong kế hoạch …"), or any when it names none."""
    m = _IN_TYPE.search(fold(question).lower())
    return m is None or m.group(0).endswith(" " + fold(snap.documents[source].type).lower())


_ASKED_BY = re.compile(r"\bduoc (?P<by>(?!giao\b)[a-z&\s-]{3,60}?) (?:de nghi|giao|yeu cau|phan cong)\b")


def _from_asker(snap: Snapshot, question: str, source: str) -> bool:
    return (m := _ASKED_BY.search(fold(question).lower())) is not None and \
        asked_issuer(m.group("by"), issuer_of(snap.documents[source]))


def _fits(snap: Snapshot, question: str, source: str) -> bool:
    """A document of the type asked giving the body asked work of its own (not only as a group's member)."""
    return _in_asked_type(snap, question, source) and own_work(question, assignments_for(snap, sources={source}))


def ordered(snap: Snapshot, question: str, sources: list[str]) -> list[str]:
    """The documents of the body asking first ("Huyện đoàn được Phòng GD&ĐT đề nghị làm gì?"), then those of the type
    asked, then those giving the body asked work of its own (not only in a group); else as found."""
    return sorted(sources, key=lambda s: (not _from_asker(snap, question, s), not _in_asked_type(snap, question, s),
                                          not _fits(snap, question, s)))


def of_named_type(snap: Snapshot, question: str, sources: list[str]) -> list[str]:
    """The documents among `sources` whose type the question names ("Thông báo kết luận …")."""
    q = fold(question)
    return [s for s in sources if (t := fold(snap.documents[s].type)) and re.search(rf"(?<!\w){re.escape(t)}(?!\w)", q)]


def who_what_answer(snap: Snapshot, question: str, hits: list[Hit], query: Query,
                    named_only: bool = False) -> Answer | None:
    """The who-what answer, or None. With `named_only`, only when the question names a body that
    the documents assign work to (then no other signal is needed: the assignment is the answer)."""
    wanted = {r.id for r in query.refs}
    sources: list[str] = []
    for h in hits[:5]:
        doc = snap.documents[h.chunk.source]
        if h.chunk.source not in sources and (not wanted or wanted & {r.id for r in doc.refs}):
            sources.append(h.chunk.source)
    if not wanted:          # a question naming the type of document it means ("Thông báo …") keeps to it
        sources = of_named_type(snap, question, sources) or sources
    if named_only and _ASKS_ACTOR.match(fold(question).lower()):
        return None         # "Ai chủ trì hướng dẫn các trường thí điểm …?": the body named is the work's object
    if named_only:          # "Ban Tổ chức Huyện ủy được giao việc gì?": the documents assigning it work
        if not wanted and _typed(question):         # "Thông báo kết luận … giao X …": a Thông báo's, or none
            sources = of_named_type(snap, question, sources)
        sources = [s for s in sources if _assigns(snap, question, s)] or _assigning(snap, question, query, sources, wanted)
        if not any(_fits(snap, question, s) for s in sources[:MAX_DOCUMENTS]):     # (only in a group, or another type)
            sources += _assigning(snap, question, query, sources, wanted)
    asks = fold(question)
    general = WHO.search(asks) is not None
    span = body_span(question)          # the body the question opens with is the one it asks about
    subject = question[:span[1]] if span and span[0] == 0 else ""
    parts, cites = [], []
    things = named_things(question)
    cover = _Cover(query)       # each task's coverage computed once per question
    clear = general and any(cover.best(assignments_for(snap, sources={s})) >= CLEARLY for s in sources[:MAX_DOCUMENTS])
    if general and not clear and not ASKS_TASKS.search(asks) and len(cover.words) >= 2 and \
            not any(_assigns(snap, question, s) for s in sources[:MAX_DOCUMENTS]):
        return None         # "Ai phụ trách tập huấn STEM …?" and no task of the documents is that: the passages say
    if ASKS_TASKS.search(asks) or named_only:      # (a document giving the body its own task before one naming it in a group)
        sources = ordered(snap, question, sources)
    for source in sources[:MAX_DOCUMENTS]:
        text = fold(snap.documents[source].text).lower()
        if not all(mentioned(t, text) for t in things):
            continue                # "… trong Ban Chỉ đạo X?": a document that never names it is another's
        found = assignments_for(snap, sources={source})
        actor = named_actor(question, found) if ASKS_TASKS.search(asks) or named_only else None
        if actor is not None and subject and not (names(subject, actor_key(actor)) or names(actor, actor_key(subject))):
            actor = None        # "Sở X có trách nhiệm gì trong Ban Chỉ đạo?" asks Sở X's, not the Ban's
        if not found or (actor is None and (not general or named_only)):
            continue
        if actor is not None:       # (its own tasks first, then its groups')
            found = sorted((a for a in found if names(actor, a.key, a.members)), key=lambda a: not alone(actor, a))
        else:                   # "Ai lo phương án phủ sóng …?": the bodies whose task it is, when some clearly are
            found = _doing(found, cover, None if _ASKS_ACTOR.match(asks.lower()) else named_actor(question, found))
            if clear and cover.best(found) < CLEARLY:
                continue        # (another document's task is clearly the one asked)
        parts.append(f"Theo {label(snap.documents[source])}:")
        for a in found:
            groups: dict[str, list[str]] = {}       # a lead-in per partnership, its tasks under it
            for t in a.tasks[:MAX_TASKS]:
                cites.append(dataclasses.replace(t.citation, n=len(cites) + 1, score=hits[0].score))
                extra, partner = task_notes(t)
                groups.setdefault(partner, []).append(f"- {t.quote} [{len(cites)}]" + (f" ({extra})" if extra else ""))
            for partner, lines in groups.items():
                parts.append(f"{_who(a, actor)}{f' ({partner})' if partner else ''}:\n" + "\n".join(lines))
        if actor is not None:
            break                                   # the body asked about, in the best document
    return Answer(question, "\n".join(parts), True, tuple(cites), "who-what") if cites else None


CLEARLY, CLOSE = 0.6, 0.15


# the words of a who-question that ask for an actor, not what the task is about
_ASKING = {"chu tri", "don vi", "co quan", "giao", "phu trach", "nhiem vu", "trach nhiem", "phan cong", "thuc hien", "lo",
           "lam", "phai", "ai", "nao", "viec", "luc", "khi"}


def _task_words(query: Query) -> dict[str, float]:
    """The question's weighted words that say what the task is ("phương án phủ sóng"), not who is asked."""
    return {t: w for t, w in query.weights.items()
            if fold(t.lstrip("~").replace("_", " ")).lower() not in _ASKING and not t.startswith("dir:")}


class _Cover:
    """How much of what the question says the task is each task's passage covers, remembered per task."""

    def __init__(self, query: Query):
        self.words, self._seen = _task_words(query), {}

    def __call__(self, t) -> float:
        if id(t) not in self._seen:
            self._seen[id(t)] = coverage(self.words, set(lexical.analyze(t.passage)), fold(t.passage).lower())
        return self._seen[id(t)]

    def best(self, found: list[Assignment]) -> float:
        return max((self(t) for a in found for t in a.tasks), default=0.0)


def _doing(found: list[Assignment], cover: _Cover, named: str | None = None) -> list[Assignment]:
    """The assignments whose tasks cover the question's words best — those within CLOSE of the best
    task, when it covers CLEARLY of them, and those of a body the question names; all of them
    otherwise ("Ai phải làm gì theo KL 69?")."""
    best = cover.best(found)
    if best < CLEARLY:
        return found
    out = [a if named and names(named, a.key, a.members) else
           dataclasses.replace(a, tasks=tuple(t for t in a.tasks if cover(t) >= best - CLOSE)) for a in found]
    return [a for a in out if a.tasks]


def task_notes(t) -> tuple[str, str]:
    """Role and deadline beside a task's quote only as its passage writes them (every word shown is
    the document's), and only when the quote does not already say them; and, for a partner's task
    whose quote does not name its lead (the lead heads the section), whom it works with — said in
    the actor's lead-in line, not beside the quote the passage must support."""
    notes = [x for x in (t.role, t.deadline) if x and x in t.passage and x not in t.quote]
    if t.role == "phối hợp" and t.partners and not any(fold(p) in fold(t.quote) for p in t.partners):
        return "; ".join(n for n in notes if n != "phối hợp"), f"phối hợp với {', '.join(t.partners)}"
    return "; ".join(notes), ""


_BODY_HEADS = ("phong ", "so ", "ban ", "hoi ", "trung tam ", "doan ", "uy ban ", "truong ", "vien ",
               "lien hiep ", "bao ", "dai ", "cong an ", "mat tran ", "huyen doan ", "tinh doan ", "chi bo ")


def unassigned_body(snap: Snapshot, question: str, hits: list[Hit], query: Query) -> str | None:
    """A body the question asks the tasks of, under a directive it names (by number, or by its type
    among the documents found: "Thông báo kết luận … giao X làm gì?"), that this directive
    assigns nothing to (neither alone nor in a group) and that is not its issuer — the documents
    do not answer "what must X do" then, whatever else they say about X. None otherwise."""
    if not ASKS_TASKS.search(fold(question)):
        return None
    if query.refs:
        wanted = {r.id for r in query.refs}
        sources = {h.chunk.source for h in hits if wanted & {r.id for r in snap.documents[h.chunk.source].refs}}
    else:       # "Thông báo kết luận của Thường trực Huyện ủy giao X làm gì?": the documents of that type
        sources = set(of_named_type(snap, question, [h.chunk.source for h in hits[:5]]))
        if not sources and _typed(question) and not of_named_type(snap, question, list(snap.documents)):
            bodies = [t for t in named_things(question) if t.startswith(_BODY_HEADS)]
            return bodies[0] if bodies else None      # no document of that type at all
    found = assignments_for(snap, sources=sources) if sources else []
    if not found:
        return None
    assigned = " | ".join(fold(n) for a in found for n in (a.actor, *a.members))
    issuers = " | ".join(fold(snap.documents[s].issuer + " " + snap.documents[s].label) for s in sources)
    bodies = [t for t in named_things(question) if t.startswith(_BODY_HEADS)]
    if bodies and not any(b in assigned or b in issuers for b in bodies):
        return bodies[0]
    return None


def _who(a: Assignment, asked: str | None) -> str:
    if not a.members:
        return a.actor
    if asked is not None and actor_key(asked) != a.key:
        return f"{a.actor} (nhiệm vụ chung, trong đó có {asked})"
    return a.actor


def asks_who(question: str) -> bool:
    q = fold(question)
    if MEETING_CHAIR.search(q.lower()):
        return False            # "… hội nghị sơ kết … Ai chủ trì?": a person (asked_detail.py)
    return WHO.search(q) is not None or ASKS_TASKS.search(q) is not None

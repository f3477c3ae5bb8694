"""Who must do what: actor -> tasks, every task cited with a verbatim quote. Directives assign work in:
* the organisation section ("TỔ CHỨC THỰC HIỆN", "Phân công thực hiện" …): an actor heading with bullets under
  it ("2. Văn phòng Sở" / "- Chủ trì, theo dõi …"; or the body's name alone, its number lost); a heading naming a
  group ("3. Phòng Kinh tế và Hạ tầng; Phòng Nội vụ; …") whose members share the bullets — listed once, under the
  group — except a bullet that names one of them; an item opening with its actor ("1. Ban Tuyên giáo Huyện ủy chủ trì, …");
* anywhere in the document, an item that assigns explicitly ("Giao Văn phòng Tỉnh ủy bảo đảm …", "Đề nghị Ủy ban
  nhân dân các huyện rà soát …", "Điều 3. Giám đốc Sở … chịu trách nhiệm thi hành");
* a task table (STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành).
Each task keeps the role, partners and deadline the text gives (actors.py); a body named in two documents is one
actor with both sources; header, recipients and signature are never read."""
from __future__ import annotations

import dataclasses
import logging
import re

from ..snapshot import Snapshot
from ..text.genre import ITEM_LABEL, join_path
from ..text.normalize import fold
from ..types import Block, Citation, Document
from .actors import ACTOR_START, PERSON, actor_key, bodies, clean_actor, deadline_of, members, partners_of, role_of, split_actor
from .clauses import LEADS, closing_actor, cued_clauses, name_only, requests_of
from .graph import directive_graph
from .named_leads import DUTIES_OF, IN_CHARGE, person_name
from .task_table import actor_cell, row_fields

log = logging.getLogger(__name__)

_ORG = re.compile(r"to chuc thuc hien|phan cong (?:thuc hien|nhiem vu|to chuc)|trach nhiem thuc hien|to chuc trien khai|"
                  r"^\W*(?:[ivxl0-9]+\W+)?(?:(?:phuong huong,? (?:va )?)?nhiem vu(?! va muc)|phuong huong\b)")
# documents whose numbered points are assignments ("1. Trung tâm Y tế … tổ chức …"), not a meeting's time, place, guests
# ("3. Địa điểm" › "- Phòng họp số 2 …"); outside the organisation section ("V. PHƯƠNG HƯỚNG, NHIỆM VỤ …" is one), explicit only
_ASSIGNING = ("Công văn", "Thông báo", "Chỉ thị", "Quyết định", "Biên bản")
_NOT_WORK = re.compile(r"^\W*(?:[ivxl0-9]+|[a-z])?\W*(?:thoi gian|dia diem|thanh phan)(?: (?:moi|du|tham du|hop))?\W*$")
_TITLED = re.compile(r"([^.;:,()]{3,60}?)\.\s+(?=[A-ZĐÀ-Ỹ])")
_EXPLICIT = re.compile(r"^(?:Giao|Đề nghị|Yêu cầu)\s|(?:chủ trì|có trách nhiệm|chịu trách nhiệm|là cơ quan thường trực)")


@dataclasses.dataclass(frozen=True)
class Task:
    text: str            # the task as shown: the quote, first letter upper-cased
    citation: Citation   # its passage and the quoted task span (n = 0 until an answer numbers it)
    role: str = ""       # "chủ trì", "phối hợp", "thường trực" when the text says so
    partners: tuple[str, ...] = ()
    deadline: str = ""   # as written: "trước ngày 30/6/2025", "Quý III/2025"

    source = property(lambda self: self.citation.source)
    section = property(lambda self: self.citation.section)
    passage = property(lambda self: self.citation.text)     # the whole cited paragraph/item
    quote = property(lambda self: self.citation.quote)
    start = property(lambda self: self.citation.start)
    end = property(lambda self: self.citation.end)

    def to_dict(self) -> dict:
        return {"text": self.text, "role": self.role or None, "partners": list(self.partners), "deadline": self.deadline or None,
                "citation": {k: getattr(self.citation, k) for k in ("source", "doc_title", "section", "text", "quote", "start",
                                                                      "end", "quote_start", "quote_end")}}


@dataclasses.dataclass(frozen=True)
class Duty:
    """One task of one actor (or of a group, listed once with its members) in one document."""
    actor: str
    task: Task
    members: tuple[str, ...] = ()


@dataclasses.dataclass(frozen=True)
class Assignment:
    actor: str                  # as first written; for a group, its name as the document writes it
    key: str                    # normalised name: the same body in two documents has one key
    sources: tuple[str, ...]
    tasks: tuple[Task, ...]
    members: tuple[str, ...] = ()

    def to_dict(self) -> dict:
        d = {"actor": self.actor, "source": self.sources[0] if self.sources else "",
             "sources": list(self.sources), "tasks": [t.to_dict() for t in self.tasks]}
        if self.members:
            d["members"] = list(self.members)
        return d


def _task(doc: Document, b: Block, qs: int, qe: int | None = None, role: str = "", partners=(),
          deadline: str = "") -> Task | None:
    qe = len(b.text) if qe is None else qe
    raw = b.text[qs:qe]
    qs, qe = qs + len(raw) - len(raw.lstrip()), qe - (len(raw) - len(raw.rstrip()))
    body = b.text[qs:qe]
    if len(body) < 8 or doc.text[b.start:b.end] != b.text or PERSON.match(body):
        return None                     # "Trưởng ban: Bà Phạm Thị Lan Anh, …" names a member, not a task
    cite = Citation.of_span(0, doc.source, doc.display_title, join_path(b.path), b.text, b.start, qs, qe)
    return Task(body[0].upper() + body[1:], cite, role or role_of(body), tuple(partners) or partners_of(body),
                deadline or deadline_of(body))


def _in_org(doc: Document, b: Block) -> bool:
    if doc.type in _ASSIGNING and b.kind == "item":
        return not any(_NOT_WORK.search(fold(h).lower()) for h in b.path)
    top = b.path[0] if b.path else (b.text if b.kind == "heading" else "")    # the part it belongs to
    return bool(top) and _ORG.search(fold(top)) is not None


def _row(doc: Document, b: Block) -> Duty | None:
    f = row_fields(b.columns, b.text)
    if "task" not in f or "actor" not in f:
        return None
    actor, named_partners = actor_cell(b.text[slice(*f["actor"])])
    if not actor:
        return None
    cell = lambda k: b.text[slice(*f[k])].strip() if k in f else ""
    partners = bodies(cell("partners")) + named_partners
    t = _task(doc, b, *f["task"], role="chủ trì" if "chu tri" in fold(" ".join(b.columns)) else "",
              partners=partners, deadline=cell("deadline"))
    return Duty(actor, t, members(actor)) if t else None


def doc_assignments(doc: Document) -> tuple[Duty, ...]:
    """Who does what in one document, in document order."""
    duties: list[Duty] = []
    group: list[str] = []
    group_name = ""
    group_path: tuple[str, ...] | None = None
    requested = requests_of(doc)        # (a công văn's frame, read once)
    for b in doc.blocks:
        if b.kind == "row" and b.columns:
            if d := _row(doc, b):
                duties.append(d)
            continue
        if b.kind not in ("heading", "item", "paragraph"):
            continue
        org = _in_org(doc, b)
        label_len = len(m.group(0)) if (m := ITEM_LABEL.match(b.text)) and b.kind != "paragraph" else 0
        if b.label.startswith("Điều"):
            label_len = len(re.match(r"^Điều\s+\d+\s*[.:]?\s*", b.text).group(0))
        rest = b.text[label_len:]
        if b.kind == "heading":
            if b.level == 1 and (b.label or not ACTOR_START.match(rest)):     # (a part; not a body's name, numbering lost)
                group, group_name, group_path = [], "", None
                continue
            # a heading that is only a body's name ("1. UBND các xã, thị trấn") heads its tasks anywhere; under "Tổ chức thực hiện", a group's
            duty_of = DUTIES_OF.match(rest)            # "Điều 2. Nhiệm vụ của Ban Chỉ đạo:", "2. Đối với các trường THPT"
            who = duty_of and (duty_of["who"][:1].upper() + duty_of["who"][1:] if rest.startswith("Đối với") else duty_of["who"])
            if who and ACTOR_START.match(who):
                rest = who
            whole = split_actor(rest)          # "1. Sở Giáo dục và Đào tạo:" names a body and no task
            if (org or b.level >= 2 or duty_of or not b.label) and ACTOR_START.match(rest) and len(rest) <= 160 \
                    and (whole is None or not rest[whole[1]:].strip()):
                group_name = clean_actor(rest)
                group = list(members(group_name)) or [group_name]
                group_path = b.path + (b.text,)
            else:
                group, group_name, group_path = [], "", None
            continue
        under_group = group_path is not None and b.path[:len(group_path)] == group_path
        if b.kind == "paragraph" and name_only(rest):
            group, group_name, group_path = [], "", None      # (no task of the group above)
            continue
        # ("Điều 8. Ban chủ nhiệm. Xây dựng kế hoạch …": an article titled by the body, its duties after the title)
        split = (clean_actor(a.group(1)), a.end()) if b.label.startswith("Điều") and ACTOR_START.match(rest) and (a := _TITLED.match(rest)) \
            else split_actor(rest) if (org or _EXPLICIT.search(rest)) else None
        split = None if under_group and LEADS.match(rest) else split        # (the group's own work)
        cued = cued_clauses(rest) if org or under_group or split is not None else []     # (its task ends before them)
        end = label_len + cut if cued and (cut := max(rest.rfind(x, 0, min(at for _, at in cued)) for x in ("; ", ". "))) > 0 else None
        if split is not None:             # the block names its actor (a member of the group or not)
            actor, off = split
            actor = next((g for g in group if actor_key(g) == actor_key(actor)), actor) if under_group else actor
            if t := _task(doc, b, label_len + off, end if end and end > label_len + off else None):
                duties.append(Duty(actor, t, members(actor)))
            # ("10. UBND các xã" › "Giao Phòng Văn hóa - Xã hội rà soát …": the heading's body assigns it, and answers for it)
            if under_group and rest.startswith(("Giao ", "Yêu cầu ")) and actor not in group and (t := _task(doc, b, label_len, end)):
                duties.append(Duty(group_name, t, tuple(group) if len(group) > 1 else ()))
        elif under_group and (t := _task(doc, b, label_len, end)):
            duties.append(Duty(group_name, t, tuple(group) if len(group) > 1 else ()))
        elif (to := requested(b, rest)) and (t := _task(doc, b, label_len)):       # (a công văn's request)
            duties.append(Duty("; ".join(to), t, to if len(to) > 1 else ()))
        elif (org or b.kind == "item") and (later := closing_actor(rest)) is not None:
            # "1. Đẩy nhanh … . Phòng Kế hoạch - Tài chính chủ trì, phối hợp với … thực hiện."
            actor, at = later
            closing = rest[at + len(actor):].lstrip(" ,")
            if t := _task(doc, b, label_len, label_len + at, role=role_of(closing), partners=partners_of(closing)):
                duties.append(Duty(actor, t, members(actor)))
        if cued:
            for other, at in cued:       # "…; đề nghị Ủy ban Mặt trận tỉnh vận động …"
                if t := _task(doc, b, label_len + at):
                    duties.append(Duty(other, t, members(other)))
    duties = [dataclasses.replace(d, actor=person_name(d.actor)) for d in duties
              if not PERSON.match(d.actor) or IN_CHARGE.search(d.task.text)]     # (not an attendee, a contact)
    return tuple(duties + _partner_duties(duties))


def _partner_duties(duties: list[Duty]) -> list[Duty]:
    """Each body a task names as partner ("chủ trì, phối hợp với Trung tâm Chính trị …") has it too, as "phối hợp" (once)."""
    have = {(actor_key(d.actor), d.task.citation.start, d.task.start) for d in duties}
    out = []
    for d in duties:
        for p in d.task.partners:
            key = (actor_key(p), d.task.citation.start, d.task.start)
            if key not in have and actor_key(p) != actor_key(d.actor) and ACTOR_START.match(p):
                have.add(key)
                out.append(Duty(p, _as_partner(d.task, d.actor), members(p)))
    return out


def _as_partner(task: Task, lead: str) -> Task:
    """The lead's task as its partner's, quoted from the lead's name on when the passage has it
    ("Hội Nông dân xã chủ trì, phối hợp với Đoàn Thanh niên xã …"): not as the partner's own lead."""
    c = task.citation
    if (at := fold(c.text[:c.quote_start - c.start]).rfind(fold(lead))) >= 0:
        c = Citation.of_span(0, c.source, c.doc_title, c.section, c.text, c.start, at, c.quote_end - c.start)
    return dataclasses.replace(task, text=c.quote, citation=c, role="phối hợp", partners=(lead,))


def assignments_for(snap: Snapshot, sources: set[str] | None = None, actor: str | None = None) -> list[Assignment]:
    """Actors (and groups) and their cited tasks in the given documents (all by default), one entry
    per body; `actor` keeps the bodies whose name contains it (diacritics and case ignored) and
    the groups it is a member of."""
    docs = snap.documents
    merged: dict[str, tuple[str, list[str], list[Task], tuple[str, ...]]] = {}
    for src in (s for s in sorted(docs) if sources is None or s in sources):
        for d in snap.memo(("assignments", src), lambda: doc_assignments(docs[src])):
            entry = merged.setdefault(actor_key(d.actor), (d.actor, [], [], d.members))
            entry[1].extend([src] if src not in entry[1] else [])
            entry[2].extend([d.task] if d.task not in entry[2] else [])
    out = [Assignment(actor=n, key=k, sources=tuple(s), tasks=tuple(t), members=m)
           for k, (n, s, t, m) in merged.items() if not actor or names(actor, k, m)]
    order = {src: i for i, src in enumerate(sorted(docs))}
    return sorted(out, key=lambda a: (order.get(a.sources[0], 0), a.tasks[0].start))


def names(actor: str, key: str, group: tuple[str, ...] = ()) -> bool:
    """Whether an assignment's actor (its key, or one of its group's members) is the body asked for."""
    want = actor_key(actor)
    hit = lambda k: want in k or (k in want and len(k) > 6)
    return hit(key) or any(hit(actor_key(m)) for m in group)


def who_what(snap: Snapshot, directive: str) -> dict:
    """The Who-what JSON (docs/contracts.md) for what the user typed ("KL 69", "69-KL/TW", …)."""
    g = directive_graph(snap)
    node = g.resolve(directive)
    related = g.related(node.key)
    under = [r.source for r in related if r.relation != "cites"]
    assignments = assignments_for(snap, sources=set(under))
    log.info("who-what %s: %d documents under it, %d actors", node.key, len(under), len(assignments))
    return {"directive": node.to_dict(),
            "documents": [r.to_dict() for r in related],
            "assignments": [a.to_dict() for a in assignments]}



"""Extractive, grounded answers: every sentence shown is a verbatim span of a source passage,
followed by its [n]. No model writes text, so nothing can be invented.

1. Read the question (follow-ups borrow the previous question), retrieve passages.
2. Decide whether the documents answer at all: the question's content words, weighted by IDF
   (a word the corpus never uses weighs most), must be covered by the top passages. Below the
   threshold we refuse in Vietnamese and list the nearest passages for the reader to check.
3. Pick supporting sentences (extract.py) by the same weighted overlap.
4. Compose: "ai … làm gì" lists the organisation section actor by actor (who.py); others the best sentences by document (compose.py).
"""
from __future__ import annotations

import dataclasses
import re

from ..directives.graph import directive_graph
from ..errors import BadInput
from ..snapshot import Snapshot
from ..text.genre import TYPE_NAMED_F, user_abbreviations
from ..text.user_refs import parse_user_refs, without_refs
from ..text.normalize import fold
from ..text.sentences import sentences
from ..types import FRAME_KINDS, Answer, Citation, Hit
from .about_corpus import (asks_signer, corpus_answer, dated_mentions, described_documents, named_documents,
                           signer_pick, subject_pick)
from .assigned_in import assigned_in
from .compose import compose
from .compound import join_answers, split_compound, with_context
from .asked_detail import asks_contact, asks_names, asks_whom_to_contact, holds_contact, holds_person
from .asked_type import asked_quantity, holds_quantity
from .asked_when import asks_when, labelled, unsaid
from .extract import asks_meta, citing, pick, with_siblings
from .followup import body_tasks, rewrite, under_asked_directive
from .own_doc import own_hits
from .ranked import extreme_row
from .signals import answerable, neighbourhood, signals
from .topic_listing import topic_listing
from .who import asks_who, unassigned_body, who_what_answer

REFUSAL = "Không tìm thấy thông tin trả lời câu hỏi này trong các văn bản hiện có."
UNANSWERED_PART = "Không tìm thấy thông tin trả lời phần này trong các văn bản hiện có"
# Calibrated on eval/dev.jsonl + eval/extra.jsonl (see README, "Refusal rule"): answerable
# questions cover >= 0.6 of their weighted content words; out-of-corpus ones <= 0.4.
MIN_QUESTION_COVERAGE = 0.5
MAX_UNKNOWN = 0.3     # refuse when words the corpus never uses carry this share of the question
PICK_FROM = 8         # passages whose sentences may be quoted (`ask --k` changes it)
OWN_FIRST = 4         # passages of the named directive itself put first
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u200b-\u200f\u2028\u2029\ufeff]")


def check_question(q: str) -> str:
    """The question, stripped; BadInput saying what to type when it cannot be asked."""
    if not isinstance(q, str):
        raise BadInput("the question must be text")
    q = " ".join(_CONTROL.sub(" ", q).split())        # NUL and other control characters are not words
    if not q:
        raise BadInput("empty question: type a question in Vietnamese, e.g. \"Ai phải làm gì theo Kết luận 69?\"")
    if len(q) > 2000:
        raise BadInput("question too long (over 2000 characters): ask about one thing at a time")
    return q


def answer_question(snap: Snapshot, question: str, k: int | None = None, sources: set[str] | None = None,
                    history: list[str] | None = None) -> Answer:
    question = check_question(question)
    halves = split_compound(question)
    # (two questions in one: each on its own before the passages past a named directive's own are tried for the
    # whole; a question of its own is first asked of the directive the conversation named, then as asked)
    ans = _answer(snap, carried, k, sources, None, past_own=halves is None) if (carried := under_asked_directive(question, history)) else None
    ans = dataclasses.replace(ans, question=question) if ans and ans.grounded else _answer(snap, question, k, sources, history, past_own=halves is None)
    if not ans.grounded and (tasks := body_tasks(question, history)) is not None:
        # "Còn X thì sao?" where X is not given what was asked before: what X is given
        if (other := _answer(snap, tasks, k, sources, None)).grounded:
            return dataclasses.replace(other, question=question)
    if ans.grounded or halves is None:
        return ans
    # "… giao Sở X việc gì, và Sở đã cụ thể hóa bằng văn bản nào?": each half on its own
    first = _answer(snap, halves[0], k, sources, history)
    second = _answer(snap, with_context(halves[1], halves[0]), k, sources, [*(history or []), halves[0]])
    if not (first.grounded or second.grounded):
        return _answer(snap, question, k, sources, history)
    return join_answers(question, [(halves[0], first), (halves[1], second)], UNANSWERED_PART)


def _answer(snap: Snapshot, question: str, k: int | None, sources: set[str] | None,
            history: list[str] | None, past_own: bool = True) -> Answer:
    # a follow-up: the previous question, one thing swapped; "gd dt" typed apart read as "GD&ĐT"
    asked = user_abbreviations(rewrite(question, history))
    query = snap.read_query(asked)
    if (about := assigned_in(snap, asked) or corpus_answer(snap, asked, query) or topic_listing(snap, asked)) is not None:
        return about                        # "những văn bản nào thực hiện KL 69 / đề cập đến STEM?"
    if query.refs:      # a question about a named directive is answered from the documents that name it
        scope = snap.view.sources_naming(query.refs)
        sources = (scope & set(sources) or set(sources)) if sources else (scope or None)
    # (two more than are quoted from: frames may rank among them, and the refusal signals look past those)
    hits = snap.search(query, k=max(k or PICK_FROM, PICK_FROM) + 2, sources=sources)
    # "… trong Chỉ thị 19?": the directive itself, when it is in the corpus, before those citing it;
    # "… xã An Phú …": the documents issued there before those of other places
    named = named_documents(snap, query)
    own = (named if sources is None else named & set(sources)) or _placed_documents(snap, asked, sources)
    found = hits if (named or own and asks_names(asked)) and past_own else None    # (a list of a place's schools: a province's)
    if own and len(own) < len(snap.documents):
        first = snap.search(query, k=OWN_FIRST, sources=own)
        hits = first + [h for h in hits if h.chunk.id not in {f.chunk.id for f in first}][:len(hits) - len(first)]
    if not hits:
        return Answer(question, REFUSAL, False, (), "none")
    # (a directive the corpus only cites, "KH 1127/KH-UBND … về việc gì?", is described by the passages citing it)
    cited_only, signed = bool(query.refs) and not named, None
    if cited_only and asks_signer(asked) and not _another_type(asked):   # ("QĐ 152/QĐ-TTKN … do ai ký?": signed nowhere here)
        return refuse(question, hits)
    if cited_only and asks_when(asked) and (dated := dated_mentions(snap, query)):
        hits = _ahead(dated, hits)
    # ("… thực hiện theo QĐ số mấy của UBND tỉnh?" asks the number of the directive cited, not of one described)
    if asks_meta(asked) and not cited_only and not _BASIS_NUMBER.search(fold(asked).lower()) and \
            (desc := _named_first(named, hits, asked) or described_documents(snap, asked, list(dict.fromkeys(
            h.chunk.source for h in hits)))) is not None:
        if not desc and not _ASKS_NUMBER.search(fold(asked)):   # "Ai ký Hướng dẫn … của Ban X?", no such document
            return refuse(question, hits)
        # ("… theo QĐ số mấy của UBND tỉnh?": a directive the corpus only cites, by the passage citing it)
        hits = [h for h in hits if h.chunk.source in desc] or hits
        # ("Quyết định thành lập BCĐ … ký ngày nào?": the described document's header holds its date)
        hits = _ahead([Hit(c, 1.0) for d in desc[:2] for c in map(snap.view.chunk, snap.view.rows_of(d))
                       if c.kind == "header"], hits)
        signed, only = signer_pick(snap, asked, hits)     # "Ai ký Quyết định thành lập …?": its signature
        if only:
            return compose(snap.documents, question, [signed], "factoid")
    if named and (subject := subject_pick(snap, asked, named)) is not None:
        return compose(snap.documents, question, [subject], "factoid")     # "QĐ 2150 về việc gì?": its title
    whom = asks_whom_to_contact(asked)     # "… gọi ai?", "… liên hệ ai?" and none found: the top documents' contact lines
    if whom and not any(holds_contact(h.chunk.text) and holds_person(h.chunk.text) and h.chunk.source == hits[0].chunk.source
                        for h in neighbourhood(hits, 5)) or not whom and asks_contact(asked) \
            and not any(holds_contact(h.chunk.text) for h in neighbourhood(hits, 5)):
        lines = _lines(snap, hits, lambda c: holds_contact(c.text) and (not whom or holds_person(c.text)))
        hits = hits[:3] + _ahead(lines, hits[3:])
    elif label := unsaid(asked, [h.chunk.text for h in neighbourhood(hits, 5)]):
        # "… họp ở đâu?", "… đi ngày nào?" and no passage found says: the top document's "Địa điểm" / "Thời gian" lines
        hits = hits[:3] + _ahead(_lines(snap, hits, lambda c: labelled(label, c.text, c.context), 1), hits[3:])
    # ("Tờ trình 36/TTr-SKHCN đề xuất những gì?" of a Tờ trình the corpus only cites: what it says
    # is not in the corpus — only what the documents citing it quote of it)
    about_cited = cited_only and not asks_meta(asked) and not asks_when(asked) and bool(refs := parse_user_refs(asked)) \
        and not asked[:refs[0].start].strip(" \"“") and not _carried_out(snap, asked)
    # ("Sở X được giao số hóa bao nhiêu di tích …?": a figure, which the passages give, not the task list)
    who = asks_who(asked) and not about_cited and asked_quantity(asked) is None
    if who and not query.unresolved and (ans := who_what_answer(snap, asked, hits, query, named_only=True)):
        return ans                                    # "Phòng X phải làm gì?" and Phòng X is assigned work
    if who and unassigned_body(snap, asked, hits, query):   # "HD 203 giao Hội X nhiệm vụ gì?" and it gives none
        return refuse(question, hits)
    if not answerable(signals(snap, query, hits), MIN_QUESTION_COVERAGE, MAX_UNKNOWN):
        # (the named directive's own passages first is a preference: "Hội nghị sơ kết Chỉ thị 12 họp
        # mấy giờ?" is answered by the invitation naming it, as the passages found without it rank)
        if found is None or found is hits or not _clearly(signals(snap, query, found)):
            return refuse(question, hits)
        hits = found
    if who:
        ans = who_what_answer(snap, asked, hits, query)
        if ans is not None:
            return ans
    hits = own_hits(snap, query, hits, named) if past_own else hits     # "CTr 14 … xong trước ngày nào?": its own date
    if (row := extreme_row(snap, asked, hits)) is not None:
        return compose(snap.documents, question, [row], "factoid")      # "Thôn nào … cao nhất?": read off the table
    picks = pick(snap, neighbourhood(hits, k or PICK_FROM), query)     # (frames ranked among them not counted)
    if not picks or (cited_only and not asks_meta(asked) and not asks_when(asked)
                     and all(citing(p) for p in picks)):
        return refuse(question, hits)       # "KH 64 (only cited) đặt chỉ tiêu gì?" and only "Thực hiện KH 64 …"
    ids = {r.id for r in query.refs}
    if about_cited and not any(ids & set(p.hit.chunk.refs) and not citing(p) for p in picks):
        return refuse(question, hits)
    if cited_only and (unit := asked_quantity(asked)) and not _another_type(asked) and not any(
            ids & set(p.hit.chunk.refs) and holds_quantity(unit, fold(p.hit.chunk.text[p.start:p.end]).lower())
            for p in picks):
        return refuse(question, hits)       # "KH 88-KH/TU (only cited) đặt chỉ tiêu bao nhiêu %?": no passage of it says
    picks, kind = with_siblings(snap, picks, query.weights, max_items=k or 8)
    if signed is not None and all(p.hit.chunk.kind != "signature" for p in picks):
        picks.append(signed)                          # "… có số hiệu gì và ai ký?": the signer too
    return compose(snap.documents, question, picks, kind)


def _carried_out(snap: Snapshot, asked: str) -> bool:
    """Whether a document of the corpus carries out or guides the directive a question names (its
    plan then says what the directive asks of whom: "HD 171 giao Phòng VH&TT nhiệm vụ gì?")."""
    g = directive_graph(snap)
    try:
        node = g.resolve(asked)
    except BadInput:
        return False
    return any(r.relation in ("implements", "guides") for r in g.related(node.key))


_BASIS_NUMBER = re.compile(r"\b(?:theo|can cu(?: vao)?|thuc hien)\s+(?:[a-z&]+\s+){0,12}so (?:may|bao nhieu|hieu)\b")
_ASKS_NUMBER = re.compile(r"\b(?:so may|so bao nhieu|so hieu|so ky hieu)\b")


def _ahead(front: list[Hit], hits: list[Hit]) -> list[Hit]:
    """`front`, then the passages of `hits` not among them, in order."""
    ids = {h.chunk.id for h in front}
    return front + [h for h in hits if h.chunk.id not in ids]


FALLBACK_SENTENCE = 0.65   # passing over the named directive's own passages needs one that says most of the question


def _clearly(s) -> bool:
    """The refusal rule, and one passage (with its headings) covering FALLBACK_SENTENCE of the question."""
    return answerable(s, MIN_QUESTION_COVERAGE, MAX_UNKNOWN) and s.sentence >= FALLBACK_SENTENCE


def _lines(snap: Snapshot, hits: list[Hit], wanted, documents: int = 2) -> list[Hit]:
    """The passages of the best-ranked documents that give what is asked — a phone number, an e-mail
    address, a place ("Mọi chi tiết xin liên hệ …", "Địa điểm: …" share few words with the question)."""
    tops = list(dict.fromkeys(h.chunk.source for h in hits))[:documents]
    return [Hit(c, hits[0].score) for s in tops for c in map(snap.view.chunk, snap.view.rows_of(s))
            if c.kind not in FRAME_KINDS and wanted(c)]


def _named_first(named: set[str], hits: list[Hit], question: str) -> list[str]:
    """The documents a question names by number ("KH 186/KH-UBND do ai ký?"), best ranked first —
    unless it names another document's type besides ("Ai ký Hướng dẫn tuyên truyền Chỉ thị 19?"
    asks of the Hướng dẫn)."""
    if _another_type(question):
        return []
    ranked = list(dict.fromkeys(h.chunk.source for h in hits if h.chunk.source in named))
    return ranked + sorted(named - set(ranked))


def _another_type(question: str) -> bool:
    """Whether the question names a document type besides the directives it names by number
    ("Kế hoạch tuyên truyền Nghị quyết 57 …": a Kế hoạch, described by the Nghị quyết it is about)."""
    rest = fold(without_refs(question)).lower()
    # ("TB mời họp sơ kết CT 12 số mấy?": a type's code typed alone is the type)
    return TYPE_NAMED_F.search(rest) is not None or _TYPE_CODE.search(rest) is not None


_TYPE_CODE = re.compile(r"(?<![\w/-])(?:tb|kh|qd|cv|hd|nq|bc|kl|ctr)(?![\w/-])")


def _placed_documents(snap: Snapshot, question: str, sources: set[str] | None) -> set[str]:
    """The documents issued at a place the question names ("xã An Phú", "huyện Kim Sơn")."""
    q = f" {fold(question)} "
    found = set().union(*(docs for place, docs in snap.sources_by("place").items()
                          if len(place.split()) >= 2 and f" {place} " in q))
    return found if sources is None else found & set(sources)


def refuse(question: str, near: list[Hit]) -> Answer:
    """The refusal, with the first sentence of each nearest passage for the reader to check (not the
    header, "Nơi nhận" or signature: they answer nothing a refused question asked)."""
    near = [h for h in near if h.chunk.kind not in FRAME_KINDS] or near
    cites = [Citation.of_chunk(n, h.chunk, *sentences(h.chunk.text)[0], h.score) for n, h in enumerate(near[:3], start=1)]
    return Answer(question, REFUSAL + " Các đoạn gần nhất được liệt kê để anh/chị tự kiểm tra.",
                  False, tuple(cites), "refusal")

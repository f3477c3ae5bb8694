"""Which sentences of the retrieved passages answer the question: each sentence (or ";"-clause of
a run-on sentence) is scored by the IDF-weighted share of the question it covers, with its
passage's heading context (both analysed at ingest), plus the passage's rank, a named-directive match (and its year) and
the answer type ("khi nào" wants a date, "bao nhiêu" a number). When the question names the best
passage's own heading, every item under that heading is the answer (a list)."""
from __future__ import annotations

import re

from ..search.coverage import coverage
from ..search.retrieve import Query
from ..snapshot import Snapshot
from ..text.genre import MARKER, last_heading
from ..text.normalize import fold
from ..text.periods import WEEKDAY, day_mentioned, weekdays
from ..types import FRAME_KINDS, Chunk, Hit
from .asked_detail import CONTACT_TEXT, asked_title, asks_contact, asks_members, asks_whom_to_contact, holds_members, holds_title
from .asked_when import asks_place, holds_venue, holds_when
from .narrowed import asks_now, is_target
from .compose import Pick

HEAD_WEIGHT = 0.5
SIBLING_HEAD_SHARE = 0.15   # the heading carries at least this share of the question's weight
TYPE_BONUS = 0.3
# Answer types (as in classic QA): a "when" question wants a sentence with a date, a "how many"
# question one with a number. Asked on the folded question.
_WHEN = re.compile(r"\b(ngay nao|hom nao|khi nao|bao gio|thoi gian nao|nam nao|thang nao)\b")
_HOW_MANY = re.compile(r"\b(bao nhieu|may)\b")
_DAY_DATE = re.compile(r"\b\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\b|\bngày\s+\d{1,2}\s+tháng\s+\d{1,2}\b")   # a day's date
_DATE = re.compile(_DAY_DATE.pattern + r"|\bnăm\s+\d{4}\b")                                             # or a year
_NUMBER = re.compile(r"\b\d+\b")
_BASIS = re.compile(r"^\W*(?:Căn cứ|Thực hiện|Triển khai)\b")
# questions a header, recipient list or signature answers: who signed, number, date, recipients, subject
_ASKS_META = re.compile(r"\b(?:ai ky|nguoi ky|dung ten ky|ai dung ten|da ky|ky nhung|ky cac|ky ban hanh|ky ten|ky ngay|ky vao ngay|ky khi nao|ngay ky|so hieu|so may|so bao nhieu|ky hieu|ngay ban hanh|"
                        r"ban hanh ngay|ban hanh (?:tu |vao )?(?:khi nao|bao gio|luc nao|thoi gian nao)|ngay nao ban hanh|noi nhan|gui (?:cho |den |toi )?(?:ai|nhung|co quan|noi nao)|"
                        r"kinh gui|co quan ban hanh|don vi ban hanh|(?:co quan|don vi) nao (?:da )?ban hanh|ai ban hanh|do ai|trich yeu|ve viec gi|v/v|tieu de|"
                        r"ten van ban|chuc vu|"
                        # ("TB 52 ra ngày nào?": issued; "BTV ban hành CTr 41 ngày nào?": the directive named between; not "… trước ngày nào", a deadline)
                        r"ban hanh (?:(?!truoc\b|han\b|cham\b)[\w/.-]+ ){1,3}(?:vao )?ngay nao|(?<!dien )ra (?:vao )?ngay nao|(?<!\w)de ngay (?:nao|bao nhieu|thang nao))\b")     # ("CV 142 đề ngày nào?": dated)


_YEAR = re.compile(r"(?<![\d.])((?:19|20)\d\d)(?![\d/])")
_LISTED_ASK = re.compile(r"\b(?:nhung|cac) ([a-z]+(?: [a-z]+){0,3}?) nao\b")
_HEAD_NAME = re.compile(r"^\s*(?:[ivxlc]+|\d{1,2}|[a-z])[.)]\s*|\([^)]*\)")     # "I. TẬP THỂ (02 tập thể)" -> "tập thể"
_PARTS = re.compile(r"\b(?:nhung|may|cac|bao nhieu|gom)\s+(?:phan|muc|chuong|dieu|de muc)(?:\s+chinh)?(?:\s+(?:nao|gi)\b|\s*(?:[?,.]|$))")
_LABEL = re.compile(r"(?i)\s*(?:chương|điều|mục|phần|phụ lục)\s+[\dIVXLC]+\s*[.:]?\s*$")
_REFS_OUT = re.compile(r"\d+(?:/\d+)*-[\wĐđ&]+(?:/[\wĐđ&]+)*|\d+/(?:\d{4}/)?[\wĐđ&]+-[\wĐđ&-]+")
YEAR_BONUS = 0.2


def _label_only(piece: str) -> bool:
    """A heading's bare label or title ("Chương I.", "QUY ĐỊNH CHUNG"), nothing an answer says."""
    return _LABEL.match(piece) is not None or not any(c.islower() for c in piece)


def asks_meta(question: str) -> bool:
    """Whether the question asks what a header, recipient list or signature says."""
    return _ASKS_META.search(fold(question)) is not None


def _year_bonus(piece_years: set[str], wanted: set[str]) -> float:
    """A span of the year wanted gains, a span of only other years loses, a span without one neither."""
    return YEAR_BONUS if piece_years & wanted else (-YEAR_BONUS if piece_years else 0.0)


def strip_marker(text: str, s: int, e: int) -> tuple[int, int]:
    """The span `text[s:e]` without its item marker ("5. ", "- ", "a) "), unless that is all of it."""
    m = MARKER.match(text[s:e])
    return (s + m.end(), e) if m and s + m.end() < e else (s, e)


def names_date(piece: str, ref_id: str, date: str) -> bool:
    """Whether a span names the directive `ref_id` with its date ("116-KH/TU, ngày 23/4/2024"); never for a year alone ("../../2025")."""
    if not (full := re.fullmatch(r"(\d{1,2})/(\d{1,2})/(\d{4})", date)):
        return False
    d, m, y = (int(x) for x in full.groups())
    return ref_id in piece and re.search(rf"(?<!\d)0?{d}\s*/\s*0?{m}\s*/\s*{y}|ngày 0?{d} tháng 0?{m} năm {y}",
                                         piece) is not None


class _Holds:
    """The answer type as a predicate with `search`: a date, deadline or period (asked_type.py)."""
    @staticmethod
    def search(piece: str) -> bool:
        return holds_when(fold(piece)) or _DATE.search(piece) is not None


def _answer_type(question: str):
    q = fold(question)
    return _Holds if _WHEN.search(q) else _DOC_NUMBER if _ASKS_DOC_NUMBER.search(q) else \
        CONTACT_TEXT if asks_contact(question) or asks_whom_to_contact(question) else _NUMBER if _HOW_MANY.search(q) else None


# "… có số hiệu gì?", "… số mấy?": a directive's number ("Số: 186/KH-UBND", "Kế hoạch số 14-KH/TU")
_ASKS_DOC_NUMBER = re.compile(r"\b(?:so hieu|so ky hieu|ky hieu|so may|so bao nhieu)\b")
_DOC_NUMBER = re.compile(r"(?i)\bsố\s*:?\s*\d+[/-]")


# a sentence that only names the directive it carries out ("Thực hiện Kế hoạch số 64-KH/HU …")
_CITING = re.compile(r"^\W*(?:Thực hiện|Căn cứ|Triển khai|Theo đề nghị|Thực hiện chỉ đạo)\b", re.I)


def citing(p: Pick) -> bool:
    """Whether a picked span stands in a sentence that only names the directives it carries out —
    the clause after ";" too ("Thực hiện Nghị quyết 57 …; Kế hoạch số 64-KH/TĐTN …")."""
    text = p.hit.chunk.text
    start = max(text.rfind(". ", 0, p.start), text.rfind("\n", 0, p.start)) + 1
    return _CITING.match(text[start:p.end]) is not None


def _line_of(text: str, s: int, e: int, rx: re.Pattern) -> tuple[int, int]:
    """The line of `text[s:e]` that `rx` finds in (its first), as offsets into `text`."""
    at = s
    for line in text[s:e].split("\n"):
        if rx.search(line) and line.strip():
            lead = len(line) - len(line.lstrip())
            return at + lead, at + len(line.rstrip())
        at += len(line) + 1
    return s, e


def head_coverage(snap: Snapshot, chunk: Chunk | Hit, weights) -> float:
    """Share of the question a passage's own heading covers."""
    head = last_heading((chunk.chunk if isinstance(chunk, Hit) else chunk).section)
    return coverage(weights, snap.head_terms(chunk), fold(head), inside_words=False) if head else 0.0


def pick(snap: Snapshot, hits: list[Hit], query: Query) -> list[Pick]:
    weights = query.weights
    wanted_dirs = {t for t in query.terms if t.startswith("dir:")}
    wanted_type = _answer_type(query.text)
    scored: list[Pick] = []
    meta = asks_meta(query.text)
    # a year the question names (outside a directive's number): "… trong tháng 10/2025" (not for what there is now)
    now = asks_now(query.text)
    asked_years = set() if now else set(_YEAR.findall(_REFS_OUT.sub(" ", query.text))) - set(query.ref_years)
    title = asked_title(query.text)       # "Ai là Chủ tịch …?": a signature may name the Chủ tịch
    members = asks_members(query.text)     # "… gồm những ai?": a sentence listing them
    where = asks_place(query.text)         # "… ở đâu?": a sentence naming the venue ("Hội trường …")
    fq = fold(query.text)
    days = weekdays(fq)      # "Thứ 3 ai trực?": not Thứ Tư's row
    parts = _PARTS.search(fq) is not None     # "Đề cương có những phần nào?": its headings
    # ("Hai tập thể được khen là những tập thể nào?": the items under "I. TẬP THỂ (02 tập thể)")
    listed = m.group(1) if (m := _LISTED_ASK.search(fq)) else None
    # (the date of the directive itself — "KH 116 ký ngày nào?" —, not a deadline: "… gửi trước ngày nào theo QĐ 1386?")
    dated = [(r.id, r.date) for r in query.refs if r.date] if wanted_type is _Holds and meta else []
    for rank, h in enumerate(hits, start=1):
        if h.chunk.kind in FRAME_KINDS and not meta and not (title and h.chunk.kind == "signature"):
            continue               # the header, "Nơi nhận" and the signature answer only what they are
        # the heading path belongs to every sentence under it ("1. Mục đích" › "- Quán triệt …")
        ctx = snap.context_terms(h) | snap.doc_terms(h.chunk.source)
        # an actor or topic named in the question that is this passage's own heading
        head_bonus = HEAD_WEIGHT * head_coverage(snap, h, weights)
        if listed and h.chunk.kind == "item" and _HEAD_NAME.sub("", fold(last_heading(h.chunk.section)).lower()).strip(" .:") == listed:
            head_bonus += 2 * TYPE_BONUS
        for s, e, unit_terms in snap.units(h):
            piece = h.chunk.text[s:e]
            if h.chunk.kind == "header" and wanted_type is not None:
                if not wanted_type.search(piece):
                    continue       # "… ký ngày nào?": the header's date line, not its issuer's
                # (two columns: the line, not the block; a day's date before "năm học 2026-2027")
                s, e = _line_of(h.chunk.text, s, e, _DAY_DATE if wanted_type is _Holds and _DAY_DATE.search(piece)
                                else wanted_type)
                piece = h.chunk.text[s:e]
            have = unit_terms | ctx
            sc = coverage(weights, have, fold(piece + " " + h.chunk.context)) + 0.25 / rank + head_bonus
            if wanted_type is not None and wanted_type.search(piece):
                sc += TYPE_BONUS
            if (where and holds_venue(piece)) or (members and holds_members(piece, query.text, h.chunk.context)):
                sc += TYPE_BONUS
            if not (meta or parts) and h.chunk.kind != "row" and _label_only(piece):
                continue           # "Chương I.", "QUY ĐỊNH CHUNG": a heading's label says nothing asked
            if now and is_target(fold(piece).lower()):
                sc -= TYPE_BONUS           # "hiện giờ đạt bao nhiêu?": not the target set for 2027
            if meta and wanted_type is _Holds and not query.refs and h.chunk.kind == "header":
                sc += TYPE_BONUS           # "Công văn … về lễ hội ban hành ngày nào?": its own date, no deadline in it
            if dated and any(names_date(piece, rid, d) for rid, d in dated):
                sc += 2 * TYPE_BONUS       # "Kế hoạch 116 ký ngày nào?": "… Kế hoạch số 116-KH/TU, ngày 23/4/2024"
            if wanted_dirs:
                sc += 0.3 if wanted_dirs & have else 0.0
                if wanted_type is _Holds and not meta and _BASIS.match(piece):
                    sc -= TYPE_BONUS       # "… trước ngày nào theo KH 35?": not "Căn cứ KH 35 ngày 10/01/2026"
                if query.ref_years:
                    sc += _year_bonus(set(re.findall(r"\b(?:19|20)\d\d\b", piece)), set(query.ref_years))
            if title:              # the title asked, not its deputy's
                f = fold(piece)
                sc += TYPE_BONUS if holds_title(title, f) else (-TYPE_BONUS if title in f else 0.0)
            if asked_years:        # the year asked, not another year's figure
                sc += _year_bonus(set(_YEAR.findall(piece)), asked_years)
            s2, e2 = strip_marker(h.chunk.text, s, e)
            scored.append(Pick(h, s2, e2, sc))
    if not scored:
        return []
    if days:        # (a row of another day of the week answers nothing asked of this one)
        other = lambda p: WEEKDAY.search(f := fold(p.hit.chunk.text[p.start:p.end]).lower()) and not any(day_mentioned(d, f) for d in days)
        scored = [p for p in scored if not other(p)] or scored
    if wanted_type is CONTACT_TEXT:     # "… thì gọi ai?": the lines giving a number or an address, not the topic's list
        scored = [p for p in scored if CONTACT_TEXT.search(p.hit.chunk.text[p.start:p.end])] or scored
    scored.sort(key=lambda p: -p.score)
    best = scored[0].score
    chosen: list[Pick] = []
    for p in scored:
        if len(chosen) >= 4 or p.score < 0.75 * best:
            break
        if any(c.hit.chunk.id == p.hit.chunk.id and not (p.end <= c.start or p.start >= c.end) for c in chosen):
            continue
        if sum(c.hit.chunk.id == p.hit.chunk.id for c in chosen) >= 2:
            continue
        chosen.append(p)
    return chosen


def _announced(snap: Snapshot, p: Pick, max_items: int) -> list[Pick]:
    """The items a picked sentence announces ("… giáo dục sáu nhóm năng lực số sau:"): those that
    follow it under the same heading, each by its opening clause."""
    c = p.hit.chunk
    if not c.text[p.start:p.end].rstrip().endswith(":") or p.end < len(c.text.rstrip()) - 1:
        return []
    out = []
    for item in [i for i in snap.section_items(c) if i.start > c.start][:max_items]:
        s, e = strip_marker(item.text, *snap.units(item)[0][:2])
        out.append(Pick(Hit(item, p.hit.score), s, e, 0.0))
    return out


def with_siblings(snap: Snapshot, picks: list[Pick], weights, max_items: int = 8) -> tuple[list[Pick], str]:
    """When the question names the best passage's heading ("mục đích", "hình thức tuyên truyền",
    an actor), the reader expects every item under that heading, not one of them."""
    top = picks[0].hit.chunk
    # (a picked sentence announcing a list, "Mỗi sáng kiến lập 01 bộ hồ sơ gồm:", is shown with it)
    for i, (p, listed) in enumerate((p, _announced(snap, p, max_items)) for p in picks):
        if listed:
            return picks[:i + 1] + listed + [q for q in picks[i + 1:] if q.hit.chunk not in {x.hit.chunk for x in listed}], "list"
    if top.kind != "item" or head_coverage(snap, picks[0].hit, weights) < SIBLING_HEAD_SHARE:
        return picks, "factoid"
    siblings = snap.section_items(top)
    if len(siblings) < 2:
        return picks, "factoid"
    out = []
    for c in siblings[:max_items]:
        # each item's opening clause states its task; keep any other clause already picked
        s, e = strip_marker(c.text, *snap.units(c)[0][:2])
        mine = sorted((p for p in picks if p.hit.chunk.id == c.id), key=lambda p: p.start)
        if not any(p.start <= s < p.end for p in mine):
            out.append(Pick(Hit(c, picks[0].hit.score), s, e, 0.0))
        out += mine
    out = sorted(out, key=lambda p: (siblings.index(p.hit.chunk), p.start))
    lead = snap.lead_in(top)        # (after the line announcing them, when it says something; what was picked elsewhere after the list)
    return ([Pick(Hit(lead, picks[0].hit.score), 0, len(lead.text.rstrip()), 0.0)] if lead else []) + out + \
        [p for p in picks if p.hit.chunk not in siblings and p.hit.chunk != lead], "list"

"""Follow-up questions: "Còn Trung tâm Văn hóa thì sao?", "Còn huyện Đông Sơn?", "Vậy thời hạn là
khi nào?" mean the previous question with one thing swapped — the body (or place) asked about, or
the fact asked for. The previous question keeps its directive and topic.

    "Phòng Kinh tế và Hạ tầng phải làm gì theo Hướng dẫn 171?" + "Còn Phòng Y tế thì sao?"
      -> "Phòng Y tế phải làm gì theo Hướng dẫn 171?"
    "Sở KH&CN chủ trì nhiệm vụ gì trong KH 112?" + "Vậy thời hạn là khi nào?"
      -> "Sở KH&CN chủ trì nhiệm vụ gì trong KH 112? thời hạn là khi nào"
"""
from __future__ import annotations

import re

from ..directives.actors import ACTOR_START
from ..text.letters import capitals
from ..text.normalize import fold, has_diacritics
from ..text.user_refs import parse_user_refs
from .codes import without_codes
from .followup_parts import budget_item, rate_swap, task_anew, title_swap
from .followup_kinds import WHEN_WHERE, asked_anew, bare_type_named, described_doc, named_before, only_asks, own_count, same_kind_swap, school_swap, topic, year_swapped  # noqa: E501
from .plain_names import plain_place
from .named import BODY_HEAD, BODY_HEAD_F, LEVEL_THINGS, body_span, named_things

# "Còn X thì sao?", "Thế còn X?", "Còn về X", "(Thế) X thì sao?", "Đối với X thì thế nào?"
_SWAP = re.compile(r"^(?:(?:thế\s+)?còn(?:\s+về)?|đối với|với|riêng)\s+(?P<x>.+?)\s*(?:thì\s+(?:sao|thế nào|như thế nào|ra sao)"
                   r"|thì|nữa)?\s*[?.!]*$|^(?:(?:thế|vậy)\s+)?(?P<y>.+?)\s+thì\s+(?:sao|thế nào|ra sao)\s*[?.!]*$", re.I)
# "(Vậy) còn Hội Nhà báo tỉnh thì được giao việc gì?": another body, and the question asked in full
_SWAP_ASK = re.compile(r"^(?:(?:thế|vậy)\s+)?còn(?:\s+về)?\s+(?P<x>.+?)\s+thì\s+(?!(?:sao|thế nào|như thế nào|ra sao)\s*[?.!]*$)"
                       r"(?P<ask>.+?)\s*[?.!]*$", re.I)
# "Còn nghề điện dân dụng thì sao, được hỗ trợ bao nhiêu?": another thing, and what is asked of it
_SAO_ASK = re.compile(r"^(?:(?:thế|vậy)\s+)?còn(?:\s+về)?\s+(?P<x>.+?)\s+thì\s+(?:sao|thế nào|ra sao)\s*,\s*(?P<ask>.+?)\s*[?.!]*$", re.I)
# "Vậy thời hạn là khi nào?", "Thế còn kinh phí?" asking for another fact of the same thing
_FACT = re.compile(r"^(?:vậy|thế|còn|vậy thì)\s+(?P<fact>.+?)\s*[?.!]*$", re.I)
_THAT = r"\s+(?:đó|này|ấy|nói trên|trên)(?![\wÀ-ỹ])"
_THAT_BODY = re.compile(r"(?<![\wÀ-ỹ])(?:[Pp]hòng|[Ss]ở|[Bb]an|[Hh]ội|[Tt]rung tâm|[Đđ]ơn vị|[Cc]ơ quan)" + _THAT)
_THAT_DOC = re.compile(r"(?<![\wÀ-ỹ])(?P<noun>văn bản|kế hoạch|hướng dẫn|công văn|quyết định|chỉ thị|nghị quyết|"
                       r"báo cáo|thông báo)" + _THAT, re.I)
# "tỷ lệ đó", "chỉ tiêu này", "cuộc thi ấy", "số liệu trên": a thing of the previous question (not "trong số đó …": its own)
_THAT_THING = re.compile(r"(?<![\wÀ-ỹ])(?<!trong )(?<!Trong )[\wÀ-ỹ]+" + _THAT)
# (typed without diacritics "do" is also "by": "thi do ai tổ chức" — only before what a thing does)
_THAT_THING_F = re.compile(r"(?<!\w)(?<!trong )[a-z]+\s+(?:nay|ay|noi tren|do(?=\s+(?:dat|la|co|duoc|bao|the|thi|ra|o|tai|ket thuc|"
                           r"dien ra|bat dau|keo dai|gom|can|phai)\b|\s*[?.!]*$))(?!\w)")
_PLACE = re.compile(capitals(r"\b(?i:tỉnh|huyện|xã|thành phố|thị xã|thị trấn|phường|quận)\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)*"))


def _folded(rx: re.Pattern) -> re.Pattern:
    """The same pattern for a question typed without diacritics."""
    return re.compile(fold(rx.pattern).replace("(?p<", "(?P<"), re.I)


_SWAP_F, _FACT_F, _SWAP_ASK_F, _SAO_ASK_F = map(_folded, (_SWAP, _FACT, _SWAP_ASK, _SAO_ASK))
_LEVELS_F = "tinh|huyen|xa|thanh pho|thi xa|phuong|quan"
# "Còn tỷ lệ giáo viên đạt chuẩn?" after "… bao nhiêu bài giảng?": another figure of the same document
_MEASURE = re.compile(r"^(?:ty le|so luong|tong so|so (?!hoa)\w+|muc|kinh phi|chi tieu)\b")
_HOW_MANY = re.compile(r"\b(?:bao nhieu|may|ty le|so luong)\b")
_LEVEL_F = re.compile(rf"^(?:{_LEVELS_F})\s")
# a proper name of two or more capitalised words (one may be one accented vowel: "Ô Khê"), no body's ("Ngọc Khê"; not "Sở …")
_SYLLABLE = r"(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+|[ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ](?![\wÀ-ỹ]))"
_NAME = rf"{_SYLLABLE}(?:\s+{_SYLLABLE})+"
_NAME_RUN = re.compile(capitals(r"(?<![\wÀ-ỹ])(?!(?:Phòng|Sở|Ban|Hội|Trung|Trường|Viện|Đoàn|Ủy|Uỷ|Cục|Chi|Đài|Báo|Liên|Văn|Tổ|Kế|"
                                r"Quyết|Nghị|Chỉ|Công|Hướng|Thông|Kết|Chương|Ngày|Cuộc|Hội|Giải)\s)" + _NAME))
# a place named after "ở" / "tại" without its level ("… ở Tà Mung …"), which "Còn Nậm Lư?" swaps
_AT_NAME = re.compile(capitals(r"(?<![\wÀ-ỹ])(?:ở|tại)\s+(?P<name>" + _NAME + ")"))
_CAP = re.compile(capitals(r"[A-ZĐÀ-Ỹ]"))
# a thing named by its kind and a place's or person's name ("mật ong Tà Xiêm", "ông Vi Văn Hòe"; not "xã X", "sản phẩm")
_NOT_KIND = "xã|huyện|tỉnh|thôn|bản|phường|thị|thành|ở|tại|của|và|cho|theo|về|được|do|kế|hoạch|bao|nhiêu|đạt|phần|trăm|số|là|có|các|những|mấy|chấm|cấp|hộ|lớp|sản|phẩm|nhãn|hiệu|chỉ|dẫn|địa|lý|mô|hình"
_THING_NAMED = re.compile(capitals(rf"(?:^[A-ZĐÀ-Ỹ][a-zà-ỹđ]*\s+|(?<![\wÀ-ỹ]))(?:(?!(?:{_NOT_KIND}|{fold(_NOT_KIND)}|tp)(?![\wÀ-ỹ]))[a-zà-ỹđ]+\s+){{1,4}}" + _NAME))
_PLAIN_PLACE_END = re.compile(rf"\b(?:{_LEVELS_F}) [a-z]+ [a-z]+\s*$")


def _placed_like(body: str, old: str) -> str:
    """ "Đoàn Thanh niên xã" for "Hội Nông dân xã Phú Lộc" is "Đoàn Thanh niên xã Phú Lộc" (its level word ends it)."""
    # (typed without capitals: the old body ends with a level word and two syllables, "xa phu loc")
    pm = _PLACE.search(old) or (None if has_diacritics(old) else _PLAIN_PLACE_END.search(fold(old).lower()))
    if not pm or pm.end() < len(old.rstrip()) or _PLACE.search(body):
        return body
    place = old[pm.start():pm.end()]          # folding keeps offsets: the place as typed
    level = _LEVEL_F.match(fold(place).lower() + " ")        # folding keeps offsets
    if level and fold(body).lower().rstrip().endswith(" " + fold(place[:level.end()]).lower().strip()):
        return body.rstrip() + " " + place[level.end():].strip()
    return body


def _asked_span(prev: str) -> tuple[int, int] | None:
    """The body a question asks about: after its issuer ("Theo BC 87 của Đảng ủy xã X, UBND xã phải …")."""
    span = body_span(prev)
    if span and prev[:span[0]].endswith(("của ", "do ")) and (c := prev.rfind(", ", *span)) > 0 and _is_body(prev[c + 2:span[1]]):
        return c + 2, span[1]
    return span


def _is_body(x: str) -> bool:
    return bool(ACTOR_START.match(x) or BODY_HEAD.match(x) or BODY_HEAD_F.match(fold(x).lower()))


def _standalone(q: str) -> bool:
    """A question that names its own directive, body, place, number or date stands alone."""
    # (a school level is no thing of its own: "Mỗi trường THPT cử mấy người đi?" goes on the topic before)
    return bool(parse_user_refs(q) or any(t not in LEVEL_THINGS for t in named_things(q)) or body_span(q))


def rewrite(question: str, history: list[str] | None) -> str:
    """The question to search and answer with, given the earlier questions of the conversation —
    typed plain throughout when the earlier question was ("huyen con bao nhieu thon chua co song
    4g" + "Ở những xã nào?": a question half plain is read as words the corpus never writes)."""
    out = _rewrite(question, history)
    if out != question and history and not has_diacritics(history[-1]) and has_diacritics(question) \
            and re.search(r"(?<![\wÀ-ỹ])[a-z]+ [a-z]+ [a-z]+(?![\wÀ-ỹ])", out):     # (the earlier words kept, plain)
        return fold(out)
    return out


def _rewrite(question: str, history: list[str] | None) -> str:
    if not history:
        return question
    # the previous question as it was answered: "Còn Phòng Nội vụ?" after "Phòng Y tế … theo KH 594?"
    prev = rewrite(history[-1].strip(), history[-5:-1]).strip()
    q = question.strip()
    fq = fold(q).lower()                 # same offsets: the patterns are read on the folded question
    sao = _SAO_ASK.match(q) or _SAO_ASK_F.match(fq)
    if sao and not body_span(x := q[sao.start("x"):sao.end("x")]):
        # (a year, prize or round swapped into the question before; any other thing asked on its own)
        return same_kind_swap(x, prev) or f"{x[:1].upper()}{x[1:]} {q[sao.start('ask'):sao.end('ask')]}{_under(prev)}?"
    a = sao or _SWAP_ASK.match(q) or _SWAP_ASK_F.match(fq)
    x, ask = (q[a.start("x"):a.end("x")], q[a.start("ask"):a.end("ask")]) if a else ("", "")
    if a and body_span(x):
        return f"{x} {ask}{_under(prev)}?"
    # ("Còn việc nâng cấp Vườn ươm thì đơn vị nào chủ trì?": another thing, asked in full — no place swapped in)
    if a and not _PLACE.search(x) and not _NAME_RUN.search(x) and (anew := asked_anew(x, ask, prev) or budget_item(x, ask, prev) or task_anew(x, ask, prev)):
        return f"{anew}{_under(prev)}?"
    # "Phòng đó báo cáo … nào?", "Vậy kế hoạch ấy ban hành ngày nào?": the body or document just asked about
    if (t := _THAT_BODY.search(q)) and (span := body_span(prev)) and span[0] == 0:      # the body it opened with
        return q[:t.start()] + prev[span[0]:span[1]].strip() + q[t.end():]
    if (t := _THAT_DOC.search(q)) and (described := described_doc(prev)):
        return q[:t.start()] + described + q[t.end():]      # "Ai ký kế hoạch đó?": the one described before
    if (t := _THAT_DOC.search(q)) and (refs := parse_user_refs(prev)):
        ref = prev[refs[0].start:refs[0].end]
        named = ref if parse_user_refs(ref) and not ref[:1].isdigit() else f"{t.group('noun')} {ref}"
        return q[:t.start()] + named + q[t.end():]
    if (t := _THAT_THING.search(q)) and t.group(0).split()[-1] in ("đó", "này", "ấy") \
            and (named := named_before(prev, t.group(0).split()[0])):
        return (q[:t.start()] + named + q[t.end():]).rstrip(" ?.!") + _under(prev) + "?"   # ("Trong KH 52, …": under it)
    if not parse_user_refs(q) and (named := bare_type_named(q, prev, parse_user_refs(prev))):
        return named                                       # "… thực hiện chỉ thị …" after "Theo Chỉ thị 08, …"
    if _THAT_THING.search(q) or _THAT_THING_F.search(fq):      # "Năm 2024 tỷ lệ đó đạt bao nhiêu?": the thing asked before
        return f"{topic(year_swapped(prev, q), q)}? {q}"      # (of the year it names, if another)
    m = _SWAP.match(q) or _SWAP_F.match(fq)
    x = q[m.start("x"):m.end("x")] if m and m.group("x") else q[m.start("y"):m.end("y")] if m else ""
    # ("Thế tổ phó thường trực là ai?": a fact asked of the thing before, no body — written lower-case — swapped in)
    if not m and (t := re.match(r"(?i)^(?:thế|vậy)\s+(.+?)\s*[?.!]*$", q)) and not (
            t.group(1)[:1].islower() and has_diacritics(q) and _WH.search(fold(t.group(1)).lower())) and \
            (_is_body(t.group(1)) and _asked_span(prev) or (_PLACE.match(t.group(1)) or _NAME_RUN.search(t.group(1))) and _PLACE.search(prev)):
        x = t.group(1)          # "Thế Đoàn xã?", "Vậy xã Hố Sen?": another body or place swapped in
    x = x.strip(" ,")
    if x:
        if (ref := parse_user_refs(x)) and (old := parse_user_refs(prev)):      # "Còn Báo cáo 88?": another document
            return prev[:old[0].start] + x[ref[0].start:ref[0].end] + prev[old[0].end:]
        if _is_body(x) and (span := _asked_span(prev)):
            return school_swap(x, prev) or prev[:span[0]] + _placed_like(x, prev[span[0]:span[1]]) + prev[span[1]:]   # another body
        if _PLACE.search(x) and (p := _PLACE.search(prev) or _NAME_RUN.search(prev)):
            # ("Ngọc Khê được mấy giải …?" + "Còn thị xã Bến Ngà?": the place named without its level)
            return prev[:p.start()] + _PLACE.search(x).group(0) + prev[p.end():]
        if (thing := _THING_NAMED.fullmatch(x)) and len(olds := list(_THING_NAMED.finditer(prev))) == 1 and not _is_body(x):
            # ("CDĐL chè shan tuyết Lũng Mai được chấm bao nhiêu điểm?" + "Còn mật ong Tà Xiêm?": that product)
            return prev[:olds[0].start()] + thing.group(0) + prev[olds[0].end():]
        if (n := _NAME_RUN.search(x)) and not _is_body(x) and not _THING_NAMED.match(x) \
                and (p := _PLACE.search(prev)) and (c := _CAP.search(prev, p.start())):
            # ("Lớp ở xã Húc Nghì …?" + "Thế lớp ở Lìa Thượng?": that place, at the level asked before; not "mật ong Tà Xiêm")
            return prev[:c.start()] + n.group(0) + prev[p.end():]
        if _NAME_RUN.fullmatch(x) and len(at := list(_AT_NAME.finditer(prev))) == 1:
            # ("Năng suất … ở Tà Mung được bao nhiêu?" + "Còn Nậm Lư?": the place named without its level, swapped)
            return prev[:at[0].start("name")] + x + prev[at[0].end("name"):]
        if not has_diacritics(prev) and plain_place(new := fold(x).lower()) == (0, len(new)) and (p := plain_place(prev)):
            return prev[:p[0]] + new + prev[p[1]:]      # "con xa phin sang thi sao", after a question typed plain
        if _MEASURE.match(fold(x).lower()) and _HOW_MANY.search(fold(prev).lower()) and not _is_body(x):
            # "Còn tỷ lệ giáo viên đạt chuẩn?": that figure, of the directive and year asked before
            years = [y for y in re.findall(r"(?:năm|nam)\s+(?:19|20)\d\d", prev) if y not in x]
            ask = x if re.search(r"\b(?:bao nhieu|may)\b", fold(x).lower()) else f"{x} là bao nhiêu"
            return " ".join([ask, *years]) + _under(prev) + "?"
        # (or of an earlier one, when the last asked none: "Vòng 1 … ngày nào?" + "Mỗi trường …?" + "Thế vòng bán kết thì sao?")
        if (swapped := next((s for h in _asked_before(prev, history) if (s := same_kind_swap(x, h)) is not None), None) or rate_swap(x, prev)) is not None:
            return swapped
        # ("… thi ngày nào, mấy môn" + "còn môn chuyên thi hôm nào": the date of that, not a count)
        own = own_count(x, prev) or WHEN_WHERE.search(fold(x).lower()) is not None
        base = without_codes(prev) if _PLACE.search(x) or _NAME_RUN.search(x) else prev     # (another thing, not that code's)
        return f"{(topic(base, x) if own else base).rstrip(' ?.!')} {x}"
    f = _FACT.match(q) or _FACT_F.match(fq)
    if (swapped := same_kind_swap(q, prev) if f and len(q.split()) <= 8 or len(q.split()) <= 4 else title_swap(q, prev)) is not None:
        return swapped              # "Còn giải Nhì được thưởng bao nhiêu?", "Giải Nhì bao nhiêu?" after "Mỗi giải Nhất …"
    if parse_user_refs(q) and not f:
        return question                                  # it names its own directive: a new question
    if _asks_a_fact(q, f):
        fact = q[f.start("fact"):f.end("fact")] if f else q
        # the topic asked about, not what was asked of it: "… họp hôm nào? Ai chủ trì?" + "Thành
        # phần dự gồm những ai?" asks who attended that meeting, not when it met or who chaired
        last, fl = history[-1].strip(), fold(history[-1].strip()).lower()
        swapped = _SWAP.match(last) or _SWAP_F.match(fl) or _SWAP_ASK.match(last) or _SWAP_ASK_F.match(fl)
        base = rewrite(history[-2].strip(), history[-6:-2]) if len(history) >= 2 and not swapped and \
            _asks_a_fact(last, _FACT.match(last) or _FACT_F.match(fl)) else prev
        return f"{topic(base, fact)}? {fact.rstrip(' ?.!')}"
    return question


def under_asked_directive(question: str, history: list[str] | None) -> str | None:
    """A question of its own asked under the directive the conversation named before ("Tổng KP theo QĐ 356 …?"
    + "Phần đối ứng của hợp tác xã là bao nhiêu?" -> "… là bao nhiêu theo QĐ 356?"); None when it names its
    own, swaps a thing into the one before, or none was named. (answer_question tries it first, then the
    question as asked: a new topic is no question of that directive.)"""
    q = question.strip()
    if not history or parse_user_refs(q) or rewrite(q, history) != q:
        return None
    under = _under(rewrite(history[-1].strip(), history[-5:-1]))
    return f"{q.rstrip(' ?.!')}{under}?" if under else None


def _asked_before(prev: str, history: list[str]):
    """The previous question as answered, then the two before it, each read only when asked for."""
    yield prev
    for i in range(len(history) - 2, max(-1, len(history) - 4), -1):
        yield rewrite(history[i].strip(), history[max(0, i - 4):i])


def body_tasks(question: str, history: list[str] | None) -> str | None:
    """ "Còn Trung tâm Y tế các huyện thì sao?" asks, when the documents do not give that body the
    very thing asked of the previous one, what they give it: "<body> phải làm gì" (under the
    previous question's directive). None for any other question."""
    if not history:
        return None
    q = question.strip()
    m = _SWAP.match(q) or _SWAP_F.match(fold(q).lower())
    x = (q[m.start("x"):m.end("x")] if m.group("x") else q[m.start("y"):m.end("y")]).strip(" ,") if m else ""
    if not x or not _is_body(x):
        return None
    return f"{x} phải làm gì{_under(rewrite(history[-1].strip(), history[-5:-1]))}?"


def _under(prev: str) -> str:
    """ " theo KH 594, CT 12": the directives an earlier question named, as it typed them ("" if none)."""
    refs = [prev[r.start:r.end] for r in parse_user_refs(prev)]
    return f" theo {', '.join(refs)}" if refs else ""


def _asks_a_fact(q: str, f: re.Match | None) -> bool:
    """ "Vậy thời hạn là khi nào?", "Ai chủ trì?": another fact of the thing asked before."""
    # ("Nếu làm không kịp thì được gia hạn không?": a condition put on the thing asked before)
    return bool(f) or len(q.split()) <= 5 or only_asks(q) or (len(q.split()) <= 8 or _IF.match(fold(q).lower()) is not None) and not _standalone(q)


_IF = re.compile(r"(?:neu|truong hop)\s")
_WH = re.compile(r"\b(?:ai|gi|nao|bao nhieu|may|dau)\s*[?.!]*$")

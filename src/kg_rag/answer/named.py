"""What a question names — numbers, months, ordinals, places, bodies, proper names — and whether
a text mentions them. Pure functions over the question and folded text; answer/signals.py refuses
when the passages found never mention what the question names."""
from __future__ import annotations

import re

from ..directives.actors import HEADS
from ..text.genre import MEASURES, ROUNDS
from ..text.normalize import fold, has_diacritics, plain_runs
from ..text.numbers import AMOUNT, COUNT_SAID, writes_amount
from ..text.user_refs import parse_user_refs
from ..text.periods import period_mentioned, periods
from .codes import code_mentioned, codes_named, measure_mentioned, measures_named
from .schools import LEVEL_FORMS, school_mentioned, schools_named
from .plain_names import PLAIN_PLACE, PLAIN_SCHOOL, VERB_PAIRS, counted_over, plain_names, unnamed

_MONTH = re.compile(r"(?<![\d/])(\d{1,2})/((?:19|20)\d\d)(?!\d)")
# "lần thứ hai", "lần thứ 2", "lần thứ II", "lần thứ X" — one ordinal, written any of these ways
_ORDINAL = re.compile(r"\blan(?:\s+thu\s+([ivxl]{1,5}|\d{1,2}|nhat|hai|ba|tu|nam|sau|bay|tam|chin|muoi)|\s+(\d{1,2}|[ivxl]{1,5})"
                      r"(?!\w|\s*/?\s*(?:nam|thang|tuan|ngay|quy|ky)\b(?!\s*\d)))\b")       # (not "mấy lần 1 năm")
_ORDINAL_WORDS = ["nhat", "hai", "ba", "tu", "nam", "sau", "bay", "tam", "chin", "muoi"]
_ROMANS = ["i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x", "xi", "xii", "xiii", "xiv", "xv"]
_LABELS = r"ocop|lop|thang|khoi|diem|tuyen|so|phong|to|doi|nhom|cum|bang|mau|dieu|khoan|muc|doan|vong|dot|tuan|quy|nam|ngay|bac|hang|tang|can|ky|lan|khu|ap|thon"


def _count(f: str, m: re.Match) -> str:
    """A number as named: "0N" for a count of one digit before its noun ("2 viên chức", which the text
    may write "02"); as typed for a label ("lớp 3", "tháng 5", "tuyến số 2": none of a text's "03 …")."""
    n = m.group(1)
    return f"0{n}" if re.fullmatch(r"[1-9]", n) and not re.search(rf"(?<!\w)(?:{_LABELS})\s*$", f[:m.start(1)]) and re.match(r"\s+[a-z]", f[m.end(1):]) else n


def _round(m: re.Match) -> str:
    """A `_ROUND` match as one thing: "đợt II", "đợt thứ hai", "đợt 2" -> "dot 2" (and a level, "bậc 4")."""
    return f"{m.group(1)} {_ordinal(m.group(2))}"


def _school_levels(question: str, f: str) -> list[str]:
    """The school levels a question (`f` folded) asks of ("học sinh THPT bán trú"), not those heading a
    school's name ("Trường THPT Nguyễn Du", "truong thpt nguyen du": the name is named)."""
    out = []
    schools = [] if has_diacritics(question) else [m.span() for m in PLAIN_SCHOOL.finditer(f)]
    for m in _SCHOOL_LEVEL.finditer(f):
        after = question[m.end():].split()[:1]
        if not (after and after[0][:1].isupper() and not after[0].isupper() or any(a <= m.start() < b for a, b in schools)):
            out.append(SCHOOL_LEVELS[m.group(0)])
    return out


def _ordinal(word: str) -> str:
    """ "hai", "2", "ii" -> "2" ("mot", "bon" too: "đợt một", "cụm bốn"); a roman numeral past xv stays as written."""
    word = {"mot": "1", "bon": "4"}.get(word, word)
    if word.isdigit() or word in _ORDINAL_WORDS:
        return str(int(word) if word.isdigit() else _ORDINAL_WORDS.index(word) + 1)
    return str(_ROMANS.index(word) + 1) if word in _ROMANS else word
# "theo bảng 2 …", "Mẫu 03", "mẫu số 3": a part or a form of the document (its head as typed: no "chuyển đổi số 5")
_PART_HEADS, _NUMBERED_HEADS = "bang|bieu|phu luc|mau|phan bien", "lop|to|doi|nhom|diem|tuyen"      # (the latter before "số")
_PART = re.compile(rf"\b({_PART_HEADS}|(?:{_NUMBERED_HEADS})(?=(?:\s+[a-z]+)?\s+so\s+\d))"   # ("lớp bơi số 6")
                   r"(?:\s+[a-z]+(?=\s+so\s))?\s+(?:so\s+)?(\d{1,2})(?![\d/])")
_TYPED_HEADS = {"bảng", "biểu", "phụ lục", "mẫu", "phản biện", "lớp", "tổ", "đội", "nhóm", "điểm", "tuyến", "bang", "bieu", "phu luc", "mau", "phan bien", "lop"}
_QUARTER = re.compile(r"(?i)\b(quy|hoc ky)\s+([1-4]|iv|i{1,3})(?![\w])")      # "quý 3" is "quý III"; a semester likewise
# the level of a task, a contest or a prize: "đề tài cấp cơ sở" is none of a plan's "cấp tỉnh" ones
# (not "cấp tỉnh / huyện / xã": a passage says "tỉnh Hòa Bình Nam" of a "cấp tỉnh" contest)
_LEVEL = re.compile(r"\bcap (?:co so|quoc gia|nha nuoc)\b|\btoan quoc\b")
# a round, cluster, stage or week, and a contest's group by letter: "Đợt 2", "cụm 3", "vòng II", "tuần thứ ba",
# "Bảng C" — none of a text's "đợt 1", "bảng A, B" ("nam", "tu" left out: "đợt năm 2025", "đợt từ …")
_ROUND = re.compile(r"\b(dot|cum|vong|tuan|bac|giai doan)\s+(?:thu\s+|so\s+)?(\d{1,2}|i{1,3}|iv|vi{0,3}|mot|nhat|hai|ba|bon|sau)(?![\w/]|[.,-]\d)")   # ("đợt 1, xếp giá")
_GROUP = re.compile(r"(?i)(?<![\wÀ-ỹ])(?:bảng|bang)\s+([A-D])(?![\wÀ-ỹ-])")
# a school level asked ("học sinh THPT bán trú") where the documents speak of "tiểu học, trung học cơ sở" only
SCHOOL_LEVELS = {form: f"cap {key}" for key in ("thpt", "thcs") for form in LEVEL_FORMS[key]}
LEVEL_THINGS = frozenset(SCHOOL_LEVELS.values())
_SCHOOL_LEVEL = re.compile(rf"(?<![\w&])(?:{'|'.join(SCHOOL_LEVELS)})(?![\w&])")
_SCHOOL_LEVEL_JOINED = re.compile(rf"(?<!\w)(?:{'|'.join(SCHOOL_LEVELS)})(?!\w)")      # ("THCS&THPT" too)
PRIZE = re.compile(r"\bgiai (?:nhat|nhi|ba|khuyen khich|dac biet)\b")
_ROMAN = {"i": "1", "ii": "2", "iii": "3", "iv": "4"}
_DAY = re.compile(r"(?<![\d/.])(\d{1,2})/(\d{1,2})(?:/(?:19|20)\d\d)?(?![\d/])")      # ("12/3/2026" too)
_STAGE = re.compile(rf"\bvong (?:{'|'.join(ROUNDS)})\b")     # a contest's named round
# a day ("ngày 10/10", not "Ngày Sách") or a contest's round: what a document is about, any of its passages serving it
DOCUMENT_WIDE = re.compile(rf"ngay \d{{1,2}}/\d{{1,2}}|{_STAGE.pattern[2:-2]}")
# ("kế hoạch văn hóa đọc 3 năm": typed bare too, when no date follows — "12 tháng 10" is a day; or a unit priced, "giá 1 kg")
_SPAN = re.compile(r"(?:\b(?:ca|trong|suot|sau|trong vong)\s+|(?<![\d/.,]))(\d{1,2})\s+(?:nam|thang|tuan|ngay)\b(?!\s*(?:nay\b|\d))|"
                   rf"(?<![\w/.,])(0?1)\s+{MEASURES}\b|\b(?:cua|giua)\s+([2-5])\s+(?:so|nganh|co quan)\b")     # (or "KH của 2 Sở": its issuers)
# a school year or a span of years is the pair: "năm học 2026-2027" is none of a text's "2025-2026"
_SIZE = re.compile(r"(?<![\d,])(\d+(?:,\d+)?)\s*[x×]\s*(\d+(?:,\d+)?)\s*(cm|mm|m)(?!\w)")
_YEARS = re.compile(r"(?<![\w/.,-])((?:19|20)\d\d)\s*[-–]\s*((?:19|20)\d\d)(?![\w/])")
_YEAR_OR_NUMBER = re.compile(r"(?<![\w/.,-])(\d{1,4}(?:,\d{1,3})?)(?![\w/]|,\d)")      # ("18,6 tỷ đồng": one number)
# a question's first word is capitalised anyway; it starts a name only when it names a body or place
_NAME_STARTS = {"Phòng", "Sở", "Ban", "Hội", "Trung", "Trường", "Viện", "Đoàn", "Huyện", "Tỉnh", "Xã",
                "Thị", "Thành", "Ủy", "Uỷ", "Liên", "Báo", "Đài", "Cục", "Chi", "Đảng", "Mặt", "Thường", "Tổ",
                "Trạm", "Bệnh", "Công", "Văn", "Thư", "Nhà", "Quỹ", "Bảo", "Hợp", "Câu"}
PLACE = _PLACE = re.compile(r"\b((?i:tỉnh|huyện|xã|thị xã|thành phố|phường|thị trấn))\s+((?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s?){1,3})")


def named_things(question: str) -> list[str]:
    """The specific things a question names, folded: numbers and years, and proper names — runs
    of two or more capitalised words ("Phước Hòa", "Phòng Y tế" as "phong y")."""
    refs = [(r.start, r.end) for r in parse_user_refs(question)]     # a directive's number is the directive's
    f = fold(question)          # (lower-case; one character per letter, so offsets are the question's)
    ordinals = {m.start(g) for rx in (_ORDINAL, _ROUND) for m in rx.finditer(f)   # "lần (thứ) 9", "đợt 2": not a count
                for g in (1, 2) if m.group(g) and m.group(g).isdigit()}
    quarters = [(m.start(2), f"{m.group(1).lower()} {_ROMAN.get(m.group(2).lower(), m.group(2))}") for m in _QUARTER.finditer(f)]
    # "cả 3 năm", "trong 6 tháng": a span of time, which a document writes as its dates
    spans = {m.start(m.lastindex) for m in _SPAN.finditer(f)}
    parts = {m.start(2): f"{m.group(1)} {int(m.group(2))}" for m in _PART.finditer(f) if question[m.start(1):m.end(1)].lower() in _TYPED_HEADS}
    days = periods(f)         # "thứ 3" is the day "thứ Ba", no number 3
    pairs = {m.start(g): f"{m.group(1)}-{m.group(2)}" for m in _YEARS.finditer(question) for g in (1, 2)}
    pairs |= {m.start(g): f"{m.group(1)} x {m.group(2)} {m.group(3)}" for m in _SIZE.finditer(f) for g in (1, 2)}    # "4 x 4 cm": one size
    pairs |= measures_named(f)       # "2 kVA": one measure
    free = lambda m: not any(a <= m.start() < b for a, b in refs) and \
        m.start() not in {q for q, _ in quarters} | ordinals | spans | set(parts) | {a for a, _ in days} | set(pairs)
    # ("86,5 triệu": an amount, which the text may write in full)
    out = [a.group(0) if (a := AMOUNT.match(f, m.start(1))) else _count(f, m) for m in _YEAR_OR_NUMBER.finditer(question) if free(m)] + [q for _, q in quarters] + list(parts.values()) + \
        [d for _, d in days] + list(dict.fromkeys(pairs.values()))
    out += [f"{int(m.group(1))}/{m.group(2)}" for m in _MONTH.finditer(question) if free(m)]     # "tháng 11/2024"
    out += [f"ngay {int(m.group(1))}/{int(m.group(2))}" for m in _DAY.finditer(question) if free(m)]   # "ngày 10/10"
    out += [f"lan thu {_ordinal(m.group(1) or m.group(2))}" for m in _ORDINAL.finditer(f)]   # "lần thứ X" is not IX
    out += [m.group(0)[4:] if m.group(0) == "cap quoc gia" else m.group(0)        # "cấp cơ sở" is not "cấp tỉnh"
            for m in _LEVEL.finditer(f)]
    out += [m.group(0) for m in PRIZE.finditer(f)]          # "giải Nhì" is not "giải Nhất"
    out += _school_levels(question, f)                                                 # "học sinh THPT"
    out += [_round(m) for m in _ROUND.finditer(f)]
    out += [f"bang {m.group(1).lower()}" for m in _GROUP.finditer(question)]
    out += [m.group(0) for m in _STAGE.finditer(f)] + (schools := schools_named(question))       # "vòng bán kết", "Trường THCS X"
    out += [c for at, c in codes_named(question, not has_diacritics(question)) if not any(a <= at < b for a, b in refs)]
    if not has_diacritics(question):     # typed without diacritics (and often without capitals)
        return list(dict.fromkeys(out + plain_names(f)))
    # a place typed plain inside an accented question ("… Phó Chủ tịch? con huyen kim thach")
    out += [m.group(1) for run in plain_runs(question)
            for m in PLAIN_PLACE.finditer(run) if not unnamed(m.group(1)) and m.group(1) not in VERB_PAIRS
            and not counted_over(run, m.start())]
    for part in re.split(r"[.?!;:,()\"“”]+|\s[-–]\s", question):    # a name never runs across punctuation
        words = _heads_whole(re.findall(r"[\wÀ-ỹ]+", part))
        run: list[str] = []
        for i, w in enumerate(words + [""]):
            # (a prize's rank is no name's start: "giải Nhất Hội thi …")
            if w[:1].isupper() and not (w.isupper() and len(w) > 1) and (i > 0 or w.split()[0] in _NAME_STARTS) \
                    and not (i > 0 and words[i - 1].lower() == "giải"):
                run.append(w)
                continue
            if len(run) >= 2:
                out.append(fold(" ".join(run)))
            run = []
    return list(dict.fromkeys(x for x in out if x and not any(y.startswith(x + " ") for y in schools)))     # ("Trường Tiểu" of a school)


# a body's head of two syllables is one capitalised word: "Trung tâm Y tế" names "Trung tâm Y"
_TWO_SYLLABLE_HEADS = {("Trung", "tâm"), ("Ủy", "ban"), ("Uỷ", "ban"), ("Hội", "đồng"), ("Văn", "phòng"),
                       ("Bệnh", "viện"), ("Thư", "viện"), ("Chi", "cục"), ("Liên", "đoàn")}


def _heads_whole(words: list[str]) -> list[str]:
    out: list[str] = []
    for w in words:
        if out and (out[-1], w) in _TWO_SYLLABLE_HEADS:
            out[-1] += " " + w
        else:
            out.append(w)
    return out


def place_name(m: re.Match) -> str:
    """The capitalised words of a `PLACE` match ("Đông Lĩnh", not "Đông Lĩnh được": À-Ỹ spans lower case)."""
    words = m.group(2).split()
    return " ".join(words[:next((i for i, w in enumerate(words) if not w[:1].isupper()), len(words))])


def wrong_level(question: str, folded: str) -> list[str]:
    """Places the question names at a level the text never gives them ("tỉnh Thanh Bình" where the
    text only knows "huyện Thanh Bình"): another place, not this one."""
    out = []
    for m in _PLACE.finditer(question):
        level, name = fold(m.group(1)).lower(), fold(place_name(m))
        if not name:
            continue
        # ("Huyện ủy Mê Lăng", "Tỉnh ủy X": that level's Party committee names a place of that level)
        if not re.search(rf"(?<!\w){re.escape(level)}(?: uy)? {re.escape(name)}(?!\w)", folded) and \
                re.search(rf"(?<!\w)(?:tinh|huyen|xa|thanh pho|phuong|thi tran) {re.escape(name)}(?!\w)", folded):
            out.append(f"{level} {name}")
    return out


def mentioned(thing: str, folded: str) -> bool:
    """Whether the text writes the named thing, or the proper name at its end ("Khối Bình Định": "Bình Định")."""
    if (m := re.fullmatch(r"(\d{1,2})/(\d{4})", thing)):      # a month: "11/2024", "11 nam 2024", "30/11/2024"
        # … but not a deadline in it ("trước ngày 05/11/2024" says nothing happens that month)
        return re.search(rf"(?<!truoc ngay )(?<!cham nhat )(?<!truoc ngay \d/)(?<!truoc ngay \d\d/)(?<!\d)"
                         rf"0?{m.group(1)}\s*(?:/|nam)\s*{m.group(2)}(?!\d)", folded) is not None
    if (d := re.fullmatch(r"ngay (\d{1,2})/(\d{1,2})", thing)):        # "10/10", "10/10/2025", "10 tháng 10"
        return re.search(rf"(?<![\d/.])0?{d.group(1)}\s*(?:/|thang)\s*0?{d.group(2)}(?![\d.])", folded) is not None
    if (p := period_mentioned(thing, folded)) is not None:
        return p
    if (z := _SIZE.fullmatch(thing)):
        return re.search(rf"(?<![\d,]){z.group(1)}\s*[x×]\s*{z.group(2)}\s*{z.group(3)}(?!\w)", folded) is not None
    if (y := re.fullmatch(r"(\d{4})-(\d{4})", thing)):       # "2025-2026", "2025 – 2026", "2025 đến năm 2026"
        return re.search(rf"(?<![\d/]){y.group(1)}\s*(?:[-–—]|den(?: nam)?)\s*{y.group(2)}(?!\d)", folded) is not None
    if re.fullmatch(r"(dot|cum|vong|tuan|giai doan) \w+|bac \d+", thing):     # "đợt 2", "Đợt II", "đợt thứ hai", "bậc 5" (not "Bắc Giang")
        return thing in {_round(m) for m in _ROUND.finditer(folded)} or bool((c := re.fullmatch(r"(cum|dot|vong) (\d+)", thing)) and re.search(
            rf"(?<!\w){c.group(1)}(?:\s+[a-z]+)?\s+so\s+0*{c.group(2)}(?!\d)", folded))     # ("cụm 1": "Cụm trường số 1")
    if (g := re.fullmatch(r"bang ([a-d])", thing)):
        return re.search(rf"(?<!\w)bang\s+(?:[a-d]\s*(?:,|va|hoac)\s*)*{g.group(1)}(?![\w-])", folded) is not None   # ("bảng A, B và C")
    if thing in LEVEL_THINGS:       # "THPT" or "trung học phổ thông", alone or joined ("THCS&THPT")
        return thing in {SCHOOL_LEVELS[m.group(0)] for m in _SCHOOL_LEVEL_JOINED.finditer(folded)}
    if (o := re.fullmatch(r"lan thu (\d+)", thing)):
        return any(_ordinal(m.group(1) or m.group(2)) == o.group(1) for m in _ORDINAL.finditer(folded))
    if (known := school_mentioned(thing, folded)) is not None or (known := code_mentioned(thing, folded)) is not None \
            or (known := measure_mentioned(thing, folded)) is not None:
        return known
    if (p := re.fullmatch(rf"({_PART_HEADS}|{_NUMBERED_HEADS}) (\d{{1,2}})", thing)):      # "Mẫu 3": "Mẫu số 03"
        return re.search(rf"(?<!\w){p.group(1)}(?:\s+[a-z]+(?=\s+so\s))?\s+(?:so\s+)?0*{p.group(2)}(?!\d)", folded) is not None
    if (q := re.fullmatch(r"(quy|hoc ky) ([1-4])", thing)):
        roman = {v: k for k, v in _ROMAN.items()}[q.group(2)]
        return re.search(rf"(?<!\w){q.group(1)}\s+(?:{q.group(2)}|{roman})(?![\w])", folded, re.I) is not None
    if AMOUNT.fullmatch(thing):       # "86,5 trieu": the text's "86.500.000" too
        return writes_amount(thing, folded)
    if re.fullmatch(r"0[1-9]", thing):          # "2 viên chức" (a count): the text's "02 viên chức", "2 viên chức", "hai viên chức"
        return re.search(rf"(?<!\w)(?:0?{thing[1]}|(?<!thu )(?<!giai ){COUNT_SAID.get(thing[1], thing[1])}(?= [a-z]))(?!\w)", folded) is not None
    words = thing.split()
    for cand in (thing, " ".join(words[-2:]) if len(words) > 2 else None):
        # (its words may be joined by a hyphen: "Wi-Fi", "Ê-đê")
        if cand and re.search(r"(?<!\w)" + r"[\s-]+".join(map(re.escape, cand.split())) + r"(?!\w)", folded):
            return True
    # a body named short, as officers say it: "Hội Phụ nữ tỉnh" is the "Hội Liên hiệp Phụ nữ tỉnh"
    return len(words) >= 2 and words[0] in _SHORTENED and re.search(
        rf"(?<!\w){words[0]}(?: [a-z]+){{1,2}} {re.escape(' '.join(words[1:]))}(?!\w)", folded) is not None


_SHORTENED = {"hoi", "ban", "trung", "phong", "so", "uy", "doan", "lien"}
_BODY_END = re.compile(r"\s(?:phải|có|cần|được|làm|thực hiện|chủ trì|phối hợp|theo|trong|thì|giữ|là|đã|sẽ|tham mưu"
                       r"|nhận|gửi|báo cáo|tổ chức)\b")
# ("Trường hợp …" is a case, no school)
BODY_HEAD = re.compile(r"(?<![\wÀ-ỹ])(?:" + "|".join(sorted(map(re.escape, HEADS), key=len, reverse=True)) + r")(?![\wÀ-ỹ])(?<!Trường(?= hợp))")
_BODY_END_F = re.compile(fold(_BODY_END.pattern), re.I)
# (typed plain, "so" is "số" or "so với" as often as "Sở": a Sở only before a department's name)
BODY_HEAD_F = re.compile(r"(?<![\w])(?:" + "|".join(sorted({re.escape(fold(h).lower()) for h in HEADS}, key=len, reverse=True))
                     + r")(?![\w])(?<!\bso(?! (?:giao duc|khoa hoc|noi vu|tai chinh|y te|van hoa|thong tin|tu phap|lao dong|nong nghiep|"
                     r"ke hoach|cong thuong|xay dung|tai nguyen|giao thong|ngoai vu|du lich)\b| (?:gd|kh|tt|vh|ld|nn|tn|gt)))"
                     r"(?<!\bbao(?= (?:nhieu|gio|lau|cao|gom|dam|ve|tri|hiem)\b))(?<!phan tram)")   # nor "bao nhiêu", "phần trăm"


def body_span(q: str) -> tuple[int, int] | None:
    """Where a question names a body ("Phòng Kinh tế và Hạ tầng", "UBND các huyện"), typed with
    or without diacritics (offsets are the same in the folded question)."""
    f = fold(q).lower()
    m = BODY_HEAD.search(q) or (None if has_diacritics(q) else BODY_HEAD_F.search(f))
    if not m or fold(m.group(0)).lower() in ("cac", "nhung", "moi"):
        return None
    end = _BODY_END_F.search(f, m.end())
    stop = end.start() if end else len(q.rstrip(" ?.!"))
    return m.start(), stop

"""A follow-up that swaps one year, prize, quarter, code, round, level, end of a ranking or of an event for another:
"Còn mốc 2030?", "Còn giải Nhì?", "Còn quý III?", "Còn đợt 2?", "con cap huyen thi …", "Còn buôn
thấp nhất?", "Vậy bế mạc ngày nào?" — the earlier question with that one word replaced; and the document
or the thing an earlier question named, which "văn bản đó", "cuộc thi đó" or a bare "chỉ thị" points back to;
the topic an earlier question asked about, without what it asked."""
from __future__ import annotations

import re

from ..text.genre import ROUNDS, TYPES
from ..text.letters import capitals
from ..text.normalize import fold, has_diacritics
from ..text.periods import DAY_NUMBER
from .asked_type import asked_quantity
from .codes import CODE
from .followup_parts import title_swap

# (a school year or span whole: "năm học 2026-2027" + "Thế còn mốc năm 2030?" asks of 2030, not "2030-2027")
_YEAR = re.compile(r"(?<![\d/.-])(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?![\d/])")
# one year, prize or quarter for another: "Còn mốc 2030?", "Còn giải Nhì?", "Còn quý III?"
# (not a level: "cấp huyện Phù Vân" made "cấp xã Phù Vân" would name a commune that is not)
# (or a code: "Còn mô-đun XV-02?" after "Mô-đun XV-01 học mấy tiết?")
# (or a month: "Còn tháng 3/2026 thì sao?" after "Tháng 12/2025 … có hoạt động gì?")
_KINDS = (_YEAR, re.compile(r"(?i)\bgiải (?:nhất|nhì|ba|khuyến khích|đặc biệt)\b"), re.compile(r"(?i)\bquý (?:[1-4]|i{1,3}|iv)\b"),
          CODE, re.compile(r"(?i)(?<![\wÀ-ỹ])th[aá]ng\s+\d{1,2}(?:\s*/\s*(?:19|20)\d\d)?(?![\d/])"))
# a school level asked alone ("Còn bậc tiểu học?" after "Tiết đọc … ở THCS …?"; not "… mầm non thì học ở đâu?", its own ask)
_SCHOOL_LEVEL = re.compile(r"(?<![\wÀ-ỹ])(?:(?i:tiểu học|trung học cơ sở|trung học phổ thông|mầm non)|THCS|THPT)(?![\wÀ-ỹ])")


_A_SCHOOL = re.compile(capitals(r"(?<![\wÀ-ỹ&])(?:(?P<t>(?i:trường))\s+)?(?P<l>(?:PTDTBT|PTDTNT)?\s*(?:TH&THCS|THCS&THPT|THCS|THPT|TH|MN)"
                                 r"|(?i:tiểu học|mầm non|trung học cơ sở|trung học phổ thông))\s+(?P<n>[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*){0,2})"))


# one person for another, named after "hộ", "ông", "bà", …: "Hộ bà Lò Thị Nhuần thu được bao nhiêu kg cá?" +
# "Còn hộ Ma Thị Hoan?" (a name of two to four words, each capitalised)
_PERSON = re.compile(r"(?i:(?<!\w)(?:hộ|ông|bà|em|anh|chị|thầy|cô|đồng chí|đ/c)\s+)(?:(?i:ông|bà)\s+)?"
                     r"(?P<n>[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,3})")


# one end of a ranking for the other: "Thôn nào … cao nhất?" + "Còn buôn thấp nhất?"
_MOST_WORDS = {fold(w): w for w in "cao thấp nhiều ít lớn nhỏ tốt kém sớm muộn".split()}
_MOST = re.compile(rf"(?<!\w)(?:{'|'.join(_MOST_WORDS)}) nhat(?!\w)")


# one round or level for another, typed with or without diacritics: "Còn đợt 2?", "con cap huyen thi …"
# (a level only where no place's name follows it: "cấp huyện Phù Vân" is no "cấp xã Phù Vân")
# (and a cluster, a round, a course, a grade, a sub-board, a table: "con cum 1 thi sao", "Còn bảng B?"; a numbered
# level, tier, group or kind: "Ngưỡng cảnh báo cấp 2 …?" + "con cap 3 thi sao", "Còn khối 9?")
# (and a day of the week: "Thứ 3 ai trực …?" + "Thế thứ Năm?")
# (and a prize typed plain: "giai nhat … duoc thuong bao nhieu" + "Còn giải khuyến khích?")
# (and a contest's round by its name: "Vòng chung khảo … ở đâu?" + "Còn vòng sơ khảo?")
_ROUNDS_F = (re.compile(r"\b(?:dot|cum|khoa|lop|tieu ban|cap|muc|khoi|nhom|loai) (\d{1,2}|[ivx]{1,4})\b"), re.compile(r"\bbang ([a-e])\b"),
             re.compile(rf"\bvong (\d{{1,2}}|[ivx]{{1,4}}|{'|'.join(ROUNDS)})\b"),       # ("vòng bán kết" after "Vòng 1 …")
             re.compile(r"\bgiai (nhat|nhi|ba|khuyen khich|dac biet)\b"),
             re.compile(r"\bcap (tinh|huyen|xa|truong|quoc gia|quoc te|khu vuc)\b"), DAY_NUMBER)
_AS_TYPED = {"tinh": "tỉnh", "huyen": "huyện", "xa": "xã", "truong": "trường", "quoc gia": "quốc gia", "quoc te": "quốc tế",
             "khu vuc": "khu vực", "nhat": "Nhất", "nhi": "Nhì", "ba": "Ba",
                "khuyen khich": "Khuyến khích", "dac biet": "Đặc biệt"} | ROUNDS     # a level, a prize's rank or a round, with its marks


# one end of an event for the other: "… khai mạc khi nào?" + "Vậy bế mạc ngày nào?" asks of the closing
_EVENT_ENDS = {"khai mac": "khai mạc", "be mac": "bế mạc", "bat dau": "bắt đầu", "ket thuc": "kết thúc"}
_EVENT_END = re.compile(rf"(?<!\w)(?:{'|'.join(_EVENT_ENDS)})(?!\w)")


# what a question asks: who, how many, when, where ("Thế bảng A dành cho ai?" after "… bảng B tối đa mấy em?"
# asks its own question of board A, not the count swapped)
_ASKS = {"who": r"ai", "count": r"bao nhieu|may", "when": r"(?:ngay|khi|luc|hom|thang) nao|bao gio", "where": r"(?:o|tai) dau"}


def _asks(q: str) -> set[str]:
    return {k for k, rx in _ASKS.items() if re.search(rf"(?<!\w)(?:{rx})(?!\w)", fold(q).lower())}


_NUMBERED = re.compile(r"(?i)(?P<head>[\wÀ-ỹ]+)\s+số\s+(?P<n>\d+)")      # "tuyến số 3"


def asked_anew(x: str, ask: str, prev: str) -> str | None:
    """ "Còn <x> thì <ask>?" of a task ("việc nâng cấp Vườn ươm"), or another item of the kind asked before
    ("đề tài máy sấy dược liệu" after "… đề tài bảo quản tôm …"), with an ask of its own ("đơn vị nào chủ trì"):
    that question of x. None for any other thing, whose question goes on the topic before ("Còn giáo viên
    mầm non thì học ở đâu?" after "Lớp AI cho giáo viên THCS học ở đâu?"), and for a count, which counts
    what was counted before ("Còn mô hình lúa … thì tối đa bao nhiêu?": the sum of money asked before)."""
    head = _ITEM_HEAD.match(fold(x).lower())
    if not head or len(x.split()) < 3 or head.group(0) != "viec" and not re.search(rf"\b{head.group(0)}\b", fold(prev).lower()) \
            or not re.search(r"\b(?:ai|gi|nao|dau|bao gio)\b", fold(ask).lower()):
        return None
    # (of the document the question before described: "… quán triệt nghị quyết về cảnh báo thiên tai …")
    about = _DOC_ABOUT.search(prev)
    return f"{x[:1].upper()}{x[1:]} {ask}" + (f" theo {about.group(0)}" if about else "")


_DOC_ABOUT = re.compile(r"(?i)(?<![\wÀ-ỹ])(?:nghị quyết|kế hoạch|chỉ thị|hướng dẫn|công văn|quyết định|chương trình|thông báo) về [^,?.!\d]+")
_ITEM_HEAD = re.compile(r"(?:viec|de tai|du an|nhiem vu|hoat dong|mo hinh|cong trinh|san pham)(?= )")


def school_swap(x: str, prev: str) -> str | None:
    """ "Còn ở TH&THCS Nà Sen?" after "… tại Trường THCS Thạch Mai …": that school, whatever its level."""
    if len(x.split()) <= 6 and (new := _A_SCHOOL.search(x)) and (old := _A_SCHOOL.search(prev)) and old.group("t") \
            and fold(new.group("n")).lower() != fold(old.group("n")).lower():
        return prev[:old.start()] + old.group("t") + " " + new.group(0)[new.start("l") - new.start():] + prev[old.end():]
    return None


def same_kind_swap(x: str, prev: str) -> str | None:
    """The earlier question with its year, prize, quarter, round, level or ranking end replaced by the one `x` names."""
    if (own := _asks(x)) and not own & _asks(prev):
        return None
    for rx in _KINDS:
        if (new := rx.search(x)) and (old := rx.search(prev)) and old.group(0).lower() != new.group(0).lower():
            return prev[:old.start()] + new.group(0) + prev[old.end():]
    if (new := _PERSON.search(x)) and (old := _PERSON.search(prev)) and new.group("n") != old.group("n"):
        return prev[:old.start("n")] + new.group("n") + prev[old.end("n"):]
    for rx in _ROUNDS_F:        # (folding keeps offsets: matched folded, the new word written as the earlier question types)
        if (new := rx.search(fold(x).lower())) and (old := rx.search(fold(prev).lower())) and new.group(1) != old.group(1) \
                and not re.match(capitals(r"\s+[A-ZĐÀ-Ỹ]"), prev[old.end(1):]):
            word = _AS_TYPED.get(new.group(1), x[new.start(1):new.end(1)]) if has_diacritics(prev) else new.group(1)
            return prev[:old.start(1)] + word + prev[old.end(1):]
    if (new := _EVENT_END.search(fold(x).lower())) and (old := _EVENT_END.search(fold(prev).lower())) and new.group(0) != old.group(0):
        return prev[:old.start()] + (_EVENT_ENDS[new.group(0)] if has_diacritics(prev) else new.group(0)) + prev[old.end():]
    # (folding keeps offsets: matched folded, replaced as typed)
    if (new := _MOST.search(fold(x).lower())) and (old := _MOST.search(fold(prev).lower())) and new.group(0) != old.group(0):
        end = f"{_MOST_WORDS[new.group(0).split()[0]]} nhất" if has_diacritics(prev) else new.group(0)
        return prev[:old.start()] + end + prev[old.end():]
    # ("tuyến số 3" after "Tuyến xe thư viện số 2 chạy …?": the one of that number, of the same kind)
    if (new := _NUMBERED.fullmatch(x.strip(" ?.!"))) and (old := re.search(
            rf"(?i)(?<![\wÀ-ỹ]){re.escape(new.group('head'))}(?:\s+[\wÀ-ỹ]+){{0,3}}?\s+số\s+(\d+)(?!\d)", prev)) and old.group(1) != new.group("n"):
        return prev[:old.start(1)] + new.group("n") + prev[old.end(1):]
    if (other := school_swap(x, prev) or title_swap(x, prev)) is not None:     # (another school, another title)
        return other
    if len(x.split()) <= 3 and (new := _SCHOOL_LEVEL.search(x)) and (old := _SCHOOL_LEVEL.search(prev)) and old.group(0) != new.group(0):
        return prev[:old.start()] + new.group(0) + prev[old.end():]
    # ("Còn loại 65 inch?" after "… tivi thông minh 55 inch …": the figure of that unit)
    if len(x.split()) <= 4 and (new := _MEASURE.search(x)) and (old := re.search(
            rf"(?i)(?<![\d.,])(\d+(?:[.,]\d+)?)\s*{re.escape(new.group('u'))}(?![\wÀ-ỹ])", prev)) and old.group(1) != new.group("n"):
        return prev[:old.start(1)] + new.group("n") + prev[old.end(1):]
    return None


def year_swapped(prev: str, q: str) -> str:
    """The earlier question with its one year replaced by the one `q` names ("Đến 2030 con số đó …" after "Đến 2027 …")."""
    new, old = _YEAR.findall(q), list(_YEAR.finditer(prev))
    return prev[:old[0].start()] + new[0] + prev[old[0].end():] if len(new) == 1 and len(old) == 1 else prev


_MEASURE = re.compile(r"(?i)(?<![\d.,/])(?P<n>\d+(?:[.,]\d+)?)\s*(?P<u>[a-zđà-ỹ]+)(?![\wÀ-ỹ])")


# "Kế hoạch của UBND huyện Yên Lãng thực hiện Chỉ thị 09 có số hiệu gì?": the document it describes, up to what it asks
# (which "Ai ký kế hoạch đó?" asks of — not Chỉ thị 09, the one that plan carries out); after at most three words
# ("Theo …", "Ai ký …": an earlier follow-up already read so)
_DESCRIBED = re.compile(r"^(?:\S+\s+){0,3}?(?P<doc>(?:văn bản|kế hoạch|hướng dẫn|công văn|quyết định|chỉ thị|nghị quyết|"
                        r"báo cáo|thông báo|chương trình|đề án|tờ trình|(?-i:QĐ|KH|CV|HD|BC|TB|NQ)(?=\s+[^\d\s]))\s.+?)"
                        r"(?=\s*[?.]|\s+(?:có|mang|số|ban hành|ra|được|do|ký|gồm|là|nêu|giao|quy định|đề ra|đặt|yêu cầu|gửi)\s)", re.I)
_WHICH = re.compile(r"(?i)(?<![\wÀ-ỹ])(?:nào|gì|những|mấy)(?![\wÀ-ỹ])")


def described_doc(prev: str) -> str:
    """The document an earlier question described ("" if it named none so)."""
    m = _DESCRIBED.match(prev.strip())
    doc = m.group("doc") if m else ""
    return doc if len(doc.split()) >= 3 and not _WHICH.search(doc) else ""


# a body's or a place's "đó" ("Ban đó", "Thôn đó") goes on the earlier question as a whole, with what it asked of
# them — unless that question named the place ("Thôn Khe Rạc …": named_before)
_NOT_NAMED = re.compile(r"(?i)(?:ban|phòng|sở|hội|tâm|đoàn|ủy|đơn vị|cơ quan|trường|thôn|bản|xã|huyện|tỉnh|phường|tổ|đội|trạm)$")


_LEVEL_WORD = re.compile(r"(?i:xã|huyện|thôn|bản|phường|tỉnh|trường)")      # (as typed: "Ban đó" is a body's)


def named_before(prev: str, word: str) -> str:
    """ "thi Đại sứ sách Tường Khê" for "thi" (of "cuộc thi đó") after "Ai đạt giải Nhất cuộc thi Đại sứ
    sách Tường Khê?": the word and the name the earlier question gave it ("" if none, or not named — an
    abbreviation is no name: "nhiệm vụ KH&CN cấp tỉnh")."""
    if _LEVEL_WORD.fullmatch(word) and (place := re.search(capitals(
            rf"(?<![\wÀ-ỹ])(?i:{re.escape(word)})\s+(?P<name>[A-ZĐÀ-Ỹ][\wÀ-ỹ&]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ&]*)*)"), prev)):
        return f"{word} {place.group('name')}"      # "xã đó" after "… ở xã Yên Vĩ Đông tính đến …": that commune
    if _NOT_NAMED.match(word):
        return ""
    m = re.search(capitals(rf"(?<![\wÀ-ỹ]){re.escape(word)}\s+(?P<name>\"[^\"]+\"|“[^”]+”|[A-ZĐÀ-Ỹ][a-zà-ỹđ][^,?.;:!]*?)"
                           r"(?=\s*(?:[,?.;:!]|$)|\s+(?:có|là|được|do|ở|tại|diễn ra|tổ chức|gồm|thì|phát|lúc|vào|dài|kéo dài|bắt đầu|kết thúc|đạt|mấy|bao nhiêu|phải|cần)\s)"), prev)
    return f"{word} {m.group('name')}" if m else ""


# a directive's type written bare, lower case, in a follow-up ("Sơ kết việc thực hiện chỉ thị vào lúc nào?" after
# "Theo Chỉ thị 08, …"): the one named before (not a verb's noun, "hướng dẫn", "báo cáo", nor "chỉ thị nào", "kế hoạch số 5")
_BARE_TYPE = re.compile(r"(?<![\wÀ-ỹ])(?<!xây dựng )(?<!ban hành )(?<!lập )(chỉ thị|kế hoạch|quyết định|nghị quyết|công văn|chương trình)"
                        r"(?![\wÀ-ỹ])(?!\s+(?:số|\d|nào|gì|này|đó|ấy|kia|của|năm|mới|riêng|cụ thể|chi tiết|[A-ZĐÀ-Ỹ]))")


def bare_type_named(question: str, prev: str, refs) -> str:
    """The question with its bare type word replaced by the directive of that type the earlier question
    named (`refs`: its parsed references), or "" when there is none."""
    t = _BARE_TYPE.search(question)
    code = TYPES.get(fold(t.group(1)), ("", ""))[1] if t else ""
    ref = next((r for r in refs if r.code == code), None)
    return question[:t.start()] + prev[ref.start:ref.end] + question[t.end():] if ref else ""


# what a question asks of its topic: how many, when, where
_COUNT_ASK = re.compile(r"(?<!\w)(?:bao nhieu|may)(?!\w)")
WHEN_WHERE = re.compile(r"(?<!\w)(?:(?:vao )?(?:hom|ngay|khi|luc|thang|nam) nao|bao gio|o dau|tai dau|(?:luc )?may gio|"
                        r"(?:o |tai )?(?:dia diem|phong|phong hop|hoi truong) nao)(?!\w)")
# who does it ("Đơn vị nào chủ trì cuộc thi X, ai phối hợp?" + "Thi từ ngày nào …?" asks of the contest, not its hosts)
_WHO_ASK = re.compile(r"(?<!\w)(?:(?:nhung )?(?:don vi|co quan) nao|ai)\s+(?:chu tri|phoi hop|thuc hien|phu trach|to chuc)(?!\w)")
# the words of a follow-up made of asks only ("Ai phối hợp, và hạn hoàn thành là khi nào?"), asked of the topic before
_ASK_WORDS = frozenset("ai gi nao dau bao nhieu may gio khi luc ngay thang nam la va thi co duoc nhung cac o tai chu tri phoi "
                       "hop han hoan thanh thoi gian dia diem kinh phi so luong don vi quan nguoi vay the con ra sao nhu".split())


def only_asks(question: str) -> bool:
    words = re.findall(r"[a-z0-9]+", fold(question).lower())
    return len(words) >= 3 and all(w in _ASK_WORDS for w in words)


def own_count(question: str, before: str) -> bool:
    """Whether a question counts a thing of its own ("mấy giáo viên" after "bao nhiêu tiền"), not the
    thing counted before ("Còn trường tiểu học thì bao nhiêu trường …?" after "… bao nhiêu trường THCS …")."""
    unit, old = asked_quantity(question), asked_quantity(before)
    if unit == "money":         # ("Mỗi người được thưởng bao nhiêu tiền?" after "… bao nhiêu tập thể …?")
        return old is not None and old not in ("money", "ordinal") and not old.startswith("percent")
    return unit is not None and unit not in ("money", "ordinal") and not unit.startswith("percent") \
        and (old is None or unit.split()[0] != old.split()[0])


def topic(question: str, new: str) -> str:
    """The earlier question without what it asked that the new one does not ask again ("… họp
    hôm nào, ở đâu?" -> "… họp" for "Thành phần dự gồm những ai?"; "Mấy xã …" loses its count for
    "… trước ngày nào?" but keeps it for "tỷ lệ đó đạt bao nhiêu?"; "Đơn vị nào chủ trì …" loses its
    asking who for "… từ ngày nào?")."""
    folded, fnew = fold(question).lower(), fold(new).lower()
    if len(folded) != len(question):
        return question.rstrip(" ?.!")
    kept = list(question)
    # ("… bố trí bao nhiêu tiền?" + "Còn điều thêm mấy giáo viên?": a count of its own thing replaces the old)
    for rx in (_COUNT_ASK, WHEN_WHERE, _WHO_ASK):
        if rx.search(fnew) and not (rx is _COUNT_ASK and own_count(new, question)):
            continue
        for m in rx.finditer(folded):
            if m.group(0) == "may" and "mấy" not in question[m.start():m.end()].lower() and has_diacritics(question) \
                    or rx is _WHO_ASK and question[m.start():m.start() + 2] == "AI":
                continue        # "máy", not "mấy"; "AI tổ chức …" (artificial intelligence), not "ai tổ chức"
            kept[m.start():m.end()] = " " * (m.end() - m.start())
    kept = "".join(kept)
    return re.sub(r"\s*([,?])(?:[\s,?]*[,?])?", r"\1", re.sub(r"\s+", " ", kept)).strip(" ,?.!")

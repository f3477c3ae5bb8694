"""A follow-up that swaps one year, prize, quarter, code, round, level, end of a ranking or of an event for another:
"Còn mốc 2030?", "Còn giải Nhì?", "Còn quý III?", "Còn đợt 2?", "con cap huyen thi …", "Còn buôn
thấp nhất?", "Vậy bế mạc ngày nào?" — the earlier question with that one word replaced; and the document
an earlier question described, which "văn bản đó" points back to."""
from __future__ import annotations

import re

from ..text.genre import ROUNDS
from ..text.letters import capitals
from ..text.normalize import fold, has_diacritics
from ..text.periods import DAY_NUMBER
from .codes import CODE

# (a school year or span whole: "năm học 2026-2027" + "Thế còn mốc năm 2030?" asks of 2030, not "2030-2027")
_YEAR = re.compile(r"(?<![\d/.-])(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?(?![\d/])")
# one year, prize or quarter for another: "Còn mốc 2030?", "Còn giải Nhì?", "Còn quý III?"
# (not a level: "cấp huyện Phù Vân" made "cấp xã Phù Vân" would name a commune that is not)
# (or a code: "Còn mô-đun XV-02?" after "Mô-đun XV-01 học mấy tiết?")
_KINDS = (_YEAR, re.compile(r"(?i)\bgiải (?:nhất|nhì|ba|khuyến khích|đặc biệt)\b"), re.compile(r"(?i)\bquý (?:[1-4]|i{1,3}|iv)\b"),
          CODE)


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
_ROUNDS_F = (re.compile(r"\b(?:dot|cum|vong|khoa|lop|tieu ban|cap|muc|khoi|nhom|loai) (\d{1,2}|[ivx]{1,4})\b"), re.compile(r"\bbang ([a-e])\b"),
             re.compile(rf"\bvong ({'|'.join(ROUNDS)})\b"),
             re.compile(r"\bgiai (nhat|nhi|ba|khuyen khich|dac biet)\b"),
             re.compile(r"\bcap (tinh|huyen|xa|truong)\b"), DAY_NUMBER)
_AS_TYPED = {"tinh": "tỉnh", "huyen": "huyện", "xa": "xã", "truong": "trường", "nhat": "Nhất", "nhi": "Nhì", "ba": "Ba",
                "khuyen khich": "Khuyến khích", "dac biet": "Đặc biệt"} | ROUNDS     # a level, a prize's rank or a round, with its marks


# one end of an event for the other: "… khai mạc khi nào?" + "Vậy bế mạc ngày nào?" asks of the closing
_EVENT_ENDS = {"khai mac": "khai mạc", "be mac": "bế mạc", "bat dau": "bắt đầu", "ket thuc": "kết thúc"}
_EVENT_END = re.compile(rf"(?<!\w)(?:{'|'.join(_EVENT_ENDS)})(?!\w)")


# what a question asks: who, how many, when, where ("Thế bảng A dành cho ai?" after "… bảng B tối đa mấy em?"
# asks its own question of board A, not the count swapped)
_ASKS = {"who": r"ai", "count": r"bao nhieu|may", "when": r"(?:ngay|khi|luc|hom|thang) nao|bao gio", "where": r"(?:o|tai) dau"}


def _asks(q: str) -> set[str]:
    return {k for k, rx in _ASKS.items() if re.search(rf"(?<!\w)(?:{rx})(?!\w)", fold(q).lower())}


def same_kind_swap(x: str, prev: str) -> str | None:
    """The earlier question with its year, prize, quarter, round, level or ranking end replaced by the one `x` names."""
    if (own := _asks(x)) and not own & _asks(prev):
        return None
    for rx in _KINDS:
        if (new := rx.search(x)) and (old := rx.search(prev)) and old.group(0).lower() != new.group(0).lower():
            return prev[:old.start()] + new.group(0) + prev[old.end():]
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
    return None


# "Kế hoạch của UBND huyện Yên Lãng thực hiện Chỉ thị 09 có số hiệu gì?": the document it describes, up to what it asks
# (which "Ai ký kế hoạch đó?" asks of — not Chỉ thị 09, the one that plan carries out); after at most three words
# ("Theo …", "Ai ký …": an earlier follow-up already read so)
_DESCRIBED = re.compile(r"^(?:\S+\s+){0,3}?(?P<doc>(?:văn bản|kế hoạch|hướng dẫn|công văn|quyết định|chỉ thị|nghị quyết|"
                        r"báo cáo|thông báo|chương trình|đề án|tờ trình)\s.+?)(?=\s*[?.]|\s+(?:có|mang|số|ban hành|ra|được|do|ký|"
                        r"gồm|là|nêu|giao|quy định|đề ra|đặt|yêu cầu|gửi)\s)", re.I)
_WHICH = re.compile(r"(?i)(?<![\wÀ-ỹ])(?:nào|gì|những|mấy)(?![\wÀ-ỹ])")


def described_doc(prev: str) -> str:
    """The document an earlier question described ("" if it named none so)."""
    m = _DESCRIBED.match(prev.strip())
    doc = m.group("doc") if m else ""
    return doc if len(doc.split()) >= 3 and not _WHICH.search(doc) else ""

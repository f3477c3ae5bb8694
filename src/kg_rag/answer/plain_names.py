"""Names in a question typed without diacritics (and often without capitals): a place after its
level ("xa phin sang"), a body after its head ("phong van hoa huyen"), a school after its level
("truong thpt nguyen du") — never the common words those heads and levels also spell plain."""
from __future__ import annotations

import re

from ..text.segment import folded_word
from .schools import LEVEL_FORMS


# a place is its level and (mostly) two syllables; a body its head and the next two or three
# (heads that are also common words folded — "số", "viên", "trưởng" — are left out)
# ("huyen uy tan phuoc", "tinh doan hoa lam": the place after the Party or Youth Union body's name)
# (not the common words a level's syllable starts, plain: "tình nguyện", "tình hình", "phương án")
# (nor "tính bằng / theo / đến / từ": a verb, plain)
PLAIN_PLACE = re.compile(r"\b(?:tinh(?!\s+(?:nguyen|hinh|than|trang|toan|cam|chat|gon|bang|theo|den|tu)\b)|huyen|"
                         r"xa(?!\s+(?:hoi|nhat)\b)|thon|phuong(?!\s+(?:an|thuc|phap|tien|huong|cham|dien)\b)|thi tran|thi xa|"
                         r"thanh pho)\s+(?:(?:uy|doan)\s+)?(?!(?:uy|doan|doi|thon|buon|ban|xom|ap|lang|to|xa|phuong)\b)([a-z]+\s+[a-z]+)")
_PLAIN_BODY = re.compile(r"\b((?:(?<!van )phong(?!\s+(?:chong|ngua|hoc|trao|hop|may|thi|khach|tranh|cach|canh|phu|tuc)\b)|"
                         r"(?<!xa )(?<!co )(?<!cau )(?<!doi )(?<!hoc )(?<!phan )(?<!thu )hoi(?:\s+dong)?(?!\s+nghi|\s+thao|\s+thi|\s+dien|\s+vien)|"
                         r"trung tam|uy ban|"
                         # (not "bán kết", "bạn đọc", "bản tin", "bản đồ", "bản sắc" …: "ban" typed plain is many words)
                         # (nor the last syllable of a word: "xã hội", "câu hỏi", "cơ bản", "văn bản", "xuất bản")
                         r"chi cuc|(?<!co )(?<!van )(?<!can )(?<!phien )(?<!xuat )(?<!tai )ban(?!\s+(?:hanh|ket|hang|dau|do|sao|tin|doc|be|chat|than|ve|dia|sac|quyen|le|tru)\b)|doan thanh nien)\s+[a-z]+\s+[a-z]+)")
# a school is named after its level ("truong thpt nguyen du", "truong tieu hoc an phu"; not "cac truong thpt …")
PLAIN_SCHOOL = re.compile(r"(?<!cac )(?<!nhung )(?<!moi )\btruong (?:" + "|".join(f for forms in LEVEL_FORMS.values() for f in forms)
                          + r")\s+([a-z]+\s+[a-z]+)")
NOT_NAME = {"nao", "gi", "ai", "do", "nay", "cac", "nhung", "moi", "co", "la", "phai", "duoc", "va", "cua", "trong",
             "nhiem", "vu", "giao", "lam", "thi", "sao", "ve", "theo", "tai", "o", "cho", "da", "se", "can", "hop",
             "con", "bao", "nhieu", "hien", "chua", "dang", "dung", "khi", "truoc", "sau", "nam", "thang", "ngay",
             "de", "hoi", "so", "lien", "he", "han", "nop", "gui", "len", "dat", "neu", "vi", "hay", "hoac"}

# what a body's name is followed by, not a place: "tinh uy yeu cau", "huyen uy chi dao"
VERB_PAIRS = {"yeu cau", "chi dao", "ban hanh", "de nghi", "huong dan", "to chuc", "quyet dinh", "thong bao", "ket luan",
               "giao cho", "phoi hop", "chu tri", "bao cao", "thuc hien", "trien khai", "xay dung", "phat dong", "lanh dao",
               "bo tri", "dieu dong", "ho tro", "cap phat", "phan dau", "dang ky", "kiem tra", "tiep nhan", "cam ket"}

# a place typed plain with its level and two syllables of its name, which may run on for two more
# ("kiem tra lai huyen lung van thuong vao thang may"), not into a function word or a word ("ty le")
_PLAIN_LEVEL_PLACE = re.compile(r"\b(?:xa|huyen|phuong|thon|thi tran|thi xa|thanh pho|tinh) [a-z]+ [a-z]+")
_PLACE_ENDS = NOT_NAME | {"vao", "tu", "den", "voi", "ra", "tren", "duoi"}


def plain_place(text: str) -> tuple[int, int] | None:
    """The span of the first place a folded text names with its level, its whole name."""
    if (m := _PLAIN_LEVEL_PLACE.search(text)) is None:
        return None
    end = m.end()
    for _ in range(2):
        w = re.match(r" ([a-z]+)(?: ([a-z]+))?", text[end:])
        if not w or w.group(1) in _PLACE_ENDS or w.group(2) and folded_word(f"{w.group(1)} {w.group(2)}"):
            break
        end += 1 + len(w.group(1))
    return m.start(), end


def unnamed(name: str) -> bool:
    """Whether a name's last two syllables are a question's own words ("xa nao do"), not a name —
    "de" ending it is "Dề", a name's ("xa mo de"), not "để" (which no question's place ends with)."""
    words = name.split()[-2:]
    return bool(set(words[:-1]) & NOT_NAME or words[-1] != "de" and words[-1] in NOT_NAME)


def counted_over(folded: str, at: int) -> bool:
    """Whether the words before `at` count over what follows ("moi xa …": "mỗi xã", any commune)."""
    return re.search(r"\b(?:moi|cac|nhung|tung)\s+$", folded[:at]) is not None


_COUNTED = re.compile(r"(?:nguoi|em|lop|buoi|tiet|dot|lan|giao vien|hoc sinh|can bo|doi|nhom|san pham|bai|phut|gio|ngay|thang|nam|"
                      r"ho|xa|thon)\b")


def _counts_on(folded: str, m: re.Match) -> bool:
    """Whether a name's last syllable is the "mấy" of a count going on after it ("truong thpt cu may
    nguoi": "Trường THPT cử mấy người", no school Cù Mây) — or its first is, the count inside it
    ("truyen ve tinh may phut mot lan": "về tỉnh mấy phút", no province Mây Phút)."""
    name = m.group(1)
    return name.endswith(" may") and _COUNTED.match(folded[m.end():].lstrip()) is not None and folded[m.end():m.end() + 1].isspace() \
        or name.startswith("may ") and _COUNTED.match(name[4:]) is not None


_SUPERLATIVE = re.compile(r"(?:cham|thap|cao|nhieu|it|som|muon|tot|kem|lon|nho|nhanh|dong|xa|gan) nhat")   # "thon cham nhat"


def runs_into_word(folded: str, end: int) -> bool:
    """Whether a name's last syllable is the start of a word with the next one, and its own pair no word:
    "huyen xin trung tam nuoc sach" is a district asking the "trung tâm", no district Xin Trung."""
    before, after = folded[:end].split()[-2:], folded[end:].split()[:1]
    # (and no syllable of it a name's only: "xa pu linh giao …" is Pù Lình; "phong stem gia bao nhieu", a borrowed word)
    return bool(after) and re.fullmatch(r"[a-z]+", after[0]) is not None and folded_word(f"{before[-1]} {after[0]}") \
        and not folded_word(" ".join(before)) and all(folded_word(w) or not _SYLLABLE.fullmatch(w) for w in before)


_SYLLABLE = re.compile(r"(?:ngh|ng|nh|ch|gh|gi|kh|ph|th|tr|qu|[bcdghklmnpqrstvx])?[aeiouy]{1,3}(?:ch|ng|nh|[cmnpt])?")


_PERSON_BEFORE = re.compile(r"\b(?:em|ong|ba|thay|dong chi)\s+(?:[a-z]+\s+){1,3}$")


def plain_names(folded: str) -> list[str]:
    out, places = [], []
    for rx in (PLAIN_PLACE, _PLAIN_BODY, PLAIN_SCHOOL):
        for m in rx.finditer(folded):
            if rx is _PLAIN_BODY and m.group(1).split()[0] in ("ban", "hoi", "phong") and any(a < m.start() < b for a, b in places):
                continue        # ("xa thach ban ha lap …": the commune Thạch Bàn Hạ, no body "ban ha lap")
            if rx is _PLAIN_BODY and m.group(1).split()[0] in ("ban", "hoi") and _PERSON_BEFORE.search(folded[:m.start(1)]):
                continue        # ("em cam thi hoa ban lop may": a girl named Hoa Ban, no body "ban lop may")
            places += [m.span(1)] if rx is PLAIN_PLACE and not unnamed(m.group(1)) else []
            # (nor one counted over — "moi xa cu may nguoi": "mỗi xã cử mấy người" —, nor a body's
            # abbreviation, which the documents write out: "phong cntt benh vien")
            if not unnamed(m.group(1)) and m.group(1) not in VERB_PAIRS \
                    and not counted_over(folded, m.start()) and not _counts_on(folded, m) \
                    and not _SUPERLATIVE.fullmatch(" ".join(m.group(1).split()[-2:])) \
                    and not any(not re.search(r"[aeiouy]", w) for w in m.group(1).split()) \
                    and not runs_into_word(folded, m.end(1)):
                out.append(m.group(1))
    return out

"""What kind of answer a question asks for, and whether a passage can hold it. A question asking
"bao nhiêu X" / "mấy X" wants a number counting X: a passage that never writes a number beside X
("12 nhãn hiệu", "100% số xã", "2,5 tỷ đồng", "xã đạt chuẩn: 15") cannot answer it, however many of
the question's other words it shares — the typical near-miss ("bao nhiêu tỷ đồng ngân sách…" of a
plan that sets no budget). "lần thứ mấy" wants an ordinal. Pure functions over folded text."""
from __future__ import annotations

import re
from functools import lru_cache

from ..search.coverage import SAID_AS
from ..text.genre import ABBREVIATIONS, FOLDED_ABBREVIATIONS, MEASURES
from ..text.normalize import fold, has_diacritics
from ..text.pos import syllables_tagged
from ..text.segment import folded_word, is_word, words

_NUM = r"\d[\d.,]*"
# "2,5 tỷ đồng"; a table cell under "(tỷ đồng)" or "(đồng)": "| … (tỷ đồng) | 48,6 |", "Thành tiền (đồng): 46.000.000"
# (an amount under its column's unit: "Mức tiền ăn (đồng/trẻ/ngày): 20.000", "(triệu đồng) | 180")
_MONEY = re.compile(rf"{_NUM}\s*(?:ty|trieu|nghin|ngan)?\s*(?:dong|vnd)\b|(?:(?:ty|trieu) dong(?:/[^)|:]*)?\)?|\(dong(?:/[^)|:]*)?\))[\s|:]*{_NUM}")
_PERCENT = re.compile(rf"{_NUM}\s*%|{_NUM}\s+phan tram")
# ("lần thứ V", "lần thứ 3"; an anniversary: "Kỷ niệm 42 năm Ngày Nhà giáo Việt Nam")
_ORDINAL = re.compile(r"lan thu\s+(?:[ivxl]+|\d+|nhat|hai|ba|tu|nam)\b|\bky niem\s+\d+\s+nam\b")
_BUDGET = re.compile(r"\b(?:ngan sach|kinh phi|chi(?! (?:bo|doan|hoi|cuc|nhanh|uy)\b)|von|tien|dau tu)\b")   # (not "chi bộ")
_MONEY_WORDS = ("ty dong", "trieu dong", "dong", "kinh phi", "kp", "tien", "ngan sach", "von")
_FILLERS_TYPED = {"là", "đạt", "có", "được", "thế", "thì", "số", "cái", "người", "con", "chiếc"}
_FILLERS = {fold(w) for w in _FILLERS_TYPED}            # (typed without diacritics)
# a filler's syllable starting a word ("bao nhiêu cơ quan", "mấy thí sinh"): the word is counted
_FILLER_WORDS = {"co quan", "co so", "thi sinh", "the he", "con nguoi", "so lieu", "dat dai"}
_PREPOSITIONS_TYPED = set("cho vào về với từ trên trong ở tại đến tới để mọi mỗi nữa theo của rồi".split())   # (and "… bao nhiêu rồi?")
_PREPOSITIONS = {fold(w) for w in _PREPOSITIONS_TYPED}
# (two function words, not a word that starts like "tại", "để", "từ", "về": "tai sao", "tu khi", "ve viec")
_FUNCTION_PAIRS = {"tu do", "tu nay", "tu khi", "ve viec", "tai sao", "de lam"}
_MACHINES = set("tinh moc chu in chieu bay nong cay thu xuc phat lanh anh quay giat bom day".split())
_GOES_ON = set("""mot moi hang duoc dat da co la tham tai o cua trong nam moi cho can phai se tu den va hay hoac the thi nao
ma khi nhu ve theo voi duoc tren chua khong du tro toi""".split())
_GOES_ON_TYPED = set("""vậy ạ nhỉ hả một mỗi hằng hàng được đạt đã có là tham tại ở của trong năm mới cho cần phải sẽ từ đến và hay hoặc còn
chưa không dự đó này ấy đấy nói thế thì nào mà khi như về theo với trên mở lập nhận sử mua tạo đăng trở đang bị tới""".split())
_THAT = {"đó", "này", "ấy", "đấy", "trên"}
# "kỹ năng số bao nhiêu %": digital, not "số mấy"
_DIGITAL = re.compile(r"\b(?:ky nang|chuyen doi|cong nghe|kinh te|xa hoi|chinh quyen|nen tang|ha tang|du lieu|hoc lieu|"
                      r"thu vien|noi dung|ban do|cong dan|nang luc|van hoa|the|giao duc) so\s*$")
# ("bao nhiêu phần trăm tiền giống": a share of a cost, which the text calls "chi phí mua giống", "giá")
_MOVES, _RATIO_BASES = {"di", "ra", "len", "xuong", "sang", "tham", "du"}, {"ke", "chi", "tong", "so", "muc", "nhu", "tien", "gia"}
# verbs after a counted unit, typed plain: "bao nhiêu hộ mở gian hàng" counts hộ
_VERBS_AFTER = {"mo", "lap", "nhan", "su", "mua", "tao", "dang"}
# what follows "bao nhiêu" / "mấy" without being a thing counted: per one ("một hợp đồng", "mỗi năm"), or a verb ("lớp mấy phải học")
_PER_ONE = {"mot", "moi", "hang", "phai", "se", "suat", "len", "xuong", "cai", "truoc"}     # ("bao nhiêu suất": places of any kind, counted bare; "từ bao nhiêu lên bao nhiêu")
# words that count on their own, before the noun phrase that narrows them ("buổi tuyên truyền",
# "lớp bình dân học vụ số") — unlike the first syllable of a word ("học sinh", "đồng chí")
COUNTERS = {"buoi", "lop", "nguoi", "luot", "dot", "cuoc", "ho", "doi", "nhom", "to", "tiet", "khoa", "tin", "bai", "em",
            "thon", "xa", "truong"}       # ("12 thôn … mô hình "thôn số"": thôn counted, "số" naming them)


@lru_cache(maxsize=512)
def counted_alone(kind: str, question: str) -> bool:
    """Whether the first word of a two-word unit counts on its own: a counter ("buổi", "lớp"), or, typed
    with its marks, a word the pair is not ("bao nhiêu mẫu nước": "mẫu", of water; not "học sinh")."""
    first, *rest = kind.split()
    if first in COUNTERS:
        return True
    ws = re.findall(r"\w+", question) if has_diacritics(question) and len(rest) == 1 else []
    typed = next((f"{a} {b}" for a, b in zip(ws, ws[1:]) if fold(f"{a} {b}").lower() == kind), None)
    return typed is not None and not is_word(typed)


_ABBR = {k.lower(): fold(v).lower() for k, v in FOLDED_ABBREVIATIONS.items() if re.fullmatch(r"[a-z]+", k.lower())}
_SAID_UNIT = {"thay co": "giao vien", "thay giao": "giao vien", "co giao": "giao vien", "phu huynh": "cha me",
              "hoc tro": "hoc sinh", "noi": "dia diem", "chau": "tre"}
_PLAIN_PLACE = re.compile(r"\b(?:tinh|huyen|xa|thon|phuong|thi tran|thi xa|thanh pho)\s+[a-z]+\s+[a-z]+")
_ASK = re.compile(r"(?<!\w)(?:bao nhieu|(?P<may>may))(?!\w)\s*(?P<after>[a-z]+(?:\s+[a-z]+)?)?")


@lru_cache(maxsize=512)
def asked_quantity(question: str) -> str | None:
    """"money", "percent", "ordinal", a folded unit word ("xa", "nhan hieu"), or None when the
    question does not ask how many (or asks a bare "bao nhiêu" that any number could answer)."""
    f = fold(question)
    # (nor the "may" of a place's name: "huyen con may" is Cồn Mây)
    scan = f if has_diacritics(question) else _PLAIN_PLACE.sub(lambda p: re.sub(r"\bmay\b", "___", p.group(0)), f)
    for m in _ASK.finditer(scan):
        if m.group("may"):
            # "mấy", but folded "may" is also "máy" (machine): typed without diacritics, only before a
            # word that is no machine's ("may lan", "may lop"; not "may tinh", "may moc")
            typed = question.lower()[max(0, m.start() - 2):m.end() + 2]
            if "mấy" not in typed and (has_diacritics(question) or (m.group("after") or "").split()[:1] in
                                      [[w] for w in _MACHINES] or not m.group("after")):
                continue
            # ("nghi quyet suoi may dat … la bao nhieu": the "may" of a name — Suối Mây — before a verb)
            if "mấy" not in typed and ((m.group("after") or "").split()[:1] in [[w] for w in _GOES_ON - {"mot", "moi"}]
                                      or re.search(r"\bbao nhieu\b", scan)):
                continue
        if f[:m.start()].rstrip().endswith("lan thu"):     # "kỷ niệm lần thứ mấy / bao nhiêu"
            return "ordinal"
        if not m.group("after") and scan[m.end():].lstrip().startswith("%"):
            return "percent"                            # "bao nhiêu %"
        before = f[:m.start()]
        if re.search(r"(?:^|\s)so\s*$", before) and not _DIGITAL.search(before):
            continue                # "tờ trình số mấy": which number (asks_number), not how many
        after = (m.group("after") or "").split()
        if after and after[0] in _PER_ONE or after[:2] in (["tro", "len"], ["tro", "xuong"]):
            after = []      # "bao nhiêu một hợp đồng", "mấy phải học", "từ bao nhiêu trở lên", "bao nhiêu trước 31/8": no unit counted
        typed = question[m.start("after"):m.end("after")].lower().split() if m.group("after") else []
        # ("bao nhiêu thẻ bạn đọc": typed with its marks, "thẻ" is no "thế")
        filler = bool(typed) and not (has_diacritics(typed[0]) and typed[0] not in _FILLERS_TYPED)
        if filler and after and after[0] in _FILLERS and " ".join(after[:2]) not in _FILLER_WORDS:      # "bao nhiêu người được …": people, counted bare
            # ("bao nhiêu người quan tâm": people, whom the next word narrows — not "quan" counted)
            # ("bao nhiêu người học nghề": people, who learn — "học" typed with its marks goes on the sentence)
            after = [] if len(after) > 1 and (after[1] in _GOES_ON | _MOVES or typed[1:2] == ["học"]) else \
                after if after[0] == "nguoi" and len(after) > 1 and after[1] not in _PREPOSITIONS else after[1:]
        typed = typed[1:] if filler and fold(typed[0]) in _FILLERS and " ".join(map(fold, typed[:2])) not in _FILLER_WORDS else typed
        # "dành bao nhiêu cho …": bare ("bao nhiêu đề tài" is no "để")
        # (typed plain, a word that starts like one: "bao nhieu tai khoan" counts tài khoản)
        # ("tài", "đề", "tủ", "vé": not "cho", whose money asked for goes on, "chi bao nhieu cho ke hoach")
        word = bool(after) and after[0] in ("tai", "de", "tu", "ve") and (not typed[:1] or not has_diacritics(typed[0])) and len(after) > 1 \
            and " ".join(after[:2]) not in _FUNCTION_PAIRS and folded_word(" ".join(after[:2]))
        after = [] if after and after[0] in _PREPOSITIONS and not (
            typed and has_diacritics(typed[0]) and typed[0] not in _PREPOSITIONS_TYPED) and not word else after
        if after == ["nam"] and re.match(r"\s*(?:19|20)\d\d", f[m.end("after"):]):
            after = []                                  # "… là bao nhiêu năm 2025": a year, not a count of years
        unit = " ".join(after)
        if unit.startswith("phan tram"):     # "bao nhiêu phần trăm thôn …": a percent of thôn
            # ("… phần trăm kế hoạch / chỉ tiêu / tổng số": a share of the plan, not of a thing counted)
            rest = [w for w in f[m.end("after"):].split()[:3] if w not in _FILLERS]
            return f"percent {rest[0]}" if rest and len(rest[0]) > 1 and rest[0].isalpha() \
                and rest[0] not in _GOES_ON | _PREPOSITIONS | _RATIO_BASES else "percent"
        if any(unit == w or unit.startswith(w + " ") for w in _MONEY_WORDS) and not unit.startswith("dong chi"):
            return "money"
        # an abbreviation is counted as directives write it out: "trường THCS" -> "trường trung (học cơ sở)"
        # (only one typed in capitals or without a vowel — "thcs", "dn" — not "tu", "hu" for từ, hũ)
        upper = {fold(w).lower() for w in re.findall(r"[\wĐđ&]+", question) if w.isupper() and len(w) > 1}
        if after and after[0] in {fold(w).lower() for w in re.findall(r"\w*Đ\w*", question) if w.isupper() and w not in ABBREVIATIONS}:
            after = []      # "bao nhiêu HĐ": hợp đồng, hội đồng or hoạt động — not "HD" (hướng dẫn), counted bare
        after = after[:1] if after[1:] and after[1] in upper and after[1] not in _ABBR else after   # "vụ BLHĐ": "vụ" (an initialism unknown)
        spelled = [((_ABBR.get(w) if w in upper or not re.search(r"[aeiouy]", w) else None) or w).split() for w in after]
        after = [x for words in spelled for x in words]
        # "trường THPT" is "trường trung học phổ thông", all of it: no "trường trung học cơ sở"; "SV" is "sinh viên"
        whole = len(spelled[0]) if spelled and len(spelled[0]) > 1 else 1 + len(spelled[1]) if len(spelled) == 2 and len(spelled[1]) > 1 else 0
        unit2 = " ".join(after[:2])                  # "thầy cô" are counted as "giáo viên", "nơi" as "địa điểm"
        after = (_SAID_UNIT[unit2].split() + after[2:]) if unit2 in _SAID_UNIT else \
            (_SAID_UNIT[after[0]].split() + after[1:]) if after and after[0] in _SAID_UNIT \
            and after[1:2] != ["dung"] else after          # ("mấy nội dung": no "nơi")
        if after and len(after[0]) > 1 and not after[0].isdigit():
            # "hộ nghèo", "nhãn hiệu", "lượt người": the second word too, unless it goes on the sentence
            # (typed with diacritics, the word itself tells: "đề tài" goes on no sentence, "tại" does)
            goes_on = typed[1] in _GOES_ON_TYPED if len(typed) > 1 and has_diacritics(typed[1]) and \
                after[1:2] == [fold(typed[1])] else len(after) > 1 and after[1] in _GOES_ON | _VERBS_AFTER and not word
            nxt = scan[m.end("after"):].split()[:1]       # ("bao nhiêu ha so với …": a comparison goes on)
            goes_on = goes_on or len(typed) > 1 and has_diacritics(question) and _starts_word(question[m.start("after"):]) \
                or after[1:2] == ["so"] and nxt == ["voi"]
            # (typed plain, the same read off the dictionary: "bao nhieu bo thiet bi" counts "bộ" of "thiết bị")
            goes_on = goes_on or not has_diacritics(question) and len(after) > 1 and bool(nxt) and after[0] not in COUNTERS and \
                folded_word(f"{after[1]} {nxt[0]}") and not folded_word(" ".join(after[:2]))
            if whole and (not goes_on or spelled and len(spelled[0]) > 1):
                return " ".join(after[:whole])
            return " ".join(after[:2]) if len(after) > 1 and not goes_on else after[0]
        if (r := re.search(r"\bty le\s+(?:so\s+)?([a-z]+)(?:\s+([a-z]+))?", before)) or re.search(r"\bty le\b", before):
            if r and question[r.start(1):r.end(1)].lower() in _THAT:
                return "percent"                        # "tỷ lệ đó": the one asked before
            # ("tỷ lệ chung toàn phường": an adjective of the rate itself, no thing counted)
            return _percent_of(r, {fold(a) for a in syllables_tagged(question, "A")})      # "tỷ lệ hộ nghèo …?"
        # ("tiền ăn bao nhiêu một ngày", "mức chi tiền công … là bao nhiêu", "thù lao", "học bổng bao nhiêu": money)
        if re.search(r"\b(?:kinh phi|kp|ngan sach|von|(?<!so )luong|muc luong|(?<!danh )(?<!tham )(?<!chuyen )(?<!quoc )(?<!binh )(?<!tac )gia(?! dinh)|chi phi|hoc phi|phi|thu lao|phu cap|hoc bong|tro cap|muc (?:thuong|ho tro)|(?<!tien )(?<!thuan )tien(?! do| hanh| bo| si| tien| phong| ich)|muc chi)\b", before):
            return "money"
    return None


def _starts_word(after: str) -> bool:
    """A unit of one syllable, then a word of several ("cuốn" "sổ tay"), as the segmenter reads them."""
    seg = [w for w in words(after) if w[:1].isalnum()]
    return len(seg) >= 2 and len(seg[0].split()) == 1 and len(seg[1].split()) >= 2


def _percent_of(r: re.Match | None, adjectives: set[str]) -> str:
    """ "percent ho ngheo" for "tỷ lệ hộ nghèo …" (the thing's first two syllables), "percent" for
    a bare "tỷ lệ" or one going on with a verb or a preposition ("tỷ lệ đạt …", "tỷ lệ của …")."""
    words = [w for w in (r.groups() if r else ()) if w]
    # ("tỷ lệ HS lớp 9": an abbreviation without a vowel is written out, "học sinh")
    words = [x for w in words for x in (_ABBR[w].split() if w in _ABBR and not re.search(r"[aeiouy]", w) else [w])]
    stop = _GOES_ON | _PREPOSITIONS | _RATIO_BASES | _FILLERS
    if not words or words[0] in stop | adjectives or len(words[0]) < 2:
        return "percent"
    return "percent " + " ".join(words[:2] if len(words) > 1 and words[1] not in _GOES_ON | _PREPOSITIONS else words[:1])


def _clauses(folded_text: str) -> list[str]:
    """A text's sentences and clauses (split at ".", ";", "!", "?" and line ends; not inside "1.846")."""
    return re.split(r"[.;!?](?!\d)|\n", folded_text)


def holds_qualified(kind: str, qualifier: tuple[str, ...], folded_text: str) -> bool:
    """`holds_quantity`, in a sentence (or table row) that also writes every qualifying word (or says them its way)."""
    if not qualifier:
        return holds_quantity(kind, folded_text)
    said = SAID_AS.get(" ".join(qualifier))         # (in the text's words: "học sinh chết đuối" of "… đuối nước …")
    return any(holds_quantity(kind, part) and (set(qualifier) <= set(re.findall(r"[a-z0-9]+", part)) or said and said.search(part))
               for part in _clauses(folded_text))


def _in_percents(folded_text: str) -> bool:
    """A decimal under a "Tỷ lệ (%)" column ("| Xã Nam Hà | … | 34,1 |"), any number after its column's name
    ("Học bạ số (%): 75", answer/holds.row_text), or in a row whose unit cell is "%" ("| Tỷ lệ … | % | 60 |")."""
    t = folded_text
    return re.search(r"\bt[yi] le\b|\(%\)", t) is not None and re.search(r"(?<![\d.,])\d{1,3},\d(?!\d)", t) is not None \
        or re.search(r"\(%\):\s*\d{1,3}(?:,\d+)?(?![\d.])", t) is not None \
        or re.search(r"\|\s*%\s*\|", t) is not None and re.search(r"\|\s*\d{1,3}(?:,\d+)?\s*\|", t) is not None


def holds_quantity(kind: str, folded_text: str) -> bool:
    """Whether text (folded) writes a number of the kind asked for."""
    if kind == "money":            # an amount, or a share of a budget ("3% chi thường xuyên")
        return _MONEY.search(folded_text) is not None or any(
            _PERCENT.search(part) and _BUDGET.search(part) for part in _clauses(folded_text))
    if kind == "percent":
        return _PERCENT.search(folded_text) is not None or _in_percents(folded_text)
    if kind.startswith("percent "):      # a percent and its unit in one sentence or table row
        # (children or households said once for all: "tỷ lệ trẻ thấp còi" of "Tỷ lệ trẻ … 7,7%; tỷ lệ thể thấp còi là 12,9%")
        said = kind.split()[1:]
        said = said[1:] if len(said) > 1 and said[0] in ("tre", "ho") and re.search(rf"\b{said[0]}\b", folded_text) else said
        unit = re.compile(r"(?<![a-z])" + r"\s+".join(re.escape(w) + (r"(?:\s+so)?" if w == "dan" else "") for w in said) + r"(?![a-z])")  # (dân số)
        return any((_PERCENT.search(part) or _in_percents(part)) and unit.search(part)
                   for part in _clauses(folded_text))
    if kind == "ordinal":
        return _ORDINAL.search(folded_text) is not None
    first, *rest = kind.split()
    case = first in ("ca", "vu") or kind.startswith("truong hop")          # "ca tử vong" = "trường hợp tử vong"
    rest = rest[1:] if case and first == "truong" else rest
    u = _CASE if case else _PUPILS if first == "em" else _PEOPLE if first == "nguoi" and not rest else re.escape(first)
    second = rf"(?:[\s,]+[a-z]+){{0,2}}?[\s,]+{r'[ ,]+'.join(map(re.escape, rest))}(?![a-z])" if rest else r"(?![a-z])"
    # "12 nhãn hiệu", "100% số xã", "1.420 ca mắc sốt …"; "số xã đạt chuẩn: 15", "xã là 15"; a table
    # row "| Giáo viên được tập huấn | 900 | 846 |"; none: "chưa có trường hợp tử vong"
    if rest and first in COUNTERS and any(re.search(rf"{_NUM}\s*[\"“”‘’'(]*{u}(?![a-z])", part) and
                                 re.search(r"(?<![a-z])" + r"\W+".join(map(re.escape, rest)) + r"(?![a-z])", part)
                                 for part in _clauses(folded_text)):
        return True     # "208 buổi" of "Tổng số buổi tuyên truyền … là 208 buổi"; 14 lớp "Bình dân học vụ số"
    # (a measure between: "3,6 tấn giống lúa", "1.500 con gà" of "bao nhiêu giống lúa / gà"; a classifier and
    # its noun, "40 triệu con tôm giống" of "bao nhiêu con giống")
    return re.search(rf"(?:{_NUM}(?:\s+(?:trieu|nghin|ngan|van))?(?:\s*\([a-z ]+\))?|(?<!giai )\b{_COUNT_WORDS})\s*%?\s*[\"“”‘’'(]*"      # (86 “Tổ công nghệ số …”; "ba mức")
                     rf"(?:so\s+|(?:con|cay|chiec|qua)\s+[a-z]+\s+|{MEASURES}\s+)?{u}{second}"
                     rf"|(?<![a-z]){u}{second}[^|\n]{{0,30}}?(?::|\bla\b|\bdat\b)\s*{_NUM}"
                     rf"|\|[^|\n]*(?<![a-z]){u}{second}[^|\n]*\|\s*{_NUM}"
                     rf"|\b(?:chua|khong)\s+(?:co|ghi nhan|xay ra|phat sinh)\s+(?:them\s+)?{u}{second}"     # (a column, its unit after: "Sách quyên góp (bản): 1.300")
                     + (rf"|(?<![a-z]){r'[ ,]+'.join(map(re.escape, rest))}(?![a-z])[^|\n:;()]{{0,40}}\(\s*{u}\s*\)\s*:\s*{_NUM}" if rest else ""),
                     folded_text) is not None


_CASE, _PUPILS = r"(?:ca|truong hop|vu)", r"(?:em|hoc sinh|thi sinh|sinh vien|hoc vien)"      # "mấy em dự thi": "02 thí sinh"
_PEOPLE = r"(?:nguoi|can bo|chien si|doan vien|hoi vien|thanh vien|dai bieu|tinh nguyen vien|dang vien|cong chuc|vien chuc|giao vien|bac si)"  # any people
# a small count written out ("theo ba mức", "hai đợt"; not "năm", which is also a year)
_COUNT_WORDS = r"(?:mot|hai|ba|bon|sau|bay|tam|chin|muoi)"

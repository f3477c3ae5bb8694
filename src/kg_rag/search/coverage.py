"""How much of a question a passage covers — pure functions shared by reranking, the refusal
decision and sentence picking.

The question's content words (segmented; function and question-frame words dropped) are weighted
by IDF over the corpus; a word the corpus never uses gets the highest weight, so a question about
something the documents do not contain ("giá vé tàu cao tốc") covers little of itself anywhere.
"""
from __future__ import annotations

import re
from typing import Callable, Collection, Mapping

from ..index.lexical import STOPWORDS
from ..text.normalize import fold
from ..text.numbers import writes_number
from ..text.segment import is_word

# Words that frame a question rather than carry its content ("… về vấn đề gì?", "… nói gì?").
FRAME_WORDS = {"vấn_đề", "lĩnh_vực", "nói", "làm", "nội_dung", "ban_hành", "điều", "hỏi", "biết",
               "cụ_thể", "thông_tin", "như_vậy", "chịu", "chịu_trách_nhiệm", "trách_nhiệm", "quy_định", "những_gì",
               "việc", "lấy", "muốn", "dự_kiến", "tốn", "hiện_giờ", "bây_giờ", "rồi", "ấy", "chị",
               "cái", "họ", "nữa", "ngoài", "ông", "bà", "xuất_hiện", "lên",
               # a year named relative to today ("năm ngoái", "năm tới"): the documents write the year itself
               "năm_ngoái", "ngoái", "năm_tới", "năm_rồi",
               # the end of a ranking ("… nhiều tiết STEM nhất"), an occasion, a count asked (ranked.py, asked_type.py)
               "nhất", "nhiều", "dịp", "số_lượng",
               # "năm học tới", "thời gian sắp tới": the documents write the year or the date
               "tới", "sắp_tới",
               # "bao nhiêu suất": places of whatever the document counts ("25 tập thể và 40 cá nhân")
               "suất",
               # honorifics and colloquial frames: "gọi thầy trưởng phòng", "hôm 13/3", "bên khoa giáo"
               "thầy", "cô", "hôm", "bên",
               # a condition put on what was asked: "nếu làm không kịp thì …"
               "nếu",
               # the asker ("cho tôi vài khẩu hiệu …"), not the subject
               "tôi", "vài",
               # the kinds of a thing asked ("có những loại giải nào?", "hồ sơ gồm những giấy tờ gì?"): the
               # documents name the kinds themselves ("tờ khai", "bản sao …")
               "loại", "giấy_tờ",
               # all of a set counted ("cả 6 xã", "cả năm", "tất cả bao nhiêu"): the documents write the set or its total
               "cả", "tất_cả"}
# the same typed without diacritics, where the plain syllable is no other word ("hoi" is also "hội")
PLAIN_FRAME_WORDS = {"~ong", "~len", "~nua", "~ngoai", "~roi", "~muon", "~biet", "~viec", "~lay", "~cai", "~nhat", "~nhieu", "~dip"}


# Phrases that name the kind of answer asked for rather than its subject ("… chậm nhất đến ngày
# nào?", "… trong thời hạn bao lâu?", "… đạt mức nào?", "… với tần suất thế nào?", "Ông X giữ
# chức vụ gì?"): answer/asked_type.py checks the kind itself; as content words they would only
# ask a passage to repeat the question's wording. Matched on the folded question.
QUESTION_FRAMES = re.compile(r"(?<!\w)(?:ngay nao|khi nao|bao gio|luc nao|(?:khoang )?thoi gian nao|thoi han|han chot|han cuoi|han (?:nop|gui)|"
                             r"bao lau|(?:den )?han nao|han (?:xong|hoan thanh)|(?:tu )?thoi diem nao(?: tro di)?|(?:cham|muon|tre) nhat|(?:thoi )?han(?: (?:toi|den|la|cuoi))?(?= (?:bao gio|khi nao|ngay nao|luc nao))|(?:o )?muc nao|(?:voi )?tan suat|(?:giu )?chuc (?:vu|danh)|giu chuc(?= (?:gi|nao))|(?:giu )?vai tro (?:gi|nao)|(?:gom )?(?:nhung |cac )?thanh phan (?:nao|gi)|"
                             r"hom nao|(?:dot|dip|lan) nay|lan thu (?:bao nhieu|may)|(?:la )?cau (?:gi|nao)|(?:co )?trong kho(?= |\W|$)|dien ra|(?:voi |co )?chu de (?:la )?gi|(?:vao )?(?:nhung |cac )?moc(?: thoi gian)?(?: nao)?|(?:co )?ten(?: goi)? (?:la )?gi|het(?= bao nhieu)|(?:so )?dien thoai(?: lien he)?|sdt|hotline|duong day nong|(?:dia chi )?(?:e-?mail|thu dien tu)|"
                             r"dat ra|dat(?= (?:muc tieu|chi tieu))|(?:nhung|cac) (?:hoat dong|khoan(?: chi)?|hang muc) (?:nao|gi)|(?:duoc )?(?:chia|phan bo)(?= (?:cho|thanh|ra) (?:nhung|cac))|(?:ai )?dung ten(?= ky)|goi (?:cho )?ai|goi so nao|(?:(?<=, )|(?<=va ))(?:do )?ai ky|"
                             r"dia diem nao|o dau|tai dau|(?:o |tai )(?:cho|noi) nao|(?:o |tai )?dia chi (?:nao|o dau|la gi)|(?:(?:duoc )?lay )?(?:tu dau|tu nguon nao)|"
                             # "ký / ban hành ngày nào", "số hiệu đầy đủ": what a header answers, not the topic
                             r"(?:duoc )?(?:ky|ban hanh)(?=,? (?:vao )?(?:ngay|thang|nam) nao|,? khi nao|,? luc nao)|ra(?= (?:vao )?ngay nao)|de(?= ngay (?:nao|bao nhieu|thang nao))|(?:tu|den(?: het)?)(?= ngay nao)|"
                             r"(?:so|ky) hieu(?: day du)?|(?:la )?(?:loai|thu) (?:gi|nao)(?= |\W|$)|"       # "thuốc … là loại gì"
                             r"(?:gia|tri gia)(?= (?:bao nhieu|la bao nhieu|het bao nhieu))|"     # "… giá bao nhiêu": a sum of money
                             # "(tôi) muốn hỏi thêm chi tiết về …", "cho hỏi …", "xin hỏi …": asking, not the topic
                             r"(?:muon|can|xin|cho) (?:hoi|biet)(?: them)?(?: chi tiet| thong tin)?)(?!\w)")


def unframed(question: str) -> str:
    """The question with its answer-kind phrases blanked out (a comma, then spaces), same length:
    offsets into it stay valid, since fold keeps one character per letter of NFC Vietnamese."""
    folded = fold(question)
    if len(folded) != len(question):
        return question
    out = list(question)
    for m in QUESTION_FRAMES.finditer(folded):
        out[m.start():m.end()] = "," + " " * (m.end() - m.start() - 1)
    return "".join(out)


def content_terms(terms: list[str]) -> list[str]:
    words = [t for t in terms if not t.startswith(("~", "=", "dir:")) and t not in FRAME_WORDS]
    return words or [t for t in terms if t.startswith("~")]


def split_unknown(content: list[str], vocab: Collection[str], seen: Callable[[str], bool] | None = None) -> list[str]:
    """Words the segmenter glued across a name and a verb ("vĩnh_an_đạt", "hội_đồng_nhân_dân_tỉnh")
    that the corpus never uses, cut into the longest words the corpus does use, left to right;
    kept whole when any piece is unknown (then it is a genuinely new word). With `seen` (whether
    the corpus writes a word or a run of syllables), a word it never writes is cut across its
    neighbours too (`_resegment`)."""
    out: list[str] = []
    skip = 0
    for i, t in enumerate(content):
        if skip:
            skip -= 1
            continue
        syl = t.split("_")
        if t in vocab or len(syl) < 2 or t.startswith(("~", "dir:")):
            out.append(t)
            continue
        # ("dân_kích hoạt_định danh_điện_tử": cut across the segmenter's words, "dân kích_hoạt định_danh_điện_tử")
        if seen is not None and not seen(t) and not is_word(t.replace("_", " ")) and (across := _resegment(content[i:i + 3], seen)) is not None:
            out += across[0]
            skip = across[1] - 1
            continue
        pieces, i = [], 0
        while i < len(syl):
            n = next((n for n in range(len(syl) - i, 0, -1) if "_".join(syl[i:i + n]) in vocab), 0)
            if not n and syl[i] in STOPWORDS:       # ("số_là" of "… chuyển đổi số là bao nhiêu": "số", then "là", no word)
                i += 1
                continue
            if not n:
                break
            pieces.append("_".join(syl[i:i + n]))
            i += n
        # ("mường_khê_tiêu": a name the corpus writes and one syllable more, the question's own verb)
        out += pieces if i == len(syl) else pieces + [syl[i]] if i == len(syl) - 1 and pieces and "_" in pieces[0] else [t]
    return out


def _resegment(terms: list[str], seen: Callable[[str], bool]) -> tuple[list[str], int] | None:
    """The syllables of an unknown word and the words after it (two, then three), cut into the
    fewest words the corpus writes (`seen`), none of them a lone syllable but the first and last;
    with how many terms were used. None when no such cut exists."""
    for n in (2, 3):
        if len(terms) < n or any(t.startswith(("~", "dir:")) for t in terms[:n]):
            return None
        syl = "_".join(terms[:n]).split("_")
        best: list[list[str] | None] = [[]] + [None] * len(syl)     # best[j]: fewest words for syl[:j]
        for j in range(1, len(syl) + 1):
            for k in range(max(0, j - 4), j):
                word = "_".join(syl[k:j])
                if best[k] is not None and seen(word) and ("_" in word or k == 0 or j == len(syl)) \
                        and (best[j] is None or len(best[k]) + 1 < len(best[j])):
                    best[j] = best[k] + [word]
        if best[-1] is not None and best[-1] != terms[:n]:
            return best[-1], n
    return None


def term_weights(content: list[str], idf, vocab: Collection[str]) -> dict[str, float]:
    """IDF per content term (see `content_terms`); out-of-vocabulary terms get the maximum IDF."""
    idf_max = idf("\x00never")

    def w(t: str) -> float:
        if t in vocab:
            return idf(t)
        if t.startswith("~") and "_" in t:     # a folded phrase: its syllables' weights together
            return sum(idf("~" + p) if "~" + p in vocab else idf_max for p in t[1:].split("_"))
        return idf_max
    return {t: w(t) for t in set(content)}


# What officers say (folded) -> how directives write it: a target is "phấn đấu …" or a "chỉ tiêu";
# work is "hoàn thành", not "xong"; money is "kinh phí", a class is "tổ chức", not "mở"; a hashtag is "#…".
BECAUSE = "do|vi|boi"         # the words a reason is given with, folded ("… thấp do đợt rét …")
SAID_AS = {"met": re.compile(r"(?<!\w)met(?!\w)|(?<=\d)\s?m(?![\w²³/])"),   # "sâu bao nhiêu mét": "5 m" (not "5 mm", "m/s")
           "muc tieu": re.compile(r"(?<!\w)(?:phan dau|chi tieu)(?!\w)"),
           "xong": re.compile(r"(?<!\w)hoan thanh(?!\w)"),
           "toi thieu": re.compile(r"(?<!\w)(?:it nhat|khong duoi|khong it hon|toi thieu|tro len)(?!\w)"),
           "toi da": re.compile(r"(?<!\w)(?:khong qua|khong vuot qua|toi da)(?!\w)"),
           "danh": re.compile(r"(?<!\w)(?:bo tri|phan bo)(?!\w)"),          # "ngân sách dành cho" is "bố trí"
           "tieu": re.compile(r"(?<!\w)(?:chi|kinh phi)(?!\w)"),             # "tiêu hết bao nhiêu" is "chi"
           "tien": re.compile(r"(?<!\w)(?:kinh phi|ngan sach|chi phi|von|dong)(?!\w)"),   # "bao nhiêu tiền"
           # officers' everyday words for the directives' own ("thầy cô" are "giáo viên", "online" is "trực tuyến")
           **{k: re.compile(rf"(?<!\w)(?:{v})(?!\w)") for k, v in {
               # ("Ban Giám khảo mấy người": its "07 thành viên")
               "nguoi": "nguoi|thanh vien|can bo|dai bieu|hoc vien|doan vien|hoi vien|tinh nguyen vien|cong chuc|vien chuc",
               "thay co": "giao vien", "thay giao": "giao vien", "co giao": "giao vien", "phu huynh": "cha me hoc sinh|phu huynh",
               "hoc tro": "hoc sinh", "online": "truc tuyen", "von": "nguon|kinh phi|ngan sach|von",
               "ba con": "nguoi dan|nhan dan|ba con|nong dan|ho dan", "tre con": "tre em|tre|hoc sinh", "internet": "mang|internet|ket noi", "lang": "thon|ban|lang",
               "dam nhan": "chiu trach nhiem|phu trach|chu tri|dam nhan", "vinh danh": "ton vinh|bieu duong|khen thuong",
               "du tru": "du kien|du toan|kinh phi", "tong cong": "tong|tong so", "nop": "gui|nop",
               "keo dai": "tu ngay|den ngay|trong thoi gian", "mang": "linh vuc|mang", "cu": "cu|phan cong",
               "sua": "dieu chinh|sua doi|sua", "lo": "chu tri|phu trach|dam nhan|lo",
               "wifi": "wi-?fi", "nghia vu": "trach nhiem|nghia vu", "xin": "de nghi|xin",
               "ton tai": "han che|ton tai|bat cap|yeu kem", "mau bieu": "mau so|bieu mau|mau bieu|de cuong",
               "mang theo": "mang theo|mang|chuan bi", "chot": "tinh den|chot",       # "số liệu chốt đến ngày nào"
               "dot": "dot|tu ngay|thoi gian|giai doan",     # "đợt nhận hồ sơ kéo dài …": the text's "từ ngày … đến …"
               "doat": "doat|dat|gianh", "le phi": "le phi|phi",      # "đoạt giải gì": the text's "đạt giải nhì"
               "toan": "toan|tong cong|tong so|\\|\\s*cong\\s*\\|",       # "toàn tỉnh có bao nhiêu": a table's total row too
               "smartphone": "dien thoai thong minh|smartphone", "chay": "van hanh|hoat dong|chay",
               "em": "em|hoc sinh|thi sinh|sinh vien|hoc vien|tre",     # "tuyển bao nhiêu em": "140 học sinh"
               # (or an address without "www": "hoithao.dhtm.edu.vn")
               **dict.fromkeys(("trang web", "web"), "https?://|www\\.|website|trang (?:thong tin|thi)|cong thong tin|(?<![@\\w.-])[a-z0-9-]+(?:\\.[a-z0-9-]+)*\\.(?:vn|com|net|org)"),
               # a network operator by its name; targets in figures; a contest's rules by their parts
               "nha mang": "nha mang|viettel|vnpt|mobifone|vietnamobile|doanh nghiep vien thong",
               "dinh luong": "dinh luong|chi tieu|phan dau|it nhat|toi thieu",
               "the le": "the le|doi tuong du thi|hinh thuc (?:du )?thi|co cau giai|giai thuong",
               # plain words for the text's terms: "chết đuối" is "đuối nước", "mét vuông" is "m²"
               "chet duoi": "chet duoi|duoi nuoc", "met vuong": "met vuong|m2|m²",
               # a drone by its loanword; a letter inviting ("giấy mời hội thảo") by its invitation
               **dict.fromkeys(("flycam", "drone"), "flycam|drone|thiet bi bay(?: khong nguoi lai)?|may bay khong nguoi lai"),
               "giay moi": "giay moi|thu moi|kinh moi|tran trong moi|moi (?:dai dien|tham du|cac|ong|ba)",
               "met khoi": "met khoi|m3|m³",
               "vi": "vi|do|boi|nguyen nhan|ly do",      # "Vì sao …?": a passage giving a reason ("… do 01 lồng bị bệnh")
               # an event by its classifier: "buổi diễn tập" is the text's "cuộc diễn tập", a "hội nghị", a "phiên" họp
               "buoi": "buoi|cuoc|hoi nghi|phien",
               # a reason asked ("…, nguyên nhân do đâu?"): the documents give it with "do …", "vì …"
               **dict.fromkeys(("nguyen nhan", "ly do"), f"nguyen nhan|ly do|{BECAUSE}")}.items()},
           "mo": re.compile(r"(?<!\w)(?:to chuc|khai giang)(?!\w)"),        # "mở lớp" is "tổ chức lớp"
           "hashtag": re.compile(r"#\w"),
           # "lúc mấy giờ" is answered by "16h30", "7:30", "8 giờ 00"
           **{k: re.compile(r"(?<![\d/])\d{1,2}\s*(?:h|gio|:)\s*\d{0,2}(?![\d/])") for k in ("gio", "luc")}}


def covered(t: str, have: Collection[str], folded_text: str = "", inside_words: bool = True) -> bool:
    """A word counts as present if the passage has it — or, since the segmenter cuts the same words
    differently in different sentences ("tuyên_giáo huyện_ủy" / "tuyên_giáo_huyện ủy"), if the
    passage has its syllables in a row (also how folded phrases "~giao_thong" are matched) — or
    writes it the directives' way (`SAID_AS`)."""
    if t in have:
        return True
    if inside_words and "_" not in t and t[:1].isalpha() and any("_" in w and t in w.split("_") for w in have):
        return True         # "xây" in "xây_dựng", "lẻ" in "trường_lẻ": the segmenter glued it to its neighbour
    if inside_words and t[:1].isalpha() and any(w.count("_") >= 4 and "_và_" not in w and f"_{t}_" in f"_{w}_" for w in have):
        return True         # "mặt_trận" in a name glued whole, "mặt_trận_tổ_quốc_việt_nam" (not "đào_tạo" of "giáo_dục_và_đào_tạo")
    if t.startswith("dir:") or not folded_text:
        return False
    phrase = fold(t.lstrip("~=").replace("_", " "))
    if phrase in SAID_AS and SAID_AS[phrase].search(folded_text) or writes_number(t, folded_text):
        return True         # ("sáu" of the text's "06": text/numbers.py)
    # (its syllables may stand either side of a comma or a dash: "tin, bài", "Văn hóa - Thông tin")
    return "_" in t and re.search(r"(?<!\w)" + r"(?:\s*[,\-–]\s*|\s+)".join(map(re.escape, phrase.split())) + r"(?!\w)",
                                  folded_text) is not None


def coverage(weights: Mapping[str, float], have: Collection[str], folded_text: str = "",
             inside_words: bool = True) -> float:
    """IDF-weighted share of the question's content words found in `have`, in [0, 1]
    (`inside_words=False`: a one-syllable word must be a word of `have`, not a syllable of one)."""
    total = sum(weights.values())
    return sum(w for t, w in weights.items() if covered(t, have, folded_text, inside_words)) / total if total else 0.0


# the genre's words a corpus may not write, asked as officers do: no sign of something absent, though
# only a passage writing them covers them ("đề tài" of a plan on "nhiệm vụ khoa học và công nghệ")
GENRE_WORDS = {"de tai"}
_NOT_ABSENT = frozenset(SAID_AS) | GENRE_WORDS


def unknown_share(weights: Mapping[str, float], known: Callable[[str], bool],
                  phrase_seen: Callable[[str], bool]) -> float:
    """Share of the question's weight held by words the corpus never uses — neither as a word
    (`known`) nor as a run of syllables (`phrase_seen`, given the folded syllables: "kinh phi",
    "han"): the question asks about something absent. Words directives write their own way
    (`SAID_AS`) are the genre's, not absent."""
    total = sum(weights.values())
    unknown = sum(w for t, w in weights.items() if not known(t) and not (
        "_" in t and not t.startswith("dir:") and phrase_seen(fold(t.lstrip("~=").replace("_", " "))))
        and fold(t.lstrip("~=").replace("_", " ")) not in _NOT_ABSENT)
    return unknown / total if total else 0.0

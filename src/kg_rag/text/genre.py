"""The conventions of Vietnamese directive documents, each defined once and imported everywhere:
document types and their codes, list and heading markers, the heading path, abbreviations.

These are facts about the genre, not tuning: a type word ("Kết luận") has a code ("KL") that
appears in document numbers ("69-KL/TW"); an item starts with a marker ("1.", "a)", "-"); a
passage's place in its document is the path of headings above it, joined with " › ".
"""
from __future__ import annotations

import re

from .normalize import fold, has_diacritics

# ---- document types -------------------------------------------------------------------------
# (name as written in running text, code used in numbers). Order matters only for display.
DOC_TYPES: tuple[tuple[str, str], ...] = (
    ("Nghị quyết", "NQ"), ("Kết luận", "KL"), ("Chỉ thị", "CT"), ("Kế hoạch", "KH"), ("Hướng dẫn", "HD"),
    ("Chương trình hành động", "CTr"), ("Quyết định", "QĐ"), ("Quy định", "QĐi"), ("Thông báo", "TB"),
    ("Công văn", "CV"), ("Báo cáo", "BC"), ("Đề án", "ĐA"),
    # State documents ("Nghị định số 13/2023/NĐ-CP", "Thông tư 01/2024/TT-BKHCN", "Luật số 93/2025/QH15")
    ("Nghị định", "NĐ"), ("Thông tư", "TT"), ("Luật", "L"), ("Tờ trình", "TTr"), ("Quy chế", "QC"),
    ("Biên bản", "BB"),
)
# Other written forms of a type word: "Chương trình số 56-CTr/TU" is a Chương trình hành động.
TYPE_ALIASES = {"Chương trình": "Chương trình hành động"}
# Type words that head a document but are never cited by number.
TITLE_ONLY_TYPES = ("Đề cương", "Thể lệ", "Điều lệ")

# folded type word -> (name, code): "ket luan" -> ("Kết luận", "KL")
TYPES: dict[str, tuple[str, str]] = {fold(name): (name, code) for name, code in DOC_TYPES}
TYPES.update({fold(alias): TYPES[fold(name)] for alias, name in TYPE_ALIASES.items()})
# what users call a "Thông báo kết luận số 115" is a Thông báo (its number says TB), not a Kết luận
TYPES[fold("Thông báo kết luận")] = TYPES[fold("Thông báo")]
# folded code -> type name: "kl" -> "Kết luận"; "ct" is Chỉ thị, "ctr" Chương trình hành động
CODES: dict[str, str] = {fold(code): name for name, code in DOC_TYPES}
CODE_NAMES: dict[str, str] = {code: name for name, code in DOC_TYPES}
# every type word as written, longest first (for regex alternations)
TYPE_WORDS: tuple[str, ...] = tuple(sorted({n for n, _ in DOC_TYPES} | set(TYPE_ALIASES), key=len, reverse=True))
# a type word in a folded, lower-cased question ("thong bao ket luan … giao …"), not those that are
# everyday words too ("theo quy định", "chương trình kiểm tra", "Luật")
TYPE_NAMED_F = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(fold(w).lower()) for w in TYPE_WORDS
                                                   if w not in ("Quy định", "Luật", "Quy chế", "Chương trình")) + r")(?!\w)")
# the type line of a document's header, upper case ("KẾ HOẠCH", "HƯỚNG DẪN" …) -> the type name
HEADER_TYPES: dict[str, str] = {fold(w): TYPES[fold(w)][0] for w in TYPE_WORDS} | \
    {fold(w): w for w in TITLE_ONLY_TYPES}
HEADER_TYPE_WORDS: tuple[str, ...] = tuple(sorted((w.upper() for w in (*TYPE_WORDS, *TITLE_ONLY_TYPES)),
                                                  key=len, reverse=True))
# what users type for a code ("kl 69", "ctrhd 56", "cv 418") -> the code
USER_CODES: dict[str, str] = {"nq": "NQ", "kl": "KL", "ct": "CT", "ctr": "CTr", "kh": "KH", "hd": "HD", "qd": "QĐ",
                              "ctrhd": "CTr", "cthd": "CTr", "tb": "TB", "cv": "CV", "bc": "BC", "nd": "NĐ",
                              "tt": "TT", "ttr": "TTr", "da": "ĐA", "bb": "BB",
                              "khlt": "KHLT", "nqlt": "NQLT", "ttlt": "TTLT"}       # (joint: "Kế hoạch liên tịch số 142/KHLT-…")
# bodies users name instead of the issuer code ("chỉ thị 19 của Thủ tướng") -> the code in numbers
USER_ISSUERS: dict[str, str] = {"thu tuong": "TTg", "thu tuong chinh phu": "TTg", "chinh phu": "CP",
                                "quoc hoi": "QH", "bo chinh tri": "TW", "ban bi thu": "TW", "trung uong": "TW"}


def canon_code(code: str, type_name: str = "") -> str:
    """ "kl" -> "KL"; "ctr" -> "CTr"; a Chương trình hành động numbered "77-CT/TU" is a CTr."""
    c = code.upper()
    if c == "CTR" or (type_name == "Chương trình hành động" and c == "CT"):
        return "CTr"
    return c


def same_code(a: str, b: str) -> bool:
    """Codes that name the same kind of directive: equal, or CT/CTr (written either way for a
    Chương trình hành động)."""
    fa, fb = fold(a), fold(b)
    return fa == fb or {fa, fb} <= {"ct", "ctr"}


# ---- list and heading markers ------------------------------------------------------------------
BULLETS = "-·•+–*"
ROMAN = r"[IVXL]{1,5}"
# A marker that opens an item or a sentence: "IV.", "II -", "3.", "1.2.", "(1)", "1)", "a)", "-".
MARKER = re.compile(rf"^\s*(?:[{re.escape(BULLETS)}]|\(?\d{{1,2}}(?:\.\d{{1,2}})*[.)]|[a-zđ]\)|{ROMAN}\s*[.\-–])\s*")
# The label of a block the parser already knows to be an item or heading: as MARKER, and also
# "1 Ban …" (a number without its dot), "(a)", "a." and "I:" — the forms structure.py accepts.
ITEM_LABEL = re.compile(rf"^\s*(?:{ROMAN}\s*[.\-–:)]|\d{{1,2}}(?:\.\d{{1,2}})*[.)]?|\(\w{{1,2}}\)|[a-zđ][).]|"
                        rf"[{re.escape(BULLETS)}])\s*")


def strip_marker(text: str) -> str:
    return MARKER.sub("", text, count=1)


# ---- the heading path --------------------------------------------------------------------------
HEADING_SEP = " › "


def join_path(path) -> str:
    return HEADING_SEP.join(path)


def last_heading(section: str) -> str:
    """ "IV. TỔ CHỨC THỰC HIỆN › 3. Phòng Kinh tế …" -> "3. Phòng Kinh tế …"; "" for no section."""
    return section.split(HEADING_SEP)[-1] if section else ""


# ---- abbreviations ---------------------------------------------------------------------------------
# Abbreviations used in directives -> their full form (index text, queries, actor names).
ABBREVIATIONS = {
    "KH&CN": "khoa học và công nghệ", "KH-CN": "khoa học và công nghệ", "KHCN": "khoa học và công nghệ",
    "KH và CN": "khoa học và công nghệ", "GD&ĐT": "giáo dục và đào tạo", "GDĐT": "giáo dục và đào tạo",
    "CNTT": "công nghệ thông tin", "ĐMST": "đổi mới sáng tạo", "KT-XH": "kinh tế - xã hội",
    "UBND": "Ủy ban nhân dân", "HĐND": "Hội đồng nhân dân", "UBMTTQ": "Ủy ban Mặt trận Tổ quốc",
    "MTTQ": "Mặt trận Tổ quốc", "BTGTU": "Ban Tuyên giáo Tỉnh ủy", "BTG": "Ban Tuyên giáo",
    "ĐUK": "Đảng ủy Khối", "BCH": "Ban Chấp hành", "TCCSĐ": "tổ chức cơ sở đảng",
    "BHYT": "bảo hiểm y tế", "BHXH": "bảo hiểm xã hội", "TT&TT": "thông tin và truyền thông",
    "TTVH": "Trung tâm Văn hóa", "CNH, HĐH": "công nghiệp hóa, hiện đại hóa", "HU": "Huyện ủy",
    "TU": "Tỉnh ủy", "TW": "Trung ương", "ATTP": "an toàn thực phẩm", "CBCCVC": "cán bộ, công chức, viên chức",
    "BCĐ": "Ban Chỉ đạo", "BTV": "Ban Thường vụ", "THPT": "trung học phổ thông", "THCS": "trung học cơ sở",
    "GDPT": "giáo dục phổ thông", "TTHC": "thủ tục hành chính", "CCHC": "cải cách hành chính",
    "NCKH": "nghiên cứu khoa học", "HTX": "hợp tác xã", "ĐH": "đại học", "Hội ND": "Hội Nông dân", "HND": "Hội Nông dân",
    # the State's departments (Sở, Phòng) as officers write them
    "NN&PTNT": "nông nghiệp và phát triển nông thôn", "NN và PTNT": "nông nghiệp và phát triển nông thôn",
    "PTNT": "phát triển nông thôn", "VH-TT&DL": "văn hóa, thể thao và du lịch", "VHTTDL": "văn hóa, thể thao và du lịch",
    "VH,TT&DL": "văn hóa, thể thao và du lịch", "VH, TT&DL": "văn hóa, thể thao và du lịch",
    "VH, KH&TT": "văn hóa, khoa học và thông tin", "VH,KH&TT": "văn hóa, khoa học và thông tin",
    "VH-KH&TT": "văn hóa, khoa học và thông tin", "VHKHTT": "văn hóa, khoa học và thông tin",
    "VH-TT&TT": "văn hóa, thông tin và thể thao", "VH, TT&TT": "văn hóa, thông tin và thể thao", "VHTT&TT": "văn hóa, thông tin và thể thao",
    "KHXH": "khoa học xã hội", "KHTN": "khoa học tự nhiên", "LHH": "Liên hiệp hội", "VH-TT": "văn hóa và thông tin", "VH&TT": "văn hóa và thông tin",
    "LĐ-TB&XH": "lao động - thương binh và xã hội", "LĐTBXH": "lao động - thương binh và xã hội",
    "TN&MT": "tài nguyên và môi trường", "TNMT": "tài nguyên và môi trường", "KH&ĐT": "kế hoạch và đầu tư",
    "KHĐT": "kế hoạch và đầu tư", "GTVT": "giao thông vận tải", "TC-KH": "tài chính - kế hoạch",
    "KT&HT": "kinh tế và hạ tầng", "KT-HT": "kinh tế và hạ tầng", "PT-TH": "phát thanh - truyền hình",
    "PTTH": "phát thanh - truyền hình", "TTTT": "thông tin và truyền thông", "CĐS": "chuyển đổi số",
    "TP": "thành phố", "TX": "thị xã", "BC": "báo cáo", "HK": "học kỳ", "NQ": "nghị quyết", "ĐU": "Đảng ủy",
    "KL": "kết luận", "CV": "công văn", "QĐ": "quyết định", "KH": "kế hoạch", "HD": "hướng dẫn", "TB": "thông báo", "TMĐT": "thương mại điện tử", "DN": "doanh nghiệp", "DNNVV": "doanh nghiệp nhỏ và vừa", "HLHPN": "Hội Liên hiệp Phụ nữ", "LHPN": "Liên hiệp Phụ nữ", "TNCS": "Thanh niên Cộng sản", "CCB": "Cựu chiến binh",
    "GDNN-GDTX": "giáo dục nghề nghiệp - giáo dục thường xuyên", "DVC": "dịch vụ công", "GDNN": "giáo dục nghề nghiệp", "GDTX": "giáo dục thường xuyên", "LĐLĐ": "Liên đoàn Lao động",
    "KH-TC": "kế hoạch - tài chính", "GD": "giáo dục", "PTDTNT": "phổ thông dân tộc nội trú",
    "PTDTBT": "phổ thông dân tộc bán trú", "DTNT": "dân tộc nội trú", "VH-XH": "văn hóa - xã hội", "VHXH": "văn hóa - xã hội",
    "TTĐT": "thông tin điện tử", "TG&DV": "Tuyên giáo và Dân vận", "BQL": "Ban Quản lý", "KCN": "khu công nghiệp", "CCN": "cụm công nghiệp", "KKT": "khu kinh tế",
    "UBKT": "Ủy ban Kiểm tra", "BDV": "Ban Dân vận", "BTGDV": "Ban Tuyên giáo và Dân vận", "CTr": "chương trình hành động",
    "KHKT": "khoa học kỹ thuật", "GV": "giáo viên", "CLB": "câu lạc bộ", "HS": "học sinh", "SV": "sinh viên", "DS": "danh sách", "NS": "ngân sách", "NSNN": "ngân sách nhà nước", "NSĐP": "ngân sách địa phương",
    "DA": "dự án", "TS": "tiến sĩ", "ThS": "thạc sĩ", "PGS": "phó giáo sư", "KP": "kinh phí", "LĐ": "lao động",
    "NN&MT": "nông nghiệp và môi trường", "NN và MT": "nông nghiệp và môi trường", "NNMT": "nông nghiệp và môi trường",
    # health and mass bodies as officers write them ("CDC tỉnh", "TTYT huyện", "ĐTN xã")
    "CDC": "Trung tâm Kiểm soát bệnh tật", "KSBT": "kiểm soát bệnh tật", "TTYT": "Trung tâm Y tế", "TYT": "Trạm Y tế",
    "ĐTN": "Đoàn Thanh niên", "HPN": "Hội Phụ nữ", "BĐVH": "Bưu điện văn hóa",
    # intellectual property and who judges it; health records ("hỗ trợ SHTT", "CDĐL", "NHTT", "HĐTĐ chấm", "HSSK")
    "SHTT": "sở hữu trí tuệ", "CDĐL": "chỉ dẫn địa lý", "NHTT": "nhãn hiệu tập thể", "HĐTĐ": "hội đồng thẩm định",
    "HSSK": "hồ sơ sức khỏe", "HSSKĐT": "hồ sơ sức khỏe điện tử",
    # ethnic minorities, public servants, public order ("hộ DTTS", "CBCC xã", "Cảnh sát QLHC về TTXH")
    "DTTS": "dân tộc thiểu số", "CBCC": "cán bộ, công chức", "QLHC": "quản lý hành chính",
    "TTXH": "trật tự xã hội",
    # school managers ("CBQL, GV")
    "CBQL": "cán bộ quản lý",
}
# folded ("ubnd", "gd&dt") -> full form, for text typed or compared without diacritics
FOLDED_ABBREVIATIONS = {fold(k): v for k, v in ABBREVIATIONS.items()}
ABBR_RE = re.compile(r"(?<![\w&/-])(" + "|".join(re.escape(a) for a in sorted(ABBREVIATIONS, key=len, reverse=True))
                     + r")(?![\w&/-])")


# the same abbreviations as users type them: "gd dt", "GD-ĐT", "gd va dt", "kh cn", "KH và CN"
_SPLIT_ABBR = re.compile(r"(?<![\w&/-])(gd|kh)\s*(?:&|-|\s|\s(?:và|va)\s)\s*(đt|dt|cn)(?![\w&/-])", re.I)
_SPLIT_PAIRS = {("gd", "dt"): ("GD&ĐT", "gd&dt"), ("kh", "cn"): ("KH&CN", "kh&cn")}


def user_abbreviations(text: str) -> str:
    """A question's abbreviations typed apart ("phong gd dt") in the form the documents write,
    with diacritics only if the question has them ("GD&ĐT", or "gd&dt" in a plain question)."""
    accented = has_diacritics(text)

    def one(m: re.Match) -> str:
        pair = _SPLIT_PAIRS.get((m.group(1).lower(), m.group(2).lower().replace("đ", "d")))
        return m.group(0) if pair is None else pair[0 if accented else 1]
    text = _CHAT_NHIEU.sub("bao nhiêu" if accented else "bao nhieu", text)      # "gồm bao nhiu thành viên", "phí bn"
    text = _PHONE_SAID.sub("số điện thoại", text)      # "… là ai, số máy?": a phone ("số mấy" asks which number)
    text = _PLAIN_DH.sub("dai hoc", text) if not accented else text          # "dh phu my dong": no syllable
    text = _CHAT_WORDS.sub(lambda m: _CHAT[m.group(0).lower()], text)       # "đc", "ko"
    text = _OFFICE.sub("Phòng " if accented else "phong ", text)              # "P.TC-KH", "P. GD&ĐT"
    text = _MINUTES.sub("biên bản" if accented else "bien ban", text)         # "BB nghiệm thu": the minutes
    text = _HECTARE.sub("ha", text)                                           # "bao nhiêu tiền một héc-ta": the text's "đồng/ha"
    text = _HOURS_ASKED.sub("bao nhiêu giờ" if accented else "bao nhieu gio", text)   # "báo trước mấy tiếng": hours, as texts write them
    text = _HOURS.sub(lambda m: f"{m.group(1)} {'giờ' if accented else 'gio'}", text)    # "trước 24 tiếng"
    text = _TERM.sub(lambda m: f"{'học kỳ' if accented else 'hoc ky'} {'I' * int(m.group(1)) if m.group(1).isdigit() else m.group(1).upper()}", text)   # "HK1"
    return one_spelling(_SPLIT_ABBR.sub(one, text))


_OFFICE = re.compile(r"(?<![\w.])P\.\s?(?=[A-ZĐ][A-ZĐ&-]+(?![\w&-]*[a-zđà-ỹ]))")      # a Phòng by its initials
_MINUTES = re.compile(r"(?i)(?<![\w&/-])BB(?=\s+(?:nghiệm thu|họp|kiểm tra|làm việc|hội nghị|nghiem thu|hop|kiem tra|lam viec|hoi nghi)(?!\w))")
# hours said "tiếng" (đồng hồ), never "tiếng Anh", "tiếng dân tộc", "tiếng nói"
_TONGUES = r"(?:dân|dan|mẹ|me|nói|noi|anh|việt|viet|pháp|phap|trung|nhật|nhat|hàn|han|nga|đức|duc|dao|mông|mong|tày|tay|thái|thai|khmer|chăm|cham)"
_TIENG = rf"\s+(?:tiếng|tieng)(?:\s+(?:đồng hồ|dong ho))?(?![\w&/-])(?!\s+(?:(?-i:[A-ZĐ])|{_TONGUES}(?!\w)))"   # "… tiếng (đồng hồ)", no language after
_HOURS_ASKED = re.compile(r"(?i)(?<![\w&/-])(?:mấy|bao nhiêu|may|bao nhieu)" + _TIENG)
_HOURS = re.compile(r"(?i)(?<![\w,./-])(\d{1,3})" + _TIENG)
_TERM = re.compile(r"(?i)(?<![\w&/-])hk\s?([12]|i{1,2})(?![\w&/-])")
_HECTARE = re.compile(r"(?i)(?<![\w-])h[eé]c[\s-]?ta(?![\w-])")
_CHAT = {"đc": "được", "dc": "duoc", "ko": "không", "k0": "không"}
_CHAT_WORDS = re.compile(rf"(?<![\w&/-])(?:{'|'.join(_CHAT)})(?![\w&/-])", re.I)
# i and y written either way in a few words ("tỉ lệ" / "tỷ lệ", "kĩ năng", "quản lí"), typed plain too:
# one form, so a question meets a document that spells them the other way (same length: offsets kept)
_SPELLINGS = {"tỉ": ("lệ", "đồng", "trọng"), "kĩ": ("năng", "thuật", "sư"), "mĩ": ("thuật",),
              "lí": ("do", "luận", "thuyết"), "ti": ("le",), "ki": ("nang", "thuat")}
_SPELLED = re.compile(r"(?<!\w)(" + "|".join(_SPELLINGS) + r")(?=\s+(\w+))", re.I)
_AFTER_LI = re.compile(r"(?<!\w)((?:quản|xử|địa|vật|tâm|hợp|sinh)\s+l)í(?!\w)", re.I)


def one_spelling(text: str) -> str:
    """ "Tỉ lệ" -> "Tỷ lệ", "ti le" -> "ty le", "quản lí" -> "quản lý": the y form of words written both ways."""
    def one(m: re.Match) -> str:
        w = m.group(1)
        if m.group(2).lower() not in _SPELLINGS[w.lower()]:
            return w
        y = {"ỉ": "ỷ", "ĩ": "ỹ", "í": "ý", "i": "y"}[w[1].lower()]
        return w[0] + (y.upper() if w[1].isupper() else y)
    return _AFTER_LI.sub(r"\1ý", _SPELLED.sub(one, text))


_CHAT_NHIEU = re.compile(r"(?<!\w)(?:bao nhiu|bn(?=\s*[?,.]|\s*$))(?!\w)", re.I)
_PHONE_SAID = re.compile(r"(?<!\w)số máy(?!\w)", re.I)
_PLAIN_DH = re.compile(r"(?<![\w&/-])dh(?![\w&/-])", re.I)


def expand_abbreviations(text: str, keep: bool = True) -> str:
    """ "Sở KH&CN" -> "Sở KH&CN khoa học và công nghệ" (keep=True, for the dense model) or
    "Sở khoa học và công nghệ" (keep=False, for BM25 and names: the segmenter would make "kh",
    "cn" of it)."""
    return ABBR_RE.sub(lambda m: f"{m.group(1)} {ABBREVIATIONS[m.group(1)]}" if keep else
                       ABBREVIATIONS[m.group(1)], text)


# a measure or a unit a figure is given in, folded ("3,6 tấn giống lúa", "1.500 con gà"; "giá 1 kg")
MEASURES = r"(?:kg|ky|ta|tan|ha|m2|km|lit|con|cay|chiec|cai|bo|hop|goi|chai|qua|lieu|cuon|quyen|suat|bua)"
# a contest's named rounds, folded -> as written ("vòng chung khảo"; answer/followup_kinds swaps one for another)
ROUNDS = {"so khao": "sơ khảo", "chung khao": "chung khảo", "so loai": "sơ loại", "ban ket": "bán kết", "chung ket": "chung kết",
          "tu ket": "tứ kết"}

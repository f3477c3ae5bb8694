"""Details a question asks for that a passage must write out to answer it — a person's name (of
the title asked), a document's number, a telephone number or an e-mail address to contact, a
time of day. A plan that says "liên hệ Phòng Văn hóa" without a
number cannot answer "số điện thoại liên hệ là số nào?", however many words they share; a
broadcast "02 lần mỗi tuần" does not answer "phát vào khung giờ nào?". Pure functions; the
question is read folded, a passage as written (asked_type.py and asked_when.py hold the other kinds)."""
from __future__ import annotations

import re
from functools import lru_cache

from ..text.letters import capitals
from ..text.normalize import fold

# "số điện thoại liên hệ", "đường dây nóng", "hotline", "địa chỉ thư điện tử / e-mail"
_ASK_CONTACT = re.compile(r"\b(?:so dien thoai|sdt|so dt|dien thoai (?:lien he|so may|la so nao)|duong day nong|hotline|"
                          r"dia chi (?:e-?mail|thu dien tu|hop thu)|(?<!loai )(?:e-?mail|thu dien tu) (?:la gi|nao|lien he)|goi (?:cho )?ai|goi so nao|"
                          r"^\s*(?:e-?mail|thu dien tu) (?:cua )?[^?]{3,60}? la gi\b|"     # "Email của Trạm Khuyến nông huyện là gì?"
                          r"^\s*(?:e-?mail|thu dien tu) (?:cua )?(?:ong|ba|dong chi|anh|chi)\b)\b")
# (not the thousands of a sum: "3.000.000 đồng")
# (a number of 9–11 digits from its 0, grouped any way — "0228 3 612 447", "0913.580.226" —, or a 1800/1900 line)
_PHONE = re.compile(r"(?<![\d/.,])(?:(?:\+?84|0)(?:[\s.]?\d){8,10}|(?:1800|1900)(?:[\s.]?\d){4,6})(?![\d/])")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

# "khung giờ nào", "mấy giờ", "lúc mấy giờ", "giờ nào": a time of day ("19 giờ 30", "20h00", "7:30")
_ASK_HOUR = re.compile(r"\b(?:khung gio|may gio|gio nao|luc may gio|thoi diem nao trong ngay)\b")
_CLOCK = r"(?<![\d/])\d{1,2}\s*(?:giờ|h(?=\d|\b))|(?<![\d/])\d{1,2}:\d{2}(?!\d)"
_HOUR = re.compile(_CLOCK + r"|\b(?:buổi )?(?:sáng|trưa|chiều|tối) (?:thứ|chủ nhật|hằng ngày|hàng ngày|các ngày)", re.I)

# "… kéo dài bao lâu?", "trong bao lâu": a length of time ("02 tháng", "từ ngày … đến ngày …"), not a date (nor "lần thứ bao nhiêu")
_ASK_DURATION = re.compile(r"\b(?:bao lau(?! (?:mot|1) lan)|may (?:ngay|thang|tuan|phut|giay)(?! nao\b)|(?<!lan thu )bao nhieu (?:ngay|thang|tuan|gio|phut|giay))\b")
_DURATION_TEXT = re.compile(r"\b\d+\s+(?:giay|phut|gio|ngay|ngay lam viec|tuan|thang|nam)\b(?!\s+\d)|\btu\s+(?:ngay\s+)?\d{1,2}[/.-]\d{1,2}.{0,40}?\bden\s+(?:het\s+)?(?:ngay\s+)?\d"
                            r"|\btu\s+thang\s+\d{1,2}.{0,30}?\bden\s+(?:het\s+)?thang\s+\d")
# how often, asked "bao lâu thì … một lần": "định kỳ hằng quý", "02 năm một lần"
_ASK_OFTEN = re.compile(r"\bbao lau\b.{1,80}\b(?:mot|1) lan\b")
_OFTEN_TEXT = re.compile(r"\bdinh ky\b|\b(?:hang|moi)\s+(?:ngay|tuan|thang|quy|nam|hoc ky)\b|\b(?:mot|\d+)\s+lan\b")


def asks_duration(question: str) -> bool:
    return _ASK_DURATION.search(fold(question).lower()) is not None    # (not "số mấy ngày nào": a number and a date)


def holds_duration(folded_text: str, question: str = "") -> bool:
    often = _ASK_OFTEN.search(fold(question).lower()) is not None
    return _DURATION_TEXT.search(folded_text) is not None or often and _OFTEN_TEXT.search(folded_text) is not None


def asks_contact(question: str) -> bool:
    return _ASK_CONTACT.search(fold(question).lower()) is not None


CONTACT_TEXT = re.compile(f"{_PHONE.pattern}|{_EMAIL.pattern}")


def holds_contact(text: str, email: bool | None = None) -> bool:
    """Whether text gives a telephone number or an e-mail address (only an e-mail address, or only
    a telephone number, when `email` says which is asked)."""
    return (email is not True and _PHONE.search(text) is not None) or (email is not False and _EMAIL.search(text) is not None)


# "link livestream là gì?", "đường dẫn đăng ký": a web address, which only a passage writing one gives
_ASK_LINK = re.compile(r"\b(?:link|duong link|duong dan)\b")
LINK_TEXT = re.compile(r"https?://|www\.|(?<![@\w.-])[\w-]+(?:\.[\w-]+)*\.(?:vn|com|net|org)\b(?!@)", re.I)   # (no e-mail address)


def asks_link(question: str) -> bool:
    return _ASK_LINK.search(fold(question).lower()) is not None


def holds_link(text: str) -> bool:
    return LINK_TEXT.search(text) is not None


def asks_email(question: str) -> bool | None:
    """True when a contact question asks an e-mail address, False a phone number, None either."""
    f = fold(question).lower()
    mail, phone = re.search(r"\be-?mail|thu dien tu|hop thu\b", f), re.search(r"\b(?:dien thoai|sdt|so dt|hotline|goi)\b", f)
    return None if bool(mail) == bool(phone) else bool(mail)


def asks_hour(question: str) -> bool:
    return _ASK_HOUR.search(fold(question).lower()) is not None


def holds_hour(text: str, question: str = "") -> bool:
    """Whether text gives a time of day (a clock time when "mấy giờ" is asked: "tối thứ Sáu" tells none)."""
    clock = re.search(r"\bmay gio\b", asked := fold(question).lower()) and not re.search(r"\bkhung gio\b", asked)
    return (re.search(_CLOCK, text, re.I) if clock else _HOUR.search(text)) is not None


# "Ai là Giám đốc …?": a person's name (not "Ai là đầu mối …?", a body; "ai ký …": answer/about_corpus.py)
_ASK_PERSON = re.compile(r"\b(?:ai la(?! (?:dau moi|co quan|don vi|thuong truc|noi)\b)|ai (?:duoc )?(?:cu |bo nhiem |phan cong )?(?:lam|giu) (?=chu tich|pho|truong|giam doc|bi thu|thu ky|uy vien|to truong|can bo)|(?:nguoi|ong|ba|dong chi|chi|anh)\s+(?:\w+\s+){0,2}?ten (?:la )?gi|ho (?:va )?ten|ten (?:cua )?(?:giam doc|chu tich|bi thu|truong|pho)|lien he (?:voi )?ai|(?:thay co|thay giao|co giao|giao vien|dong chi|nguoi|can bo|chuyen vien) nao(?! khac)|ai (?:se )?(?:phat bieu|trinh bay|dieu hanh|dan chuong trinh))\b")
# "Hội nghị sơ kết … Ai chủ trì?": the one who chairs a meeting is a person, not a body's task
MEETING_CHAIR = re.compile(r"\b(?:hoi nghi|cuoc hop|buoi (?:hop|kiem tra|lam viec|tong ket|so ket|gap mat)|phien hop|hoi thao|toa dam|dien dan|le)\b.{0,80}?"
                           r"\bai chu tri\b|\bai chu tri (?:hoi nghi|cuoc hop|buoi|phien hop|hoi thao|toa dam|dien dan|le)\b")      # ("buổi kiểm tra")
# (a middle name may be the one letter "A": "Vàng A Chu", "Giàng A Páo"; a list's or a table's: "Mùa A Dình, học sinh lớp 9A")
_PERSON_NAME = re.compile(capitals(r"(?:\b(?:Ông|Bà|ông|bà|[Đđ]ồng chí|[Đđ]/c)\s+|\n\s*(?:(?:GS|PGS|TS|ThS|BS|KS)\.\s?)*)[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s+(?:A|[A-ZĐÀ-Ỹ][a-zà-ỹđ]+)){1,3}\s*$|"
                          r"\b(?:Ông|Bà|ông|bà|[Đđ]ồng chí|[Đđ]/c|[Ee]m|[Tt]hầy|[Cc]ô|[Aa]nh|[Cc]hị|[Bb]ác sĩ|[Nn]hà báo|[Kk]ỹ sư|(?:GS|PGS|TS|ThS|BS|KS)\.)\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s+(?:A|[A-ZĐÀ-Ỹ][a-zà-ỹđ]+)){1,3}|"
                          r"[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s+(?:A|[A-ZĐÀ-Ỹ][a-zà-ỹđ]+)){1,3},\s+(?:học sinh|giáo viên|sinh viên|học viên|chuyên viên|cán bộ|nhân viên)\b"), re.M)

# ("… thì gọi ai?", "hỏi ai?", "liên lạc với ai?": a person to call, as a contact line names)
# (but "hoi ai" ends the question: "chi phí đưa đón đi ngày hội ai trả" asks who pays)
_WHOM_TO_CONTACT = re.compile(r"\b(?:(?:lien he|lien lac|phan anh) (?:voi |cho |ve )?|goi (?:dien )?(?:cho )?)ai\b|\bhoi ai\s*[?.!]*$")


def asks_whom_to_contact(question: str) -> bool:
    """ "Cần hỏi thêm thì liên hệ ai?": the person a letter's contact line names, wherever it stands."""
    return _WHOM_TO_CONTACT.search(fold(question).lower()) is not None


def asks_person(question: str) -> bool:
    f = fold(question).lower()      # (and "Chủ tịch UBND thị xã … tên là gì?": the holder of a title)
    return _ASK_PERSON.search(f) is not None or _TITLE_NAMED.search(f) is not None or MEETING_CHAIR.search(f) is not None \
        or _ASK_TITLE.search(f) is not None or _TITLE_FIRST.search(f) is not None


# "do đồng chí Chủ tịch Liên hiệp hội làm Trưởng ban": a person named by the office held
# (or a name after the office: "Phó Giám đốc Lương Thị Mai làm Phó Trưởng ban", not "Giám đốc Sở Y tế")
_OFFICE_HOLDER = re.compile(r"\b(?:đồng chí|đ/c|ông|bà)\s+(?:Phó\s+)?(?:Chủ tịch|Giám đốc|Bí thư|Trưởng|Hiệu trưởng|Chánh|Tổng)\b|"
                            r"\b(?:Giám đốc|Chủ tịch|Bí thư|Hiệu trưởng|Trưởng phòng|Trưởng ban|Trưởng khoa)\s+"
                            r"(?!(?:Sở|Ban|Phòng|Trung|Ủy|Uỷ|Hội|Trường|Viện|Bệnh|Công|Đài|Khoa|Văn|Liên|Đảng|Tỉnh|Huyện|Xã|UBND|HĐND)\b)"
                            r"[A-ZĐÀ-Ỹ][a-zà-ỹđ]+(?:\s+[A-ZĐÀ-Ỹ][a-zà-ỹđ]+){1,3}\b")


# "Tổ trưởng là Trưởng thôn …", "Trưởng ban là Phó Chủ tịch UBND huyện": a rule naming who holds a post
_POST_HELD = re.compile(r"(?<![\wÀ-ỹ])(?:(?:Tổ|Phó|Thư|Ủy|Uỷ)\s+)?(?:trưởng|phó|Trưởng|Phó|ký|viên)(?:\s+ban)?\s+là\s+"
                        r"(?:Phó\s+)?(?:Chủ tịch|Giám đốc|Bí thư|Trưởng|Hiệu trưởng|Chánh|Tổng|Tổ trưởng)(?![\wÀ-ỹ])")


def holds_person(text: str) -> bool:
    """Whether text (as written: names are capitalised) gives a person's name: "Ông Vũ Thành Long",
    a name alone on the last line of a signature block, or the office of the one meant ("đồng chí
    Chủ tịch Liên hiệp hội", "Tổ trưởng là Trưởng thôn")."""
    return _PERSON_NAME.search(text.rstrip()) is not None or _OFFICE_HOLDER.search(text) is not None \
        or _POST_HELD.search(text) is not None


# "Ban Giám khảo gồm những ai?", "thành phần gồm những ai": the members, which a passage gives
# after "gồm", "thành phần" or a role ("Trưởng ban: Bà …") — not one only naming the group
# ("Tổ … gồm / có những ai?"; not "Sở X có những ai được tặng Bằng khen?", which asks people)
_ASK_MEMBERS = re.compile(r"\bgom (?:nhung )?ai\b|\bco (?:nhung )?ai(?=\s*(?:[?.!,]|$))|\bthanh phan (?:gom |la |co )?(?:nhung )?(?:ai|gi)\b")
_MEMBERS_CUE = re.compile(r"(?i)(?<![\wÀ-ỹ])(?:gồm|thành phần|thành viên|trưởng ban|phó trưởng ban|ủy viên|uỷ viên|tổ trưởng|đại diện|"
                          r"tham dự|dự (?:hội nghị|cuộc họp|họp) có|(?:các )?đồng chí\s*:|chủ yếu là|trong đó có)(?![\wÀ-ỹ])")


def asks_members(question: str) -> bool:
    return _ASK_MEMBERS.search(fold(question).lower()) is not None


@lru_cache(maxsize=256)
def _members_group(question: str) -> re.Pattern | None:
    """The group whose members a question asks, as its first two words (folded), or None when it
    names none — or names the participants themselves ("thành phần dự gồm những ai")."""
    fq = fold(question).lower()
    if not (m := _ASK_MEMBERS.search(fq)) or len(fq) != len(question):
        return None
    # (the group named after the question's own frame: "Ở điểm cầu các xã thì thành phần dự gồm …")
    # ("thì" as typed: folded, "thi" is also the "thi" of "hội thi")
    group = re.findall(r"[a-z0-9]+", fold(re.split(r",|(?<![\wÀ-ỹ])thì(?![\wÀ-ỹ])", question[:m.start()].lower())[-1]).lower())[:2]
    if len(group) != 2 or group == ["thanh", "phan"]:
        return None
    return re.compile(r"(?<!\w)" + r"\s+".join(group) + r"(?!\w)")


def holds_members(text: str, question: str = "", heading: str = "") -> bool:
    """Members listed, of the group the question opens with ("Tổ giúp việc … gồm những ai?" is not
    answered by the Ban Chỉ đạo's members): its first two words written in the passage or its heading."""
    if (group := _members_group(question)) is not None and not group.search(fold(text + " " + heading).lower()):
        return False
    return _MEMBERS_CUE.search(text + "\n" + heading) is not None or group is not None and re.search(     # ("Báo cáo viên: TS. …")
        group.pattern + r"(?:\s+[a-z]+){0,2}\s*:", fold(text).lower()) is not None


# "… số mấy?", "số hiệu là gì?", "ký hiệu văn bản": a document's number
_ASK_NUMBER = re.compile(r"\b(?<!ky )(?:so may|so hieu|ky hieu|so van ban|mang so|so (?:quyet dinh|cong van|ke hoach)(?= la gi| nao))"
                         r"\b(?!\s+(?:lop|xa|ho|nguoi|lan|cuoc|buoi))")


def asks_number(question: str) -> bool:
    return _ASK_NUMBER.search(fold(question)) is not None


def holds_number(text: str, question: str = "") -> bool:
    """Whether text gives a document's number ("Số: 594/KH-UBND", "Kế hoạch số 31-KH/BTGĐUK") — or, asked
    a form's ("theo mẫu số mấy?"), the form's ("Mẫu số 03/VL")."""
    from ..text.refs import extract_refs
    form = re.search(r"\b(mau|bieu|phu luc)\s+so\s+(?:may|bao nhieu)\b", fold(question).lower())
    return bool(extract_refs(text)) or form is not None and re.search(rf"\b{form.group(1)}\s+(?:so\s+)?\d", fold(text).lower()) is not None


# "Ai là Giám đốc Sở …?" asks the Giám đốc, whom a "Phó Giám đốc" signature does not name
_TITLES = r"(?:giam doc|chu tich|bi thu|truong ban|truong phong|hieu truong|chanh van phong|tong bien tap|truong doan)"
_TITLE_NAMED = re.compile(rf"\b(?P<pho>pho\s+)?(?P<t>{_TITLES})\b.{{0,60}}\bten (?:la )?gi\b")
_ASK_TITLE = re.compile(rf"\b(?:ai la|ai (?:duoc )?(?:cu |bo nhiem |phan cong )?(?:lam|giu)|ten (?:cua )?)\s*(?P<pho>pho\s+)?(?P<t>{_TITLES})\b")
# "Trưởng ban Tổ chức Hội thi … là ông (bà) nào / là ai?": the title opening the question
_TITLE_FIRST = re.compile(rf"^\s*(?P<pho>pho\s+)?(?P<t>{_TITLES})\b[^?]{{0,90}}\bla (?:ong|ba|dong chi|ai)\b")


@lru_cache(maxsize=512)
def asked_title(question: str) -> str | None:
    """The title a "who is" question asks ("pho giam doc", "giam doc"), folded; None for none."""
    f = fold(question).lower()
    m = _ASK_TITLE.search(f) or _TITLE_FIRST.search(f) or _TITLE_NAMED.search(f)
    return None if m is None else ("pho " if m.group("pho") else "") + m.group("t")


# "Số điện thoại của Giám đốc Bảo tàng …": the contact of a title's holder, which another's line does not give
_CONTACT_OF = re.compile(rf"\b(?:dien thoai|email|e-mail|thu dien tu|lien he)\b.{{0,30}}?\bcua (?P<pho>pho\s+)?(?P<t>{_TITLES})\b")


@lru_cache(maxsize=512)
def contact_title(question: str) -> str | None:
    m = _CONTACT_OF.search(fold(question).lower())
    return None if m is None else ("pho " if m.group("pho") else "") + m.group("t")


def holds_title(title: str, folded_text: str) -> bool:
    """Whether text names that very title: "Giám đốc" but not only as "Phó Giám đốc", nor as the
    one signed for ("KT. GIÁM ĐỐC / PHÓ GIÁM ĐỐC": a deputy signs)."""
    before = r"(?<!kt\. )(?<!kt )(?<!tl\. )(?<!tuq\. )" + ("" if title.startswith("pho ") else r"(?<!pho )")
    return re.search(rf"{before}\b{re.escape(title)}\b", folded_text) is not None


# "những xã / trường / em nào …?", "danh sách … gồm những ai": the names, which a passage giving only
# how many ("06 trung tâm chưa có phòng máy") cannot give
_ASK_NAMES = re.compile(r"\b(?:cong ty|nha cung cap|hang) nao\b|\b(?:nhung|cac)\s+(?:em(?: hoc sinh)?|nha khoa hoc|truong|xa|thon|chi bo|hoc sinh|giao vien|doanh nghiep|ca nhan|"
                        r"tac gia|hop tac xa|dia phuong|huyen)\s+nao\b|\bdanh sach\b.*\bgom\b")
# "những em / học sinh / giáo viên nào": people, whom a school's or a team's name does not name
_ASK_PEOPLE = re.compile(r"\b(?:nhung|cac)\s+(?:em|hoc sinh|giao vien|ca nhan|tac gia|nha khoa hoc)\b")
_ASK_FIRM = re.compile(r"\b(?:cong ty|nha cung cap|hang|doanh nghiep) nao\b")
_FIRM = re.compile(capitals(r"(?i:công ty|doanh nghiệp|hợp tác xã|tập đoàn|hãng|nhà cung cấp)\s+(?:[A-ZĐÀ-Ỹ]|(?i:cổ phần|tnhh))|HTX\s+[A-ZĐÀ-Ỹ]"))
# ("Huyện ủy Kỳ Phong", "Đảng ủy xã Na Ngoi": a place's Party committee names the place)
_NAMED_UNIT = re.compile(capitals(r"(?i:xã|thôn|trường|em|huyện|chi bộ|phường|thị trấn|thành phố|thị xã|bản|tổ|tỉnh|thành|công ty|doanh nghiệp)(?:\s+(?i:ủy|uỷ)(?:\s+(?i:xã|phường|thị trấn))?)?\s+(?:[A-ZĐÀ-Ỹ]|[0-9])"))
_NAME_LIST = re.compile(capitals(r"[A-ZĐÀ-Ỹ][\wÀ-ỹ]*(?:\s+[A-ZĐÀ-Ỹ][\wÀ-ỹ]*)*\s*,\s*[A-ZĐÀ-Ỹ][\wÀ-ỹ]*"))


def asks_names(question: str) -> bool:
    return _ASK_NAMES.search(fold(question).lower()) is not None


def holds_names(text: str, question: str = "") -> bool:
    """Whether text (as written) names the ones meant: "xã Khe Nứa", "Trường THCS Cát Lũy", "em Lò
    Văn Tùng", a list of capitalised names ("(Hòn Chén, Bãi Dứa, Vạn Lộc)"), a person's name —
    only a person's, when people are asked for ("những em học sinh nào")."""
    if _ASK_PEOPLE.search(fold(question).lower()):
        return holds_person(text)
    if _ASK_FIRM.search(fold(question).lower()):          # ("bán cá cho công ty nào?": a firm's name, not a person's)
        return _FIRM.search(text) is not None
    return bool(_NAMED_UNIT.search(text) or _NAME_LIST.search(text)) or holds_person(text)


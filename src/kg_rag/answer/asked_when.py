"""When, where, from which source: whether a question asks for a date, a place or a source of
money, and whether a passage can give one (a passage without "tại", "ở" or "địa điểm" says no
place; one naming no budget or fund, no source). Pure functions over folded or written text."""
from __future__ import annotations

import re

from ..text.normalize import fold

# "… là ngày nào?", "khi nào", "thời hạn …", "hạn chót", "tần suất": a date, a deadline or a period
_ASK_WHEN = re.compile(r"\b(?:ngay nao|hom nao|thang may|ngay may|nam may|quy may|khi nao|bao gio|thoi gian nao|thoi diem nao|thang nao|nam nao|thoi han|han chot|han cuoi|"
                       r"han gui|han nop|den han|bao lau|tan suat|(?:nhung |cac )?moc(?: thoi gian)? nao|moc thoi gian)\b")
_WHEN_TEXT = re.compile(r"\d{1,2}\s*[/.-]\s*\d{1,2}\s*[/.-]\s*\d{4}|ngay\s+\d{1,2}\s+thang\s+\d{1,2}|"
                        r"thang\s+\d{1,2}(?:\s*/\s*\d{4}|\s+nam)|quy\s+(?:[ivx]{1,3}|\d)\b|nam\s+(?:hoc\s+)?(?:19|20)\d\d|"
                        r"\bhoc\s+ky\s+(?:[ivx]{1,3}|\d)\b|"
                        # a year under its column: "| Trường THCS X | 2027 |" read "Năm dự kiến đạt chuẩn: 2027"
                        r"(?i:\b(?:nam|thoi gian|thoi han)\b[^:|,;.]{0,40}:\s*(?:19|20)\d\d(?![\d/]))|"
                        r"\b(?:hang|hàng|dinh ky|moi)\s+(?:\d+\s+)?(?:tuan|thang|quy|nam|hoc ky)\b|\bngay\s+\d{1,2}\b|"
                        r"\d+\s+lan\s*/\s*(?:tuan|thang|quy|nam)\b|\b\d+\s+(?:ngay|tuan|thang|nam)\s*(?:/\s*|mot\s+)lan\b|"   # ("định kỳ 7 ngày/lần")
                        # a period: "trong thời hạn 15 ngày", "trong vòng 03 tháng", "10 ngày làm việc"
                        r"\btrong\s+(?:thoi han|vong|thoi gian)\s+\d+\s+(?:ngay|tuan|thang|nam)\b|"
                        r"\b\d+\s+(?:ngay|tuan|thang)\s+(?:lam viec|ke tu|tu ngay|sau khi)\b|"
                        # "có hiệu lực (kể) từ ngày ký / ban hành"
                        r"\btu ngay (?:ky|ban hanh)\b|"
                        # a milestone: "được thanh toán sau khi đề tài được nghiệm thu", "sau khi ký hợp đồng"
                        r"\bsau khi\s+(?:[a-z]+\s+){0,3}?(?:nghiem thu|ket thuc|hoan thanh|ky|thanh ly|phe duyet)\b")


# "ngày nào", "ngày cụ thể", "hôm nào": a day, which "trong tháng 6/2025", "quý I/2025" or "tuần đầu
# tháng 8" do not give (a deadline "trước ngày 15/10" does; "khi nào", "thời gian nào" take any date)
_ASK_DAY = re.compile(r"\b(?:(?<!han )(?<!thoi han )ngay (?:nao|may|cu the)|hom nao)\b")
_DAY_TEXT = re.compile(r"(?<![\d/.])\d{1,2}\s*[/.-]\s*\d{1,2}(?!\d)|\bngay\s+\d{1,2}\b|"
                       r"\b(?:thu\s+(?:hai|ba|tu|nam|sau|bay)|chu nhat|hang ngay|hang tuan)\b")


def asks_day(question: str) -> bool:
    return _ASK_DAY.search(fold(question).lower()) is not None


def holds_day(folded_text: str) -> bool:
    """Whether text (folded) gives a day: "24/5/2025", "ngày 10", "thứ Ba hằng tuần"."""
    return _DAY_TEXT.search(folded_text) is not None


# "… tổ chức ở đâu / tại địa điểm nào?": a place, which a passage without "tại", "ở" or "địa điểm"
# cannot give ("những nơi nào" is left out: it often asks for the recipients)
_ASK_PLACE = re.compile(r"\b(?:(?<!lay )(?<!huy dong )o dau(?! tu\b)|tai dau(?! tu\b)|(?:o |tai )(?:cho|noi) nao|dia diem nao|(?:o|tai) (?:hoi truong|phong hop|phong) nao|(?:hoi truong|phong hop) nao|dia diem (?:to chuc )?(?:la )?(?:o )?dau|dia chi (?:nao|o dau|la gi))\b")
# ("để tái đầu tư" is no "tại đâu")
# (or a venue named: "Điểm cầu chính: Hội trường tầng 3, Trụ sở …")
_VENUE = r"địa điểm|địa chỉ|điểm cầu|hội trường|phòng họp|trụ sở|nhà văn hóa|điểm trường|bể bơi|sân vận động|phòng tin học|phòng máy"
# ("Bản giấy gửi về Phòng Thi đua, Sở Nội vụ, tầng 3 …": where a file goes)
# ("… học trực tuyến": where a class or a meeting is held online)
_PLACE_TEXT = re.compile(rf"(?<!\w)(?:tại|ở|gửi về|nộp về|tầng \d+|{_VENUE}|(?:học|họp|thi|tổ chức) trực tuyến)(?!\w)", re.I)
_VENUE_TEXT = re.compile(rf"(?<!\w)(?:{_VENUE})(?!\w)", re.I)
# "người đó ở phòng nào?": a department, which "Phòng Giáo dục Trung học" names
_ASK_ROOM = re.compile(r"\b(?:o|tai|thuoc) phong nao\b")


# "Kinh phí … lấy từ đâu / từ nguồn nào?": a source of money, which a passage naming no budget,
# fund or source cannot give
_ASK_SOURCE = re.compile(r"\b(?:tu dau|tu nguon nao|nguon nao|(?:lay|huy dong) o dau)\b")
_SOURCE_TEXT = re.compile(r"\b(?:ngan sach|nguon|xa hoi hoa|kinh phi|tai tro|von)\b")


def asks_source(question: str) -> bool:
    """ "Kinh phí lấy từ đâu?" — not "Mô hình … xuất phát từ đâu?", which asks an origin, not money's source."""
    f = fold(question).lower()
    return (m := _ASK_SOURCE.search(f)) is not None and ("nguon" in m.group(0) or _SOURCE_TEXT.search(f) is not None
                                                         or re.search(r"\b(?:tien|chi phi)\b", f) is not None)


def holds_source(folded_text: str) -> bool:
    return _SOURCE_TEXT.search(folded_text) is not None


def asks_place(question: str) -> bool:
    return _ASK_PLACE.search(fold(question)) is not None


def holds_place(text: str, question: str = "") -> bool:
    """Whether text (as written) says where: "tại Hội trường …", "ở nhà văn hóa thôn", "Địa điểm: …"
    — or, asked "ở phòng nào", names a Phòng."""
    return _PLACE_TEXT.search(text) is not None or (
        _ASK_ROOM.search(fold(question).lower()) is not None and re.search(r"\bPhòng [A-ZĐ]", text) is not None)


def holds_venue(text: str) -> bool:
    """Whether text names the venue itself ("Địa điểm: …", "Hội trường tầng 2 …"), not only "tại"."""
    return _VENUE_TEXT.search(text) is not None


def asks_when(question: str) -> bool:
    return _ASK_WHEN.search(fold(question)) is not None


def holds_when(folded_text: str) -> bool:
    """Whether text (folded) gives a date, a deadline or a recurring period."""
    return _WHEN_TEXT.search(folded_text) is not None


def unsaid(question: str, texts: list[str]) -> str | None:
    """The label of the lines giving what a question asks when the passages found do not (folded):
    "dia diem" for "… họp ở đâu?" (none says where), "thoi gian" for "… đi ngày nào?" (none of the
    first three gives a day, where "- Thời gian: cả ngày thứ Năm, ngày 30/7" shares no word with it)."""
    if asks_place(question) and not any(holds_place(t) for t in texts):
        return "dia diem"
    if asks_day(question) and not any(holds_day(fold(t).lower()) for t in texts[:3]):
        return "thoi gian"
    return None


def labelled(label: str, text: str, context: str) -> bool:
    """Whether a passage is a line so labelled ("Thời gian: …"), or a place's under a heading so."""
    return label in fold(text[:30]).lower() or label == "dia diem" and label in fold(context).lower()

"""Rebuild paragraphs from text that was hard-wrapped (copied from a PDF, a fixed-width e-mail):
lines broken at 60–100 characters in the middle of sentences.

A document is hard-wrapped when most of its non-short lines end within a narrow band of lengths
under ~110 characters. Then a line that reaches that width and does not end a sentence goes on
in the next line — unless the next line starts something of its own (a heading, a list item or
"Điều 2.", a table row, "Nơi nhận", a signature line, an all-capitals line). Lines are joined by
replacing the line break with a space, so every offset stays where it was. A document wrapped
only in places is unwrapped block by block (lines between blank lines) by the same rules.
"""
from __future__ import annotations

import re

_STARTS_OWN = re.compile(r"^(?:[IVXL]{1,5}\s*[.\-–:](?:\s|$)|\d{1,2}(?:\.\d{1,2})*[.)](?:\s|$)|\(\w{1,2}\)|[a-zđ][).]\s"
                         r"|[-–+•·*]\s|Điều\s+\d|\||Nơi\s+nhận|Kính\s+gửi|K/?T\.?\s|T/?M\.?\s|Q\.\s|TL\.\s|Số\s*:"
                         r"|V/v\b|Căn cứ\s|Theo đề nghị|Xét đề nghị)")
_NUMBERED_TITLE = re.compile(r"^\d{1,2}(?:\.\d{1,2})*[.)]\s")
_ENDS = ".!?:…"
_NOTE_ENDS = re.compile(r"\((?:[Bb]an hành )?[Kk]èm theo [^()]*\)\s*$")          # ";" and "," go on: a wrapped clause list
MAX_WIDTH, MIN_LINES = 110, 5


def _caps(line: str) -> bool:
    """An all-capitals line is a heading or a header line ("II. NHIỆM VỤ", "KẾ HOẠCH"), not the
    end of a wrapped sentence (a lone "69-KL/TW." is not one)."""
    letters = [c for c in line if c.isalpha()]
    return len(line.split()) >= 2 and len(letters) >= 6 and sum(c.isupper() for c in letters) >= 0.8 * len(letters)


def wrap_width(lines: list[str]) -> int | None:
    """The width the text was wrapped at, or None when it was not hard-wrapped."""
    lens = sorted(len(l) for l in lines if len(l) >= 30 and not l.startswith("|"))
    if len(lens) < MIN_LINES:
        return None
    p90 = lens[int(0.9 * (len(lens) - 1))]
    band = sum(n >= 0.75 * p90 for n in lens)
    if p90 > MAX_WIDTH or band < 0.5 * len(lens):
        return None
    return p90


def dash_goes_on(last: str, line: str, width: int) -> bool:
    """A line opening with a dash that goes on the line above, which ran to the margin: "… lớp tập
    huấn ngày 10" over "- 11/3/2026 tại huyện" (a range), "… phụ trách văn hóa" over "- xã hội làm
    Tổ trưởng" (the second half of "văn hóa - xã hội"), not a list item."""
    last = last.rstrip()
    # (or it closes a bracket the line above opened: "… (qua công chức Văn hóa" over "- Xã hội) định kỳ …";
    # or it is the second half of an office's name: "… công chức Văn hóa" over "- Xã hội xã, điện thoại …")
    return len(last) >= 0.7 * width and (re.match(r"[-–]\s*\d", line) is not None and last[-1:].isdigit()
                                         or re.match(r"[-–]\s+[a-zđà-ỹ]", line) is not None and last[-1:].isalpha()
                                         or last.count("(") > last.count(")") and re.match(r"[-–]\s+[^()]+\)", line) is not None
                                         or _HALVES[0].search(last) is not None and _HALVES[1].match(line) is not None)


# the halves of the offices' names written "A - B" ("Văn hóa - Xã hội", "Tài chính - Kế hoạch", "Kinh tế - Hạ tầng")
_HALVES = (re.compile(r"(?<![\wÀ-ỹ])(?:Văn hóa|Tài chính|Kinh tế|Kế hoạch|Giáo dục|Lao động|Thông tin|Khoa học|Nông nghiệp|Tư pháp)$"),
           re.compile(r"[-–]\s+(?:Xã hội|Kế hoạch|Hạ tầng|Thể thao|Đào tạo|Tài chính|Thông tin|Thương binh|Du lịch|Truyền thông|"
                      r"Công nghệ|Hộ tịch|Môi trường)(?![\wÀ-ỹ])"))


def _goes_on(last: str, line: str, width: int) -> bool:
    """Whether `line` continues the sentence or paragraph that the wrapped line `last` began."""
    if dash_goes_on(last, line, width):
        return True
    # (a number alone ends the sentence the margin cut: "… từ 15 giờ 30 đến 17 giờ" over "00.")
    if re.fullmatch(r"\d{1,3}[.;,]?", line.strip()) and last.rstrip()[-1:].isalpha() and len(last.rstrip()) >= 0.7 * width:
        return True
    if _STARTS_OWN.match(line) or _caps(line) or _caps(last):
        return False
    end = last.rstrip()[-1]
    if _NOTE_ENDS.search(last):
        return False    # "… (Kèm theo Công văn số 362/SGDĐT-GDPT …)": an attachment's title ends there
    if end in "\"”" and _NUMBERED_TITLE.match(last) and line[0].isupper():
        return False    # "2. Tổ chức Tuần lễ "Em an toàn trên mạng"" over its paragraph: a title (structure.py)
    word = line.split()[0]
    if end in _ENDS:
        # a line that ran to the margin and ends a sentence: the paragraph usually goes on; after a
        # colon, a line starting lower-case goes on what it announces ("… email:" / "luattb.pgd@… trước ngày …")
        return end == "." and len(last) >= 0.93 * width and line[0].isupper() or \
            end == ":" and (len(last) >= 0.7 * width or len(last) + 1 + len(word) > width) and line[0].islower()
    # (or the line was broken early because the next word would not fit: "… của tỉnh" over
    # "(baocao.tinh.gov.vn); …", a long address; a word in brackets or quotes starting lower-case)
    return len(last) >= 0.7 * width or word.lstrip("(\"“'")[:1].islower() or len(last) + 1 + len(word) > width


def _block_width(block: list[str]) -> int | None:
    """The width one block (lines between blank lines) was wrapped at, in a document that is
    wrapped only in places (a report whose one section was pasted from a PDF): three or more
    lines, all but the last ending within a narrow band of 50–110 characters."""
    body = block[:-1]
    if len(block) < 3 or any(l.startswith("|") or _caps(l) for l in block):
        return None
    top = max(len(l) for l in body)
    # (a shorter line only where the next word would not have fitted on it)
    if not 50 <= top <= MAX_WIDTH or any(len(l) < 0.8 * top and len(l) + 1 + len(n.split()[0]) <= top
                                         for l, n in zip(body, block[1:])):
        return None
    return top


def _join(lines: list[str], width: int) -> list[str]:
    out: list[str] = []
    last = ""                                   # the last physical line appended
    for line in lines:
        if out and last and line and _goes_on(last, line, width):
            out[-1] += " " + line
        else:
            out.append(line)
        last = line
    return out


def unwrap(text: str) -> str:
    lines = text.split("\n")
    width = wrap_width(lines)
    if width is not None:
        return "\n".join(_join(lines, width))
    out: list[str] = []
    block: list[str] = []
    for line in lines + [""]:
        if line.strip():
            block.append(line)
            continue
        w = _block_width(block)
        out += _join(block, w) if w else block
        out.append(line)
        block = []
    return "\n".join(out[:-1])

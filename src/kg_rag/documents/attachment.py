"""A document issued with another attached after its signature: a decision "Ban hành kèm theo
Quyết định này Kế hoạch …" followed, after "Nơi nhận" and the signer, by the plan itself:

    Nơi nhận: …                         KT. CHỦ TỊCH / … / Hà Minh Quang
    ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
    KẾ HOẠCH
    Thực hiện Chương trình hành động số 21-CTr/TU …
    (Ban hành kèm theo Quyết định số 1386/QĐ-UBND ngày 14/4/2026 …)
    I. MỤC ĐÍCH, YÊU CẦU …

The attached plan is content, not recipients: `attachment_start` finds where it begins, so the
tail is read before it and its lines are read as body (its header lines as one frame block, its
type line and title as a heading)."""
from __future__ import annotations

import re

from ..text.columns import RECIPIENTS_LINE
from ..text.genre import HEADER_TYPE_WORDS

Line = tuple[int, int, str]

_MOTTO = re.compile(r"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM|ĐẢNG CỘNG SẢN VIỆT NAM")
_TYPE = re.compile(r"^(?:PHỤ LỤC|" + "|".join(map(re.escape, HEADER_TYPE_WORDS)) + r")\b(?:\s+[IVX\d]+)?\s*:?\s*$")
# ("(Ban hành kèm theo …)" alone on its line, or closing the title's line as a PDF's paragraphs join them)
_ATTACHED = re.compile(r"^\(?\s*(?:Ban hành )?[Kk]èm theo\b|\(\s*(?:[Bb]an hành )?[Kk]èm theo\b")
_TITLED = re.compile(r"^(?:PHỤ LỤC|Phụ lục|DANH SÁCH|DANH MỤC|Mẫu(?: số)? \d+|BIỂU|Biểu)\b")
LOOK = 8        # lines between the type line and its "(Ban hành kèm theo …)"


def attachment_start(lines: list[Line], body_from: int) -> int | None:
    """The index of the first line of a document attached after the tail, or None."""
    rec = next((i for i in range(body_from, len(lines)) if RECIPIENTS_LINE.match(lines[i][2].strip())), None)
    if rec is None:
        return None
    for i in range(rec + 1, len(lines)):
        l = lines[i][2].strip()
        attached = (_TYPE.match(l) or _TITLED.match(l)) and any(_ATTACHED.search(x[2].strip()) for x in lines[i + 1:i + 1 + LOOK])
        if attached or _MOTTO.search(l):
            j = i
            while j - 1 > rec and _upper(lines[j - 1][2]) and not lines[j - 1][2].lstrip().startswith(("-", "+")):
                j -= 1                      # the issuing body's lines above the motto
            return j
    return None


def attachment_header_end(lines: list[Line], att: int) -> tuple[int, int | None]:
    """(index of the attachment's type line, index of the last line of its title and "(kèm
    theo …)" note); (att, None) when it has no type line."""
    t = next((i for i in range(att, min(att + LOOK, len(lines))) if _TYPE.match(lines[i][2].strip())), None)
    if t is None:
        # no type line of its own: an appendix titled "PHỤ LỤC: DANH MỤC …", "Mẫu 01. …", or in capitals
        if not (_TITLED.match(lines[att][2].strip()) or _upper(lines[att][2])):
            return att, None
        return att, next((i for i in range(att, min(att + LOOK, len(lines))) if ")" in lines[i][2]
                          and any(_ATTACHED.search(x[2].strip()) for x in lines[att:i + 1])), att)
    end = t
    for i in range(t + 1, min(t + 1 + LOOK, len(lines))):
        end = i
        if ")" in lines[i][2] and any(_ATTACHED.search(x[2].strip()) for x in lines[t + 1:i + 1]):
            break
    else:
        end = t + 1 if t + 1 < len(lines) else t        # no note: the type line and one title line
    return t, end


def _upper(line: str) -> bool:
    return line.upper() == line and any(c.isalpha() for c in line)


def attachment_title(heading: str) -> str:
    """The attached document's type line and title as one line, without its "(Ban hành kèm theo …)"
    note: the section its passages sit under ("QUY CHẾ Tổ chức Hội thi …", "PHỤ LỤC DANH SÁCH …")."""
    one = " ".join(heading.split())
    m = _ATTACHED.search(one)
    return one[:m.start()].rstrip(" (") if m and m.start() > 0 else one

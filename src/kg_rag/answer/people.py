"""The people the documents name that a question names: "số điện thoại của hiệu trưởng Lê Thị
Thanh Hương" is not answered by another person's contact line (answer/signals.py)."""
from __future__ import annotations

import re

from ..snapshot import Snapshot
from ..text.letters import capitals
from ..text.normalize import fold

_PERSON = re.compile(capitals(r"(?:\b(?:Ông|Bà|ông|bà|[Đđ]ồng chí|[Đđ]/c|[Tt]hầy|[Cc]ô|[Kk]ỹ sư|[Bb]ác sĩ|[Tt]hạc sĩ|[Tt]iến sĩ)\s+|^[ \t]*)((?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]*[ \t]+){2,3}[A-ZĐÀ-Ỹ][a-zà-ỹđ]+)\b(?!,?\s*ngày)"), re.M)     # (not "Vĩnh Khê Hạ, ngày 08 tháng 4 …": the place)

_BODY_HEADS = {"Sở", "Phòng", "Ban", "Hội", "Trường", "Trung", "Ủy", "Uỷ", "Huyện", "Tỉnh", "Xã", "Thành", "Chi", "Đảng",
               "Bệnh", "Thư", "Liên", "Hợp", "Cục", "Viện", "Trạm", "Báo", "Công", "Văn", "Tổ", "Đội", "Cụm"}


def people_named(snap: Snapshot, question: str) -> list[str]:
    """The people the documents name (after "Ông", "Bà", "đồng chí", or alone on a line as signers
    are) that a question names, folded ("le thi thanh huong")."""
    # (not a body's name alone on its line, "Sở Công Thương" heading its tasks: no one's surname is a body's head)
    people = snap.memo("people", lambda: {fold(m.group(1)).lower() for d in snap.documents.values()
                                          for m in _PERSON.finditer(d.text) if m.group(1).split()[0] not in _BODY_HEADS})
    asked = spaced_words(question)
    return [p for p in people if f" {p} " in asked]


def spaced_words(text: str) -> str:
    """The folded words of a text between spaces (" le thi thanh huong "): a name is found whole in it."""
    return f" {' '.join(re.findall(r'[a-z0-9]+', fold(text).lower()))} "

"""Who a line of an assignment names before its work, other than a body: a person ("Đồng chí Trần Thị
Kim Oanh, Phó Bí thư …", given work only when put in charge of it), and a heading naming whose duties
follow ("Nhiệm vụ của Ban Chỉ đạo:", "3. Đối với Phòng GD&ĐT các huyện", "5. Đề nghị Ủy ban MTTQ xã và …:", a
contract's "1. Bên A (Sở Khoa học và Công nghệ)"; "1. Ủy ban nhân dân các xã được giao kinh phí có trách nhiệm:")."""
from __future__ import annotations

import re

from ..text.letters import capitals


_PERSON_LEAD = re.compile(capitals(r"^(?:Ông|Bà|Đồng chí|Đ/c|Thầy|Cô)\s+(?=(?:[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s+){1,3}[A-ZĐÀ-Ỹ][\wÀ-ỹ]*\s*(?:,|$))"))


def person_name(actor: str) -> str:
    """A person given work is named by name ("Đồng chí Trần Thị Kim Oanh, Phó Bí thư …" -> "Trần Thị
    Kim Oanh"; "Cô Hoàng Thị Mai, Thư ký hội đồng" -> "Hoàng Thị Mai"); any other actor as it is."""
    return actor[m.end():].split(",")[0].strip() if (m := _PERSON_LEAD.match(actor)) else actor


IN_CHARGE = re.compile(r"(?i)\b(?:phụ trách|chịu trách nhiệm|chủ trì|chỉ đạo)\b")    # a comrade named is an actor only so
DUTIES_OF = re.compile(r"^(?:(?P<tail>(?=[^:]{3,120}\s(?:có|chịu)\s+(?:trách nhiệm|nhiệm vụ)\s*:\s*$))|(?:(?:Nhiệm vụ|Trách nhiệm|Nhiệm vụ, quyền hạn|Nhiệm vụ và quyền hạn)\s+(?:của|đối với)|Đối với|"
                       r"(?:Đề nghị|Giao)(?=\s.+:\s*$))\s+"      # ("5. Đề nghị Ủy ban MTTQ xã và các đoàn thể (…):" › its bullets)
                       r"|(?P<party>Bên\s+[A-ZĐ]\s*\(\s*))"       # (a contract's party: "1. Bên A (Sở Khoa học và Công nghệ)")
                       r"(?P<who>.+?)(?(party)\s*\))"       # (a công văn's "3. Đối với Phòng GD&ĐT các huyện" too)
                       r"(?(tail),?\s+(?:(?:được|là)\s[^:]{0,60}?,?\s+)?(?:có|chịu)\s+(?:trách nhiệm|nhiệm vụ))\s*:?\s*$")

"""Character classes of Vietnamese text for regular expressions.

"[A-ZĐÀ-Ỹ]" reads like "a capital letter" but the range À-Ỹ spans the small letters between them
("đ", "ư", "ạ" …): "bản đạt" would name a "bản Đạt". `CAP` holds the capitals only.
"""
from __future__ import annotations

CAP = "[A-Z" + "".join(c for c in map(chr, range(0xC0, 0x1EFA)) if c.isupper() and c.isalpha()) + "]"


def capitals(pattern: str) -> str:
    """A pattern written with "[A-ZĐÀ-Ỹ]" for a capital letter, made to mean one."""
    return pattern.replace("[A-ZĐÀ-Ỹ]", CAP)

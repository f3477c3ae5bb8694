"""Task tables ("STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành"): which
cell of a row holds the task, the actor, the partners and the deadline, read from the header's
column names; and an actor cell that names its partners itself ("Hội X phối hợp với Sở Y")."""
from __future__ import annotations

import re

from ..text.normalize import fold
from .actors import bodies, clean_actor

_COLUMNS = {"task": ("nhiem vu", "noi dung", "cong viec", "hoat dong"),
            "actor": ("chu tri", "thuc hien", "phu trach", "trach nhiem"),
            "partners": ("phoi hop",),
            "deadline": ("thoi gian", "thoi han", "tien do", "han hoan thanh")}


def row_fields(columns: tuple[str, ...], text: str) -> dict[str, tuple[int, int]]:
    """For a table row (its text "| 1 | Nâng cấp … | Sở … |" and its header's column names):
    field -> span of that cell in `text` ("task", "actor", "partners", "deadline")."""
    spans, pos = [], 0
    inner = text.strip()
    for cell in inner.strip("|").split("|"):
        i = text.index(cell, pos)
        s, e = i + len(cell) - len(cell.lstrip()), i + len(cell.rstrip())
        spans.append((s, e))
        pos = i + len(cell)
    out: dict[str, tuple[int, int]] = {}
    for name, span in zip(columns, spans):
        f = fold(name)
        for field, keys in _COLUMNS.items():
            # ("Khoa/Phòng thực hiện", "Người phụ trách" name the actor; "Thời gian thực hiện" the deadline)
            if field not in out and any(k in f for k in keys) and not (field == "actor" and re.search(
                    r"phoi hop|thoi gian|thoi han|kinh phi|ket qua|san pham|noi dung|nhiem vu|cong viec", f)):
                out[field] = span
                break
    return out


_CELL_PARTNERS = re.compile(r"\s*,?\s+phối hợp(?: chặt chẽ)? với\s+")


def actor_cell(text: str) -> tuple[str, tuple[str, ...]]:
    """The lead and the partners an actor cell names: "Hội Khuyến học tỉnh phối hợp với Sở Giáo dục
    và Đào tạo" -> ("Hội Khuyến học tỉnh", ("Sở Giáo dục và Đào tạo",))."""
    lead, *rest = _CELL_PARTNERS.split(text, maxsplit=1)
    return clean_actor(lead), (bodies(rest[0]) if rest else ())

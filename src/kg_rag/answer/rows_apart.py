"""Two things a question names that a table gives only in different rows: "Bà Đinh Thị Ngát tiếp
công dân ngày 12/3 ở đâu?" of a schedule whose 12/3 row names another officer — no row answers it.
answer/signals.py counts it as something the documents miss."""
from __future__ import annotations

import re
from typing import Callable

from ..text.normalize import fold
from ..types import Hit
from .named import mentioned


def apart_in_rows(question: str, things: list[str], hits: list[Hit], doc_words: Callable[[Hit], str]) -> bool:
    """Whether two or more `things` are written only in the table rows among `hits`, never all in
    one row, while no other passage found nor any of their documents' own words names them. A
    question joining them ("thứ 3 và thứ 5", "xã A hoặc xã B") asks of several rows, and is not."""
    rows = [fold(h.chunk.index_text) for h in hits if h.chunk.kind == "row"]
    if len(things) < 2 or not rows or re.search(r"(?<!\w)(?:va|hoac)(?!\w)", fold(question).lower()):
        return False
    others = [fold(h.chunk.index_text) for h in hits if h.chunk.kind != "row"] + [fold(doc_words(h)) for h in hits]
    only = [t for t in things if not any(mentioned(t, o) for o in others) and any(mentioned(t, r) for r in rows)]
    return len(only) >= 2 and not any(all(mentioned(t, r) for t in only) for r in rows)

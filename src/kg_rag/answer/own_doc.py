"""A date or a figure asked of a directive the question names ("chương trình 14 yêu cầu thay đèn LED
xong trước ngày nào?") is the named directive's own, when one of its passages gives it — not that of
a plan implementing it, whose table repeats the task with the plan's own deadline."""
from __future__ import annotations

import re

from ..search.retrieve import Query
from ..snapshot import Snapshot
from ..text.normalize import fold
from ..text.user_refs import parse_user_refs
from ..types import Hit
from .asked_type import asked_quantity
from .holds import asked_kind
from .named import named_things
from .signals import answers

_OWN_KINDS = {"day", "when"}      # (and any quantity: a number of things, money, a percent)
LOOK = 8                           # the named directive's passages weighed, as ranked
# ("Tổng kinh phí KH triển khai NQ 27 …": a document implementing the one named is asked about — not
# "… xây dựng KH thực hiện CTr 14 xong trước ngày nào?", a task the named one sets)
_CARRY_OUT = r"(?:trien khai|thuc hien|cu the hoa|huong dan)\s*$"
_IMPLEMENTING = re.compile(rf"\b{_CARRY_OUT}")
_TO_BUILD = re.compile(rf"\b(?:xay dung|ban hanh)\s+(?:\w+\s+){{0,2}}{_CARRY_OUT}")


def own_hits(snap: Snapshot, query: Query, hits: list[Hit], named: set[str]) -> list[Hit]:
    """`hits` kept to the named directives' own passages when one of them gives the kind asked;
    `hits` as they are otherwise."""
    kind = asked_kind(query)
    if not named or kind is None or kind not in _OWN_KINDS and asked_quantity(query.text) is None \
            or implementing_asked(query.text):
        return hits
    own = [h for h in hits if h.chunk.source in named]
    things = named_things(query.text)
    if any(answers(snap, query, h, kind, things, h.chunk.source) for h in own[:LOOK]):
        return own
    return hits


def implementing_asked(question: str) -> bool:
    """Whether a directive is named as what the document asked about implements ("KH triển khai NQ 27")."""
    return any(_IMPLEMENTING.search(b := fold(question[:r.start]).lower()) and not _TO_BUILD.search(b)
               for r in parse_user_refs(question))

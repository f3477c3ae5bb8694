"""The body a question opens with, written out in full ("Trường Mầm non Phước Hòa phải …?"), which
some passage must name for the question to be answered (answer/signals.py)."""
from __future__ import annotations

import re

from ..text.normalize import fold, has_diacritics
from .named import body_span


# a body's head word(s), followed by a capitalised word of its name ("Trung tâm Văn hóa …")
_BODY_HEADS = ("Trường", "Phòng", "Sở", "Hội", "Ban", "Đoàn", "Viện", "Trạm", "Cục", "Đài", "Trung tâm", "Hội đồng",
               "Ủy ban", "Văn phòng", "Bệnh viện", "Thư viện", "Hợp tác xã", "Liên đoàn", "Chi cục", "Hội Liên hiệp")


def subject_body(question: str) -> tuple[str, ...]:
    """The folded words of the body a question opens with ("Trường Mầm non Phước Hòa phải …"), when
    written out in full (no abbreviation) and long enough to name one body; () otherwise."""
    span = body_span(question) if has_diacritics(question) else None
    if span is None or span[0] > 0:
        return ()
    typed = re.findall(r"[\wÀ-ỹ]+", question[span[0]:span[1]])
    # the name runs while its words are capitalised, or one lower-case word leads to a capitalised
    # one ("Trường Mầm non Phước Hòa"); two lower-case words in a row are the question going on
    end = next((i for i, w in enumerate(typed) if not w[:1].isupper()
                and (i + 1 == len(typed) or not typed[i + 1][:1].isupper())), len(typed))
    typed = typed[:end]
    head = max((len(h.split()) for h in _BODY_HEADS if typed[:len(h.split())] == h.split()), default=0)
    if not head or len(typed) < max(3, head + 1) or not typed[head][:1].isupper() \
            or any(w.isupper() and len(w) > 1 for w in typed):
        return ()
    return tuple(fold(w).lower() for w in typed)

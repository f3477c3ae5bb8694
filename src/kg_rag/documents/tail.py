"""The tail of a directive: the signature ("T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ / (Đã ký) / Lê Văn
Tường") and the recipients ("Nơi nhận: - …; - Lưu VT."), in either order — a two-column page
exported to text puts either first — so neither is ever read as content or as a task."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..text.columns import unfold
from .tail_columns import split_tail

Line = tuple[int, int, str]

_RECIPIENTS = re.compile(r"^Nơi\s+nhận\s*:?\s*(?P<rest>.*)$", re.I)
_SIGN_TITLE = re.compile(r"^(?:K/?T\.?|T/?M\.?|TM\.|KT\.|Q\.|TL\.|TUQ\.)?\s*[A-ZĐÀ-Ỹ /.]+$")
_SIGNED = re.compile(r"^[(\[]?\s*(?:đã\s+ký|ký|ký tên|ký,? (?:ghi rõ họ tên|đóng dấu)|ký và đóng dấu|"
                     r"đã ký và đóng dấu)[^)\]]*[)\]]?$", re.I)
# (an academic title may precede it: "PGS.TS. Bùi Đức Thịnh")
# (a middle name may be the one letter "A": "Vàng A Dính", "Giàng A Páo"; a rank may precede it: "Đại tá Khổng Văn Tiệp")
_PROPER_NAME = re.compile(r"^(?:(?:Đại|Thượng|Trung|Thiếu) (?:tướng|tá|úy) )?(?:(?:GS|PGS|TS|ThS|BS|KS|NGƯT|NGND)\.\s?)*[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s(?:(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+|A)\s){0,4}[A-ZĐÀ-Ỹ][a-zà-ỹđ]+$")
_BULLET = re.compile(r"^[-·•+–*]\s*(?P<rest>\S.*)$")
_KEPT = re.compile(r"^[-·•+–*]?\s*Lưu\b")       # "- Lưu: VT, KGVX.": the list's last line
TAIL_SCAN = 40


@dataclass
class Tail:
    start: int                                       # index of the first tail line (= end of body)
    signer: str = ""
    signer_title: str = ""
    signature: tuple[int, int] | None = None         # line range [a, b)
    recipients: tuple[str, ...] = ()
    recipients_span: tuple[int, int] | None = None   # line range [a, b)
    names: list = field(default_factory=list)
    start_char: int = 1 << 62                        # where the tail starts in the text
    signature_chars: tuple[int, int] | None = None   # [start, end) in the text
    recipients_chars: tuple[int, int] | None = None


def _block(lines: list[Line], lo: int, k: int) -> int | None:
    """Where the signer block ending with the name on line `k` starts: its title lines and "(Đã ký)"
    above the name; None when there are none."""
    i = k
    while i - 1 >= lo and _SIGNED.match(lines[i - 1][2].strip()):
        i -= 1
    titles = i
    while titles - 1 >= lo and _SIGN_TITLE.match(lines[titles - 1][2].strip()) \
            and not lines[titles - 1][2].lstrip().startswith("-") and len(lines[titles - 1][2]) < 60 \
            and not _RECIPIENTS.match(lines[titles - 1][2]):
        titles -= 1
    return titles if titles < i or i < k else None


def _signature(lines: list[Line], lo: int) -> tuple[int, int] | None:
    """The last signer block after `lo`: title lines, an optional "(Đã ký)", a person's name — with
    the block of a second signer right before it (a joint plan signed by two Sở)."""
    for k in range(len(lines) - 1, max(lo, len(lines) - TAIL_SCAN) - 1, -1):
        if not _PROPER_NAME.match(lines[k][2].strip()):
            continue
        if (a := _block(lines, lo, k)) is not None:      # a name with a title or "(Đã ký)" above it
            if a - 1 > lo and _PROPER_NAME.match(lines[a - 1][2].strip()) and (b := _block(lines, lo, a - 1)) is not None:
                a = b
            return a, k + 1
        if k == len(lines) - 1 and k > lo:       # a bare name on the very last line
            return k, k + 1
    return None


def read_tail(lines: list[Line], body_from: int) -> Tail:
    """The tail after `body_from`, its two columns read one after the other (text/columns.py)."""
    z = max(body_from, len(lines) - TAIL_SCAN)
    zone = unfold(lines[z:])
    lines = lines[:z] + (zone if zone != lines[z:] else split_tail(zone))   # (or written without a gap)
    t = Tail(start=len(lines))
    rec = next((i for i in range(body_from, len(lines)) if _RECIPIENTS.match(lines[i][2])), None)
    sig = _signature(lines, rec if rec is not None and rec > len(lines) - TAIL_SCAN else max(body_from, len(lines) - TAIL_SCAN))
    if sig is None and rec is not None:
        sig = _signature(lines, max(body_from, rec - TAIL_SCAN))
    if sig is not None:
        a, b = sig
        t.signature = sig
        names = [k for k in range(a, b) if _PROPER_NAME.match(lines[k][2].strip())]
        t.signer = ", ".join(lines[k][2].strip() for k in names)
        t.signer_title = " ".join(l.strip() for k, (_, _, l) in enumerate(lines[a:b], start=a)
                                  if k not in names and not _SIGNED.match(l.strip())).strip()
    if rec is not None:
        stop = sig[0] if sig is not None and sig[0] > rec else len(lines)
        if stop == len(lines):          # nothing after the list but what follows "Lưu": an appendix
            stop = next((i + 1 for i in range(rec + 1, stop) if _KEPT.match(lines[i][2].strip())
                         and i + 1 < stop and not _BULLET.match(lines[i + 1][2].strip())
                         and not any(_SIGNED.match(l.strip()) for _, _, l in lines[i + 1:i + 6])), stop)   # (nor a signer)
        names: list[str] = []
        first = _RECIPIENTS.match(lines[rec][2]).group("rest").strip()
        if first:
            names.append(first)
        for _, _, l in lines[rec + 1:stop]:
            b = _BULLET.match(l.strip())
            if b or not names:
                names.append((b.group("rest") if b else l).strip())
            else:
                names[-1] = names[-1] + " " + l.strip()
        t.recipients = tuple(n.strip().rstrip(",;.") for n in names if n.strip(" ,;."))
        t.recipients_span = (rec, stop)
    t.start = min(x for x in (rec, sig[0] if sig else None, len(lines)) if x is not None)
    span = lambda a, b: (min(l[0] for l in lines[a:b]), max(l[1] for l in lines[a:b]))
    if t.start < len(lines):
        t.start_char = min(l[0] for l in lines[t.start:])
    t.signature_chars = span(*t.signature) if t.signature else None
    t.recipients_chars = span(*t.recipients_span) if t.recipients_span else None
    return t

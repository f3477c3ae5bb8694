"""Questions that rank the rows of a table: "Thôn nào có tỷ lệ phổ cập kỹ năng số cao nhất?",
"Đơn vị nào tổ chức ít lớp nhất?". The answer is the row whose figure, in the column the question
names, is the largest (smallest) — read off the table, not guessed from shared words (a row
"Thôn Thống Nhất" shares "nhất" with every such question). Pure functions over the rows."""
from __future__ import annotations

import re

from ..search.coverage import BECAUSE
from ..snapshot import Snapshot
from ..text.normalize import fold
from ..types import Chunk, Hit
from .compose import Pick

# ("khối nào học nhiều tiết STEM nhất": the thing ranked between the two words)
_MOST = re.compile(r"(?<!\w)(cao|nhieu|lon|tot|thap|it|nho|kem)(?: [a-z]+){0,5}? nhat(?!\w)")
_HIGH = {"cao", "nhieu", "lon", "tot"}
_WHICH = re.compile(r"(?<!\w)nao(?!\w)")
# the rows that sum the others up ("Cộng", "Tổng số", "Toàn xã") are no row to rank
_TOTAL = re.compile(r"^(?:cong|tong|toan (?:xa|huyen|tinh|truong)|chung|tinh chung|binh quan|trung binh)\b")
_NUMBER = re.compile(r"^\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*%?\s*$")
_WORD = re.compile(r"[a-z0-9]+")


def number(cell: str) -> float | None:
    """ "1.012" -> 1012, "55,9" -> 55.9, "89,0%" -> 89.0; None for anything else."""
    m = _NUMBER.match(cell)
    if not m:
        return None
    return float(m.group(1).replace(".", "") + (f".{m.group(2)}" if m.group(2) else ""))


def cells(row: str) -> list[str]:
    return [c.strip() for c in row.strip().strip("|").split("|")]


def pick_column(columns: list[str], question: str, rows: list[list[str]]) -> int | None:
    """The column (past the first, which names the row) that the question names most fully — the
    share of its name's words the question writes — among those holding a figure in most rows."""
    asked = set(_WORD.findall(question))
    best, best_score = None, (0.0, 0)
    for i, name in enumerate(columns[1:], start=1):
        words = set(_WORD.findall(fold(name).lower()))
        figures = sum(number(r[i]) is not None for r in rows if i < len(r))
        if not words or figures < max(2, 2 * len(rows) // 3):
            continue
        score = (len(words & asked) / len(words), len(words & asked))
        if score[0] >= 0.5 and score > best_score:
            best, best_score = i, score
    return best


def ranked_row(rows: list[list[str]], column: int, highest: bool) -> int | None:
    """The index of the row with the largest (smallest) figure in `column`, not a total's; None on a tie."""
    values = [(number(r[column]), i) for i, r in enumerate(rows)
              if column < len(r) and not _TOTAL.match(fold(r[0]).lower().strip())]
    values = [(v, i) for v, i in values if v is not None]
    if len(values) < 2:
        return None
    values.sort(reverse=highest)
    return None if values[0][0] == values[1][0] else values[0][1]


def _table(snap: Snapshot, chunk: Chunk) -> list[Chunk]:
    """The rows of the table `chunk` belongs to (same document, heading and columns), in order."""
    def rows() -> list[Chunk]:
        out = [snap.view.chunk(r) for r in snap.view.rows_of(chunk.source)]
        return [c for c in out if c.kind == "row" and c.context == chunk.context]
    return snap.memo(("table", chunk.source, chunk.context), rows)


def extreme_row(snap: Snapshot, question: str, hits: list[Hit]) -> Pick | None:
    """For "<X> nào … cao / thấp / nhiều / ít nhất?", the row of the first table among the top
    passages that ranks first in the column asked about; None when no table answers it."""
    f = fold(question).lower()
    m = _MOST.search(f)
    if not m or not _WHICH.search(f):
        return None
    # (a sentence writing the ranking itself — "Xã Tủa Thàng có tỷ lệ … thấp nhất (98,4%)" — answers as written)
    asked = set(_WORD.findall(f)) - {"nao", "nhat", "co", "la", "gi", "ly", "do"}
    # ("Vậy hạn … là khi nào?" after "… ít nhất mấy sáng kiến": no ranking asked — "nào" comes first in one)
    for h in hits[:3] if _WHICH.search(f[:m.start()]) else ():
        for s, e, _ in snap.units(h) if h.chunk.kind != "row" else ():
            said = fold(h.chunk.text[s:e]).lower()
            if re.search(rf"(?<!\w){m.group(1)} nhat(?!\w)", said) and len(asked & set(_WORD.findall(said))) >= len(asked) / 2:
                return Pick(h, s, e, 1.0)
    for h in hits[:5]:
        if h.chunk.kind != "row" or " | " not in h.chunk.context:
            continue
        table = _table(snap, h.chunk)
        rows = [cells(c.text) for c in table]
        column = pick_column(h.chunk.context.rsplit(" | ", 1)[1].split("; "), f, rows)
        if column is None:
            continue
        if (i := ranked_row(rows, column, m.group(1) in _HIGH)) is not None:
            # ("…, nguyên nhân do đâu?": the sentence giving that row's reason, when one does)
            why = _reason_for(snap, rows[i], hits) if _REASON.search(f) else None
            return why or Pick(Hit(table[i], h.score), 0, len(table[i].text), 1.0)
    return None


_REASON = re.compile(r"(?<!\w)(?:nguyen nhan|ly do|vi sao|tai sao|do dau)(?!\w)")


def _reason_for(snap: Snapshot, row: list[str], hits: list[Hit]) -> Pick | None:
    """A sentence of the top passages naming the row ("Khuổi Lừa") and saying why ("… do …", "… vì …")."""
    names = [n for c in row if re.search(r"[a-z]{2}", n := fold(c).lower().strip())]
    for h in hits[:5]:
        for s, e, _ in snap.units(h) if h.chunk.kind != "row" else ():
            said = fold(h.chunk.text[s:e]).lower()
            if any(n in said for n in names) and re.search(rf"(?<!\w)(?:{BECAUSE})(?!\w)", said):
                return Pick(h, s, e, 1.0)
    return None

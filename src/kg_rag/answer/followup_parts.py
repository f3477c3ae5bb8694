"""Follow-ups swapping one part of what was asked:

* the thing a rate is of: "Tỷ lệ cận thị ở Trường X là bao nhiêu?" + "Còn sâu răng thì sao?" asks
  "Tỷ lệ sâu răng ở Trường X là bao nhiêu?" — not the first question with "sâu răng" tacked on its
  end, which counts "sâu răng" and finds no number of it;
* a title asked: "Ai là chủ tịch hội đồng giám khảo …?" + "Phó chủ tịch hội đồng là ai?" (or
  "Còn thư ký?") asks the same of that title;
* a task asked who leads: "Đơn vị nào chủ trì khám sàng lọc thị lực …?" + "Còn khám sàng lọc răng
  miệng thì ai chủ trì?" asks that of the other task, under the directive named before;
* an item of a budget: "Kinh phí KH 27 chia cho những hoạt động nào?" + "Còn khoản tập huấn thì được
  bao nhiêu?" asks the money of that item, not the whole budget again."""
from __future__ import annotations

import re

from ..text.normalize import fold, has_diacritics
from .asked_type import asked_quantity

# what ends the thing a rate is of: a preposition, a verb, the question ("tỷ lệ cận thị ở …", "tỷ lệ hộ nghèo là …")
_STOP = set("o tai cua trong la dat bao nhieu duoc cho nam den qua toan chung cac moi giam tang len xuong so voi va".split())
_NOT = r"(?!(?:" + "|".join(_STOP) + r")\b)"
_RATE_OF = re.compile(r"\bty le\s+(?:so\s+)?(" + _NOT + r"[a-z]+(?:\s+" + _NOT + r"[a-z]+){0,2}?)(?=\s+(?:" + "|".join(_STOP) + r")\b|\s*[?.,]|$)")


def rate_swap(x: str, prev: str) -> str | None:
    """`prev` with the thing its rate is of replaced by `x` (a few lower-case words: no place, body
    or name), or None when `prev` asks no rate of a thing."""
    words = x.strip(" ?.!").split()
    if not (asked_quantity(prev) or "").startswith("percent") or not 1 <= len(words) <= 3 or any(c.isupper() for c in " ".join(words)[1:]):
        return None
    # (folding keeps offsets: found folded, replaced as typed)
    old = _RATE_OF.search(fold(prev).lower())
    fx = fold(" ".join(words)).lower()     # (not "tỷ lệ đó", nor a verb or preposition)
    if old is None or fx.split()[0] in _STOP or re.match(r"ty le\b", fx) or re.search(r"\b(?:do|nay|ay|kia)$", fx):
        return None
    new = " ".join(words).lower() if has_diacritics(prev) or not has_diacritics(x) else fold(" ".join(words)).lower()
    return prev[:old.start(1)] + new + prev[old.end(1):]


def budget_item(x: str, ask: str, prev: str) -> str | None:
    """ "Kinh phí tập huấn được bao nhiêu" for "Còn khoản tập huấn thì được bao nhiêu?" after a
    question on a budget; None for anything else."""
    if not re.match(r"khoan\s+\w", fold(x).lower()) or asked_quantity(prev) != "money" \
            or not re.search(r"\b(?:bao nhieu|may)\b", fold(ask).lower()):
        return None
    return f"{'Kinh phí' if has_diacritics(prev) else 'kinh phi'} {x.split(None, 1)[1]} {ask}"     # ("khoản": the item's money)


# (a head's title before its group's word, which stays: "trưởng ban" -> "Thư ký ban")
_TITLE = re.compile(r"(?<![a-z])(?:(?:pho\s+)?(?:chu tich|truong(?= ban| doan| phong)|giam doc|to truong|bi thu|hieu truong)|"
                    r"thu ky|to pho|uy vien thuong truc)(?![a-z])")
_MORE = re.compile(r"(?<![a-z])(?:dien thoai|email|e-mail|sdt|o dau|ngay nao|khi nao|bao nhieu|may|lam gi|nhiem vu)(?![a-z])")


def title_swap(x: str, prev: str) -> str | None:
    """The earlier "who is" question with its title replaced by the one `x` asks; None when either asks none."""
    fx, fp = fold(x).lower(), fold(prev).lower()
    if len(x.split()) > 8 or not re.search(r"(?<![a-z])(?:ai|ten (?:la )?gi|ong nao|ba nao)(?![a-z])", fp):
        return None
    new, old = _TITLE.search(fx), _TITLE.search(fp)
    if new is None or old is None or new.group(0) == old.group(0) or _MORE.search(fx):
        return None         # (nor "Thư ký là ai, số điện thoại?": more is asked than the title's holder)
    return prev[:old.start()] + (x[new.start():new.end()] if has_diacritics(prev) or not has_diacritics(x) else new.group(0)) + prev[old.end():]


_WHO_LEADS = re.compile(r"(?:^|\s)(?:thi\s+)?(?:ai|don vi nao|co quan nao)\s+(?:se\s+)?(?:chu tri|phu trach|thuc hien|dam nhan)\b")
_NOT_TASK = re.compile(r"(?<![a-z])(?:xa|huyen|tinh|phuong|thon|so|phong|ban|hoi|trung tam|truong|uy ban|ubnd|doan|nam|quy|thang|dot)(?![a-z])")


def task_anew(x: str, ask: str, prev: str) -> str | None:
    """ "Khám sàng lọc răng miệng thì ai chủ trì" for "Còn <a task> thì ai chủ trì?" after a question asking
    who leads another task — a task of two or more words naming no body, place or time; None for anything else."""
    fx = fold(x).lower()
    if not _WHO_LEADS.match(fold(ask).lower()) or not _WHO_LEADS.search(fold(prev).lower()) or len(x.split()) < 2 or _NOT_TASK.search(fx) or any(c.isupper() for c in x[1:]):
        return None
    return f"{x[:1].upper()}{x[1:]} thì {ask}"

"""The words that narrow the thing a "bao nhiêu X" question counts ("giáo viên *trung học cơ sở*"),
which the sentence giving the figure must also write (asked_type.holds_qualified). Pure functions
over the question."""
from __future__ import annotations

import re
from functools import lru_cache

from ..text.normalize import fold, has_diacritics
from ..text.pos import syllables_tagged
from .asked_type import _ASK, _FILLER_WORDS, _FILLERS, asked_quantity

# what ends the words qualifying a counted thing ("bao nhiêu giáo viên trung học cơ sở còn thiếu")
_QUALIFIER_STOP = set("""được đã có là đạt tại ở của trong năm đến theo cho và trên từ mỗi thì sẽ cần phải nào gì hiện
còn nữa với về vào khi như thế này đó hay hoặc chưa bằng sau trước ra lên dưới giữa thuộc dùng sử mới đang do
nên vẫn cũng ít tối đủ một hai ba qua vậy ạ nhỉ hả sắp rồi nhé chứ đấy""".split())      # (the particles closing a question,
# "… bao nhiêu cảm biến rồi?"; "sắp": about to)
_FOLDED_STOP = {fold(w) for w in _QUALIFIER_STOP}      # a word typed without diacritics may be any of them
_QUALIFIER_VERBS = ("tổ chức", "thực hiện", "tham gia", "ứng dụng", "hoàn thành", "xây dựng", "đăng ký", "triển khai",
                    "hỗ trợ", "phát triển", "thành lập", "kết nối", "ghi nhận", "tiếp cận", "sửa chữa", "đưa", "mở",
                    "lập", "cấp", "nộp", "bán", "trở", "đi", "chuyển", "nhận", "dạy", "giao",
                    "so với")      # (a comparison: "bao nhiêu ha so với kế hoạch")
# the people a count is of ("hồ sơ của sinh viên"), unlike a body or a place it belongs to ("của huyện")
_OWNERS = re.compile(r"(?:sinh vien|hoc sinh|phu nu|thanh nien|giao vien|nong dan|doanh nghiep|nguoi dan|hoc vien)(?!\w)")
# "dự" attends ("mấy em dự chung kết"), unless it starts a word ("thành viên dự khuyết", "dự án")
_DU_WORDS = {"khuyet", "kien", "toan", "an", "bi", "thao", "phong", "bao", "tru", "thinh"}


@lru_cache(maxsize=512)
def asked_qualifier(question: str) -> tuple[str, ...]:
    """The words (folded syllables) that narrow the thing a "bao nhiêu X" question counts: "giáo viên
    *trung học cơ sở*", "ha lúa *hữu cơ*", "phần trăm trường *trung học phổ thông*" — up to the next
    verb, function word or punctuation. Read only on questions typed with diacritics."""
    kind = asked_quantity(question)
    if kind == "money" and has_diacritics(question):
        return _money_of(question)
    if not kind or kind in ("money", "percent", "ordinal") or not has_diacritics(question) \
            or (kind.startswith("percent ") and "phan tram" not in fold(question)):
        return ()
    # (the "mấy" asked, not the "may" of "Kỹ thuật may công nghiệp": typed so)
    m = next((m for m in _ASK.finditer(fold(question)) if not m.group("may") or "mấy" in question.lower()[m.start():m.end()]), None)
    if m is None:
        return ()
    typed = re.findall(r"[\wÀ-ỹ]+|[^\w\s]", question[m.start("after") if m.group("after") else m.end():])
    words = [w.lower() for w in typed]
    start = int(bool(words) and fold(words[0]) in _FILLERS and fold(" ".join(words[:2])) not in _FILLER_WORDS and fold(words[0]) != kind.split()[0])  # ("người trực": counted)
    start += 3 if kind.startswith("percent ") else 1 if typed[start:start + 1] and typed[start].isupper() and len(typed[start]) > 1 \
        else len(kind.split())        # "phần trăm thôn", "giáo viên"; "SV" typed for "sinh viên"
    out: list[str] = []
    for i in range(start, min(start + 4, len(words))):
        w, pair = words[i], " ".join(words[i:i + 2])
        if w == "bị":      # "bộ cảm biến bị mất tín hiệu": what befell them narrows them too
            continue
        if w == "của" and (owner := _OWNERS.match(fold(" ".join(words[i + 1:i + 3])))):
            out += owner.group(0).split()       # "bao nhiêu hồ sơ của sinh viên": whose ones are counted
            break
        # (an abbreviation — "KH&CN", "THPT" — is written out in full as often as not: it ends them)
        if not w[0].isalpha() or w in _QUALIFIER_STOP or (not has_diacritics(w) and w in _FOLDED_STOP) \
                or (typed[i].isupper() and len(w) > 1) or any(pair == v or w == v for v in _QUALIFIER_VERBS) \
                or (w == "dự" and fold(words[i + 1] if i + 1 < len(words) else "") not in _DU_WORDS):
            break
        out.append(fold(w))
    return tuple(out)


@lru_cache(maxsize=512)       # (asked of every passage weighed for one question)
def unwritten_verbs(question: str, paraphrased: frozenset[str]) -> frozenset[str]:
    """The folded syllables of the question's verbs that the corpus never writes (`paraphrased`, the
    asker's own words: search/retrieve.py): "bao nhiêu dự án lọt vào …" of a text's "62 dự án vào …"
    narrows nothing by "lọt" — unlike "bỏ học", which the text writes."""
    return frozenset({fold(s) for t in paraphrased for s in t.split("_")} & {fold(v) for v in syllables_tagged(question, "V")})


# what "tiền …" / "giá …" names that any amount would serve ("tiền thưởng", "giá tham khảo", "tiền hỗ trợ")
_MONEY_ANY = {"thuong", "tham", "khao", "ho", "tro", "bao", "nhieu", "la", "moi", "mot", "tri", "tien", "chi", "phi", "von",
              "ca", "tong", "muc", "cu", "the", "dong", "nghin", "trieu", "ty", "thue", "cong", "ban", "mua", "khong"}


def _money_of(question: str) -> tuple[str, ...]:
    """ "tiền đi lại", "giá sữa chua": what an amount asked is the price or cost of, which the sentence or
    row giving the amount must write ("hỗ trợ tiền ăn 100.000 đồng" gives no "tiền đi lại")."""
    # ("giá bán lúa", "giá thuê …": what is sold; "Thuê kính bơi … hết bao nhiêu tiền?": what is hired)
    for m in re.finditer(r"(?i)(?<!\w)(?:(?:tiền|giá)(?:\s+(?:bán|mua|thuê)(?!\w))?|^\s*(?:thuê|mua)(?!\w))\s+", question):
        out: list[str] = []
        for w in re.findall(r"[\wÀ-ỹ]+|[^\w\s]", question[m.end():])[:2]:
            if not w[0].isalpha() or w.lower() in _QUALIFIER_STOP or fold(w).lower() in _MONEY_ANY or w.isupper():
                break
            out.append(fold(w).lower())
        if out:
            return tuple(out)
    return ()

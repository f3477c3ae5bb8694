"""Names of bodies as headers write them in capitals, put back into running-text case.

"ỦY BAN NHÂN DÂN" / "TỈNH NAM SƠN" -> "Ủy ban nhân dân tỉnh Nam Sơn"; "SỞ KHOA HỌC VÀ CÔNG NGHỆ"
-> "Sở Khoa học và Công nghệ"; "TỈNH ỦY NAM SƠN" / "BAN THƯỜNG VỤ" -> "Ban Thường vụ Tỉnh ủy Nam
Sơn". A header names the issuing body from the general to the specific, one body per line (a
place line continues the body above it); the issuer is the last body, with its parent when it is
a unit that only makes sense inside one ("BAN THƯỜNG VỤ", "VĂN PHÒNG").
"""
from __future__ import annotations

import re

from ..text.normalize import fold

# words that start a body's name (folded)
_HEADS = ("uy ban", "ubnd", "so ", "ban ", "dang uy", "dang bo", "tinh uy", "huyen uy", "thanh uy", "thi uy",
          "quan uy", "phong ", "trung tam", "bo ", "hoi ", "doan ", "chi bo", "truong ", "vien ", "cong an",
          "van phong", "mat tran", "lien doan", "hoi dong", "bao ", "dai ")
_PLACE = ("tinh ", "huyen ", "xa ", "thanh pho ", "quan ", "phuong ", "thi xa ", "thi tran ", "tp ")
# units named only inside their parent
_UNITS = ("ban thuong vu", "ban tuyen giao", "van phong", "ban chap hanh", "thuong truc", "ban dan van",
          "ban to chuc", "ban kiem tra")
# fixed capitalisation of multi-word names (folded -> as written)
_FIXED = {"tinh uy": "Tỉnh ủy", "huyen uy": "Huyện ủy", "thanh uy": "Thành ủy", "thi uy": "Thị ủy",
          "dang uy": "Đảng ủy", "dang bo": "Đảng bộ", "ban thuong vu": "Ban Thường vụ", "ban tuyen giao": "Ban Tuyên giáo",
          "ban chap hanh": "Ban Chấp hành", "mat tran to quoc": "Mặt trận Tổ quốc", "viet nam": "Việt Nam",
          "uy ban nhan dan": "Ủy ban nhân dân", "hoi dong nhan dan": "Hội đồng nhân dân", "ubnd": "UBND",
          "dang uy khoi": "Đảng ủy Khối", "ban chi dao": "Ban Chỉ đạo", "ubmttq": "UBMTTQ"}


def _is_head(f: str) -> bool:
    return f.startswith(_HEADS)


def smart_case(caps: str) -> str:
    """A body's name written in capitals, in running-text case (see module doc)."""
    words = caps.split()
    out: list[str] = []
    proper = False          # after a place word or a party committee: a place name follows
    compound = False        # after "Sở"/"Bộ": each field's first word capitalised ("Khoa học và Công nghệ")
    start_of_field = False
    i = 0
    cap = lambda w: w[:1].upper() + w[1:].lower()
    while i < len(words):
        for n in (4, 3, 2, 1):                               # fixed names first
            key = fold(" ".join(words[i:i + n]))
            if i + n <= len(words) and key in _FIXED:
                out.append(_FIXED[key])
                i += n
                proper = proper or key in ("tinh uy", "huyen uy", "thanh uy", "thi uy", "viet nam")
                break
        else:
            w, f = words[i], fold(words[i]).strip(",;.")
            prev = fold(words[i - 1]) if i else ""
            if proper or not out or (compound and start_of_field and f not in ("va", "cac")):
                out.append(cap(w))
            else:
                out.append(w.lower())
            if not out[:-1]:
                compound = f in ("so", "bo")
            start_of_field = compound and (f in ("so", "bo", "va") or w.endswith(","))
            if f in ("tinh", "huyen", "xa", "phuong", "thi tran") or (f == "quan" and prev != "co") \
                    or (f == "pho" and prev == "thanh") or (f == "xa" and prev == "thi"):
                proper = True
            i += 1
    return re.sub(r"\s+", " ", " ".join(out)).strip()


def body_name(lines: list[str]) -> str:
    bodies: list[str] = []
    for line in lines:
        f = fold(line).strip()
        if not f or not re.search(r"[a-z]", f):
            continue
        if bodies and (f + " ").startswith(_PLACE) and not _is_head(f):
            bodies[-1] += " " + line.strip()               # "ỦY BAN NHÂN DÂN" / "TỈNH NAM SƠN"
        elif _is_head(f + " ") or (f + " ").startswith(_PLACE):
            bodies.append(line.strip())
    if not bodies:
        return ""
    last = bodies[-1]
    if fold(last).startswith(_UNITS) and len(bodies) > 1 and not (fold(last) + " ").count(" tinh ") \
            and not any(p in fold(last) for p in (" tinh", " huyen", " xa ")):
        return f"{smart_case(last)} {smart_case(bodies[-2])}"
    return smart_case(last)

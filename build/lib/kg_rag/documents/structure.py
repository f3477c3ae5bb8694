"""Parse a directive's normalised text into metadata and a tree of blocks with offsets.

A Vietnamese directive has three zones: a header (issuing body, "Số 31-KH/BTGĐUK", place and
date, the type word "KẾ HOẠCH" and the trích yếu), a body of Roman parts ("I.", "II -"),
numbered headings and items ("1.", "1.1.", "(1)", "a)") and bullets ("-", "·", "•", "+"), and a
tail ("Nơi nhận:" recipients, the signer's title and name). Every block records its heading path
and its [start, end) in the text, so `text[start:end] == block.text`.
"""
from __future__ import annotations

import re

from ..text.normalize import fold
from ..text.genre import BULLETS, HEADER_TYPE_WORDS, HEADER_TYPES, ROMAN
from ..text.refs import extract_refs
from ..types import Block, Document

_ROMAN = re.compile(rf"^(?P<label>{ROMAN})\s*[.\-–:)]\s*(?P<rest>\S.*)$")
_NUMBERED = re.compile(r"^(?P<label>\d{1,2}(?:\.\d{1,2}){0,3})(?:[.)]|(?=\s))\s*(?P<rest>\S.*)$")
_PAREN = re.compile(r"^\((?P<label>\d{1,2}|[a-zđ])\)\s*(?P<rest>\S.*)$")
_LETTER = re.compile(r"^(?P<label>[a-zđ])[).]\s+(?P<rest>\S.*)$")
_BULLET = re.compile(rf"^(?P<label>[{re.escape(BULLETS)}])\s*(?P<rest>\S.*)$")
_TYPE_LINE = re.compile(r"^(?P<type>" + "|".join(HEADER_TYPE_WORDS) + r")(?![\wÀ-ỹ])\s*(?P<rest>.*)$")
_NUMBER_LINE = re.compile(r"^Số\s*:?\s*(?P<num>[^\s].*)?$")
_PLACE_DATE = re.compile(r"^(?P<place>[^\d,\n]{2,40}),\s*ngày\s*(?P<d>\d{1,2})?\s*tháng\s*(?P<m>\d{1,2})?\s*năm\s*(?P<y>\d{4})")
_RECIPIENTS = re.compile(r"^Nơi\s+nhận\s*:?\s*$", re.I)
_CLOSING = re.compile(r"^(Trên đây là|Trong quá trình (?:tổ chức )?thực hiện)")
_ISSUER = re.compile(r"(?:^|[,;)]\s*)(?P<body>(?:Ban|Sở|Ủy ban|Đảng ủy|Huyện ủy|Tỉnh ủy|Thành ủy|Phòng|"
                     r"Trung tâm|Bộ|Văn phòng|Chi bộ|Đoàn)\b[^,;:()]{2,80}?)\s*(?:\([^)]*\)\s*)?"
                     r"(?:xây dựng|hướng dẫn|ban hành|triển khai|đề ra|kết luận|quyết định)\b")
_TERMINAL = ".;:!?…\"”)"
_SIGN_TITLE = re.compile(r"^(?:K/?T\.?|T/?M\.?|TM\.|KT\.|Q\.|TL\.|TUQ\.)?\s*[A-ZĐÀ-Ỹ /.]+$")
_PROPER_NAME = re.compile(r"^(?:[A-ZĐÀ-Ỹ][a-zà-ỹđ]+\s){1,5}[A-ZĐÀ-Ỹ][a-zà-ỹđ]+$")


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for raw in text.split("\n"):
        if raw.strip():
            out.append((pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def _is_heading(rest: str, nxt: str | None) -> bool:
    """A numbered line is a heading when it is short, ends without punctuation and what follows
    is not another item of the same kind ("1. Mục đích" then "- Quán triệt …")."""
    if len(rest) > 300 or rest.rstrip()[-1] in _TERMINAL:
        return False
    return nxt is not None and not _NUMBERED.match(nxt) or nxt is None


def parse(source: str, text: str, sha256: str = "") -> Document:
    """Parse normalised `text` (see normalize_document) of the file `source`."""
    lines = _lines(text)
    blocks: list[Block] = []
    meta: dict = {"type": "", "number": "", "issuer": "", "place": "", "date": "", "title": "",
                  "signer": "", "signer_title": "", "recipients": ()}

    # ---- header: up to and including the title -------------------------------------------
    type_i = next((i for i, (_, _, l) in enumerate(lines[:15]) if _TYPE_LINE.match(l)), None)
    body_from = 0
    if type_i is not None:
        m = _TYPE_LINE.match(lines[type_i][2])
        meta["type"] = HEADER_TYPES.get(fold(m.group("type")), m.group("type").capitalize())
        title_parts = [m.group("rest")] if m.group("rest") else []
        j = type_i + 1
        end = lines[type_i][1]
        para_break = lambda a, b: "\n\n" in text[lines[a][1]:lines[b][0]] or text[lines[a][1]:lines[b][0]].count("\n") > 1
        if not title_parts and j < len(lines):          # title is the next paragraph
            title_parts.append(lines[j][2]); end = lines[j][1]; j += 1
        while j < len(lines) and not para_break(j - 1, j) and not re.fullmatch(r"[-_=*.]{3,}", lines[j][2]) \
                and not _ROMAN.match(lines[j][2]):
            title_parts.append(lines[j][2]); end = lines[j][1]; j += 1
        while j < len(lines) and re.fullmatch(r"[-_=*.]{3,}", lines[j][2]):   # "-----" rule under the title
            j += 1
        meta["title"] = " ".join(title_parts).strip()
        blocks.append(Block("header", text[lines[0][0]:end], lines[0][0], end, (), 0, ""))
        body_from = j
    for s, e, l in lines[:type_i if type_i is not None else 0]:
        if (m := _NUMBER_LINE.match(l)) and m.group("num"):
            num = m.group("num").strip()
            meta["number"] = num if re.match(r"\d", num) else ""
        if m := _PLACE_DATE.match(l):
            meta["place"] = m.group("place").strip()
            d, mo = m.group("d"), m.group("m")
            meta["date"] = f"{int(d):02d}/" if d else "../"
            meta["date"] += (f"{int(mo):02d}/" if mo else "../") + m.group("y")

    # ---- tail: recipients and signature ---------------------------------------------------
    tail_i = next((i for i in range(body_from, len(lines)) if _RECIPIENTS.match(lines[i][2])), None)
    sig_i = _signature_start(lines, tail_i if tail_i is not None else body_from)
    body_to = min(x for x in (tail_i, sig_i, len(lines)) if x is not None)
    if tail_i is not None:
        rec_end = sig_i if sig_i is not None else len(lines)
        rec_lines = lines[tail_i + 1:rec_end]
        recips: list[str] = []
        for _, _, l in rec_lines:
            b = _BULLET.match(l)
            if b or not recips:
                recips.append((b.group("rest") if b else l).strip().rstrip(",;."))
            else:
                recips[-1] = (recips[-1] + " " + l).strip().rstrip(",;.")
        meta["recipients"] = tuple(recips)
        e = rec_lines[-1][1] if rec_lines else lines[tail_i][1]
        blocks_tail = [Block("recipients", text[lines[tail_i][0]:e], lines[tail_i][0], e, ("Nơi nhận",), 0, "")]
    else:
        blocks_tail = []
    if sig_i is not None:
        sig = lines[sig_i:]
        s, e = sig[0][0], sig[-1][1]
        meta["signer"] = sig[-1][2].strip()
        meta["signer_title"] = " ".join(l for _, _, l in sig[:-1]).strip()
        blocks_tail.append(Block("signature", text[s:e], s, e, ("Người ký",), 0, ""))

    # ---- body -----------------------------------------------------------------------------
    stack: list[tuple[int, str]] = []          # (level, heading text)
    body = lines[body_from:body_to]
    for k, (s, e, l) in enumerate(body):
        nxt = body[k + 1][2] if k + 1 < len(body) else None
        path = tuple(h for _, h in stack)
        if m := _ROMAN.match(l):
            stack = [(1, l)]
            blocks.append(Block("heading", l, s, e, path=(), level=1, label=m.group("label")))
            continue
        m = _NUMBERED.match(l) or _PAREN.match(l) or _LETTER.match(l)
        if m:
            label = m.group("label")
            level = 2 + label.count(".") if _NUMBERED.match(l) else 4
            while stack and stack[-1][0] >= level:
                stack.pop()
            path = tuple(h for _, h in stack)
            if _is_heading(m.group("rest"), nxt):
                blocks.append(Block("heading", l, s, e, path, level, label))
                stack.append((level, l))
            else:
                blocks.append(Block("item", l, s, e, path, level, label))
            continue
        if m := _BULLET.match(l):
            blocks.append(Block("item", l, s, e, path, len(stack) + 1, m.group("label")))
            continue
        if _CLOSING.match(l):
            stack = []
            path = ()
        blocks.append(Block("paragraph", l, s, e, path, len(stack) + 1, ""))

    opening = next((b.text for b in blocks if b.kind == "paragraph" and not b.path), "")
    if m := _ISSUER.search(opening):
        meta["issuer"] = re.sub(r"\s+", " ", m.group("body")).strip()
    blocks.extend(blocks_tail)
    return Document(source=source, text=text, sha256=sha256, blocks=tuple(blocks),
                    refs=tuple(extract_refs(text)), **meta)


def _signature_start(lines: list[tuple[int, int, str]], after: int) -> int | None:
    """Trailing signer block: optional upper-case title lines, then a person's name."""
    if not lines or not _PROPER_NAME.match(lines[-1][2]):
        return None
    i = len(lines) - 1
    while i - 1 > after and _SIGN_TITLE.match(lines[i - 1][2]) and not lines[i - 1][2].startswith("-") \
            and len(lines[i - 1][2]) < 60:
        i -= 1
    return i if i > after else None

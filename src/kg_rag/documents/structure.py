"""Parse a directive's normalised text into metadata and a tree of blocks with offsets.

A Vietnamese directive has three zones: a header (issuing body, "Số 31-KH/BTGĐUK", place and
date, the type word "KẾ HOẠCH" and the trích yếu), a body of Roman parts ("I.", "II -"),
numbered headings and items ("1.", "1.1.", "(1)", "a)") and bullets ("-", "·", "•", "+"), and a
tail ("Nơi nhận:" recipients, the signer's title and name). Every block records its heading path
and its [start, end) in the text, so `text[start:end] == block.text`.
"""
from __future__ import annotations

import re

from ..text.genre import BULLETS, HEADER_TYPE_WORDS, ROMAN
from ..text.normalize import fold
from ..text.refs import extract_refs
from ..types import Block, Document
from .attachment import attachment_header_end, attachment_start, attachment_title
from .header import issuer_from_lines, read_header
from .tail import read_tail

_ROMAN = re.compile(rf"^(?P<label>{ROMAN})\s*[.\-–:)]\s*(?P<rest>\S.*)$")
# (a bare "2 Tổ chức thực hiện" before a capital or after "1.2", not a count opening a line: "01 giải nhất …")
_NUMBERED = re.compile(r"^(?P<label>\d{1,2}(?:\.\d{1,2}){0,3})(?:[.)]|(?<=\.\d)(?=\s)|(?<=\.\d\d)(?=\s)|(?=\s+[A-ZĐÀ-Ỹ]))\s*(?P<rest>\S.*)$")
_PAREN = re.compile(r"^\((?P<label>\d{1,2}|[a-zđ])\)\s*(?P<rest>\S.*)$")
_LETTER = re.compile(r"^(?P<label>[a-zđ])[).]\s+(?P<rest>\S.*)$")
_BULLET = re.compile(rf"^(?P<label>[{re.escape(BULLETS)}])\s*(?P<rest>\S.*)$")
_ARTICLE = re.compile(r"^(?P<label>Điều\s+\d{1,3})\s*[.:]\s*(?P<rest>\S.*)$")
# "QUYẾT ĐỊNH:", "NGHỊ QUYẾT:" between the grounds ("Căn cứ …") and the articles of a decision
_ENACTING = re.compile(r"^(?:" + "|".join(HEADER_TYPE_WORDS) + r")\s*:\s*$")
_CAPTION = re.compile(r"^\s*(?:Bảng|Biểu|BẢNG|BIỂU)\s+(?:số\s+)?\d{1,2}\s*[.:]\s*\S")
_FIGURE = re.compile(r"[\d\s.,%/:()+-]+")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?\s*$")
_CLOSING = re.compile(r"^(Trên đây là|Trong quá trình (?:tổ chức )?thực hiện)")
_ISSUER = re.compile(r"(?:^|[,;)]\s*)(?P<body>(?:Ban|Sở|Ủy ban|Đảng ủy|Huyện ủy|Tỉnh ủy|Thành ủy|Phòng|"
                     r"Trung tâm|Bộ|Văn phòng|Chi bộ|Đoàn)\b[^,;:()]{2,80}?)\s*(?:\([^)]*\)\s*)?"
                     r"(?:xây dựng|hướng dẫn|ban hành|triển khai|đề ra|kết luận|quyết định)\b")
_TERMINAL = ".;:!?…\"”)"
# a short line naming a group, no sentence: "Lĩnh vực 2 - Công nghệ thông tin, chuyển đổi số"
_LABEL = re.compile(r"[A-ZĐÀ-Ỹ][^.;:!?…()\"“”]{2,98}[^\s.;:!?…()\"“”,]")


def _lines(text: str) -> list[tuple[int, int, str]]:
    out, pos = [], 0
    for raw in text.split("\n"):
        if raw.strip():
            out.append((pos, pos + len(raw), raw))
        pos += len(raw) + 1
    return out


def _is_heading(rest: str, nxt: str | None, article: bool = False) -> bool:
    """A numbered line is a heading when it is short, ends without punctuation and what follows
    is not another item of the same kind ("1. Mục đích" then "- Quán triệt …"); or when it ends
    with a colon and lettered items or bullets follow ("Điều 2. Nhiệm vụ của Tổ công tác:"). An
    article's items are its numbered clauses ("Điều 3. Tổ chức và hoạt động" then "1. …")."""
    if len(rest) > 300:
        return False
    if rest.rstrip().endswith(":"):
        # ("4. Công an tỉnh:" over a paragraph of its own: that paragraph is under it)
        return nxt is not None and bool(_LETTER.match(nxt) or _PAREN.match(nxt) or _BULLET.match(nxt)
                                        or (article and _NUMBERED.match(nxt)))
    if rest.rstrip()[-1] in _TERMINAL and not _titled(rest):
        return False
    same_kind = _ARTICLE if article else _NUMBERED
    return nxt is not None and not same_kind.match(nxt) or nxt is None


def _titled(rest: str) -> bool:
    """ "2. Tổ chức Tuần lễ "Em an toàn trên mạng"": a line closing on the name it quotes ends no
    sentence — a title, as a công văn's numbered requests are titled (the usual rule then decides);
    nor does one closing on a short note of its own ("Điều 7. Tiêu chí chấm điểm (thang điểm 100)")."""
    rest = rest.rstrip()
    return rest[-1] in "\"”" and len(rest) <= 120 or _NOTED_TITLE.fullmatch(rest) is not None


# a title and its note in brackets, no sentence before it: "Tiêu chí chấm điểm (thang điểm 100)"
_NOTED_TITLE = re.compile(r"[^.;:!?()]{3,80}\([^()]{1,40}\)")


def _names_its_paragraph(rest: str, nxt: str | None) -> bool:
    """A short numbered line ending with a colon ("4. Công an tỉnh:") followed by a plain paragraph
    rather than items: the paragraph is what the line announces."""
    return nxt is not None and rest.rstrip().endswith(":") and len(rest) <= 100 and not (
        _NUMBERED.match(nxt) or _ROMAN.match(nxt) or _ARTICLE.match(nxt) or _LETTER.match(nxt) or _PAREN.match(nxt)
        or _BULLET.match(nxt) or nxt.lstrip().startswith("|"))


def _cells(line: str) -> tuple[str, ...]:
    return tuple(c.strip() for c in line.strip().strip("|").split("|"))


def _unruled_head(line: str, nxt: str | None, prev: str) -> bool:
    """The first line of a table typed without its "|---|" rule ("| Xã | Thời gian | Địa điểm |"
    over "| Xã Tân Bửu | từ ngày 11/5 … | Hội trường … |"): its column names — no cell a number —
    when the next line is a row of as many cells."""
    if prev.lstrip().startswith("|") or nxt is None or not nxt.lstrip().startswith("|") or _TABLE_RULE.match(nxt):
        return False
    cells = _cells(line)
    return len(cells) >= 2 and len(cells) == len(_cells(nxt)) and all(c and not _FIGURE.fullmatch(c) for c in cells)


def parse(source: str, text: str, sha256: str = "") -> Document:
    """Parse normalised `text` (see normalize_document) of the file `source`."""
    lines = _lines(text)
    blocks: list[Block] = []
    head = read_header(lines, text)
    meta = {k: head.meta[k] for k in ("type", "number", "issuer", "place", "date", "title", "addressees")}
    if head.end:
        blocks.append(Block("header", text[lines[0][0]:head.end], lines[0][0], head.end, (), 0, ""))
    body_from = head.body_from

    # ---- tail: recipients and signature (before a document attached after them) -------------
    att = attachment_start(lines, body_from)
    tail = read_tail(lines[:att] if att is not None else lines, body_from)
    body_to = max(next((i for i, (_, e, _) in enumerate(lines) if e > tail.start_char), len(lines)), body_from)
    if att is None and (ends := [c[1] for c in (tail.recipients_chars, tail.signature_chars) if c]):
        # text after the signer with no header of its own (a list "Kèm theo …" on the next page):
        # read as an attachment, never dropped
        att = next((i for i in range(body_to, len(lines)) if lines[i][0] >= max(ends)), None)
    meta.update(signer=tail.signer, signer_title=tail.signer_title, recipients=tail.recipients)
    blocks_tail = []
    # (two columns typed side by side: each block runs over the lines it shares with the other)
    if tail.recipients_chars is not None:
        s0, e0 = tail.recipients_chars
        blocks_tail.append(Block("recipients", text[s0:e0], s0, e0, ("Nơi nhận",), 0, ""))
    if tail.signature_chars is not None:
        s0, e0 = tail.signature_chars
        blocks_tail.append(Block("signature", text[s0:e0], s0, e0, ("Người ký",), 0, ""))
    blocks_tail.sort(key=lambda b: b.start)

    # ---- body -----------------------------------------------------------------------------
    stack: list[tuple[int, str]] = []          # (level, heading text)
    body = lines[body_from:body_to]
    if att is not None:                          # the attached plan: its header lines, its title, its body
        t, end = attachment_header_end(lines, att)
        if t > att:
            blocks.append(Block("header", text[lines[att][0]:lines[t - 1][1]], lines[att][0], lines[t - 1][1], (), 0, ""))
        if end is not None:
            blocks.append(Block("heading", text[lines[t][0]:lines[end][1]], lines[t][0], lines[end][1], (), 1, ""))
        attached = (len(body), attachment_title(text[lines[t][0]:lines[end][1]]) if end is not None else "")
        body = body + lines[(end + 1 if end is not None else att):]
    else:
        attached = (-1, "")
    columns: tuple[str, ...] = ()               # the header row of the table being read
    joined = -1                                 # a line already read with the one before it
    caption = ""                                # the caption of the table being read
    labels: set[str] = set()                    # unnumbered lines heading the bullets under them
    for k, (s, e, l) in enumerate(body):
        if k == joined:
            continue
        if k == attached[0]:                    # the attached plan's sections are its own, under its title
            stack = [(1, attached[1])] if attached[1] else []
        nxt = body[k + 1][2] if k + 1 < len(body) else None
        path = tuple(h for _, h in stack)
        if l.lstrip().startswith("|"):                  # a Markdown table: header row, rule, rows
            if _TABLE_RULE.match(l):
                continue
            if nxt is not None and _TABLE_RULE.match(nxt) or not columns and _unruled_head(l, nxt, body[k - 1][2] if k else ""):
                columns = _cells(l)
                continue
            blocks.append(Block("row", l, s, e, path + ((caption,) if caption else ()), len(stack) + 1,
                                _cells(l)[0] if columns else "", columns))
            continue
        columns = ()
        # ("Bảng 2. Kết quả mở lớp theo thôn" over its table: the rows' subject, and the table's name)
        caption = l.strip() if _CAPTION.match(l) and nxt is not None and nxt.lstrip().startswith("|") else ""
        if _ENACTING.match(l):
            stack = [(1, l)]
            blocks.append(Block("heading", l, s, e, path=(), level=1, label=""))
            continue
        if m := _ROMAN.match(l):
            stack = [(1, l)]
            blocks.append(Block("heading", l, s, e, path=(), level=1, label=m.group("label")))
            continue
        m = _ARTICLE.match(l) or _NUMBERED.match(l) or _PAREN.match(l) or _LETTER.match(l)
        if m:
            label, article = m.group("label"), m.re is _ARTICLE
            # an article's numbered clauses sit under it ("Điều 3. …" › "1. …")
            in_article = not article and any(_ARTICLE.match(h) for _, h in stack)
            level = 2 + label.count(".") + in_article if _NUMBERED.match(l) or article else 4
            while stack and stack[-1][0] >= level:
                stack.pop()
            path = tuple(h for _, h in stack)
            if _names_its_paragraph(m.group("rest"), nxt):
                # "4. Công an tỉnh:" over one paragraph of its own: one item, as the page reads it
                e2 = body[k + 1][1]
                blocks.append(Block("item", text[s:e2], s, e2, path, level, label))
                joined = k + 1
            elif _is_heading(m.group("rest"), nxt, article):
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
        elif nxt is not None and _BULLET.match(nxt) and _LABEL.fullmatch(l.strip()):
            # "Lĩnh vực 2 - Công nghệ thông tin" over "- Giải Nhất: …": a label heading the bullets under it
            if stack and stack[-1][1] in labels:
                stack.pop()
            level = (stack[-1][0] if stack else 0) + 1
            blocks.append(Block("heading", l, s, e, tuple(h for _, h in stack), level, ""))
            stack.append((level, l))
            labels.add(l)
            continue
        blocks.append(Block("paragraph", l, s, e, path, len(stack) + 1, ""))

    meta["issuer"] = _issuer(blocks, head.meta.get("issuer_lines", ()))
    if not meta["title"]:
        meta["title"] = _first_heading(blocks)
    blocks.extend(blocks_tail)
    return Document(source=source, text=text, sha256=sha256, blocks=tuple(blocks),
                    refs=tuple(extract_refs(text)), **meta)


def _issuer(blocks: list[Block], header_lines: tuple[str, ...]) -> str:
    """The issuing body: as the opening paragraph names it ("Ban Tuyên giáo Huyện ủy hướng dẫn
    …"), unless the header names the same body more fully ("… Huyện ủy Tân Phong")."""
    opening = next((b.text for b in blocks if b.kind == "paragraph" and not b.path), "")
    m = _ISSUER.search(opening)
    said = re.sub(r"\s+", " ", m.group("body")).strip() if m else ""
    header = issuer_from_lines(header_lines) if header_lines else ""
    if said and header and fold(said) in fold(header):
        return header
    return said or header


def _first_heading(blocks: list[Block]) -> str:
    """A title for a document without one: its first heading line (never a whole paragraph)."""
    b = next((b for b in blocks if b.kind == "heading"), None)
    return b.text if b is not None and len(b.text) < 160 else ""



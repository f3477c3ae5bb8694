"""Chunk a parsed Document by section: one chunk per paragraph or list item.

Each chunk keeps its own source text for citing and carries, for indexing only, the document
title and its heading path: "III. HÌNH THỨC TUYÊN TRUYỀN" or "2. Văn phòng Sở" are often the
only place a chunk's key words appear. Long paragraphs are cut on sentence boundaries; tiny ones
join the next block of the same section; a heading with nothing under it is a chunk itself. No
passage is longer than HARD_MAX characters, whatever the block: a million-character line would
otherwise be one passage that every question scores (sentences.bounded cuts it, offsets exact).
A chunk of a paged document (PDF) knows the page it starts on.
A table row's context names its columns. The header, signature and recipients blocks become chunks whose context spells out what they
are ("số hiệu", "người ký", "nơi nhận"), so metadata questions find them.
"""
from __future__ import annotations

import dataclasses
import re
from bisect import bisect_right

from ..text.genre import join_path
from ..text.sentences import HARD_MAX, bounded, split_long
from ..types import Block, Chunk, Document, content_id

TINY = 25


def _context(doc: Document, b: Block) -> str:
    head = doc.short_title
    if b.kind == "header":
        bits = [f"Văn bản: {doc.type} {doc.title}".strip(), f"Số hiệu: {doc.number}" if doc.number else "",
                f"Cơ quan ban hành: {doc.issuer}" if doc.issuer else "",
                f"Ban hành tại {doc.place}, ngày {doc.date}" if doc.place else ""]
        return " | ".join(x for x in bits if x)
    # metadata questions name the document by issuer and place ("Ai ký Kế hoạch … Bình Định?")
    if b.kind == "signature":
        return f"{doc.label} | Người ký văn bản (ký, chức vụ): {doc.signer_title} {doc.signer}".strip()
    if b.kind == "recipients":
        return f"{doc.label} | Nơi nhận văn bản (gửi đến)"
    if b.kind == "row" and b.columns:
        # a table row's cells mean what their column headers say ("Cơ quan chủ trì", "Thời gian")
        head = f"{head} | {join_path(b.path)}" if b.path else head
        return f"{head} | {'; '.join(c for c in b.columns if c)}"
    return f"{head} | {join_path(b.path)}" if b.path else head


def _chunks(doc: Document, b: Block, start: int, end: int, kind: str) -> list[Chunk]:
    """The chunk of doc.text[start:end], or its pieces when it is longer than HARD_MAX."""
    if end - start <= HARD_MAX:
        return [_chunk(doc, b, start, end, kind)]
    return [_chunk(doc, b, start + s, start + e, kind) for s, e in bounded(doc.text[start:end])]


def _chunk(doc: Document, b: Block, start: int, end: int, kind: str) -> Chunk:
    text = doc.text[start:end]
    ctx = _context(doc, b)
    refs = tuple(dict.fromkeys(r.id for r in doc.refs
                               if r.id and (start <= r.start < end)))
    return Chunk(id=content_id(doc.source, start, end, text, ctx), source=doc.source,
                 doc_title=doc.display_title, section=join_path(b.path), text=text, start=start, end=end,
                 kind=kind, context=ctx, refs=refs, page=bisect_right(doc.pages, start) if doc.pages else 0)


_FIGURE_NOTE = re.compile(r"\([^()]*\d[^()]*\)\s*$")
# a figure that is not a year alone ("03 đợt", "3.850 triệu", "Tuyến số 2", "24/5"; not "năm 2025", "quý IV/2025")
_FIGURE = re.compile(r"(?<![\d/])(?!(?:19|20)\d\d(?![\d.,]))\d+(?:[.,/]\d+)*(?![\d])")


def _states_a_figure(b: Block) -> bool:
    """A numbered heading that is a sentence giving a figure or saying what something is, over the
    items it introduces: "1. Tổng kinh phí dự kiến là 3.850 triệu đồng, trong đó:", "2. Tuyến số 2
    chạy vào thứ Năm, gồm 04 điểm dừng:", "1. Sở KH&CN là cơ quan thường trực, có trách nhiệm:".
    Only its items would otherwise be passages, and none of them says it."""
    rest = b.text.strip().strip("*#").strip()
    rest = rest[len(b.label):].lstrip(" .):*") if b.label and rest.startswith(b.label) else rest
    return bool(b.label) and b.level > 1 and len(rest.split()) >= (6 if rest.endswith(":") else 10) and not rest.isupper() \
        and (_FIGURE.search(rest) is not None or re.search(r"\slà\s", rest) is not None)


def chunk_document(doc: Document, max_chars: int = 700) -> list[Chunk]:
    blocks = list(doc.blocks)
    out: list[Chunk] = []
    pending: Block | None = None      # a tiny block waiting to join the next one
    for i, b in enumerate(blocks):
        if b.kind == "heading":
            nxt = blocks[i + 1] if i + 1 < len(blocks) else None
            has_children = nxt is not None and len(nxt.path) > len(b.path) and nxt.kind != "header"
            # (one whose note gives a figure is a passage too: "3. Thành phần (khoảng 250 đại biểu)")
            if has_children and not _FIGURE_NOTE.search(b.text) and not _states_a_figure(b):
                continue
        start = b.start
        if pending is not None:
            if pending.path == b.path and b.kind in ("paragraph", "item"):
                start = pending.start
            else:
                out += _chunks(doc, pending, pending.start, pending.end, pending.kind)
            pending = None
        if b.kind in ("paragraph", "item") and b.end - b.start < TINY and i + 1 < len(blocks):
            pending = b
            continue
        if b.kind in ("paragraph", "item") and b.end - start > max_chars:
            for s, e in split_long(doc.text[start:b.end], max_chars=max_chars):
                out += _chunks(doc, b, start + s, start + e, b.kind)
        else:
            out += _chunks(doc, b, start, b.end, b.kind)
    if pending is not None:
        out += _chunks(doc, pending, pending.start, pending.end, pending.kind)
    return _content_ids(out)


def _content_ids(chunks: list[Chunk]) -> list[Chunk]:
    """A passage's id is its document, text and heading context — never its offsets — numbered
    when the same passage repeats in a document: inserting a line elsewhere leaves it unchanged,
    so its vector is reused."""
    seen: dict[tuple[str, str], int] = {}
    out = []
    for c in chunks:
        n = seen[(c.text, c.context)] = seen.get((c.text, c.context), 0) + 1
        out.append(dataclasses.replace(c, id=content_id(c.source, c.text, c.context, n)))
    return out

"""Resolve what a user types for a directive ("KL 69", "69-KL/TW", "nghi quyet 36 nam 2014", a
corpus file name) to exactly one node of the directive graph, or a BadInput that says how to
name it — asking for the year when two directives share a number."""
from __future__ import annotations

import re
from dataclasses import replace
from typing import Mapping

from ..errors import BadInput
from ..text.normalize import fold
from ..text.refs import parse_number
from ..text.user_refs import parse_user_refs, resolve
from ..types import DirectiveRef
from .nodes import Node


def _describe(n: Node) -> str:
    bits = [n.type, n.id or n.source]
    if n.date:
        bits.append(f"ngày {n.date}")
    return " ".join(b for b in bits if b)


def resolve_node(nodes: Mapping[str, Node], doc_keys: Mapping[str, str], text: str) -> Node:
    text = (text or "").strip()
    if not text:
        raise BadInput("no directive given: name one, e.g. \"KL 69\", \"Kết luận 69\" or \"69-KL/TW\"")
    if text in nodes:
        return nodes[text]
    if text in doc_keys:                                    # a corpus file name
        return nodes[doc_keys[text]]
    queries = parse_user_refs(text)
    if not queries:
        raise BadInput(f"\"{text}\" names no directive: give its type and number, e.g. \"KL 69\", "
                       f"\"Nghị quyết 20\" or \"69-KL/TW\"")
    q = queries[0]
    if not q.year:                                            # "36-NQ/TW 2014", "NQ 36 (01/7/2014)"
        m = re.search(r"(?<!\d)((?:19|20)\d\d)(?!\d)", fold(text)[q.end:] + " " + fold(text)[:q.start])
        if m:
            q = replace(q, year=m.group(1))
    known = [_as_ref(n) for n in nodes.values() if n.id]
    hits = resolve(q, known)
    keys = list(dict.fromkeys(h.key for h in hits))
    found = [nodes[k] for k in keys if k in nodes]
    if not found:
        wanted = f"{q.code} {q.number}" + (f" năm {q.year}" if q.year else "")
        raise BadInput(f"{wanted} is not named in any document of the corpus: check the number, "
                       f"or add the document to corpus/ and run `kg-rag ingest`")
    if len(found) > 1:
        opts = "; ".join(f"{_describe(n)}" for n in found)
        raise BadInput(f"\"{text}\" may mean {len(found)} different directives ({opts}): "
                       f"add the year, e.g. \"{q.code} {q.number} năm {found[0].date[-4:]}\"")
    return found[0]


def _as_ref(n: Node) -> DirectiveRef:
    """A graph node as a directive reference, its number read by the same grammar as the text's
    (Party "69-KL/TW" or State "112/KH-UBND")."""
    parsed = parse_number(n.id)
    code = parsed.code if parsed else ""
    issuer = parsed.issuer if parsed else (n.id.split("/")[1] if "/" in n.id else "")
    return DirectiveRef(id=n.id, type=n.type, code=code, number=parsed.number if parsed else n.number,
                        issuer=issuer, date=n.date, body=n.issuer)


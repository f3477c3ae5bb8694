"""What the index stores about a document and a passage, computed once at ingest.

A passage record is its Chunk fields plus the analysis every question would otherwise redo: its
BM25 terms, its sentence units (the spans an answer may quote) with their terms, and the terms
of its heading context and of its own heading. A document record is the Document itself.
"""
from __future__ import annotations

import dataclasses

from ..text.genre import last_heading
from ..text.units import answer_units
from ..types import Block, Chunk, DirectiveRef, Document
from . import lexical


def doc_to_dict(d: Document) -> dict:
    return dataclasses.asdict(d)


def doc_from_dict(d: dict) -> Document:
    d = dict(d)
    d["blocks"] = tuple(Block(**{**b, "path": tuple(b["path"]), "columns": tuple(b.get("columns", ()))})
                        for b in d.get("blocks", ()))
    d["refs"] = tuple(DirectiveRef(**r) for r in d.get("refs", ()))
    known = {f.name: f for f in dataclasses.fields(Document)}
    for k, v in list(d.items()):
        if k not in known:
            del d[k]                                   # a field written by a newer version
        elif isinstance(v, list):
            d[k] = tuple(v)                            # tuples are stored as JSON lists
    return Document(**d)


def passage_record(chunk: Chunk) -> dict:
    """The stored form of a passage (see module doc)."""
    units = answer_units(chunk.text, chunk.kind)
    head = last_heading(chunk.section)
    return {**chunk.to_dict(), "terms": lexical.analyze(chunk.index_text),
            "units": [[s, e] for s, e in units],
            "unit_terms": [lexical.analyze(chunk.text[s:e]) for s, e in units],
            "context_terms": lexical.analyze(chunk.context) if chunk.context else [],
            "head_terms": lexical.analyze(head) if head else []}


def doc_record_extra(doc: Document) -> dict:
    """Per-document analysis stored beside its metadata: the words that name it."""
    return {"label_terms": lexical.analyze(doc.label)}

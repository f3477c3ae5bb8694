"""The records of the directive graph: a directive or document (Node), a relation the text states
(Edge), and a corpus document's relation to a directive (Related)."""
from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Node:
    key: str            # "69-KL/TW@2024"; a document without a number: its file name
    id: str             # "69-KL/TW" ("" for a document without a number)
    type: str
    number: str
    issuer: str         # issuing body when known ("Bộ Chính trị"), else the code after "/"
    date: str
    title: str = ""
    source: str = ""    # the corpus file, when the node is one of our documents

    def to_dict(self) -> dict:
        return {"id": self.id or self.key, "key": self.key, "type": self.type, "number": self.number,
                "issuer": self.issuer, "date": self.date, "title": self.title, "source": self.source}


@dataclass(frozen=True)
class Edge:
    src: str            # node key (a document's key for document edges)
    dst: str
    relation: str       # guides | implements | based_on | continues | cites
    source: str         # the document whose text says so
    start: int = 0      # where it says so (offset of the cited reference)


@dataclass(frozen=True)
class Related:
    """A corpus document and how it stands to a directive."""
    source: str
    title: str
    relation: str
    via: tuple[str, ...] = ()      # intermediate directive ids, outermost first

    def to_dict(self) -> dict:
        return {"source": self.source, "title": self.title, "relation": self.relation, "via": list(self.via)}

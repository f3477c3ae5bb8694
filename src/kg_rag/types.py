"""The plain, frozen records that cross module boundaries.

Offsets (`start`, `end`) always index the document's *normalised* text (see normalize.py), so
`doc.text[start:end] == text` holds for every Block, Chunk, Hit and Citation.
"""
from __future__ import annotations

import dataclasses
import hashlib
import re
from dataclasses import dataclass, field


def content_id(*parts: object, n: int = 16) -> str:
    """A short, stable id from content (sha256 of the parts joined by NUL)."""
    h = hashlib.sha256("\x00".join(str(p) for p in parts).encode("utf-8"))
    return h.hexdigest()[:n]


@dataclass(frozen=True)
class DirectiveRef:
    """One directive named in a text, e.g. "Kết luận số 69-KL/TW, ngày 11/01/2024"."""
    id: str            # canonical "69-KL/TW"; "" when the number is blank ("Số: /KH-KHCN")
    type: str          # "Kết luận", "Nghị quyết", ...
    code: str          # "KL"
    number: str        # "69"
    issuer: str        # "TW"
    date: str = ""     # "11/01/2024" (dd/mm/yyyy, zero-padded) when the text gives one
    body: str = ""     # "Bộ Chính trị" when the text says "của Bộ Chính trị"
    start: int = 0
    end: int = 0

    @property
    def key(self) -> str:
        """Directive numbers are not unique (two 36-NQ/TW exist): the year tells them apart."""
        return f"{self.id}@{self.date[-4:]}" if self.date else self.id


@dataclass(frozen=True)
class Block:
    """A heading, paragraph or list item of a document, with its place in the section tree."""
    kind: str          # "heading" | "paragraph" | "item" | "row" | "header" | "signature" | "recipients"
    text: str
    start: int
    end: int
    path: tuple[str, ...] = ()   # headings above this block, outermost first
    level: int = 0               # heading depth (1 = Roman numeral part)
    label: str = ""              # "IV", "3", "1.2", "(1)", "a", "-", "Điều 2" ...
    columns: tuple[str, ...] = ()   # a table row: the names of its columns, from the table's header row


@dataclass(frozen=True)
class Document:
    source: str        # file name inside the corpus folder, e.g. "004_57220ce583489b87.txt"
    text: str          # normalised text; every offset points into it
    sha256: str        # of the raw file bytes
    type: str = ""     # "Kế hoạch", "Hướng dẫn", ...
    number: str = ""   # "31-KH/BTGĐUK" or "" when blank
    issuer: str = ""   # issuing body
    place: str = ""
    date: str = ""     # dd/mm/yyyy, or partial ("../01/2024") when the text leaves blanks
    title: str = ""    # trích yếu, without the type word
    signer: str = ""
    signer_title: str = ""
    recipients: tuple[str, ...] = ()
    blocks: tuple[Block, ...] = ()
    refs: tuple[DirectiveRef, ...] = ()
    addressees: tuple[str, ...] = ()   # "Kính gửi: …" of a công văn
    pages: tuple[int, ...] = ()        # start offset of each page in `text` (paged formats: PDF); () if none

    @property
    def display_title(self) -> str:
        t = f"{self.type} {self.title}".strip() if self.type else self.title
        return t or self.source

    @property
    def short_title(self) -> str:
        t = self.display_title
        return t if len(t) <= 160 else t[:157].rsplit(" ", 1)[0] + " …"

    @property
    def label(self) -> str:
        """Title with issuing body and place: the words that identify this document."""
        extra = ", ".join(x for x in (self.issuer, self.place) if x)
        return f"{self.short_title} ({extra})" if extra else self.short_title

    def meta(self) -> dict:
        d = {k: getattr(self, k) for k in ("source", "type", "number", "issuer", "place", "date",
                                            "title", "signer", "signer_title")}
        d["recipients"] = list(self.recipients)
        d["addressees"] = list(self.addressees)
        d["display_title"] = self.display_title
        return d


# passage kinds that frame a document rather than say what it asks: they answer only what they are
# (who signed, number, date, addressees, recipients)
FRAME_KINDS = ("header", "recipients", "signature")


@dataclass(frozen=True)
class Chunk:
    """The unit that is indexed and cited: one paragraph / list item (or a piece of a long one)."""
    id: str
    source: str
    doc_title: str
    section: str       # heading path joined with " › "
    text: str          # == document.text[start:end]; what is shown and quoted
    start: int
    end: int
    kind: str = "paragraph"
    context: str = ""  # title / heading words that belong to this chunk for indexing, never cited
    refs: tuple[str, ...] = ()   # directive ids named in text or context
    page: int = 0                # page (1-based) where the chunk starts, in a paged document; 0 if none

    @property
    def index_text(self) -> str:
        return f"{self.context}\n{self.text}" if self.context else self.text

    def to_dict(self) -> dict:
        d = dataclasses.asdict(self)
        d["refs"] = list(self.refs)
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Chunk":
        d = dict(d)
        d["refs"] = tuple(d.get("refs", ()))
        return cls(**{f.name: d[f.name] for f in dataclasses.fields(cls) if f.name in d})


def as_in_source(source: str, text: str) -> str:
    """A passage as its source file reads. The "|" between a table row's cells is the reader's own
    mark for a Word or PDF table, which has none: those read cell after cell ("| 6 | Cho vay vốn |"
    -> "  6   Cho vay vốn  "), blanks of the same length, so offsets stay those of the document (a
    passage or a whole document: each of its rows)."""
    if not source.lower().endswith((".docx", ".pdf")):
        return text
    return _ROW_LINE.sub(lambda m: m.group(0).replace("|", " "), text)


_ROW_LINE = re.compile(r"(?m)^[ \t]*\|.*$")


@dataclass(frozen=True)
class Hit:
    chunk: Chunk
    score: float
    rank: int = 0
    scores: dict = field(default_factory=dict, compare=False, hash=False)  # per-retriever, for debugging
    row: int = -1      # the passage's row in the index it was found in (-1: not from an index)

    def to_dict(self) -> dict:
        c = self.chunk
        return {"rank": self.rank, "source": c.source, "doc_title": c.doc_title, "section": c.section,
                "text": as_in_source(c.source, c.text), "start": c.start, "end": c.end, "score": round(float(self.score), 4),
                "chunk_id": c.id}


@dataclass(frozen=True)
class Citation:
    n: int
    source: str
    doc_title: str
    section: str
    text: str          # the whole cited passage, verbatim from the document
    quote: str         # the exact supporting span inside text
    start: int         # offsets of `text` in the document
    end: int
    score: float = 0.0
    quote_start: int = 0   # offsets of `quote` in the document
    quote_end: int = 0
    page: int = 0          # page of the passage in a paged document (PDF); 0 if none

    def to_dict(self) -> dict:
        d = dataclasses.asdict(self)
        d["score"] = round(float(self.score), 4)
        if not self.page:
            del d["page"]
        return d

    @classmethod
    def from_dict(cls, d: dict) -> "Citation":
        return cls(**{f.name: d[f.name] for f in dataclasses.fields(cls) if f.name in d})

    @classmethod
    def of_span(cls, n: int, source: str, doc_title: str, section: str, text: str, start: int,
                qs: int, qe: int, score: float = 0.0) -> "Citation":
        """The citation of `text[qs:qe]`, where `text` is the passage at `start` of its document:
        the one way citations are made, so quote and offsets always agree. A table row of a Word
        or PDF file is cited as its source reads, cell after cell (`as_in_source`)."""
        text = as_in_source(source, text)
        return cls(n=n, source=source, doc_title=doc_title, section=section, text=text, quote=text[qs:qe],
                   start=start, end=start + len(text), score=score, quote_start=start + qs, quote_end=start + qe)

    @classmethod
    def of_chunk(cls, n: int, chunk: "Chunk", qs: int, qe: int, score: float = 0.0) -> "Citation":
        c = cls.of_span(n, chunk.source, chunk.doc_title, chunk.section, chunk.text, chunk.start, qs, qe, score)
        return dataclasses.replace(c, page=chunk.page) if chunk.page else c


@dataclass(frozen=True)
class Answer:
    question: str
    answer: str
    grounded: bool
    citations: tuple[Citation, ...] = ()
    kind: str = ""      # how the question was read: "who-what", "list", "factoid", ...

    def to_dict(self) -> dict:
        return {"question": self.question, "answer": self.answer, "grounded": self.grounded,
                "citations": [c.to_dict() for c in self.citations], "kind": self.kind}

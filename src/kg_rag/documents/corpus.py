"""The corpus folder: which files are documents, and one file read into a parsed Document.

Every path from a file to a Document goes through `load_document` (read -> normalise -> parse), so
ingest, upload and evaluation see the same text and offsets.
"""
from __future__ import annotations

from pathlib import Path

from ..errors import DocumentError
from ..text.normalize import normalize_document
from ..types import Document
from .readers import SUFFIXES, read_document
from .structure import parse


def corpus_files(corpus: Path) -> dict[str, Path]:
    """Document files of the corpus folder by name (not hidden, not Office lock files)."""
    corpus = Path(corpus)
    if not corpus.is_dir():
        raise DocumentError(f"corpus folder {corpus} does not exist; create it or pass --corpus")
    return {p.name: p for p in sorted(corpus.iterdir())
            if p.is_file() and p.suffix.lower() in SUFFIXES and not p.name.startswith((".", "~$"))}


def load_document(path: Path, name: str | None = None, sha256: str = "") -> Document:
    """Read, normalise and parse one file; DocumentError says why a file cannot be used."""
    path = Path(path)
    return parse(name or path.name, normalize_document(read_document(path)), sha256=sha256)

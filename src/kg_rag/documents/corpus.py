"""The corpus folder: which files are documents, and one file read into a parsed Document.

Every path from a file to a Document goes through `load_document` (read -> normalise -> parse), so
ingest, upload and evaluation see the same text and offsets.

What is not a document is not silently dropped: `ignored_files` names each file left out and
why (hidden, an Office lock file, an unsupported type, a link to a file outside the corpus folder
— following one would index, and show to anyone asking, a file such as /etc/passwd).
"""
from __future__ import annotations

import dataclasses
import os
from pathlib import Path

from ..errors import DocumentError
from ..text.normalize import normalize_document, normalize_with_pages
from ..types import Document
from .readers import SUFFIXES, read_document
from .structure import parse


def _why_not(p: Path, root: Path) -> str | None:
    """Why the entry `p` of the corpus folder is not a document, or None if it is one."""
    if p.is_symlink():
        try:
            target = p.resolve(strict=True)
        except (OSError, RuntimeError):
            return "a broken link (its target does not exist)"
        if not target.is_relative_to(root):
            return f"a link to a file outside the corpus folder ({target}); copy the file in instead"
    if p.is_dir():
        return None                           # a sub-folder is not a document, nor worth listing
    if not p.is_file():
        return "not a regular file"
    if p.name.startswith("~$"):
        return "an Office lock file (the document is open in Word)"
    if p.name.startswith("."):
        return "a hidden file (its name starts with '.'); rename it to index it"
    if p.suffix.lower() not in SUFFIXES:
        return f"unsupported file type; use {', '.join(SUFFIXES)}"
    return None


def _entries(corpus: Path) -> tuple[Path, list[Path]]:
    corpus = Path(corpus)
    if not corpus.is_dir():
        raise DocumentError(f"corpus folder {corpus} does not exist; create it or pass --corpus")
    return Path(os.path.realpath(corpus)), sorted(corpus.iterdir())


def corpus_files(corpus: Path) -> dict[str, Path]:
    """Document files of the corpus folder by name (see `ignored_files` for the others)."""
    root, entries = _entries(corpus)
    return {p.name: p for p in entries if not p.is_dir() and _why_not(p, root) is None}


def ignored_files(corpus: Path) -> dict[str, str]:
    """Files of the corpus folder that are not indexed, by name, with the reason (sub-folders are
    not listed)."""
    root, entries = _entries(corpus)
    return {p.name: why for p in entries if (why := _why_not(p, root)) is not None}


def load_document(path: Path, name: str | None = None, sha256: str = "") -> Document:
    """Read, normalise and parse one file; DocumentError says why a file cannot be used. A PDF's
    page breaks become `Document.pages`."""
    path = Path(path)
    raw = read_document(path)
    if "\f" in raw or path.suffix.lower() == ".pdf":
        text, pages = normalize_with_pages(raw)
    else:
        text, pages = normalize_document(raw), ()
    doc = parse(name or path.name, text, sha256=sha256)
    return dataclasses.replace(doc, pages=pages) if pages else doc

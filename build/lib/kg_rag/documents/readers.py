"""Read a corpus file into raw text. One function per format, chosen by suffix.

Refuses what it cannot read honestly — binary data, unknown encodings, empty files — with a
DocumentError that says what to do, so ingest can skip the file and index everything else.
"""
from __future__ import annotations

import io
from pathlib import Path
from typing import Callable

from ..errors import DocumentError

SUFFIXES = (".txt", ".md", ".docx", ".pdf")
MAX_BYTES = 20 * 1024 * 1024


def _decode(data: bytes, name: str) -> str:
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16")
    if b"\x00" in data[:4096]:
        raise DocumentError(f"{name}: looks like a binary file, not text; save it as UTF-8 .txt")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    # Older Vietnamese Windows files: cp1258 (with combining tone marks). Accept it only if the
    # result reads as Vietnamese, i.e. has Vietnamese letters and no C1 control characters.
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        text = ""
    if text and not any("\x80" <= c <= "\x9f" for c in text) and any(c in text for c in "ươăđâêôƯƠĂĐ"):
        return text
    raise DocumentError(f"{name}: not UTF-8 text (nor Vietnamese Windows-1258); re-save it as UTF-8")


def read_text(path: Path) -> str:
    return _decode(path.read_bytes(), path.name)


def read_docx(path: Path) -> str:
    try:
        import docx
    except ImportError as e:
        raise DocumentError("reading .docx needs python-docx: pip install python-docx") from e
    try:
        d = docx.Document(io.BytesIO(path.read_bytes()))
    except Exception as e:
        raise DocumentError(f"{path.name}: not a readable Word .docx file ({type(e).__name__})") from e
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            parts.append(" | ".join(c.text for c in row.cells))
    return "\n\n".join(p for p in parts)


def read_pdf(path: Path) -> str:
    try:
        import pypdf
    except ImportError as e:
        raise DocumentError("reading .pdf needs pypdf: pip install pypdf") from e
    try:
        reader = pypdf.PdfReader(io.BytesIO(path.read_bytes()))
        text = "\n\n".join(page.extract_text() or "" for page in reader.pages)
    except Exception as e:
        raise DocumentError(f"{path.name}: not a readable PDF ({type(e).__name__})") from e
    if len(text.strip()) < 20:
        raise DocumentError(f"{path.name}: the PDF has no text layer (a scan?); run OCR and save it as .txt")
    return text


READERS: dict[str, Callable[[Path], str]] = {".txt": read_text, ".md": read_text, ".docx": read_docx, ".pdf": read_pdf}


def read_document(path: Path) -> str:
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise DocumentError(f"{path.name}: unsupported file type; use {', '.join(SUFFIXES)}")
    if path.stat().st_size > MAX_BYTES:
        raise DocumentError(f"{path.name}: larger than {MAX_BYTES // 2**20} MB; split it")
    text = reader(path)
    if sum(c.isalpha() for c in text) < 20:
        raise DocumentError(f"{path.name}: has no readable text")
    return text

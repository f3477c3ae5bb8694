"""Read a corpus file into raw text. One function per format, chosen by suffix.

Refuses what it cannot read honestly — binary data, unknown encodings, empty files, zip bombs,
documents too long to be one directive — with a DocumentError that says what to do, so ingest can
skip the file and index everything else. Every format ends in the same checks: legacy-font
mojibake is converted (or refused) and the text must read as text (decoding.py). A PDF marks its
page breaks with a form feed ("\\f"), which normalize_with_pages turns into page offsets.
"""
from __future__ import annotations

from pathlib import Path
from typing import Callable

from ..errors import DocumentError
from .decoding import check_text, decode, decode_bytes, from_legacy
from .docx_reader import read_docx
from .pdf_reader import read_pdf

SUFFIXES = (".txt", ".md", ".docx", ".pdf")
MAX_BYTES = 20 * 1024 * 1024
# A directive is tens of thousands of characters; the longest laws a few hundred thousand. Two
# million is a file no officer means as one document (and would take an hour to index).
MAX_CHARS = 2_000_000
# Changes whenever the same file reads differently (2: PDF paragraphs and pages, Word numbering and
# tables in order, TCVN3/VNI conversion, UTF-16 without a mark; 4: a dash going on a wrapped line,
# "văn hóa / - xã hội"; 5: an issuer's column typed with bars; 6: a line opening with a count, "01 giải
# nhất …", is no list item; 7: an appendix after "Nơi nhận"; 8: a PDF table's header wrapped over
# lines; 9: a short line over bullets heads them; 10: a signer's rank, "Đại tá …"; 11: a line break
# inside a Word header or signature cell is a line, and a tail written without a gap between its
# columns, a Markdown table or a PDF's run-together lines, is read column by column; 12: in hard-wrapped
# text, a line ending with a colon goes on a lower-case line, a dash line closing a bracket on the line
# above). An index made by an older reader should read its .docx/.pdf files again: their bytes, and so
# their sha256, did not change.
READER_VERSION = 14

_decode = decode          # the name tests and older callers use


def read_text(path: Path) -> str:
    return decode_bytes(path.read_bytes(), path.name)


READERS: dict[str, Callable[[Path], str]] = {".txt": read_text, ".md": read_text, ".docx": read_docx, ".pdf": read_pdf}
_TODO = {".docx": "save it again from Word, or as UTF-8 .txt", ".pdf": "run OCR on it and save the text as .txt"}
_SAVE_TXT = "save it as UTF-8 .txt"


def read_document(path: Path) -> str:
    path = Path(path)
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        raise DocumentError(f"{path.name}: unsupported file type; use {', '.join(SUFFIXES)}")
    if path.stat().st_size > MAX_BYTES:
        raise DocumentError(f"{path.name}: larger than {MAX_BYTES // 2**20} MB; split it")
    text = reader(path)
    if len(text) > MAX_CHARS:
        raise DocumentError(f"{path.name}: {len(text):,} characters, more than the {MAX_CHARS:,} one document "
                            "may have; split it into smaller files")
    text = from_legacy(text, path.name)
    check_text(text, path.name, _TODO.get(path.suffix.lower(), _SAVE_TXT))
    if sum(c.isalpha() for c in text) < 20:
        raise DocumentError(f"{path.name}: has no readable text")
    return text

"""Bytes of a text file -> str, and the checks that what came out is text worth indexing.

Tried in order: a byte-order mark (UTF-8, UTF-16); UTF-16 without a mark (NUL bytes at every
other position); UTF-8; the legacy Vietnamese font encodings TCVN3 and VNI (text/legacy.py);
Windows-1258. Whatever the decoding, the result must still read as text (`check_text`): random
bytes often decode as *something*, and indexing that is worse than refusing it.
"""
from __future__ import annotations

import unicodedata

from ..errors import DocumentError
from ..text import legacy

_SAVE = "save it as UTF-8 .txt"
_C1 = {b: bytes([b]).decode("cp1252", errors="ignore") or chr(b) for b in range(0x80, 0xA0)}


def utf16_order(data: bytes) -> str | None:
    """"utf-16-le" / "utf-16-be" when NUL bytes sit at odd / even positions (UTF-16 without a
    byte-order mark: every ASCII character has a zero byte), else None."""
    sample = data[:8192]
    n = len(sample) // 2
    if n < 8:
        return None
    even, odd = sample[0::2].count(0), sample[1::2].count(0)
    if odd >= 0.3 * n and even <= 0.02 * n:
        return "utf-16-le"
    if even >= 0.3 * n and odd <= 0.02 * n:
        return "utf-16-be"
    return None


def as_cp1252(data: bytes) -> str:
    """Every byte kept as one character (cp1252, Latin-1 where cp1252 has none): the form in which
    TCVN3 and VNI bytes are recognised."""
    return data.decode("latin-1").translate({b: c for b, c in _C1.items()})


def from_legacy(text: str, name: str) -> str:
    """Convert legacy-font mojibake to Unicode; refuse what cannot be converted with confidence."""
    enc = legacy.detect(text)
    if enc is None:
        if legacy.suspicious(text):
            raise DocumentError(f"{name}: looks like Vietnamese typed in an old font encoding (TCVN3/ABC or "
                                "VNI) that could not be identified with confidence; convert it to Unicode "
                                f"(e.g. Unikey's converter) and {_SAVE}")
        return text
    out = legacy.to_unicode(text, enc)
    t, v, u, n = legacy.evidence(out)
    if u < 0.1 * n or t + v > 0.2 * u:       # the result must read as Vietnamese, with little left over
        raise DocumentError(f"{name}: looks like {enc.upper()} (old Vietnamese font encoding) but does not "
                            f"convert cleanly; convert it to Unicode (e.g. Unikey's converter) and {_SAVE}")
    return out


def decode_bytes(data: bytes, name: str) -> str:
    """The characters of a .txt/.md file, not yet checked (see `decode`)."""
    if data.startswith(b"\xef\xbb\xbf"):
        return data[3:].decode("utf-8", errors="replace")
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return data.decode("utf-16", errors="replace")
    if order := utf16_order(data):
        return data[:len(data) // 2 * 2].decode(order, errors="replace")
    if b"\x00" in data[:4096]:
        raise DocumentError(f"{name}: looks like a binary file, not text; {_SAVE}")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return _not_utf8(data, name)


def decode(data: bytes, name: str) -> str:
    """The text of a .txt/.md file; DocumentError says why it cannot be read and what to do."""
    text = from_legacy(decode_bytes(data, name), name)    # mojibake saved as UTF-8 is still mojibake
    check_text(text, name, _SAVE)
    return text


def _not_utf8(data: bytes, name: str) -> str:
    latin = as_cp1252(data)
    if legacy.detect(latin) or legacy.suspicious(latin):
        return latin                          # converted (or refused) by from_legacy
    # Older Vietnamese Windows files: cp1258 (with combining tone marks). Accept it only if the
    # result reads as Vietnamese, i.e. has Vietnamese letters and no C1 control characters.
    try:
        text = data.decode("cp1258")
    except UnicodeDecodeError:
        text = ""
    if text and not any("\x80" <= c <= "\x9f" for c in text) and any(c in text for c in "ươăđâêôƯƠĂĐ"):
        return text
    raise DocumentError(f"{name}: not UTF-8 text (nor Vietnamese Windows-1258, TCVN3 or VNI); re-save it as UTF-8")


_OK_CONTROLS = set("\t\n\r\f\v")


def check_text(text: str, name: str, todo: str) -> None:
    """Refuse text that is not plausibly a document: control, unassigned or private-use characters
    or U+FFFD (binary data decoded as text), too few letters or no spaces between words (random
    bytes), or letters that are not Latin (Vietnamese is written in Latin script)."""
    body = "".join(text.split())
    if not body:
        return                                # "no readable text" is said by the caller
    bad = sum(1 for c in text if c == "\ufffd" or (unicodedata.category(c) in ("Cc", "Cn", "Co", "Cs")
                                                    and c not in _OK_CONTROLS))
    if bad > 0.01 * len(text):
        raise DocumentError(f"{name}: looks like a binary file, not text ({bad} control or unknown characters); {todo}")
    letters = [c for c in body if c.isalpha()]
    spaces = len(text) - len(body)
    if len(letters) < 0.3 * len(body) or (len(text) >= 40 and spaces < 0.02 * len(text)):
        raise DocumentError(f"{name}: does not read as text (too few letters or words); is it a binary file? {todo}")
    latin = sum(1 for c in letters if c < "\u0250" or "\u1e00" <= c <= "\u1eff")
    if latin < 0.5 * len(letters):
        raise DocumentError(f"{name}: its letters are not Vietnamese (Latin script); is it the right file? {todo}")

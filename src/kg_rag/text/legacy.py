"""Vietnamese text typed in the pre-Unicode font encodings TCVN3 (ABC, the ".VnTime" fonts) and
VNI ("VNI-Times"), recognised and converted to Unicode NFC.

Offices still keep such files. Read as Windows-1252 they are mojibake ("KÕ ho¹ch thùc hiÖn",
"Keá hoaïch thöïc hieän"); indexed like that, no question ever finds them. Both encodings only
reuse Latin-1 code points, so a text read as cp1252 (or an old .docx run in such a font) still
holds every byte, and the conversion is a table lookup:

- TCVN3 gives each lower-case Vietnamese letter one byte; upper-case letters with tone marks do
  not exist in it — they are the same bytes shown in an upper-case font (".VnTimeH"). Without the
  font (a plain text file) the case is restored from the words around (`_restore_case`).
- VNI writes a base letter followed by one diacritic character ("eä" = ệ, "ôù" = ớ); ơ, ư, đ and
  the i-vowels have characters of their own.

The tables are written out here (no maintained converter is packaged). `detect` only decides when
the evidence is dense and the text holds almost no real Vietnamese Unicode letters;
`suspicious` flags mojibake it could not decide, which the reader refuses rather than indexes.
"""
from __future__ import annotations

import re
import unicodedata

from .legacy_case import restore_case

TONES = ("\u0300", "\u0309", "\u0303", "\u0301", "\u0323")   # huyền, hỏi, ngã, sắc, nặng


def _toned(base: str, tone: str) -> str:
    return unicodedata.normalize("NFC", base + tone)


# ---- TCVN3: one byte per lower-case letter -------------------------------------------------
# byte per (vowel, tone) in TONES order; the 14 letters without a tone have bytes of their own
_TCVN3_TONED = {
    "a": (0xB5, 0xB6, 0xB7, 0xB8, 0xB9), "ă": (0xBB, 0xBC, 0xBD, 0xBE, 0xC6),
    "â": (0xC7, 0xC8, 0xC9, 0xCA, 0xCB), "e": (0xCC, 0xCE, 0xCF, 0xD0, 0xD1),
    "ê": (0xD2, 0xD3, 0xD4, 0xD5, 0xD6), "i": (0xD7, 0xD8, 0xDC, 0xDD, 0xDE),
    "o": (0xDF, 0xE1, 0xE2, 0xE3, 0xE4), "ô": (0xE5, 0xE6, 0xE7, 0xE8, 0xE9),
    "ơ": (0xEA, 0xEB, 0xEC, 0xED, 0xEE), "u": (0xEF, 0xF1, 0xF2, 0xF3, 0xF4),
    "ư": (0xF5, 0xF6, 0xF7, 0xF8, 0xF9), "y": (0xFA, 0xFB, 0xFC, 0xFD, 0xFE),
}
_TCVN3_PLAIN = dict(zip("ĂÂÊÔƠƯĐăâêôơưđ", (0xA1, 0xA2, 0xA3, 0xA4, 0xA5, 0xA6, 0xA7,
                                             0xA8, 0xA9, 0xAA, 0xAB, 0xAC, 0xAD, 0xAE)))
TCVN3_ENCODE: dict[str, int] = {**_TCVN3_PLAIN, **{_toned(v, t): b for v, bs in _TCVN3_TONED.items()
                                                   for t, b in zip(TONES, bs)}}
# decoding works on characters: each byte as Latin-1 (== cp1252 for every byte TCVN3 uses)
TCVN3_DECODE: dict[str, str] = {chr(b): letter for letter, b in TCVN3_ENCODE.items()}
_TCVN3_AMBIGUOUS = {chr(b) for bs in _TCVN3_TONED.values() for b in bs}   # case lost: lower bytes

# ---- VNI: base letter + one diacritic character ----------------------------------------------
_VNI_TONE = dict(zip(TONES, "øûõùï"))               # after a, e, o, u, y, ơ (ô) and ư (ö)
_VNI_HAT = dict(zip(TONES, "àåãáä"))                # â ê ô with a tone: "aá" = ấ
_VNI_BREVE = dict(zip(TONES, "èúüéë"))              # ă with a tone: "aé" = ắ
_VNI_I = dict(zip(TONES, "ìæóíò"))                  # i with a tone is one character
_VNI_OWN = {"ơ": "ô", "ư": "ö", "đ": "ñ", "â": "aâ", "ê": "eâ", "ô": "oâ", "ă": "aê"}


def _vni_table() -> dict[str, str]:
    lower: dict[str, str] = dict(_VNI_OWN)
    for base in "aeouy":
        for t in TONES:
            lower[_toned(base, t)] = base + _VNI_TONE[t]
    for base, code in (("ơ", "ô"), ("ư", "ö")):
        for t in TONES:
            lower[_toned(base, t)] = code + _VNI_TONE[t]
    for base in "aeo":
        hat = unicodedata.normalize("NFC", base + "\u0302")
        for t in TONES:
            lower[_toned(hat, t)] = base + _VNI_HAT[t]
    for t in TONES:
        lower[_toned("ă", t)] = "a" + _VNI_BREVE[t]
        lower[_toned("i", t)] = _VNI_I[t]
    lower["ỵ"] = "î"                                 # ỵ is one character too ("y" + dot is unused)
    table = dict(lower)
    for letter, code in lower.items():
        table[letter.upper()] = code.upper()
    return table


VNI_ENCODE: dict[str, str] = _vni_table()
# files mix the case of base and mark ("Aù"): the base letter decides the letter's case
VNI_DECODE: dict[str, str] = {}
for _letter, _code in VNI_ENCODE.items():
    for _variant in (_code, _code[0] + _code[1:].swapcase()):
        VNI_DECODE.setdefault(_variant, _letter.upper() if _variant[0].isupper() else _letter.lower())
_VNI_RE = re.compile("|".join(re.escape(c) for c in sorted(VNI_DECODE, key=len, reverse=True)))

# ---- evidence --------------------------------------------------------------------------------
# Unicode Vietnamese letters outside Latin-1: real Vietnamese text is full of them, mojibake has none
_VIET = re.compile("[ĂăĐđĨĩŨũƠơƯư\u1ea0-\u1ef9]")
_LATIN1_VIET = set("ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúý")
_VNI_CHARS = set("".join(VNI_ENCODE.values()))
# characters TCVN3 text is full of that are neither Vietnamese letters nor VNI's marks
TCVN3_ONLY = frozenset(c for c in TCVN3_DECODE if c not in _LATIN1_VIET and c not in _VNI_CHARS)
_TCVN3_RE = re.compile("[" + re.escape("".join(sorted(TCVN3_ONLY))) + "]")
# a vowel followed by a VNI mark that is not itself a Vietnamese letter ("eä", "aø", "oï"), each
# mark only after the vowels it can follow (ë, ü: ặ, ẵ only after "a"), so "Zoë", "Müller" are not
_VNI_PAIR = re.compile("(?<=[aeouyôöAEOUYÔÖ])[øûïùõØÛÏÙÕ]|(?<=[aeoAEO])[åäÅÄ]|(?<=[aA])[ëüËÜ]")


def evidence(text: str) -> tuple[int, int, int, int]:
    """(TCVN3 characters, VNI pairs, Unicode Vietnamese letters, whitespace-separated tokens)."""
    return (len(_TCVN3_RE.findall(text)), len(_VNI_PAIR.findall(text)), len(_VIET.findall(text)),
            len(text.split()))


def detect(text: str) -> str | None:
    """"tcvn3" or "vni" when `text` is clearly mojibake of that encoding, else None."""
    t, v, u, n = evidence(text)
    # a Vietnamese text has a letter with a diacritic in about every second word
    if t >= 5 and t >= 0.2 * n and t >= 3 * v and u <= 0.05 * t:
        return "tcvn3"
    if v >= 5 and v >= 0.2 * n and t <= 0.2 * v and u <= 0.05 * v:
        return "vni"
    return None


def suspicious(text: str) -> bool:
    """Looks like legacy-font mojibake but `detect` could not say which: better refused than indexed."""
    t, v, u, n = evidence(text)
    return detect(text) is None and t + v >= 5 and t + v >= 0.15 * n and u < t + v


def to_unicode(text: str, encoding: str, *, upper: bool = False, fix_case: bool = True) -> str:
    """Convert legacy-encoded `text` (its bytes read as Latin-1/cp1252) to Unicode NFC.

    `upper`: the text was shown in an upper-case TCVN3 font (".VnTimeH"). `fix_case`: restore the
    case of TCVN3 capitals from the words around (plain text; a .docx knows it from the font)."""
    if encoding == "vni":
        out = _VNI_RE.sub(lambda m: VNI_DECODE[m.group()], text)
        return unicodedata.normalize("NFC", out.upper() if upper else out)
    if encoding != "tcvn3":
        raise ValueError(f"unknown legacy encoding {encoding!r}")
    chars: list[str] = []
    ambiguous: list[bool] = []
    for i, c in enumerate(text):
        # 0xB7 is "ã", but a lone one between non-letters is a middle-dot bullet, not a word
        lone_dot = c == "\u00b7" and not (i and _is_letter(text[i - 1])) and \
            not (i + 1 < len(text) and _is_letter(text[i + 1]))
        chars.append(c if lone_dot else TCVN3_DECODE.get(c, c))
        ambiguous.append(c in _TCVN3_AMBIGUOUS and not lone_dot)
    if upper:
        return unicodedata.normalize("NFC", "".join(chars).upper())
    if fix_case:
        chars = restore_case(chars, ambiguous)
    return unicodedata.normalize("NFC", "".join(chars))


def _is_letter(c: str) -> bool:
    return c.isalpha() or c in TCVN3_DECODE


def from_unicode(text: str, encoding: str) -> bytes:
    """The bytes a legacy editor would save for Unicode `text` (for tests and round trips).

    TCVN3 has no capital letters with tone marks: in an all-capitals word they take the lower-case
    byte (what an upper-case font shows as a capital); a capital vowel before "y", "a" or "e" is
    typed the old way, tone on the second vowel ("Uû ban" for "Ủy ban", which the normaliser turns
    back); any other such capital is lost to lower case, as it is in real files."""
    text = unicodedata.normalize("NFC", text)
    if encoding == "vni":
        return "".join(VNI_ENCODE.get(c, c) for c in text).encode("cp1252")
    if encoding != "tcvn3":
        raise ValueError(f"unknown legacy encoding {encoding!r}")
    caps = {i for m in re.finditer(r"[^\W\d_]{2,}", text) if m.group().isupper() for i in range(*m.span())}
    out: list[str] = []
    i = 0
    while i < len(text):
        c = text[i]
        if c not in TCVN3_ENCODE and c.lower() in TCVN3_ENCODE:        # a capital with a tone mark
            base, tone = _split_tone(c)
            pair, after = base + text[i + 1:i + 2], text[i + 2:i + 3]
            if i not in caps and pair in ("Oa", "Oe", "Uy") and not after.isalpha():
                out += [base, chr(TCVN3_ENCODE[_toned(pair[1], tone)])]
                i += 2
                continue
            c = c.lower()
        out.append(chr(TCVN3_ENCODE[c]) if c in TCVN3_ENCODE else c)
        i += 1
    return "".join(out).encode("cp1252")


def _split_tone(c: str) -> tuple[str, str]:
    nfd = unicodedata.normalize("NFD", c)
    tone = next(m for m in nfd if m in TONES)
    return unicodedata.normalize("NFC", nfd.replace(tone, "")), tone

"""Property-based: random and mutated directive text through read -> normalise -> parse -> chunk
never raises, every offset points at its own text, every passage is bounded, and every quote an
answer could make is verbatim in its document."""
from pathlib import Path

from hypothesis import HealthCheck, given, settings, strategies as st

from kg_rag.documents.chunking import chunk_document
from kg_rag.documents.readers import _decode
from kg_rag.documents.structure import parse
from kg_rag.errors import DocumentError
from kg_rag.text.normalize import normalize_document
from kg_rag.text.units import answer_units

ROOT = Path(__file__).resolve().parents[1]
TEXTS = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "corpus").glob("*.txt"))] + \
        [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests" / "data" / "shapes").glob("*.txt"))]
MAX_PASSAGE = 2000
PIECES = ["\n", "\n\n", " ", "I. ", "1. ", "a) ", "- ", "| a | b |\n|---|---|\n", "Nơi nhận:", "KT. CHỦ TỊCH\n",
          "Số: 12/KH-UBND", "Điều 3. ", "Kính gửi:", "  ", "\t", "\u00a0", "Ð", "uỷ", "69-KL/TW", "*", "#", "\\_",
          "[bookmark: x]", "\ufeff", "\r\n", "………", "x" * 3000]


def check(text: str) -> None:
    doc = parse("t.txt", normalize_document(text))
    for b in doc.blocks:
        assert doc.text[b.start:b.end] == b.text
    for c in chunk_document(doc):
        assert doc.text[c.start:c.end] == c.text and 0 < len(c.text) <= MAX_PASSAGE, len(c.text)
        for s, e in answer_units(c.text, c.kind):
            assert 0 <= s < e <= len(c.text) and doc.text[c.start + s:c.start + e] == c.text[s:e]


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(TEXTS), st.lists(st.tuples(st.integers(0, 10**6), st.integers(0, 300), st.sampled_from(PIECES)),
                                       max_size=12))
def test_mutated_directives(text, edits):
    for pos, cut, piece in edits:                     # delete a stretch and insert a piece, anywhere
        pos %= len(text) + 1
        text = text[:pos] + piece + text[pos + cut:]
    check(text)


@settings(max_examples=60, deadline=None)
@given(st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=3000))
def test_random_text(text):
    check(text)


@settings(max_examples=40, deadline=None)
@given(st.binary(max_size=2000))
def test_random_bytes_are_read_or_refused(data):
    try:
        text = _decode(data, "x.txt")
    except DocumentError:
        return
    check(text)

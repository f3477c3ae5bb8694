"""Passages are bounded whatever the input: a million-character line becomes readable passages
cut at sentence ends (else at ";"/",", else at spaces, else anywhere), offsets exact; the bundled
corpus is chunked exactly as before; pages reach the chunks of a paged document."""
import dataclasses
import time
from pathlib import Path

from kg_rag.documents import chunking
from kg_rag.documents.chunking import chunk_document
from kg_rag.documents.corpus import load_document
from kg_rag.documents.structure import parse
from kg_rag.text.normalize import normalize_document, normalize_with_pages
from kg_rag.text.sentences import HARD_MAX, bounded

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
HEAD = "KẾ HOẠCH\nThử nghiệm một dòng rất dài\n\nI. NỘI DUNG\n\n"


def _chunks(line: str):
    doc = parse("dai.txt", normalize_document(HEAD + line + "\n"))
    chunks = chunk_document(doc)
    assert all(doc.text[c.start:c.end] == c.text and 0 < len(c.text) <= HARD_MAX for c in chunks)
    pieces = [c.text for c in chunks if c.text in line]
    assert "".join("".join(p.split()) for p in pieces) == "".join(line.split())    # nothing lost between pieces
    return pieces


def test_a_million_character_line_becomes_bounded_passages_quickly():
    # one enumeration without a sentence end: the old chunker made it a single passage
    line = "Các xã " + ", ".join(f"xã số {i} tổ chức tuyên truyền phổ biến nghị quyết đến cán bộ" for i in range(16_000))
    assert len(line) > 1_000_000
    t0 = time.perf_counter()
    pieces = _chunks(line)
    assert time.perf_counter() - t0 < 20
    assert len(pieces) > 1000 and all(p.endswith("cán bộ,") for p in pieces[:-1])


def test_a_long_line_is_cut_at_sentence_ends_first():
    line = " ".join(f"Xã số {i} tổ chức tuyên truyền, phổ biến nghị quyết đến cán bộ và nhân dân." for i in range(300))
    pieces = _chunks(line)
    assert len(pieces) > 10 and all(p.endswith("nhân dân.") for p in pieces)


def test_a_long_line_without_sentence_ends_is_cut_after_commas():
    pieces = _chunks("Tuyên truyền " + "các chi bộ học tập nghị quyết, " * 400)
    assert len(pieces) >= 10 and all(p.endswith("quyết,") for p in pieces[:-1])


def test_a_long_line_without_punctuation_is_cut_between_words():
    words = {"Tuyên", "truyền", "các", "chi", "bộ", "học", "tập", "nghị", "quyết"}
    pieces = _chunks("Tuyên truyền " + "các chi bộ học tập nghị quyết " * 400)
    assert len(pieces) >= 10 and all(set(p.split()) <= words for p in pieces)


def test_a_line_without_spaces_is_cut_hard():
    pieces = _chunks("X" * 5500)
    assert [len(p) for p in pieces] == [1000] * 5 + [500]


def test_bounded_spans():
    text = "Một câu. Hai câu. " * 10 + "x" * 2500
    spans = bounded(text, limit=100)
    assert all(e - s <= 100 and text[s:e].strip() == text[s:e] for s, e in spans)
    assert text[slice(*spans[0])].endswith("câu.")
    assert "".join(text[s:e] for s, e in spans).replace(" ", "") == text.replace(" ", "")


def test_bundled_corpus_chunks_unchanged_by_the_bound(monkeypatch):
    docs = [load_document(p) for p in sorted(CORPUS.glob("*.txt"))]
    spans = [(c.source, c.start, c.end, c.id) for d in docs for c in chunk_document(d)]
    assert max(e - s for _, s, e, _ in spans) <= 700 + 50
    monkeypatch.setattr(chunking, "HARD_MAX", 10**9)
    assert [(c.source, c.start, c.end, c.id) for d in docs for c in chunk_document(d)] == spans


def test_page_starts_survive_normalisation():
    raw = "**KẾ HOẠCH**\n\nMục một \\_ nói về việc tổ chức cho các\f đơn vị thực hiện.\n\n## II. NỘI DUNG\n\f\fTrang ba."
    text, pages = normalize_with_pages(raw)
    assert text == normalize_document(raw.replace("\f", "\n\n"))
    assert "các đơn vị" in text                                  # a paragraph cut by a page break is whole
    assert pages == (0, text.index("đơn vị"), text.index("Trang ba"), text.index("Trang ba"))


def test_chunks_know_their_page():
    text, pages = normalize_with_pages("KẾ HOẠCH\n\nI. MỤC ĐÍCH\n\n1. Việc thứ nhất cần làm ngay trong tháng.\f"
                                       "2. Việc thứ hai cần làm trong năm nay.\n\n3. Việc thứ ba cần làm trong quý."
                                       "\f4. Việc cuối cùng làm trước ngày 30/12.")
    doc = dataclasses.replace(parse("p.pdf", text), pages=pages)
    got = {c.text[:2]: c.page for c in chunk_document(doc)}
    assert (got["1."], got["2."], got["3."], got["4."]) == (1, 2, 2, 3)
    assert all(c.page == 0 for c in chunk_document(parse("p.txt", text)))

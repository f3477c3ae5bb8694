"""Cited propaganda outlines: genre shape, verbatim citations, Markdown and Word export."""
import json

import pytest

from kg_rag.errors import BadInput
from kg_rag.text.normalize import fold
from kg_rag.directives.export import format_outline, write_outline

D002, D004 = "002_50cfeafd4e4b0251.txt", "004_57220ce583489b87.txt"
HEADINGS = ["I. Mục đích, yêu cầu", "II. Nội dung tuyên truyền", "III. Hình thức tuyên truyền",
            "IV. Tổ chức thực hiện"]


@pytest.fixture(scope="module")
def kl69(hash_rag):
    return hash_rag.outline("Kết luận 69")


def check_citations(result, docs):
    ns = [c["n"] for c in result["citations"]]
    assert ns == list(range(1, len(ns) + 1))
    for c in result["citations"]:
        assert set(c) >= {"n", "source", "doc_title", "section", "text", "quote", "start", "end", "score"}
        assert c["quote"] and c["quote"] in c["text"]
        assert docs[c["source"]].text[c["start"]:c["end"]] == c["text"]
        assert docs[c["source"]].text[c["quote_start"]:c["quote_end"]] == c["quote"]
    used = {n for s in result["sections"] for p in s["points"] for n in p["citations"]}
    assert used == set(ns)                                     # every point cited, no orphan citation


def test_kl69_outline_shape_and_sources(kl69, hash_rag):
    assert kl69["topic"] == "Kết luận 69"
    assert kl69["title"].startswith("Đề cương tuyên truyền Kết luận số 69-KL/TW, ngày 11/01/2024 của Bộ Chính trị")
    assert [s["heading"] for s in kl69["sections"]] == HEADINGS
    assert {c["source"] for c in kl69["citations"]} == {D002, D004}     # only the documents under KL 69
    check_citations(kl69, hash_rag.documents)


def test_points_are_extractive_whole_sentences(kl69):
    by_n = {c["n"]: c for c in kl69["citations"]}
    for sec in kl69["sections"]:
        for p in sec["points"]:
            (n,) = p["citations"]
            quote, text = by_n[n]["quote"], p["text"]
            if sec["heading"].startswith("IV"):
                actors, _, text = text.partition(": ")
                assert actors
            assert text == quote                              # the point says exactly what the source says
            assert not text.endswith("…")                     # never cut inside a sentence
            rest = by_n[n]["text"][by_n[n]["text"].index(quote) + len(quote):]
            assert text.rstrip()[-1] in ".;:!?”\")" or not rest.strip(), text[-40:]


def test_sections_come_from_the_matching_source_sections(kl69):
    by_n = {c["n"]: c for c in kl69["citations"]}
    want = {"I.": "muc dich", "II.": "noi dung", "III.": "hinh thuc", "IV.": "to chuc thuc hien"}
    for sec in kl69["sections"]:
        key = sec["heading"].split()[0]
        for p in sec["points"]:
            assert want[key] in fold(by_n[p["citations"][0]]["section"])
    content = kl69["sections"][1]["points"]
    assert content[0]["text"].startswith("Nội dung của Nghị quyết số 20-NQ/TW, Kết luận số 69-KL/TW")
    forms = [p["text"] for p in kl69["sections"][2]["points"]]
    assert forms[1].startswith("Tuyên truyền qua hệ thống thông tin cơ sở như loa phát thanh")
    org = kl69["sections"][3]["points"]
    assert any(p["text"].startswith("Phòng Kinh tế và Hạ tầng; Phòng Nội vụ;") for p in org)
    assert any(p["text"].startswith("Ban Tuyên giáo Đảng ủy Khối: Đôn đốc") for p in org)


def test_markdown(kl69, tmp_path):
    md = format_outline(kl69)
    assert md.startswith("# Đề cương tuyên truyền Kết luận số 69-KL/TW")
    assert "\n1. Hướng dẫn của Ban Tuyên giáo Huyện ủy" in md.split("## Nguồn trích dẫn")[1] and D004 not in md
    for h in HEADINGS + ["Nguồn trích dẫn"]:
        assert f"\n## {h}\n" in md
    assert "\n1. " in md and "[1]" in md
    p = write_outline(kl69, tmp_path / "o.md")
    assert p.read_text(encoding="utf-8") == md


def test_docx_opens_with_headings_sources_and_font(kl69, tmp_path):
    import docx
    from docx.oxml.ns import qn
    path = write_outline(kl69, tmp_path / "kl69.docx")
    d = docx.Document(str(path))
    heads = [p.text for p in d.paragraphs if p.style.name.startswith("Heading")]
    assert heads == HEADINGS + ["Nguồn trích dẫn"]
    assert [p.text for p in d.paragraphs if p.style.name == "Title"] == [kl69["title"]]
    texts = [p.text for p in d.paragraphs]
    first = kl69["sections"][0]["points"][0]
    assert f"1. {first['text']} [1]" in texts
    sources = [p for p in d.paragraphs if p.style.name == "List Number"]      # a numbered Word list
    assert len(sources) == len(kl69["citations"])
    assert d.styles["List Number"].element.pPr.numPr is not None
    c4 = next(c for c in kl69["citations"] if c["source"] == D004)
    line = sources[c4["n"] - 1].text
    assert line.startswith("Hướng dẫn của Ban Tuyên giáo Huyện ủy — Tuyên truyền và thực hiện Kết luận số 69-KL/TW")
    assert c4["section"] in line and c4["quote"] in line
    assert not any(D004 in t or D002 in t for t in texts)          # documents named by label, never by file
    fonts = d.styles["Normal"].element.rPr.find(qn("w:rFonts"))
    assert {fonts.get(qn(a)) for a in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs")} == {"Times New Roman"}
    hfonts = d.styles["Heading 1"].element.rPr.find(qn("w:rFonts"))
    assert hfonts.get(qn("w:eastAsia")) == "Times New Roman" and hfonts.get(qn("w:asciiTheme")) is None


def test_docx_is_a4_with_office_margins_and_properties(kl69, tmp_path):
    import docx
    d = docx.Document(str(write_outline(kl69, tmp_path / "kl69.docx")))
    for s in d.sections:
        assert abs(s.page_width.mm - 210) < 0.5 and abs(s.page_height.mm - 297) < 0.5
        assert 20 <= round(s.top_margin.mm) <= 25 and 20 <= round(s.bottom_margin.mm) <= 25
        assert 30 <= round(s.left_margin.mm) <= 35 and 15 <= round(s.right_margin.mm) <= 20
    props = d.core_properties
    assert props.author and "python-docx" not in props.author
    assert props.title.startswith("Đề cương tuyên truyền Kết luận số 69-KL/TW") and not props.title[-2].isspace()
    assert props.language == "vi-VN"


def test_outline_refuses_topics_the_corpus_does_not_develop(hash_rag):
    from kg_rag.directives.outline import OutlineRefused
    with pytest.raises(OutlineRefused) as e:
        hash_rag.outline("abc xyz")                           # words the corpus never uses
    assert e.value.nearest and e.value.passages == 0
    with pytest.raises(OutlineRefused) as e:
        hash_rag.outline("chuyển đổi số")                     # mentioned in passing, in two sentences
    assert 0 < e.value.passages < 3 and D004 in e.value.nearest
    assert hash_rag.outline("Kết luận 69")["sections"]          # a directive the corpus has is covered
    covered = hash_rag.outline("công tác khoa giáo năm 2024")   # the subject of three documents
    assert set(covered["documents"]) == {"000_be8e4c97cec46f5d.txt", "001_598d0e0f78c856f0.txt",
                                         "003_d3e4a11f6ac37c1f.txt"}


def test_free_topic_outline_is_cited(hash_rag):
    r = hash_rag.outline("tuyên truyền khoa học công nghệ")
    assert r["title"] == "Đề cương tuyên truyền: tuyên truyền khoa học công nghệ"
    assert r["sections"] and r["citations"]
    check_citations(r, hash_rag.documents)


def test_directive_with_dates_kept_apart(hash_rag):
    r = hash_rag.outline("Nghị quyết 36 năm 2014")
    assert "ngày 01/07/2014" in r["title"] and "công nghệ thông tin" in r["title"]
    check_citations(r, hash_rag.documents)


@pytest.mark.parametrize("topic", ["", "KL 99", "NQ 36", "abc xyz", "bóng đá"])
def test_bad_topics(hash_rag, topic):
    with pytest.raises(BadInput):
        hash_rag.outline(topic)


def test_bad_output_suffix(kl69, tmp_path):
    with pytest.raises(BadInput, match=".md or .docx"):
        write_outline(kl69, tmp_path / "x.pdf")


def test_cli_outline(tmp_path, monkeypatch, capsys, corpus_dir):
    import docx
    from kg_rag.ui.cli import main
    monkeypatch.setenv("KG_RAG_EMBED_MODEL", "hash")
    out = tmp_path / "kl69.docx"
    args = ["outline", "Kết luận 69", "--json", "--out", str(out), "-q",
            "--corpus", str(corpus_dir), "--index", str(tmp_path / "ix")]
    assert main(args) == 0
    r = json.loads(capsys.readouterr().out)
    assert [s["heading"] for s in r["sections"]] == HEADINGS
    assert any(p.text == HEADINGS[3] for p in docx.Document(str(out)).paragraphs)


@pytest.mark.slow
def test_kl69_outline_real_model(real_rag):
    r = real_rag.outline("Kết luận 69")
    assert [s["heading"] for s in r["sections"]] == HEADINGS
    assert {c["source"] for c in r["citations"]} == {D002, D004}
    check_citations(r, real_rag.documents)
    assert any(c["score"] > 0 for c in r["citations"])

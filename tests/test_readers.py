"""Hostile and awkward files: zip bombs, endless documents, UTF-16 without a mark, random bytes,
links out of the corpus, hidden files; Word's own numbering and tables in document order; PDF
paragraphs and pages. (Legacy font encodings: test_legacy.py.)"""
import io
import os
import random
import unicodedata
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from kg_rag.documents.corpus import corpus_files, ignored_files, load_document
from kg_rag.documents.readers import read_document
from kg_rag.errors import DocumentError
from kg_rag.text.normalize import normalize_document

CORPUS = Path(__file__).resolve().parents[1] / "corpus"
PLAN = (CORPUS / "002_50cfeafd4e4b0251.txt").read_text(encoding="utf-8")
BODY = ["KẾ HOẠCH", "Phổ biến kiến thức khoa học cho hội viên nông dân năm 2025",
        "Ban Thường vụ Hội Nông dân huyện xây dựng kế hoạch phổ biến kiến thức khoa học như sau:"]


# ---- zip bombs and endless documents ------------------------------------------------------------
def _docx_bytes(extra: dict[str, bytes] | None = None) -> bytes:
    d = docx.Document()
    for t in BODY:
        d.add_paragraph(t)
    buf = io.BytesIO()
    d.save(buf)
    if not extra:
        return buf.getvalue()
    out = io.BytesIO()
    with zipfile.ZipFile(buf) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as dst:
        for info in src.infolist():
            dst.writestr(info, src.read(info))
        for name, data in extra.items():
            dst.writestr(name, data)
    return out.getvalue()


def test_plain_docx_is_read(tmp_path):
    (tmp_path / "a.docx").write_bytes(_docx_bytes())
    assert read_document(tmp_path / "a.docx").startswith("KẾ HOẠCH")


@pytest.mark.parametrize("extra, why", [
    ({"word/media/filler.bin": b"\0" * (60 * 2**20)}, "expands to 60 MB"),     # 60 MB in ~60 KB
    ({"word/media/filler.bin": b"\0" * (2 * 2**20)}, "compressed"),            # ratio ~1000
    ({f"customXml/extra{i}.xml": b"<a/>" for i in range(2100)}, "2\\d{3} parts"),   # absurd number of parts
])
def test_docx_zip_bomb_is_refused_before_parsing(tmp_path, extra, why):
    data = _docx_bytes(extra)
    assert len(data) < 2 * 2**20                # passes the 20 MB file-size check
    (tmp_path / "bomb.docx").write_bytes(data)
    with pytest.raises(DocumentError, match=why):
        read_document(tmp_path / "bomb.docx")


def test_too_many_characters_is_refused(tmp_path):
    (tmp_path / "dai.txt").write_text("Các chi bộ tổ chức học tập nghị quyết. " * 52_000, encoding="utf-8")
    with pytest.raises(DocumentError, match="characters.*split it"):
        read_document(tmp_path / "dai.txt")


# ---- encodings -----------------------------------------------------------------------------------
@pytest.mark.parametrize("codec", ["utf-16-le", "utf-16-be"])
def test_utf16_without_bom_is_read(tmp_path, codec):
    (tmp_path / "u.txt").write_bytes(PLAN.encode(codec))
    assert read_document(tmp_path / "u.txt") == PLAN


def _cp1258(text: str) -> bytes:
    """Vietnamese as Windows-1258 writes it: base letters precomposed, tone marks combining."""
    out = []
    for c in unicodedata.normalize("NFC", text):
        d = unicodedata.normalize("NFD", c)
        tone = "".join(m for m in d if m in "\u0300\u0301\u0303\u0309\u0323")
        out.append(unicodedata.normalize("NFC", d.replace(tone, "") if tone else d) + tone if tone else c)
    return "".join(out).encode("cp1258")


def test_windows_1258_is_still_read(tmp_path):
    (tmp_path / "w.txt").write_bytes(_cp1258(PLAN))
    assert normalize_document(read_document(tmp_path / "w.txt")) == normalize_document(PLAN)


_CP1258_OK = [b for b in range(1, 256) if len(bytes([b]).decode("cp1258", errors="ignore")) == 1]


@pytest.mark.parametrize("seed", range(5))
def test_random_bytes_without_nul_are_refused(tmp_path, seed):
    rnd = random.Random(seed)
    data = bytes(rnd.choice(_CP1258_OK) for _ in range(8192))     # decodes as Windows-1258
    (tmp_path / "r.txt").write_bytes(data)
    with pytest.raises(DocumentError, match="binary|not read as text|not UTF-8"):
        read_document(tmp_path / "r.txt")


@pytest.mark.parametrize("text, why", [
    ("".join(chr(random.Random(1).randrange(0x4E00, 0x9FFF)) for _ in range(3000)), "not read as text"),
    ("Вся власть советам и партийным комитетам области " * 40, "not Vietnamese"),
    ("ok \x01\x02\x03\x04 " * 300, "binary"),
])
def test_text_that_is_not_a_vietnamese_document_is_refused(tmp_path, text, why):
    (tmp_path / "x.txt").write_text(text, encoding="utf-8")
    with pytest.raises(DocumentError, match=why):
        read_document(tmp_path / "x.txt")


# ---- the corpus folder ---------------------------------------------------------------------------
def test_links_out_of_the_corpus_and_hidden_files_are_listed_not_indexed(tmp_path):
    corpus, outside = tmp_path / "corpus", tmp_path / "private"
    corpus.mkdir(), outside.mkdir()
    (outside / "secret.txt").write_text("mật khẩu của máy chủ " * 10, encoding="utf-8")
    (corpus / "ke-hoach.txt").write_text(PLAN, encoding="utf-8")
    os.symlink(outside / "secret.txt", corpus / "link-out.txt")
    os.symlink("/etc/passwd", corpus / "passwd.txt")
    os.symlink(corpus / "ke-hoach.txt", corpus / "link-in.txt")
    os.symlink(corpus / "gone.txt", corpus / "broken.txt")
    for name in ("..hidden-dots.txt", ".x.txt", "~$khoa.docx", "bang.xlsx"):
        (corpus / name).write_text("x", encoding="utf-8")
    (corpus / "sub").mkdir()
    assert sorted(corpus_files(corpus)) == ["ke-hoach.txt", "link-in.txt"]
    ignored = ignored_files(corpus)
    assert sorted(ignored) == sorted(["link-out.txt", "passwd.txt", "broken.txt", "..hidden-dots.txt", ".x.txt",
                                      "~$khoa.docx", "bang.xlsx"])
    assert "outside the corpus" in ignored["link-out.txt"] and "outside the corpus" in ignored["passwd.txt"]
    assert "hidden" in ignored["..hidden-dots.txt"] and "lock" in ignored["~$khoa.docx"]
    assert "unsupported" in ignored["bang.xlsx"] and "broken" in ignored["broken.txt"]


# ---- Word: numbering and tables ------------------------------------------------------------------
_NUMBERING = """<w:abstractNum {ns} w:abstractNumId="90">
  <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
  <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%2."/></w:lvl>
  <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="%3)"/></w:lvl>
  <w:lvl w:ilvl="3"><w:numFmt w:val="bullet"/><w:lvlText w:val="\uf0b7"/></w:lvl>
</w:abstractNum>"""


def _numbered(p, num_id: int, ilvl: int) -> None:
    p._p.get_or_add_pPr().append(parse_xml(f'<w:numPr {nsdecls("w")}><w:ilvl w:val="{ilvl}"/>'
                                           f'<w:numId w:val="{num_id}"/></w:numPr>'))


def _word_plan(path: Path) -> Path:
    d = docx.Document()
    numbering = d.part.numbering_part.element
    numbering.insert(0, parse_xml(_NUMBERING.format(ns=nsdecls("w"))))
    numbering.append(parse_xml(f'<w:num {nsdecls("w")} w:numId="90"><w:abstractNumId w:val="90"/></w:num>'))
    header = d.add_table(rows=2, cols=2)
    for cell, lines in zip(header.rows[0].cells, (["ỦY BAN NHÂN DÂN", "HUYỆN TÂN LẠC"],
                                                  ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc"])):
        cell.text = lines[0]
        cell.add_paragraph(lines[1])
    header.rows[1].cells[0].text, header.rows[1].cells[1].text = "Số: 15/KH-UBND", "Tân Lạc, ngày 10 tháng 3 năm 2025"
    d.add_paragraph("KẾ HOẠCH")
    d.add_paragraph("Phát triển phong trào sáng kiến trong cán bộ, công chức năm 2025")
    d.add_paragraph("Ủy ban nhân dân huyện ban hành Kế hoạch phát triển phong trào sáng kiến như sau:")
    for text, ilvl in [("MỤC ĐÍCH, YÊU CẦU", 0), ("Khơi dậy tinh thần sáng tạo của cán bộ, công chức trong công việc.", 1),
                       ("Sáng kiến phải gắn với cải cách hành chính.", 1), ("NHIỆM VỤ", 0),
                       ("Các phòng chuyên môn thực hiện các việc sau:", 1), ("Đăng ký sáng kiến trước ngày 30/4/2025;", 2),
                       ("Báo cáo kết quả áp dụng trước ngày 30/11/2025.", 2), ("Kèm theo biểu mẫu đăng ký.", 3)]:
        _numbered(d.add_paragraph(text), 90, ilvl)
    d.add_paragraph("Phân công cụ thể như sau:")
    table = d.add_table(rows=3, cols=4)
    for row, cells in zip(table.rows, [("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian"),
                                       ("1", "Tập huấn viết sáng kiến", "Phòng Nội vụ", "Quý II/2025"),
                                       ("2", "Chấm điểm sáng kiến | cấp huyện", "Hội đồng sáng kiến huyện", "Tháng 12/2025")]):
        for cell, text in zip(row.cells, cells):
            cell.text = text
    d.add_paragraph("Các cơ quan đăng ký theo mẫu:", style="List Number")
    d.add_paragraph("Gửi danh sách về Phòng Nội vụ.", style="List Number")
    d.add_paragraph("Trên đây là Kế hoạch phát triển phong trào sáng kiến năm 2025 của Ủy ban nhân dân huyện.")
    tail = d.add_table(rows=1, cols=2)                  # recipients beside the signature
    for cell, lines in zip(tail.rows[0].cells, (["Nơi nhận:", "- Thường trực Huyện ủy;", "- Lưu: VT."],
                                                ["TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn Hùng"])):
        cell.text = lines[0]
        for line in lines[1:]:
            cell.add_paragraph(line)
    d.save(str(path))
    return path


def test_word_numbering_becomes_markers(tmp_path):
    text = read_document(_word_plan(tmp_path / "kh.docx"))
    for line in ("I. MỤC ĐÍCH, YÊU CẦU", "1. Khơi dậy tinh thần", "2. Sáng kiến phải gắn", "II. NHIỆM VỤ",
                 "1. Các phòng chuyên môn", "a) Đăng ký sáng kiến", "b) Báo cáo kết quả", "- Kèm theo biểu mẫu",
                 "1. Các cơ quan đăng ký theo mẫu:", "2. Gửi danh sách"):
        assert f"\n{line}" in text, line


def test_word_document_structure(tmp_path):
    doc = load_document(_word_plan(tmp_path / "kh.docx"))
    assert (doc.type, doc.number, doc.place, doc.date) == ("Kế hoạch", "15/KH-UBND", "Tân Lạc", "10/03/2025")
    assert (doc.signer, doc.recipients) == ("Nguyễn Văn Hùng", ("Thường trực Huyện ủy", "Lưu: VT"))
    heads = [b.text for b in doc.blocks if b.kind == "heading"]
    assert heads[:3] == ["I. MỤC ĐÍCH, YÊU CẦU", "II. NHIỆM VỤ", "1. Các phòng chuyên môn thực hiện các việc sau:"]
    item = next(b for b in doc.blocks if b.text.startswith("a) Đăng ký"))
    assert item.kind == "item" and item.path == ("II. NHIỆM VỤ", "1. Các phòng chuyên môn thực hiện các việc sau:")


def test_word_table_rows_in_document_order_with_their_columns(tmp_path):
    doc = load_document(_word_plan(tmp_path / "kh.docx"))
    rows = [b for b in doc.blocks if b.kind == "row"]
    assert len(rows) == 2 and rows[0].columns == ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Thời gian")
    assert "Tập huấn viết sáng kiến" in rows[0].text and "Phòng Nội vụ" in rows[0].text
    assert "Chấm điểm sáng kiến / cấp huyện" in rows[1].text      # a "|" in a cell cannot cut the row
    text = doc.text
    assert text.index("Phân công cụ thể") < text.index("Tập huấn viết") < text.index("Các cơ quan đăng ký")


# ---- PDF: paragraphs from the layout, pages -------------------------------------------------------
FONT = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
_SPREAD = ("Các xã tổ chức cho bà con nông dân tham quan học tập mô hình trồng chè theo hướng hữu cơ và nghe "
           "cán bộ kỹ thuật hướng dẫn cách chăm sóc bón phân tưới nước phòng trừ sâu bệnh cũng như cách ghi "
           "chép nhật ký sản xuất để truy xuất nguồn gốc sản phẩm khi bán cho doanh nghiệp ") * 4 + "đúng hẹn."
PDF_PAGES = [
    ["ỦY BAN NHÂN DÂN", "HUYỆN LẠC SƠN", "Số: 27/KH-UBND", "Lạc Sơn, ngày 12 tháng 5 năm 2025", "KẾ HOẠCH",
     "Tuyên truyền ứng dụng khoa học kỹ thuật trong sản xuất nông nghiệp trên địa bàn huyện năm 2025",
     "Thực hiện Kết luận số 69-KL/TW ngày 11/01/2024 của Bộ Chính trị, Ủy ban nhân dân huyện ban hành kế hoạch "
     "tuyên truyền ứng dụng khoa học kỹ thuật trong sản xuất nông nghiệp với các nội dung sau đây.",
     "I. MỤC ĐÍCH, YÊU CẦU",
     "1. Nâng cao nhận thức của cán bộ, đảng viên và nông dân về vai trò của khoa học kỹ thuật trong sản xuất, "
     "góp phần tăng năng suất, chất lượng và giá trị nông sản của huyện.",
     "2. Công tác tuyên truyền phải thiết thực, hiệu quả, phù hợp với điều kiện của từng xã, thị trấn."],
    ["II. NỘI DUNG TUYÊN TRUYỀN",
     "1. Các mô hình sản xuất lúa, chè, cây ăn quả áp dụng tiến bộ kỹ thuật đạt hiệu quả cao trên địa bàn "
     "huyện trong những năm gần đây.",
     "2. Kinh nghiệm đưa nông sản lên sàn thương mại điện tử của các hợp tác xã.",
     "- Xây dựng chuyên mục trên đài truyền thanh huyện.", "- Tổ chức hội nghị đầu bờ tại các xã.",
     "Phòng Văn hóa và Thông tin biên tập tài liệu tuyên truyền, cung cấp cho các xã trước ngày 30/6/2025. "
     "Các xã in sao, phát tới từng hộ gia đình.", *[f"- Xã số {i} tổ chức ít nhất hai buổi tuyên truyền." for i in
                                                    range(1, 12)], _SPREAD,
     "III. TỔ CHỨC THỰC HIỆN",
     "Phòng Nông nghiệp và Phát triển nông thôn chủ trì, phối hợp với các cơ quan liên quan triển khai kế hoạch "
     "này; định kỳ báo cáo kết quả về Ủy ban nhân dân huyện trước ngày 15/12/2025.",
     "Nơi nhận:", "- Thường trực Huyện ủy;", "- Lưu: VT.", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Hà Văn Bình"],
]


def _pdf(path: Path, gap: float) -> Path:
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test extra) builds the test PDF")
    if not FONT.exists():
        pytest.skip(f"{FONT} is missing (Debian package fonts-dejavu-core); the test PDF needs a Vietnamese font")

    class Pdf(fpdf.FPDF):
        def footer(self):
            self.set_y(-12)
            self.cell(0, 5, str(self.page_no()), align="C")

    pdf = Pdf(format="A4")
    pdf.add_font("dv", "", str(FONT))
    pdf.set_font("dv", size=12)
    for paras in PDF_PAGES:
        pdf.add_page()
        for text in paras:
            pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
            pdf.ln(gap)
    pdf.output(str(path))
    return path


def test_pdf_dash_opening_a_line_goes_on_the_line_above(tmp_path):
    """A PDF line broken before the "- xã hội" of "văn hóa - xã hội" is one paragraph; a list under a colon is not."""
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test extra) builds the test PDF")
    if not FONT.exists():
        pytest.skip(f"{FONT} is missing (Debian package fonts-dejavu-core); the test PDF needs a Vietnamese font")
    lines = ["QUYẾT ĐỊNH", "Điều 1. Thành lập Tổ công nghệ số cộng đồng phường gồm 11 thành viên, do",
             "đồng chí Phó Chủ tịch UBND phường phụ trách lĩnh vực công tác văn hóa",
             "- xã hội làm Tổ trưởng; các thành viên làm việc theo chế độ kiêm nhiệm.",
             "Điều 2. Tổ có nhiệm vụ hỗ trợ người dân sử dụng dịch vụ công trực tuyến:",
             "- hướng dẫn người dân cài đặt ứng dụng định danh điện tử trên điện thoại;",
             "- tổ chức các buổi hỗ trợ lưu động tại nhà văn hóa các khu phố hằng tháng."]
    pdf = fpdf.FPDF(format="A4")
    pdf.add_font("dv", "", str(FONT))
    pdf.set_font("dv", size=11)
    pdf.add_page()
    for line in lines:
        pdf.cell(0, 6, line, new_x="LMARGIN", new_y="NEXT")
    pdf.output(str(tmp_path / "qd.pdf"))
    text = load_document(tmp_path / "qd.pdf").text
    assert "công tác văn hóa - xã hội làm Tổ trưởng" in text
    assert "\n- hướng dẫn người dân" in text and "\n- tổ chức các buổi" in text


@pytest.mark.parametrize("gap", [3, 0])
def test_pdf_gives_the_paragraphs_of_the_same_text(tmp_path, gap):
    from kg_rag.documents.chunking import chunk_document
    from kg_rag.text.normalize import collapse_ws
    pdf = load_document(_pdf(tmp_path / "kh.pdf", gap))
    (tmp_path / "kh.txt").write_text("\n\n".join(p for page in PDF_PAGES for p in page), encoding="utf-8")
    txt = load_document(tmp_path / "kh.txt")
    assert [collapse_ws(c.text) for c in chunk_document(pdf)] == [collapse_ws(c.text) for c in chunk_document(txt)]
    assert (pdf.number, pdf.title, pdf.signer) == (txt.number, txt.title, txt.signer) == \
        ("27/KH-UBND", PDF_PAGES[0][5], "Hà Văn Bình")


def test_pdf_pages_reach_chunks_and_citations(tmp_path):
    from kg_rag.documents.chunking import chunk_document
    from kg_rag.types import Citation
    doc = load_document(_pdf(tmp_path / "kh.pdf", 3))
    assert len(doc.pages) == 3 and doc.pages[0] == 0 and doc.pages[1] == doc.text.index("II. NỘI DUNG")
    chunks = chunk_document(doc)
    def page(start):
        return next(c.page for c in chunks if c.text.startswith(start))
    assert (page("ỦY BAN NHÂN DÂN"), page("2. Công tác"), page("1. Các mô hình"), page("Nơi nhận:")) == (1, 1, 2, 3)
    spread = next(c for c in chunks if c.text.startswith("Các xã tổ chức"))
    assert spread.page == 2 and spread.end > doc.pages[2]       # a paragraph cut by a page break is whole
    assert all(doc.text[c.start:c.end] == c.text for c in chunks)
    cite = Citation.of_chunk(1, spread, 0, 10)
    assert cite.page == 2 and cite.to_dict()["page"] == 2
    plain = load_document(CORPUS / "002_50cfeafd4e4b0251.txt")
    assert plain.pages == () and "page" not in Citation.of_chunk(1, chunk_document(plain)[0], 0, 5).to_dict()


def test_damaged_pdf_warnings_go_to_the_debug_log(tmp_path):
    import re
    import subprocess
    import sys
    data = _pdf(tmp_path / "kh.pdf", 3).read_bytes()
    m = re.search(rb"startxref\s+(\d+)", data)
    (tmp_path / "bad.pdf").write_bytes(data[:m.start(1)] + b"7" + data[m.end(1):])   # wrong xref offset
    # a fresh process, as the CLI runs: pytest would catch every log record itself
    code = ("import logging, sys; from kg_rag.documents.readers import read_document\n"
            "seen = []; h = logging.Handler(); h.emit = seen.append\n"
            "logging.getLogger('kg_rag').addHandler(h); logging.getLogger('kg_rag').setLevel(logging.DEBUG)\n"
            "assert 'II. NỘI DUNG' in read_document(sys.argv[1])\n"
            "assert any('startxref' in r.getMessage() for r in seen), seen")
    run = subprocess.run([sys.executable, "-c", code, str(tmp_path / "bad.pdf")], capture_output=True, text=True)
    assert run.returncode == 0 and run.stdout == "" and run.stderr == "", run.stderr

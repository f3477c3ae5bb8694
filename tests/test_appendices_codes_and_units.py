"""Known-answer tests for classes read off eval/blind76, 72 and 80–82: an appendix printed after the
signature and "Nơi nhận" ("Phụ lục 1", or "DANH SÁCH …" with its "(Kèm theo …)" note) is content,
not recipients; a code a question names ("mô-đun KT-03") is one thing, which a plan listing
"KT-01" and "KT-02" does not give; a unit written in Latin letters ("bao nhiêu MB") is no acronym
of the documents' phrases; "hoi dong quet thu", typed plain, is a council testing, no council
named "Quét"; "file", a word the documents never write, is their "tệp"; "tăng 14,6% so với năm 2024" gives 2025's
figures, none of 2024's; a PDF table whose header cells wrap over two lines names its columns as
the same table typed in Markdown does; a signer named with a rank ("Đại tá Hà Văn Quý") is the signer; "Lĩnh vực 2 - Công nghệ thông tin", a short line over bullets,
heads them; "TS", "ThS" are "tiến sĩ", "thạc sĩ" (and "HB", read off the corpus, "học bổng"). Each on two shapes written for this file: as typed (.txt) and as
Markdown."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import rag_of, says
from kg_rag.answer.named import mentioned, named_things
from kg_rag.search.acronyms import looks_like_acronym, loanwords

DECISION = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LAM VIÊN
Số: 77/QĐ-SKHCN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Lam Viên, ngày 02 tháng 3 năm 2026

QUYẾT ĐỊNH
Phê duyệt kinh phí dự án số hóa đình làng tỉnh Lam Viên

Điều 1. Phê duyệt kinh phí dự án số hóa đình làng, tổng kinh phí 1.950.000.000 đồng.

Điều 2. Tập huấn cho cán bộ văn hóa xã gồm các mô-đun:
1. Mô-đun KT-01 "Chụp ảnh và quét hiện vật": 15 tiết.
2. Mô-đun KT-02 "Ghi âm mỗi bài dân ca": 10 tiết.

Điều 3. Ảnh gửi về Sở định dạng JPG, dung lượng không quá 25 MB/tệp; mỗi bài ghi âm một tệp; mỗi bài thuyết minh không quá 500 chữ. Phòng Quản lý khoa học kiểm duyệt tệp trong thời hạn 07 ngày làm việc.

Điều 4. Hội đồng thẩm định quét thử ngẫu nhiên 12 mã QR bằng điện thoại; 12/12 mã mở đúng trang thuyết minh.

Điều 5. Quyết định này có hiệu lực kể từ ngày ký.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Hà Thị Ngân

Nơi nhận:
- Như Điều 5;
- UBND tỉnh;
- Lưu: VT, QLKH.

Phụ lục 1
DỰ TOÁN KINH PHÍ DỰ ÁN SỐ HÓA ĐÌNH LÀNG

| TT | Nội dung chi | Kinh phí (đồng) |
| 1 | Khảo sát hiện trạng đình làng | 210.000.000 |
| 2 | Quét 3D và dựng mô hình | 1.240.000.000 |
| 3 | Biển mã QR thuyết minh | 500.000.000 |
"""

LIST = """ỦY BAN NHÂN DÂN XÃ VÂN THẠCH
Số: 41/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Vân Thạch, ngày 05 tháng 3 năm 2026

QUYẾT ĐỊNH
Về việc thành lập Tổ sưu tầm dân ca xã Vân Thạch

Điều 1. Thành lập Tổ sưu tầm dân ca xã Vân Thạch gồm các thành viên có tên trong danh sách kèm theo.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

CHỦ TỊCH
Lục Văn Thành

Nơi nhận:
- Như Điều 2;
- UBND huyện.

DANH SÁCH THÀNH VIÊN TỔ SƯU TẦM DÂN CA
(Kèm theo Quyết định số 41/QĐ-UBND ngày 05/3/2026 của Chủ tịch UBND xã Vân Thạch)

| TT | Họ và tên | Nhiệm vụ trong Tổ |
| 1 | Nông Thị Huệ | Tổ trưởng |
| 2 | Mã Văn Khoa | Thư ký |
"""

REPORT = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH TỈNH LAM VIÊN
Số: 88/BC-SVHTTDL
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Lam Viên, ngày 20 tháng 12 năm 2025

BÁO CÁO
Kết quả sưu tầm dân ca năm 2025

I. KẾT QUẢ

1. Năm 2025, các xã gửi về Sở 318 bài dân ca, tăng 14,6% so với năm 2024; kinh phí hỗ trợ người trình bày 1,2 tỷ đồng.

2. Người nghiên cứu dân ca về công tác tại tỉnh được hỗ trợ một lần: tiến sĩ 300.000.000 đồng; thạc sĩ 120.000.000 đồng.

3. Học bổng loại A: 10.000.000 đồng/suất; học bổng loại B: 5.000.000 đồng/suất.

II. LỚP TẬP HUẤN GHI ÂM DÂN CA

| Lớp | Địa điểm | Khai giảng |
| TH-01 | Nhà văn hóa xã Vân Thạch | 05/5/2026 |
| TH-02 | Hội trường UBND xã Lũng Pha | 12/5/2026 |

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.

GIÁM ĐỐC
Lò Văn Sính
"""

RESULTS = """BAN TỔ CHỨC HỘI THI SÁNG TẠO KỸ THUẬT TỈNH LAM VIÊN
Số: 05/TB-BTC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Lam Viên, ngày 15 tháng 01 năm 2026

THÔNG BÁO
Kết quả Hội thi Sáng tạo kỹ thuật tỉnh Lam Viên lần thứ V

I. DANH SÁCH GIẢI PHÁP ĐẠT GIẢI
Lĩnh vực 1 - Cơ khí, tự động hóa
- Giải Nhất: "Máy tách hạt mắc ca"; tác giả Hà Văn Thiệp.
- Giải Nhì: "Bộ điều khiển bơm tưới bằng điện thoại"; tác giả Lưu Thị Dung.
Lĩnh vực 2 - Công nghệ thông tin, chuyển đổi số
- Giải Nhất: "Phần mềm tra cứu thủ tục hành chính"; nhóm tác giả Vi Đức Toàn, Lò Thị Nga.
- Giải Nhì: "Ứng dụng điểm danh bằng mã QR"; tác giả Nông Thị Hiền.

Nơi nhận:
- Các tác giả đạt giải;
- Lưu: VT.

TRƯỞNG BAN
Đặng Quốc Hưng
"""

SIGNED_BY_RANK = """CÔNG AN TỈNH LAM VIÊN
Số: 22/CAT-PA05
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Lam Viên, ngày 10 tháng 3 năm 2026

CÔNG VĂN
Về việc cảnh báo lừa đảo trực tuyến

Kính gửi: UBND các huyện, thành phố.

1. Đề nghị UBND các huyện chỉ đạo Đài truyền thanh xã phát bản tin cảnh báo lừa đảo 02 lần/tuần.

Nơi nhận:
- Như trên;
- Lưu: VT, PA05.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
(Đã ký)
Đại tá Hà Văn Quý
"""


def _md(text: str) -> str:
    return text.replace("\nQUYẾT ĐỊNH\n", "\n# QUYẾT ĐỊNH\n").replace("\nBÁO CÁO\n", "\n# BÁO CÁO\n").replace("\nTHÔNG BÁO\n", "\n# THÔNG BÁO\n").replace("\nCÔNG VĂN\n", "\n# CÔNG VĂN\n").replace("\nI. ", "\n## I. ").replace("\nII. ", "\n## II. ").replace("\nPhụ lục 1\n", "\n## Phụ lục 1\n") \
        .replace("| TT | Nội dung chi | Kinh phí (đồng) |\n", "| TT | Nội dung chi | Kinh phí (đồng) |\n|---|---|---|\n") \
        .replace("| TT | Họ và tên | Nhiệm vụ trong Tổ |\n", "| TT | Họ và tên | Nhiệm vụ trong Tổ |\n|---|---|---|\n")


@pytest.fixture(scope="module", params=["txt", "md"])
def rag(request, tmp_path_factory):
    ext = request.param
    files = {f"qd_77.{ext}": DECISION, f"qd_41.{ext}": LIST, f"bc_88.{ext}": REPORT, f"tb_05.{ext}": RESULTS, f"cv_22.{ext}": SIGNED_BY_RANK}
    return rag_of(tmp_path_factory.mktemp(f"appx_corpus_{ext}"), tmp_path_factory.mktemp(f"appx_{ext}") / "index",
                  {k: _md(v) if ext == "md" else v for k, v in files.items()})


def test_an_appendix_after_the_recipients_is_content(rag):
    says(rag, "Khoản quét 3D và dựng mô hình hết bao nhiêu tiền?", "1.240.000.000")
    doc = next(d for d in rag.snapshot().documents.values() if d.source.startswith("qd_77"))
    assert doc.recipients[-1] == "Lưu: VT, QLKH" and not any("Phụ lục" in r or "|" in r for r in doc.recipients)


def test_a_list_attached_with_its_note_is_content(rag):
    says(rag, "Thư ký của Tổ sưu tầm dân ca là ai?", "Mã Văn Khoa")
    doc = next(d for d in rag.snapshot().documents.values() if d.source.startswith("qd_41"))
    assert doc.recipients == ("Như Điều 2", "UBND huyện")


def test_a_code_is_one_thing(rag):
    says(rag, "Mô-đun KT-02 học mấy tiết?", "10 tiết")
    says(rag, "mo dun kt-02 bao nhieu tiet", "10 tiết")
    says(rag, "Còn mô-đun KT-02?", "10 tiết", history=["Mô-đun KT-01 học mấy tiết?"])      # one code for another
    # a follow-up naming another place asks of that class, not of the code asked before
    says(rag, "Còn lớp ở xã Lũng Pha?", "12/5/2026", history=["Lớp TH-01 khai giảng ngày nào?"])
    a = rag.ask("Mô-đun KT-03 học mấy tiết?")
    assert not a.grounded, a.answer


def test_a_unit_is_no_acronym(rag):
    assert not looks_like_acronym("MB") and not looks_like_acronym("dpi") and looks_like_acronym("TTHTCĐ")
    says(rag, "Ảnh gửi Sở tối đa bao nhiêu MB mỗi tệp?", "25 MB")


def test_a_council_typed_plain_is_its_head_and_what_it_does(rag):
    assert "hoi dong quet" not in named_things("hoi dong quet thu bao nhieu ma qr")
    says(rag, "hoi dong quet thu bao nhieu ma qr", "12 mã QR")


def test_a_borrowed_word_is_the_documents_own(rag):
    assert loanwords("gửi file online", frozenset({"tệp", "trực"}), False) == "gửi tệp trực tuyến"
    assert loanwords("gửi file", frozenset({"file", "tệp"}), False) == "gửi file"      # written: kept
    assert "kiểm duyệt tệp" in rag.snapshot().read_query("Phòng Quản lý khoa học kiểm duyệt file trong mấy ngày?").text
    says(rag, "Phòng Quản lý khoa học kiểm duyệt file trong mấy ngày?", "07 ngày")
    says(rag, "phong quan ly khoa hoc kiem duyet file trong bao nhieu ngay", "07 ngày")


def test_a_year_compared_against_is_not_a_year_given(rag):
    says(rag, "Năm 2025 kinh phí hỗ trợ người trình bày dân ca là bao nhiêu?", "1,2 tỷ đồng")
    says(rag, "Năm 2025 số bài dân ca tăng bao nhiêu so với năm 2024?", "14,6%")
    assert mentioned("so voi 2024", "| so bai | nam 2024: 278 | nam 2025: 318 |")       # (its figure, any way)
    a = rag.ask("Năm 2024 kinh phí hỗ trợ người trình bày dân ca là bao nhiêu?")
    assert not a.grounded, a.answer


FINES = [("TT", "Địa bàn", "Chợ kiểm tra", "Cân không đạt", "Tiền phạt (đồng)"),
         ("1", "Thành phố Lam Viên", "14", "58", "52.500.000"), ("2", "Huyện Lũng Pha", "10", "44", "33.000.000"),
         ("3", "Huyện Khe Vàng", "6", "29", "19.500.000")]
_INTRO = "Kết quả kiểm tra cân tại chợ 6 tháng đầu năm 2026 theo từng địa bàn như sau:"


def _fines_pdf(path: Path) -> Path:
    fpdf = pytest.importorskip("fpdf", reason="fpdf2 (test extra) builds the test PDF")
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not font.exists():
        pytest.skip(f"{font} is missing (Debian package fonts-dejavu-core); the test PDF needs a Vietnamese font")
    pdf = fpdf.FPDF(format="A4")
    pdf.add_font("dv", "", str(font))
    pdf.add_font("dv", "B", str(font))      # (table headings are set in bold)
    pdf.add_page()
    pdf.set_font("dv", size=11)
    for line in REPORT.split("\n1. ")[0].splitlines():
        pdf.multi_cell(0, 6, line or " ", new_x="LMARGIN", new_y="NEXT")
    pdf.multi_cell(0, 6, _INTRO, new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("dv", size=8.5)        # (narrow columns: "Chợ kiểm" / "tra" on two lines)
    with pdf.table(width=110, col_widths=(8, 40, 12, 12, 24), text_align=("CENTER", "LEFT", "CENTER", "CENTER", "RIGHT"),
                   line_height=5.5, first_row_as_headings=True) as table:
        for cells in FINES:
            row = table.row()
            for c in cells:
                row.cell(c)
    pdf.output(str(path))
    return path


@pytest.mark.parametrize("shape", ["pdf", "md"])
def test_a_table_header_wrapped_over_lines_names_the_columns(tmp_path, shape):
    from kg_rag.documents.corpus import load_document
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    if shape == "pdf":
        _fines_pdf(corpus / "bc_46.pdf")
        text = load_document(corpus / "bc_46.pdf").text
        assert "| TT | Địa bàn | Chợ kiểm tra | Cân không đạt | Tiền phạt (đồng) |" in text
    else:
        table = "\n".join("| " + " | ".join(r) + " |" for r in FINES[:1] + [("---",) * 5] + FINES[1:])
        (corpus / "bc_46.md").write_text(REPORT.split("\n1. ")[0] + "\n" + _INTRO + "\n\n" + table + "\n", encoding="utf-8")
    rag = rag_of(corpus, tmp_path / "index", {})
    says(rag, "Huyện Lũng Pha bị phạt bao nhiêu tiền?", "33.000.000")


def test_a_row_wrapped_at_a_page_top_is_no_header():
    """Pieces above a table's first row that start with a time or a number are a row of the table cut
    by the page break (its cells wrapped), not the column names."""
    from kg_rag.documents.pdf_reader import _with_headers
    frag = [("08h15 - 08h45", 60.0), ("Báo cáo đề dẫn", 150.0), ("Bà Hoàng Thị Lan", 330.0)]
    rows = [[(60.0, "08h45 - 09h25"), (150.0, "Tham luận"), (330.0, "Ông Vi Văn Sơn")],
            [(60.0, "09h25 - 09h40"), (150.0, "Giải lao"), (330.0, "Ban Tổ chức")]]
    lines = [("08h15 - 08h45 Báo cáo đề dẫn Bà Hoàng Thị Lan", 60.0, 700.0, 9.0),
             ("| 08h45 - 09h25 | Tham luận | Ông Vi Văn Sơn |", 60.0, 686.0, 9.0),
             ("| 09h25 - 09h40 | Giải lao | Ban Tổ chức |", 60.0, 672.0, 9.0)]
    pieces = [[(x, t, 9.0) for t, x in frag], [], []]
    assert _with_headers(lines, [[(x, t) for t, x in frag]] + rows, pieces) == lines
    names = [("Thời gian", 60.0), ("Nội dung", 150.0), ("Thực hiện", 330.0)]
    lines[0] = ("Thời gian Nội dung Thực hiện", 60.0, 700.0, 9.0)
    out = _with_headers(lines, [[(x, t) for t, x in names]] + rows, [[(x, t, 9.0) for t, x in names], [], []])
    assert out[0][0] == "| Thời gian | Nội dung | Thực hiện |"


def test_a_short_line_over_bullets_heads_them(rag):
    says(rag, "Ai đoạt giải Nhất lĩnh vực công nghệ thông tin?", "Vi Đức Toàn", absent=("Hà Văn Thiệp",))
    says(rag, "tac gia giai nhi linh vuc co khi la ai", "Lưu Thị Dung", absent=("Nông Thị Hiền",))


def test_degrees_and_scholarships_written_short(rag):
    assert "tiến sĩ" in rag.snapshot().read_query("TS về tỉnh được hỗ trợ một lần bao nhiêu tiền?").search_text
    says(rag, "TS về tỉnh được hỗ trợ một lần bao nhiêu tiền?", "300.000.000 đồng")
    says(rag, "ThS thì được hỗ trợ bao nhiêu?", "120.000.000 đồng")
    says(rag, "HB loại A mỗi suất bao nhiêu tiền?", "10.000.000 đồng/suất")


def test_a_signer_named_with_a_rank(rag):
    doc = next(d for d in rag.snapshot().documents.values() if d.source.startswith("cv_22"))
    assert doc.signer == "Đại tá Hà Văn Quý" and doc.recipients == ("Như trên", "Lưu: VT, PA05")
    says(rag, "Ai ký CV 22?", "Hà Văn Quý")


def test_a_signer_not_read_as_a_name_is_no_appendix(tmp_path):
    """After "Lưu", lines with "(Đã ký)" are the signature block, even when the signer's name is not
    read as one ("Bác sĩ CKII. …"): never an appendix of the document."""
    from kg_rag.documents.corpus import load_document
    text = SIGNED_BY_RANK.replace("Đại tá Hà Văn Quý", "Bác sĩ CKII. Lê Văn An")
    (tmp_path / "cv_22.txt").write_text(text, encoding="utf-8")
    doc = load_document(tmp_path / "cv_22.txt")
    assert not any("(Đã ký)" in b.text for b in doc.blocks if b.kind in ("paragraph", "item", "heading"))

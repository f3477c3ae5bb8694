"""Known-answer tests for the classes read off eval/blind55–57: a document attached after a
decision's signature (a Quy chế, a công văn's PHỤ LỤC) read under its own title, its article
titled with a note in brackets ("Điều 2. Tiêu chí chấm điểm (thang điểm 100)") a heading, and a
hard-wrapped "(Kèm theo …)" line ending the title; a count's unit of one syllable before a word of
several ("cuốn" "Sổ tay"), "bao nhiêu điểm trở lên"; "bao nhiu" typed for "bao nhiêu"; a word of
the language ("nằm") never taken for another the corpus writes beside the next syllable ("năm
trong"); a document of the place asked that does not answer, passed over for one that does; "Phòng
VH, KH&TT" read whole; "thôn chậm nhất" no place's name; "bảng 2" a part of the document; "Email
của ông X", "Trưởng ban … là ông (bà) nào" needing an address and a name; "có cái nào do cấp xã
ban hành không"; "báo cáo viên" no report. Each on two shapes written for this file: the documents
as typed (.txt) and as Markdown."""
from __future__ import annotations

import pytest

from conftest import rag_of, says
from kg_rag.answer.asked_type import asked_quantity
from kg_rag.answer.named import named_things
from kg_rag.documents.chunking import chunk_document
from kg_rag.documents.corpus import load_document
from kg_rag.text.genre import user_abbreviations

DECISION = """ỦY BAN NHÂN DÂN                     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN TÀ LÂM                             Độc lập - Tự do - Hạnh phúc
Số: 415/QĐ-UBND                          Tà Lâm, ngày 12 tháng 3 năm 2026

QUYẾT ĐỊNH
Ban hành Quy chế Hội thi "Sáng kiến số" huyện Tà Lâm năm 2026

CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TÀ LÂM

Căn cứ Luật Tổ chức chính quyền địa phương năm 2025;
Theo đề nghị của Trưởng phòng Văn hóa, Khoa học và Thông tin huyện.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Quy chế Hội thi "Sáng kiến số" huyện Tà Lâm năm 2026.

Điều 2. Giao Phòng Văn hóa, Khoa học và Thông tin huyện chủ trì tổ chức Hội thi, tổng hợp hồ sơ dự thi trước ngày 30/5/2026; Trung tâm Văn hóa - Thể thao huyện đưa tin về Hội thi.

Điều 3. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

CHỦ TỊCH
(Đã ký)
Lò Văn Pẩu

QUY CHẾ
Hội thi "Sáng kiến số" huyện Tà Lâm năm 2026
(Ban hành kèm theo Quyết định số 415/QĐ-UBND ngày 12/3/2026 của Chủ tịch UBND huyện Tà Lâm)

Điều 1. Ban Tổ chức

Ban Tổ chức do 01 Phó Chủ tịch UBND huyện làm Trưởng ban; thành viên là lãnh đạo các phòng chuyên môn của huyện.

Điều 2. Tiêu chí chấm điểm (thang điểm 100)

1. Tính mới của sáng kiến: 40 điểm.

2. Khả năng áp dụng tại các xã: 35 điểm.

3. Hình thức trình bày: 25 điểm.

Sáng kiến đạt dưới 60 điểm không được xét giải.

Điều 3. Giải thưởng

1. 01 giải Nhất: 8.000.000 đồng.

2. 02 giải Nhì: 5.000.000 đồng.

Điều 4. Thành phần dự lễ trao giải (khoảng 120 đại biểu)

- Lãnh đạo Ủy ban nhân dân huyện và các phòng chuyên môn.

- Các tác giả có sáng kiến đạt giải và người hướng dẫn.
"""

# typed from a PDF: every line broken near 72 characters, the appendix's "(Kèm theo …)" line too
LETTER = """UBND TỈNH BẮC LÂM                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO                   Độc lập - Tự do - Hạnh phúc
Số: 77/SGDĐT-GDTrH                   Bắc Lâm, ngày 05 tháng 9 năm 2025
V/v triển khai thí điểm dạy học số năm học 2025-2026

Kính gửi: Hiệu trưởng các trường trung học phổ thông.

Thực hiện kế hoạch năm học 2025-2026, Sở Giáo dục và Đào tạo triển khai
thí điểm dạy học số tại một số trường trung học phổ thông có đủ phòng máy
và đường truyền; các trường trong danh sách kèm theo xây dựng kế hoạch thí
điểm, gửi Sở qua Cổng thông tin điện tử
(https://hoso.baclam.edu.vn/thi-diem-day-hoc-so) trước ngày 30/9/2025.
Đầu mối liên hệ: bà Hà Thị Mây, chuyên viên Phòng Giáo dục Trung học, điện
thoại 0209 3855 123, thư điện tử mayht@baclam.edu.vn để được hướng dẫn.

Nơi nhận:
- Như trên;
- Lưu: VT.

GIÁM ĐỐC
(Đã ký)
Đinh Văn Tào

PHỤ LỤC
DANH SÁCH TRƯỜNG TRUNG HỌC PHỔ THÔNG THÍ ĐIỂM DẠY HỌC SỐ NĂM HỌC
(Kèm theo Công văn số 77/SGDĐT-GDTrH ngày 05/9/2025 của Sở GDĐT)
Huyện Tà Lâm (2 trường): Trường THPT Tà Lâm; Trường THPT Pác Sẻ thuộc xã
Pác Sẻ của huyện.
Huyện Mường Pồn (1 trường): Trường THPT Mường Pồn của huyện Mường Pồn.
"""

REPORT = """ỦY BAN NHÂN DÂN XÃ PÁC SẺ
Số: 21/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Pác Sẻ, ngày 02 tháng 4 năm 2026

BÁO CÁO
Kết quả phổ cập kỹ năng số quý I năm 2026

I. KẾT QUẢ

1. Ủy ban nhân dân xã in và cấp phát 1.200 cuốn "Sổ tay kỹ năng số" cho các thôn.

2. Tổ công nghệ số cộng đồng xã Pác Sẻ gồm 09 thành viên do Phó Chủ tịch UBND xã làm Tổ trưởng.

3. Mỗi thôn tổ chức 02 buổi tuyên truyền/năm trong giờ họp thôn và 01 buổi/năm trong ngày hội đại đoàn kết.

Bảng 2. Kết quả mở lớp theo thôn

| Thôn | Số lớp | Số học viên | Xếp loại |
|---|---|---|---|
| Thôn Nà Hin | 4 | 120 | Tốt |
| Thôn Khuổi Vằn | 1 | 28 | Chậm |
| Thôn Cốc Lót | 3 | 95 | Tốt |

Nơi nhận:
- UBND huyện (b/c);
- Lưu: VP.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Vi Văn Slình
"""


def _md(text: str) -> str:
    """The same document exported as Markdown: its type line and first-level sections marked."""
    for head in ("QUYẾT ĐỊNH", "BÁO CÁO", "QUY CHẾ", "PHỤ LỤC"):
        text = text.replace(f"\n{head}\n", f"\n# {head}\n")
    return text.replace("\nI. ", "\n## I. ")


@pytest.fixture(scope="module", params=["txt", "md"])
def rag(request, tmp_path_factory):
    ext = request.param
    conv = _md if ext == "md" else (lambda t: t)
    return rag_of(tmp_path_factory.mktemp(f"attached_corpus_{ext}"), tmp_path_factory.mktemp(f"attached_{ext}") / "index",
                   {f"qd_415.{ext}": conv(DECISION), f"cv_77.{ext}": conv(LETTER), f"bc_21.{ext}": conv(REPORT)})


# ---- documents attached after the signature ------------------------------------------------------------------

@pytest.mark.parametrize("ext", ["txt", "md"])
def test_an_attached_document_is_read_under_its_own_title(tmp_path, ext):
    (tmp_path / f"qd.{ext}").write_text((_md if ext == "md" else str)(DECISION), encoding="utf-8")
    (tmp_path / f"cv.{ext}").write_text((_md if ext == "md" else str)(LETTER), encoding="utf-8")
    chunks = {c.text.split("\n")[0]: c for f in ("qd", "cv") for c in chunk_document(load_document(tmp_path / f"{f}.{ext}"))}
    item = chunks["1. Tính mới của sáng kiến: 40 điểm."]
    assert item.section.endswith("Điều 2. Tiêu chí chấm điểm (thang điểm 100)"), item.section
    assert item.section.startswith('QUY CHẾ Hội thi "Sáng kiến số"') and "QUYẾT ĐỊNH:" not in item.section
    # (the "(Kèm theo …)" line ends the appendix's title, wrapped as the rest of the letter is)
    row = next(c for t, c in chunks.items() if t.startswith("Huyện Tà Lâm (2 trường)"))
    assert row.section.startswith("PHỤ LỤC DANH SÁCH TRƯỜNG") and "Kèm theo" not in row.section
    assert "Pác Sẻ của huyện." in row.text
    # (a line broken early because the address after it would not fit goes on into it)
    assert any("Cổng thông tin điện tử (https://hoso.baclam.edu.vn" in c.text for c in chunks.values())


def test_a_line_broken_before_a_long_word_goes_on_in_a_block_wrapped_in_places():
    from kg_rag.text.unwrap import unwrap
    block = ("Báo cáo tháng gửi qua Hệ thống thông tin báo cáo của xã trước ngày 25 hằng\n"
             "tháng; số liệu lấy từ phần mềm quản lý lớp học, đối chiếu với danh sách\n"
             "học viên do các thôn gửi lên và công bố trên trang của xã\n"
             "(https://thongtin.xapacse.gov.vn/bao-cao-hang-thang) trước ngày 28.")
    text = "BÁO CÁO\n\nI. KẾT QUẢ\n\n" + block + "\n\nNơi nhận:\n- Lưu: VP."
    assert "trang của xã (https://thongtin" in unwrap(text)
    assert unwrap(text).count("\n") == text.count("\n") - 3


def test_an_article_titled_with_a_note_gives_its_clauses_their_subject(rag):
    says(rag, "Trong thang điểm chấm hội thi, tiêu chí tính mới được bao nhiêu điểm?", "40 điểm")


def test_a_heading_whose_note_gives_a_figure_is_a_passage_too(rag):
    says(rag, "Lễ trao giải Hội thi mời khoảng bao nhiêu đại biểu?", "120 đại biểu")


def test_a_name_after_the_office_held():
    from kg_rag.answer.asked_detail import holds_person
    assert holds_person("Phó Giám đốc Lương Thị Mai làm Phó Trưởng ban thường trực")
    assert not holds_person("Giám đốc Đài Phát thanh và Truyền hình tỉnh làm Trưởng ban") and not holds_person("Ban Tổ chức do 01 Phó Chủ tịch UBND huyện làm Trưởng ban")


def test_a_list_attached_to_a_letter_names_a_districts_schools(rag):
    # ("nằm" is a word: not the "năm" the report writes twice before "trong")
    assert "nằm trong" in rag.snapshot().read_query("Trường nào nằm trong danh sách thí điểm?").text
    # (the decision issued at Tà Lâm comes first and says nothing of them: the letter's list does)
    says(rag, "Những trường nào của huyện Tà Lâm nằm trong danh sách thí điểm dạy học số?", "Trường THPT Pác Sẻ")


# ---- what is counted, asked in the words officers type -------------------------------------------------------

def test_the_unit_counted_is_one_syllable_before_a_word_of_several():
    assert asked_quantity("Xã in bao nhiêu cuốn sổ tay kỹ năng số?") == "cuon"
    assert asked_quantity("Sáng kiến đạt bao nhiêu điểm trở lên?") == "diem"
    assert asked_quantity("sang kien dat bao nhieu diem tro len") == "diem"
    assert asked_quantity("Huyện có bao nhiêu nhãn hiệu?") == "nhan hieu"


def test_a_unit_before_a_quoted_title_and_a_threshold(rag):
    says(rag, "Xã in bao nhiêu cuốn sổ tay kỹ năng số?", "1.200 cuốn")
    says(rag, "Sáng kiến đạt bao nhiêu điểm trở lên mới được xét giải?", "dưới 60 điểm")


def test_bao_nhiu_is_bao_nhieu(rag):
    assert user_abbreviations("Tổ gồm bao nhiu thành viên?") == "Tổ gồm bao nhiêu thành viên?"
    assert user_abbreviations("to gom bao nhiu thanh vien") == "to gom bao nhieu thanh vien"
    says(rag, "Tổ công nghệ số cộng đồng xã Pác Sẻ gồm bao nhiu thành viên?", "09 thành viên")


def test_the_slowest_is_no_place_and_a_table_is_named_by_its_number(rag):
    assert "cham nhat" not in named_things("thon cham nhat la thon nao")
    says(rag, "thon cham nhat la thon nao", "Khuổi Vằn")
    assert named_things("Theo bảng 2 của báo cáo, thôn nào xếp loại Tốt?") == ["bang 2"]
    says(rag, "Theo bảng 2 của báo cáo, những thôn nào xếp loại Tốt?", "Nà Hin", "Cốc Lót")
    assert not rag.ask("Theo bảng 3 của báo cáo, những thôn nào xếp loại Tốt?").grounded


def test_an_office_abbreviated_with_a_comma_is_read_whole(rag):
    says(rag, "QĐ 415 giao Phòng VH, KH&TT những việc gì?", "chủ trì tổ chức Hội thi")


# ---- a name, an address ----------------------------------------------------------------------------------------

def test_an_address_asked_of_a_person_needs_one(rag):
    says(rag, "Email của bà Hà Thị Mây là gì?", "mayht@baclam.edu.vn")
    assert not rag.ask("Email của ông Lò Văn Pẩu là gì?").grounded


def test_a_name_asked_for_a_post_held_by_an_office_is_not_given(rag):
    a = rag.ask("Trưởng ban Tổ chức Hội thi Sáng kiến số là ông (bà) nào, họ tên là gì?")
    assert not a.grounded, a.answer


# ---- the documents themselves ----------------------------------------------------------------------------------

def test_any_document_of_a_commune_and_no_reports_counted_for_reporters(rag):
    says(rag, "Trong các văn bản, có cái nào do cấp xã ban hành không?", "Kết quả phổ cập kỹ năng số",
         absent=("Sáng kiến số",))
    a = rag.ask("Năm 2026 có bao nhiêu báo cáo viên được tập huấn?")
    assert not a.grounded, a.answer

"""Known-answer tests for the classes read off eval/blind11, 13, 14 and 15 (second run): the thing
a "bao nhiêu" counts ("buổi" of "bao nhiêu buổi tuyên truyền", "người" of "bao nhiêu người quan
tâm", none of "bao nhiêu một hợp đồng"), counted where the number comes after its name ("Tổng số
buổi … là 96 buổi") or the document's subject names the rest ("04 lớp" of a plan on "Bình dân học
vụ số"); a table row read cell by cell under its column names; "ngày nào" asking a day, which a
month does not give, and "ngày nào, ở đâu" a place too; a year in brackets beside a target; "KH
15, năm 2025 …" naming the plan, not its year; "được viện dẫn trong những văn bản nào"; "thầy cô
nào" asking a person. Each rule is shown on a ward report written for this file and on the
documents of tests/test_tables_and_bodies.py and tests/test_meetings_and_rows.py."""
from __future__ import annotations

import pytest

from kg_rag.answer.asked_detail import asks_person
from kg_rag.answer.asked_type import asked_quantity, holds_quantity
from kg_rag.answer.asked_when import asks_day, asks_place, asks_source, holds_day
from kg_rag.answer.holds import row_text
from kg_rag.answer.named import named_things
from kg_rag.answer.narrowed import holds_narrowed
from kg_rag.search.coverage import covered
from kg_rag.text.normalize import fold
from kg_rag.text.user_refs import parse_user_refs

from test_asked_words import COMMUNE_PLAN
from test_meetings_and_rows import MEETING_NOTICE
from test_tables_and_bodies import DISTRICT_LETTER, DISTRICT_REPORT

WARD_REPORT = """ỦY BAN NHÂN DÂN THỊ XÃ BẾN LẠC
PHÒNG VĂN HÓA - THÔNG TIN

Số: 15/BC-VHTT                        Bến Lạc, ngày 12 tháng 3 năm 2026

BÁO CÁO
Kết quả truyền thông trên môi trường số năm 2025

Thực hiện Kế hoạch số 52-KH/TU ngày 04/3/2026 của Ban Thường vụ Tỉnh ủy, Phòng Văn hóa - Thông
tin thị xã báo cáo như sau:

I. KẾT QUẢ

1. Trên các nền tảng số

Trong năm 2025, Trang thông tin điện tử của Phòng đăng tải 1.230 tin, bài, ảnh. Tài khoản Zalo OA
của thị xã có 9.500 người quan tâm. Tổng số buổi truyền thông trực tiếp trên toàn thị xã là 96
buổi, trong đó 5 phường tổ chức 70 buổi.

2. Kết quả tại các phường

| STT | Phường | Số tin bài | Số buổi truyền thông | Thành viên Tổ CNSCĐ |
|---|---|---|---|---|
| 1 | Bình Minh | 210 | 22 | 41 |
| 2 | Cửa Sông | 175 | 17 | 36 |

3. Kinh phí

| Chỉ tiêu | Năm 2024 | Năm 2025 |
|---|---|---|
| Kinh phí truyền thông số (triệu đồng) | 320 | 410 |

II. MỤC TIÊU NĂM 2026

Phấn đấu đến năm 2027 tỷ lệ người dân có tài khoản định danh điện tử mức độ 2 đạt 80% (năm 2025
đạt 52%).

III. ĐỀ XUẤT

Đề nghị Ủy ban nhân dân thị xã cho tổ chức lớp tập huấn kỹ năng số cho 60 cán bộ phường trong
tháng 9/2026.

IV. BÀI HỌC KINH NGHIỆM

Các phường học tập kinh nghiệm nêu tại Báo cáo số 27-BC/HU của Huyện ủy Long Sơn.

Nơi nhận:                                   TRƯỞNG PHÒNG
- UBND thị xã;
- Lưu: VT.                                  Lương Thị Mai
"""


@pytest.fixture(scope="module")
def rag(tmp_path_factory):
    from kg_rag.index.embed import HashEmbedder
    from kg_rag.pipeline import KgRag
    corpus = tmp_path_factory.mktemp("units_corpus")
    (corpus / "kh_21.txt").write_text(COMMUNE_PLAN, encoding="utf-8")
    (corpus / "bc_27.md").write_text(DISTRICT_REPORT, encoding="utf-8")
    (corpus / "cv_318.txt").write_text(DISTRICT_LETTER, encoding="utf-8")
    (corpus / "tb_41.txt").write_text(MEETING_NOTICE, encoding="utf-8")
    (corpus / "bc_15.md").write_text(WARD_REPORT, encoding="utf-8")
    return KgRag.open(corpus=corpus, index=tmp_path_factory.mktemp("units") / "index",
                      embedder=HashEmbedder(), progress=False)


def _first(answer) -> str:
    return answer.answer.split("[1]")[0]


# ---- what "bao nhiêu" counts -------------------------------------------------------------------------------

def test_the_unit_counted_is_the_classifier_not_half_of_the_next_word():
    assert asked_quantity("Zalo OA có bao nhiêu người quan tâm?") == "nguoi quan"
    assert asked_quantity("phuong tan kon to chuc may buoi tuyen truyen") == "buoi tuyen"
    assert asked_quantity("được hỗ trợ tối đa bao nhiêu một hợp đồng?") is None       # per one, no unit
    assert asked_quantity("HS lớp mấy phải học chuyên đề này?") is None                 # which grade
    assert asked_quantity("Trường có bao nhiêu cán bộ?") == "can bo"
    assert asked_quantity("Mỗi tổ cử mấy người đi tập huấn?") is None
    assert asked_quantity("moi truong duoc cu toi da may nguoi vao nhom bien soan") is None     # people, bare


def test_a_number_before_its_unit_with_the_rest_in_the_sentence():
    assert holds_quantity("buoi truyen", fold("Tổng số buổi truyền thông trực tiếp trên toàn thị xã là 96 buổi, trong đó"))
    assert holds_quantity("lop binh", fold('Xã tổ chức 14 lớp "Bình dân học vụ số" cho 612 người.'))
    assert holds_quantity("nguoi quan", fold("Tài khoản Zalo OA của thị xã có 9.500 người quan tâm."))
    assert not holds_quantity("lop boi", fold("Xã tổ chức 14 lớp tập huấn cho 612 người."))
    # (not the first syllable of a word: "3 học bổng" counts no "học sinh")
    assert not holds_quantity("hoc sinh", fold("Trường trao 3 học bổng cho học sinh giỏi."))
    assert not holds_quantity("buoi truyen", fold("Tổng số buổi truyền thông trực tiếp chưa được thống kê; 5 phường báo cáo."))


def test_counts_are_answered_on_both_shapes(rag):
    a = rag.ask("Zalo OA của thị xã Bến Lạc có bao nhiêu người quan tâm?")
    assert a.grounded and "9.500 người quan tâm" in _first(a), a.answer
    a = rag.ask("Cả thị xã có tổng cộng bao nhiêu buổi truyền thông trực tiếp?")
    assert a.grounded and "96" in _first(a), a.answer
    a = rag.ask("Năm 2025 huyện Long Sơn tổ chức bao nhiêu lớp bình dân học vụ số?")      # the title names the rest
    assert a.grounded and "64 lớp" in _first(a), a.answer


def test_the_pages_own_words_cover_a_phrase_written_with_a_comma_or_a_dash():
    assert covered("~tin_bai", set(), "dang tai 1.230 tin, bai, anh")
    assert covered("phòng_văn_hóa", set(), "phong van hoa - thong tin thi xa")
    assert not covered("~tin_bai", set(), "dang tai 1.230 tin; 12 bai")


# ---- a table row, cell by cell ------------------------------------------------------------------------------

def test_a_row_pairs_each_cell_with_its_column():
    ctx = "Báo cáo | I. KẾT QUẢ › 2. Kết quả tại các phường | STT; Phường; Số tin bài; Số buổi truyền thông; Thành viên Tổ CNSCĐ"
    text = row_text("| 2 | Cửa Sông | 175 | 17 | 36 |", ctx)
    assert text == "STT: 2, Phường: Cửa Sông, Số tin bài: 175, Số buổi truyền thông: 17, Thành viên Tổ CNSCĐ: 36"
    assert holds_quantity("thanh vien", fold(text)) and holds_quantity("buoi truyen", fold(text))
    ctx2 = "Báo cáo | I. KẾT QUẢ › 3. Kết quả theo từng xã | Xã; Dân số từ 15 tuổi; Được phổ cập; Tỷ lệ (%); Tổ trưởng tổ công nghệ số"
    assert row_text("| Xã Nam Hà | 3.870 | 1.320 | 34,1 | Hoàng Thị Nhung |", ctx2).startswith("Xã: Xã Nam Hà, Dân số từ 15 tuổi: 3.870")
    assert row_text("| Xã Nam Hà | 3.870 |", ctx2).startswith("| Xã Nam Hà | 3.870 |")     # cells and names do not pair


def test_a_row_answers_through_its_column_and_as_written(rag):
    a = rag.ask("phuong cua song co bao nhieu thanh vien to cnscd")
    assert a.grounded and "| 2 | Cửa Sông | 175 | 17 | 36 |" in _first(a), a.answer
    a = rag.ask("Năm 2025 kinh phí truyền thông số của thị xã Bến Lạc là bao nhiêu?")    # "(triệu đồng) | … | 410 |"
    assert a.grounded and "410" in _first(a), a.answer


# ---- a day, a place -------------------------------------------------------------------------------------------

def test_a_day_is_asked_by_ngay_nao_and_given_by_a_date_not_a_month():
    assert asks_day("Hội đồng họp ngày cụ thể nào?") and asks_day("Vòng chung khảo tổ chức ở đâu, hôm nào?")
    assert not asks_day("Lớp tập huấn tổ chức khi nào?") and not asks_day("thời hạn ngày nào")
    assert holds_day(fold("Bắt đầu lúc 14 giờ 00 phút, thứ Ba, ngày 16/6/2026."))
    assert holds_day(fold("gửi hồ sơ về Phòng trước ngày 25/10/2026"))
    assert not holds_day(fold("cho 60 cán bộ phường trong tháng 9/2026"))
    assert not holds_day(fold("giai đoạn 2025-2030, trong quý I/2025"))


def test_a_month_does_not_answer_which_day_on_both_shapes(rag):
    a = rag.ask("Lớp tập huấn kỹ năng số cho cán bộ phường tổ chức ngày nào?")
    assert not a.grounded, a.answer
    a = rag.ask("Lớp tập huấn kỹ năng số cho cán bộ phường tổ chức khi nào?")
    assert a.grounded and "tháng 9/2026" in _first(a), a.answer
    a = rag.ask("Hội nghị sơ kết 6 tháng ở Long Sơn họp ngày nào?")
    assert a.grounded and "16/6/2026" in a.answer, a.answer


def test_when_and_where_asks_a_place_too(rag):
    assert asks_place("Lớp tập huấn tổ chức khi nào, ở đâu?") and not asks_place("Phần còn lại lấy ở đâu?")
    assert asks_source("Kinh phí còn lại lấy ở đâu?")
    a = rag.ask("Lớp tập huấn kỹ năng số cho cán bộ phường tổ chức khi nào, ở đâu?")
    assert not a.grounded, a.answer
    a = rag.ask("Hội nghị sơ kết 6 tháng ở Long Sơn họp ngày nào, ở đâu?")       # the place under "3. Địa điểm"
    assert a.grounded, a.answer


# ---- years and directives named ---------------------------------------------------------------------------------

def test_a_year_in_brackets_beside_a_target_is_no_other_year_of_it():
    part = fold("phan dau den nam 2027 ty le nguoi dan co tai khoan dinh danh dien tu muc do 2 dat 80% (nam 2025 dat 52%)")
    assert holds_narrowed("percent", (), "Đến 2027 tỷ lệ có tài khoản mức 2 đạt bao nhiêu phần trăm?", part, years=("2027",))
    # (the target's year only in its heading: "II. MỤC TIÊU ĐẾN NĂM 2030" › "b) … đạt 55% (năm 2024 đạt 38%)")
    assert holds_narrowed("percent", (), "Đến 2030 tỷ lệ tiến sĩ bao nhiêu phần trăm?",
                          fold("b) ty le giang vien co trinh do tien si dat 55% (nam 2024 dat 38%)"), years=("2030",))
    assert not holds_narrowed("percent", (), "Năm 2026 tỷ lệ đạt bao nhiêu phần trăm?", part, years=("2026",))
    assert holds_narrowed("percent", (), "Năm 2025 đạt bao nhiêu phần trăm?", fold("nam 2025 dat 48,4%"), years=("2025",))


def test_a_year_after_a_comma_is_the_figures_not_the_plans(rag):
    assert [(r.code, r.number, r.year) for r in parse_user_refs("Theo KH 52, năm 2024 tỷ lệ dân")] == [("KH", "52", "")]
    assert [(r.year) for r in parse_user_refs("nq 36 nam 2023")] == ["2023"]
    assert [(r.year) for r in parse_user_refs("Kế hoạch 52, ban hành năm 2024")] == ["2024"]
    a = rag.ask("Theo BC 15, năm 2025 trang thông tin điện tử đăng bao nhiêu tin bài?")
    assert a.grounded and "1.230 tin, bài" in _first(a), a.answer
    a = rag.ask("nam 2025 trang thong tin dien tu cua phong van hoa thong tin dang bao nhieu tin bai")   # the issuer's name
    assert a.grounded and "1.230 tin, bài" in _first(a), a.answer
    a = rag.ask("Theo CV 318, năm 2025 ngân sách huyện chi cho cuộc thi bao nhiêu?")
    assert a.grounded and "45 triệu đồng" in _first(a), a.answer


def test_which_documents_cite_a_directive(rag):
    a = rag.ask("Kế hoạch 52-KH/TU được viện dẫn trong những văn bản nào?")
    assert a.grounded and "318/PGDĐT-THCS" in a.answer and "Kết quả truyền thông trên môi trường số" in a.answer, a.answer
    a = rag.ask("Báo cáo 27-BC/HU được viện dẫn trong những văn bản nào?")      # the ones only citing it too
    assert a.grounded and "318/PGDĐT-THCS" in a.answer and "Kết quả truyền thông trên môi trường số" in a.answer, a.answer
    assert "Các phường học tập kinh nghiệm nêu tại Báo cáo số 27-BC/HU" in a.answer, a.answer      # where it says so
    a = rag.ask("Những văn bản nào có nhắc đến Kế hoạch 52-KH/TU?")
    assert a.grounded and "318/PGDĐT-THCS" in a.answer and "Kết quả truyền thông trên môi trường số" in a.answer, a.answer


# ---- people and names ----------------------------------------------------------------------------------------------

def test_which_teacher_asks_a_person_and_a_name_stops_at_a_dash():
    assert asks_person("CLB Robot do thầy cô nào phụ trách?") and asks_person("Đồng chí nào làm trưởng ban?")
    assert not asks_person("Cán bộ nào khác cũng tham gia?") and not asks_person("Phòng nào phụ trách?")
    assert named_things("Cuộc thi Nam Hòa - Chuyển đổi số vì người dân ai được tham gia?") == ["nam hoa"]
    assert named_things("Hội thi Bến Lạc – Sáng tạo trẻ ai được dự?") == ["ben lac"]


def test_which_pupils_asks_people_not_the_school(rag):
    from kg_rag.answer.asked_detail import asks_names, holds_names
    q = "Đội Bình Minh gồm những em học sinh nào?"
    assert asks_names(q)
    assert not holds_names("| 1 | Đội Bình Minh | Trường THCS Cửa Sông | Giải Nhất |", q)
    assert holds_names("Đội gồm em Lò Thị Hoa và em Vi Văn Nam, Trường THCS Cửa Sông.", q)
    assert holds_names("| 1 | Đội Bình Minh | Trường THCS Cửa Sông | Giải Nhất |", "Những trường nào đạt giải?")
    a = rag.ask("Tổ công nghệ số phường Bình Minh gồm những em học sinh nào?")
    assert not a.grounded, a.answer

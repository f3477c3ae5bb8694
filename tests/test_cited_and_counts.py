"""Known-answer tests for the classes read off eval/blind16, 17 and 18: a question whose subject
is a directive the corpus only cites ("Tờ trình 36 đề xuất những gì?") is refused unless a
passage naming it says so or a document carries it out; money asked as "tiền ăn bao nhiêu một
ngày" or "mức chi … là bao nhiêu"; a count written as a word ("theo ba mức"); "mấy nội dung" is
no place; "tỷ lệ HS …" counts học sinh; plain-typed words that are no name ("nếu vướng mắc",
"mỗi xã cử mấy người", "phòng CNTT"); "được nhắc trong những văn bản nào", "do chính UBND … ban
hành"; officers' words ("wifi", "nghĩa vụ", "xin"); a semester and a decimal named in the question
("học kỳ 2", "18,6 triệu"); "từng giải" answered by each prize's amount; "ai phát biểu" and "công ty
nào" asking a name. Each rule is shown on a district decision
written for this file and on the ward report of tests/test_units_and_days.py."""
from __future__ import annotations

import pytest

from kg_rag.answer.asked_type import asked_quantity, holds_quantity
from kg_rag.answer.named import named_things
from kg_rag.search.coverage import covered
from kg_rag.text.normalize import fold

from test_tables_and_bodies import DISTRICT_LETTER
from test_units_and_days import WARD_REPORT

DISTRICT_DECISION = """ỦY BAN NHÂN DÂN HUYỆN SÔNG MÃ THƯỢNG
Số: 214/QĐ-UBND                         Sông Mã Thượng, ngày 02 tháng 4 năm 2026

QUYẾT ĐỊNH
Ban hành Quy định hỗ trợ điểm truy cập Internet công cộng ở thôn, bản

ỦY BAN NHÂN DÂN HUYỆN SÔNG MÃ THƯỢNG

Thực hiện Kế hoạch số 52-KH/TU ngày 04/3/2026 của Ban Thường vụ Tỉnh ủy;
Theo đề nghị của Trưởng phòng Văn hóa và Thông tin tại Tờ trình số 36/TTr-VHTT ngày 20/3/2026.

QUYẾT ĐỊNH:

Điều 1. Mỗi điểm Wi-Fi công cộng tại nhà văn hóa thôn, bản được hỗ trợ tối đa 12 triệu đồng.

Điều 2. Hội đồng thẩm định đánh giá hồ sơ đề nghị hỗ trợ theo ba mức: Tốt, Đạt, Không đạt.

Điều 3. Trách nhiệm của thôn, bản nhận hỗ trợ: bảo quản thiết bị, công khai mật khẩu truy cập và
báo cáo số lượt truy cập hằng quý.

Điều 4. Đại biểu dự lớp tập huấn quản trị điểm truy cập được hỗ trợ tiền ăn trưa theo quy định.

Điều 5. Phòng Văn hóa và Thông tin tổng hợp đề xuất của các thôn, bản, trình Ủy ban nhân dân huyện
trước ngày 30/6 hằng năm.

Điều 6. Năm học 2025-2026, học kỳ I có 14 thôn, bản được hỗ trợ. Khoản 18,6 triệu đồng mua bộ phát
sóng lấy từ ngân sách huyện. Giải thưởng thôn, bản tiêu biểu: giải Nhất 3.000.000 đồng; giải Nhì
2.000.000 đồng.

Điều 7. Trong quá trình thực hiện, nếu có vướng mắc, các thôn, bản liên hệ đồng chí Lò Văn Khánh,
Phó Trưởng phòng Văn hóa và Thông tin, điện thoại 0915 246 810.

Nơi nhận:                                   CHỦ TỊCH
- Như Điều 7;
- Lưu: VT.                                  Cầm Thị Duyên
"""


@pytest.fixture(scope="module")
def rag(tmp_path_factory):
    from kg_rag.index.embed import HashEmbedder
    from kg_rag.pipeline import KgRag
    corpus = tmp_path_factory.mktemp("cited_corpus")
    (corpus / "cv_318.txt").write_text(DISTRICT_LETTER, encoding="utf-8")
    (corpus / "bc_15.md").write_text(WARD_REPORT, encoding="utf-8")
    (corpus / "qd_214.txt").write_text(DISTRICT_DECISION, encoding="utf-8")
    return KgRag.open(corpus=corpus, index=tmp_path_factory.mktemp("cited") / "index",
                      embedder=HashEmbedder(), progress=False)


def _first(answer) -> str:
    return answer.answer.split("[1]")[0]


# ---- a directive the corpus only cites ---------------------------------------------------------------------

def test_what_a_directive_only_cited_says_is_not_in_the_corpus(rag):
    a = rag.ask("Tờ trình 36/TTr-VHTT của Phòng Văn hóa và Thông tin đề xuất những nội dung gì?")
    assert not a.grounded, a.answer
    a = rag.ask("Tờ trình 36/TTr-VHTT đề xuất Hội đồng thẩm định đánh giá hồ sơ thế nào?")   # Điều 2 is the decision's
    assert not a.grounded, a.answer
    a = rag.ask("Tờ trình 36/TTr-VHTT giao Phòng Văn hóa và Thông tin nhiệm vụ gì?")      # the decision gives it one
    assert not a.grounded, a.answer
    a = rag.ask("Quyết định 214 giao Phòng Văn hóa và Thông tin nhiệm vụ gì?")
    assert a.grounded and "tổng hợp đề xuất của các thôn" in a.answer, a.answer
    a = rag.ask("QĐ 214 quy định trách nhiệm gì cho thôn, bản nhận hỗ trợ?")                  # the decision's own
    assert a.grounded and "bảo quản thiết bị" in a.answer, a.answer
    # (what the corpus's own documents say of the directive they rest on is still answered)
    a = rag.ask("Theo QĐ 214, mỗi điểm Wi-Fi công cộng được hỗ trợ tối đa bao nhiêu?")
    assert a.grounded and "12 triệu đồng" in _first(a), a.answer


# ---- what is counted ----------------------------------------------------------------------------------------

def test_money_asked_per_day_or_as_a_rate_of_pay():
    assert asked_quantity("Mỗi tình nguyện viên được hỗ trợ tiền ăn bao nhiêu một ngày?") == "money"
    assert asked_quantity("Quy định mức chi tiền công cho thành viên hội đồng là bao nhiêu?") == "money"
    assert asked_quantity("Mức chi cho mỗi thành viên hội đồng là bao nhiêu?") == "money"
    assert asked_quantity("Tiến độ đạt bao nhiêu?") is None and asked_quantity("Số tiến sĩ là bao nhiêu?") is None
    # ("đánh giá", "tham gia", "chuyên gia" are no price: "đánh giá an toàn thông tin cấp độ mấy")
    assert asked_quantity("so khcn phai danh gia an toan thong tin cap do may cho he thong") is None
    assert asked_quantity("Số chuyên gia tham gia là bao nhiêu?") is None
    assert asked_quantity("Giá vé là bao nhiêu?") == "money"


def test_money_not_written_is_refused_on_both_shapes(rag):
    a = rag.ask("Đại biểu dự lớp tập huấn quản trị điểm truy cập được hỗ trợ tiền ăn trưa bao nhiêu một người?")
    assert not a.grounded, a.answer
    a = rag.ask("Theo CV 318, giải Nhất cuộc thi sáng tạo được thưởng bao nhiêu một sản phẩm?")
    assert a.grounded and "2.000.000 đồng" in a.answer, a.answer


def test_a_count_written_as_a_word_and_words_that_are_no_unit(rag):
    assert holds_quantity("muc", fold("đánh giá hồ sơ theo ba mức: Tốt, Đạt, Không đạt"))
    assert not holds_quantity("muc", fold("giải Ba mức thưởng 1.000.000 đồng"))
    assert asked_quantity("Đề án được góp ý mấy nội dung?") == "noi dung"
    assert asked_quantity("Hội nghị tổ chức ở mấy nơi?") == "dia diem"
    assert asked_quantity("Tỷ lệ HS lớp 9 được công nhận tốt nghiệp là bao nhiêu?") == "percent hoc sinh"
    a = rag.ask("Hội đồng thẩm định đánh giá hồ sơ theo mấy mức?")
    assert a.grounded and "ba mức" in _first(a), a.answer


# ---- plain-typed words that name nothing --------------------------------------------------------------------

def test_plain_words_that_are_no_place_or_body(rag):
    assert named_things("lien he ai o tinh doan neu vuong mac") == []
    assert named_things("moi xa cu may nguoi di tap huan") == []
    assert named_things("phong cntt benh vien da khoa tinh co may nguoi") == []
    assert named_things("truong thpt nguyen du co ke hoach stem khong") == ["nguyen du"]
    assert named_things("xa tan lap co bao nhieu thon") == ["tan lap"]
    a = rag.ask("lien he ai o phong van hoa neu vuong mac ve diem wifi")
    assert a.grounded and "Lò Văn Khánh" in _first(a), a.answer


# ---- the corpus, and officers' words --------------------------------------------------------------------------

def test_which_documents_mention_and_which_the_body_itself_issued(rag):
    a = rag.ask("KH 52-KH/TU được nhắc trong những văn bản nào?")
    assert a.grounded and "Ban hành Quy định hỗ trợ điểm truy cập" in a.answer and "318/PGDĐT-THCS" in a.answer, a.answer
    a = rag.ask("Có mấy văn bản do chính UBND huyện ban hành?")
    assert a.grounded and "Trong kho có 1" in a.answer and "Ban hành Quy định hỗ trợ" in a.answer, a.answer


def test_officers_words_for_the_documents_own():
    assert covered("~wifi", set(), "moi diem wi-fi cong cong")
    assert covered("nghĩa_vụ", set(), "trach nhiem cua thon, ban nhan ho tro")
    assert covered("~xin", set(), "de nghi uy ban nhan dan huyen")
    assert not covered("~wifi", set(), "diem truy cap internet")
    # ("những tồn tại gì" are the report's "hạn chế"; "mẫu biểu" its "Mẫu số …"; "mang theo" what to "chuẩn bị")
    assert covered("tồn_tại", set(), "han che: 3/8 phuong chua bo tri cong chuc")
    assert covered("mẫu_biểu", set(), "bao cao theo mau so 02-stem")
    assert covered("mang_theo", set(), "dai bieu chuan bi may tinh xach tay")
    assert not covered("tồn_tại", set(), "ket qua dat duoc")


# ---- what a question names, and whose words answer it ------------------------------------------------------

def test_a_semester_and_a_decimal_are_named_whole(rag):
    assert named_things("ty le hoc sinh kha gioi hoc ky 2 la bao nhieu") == ["hoc ky 2"]
    assert named_things("Khoản 18,6 triệu đồng lấy từ nguồn nào?") == ["18,6 trieu"]      # (an amount, with its scale)
    a = rag.ask("Năm học 2025-2026, học kỳ II có bao nhiêu thôn, bản được hỗ trợ?")
    assert not a.grounded, a.answer
    a = rag.ask("Năm học 2025-2026, học kỳ I có bao nhiêu thôn, bản được hỗ trợ?")
    assert a.grounded and "14 thôn" in _first(a), a.answer


def test_each_prize_is_answered_by_the_list_of_amounts(rag):
    a = rag.ask("Tiền thưởng từng giải thôn, bản tiêu biểu là bao nhiêu?")
    assert a.grounded and "3.000.000 đồng" in _first(a), a.answer


def test_who_speaks_and_which_company_ask_a_name(rag):
    from kg_rag.answer.asked_detail import asks_names, asks_person
    assert asks_person("Ai sẽ phát biểu tại hội nghị?") and asks_person("tham luan do ai trinh bay")
    assert asks_names("Bộ phát sóng do công ty nào cung cấp?")
    assert not rag.ask("Bộ phát sóng Wi-Fi của thôn, bản do công ty nào cung cấp?").grounded


"""Known-answer tests for the classes read off eval/blind78–79: a price asked "bao nhiêu 1 kg" names no
number 1; an amount under its column's unit ("Mức tiền ăn (đồng/trẻ/ngày)") is money; "tỉ lệ" and
"tỷ lệ" (and "ti le" typed plain) are one word; "là loại gì" frames the question; "đc" is "được" and
"DA" a "dự án"; "bao nhiêu phần trăm tiền giống" is a share of a cost; "bao nhiêu giống ngô" is
answered by "2,5 tấn giống ngô"; a result set against its target ("đạt 78,5%, chưa đạt chỉ tiêu 80%")
answers what was achieved; "tỷ lệ trẻ thấp còi" is the text's "tỷ lệ thể thấp còi" in a sentence about
children; "Thế bảng A dành cho ai?" after "… bảng B tối đa mấy em?" asks its own question, no count;
"… do Trung tâm Dịch vụ nông nghiệp huyện ban hành" finds the centre a header names under its district.
Each on two shapes written for this file: the documents as typed (.txt) and as Markdown."""
from __future__ import annotations

import pytest

from conftest import rag_of, says
from kg_rag.answer.asked_type import asked_quantity
from kg_rag.answer.followup import rewrite
from kg_rag.index.lexical import analyze
from kg_rag.answer.named import named_things
from kg_rag.text.genre import one_spelling, user_abbreviations

MEALS = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÒA VĨNH
Số: 52/HD-SGDĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Hòa Vĩnh, ngày 14 tháng 01 năm 2026

HƯỚNG DẪN
Tổ chức bữa ăn bán trú trong các trường mầm non và tiểu học năm 2026

I. MỨC ĂN TỐI THIỂU

| Nhóm trẻ | Số bữa tại trường | Mức tiền ăn tối thiểu (đồng/trẻ/ngày) |
|---|---|---|
| Nhà trẻ | 01 bữa chính, 01 bữa phụ | 24.000 |
| Mẫu giáo | 01 bữa chính, 01 bữa phụ | 21.000 |

II. GIÁ THỰC PHẨM THAM KHẢO

| Thực phẩm | Đơn vị cung cấp | Giá tham khảo |
|---|---|---|
| Thịt gà ta | Hợp tác xã Chăn nuôi Đồi Cọ | 95.000 đồng/kg |
| Gạo tẻ | Hợp tác xã Nông nghiệp Suối Trong | 16.000 đồng/kg |

III. NHIỆM VỤ

1. Các trường bảo đảm tỉ lệ bữa ăn có đủ 04 nhóm thực phẩm đạt 100%.
2. Trung tâm Y tế các huyện cấp cho các trường 6.400 liều thuốc tẩy giun Mebendazol trong tháng 3/2026.

Nơi nhận:
- Các phòng GD&ĐT;
- Lưu: VT.

GIÁM ĐỐC
Vi Thị Ngần
"""

FARM = """ỦY BAN NHÂN DÂN HUYỆN SƠN CẦM
Số: 31/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Sơn Cầm, ngày 20 tháng 9 năm 2026

BÁO CÁO
Kết quả chuyển giao kỹ thuật và dinh dưỡng trẻ em vụ Thu 2026

I. KẾT QUẢ

1. Giống: tỷ lệ diện tích ngô sử dụng giống lai vụ Thu 2026 đạt 78,5%, chưa đạt chỉ tiêu 80%.
2. Tỷ lệ trẻ suy dinh dưỡng thể nhẹ cân của xã Nậm Lương là 6,1%; tỷ lệ thể thấp còi là 11,4%.
3. Trung tâm Dịch vụ nông nghiệp huyện dự trù 2,5 tấn giống ngô lai cho vụ Đông.

II. KẾ HOẠCH

1. Chỉ tiêu tỷ lệ diện tích ngô sử dụng giống lai năm 2026 là 80% trở lên.
2. Hỗ trợ 70% chi phí mua giống cây trồng cho các hộ tham gia mô hình.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.

CHỦ TỊCH
Lục Văn Sầm
"""

NOTICE = """UBND HUYỆN SƠN CẦM
TRUNG TÂM DỊCH VỤ NÔNG NGHIỆP
Số: 08/TB-TTDVNN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Sơn Cầm, ngày 02 tháng 3 năm 2026

THÔNG BÁO
Cuộc thi sáng kiến nhà nông năm 2026

1. Bảng A: cán bộ khuyến nông, cán bộ hợp tác xã (cá nhân hoặc nhóm tối đa 03 người).
2. Bảng B: nhóm nông dân trẻ (tối đa 05 em) có 01 người hướng dẫn.
3. Mỗi xã đăng ký không quá 03 dự án cho mỗi bảng.

Nơi nhận:
- UBND các xã;
- Lưu: VT.

GIÁM ĐỐC
Đàm Văn Khởi
"""


def _md(text: str) -> str:
    for head in ("HƯỚNG DẪN", "BÁO CÁO", "THÔNG BÁO"):
        text = text.replace(f"\n{head}\n", f"\n# {head}\n")
    return text.replace("\nI. ", "\n## I. ").replace("\nII. ", "\n## II. ").replace("\nIII. ", "\n## III. ")


@pytest.fixture(scope="module", params=["txt", "md"])
def rag(request, tmp_path_factory):
    ext = request.param
    conv = _md if ext == "md" else (lambda t: t)
    return rag_of(tmp_path_factory.mktemp(f"units_corpus_{ext}"), tmp_path_factory.mktemp(f"units_{ext}") / "index",
                  {f"hd_52.{ext}": conv(MEALS), f"bc_31.{ext}": conv(FARM), f"tb_08.{ext}": conv(NOTICE)})


def test_a_unit_priced_is_no_number_named():
    assert "1" not in named_things("gia thit ga bao nhieu 1 kg") and "1" not in named_things("Giá 1 kg gạo là bao nhiêu?")
    assert "1" in named_things("Trường số 1 có bao nhiêu học sinh?")


def test_a_price_per_kilogram_is_answered(rag):
    says(rag, "gia thit ga ta tham khao bao nhieu 1 kg", "95.000 đồng/kg")


def test_an_amount_under_its_columns_unit_is_money(rag):
    says(rag, "Tiền ăn tối thiểu của trẻ nhà trẻ mỗi ngày là bao nhiêu?", "24.000")


def test_i_and_y_spellings_are_one_word():
    assert one_spelling("Tỉ lệ, TỈ LỆ, ti le, kĩ năng, quản lí") == "Tỷ lệ, TỶ LỆ, ty le, kỹ năng, quản lý"
    assert one_spelling("tỉnh, ti vi, lí lẽ") == "tỉnh, ti vi, lí lẽ"
    # (a document's "tỉ lệ" is indexed as the question's "tỷ lệ"; "ti le" typed plain asks a rate)
    assert "tỷ_lệ" in analyze("Bảo đảm tỉ lệ bữa ăn đạt 100%.")
    assert asked_quantity(user_abbreviations("ti le ho ngheo cua xa la bao nhieu")) == "percent ho ngheo"


def test_a_rate_spelled_the_other_way_is_found(rag):
    # (the guide writes "tỉ lệ"; asked "tỷ lệ", or plain)
    says(rag, "Tỷ lệ bữa ăn có đủ 04 nhóm thực phẩm phải đạt bao nhiêu?", "100%")
    says(rag, "ty le bua an du 04 nhom thuc pham phai dat bao nhieu phan tram", "100%")


def test_what_kind_frames_the_question(rag):
    says(rag, "thuoc tay giun la loai gi", "Mebendazol")


def test_chat_words_and_a_project_abbreviated(rag):
    assert user_abbreviations("mỗi xã đc đăng ký mấy DA, ko quá mấy?") == "mỗi xã được đăng ký mấy DA, không quá mấy?"
    says(rag, "TB 08: mỗi xã đc đăng ký tối đa mấy DA cho một bảng?", "03 dự án")


def test_a_share_of_a_cost_said_as_money(rag):
    says(rag, "Báo cáo 31 hỗ trợ bao nhiêu phần trăm tiền giống cho hộ tham gia mô hình?", "70%")


def test_a_measure_between_the_number_and_the_thing_counted(rag):
    says(rag, "Trung tâm Dịch vụ nông nghiệp dự trù bao nhiêu giống ngô lai cho vụ Đông?", "2,5 tấn")


def test_a_result_set_against_its_target_is_what_was_achieved(rag):
    first = "Chỉ tiêu tỷ lệ diện tích ngô dùng giống lai năm 2026 là bao nhiêu?"
    says(rag, "Vậy thực tế vụ Thu đạt bao nhiêu?", "78,5%", history=[first])


def test_a_rate_of_children_said_once_for_the_sentence(rag):
    says(rag, "Theo Báo cáo 31, tỷ lệ trẻ thấp còi là bao nhiêu?", "11,4%")


def test_a_follow_up_asking_its_own_question_swaps_nothing(rag):
    first = "Bảng B tối đa mấy em?"
    assert rewrite("Thế bảng A dành cho ai?", [first]) != "Bảng A tối đa mấy em?"
    says(rag, "Thế bảng A dành cho ai?", "cán bộ khuyến nông", history=[first])
    assert rewrite("Còn bảng A?", [first]) == "Bảng A tối đa mấy em?"


def test_a_centre_named_with_its_district_is_the_issuer(rag):
    says(rag, "Văn bản nào do Trung tâm Dịch vụ nông nghiệp huyện ban hành?", "08/TB-TTDVNN", absent=("31/BC-UBND",))

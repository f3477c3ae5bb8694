"""Known-answer tests for the second set of classes read off eval/blind78–79: a line opening with a
count ("01 giải nhất trị giá …") is no list item, so the numbered heading above it ("6. Cơ cấu giải
thưởng (cho mỗi bảng)") heads it; "… thì gọi ai?" asks the person of the letter's contact line, as
"liên hệ ai?" does; "P.TC-KH" is a Phòng by its initials; an amount asked as "tiền đi lại" or "giá sữa
chua" is of that cost or that item, which "tiền ăn 100.000 đồng" or the price of fresh milk does not
give. Each on two shapes written for this file: the documents as typed (.txt) and as Markdown."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import rag_of, says
from kg_rag.answer.asked_detail import asks_whom_to_contact
from kg_rag.answer.qualifier import asked_qualifier
from kg_rag.documents.chunking import chunk_document
from kg_rag.documents.corpus import load_document
from kg_rag.text.genre import user_abbreviations

CONTEST = """TRUNG TÂM Y TẾ HUYỆN KHÁNH LÂM
Số: 19/TB-TTYT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Khánh Lâm, ngày 05 tháng 3 năm 2026

THÔNG BÁO
Cuộc thi "Góc dinh dưỡng trường em" năm 2026

5. Hồ sơ dự thi
Hồ sơ gồm phiếu đăng ký và ảnh chụp góc dinh dưỡng của trường.

6. Cơ cấu giải thưởng (cho mỗi cấp học)
01 giải nhất trị giá 12.000.000 đồng; 02 giải nhì, mỗi giải 7.000.000 đồng; 03 giải ba, mỗi giải 4.000.000 đồng.
Các trường đạt giải nhất được tặng thêm tủ sách dinh dưỡng.

7. Kinh phí
Kinh phí lấy từ nguồn chi sự nghiệp y tế năm 2026 của Trung tâm.

Nơi nhận:
- Các trường học;
- Lưu: VT.

GIÁM ĐỐC
Hà Văn Tường
"""

LETTER = """ỦY BAN NHÂN DÂN HUYỆN KHÁNH LÂM
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: 64/PGDĐT-YTTH
V/v báo cáo số liệu sức khỏe học sinh
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Khánh Lâm, ngày 10 tháng 3 năm 2026

Kính gửi: Hiệu trưởng các trường mầm non, tiểu học.

1. Các trường báo cáo số liệu cân đo của học sinh theo mẫu biểu đính kèm.
2. Báo cáo bản mềm gửi qua hộp thư suckhoe.pgdkhanhlam@gmail.com trước ngày 25/3/2026.
3. Học viên lớp tập huấn y tế trường học được hỗ trợ tiền ăn 100.000 đồng/người/ngày.
4. Kế hoạch 12 giao Phòng Tài chính - Kế hoạch thẩm định dự toán kinh phí cân đo trước ngày 20/3/2026.

Mọi thông tin cần trao đổi, đề nghị liên hệ bà Lương Thị Nhài, chuyên viên phụ trách y tế trường học, điện thoại 0912 640 318.

Nơi nhận:
- Như trên;
- Lưu: VT.

TRƯỞNG PHÒNG
Nông Văn Hậu
"""

PRICES = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH KHÁNH LÂM
Số: 08/HD-SGDĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Khánh Lâm, ngày 12 tháng 01 năm 2026

HƯỚNG DẪN
Giá thực phẩm tham khảo cho bếp ăn bán trú năm 2026

| Thực phẩm | Đơn vị cung cấp | Giá tham khảo |
|---|---|---|
| Sữa tươi tiệt trùng | Công ty Sữa Đồi Xanh | 7.500 đồng/hộp |
| Thịt lợn nạc vai | Hợp tác xã Chăn nuôi Bản Lác | 126.000 đồng/kg |

Nơi nhận:
- Các trường;
- Lưu: VT.

GIÁM ĐỐC
Lý Thị Mến
"""


def _md(text: str) -> str:
    for head in ("THÔNG BÁO", "HƯỚNG DẪN"):
        text = text.replace(f"\n{head}\n", f"\n# {head}\n")
    return text


@pytest.fixture(scope="module", params=["txt", "md"])
def rag(request, tmp_path_factory):
    ext = request.param
    conv = _md if ext == "md" else (lambda t: t)
    return rag_of(tmp_path_factory.mktemp(f"markers_corpus_{ext}"), tmp_path_factory.mktemp(f"markers_{ext}") / "index",
                  {f"tb_19.{ext}": conv(CONTEST), f"cv_64.{ext}": conv(LETTER), f"hd_08.{ext}": conv(PRICES)})


@pytest.mark.parametrize("ext", ["txt", "md"])
def test_a_count_opening_a_line_is_no_list_item(tmp_path: Path, ext: str):
    path = tmp_path / f"tb_19.{ext}"
    path.write_text(_md(CONTEST) if ext == "md" else CONTEST, encoding="utf-8")
    chunks = chunk_document(load_document(path))
    prizes = next(c for c in chunks if c.text.startswith("01 giải nhất"))
    assert "6. Cơ cấu giải thưởng (cho mỗi cấp học)" in prizes.section


def test_the_prizes_under_their_heading_are_answered(rag):
    says(rag, "Cơ cấu giải thưởng của cuộc thi góc dinh dưỡng gồm những giải gì?", "01 giải nhất")


def test_whom_to_call_is_the_contact_line():
    assert asks_whom_to_contact("Muốn hỏi về mẫu biểu thì gọi ai?") and asks_whom_to_contact("cần hỏi ai?")
    assert not asks_whom_to_contact("Ai ký công văn này?")
    assert not asks_whom_to_contact("chi phi dua don hoc sinh di ngay hoi ai tra")


def test_whom_to_call_names_the_person(rag):
    says(rag, "Muốn hỏi về mẫu biểu báo cáo cân đo thì gọi ai?", "Lương Thị Nhài")


def test_an_office_by_its_initials():
    assert user_abbreviations("KH 12 giao P.TC-KH làm gì?") == "KH 12 giao Phòng TC-KH làm gì?"
    assert user_abbreviations("TP.HCM, P.1") == "TP.HCM, P.1"


def test_an_amount_is_of_the_cost_or_item_asked():
    assert asked_qualifier("Học viên được hỗ trợ tiền đi lại bao nhiêu?") == ("di", "lai")
    assert asked_qualifier("Tiền thưởng giải nhất là bao nhiêu?") == ()
    assert asked_qualifier("Có được hỗ trợ tiền ăn không, bao nhiêu?") == ("an",)


def test_an_amount_of_another_cost_or_item_is_refused(rag):
    says(rag, "Học viên lớp tập huấn được hỗ trợ tiền ăn bao nhiêu?", "100.000 đồng")
    assert not rag.ask("Học viên lớp tập huấn được hỗ trợ tiền đi lại bao nhiêu?").grounded
    says(rag, "Giá sữa tươi tham khảo bao nhiêu một hộp?", "7.500 đồng/hộp")
    assert not rag.ask("Giá sữa chua tham khảo bao nhiêu một hộp?").grounded

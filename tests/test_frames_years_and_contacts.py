"""Known-answer tests for classes read off eval/blind131–133.

Frames: "giữ chức gì" asks a title and "gồm những thành phần nào" the members (neither asks the
text to write "giữ" or "thành phần"); typed plain, "… con thieu truoc ngay nao" asks a deadline: "trước"
before the date asked is a unit of its own ("con thieu truoc" no phrase to find).
Years: a table row's year under its column ("| … | 2028 |" under "Năm dự kiến đạt chuẩn") says when.
Places typed plain: "huyen phan dau" is the district striving ("phấn đấu"), no district named Phấn Đấu.
Scope: a date asked of a directive the question names is its own, when it gives one ("Chương trình 15 yêu
cầu thay đèn LED xong trước ngày nào?"), not the deadline of a plan implementing it — unless the question
asks about that plan ("Kế hoạch thực hiện Chương trình 15 …").
People: a body's name alone on its line ("Sở Công Thương" heading its tasks) is no person's name, so a
contact asked "của Sở Công Thương" is not required to name someone called so.
Follow-ups: "Còn huyện Na Rì Hạ?" after a question typed plain swaps the place, its whole name.

Each on two shapes written for this file (as typed, .txt, and Markdown)."""
from __future__ import annotations

import pytest

from conftest import as_markdown, says, shaped_rag
from kg_rag.answer.asked_when import holds_when
from kg_rag.answer.followup import rewrite
from kg_rag.answer.named import named_things
from kg_rag.answer.own_doc import implementing_asked
from kg_rag.answer.people import people_named
from kg_rag.search.coverage import unframed

PLAN = """ỦY BAN NHÂN DÂN HUYỆN THẠCH PHONG
Số: 77/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Thạch Phong, ngày 10 tháng 02 năm 2026

KẾ HOẠCH
Xây dựng trường đạt chuẩn quốc gia giai đoạn 2026 - 2030

I. CHỈ TIÊU
- Đến năm 2030, có ít nhất 52 trường đạt chuẩn quốc gia, đạt tỷ lệ 74,3%.
- 100% trường đạt chuẩn được kiểm tra lại đúng thời hạn 05 năm.

II. DANH MỤC TRƯỜNG ƯU TIÊN
| STT | Trường | Cấp học | Năm dự kiến đạt chuẩn | Kinh phí (triệu đồng) |
|---|---|---|---|---|
| 1 | Trường Mầm non Khuổi Vằn | Mầm non | 2026 | 1.250 |
| 2 | Trường THCS Bản Giốc Hạ | THCS | 2028 | 2.900 |
| 3 | Trường Tiểu học Nà Pàn | Tiểu học | 2029 | 1.780 |

III. NHIỆM VỤ
1. Các trường rà soát sách tham khảo hiện có, lập danh mục sách còn thiếu, gửi Phòng Giáo dục và Đào tạo trước ngày 15/5/2026.
2. Tổ phản ứng nhanh của huyện gồm cán bộ văn hóa, công an và đoàn thanh niên, xử lý tin sai sự thật về trường học.
3. Tổ kiểm tra liên ngành làm việc với huyện Thạch Phong Thượng vào tháng 9/2026 và làm việc với huyện Na Rì Hạ trong tháng 11/2026.

IV. HỘI ĐỒNG THẨM ĐỊNH
| TT | Họ và tên | Chức vụ | Nhiệm vụ trong Hội đồng |
|---|---|---|---|
| 1 | Ông Hoàng Văn Tỉnh | Phó Chủ tịch UBND huyện | Chủ tịch Hội đồng |
| 2 | Ông Triệu Văn Khanh | Trưởng phòng Tài chính - Kế hoạch | Phó Chủ tịch Hội đồng |

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nông Văn Bảy
"""

ENERGY = """SỞ CÔNG THƯƠNG TỈNH THẠCH PHONG
Số: 41/KH-SCT
Thạch Phong, ngày 03 tháng 3 năm 2026

KẾ HOẠCH
Tiết kiệm điện trong cơ quan, trường học năm 2026

Thực hiện Chương trình hành động số 15-CTr/TU ngày 20/01/2026 của Ban Thường vụ Tỉnh ủy, Sở Công Thương ban hành Kế hoạch tiết kiệm điện năm 2026.

I. MỤC TIÊU
Giảm ít nhất 6% điện năng tiêu thụ tại các cơ quan, trường học so với năm 2025.

II. TỔ CHỨC THỰC HIỆN
Sở Công Thương
1. Phòng Quản lý năng lượng là đầu mối theo dõi, tổng hợp kết quả. Đầu mối liên hệ: đồng chí Lò Thị Nhàn, Trưởng phòng Quản lý năng lượng, điện thoại 0206.3851.777.
2. Các trường học thay đèn chiếu sáng hiệu suất thấp bằng đèn LED trước ngày 30/9/2026.
3. Các phòng thuộc Sở xây dựng kế hoạch thực hiện của đơn vị mình, hoàn thành trước ngày 30/3/2026.

GIÁM ĐỐC
Vi Đức Thành
"""

REPORT = """ỦY BAN NHÂN DÂN HUYỆN NA RÌ HẠ
Số: 19/BC-UBND
Na Rì Hạ, ngày 05 tháng 7 năm 2026

BÁO CÁO
Kết quả tiết kiệm điện 6 tháng đầu năm 2026

I. KẾT QUẢ
Các cơ quan, trường học trên địa bàn huyện giảm 7,4% điện năng tiêu thụ so với cùng kỳ.
Thư viện các trường đã bổ sung sách còn thiếu trước đây bằng nguồn xã hội hóa.
Thông tin chi tiết liên hệ đồng chí Hà Văn Nhị, Phó Trưởng phòng Kinh tế và Hạ tầng huyện, điện thoại 0915.222.819.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Lý Văn Hòa
"""

PROGRAMME = """TỈNH ỦY THẠCH PHONG
Số: 15-CTr/TU
ĐẢNG CỘNG SẢN VIỆT NAM
Thạch Phong, ngày 20 tháng 01 năm 2026

CHƯƠNG TRÌNH HÀNH ĐỘNG
Thực hiện tiết kiệm năng lượng giai đoạn 2026 - 2030

I. MỤC TIÊU
1. Điện năng tiêu thụ của các cơ quan giảm ít nhất 8% so với năm 2025.
2. 100% cơ quan cấp tỉnh thay thế đèn chiếu sáng hiệu suất thấp bằng đèn LED trước ngày 31/12/2026.

II. NHIỆM VỤ
Các huyện ủy, thành ủy xây dựng kế hoạch thực hiện của cấp mình, hoàn thành trước ngày 15/3/2026.

T/M BAN THƯỜNG VỤ
Hà Đức Minh
"""


def _md(text: str) -> str:
    return as_markdown(text, ("KẾ HOẠCH", "BÁO CÁO", "CHƯƠNG TRÌNH HÀNH ĐỘNG"), ("I.", "II.", "III.", "IV."))


@pytest.fixture(scope="module", params=["txt", "md"])
def rag(request, tmp_path_factory):
    return shaped_rag(tmp_path_factory, "frames", request.param, {"kh_77": PLAN, "kh_41_sct": ENERGY, "bc_19": REPORT, "ctr_15": PROGRAMME}, _md)


def test_question_frames_ask_nothing_of_the_text(rag):
    assert "giu" not in unframed("ong trieu van khanh giu chuc gi trong hoi dong")
    assert "thành phần" not in unframed("Tổ phản ứng nhanh của huyện gồm những thành phần nào?")
    plain = rag.snapshot().read_query("cac truong gui danh muc sach con thieu truoc ngay nao")
    assert "~truoc" in plain.weights and not any("truoc" in w for w in plain.weights if w != "~truoc"), plain.weights
    says(rag, "ong trieu van khanh giu chuc gi trong hoi dong", "Phó Chủ tịch Hội đồng")
    says(rag, "Tổ phản ứng nhanh của huyện gồm những thành phần nào?", "cán bộ văn hóa, công an")
    says(rag, "cac truong gui danh muc sach con thieu truoc ngay nao", "15/5/2026")


def test_a_year_under_its_column(rag):
    assert holds_when("STT: 2, Truong: Truong THCS Ban Gioc Ha, Nam du kien dat chuan: 2028")
    assert not holds_when("STT: 2, Kinh phi (trieu dong): 2028")
    says(rag, "Trường THCS Bản Giốc Hạ dự kiến đạt chuẩn quốc gia năm nào?", "2028")


def test_a_district_striving_is_no_district_named(rag):
    assert "phan dau" not in named_things("den nam 2030 huyen phan dau co bao nhieu truong dat chuan quoc gia")
    assert "na ri" in named_things("den nam 2030 huyen na ri co bao nhieu truong")
    says(rag, "den nam 2030 huyen phan dau co bao nhieu truong dat chuan quoc gia", "52 trường")


def test_a_body_alone_on_its_line_is_no_person(rag):
    q = "Muốn hỏi về kế hoạch tiết kiệm điện của Sở Công Thương thì liên hệ ai, số máy nào?"
    snap = rag.snapshot()
    assert people_named(snap, q) == [] and people_named(snap, "Số điện thoại của bà Lò Thị Nhàn?") == ["lo thi nhan"]
    says(rag, q, "Lò Thị Nhàn")


def test_a_place_swapped_into_a_question_typed_plain(rag):
    prev = "to kiem tra lien nganh lam viec voi huyen thach phong thuong vao thang may"
    assert rewrite("Còn huyện Na Rì Hạ?", [prev]) == "to kiem tra lien nganh lam viec voi huyen na ri ha vao thang may"
    assert rewrite("con xa phin sang thi sao", ["xa ban lien nam 2026 co bao nhieu lop"]) == \
        "xa phin sang nam 2026 co bao nhieu lop"
    says(rag, "Còn huyện Na Rì Hạ?", "tháng 11/2026", history=[prev])


def test_a_date_asked_of_a_named_directive_is_its_own(rag):
    assert implementing_asked("Tổng KP thực hiện KH triển khai NQ 27 của Sở KH&CN là bao nhiêu?")
    assert not implementing_asked("Huyện ủy, thành ủy phải xây dựng KH thực hiện CTr 14 xong trước ngày nào?")
    assert not implementing_asked("Chương trình hành động 15 của Tỉnh ủy yêu cầu thay đèn LED xong trước ngày nào?")
    says(rag, "Chương trình hành động 15 của Tỉnh ủy yêu cầu thay đèn LED xong trước ngày nào?", "31/12/2026", absent=("30/9/2026",))
    says(rag, "KH 41 yêu cầu các trường học thay đèn LED trước ngày nào?", "30/9/2026")      # (the plan's own, asked of it)
    # (a plan implementing it is asked about: its own date)
    says(rag, "Kế hoạch thực hiện Chương trình hành động 15 yêu cầu các trường học thay đèn LED trước ngày nào?", "30/9/2026")
    # (… but building a plan to implement it is a task the named one sets)
    says(rag, "Huyện ủy, thành ủy phải xây dựng kế hoạch thực hiện CTr 15 xong trước ngày nào?", "15/3/2026", absent=("30/3/2026",))

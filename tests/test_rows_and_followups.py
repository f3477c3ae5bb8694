"""Known-answer tests for classes read off eval/blind125–127.

Table rows: a cell of labelled figures ("Tổng số: 920 Ngân sách tỉnh: 610 Đối ứng: 310") under a column
whose name gives the unit ("Kinh phí (triệu đồng)") holds sums of money — each figure in that unit.

Amounts asked: "từ bao nhiêu trở lên", "tối thiểu bao nhiêu trước 30/9" count no unit ("trở lên",
"trước" are none); "giá từ bao nhiêu trở lên" asks money; "bao nhiêu HĐ" counts hợp đồng, hội đồng or
hoạt động as the text has them (never "HD", hướng dẫn); "bao nhiêu vụ BLHĐ" counts vụ (of initials unknown); "để tái đầu tư"
asks no place ("tại đâu"); "bao nhiêu tiền một héc-ta" is the text's "đồng/ha"; "2 lớp" is the text's
"hai lớp".

Words: "HĐ tư vấn" is spelled out as the corpus writes it before "tư vấn" (hội đồng), when no phrase
of those initials leads alone; "DTTS", "CBCC", "QLHC", "TTXH" are written out; "MTTQ" asked is
covered by a passage whose segmenter glued "Mặt trận Tổ quốc Việt Nam" into one word (a name glued whole, not
"đào_tạo" of "giáo_dục_và_đào_tạo"); "trang web" is answered by an address ("hoithao.dhtm.edu.vn"), not an e-mail; "flycam" is the
text's "thiết bị bay không người lái"; "giữ vai trò gì" is a frame, not a topic; "HK1" is "học kỳ I"; "phu huynh"
typed plain is one word, the text's "cha mẹ học sinh"; "bao giờ được thanh toán" is answered by "sau khi … nghiệm thu".

Who-what: "Hiệp hội …", "Liên minh Hợp tác xã …" head bodies (a table cell naming two is a group of two); "Quỹ … cho vay …"
ends at its verb.

Follow-ups: "Còn việc nâng cấp X thì đơn vị nào chủ trì?" asks that task anew (not the task before with
it appended), and "Còn đề tài Y thì ai làm chủ nhiệm?" that item, when the question before asked of an
item of that kind; "Còn giáo viên mầm non thì học ở đâu?" and a count ("… thì tối đa bao nhiêu?") go on
the topic before. "Còn tháng 3/2026 thì sao?" swaps the month; "Còn ở TH&THCS Bản Khuông?" the school.

Each on two shapes written for this file (as typed, .txt, and Markdown)."""
from __future__ import annotations

import pytest

from conftest import as_markdown, says, shaped_rag
from kg_rag.answer.asked_type import asked_quantity
from kg_rag.answer.asked_when import asks_place, holds_when
from kg_rag.directives.actors import members, split_actor
from kg_rag.answer.followup import rewrite
from kg_rag.answer.holds import holds, row_text
from kg_rag.answer.named import mentioned
from kg_rag.search.acronyms import expansion
from kg_rag.search.coverage import covered, unframed
from kg_rag.text.genre import expand_abbreviations, user_abbreviations
from kg_rag.text.normalize import fold

DECISION = """ỦY BAN NHÂN DÂN TỈNH NAM SƠN HẠ
Số: 311/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nam Sơn Hạ, ngày 04 tháng 3 năm 2026

QUYẾT ĐỊNH
Phê duyệt danh mục đề tài khoa học cấp tỉnh năm 2026

Điều 1. Phê duyệt danh mục 03 đề tài khoa học cấp tỉnh năm 2026 tại Phụ lục kèm theo.

Điều 2. Thành lập Hội đồng tư vấn tuyển chọn đề tài gồm 05 thành viên. Kinh phí hoạt động của Hội đồng là 38.000.000 đồng.
TS. Hà Văn Lực, Phó Giám đốc Sở Khoa học và Công nghệ - Chủ tịch Hội đồng tư vấn.

Điều 3. Các trường dành tối thiểu 25% doanh thu từ hợp đồng chuyển giao để tái đầu tư cho nghiên cứu.
Hồ sơ kèm báo giá đối với thiết bị có giá trị từ 30.000.000 đồng trở lên.
Doanh nghiệp chuyển tối thiểu 40% phần đối ứng trước ngày 30/9/2026.
Hỗ trợ trồng cây dược liệu dưới tán rừng 12.000.000 đồng/ha cho hộ gia đình.

Điều 4. Quỹ Phát triển khoa học và công nghệ tỉnh cho vay ưu đãi đối với doanh nghiệp nhận chuyển giao, mức vay tối đa 400.000.000 đồng.
Phần kinh phí còn lại (30%) được thanh toán sau khi đề tài được nghiệm thu.

PHỤ LỤC DANH MỤC ĐỀ TÀI
| TT | Tên đề tài | Chủ nhiệm đề tài | Kinh phí (triệu đồng) |
|---|---|---|---|
| 1 | Bảo quản cá rô phi bằng công nghệ lạnh nhanh | TS. Đỗ Minh Khoa | Tổng số: 920 Ngân sách tỉnh: 610 Đối ứng: 310 |
| 2 | Chế tạo lò sấy chè dùng năng lượng sinh khối | ThS. Vi Thị Hằng | Tổng số: 680 Ngân sách tỉnh: 450 Đối ứng: 230 |
| 3 | Chọn giống nấm linh chi trên gỗ keo | KS. Nông Văn Sáng | Tổng số: 540 Ngân sách tỉnh: 400 Đối ứng: 140 |

CHỦ TỊCH
Lương Văn Tiến
"""

PLAN = """UBND HUYỆN BẢN KHUÔNG
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: 77/KH-PGDĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bản Khuông, ngày 10 tháng 9 năm 2025

KẾ HOẠCH
Phòng, chống bạo lực học đường năm học 2025 - 2026

I. NHIỆM VỤ
| TT | Nội dung | Đơn vị chủ trì | Thời gian |
|---|---|---|---|
| 1 | Khảo sát tình hình bạo lực học đường tại các trường | Trường THCS Pò Lạn | Trước ngày 15/10/2025 |
| 2 | Nâng cấp phòng tư vấn tâm lý học đường | Trường TH&THCS Bản Khuông | Hoàn thành trong quý IV/2025 |
| 3 | Giới thiệu doanh nghiệp tài trợ học bổng | Hiệp hội Doanh nghiệp huyện, Liên minh Hợp tác xã huyện | Quý I/2026 |

II. LỊCH HOẠT ĐỘNG
- Tháng 12/2025: Chuyên đề "Ứng xử văn minh trên mạng", Trường THCS Pò Lạn thực hiện.
- Tháng 3/2026: Chuyên đề "Kỹ năng tự vệ cho học sinh", Trường TH&THCS Bản Khuông thực hiện.
- Lịch tuyên truyền: Ngày 14/10/2025 (07 giờ 30): Trường THCS Pò Lạn; Ngày 16/10/2025 (14 giờ 00): Trường TH&THCS Bản Khuông.
- Kinh phí tổ chức hai lớp tập huấn giáo viên là 42.000.000 đồng.
- Trường THCS Pò Lạn họp cha mẹ học sinh 02 lần trong học kỳ I, tỷ lệ dự họp 90,5%.

III. KẾT QUẢ NĂM HỌC TRƯỚC
Tham dự buổi làm việc ngày 21/8/2025 có: đồng chí Hoàng Văn Tý, Phó Chủ tịch UBND huyện; đồng chí Lý Thị Hoa, Ủy viên Ban Thường vụ, Chủ tịch Ủy ban MTTQ Việt Nam huyện; đồng chí Mông Văn Khải, Trưởng Công an huyện.
Năm học 2024 - 2025, trường THCS Pò Lạn xảy ra 6 vụ bạo lực học đường.
Đào tạo 120 lượt giáo viên về sử dụng thiết bị bay không người lái trong dạy học địa lý.

TRƯỞNG PHÒNG
Nông Thị Lan
"""


def _md(text: str) -> str:
    return as_markdown(text, ("KẾ HOẠCH", "QUYẾT ĐỊNH"), ("I.", "II.", "III.", "PHỤ LỤC"))


@pytest.fixture(scope="module", params=["txt", "md"])
def rag(request, tmp_path_factory):
    return shaped_rag(tmp_path_factory, "rows", request.param, {"qd_311": DECISION, "kh_77": PLAN}, _md)


def test_labelled_figures_under_a_money_column_are_sums(rag):
    row, names = "| 2 | Lò sấy | ThS. Vi Thị Hằng | Tổng số: 680 Ngân sách tỉnh: 450 Đối ứng: 230 |", \
        "Quyết định | PHỤ LỤC | TT; Tên đề tài; Chủ nhiệm đề tài; Kinh phí (triệu đồng)"
    assert "680 triệu đồng" in row_text(row, names) and "450 triệu đồng" in row_text(row, names)
    assert holds("money", None, row_text(row, names))
    # (a figure with its own unit keeps it; a column without a unit adds none)
    assert "12 ha" in row_text("| 1 | Diện tích: 12 ha |", "x | TT; Ghi chú (triệu đồng)")
    assert row_text("| 1 | Tổng số: 5 |", "x | TT; Ghi chú") == "TT: 1, Ghi chú: Tổng số: 5"
    says(rag, "Đề tài chế tạo lò sấy chè được ngân sách tỉnh hỗ trợ bao nhiêu?", "Ngân sách tỉnh: 450", absent=("610",))
    says(rag, "de tai nam linh chi kinh phi bao nhieu, ai lam chu nhiem", "Nông Văn Sáng")


def test_amounts_asked_without_a_unit_counted(rag):
    assert asked_quantity("Thiết bị giá từ bao nhiêu trở lên thì phải kèm báo giá?") == "money"
    assert asked_quantity("Doanh nghiệp phải chuyển tối thiểu bao nhiêu trước 30/9/2026?") is None
    assert asked_quantity("Trường ký thêm bao nhiêu HĐ với DN?") is None
    assert asked_quantity("Trường có bao nhiêu vụ BLHĐ?") == "vu"          # (initials nobody writes out: "vụ" counted)
    assert asked_quantity("Ký thêm bao nhiêu hợp đồng?") == "hop dong"
    assert not asks_place("KH yêu cầu trích bao nhiêu % doanh thu để tái đầu tư?") and asks_place("Lớp học tại đâu?")
    assert user_abbreviations("hỗ trợ bao nhiêu tiền một héc-ta") == "hỗ trợ bao nhiêu tiền một ha"
    assert "hai lop" in fold("Kinh phí tổ chức hai lớp").lower() and mentioned("02", "kinh phi to chuc hai lop la")
    assert not mentioned("02", "kinh phi thu hai la") and not mentioned("03", "kinh phi hai lop")
    says(rag, "Thiết bị giá từ bao nhiêu trở lên thì hồ sơ phải kèm báo giá?", "30.000.000 đồng")
    says(rag, "Theo QĐ 311, doanh nghiệp chuyển tối thiểu bao nhiêu phần đối ứng trước 30/9/2026?", "40%")
    says(rag, "QĐ 311 yêu cầu trích bao nhiêu % doanh thu để tái đầu tư nghiên cứu?", "25%")
    says(rag, "Hộ gia đình trồng dược liệu dưới tán rừng được hỗ trợ bao nhiêu tiền một héc-ta?", "12.000.000 đồng/ha")
    says(rag, "kinh phi 2 lop tap huan giao vien het bao nhieu tien", "42.000.000")


def test_words_spelled_and_said_as_the_text_does(rag):
    folded = "hoi dong tu van hoi dong tu van hoat dong ngoai khoa huong dan huong dan huong dan huong dan"
    assert expansion("HĐ", folded, folded) is None                      # (no phrase of those initials leads alone)
    assert expansion("HĐ", folded, "hội đồng tư vấn hội đồng tư vấn hoạt động ngoại khóa hướng dẫn hướng dẫn hướng dẫn hướng dẫn",
                     before="tu") == "hội đồng"
    assert expansion("HD", folded, folded.replace("huong dan", "hướng dẫn")) is not None
    assert expand_abbreviations("CBCC xã có đông hộ DTTS", keep=False) == "cán bộ, công chức xã có đông hộ dân tộc thiểu số"
    assert covered("mặt_trận", {"mặt_trận_tổ_quốc_việt_nam"}) and not covered("mặt_trận", {"trận_đấu"})
    assert not covered("đào_tạo", {"giáo_dục_và_đào_tạo"}) and not covered("kinh_phí", {"tổng_kinh_phí"})   # (a name glued whole only)
    assert covered("~trang_web", set(), "gui qua he thong tai dia chi hoithao.dhtm.edu.vn")
    assert not covered("~trang_web", set(), "gui ve dia chi abc@xyz.gov.vn")
    assert covered("flycam", set(), "thiet bi bay khong nguoi lai") and not covered("flycam", set(), "thiet bi tin hoc")
    assert unframed("ông Hà Văn Lực giữ vai trò gì trong hội đồng").count("vai trò") == 0
    says(rag, "Ai là chủ tịch HĐ tư vấn theo QĐ 311?", "Hà Văn Lực")
    says(rag, "Kinh phí hoạt động của HĐ tư vấn theo QĐ 311 là bao nhiêu?", "38.000.000")
    says(rag, "ai la chu tich mttq huyen du buoi lam viec ngay 21/8", "Lý Thị Hoa")
    says(rag, "Năm học 2024 - 2025 trường THCS Pò Lạn có bao nhiêu vụ BLHĐ?", "6 vụ")
    says(rag, "dao tao bao nhieu luot giao vien ve flycam", "120 lượt")
    says(rag, "ong ha van luc giu vai tro gi trong hoi dong", "Chủ tịch Hội đồng")      # ("ông", typed plain: no topic)


def test_a_task_or_an_item_asked_anew_in_a_follow_up(rag):
    prev = "Ai chủ trì việc khảo sát tình hình bạo lực học đường, làm xong trước ngày nào?"
    assert rewrite("Còn việc nâng cấp phòng tư vấn thì đơn vị nào chủ trì?", [prev]) == \
        "Việc nâng cấp phòng tư vấn đơn vị nào chủ trì?"
    assert rewrite("Còn đề tài lò sấy chè thì ai làm chủ nhiệm?", ["Ai là chủ nhiệm đề tài bảo quản cá rô phi?"]) == \
        "Đề tài lò sấy chè ai làm chủ nhiệm?"
    # (of the document described before, when it named no number)
    assert rewrite("Còn việc kiểm tra thực hiện thì giao cho ai?", ["Ai chủ trì quán triệt nghị quyết về cảnh báo thiên tai?"]) == \
        "Việc kiểm tra thực hiện giao cho ai theo nghị quyết về cảnh báo thiên tai?"
    # another thing goes on the topic before; so does a count of what was counted before
    lesson = "Lớp AI cho giáo viên THCS học ở đâu?"
    assert rewrite("Còn giáo viên mầm non thì học ở đâu?", [lesson]).startswith("Lớp AI cho giáo viên THCS học ở đâu")
    money = "Mô hình nhà màng được hỗ trợ tối đa bao nhiêu tiền?"
    assert rewrite("Còn mô hình lúa giảm phát thải thì tối đa bao nhiêu?", [money]).startswith(money.rstrip("?"))
    assert rewrite("Còn đề tài lò sấy thì ai làm chủ nhiệm?", ["Ai ký quyết định 311?"]).startswith("Ai ký quyết định 311")
    says(rag, "Còn việc nâng cấp phòng tư vấn tâm lý thì đơn vị nào chủ trì?", "Trường TH&THCS Bản Khuông",
         history=[prev], absent=("Trường THCS Pò Lạn",))
    says(rag, "Còn đề tài chế tạo lò sấy chè thì ai làm chủ nhiệm?", "Vi Thị Hằng",
         history=["Ai là chủ nhiệm đề tài bảo quản cá rô phi bằng công nghệ lạnh nhanh?"], absent=("Đỗ Minh Khoa",))


def test_a_month_or_a_school_swapped_in_a_follow_up(rag):
    month = "Tháng 12/2025 theo kế hoạch của Phòng có hoạt động gì, trường nào làm?"
    assert rewrite("Còn tháng 3/2026 thì sao?", [month]) == "tháng 3/2026 theo kế hoạch của Phòng có hoạt động gì, trường nào làm?"
    school = "Lịch tuyên truyền tại Trường THCS Pò Lạn là ngày nào, mấy giờ?"
    assert rewrite("Còn ở TH&THCS Bản Khuông?", [school]) == "Lịch tuyên truyền tại Trường TH&THCS Bản Khuông là ngày nào, mấy giờ?"
    assert rewrite("Còn Trường Tiểu học Nà Sen?", ["Trường THCS Pò Lạn họp phụ huynh mấy lần?"]) == \
        "Trường Tiểu học Nà Sen họp phụ huynh mấy lần?"
    assert rewrite("Còn THCS Pò Lạn?", ["Lớp học ở nhà văn hóa thôn nào?"]).endswith("THCS Pò Lạn")   # (no school before)
    says(rag, "Còn tháng 3/2026 thì sao?", "Kỹ năng tự vệ", history=[month])
    says(rag, "Còn ở TH&THCS Bản Khuông?", "16/10/2025", history=[school])


def test_terms_and_milestones_asked_their_way(rag):
    assert user_abbreviations("hop phu huynh may lan trong hk1") == "hop phu huynh may lan trong hoc ky I"
    assert user_abbreviations("Trong HK II có mấy lần?") == "Trong học kỳ II có mấy lần?"
    assert holds_when(fold("được thanh toán sau khi đề tài được nghiệm thu").lower())
    assert not holds_when(fold("được thanh toán sau khi có ý kiến của Sở").lower())
    assert "~phu_huynh" in rag.snapshot().read_query("truong po lan hop phu huynh may lan").weights     # (one word, said their way)
    says(rag, "truong po lan hop phu huynh may lan trong hk1, ty le du hop bao nhieu", "90,5%")
    says(rag, "Theo QĐ 311, phần kinh phí còn lại bao giờ được thanh toán?", "sau khi đề tài được nghiệm thu")


def test_associations_and_a_fund_are_bodies(rag):
    assert members("Hiệp hội Doanh nghiệp huyện, Liên minh Hợp tác xã huyện") == ("Hiệp hội Doanh nghiệp huyện", "Liên minh Hợp tác xã huyện")
    assert split_actor("Quỹ Phát triển khoa học và công nghệ tỉnh cho vay ưu đãi")[0] == "Quỹ Phát triển khoa học và công nghệ tỉnh"
    ext = next(iter(rag.snapshot().documents)).rsplit(".", 1)[1]
    found = {a["actor"]: a.get("members", []) for a in rag.who_what(f"kh_77.{ext}")["assignments"]}
    assert any("Liên minh Hợp tác xã huyện" in m for m in found.values()), found
    actors = {a["actor"] for a in rag.who_what(f"qd_311.{ext}")["assignments"]}
    assert "Quỹ Phát triển khoa học và công nghệ tỉnh" in actors, actors

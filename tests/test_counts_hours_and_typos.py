"""Known-answer tests for classes read off eval/blind128–130.

Counts: "12 (mười hai) sáng kiến" counts sáng kiến, the number written out in brackets between.
Hours: "mấy tiếng", "bao nhiêu tiếng (đồng hồ)" ask hours, the text's "48 giờ" ("tiếng Anh", "tiếng dân
tộc" are languages). How often: "bao lâu một lần" is answered by "định kỳ 15 ngày/lần". A number and a
date typed without their comma ("so may ngay nao") ask no length of time.
Function words: "cuộc" (a classifier: the text's "phiên họp"), when the corpus never writes it, and "tất cả" ask
nothing absent; "thì" typed with its accent is "thì", not the corpus's "thị" ("thì xã Tân Lạc" is no "thị xã").
Lists: a sentence announcing a list ("… bộ hồ sơ gồm:") brings its items, wherever it ranks among those picked.
Titles: "Trưởng ban … là ai?" asks who holds the title (a member table's row), not what the Ban does.
Follow-ups: "Quyết định đó" after "QĐ công nhận sáng kiến … số mấy, ngày nào?" is that QĐ (not its date asked again).
Who-what: "Hạt Kiểm lâm", "Hạt Quản lý giao thông …" head bodies; "giao thông", "dự án đầu tư xây dựng" are no verbs.
Schools: "trường MN Pù Nhi" is a kindergarten (no answer from "Trường THCS Pù Nhi"). Listing: "X được nhắc trong
những văn bản nào?" lists the documents speaking of X, as "Văn bản nào đề cập đến X?" does.
Follow-ups: "Thế còn chè búp Ô Khê?" swaps the product (a name's syllable may be one accented vowel); "Đến năm 2030
con số đó …" the year.
Initials: "CBQL" written out.

Each on two shapes written for this file (as typed, .txt, and Markdown)."""
from __future__ import annotations

import pytest

from conftest import as_markdown, says, shaped_rag
from kg_rag.answer.asked_detail import asked_title, asks_duration
from kg_rag.answer.asked_when import holds_when
from kg_rag.answer.followup import rewrite
from kg_rag.answer.named import named_things
from kg_rag.directives.actors import members, split_actor
from kg_rag.answer.asked_type import holds_quantity
from kg_rag.text.genre import expand_abbreviations, user_abbreviations

DECISION = """ỦY BAN NHÂN DÂN HUYỆN MƯỜNG LÁT HẠ
Số: 418/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Mường Lát Hạ, ngày 20 tháng 9 năm 2026

QUYẾT ĐỊNH
Công nhận sáng kiến cấp huyện năm 2026

Điều 1. Công nhận 12 (mười hai) sáng kiến cấp huyện năm 2026 của 15 tác giả thuộc các trường học.

Điều 2. Tổ thẩm định sáng kiến gồm:
- Ông Lò Văn Pấu, Phó Trưởng phòng Giáo dục Trung học, Tổ trưởng;
- Bà Hà Thị Mai, chuyên viên Phòng Giáo dục Tiểu học, Thư ký.

Điều 3. Đơn vị bay kiểm tra hiện trạng trường học bằng thiết bị bay không người lái thông báo cho Ủy ban nhân dân xã ít nhất 48 giờ trước khi bay.
Tổ kỹ thuật kiểm tra thiết bị định kỳ 15 ngày/lần và ghi sổ theo dõi.

Điều 4. Ban Chỉ đạo an ninh trường học huyện gồm:
| TT | Họ và tên, chức vụ | Chức danh trong Ban Chỉ đạo |
|---|---|---|
| 1 | Ông Lục Văn Sinh, Phó Chủ tịch UBND huyện | Trưởng ban |
| 2 | Bà Lường Thị Xuân, Trưởng phòng GD&ĐT | Phó Trưởng ban |
Trưởng ban phân công nhiệm vụ cho từng thành viên. Phó Trưởng ban điều hành công việc của Ban Chỉ đạo khi Trưởng ban vắng mặt.

Điều 5. Mức hỗ trợ xây dựng nhãn hiệu tập thể:
- Miến dong Khánh Lưu được hỗ trợ 80.000.000 đồng.
- Chè búp Ô Khê được hỗ trợ 65.000.000 đồng.

Điều 6. Ủy ban nhân dân các xã, thị trấn và thị xã Mường Lát chịu trách nhiệm thi hành Quyết định này. Quyết định này có hiệu lực kể từ ngày ký.

CHỦ TỊCH
Vi Văn Thắng
"""

MINUTES = """PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN MƯỜNG LÁT HẠ
Số: 45/BB-PGDĐT
Mường Lát Hạ, ngày 03 tháng 9 năm 2026

BIÊN BẢN
Phiên họp thẩm định sáng kiến

Hồi 14 giờ 00 phút ngày 03/9/2026, tại Hội trường tầng 2, Phòng Giáo dục và Đào tạo, Tổ thẩm định họp xét các sáng kiến năm 2026.

I. LỊCH BỒI DƯỠNG
1. Khóa 1 (giáo viên mầm non): học trực tuyến từ ngày 04/8/2026 đến ngày 08/8/2026.
2. Khóa 2 (cán bộ quản lý): học trực tiếp từ ngày 10/7/2026 đến ngày 12/7/2026 tại Phòng họp số 1.

II. DIỆN TÍCH NHIỄM SÂU BỆNH
| TT | Xã | Vụ | Diện tích nhiễm (ha) |
|---|---|---|---|
| 1 | Tân Lạc | Hè Thu 2025 | 210,4 |
| 2 | Tân Lạc | Vụ Mùa 2025 | 120,5 |
| 3 | Pù Nhi | Vụ Mùa 2025 | 64,0 |

Trường THCS Pù Nhi có 7 giáo viên dự bồi dưỡng, tỷ lệ đạt 85,7%.

III. HỒ SƠ SÁNG KIẾN
Hồ sơ đề nghị công nhận sáng kiến nộp 02 bộ bản giấy về Phòng Giáo dục và Đào tạo.
Mỗi sáng kiến đề nghị công nhận lập 01 bộ hồ sơ gồm:
a) Đơn đề nghị công nhận sáng kiến;
b) Báo cáo mô tả sáng kiến, không quá 10 trang;
c) Bản xác nhận hiệu quả áp dụng của nhà trường.

Năm học 2026 - 2027, mục tiêu lắp đặt camera giám sát ở cổng trường mới đạt 40%: các trường đã lắp 12 camera.

THƯ KÝ
Hà Thị Mai
"""

PLAN = """HUYỆN ỦY MƯỜNG LÁT HẠ
Số: 15-KH/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Mường Lát Hạ, ngày 05 tháng 01 năm 2026

KẾ HOẠCH
Bảo đảm an ninh trường học

I. MỤC TIÊU ĐẾN HẾT NĂM 2027
- Lắp đặt camera giám sát tại cổng của 100% trường học.
- Giảm 30% số vụ mất an toàn giao thông trước cổng trường.
- Đến năm 2028, 60% giáo viên được tập huấn kỹ năng phòng chống xâm hại học đường.
- Đến năm 2030, 95% giáo viên được tập huấn kỹ năng phòng chống xâm hại học đường.

II. NHIỆM VỤ
Ban Tuyên giáo Huyện ủy hướng dẫn tuyên truyền trong đảng viên.
Hạt Quản lý giao thông huyện và Ban Quản lý dự án đầu tư xây dựng huyện rà soát biển báo trước cổng trường, hoàn thành trong quý II/2026.

T/M BAN THƯỜNG VỤ
Đinh Văn Khởi
"""


def _md(text: str) -> str:
    return as_markdown(text, ("KẾ HOẠCH", "QUYẾT ĐỊNH", "BIÊN BẢN"), ("I.", "II.", "III."))


@pytest.fixture(scope="module", params=["txt", "md"])
def rag(request, tmp_path_factory):
    return shaped_rag(tmp_path_factory, "counts", request.param, {"qd_418": DECISION, "bb_45": MINUTES, "kh_15": PLAN}, _md)


def test_a_count_written_out_in_brackets(rag):
    assert holds_quantity("sang kien", "dieu 1. cong nhan 12 (muoi hai) sang kien cap huyen")
    assert not holds_quantity("sang kien", "cong nhan 12 (xem phu luc) de tai")
    says(rag, "Huyện công nhận tất cả bao nhiêu sáng kiến, của bao nhiêu tác giả?", "12 (mười hai) sáng kiến")


def test_hours_and_how_often(rag):
    assert user_abbreviations("Báo trước cho xã mấy tiếng?") == "Báo trước cho xã bao nhiêu giờ?"
    assert user_abbreviations("bao truoc 48 tieng dong ho") == "bao truoc 48 gio"
    for q in ("Dạy mấy tiếng dân tộc?", "Học bao nhiêu tiếng Anh?", "hoc may tieng anh"):
        assert user_abbreviations(q) == q
    assert holds_when("to ky thuat kiem tra thiet bi dinh ky 15 ngay/lan") and holds_when("30 ngay mot lan")
    assert not asks_duration("bien ban tham dinh so may ngay nao") and asks_duration("Khóa học kéo dài mấy ngày?")
    says(rag, "Đơn vị bay kiểm tra phải báo trước cho xã mấy tiếng?", "48 giờ")
    says(rag, "Tổ kỹ thuật kiểm tra thiết bị bao lâu một lần?", "15 ngày/lần")
    says(rag, "bien ban phien hop tham dinh sang kien so may ngay nao", "45/BB-PGDĐT")


def test_function_words_ask_nothing_absent(rag):
    says(rag, "Cuộc họp thẩm định sáng kiến diễn ra ở đâu, lúc mấy giờ?", "Hội trường tầng 2")
    query = rag.snapshot().read_query("Vụ Mùa 2025 thì xã Tân Lạc nhiễm bao nhiêu ha?")
    assert "thì xã" in query.text and "thị_xã" not in query.weights
    says(rag, "Vụ Mùa 2025 thì xã Tân Lạc nhiễm bao nhiêu ha?", "120,5")


def test_who_holds_a_title_opening_the_question(rag):
    assert asked_title("Trưởng ban Chỉ đạo an ninh trường học là ai?") == "truong ban"
    assert asked_title("pho truong ban chi dao la ai") == "pho truong ban"
    says(rag, "Trưởng ban Chỉ đạo an ninh trường học huyện là ai?", "Lục Văn Sinh")


def test_a_list_announced_by_a_sentence_picked_second(rag):
    says(rag, "Một bộ hồ sơ đề nghị công nhận sáng kiến cần những giấy tờ gì?", "Bản xác nhận hiệu quả áp dụng")


def test_that_decision_after_one_described_by_its_initials(rag):
    prev = "QĐ công nhận sáng kiến cấp huyện năm 2026 số mấy, ngày nào, ai ký?"
    assert rewrite("Quyết định đó có hiệu lực từ khi nào?", [prev]) == \
        "QĐ công nhận sáng kiến cấp huyện năm 2026 có hiệu lực từ khi nào?"
    assert rewrite("Quyết định đó có hiệu lực từ khi nào?", ["QĐ 418 ký ngày nào?"]) == "QĐ 418 có hiệu lực từ khi nào?"
    says(rag, "Quyết định đó có hiệu lực từ khi nào?", "kể từ ngày ký", history=[prev])


def test_school_managers_written_out(rag):
    assert expand_abbreviations("CBQL và GV", keep=False) == "cán bộ quản lý và giáo viên"
    says(rag, "khoa 2 cho CBQL hoc o dau, ngay nao", "Phòng họp số 1")


def test_bodies_named_after_their_work(rag):
    text = "Hạt Quản lý giao thông huyện và Ban Quản lý dự án đầu tư xây dựng huyện rà soát biển báo"
    assert members(split_actor(text)[0]) == ("Hạt Quản lý giao thông huyện", "Ban Quản lý dự án đầu tư xây dựng huyện")
    assert split_actor("Hạt Kiểm lâm huyện phối hợp tuyên truyền")[0] == "Hạt Kiểm lâm huyện"
    assert split_actor("Phòng Văn hóa giao cho các xã tổ chức")[0] == "Phòng Văn hóa"      # ("giao" still a verb)
    ext = next(iter(rag.snapshot().documents)).rsplit(".", 1)[1]
    found = {a["actor"]: a.get("members", []) for a in rag.who_what(f"kh_15.{ext}")["assignments"]}
    named = set(found) | {m for ms in found.values() for m in ms}
    assert {"Hạt Quản lý giao thông huyện", "Ban Quản lý dự án đầu tư xây dựng huyện"} <= named, found


def test_a_kindergarten_by_its_initials_and_documents_listed_by_a_topic_named_first(rag):
    assert "truong mam non pu nhi" in named_things("ty le dat cua truong MN Pu Nhi la bao nhieu")
    assert not rag.ask("Tỷ lệ đạt của trường MN Pù Nhi là bao nhiêu?").grounded       # (Pù Nhi's THCS only)
    says(rag, "Tỷ lệ đạt của trường THCS Pù Nhi là bao nhiêu?", "85,7%")
    a = says(rag, "Hội trường tầng 2 được nhắc trong những văn bản nào?", "Biên bản số 45/BB-PGDĐT")
    assert a.startswith("Các văn bản đề cập đến"), a


def test_follow_ups_swap_a_name_of_one_vowel_and_a_year(rag):
    assert rewrite("Thế còn chè búp Ô Khê?", ["Miến dong Khánh Lưu được hỗ trợ bao nhiêu để làm nhãn hiệu tập thể?"]) == \
        "chè búp Ô Khê được hỗ trợ bao nhiêu để làm nhãn hiệu tập thể?"
    says(rag, "Thế còn chè búp Ô Khê?", "65.000.000", history=["Miến dong Khánh Lưu được hỗ trợ bao nhiêu?"])
    prev = "Đến năm 2028 bao nhiêu % giáo viên được tập huấn kỹ năng phòng chống xâm hại học đường?"
    assert "2028" not in rewrite("Đến năm 2030 con số đó là bao nhiêu?", [prev])
    says(rag, "Đến năm 2030 con số đó là bao nhiêu?", "95%", history=[prev], absent=("60%",))

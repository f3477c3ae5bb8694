"""Known-answer tests for classes read off eval/blind119–121.

Who-what: a contract's plan heads each party's duties "1. Bên A (Sở Khoa học và Công nghệ)" › "- …":
they are that body's, as are those under "1. Ủy ban nhân dân các xã được giao kinh phí có trách nhiệm:";
"Kế hoạch giao cho X những việc gì?" asks X's tasks; "X được Trung tâm VH-TT đề nghị làm gì?" reads first the
documents of "Trung tâm Văn hóa - Thể thao", whose initials those are.

Corpus: "<an issuer> có những văn bản nào?" lists that issuer's documents, but "Từ lúc ký … đến lúc
nghiệm thu, việc … có những văn bản nào?" names no issuer, and is never answered as one.

Questions: "kiểm tra thực tế tối thiểu bao nhiêu đơn vị" asks a floor set, not what there is now
("thực tế" after "kiểm tra" is on the spot); "mỗi xã bao nhiêu ha" is answered by a figure after
each commune's name ("xã Yên Thủy Hạ 12 ha, xã Khe Sanh Bắc 10 ha"); "giá bán cam", "Thuê áo phao …
bao nhiêu tiền" price what they name, so "giá bán bưởi" or "Thuê kính bơi" are not answered by
another thing's price; "tiết kiệm được bao nhiêu nước tưới" — a change of a thing no text counts — is
answered by a figure beside its words ("lượng nước tưới giảm 22,8%"), "bao nhiêu robot" is not; "UPS 2 kVA", "tivi 65 inch" are measures, never
their bare figure; a code the opening of a document names ("giống lúa HL-05" in its Căn cứ line)
is what the whole document is about; "bà con nông dân" are the text's "nông dân" and "trẻ con" its
"trẻ em"; "CDĐL", "NHTT", "SHTT", "HĐTĐ", "HSSK" are written out; "BB nghiệm thu" is the minutes;
"phản biện 3", "lớp bơi số 6" are labels (as typed: "chuyển đổi số 5 tháng" is none), which a text's
"phản biện 2", "Lớp số 2" are not; "Điểm trường thôn …", "Bể bơi …" say where a class is held.

Reading: a hard-wrapped line ending "… công chức Văn hóa" over "- Xã hội xã, điện thoại …" is one line
(an office's name "Văn hóa - Xã hội", "Tài chính - Kế hoạch"), not a list item.

Actors: "… Trưởng thôn các thôn có mặt tại …", "Tổ cứu hộ miễn phí vé …" end at their verb, as does "Trưởng
thôn Khau Lìn và Trưởng thôn Nặm Tổng phối hợp …" (a place's "Tổng", not "Tổng phụ trách"); "Giao TTVHTT huyện in …"
names a body by its abbreviation; "Huyện Đoàn" is written so too.

Money: "Ngân sách tỉnh hỗ trợ bao nhiêu?" is no sum "từ ngân sách huyện".

Times: "… phát lúc mấy giờ?" asks a clock time, which "tối thứ Sáu" is not (it answers "khung giờ nào").

Events: "Buổi tổng kết … diễn ra ngày nào, ở đâu, ai chủ trì?" asks the event's day and chair, not the
document's date nor a body's task.

Contacts: "Email của Sở KH&CN …" is a line of that body's own document or one naming it, not another
body's contact line.

Follow-ups: "Còn loại 65 inch?" swaps the figure of that unit; "Còn mật ong Nặm Tổng?" after "… chè shan
tuyết Khau Lìn …?" swaps the thing named after a place, "Còn bậc tiểu học?" the school level, (and names no place "huyện Nặm Tổng"); a question of its own keeps the directive the
question before named ("Theo KH 41, …?" + "Vốn đối ứng … là bao nhiêu?": of KH 41), and is answered as
asked when that directive does not answer it (a new topic).

Each on two shapes written for this file (as typed, .txt, and Markdown)."""
from __future__ import annotations

import pytest

from conftest import as_markdown, says, shaped_rag
from kg_rag.answer.asked_detail import holds_hour
from kg_rag.answer.asked_when import holds_place
from kg_rag.answer.codes import measure_mentioned
from kg_rag.answer.extract import asks_meta
from kg_rag.answer.followup import rewrite, under_asked_directive
from kg_rag.answer.holds import asks_change, holds, never_counted
from kg_rag.answer.issuers import asked_issuer
from kg_rag.answer.named import named_things
from kg_rag.answer.narrowed import asks_now, other_level
from kg_rag.answer.qualifier import asked_qualifier
from kg_rag.answer.who import asks_who
from kg_rag.search.coverage import covered
from kg_rag.directives.actors import split_actor
from kg_rag.directives.named_leads import DUTIES_OF
from kg_rag.documents.chunking import chunk_document
from kg_rag.documents.structure import parse
from kg_rag.text.genre import user_abbreviations
from kg_rag.text.normalize import normalize_document
from kg_rag.text.unwrap import unwrap

PLAN = """SỞ NÔNG NGHIỆP TỈNH HỒNG LĨNH TÂY
TRUNG TÂM GIỐNG CÂY TRỒNG
Số: 41/KH-TTG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hồng Lĩnh Tây, ngày 12 tháng 3 năm 2026

KẾ HOẠCH
Triển khai hợp đồng trình diễn giống cây trồng năm 2026

Căn cứ Hợp đồng số 07/2026/HĐ-KHCN giữa Sở Khoa học và Công nghệ và Trung tâm Giống cây trồng về trình diễn giống lúa HL-05 và cam sành;

I. NỘI DUNG
1. Địa điểm: 02 xã của huyện Bá Thước Nam, mỗi vụ bố trí 22 ha, cụ thể: xã Yên Thủy Hạ 12 ha, xã Khe Sanh Bắc 10 ha.
2. Trung tâm kiểm tra thực tế tối thiểu 3 đơn vị trong quý II/2026 và báo cáo Sở.
3. Vốn đối ứng dự kiến của hợp tác xã và nông dân: 100.000.000 đồng.
4. Đầu mối liên hệ: bà Lò Thị Mai, điện thoại 0915 111 222, thư điện tử ttgiong@hongtay.gov.vn.
5. Hỗ trợ đăng ký chỉ dẫn địa lý tối đa 450.000.000 đồng/chỉ dẫn địa lý; nhãn hiệu tập thể tối đa 60.000.000 đồng/nhãn hiệu.

II. TRÁCH NHIỆM CÁC BÊN
1. Bên A (Sở Khoa học và Công nghệ)
- Cấp kinh phí theo 02 đợt, đợt 1 tạm ứng 50% sau khi ký hợp đồng.
- Tổ chức kiểm tra giữa kỳ trong quý III/2026.
2. Bên B (Trung tâm Giống cây trồng)
- Báo cáo tiến độ định kỳ 6 tháng về Sở Khoa học và Công nghệ.
- Nộp hồ sơ nghiệm thu chậm nhất 30 ngày sau khi kết thúc hợp đồng.

III. TỔ CHỨC THỰC HIỆN
1. Ủy ban nhân dân các xã được giao kinh phí có trách nhiệm:
a) Bố trí hội trường cho lớp tập huấn đầu vụ;
b) Giải ngân kinh phí hỗ trợ trước ngày 31/10/2026.

GIÁM ĐỐC
Lò Văn Páo
"""

REPORT = """TRUNG TÂM GIỐNG CÂY TRỒNG TỈNH HỒNG LĨNH TÂY
Số: 19/BC-TTG
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Hồng Lĩnh Tây, ngày 20 tháng 12 năm 2026

BÁO CÁO
Kết quả trình diễn năm 2026

Ngày 05/11/2026, tại Hội trường UBND xã Yên Thủy Hạ, đồng chí Lò Văn Páo, Giám đốc Trung tâm chủ trì buổi tổng kết mô hình trình diễn.

Căn cứ Kế hoạch số 41/KH-TTG ngày 12/3/2026 về trình diễn giống lúa HL-05;

I. KẾT QUẢ
1. Năng suất bình quân đạt 61,2 tạ/ha, cao hơn đối chứng 8,4 tạ/ha.
2. Về sử dụng nước: lượng nước tưới của mô hình giảm bình quân 22,8% so với ruộng canh tác truyền thống.
3. Giá bán cam sành bình quân đạt 18.000 đồng/kg.
4. Vốn đối ứng của hợp tác xã và nông dân tham gia mô hình: 125.000.000 đồng.
5. Điểm chấm của Hội đồng: Ủy viên phản biện 1 chấm 80 điểm; Ủy viên phản biện 2 chấm 76 điểm.
Điểm trung bình của Hội đồng: 78,0 điểm; Hội đồng xếp loại mô hình: Khá.
6. Điểm thẩm định sản phẩm: chè shan tuyết Khau Lìn 82,5 điểm; mật ong Nặm Tổng 87,0 điểm.
7. Tổ thư ký gồm:
- KS. Mạc Thị Duyên, chuyên viên Trung tâm - Thư ký hội nghị.

GIÁM ĐỐC
Lò Văn Páo
"""

PRICES = """UBND HUYỆN BÁ THƯỚC NAM
TRUNG TÂM VĂN HÓA - THỂ THAO
Số: 08/HD-TTVH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Bá Thước Nam, ngày 02 tháng 5 năm 2026

HƯỚNG DẪN
Đơn giá thiết bị điểm sinh hoạt cộng đồng và giá dịch vụ bể bơi

I. ĐƠN GIÁ THIẾT BỊ
| TT | Tên thiết bị | Đơn vị | Đơn giá tối đa (đồng) |
|---|---|---|---|
| 1 | Tivi thông minh 55 inch | chiếc | 14.500.000 |
| 2 | Tivi thông minh 65 inch | chiếc | 21.800.000 |
| 3 | Bộ lưu điện UPS 1 kVA | bộ | 2.750.000 |

II. GIÁ DỊCH VỤ BỂ BƠI
- Vé lượt người lớn: 25.000 đồng/lượt.
- Thuê áo phao: 10.000 đồng/lượt; thuê tủ đồ: 5.000 đồng/lượt.
- Trẻ em thuộc hộ nghèo học bơi hè được hỗ trợ 150.000 đồng/em từ ngân sách huyện.
- Chuyên mục "Bơi an toàn" phát trên loa truyền thanh vào tối thứ Sáu hằng tuần.
- Bản tin "Hè vui khỏe" phát lúc 18 giờ 30 thứ Bảy trên trang của Trung tâm.
- Trung tâm bố trí 90.000.000 đồng từ ngân sách huyện để mua áo phao cho các lớp bơi.
- Giờ học bơi trong trường: 01 tiết/tuần đối với cấp tiểu học và 02 tiết/tháng đối với cấp THCS.

III. LỚP BƠI HÈ
| TT | Lớp | Địa điểm | Thời gian |
|---|---|---|---|
| 1 | Lớp số 1 | Bể bơi Trung tâm Văn hóa - Thể thao | Sáng 7h00 - 8h30 |
| 2 | Lớp số 2 | Bể bơi di động Trường THCS Yên Thủy Hạ | Chiều 16h00 - 17h30 |

IV. TỔ CHỨC THỰC HIỆN
1. Đề nghị UBND các xã chỉ đạo Trưởng thôn các thôn có mặt tại bể bơi trong ngày khai giảng.
2. Tổ cứu hộ miễn phí vé cho học viên các lớp bơi hè.
3. Trưởng thôn Khau Lìn và Trưởng thôn Nặm Tổng phối hợp Tổ cứu hộ kiểm tra bể bơi di động.
4. Giao TTVHTT huyện in 2.000 tờ rơi hướng dẫn an toàn khi bơi.
5. Huyện Đoàn và Hội Liên hiệp Phụ nữ huyện tổ chức đội tình nguyện trông giữ trẻ tại bể bơi.

GIÁM ĐỐC
Đinh Thị Nhàn
"""


def _md(text: str) -> str:
    return as_markdown(text, ("KẾ HOẠCH", "BÁO CÁO", "HƯỚNG DẪN"), ("I.", "II.", "III.", "IV."))


@pytest.fixture(scope="module", params=["txt", "md"])
def rag(request, tmp_path_factory):
    return shaped_rag(tmp_path_factory, "measures", request.param, {"kh_41": PLAN, "bc_19": REPORT, "hd_08": PRICES}, _md)


def test_a_contract_party_heads_its_duties(rag):
    assert DUTIES_OF.match("Bên A (Sở Khoa học và Công nghệ)")["who"] == "Sở Khoa học và Công nghệ"
    assert DUTIES_OF.match("Đối với Phòng GD&ĐT (cơ quan thường trực)")["who"] == "Phòng GD&ĐT (cơ quan thường trực)"
    assert DUTIES_OF.match("Bên A") is None
    ext = next(iter(rag.snapshot().documents)).rsplit(".", 1)[1]
    found = {a["actor"]: " ".join(t["text"] for t in a["tasks"]) for a in rag.who_what(f"kh_41.{ext}")["assignments"]}
    assert "Tổ chức kiểm tra giữa kỳ" in found["Sở Khoa học và Công nghệ"], found
    assert "Nộp hồ sơ nghiệm thu" in found["Trung tâm Giống cây trồng"], found
    assert "Giải ngân kinh phí hỗ trợ" in found["Ủy ban nhân dân các xã"], found
    assert DUTIES_OF.match("Sở KH&CN là cơ quan thường trực, có trách nhiệm:")["who"] == "Sở KH&CN"
    assert DUTIES_OF.match("Các cơ quan có trách nhiệm thực hiện nghiêm:") is None


def test_a_floor_asked_and_a_figure_per_unit_named(rag):
    assert not asks_now("Trung tâm phải kiểm tra thực tế tối thiểu bao nhiêu đơn vị?") and asks_now("Thực tế đã có bao nhiêu xã?")
    assert not asks_now("Trung tâm kiểm tra thực tế bao nhiêu đơn vị?") and not asks_now("Thực tế phải kiểm tra tối thiểu bao nhiêu đơn vị?")
    says(rag, "Trung tâm phải kiểm tra thực tế tối thiểu bao nhiêu đơn vị trong quý II?", "3 đơn vị")
    says(rag, "KH 41 bố trí mỗi xã bao nhiêu ha một vụ?", "xã Yên Thủy Hạ 12 ha")
    assert not holds("ha", None, "Huyện bố trí 22 ha tại xã Yên Thủy Hạ.", (), "Mỗi xã bao nhiêu ha?")


def test_what_a_price_is_of(rag):
    assert asked_qualifier("Thuê kính bơi ở bể bơi hết bao nhiêu tiền?") == ("kinh", "boi")
    assert asked_qualifier("Giá bán bưởi là bao nhiêu đồng/kg?") == ("buoi",)
    assert asked_qualifier("Tiền thưởng giải nhất là bao nhiêu?") == ()
    says(rag, "Giá bán cam sành là bao nhiêu đồng/kg?", "18.000 đồng/kg")
    says(rag, "Thuê áo phao ở bể bơi hết bao nhiêu tiền?", "10.000 đồng/lượt")
    assert not rag.ask("Giá bán bưởi là bao nhiêu đồng/kg?").grounded
    assert not rag.ask("Thuê kính bơi ở bể bơi hết bao nhiêu tiền?").grounded


def test_an_amount_no_text_counts(rag):
    assert never_counted("nuoc tuoi", ["luong nuoc tuoi giam 22,8%"]) and not never_counted("ha", ["bo tri 22 ha"])
    assert not never_counted("money", []) and asks_change("Mô hình tiết kiệm được bao nhiêu nước tưới?")
    assert not asks_change("Có bao nhiêu robot tham gia?") and not rag.ask("Có bao nhiêu robot tham gia trình diễn?").grounded
    says(rag, "Mô hình tiết kiệm được bao nhiêu nước tưới?", "22,8%")
    assert not holds("measured nuoc tuoi", None, "Chưa đo lượng nước tưới của giống HL-05 trong vụ Mùa 2025.")


def test_a_measure_is_its_figure_with_its_unit(rag):
    assert named_things("ups 2 kva gia toi da bao nhieu") == ["2 kva"] and named_things("Tivi 65 inch giá bao nhiêu?") == ["65 inch"]
    assert measure_mentioned("2 kva", "bo luu dien ups 2kva") and not measure_mentioned("2 kva", "| 2 | ups 1 kva |")
    assert not measure_mentioned("2 kva", "ups 12 kva")
    says(rag, "Đơn giá tối đa của bộ lưu điện UPS 1 kVA là bao nhiêu?", "2.750.000")
    assert not rag.ask("ups 2 kva gia toi da bao nhieu theo hd 08").grounded
    first = "Đơn giá tối đa của tivi thông minh 55 inch là bao nhiêu?"
    assert rewrite("Còn loại 65 inch?", [first]) == "Đơn giá tối đa của tivi thông minh 65 inch là bao nhiêu?"
    says(rag, "Còn loại 65 inch?", "21.800.000", history=[first])


def test_a_code_the_opening_names_is_the_whole_document(rag):
    says(rag, "ai la thu ky hoi nghi trinh dien lua HL-05", "Mạc Thị Duyên")
    assert not rag.ask("ai la thu ky hoi nghi trinh dien lua HL-07").grounded


def test_tasks_given_to_a_body_and_documents_of_no_issuer(rag):
    assert asks_who("Chỉ thị giao cho Huyện đoàn những việc gì?") and not asks_who("Chỉ thị giao cho ai tổ chức hội thi?")
    says(rag, "Kế hoạch giao cho Sở Khoa học và Công nghệ những việc gì?", "kiểm tra giữa kỳ")
    says(rag, "Trung tâm Giống cây trồng có những văn bản nào?", "Kế hoạch số 41/KH-TTG", "Báo cáo số 19/BC-TTG")
    assert "ban hành" not in rag.ask("Từ lúc ký hợp đồng đến lúc nghiệm thu, việc trình diễn lúa có những văn bản nào?").answer


def test_colloquial_words_for_what_the_text_names(rag):
    says(rag, "Phần đối ứng của hợp tác xã và bà con nông dân là bao nhiêu?", "125.000.000 đồng")
    says(rag, "Trẻ con hộ nghèo đi học bơi hè được hỗ trợ bao nhiêu?", "150.000 đồng/em")
    assert covered("trẻ_con", set(), "tre em thuoc ho ngheo duoc ho tro") and not covered("trẻ_con", set(), "nguoi lon")
    assert covered("bà_con", set(), "von doi ung cua hop tac xa va nong dan") and not covered("bà_con", set(), "von doi ung cua hop tac xa")


def test_a_numbered_label_is_that_number_of_that_label(rag):
    assert named_things("Lớp bơi số 6 học ở đâu?") == ["lop 6"] and named_things("Học sinh lớp 3 học mấy tiết?") == ["3"]
    assert named_things("Ủy viên phản biện 3 chấm bao nhiêu điểm?") == ["phan bien 3"]
    assert "doi 5" not in named_things("Huyện chỉ ra hạn chế nào trong chuyển đổi số 5 tháng đầu năm?")
    assert holds_place("- Lớp số 3: Điểm trường thôn Khau Lìn; sáng Chủ nhật") and holds_place("Lớp số 2: Bể bơi di động Trường THCS")
    says(rag, "Lớp bơi số 2 học ở đâu?", "Trường THCS Yên Thủy Hạ")
    assert not rag.ask("Lớp bơi số 6 học ở đâu?").grounded
    says(rag, "Ủy viên phản biện 2 chấm bao nhiêu điểm?", "76 điểm")
    assert not rag.ask("Ủy viên phản biện 3 chấm bao nhiêu điểm?").grounded


def test_an_actor_ends_at_its_verb(rag):
    ext = next(iter(rag.snapshot().documents)).rsplit(".", 1)[1]
    actors = {a["actor"] for a in rag.who_what(f"hd_08.{ext}")["assignments"]}
    assert {"Trưởng thôn các thôn", "Tổ cứu hộ", "Trưởng thôn Khau Lìn và Trưởng thôn Nặm Tổng", "TTVHTT huyện",
            "Huyện Đoàn và Hội Liên hiệp Phụ nữ huyện"} <= actors, actors
    assert split_actor("Giáo viên Tổng phụ trách Đội tổ chức hội thi.")[0] == "Giáo viên Tổng phụ trách Đội"


WRAPPED = """UBND XÃ YÊN THỦY HẠ
Số: 55/KH-UBND
KẾ HOẠCH
Chuyển đổi số cộng đồng năm 2026

I. TỔ CHỨC THỰC HIỆN
1. Công chức Văn hóa - Xã hội xã chủ trì hướng dẫn người dân cài đặt các
ứng dụng, tổng hợp kết quả gửi Ủy ban nhân dân xã trước ngày 20/6/2026;
phối hợp Đoàn Thanh niên xã tổ chức các buổi hướng dẫn vào tối thứ Bảy.
2. Đầu mối liên hệ: đồng chí Lò Thị Hiền, công chức Văn hóa
- Xã hội xã, điện thoại 0912 000 555, thư điện tử vhxh.yenthuyha@gov.vn.
3. Trưởng thôn các thôn bố trí nhà văn hóa, loa truyền thanh và thông báo
lịch hướng dẫn cho người dân trong thôn trước mỗi buổi ít nhất hai ngày.
- Báo cáo kết quả về Ủy ban nhân dân xã định kỳ hằng tháng theo mẫu chung.
"""


@pytest.mark.parametrize("shape", ["txt", "md"])
def test_an_office_name_wrapped_at_its_dash_is_one_line(shape):
    text = WRAPPED.replace("\nKẾ HOẠCH\n", "\n# KẾ HOẠCH\n").replace("\nI. ", "\n## I. ") if shape == "md" else WRAPPED
    assert "công chức Văn hóa - Xã hội xã, điện thoại 0912 000 555" in unwrap(text)
    texts = [c.text for c in chunk_document(parse(f"kh_55.{shape}", normalize_document(text)))]
    assert any("Lò Thị Hiền, công chức Văn hóa - Xã hội xã, điện thoại 0912 000 555" in t for t in texts), texts
    assert "- Báo cáo kết quả về Ủy ban nhân dân xã định kỳ hằng tháng theo mẫu chung." in unwrap(text)     # (a list item stays one)


def test_the_asker_abbreviated_by_its_initials(rag):
    assert asked_issuer("trung tam vh-tt", {"issuer": "Trung tâm Văn hóa - Thể thao", "place": ""})
    assert not asked_issuer("trung tam vh-tt", {"issuer": "Trung tâm Y tế", "place": ""})
    says(rag, "UBND các xã được Trung tâm VH-TT đề nghị làm gì?", "Trưởng thôn các thôn có mặt", absent=("Giải ngân",))


def test_a_question_of_its_own_keeps_the_directive_asked_before(rag):
    assert under_asked_directive("Phần đối ứng của hợp tác xã là bao nhiêu?", ["Tổng kinh phí theo QĐ 356 là bao nhiêu?"]) \
        == "Phần đối ứng của hợp tác xã là bao nhiêu theo QĐ 356?"
    assert under_asked_directive("Báo cáo 19 nói gì về nước tưới?", ["Theo KH 41, mỗi xã bao nhiêu ha?"]) is None
    assert under_asked_directive("Còn loại 65 inch?", ["Theo HD 08, tivi 55 inch giá bao nhiêu?"]) is None     # (a swap)
    # (a new topic, which the directive asked before does not answer, is answered as asked)
    says(rag, "Giá bán cam sành bình quân của mô hình trình diễn là bao nhiêu đồng/kg?", "18.000 đồng/kg",
         history=["Theo HD 08, vé lượt người lớn giá bao nhiêu?"])
    assert says(rag, "Vốn đối ứng của hợp tác xã và nông dân là bao nhiêu?", "125.000.000").startswith("Theo Báo cáo số 19")
    assert says(rag, "Vốn đối ứng của hợp tác xã và nông dân là bao nhiêu?", "100.000.000",
                history=["Theo KH 41, mỗi xã bố trí bao nhiêu ha một vụ?"]).startswith("Theo Kế hoạch số 41/KH-TTG")


def test_the_contact_of_a_body_is_its_own(rag):
    says(rag, "Email của Trung tâm Giống cây trồng là gì?", "ttgiong@hongtay.gov.vn")
    assert not rag.ask("Email của Sở KH&CN để gửi báo cáo tiến độ là gì?").grounded
    from kg_rag.answer.signals import contact_of
    assert contact_of("Email của Sở KH&CN để gửi báo cáo là gì?") == "so kh&cn" and contact_of("Số điện thoại của phòng đó?") is None


def test_the_minutes_abbreviated():
    assert user_abbreviations("BB nghiệm thu ghi xếp loại thế nào?") == "biên bản nghiệm thu ghi xếp loại thế nào?"
    assert user_abbreviations("bb hop ghi xep loai the nao") == "bien ban hop ghi xep loai the nao"
    assert user_abbreviations("Theo TB 52, BB 05 họp ngày nào?") == "Theo TB 52, BB 05 họp ngày nào?"


def test_when_an_event_took_place_is_no_date_of_the_document(rag):
    assert not asks_meta("Buổi tổng kết diễn ra ngày nào?") and asks_meta("TB 52 ra ngày nào?")
    assert asks_who("Ai chủ trì việc kiểm tra?") and not asks_who("Buổi tổng kết mô hình diễn ra ở đâu, ai chủ trì?")
    assert asks_who("KH 41 đặt chỉ tiêu bao nhiêu buổi Cà phê khởi nghiệp? Ai chủ trì hoạt động này?")     # (a count, no meeting)
    says(rag, "Buổi tổng kết mô hình trình diễn diễn ra ngày nào, ở đâu, ai chủ trì?", "05/11/2026", "Lò Văn Páo")


def test_a_clock_time_asked(rag):
    assert holds_hour("phát vào tối thứ Sáu hằng tuần", "Phát vào khung giờ nào?")
    assert not holds_hour("phát vào tối thứ Sáu hằng tuần", "Phát lúc mấy giờ?") and holds_hour("phát lúc 18 giờ 30", "Phát lúc mấy giờ?")
    says(rag, "Bản tin Hè vui khỏe phát lúc mấy giờ?", "18 giờ 30")


def test_a_budget_of_another_level(rag):
    assert other_level("Ngân sách tỉnh hỗ trợ bao nhiêu?", "bo tri 90.000.000 dong tu ngan sach huyen", "")
    says(rag, "Ngân sách huyện bố trí bao nhiêu tiền để mua áo phao?", "90.000.000 đồng")
    assert not rag.ask("Ngân sách tỉnh hỗ trợ bao nhiêu tiền để mua áo phao?").grounded


def test_a_thing_named_after_a_place_swapped(rag):
    first = "Chè shan tuyết Khau Lìn được chấm bao nhiêu điểm?"
    assert rewrite("Còn mật ong Nặm Tổng?", [first]) == "mật ong Nặm Tổng được chấm bao nhiêu điểm?"
    assert rewrite("Còn mật ong Nặm Tổng?", ["Sản phẩm chè shan tuyết Khau Lìn được chấm bao nhiêu điểm?"]) \
        == "Sản phẩm mật ong Nặm Tổng được chấm bao nhiêu điểm?"
    assert "huyện Nặm Tổng" not in rewrite("Riêng mật ong Nặm Tổng bao nhiêu điểm?", ["Năm 2026 huyện Bá Thước Nam có bao nhiêu sản phẩm?"])
    assert rewrite("Thế lớp ở Khau Lìn?", ["Lớp ở xã Yên Thủy Hạ học ngày nào?"]) == "Lớp ở xã Khau Lìn học ngày nào?"
    says(rag, "Còn mật ong Nặm Tổng?", "87,0 điểm", history=["Sản phẩm chè shan tuyết Khau Lìn được chấm bao nhiêu điểm?"])


def test_intellectual_property_abbreviated(rag):
    says(rag, "Hỗ trợ đăng ký CDĐL tối đa bao nhiêu tiền?", "450.000.000")
    says(rag, "NHTT được hỗ trợ tối đa bao nhiêu?", "60.000.000")


def test_a_school_level_swapped():
    first = "Giờ học bơi trong trường ở THCS quy định bao nhiêu tiết?"
    assert rewrite("Còn bậc tiểu học?", [first]) == "Giờ học bơi trong trường ở tiểu học quy định bao nhiêu tiết?"
    assert "THCS" in rewrite("Còn bậc mầm non thì học ở bể bơi nào?", [first])       # (its own ask: the level not swapped in)

"""Known-answer tests for classes read off eval/blind86–88: a round named before a comma ("đợt 1,
xếp giá") is that round; a measure glued to its number ("15m") is the text's "15 m"; "NN&MT" and
"KP" are the documents' "Nông nghiệp và Môi trường" and "kinh phí"; "40 triệu con cá giống" counts
the "con giống" asked; "vụ" counts the text's "trường hợp"; "ở chỗ nào" asks a place; "bao nhiêu
mẫu nước" in a plan on water counts its "mẫu"; typed plain, "tai khoan" and "bo thiet bi" are
words, "huyen xin trung tam" no district; and in who-does-what: "Riêng Trạm …" opens with its
actor, "công trình" holds no verb "trình", a công văn's lead names whom its points are asked of,
"Tổng phụ trách Đội" is a title and "Trường nào chậm nộp" no actor. Each on two shapes written for
this file: as typed (.txt) and as Markdown."""
from __future__ import annotations

import pytest

from conftest import rag_of, says
from kg_rag.answer.asked_type import asked_quantity, counted_alone, holds_quantity
from kg_rag.answer.asked_when import asks_place
from kg_rag.answer.named import mentioned, named_things
from kg_rag.directives.actors import split_actor
from kg_rag.directives.assignments import doc_assignments
from kg_rag.index.lexical import analyze
from kg_rag.search.acronyms import spell_out
from kg_rag.search.coverage import covered, split_unknown, unframed, unknown_share
from kg_rag.text.genre import expand_abbreviations
from kg_rag.text.normalize import fold

PLAN = """ỦY BAN NHÂN DÂN HUYỆN BẾN ĐÁ
Số: 63/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Bến Đá, ngày 10 tháng 3 năm 2026

KẾ HOẠCH
Kiểm tra chất lượng nước tại các công trình cấp nước nông thôn năm 2026

I. PHẠM VI
1. Kế hoạch áp dụng cho 38 công trình cấp nước tập trung trên địa bàn huyện.
2. Tổng số mẫu cả năm là 152 mẫu, lấy thành 2 đợt, tránh thời điểm thu hoạch vụ lúa đông xuân.
3. Mỗi công trình lấy 02 mẫu trong mỗi đợt: 01 mẫu tại bể chứa sau xử lý và 01 mẫu tại vòi của hộ dân.
4. Tàu thuyền kiểm tra nguồn nước trên hồ phải dài từ 12 m trở lên.

II. NHIỆM VỤ
1. Phòng Nông nghiệp và Môi trường huyện chủ trì, phối hợp với UBND xã Bãi Thơm lập danh mục công trình, trình UBND huyện trước ngày 31/3/2026.
2. Riêng Trạm cấp nước xã Gò Sim tạm dừng cấp nước cho ăn uống đến khi có kết quả tái kiểm đạt.
3. Đề nghị UBND các xã có công trình không đạt niêm yết kết quả tại trụ sở xã trong 05 ngày.
4. UBND các xã, thị trấn công khai kết quả xét nghiệm sau mỗi đợt lấy mẫu.
5. Đoàn xã Ngọc Sơn thành lập 02 đội thanh niên tình nguyện hỗ trợ hộ dân súc rửa bể chứa.
6. Sở Y tế giao Trung tâm Y tế huyện lấy mẫu bổ sung tại 05 công trình có kết quả không đạt.
7. Trung tâm Viễn thông huyện lắp đặt 02 trạm phát sóng tại xã Gò Sim trong quý III/2026.
8. Trạm Y tế xã Gò Sim là bộ phận thường trực, theo dõi kết quả xét nghiệm hằng tháng.
9. Trung tâm Văn hóa huyện cấp 200 thẻ bạn đọc miễn phí cho học sinh.
10. Ban Chỉ đạo cấp huyện chủ trì tổng kết việc thực hiện Kế hoạch.
11. Hội Khuyến học huyện tài trợ 30 bộ sách cho các trường.

UBND huyện kính báo cáo UBND tỉnh xem xét, chỉ đạo./.

III. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch là 286.400.000 đồng từ ngân sách huyện.

IV. KẾT QUẢ KIỂM TRA NĂM TRƯỚC
Đoàn kiểm tra phát hiện 11 trường hợp vi phạm, trong đó 4 trường hợp đang xác minh.
Trung tâm Nước sạch huyện hỗ trợ các xã 6 bộ thiết bị châm clo tự động.

CHỦ TỊCH
Đàm Văn Lộc
"""

LETTER = """PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN BẾN ĐÁ
Số: 118/PGDĐT-GDTH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
V/v luân chuyển sách cho thư viện trường học
Bến Đá, ngày 02 tháng 4 năm 2026

Kính gửi: Hiệu trưởng các trường tiểu học, trung học cơ sở trên địa bàn huyện Bến Đá.

Thực hiện kế hoạch của Sở, Phòng Giáo dục và Đào tạo đề nghị Hiệu trưởng các trường thực hiện một số nội dung sau:

1. Tiếp nhận 600 bản sách luân chuyển đợt 1, xếp giá và lập sổ theo dõi trước ngày 20/4/2026.
2. Giao giáo viên Tổng phụ trách Đội phối hợp với cán bộ thư viện tổ chức Ngày hội đọc sách.
3. Gửi báo cáo theo Mẫu số 02/TV về Phòng trước ngày 30/4/2026. Trường nào chậm nộp sẽ bị nêu tên tại cuộc họp giao ban.
4. Trại giống của huyện sản xuất thử nghiệm 40 triệu con cá giống sạch bệnh trong năm 2026.
5. Quy mô: 40 gian sách của các nhà xuất bản và thư viện trường học.
6. Thời hạn gửi danh sách: trước ngày 10/5/2026, qua hộp thư điện tử của Phòng.
7. Hội Khuyến học huyện thông tin tới hội viên về Ngày hội đọc sách.

Nơi nhận:
- Như trên;
- Lưu: VT.

TRƯỞNG PHÒNG
Vi Thị Hạnh

PHIẾU ĐĂNG KÝ THAM GIA NGÀY HỘI ĐỌC SÁCH
(Kèm theo Công văn số 118/PGDĐT-GDTH)
1. Trường đăng ký tham gia ..............................
2. Số học sinh tham gia ..............................
"""


REPORT = """ỦY BAN NHÂN DÂN HUYỆN BẾN ĐÁ
Số: 71/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Bến Đá, ngày 08 tháng 01 năm 2026

BÁO CÁO
Kết quả phát triển thư viện cơ sở năm 2025

Thực hiện Công văn số 09/SVHTTDL-TV ngày 02/01/2026 của Sở Văn hóa, Thể thao và Du lịch, UBND huyện báo cáo như sau:

I. KẾT QUẢ
Trên địa bàn huyện có 64 thư viện, phòng đọc trường học; số liệu thống kê tính đến ngày 31/12/2025.

| TT | Xã | Tủ sách cộng đồng | Lượt bạn đọc |
| 1 | Xã Bãi Thơm | 12 | 4.300 |
| 2 | Xã Gò Sim | 9 | 3.150 |
| | Cộng | 21 | 7.450 |

II. NHIỆM VỤ KHOA HỌC
Chủ nhiệm nhiệm vụ khoa học "Số hóa sách cổ" báo cáo kết quả về Sở trước ngày 15/6 và ngày 15/12 hằng năm.

CHỦ TỊCH
Đàm Văn Lộc
"""


PROGRAM = """HUYỆN ỦY BẾN ĐÁ
Số 15-CTr/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Bến Đá, ngày 12 tháng 02 năm 2026

CHƯƠNG TRÌNH HÀNH ĐỘNG
về phát triển khoa học, công nghệ và chuyển đổi số huyện Bến Đá

I. MỤC TIÊU
1. Đến năm 2030, 100% xã có điểm truy cập Internet công cộng.

T/M HUYỆN ỦY
BÍ THƯ
Lò Văn Hùng
"""


NOTICE = """SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
Số: 40/TB-SVHTTDL
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Lam Viên, ngày 20 tháng 3 năm 2026

THÔNG BÁO
Lịch mở cửa Thư viện tỉnh dịp hè năm 2026

Thư viện tỉnh mở cửa từ 7 giờ 30 đến 20 giờ các ngày trong tuần, từ ngày 01/6 đến ngày 31/8/2026.

GIÁM ĐỐC
Hà Minh Tâm
"""


TRAINING = """ỦY BAN NHÂN DÂN HUYỆN BẾN ĐÁ
Số: 80/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Bến Đá, ngày 02 tháng 02 năm 2026

KẾ HOẠCH
Đào tạo nghề cho lao động nông thôn năm 2026

I. TỔ CHỨC THỰC HIỆN
1. UBND các xã, thị trấn
Giao Phòng Văn hóa - Xã hội rà soát nhu cầu học nghề, lập danh sách người đăng ký trước ngày 31/3/2026.
2. Trường Trung cấp nghề Bến Đá và các Trung tâm Giáo dục nghề nghiệp huyện
Tổ chức tuyển sinh, đào tạo và cấp chứng chỉ theo đúng chương trình.
3. Đề nghị các doanh nghiệp, hợp tác xã trên địa bàn huyện đặt hàng đào tạo theo nhu cầu sử dụng lao động.

CHỦ TỊCH
Đàm Văn Lộc
"""


def _md(text: str) -> str:
    return text.replace("\n1. UBND các xã, thị trấn\n", "\n### 1. UBND các xã, thị trấn\n").replace("\n2. Trường Trung cấp", "\n### 2. Trường Trung cấp") \
        .replace("\nKẾ HOẠCH\n", "\n# KẾ HOẠCH\n").replace("\nBÁO CÁO\n", "\n# BÁO CÁO\n").replace("\nCHƯƠNG TRÌNH HÀNH ĐỘNG\n", "\n# CHƯƠNG TRÌNH HÀNH ĐỘNG\n") \
        .replace("\nTHÔNG BÁO\n", "\n# THÔNG BÁO\n") \
        .replace("| TT | Xã | Tủ sách cộng đồng | Lượt bạn đọc |\n", "| TT | Xã | Tủ sách cộng đồng | Lượt bạn đọc |\n|---|---|---|---|\n").replace("\nI. ", "\n## I. ").replace("\nII. ", "\n## II. ") \
        .replace("\nIII. ", "\n## III. ").replace("\nIV. ", "\n## IV. ")


@pytest.fixture(scope="module", params=["txt", "md"])
def rag(request, tmp_path_factory):
    ext = request.param
    files = {f"kh_63.{ext}": PLAN, f"cv_118.{ext}": LETTER, f"bc_71.{ext}": REPORT, f"ctr_15.{ext}": PROGRAM, f"tb_40.{ext}": NOTICE, f"kh_80.{ext}": TRAINING}
    return rag_of(tmp_path_factory.mktemp(f"measures_corpus_{ext}"), tmp_path_factory.mktemp(f"measures_{ext}") / "index",
                  {k: _md(v) if ext == "md" else v for k, v in files.items()})


def test_a_round_before_a_comma_is_that_round(rag):
    assert mentioned("dot 1", "tiep nhan 600 ban sach luan chuyen dot 1, xep gia") and not mentioned("dot 1", "dot 1,5 ngay")
    says(rag, "Đợt 1 nhận bao nhiêu bản sách luân chuyển?", "600 bản")
    assert not rag.ask("Đợt 3 nhận bao nhiêu bản sách luân chuyển?").grounded


def test_a_measure_glued_to_its_number(rag):
    assert [t for t in analyze("tàu từ 12m trở lên") if t != "~m"] == analyze("tàu từ 12 m trở lên")
    assert "4g" in analyze("mạng 4G")           # (a network, no measure)
    says(rag, "Tàu kiểm tra nguồn nước phải dài từ bao nhiêu m trở lên? tàu từ 12m", "12 m")


def test_two_departments_joined_and_a_budget_written_short(rag):
    says(rag, "Phòng NN&MT huyện chủ trì việc gì?", "lập danh mục công trình")
    says(rag, "Tổng KP thực hiện kế hoạch là bao nhiêu?", "286.400.000")
    assert expand_abbreviations("Tổng KP; Phòng NN&MT", keep=False) == "Tổng kinh phí; Phòng nông nghiệp và môi trường"
    # (read off the corpus when no table has it: "DL" alone is "du lịch" or "dữ liệu", joined it is one phrase)
    corpus = "Sở Du lịch và Thương mại. Sở Du lịch và Thương mại. dữ liệu lớn, dữ liệu số, du lịch xanh"
    c = (fold(corpus).lower(), corpus, frozenset(corpus.lower().split()))
    assert "du lịch và thương mại" in spell_out("Sở DL&TM làm gì?", lambda w: False, lambda: c, {}).lower()
    filed = corpus + ". Lưu: VT, DL&TM."      # (a filing code, no name the text writes: still the phrase)
    c = (fold(filed).lower(), filed, frozenset(filed.lower().split()))
    assert "du lịch và thương mại" in spell_out("Sở DL&TM làm gì?", lambda w: False, lambda: c, {}).lower()
    written = corpus + ". Sở DL&TM chủ trì."    # (written so in the text: kept as typed)
    c = (fold(written).lower(), written, frozenset(written.lower().split()))
    assert "DL&TM" in spell_out("Sở DL&TM làm gì?", lambda w: False, lambda: c, {})


def test_a_count_with_its_multiplier_and_classifier(rag):
    assert holds_quantity("giong", "san xuat 40 trieu con ca giong") and not holds_quantity("giong", "san xuat 40 ca")
    says(rag, "Trại giống sản xuất bao nhiêu con giống?", "40 triệu con cá giống")


def test_cases_counted_as_the_text_calls_them(rag):
    assert asked_quantity("Còn bao nhiêu vụ đang xác minh?") == "vu"
    says(rag, "Có bao nhiêu vụ đang xác minh?", "4 trường hợp")


def test_where_asked_as_which_spot(rag):
    q = "Mỗi công trình một đợt lấy mấy mẫu, lấy ở chỗ nào?"
    assert asks_place(q) and "chỗ" not in unframed(q)
    says(rag, q, "vòi của hộ dân")


def test_a_unit_whose_second_word_is_the_subject(rag):
    assert counted_alone("mau nuoc", "Cả năm lấy bao nhiêu mẫu nước?") and not counted_alone("hoc sinh", "bao nhiêu học sinh?")
    says(rag, "Cả năm lấy tổng cộng bao nhiêu mẫu nước?", "152 mẫu")


def test_words_typed_plain(rag):
    assert asked_quantity("cap bao nhieu tai khoan") == "tai khoan" and asked_quantity("dành bao nhiêu cho hoạt động") is None
    assert asked_quantity("ho tro may bo thiet bi cham clo") == "bo" and asked_quantity("to chuc may buoi tuyen truyen") == "buoi tuyen"
    assert named_things("huyen xin trung tam nuoc sach ho tro") == ["trung tam nuoc sach"]
    assert named_things("xa tan lap co bao nhieu thon") == ["tan lap"]
    assert named_things("ke hoach cua xa pu linh giao cong an xa lam gi") == ["pu linh"]     # (no word "pu": a name)
    assert named_things("may in 3d trong to trinh phong stem gia bao nhieu") == []        # ("stem", a borrowed word: no name)
    assert named_things("xa binh minh chu tri viec gi") == ["binh minh"]       # (a name that is a word, before "chủ trì")
    assert asked_quantity("co bao nhieu de tai khoa hoc") == "de tai"
    assert asked_quantity("ngan sach huyen chi bao nhieu cho ke hoach ky nang so") == "money"
    says(rag, "trung tam nuoc sach ho tro may bo thiet bi cham clo tu dong", "6 bộ")
    # (and a word of the language the corpus never writes is kept whole, not cut across: "áp_dụng" is no "áp dụng_công_trình")
    seen = {"áp", "công_trình", "dụng_công_trình"}.__contains__
    assert split_unknown(["áp_dụng", "công_trình"], {"công_trình"}, seen) == ["áp_dụng", "công_trình"]
    says(rag, "Kế hoạch áp dụng cho bao nhiêu công trình?", "38 công trình")


def test_who_does_what_read_off_leads_and_words(rag):
    by = {}
    for d in rag.snapshot().documents.values():
        for x in doc_assignments(d):
            by.setdefault(x.actor, []).append(x.task.text)
    assert any(t.startswith("Tạm dừng") for t in by["Trạm cấp nước xã Gò Sim"])
    assert any(t.startswith("Niêm yết") for t in by["UBND các xã có công trình không đạt"])
    assert any(t.startswith("Tiếp nhận 600") for t in by["Hiệu trưởng các trường"])
    assert any(t.startswith("Phối hợp") for t in by["giáo viên Tổng phụ trách Đội"])
    assert any(t.startswith("Công khai") for t in by["UBND các xã, thị trấn"])
    assert any(t.startswith("Thành lập") for t in by["Đoàn xã Ngọc Sơn"])       # ("sơn thành" is a word, "thành lập" the verb)
    assert any(t.startswith("Giao Trung tâm Y tế huyện") for t in by["Sở Y tế"])
    assert any(t.startswith("Lắp đặt 02") for t in by["Trung tâm Viễn thông huyện"])
    assert not any("nào" in a or "kính" in a for a in by), list(by)
    roles = {x.actor: x.task.role for d in rag.snapshot().documents.values() for x in doc_assignments(d)}
    assert roles["Trạm Y tế xã Gò Sim"] == "thường trực" and roles["Ban Chỉ đạo cấp huyện"] == "chủ trì"
    assert any(t.startswith("Cấp 200") for t in by["Trung tâm Văn hóa huyện"])
    assert any(t.startswith("Tài trợ 30") for t in by["Hội Khuyến học huyện"])
    assert split_actor("Bộ Ngoại giao phối hợp hướng dẫn thủ tục cho chuyên gia.")[0] == "Bộ Ngoại giao"      # (no verb "giao")


def test_the_askers_words_for_the_documents_own(rag):
    says(rag, "Toàn huyện có bao nhiêu tủ sách cộng đồng?", "21")              # a table's total row
    says(rag, "Số liệu thống kê chốt đến ngày nào?", "31/12/2025")
    says(rag, "Chủ nhiệm đề tài số hóa sách cổ báo cáo vào những thời điểm nào?", "15/6")
    says(rag, "toan huyen co bao nhieu tu sach cong dong dip nam 2025", "21")     # ("dịp", an occasion, typed plain)
    assert covered("chốt", set(), "so lieu tinh den ngay 31/12/2025") and covered("toàn", set(), "| | cong | 21 | 7.450 |")
    assert not covered("đề_tài", set(), "chu nhiem nhiem vu bao cao ket qua") and not covered("toàn", set(), "cong trinh cap nuoc")
    assert unknown_share({"đề_tài": 1.0}, lambda t: False, lambda p: False) == 0.0     # (the genre's word, not something absent)
    assert covered("đợt", set(), "tiep nhan ho so tu ngay 01/3 den ngay 31/3")         # ("đợt nhận hồ sơ kéo dài …")
    assert covered("đoạt", set(), "san pham gao nep dat giai nhi") and covered("lệ_phí", set(), "phi du tuyen la 500.000 dong")
    assert asked_quantity("Tổng KP thực hiện kế hoạch là bao nhiêu, tỉnh hỗ trợ bao nhiêu xã hội hóa?") == "money"


def test_a_directive_named_with_its_code_typed_before(rag):
    # (nothing asked but the date of a directive whose type is several words: "chương trình hành động")
    says(rag, "CTr 15-CTr/HU ban hành ngày nào?", "12 tháng 02 năm 2026")
    says(rag, "ctr 15-ctr/hu ban hanh ngay nao", "12 tháng 02 năm 2026")
    says(rag, "CV 118 yêu cầu gửi báo cáo theo mẫu số mấy?", "Mẫu số 02/TV")      # (a form's number, no directive's)
    says(rag, "BC 71 được lập theo yêu cầu của văn bản nào?", "Công văn số 09/SVHTTDL-TV")


def test_people_counted_who_learn_and_a_worker_written_short(rag):
    assert asked_quantity("Năm 2025 có bao nhiêu người học nghề xong có việc làm?") is None      # people, who learn
    assert expand_abbreviations("đào tạo nghề cho LĐ nông thôn", keep=False) == "đào tạo nghề cho lao động nông thôn"


def test_documents_of_levels_or_a_body_named_with_commas(rag):
    says(rag, "Văn bản nào do cấp xã, huyện ban hành?", "Kế hoạch số 63/KH-UBND", "Chương trình hành động số 15-CTr/HU")
    says(rag, "Văn bản nào do Sở Văn hóa, Thể thao và Du lịch ban hành?", "Thông báo số 40/TB-SVHTTDL", absent=("63/KH-UBND",))
    says(rag, "Những văn bản nào do các Sở ban hành?", "Thông báo số 40/TB-SVHTTDL", absent=("63/KH-UBND",))     # (any Sở)
    says(rag, "Có bao nhiêu văn bản do cơ quan, tổ chức cấp huyện ban hành?", "63/KH-UBND", absent=("40/TB-SVHTTDL",))
    a = rag.ask("Văn bản nào do Sở Lao động, Thương binh và Xã hội ban hành?")       # (one body, none of the corpus's)
    assert not a.grounded and "Không tìm thấy văn bản do Sở Lao động, Thương binh và Xã hội" in a.answer, a.answer


def test_a_group_heading_that_assigns_and_a_list_of_schools(rag):
    d = next(d for d in rag.snapshot().documents.values() if d.source.startswith("kh_80"))
    duties = doc_assignments(d)
    by = {x.actor: x for x in duties}
    assert by["UBND các xã, thị trấn"].task.text.startswith("Giao Phòng Văn hóa - Xã hội")      # (the heading's body assigns it)
    assert by["Trường Trung cấp nghề Bến Đá và các Trung tâm Giáo dục nghề nghiệp huyện"].members == (
        "Trường Trung cấp nghề Bến Đá", "các Trung tâm Giáo dục nghề nghiệp huyện")
    assert by["các doanh nghiệp, hợp tác xã trên địa bàn huyện"].task.text.startswith("Đặt hàng")


def test_a_letters_requests_not_its_facts_nor_its_form(rag):
    d = next(d for d in rag.snapshot().documents.values() if d.source.startswith("cv_118"))
    asked = [x.task.text for x in doc_assignments(d) if x.actor == "Hiệu trưởng các trường"]
    assert any(t.startswith("Thời hạn gửi danh sách") for t in asked)          # (a label that sets a deadline)
    assert not any(t.startswith(("Quy mô", "Trường đăng ký", "Số học sinh")) for t in asked), asked
    assert any(x.actor == "Hội Khuyến học huyện" and x.task.text.startswith("Thông tin tới") for x in doc_assignments(d))

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
from kg_rag.directives.assignments import doc_assignments
from kg_rag.index.lexical import analyze
from kg_rag.search.acronyms import spell_out
from kg_rag.search.coverage import covered, split_unknown, unframed
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
3. Gửi báo cáo về Phòng trước ngày 30/4/2026. Trường nào chậm nộp sẽ bị nêu tên tại cuộc họp giao ban.
4. Trại giống của huyện sản xuất thử nghiệm 40 triệu con cá giống sạch bệnh trong năm 2026.

Nơi nhận:
- Như trên;
- Lưu: VT.

TRƯỞNG PHÒNG
Vi Thị Hạnh
"""


REPORT = """ỦY BAN NHÂN DÂN HUYỆN BẾN ĐÁ
Số: 71/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Bến Đá, ngày 08 tháng 01 năm 2026

BÁO CÁO
Kết quả phát triển thư viện cơ sở năm 2025

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


def _md(text: str) -> str:
    return text.replace("\nKẾ HOẠCH\n", "\n# KẾ HOẠCH\n").replace("\nBÁO CÁO\n", "\n# BÁO CÁO\n") \
        .replace("| TT | Xã | Tủ sách cộng đồng | Lượt bạn đọc |\n", "| TT | Xã | Tủ sách cộng đồng | Lượt bạn đọc |\n|---|---|---|---|\n").replace("\nI. ", "\n## I. ").replace("\nII. ", "\n## II. ") \
        .replace("\nIII. ", "\n## III. ").replace("\nIV. ", "\n## IV. ")


@pytest.fixture(scope="module", params=["txt", "md"])
def rag(request, tmp_path_factory):
    ext = request.param
    files = {f"kh_63.{ext}": PLAN, f"cv_118.{ext}": LETTER, f"bc_71.{ext}": REPORT}
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
    assert named_things("xa binh minh chu tri viec gi") == ["binh minh"]       # (a name that is a word, before "chủ trì")
    assert asked_quantity("co bao nhieu de tai khoa hoc") == "de tai"
    assert asked_quantity("ngan sach huyen chi bao nhieu cho ke hoach ky nang so") == "money"
    says(rag, "trung tam nuoc sach ho tro may bo thiet bi cham clo tu dong", "6 bộ")
    # (a word the segmenter glued to the next, with the unknown syllable before it)
    vocab = {"áp_dụng", "công_trình", "áp"}
    assert split_unknown(["áp", "dụng_công_trình"], vocab, lambda w: w in vocab) == ["áp_dụng", "công_trình"]
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
    assert not any("nào" in a for a in by), list(by)


def test_the_askers_words_for_the_documents_own(rag):
    says(rag, "Toàn huyện có bao nhiêu tủ sách cộng đồng?", "21")              # a table's total row
    says(rag, "Có bao nhiêu phòng đọc trường học?", "64 thư viện, phòng đọc")    # two nouns counted together
    says(rag, "Số liệu thống kê chốt đến ngày nào?", "31/12/2025")
    says(rag, "Chủ nhiệm đề tài số hóa sách cổ báo cáo vào những thời điểm nào?", "15/6")
    says(rag, "co bao nhieu phong doc truong hoc dip nam 2025", "64 thư viện")     # ("dịp", an occasion, typed plain)
    assert covered("chốt", set(), "so lieu tinh den ngay 31/12/2025") and covered("toàn", set(), "| | cong | 21 | 7.450 |")
    assert covered("đề_tài", set(), "chu nhiem nhiem vu bao cao ket qua") and not covered("toàn", set(), "cong trinh cap nuoc")

"""Known-answer tests for the classes read off eval/blind7, blind9 and blind10: a table ranked
("Xã nào … cao nhất?") and its other end asked next ("Còn xã thấp nhất?"), a body asked about
whose document is not among the top passages ("Ban Tổ chức Huyện ủy được giao việc gì?"), a
report's "PHƯƠNG HƯỚNG, NHIỆM VỤ" as work given out, a directive's own header for its date and
number, a "V/v" subject written over several lines, a figure of another level than the one asked
("cấp tỉnh" of a "cấp huyện" contest), a cited directive's own figure, and the officers' words
("năm ngoái", "UBKT", "NS", "bị giao", "hạn tới bao giờ", "Hội Phụ nữ" for the Hội Liên hiệp
Phụ nữ). Each rule is shown on two shapes written for this file — a district report with a table
by commune, and a hard-wrapped công văn of a district office — beside the commune plan and school
report of tests/test_asked_words.py."""
from __future__ import annotations

import pytest

from kg_rag.answer.asked_type import asked_quantity
from kg_rag.answer.followup import body_tasks, rewrite
from kg_rag.answer.named import mentioned, named_things
from kg_rag.answer.ranked import number, pick_column, ranked_row
from kg_rag.search.coverage import split_unknown

from test_asked_words import COMMUNE_PLAN, SCHOOL_REPORT

DISTRICT_REPORT = """HUYỆN ỦY LONG SƠN                       ĐẢNG CỘNG SẢN VIỆT NAM
*                                         Long Sơn, ngày 15 tháng 12 năm 2025
Số 27-BC/HU

BÁO CÁO
Kết quả thực hiện phong trào "Bình dân học vụ số" năm 2025

I. KẾT QUẢ

1. Năm 2025, toàn huyện tổ chức 64 lớp bồi dưỡng kỹ năng số cho người dân.

2. Kết quả các chỉ tiêu chính

| Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ |
|---|---|---|---|
| Người dân được phổ cập kỹ năng số (người) | 12.000 | 10.440 | 87,0% |
| Hộ kinh doanh dùng thanh toán không dùng tiền mặt (hộ) | 900 | 612 | 68,0% |

3. Kết quả theo từng xã

| Xã | Dân số từ 15 tuổi | Được phổ cập | Tỷ lệ (%) | Tổ trưởng tổ công nghệ số |
|---|---|---|---|---|
| Xã Phú Mỹ | 4.210 | 2.610 | 62,0 | Lê Văn Tâm |
| Xã Nam Hà | 3.870 | 1.320 | 34,1 | Hoàng Thị Nhung |
| Xã Thống Nhất | 5.020 | 2.410 | 48,0 | Đặng Văn Quý |
| Cộng | 13.100 | 6.340 | 48,4 | |

II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026

1. Ban Tổ chức Huyện ủy tham mưu đưa tiêu chí kỹ năng số vào đánh giá cán bộ, công chức cuối năm 2026.

2. Ủy ban Kiểm tra Huyện ủy đưa việc thực hiện phong trào vào chương trình giám sát năm 2026.

3. Hội Liên hiệp Phụ nữ huyện vận động hội viên mở gian hàng trực tuyến, phấn đấu có 120 hộ tham gia.

Nơi nhận:                                   T/M HUYỆN ỦY
- Ban Thường vụ Tỉnh ủy (b/c),               PHÓ BÍ THƯ
- Lưu VPHU.
                                            Nguyễn Hữu Khang
"""

DISTRICT_LETTER = """ỦY BAN NHÂN DÂN HUYỆN LONG SƠN
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: 318/PGDĐT-THCS
V/v tổ chức Cuộc thi sáng tạo thanh thiếu niên
dành cho học sinh trung học cơ sở
cấp huyện năm học 2026-2027
                                        Long Sơn, ngày 20 tháng 9 năm 2026

Kính gửi: Hiệu trưởng các trường trung học cơ sở trên địa bàn huyện.

Thực hiện Kế hoạch số 52-KH/TU ngày 04/3/2026 của Ban Thường vụ Tỉnh ủy về chuyển đổi số
trong giáo dục; căn cứ Báo cáo số 27-BC/HU ngày 15/12/2025 của Huyện ủy, Phòng Giáo dục và
Đào tạo hướng dẫn tổ chức Cuộc thi như sau:

1. Mỗi trường đăng ký tối đa 04 sản phẩm, gửi hồ sơ về Phòng trước ngày 25/10/2026.

2. Mức thưởng cho mỗi sản phẩm: giải Nhất 2.000.000 đồng; giải Nhì 1.500.000 đồng; giải
Ba 1.000.000 đồng.

3. Trường nào gặp sự cố mất an toàn thông tin trên hệ thống thi trực tuyến phải báo cáo về
Phòng trong vòng 24 giờ.

4. Chi ngân sách huyện cho Cuộc thi năm 2025 là 45 triệu đồng.

Nơi nhận:                                   TRƯỞNG PHÒNG
- Như trên;
- Lưu: VT.                                  Vi Thị Hằng
"""


@pytest.fixture(scope="module")
def rag(tmp_path_factory):
    from kg_rag.index.embed import HashEmbedder
    from kg_rag.pipeline import KgRag
    corpus = tmp_path_factory.mktemp("tables_corpus")
    (corpus / "kh_21.txt").write_text(COMMUNE_PLAN, encoding="utf-8")
    (corpus / "bc_45.txt").write_text(SCHOOL_REPORT, encoding="utf-8")
    (corpus / "bc_27.md").write_text(DISTRICT_REPORT, encoding="utf-8")
    (corpus / "cv_318.txt").write_text(DISTRICT_LETTER, encoding="utf-8")
    return KgRag.open(corpus=corpus, index=tmp_path_factory.mktemp("tables") / "index",
                      embedder=HashEmbedder(), progress=False)


# ---- a table ranked ------------------------------------------------------------------------------------------

def test_a_column_is_picked_by_the_share_of_its_name_the_question_writes():
    rows = [["Xã Phú Mỹ", "4.210", "2.610", "62,0"], ["Xã Nam Hà", "3.870", "1.320", "34,1"], ["Cộng", "8.080", "3.930", "48,6"]]
    cols = ["Xã", "Dân số từ 15 tuổi", "Được phổ cập", "Tỷ lệ (%)"]
    assert pick_column(cols, "xa nao co ty le pho cap cao nhat", rows) == 3
    assert pick_column(cols, "xa nao co dan so tu 15 tuoi dong nhat", rows) == 1
    assert pick_column(cols, "xa nao co nhieu nha van hoa nhat", rows) is None
    assert number("1.012") == 1012 and number("55,9") == 55.9 and number("89,0%") == 89.0 and number("Lê Văn Tâm") is None
    assert ranked_row(rows, 3, highest=True) == 0 and ranked_row(rows, 3, highest=False) == 1   # never the "Cộng" row


def test_the_highest_and_the_lowest_row_are_read_off_the_table(rag):
    first = "Xã nào ở Long Sơn có tỷ lệ phổ cập kỹ năng số cao nhất?"
    a = rag.ask(first)
    assert a.grounded and "Xã Phú Mỹ" in a.answer and "Nam Hà" not in a.answer
    assert rewrite("con xa thap nhat", [first]) == "Xã nào ở Long Sơn có tỷ lệ phổ cập kỹ năng số thấp nhất?"
    a = rag.ask("con xa thap nhat", history=[first])
    assert a.grounded and "Xã Nam Hà" in a.answer and "Phú Mỹ" not in a.answer
    a = rag.ask("Tổ trưởng tổ công nghệ số ở đó là ai?", history=[first, "con xa thap nhat"])
    assert a.grounded and "Hoàng Thị Nhung" in a.answer
    a = rag.ask("Chỉ tiêu nào của huyện Long Sơn đạt tỷ lệ thấp nhất?")      # the other table of the report
    assert a.grounded and "Hộ kinh doanh" in a.answer


def test_a_results_table_is_what_was_done_not_a_target(rag):
    a = rag.ask("Long Sơn đã phổ cập kỹ năng số cho người dân đạt mấy phần trăm kế hoạch?")
    assert a.grounded and "87,0%" in a.answer


# ---- bodies asked about ------------------------------------------------------------------------------------

def test_a_body_is_answered_from_the_document_that_gives_it_work(rag):
    a = rag.ask("Ban Tổ chức Huyện ủy được giao việc gì?")
    assert a.grounded and "tiêu chí kỹ năng số" in a.answer
    a = rag.ask("UBKT Huyện ủy bị giao việc gì?")
    assert a.grounded and "chương trình giám sát" in a.answer
    a = rag.ask("Văn phòng Ủy ban nhân dân xã Tân Lạc bị giao việc gì?")          # the commune plan's "Giao …"
    assert a.grounded and "tổng hợp kết quả" in a.answer
    assert not rag.ask("Báo cáo 27 giao Trung tâm Y tế huyện nhiệm vụ gì?").grounded


def test_the_documents_assigning_the_body_asked_come_before_those_the_other_words_found(rag):
    from kg_rag.answer.who import asks_who, who_what_answer
    snap = rag.snapshot()
    q = "Ban Tổ chức Huyện ủy được giao việc gì?"
    query = snap.read_query(q)
    elsewhere = snap.search(snap.read_query("giao tổ chức hội thi giải thưởng"), k=8, sources={"kh_21.txt", "cv_318.txt"})
    a = who_what_answer(snap, q, elsewhere, query, named_only=True)
    assert a is not None and "tiêu chí kỹ năng số" in a.answer
    assert asks_who("Sở Tài chính bị giao việc gì trong chỉ thị 09?") and asks_who("UBKT giao việc gì cho huyện?")
    # a document type named: that type's documents, or none ("Thông báo" — the report is no Thông báo)
    assert not rag.ask("Thông báo kết luận của Huyện ủy giao Hội Liên hiệp Phụ nữ huyện làm gì?").grounded
    assert rag.ask("Báo cáo của Huyện ủy giao Hội Liên hiệp Phụ nữ huyện làm gì?").grounded


def test_a_body_named_short_is_the_body_the_documents_name_in_full(rag):
    assert mentioned("hoi phu", "hoi lien hiep phu nu huyen van dong")
    assert not mentioned("hoi phu", "hoi nong dan huyen van dong phu nu")
    assert "trung tam y" in named_things("Huyện ủy giao Trung tâm Y tế huyện nhiệm vụ gì?")
    a = rag.ask("Hội Phụ nữ huyện phấn đấu có bao nhiêu hộ mở gian hàng trực tuyến?")
    assert a.grounded and "120 hộ" in a.answer
    a = rag.ask("hoi phu nu xa tan lac quan ly gi")
    assert a.grounded and "Gian hàng trên sàn thương mại điện tử" in a.answer


def test_a_body_swapped_in_gets_its_own_work_when_not_the_thing_asked():
    assert body_tasks("Còn Ủy ban Kiểm tra Huyện ủy thì sao?", ["Ban Tổ chức Huyện ủy tham mưu việc gì trong BC 27?"]) == \
        "Ủy ban Kiểm tra Huyện ủy phải làm gì theo BC 27?"
    assert body_tasks("Còn năm 2030?", ["Ban Tổ chức Huyện ủy tham mưu việc gì?"]) is None


# ---- a directive's own header ------------------------------------------------------------------------------

def test_its_own_header_dates_a_directive_the_corpus_holds_not_a_letter_citing_it(rag):
    from kg_rag.search.coverage import unframed
    assert "ký" not in unframed("KH 186/KH-UBND do ai ký, ngày nào?")
    a = rag.ask("BC 27 do ai ký, ngày nào?")
    assert a.grounded and {c.source for c in a.citations} == {"bc_27.md"}, a.answer
    assert "Long Sơn, ngày 15 tháng 12 năm 2025" in a.answer and "Nguyễn Hữu Khang" in a.answer
    a = rag.ask("Báo cáo 27-BC/HU ban hành từ khi nào?")
    assert a.grounded and a.citations[0].source == "bc_27.md" and "Long Sơn, ngày 15 tháng 12 năm 2025" in a.answer


def test_a_directive_named_by_number_is_dated_and_numbered_by_its_own_header(rag):
    for q in ("CV 318/PGDĐT-THCS ký ngày nào?", "Công văn 318 do ai ký, ngày nào?"):
        a = rag.ask(q)
        assert a.grounded and "ngày 20 tháng 9 năm 2026" in a.answer, q
    assert "Vi Thị Hằng" in rag.ask("Công văn 318 do ai ký, ngày nào?").answer
    a = rag.ask("BC 27 có số hiệu gì?")
    assert a.grounded and "27-BC/HU" in a.answer and "HUYỆN ỦY LONG SƠN" not in a.answer


def test_a_subject_written_over_several_lines_is_the_whole_title(rag):
    doc = rag.snapshot().documents["cv_318.txt"]
    assert doc.title == "tổ chức Cuộc thi sáng tạo thanh thiếu niên dành cho học sinh trung học cơ sở cấp huyện năm học 2026-2027"
    assert rag.snapshot().documents["kh_21.txt"].title.startswith("Nâng cao hiệu quả")


# ---- figures ----------------------------------------------------------------------------------------------

def test_a_figure_of_another_level_than_the_one_asked_refuses(rag):
    a = rag.ask("Giải Nhất cuộc thi sáng tạo cấp huyện được thưởng bao nhiêu tiền?")
    assert a.grounded and "2.000.000 đồng" in a.answer
    assert not rag.ask("Giải Nhất cuộc thi sáng tạo cấp tỉnh được thưởng bao nhiêu tiền?").grounded
    assert rag.ask("Mỗi giải Nhất Hội thi Gia đình học tập cấp xã được thưởng bao nhiêu tiền?").grounded
    assert not rag.ask("Mỗi giải Nhất Hội thi Gia đình học tập cấp huyện được thưởng bao nhiêu tiền?").grounded


def test_a_directive_only_cited_gives_no_figure_of_its_own(rag):
    assert not rag.ask("kh 52-kh/tu cua tinh uy dat chi tieu ky nang so bao nhieu phan tram").grounded
    assert not rag.ask("KH 35/KH-UBND của huyện Đồng Xuân đặt chỉ tiêu bao nhiêu chuyên đề?").grounded
    assert asked_quantity("ky nang so bao nhieu phan tram") == "percent"
    assert asked_quantity("to trinh so may") is None


def test_people_counted_bare_and_a_count_before_a_verb():
    assert asked_quantity("Mỗi trường cử mấy người đi?") is None
    assert asked_quantity("Trong đó bao nhiêu người đã được phổ cập?") is None
    assert asked_quantity("hoi phu nu xa phai dat chi tieu bao nhieu ho mo gian hang") == "ho"
    assert asked_quantity("bao nhiêu người dân tộc thiểu số") == "nguoi dan"      # people, whom "dân tộc" narrows


def test_a_duration_in_hours(rag):
    a = rag.ask("cac truong gap su co mat an toan thong tin thi phai bao cao trong bao lau")
    assert a.grounded and "24 giờ" in a.answer


# ---- the officers' words ----------------------------------------------------------------------------------

def test_last_year_and_abbreviations_for_budget_and_bodies(rag):
    a = rag.ask("Năm ngoái huyện Long Sơn tổ chức mấy lớp bồi dưỡng kỹ năng số?")
    assert a.grounded and "64 lớp" in a.answer
    a = rag.ask("Chi NS huyện cho Cuộc thi năm 2025 là bao nhiêu?")
    assert a.grounded and "45 triệu đồng" in a.answer
    a = rag.ask("Xã Tân Lạc phải trình chương trình 18 chuyên đề, hạn tới bao giờ?")
    assert a.grounded and "20/3/2026" in a.answer


def test_words_the_segmenter_glued_across_are_cut_where_the_corpus_writes_them():
    seen = {"kích_hoạt", "định_danh", "điện_tử", "dân", "người_dân"}.__contains__
    assert split_unknown(["dân_kích", "hoạt_định", "danh_điện_tử", "mức"], set(), seen) == \
        ["dân", "kích_hoạt", "định_danh", "điện_tử", "mức"]
    assert split_unknown(["dân_kích", "mức"], set(), seen) == ["dân_kích", "mức"]     # no cut: a new word
    assert split_unknown(["dân_kích", "hoạt_định"], set()) == ["dân_kích", "hoạt_định"]


def test_a_plain_follow_up_stays_plain_and_a_time_asked_is_dropped_for_a_count():
    assert rewrite("Ở những xã nào?", ["huyen con bao nhieu thon chua co song 4g"]).lower() == \
        "huyen con thon chua co song 4g? o nhung xa nao"
    assert rewrite("Còn Hội Nông dân huyện thì được giao việc gì?", ["hoi phu nu huyen duoc giao viec gi"]) == \
        "Hội Nông dân huyện được giao việc gì?"                          # a new question whole: as typed
    assert "may gio" not in rewrite("Dự kiến khoảng bao nhiêu người dự?", ["le ra quan luc may gio, o dau"])
    assert named_things("doi tinh nguyen dong hanh so do ai lap") == []
    assert named_things("nam 2026 tinh dat chi tieu bao nhieu") == ["2026"]
    assert "3" not in named_things("ke hoach van hoa doc 3 nam tong cong can bao nhieu tien")


def test_a_figure_per_unit_may_take_its_unit_from_the_heading():
    from kg_rag.answer.narrowed import holds_narrowed
    q = "Mỗi huyện được gửi tối đa mấy sản phẩm lên tỉnh?"
    text = "c) to chuc cuoc thi cap huyen; lua chon toi da 05 san pham tieu bieu du thi cap tinh."
    assert holds_narrowed("san pham", (), q, text, heading="1. phong giao duc va dao tao cac huyen, thanh pho")
    assert not holds_narrowed("san pham", (), q, text, heading="2. cac truong trung hoc pho thong")


def test_an_acronym_over_a_comma_and_a_list_with_its_own_type():
    from kg_rag.search.acronyms import expansion
    from kg_rag.text.normalize import fold
    text = "Cuộc thi khoa học, kỹ thuật cấp huyện. Hồ sơ dự thi khoa học, kỹ thuật gửi về Phòng."
    assert expansion("KHKT", fold(text).lower(), text).lower() == "khoa học, kỹ thuật"


def test_everyday_words_and_plain_abbreviations_officers_type(rag):
    from kg_rag.index import lexical
    from kg_rag.search.coverage import covered
    from kg_rag.text.genre import expand_abbreviations
    assert "năm_ngoái" not in rag.snapshot().read_query("Năm ngoái huyện Long Sơn tổ chức mấy lớp?").weights
    terms = lexical.analyze("gui ds gv ve phong", query=True)
    assert "~danh" in terms and "~giao" in terms and "~ds" not in terms
    assert "~ho" in lexical.analyze("bao nhieu ho", query=True)            # a syllable, not an abbreviation
    assert covered("cử", set(), "phan cong 01 cong chuc theo doi") and covered("sửa", set(), "dieu chinh ke hoach")
    assert expand_abbreviations("thi KHKT", keep=False) == "thi khoa học kỹ thuật"


def test_frames_ranked_among_the_passages_do_not_crowd_the_answer_out(rag):
    # the school report's header, recipients and signature, and the district letter's, rank above
    # its one sentence counting classes: the answer is looked for past them
    hits = rag.snapshot().search("Trường THCS Hòa Phong có bao nhiêu lớp?", k=10)
    assert sum(h.chunk.kind in ("header", "recipients", "signature") for h in hits[:8]) >= 3
    a = rag.ask("Trường THCS Hòa Phong có bao nhiêu lớp?")
    assert a.grounded and "24 lớp" in a.answer


def test_a_deadline_set_under_a_directive_is_no_date_of_the_directive(rag):
    assert asked_quantity("Hội nghị có bao nhiêu đồng chí dự?") == "dong chi"
    assert asked_quantity("Giải Nhất được bao nhiêu đồng?") == "money"
    a = rag.ask("Theo KH 35/KH-UBND, xã Tân Lạc phải báo cáo Ủy ban nhân dân huyện trước ngày nào?")
    assert a.grounded and "10/6/2026" in a.answer.split("[1]")[0], a.answer

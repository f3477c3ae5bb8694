"""Known-answer tests for the classes read off eval/blind8: a follow-up that asks another year
("Còn mốc 2030?") or another fact of a thing asked two questions back, the corpus counted by who
issued it ("Có mấy văn bản do UBND huyện ban hành?"), a name asked ("… tên là gì?"), "mấy nơi"
counted as places, a counted school level written as an abbreviation ("trường THPT" is no
"trường THCS"), a day of the year named ("10/10"), per-unit and level-narrowed figures. Each
rule is shown on the two shapes of tests/test_asked_words.py: a commune plan and a school report."""
from __future__ import annotations

import pytest

from kg_rag.answer.asked_detail import asked_title, asks_person
from kg_rag.answer.asked_type import asked_quantity
from kg_rag.answer.narrowed import holds_narrowed
from kg_rag.answer.followup import rewrite
from kg_rag.answer.named import mentioned, named_things

from test_asked_words import COMMUNE_PLAN, SCHOOL_REPORT


@pytest.fixture(scope="module")
def rag(tmp_path_factory):
    from kg_rag.index.embed import HashEmbedder
    from kg_rag.pipeline import KgRag
    corpus = tmp_path_factory.mktemp("followups_corpus")
    (corpus / "kh_21.txt").write_text(COMMUNE_PLAN, encoding="utf-8")
    (corpus / "bc_45.txt").write_text(SCHOOL_REPORT, encoding="utf-8")
    return KgRag.open(corpus=corpus, index=tmp_path_factory.mktemp("followups") / "index",
                      embedder=HashEmbedder(), progress=False)


# ---- follow-ups -------------------------------------------------------------------------------------------

def test_another_year_swaps_the_year_asked():
    assert rewrite("Còn mốc 2030?", ["Đến năm 2027 xã đặt mục tiêu bao nhiêu % hộ dùng dịch vụ công?"]) == \
        "Đến năm 2030 xã đặt mục tiêu bao nhiêu % hộ dùng dịch vụ công?"
    assert rewrite("con nam 2025", ["nam 2024 truong co bao nhieu hoc sinh"]) == "nam 2025 truong co bao nhieu hoc sinh"


def test_another_year_is_answered(rag):
    a = rag.ask("Còn mốc 2030?", history=["Đến năm 2027 xã Tân Lạc đặt mục tiêu bao nhiêu % hộ gia đình dùng dịch vụ công trực tuyến?"])
    assert a.grounded and "90%" in a.answer


def test_another_prize_swaps_the_prize_and_is_narrowed_to_it(rag):
    assert rewrite("Còn giải Nhì được thưởng bao nhiêu?", ["Mỗi giải Nhất hội thi được thưởng bao nhiêu tiền?"]) == \
        "Mỗi giải Nhì hội thi được thưởng bao nhiêu tiền?"
    assert rewrite("Vậy giải Ba được bao nhiêu?", ["Mỗi giải Nhất hội thi được thưởng bao nhiêu tiền?"]) == \
        "Mỗi giải Ba hội thi được thưởng bao nhiêu tiền?"
    assert "giai nhi" in named_things("Bao nhiêu sản phẩm đạt giải Nhì?")
    q = "Giải Nhì được thưởng bao nhiêu tiền?"
    text = "moi giai nhat duoc thuong 20 trieu dong. co cau giai thuong gom 03 giai nhat, 07 giai nhi"
    assert not holds_narrowed("money", (), q, text) and holds_narrowed("money", (), q, "giai nhi: 10 trieu dong")
    first = "Mỗi giải Nhất Hội thi Gia đình học tập của xã Tân Lạc được thưởng bao nhiêu tiền?"
    a = rag.ask(first)
    assert a.grounded and "3 triệu đồng" in a.answer
    assert not rag.ask("Còn giải Nhì được thưởng bao nhiêu?", history=[first]).grounded
    a = rag.ask("Sản phẩm Máy tưới cây tự động đạt giải Ba được thưởng bao nhiêu tiền?")
    assert a.grounded and "2 triệu đồng" in a.answer
    assert not rag.ask("Sản phẩm đạt giải Nhất cấp tỉnh của Trường THCS Hòa Phong được thưởng bao nhiêu tiền?").grounded


def test_a_fact_follow_up_keeps_the_topic_not_what_was_asked_of_it():
    # the meeting two questions back, not when it met nor who chaired it
    assert rewrite("Thành phần dự gồm những ai?", ["Hội nghị tổng kết năm học của trường họp hôm nào, ở đâu?", "Ai chủ trì?"]) == \
        "Hội nghị tổng kết năm học của trường họp? Thành phần dự gồm những ai"
    # the commune's plan, without the count asked before
    assert rewrite("Các lớp đó học ở đâu?", ["Xã Tân Lạc tổ chức bao nhiêu lớp tập huấn kỹ năng số?"]) == \
        "Xã Tân Lạc tổ chức lớp tập huấn kỹ năng số? Các lớp đó học ở đâu?"
    assert rewrite("Ai chủ trì buổi họp đó?", ["Buổi họp tổng kết tổ chức ngày nào, ở phòng nào?"]) == \
        "Buổi họp tổng kết tổ chức? Ai chủ trì buổi họp đó?"
    # "phải làm gì" stays: it is what makes a who-does-what question
    assert rewrite("Vậy hạn là khi nào?", ["phong gd dt phai lam gi theo ke hoach 21"]).startswith("phong gd dt phai lam gi")


def test_a_fact_follow_up_is_answered(rag):
    a = rag.ask("Thành phần dự gồm những ai?", history=["Hội nghị tổng kết năm học của Trường THCS Hòa Phong họp hôm nào, ở đâu?",
                                                         "Ai chủ trì?"])
    assert a.grounded and "Ban Giám hiệu" in a.answer


def test_a_typed_id_with_its_type_before_and_an_abbreviated_place_in_a_plain_question(rag):
    from kg_rag.index.lexical import folded_units
    from kg_rag.text.user_refs import parse_user_refs
    assert [(r.number, r.start) for r in parse_user_refs("KH 21/KH-UBND cua xa Tan Lac")] == [("21", 0)]
    assert [(r.number, r.start) for r in parse_user_refs("theo Quyết định số 40/QĐ-UBND")] == [("40", 5)]
    assert [(r.number, r.start) for r in parse_user_refs("theo 69-KL/TW")] == [("69", 5)]
    vocab = rag.snapshot().vocab.words
    units = folded_units("KH 21/KH-UBND cua TP Dong Xuan", vocab)
    assert not any("kh" in u or u == "~tp" for u in units) and {"thành_phố", "~thanh_pho"} & set(units)
    a = rag.ask("KH 21/KH-UBND cua xa Tan Lac bao cao len huyen han nop la khi nao?")
    assert a.grounded and "10/6/2026" in a.answer
    a = rag.ask("BC 45/BC-THCS gui Phong GD&DT han nop ngay nao?")
    assert a.grounded and "25/5/2026" in a.answer


def test_how_often_and_where_from(rag):
    from kg_rag.answer.asked_when import asks_source
    assert not asks_source("Mô hình này xuất phát từ đâu?") and asks_source("Kinh phí mua máy lấy từ đâu?")
    assert asks_source("lay tu nguon nao")
    a = rag.ask("Ban Chỉ đạo xã Tân Lạc họp bao lâu một lần?")
    assert a.grounded and "mỗi quý một lần" in a.answer
    a = rag.ask("Câu lạc bộ Nhà sáng chế nhí sinh hoạt bao lâu một lần?")
    assert a.grounded and "02 lần mỗi học kỳ" in a.answer


# ---- the corpus counted by its issuer ----------------------------------------------------------------------

def test_documents_counted_by_who_issued_them(rag):
    a = rag.ask("Có mấy văn bản do UBND xã ban hành?")
    assert a.grounded and a.kind == "corpus" and [c.source for c in a.citations] == ["kh_21.txt"]
    a = rag.ask("Có bao nhiêu báo cáo của Trường THCS Hòa Phong?")
    assert a.grounded and [c.source for c in a.citations] == ["bc_45.txt"]
    assert not rag.ask("Có bao nhiêu kế hoạch của Huyện ủy?").grounded
    assert len(rag.ask("Có bao nhiêu văn bản?").citations) == 2


def test_what_a_document_cites_and_which_documents_rest_on_one(rag):
    a = rag.ask("Kế hoạch 21/KH-UBND viện dẫn kế hoạch nào của huyện?")
    assert a.grounded and "35/KH-UBND" in a.answer
    a = rag.ask("Báo cáo 45/BC-THCS dẫn chiếu công văn nào?")
    assert a.grounded and "112/PGDĐT-THCS" in a.answer
    a = rag.ask("Những văn bản nào lấy Kế hoạch 35/KH-UBND của Ủy ban nhân dân huyện Đồng Xuân làm căn cứ?")
    assert a.grounded and {c.source for c in a.citations} == {"kh_21.txt"}
    # the document by its title, and by the sentence that says what it rests on
    assert any(c.quote.startswith("Căn cứ Kế hoạch số 35/KH-UBND") for c in a.citations)


# ---- a name, places, a school level ------------------------------------------------------------------------

def test_what_a_thing_is_called(rag):
    a = rag.ask("Gian hàng TMĐT của xã tên là gì?")
    assert a.grounded and "Chợ quê Tân Lạc" in a.answer
    a = rag.ask("Câu lạc bộ STEM của trường tên là gì?")
    assert a.grounded and "Nhà sáng chế nhí" in a.answer
    assert asks_person("chu tich UBND xa Tan Lac ten la gi") and not asks_person("Gian hàng của xã tên là gì?")
    assert asked_title("chu tich UBND xa Tan Lac ten la gi") == "chu tich"


def test_places_counted_and_a_school_level_as_written():
    assert asked_quantity("Tập huấn tổ chức ở mấy nơi?") == "dia diem"
    assert asked_quantity("Kế hoạch đặt chỉ tiêu mấy trường THPT có phòng học STEM?") == "truong trung hoc pho thong"
    assert asked_quantity("Có bao nhiêu DN KH&CN?") == "doanh nghiep"
    assert asked_quantity("tong kinh phi cua huyen con may la bao nhieu") == "money"      # "may" of Cồn Mây
    assert asked_quantity("Năm 2024 tỷ lệ đó đạt bao nhiêu?") == "percent"
    assert asked_quantity("Đơn vị nào tổ chức mấy lớp đó?") == "lop"
    assert asked_quantity("Mấy xã còn chậm, là những xã nào?") == "xa"
    assert asked_quantity("Hiện giờ xã đạt được bao nhiêu rồi?") is None
    assert asked_quantity("Đến 2027 đặt mục tiêu bao nhiêu % hồ sơ trực tuyến?") == "percent"


def test_places_and_school_levels_answer_or_refuse(rag):
    a = rag.ask("Xã Tân Lạc tập huấn kỹ năng số ở mấy nơi?")
    assert a.grounded and "02 địa điểm" in a.answer
    a = rag.ask("Xã Tân Lạc phấn đấu mấy trường THCS có phòng học STEM?")
    assert a.grounded and "02 trường" in a.answer
    assert not rag.ask("Xã Tân Lạc phấn đấu mấy trường THPT có phòng học STEM?").grounded


# ---- what a question names ---------------------------------------------------------------------------------

def test_an_ordinal_a_span_and_a_day_named():
    assert named_things("han nop ho so hoi thi lan thu 9 la ngay nao") == ["lan thu 9"]
    assert named_things("tong kinh phi ca 3 nam la bao nhieu") == []
    assert named_things("tuyen truyen ngay chuyen doi so quoc gia 10/10 nhu the nao") == ["ngay 10/10"]
    assert mentioned("ngay 10/10", "ngay 10/10/2025") and mentioned("ngay 1/4", "tu 01/4/2025")
    assert not mentioned("ngay 1/4", "ngay 11/4/2025")


def test_a_day_the_documents_never_name_refuses(rag):
    assert not rag.ask("Xã Tân Lạc tổ chức gì vào ngày 10/10?").grounded
    a = rag.ask("Ngày 22/5 trường tổ chức hội nghị gì?")
    assert a.grounded and "Hội nghị tổng kết năm học" in a.answer


def test_names_asked_are_answered_where_written_and_refused_where_only_counted(rag):
    from kg_rag.answer.asked_detail import asks_names, holds_names
    assert asks_names("Sáu trung tâm chưa có phòng máy là của những xã nào?") and asks_names("Danh sách học sinh gồm những em nào?")
    assert not asks_names("Những nhiệm vụ nào được giao?")
    assert holds_names("05 đảng ủy xã chưa ban hành văn bản (Hòn Chén, Bãi Dứa, Vạn Lộc)") and holds_names("tại xã Khe Nứa")
    assert not holds_names("06 trung tâm chưa có phòng máy tính kết nối Internet")
    a = rag.ask("Xã Tân Lạc tập huấn kỹ năng số ở những thôn nào?")
    assert a.grounded and "thôn Đông" in a.answer
    assert not rag.ask("Đội thanh niên tình nguyện của xã Tân Lạc hướng dẫn kỹ năng số ở những thôn nào?").grounded
    a = rag.ask("Những em nào là tác giả sản phẩm Máy tưới cây tự động?")
    assert a.grounded and "Hà Văn Nam" in a.answer
    assert not rag.ask("Hội đồng chấm của Trường THCS Hòa Phong gồm những giáo viên nào?").grounded


def test_now_is_answered_by_what_is_done_not_by_the_target(tmp_path):
    from kg_rag.index.embed import HashEmbedder
    from kg_rag.pipeline import KgRag
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    plan = COMMUNE_PLAN.replace("I. MỤC TIÊU\n", "I. MỤC TIÊU\n\nNăm 2025, 52% hộ gia đình đã sử dụng dịch vụ công trực tuyến.\n\n"
                                "Các chỉ tiêu của xã đến năm 2030: 95% hộ có điện thoại thông minh; 90% hộ thanh toán "
                                "không dùng tiền mặt.\n")
    (corpus / "kh_21.txt").write_text(plan, encoding="utf-8")
    (corpus / "bc_45.txt").write_text(SCHOOL_REPORT, encoding="utf-8")
    rag = KgRag.open(corpus=corpus, index=tmp_path / "index", embedder=HashEmbedder(), progress=False)
    a = rag.ask("Hiện giờ đạt được bao nhiêu rồi?",
                history=["Đến năm 2027 xã Tân Lạc đặt mục tiêu bao nhiêu % hộ gia đình dùng dịch vụ công trực tuyến?"])
    assert a.grounded and "52%" in a.answer
    # a target announced before a colon holds for every clause after it
    assert not rag.ask("Hiện nay bao nhiêu phần trăm hộ ở xã Tân Lạc thanh toán không dùng tiền mặt?").grounded
    q = "Hiện nay kinh tế số thực tế chiếm bao nhiêu phần trăm GRDP?"
    assert not holds_narrowed("percent", (), q, "cac chi tieu cua tinh den nam 2030: kinh te so chiem 25% grdp; chi dat 2%")
    assert holds_narrowed("percent", (), q, "tinh den ngay 31/3/2025, kinh te so chiem 12% grdp")


def test_per_unit_level_and_now():
    q = "Mỗi điểm wifi được hỗ trợ bao nhiêu tiền?"
    assert not holds_narrowed("money", (), q, "ho tro lap dat 06 diem wifi, tong kinh phi 350 trieu dong")
    assert holds_narrowed("money", (), q, "ho tro 15 trieu dong/diem wifi")
    q = "Tỷ lệ hồ sơ trực tuyến cấp xã trong quý I là bao nhiêu?"
    assert not holds_narrowed("percent", (), q, "ty le ho so truc tuyen cap huyen trong quy i dat 52,4%")
    assert holds_narrowed("percent", (), q, "cap xa dat 38,5%; cap huyen dat 52,4%")
    # what there is now is whatever year it was written in, not the target year asked before
    q = "Đến 2027 đặt mục tiêu bao nhiêu %? Hiện giờ đạt bao nhiêu rồi?"
    assert holds_narrowed("percent", (), q, "nam 2025 dat 41%", years=("2027",))
    assert not holds_narrowed("percent", (), "Năm 2027 đạt bao nhiêu %?", "nam 2025 dat 41%", years=("2027",))


DECISION = """ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ TÂN LẠC                              Độc lập - Tự do - Hạnh phúc

Số: 40/QĐ-UBND                          Tân Lạc, ngày 15 tháng 3 năm 2026

QUYẾT ĐỊNH
Về việc thành lập Tổ công nghệ số cộng đồng xã Tân Lạc

CHỦ TỊCH ỦY BAN NHÂN DÂN XÃ TÂN LẠC

Căn cứ Luật Tổ chức chính quyền địa phương;
Căn cứ Kế hoạch số 35/KH-UBND ngày 10/01/2026 của Ủy ban nhân dân huyện Đồng Xuân về xây dựng xã hội học tập;
Theo đề nghị của công chức Văn hóa - Xã hội.

QUYẾT ĐỊNH:

Điều 1. Thành lập Tổ công nghệ số cộng đồng xã Tân Lạc gồm các thành viên:

1. Ông Lò Văn Sang, công chức Văn hóa - Xã hội xã Tân Lạc — Tổ trưởng Tổ công nghệ số cộng đồng xã Tân Lạc;

2. Bà Hà Thị Mơ, Bí thư Đoàn Thanh niên xã Tân Lạc — Tổ phó Tổ công nghệ số cộng đồng xã Tân Lạc;

3. Ông Vi Văn Tỉnh, trưởng thôn Đông xã Tân Lạc — thành viên Tổ công nghệ số cộng đồng xã Tân Lạc;

4. Bà Lục Thị Nga, giáo viên Trường Tiểu học Tân Lạc — thành viên Tổ công nghệ số cộng đồng xã Tân Lạc.

Điều 2. Quyết định này có hiệu lực kể từ ngày ký. Tổ tự giải thể sau khi hoàn thành nhiệm vụ.

Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã, Trưởng Công an xã, Trưởng thôn Đông, Trưởng thôn Tây, Hiệu trưởng Trường Tiểu học Tân Lạc, Bí thư Đoàn Thanh niên xã và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:                                   CHỦ TỊCH
- Như Điều 2;
- Lưu: VT.                                  Phạm Văn Long
"""


def test_a_basis_on_a_later_line_of_a_decision_is_a_basis(tmp_path):
    from kg_rag.index.embed import HashEmbedder
    from kg_rag.pipeline import KgRag
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "kh_21.txt").write_text(COMMUNE_PLAN, encoding="utf-8")       # "Căn cứ …" in its opening paragraph
    (corpus / "qd_40.txt").write_text(DECISION, encoding="utf-8")           # on its second "Căn cứ" line
    (corpus / "bc_45.txt").write_text(SCHOOL_REPORT, encoding="utf-8")      # rests on something else
    rag = KgRag.open(corpus=corpus, index=tmp_path / "index", embedder=HashEmbedder(), progress=False)
    a = rag.ask("Những văn bản nào lấy Kế hoạch 35/KH-UBND của Ủy ban nhân dân huyện Đồng Xuân làm căn cứ?")
    assert a.grounded and sorted({c.source for c in a.citations}) == ["kh_21.txt", "qd_40.txt"]
    assert sum(c.quote.startswith("Căn cứ Kế hoạch số 35/KH-UBND") for c in a.citations) == 2
    assert "căn cứ vào" in a.answer and "cites" not in a.answer
    # a document described, not numbered: its header gives the date it was signed
    a = rag.ask("Quyết định thành lập Tổ công nghệ số cộng đồng xã Tân Lạc ký ngày nào?")
    assert a.grounded and "15 tháng 3 năm 2026" in a.answer
    a = rag.ask("Báo cáo kết quả GD STEM của Trường THCS Hòa Phong ký ngày nào?")     # "GD": giáo dục
    assert a.grounded and "20 tháng 5 năm 2026" in a.answer


def test_two_capitals_are_spelled_out_unless_a_code():
    from kg_rag.search.acronyms import spell_out
    from kg_rag.text.normalize import fold
    text = SCHOOL_REPORT
    corpus = lambda: (fold(text).lower(), text)
    assert spell_out("Kết quả GD STEM", lambda w: False, corpus) == "Kết quả giáo dục STEM"
    assert spell_out("kết quả gd stem", lambda w: False, corpus) == "kết quả gd stem"      # two letters: only in capitals


def test_a_decisions_long_execution_clause_names_each_office(tmp_path):
    from kg_rag.directives.assignments import doc_assignments
    from kg_rag.documents.corpus import load_document
    (tmp_path / "qd_40.txt").write_text(DECISION, encoding="utf-8")
    duties = doc_assignments(load_document(tmp_path / "qd_40.txt"))
    assert not any("giải thể" in d.actor for d in duties)          # "Tổ tự giải thể sau khi …" names no body
    clause = [d for d in duties if "thi hành" in d.task.citation.text]
    assert clause and "Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân xã" in clause[0].members
    assert "Hiệu trưởng Trường Tiểu học Tân Lạc" in clause[0].members and len(clause[0].members) == 6


"""Known-answer tests for the classes read off eval/blind12 (second run): a meeting notice — its
time, place and guests are no tasks, "Ai chủ trì?" of a meeting asks a person, "gọi ai" a
contact, "TB … số mấy, ai ký?" the notice itself though it names another directive —, a table
row read with its columns ("| Khối 8 | … | 84,5% |" under "Tỷ lệ học sinh đạt chuẩn"), a unit
counted inside quotation marks ("86 “Tổ công nghệ số …”"), "Ai lo …?" answered by the body whose
task it is, and officers' words ("CLB", "số lượng", "dịp", "nhiều … nhất"). Each rule is shown on
a meeting notice written for this file and on the district report of
tests/test_tables_and_bodies.py."""
from __future__ import annotations

import pytest

from kg_rag.answer.asked_detail import asks_person, holds_duration
from kg_rag.answer.asked_type import asked_quantity, holds_quantity
from kg_rag.answer.who import asks_who

from test_asked_words import COMMUNE_PLAN
from test_tables_and_bodies import DISTRICT_LETTER, DISTRICT_REPORT

MEETING_NOTICE = """VĂN PHÒNG HĐND VÀ UBND                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
HUYỆN LONG SƠN                           Độc lập - Tự do - Hạnh phúc

Số: 41/TB-VP                             Long Sơn, ngày 02 tháng 6 năm 2026

THÔNG BÁO
Mời dự Hội nghị sơ kết 6 tháng thực hiện Báo cáo số 27-BC/HU

1. Chủ trì

Đồng chí Phạm Quang Vinh, Phó Chủ tịch Ủy ban nhân dân huyện chủ trì hội nghị.

2. Thời gian

Bắt đầu lúc 14 giờ 00 phút, thứ Ba, ngày 16/6/2026.

3. Địa điểm

- Điểm cầu chính: Phòng họp số 3, trụ sở Ủy ban nhân dân huyện.

4. Thành phần

- Lãnh đạo các cơ quan: Phòng Giáo dục và Đào tạo, Phòng Nội vụ;
- Giám đốc Trung tâm Y tế huyện.

5. Tổ chức thực hiện

- Phòng Nội vụ chuẩn bị báo cáo sơ kết, mỗi tham luận không quá 10 phút.
- Trung tâm Văn hóa, Thông tin và Thể thao huyện chủ trì treo 12 băng rôn, 02 pano tại trụ sở.
- Câu lạc bộ Tin học trẻ có 35 học sinh tham gia trình diễn sản phẩm.
- Thành lập 15 “Tổ công nghệ số cộng đồng” tại các thôn.

Mọi chi tiết xin liên hệ bà Hà Thị Lan, chuyên viên Văn phòng, số điện thoại 0912.345.678.

Nơi nhận:                                   CHÁNH VĂN PHÒNG
- Như thành phần;
- Lưu: VT.                                  Trịnh Văn Bảo
"""


@pytest.fixture(scope="module")
def rag(tmp_path_factory):
    from kg_rag.index.embed import HashEmbedder
    from kg_rag.pipeline import KgRag
    corpus = tmp_path_factory.mktemp("meetings_corpus")
    (corpus / "kh_21.txt").write_text(COMMUNE_PLAN, encoding="utf-8")
    (corpus / "bc_27.md").write_text(DISTRICT_REPORT, encoding="utf-8")
    (corpus / "cv_318.txt").write_text(DISTRICT_LETTER, encoding="utf-8")
    (corpus / "tb_41.txt").write_text(MEETING_NOTICE, encoding="utf-8")
    return KgRag.open(corpus=corpus, index=tmp_path_factory.mktemp("meetings") / "index",
                      embedder=HashEmbedder(), progress=False)


def test_a_meetings_time_place_and_guests_are_no_tasks(rag):
    from kg_rag.directives.assignments import doc_assignments
    actors = {d.actor for d in doc_assignments(rag.snapshot().documents["tb_41.txt"])}
    assert "Phòng Nội vụ" in actors and "Trung tâm Văn hóa, Thông tin và Thể thao huyện" in actors
    assert not actors & {"Phòng", "Lãnh đạo các cơ quan", "Giám đốc Trung tâm Y tế huyện"}, actors
    # (a plan's own points are still read wherever they are)
    plan = {d.actor for d in doc_assignments(rag.snapshot().documents["kh_21.txt"])}
    assert "Đoàn Thanh niên xã" in plan


def test_who_chairs_a_meeting_is_a_person_and_whom_to_call_a_contact(rag):
    assert asks_person("Hội nghị sơ kết họp ngày nào? Ai chủ trì?") and not asks_who("Hội nghị sơ kết họp ngày nào? Ai chủ trì?")
    assert asks_who("Ai chủ trì việc rà soát phủ sóng?") and not asks_person("Ai chủ trì việc rà soát phủ sóng?")
    from kg_rag.answer.asked_detail import holds_person
    assert holds_person("Đồng chí Phạm Quang Vinh, Phó Chủ tịch Ủy ban nhân dân huyện chủ trì hội nghị.")
    a = rag.ask("Ai chủ trì?", history=["Hội nghị sơ kết 6 tháng ở Long Sơn họp mấy giờ?"])
    assert a.grounded and "Phạm Quang Vinh" in a.answer.split("[1]")[0], a.answer
    a = rag.ask("muon hoi them ve hoi nghi so ket thi goi ai")
    assert a.grounded and "Hà Thị Lan" in a.answer.split("[1]")[0], a.answer


def test_a_notice_named_by_its_type_code_is_asked_about_not_the_directive_it_names(rag):
    a = rag.ask("TB mời họp sơ kết BC 27 số mấy, ai ký?")
    assert a.grounded and "41/TB-VP" in a.answer and "Trịnh Văn Bảo" in a.answer
    assert "27-BC/HU" not in a.answer.split("[1]")[0]


def test_a_meeting_named_by_the_directive_it_reviews_is_found_past_the_directive(rag):
    a = rag.ask("Hội nghị sơ kết 6 tháng Báo cáo 27 họp mấy giờ, ngày nào?")
    assert a.grounded and "14 giờ 00 phút" in a.answer


def test_a_row_is_read_with_its_columns_and_a_unit_inside_quotes():
    assert holds_quantity("to cong", "thanh lap 15 “to cong nghe so cong dong” tai cac thon")
    assert not holds_quantity("to cong", "thanh lap to cong nghe so tai 15 thon")
    assert holds_duration("moi tham luan khong qua 10 phut") and not holds_duration("phong hop so 3")
    assert asked_quantity("số lượng bao nhiêu?") is None and asked_quantity("mức lương bao nhiêu?") == "money"
    assert holds_quantity("percent", "| xa nam ha | 3.870 | 1.320 | 34,1 | xa, duoc pho cap, ty le (%)")
    assert not holds_quantity("percent", "| xa nam ha | 3.870 | 1.320 | xa, dan so, duoc pho cap")


def test_rows_answer_through_their_columns(rag):
    a = rag.ask("Xã Nam Hà có bao nhiêu phần trăm người được phổ cập?")
    assert a.grounded and "34,1" in a.answer.split("[1]")[0]
    a = rag.ask("Thành lập bao nhiêu tổ công nghệ số cộng đồng tại các thôn?")
    assert a.grounded and "15 “Tổ công nghệ số cộng đồng”" in a.answer


def test_who_takes_care_of_a_task_is_the_body_whose_task_it_is(rag):
    a = rag.ask("ai lo treo bang ron pano tai tru so")
    assert a.grounded and a.answer.split("\n")[1].startswith("Trung tâm Văn hóa"), a.answer
    assert "Phòng Nội vụ" not in a.answer
    a = rag.ask("Ai phải làm gì theo TB 41?")                                # no task stands out: all of them
    assert a.grounded and "Phòng Nội vụ" in a.answer and "Trung tâm Văn hóa" in a.answer


def test_officers_words_club_occasion_and_most(rag):
    from kg_rag.answer.named import named_things
    from kg_rag.search.coverage import covered
    from kg_rag.text.genre import expand_abbreviations
    assert expand_abbreviations("CLB Robotics", keep=False) == "câu lạc bộ Robotics"
    assert covered("lo", set(), "phong noi vu chu tri chuan bi bao cao")
    assert named_things("ai lo phuong an phu song cho may thon buon vung lom") == []       # "thôn, buôn": no place
    a = rag.ask("CLB Tin học trẻ có bao nhiêu HS tham gia?")
    assert a.grounded and "35 học sinh" in a.answer
    a = rag.ask("Ai phụ trách treo băng rôn dịp hội nghị sơ kết, số lượng bao nhiêu?")
    assert a.grounded and "12 băng rôn" in a.answer
    a = rag.ask("xa nao co nhieu nguoi duoc pho cap nhat")
    assert a.grounded and "Phú Mỹ" in a.answer and "Nam Hà" not in a.answer


def test_an_email_asked_is_no_phone_number(rag):
    from kg_rag.answer.asked_detail import asks_email, holds_contact
    assert asks_email("Địa chỉ email của Văn phòng là gì?") is True and asks_email("số điện thoại liên hệ?") is False
    assert asks_email("liên hệ thế nào?") is None
    assert not holds_contact("số điện thoại 0912.345.678", email=True) and holds_contact("số điện thoại 0912.345.678")
    assert not rag.ask("Địa chỉ email của Văn phòng HĐND và UBND huyện Long Sơn là gì?").grounded
    a = rag.ask("Số điện thoại liên hệ về hội nghị sơ kết là số nào?")
    assert a.grounded and "0912.345.678" in a.answer


def test_who_is_asked_by_what_the_task_is_not_by_the_words_asking_for_an_actor(rag):
    a = rag.ask("Việc treo băng rôn, pano giao cho đơn vị nào chủ trì?")
    assert a.grounded and a.answer.split("\n")[1].startswith("Trung tâm Văn hóa"), a.answer
    a = rag.ask("Ở xã Tân Lạc, việc vận động ủng hộ sách giao cho đơn vị nào chủ trì?")
    assert a.grounded and a.answer.split("\n")[1].startswith("Ủy ban Mặt trận"), a.answer
    # no task of the documents is the one asked: the passages answer, not a list of every body's work
    a = rag.ask("Ai phụ trách trình diễn sản phẩm của câu lạc bộ Tin học trẻ?")
    assert a.grounded and a.kind != "who-what" and "35 học sinh" in a.answer

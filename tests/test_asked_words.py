"""Known-answer tests for the classes read off eval/blind6: acronyms officers make up from the
documents' own phrases ("TTHTCĐ", "BTC"), the small words that frame a question rather than
carry it ("ngoài … ra, họ còn … cái gì nữa?", "bà X"), "mốc nào" as a date, a person given as a
pupil's name or by the office held, a count of things that is no directive number ("chương trình
18 chuyên đề"), a figure of another year, a count of none ("chưa có trường hợp …"), the level
asked ("cấp cơ sở"), and a document's frames crowding its content out of the top passages.
Each rule is shown on two shapes written for this file: a commune plan and a school report."""
from __future__ import annotations

import pytest

from kg_rag.answer.asked_detail import asks_person, holds_person
from kg_rag.answer.asked_type import asked_quantity, holds_quantity
from kg_rag.answer.narrowed import _other_years
from kg_rag.answer.asked_when import asks_when
from kg_rag.answer.named import named_things
from kg_rag.answer.signals import neighbourhood
from kg_rag.answer.topic_listing import _written
from kg_rag.search.acronyms import expansion, looks_like_acronym, spell_out
from kg_rag.text.normalize import fold
from kg_rag.text.user_refs import parse_user_refs
from kg_rag.types import Chunk, Hit

COMMUNE_PLAN = """ỦY BAN NHÂN DÂN                    CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
XÃ TÂN LẠC                              Độc lập - Tự do - Hạnh phúc

Số: 21/KH-UBND                          Tân Lạc, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Nâng cao hiệu quả hoạt động Trung tâm học tập cộng đồng xã năm 2026

Căn cứ Kế hoạch số 35/KH-UBND ngày 10/01/2026 của Ủy ban nhân dân huyện Đồng Xuân về xây dựng xã hội học tập, Ủy ban nhân dân xã ban hành Kế hoạch như sau:

I. MỤC TIÊU

1. Trung tâm học tập cộng đồng xã tổ chức ít nhất 18 chuyên đề trong năm, trong đó có 06 chuyên đề về kỹ năng số.

2. Huy động quỹ khuyến học xã đạt 80 triệu đồng, tăng 10 triệu đồng so với năm 2025.

3. Đến năm 2027, 70% hộ gia đình có thành viên biết sử dụng dịch vụ công trực tuyến; đến năm 2030 đạt 90%.

4. Phấn đấu 02 trường trung học cơ sở trên địa bàn xã có phòng học STEM.

II. NHIỆM VỤ

1. Công chức Văn hóa - Xã hội chủ trì, phối hợp với Ban Giám đốc Trung tâm học tập cộng đồng xây dựng chương trình 18 chuyên đề, trình Chủ tịch Ủy ban nhân dân xã phê duyệt trước ngày 20/3/2026.

2. Thành lập Ban Chỉ đạo do đồng chí Trần Thị Hoa, Phó Chủ tịch Ủy ban nhân dân xã làm Trưởng ban. Ban Chỉ đạo họp định kỳ mỗi quý một lần.

3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã vận động nhân dân tham gia phong trào "Học tập suốt đời", ủng hộ sách cho tủ sách ở các nhà văn hóa thôn.

4. Đoàn Thanh niên xã thành lập các đội thanh niên tình nguyện hướng dẫn kỹ năng số tại các thôn.

5. Xây dựng gian hàng "Chợ quê Tân Lạc" trên sàn thương mại điện tử để giới thiệu chè xanh, mật ong. Gian hàng trên sàn thương mại điện tử do Hội Liên hiệp Phụ nữ xã quản lý.

6. Tổ chức 04 lớp tập huấn kỹ năng số tại 02 địa điểm: nhà văn hóa thôn Đông và nhà văn hóa thôn Tây.

7. Tổ chức Hội thi "Gia đình học tập" cấp xã; mỗi giải Nhất được thưởng 3 triệu đồng.

III. KINH PHÍ

- Ngân sách xã: 60 triệu đồng.
- Nguồn xã hội hóa: 40 triệu đồng.
- Nguồn hỗ trợ từ ngân sách huyện (nếu có) được dùng để mua thiết bị phát wifi cho nhà văn hóa thôn.

IV. TỔ CHỨC THỰC HIỆN

Giao Văn phòng Ủy ban nhân dân xã tổng hợp kết quả, báo cáo Ủy ban nhân dân huyện trước ngày 10/6/2026 và trước ngày 10/12/2026.

Nơi nhận:                                   TM. ỦY BAN NHÂN DÂN
- UBND huyện (b/c);                           KT. CHỦ TỊCH
- Trung tâm học tập cộng đồng xã;             PHÓ CHỦ TỊCH
- Lưu: VT.
                                              Trần Thị Hoa
"""

SCHOOL_REPORT = """PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN ĐỒNG XUÂN
TRƯỜNG THCS HÒA PHONG
Số: 45/BC-THCS                          Hòa Phong, ngày 20 tháng 5 năm 2026

BÁO CÁO
Kết quả hoạt động giáo dục STEM năm học 2025 - 2026

Thực hiện Công văn số 112/PGDĐT-THCS ngày 05/9/2025 của Phòng Giáo dục và Đào tạo về giáo dục STEM, nhà trường báo cáo như sau:

I. ĐẶC ĐIỂM TÌNH HÌNH
Năm học 2025 - 2026, nhà trường có 24 lớp với 870 học sinh; 52 cán bộ, giáo viên, nhân viên.

II. KẾT QUẢ
- Tổ chức 30 bài học STEM, tăng 12 bài so với năm học trước.
- Tỷ lệ học sinh lớp 9 tốt nghiệp trung học cơ sở năm 2025 đạt 99,1%.
- Năm 2025 chưa có trường hợp học sinh bỏ học.
- Sản phẩm "Máy tưới cây tự động" của hai em Hà Văn Nam và Lý Thị Mai, lớp 8A2, đạt giải Ba cấp tỉnh, được thưởng 2 triệu đồng.
- Ban Tổ chức Hội thi sáng tạo cấp trường do đồng chí Hiệu trưởng làm Trưởng ban; Ban Tổ chức nhận sản phẩm đến hết tháng 3.
- Hội đồng chấm gồm 05 thành viên: chủ tịch hội đồng, thư ký và các ủy viên.
- Thành lập Câu lạc bộ STEM "Nhà sáng chế nhí" với 40 thành viên, sinh hoạt 02 lần mỗi học kỳ.
- Hội nghị tổng kết năm học tổ chức ngày 22/5/2026 tại phòng họp nhà trường, do đồng chí Hiệu trưởng chủ trì; thành phần dự gồm Ban Giám hiệu, tổ trưởng chuyên môn và đại diện cha mẹ học sinh.

III. KIẾN NGHỊ
Đề nghị Phòng Giáo dục và Đào tạo hỗ trợ thiết bị cho phòng học STEM. Báo cáo này gửi Phòng Giáo dục và Đào tạo trước ngày 25/5/2026.

Nơi nhận:                                   HIỆU TRƯỞNG
- Phòng GD&ĐT (b/c);
- Lưu: VT.                                  Nguyễn Văn Bình
"""


@pytest.fixture(scope="module")
def rag(tmp_path_factory):
    from kg_rag.index.embed import HashEmbedder
    from kg_rag.pipeline import KgRag
    corpus = tmp_path_factory.mktemp("asked_words_corpus")
    (corpus / "kh_21.txt").write_text(COMMUNE_PLAN, encoding="utf-8")
    (corpus / "bc_45.txt").write_text(SCHOOL_REPORT, encoding="utf-8")
    return KgRag.open(corpus=corpus, index=tmp_path_factory.mktemp("asked_words") / "index",
                      embedder=HashEmbedder(), progress=False)


# ---- acronyms read off the corpus ---------------------------------------------------------------------

def test_an_acronym_is_the_phrase_the_documents_write_most():
    for text, acronym, phrase in ((COMMUNE_PLAN, "TTHTCĐ", "trung tâm học tập cộng đồng"),
                                  (SCHOOL_REPORT, "btc", "ban tổ chức")):
        assert expansion(acronym, fold(text).lower(), text).lower() == phrase
    assert expansion("qxz", fold(COMMUNE_PLAN).lower(), COMMUNE_PLAN) is None
    assert looks_like_acronym("tthtcd") and looks_like_acronym("BCĐ") and looks_like_acronym("ubmttq")
    assert not looks_like_acronym("toan") and not looks_like_acronym("nhieu") and not looks_like_acronym("sdt")
    text = COMMUNE_PLAN
    assert spell_out("tthtcd xa tan lac", lambda w: False, lambda: (fold(text).lower(), text)) == \
        "trung tam hoc tap cong dong xa tan lac"
    assert spell_out("TTHTCĐ xã Tân Lạc", lambda w: w == "TTHTCĐ", lambda: (fold(text).lower(), text)) == "TTHTCĐ xã Tân Lạc"
    reads, cache = [], {}
    corpus = lambda: reads.append(1) or (fold(text).lower(), text)
    for q in ("tthtcd o dau", "TTHTCĐ ở đâu"):                        # one acronym: the corpus is scanned once
        assert "trung" in spell_out(q, lambda w: False, corpus, cache).lower()
    assert len(reads) == 1 and cache == {"tthtcd": "trung tâm học tập cộng đồng"}


def test_an_acronym_answers_in_both_shapes(rag):
    a = rag.ask("tthtcd xa tan lac phai to chuc bao nhieu chuyen de?")
    assert a.grounded and "18 chuyên đề" in a.answer
    a = rag.ask("Ai làm trưởng BTC hội thi sáng tạo của trường?")
    assert a.grounded and "đồng chí Hiệu trưởng" in a.answer


# ---- the words that frame a question --------------------------------------------------------------------

def test_besides_they_what_else_and_a_title_before_a_name(rag):
    a = rag.ask("Ngoài phong trào đó, họ còn phải vận động ủng hộ cái gì nữa?",
                history=["MTTQ xã Tân Lạc được đề nghị vận động những gì?"])
    assert a.grounded and "ủng hộ sách" in a.answer
    a = rag.ask("Bà Trần Thị Hoa giữ chức vụ gì?")
    assert a.grounded and "Phó Chủ tịch" in a.answer
    a = rag.ask("Ông Nguyễn Văn Bình giữ chức vụ gì?")
    assert a.grounded and "HIỆU TRƯỞNG" in a.answer


def test_this_round_is_no_topic(rag):
    from kg_rag.search.coverage import unframed
    assert "Đợt" not in unframed("Đợt này có những khẩu hiệu nào?") and "Lần" not in unframed("Lần này tổ chức mấy lớp?")
    a = rag.ask("Đợt này xã Tân Lạc tổ chức mấy lớp tập huấn kỹ năng số?")
    assert a.grounded and "04 lớp" in a.answer
    a = rag.ask("Lần này Trường THCS Hòa Phong tổ chức bao nhiêu bài học STEM?")
    assert a.grounded and "30 bài học STEM" in a.answer


def test_milestones_are_dates(rag):
    assert asks_when("bao cao len huyen vao nhung moc nao") and asks_when("Trường nộp báo cáo vào mốc thời gian nào?")
    a = rag.ask("xa tan lac bao cao ket qua len huyen vao nhung moc nao?")
    assert a.grounded and "10/6/2026" in a.answer
    a = rag.ask("Trường THCS Hòa Phong gửi báo cáo cho Phòng GD&ĐT vào mốc nào?")
    assert a.grounded and "25/5/2026" in a.answer


# ---- people ------------------------------------------------------------------------------------------------

def test_a_person_is_a_pupil_named_or_an_office_held():
    assert holds_person("của hai em Hà Văn Nam và Lý Thị Mai, lớp 8A2")
    assert holds_person("do đồng chí Chủ tịch Liên hiệp hội làm Trưởng ban")
    assert not holds_person("gồm 05 thành viên: chủ tịch hội đồng, thư ký và các ủy viên")
    assert asks_person("Ai được cử làm chủ tịch hội đồng chấm?") and asks_person("ai lam truong ban to chuc")
    assert not asks_person("ai lam gi")


def test_a_person_asked_is_answered_where_named_and_refused_where_not(rag):
    a = rag.ask("Ai là tác giả của sản phẩm Máy tưới cây tự động?")
    assert a.grounded and "Hà Văn Nam" in a.answer
    a = rag.ask("Ai làm Trưởng Ban Chỉ đạo của xã Tân Lạc?")
    assert a.grounded and "Trần Thị Hoa" in a.answer
    assert not rag.ask("Ai được cử làm chủ tịch Hội đồng chấm của trường THCS Hòa Phong?").grounded


# ---- counts ------------------------------------------------------------------------------------------------

def test_a_count_of_things_is_no_directive_number():
    assert parse_user_refs("Ai soạn chương trình 18 chuyên đề?") == []
    assert parse_user_refs("kế hoạch 5 nhiệm vụ trọng tâm") == []
    assert [r.number for r in parse_user_refs("Chương trình 18 của Huyện ủy")] == ["18"]
    assert [r.number for r in parse_user_refs("KH 21 nhiệm vụ gì")] == ["21"]


def test_a_count_of_things_answers(rag):
    a = rag.ask("Ai lo soạn chương trình 18 chuyên đề của xã Tân Lạc và phải trình duyệt trước ngày nào?")
    assert a.grounded and "20/3/2026" in a.answer


def test_the_counted_word_as_typed_and_a_figure_of_another_year():
    assert asked_quantity("Năm 2026 đã phê duyệt bao nhiêu đề tài cấp tỉnh?") == "de tai"
    assert asked_quantity("dành bao nhiêu để mua máy") is None
    assert asked_quantity("tăng bao nhiêu so với năm học trước") is None
    assert asked_quantity("bao nhiêu xã tại huyện") == "xa"
    assert _other_years("ty le hoc sinh lop 9 tot nghiep nam 2025 dat 99,1%", ("2026",))
    assert not _other_years("dat 80 trieu dong, tang 10 trieu dong so voi nam 2025", ("2026",))
    assert not _other_years("giai doan 2021 - 2025 dat 90%", ("2024",))
    assert holds_quantity("truong hop hoc", "nam 2025 chua co truong hop hoc sinh bo hoc")
    assert holds_quantity("ca tu", "chua co truong hop tu vong") and not holds_quantity("ca tu", "1.420 ca mac sot")


def test_another_years_figure_and_none_at_all(rag):
    a = rag.ask("Tỷ lệ học sinh lớp 9 tốt nghiệp năm 2025 là bao nhiêu?")
    assert a.grounded and "99,1%" in a.answer
    assert not rag.ask("Tỷ lệ học sinh lớp 9 tốt nghiệp năm 2026 là bao nhiêu?").grounded
    a = rag.ask("Quỹ khuyến học xã Tân Lạc năm 2026 cần huy động bao nhiêu tiền?")
    assert a.grounded and "80 triệu đồng" in a.answer
    a = rag.ask("Năm 2025 trường có bao nhiêu trường hợp học sinh bỏ học?")
    assert a.grounded and "chưa có trường hợp" in a.answer


def test_the_level_asked(rag):
    assert "cap co so" in named_things("Mức kinh phí cho đề tài cấp cơ sở là bao nhiêu?")
    assert "quoc gia" in named_things("Sản phẩm đạt giải cấp quốc gia được thưởng bao nhiêu?")
    assert named_things("Ngày hội cấp tỉnh tổ chức ở đâu?") == []
    assert named_things("Giải Nhất Hội thi sáng tạo toàn quốc được thưởng bao nhiêu?") == ["toan quoc", "giai nhat"]
    assert not rag.ask("Sản phẩm đạt giải cấp quốc gia được thưởng bao nhiêu tiền?").grounded
    a = rag.ask("Sản phẩm Máy tưới cây tự động đạt giải cấp tỉnh được thưởng bao nhiêu tiền?")
    assert a.grounded and "2 triệu đồng" in a.answer


# ---- a document's frames ahead of its content ------------------------------------------------------------

def _hit(kind: str, n: int) -> Hit:
    return Hit(Chunk(id=str(n), source="a.txt", doc_title="", section="", text="x", start=n, end=n + 1, kind=kind),
               1.0 / (n + 1), rank=n + 1)


def test_the_kind_asked_is_looked_for_past_the_documents_frames():
    hits = [_hit("header", 0), _hit("signature", 1), _hit("recipients", 2)] + [_hit("paragraph", i) for i in range(3, 12)]
    assert [h.chunk.kind for h in neighbourhood(hits, 5)].count("paragraph") == 5
    assert len(neighbourhood(hits)) == 6


def test_frames_do_not_hide_the_figure(rag):
    a = rag.ask("Năm học 2025-2026 Trường THCS Hòa Phong có bao nhiêu học sinh?")
    assert a.grounded and "870 học sinh" in a.answer


# ---- which documents speak of a topic ----------------------------------------------------------------------

def test_a_topic_is_listed_when_most_of_its_weight_is_written():
    assert _written({"đội": 2.0, "tình_nguyện": 3.0, "người_dân": 1.0}, "doi thanh nien tinh nguyen tai cac thon") == 5 / 6
    assert _written({"~doi": 1.0, "bán_dẫn": 3.0}, "doi thanh nien") == 0.25


def test_which_documents_speak_of_a_topic_worded_a_little_otherwise(rag):
    for q in ("van ban nao nhac den doi thanh nien tinh nguyen huong dan ky nang so cho nguoi dan?",
              "Văn bản nào nhắc đến đội thanh niên tình nguyện hướng dẫn kỹ năng số cho người dân?"):
        a = rag.ask(q)
        assert a.grounded and [c.source for c in a.citations] == ["kh_21.txt"], q
    assert not rag.ask("Những văn bản nào đề cập đến công nghiệp bán dẫn?").grounded

"""Known-answer tests for what a question asks for — a period, a frequency, a place, a percent of
something, an ordinal — and for the words that only frame the question ("chậm nhất đến ngày
nào", "giữ chức vụ gì"). Each rule is shown on two shapes written for this file: a State decision
with Điều and a hard-wrapped Party plan whose header comes first in every ranking."""
from __future__ import annotations

import pytest

from kg_rag.answer.asked_detail import asks_person
from kg_rag.answer.asked_type import asked_quantity, holds_qualified, holds_quantity
from kg_rag.answer.qualifier import asked_qualifier
from kg_rag.answer.asked_when import asks_place, asks_when, holds_place, holds_when
from kg_rag.answer.named import named_things
from kg_rag.answer.subject_body import subject_body
from kg_rag.search.coverage import coverage, covered, unframed
from kg_rag.text.normalize import fold
from kg_rag.text.user_refs import parse_user_refs

DECISION = """ỦY BAN NHÂN DÂN
TỈNH BẮC LĨNH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Số: 771/QĐ-UBND

Bắc Lĩnh, ngày 04 tháng 8 năm 2025

QUYẾT ĐỊNH
Về việc thành lập Hội đồng thẩm định sáng kiến cấp tỉnh

CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH BẮC LĨNH

Căn cứ Quyết định số 749/QĐ-TTg ngày 03/6/2020 của Thủ tướng Chính phủ;

QUYẾT ĐỊNH:

Điều 1. Thành lập Hội đồng thẩm định sáng kiến cấp tỉnh do Giám đốc Sở Khoa học và Công nghệ làm Chủ tịch Hội đồng. Hội đồng gồm 09 thành viên chính thức; thành viên dự khuyết do Chủ tịch Hội đồng đề xuất.

Điều 2. Chủ tịch Hội đồng ban hành Quy chế làm việc của Hội đồng trong thời hạn 20 ngày kể từ ngày ký Quyết định này. Hội đồng họp thường kỳ mỗi quý một lần tại Hội trường Sở Khoa học và Công nghệ. Thông tin chi tiết xin liên hệ ông Lê Văn Tâm, chuyên viên Sở Khoa học và Công nghệ. Kinh phí hoạt động của Hội đồng do ngân sách tỉnh bảo đảm.

Điều 3. Hội thi Sáng kiến tuổi trẻ lần thứ IV được tổ chức trong tháng 10/2025; phấn đấu 70% huyện có sáng kiến dự thi.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

CHỦ TỊCH

Đỗ Văn Thịnh
"""

PLAN = """ĐẢNG BỘ TỈNH BẮC LĨNH
HUYỆN ỦY SƠN KHÊ
*
Số 58-KH/HU

ĐẢNG CỘNG SẢN VIỆT NAM
Sơn Khê, ngày 12 tháng 5 năm 2025

KẾ HOẠCH
triển khai ứng dụng công nghệ số trong trường học trên địa bàn huyện Sơn Khê

Thực hiện Kế hoạch số 31-KH/TU ngày 05/3/2025 của Ban Thường vụ Tỉnh ủy, Huyện ủy
ban hành Kế hoạch triển khai như sau:

I. MỤC ĐÍCH, YÊU CẦU

Nâng cao chất lượng dạy học bằng công nghệ số; phấn đấu đến năm 2026 có
90% trường học sử dụng sổ điểm điện tử. Các trường mầm non sử dụng sổ điểm
điện tử theo hướng dẫn riêng.

II. TỔ CHỨC THỰC HIỆN

1. Phòng Giáo dục và Đào tạo huyện Sơn Khê xây dựng lịch tập huấn giáo
viên về bài giảng điện tử, hoàn thành chậm nhất trước ngày 15/8/2025.

2. Các trường học trên địa bàn huyện Sơn Khê cập nhật dữ liệu học sinh
lên hệ thống định kỳ hằng tháng.

3. Trung tâm Văn hóa huyện Sơn Khê phối hợp tuyên truyền về công nghệ số.

Nơi nhận:
- Ban Thường vụ Tỉnh ủy (b/c),
- Lưu Văn phòng Huyện ủy.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ

Hà Thị Nguyệt
"""


@pytest.fixture(scope="module")
def rag(tmp_path_factory):
    from kg_rag.index.embed import HashEmbedder
    from kg_rag.pipeline import KgRag
    corpus = tmp_path_factory.mktemp("kinds_corpus")
    (corpus / "qd_771.txt").write_text(DECISION, encoding="utf-8")
    (corpus / "kh_58.txt").write_text(PLAN, encoding="utf-8")
    return KgRag.open(corpus=corpus, index=tmp_path_factory.mktemp("kinds") / "index",
                      embedder=HashEmbedder(), progress=False)


# ---- pure rules ------------------------------------------------------------------------------------

def test_a_period_and_a_frequency_are_when_answers():
    assert asks_when("Phải ban hành quy chế trong thời hạn bao lâu?") and asks_when("hop voi tan suat nao")
    for t in ("trong thoi han 20 ngay ke tu ngay ky", "trong vong 03 thang", "10 ngay lam viec",
              "hop thuong ky moi quy mot lan", "phat tin 03 lan/tuan"):
        assert holds_when(t), t
    assert not holds_when("gom 20 thanh vien") and not holds_when("moi thanh vien mot phieu")


def test_a_place_is_asked_and_held_only_where_a_passage_says_where():
    assert asks_place("Hội nghị được tổ chức tại địa điểm nào?") and asks_place("hop o dau")
    assert not asks_place("Công văn gửi những nơi nào?")          # the recipients, not a place
    assert holds_place("Hội đồng họp tại Hội trường Sở") and not holds_place("| 1 | Hội nghị triển khai | Văn phòng |")


def test_a_percent_of_something_needs_that_thing_beside_it():
    assert asked_quantity("đặt chỉ tiêu bao nhiêu phần trăm thôn đạt danh hiệu?") == "percent thon"
    assert asked_quantity("đạt bao nhiêu phần trăm kế hoạch?") == "percent"     # a share of the plan
    assert holds_quantity("percent thon", fold("Phấn đấu 60% thôn đạt chuẩn."))
    assert not holds_quantity("percent thon", fold("Phấn đấu 85% hộ gia đình đạt. Các thôn lập tủ sách."))
    assert holds_quantity("thon ban", fold("Phủ sóng internet đến 100% thôn, bản."))


def test_the_words_that_narrow_a_counted_thing_must_stand_beside_its_number():
    assert asked_qualifier("Huyện còn thiếu bao nhiêu giáo viên trung học cơ sở?") == ("trung", "hoc", "co", "so")
    assert asked_qualifier("Có bao nhiêu giáo viên được tập huấn?") == ()           # a verb ends them
    assert asked_qualifier("Sở quản lý bao nhiêu nhiệm vụ KH&CN cấp tỉnh?") == ()   # so does an abbreviation
    assert asked_qualifier("huyen con thieu bao nhieu giao vien trung hoc co so") == ()   # unaccented: not read
    text = fold("Huyện còn thiếu 37 giáo viên tiểu học. Các trường trung học cơ sở đủ biên chế.")
    assert holds_qualified("giao vien", ("tieu", "hoc"), text)
    assert not holds_qualified("giao vien", ("trung", "hoc", "co", "so"), text)


def test_an_ordinal_in_roman_numerals_is_a_named_thing():
    assert "lan thu 10" in named_things("Hội thi lần thứ X có bao nhiêu giải?")


def test_a_thong_bao_ket_luan_is_a_thong_bao():
    (r,) = parse_user_refs("thong bao ket luan so 115 cua huyen uy ky ngay nao")
    assert (r.code, r.number) == ("TB", "115")
    (r,) = parse_user_refs("Kết luận 69 nói gì?")
    assert r.code == "KL"


def test_answer_kind_phrases_are_blanked_keeping_offsets():
    q = "Phải giải ngân đạt mức nào và chậm nhất đến ngày nào?"
    u = unframed(q)
    assert len(u) == len(q) and "chậm" not in u and "mức" not in u and "giải ngân" in u
    assert unframed("Ông Trần Văn A giữ chức vụ gì?").startswith("Ông Trần Văn A ,")


def test_words_directives_write_their_own_way_and_syllables_inside_words():
    assert covered("~xong", set(), fold("hoàn thành trước ngày 30/9"))
    assert covered("~hashtag", set(), fold("dùng thẻ #SonKhe"))
    assert covered("mục_tiêu", set(), fold("Phấn đấu đến năm 2030"))
    assert not covered("mục_tiêu", set(), fold("Tổ chức hội nghị"))
    assert covered("xây", {"xây_dựng"}) and not covered("xây", {"xây_dựng"}, inside_words=False)
    assert coverage({"xây": 1.0, "lẻ": 1.0}, {"xây_dựng"}) == 0.5


# ---- end to end, on both shapes -----------------------------------------------------------------------

def test_how_long_and_how_often_are_answered_from_the_decision(rag):
    a = rag.ask("Chủ tịch Hội đồng phải ban hành quy chế làm việc trong thời hạn bao lâu?")
    assert a.grounded and "20 ngày" in a.answer
    a = rag.ask("Hội đồng thẩm định sáng kiến họp với tần suất như thế nào?")
    assert a.grounded and "mỗi quý" in a.answer


def test_a_deadline_asked_in_the_officers_words_on_the_wrapped_plan(rag):
    a = rag.ask("Lịch tập huấn giáo viên của huyện Sơn Khê phải xong chậm nhất là ngày nào?")
    assert a.grounded and "15/8/2025" in a.answer
    a = rag.ask("lich tap huan giao vien o huyen son khe phai xong truoc ngay nao")
    assert a.grounded and "15/8/2025" in a.answer


def test_where_is_answered_where_written_and_refused_where_not(rag):
    a = rag.ask("Hội đồng thẩm định sáng kiến họp ở đâu?")
    assert a.grounded and "Hội trường" in a.answer
    assert not rag.ask("Lớp tập huấn bài giảng điện tử của huyện Sơn Khê tổ chức tại địa điểm nào?").grounded


def test_a_count_of_something_narrower_is_refused_on_both_shapes(rag):
    assert "09 thành viên" in rag.ask("Hội đồng thẩm định sáng kiến gồm bao nhiêu thành viên chính thức?").answer
    assert not rag.ask("Hội đồng thẩm định sáng kiến gồm bao nhiêu thành viên dự khuyết?").grounded
    assert "90%" in rag.ask("Đến năm 2026 bao nhiêu phần trăm trường học ở Sơn Khê dùng sổ điểm điện tử?").answer
    assert not rag.ask("Đến năm 2026 bao nhiêu phần trăm trường mầm non ở Sơn Khê dùng sổ điểm điện tử?").grounded


def test_a_near_miss_ordinal_or_percent_is_refused_on_both_shapes(rag):
    assert not rag.ask("Hội thi Sáng kiến tuổi trẻ lần thứ V tổ chức khi nào?").grounded
    assert rag.ask("Hội thi Sáng kiến tuổi trẻ lần thứ IV tổ chức khi nào?").grounded
    assert not rag.ask("Kế hoạch 58 phấn đấu bao nhiêu phần trăm giáo viên dùng sổ điểm điện tử?").grounded
    assert rag.ask("Kế hoạch 58 phấn đấu bao nhiêu phần trăm trường học dùng sổ điểm điện tử?").grounded


def test_a_header_signature_or_recipients_ranked_first_does_not_crowd_out_the_passages():
    from types import SimpleNamespace as NS
    from kg_rag.answer.signals import TOP, neighbourhood
    hit = lambda kind: NS(chunk=NS(kind=kind))
    ranked = [hit("header"), hit("signature"), hit("recipients"), hit("item"), hit("item"), hit("item"), hit("item")]
    assert [h.chunk.kind for h in neighbourhood(ranked)] == ["header", "signature", "recipients", "item", "item", "item"]
    plain = [hit("item")] * 5
    assert len(neighbourhood(plain)) == TOP
    assert len(neighbourhood([hit("header")] * 8)) == 2 * TOP      # never further than twice TOP


def test_a_body_the_question_opens_with_must_be_named_by_a_passage():
    assert subject_body("Trường Mầm non Phước Hòa phải mở lớp gì?") == ("truong", "mam", "non", "phuoc", "hoa")
    assert subject_body("Hội Liên hiệp Phụ nữ xã An Phú phấn đấu gì?") == ("hoi", "lien", "hiep", "phu")
    assert subject_body("Phòng Giáo dục và Đào tạo phải làm gì?") == ()       # too short to tell bodies apart
    assert subject_body("Báo cáo nêu những hạn chế nào?") == () == subject_body("UBND Huyện Kim Sơn làm gì?")
    assert subject_body("truong mam non phuoc hoa phai lam gi") == ()          # typed without diacritics


def test_a_body_no_document_names_is_refused_on_both_shapes(rag):
    assert rag.ask("Trung tâm Văn hóa huyện Sơn Khê phối hợp tuyên truyền về gì?").grounded
    assert not rag.ask("Trung tâm Giáo dục thường xuyên Sơn Khê phối hợp tuyên truyền về gì?").grounded
    assert rag.ask("Hội đồng Thẩm định sáng kiến họp ở đâu?").grounded
    assert not rag.ask("Hội đồng Nghiệm thu sáng kiến họp ở đâu?").grounded


def test_whom_to_contact_is_a_person_in_the_text_never_the_signer(rag):
    assert asks_person("Muốn hỏi thêm thì liên hệ ai?") and asks_person("lien he voi ai")
    assert unframed("Tôi muốn hỏi thêm chi tiết về hội thi").count(",") == 1
    a = rag.ask("Muốn hỏi thêm chi tiết về Hội đồng thẩm định sáng kiến thì liên hệ ai?")
    assert a.grounded and "Lê Văn Tâm" in a.answer
    a = rag.ask("Muốn hỏi thêm chi tiết về lịch tập huấn giáo viên của huyện Sơn Khê thì liên hệ ai?")
    assert not a.grounded                  # the plan names no contact; its signer is not one


def test_where_money_comes_from_asked_with_a_verb_the_documents_never_use(rag):
    a = rag.ask("Kinh phí hoạt động của Hội đồng thẩm định sáng kiến lấy từ đâu?")
    assert a.grounded and "ngân sách tỉnh" in a.answer
    assert not rag.ask("Kinh phí tập huấn giáo viên của huyện Sơn Khê lấy từ đâu?").grounded


def test_the_body_a_who_question_opens_with_is_the_one_it_asks_about(rag):
    # the decision assigns work to "Hội đồng", named later in the question; the Sở asked about has none
    a = rag.ask("Sở Khoa học và Công nghệ có nhiệm vụ gì trong Hội đồng thẩm định sáng kiến?")
    assert a.kind != "who-what" and "Hội đồng:" not in a.answer
    a = rag.ask("Hội đồng thẩm định sáng kiến có nhiệm vụ gì?")
    assert a.grounded


def test_a_header_is_quoted_by_the_block_that_answers(rag):
    from kg_rag.text.units import answer_units
    blocks = [DECISION[s:e] for s, e in answer_units(DECISION.split("\n\nCHỦ TỊCH ỦY BAN")[0], "header")]
    assert blocks[2] == "Số: 771/QĐ-UBND" and blocks[4].startswith("QUYẾT ĐỊNH\nVề việc thành lập")
    a = rag.ask("Quyết định 771 về việc gì?")
    assert "Về việc thành lập Hội đồng thẩm định sáng kiến" in a.answer and "CỘNG HÒA" not in a.answer
    a = rag.ask("Quyết định 771 ban hành ngày nào?")
    assert "ngày 04 tháng 8 năm 2025" in a.answer and "Độc lập" not in a.answer
    a = rag.ask("Kế hoạch 58 ký ngày nào?")           # the Party plan's header, another shape
    assert "ngày 12 tháng 5 năm 2025" in a.answer and "ĐẢNG BỘ TỈNH" not in a.answer
    a = rag.ask("Kế hoạch 58 nói về vấn đề gì?")
    assert "triển khai ứng dụng công nghệ số trong trường học" in a.answer


def test_a_header_list_stays_one_block_however_the_lines_are_spaced():
    from kg_rag.text.units import answer_units
    pdf_like = "Số: 12/CV\n\nKính gửi:\n\n- Báo Bắc Lĩnh;\n\n- Đài tỉnh.\n\nBắc Lĩnh, ngày 02 tháng 3 năm 2025"
    typed = "Số: 12/CV\n\nKính gửi:\n- Báo Bắc Lĩnh;\n- Đài tỉnh.\n\nBắc Lĩnh, ngày 02 tháng 3 năm 2025"
    for text in (pdf_like, typed):
        blocks = [text[s:e] for s, e in answer_units(text, "header")]
        assert len(blocks) == 3 and blocks[1].startswith("Kính gửi:") and blocks[1].endswith("- Đài tỉnh."), blocks


def test_the_date_of_a_directive_the_corpus_only_cites(rag):
    assert "05/3/2025" in rag.ask("Kế hoạch 31-KH/TU ký ngày nào?").answer          # cited by the plan
    assert "03/6/2020" in rag.ask("Quyết định 749/QĐ-TTg ban hành ngày nào?").answer   # cited by the decision


def test_the_date_of_a_cited_plan_in_the_bundled_guidance(hash_rag):
    assert "116-KH/TU, ngày 23/4/2024" in hash_rag.ask("Kế hoạch 116 ký ngày nào?").answer


def test_follow_ups_swap_the_document_and_chain_over_turns():
    from kg_rag.answer.followup import rewrite
    assert rewrite("Còn Báo cáo 88?", ["Ai ký Quyết định 2150?"]) == "Ai ký Báo cáo 88?"
    assert rewrite("con cong van 454 thi sao", ["Ai ký Quyết định 2150?"]) == "Ai ký cong van 454?"
    assert rewrite("Còn KH 58 thì sao?", ["Thông báo 115 ban hành ngày nào?"]) == "KH 58 ban hành ngày nào?"
    chained = rewrite("Hạn chót là khi nào?", ["Phòng Y tế phải làm gì theo KH 594?", "Còn Phòng Nội vụ?"])
    assert "Phòng Nội vụ" in chained and "KH 594" in chained and "Phòng Y tế" not in chained


def test_a_document_named_with_another_type_is_still_that_document(rag):
    a = rag.ask("Kế hoạch 771 của UBND tỉnh Bắc Lĩnh thành lập hội đồng gì?")     # it is Quyết định 771
    assert a.grounded and "771/QĐ-UBND" in a.answer
    a = rag.ask("Theo Công văn 58, Phòng Giáo dục và Đào tạo huyện Sơn Khê phải làm gì?")   # it is KH 58
    assert a.grounded and "58-KH/HU" in a.answer
    assert not rag.ask("Quyết định 772 thành lập hội đồng gì?").grounded              # no document 772


def test_two_questions_in_one_are_split_only_when_both_halves_ask():
    from kg_rag.answer.compound import join_answers, split_compound, with_context
    from kg_rag.types import Answer, Citation
    assert split_compound("Chỉ thị 19 giao Sở X việc gì, và Sở đã cụ thể hóa bằng văn bản nào?") == \
        ("Chỉ thị 19 giao Sở X việc gì?", "Sở đã cụ thể hóa bằng văn bản nào?")
    assert split_compound("Báo cáo nêu những hạn chế nào; đề xuất gì?") == ("Báo cáo nêu những hạn chế nào?", "đề xuất gì?")
    # a short second question after a comma or "và", asking on its own
    assert split_compound("TB 88 yêu cầu tỷ lệ văn bản điện tử là bao nhiêu, hạn khi nào?") == \
        ("TB 88 yêu cầu tỷ lệ văn bản điện tử là bao nhiêu?", "hạn khi nào?")
    assert split_compound("Ban Thường vụ họp ngày nào và ai là người kết luận?") == \
        ("Ban Thường vụ họp ngày nào?", "ai là người kết luận?")
    for one in ("Ai phải làm gì theo Kết luận 69?", "Xã có bao nhiêu thôn và bao nhiêu hộ?",
                "Theo KH 215, xã nào phải báo cáo?", "Sở nào chủ trì và phối hợp với ai?",
                "Kế hoạch đặt mục tiêu gì về kỹ năng số và chuyển đổi số?"):
        assert split_compound(one) is None, one
    assert with_context("Sở đã cụ thể hóa bằng văn bản nào?", "Chỉ thị 19 giao Sở X việc gì?") == \
        "Sở đã cụ thể hóa bằng văn bản nào (Chỉ thị 19)?"
    c = Citation(1, "a.txt", "A", "", "text", "text", 0, 4)
    joined = join_answers("q", [("x?", Answer("x?", "Theo A:\n- t [1]", True, (c,))),
                                ("y?", Answer("y?", "Không tìm thấy", False)),
                                ("z?", Answer("z?", "- u [1]", True, (c,)))], "Không tìm thấy phần này")
    assert joined.answer.splitlines() == ["Theo A:", "- t [1]", "Không tìm thấy phần này (“y?”)", "- u [2]"]
    assert [x.n for x in joined.citations] == [1, 2] and joined.grounded


def test_a_question_asking_two_things_answers_each_or_says_which_it_cannot(rag):
    a = rag.ask("Hội đồng thẩm định sáng kiến họp ở đâu, và Sở Ngoại vụ được giao việc gì?")
    assert a.grounded and "Hội trường" in a.answer and "Không tìm thấy thông tin trả lời phần này" in a.answer
    a = rag.ask("Kế hoạch 58 giao Phòng Giáo dục và Đào tạo việc gì; hoàn thành khi nào?")   # the Party plan
    assert a.grounded and "15/8/2025" in a.answer


LISTS = {"qd_15.txt": """ỦY BAN NHÂN DÂN
TỈNH BẮC LĨNH

Số: 15/QĐ-UBND

QUYẾT ĐỊNH
Về việc thành lập Tổ công tác học liệu số

QUYẾT ĐỊNH:

Điều 1. Thành lập Tổ công tác học liệu số của tỉnh.

Điều 2. Tổ công tác có các nhiệm vụ sau:
a) Rà soát kho học liệu số của các trường;
b) Đề xuất danh mục học liệu dùng chung;
c) Báo cáo kết quả với Ủy ban nhân dân tỉnh.
""", "kh_09.txt": """HUYỆN ỦY SƠN KHÊ

Số 09-KH/HU

KẾ HOẠCH
phát triển phong trào khuyến học

II. NHIỆM VỤ TRỌNG TÂM

- Củng cố tổ chức hội khuyến học các xã.
- Mở rộng mô hình gia đình học tập.
- Vận động doanh nghiệp ủng hộ quỹ khuyến học.

III. GIẢI PHÁP

Huyện ủy tập trung ba nhóm giải pháp đột phá sau:
- Số hóa sổ sách của các chi hội khuyến học.
- Gắn tiêu chí học tập suốt đời với bình xét đảng viên.
- Tôn vinh gia đình học tập tiêu biểu hằng năm.
""", "cv_27.txt": """ỦY BAN NHÂN DÂN
HUYỆN SƠN KHÊ

Số: 27/UBND-VX
V/v hưởng ứng Tuần lễ học tập suốt đời

Kính gửi: Ủy ban nhân dân các xã.

Ủy ban nhân dân huyện đề nghị Ủy ban nhân dân các xã triển khai các hoạt động hưởng ứng sau:
1. Treo băng rôn tại trụ sở xã và nhà văn hóa thôn.
2. Tổ chức ngày hội đọc sách cho học sinh.
3. Báo cáo kết quả về Phòng Văn hóa và Thông tin trước ngày 15/10/2025.
"""}


@pytest.fixture(scope="module")
def lists_rag(tmp_path_factory):
    from kg_rag.index.embed import HashEmbedder
    from kg_rag.pipeline import KgRag
    corpus = tmp_path_factory.mktemp("lists_corpus")
    for name, text in LISTS.items():
        (corpus / name).write_text(text, encoding="utf-8")
    return KgRag.open(corpus=corpus, index=tmp_path_factory.mktemp("lists") / "index",
                      embedder=HashEmbedder(), progress=False)


def test_how_many_of_what_a_document_lists_without_counting_it(lists_rag):
    a = lists_rag.ask("Tổ công tác học liệu số có bao nhiêu nhiệm vụ?")          # lettered under an article
    assert a.grounded and "Rà soát kho học liệu số" in a.answer and "Báo cáo kết quả" in a.answer
    a = lists_rag.ask("Kế hoạch 09 của Huyện ủy Sơn Khê có mấy nhiệm vụ trọng tâm?")     # dashes under a heading
    assert a.grounded and "Mở rộng mô hình gia đình học tập" in a.answer
    assert not lists_rag.ask("Tổ công tác học liệu số có bao nhiêu phòng ban?").grounded     # nothing listed


@pytest.mark.parametrize("typed, kept", [
    ("Ban Tuyên giáo triển khai bao nhiêu nhiệm vụ?", "triển khai bao nhiêu"),      # words without diacritics
    ("Huyện ủy giao ai rà soát hồ sơ?", "giao ai"),
    ("Cơ quan nào lo kinh phí tập huấn?", "lo kinh phí")])
def test_words_that_have_no_diacritics_are_not_restored_in_an_accented_question(hash_rag, typed, kept):
    restorer = hash_rag.snapshot().retriever.restorer
    assert kept in restorer.restore_runs(typed)
    assert "hướng dẫn tuyên truyền" in restorer.restore_runs("Ban Tuyên giáo phải làm gì theo huong dan tuyen truyen?")


def test_a_plain_question_is_cut_into_the_longest_corpus_words(hash_rag):
    from kg_rag.search.diacritics import Restorer
    grams = {"w:hoc_ky": ("học_kỳ", 3), "w:ky_nang": ("kỹ_năng", 100), "1:hoc": ("học", 50), "1:ky": ("kỳ", 10),
             "1:nang": ("năng", 5), "1:so": ("số", 80), "w:ky_nang_so": ("kỹ_năng_số", 40)}
    assert Restorer(grams.get).restore("phai hoc ky nang so") == "phai học kỹ năng số"   # not "học kỳ" + "năng"
    restorer = hash_rag.snapshot().retriever.restorer
    assert restorer.restore("ai phai lam gi theo ket luan 69").startswith("ai phải làm gì theo kết luận")


def test_places_and_schools_named_in_a_question_typed_without_diacritics():
    assert named_things("huyen uy tan phuoc phai chon bao nhieu xa lam diem") == ["tan phuoc"]
    assert "vinh an" in named_things("tinh doan vinh an lam gi")
    assert "nguyen du" in named_things("truong thpt nguyen du co ke hoach stem khong")
    # schools in general: no school's name, only their level (which the documents must cover)
    assert named_things("cac truong thpt gui ke hoach ve so truoc ngay nao") == ["cap thpt"]


def test_a_place_or_school_the_documents_do_not_have_is_refused_when_typed_plain(rag):
    assert rag.ask("phong giao duc va dao tao huyen son khe phai xay dung lich gi").grounded
    assert not rag.ask("huyen uy dong son giao phong giao duc va dao tao xay dung lich gi").grounded
    assert not rag.ask("truong thpt nguyen hue hop o hoi truong so khoa hoc va cong nghe khong").grounded


def test_a_place_typed_plain_without_its_level_is_still_the_place_asked(rag):
    asked = "chu tich hoi dong tham dinh sang kien {} ban hanh quy che trong thoi han bao lau"
    assert rag.ask(asked.format("bac linh")).grounded
    assert not rag.ask(asked.format("son khe")).grounded          # the plan's place, not the decision's


@pytest.mark.parametrize("q", ["hoi lien hiep phu nu phan dau bao nhieu phan tram hoi vien dung thanh toan",
                               "van phong so gd&dt phai cap tai khoan truoc ngay nao",
                               "huyen con bao nhieu truong chua co phong hoc thong minh"])
def test_common_words_typed_plain_are_not_taken_for_names(q):
    assert not {"hoi vien dung", "phong so gd", "phong hoc thong", "con bao"} & set(named_things(q))


def test_a_sentence_announcing_a_list_brings_the_list(lists_rag):
    a = lists_rag.ask("Huyện ủy Sơn Khê tập trung những nhóm giải pháp đột phá nào?")        # Party plan, dashes
    assert "Số hóa sổ sách" in a.answer and "Tôn vinh gia đình học tập" in a.answer
    a = lists_rag.ask("Công văn 27 đề nghị các xã triển khai những hoạt động hưởng ứng nào?")   # công văn, numbers
    assert "Treo băng rôn" in a.answer and "ngày hội đọc sách" in a.answer


def test_a_follow_up_pointing_back_with_do_ay_nay():
    from kg_rag.answer.followup import rewrite
    prev = ["Phòng Văn hóa và Thông tin huyện Sơn Khê phải làm gì theo KH 58?"]
    assert rewrite("Phòng đó báo cáo kết quả khi nào?", prev) == \
        "Phòng Văn hóa và Thông tin huyện Sơn Khê báo cáo kết quả khi nào?"
    assert rewrite("Vậy kế hoạch ấy ban hành ngày nào?", ["Quyết định 771/QĐ-UBND có mấy điều?"]) == \
        "Vậy Quyết định 771/QĐ-UBND ban hành ngày nào?"            # the document as named before
    assert rewrite("Vậy văn bản đó ban hành ngày nào?", ["771/QĐ-UBND có mấy điều?"]) == \
        "Vậy văn bản 771/QĐ-UBND ban hành ngày nào?"
    # "đơn vị đó" after "… ai phải …?" points to the answer, not to a body the question named
    assert "Đơn vị đó" in rewrite("Đơn vị đó phối hợp với ai?", ["Theo công văn của Sở Y tế, ai phải giám sát?"])

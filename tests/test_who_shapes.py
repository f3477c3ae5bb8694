"""Who-what on State and report shapes (issue 8, item 3), each rule beside a shape it must not
break, and the who-what gold scorer (evaluation/who_gold.py). The documents here are our own text."""
from __future__ import annotations

from pathlib import Path

from kg_rag.directives.assignments import doc_assignments
from kg_rag.documents.structure import parse
from kg_rag.evaluation.who_gold import evaluate_who_what, same_body
from kg_rag.text.normalize import normalize_document

SHAPES = Path(__file__).parent / "data" / "shapes"

CONG_VAN = """ỦY BAN NHÂN DÂN
HUYỆN ĐÔNG LÂM

Số: 377/UBND-VHTT
V/v hưởng ứng Ngày hội đọc sách năm 2025

Kính gửi:
- Ủy ban nhân dân các xã, thị trấn;
- Thư viện huyện.

Ủy ban nhân dân huyện đề nghị các đơn vị thực hiện một số nội dung sau:

1. Ủy ban nhân dân các xã, thị trấn

a) Chỉ đạo tủ sách cộng đồng ở thôn mở cửa vào ngày Chủ nhật trong tháng 4/2025.

b) Vận động học sinh, đoàn viên tham gia Ngày hội; đề nghị Hội Liên hiệp Phụ nữ xã vận động hội viên đưa con em tham gia.

2. Sở hữu trí tuệ và bản quyền tài liệu

Các đơn vị chỉ sử dụng tài liệu có nguồn gốc rõ ràng khi tổ chức Ngày hội.

3. Thư viện huyện

Chủ trì, phối hợp với Trung tâm Văn hóa huyện trưng bày sách mới, hoàn thành trước ngày 20/4/2025.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH

Lê Văn Tùng
"""

DECISION = """ỦY BAN NHÂN DÂN
TỈNH BẮC LÂM

Số: 88/QĐ-UBND

QUYẾT ĐỊNH
Về việc thành lập Tổ công tác số hóa tư liệu

QUYẾT ĐỊNH:

Điều 1. Thành lập Tổ công tác số hóa tư liệu tỉnh, gồm:

1. Tổ trưởng: Ông Đinh Văn Hải, Giám đốc Sở Văn hóa, Thể thao và Du lịch.

Điều 2. Nhiệm vụ của Tổ công tác:

a) Lập danh mục tư liệu cần số hóa của các thư viện, bảo tàng trong tỉnh.

b) Báo cáo Chủ tịch Ủy ban nhân dân tỉnh kết quả số hóa định kỳ 6 tháng.

Điều 3. Chánh Văn phòng Ủy ban nhân dân tỉnh và Giám đốc Sở Văn hóa, Thể thao và Du lịch chịu trách nhiệm thi hành Quyết định này./.

Nơi nhận:
- Như Điều 3;
- Lưu: VT.

CHỦ TỊCH

Mai Văn Quý
"""

REPORT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO

Số: 41/BC-SGDĐT

BÁO CÁO
Kết quả chuyển đổi số trong trường học quý I năm 2025

II. NHIỆM VỤ QUÝ II

1. Hoàn thành cấp tài khoản học liệu số cho giáo viên các trường trung học phổ thông trước ngày 30/6/2025. Phòng Giáo dục trung học chủ trì, phối hợp với Phòng Công nghệ thông tin thực hiện.

2. Tổ chức hội thảo chia sẻ bài giảng điện tử cấp tỉnh.
"""


def _duties(text: str, name: str = "x.txt") -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for d in doc_assignments(parse(name, normalize_document(text))):
        out.setdefault(d.actor, []).append(d.task.text)
    return out


def test_a_heading_that_names_a_body_heads_its_lettered_tasks_and_a_topic_heading_does_not():
    got = _duties(CONG_VAN)
    assert [t[:20] for t in got["Ủy ban nhân dân các xã, thị trấn"]] == ["Chỉ đạo tủ sách cộng", "Vận động học sinh, đ"]
    assert got["Thư viện huyện"][0].startswith("Chủ trì, phối hợp với Trung tâm Văn hóa huyện")
    assert not any(a.startswith("Sở hữu") for a in got)          # "Sở hữu trí tuệ" is a topic, not a Sở


def test_a_later_clause_assigning_another_body_and_partners_in_the_role_phoi_hop():
    got = _duties(CONG_VAN)
    assert got["Hội Liên hiệp Phụ nữ xã"] == ["Vận động hội viên đưa con em tham gia Ngày hội."] or \
        got["Hội Liên hiệp Phụ nữ xã"][0].startswith("Vận động hội viên")
    duties = doc_assignments(parse("x.txt", normalize_document(CONG_VAN)))
    partner = [d for d in duties if d.actor == "Trung tâm Văn hóa huyện"]
    assert partner and partner[0].task.role == "phối hợp" and partner[0].task.partners == ("Thư viện huyện",)
    assert partner[0].task.deadline == "hoàn thành trước ngày 20/4/2025"
    # the lead heads the section, its name is not in the passage: the partner's line says whom it
    # works with; the lead's own line says nothing more
    from kg_rag.answer.who import task_notes
    lead = [d for d in duties if d.actor == "Thư viện huyện"][0]
    assert task_notes(partner[0].task)[1] == "phối hợp với Thư viện huyện" and task_notes(lead.task) == ("", "")


def test_a_partner_named_in_a_numbered_party_item_is_quoted_with_its_lead():
    text = (SHAPES / "two_column_party_plan.txt").read_text(encoding="utf-8")
    duties = doc_assignments(parse("p.txt", normalize_document(text)))
    (d,) = [d for d in duties if d.actor == "Sở Khoa học và Công nghệ"]
    assert d.task.role == "phối hợp" and d.task.quote.startswith("Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với Sở")
    from kg_rag.answer.who import task_notes
    assert task_notes(d.task) == ("", "")             # the quote names the lead already


def test_duties_of_a_body_named_in_an_article_and_member_lines_are_no_tasks():
    got = _duties(DECISION)
    assert [t[:12] for t in got["Tổ công tác"]] == ["Lập danh mục", "Báo cáo Chủ "]
    assert "Tổ trưởng" not in got                                   # "Tổ trưởng: Ông …" names a member
    signers = [a for a in got if "Mai Văn Quý" in a or a.startswith("Lưu")]
    assert signers == []


def test_a_report_item_whose_last_sentence_names_who_carries_it_out():
    got = _duties(REPORT)
    assert got["Phòng Giáo dục trung học"][0].startswith("Hoàn thành cấp tài khoản học liệu số")
    assert "Phòng Công nghệ thông tin" in got                       # its partner, in the role phối hợp
    assert len(got) == 2                                             # item 2 names nobody


def test_a_lettered_item_after_a_blank_line_is_not_glued_to_its_heading():
    text = normalize_document(CONG_VAN)
    assert "1. Ủy ban nhân dân các xã, thị trấn\n\na) Chỉ đạo" in text


def test_who_what_gold_scoring_counts_bodies_tasks_and_intruders():
    doc = parse("cv.txt", normalize_document(CONG_VAN))
    gold = [{"id": "w1", "source": "cv.txt", "intruders": ["Lê Văn Tùng", "Lưu: VT", "HUYỆN ĐÔNG LÂM"],
             "actors": [{"name": "Ủy ban nhân dân các xã, thị trấn", "role": None, "deadline": None,
                         "task_quote": "Chỉ đạo tủ sách cộng đồng ở thôn mở cửa"},
                        {"name": "Thư viện huyện", "role": "chủ trì", "deadline": "trước ngày 20/4/2025",
                         "task_quote": "trưng bày sách mới"},
                        {"name": "Phòng Nội vụ", "role": None, "deadline": None, "task_quote": ""}]}]
    r = evaluate_who_what(gold, {"cv.txt": doc})
    assert r["who_what_actor_recall"] == 2 / 3 and r["who_what_task_recall"] == 2 / 3
    assert r["who_what_role_accuracy"] == 1.0 and r["who_what_intruders"] == 0
    assert same_body("UBND các xã, thị trấn", "Giao Ủy ban nhân dân các xã, thị trấn:")
    assert not same_body("Phòng Y tế", "Trung tâm Y tế huyện")


def test_later_sentences_of_an_item_that_name_their_own_body():
    text = ("ĐẢNG BỘ TỈNH BẮC LÂM\nTỈNH ỦY\n\nSố 07-CT/TU\n\nCHỈ THỊ\nvề phổ biến kiến thức khoa học\n\n"
            "1. Các cấp ủy đảng đưa nội dung phổ biến kiến thức khoa học vào sinh hoạt chi bộ. Người đứng đầu cấp ủy các cấp "
            "trực tiếp phụ trách, chịu trách nhiệm về kết quả.\n\n"
            "2. Ủy ban Mặt trận Tổ quốc tỉnh vận động Nhân dân tham gia. Tỉnh đoàn phát động phong trào \"Tuổi trẻ sáng tạo\"; "
            "Hội Nông dân tỉnh xây dựng ít nhất 05 mô hình mỗi năm.\n\n"
            "3. Thành ủy Bắc Lâm và Huyện ủy Đông Hà mỗi đơn vị chọn 01 xã làm điểm trong năm 2025.\n")
    got = _duties(text)
    assert got["Người đứng đầu cấp ủy các cấp"][0].startswith("Trực tiếp phụ trách")
    assert got["Tỉnh đoàn"][0].startswith("Phát động phong trào") and got["Hội Nông dân tỉnh"][0].startswith("Xây dựng ít nhất 05")
    duties = doc_assignments(parse("x.txt", normalize_document(text)))
    pair = [d for d in duties if d.actor.startswith("Thành ủy Bắc Lâm")]
    assert pair and pair[0].members == ("Thành ủy Bắc Lâm", "Huyện ủy Đông Hà")
    # a Công văn item whose second sentence has no body keeps one actor
    assert set(_duties(CONG_VAN)) >= {"Ủy ban nhân dân các xã, thị trấn", "Thư viện huyện"}


PARTY_DIRECTIVE_ITEMS = """TỈNH ỦY BẮC LĨNH
*
Số 07-CT/TU

ĐẢNG CỘNG SẢN VIỆT NAM
Bắc Lĩnh, ngày 03 tháng 3 năm 2025

CHỈ THỊ
về đẩy mạnh học tập suốt đời

1. Ban cán sự đảng Ủy ban nhân dân tỉnh chỉ đạo Sở Giáo dục và Đào tạo mở rộng mô hình trung tâm học tập cộng đồng; chỉ đạo Sở Tài chính bố trí kinh phí hằng năm.

2. Các huyện ủy lãnh đạo, chỉ đạo xây dựng kế hoạch thực hiện Chỉ thị trong quý II/2025.
"""

COMMUNE_PLAN_ITEMS = """ỦY BAN NHÂN DÂN
XÃ TÂN HÀ

Số: 41/KH-UBND

KẾ HOẠCH
Phổ cập kỹ năng số năm 2025

III. TỔ CHỨC THỰC HIỆN

1. Ủy ban nhân dân xã ban hành kế hoạch chi tiết trước ngày 30/4/2025; chỉ đạo công chức Văn hóa - Xã hội theo dõi kết quả, báo cáo hằng quý.
"""


def test_a_body_another_directs_does_the_work_on_party_and_state_shapes():
    got = _duties(PARTY_DIRECTIVE_ITEMS, "ct.txt")
    assert got["Sở Giáo dục và Đào tạo"][0].startswith("Chỉ đạo Sở Giáo dục và Đào tạo mở rộng mô hình")
    assert got["Sở Tài chính"][0].startswith("Chỉ đạo Sở Tài chính bố trí kinh phí")
    assert got["Ban cán sự đảng Ủy ban nhân dân tỉnh"][0].startswith("Chỉ đạo Sở Giáo dục")   # the lead keeps it
    assert set(got) == {"Ban cán sự đảng Ủy ban nhân dân tỉnh", "Sở Giáo dục và Đào tạo", "Sở Tài chính", "Các huyện ủy"}
    got = _duties(COMMUNE_PLAN_ITEMS, "kh.txt")
    assert got["Công chức Văn hóa - Xã hội"][0].startswith("Chỉ đạo công chức Văn hóa - Xã hội theo dõi kết quả")
    assert "Ủy ban nhân dân xã" in got


def test_what_is_no_actor_and_where_a_name_ends():
    from kg_rag.directives.actors import partners_of, split_actor
    assert split_actor("Ủy ban nhân dân xã cụ thể hóa Chương trình bằng kế hoạch")[0] == "Ủy ban nhân dân xã"
    assert split_actor("Ủy ban nhân dân xã xây dựng Chương trình hành động")[0] == "Ủy ban nhân dân xã"
    assert split_actor("Giám đốc Sở Nội vụ quyết định thành lập Tổ giúp việc")[0] == "Giám đốc Sở Nội vụ"
    assert split_actor("Hội đồng gồm 09 thành viên; thành viên dự khuyết do Chủ tịch đề xuất") is None
    assert split_actor("Ban Tổ chức đã chấm chọn 42 giải pháp đoạt giải") is None      # done, not assigned
    assert split_actor("Sở Y tế sẽ chủ trì tổng kết")[0] == "Sở Y tế"
    assert partners_of("chủ trì, phối hợp với Phòng Quản lý khoa học thực hiện.") == ("Phòng Quản lý khoa học",)


TABLE_PLAN = """HỘI KHUYẾN HỌC TỈNH BẮC LĨNH

Số: 12/KH-HKH

KẾ HOẠCH
Hoạt động khuyến học năm 2026

II. NHIỆM VỤ CỤ THỂ

| TT | Nội dung | Đơn vị thực hiện | Thời gian |
|---|---|---|---|
| 1 | Trao học bổng cho học sinh vượt khó | Hội Khuyến học tỉnh phối hợp với Sở Giáo dục và Đào tạo | Tháng 9/2026 |
| 2 | Tổng kết phong trào học tập suốt đời | Văn phòng Hội | Tháng 12/2026 |
"""


def test_an_actor_cell_that_names_its_partner_on_a_table_and_in_an_item():
    duties = doc_assignments(parse("kh.txt", normalize_document(TABLE_PLAN)))
    lead = [d for d in duties if d.actor == "Hội Khuyến học tỉnh"]
    assert lead and lead[0].task.partners == ("Sở Giáo dục và Đào tạo",) and lead[0].task.deadline == "Tháng 9/2026"
    partner = [d for d in duties if d.actor == "Sở Giáo dục và Đào tạo"]
    assert partner and partner[0].task.role == "phối hợp"
    # the same partnership written in an item of a Party plan
    got = _duties(PARTY_DIRECTIVE_ITEMS.replace("2. Các huyện ủy", "2. Ban Tuyên giáo Tỉnh ủy chủ trì, phối hợp với "
                                                 "Sở Thông tin và Truyền thông tổ chức hội nghị. 3. Các huyện ủy"))
    assert "Sở Thông tin và Truyền thông" in got


# ---- read off the blind sets: where an actor's name starts and ends ------------------------------------

PARTY_ITEMS = """HUYỆN ỦY MƯỜNG LA
*
Số 40-KH/HU

KẾ HOẠCH
thực hiện chuyển đổi số năm 2026

III. TỔ CHỨC THỰC HIỆN

1. Các chi bộ trực thuộc căn cứ Kế hoạch này xây dựng kế hoạch của chi bộ, hoàn thành trước ngày 30/6/2026.

2. Ban cán sự đảng Ủy ban nhân dân huyện (nay là Đảng ủy Ủy ban nhân dân huyện) lãnh đạo Ủy ban nhân dân huyện bố trí ngân sách cho chuyển đổi số.

3. Đề nghị Ủy ban MTTQ huyện và các đoàn thể chính trị - xã hội huyện phát động phong trào "Bình dân học vụ số".

4. Định kỳ 6 tháng, các cấp ủy, tổ chức đảng báo cáo kết quả về Ban Thường vụ Huyện ủy.

5. Tăng cường sự lãnh đạo của cấp ủy: Ban Thường vụ Đảng ủy phân công 01 đồng chí phụ trách chuyển đổi số.

6. Ban Tuyên giáo Huyện ủy giao Phòng Tuyên truyền chủ trì biên soạn tài liệu hỏi - đáp.
"""

STATE_ITEMS = """ỦY BAN NHÂN DÂN
TỈNH MƯỜNG LA

Số: 77/KH-UBND

KẾ HOẠCH
Số hóa hồ sơ bệnh án năm 2026

II. TỔ CHỨC THỰC HIỆN

1. Các đơn vị sự nghiệp trực thuộc căn cứ Kế hoạch này xây dựng lộ trình số hóa của đơn vị.

2. Sở Y tế (sau đây gọi tắt là Sở) chủ trì, phối hợp với Bảo hiểm xã hội tỉnh triển khai bệnh án điện tử.

3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tuyên truyền đến hội viên.

4. Hằng quý, Ủy ban nhân dân các huyện báo cáo tiến độ về Sở Y tế.

5. Về kinh phí: Sở Tài chính bố trí kinh phí số hóa trong dự toán năm 2026.

6. Ủy ban nhân dân tỉnh giao Sở Thông tin và Truyền thông bảo đảm hạ tầng kết nối.
"""


def test_names_end_where_the_blind_sets_showed_on_party_and_state_items():
    want = {
        "party": ["Các chi bộ trực thuộc", "Ban cán sự đảng Ủy ban nhân dân huyện", "Ủy ban nhân dân huyện",
                  "Ủy ban MTTQ huyện", "các đoàn thể chính trị - xã hội huyện", "các cấp ủy, tổ chức đảng",
                  "Ban Thường vụ Đảng ủy", "Phòng Tuyên truyền"],
        "state": ["Các đơn vị sự nghiệp trực thuộc", "Sở Y tế", "Bảo hiểm xã hội tỉnh",
                  "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "các tổ chức chính trị - xã hội tỉnh",
                  "Ủy ban nhân dân các huyện", "Sở Tài chính", "Sở Thông tin và Truyền thông"]}
    for shape, raw in (("party", PARTY_ITEMS), ("state", STATE_ITEMS)):
        duties = doc_assignments(parse("x.txt", normalize_document(raw)))
        names = [n for d in duties for n in (d.actor, *d.members)]
        for w in want[shape]:
            assert any(same_body(w, n) for n in names), (shape, w, names)
        assert not any("(" in n or "nay là" in n or "sau đây" in n for n in names), names
        assert not any(n.startswith(("Định kỳ", "Hằng quý", "Tăng cường", "Về kinh phí")) for n in names), names


LETTER_TO_SCHOOLS = """ỦY BAN NHÂN DÂN HUYỆN MƯỜNG LA
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO

Số: 301/PGDĐT-THCS
V/v triển khai giáo dục kỹ năng số năm học 2026-2027

Kính gửi:
- Hiệu trưởng các trường trung học cơ sở;
- Hiệu trưởng các trường tiểu học.

Phòng Giáo dục và Đào tạo đề nghị các trường thực hiện các nội dung sau:

1. Xây dựng kế hoạch giáo dục kỹ năng số của nhà trường, gửi về Phòng trước ngày 15/9/2026.

2. Trường THCS Nà Sản, Trường THCS Chiềng Mai và Trường TH&THCS Mường Bú tiếp tục thí điểm phòng học STEM.

3. Phối hợp với Trung tâm Y tế huyện tuyên truyền phòng, chống nghiện trò chơi điện tử cho học sinh.

Nơi nhận:
- Như kính gửi;
- Lưu: VT.

TRƯỞNG PHÒNG

Lò Văn Thắng
"""

DIRECTIVE_BODIES = """ỦY BAN NHÂN DÂN
TỈNH MƯỜNG LA

Số: 09/CT-UBND

CHỈ THỊ
Về tăng cường an toàn cho học sinh trên không gian mạng

1. Sở Giáo dục và Đào tạo:

a) Chủ trì hướng dẫn các trường đưa nội dung an toàn số vào hoạt động trải nghiệm.

b) Tổ chức tập huấn cho giáo viên chủ nhiệm về nhận diện lừa đảo trên mạng.

2. Công an tỉnh:

Chỉ đạo lực lượng an ninh mạng phối hợp với nhà trường tuyên truyền về thủ đoạn lừa đảo học sinh.

3. Sở Tài chính:

Tham mưu bố trí kinh phí mua sắm thiết bị dạy học STEM theo lộ trình.
"""


def test_a_letters_requests_and_bodies_named_over_their_own_paragraphs():
    letter = doc_assignments(parse("x.txt", normalize_document(LETTER_TO_SCHOOLS)))
    names = [n for d in letter for n in (d.actor, *d.members)]
    for w in ("Hiệu trưởng các trường trung học cơ sở", "Trường THCS Nà Sản", "Trường THCS Chiềng Mai",
              "Trung tâm Y tế huyện"):
        assert any(same_body(w, n) for n in names), (w, names)
    assert not any("Lò Văn Thắng" in n or "Như kính gửi" in n for n in names)
    doc = parse("y.txt", normalize_document(DIRECTIVE_BODIES))
    item = next(b for b in doc.blocks if b.text.startswith("2. Công an tỉnh:"))
    assert item.kind == "item" and "Chỉ đạo lực lượng an ninh mạng" in item.text     # the line and its paragraph
    duties = doc_assignments(doc)
    got = {d.actor: d.task.text for d in duties}
    assert got["Công an tỉnh"].startswith("Chỉ đạo lực lượng an ninh mạng")
    assert got["Sở Tài chính"].startswith("Tham mưu bố trí kinh phí")
    assert sum(d.actor == "Sở Giáo dục và Đào tạo" for d in duties) == 2

"""Known-answer tests for the classes read off eval/blind46–48: bodies under their other usual names
("Hội Phụ nữ xã" for "Hội Liên hiệp Phụ nữ xã", "Đoàn TNCS xã" for "Đoàn TNCS Hồ Chí Minh xã",
"Sở VH, TT&DL", "Phòng VH, KH&TT", "Phòng GD&ĐT" for "Phòng Giáo dục và Đào tạo huyện"); an item's
task ending where a later clause turns to another body; "Khoa học …" after a comma inside a name;
a body's own work before the work of a group it is in, and in the type of document asked ("… trong
kế hoạch …"); a district named by its Party committee ("Huyện ủy Mê Sơn"); a figure per unit given
for one unit ("thành lập 01 Tổ, gồm …"); a post held by another ("Tổ trưởng là Trưởng thôn");
"Thế X thì sao?"; "đề ngày nào"; the oldest document; documents of "Đảng ủy cấp xã"; "liên hệ ai"
answered by a contact line however low it ranks. Each on two shapes written for this file: a
commune notice as typed (.txt) and as Markdown; a district plan with a task table in .md and .txt;
a Party letter and report; a guidance naming the district's offices as one group."""
from __future__ import annotations

import pytest

from conftest import rag_of, says
from kg_rag.answer.asked_detail import holds_person
from kg_rag.answer.extract import asks_meta
from kg_rag.answer.followup import rewrite
from kg_rag.answer.issuers import issued_by, spelled
from kg_rag.answer.named import wrong_level
from kg_rag.answer.narrowed import holds_narrowed
from kg_rag.directives.actors import actor_key, bodies
from kg_rag.text.genre import expand_abbreviations
from kg_rag.text.normalize import fold

NOTICE = """ĐẢNG BỘ HUYỆN MÊ SƠN
ĐẢNG ỦY XÃ PHÌN NGÀI
Số 17-TB/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Phìn Ngài, ngày 09 tháng 3 năm 2026

THÔNG BÁO
Kết luận của Thường trực Đảng ủy về phổ cập kỹ năng số trên địa bàn xã

I. TỔ CÔNG NGHỆ SỐ CỘNG ĐỒNG

1. Mỗi thôn thành lập 01 Tổ công nghệ số cộng đồng, gồm từ 05 đến 07 thành viên.

2. Tổ trưởng là Trưởng thôn; Tổ phó là Bí thư Chi đoàn thôn.

II. NHIỆM VỤ

3. Ủy ban nhân dân xã bố trí phòng học tại Nhà văn hóa xã; hoàn thành trước ngày 30/4/2026.

5. Hội thi Tin học trẻ xã trao giải Nhất, giải Nhì, giải Ba và giải Khuyến khích cho học sinh; nhận bài dự thi từ ngày 01/6/2026 đến hết ngày 30/6/2026.

6. Đề nghị Trung tâm Văn hóa, Thông tin và Thể thao huyện hỗ trợ xã 01 bộ loa truyền thanh không dây.

7. Hoạt động STEM: Tổ Khoa học tự nhiên trường THCS Phìn Ngài chủ trì chủ đề "Vườn rau thông minh" cho học sinh khối 8.

4. Đề nghị Đoàn TNCS Hồ Chí Minh xã thành lập đội hình "Thanh niên số" gồm 12 đoàn viên hỗ trợ người dân cài đặt ứng dụng; Hội Liên hiệp Phụ nữ xã và Hội Nông dân xã vận động hội viên dự lớp "Bình dân học vụ số".

Quá trình thực hiện, nếu có vướng mắc, liên hệ đồng chí Sùng Thị Pàng, Văn phòng Đảng ủy xã, điện thoại 0215 3876 432.

Nơi nhận:
- Ban Thường vụ Huyện ủy (b/c);
- Lưu VP.

T/M ĐẢNG ỦY
PHÓ BÍ THƯ
Giàng A Sử
"""

PLAN = """ỦY BAN NHÂN DÂN HUYỆN MÊ SƠN
Số: 51/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Mê Sơn, ngày 20 tháng 3 năm 2026

KẾ HOẠCH
Chuyển đổi số huyện Mê Sơn năm 2026

I. NHIỆM VỤ TRỌNG TÂM

Phòng Văn hóa, Khoa học và Thông tin; Phòng Tài chính - Kế hoạch; Phòng Y tế: phối hợp tuyên truyền Kế hoạch tới cán bộ, công chức.

1. Tổ chức Ngày hội chuyển đổi số cấp huyện vào ngày 16/5/2026 tại Nhà văn hóa thị trấn Mê Sơn.

2. Xóa các điểm chưa có sóng di động tại các thôn vùng cao; xây dựng 05 mô hình nông nghiệp số tại các xã Sà Phìn, Lao Chải.

3. Học bạ số theo cấp học:

| TT | Cấp học | Số trường | Học bạ số (%) |
|---|---|---|---|
| 1 | Tiểu học | 9 | 100 |
| 2 | TH&THCS | 4 | 75 |

II. TỔ CHỨC THỰC HIỆN

| TT | Nội dung | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Xóa các điểm chưa có sóng di động tại các thôn vùng cao | Phòng Kinh tế và Hạ tầng | Viettel Mê Sơn | Trước ngày 30/9/2026 |
| 2 | Thẩm định, bố trí kinh phí thực hiện Kế hoạch | Phòng Tài chính - Kế hoạch | Phòng Văn hóa, Khoa học và Thông tin | Trước ngày 15/5/2026 |
| 3 | Đưa tin Ngày hội chuyển đổi số trên Đài Truyền thanh huyện | Trung tâm Văn hóa huyện | Các xã, thị trấn | Tháng 5/2026 |

1. Giao Phòng Văn hóa, Khoa học và Thông tin chủ trì theo dõi, hướng dẫn thực hiện Kế hoạch; tổng hợp, báo cáo UBND huyện định kỳ hằng quý.

2. Phòng Giáo dục và Đào tạo huyện hướng dẫn các trường trung học cơ sở tổ chức Tuần lễ kỹ năng số cho học sinh trong tháng 4/2026.

3. Sở VH, TT&DL được đề nghị hỗ trợ số hóa 120 hiện vật cấp huyện của Nhà truyền thống huyện.

Nơi nhận:
- UBND tỉnh (b/c);
- Lưu VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Thào Văn Lử
"""

GUIDE = """HUYỆN ỦY MÊ SƠN
BAN TUYÊN GIÁO
Số 08-HD/BTGHU
ĐẢNG CỘNG SẢN VIỆT NAM
Mê Sơn, ngày 02 tháng 02 năm 2026

HƯỚNG DẪN
Tuyên truyền về chuyển đổi số năm 2026

I. NỘI DUNG TUYÊN TRUYỀN

1. Vai trò của chuyển đổi số đối với phát triển kinh tế - xã hội của huyện.

II. TỔ CHỨC THỰC HIỆN

1. Phòng Kinh tế và Hạ tầng; Phòng Giáo dục và Đào tạo; Phòng Y tế:
- Chủ động đưa tin về chuyển đổi số trên trang thông tin của cơ quan, đơn vị.

2. Trung tâm Văn hóa huyện mở chuyên mục "Mê Sơn số" trên Đài Truyền thanh huyện.

Nơi nhận:
- Ban Tuyên giáo Tỉnh ủy (b/c);
- Lưu BTG.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN
Lý Văn Chản
"""




def _md(text: str) -> str:
    """The same document exported as Markdown: headings marked, items as they are."""
    return text.replace("\nTHÔNG BÁO\n", "\n# THÔNG BÁO\n").replace("\nKẾ HOẠCH\n", "\n# KẾ HOẠCH\n") \
        .replace("\nI. ", "\n## I. ").replace("\nII. ", "\n## II. ")


@pytest.fixture(scope="module", params=["txt", "md"])
def rag(request, tmp_path_factory):
    ext = request.param
    conv = _md if ext == "md" else (lambda t: t.replace("|---|---|---|---|---|\n", "").replace("|---|---|---|---|\n", ""))   # (tables typed without their rule)
    return rag_of(tmp_path_factory.mktemp(f"bodies_corpus_{ext}"), tmp_path_factory.mktemp(f"bodies_{ext}") / "index",
                   {f"tb_17.{ext}": conv(NOTICE), f"kh_51.{ext}": conv(PLAN), f"hd_08.{ext}": conv(GUIDE)})




# ---- bodies under their other usual names ------------------------------------------------------------------

def test_one_body_under_its_usual_names():
    assert actor_key("Hội Liên hiệp Phụ nữ xã") == actor_key("Hội Phụ nữ xã") == actor_key("Hội LHPN xã")
    assert actor_key("Đoàn TNCS Hồ Chí Minh xã") == actor_key("Đoàn Thanh niên xã") == actor_key("Đoàn TNCS xã")
    assert actor_key("Ủy ban MTTQ Việt Nam huyện") == actor_key("Ủy ban Mặt trận Tổ quốc huyện")
    assert actor_key("Hội Nông dân xã") != actor_key("Hội Phụ nữ xã")
    assert "thể thao và du lịch" in expand_abbreviations("Sở VH, TT&DL")
    assert "khoa học và thông tin" in expand_abbreviations("Phòng VH, KH&TT huyện")
    assert bodies("Phòng Văn hóa, Khoa học và Thông tin; UBND các xã") == ("Phòng Văn hóa, Khoa học và Thông tin", "UBND các xã")
    assert bodies("Khoa Nội, Khoa Nhi và Phòng Kế hoạch") == ("Khoa Nội", "Khoa Nhi", "Phòng Kế hoạch")


def test_a_body_asked_by_another_of_its_names(rag):
    answer = says(rag, "Đoàn TNCS xã Phìn Ngài được đề nghị làm gì?", "Thanh niên số", absent=("vận động hội viên",))
    assert "Đoàn TNCS Hồ Chí Minh xã" in answer
    says(rag, "Thế còn Hội Phụ nữ xã?", "vận động hội viên", history=["Đoàn TNCS xã Phìn Ngài được đề nghị làm gì?"])
    says(rag, "Sở VH, TT&DL có nhiệm vụ gì trong kế hoạch chuyển đổi số huyện Mê Sơn?", "số hóa 120 hiện vật")


def test_a_name_with_a_comma_is_one_partner_and_its_own_work_comes_first(rag):
    answer = says(rag, "Phòng VH, KH&TT huyện Mê Sơn được giao nhiệm vụ gì?", "theo dõi, hướng dẫn thực hiện Kế hoạch",
                   "Thẩm định, bố trí kinh phí")
    assert "\nKhoa học và Thông tin" not in answer and "Phòng Văn hóa (" not in answer, answer
    if "phối hợp tuyên truyền Kế hoạch" in answer:        # (the group it is in, after its own work)
        assert answer.index("theo dõi, hướng dẫn") < answer.index("phối hợp tuyên truyền Kế hoạch"), answer


# ---- a body's own work, in the document of the type asked --------------------------------------------------

def test_a_bodys_own_work_before_its_groups(rag):
    # the guidance names Phòng GD&ĐT only in a group; the plan gives it work of its own
    says(rag, "Phòng GD&ĐT phải làm gì?", "Tuần lễ kỹ năng số", absent=("Chủ động đưa tin",))
    # both give Phòng Kinh tế và Hạ tầng work; the question places it in the plan
    says(rag, "phong kinh te va ha tang duoc giao viec gi trong ke hoach chuyen doi so cua huyen?", "sóng di động",
          absent=("Chủ động đưa tin",))
    # the type asked first, even where it names the body only in a group
    says(rag, "Phòng GD&ĐT phải làm gì theo hướng dẫn?", "Chủ động đưa tin", absent=("Tuần lễ kỹ năng số",))
    # both give Trung tâm Văn hóa huyện work of its own: the type of document asked decides
    says(rag, "Trung tâm Văn hóa huyện được giao việc gì trong kế hoạch?", "Đưa tin Ngày hội", absent=("Mê Sơn số",))
    says(rag, "Trung tâm Văn hóa huyện được giao việc gì theo hướng dẫn?", "Mê Sơn số", absent=("Đưa tin Ngày hội",))


@pytest.mark.parametrize("question, wanted, first", [
    ("Trung tâm Văn hóa huyện được giao việc gì trong kế hoạch?", "Đưa tin Ngày hội", "hd_08"),
    ("Trung tâm Văn hóa huyện được giao việc gì theo hướng dẫn?", "Mê Sơn số", "kh_51"),
    ("Phòng GD&ĐT phải làm gì theo hướng dẫn?", "Chủ động đưa tin", "kh_51")])     # (there only in a group)
def test_the_type_of_document_asked_comes_first_however_its_passages_rank(rag, question, wanted, first):
    from kg_rag.answer.who import who_what_answer
    snap = rag.snapshot()
    query = snap.read_query(question)
    hits = sorted(snap.search(query, k=20), key=lambda h: not h.chunk.source.startswith(first))     # the other type's first
    a = who_what_answer(snap, question, hits, query, named_only=True)
    assert a is not None and wanted in a.answer, a and a.answer


def test_a_body_named_only_in_a_group_of_the_passages_found_is_looked_for_elsewhere(rag):
    from kg_rag.answer.who import who_what_answer
    snap = rag.snapshot()
    question = "Phòng GD&ĐT phải làm gì?"
    query = snap.read_query(question)
    hits = [h for h in snap.search(query, k=20) if h.chunk.source.startswith("hd_08")][:5]     # only the guidance found
    a = who_what_answer(snap, question, hits, query, named_only=True)
    assert a is not None and "Tuần lễ kỹ năng số" in a.answer, a and a.answer


def test_a_body_asked_without_the_places_ending_its_name():
    from types import SimpleNamespace as A
    from kg_rag.answer.who_named import named_actor
    found = [A(actor="UBND các xã, thị trấn", members=()), A(actor="Phòng GD&ĐT các huyện, thị xã, thành phố", members=())]
    assert named_actor("Phòng GD&ĐT các huyện phải làm gì?", found) == "Phòng GD&ĐT các huyện, thị xã, thành phố"
    assert named_actor("Phòng Giáo dục và Đào tạo phải làm gì?", found) == "Phòng GD&ĐT các huyện, thị xã, thành phố"
    assert named_actor("UBND các xã phải làm gì?", found) == "UBND các xã, thị trấn"
    assert named_actor("UBND huyện phải làm gì?", found) is None          # (another body of the same kind)


# ---- where a task ends; a district by its Party committee; one unit; a post ----------------------------------

def test_an_items_task_ends_where_it_turns_to_another_body(rag):
    answer = says(rag, "Đoàn TNCS xã Phìn Ngài phải làm gì?", "12 đoàn viên")
    assert "Hội Nông dân" not in answer.split("[1]")[0], answer


def test_a_district_is_named_by_its_party_committee():
    text = fold("HUYỆN ỦY MÊ SƠN … tại Nhà văn hóa thị trấn Mê Sơn").lower()
    assert wrong_level("Ngày hội STEM huyện Mê Sơn tổ chức ở đâu?", text) == []
    assert wrong_level("Tỉnh Mê Sơn có bao nhiêu trường?", fold("Tỉnh ủy Mê Sơn; huyện Mê Sơn").lower()) == []
    assert wrong_level("Ngày hội huyện Mê Sơn tổ chức ở đâu?", fold("tại Nhà văn hóa thị trấn Mê Sơn").lower()) == ["huyen me son"]


def test_a_figure_per_unit_given_for_one_unit(rag):
    q = "Mỗi tổ có bao nhiêu thành viên?"
    assert holds_narrowed("thanh vien", (), q, fold("Mỗi thôn thành lập 01 Tổ, gồm từ 05 đến 07 thành viên.").lower())
    assert holds_narrowed("doan vien", (), "Mỗi đội có bao nhiêu đoàn viên?", fold("Mỗi xã lập một đội gồm 12 đoàn viên").lower())
    assert not holds_narrowed("thanh vien", (), q, fold("Toàn xã có 9 tổ, gồm 54 thành viên.").lower())
    says(rag, "Mỗi tổ công nghệ số cộng đồng ở Phìn Ngài có bao nhiêu thành viên?", "từ 05 đến 07 thành viên")


def test_a_post_held_by_another_answers_who(rag):
    assert holds_person("Tổ trưởng là Trưởng thôn; Tổ phó là Bí thư Chi đoàn thôn.")
    assert holds_person("Trưởng ban là Phó Chủ tịch UBND huyện.")
    assert not holds_person("Trưởng thôn là người đứng đầu thôn.") and not holds_person("gồm 5 thành viên là đoàn viên")
    says(rag, "Ai làm tổ trưởng?", "Trưởng thôn", history=["Mỗi tổ công nghệ số cộng đồng ở Phìn Ngài có bao nhiêu thành viên?"])


def test_the_kinds_asked_are_named_by_the_documents(rag):
    says(rag, "Hội thi Tin học có những loại giải nào?", "giải Khuyến khích")


def test_a_figure_asked_of_a_bodys_task_is_checked_like_any_figure(rag):
    says(rag, "Sở VH, TT&DL được giao số hóa bao nhiêu hiện vật?", "120 hiện vật")
    assert not rag.ask("Sở VH, TT&DL được giao số hóa bao nhiêu hiện vật cấp tỉnh?").grounded     # (the plan's are the district's)
    says(rag, "Đoàn TNCS xã Phìn Ngài được đề nghị thành lập đội hình gồm bao nhiêu đoàn viên?", "12 đoàn viên")


def test_offices_written_short(rag):
    for short, full in [("Trung tâm VH-TT&TT", "thông tin và thể thao"), ("Tổ Ngữ văn - KHXH", "khoa học xã hội"),
                        ("Tổ KHTN", "khoa học tự nhiên"), ("Ban Khoa học của LHH", "Liên hiệp hội")]:
        assert full in expand_abbreviations(short)
    says(rag, "Trung tâm VH-TT&TT huyện được đề nghị làm gì?", "loa truyền thanh")


def test_a_body_named_for_natural_sciences_is_no_body_acting_on_itself(rag):
    from kg_rag.directives.actors import split_actor
    assert split_actor("Tổ Khoa học tự nhiên chủ trì chủ đề STEM") == ("Tổ Khoa học tự nhiên", 21)
    assert split_actor("Ban Chỉ đạo tự giải thể sau khi hoàn thành nhiệm vụ") is None      # (a body acting on itself: no task)
    says(rag, "Tổ KHTN trường THCS Phìn Ngài phải làm gì?", "Vườn rau thông minh")


def test_from_which_day_to_which_day(rag):
    says(rag, "Nhận bài dự thi từ ngày nào đến ngày nào?", "01/6/2026")
    weights = rag.snapshot().read_query("Hội thi nhận hồ sơ dư thi từ ngày nào đến ngày nào?").weights
    assert not any(w.startswith(("từ", "đến")) for w in weights), weights      # (what is asked, not the topic)


def test_a_percent_read_off_its_column(rag):
    says(rag, "Tỷ lệ học bạ số của cấp học TH&THCS ở Mê Sơn là bao nhiêu?", "| 75 |")


def test_a_day_asked_in_a_district_its_party_committee_names(rag):
    says(rag, "Ngày hội chuyển đổi số cấp huyện Mê Sơn tổ chức khi nào, ở đâu?", "16/5/2026")


# ---- follow-ups, dates, the corpus ------------------------------------------------------------------------

@pytest.mark.parametrize("question, asked", [("Thế Phòng Kinh tế và Hạ tầng thì sao?", "Phòng Kinh tế và Hạ tầng phải làm gì"),
                                             ("Vậy Phòng Y tế thì sao?", "Phòng Y tế phải làm gì")])
def test_a_swap_opening_with_the(question, asked):
    assert rewrite(question, ["Phòng Giáo dục và Đào tạo phải làm gì theo KH 51?"]).startswith(asked)


@pytest.mark.parametrize("question, date", [("CV 17 của Đảng ủy xã Phìn Ngài đề ngày nào?", "ngày 09 tháng 3 năm 2026"),
                                            ("Kế hoạch 51 đề ngày nào?", "ngày 20 tháng 3 năm 2026")])
def test_the_day_a_document_is_dated(rag, question, date):
    assert asks_meta(question) and not asks_meta("Đề nghị ngày nào nộp báo cáo?")
    says(rag, question, date)


def test_the_oldest_document(rag):
    says(rag, "Văn bản nào ban hành sớm nhất?", "Tuyên truyền về chuyển đổi số năm 2026", absent=("Kết luận của Thường trực",))
    says(rag, "Văn bản nào mới nhất?", "Chuyển đổi số huyện Mê Sơn năm 2026")


def test_documents_of_a_party_committee_of_a_level(rag):
    assert issued_by(spelled("Đảng ủy cấp xã"), {"issuer": "Đảng ủy xã Phìn Ngài"})
    assert not issued_by(spelled("Đảng ủy cấp xã"), {"issuer": "Huyện ủy Mê Sơn"})
    assert issued_by(spelled("UBND cấp huyện"), {"issuer": "UBND huyện Mê Sơn"})
    says(rag, "co van ban nao cua dang uy cap xa khong", "Kết luận của Thường trực Đảng ủy", absent=("Chuyển đổi số huyện",))


def test_documents_of_the_party_and_of_a_type(rag):
    assert issued_by(spelled("cấp ủy Đảng"), {"issuer": "Đảng ủy xã Phìn Ngài"})
    assert not issued_by(spelled("cấp ủy Đảng"), {"issuer": "UBND huyện Mê Sơn"})
    answer = says(rag, "Có văn bản nào của cấp ủy Đảng không?", "Kết luận của Thường trực", "Tuyên truyền về chuyển đổi số")
    assert "Chuyển đổi số huyện Mê Sơn năm 2026" not in answer, answer
    says(rag, "Văn bản nào là hướng dẫn, do cơ quan nào ban hành?", "1 hướng dẫn", absent=("Chuyển đổi số huyện",))
    says(rag, "Văn bản nào là kế hoạch?", "1 kế hoạch", "Chuyển đổi số huyện Mê Sơn", absent=("Kết luận của Thường trực",))


def test_a_closing_particle_counts_nothing_and_a_syllable_left_plain_is_read(rag):
    from kg_rag.answer.asked_type import asked_quantity
    from kg_rag.answer.qualifier import asked_qualifier
    assert asked_quantity("thôn Lò Gạch có bao nhiêu hộ vậy") == "ho" and asked_qualifier("Có bao nhiêu hộ nghèo ạ?") == ()
    assert asked_quantity("Có bao nhiêu hộ vay vốn?") == "ho vay"
    says(rag, "Cấp tiểu học có bao nhiêu trường vậy?", "| 9 |")
    says(rag, "Xã Lao Chai có mấy mô hình nông nghiệp số?", "05 mô hình")
    assert "lao_chải" in rag.snapshot().read_query("Xã Lao Chai có mấy mô hình nông nghiệp số?").weights      # (as the plan writes it)


@pytest.mark.parametrize("name", ["tb_17.txt", "tb_17.md"])
def test_whom_to_contact_however_low_the_line_ranks(tmp_path, name):
    items = "\n\n".join(f"{i}. Lớp Bình dân học vụ số ở Phìn Ngài tại thôn {i} học vào tối thứ {i + 1}." for i in range(5, 11))
    text = NOTICE.replace("Quá trình thực hiện, nếu có vướng mắc, liên hệ đồng chí", items + "\n\nBáo cáo về lớp học gửi qua hộp thư "
                          "vpdu.phinngai@meson.gov.vn.\n\nĐầu mối: đồng chí")      # (an address line is no one to contact)
    rag = rag_of(tmp_path / "c", tmp_path / "i", {name: text if name.endswith(".txt") else _md(text)})
    says(rag, "Cần hỏi thêm về lớp Bình dân học vụ số ở Phìn Ngài thì liên hệ ai?", "Sùng Thị Pàng")


# ---- a decision's attached rules: articles titled by a body; a page break inside a sentence ----------------

RULES = """TRƯỜNG THPT NẬM PỒ
Số: 41/QĐ-THPTNP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Nậm Pồ, ngày 02 tháng 3 năm 2026

QUYẾT ĐỊNH
Về việc ban hành Quy chế hoạt động Câu lạc bộ Tin học trẻ

Điều 1. Ban hành kèm theo Quyết định này Quy chế hoạt động Câu lạc bộ Tin học trẻ.

Điều 2. Quyết định có hiệu lực kể từ ngày ký.

QUY CHẾ
Hoạt động Câu lạc bộ Tin học trẻ

Chương I. TRÁCH NHIỆM

Điều 3. Ban chủ nhiệm. Xây dựng kế hoạch hoạt động hằng tháng; báo cáo Hiệu trưởng kết quả hoạt động vào cuối mỗi học kỳ.

Điều 4. Giáo viên hướng dẫn. Trực tiếp hướng dẫn học sinh lập trình rô-bốt; chấm sản phẩm của các nhóm.

Điều 5. Đoàn trường. Tuyên truyền, vận động đoàn viên tham gia Câu lạc bộ.
"""


@pytest.mark.parametrize("name", ["qd_41.txt", "qd_41.md"])
def test_an_article_titled_by_a_body_gives_its_duties(tmp_path, name):
    text = RULES if name.endswith(".txt") else RULES.replace("\nQUYẾT ĐỊNH\n", "\n# QUYẾT ĐỊNH\n").replace("\nQUY CHẾ\n", "\n# QUY CHẾ\n")
    rag = rag_of(tmp_path / "c", tmp_path / "i", {name: text})
    says(rag, "Giáo viên hướng dẫn có nhiệm vụ gì theo quy chế?", "Trực tiếp hướng dẫn học sinh", absent=("Tuyên truyền, vận động",))
    says(rag, "Đoàn trường có nhiệm vụ gì?", "Tuyên truyền, vận động đoàn viên")


def test_a_sentence_running_over_a_page_break_is_one_paragraph():
    from kg_rag.text.normalize import normalize_with_pages
    long = "Điều 11. Đoàn trường. Tuyên truyền, vận động đoàn viên tham gia Câu lạc bộ; chủ trì Ngày hội STEM nhân kỷ niệm ngày thành lập"
    text, pages = normalize_with_pages(long + "\f" + "Đoàn TNCS Hồ Chí Minh.\n\nĐiều 12. Giáo viên chủ nhiệm. Giới thiệu học sinh.")
    assert "thành lập Đoàn TNCS Hồ Chí Minh." in text and len(pages) == 2 and text[pages[1]:].startswith("Đoàn TNCS")
    plan = "2. Ủy ban nhân dân các xã bố trí phòng học, máy tính và đường truyền cho các lớp phổ cập kỹ năng số tại nhà văn hóa"
    assert "văn hóa thôn Nà Hẩu" in normalize_with_pages(plan + "\f" + "thôn Nà Hẩu trong quý II/2026.")[0]
    # (a signer's name, a new article, an attachment's title in capitals: each starts its own paragraph)
    for before, after in [("Nơi nhận:\n\n- Lưu VT.\n\nHIỆU TRƯỞNG\n\nĐỗ Minh Triết", "QUY CHẾ\nHoạt động Câu lạc bộ"),
                          ("Nơi nhận:\n\n- Lưu VT.\n\nHIỆU TRƯỞNG\n\nĐỗ Minh Triết", "Kế hoạch tổ chức Ngày hội STEM năm 2026"),
                          (long, "Điều 12. Giáo viên chủ nhiệm. Giới thiệu học sinh."), (long, "QUY CHẾ\nHoạt động")]:
        assert "\n\n" + after.split("\n")[0] in normalize_with_pages(before + "\f" + after)[0]


def test_a_school_and_a_body_swapped_after_its_issuer(rag):
    assert issued_by(spelled("trường học"), {"issuer": "Trường THPT Bàu Cỏ"})
    assert not issued_by(spelled("trường học"), {"issuer": "Ủy ban nhân dân huyện Mê Sơn"})
    assert rewrite("Thế Đoàn xã?", ["Theo TB 17 của Đảng ủy xã Phìn Ngài, UBND xã phải làm gì?"]) == \
        "Theo TB 17 của Đảng ủy xã Phìn Ngài, Đoàn xã phải làm gì?"
    assert rewrite("Vậy Phòng Y tế?", ["Phòng Giáo dục và Đào tạo phải làm gì theo KH 51?"]) == "Phòng Y tế phải làm gì theo KH 51?"
    assert rewrite("Thế hạn nộp là khi nào?", ["Phòng Y tế phải làm gì theo KH 51?"]) != "hạn nộp là khi nào phải làm gì theo KH 51?"
    # (no body in the earlier question to swap: the topic asked before, and the body, as any short follow-up)
    assert rewrite("Thế Phòng Y tế?", ["Mỗi trường được đăng ký tối đa mấy dự án?"]) == "Mỗi trường được đăng ký tối đa dự án? Phòng Y tế"
    says(rag, "Thế Đoàn TNCS xã?", "Thanh niên số", history=["Theo TB 17 của Đảng ủy xã Phìn Ngài, UBND xã phải làm gì?"])

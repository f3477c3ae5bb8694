"""Known-answer tests for the classes read off eval/blind31–36. Documents: a công văn with an outline
attached after its requests ("ĐỀ CƯƠNG BÁO CÁO …" is no header of the letter); a plan, Thể lệ or
Điều lệ attached after a decision's signature whose "(Ban hành kèm theo …)" closes its title line;
a table typed without its "|---|" rule (its first line still names the columns). Answers: the place an item
opens with ("b) Xã Nậm Khẩu: …; tiếp nhận 01 tủ sách") holding for each of its clauses; follow-ups
swapping a "thị trấn", asking a date of their own in a plain conversation, putting a condition
("Nếu …", "Trường hợp …"), asking when after who ("Hạn xong việc đó …"), or swapping a round or a
level ("Còn đợt 2?", "con cap huyen thi …"); "những ai được tặng"
asking people, not members; "công ty nào" answered by a company's name; "qua mạng" not narrowing a
count; everyday words the documents write their own way ("smartphone", "chạy", "em" for pupils,
PTDTNT); "thù lao", "phụ cấp" asking a sum; "bao nhiêu … một lớp / một tháng" asking one per
unit; "học trực tuyến" answering "ở đâu"; a link asked only given by a web address; a person's phone not given by another person's
line; plain "so", "bao", "trăm" naming no body; documents counted by what they cite, the topic they
speak of or the level that issued them; an acronym glued to the next abbreviation ("TTGDNN-GDTX"). Who-what: a commune an item
opens with; "Phân công tổ chức" and "Phương hướng" sections; a partner's full name ("Ban điều hành
các tổ dân phố"); a note after a body dropped ("(xã biên giới)"); "xác nhận", "kính trình"; people
given work named by name. Each is shown on two shapes written for this file (a district letter as
typed and as exported from Word; a district plan with a schedule table, .txt without the rule and
.md with it; a programme in .md and .txt; a report in two shapes)."""
from __future__ import annotations

import pytest

from conftest import rag_of, says
from kg_rag.answer.asked_detail import asks_members, holds_names
from kg_rag.answer.qualifier import asked_qualifier
from kg_rag.answer.followup import rewrite
from kg_rag.documents.chunking import chunk_document
from kg_rag.documents.structure import parse
from kg_rag.search.coverage import content_terms, covered
from kg_rag.text.normalize import normalize_document

LETTER = """HUYỆN ỦY TÀ HỘC
BAN TUYÊN GIÁO
Số 118-CV/BTGHU
V/v báo cáo kết quả tuyên truyền phong trào Bình dân học vụ số quý III năm 2026
ĐẢNG CỘNG SẢN VIỆT NAM
Tà Hộc, ngày 05 tháng 9 năm 2026

Kính gửi:
- Đảng ủy các xã, thị trấn;
- Trung tâm Văn hóa - Thể thao huyện.

Thực hiện Hướng dẫn số 12-HD/BTGTU ngày 10/8/2026 của Ban Tuyên giáo Tỉnh ủy về tuyên truyền phong trào Bình dân học vụ số, Ban Tuyên giáo Huyện ủy đề nghị các đơn vị thực hiện một số nội dung sau:

1. Đảng ủy các xã, thị trấn tổng hợp kết quả tuyên truyền phong trào Bình dân học vụ số, gửi báo cáo về Ban Tuyên giáo Huyện ủy trước ngày 25/9/2026.

2. Trung tâm Văn hóa - Thể thao huyện đăng tải tin, bài trên Trang thông tin điện tử huyện tại địa chỉ https://tahoc.dcs.vn/bdhvs; gửi số liệu về Ban Tuyên giáo Huyện ủy trước ngày 20/9/2026.

3. Mỗi xã cử 01 cán bộ làm đầu mối nắm bắt dư luận xã hội về phong trào Bình dân học vụ số; gửi danh sách đầu mối trước ngày 15/9/2026.

ĐỀ CƯƠNG BÁO CÁO
(Kèm theo Công văn số 118-CV/BTGHU ngày 05/9/2026 của Ban Tuyên giáo Huyện ủy)

4. Kết quả tuyên truyền: số tin, bài, số buổi sinh hoạt chuyên đề về dư luận xã hội.

5. Khó khăn, vướng mắc và đề xuất.

Quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ đồng chí Hà Thị Mây, chuyên viên Ban Tuyên giáo Huyện ủy, điện thoại 0912 345 678.

Nơi nhận:
- Như kính gửi;
- Lưu: VT.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN
Lò Văn Pấng
"""

PLAN = """ỦY BAN NHÂN DÂN HUYỆN PA THƠM
Số: 71/KH-UBND                                   Pa Thơm, ngày 20 tháng 9 năm 2026

KẾ HOẠCH
Tập huấn kỹ năng số cho người dân huyện Pa Thơm năm 2026

Căn cứ Kế hoạch số 40/KH-UBND ngày 02/8/2026 của Ủy ban nhân dân tỉnh về phổ cập kỹ năng số; Hướng dẫn số 12-HD/BTGTU ngày 10/8/2026 của Ban Tuyên giáo Tỉnh ủy, Ủy ban nhân dân huyện xây dựng Kế hoạch như sau:

1. Mục tiêu: đến cuối năm 2026 có 65% người dân trưởng thành sử dụng thành thạo điện thoại thông minh.

2. Nhiệm vụ của các xã:
a) Xã Huổi Lếch: tổ chức 02 buổi hướng dẫn cài đặt ứng dụng định danh điện tử; tiếp nhận 02 tủ sách cộng đồng.
b) Xã Nậm Khẩu: phối hợp với Huyện đoàn mở lớp kỹ năng số buổi tối; tiếp nhận 01 tủ sách cộng đồng.

3. Lịch tập huấn
| Xã | Thời gian | Địa điểm | Số học viên |
| Xã Huổi Lếch | ngày 12/10/2026, buổi sáng | Nhà văn hóa xã Huổi Lếch | 35 |
| Xã Nậm Khẩu | ngày 14/10/2026, buổi tối | Hội trường Ủy ban nhân dân xã Nậm Khẩu | 40 |

4. Ứng dụng "Pa Thơm số" được đưa vào vận hành từ ngày 01/10/2026.

5. Đơn vị hỗ trợ:
- Công ty TNHH Viễn thông Sao Khuê hỗ trợ lắp đặt 02 điểm phát sóng wifi miễn phí.
- Công ty Cổ phần Dữ liệu Minh An nhập liệu hồ sơ định danh của người dân.

6. Trong năm 2025, Công an huyện đã tiếp nhận 12 tin báo về lừa đảo trực tuyến.

Mọi vướng mắc đề nghị liên hệ ông Vàng A Chu, Phó Chánh Văn phòng Ủy ban nhân dân huyện, điện thoại 0214 3866 123.

7. Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện mở 08 lớp kỹ năng số cho 320 học viên; Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện cấp giấy chứng nhận cho học viên hoàn thành khóa học.

9. Tại lễ khai giảng, thầy Lường Văn Hiếu, giáo viên Trường THCS Nậm Khẩu, trình bày chuyên đề "An toàn khi dùng mạng xã hội".

10. Tổng kinh phí tổ chức các lớp là 96.000.000 đồng; học viên được hỗ trợ tiền ăn 30.000 đồng/học viên/buổi; cán bộ hỗ trợ kỹ thuật được phụ cấp 500.000 đồng hằng tháng.

12. Trường Phổ thông Dân tộc nội trú huyện tuyển 35 học sinh lớp 6; hoàn thành tiếp nhận hồ sơ trước ngày 20/6/2026.

13. Mỗi sản phẩm dự thi "Ý tưởng số" có tác giả hoặc nhóm tác giả không quá 03 người; sản phẩm được áp dụng từ ngày 01/01/2025 trở đi mới được dự thi.

14. Đợt 1 tập huấn cán bộ cốt cán: từ ngày 05/10/2026 đến ngày 07/10/2026 tại Hội trường Huyện ủy.

15. Đợt 2 tập huấn cán bộ cốt cán: từ ngày 20/10/2026 đến ngày 22/10/2026, học trực tuyến.

16. Ngày hội STEM cấp tỉnh tổ chức ngày 15/11/2026 tại Nhà thi đấu tỉnh; Ngày hội STEM cấp huyện tổ chức trong tháng 10/2026.

17. Kỷ niệm 15 năm Ngày hội Tin học trẻ huyện (2011 - 2026): mỗi trường trung học cơ sở tổ chức 01 buổi giao lưu.

18. Khẩu hiệu tuyên truyền: "Mỗi người dân một điện thoại thông minh, mỗi gia đình một tài khoản số".

8. Giảng viên các lớp kỹ năng số do Trung tâm bố trí; thù lao giảng viên do Trung tâm chi trả theo quy định hiện hành.

Nơi nhận:                                             TM. ỦY BAN NHÂN DÂN
- Các xã;                                             CHỦ TỊCH
- Trường PTDTNT huyện;
- Lưu: VT.
                                                      Vàng A Dính
"""
_HEAD = "| Xã | Thời gian | Địa điểm | Số học viên |\n"

PETITION = """PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TÀ HỘC
Số: 22/TTr-PGDĐT                                 Tà Hộc, ngày 10 tháng 9 năm 2026

TỜ TRÌNH
Về việc thành lập Câu lạc bộ Tin học trẻ huyện Tà Hộc

Kính gửi: Ủy ban nhân dân huyện Tà Hộc.

Căn cứ nhiệm vụ năm học 2026 - 2027, Phòng Giáo dục và Đào tạo kính trình Ủy ban nhân dân huyện xem xét, quyết định thành lập Câu lạc bộ Tin học trẻ huyện gồm 40 học sinh.

Nơi nhận:                                             TRƯỞNG PHÒNG
- Như trên;                                           
- Lưu: VT.                                            Cà Văn Pó
"""


PROGRAMME = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH NAM PHONG
Số: 09/CTr-SKHCN                                 Nam Phong, ngày 02 tháng 3 năm 2026

CHƯƠNG TRÌNH
Hội thảo ứng dụng trí tuệ nhân tạo trong quản lý nhà nước

**4. Thời gian, địa điểm:** 8 giờ 00 ngày 25/3/2026, tại Hội trường Sở.

**5. Phân công tổ chức:**

a) Phòng Quản lý khoa học chủ trì tham mưu tổ chức Hội thảo, hoàn thành trước ngày 20/3/2026.

b) Văn phòng Sở chuẩn bị hội trường, âm thanh, tài liệu; gửi giấy mời đại biểu trước ngày 16/3/2026.

c) Đảng ủy phường Bắc Sơn và Đảng ủy xã Nà Mò (xã biên giới) cử đại biểu dự và gửi tham luận.

d) Đề nghị Ủy ban nhân dân các xã xác nhận danh sách đại biểu trước ngày 18/3/2026.

e) Phòng Kế hoạch - Tài chính kính trình Giám đốc Sở phê duyệt dự toán kinh phí.

f) Công an phường Bắc Sơn chủ trì, phối hợp với Ban điều hành các tổ dân phố bảo đảm an ninh, trật tự khu vực Hội thảo.

g) Đồng chí Lường Văn Tâm, Phó Giám đốc Sở, chỉ đạo công tác bảo đảm an toàn thông tin của Hội thảo.

**6. Chuẩn bị kỹ thuật:**

| TT | Nội dung | Người thực hiện | Thời gian |
|---|---|---|---|
| 1 | Chuẩn bị phòng máy và đường truyền trực tuyến | Thầy Lò Văn Khải, nhân viên thiết bị | Trước ngày 20/3/2026 |

Nơi nhận:                                             GIÁM ĐỐC
- Lưu: VT.                                            Hà Văn Mạnh
"""


REPORT = """HỘI KHUYẾN HỌC HUYỆN TÀ HỘC
Số: 21/BC-HKH                                    Tà Hộc, ngày 30 tháng 11 năm 2026

BÁO CÁO
Kết quả công tác khuyến học năm 2026

I. KẾT QUẢ
1. Hội Khuyến học huyện trao 420 suất học bổng cho học sinh nghèo vượt khó.

II. PHƯƠNG HƯỚNG NĂM 2027
1. Tiếp tục vận động quỹ khuyến học trong cán bộ, hội viên.
2. Chi hội khuyến học các xã gửi danh sách học sinh nghèo vượt khó về Văn phòng Hội trước ngày 15/12/2026.

Nơi nhận:                                        CHỦ TỊCH
- Lưu: VP.                                       Lường Thị Hoa
"""


DECISION = """ỦY BAN NHÂN DÂN HUYỆN TÀ HỘC
Số: 1201/QĐ-UBND                                 Tà Hộc, ngày 08 tháng 4 năm 2026

QUYẾT ĐỊNH
Ban hành Kế hoạch tổ chức Hội thi Tin học trẻ huyện Tà Hộc năm 2026

CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN TÀ HỘC

Căn cứ Luật Tổ chức chính quyền địa phương;
Theo đề nghị của Trưởng phòng Giáo dục và Đào tạo huyện.

QUYẾT ĐỊNH:

Điều 1. Ban hành kèm theo Quyết định này Kế hoạch tổ chức Hội thi Tin học trẻ huyện Tà Hộc năm 2026.
Điều 2. Quyết định này có hiệu lực kể từ ngày ký.

Nơi nhận:
- Như Điều 2;
- Lưu: VT.

CHỦ TỊCH
Lò Văn Sính

KẾ HOẠCH
Tổ chức Hội thi Tin học trẻ huyện Tà Hộc năm 2026 (Ban hành kèm theo Quyết định số 1201/QĐ-UBND ngày 08/4/2026 của Chủ tịch UBND huyện)

I. NỘI DUNG
1. Hội thi nhận bài dự thi từ ngày 15/4/2026 đến hết ngày 15/5/2026.
2. Giải Nhất của Hội thi trị giá 5.000.000 đồng.

II. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo chủ trì tổ chức Hội thi.
"""


def _doc(name: str, text: str):
    return parse(name, normalize_document(text))




@pytest.fixture(scope="module")
def rag(tmp_path_factory):
    return rag_of(tmp_path_factory.mktemp("letters_corpus"), tmp_path_factory.mktemp("letters") / "index", {
        "cv_118.txt": LETTER, "kh_71.txt": PLAN,
        "kh_72.md": PLAN.replace("PA THƠM", "PA HAM").replace("Pa Thơm", "Pa Ham").replace("71/KH", "72/KH")
        .replace("Nậm Khẩu", "Nậm Khao").replace(_HEAD, _HEAD + "|---|---|---|---|\n").replace("a) Xã", "- Xã").replace("b) Xã", "- Xã")})




# ---- a letter with an outline attached after its requests -----------------------------------------------

@pytest.mark.parametrize("shape", ["typed", "word"])
def test_an_outline_attached_to_a_letter_is_no_header_of_it(shape):
    text = LETTER if shape == "typed" else LETTER.replace("\n", "\n\n")    # Word: a blank line between paragraphs
    doc = _doc("cv_118.txt", text)
    assert doc.type == "Công văn" and doc.title.startswith("báo cáo kết quả tuyên truyền"), (doc.type, doc.title)
    assert "Trung tâm Văn hóa - Thể thao huyện" in doc.addressees
    chunks = chunk_document(doc)
    request = next(c for c in chunks if "trước ngày 25/9/2026" in c.text)
    assert request.kind != "header", request
    assert any(c.kind != "header" and c.text.startswith("ĐỀ CƯƠNG BÁO CÁO") for c in chunks)


def test_a_type_line_above_the_addressee_still_heads_the_document():
    doc = _doc("ttr_22.txt", PETITION)
    assert doc.type == "Tờ trình" and "thành lập Câu lạc bộ Tin học trẻ" in doc.title, (doc.type, doc.title)


def test_a_letters_requests_are_answered(rag):
    says(rag, "Đảng ủy các xã phải gửi báo cáo trước ngày nào?", "25/9/2026")


@pytest.mark.parametrize("name, commune", [("kh_71.txt", "Nậm Khẩu"), ("kh_72.md", "Nậm Khao")])
def test_a_commune_an_item_opens_with_is_its_actor(name, commune):
    from kg_rag.directives.assignments import doc_assignments
    text = PLAN if name.endswith(".txt") else PLAN.replace("Nậm Khẩu", "Nậm Khao").replace("a) Xã", "- Xã").replace("b) Xã", "- Xã")
    duties = doc_assignments(_doc(name, text))
    mine = [d for d in duties if d.actor == f"Xã {commune}"]
    assert mine and mine[0].task.text.startswith("Phối hợp với Huyện đoàn"), [(d.actor, d.task.text[:40]) for d in duties]
    assert not any(d.actor.startswith("Xã hội") for d in duties)


@pytest.mark.parametrize("shape", ["md", "txt"])
def test_who_a_programmes_division_of_work_assigns(shape):
    from kg_rag.directives.assignments import doc_assignments
    text = PROGRAMME if shape == "md" else PROGRAMME.replace("**", "")
    duties = doc_assignments(_doc(f"ctr_09.{shape}", text))
    actors = {d.actor: d.task.text for d in duties}
    assert actors.get("Văn phòng Sở", "").startswith("Chuẩn bị hội trường"), actors        # "Phân công tổ chức"
    assert ("Đảng ủy phường Bắc Sơn", "Đảng ủy xã Nà Mò") in [d.members for d in duties]   # the note on a body dropped
    assert actors.get("Ủy ban nhân dân các xã", "").startswith("Xác nhận danh sách"), actors
    assert actors.get("Phòng Kế hoạch - Tài chính", "").startswith("Kính trình"), actors
    assert "Ban điều hành các tổ dân phố" in actors, actors          # a partner named in full
    assert actors.get("Lường Văn Tâm", "").startswith("Chỉ đạo") and "Lò Văn Khải" in actors, actors   # people by name


@pytest.mark.parametrize("shape", ["txt", "md"])
def test_a_reports_course_for_next_year_assigns_work(shape):
    from kg_rag.directives.assignments import doc_assignments
    text = REPORT if shape == "txt" else REPORT.replace("\nI. ", "\n## I. ").replace("\nII. ", "\n## II. ")
    actors = {d.actor: d.task.text for d in doc_assignments(_doc(f"bc_21.{shape}", text))}
    assert actors.get("Chi hội khuyến học các xã", "").startswith("Gửi danh sách"), actors
    assert "Hội Khuyến học huyện" not in actors, actors        # what was done is no assignment


@pytest.mark.parametrize("shape, kind", [("txt", "KẾ HOẠCH"), ("md", "KẾ HOẠCH"), ("txt", "THỂ LỆ"), ("md", "THỂ LỆ"), ("md", "ĐIỀU LỆ")])
def test_a_plan_attached_after_the_signature_whose_note_closes_its_title_line(shape, kind):
    text = DECISION.replace("\nKẾ HOẠCH\n", f"\n{kind}\n")
    text = text if shape == "txt" else text.replace("\nI. ", "\n## I. ").replace("\nII. ", "\n## II. ")
    chunks = chunk_document(_doc(f"qd_1201.{shape}", text))
    prize = next((c for c in chunks if "5.000.000 đồng" in c.text), None)
    assert prize is not None and prize.kind not in ("signature", "recipients", "header"), prize


# ---- a table typed without its rule ------------------------------------------------------------------------

@pytest.mark.parametrize("name, ruled", [("kh_71.txt", False), ("kh_72.md", True)])
def test_a_tables_first_line_names_its_columns_with_or_without_the_rule(name, ruled):
    text = PLAN if not ruled else PLAN.replace(_HEAD, _HEAD + "|---|---|---|---|\n")
    rows = [c for c in chunk_document(_doc(name, text)) if c.kind == "row"]
    assert len(rows) == 2 and all(c.context.endswith("Xã; Thời gian; Địa điểm; Số học viên") for c in rows), rows


_TITLED = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH NAM PHONG
Số: 41/SGDĐT-GDTrH                               Nam Phong, ngày 10 tháng 2 năm 2026
V/v triển khai giáo dục an toàn trên mạng

Kính gửi: Các trường trung học phổ thông.

1. Tổ chức chuyên đề "Học sinh với không gian mạng"
Các trường tổ chức ít nhất 02 buổi chuyên đề cho mỗi khối lớp trong học kỳ II,
hoàn thành trước ngày 30/4/2026.
2. Tổ chức Tuần lễ "Em an toàn trên mạng"
Tuần lễ diễn ra từ ngày 09/3/2026 đến ngày 14/3/2026 tại tất cả các trường.
3. Phát động cuộc thi "Lớp học số"
4. Các trường báo cáo kết quả về Sở trước ngày 20/5/2026.
5. Các trường hưởng ứng chương trình "Mỗi ngày một kỹ năng số"
và "Thư viện số".
6. Hội thi "Tin học trẻ"
a) Vòng trường hoàn thành trước ngày 15/3/2026;
b) Vòng tỉnh tổ chức ngày 10/4/2026.

Nơi nhận:                                        GIÁM ĐỐC
- Lưu: VT.                                       Hà Văn Mạnh
"""


@pytest.mark.parametrize("name, text", [("cv_41.txt", _TITLED),      # typed, and as a report in Markdown writes it
                                        ("bc_41.md", _TITLED.replace("1. Tổ chức", "**1. Tổ chức").replace('mạng"\nCác', 'mạng"**\nCác'))])
def test_a_numbered_line_closing_on_a_quoted_name_titles_the_paragraph_under_it(name, text):
    chunks = chunk_document(_doc(name, text))
    week = next(c for c in chunks if "09/3/2026" in c.text)      # the title heads its paragraph
    assert week.context.endswith('2. Tổ chức Tuần lễ "Em an toàn trên mạng"'), week.context
    assert not any(c.kind == "item" and c.text.lstrip("*").startswith(("1.", "2.")) for c in chunks)
    contest = [c for c in chunks if c.text.startswith(("a) Vòng trường", "b) Vòng tỉnh"))]     # a title over items: their heading
    assert len(contest) == 2 and all(c.context.endswith('6. Hội thi "Tin học trẻ"') for c in contest), contest
    assert any(c.kind == "item" and c.text.startswith('3. Phát động cuộc thi "Lớp học số"') for c in chunks)   # an item: 4. follows
    assert any(c.kind == "item" and c.text.startswith("4. Các trường") for c in chunks)
    assert any(c.kind == "item" and c.text.startswith("5. Các trường") and "Thư viện số" in c.text for c in chunks)   # one sentence


def test_a_table_opening_on_figures_has_no_column_names():
    text = PLAN.replace(_HEAD, "| 1 | Xã Bản Pe | 12 | 30 |\n")
    rows = [c for c in chunk_document(_doc("kh_73.txt", text)) if c.kind == "row"]
    assert len(rows) == 3 and not any("Số học viên" in c.context for c in rows)


@pytest.mark.parametrize("commune", ["Nậm Khẩu", "Nậm Khao"])
def test_where_a_row_says_under_its_column_name(rag, commune):
    says(rag, f"Lớp tập huấn ở xã {commune} học ở đâu?", f"Hội trường Ủy ban nhân dân xã {commune}")


# ---- the place an item opens with ----------------------------------------------------------------------------

@pytest.mark.parametrize("commune", ["Nậm Khẩu", "Nậm Khao"])
def test_the_place_an_item_opens_with_holds_for_each_clause(rag, commune):
    says(rag, f"Theo kế hoạch, xã {commune} được nhận mấy tủ sách cộng đồng?", "01 tủ sách")


# ---- follow-ups ----------------------------------------------------------------------------------------------

def test_follow_ups_swapping_a_town_asking_their_own_date_or_putting_a_condition():
    assert rewrite("Còn thị trấn Tà Hộc?", ["Xã Pa Thơm được nhận mấy tủ sách cộng đồng?"]) \
        == "thị trấn Tà Hộc được nhận mấy tủ sách cộng đồng?"
    assert rewrite("Còn xã Pa Ham?", ["Thị trấn Tà Hộc được nhận mấy tủ sách?"]) == "xã Pa Ham được nhận mấy tủ sách?"
    plain = rewrite("con mon chuyen thi hom nao", ["thi vao lop 10 nam nay thi ngay nao, may mon"])
    assert "may" not in plain.split() and plain.endswith("mon chuyen thi hom nao"), plain
    cond = rewrite("Nếu làm không kịp thì có được gia hạn không?", ["Một đề tài cấp tỉnh được làm tối đa bao lâu?"])
    assert cond.startswith("Một đề tài cấp tỉnh") and cond.endswith("gia hạn không"), cond
    cond = rewrite("Trường hợp hồ sơ nộp chậm thì có được xét tuyển không?", ["Hạn nộp hồ sơ đề tài cấp tỉnh là ngày nào?"])
    assert cond.startswith("Hạn nộp hồ sơ đề tài cấp tỉnh"), cond
    assert content_terms(["nếu", "gia_hạn"]) == ["gia_hạn"]
    # ("thầy ấy" in a plain conversation frames the question)


@pytest.mark.parametrize("place", ["pa thom", "pa ham"])
def test_that_teacher_asked_after_a_plain_question(rag, place):
    says(rag, "Chuyên đề của thầy ấy là gì?", "An toàn khi dùng mạng xã hội",
          history=[f"thay luong van hieu o huyen {place} trinh bay chuyen de gi"])


@pytest.mark.parametrize("typed", ["accented", "plain"])
def test_when_that_must_be_done_after_who_does_it(rag, typed):
    from kg_rag.search.coverage import unframed
    assert "hạn" not in unframed("Hạn xong việc đó là khi nào?").lower()
    first = "Ai lo việc tổng hợp kết quả tuyên truyền ở các xã?" if typed == "accented" else "ai lo tong hop ket qua tuyen truyen o cac xa"
    says(rag, "Hạn xong việc đó là khi nào?", "25/9/2026", history=[first])


def test_follow_ups_swapping_a_round_or_a_level():
    assert rewrite("the con dot 2 thi sao", ["Đợt 1 tập huấn học ở đâu, từ ngày nào?"]) == "Đợt 2 tập huấn học ở đâu, từ ngày nào?"
    assert rewrite("con cap huyen thi to chuc luc nao", ["Ngày hội STEM cấp tỉnh tổ chức hôm nào?"]) \
        == "Ngày hội STEM cấp huyện tổ chức hôm nào?"
    assert "cấp huyện Phù Vân" in rewrite("Còn cấp xã?", ["Hội thi cấp huyện Phù Vân tổ chức khi nào?"])   # a place's level stays


@pytest.mark.parametrize("place", ["Pa Thơm", "Pa Ham"])
def test_a_round_and_a_level_swapped_are_answered(rag, place):
    first = f"Đợt 1 tập huấn cán bộ cốt cán huyện {place} học ở đâu, từ ngày nào?"
    says(rag, "Còn đợt 2 thì sao?", "20/10/2026", history=[first])
    says(rag, "con cap huyen thi to chuc luc nao", "tháng 10/2026", history=[f"Ngày hội STEM cấp tỉnh ở huyện {place} tổ chức hôm nào?"])


# ---- what is asked ---------------------------------------------------------------------------------------------

def test_people_given_an_award_are_no_members_and_a_company_is_named():
    assert not asks_members("Sở KH&CN có những ai được tặng bằng khen?")
    assert asks_members("Tổ công tác gồm những ai?") and asks_members("Ban tổ chức có những ai?")
    assert holds_names("- Công ty TNHH Viễn thông Sao Khuê hỗ trợ lắp đặt", "Những công ty nào hỗ trợ xã?")
    assert asked_qualifier("Năm 2025 công an nhận bao nhiêu tin báo lừa đảo qua mạng?") == ("lua", "dao")


def test_everyday_words_the_documents_write_their_own_way():
    assert covered("smartphone", set(), "su dung thanh thao dien thoai thong minh")
    assert covered("~chay", set(), "duoc dua vao van hanh tu ngay 01/10")


@pytest.mark.parametrize("place", ["Pa Thơm", "Pa Ham"])
def test_everyday_words_answered_on_both_shapes(rag, place):
    says(rag, f"Huyện {place} đặt mục tiêu bao nhiêu phần trăm người dân dùng thạo smartphone?", "65%")
    says(rag, f"ung dung {place.lower().replace('ơ', 'o')} so chay tu ngay nao", "01/10/2026")
    says(rag, f"Những công ty nào hỗ trợ huyện {place}?", "Công ty TNHH Viễn thông Sao Khuê")
    says(rag, f"Năm 2025 công an huyện {place} nhận bao nhiêu tin báo lừa đảo qua mạng?", "12 tin báo")


# ---- documents counted by what they cite ------------------------------------------------------------------------

@pytest.mark.parametrize("question, lead, sources", [
    ("Có mấy văn bản viện dẫn Hướng dẫn 12-HD/BTGTU, là những văn bản nào?", "Có 3 văn bản", {"cv_118.txt", "kh_71.txt", "kh_72.md"}),
    ("Những văn bản nào trong bộ tài liệu nhắc trực tiếp đến Kế hoạch 40/KH-UBND?", "Các văn bản", {"kh_71.txt", "kh_72.md"})])
def test_documents_citing_a_directive_counted_and_listed(rag, question, lead, sources):
    a = rag.ask(question)
    assert a.grounded and a.answer.startswith(f"{lead} trong kho liên quan đến"), a.answer
    assert {c.source for c in a.citations} == sources


@pytest.mark.parametrize("question", ["Có bao nhiêu văn bản nói về tủ sách cộng đồng?",
                                      "co bao nhieu van ban de cap tu sach cong dong",
                                      "Có mấy văn bản nói về tủ sách cộng đồng? Là những văn bản nào?"])     # (the topic ends at "?")
def test_documents_counted_by_the_topic_they_speak_of(rag, question):
    a = rag.ask(question)
    first = a.answer.split("\n")[0]
    assert a.grounded and first.startswith("Có 2 văn bản đề cập đến") and first.endswith(("cộng đồng”:", "cong dong”:")), a.answer
    assert {c.source for c in a.citations} == {"kh_71.txt", "kh_72.md"}


@pytest.mark.parametrize("question, n, sources", [
    ("Có mấy văn bản do cấp huyện Pa Thơm ban hành?", 1, {"kh_71.txt"}),
    ("co bao nhieu van ban do cap huyen ban hanh", 3, {"kh_71.txt", "kh_72.md", "cv_118.txt"}),
    ("van ban nao do cap huyen ban hanh", 3, {"kh_71.txt", "kh_72.md", "cv_118.txt"}),       # which, not how many
    ("Trong kho có văn bản nào của huyện Pa Ham không?", 1, {"kh_72.md"}),
])
def test_documents_counted_by_the_level_that_issued_them(rag, question, n, sources):
    a = rag.ask(question)
    assert a.grounded and a.answer.startswith(f"Trong kho có {n} văn bản"), a.answer
    assert {c.source for c in a.citations} == sources
    assert not rag.ask("Văn bản nào do cấp xã ban hành?").grounded          # none: an honest "none"
    # (not a question on what a document rests on, nor one asking more after it)
    a = rag.ask("Kế hoạch tập huấn kỹ năng số của huyện Pa Thơm căn cứ vào văn bản nào của cấp trên?")
    assert a.grounded and "Kế hoạch số 40/KH-UBND" in a.answer, a.answer


@pytest.fixture(scope="module")
def issuers(tmp_path_factory):
    """The Party letter, the district's Phòng and the province's Sở (each named on one line with
    its place, and under the UBND's line as two-column headers write it), the district's decision,
    its Hội, another district's plan."""
    return rag_of(tmp_path_factory.mktemp("issuers_corpus"), tmp_path_factory.mktemp("issuers") / "index", {"cv_118.txt": LETTER, "ttr_22.txt": PETITION, "qd_1201.txt": DECISION, "bc_21.txt": REPORT,
                       "ctr_09.txt": PROGRAMME, "kh_71.txt": PLAN,
                       "ctr_10.txt": PROGRAMME.replace("SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH NAM PHONG", "UBND TỈNH NAM PHONG\nSỞ KHOA HỌC VÀ CÔNG NGHỆ")
                       .replace("09/CTr", "10/CTr").replace("trí tuệ nhân tạo", "dữ liệu lớn"),
                       "ttr_23.txt": PETITION.replace("PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN TÀ HỘC", "UBND HUYỆN TÀ HỘC\nPHÒNG GIÁO DỤC VÀ ĐÀO TẠO")
                       .replace("22/TTr", "23/TTr").replace("Tin học trẻ", "Robot")})


@pytest.mark.parametrize("question, sources", [
    ("Có mấy văn bản do cơ quan cấp huyện Tà Hộc ban hành?", {"cv_118.txt", "ttr_22.txt", "ttr_23.txt", "qd_1201.txt", "bc_21.txt"}),
    ("co may van ban do co quan cap huyen o Ta Hoc ban hanh", {"cv_118.txt", "ttr_22.txt", "ttr_23.txt", "qd_1201.txt", "bc_21.txt"}),
    ("Trong kho có mấy văn bản do cơ quan Đảng ban hành?", {"cv_118.txt"}),
    ("Có mấy văn bản do các cơ quan thuộc UBND huyện Tà Hộc ban hành?", {"ttr_22.txt", "ttr_23.txt", "qd_1201.txt", "bc_21.txt"}),
    ("Có bao nhiêu văn bản do UBND hoặc Sở ban hành?", {"qd_1201.txt", "kh_71.txt", "ctr_09.txt", "ctr_10.txt"}),
    ("Có mấy văn bản do cơ quan cấp tỉnh ban hành?", {"ctr_09.txt", "ctr_10.txt"}),
    ("Có mấy văn bản do một tổ chức cấp huyện Tà Hộc ban hành?", {"cv_118.txt", "ttr_22.txt", "ttr_23.txt", "qd_1201.txt", "bc_21.txt"}),
])
def test_documents_counted_by_the_bodies_of_a_level_the_party_or_either_of_two(issuers, question, sources):
    a = issuers.ask(question)
    assert a.grounded and a.answer.startswith(f"Trong kho có {len(sources)} văn bản"), a.answer
    assert {c.source for c in a.citations} == sources
    assert not issuers.ask("Có mấy văn bản do cơ quan cấp xã ban hành?").grounded


# ---- a sum asked by its name ------------------------------------------------------------------------------------

@pytest.mark.parametrize("place", ["Pa Thơm", "Pa Ham"])
def test_remuneration_asked_is_a_sum_the_passage_must_give(rag, place):
    from kg_rag.answer.asked_type import asked_quantity
    assert asked_quantity("Chủ nhiệm đề tài được hưởng thù lao bao nhiêu một tháng?") == "money"
    assert asked_quantity("Cộng tác viên được phụ cấp bao nhiêu?") == "money"
    a = rag.ask(f"Giảng viên lớp kỹ năng số huyện {place} được hưởng thù lao bao nhiêu?")
    assert not a.grounded, a.answer        # the plan says who pays it, not how much


@pytest.mark.parametrize("place", ["Pa Thơm", "Pa Ham"])
def test_a_sum_asked_per_unit_with_mot(rag, place):
    says(rag, f"Ở huyện {place} học viên được hỗ trợ tiền ăn bao nhiêu một buổi?", "30.000 đồng")
    a = rag.ask(f"Kinh phí tổ chức lớp kỹ năng số huyện {place} là bao nhiêu tiền một lớp?")
    assert not a.grounded, a.answer          # the plan gives the total, not a sum per class
    says(rag, f"Cán bộ hỗ trợ kỹ thuật ở huyện {place} được phụ cấp bao nhiêu một tháng?", "500.000 đồng")


def test_a_link_asked_is_a_web_address():
    from kg_rag.answer.asked_detail import holds_link
    assert holds_link("tại địa chỉ https://tahoc.dcs.vn/bdhvs") and holds_link("website sokhcn.gov.vn")
    assert not holds_link("thư điện tử btg@tahoc.dcs.vn") and not holds_link("trên Trang thông tin điện tử huyện")


@pytest.mark.parametrize("question, answered", [
    ("Link trang đăng tin, bài về Bình dân học vụ số của huyện Tà Hộc là gì?", True),
    ("Link đăng ký học lớp kỹ năng số huyện Pa Thơm là gì?", False),
    ("link dang ky hoc lop ky nang so huyen pa ham la gi", False),
])
def test_a_link_is_given_only_by_a_passage_writing_one(rag, question, answered):
    a = rag.ask(question)
    assert a.grounded == answered and (not answered or "https://tahoc.dcs.vn/bdhvs" in a.answer), a.answer


def test_words_typed_plain_that_name_no_body_nor_sum():
    from kg_rag.answer.asked_type import asked_quantity
    from kg_rag.answer.asked_when import asks_when
    from kg_rag.answer.named import body_span
    from kg_rag.search.coverage import unframed
    assert body_span("dat bao nhieu phan tram so voi ke hoach?") is None          # no "Báo", "Trạm", "Sở"
    assert body_span("so giao duc phai lam gi") == (0, 11) and body_span("so khcn chu tri viec gi") is not None
    assert asked_quantity("nhom tac gia du thi toi da may nguoi") != "money"       # "tác giả", no "giá"
    from kg_rag.answer.named import named_things                                  # no "Ban", "Hội" ending a word
    for q in ("ky nang so co ban toi thieu la gi", "nguon xa hoi hoa ca giai doan", "van ban huong dan chi tiet so may",
              "cau hoi thuong gap gom nhung gi", "xuat ban tai lieu huong dan"):
        assert named_things(q) == [], q
    assert named_things("hoi khuyen hoc xa lam gi") == ["hoi khuyen hoc"]
    # (nor a school whose "name" is the count going on: "trường THPT cử mấy người")
    assert named_things("truong THPT cu may nguoi theo CV 612?") == [] and named_things("xa cu may ho dat chuan") == []
    assert named_things("truong thcs ngoc may cu may nguoi") == ["ngoc may"] and named_things("huyen suoi may co gi") == ["suoi may"]
    assert asks_when("Giải pháp áp dụng từ thời điểm nào trở đi?") and "thời điểm" not in unframed("từ thời điểm nào trở đi?")
    from kg_rag.text.genre import expand_abbreviations
    assert "văn hóa - xã hội" in expand_abbreviations("Công chức VH-XH xã") and "thông tin điện tử" in expand_abbreviations("cổng TTĐT")


@pytest.mark.parametrize("place", ["Pa Thơm", "Pa Ham"])
def test_which_anniversary_is_an_ordinal_not_a_length_of_days(rag, place):
    from kg_rag.answer.holds import asked_kind
    assert asked_kind(rag.snapshot().read_query("Năm 2026 là kỷ niệm lần thứ bao nhiêu Ngày hội Tin học trẻ?")) == "ordinal"
    says(rag, f"Năm 2026 là kỷ niệm lần thứ bao nhiêu Ngày hội Tin học trẻ huyện {place}?", "15 năm")
    says(rag, f"nam 2026 huyen {place.lower().replace('ơ', 'o')} ky niem lan thu may ngay hoi tin hoc tre", "15 năm")


@pytest.mark.parametrize("place", ["pa thom", "pa ham"])
def test_words_typed_plain_answered(rag, place):
    says(rag, f"y tuong so huyen {place} nhom tac gia toi da may nguoi", "không quá 03 người")
    says(rag, f"San pham y tuong so huyen {place} phai ap dung tu thoi diem nao tro di?", "01/01/2025")
    says(rag, f"muc tieu co ban toi cuoi nam 2026 cua huyen {place} la bao nhieu phan tram nguoi dan dung thanh thao dien thoai", "65%")


# ---- a contact asked of a person -------------------------------------------------------------------------------

@pytest.mark.parametrize("person, other", [("Hà Thị Mây", "Lò Văn Pấng"), ("Vàng A Chu", "Vàng A Dính")])
def test_a_persons_contact_is_not_another_persons_line(rag, person, other):
    says(rag, f"Số điện thoại của đồng chí {person} là bao nhiêu?", "0")
    plain = rag.ask(f"so dien thoai cua dong chi {other.lower()} la bao nhieu".replace("à", "a").replace("ò", "o")
                    .replace("ă", "a").replace("ấ", "a").replace("í", "i").replace("ị", "i"))
    assert not plain.grounded, plain.answer
    assert not rag.ask(f"Số điện thoại của đồng chí {other} là bao nhiêu?").grounded


@pytest.mark.parametrize("question, person", [
    ("Cần hỏi thêm về báo cáo tuyên truyền Bình dân học vụ số quý III thì liên hệ ai?", "Hà Thị Mây"),
    ("Muốn hỏi thêm về lớp kỹ năng số buổi tối ở huyện Pa Thơm thì liên hệ ai?", "Vàng A Chu"),
    ("Muốn hỏi thêm về lớp kỹ năng số buổi tối ở huyện Pa Ham thì liên hệ ai?", "Vàng A Chu"),
])
def test_whom_to_contact_is_the_letters_contact_line_wherever_it_stands(rag, question, person):
    says(rag, question, person)


@pytest.mark.parametrize("place", ["Pa Thơm", "Pa Ham"])
def test_a_sum_is_no_phone_number_and_a_call_is_answered_by_the_contact_line_alone(rag, place):
    from kg_rag.answer.asked_detail import holds_contact
    assert not holds_contact("Tổng kinh phí tổ chức các lớp là 96.000.000 đồng") and holds_contact("điện thoại 0214 3866 123")
    a = rag.ask(f"Muốn hỏi về kinh phí tổ chức các lớp kỹ năng số huyện {place} thì gọi ai?")
    assert a.grounded and "0214 3866 123" in a.answer and "96.000.000" not in a.answer, a.answer


@pytest.mark.parametrize("place", ["Pa Thơm", "Pa Ham"])
def test_the_askers_own_words_are_no_subject(rag, place):
    says(rag, f"Cho tôi vài công ty hỗ trợ huyện {place} trong kho?", "Sao Khuê")
    says(rag, f"Khẩu hiệu tuyên truyền tập huấn kỹ năng số huyện {place} là câu gì?", "Mỗi người dân một điện thoại")


def test_industrial_zones_written_out():
    from kg_rag.text.genre import expand_abbreviations
    assert "Tuyên giáo và Dân vận" in expand_abbreviations("Ban TG&DV Tỉnh ủy")
    spelled = expand_abbreviations("BQL các KCN, CCN và KKT")
    assert all(w in spelled for w in ("Ban Quản lý", "khu công nghiệp", "cụm công nghiệp", "khu kinh tế")), spelled


@pytest.mark.parametrize("number", ["71", "72"])
def test_who_is_the_signer_is_answered_by_the_signature(rag, number):
    says(rag, f"Ai là người ký Kế hoạch {number}/KH-UBND, chức vụ gì?", "Vàng A Dính")     # (a one-letter middle name)


@pytest.mark.parametrize("name, text", [("cv_41.txt", _TITLED), ("cv_42.txt", _TITLED.replace(
    "V/v triển khai giáo dục an toàn trên mạng", "V/v triển khai Kế hoạch số\n27/KH-UBND ngày 20/01/2026 của\nUBND tỉnh về giáo dục an toàn trên mạng"))])
def test_a_letters_subject_wrapped_at_a_number_is_its_title_and_heads_its_listing(tmp_path, name, text):
    assert _doc(name, text).title.endswith("giáo dục an toàn trên mạng")
    rag = rag_of(tmp_path / "c", tmp_path / "i", {name: text})
    a = rag.ask("Có mấy văn bản do Sở ban hành?")
    assert a.citations[0].n == 1 and a.to_dict()
    quote = a.citations[0].quote          # its number and subject, not the issuer's lines above them
    assert a.grounded and quote.startswith("Số: 41/SGDĐT-GDTrH") and "V/v triển khai" in quote and quote.endswith("trên mạng"), quote


@pytest.mark.parametrize("question, signer", [("Ai là người ký Báo cáo 21/BC-HKH, chức vụ gì?", "Lường Thị Hoa"),
                                              ("Ai là người ký Quyết định 1201/QĐ-UBND?", "Lò Văn Sính")])
def test_who_is_the_signer_of_a_document_naming_no_one_else(issuers, question, signer):
    says(issuers, question, signer)


@pytest.mark.parametrize("place", ["Pa Thơm", "Pa Ham"])
def test_a_syllable_typed_with_the_wrong_diacritics_is_read_as_the_documents_write_it(rag, place):
    says(rag, f"Ngày hôi STEM cấp huyện {place} tổ chức vào tháng nào?", "tháng 10/2026")
    says(rag, f"Hạn nộp hô sơ tuyển sinh lớp 6 Trường PTDTNT huyện {place} là khi nào?", "20/6/2026")


def test_fix_typos_keeps_what_the_corpus_writes():
    from kg_rag.search.diacritics import Restorer
    grams = {"1:hoi": ("hội", 9), "1:nop": ("nộp", 4), "1:so": ("số", 30), "1:may": ("máy", 7), "1:ho": ("hồ", 5), "2:ngay hoi": ("ngày hội", 3),
             "w:ho_so": ("hồ_sơ", 5), "w:cau_hoi": ("câu_hỏi", 2)}
    r = Restorer(grams.get)
    written = {"ngày", "hội", "hồi", "hương", "nộp", "hồ", "sơ", "số", "sổ", "stem", "câu", "hỏi"}.__contains__
    assert r.fix_typos("Ngày hồi hương", written) == "Ngày hồi hương"       # a syllable the corpus writes: no typo
    assert r.fix_typos("Câu hôi thường gặp", written) == "Câu hỏi thường gặp"      # the word it makes with its neighbour
    assert r.fix_typos("Ngày hôi STEM, hạn nộp hô sơ", written) == "Ngày hội STEM, hạn nộp hồ sơ"
    assert r.fix_typos("mấy trường, hạn nôp", written) == "mấy trường, hạn nôp"     # no word with a neighbour: as typed
    assert r.fix_typos("Sổ hồ sơ", written) == "Sổ hồ sơ"            # written as typed: another word, kept


@pytest.mark.parametrize("question, date", [("Kế hoạch 71/KH-UBND của huyện Pa Thơm ra ngày nào?", "ngày 20 tháng 9 năm 2026"),
                                            ("KH 72 ra vào ngày nào?", "ngày 20 tháng 9 năm 2026"),
                                            ("Công văn 118 của Ban Tuyên giáo ra ngày nào?", "ngày 05 tháng 9 năm 2026")])
def test_the_day_a_document_came_out_is_its_date(rag, question, date):
    says(rag, question, date)


@pytest.mark.parametrize("name", ["cv_43.txt", "cv_43.md"])
def test_a_letters_contact_line_answers_a_call_however_low_it_ranks(tmp_path, name):
    items = "\n".join(f"{i}. Cuộc thi Học sinh với chuyển đổi số vòng {i} tổ chức tại trường." for i in range(1, 6))
    text = _TITLED.replace("Nơi nhận:", items + "\n\nĐầu mối: bà Lò Thị Én, chuyên viên, "
                           "điện thoại 0214 3855 777.\n\nNơi nhận:")
    rag = rag_of(tmp_path / "c", tmp_path / "i", {name: text})
    a = rag.ask("Muốn hỏi chi tiết về cuộc thi học sinh với chuyển đổi số thì gọi ai?")
    assert a.grounded and "0214 3855 777" in a.answer, a.answer


# ---- an acronym glued to the next abbreviation ---------------------------------------------------------------

def test_an_acronym_glued_to_the_next_abbreviation_is_read_on_its_own():
    from kg_rag.search.acronyms import spell_out
    from kg_rag.text.normalize import fold
    text = "Trung tâm Giáo dục nghề nghiệp huyện mở lớp. Trung tâm Giáo dục nghề nghiệp tỉnh. Số 36/TB-TTGDNN-GDTX"
    corpus = lambda: (fold(text).lower(), text)
    assert spell_out("TB 36 của TTGDNN-GDTX hạn chót", lambda w: False, corpus) \
        == "TB 36 của trung tâm Giáo dục nghề nghiệp - GDTX hạn chót"
    assert spell_out("Số 36/TB-TTGDNN-GDTX", lambda w: False, corpus) == "Số 36/TB-TTGDNN-GDTX"   # inside a number
    text2 = "phát triển văn hóa; phát triển thể thao; văn hóa học đường"
    corpus2 = lambda: (fold(text2).lower(), text2)      # (not "PT-TH", "VH-TT&DL": abbreviations of their own)
    assert spell_out("Báo và PT-TH tỉnh, Sở VH-TT&DL", lambda w: False, corpus2) == "Báo và PT-TH tỉnh, Sở VH-TT&DL"


@pytest.mark.parametrize("place", ["Pa Thơm", "Pa Ham"])
def test_an_acronym_glued_to_the_next_abbreviation_answered(rag, place):
    says(rag, f"TTGDNN-GDTX huyện {place} mở lớp kỹ năng số cho bao nhiêu học viên?", "320 học viên")

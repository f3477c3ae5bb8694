"""Known-answer tests for the classes read off eval/blind69: "Đồn Biên phòng X" is a body given work
("Đồn BP X phải làm gì?"); "năm học 2026-2027" is a school year of its own, none of a text's
"2025-2026" (and "Thế còn năm 2023?" swaps it whole); "học sinh THPT" is not answered by a text
on "tiểu học, trung học cơ sở"; "Mỗi người được thưởng bao nhiêu tiền?" after "… bao nhiêu tập thể và cá nhân?" asks the
money, and "mỗi người" is the text's "mỗi cá nhân"; "hs ban tru" typed plain is "học sinh bán trú",
no body "Ban Trú …", and "xa ngai de" the commune Ngài Dề (a name may end in "Dề"); "… gồm những ai?"
is answered by "32 tình nguyện viên, chủ yếu là sinh viên …"; "Xã nào … thấp nhất?" is answered by
the sentence that says so rather than by a column guessed; "Có mấy văn bản giao việc cho X?" counts
the documents giving X work; "Theo báo cáo …, Phòng X được đề nghị làm gì?" answers from the
report the question describes; "Bảng C", "Đợt 3" are none of a text's "Bảng A, B", "Đợt I, II"; "học bổng
bao nhiêu" asks money; a heading's label ("Chương I.", "QUY ĐỊNH CHUNG") answers nothing; "… là những đơn vị tiêu biểu
nào?" is answered by the items under "I. ĐƠN VỊ TIÊU BIỂU (02 đơn vị)". Each on two shapes written for this file: the documents as typed
(.txt) and as Markdown."""
from __future__ import annotations

import pytest

from conftest import rag_of, says
from kg_rag.answer.followup import rewrite
from kg_rag.answer.named import mentioned, named_things

PLAN = """ỦY BAN NHÂN DÂN HUYỆN SÌ LỞ
Số: 58/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Sì Lở, ngày 12 tháng 5 năm 2025

KẾ HOẠCH
Tổ chức hoạt động hè và hỗ trợ học sinh bán trú các trường phổ thông dân tộc bán trú năm học 2025-2026

I. MỤC TIÊU
1. Vận động 100% học sinh bán trú trở lại trường đúng hạn trong năm học 2025-2026.
2. Mỗi học sinh bán trú được hỗ trợ tiền ăn 900.000 đồng/tháng; hỗ trợ tiền chất đốt nấu ăn 40.000 đồng/học sinh/tháng.

II. NỘI DUNG
1. Nhóm tình nguyện số 3 – xã Ngài Dề: 32 tình nguyện viên, chủ yếu là sinh viên Trường Cao đẳng Sư phạm tỉnh.
2. Nhóm tình nguyện số 4 – xã Sáo Hồ: 28 tình nguyện viên, trong đó có 06 chiến sĩ trẻ Đồn Biên phòng Sáo Hồ.
3. Lớp “Em vui đến trường” mở tại xã Sáo Hồ, khai giảng ngày 16/6/2025, học trong 5 tuần.
4. Năm 2025 huyện khen thưởng 03 tập thể và 10 cá nhân có thành tích vận động học sinh ra lớp.
5. Mỗi tập thể được thưởng 1.500.000 đồng, mỗi cá nhân được thưởng 800.000 đồng kèm theo Giấy khen.
6. Mỗi trường gửi danh sách ít nhất 10 học sinh có nguy cơ bỏ học cho nhóm tình nguyện.

III. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục và Đào tạo chủ trì, phối hợp với các trường tổng hợp danh sách học sinh bán trú trước ngày 20/6/2025.
2. Phòng Giáo dục và Đào tạo, Phòng Nội vụ, Phòng Tài chính - Kế hoạch báo cáo kết quả huy động học sinh năm học 2024-2025 về UBND huyện trước ngày 30/6/2025.
3. Đồn Biên phòng Sáo Hồ cử cán bộ, chiến sĩ cùng giáo viên đến từng gia đình vận động học sinh trở lại lớp.
4. Giao Phòng Nội vụ in Giấy khen, tổ chức trao thưởng cho các tập thể, cá nhân vận động học sinh ra lớp.
5. Hiệu trưởng các trường tiểu học, trung học cơ sở chịu trách nhiệm thi hành Kế hoạch này.

Nơi nhận:
- Các xã;
- Lưu: VT.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Giàng Seo Phử
"""

REPORT = """PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN SÌ LỞ
Số: 31/BC-PGDĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Sì Lở, ngày 05 tháng 6 năm 2025

BÁO CÁO
Kết quả huy động học sinh năm học 2024-2025

I. KẾT QUẢ
1. Kết quả huy động trẻ theo xã:

| Xã | Trẻ 6 tuổi | Vào lớp 1 | Tỷ lệ (%) |
|---|---|---|---|
| Ngài Dề | 120 | 118 | 98,3 |
| Sáo Hồ | 95 | 95 | 100 |
| Phin Ngan | 80 | 79 | 98,8 |

2. Xã Ngài Dề có tỷ lệ trẻ 6 tuổi vào lớp 1 thấp nhất (98,3%) do nhiều gia đình đi làm ăn xa.
3. Năm 2023, toàn huyện có 1.950 học sinh bán trú.
4. Học sinh trường phổ thông dân tộc nội trú tiếp tục hưởng chế độ học bổng chính sách theo hướng dẫn riêng.

II. KIẾN NGHỊ
1. Đề nghị Phòng Nội vụ bổ sung 12 biên chế giáo viên cho các trường vùng khó.

Nơi nhận:
- UBND huyện;
- Lưu: VT.

TRƯỞNG PHÒNG
Vàng A Sểnh
"""

NOTICE = """UBND XÃ SÁO HỒ
Số: 09/TB-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Sáo Hồ, ngày 02 tháng 6 năm 2025

THÔNG BÁO
Lịch họp phụ huynh đầu hè năm 2025

1. Các bản họp phụ huynh vào sáng Chủ nhật, ngày 08/6/2025, tại nhà văn hóa bản.
2. Trưởng các bản ghi biên bản và gửi về UBND xã trước ngày 10/6/2025.

Nơi nhận:
- Các bản;
- Lưu: VP.

CHỦ TỊCH
Sùng A Tủa
"""

CONTEST = """HỘI LIÊN HIỆP PHỤ NỮ HUYỆN SÌ LỞ
Số: 12/TL-HPN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Sì Lở, ngày 20 tháng 7 năm 2025

THỂ LỆ
Cuộc thi kể chuyện “Mẹ đưa em đến trường” năm 2025

I. ĐỐI TƯỢNG
1. Bảng A dành cho học sinh tiểu học; Bảng B dành cho học sinh trung học cơ sở.

II. THỜI GIAN NỘP BÀI
- Đợt I: từ ngày 01/8/2025 đến hết ngày 15/8/2025.
- Đợt II: từ ngày 01/9/2025 đến hết ngày 15/9/2025.

Nơi nhận:
- Các chi hội;
- Lưu: VP.

CHỦ TỊCH
Thào Thị Mỷ
"""

RULES = """ỦY BAN NHÂN DÂN HUYỆN SÌ LỞ
Số: 77/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Sì Lở, ngày 02 tháng 8 năm 2025

QUY CHẾ
Xét tặng Giải thưởng Sáng kiến vùng cao huyện Sì Lở

Chương I. QUY ĐỊNH CHUNG
Điều 1. Phạm vi
1. Giải thưởng tổ chức hai năm một lần; lần đầu trong năm 2025.
2. Sáng kiến dự xét thuộc 03 lĩnh vực: a) Trồng trọt, chăn nuôi; b) Dạy học vùng cao; c) Du lịch cộng đồng.
Chương II. TỔ CHỨC THỰC HIỆN
Điều 2. Sửa đổi, bổ sung Quy chế
Quy chế có hiệu lực kể từ ngày ký.

CHỦ TỊCH
Giàng Seo Phử
"""

AWARDS = """PHÒNG GIÁO DỤC VÀ ĐÀO TẠO HUYỆN SÌ LỞ
Số: 40/QĐ-PGDĐT
Sì Lở, ngày 10 tháng 6 năm 2025

QUYẾT ĐỊNH
Về việc công nhận đơn vị tiêu biểu năm học 2024-2025

Điều 1. Công nhận 02 đơn vị tiêu biểu; mỗi đơn vị được tặng Giấy khen kèm theo tiền thưởng 2.000.000 đồng.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.

TRƯỞNG PHÒNG
Vàng A Sểnh

DANH SÁCH ĐƠN VỊ TIÊU BIỂU
(Kèm theo Quyết định số 40/QĐ-PGDĐT)
I. ĐƠN VỊ TIÊU BIỂU (02 đơn vị)
1. Trường PTDTBT Tiểu học Sáo Hồ: không có em nào bỏ học trong cả năm.
2. Tổ nấu ăn Trường PTDTBT THCS Ngài Dề: nấu ăn an toàn suốt năm.
"""


def _md(text: str) -> str:
    for head in ("KẾ HOẠCH", "BÁO CÁO", "THÔNG BÁO", "THỂ LỆ"):
        text = text.replace(f"\n{head}\n", f"\n# {head}\n")
    return text.replace("\nI. ", "\n## I. ").replace("\nII. ", "\n## II. ").replace("\nIII. ", "\n## III. ")


@pytest.fixture(scope="module", params=["txt", "md"])
def rag(request, tmp_path_factory):
    ext = request.param
    conv = _md if ext == "md" else (lambda t: t)
    return rag_of(tmp_path_factory.mktemp(f"rewards_corpus_{ext}"), tmp_path_factory.mktemp(f"rewards_{ext}") / "index",
                  {f"kh_58.{ext}": conv(PLAN), f"bc_31.{ext}": conv(REPORT), f"tb_09.{ext}": conv(NOTICE),
                   f"tl_12.{ext}": conv(CONTEST), f"qc_77.{ext}": conv(RULES),
                   f"qd_40.{ext}": conv(AWARDS)})


def test_a_border_post_is_a_body_given_work(rag):
    says(rag, "Đồn Biên phòng Sáo Hồ phải làm gì?", "đến từng gia đình vận động", absent=("28 tình nguyện viên",))
    says(rag, "Văn bản nào giao việc cho Đồn Biên phòng Sáo Hồ?", "Các văn bản giao việc cho Đồn Biên phòng Sáo Hồ")


def test_a_school_year_is_named_whole():
    assert named_things("Mức hỗ trợ tiền ăn năm học 2026-2027 là bao nhiêu?") == ["2026-2027"]
    assert not mentioned("2026-2027", "nam hoc 2025-2026") and mentioned("2025-2026", "nam hoc 2025 – 2026")


def test_another_school_year_is_not_answered(rag):
    assert not rag.ask("Năm học 2026-2027 học sinh bán trú được hỗ trợ tiền ăn bao nhiêu?").grounded
    says(rag, "Năm học 2025-2026 học sinh bán trú được hỗ trợ tiền ăn bao nhiêu?", "900.000 đồng")
    # (a figure written for another year is none of the school year's)
    assert not rag.ask("Năm học 2024-2025 toàn huyện có bao nhiêu học sinh bán trú?").grounded


def test_a_school_level_the_documents_do_not_cover(rag):
    assert named_things("Học sinh THPT bán trú ở đâu?") == ["cap thpt"]
    # (a school's name, not its level: the school whole, test_schools_forms_and_rounds.py)
    assert named_things("Trường THPT Sì Lở có bao nhiêu học sinh?") == ["truong thpt si lo", "si lo"]
    assert not rag.ask("Học sinh THPT bán trú được hỗ trợ tiền ăn bao nhiêu?").grounded
    says(rag, "Học sinh THCS bán trú được hỗ trợ tiền ăn bao nhiêu?", "900.000 đồng")


def test_a_follow_up_swapping_a_school_year_for_a_year(rag):
    first = "Năm học 2024-2025 toàn huyện có bao nhiêu học sinh bán trú?"
    assert rewrite("Thế còn năm 2023?", [first]) == "Năm học 2023 toàn huyện có bao nhiêu học sinh bán trú?"
    says(rag, "Thế còn năm 2023?", "1.950", history=[first])


def test_money_asked_after_a_count(rag):
    first = "Năm 2025 huyện khen thưởng bao nhiêu tập thể và cá nhân?"
    assert "bao nhiêu tập thể" not in rewrite("Mỗi người được thưởng bao nhiêu tiền?", [first])
    says(rag, "Mỗi người được thưởng bao nhiêu tiền?", "800.000 đồng", history=[first])


def test_a_scholarship_asked_is_money(rag):
    from kg_rag.answer.asked_type import asked_quantity
    assert asked_quantity("Cán bộ tăng cường được trợ cấp bao nhiêu một tháng?") == "money"
    assert not rag.ask("Học sinh trường phổ thông dân tộc nội trú được học bổng bao nhiêu một tháng?").grounded


def test_each_person_is_each_individual(rag):
    says(rag, "Mỗi người được thưởng bao nhiêu tiền kèm theo Giấy khen?", "800.000 đồng")


def test_words_typed_plain_that_are_no_names(rag):
    says(rag, "tien chat dot cho hs ban tru ho tro bao nhieu", "40.000 đồng")
    says(rag, "nhom tinh nguyen so 3 o xa ngai de co bao nhieu nguoi", "32 tình nguyện viên")
    assert not rag.ask("lop em vui den truong o xa ngai de khai giang ngay nao").grounded     # (it opens in Sáo Hồ)


def test_who_a_group_is_made_of(rag):
    says(rag, "Nhóm tình nguyện số 3 gồm những ai?", "chủ yếu là sinh viên")


def test_a_ranking_the_text_writes(rag):
    says(rag, "Xã nào có tỷ lệ trẻ 6 tuổi vào lớp 1 thấp nhất?", "Ngài Dề", absent=("Phin Ngan",))


def test_at_least_is_no_ranking(rag):
    from kg_rag.answer.ranked import extreme_row
    snap = rag.snapshot()
    for q, ranked in (("Mỗi trường gửi danh sách ít nhất mấy học sinh, hạn khi nào?", False),
                      ("Xã nào có tỷ lệ trẻ 6 tuổi vào lớp 1 thấp nhất?", True)):
        assert (extreme_row(snap, q, snap.search(snap.read_query(q), k=10)) is not None) == ranked, q


def test_a_school_level_does_not_make_a_follow_up_stand_alone():
    history = ["tap huan giao vien ve AI to chuc o dau, ngay nao", "Mỗi trường THPT cử mấy người đi?"]
    assert rewrite("gui danh sach qua email nao, han may", history).startswith("tap huan giao vien ve AI")


def test_how_many_documents_give_a_body_work(rag):
    says(rag, "Có mấy văn bản giao việc cho Phòng Nội vụ?", "Có 2 văn bản giao việc cho Phòng Nội vụ")


def test_a_body_asked_of_the_document_described(rag):
    says(rag, "Theo báo cáo kết quả huy động học sinh năm học 2024-2025, Phòng Nội vụ được giao việc gì?",
         "12 biên chế", absent=("in Giấy khen", "trước ngày 30/6/2025"))


def test_a_group_or_round_the_text_does_not_have(rag):
    says(rag, "Bảng B dành cho đối tượng nào?", "học sinh trung học cơ sở")
    assert not rag.ask("Bảng C dành cho đối tượng nào?").grounded
    assert not rag.ask("bang c cua cuoc thi ke chuyen danh cho ai").grounded
    says(rag, "Đợt 2 nộp bài từ ngày nào?", "01/9/2025")
    assert not rag.ask("Đợt 3 nộp bài từ ngày nào?").grounded
    assert named_things("Gửi bài bằng e-mail nào?") == []          # ("bằng" is no group)


def test_a_headings_label_answers_nothing(rag):
    says(rag, "Giải thưởng xét ở những lĩnh vực nào?", "Du lịch cộng đồng",
         absent=("QUY ĐỊNH CHUNG", "Chương I", "Sửa đổi"))
    says(rag, "Quy chế xét tặng giải thưởng có những chương nào?", "Chương I")    # (unless the parts are asked)


def test_the_items_under_the_heading_naming_what_is_listed(rag):
    says(rag, "Hai đơn vị tiêu biểu được tặng giấy khen là những đơn vị tiêu biểu nào?", "Tiểu học Sáo Hồ", "Tổ nấu ăn",
         absent=("2.000.000",))

"""Known-answer tests for classes read off eval/blind134–136.

Joint plans: "KẾ HOẠCH LIÊN NGÀNH" over its subject line is titled "liên ngành <subject>" ("LIÊN NGÀNH" says how
it was made, no title), users name it "kế hoạch liên ngành 52" or "KH của 2 Sở", and it is signed by two Sở at once:
their blocks one under the other (.txt) or side by side in a Markdown table (.md) are both signers.
Schools: "Trường Tiểu học Lũng Phìn" is the table's "TH Lũng Phìn" (its capitals name no "Trường Tiểu").
Rates: "tỷ lệ dân nông thôn" is the text's "tỷ lệ dân số nông thôn"; "tỷ lệ mẫu nước đạt" in a report
on water is its table's "Tỷ lệ đạt" under "Số mẫu" ("nước" the report's subject).
People: "bác sĩ Hà Văn Lộc" is a person; "cụm 1" is the text's "Cụm trường số 1";
"Pác Hà Thượng, ngày 05 tháng 9 …" is the place-date line, nobody's name; a body chairing the meeting
answers "Ai chủ trì hội thảo …?"; "Báo cáo viên: TS. …" lists the speakers asked; the e-mail "của Thanh tra
Sở …" is that body's, which a line of someone else's does not give.
Frames: "trong khoảng thời gian nào", "được chia cho những hoạt động nào" ask the
kind of answer, not words for the text to repeat.
Who: "Theo KH 52, ai chủ trì tập huấn NVYT trường học?" asks the actor of that task — "trường học" in
it is the task's object, not the body asked about.
Follow-ups: "Còn sâu răng thì sao?" swaps the thing a rate is of; "Phó chủ tịch hội đồng là ai?" and
"Còn thư ký?" the title asked; "Còn khoản tập huấn thì được bao nhiêu?" asks that item's money;
"Còn khám sàng lọc răng miệng thì ai chủ trì?" asks that task's lead.

Each on two shapes written for this file (as typed, .txt, and Markdown)."""
from __future__ import annotations

import pytest

from conftest import as_markdown, says, shaped_rag
from kg_rag.answer.followup import rewrite
from kg_rag.answer.holds import holds
from kg_rag.answer.named import mentioned, named_things
from kg_rag.answer.people import people_named
from kg_rag.search.coverage import unframed
from kg_rag.text.user_refs import parse_user_refs

SIGNED_TXT = """KT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO
PHÓ GIÁM ĐỐC
(đã ký)
Lục Văn Thành

KT. GIÁM ĐỐC SỞ Y TẾ
PHÓ GIÁM ĐỐC
(đã ký)
Đinh Thị Hoa
"""

SIGNED_MD = """| KT. GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO | KT. GIÁM ĐỐC SỞ Y TẾ |
|---|---|
| PHÓ GIÁM ĐỐC | PHÓ GIÁM ĐỐC |
| (đã ký) | (đã ký) |
| **Lục Văn Thành** | **Đinh Thị Hoa** |
"""

JOINT = """ỦY BAN NHÂN DÂN TỈNH LẠC KHÊ NAM
SỞ Y TẾ - SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 52/KH-SYT-SGDĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lạc Khê Nam, ngày 14 tháng 8 năm 2026

KẾ HOẠCH LIÊN NGÀNH
Chăm sóc sức khỏe học sinh năm học 2026 - 2027

I. CHỈ TIÊU
1. Giảm tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ mầm non xuống dưới 11%.
2. 100% trường học có nhân viên y tế được tập huấn.

II. NHIỆM VỤ
| STT | Nhiệm vụ | Cơ quan chủ trì | Cơ quan phối hợp | Thời gian hoàn thành |
|---|---|---|---|---|
| 1 | Khám sàng lọc thị lực học sinh lớp 1, lớp 5 | Bệnh viện Mắt tỉnh | Các trường học | Quý IV/2026 |
| 2 | Khám sàng lọc răng miệng học sinh tiểu học | Bệnh viện Đa khoa tỉnh | Phòng GD&ĐT các huyện | Quý I/2027 |
| 3 | Tập huấn nhân viên y tế trường học | Trung tâm Kiểm soát bệnh tật tỉnh | Sở GD&ĐT | Tháng 10/2026 |
| 4 | Rà soát phòng y tế trường học | Các trường học | Trạm Y tế xã | Tháng 9/2026 |

III. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch: 900 triệu đồng, trong đó:
- Khám sàng lọc cho học sinh: 520 triệu đồng;
- Truyền thông tại trường học: 130 triệu đồng;
- Tập huấn nhân viên y tế: 250 triệu đồng.

""" + "{signed}" + """
Nơi nhận:
- UBND tỉnh (b/c);
- Lưu: VT.
"""

WATER = """ỦY BAN NHÂN DÂN HUYỆN PÁC HÀ THƯỢNG
Số: 31/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Pác Hà Thượng, ngày 05 tháng 9 năm 2026

BÁO CÁO
Kết quả xét nghiệm chất lượng nước sinh hoạt đợt 1 năm 2026

I. KẾT QUẢ XÉT NGHIỆM
Phấn đấu đến hết năm 2027 tỷ lệ dân số nông thôn sử dụng nước sạch đạt quy chuẩn là 68%.
Mẫu được bảo quản trong thùng lạnh ở nhiệt độ từ 2 đến 8 độ C, tránh ánh sáng trực tiếp.

| Xã | Số mẫu | Tỷ lệ đạt (%) | Chỉ tiêu không đạt |
|---|---|---|---|
| Lũng Phìn | 48 | 72,4 | Độ đục |
| Sà Phìn | 36 | 80,6 | Clo dư thấp |

II. KHÁM SỨC KHỎE HỌC SINH
Khám tại trường, buổi sáng từ 7 giờ 30. Kíp khám số 1 do bác sĩ Hà Văn Lộc làm trưởng kíp; Kíp khám số 2 do bác sĩ Tạ Thị Mơ làm trưởng kíp.

| STT | Trường | Ngày khám | Kíp |
|---|---|---|---|
| 3 | Trường Tiểu học Lũng Phìn | 22/9/2026 | Kíp số 1 |

Kết quả khám theo từng trường:

| Trường | Số HS khám | Cận thị (%) | Sâu răng (%) |
|---|---|---|---|
| TH Lũng Phìn | 412 | 9,8 | 45,1 |
| THCS Sà Phìn | 380 | 17,2 | 30,4 |

Người tổng hợp: ông Vương Văn Bình, chuyên viên Phòng Nông nghiệp và Môi trường huyện, điện thoại 0977 318 605.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nông Thị Hằng
"""

NOTICE = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH LẠC KHÊ NAM
Số: 09/TB-SKHCN
Lạc Khê Nam, ngày 02 tháng 3 năm 2026

THÔNG BÁO
Tổ chức Giải báo chí về khoa học và công nghệ năm 2026

1. Tác phẩm dự Giải phải được đăng, phát trong thời gian từ ngày 01/9/2025 đến ngày 31/8/2026.
2. Hội thảo "Viết về khoa học cho công chúng":
a) Thời gian: khai mạc lúc 8 giờ 00 ngày 20/4/2026.
b) Báo cáo viên: TS. Lâm Văn Tú, Phó Hiệu trưởng Trường Cao đẳng Kỹ thuật tỉnh, và nhà báo Đỗ Thị Quyên.
c) Hội Nhà báo tỉnh chủ trì tổ chức Hội thảo; Văn phòng Sở Khoa học và Công nghệ bảo đảm hội trường, hậu cần.
3. Hội đồng giám khảo Giải gồm:
- Bà Phạm Thị Ngân, Phó Chủ tịch Hội Nhà báo tỉnh, Chủ tịch Hội đồng;
- Ông Mã Văn Kiên, Trưởng phòng Quản lý khoa học, Phó Chủ tịch Hội đồng;
- Thư ký Hội đồng: bà Hoàng Thị Dung, chuyên viên Phòng Quản lý khoa học.
4. Thanh tra Sở Khoa học và Công nghệ giám sát việc chấm Giải.
5. Thông tin liên hệ: bà Hoàng Thị Dung, điện thoại 0915 204 118, thư điện tử giaibaochi@lackhenam.gov.vn.

GIÁM ĐỐC
Triệu Văn Sơn
"""


def _md(text: str) -> str:
    return as_markdown(text, ("KẾ HOẠCH LIÊN NGÀNH", "BÁO CÁO", "THÔNG BÁO"), ("I.", "II.", "III."))


@pytest.fixture(scope="module", params=["txt", "md"])
def rag(request, tmp_path_factory):
    joint = JOINT.replace("{signed}", SIGNED_MD if request.param == "md" else SIGNED_TXT)
    return shaped_rag(tmp_path_factory, "rates", request.param, {"kh_52": joint, "bc_31": WATER, "tb_09": NOTICE}, _md)


def _doc(rag, stem):
    return next(d for s, d in rag.snapshot().documents.items() if s.startswith(stem))


def test_a_joint_plan_is_titled_by_its_subject_and_signed_by_both(rag):
    doc = _doc(rag, "kh_52")
    assert doc.title == "liên ngành Chăm sóc sức khỏe học sinh năm học 2026 - 2027", doc.title
    assert "Lục Văn Thành" in doc.signer and "Đinh Thị Hoa" in doc.signer, doc.signer
    assert [(r.code, r.number) for r in parse_user_refs("Ai ký kế hoạch liên ngành 52?")] == [("KH", "52")]
    says(rag, "Ai ký kế hoạch liên ngành 52?", "Đinh Thị Hoa")
    q = "Tỷ lệ suy dinh dưỡng thể thấp còi ở trẻ mầm non phải giảm xuống dưới bao nhiêu theo KH của 2 Sở?"
    assert named_things(q) == []            # ("2 Sở": the plan's issuers, no number for a passage to write)
    says(rag, q, "11%")


def test_rates_of_the_texts_own_words(rag):
    says(rag, "Đến hết năm 2027 tỷ lệ dân nông thôn được dùng nước sạch đạt quy chuẩn phải lên bao nhiêu?", "68%")
    says(rag, "Tỷ lệ mẫu nước đạt của xã Lũng Phìn là bao nhiêu?", "72,4")


def test_a_school_named_by_its_level_in_a_table(rag):
    q = "Tỷ lệ cận thị ở Trường Tiểu học Lũng Phìn qua đợt khám là bao nhiêu?"
    assert named_things(q) == ["truong tieu hoc lung phin", "lung phin"]       # (no "Trường Tiểu" of its capitals)
    says(rag, q, "9,8")
    says(rag, "Còn sâu răng thì sao?", "45,1", history=[q])


def test_people_doctors_and_numbered_teams(rag):
    says(rag, "kip kham so 1 do ai lam truong kip", "Hà Văn Lộc")
    assert mentioned("cum 1", "cum truong so 1 gom truong th lung phin") and not mentioned("cum 1", "cum truong so 2 gom")
    q = "Người tổng hợp báo cáo 31 của huyện Pác Hà Thượng là ai, số điện thoại?"
    assert people_named(rag.snapshot(), q) == []            # ("Pác Hà Thượng, ngày …" names no one)
    says(rag, q, "Vương Văn Bình", "0977 318 605")


def test_a_contact_asked_of_a_body_no_line_names(rag):
    says(rag, "Email liên hệ về Giải báo chí là gì?", "giaibaochi@lackhenam.gov.vn")
    assert not rag.ask("Email của Thanh tra Sở Khoa học và Công nghệ là gì?").grounded


def test_a_meeting_chaired_by_a_body_and_its_speakers(rag):
    chair = "Ai chủ trì hội thảo viết về khoa học cho công chúng?"
    assert holds("person", None, "Hội Nhà báo tỉnh chủ trì tổ chức Hội thảo; Văn phòng Sở bảo đảm hậu cần.", question=chair)
    assert not holds("person", None, "Hội Nhà báo tỉnh chủ trì tổ chức Hội thảo.", question="Ai ký thông báo 09?")
    assert not holds("person", None, "Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Hội Khuyến học tổ chức trao Giấy "
                     "công nhận tại Hội nghị tổng kết.", question="Ai chủ trì hội nghị tổng kết?")    # (the award, not the meeting)
    says(rag, chair, "Hội Nhà báo tỉnh chủ trì")
    says(rag, "Báo cáo viên của hội thảo gồm những ai?", "Lâm Văn Tú")


def test_frames_asking_a_period_and_a_breakdown(rag):
    assert "khoang" not in unframed("tac pham du giai phai dang trong khoang thoi gian nao")
    breakdown = unframed("Kinh phí được chia cho những hoạt động nào, mỗi hoạt động bao nhiêu?")
    assert "chia" not in breakdown and "hoạt động nào" not in breakdown, breakdown
    says(rag, "tac pham du giai phai dang trong khoang thoi gian nao", "01/9/2025")
    says(rag, "Kinh phí KH 52 được chia cho những hoạt động nào?", "520 triệu đồng")


def test_who_leads_a_task_naming_its_object(rag):
    says(rag, "Theo KH 52, ai chủ trì tập huấn NVYT trường học?", "Trung tâm Kiểm soát bệnh tật tỉnh",
         absent=("Rà soát phòng y tế",))


def test_followups_swap_the_part_asked(rag):
    rate = "Tỷ lệ cận thị ở Trường Tiểu học Lũng Phìn là bao nhiêu?"
    assert rewrite("Còn sâu răng thì sao?", [rate]) == "Tỷ lệ sâu răng ở Trường Tiểu học Lũng Phìn là bao nhiêu?"
    assert rewrite("con sau rang thi sao", ["ty le can thi o truong tieu hoc lung phin la bao nhieu"]) == \
        "ty le sau rang o truong tieu hoc lung phin la bao nhieu"
    chair = "Ai là chủ tịch hội đồng giám khảo giải báo chí?"
    assert rewrite("Phó chủ tịch hội đồng là ai?", [chair]) == "Ai là Phó chủ tịch hội đồng giám khảo giải báo chí?"
    assert rewrite("Còn thư ký?", [chair, "Phó chủ tịch hội đồng là ai?"]) == "Ai là thư ký hội đồng giám khảo giải báo chí?"
    assert rewrite("Còn thư ký?", ["Ai làm trưởng ban tổ chức hội thi?"]) == "Ai làm thư ký ban tổ chức hội thi?"
    assert "điện thoại" in rewrite("Thư ký là ai, số điện thoại?", ["Ai làm trưởng ban tổ chức hội thi?"])
    says(rag, "Còn thư ký?", "Hoàng Thị Dung", history=[chair, "Phó chủ tịch hội đồng là ai?"])
    budget = "Tổng kinh phí KH 52 là bao nhiêu?"
    assert rewrite("Còn khoản tập huấn thì được bao nhiêu?", [budget]) == "Kinh phí tập huấn được bao nhiêu theo KH 52?"
    says(rag, "Còn khoản tập huấn thì được bao nhiêu?", "250 triệu đồng", history=[budget])
    lead = "Đơn vị nào chủ trì khám sàng lọc thị lực cho học sinh lớp 1, lớp 5?"
    assert rewrite("Còn khám sàng lọc răng miệng thì ai chủ trì?", [lead]) == "Khám sàng lọc răng miệng thì ai chủ trì?"
    says(rag, "Còn khám sàng lọc răng miệng thì ai chủ trì?", "Bệnh viện Đa khoa tỉnh", history=[lead])
    # (after a question asking no task's lead, another thing goes on the topic before)
    assert rewrite("Còn khám sàng lọc răng miệng thì ai chủ trì?", ["Ai ký kế hoạch liên ngành 52?"]).startswith("Ai ký")

"""Known-answer tests for classes read off eval/blind107–109 and blind113.

Questions: a closing particle ("… bao nhiêu cảm biến rồi?") narrows nothing counted, what befell them
does ("… bị mất tín hiệu"); a commune typed plain whose name holds "ban" ("xa kim ban ha …") is no body
"Ban …"; "… mỗi ngày?" asks a figure per day; "bao lâu" is answered by seconds; "… là ngày nào?" by the
notice's "- Thời gian: …" line; "Giải Nhì bao nhiêu?" after "Giải Nhất …?" asks the same of that prize;
"… do cơ quan nào ban hành?" asks the issuer; "Kỹ thuật may công nghiệp … bao nhiêu giờ?" asks no "mấy";
"Còn X thì sao, được hỗ trợ bao nhiêu?" asks that of X; "Kinh phí 64,5 triệu …" names the text's
"64.500.000 đồng"; a figure's year is its sentence's, else its heading's ("b) Đến hết năm 2027:" › "- …
đạt 40%" is no figure of 2026).

Who-what: "3. Đề nghị Ủy ban MTTQ xã và các tổ chức … (…):" heads its group's bullets, with the bodies
in the brackets as members; "…; Thanh tra Sở phối hợp Phòng X …" gives the Inspectorate its task and
Phòng X as its partner; "Trung tâm Ứng dụng tiến bộ khoa học và công nghệ" is one partner's whole name,
"Nhà Văn hóa Thiếu nhi huyện" a body, "các Ban của HĐND xã" a member, "… và các cá nhân có liên quan"
none.

Hard-wrapped text: a line ending with a colon goes on a lower-case line ("… email:" / "luahoang@…"), a
dash line closing the bracket above goes on it ("(qua công chức Văn hóa" / "- Xã hội) …").

Each on two shapes written for this file (as typed, .txt, and Markdown)."""
from __future__ import annotations

import pytest

from conftest import rag_of, says
from kg_rag.answer.followup import rewrite
from kg_rag.answer.named import named_things
from kg_rag.answer.plain_names import plain_names
from kg_rag.answer.qualifier import asked_qualifier
from kg_rag.text.numbers import writes_amount
from kg_rag.text.unwrap import unwrap

REPORT = """UBND HUYỆN SÔNG MÂY
TRẠM KHUYẾN NÔNG
Số: 17/BC-TKN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sông Mây, ngày 05 tháng 7 năm 2026

BÁO CÁO
Kết quả lắp đặt thiết bị cảm biến đồng ruộng 6 tháng đầu năm 2026

1. Kết quả theo từng xã
- Xã Tân Khê Đông: lắp đặt 22 bộ cảm biến độ ẩm đất trên 30 ha lúa; 41 hộ tham gia.
- Xã Kim Bàn Hạ: lắp đặt 18 bộ cảm biến trên 12 ha chè; 05 bộ bị mất tín hiệu do sóng di động yếu.

2. Kiểm tra thiết bị
Tổ kỹ thuật của Trạm kiểm tra định kỳ các bộ cảm biến, mỗi ngày kiểm tra 04 bộ.

3. Kiến nghị
- Đề nghị doanh nghiệp viễn thông bổ sung trạm phát sóng tại thôn Khe Lau.

TRẠM TRƯỞNG
Vương Đình Khiêm
"""

NOTICE = """UBND HUYỆN SÔNG MÂY
VĂN PHÒNG HĐND VÀ UBND
Số: 33/TB-VP
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sông Mây, ngày 01 tháng 8 năm 2026

THÔNG BÁO
Lịch kiểm tra thực địa mô hình cảm biến đồng ruộng

1. Thời gian, mục đích
- Mục đích: kiểm tra thực địa việc vận hành thiết bị cảm biến tại các mô hình của huyện.
- Nội dung: kiểm tra thực địa nhật ký sản xuất và dữ liệu của mô hình cảm biến.
- Yêu cầu: các mô hình cảm biến chuẩn bị hồ sơ phục vụ kiểm tra thực địa.
- Báo cáo: các mô hình cảm biến gửi báo cáo kết quả sau kiểm tra thực địa.
- Thời gian: cả ngày thứ Sáu, ngày 14/8/2026.

2. Thành phần đoàn kiểm tra
- Lãnh đạo Trạm Khuyến nông huyện;
- Đại diện Hội Nông dân huyện.

CHÁNH VĂN PHÒNG
Lục Thị Hạnh
"""

RULES = """SỞ GIÁO DỤC VÀ ĐÀO TẠO
Số: 52/QĐ-SGDĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Sông Mây, ngày 10 tháng 3 năm 2026

QUYẾT ĐỊNH
Ban hành Thể lệ Cuộc thi lập trình robot học sinh năm 2026

Điều 1. Hình thức thi
Vòng bán kết tổ chức tại 02 cụm. Mỗi đội thi 02 lượt trên sa bàn, mỗi lượt 90 giây, lấy kết quả của lượt có điểm cao hơn; mỗi cụm chọn 06 đội vào vòng chung kết.

Điều 2. Giải thưởng
- Giải Nhất: thưởng 5.000.000 đồng và Giấy khen của Giám đốc Sở.
- Giải Nhì: thưởng 3.000.000 đồng.
- Giải Ba: thưởng 2.000.000 đồng.

Điều 3. Chánh Văn phòng Sở; Trưởng phòng Giáo dục Trung học; Hiệu trưởng các trường THCS và các cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này.

GIÁM ĐỐC
Hà Quang Vinh
"""


GUIDE = """UBND HUYỆN KIM ĐÀN
TRƯỜNG CAO ĐẲNG NGHỀ KIM ĐÀN
Số: 44/HD-CĐN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Kim Đàn, ngày 02 tháng 3 năm 2026

HƯỚNG DẪN
Tuyển sinh các lớp nghề ngắn hạn năm 2026

1. Danh mục nghề
| TT | Nghề đào tạo | Thời gian đào tạo | Mức hỗ trợ (đồng/người) |
|---|---|---|---|
| 1 | Kỹ thuật may công nghiệp | 3 tháng (450 giờ) | 3.600.000 |
| 2 | Điện dân dụng | 3 tháng (420 giờ) | 3.500.000 |

2. Thời gian nhận hồ sơ
- Thời gian: từ ngày 15/3/2026 đến hết ngày 15/4/2026.
- Địa điểm: Phòng Đào tạo, số 12 đường Lê Lợi.

HIỆU TRƯỞNG
Lương Văn Khải
"""

PLAN = """UBND XÃ NGHĨA LÂM
Số: 29/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Nghĩa Lâm, ngày 12 tháng 4 năm 2026

KẾ HOẠCH
Hướng dẫn người dân nộp hồ sơ trực tuyến năm 2026

II. MỤC TIÊU
Đến hết năm 2025, toàn xã có 12 Tổ công nghệ số cộng đồng thôn. Tỷ lệ hồ sơ nộp trực tuyến đạt 27,4%.
a) Đến hết năm 2026:
- Tỷ lệ hộ gia đình có tài khoản định danh điện tử đạt 80%.
b) Đến hết năm 2027:
- Tỷ lệ hộ gia đình có tài khoản định danh điện tử đạt 95%; tỷ lệ thanh toán trực tuyến phí, lệ phí đạt 40%.

III. TỔ CHỨC THỰC HIỆN
1. Phòng Chuyển đổi số
- Chủ trì, phối hợp với Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tổ chức 02 lớp tập huấn cho Tổ công nghệ số cộng đồng trong quý II/2026.
2. Văn phòng Ủy ban nhân dân xã bố trí kinh phí, phương tiện phục vụ các lớp tập huấn; Thanh tra Sở phối hợp Phòng Chuyển đổi số kiểm tra việc thực hiện Kế hoạch trong quý IV/2026.
3. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã (Hội Liên hiệp Phụ nữ xã, Đoàn Thanh niên xã, Hội Nông dân xã, Hội Cựu chiến binh xã):
- Vận động hội viên, đoàn viên đăng ký tài khoản định danh điện tử;
- Lồng ghép cảnh báo lừa đảo trực tuyến vào sinh hoạt chi hội ít nhất 01 lần mỗi quý.
4. Nhà Văn hóa Thiếu nhi huyện phối hợp Văn phòng Ủy ban nhân dân xã chuẩn bị hội trường cho các lớp tập huấn.
5. Giao Thường trực Hội đồng nhân dân xã, các Ban của Hội đồng nhân dân xã giám sát việc thực hiện Kế hoạch.

IV. KINH PHÍ
Tổng kinh phí thực hiện Kế hoạch là 64.500.000 đồng (Sáu mươi tư triệu năm trăm nghìn đồng) từ ngân sách xã năm 2026, gồm các khoản chi: tập huấn 30.000.000 đồng; in tờ rơi 34.500.000 đồng.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Mạc Văn Thiều
"""


def _md(text: str) -> str:
    for kind in ("BÁO CÁO", "THÔNG BÁO", "QUYẾT ĐỊNH", "KẾ HOẠCH", "HƯỚNG DẪN"):
        text = text.replace(f"\n{kind}\n", f"\n# {kind}\n")
    return text.replace("\n1. ", "\n## 1. ").replace("\n2. ", "\n## 2. ").replace("\nĐiều ", "\n## Điều ").replace("\nII. ", "\n## II. ").replace("\nIII. ", "\n## III. ").replace("\nIV. ", "\n## IV. ")


@pytest.fixture(scope="module", params=["txt", "md"])
def rag(request, tmp_path_factory):
    ext = request.param
    files = {f"bc_17.{ext}": REPORT, f"tb_33.{ext}": NOTICE, f"qd_52.{ext}": RULES, f"kh_29.{ext}": PLAN, f"hd_44.{ext}": GUIDE}
    return rag_of(tmp_path_factory.mktemp(f"particles_corpus_{ext}"), tmp_path_factory.mktemp(f"particles_{ext}") / "index",
                  {k: _md(v) if ext == "md" else v for k, v in files.items()})


def test_a_closing_particle_narrows_nothing_what_befell_them_does():
    assert asked_qualifier("Xã Tân Khê Đông đã lắp bao nhiêu cảm biến rồi?") == ()
    assert asked_qualifier("Xã Kim Bàn Hạ có bao nhiêu bộ cảm biến bị mất tín hiệu?")[-1:] == ("mat",)
    assert asked_qualifier("Có bao nhiêu hộ bị thiệt hại?") == ("thiet", "hai")


def test_a_plain_commune_holding_ban_is_no_body():
    assert not any(n.startswith("ban") for n in plain_names("xa kim ban ha lap bao nhieu bo cam bien"))
    assert "ban chi dao" in plain_names("ban chi dao xa phu loc co bao nhieu thanh vien")


def test_counts_asked_with_a_particle_or_what_befell_them(rag):
    says(rag, "Xã Tân Khê Đông đã lắp bao nhiêu cảm biến rồi?", "22 bộ")
    says(rag, "xa kim ban ha lap bao nhieu bo cam bien", "18 bộ")
    says(rag, "Xã Kim Bàn Hạ có bao nhiêu bộ cảm biến bị mất tín hiệu?", "05 bộ")
    assert not rag.ask("Xã Tân Khê Đông có bao nhiêu bộ cảm biến bị mất tín hiệu?").grounded
    says(rag, "Tổ kỹ thuật của Trạm kiểm tra bao nhiêu bộ cảm biến mỗi ngày?", "04 bộ")
    assert not rag.ask("Xã Tân Khê Đông lắp đặt bao nhiêu bộ cảm biến mỗi ngày?").grounded      # (a total, not per day)


def test_a_day_from_the_labelled_line_and_the_issuer(rag):
    says(rag, "lich kiem tra thuc dia mo hinh cam bien la ngay nao", "14/8/2026")
    says(rag, "Thông báo lịch kiểm tra thực địa mô hình cảm biến do cơ quan nào ban hành?", "VĂN PHÒNG HĐND VÀ UBND")


def test_seconds_and_a_short_follow_up_naming_another_prize(rag):
    assert rewrite("Giải Nhì bao nhiêu?", ["Giải Nhất cuộc thi được thưởng bao nhiêu tiền?"]) == \
        "Giải Nhì cuộc thi được thưởng bao nhiêu tiền?"
    says(rag, "Mỗi lượt thi robot trên sa bàn kéo dài bao lâu?", "90 giây")
    answer = says(rag, "Giải Nhì bao nhiêu?", history=["Giải Nhất cuộc thi robot được thưởng bao nhiêu tiền?"])
    assert "3.000.000 đồng" in answer.splitlines()[1], answer


def test_a_requested_group_an_inspectorate_and_a_partner_named_in_lower_case(rag):
    from kg_rag.directives.assignments import doc_assignments
    doc = next(d for s, d in rag.snapshot().documents.items() if s.startswith("kh_29"))
    duties = doc_assignments(doc)
    shared = [d for d in duties if "Lồng ghép cảnh báo" in d.task.text]
    assert shared and "Hội Liên hiệp Phụ nữ xã" in shared[0].members, [(d.actor, d.members) for d in duties]
    assert any(d.actor == "Thanh tra Sở" and "kiểm tra việc thực hiện" in d.task.text for d in duties)
    assert any(d.actor == "Thanh tra Sở" and d.task.partners == ("Phòng Chuyển đổi số",) for d in duties)   # ("phối hợp Y", no "với")
    assert {"Trung tâm Ứng dụng tiến bộ khoa học và công nghệ", "Nhà Văn hóa Thiếu nhi huyện"} <= {d.actor for d in duties}
    assert "các Ban của Hội đồng nhân dân xã" in {m for d in duties for m in d.members}      # (a group named "các Ban …")
    says(rag, "Hội Liên hiệp Phụ nữ xã phải làm gì theo KH 29?", "Lồng ghép cảnh báo lừa đảo")
    says(rag, "Thanh tra Sở phải làm gì theo KH 29?", "kiểm tra việc thực hiện")


def test_an_amount_typed_with_its_scale_names_the_amount_written_in_full(rag):
    assert writes_amount("64,5 trieu", "la 64.500.000 dong") and writes_amount("64,5 trieu", "64,5 trieu dong")
    assert writes_amount("1,2 ty", "1.200.000.000 dong") and not writes_amount("1,2 ty", "1.250.000.000 dong")
    assert not writes_amount("215 trieu", "2.215.000.000") and not writes_amount("64,5 trieu", "64.500 dong")
    assert named_things("Kinh phí 64,5 triệu chi những gì?") == ["64,5 trieu"]
    assert named_things("Năm 2025 ngân sách huyện chi bao nhiêu?") == named_things("nam 2025 ty le dat bao nhieu") == ["2025"]
    says(rag, "Kinh phí 64,5 triệu của KH 29 gồm những khoản chi nào?", "30.000.000")
    assert not rag.ask("Kinh phí 65 triệu của KH 29 gồm những khoản chi nào?").grounded


def test_the_persons_concerned_are_no_member_of_those_carrying_a_decision_out(rag):
    from kg_rag.directives.assignments import doc_assignments
    doc = next(d for s, d in rag.snapshot().documents.items() if s.startswith("qd_52"))
    members = {m for d in doc_assignments(doc) for m in d.members}
    assert "Hiệu trưởng các trường THCS" in members and not any("cá nhân" in m for m in members), members


WRAPPED = """Các trường gửi danh sách đội thi về Phòng Giáo dục và Đào tạo qua
bà Hoàng Thị Lụa, chuyên viên phụ trách cấp trung học cơ sở, điện
thoại 0986 352 714 hoặc 0235 3822 119, email:
luahoang.pgd@songmay.edu.vn trước 16 giờ 00 ngày 14/3/2026. Quá
thời hạn trên, Phòng Giáo dục và Đào tạo không tiếp nhận hồ sơ đăng ký.
Nội dung tập huấn cho giáo viên hướng dẫn các đội thi gồm như sau:
- Lập trình robot tự hành cơ bản trên sa bàn thi đấu của cuộc thi;
- Lắp ráp, cân chỉnh cảm biến và động cơ cho robot của đội thi.
- Báo cáo kết quả về Ủy ban nhân dân xã (qua công chức Văn hóa
- Xã hội) định kỳ hằng quý, trước ngày 18 tháng cuối quý.
"""


def test_a_wrapped_line_ending_with_a_colon_goes_on_lower_case_and_a_bracket_is_closed():
    text = unwrap(WRAPPED)
    assert "email: luahoang.pgd@songmay.edu.vn trước 16 giờ 00 ngày 14/3/2026." in text
    assert "gồm như sau:\n- Lập trình" in text and len(text) == len(WRAPPED)
    assert "(qua công chức Văn hóa - Xã hội) định kỳ" in text      # (a dash line closing the bracket above)


def test_a_figure_is_of_the_year_its_heading_names(rag):
    says(rag, "Tỷ lệ thanh toán trực tuyến phí, lệ phí năm 2027 đạt bao nhiêu?", "40%")
    assert not rag.ask("Tỷ lệ thanh toán trực tuyến phí, lệ phí năm 2026 đạt bao nhiêu?").grounded
    says(rag, "Tỷ lệ hộ gia đình có tài khoản định danh điện tử năm 2026 đạt bao nhiêu?", "80%")


def test_the_may_of_a_trade_asks_nothing_and_a_follow_up_asking_its_own_question(rag):
    assert asked_qualifier("Lớp Kỹ thuật may công nghiệp học bao nhiêu giờ?") == ()     # ("may": sewing, no "mấy")
    says(rag, "Lớp Kỹ thuật may công nghiệp học bao nhiêu giờ?", "450 giờ")
    assert rewrite("Còn nghề điện dân dụng thì sao, được hỗ trợ bao nhiêu?", ["Lớp Kỹ thuật may công nghiệp học bao nhiêu giờ?"]) \
        == "Nghề điện dân dụng được hỗ trợ bao nhiêu?"
    assert rewrite("Còn Phòng Y tế thì sao, phải làm gì?", ["Phòng Văn hóa phải làm gì theo KH 12?"]) == "Phòng Y tế phải làm gì theo KH 12?"
    says(rag, "Còn nghề điện dân dụng thì sao, được hỗ trợ bao nhiêu?", "3.500.000",
         history=["Lớp Kỹ thuật may công nghiệp học bao nhiêu giờ?"])

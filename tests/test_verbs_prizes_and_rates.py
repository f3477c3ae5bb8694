"""Known-answer tests for the classes read off eval/blind70–72: a verb the documents never write does not
narrow the thing counted ("bao nhiêu dự án lọt vào vòng chung khảo" is answered by "62 dự án vào vòng
chung khảo"), while a noun, or a verb the documents write, still does ("dự án phần mềm", "học sinh bỏ
học"); "Thế tổ phó thường trực là ai?" asks a fact of the team asked about before (no body "tổ phó …"
swapped in); "mấy lần 1 năm" counts times per year, no "lần 1" (but "Hội thi lần 3" is the third);
"Còn giải khuyến khích?" after a question typed plain about "giai nhat" swaps the prize; "tỷ lệ chung toàn
phường" is a rate of the ward, no thing called "chung"; "82,6% trường THCS" is a share of "trường
trung học cơ sở" however the question writes it; "Vậy kết thúc ngày nào?" after "… bắt đầu khi nào?"
asks the end, and "Vậy bế mạc ngày nào?" a closing, which an opening does not answer; "Sở X có văn bản
nào trong bộ này, số hiệu là gì?" lists that issuer's documents, each by its number. Each on two shapes written for this file: the
documents as typed (.txt) and as Markdown."""
from __future__ import annotations

import pytest

from conftest import rag_of, says
from kg_rag.answer.asked_type import asked_quantity
from kg_rag.answer.followup import rewrite
from kg_rag.answer.named import named_things
from kg_rag.answer.qualifier import asked_qualifier, unwritten_verbs

RESULTS = """BAN TỔ CHỨC CUỘC THI KHOA HỌC, KỸ THUẬT
TỈNH VÂN ĐÌNH
Số: 14/TB-BTC
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Vân Đình, ngày 20 tháng 12 năm 2025

THÔNG BÁO
Kết quả Cuộc thi khoa học, kỹ thuật cấp tỉnh lần thứ hai năm học 2025-2026

I. KẾT QUẢ
1. Cuộc thi nhận 85 dự án của 30 đơn vị; qua vòng sơ khảo, 62 dự án vào vòng chung khảo.
2. Trong số dự án dự thi có 21 dự án thuộc lĩnh vực phần mềm hệ thống.
3. Dự án đạt từ 85 điểm trở lên được xét giải Nhất; từ 75 điểm được xét giải Nhì.
4. Ban Tổ chức trao 35 giải. Giải Nhất: mỗi giải 4.000.000 đồng; giải Khuyến khích: mỗi giải 1.000.000 đồng.
5. Có 170 học sinh tham gia cuộc thi; Ban Tổ chức khuyến khích các em không bỏ học giữa chừng để theo đuổi nghiên cứu.
6. Năm học 2025-2026 có 100% trường THPT và 82,6% trường THCS tổ chức dạy học theo chủ đề STEM.

II. TỔ CHỨC THỰC HIỆN
1. Phòng Giáo dục Trung học gửi Giấy chứng nhận cho các đơn vị trước ngày 31/12/2025.

Nơi nhận:
- Các đơn vị dự thi;
- Lưu: VT.

TRƯỞNG BAN
Đinh Quang Hải
"""

WARD = """ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG MẪU
Số: 22/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Đông Mẫu, ngày 28 tháng 4 năm 2026

BÁO CÁO
Kết quả tháng cao điểm dịch vụ công trực tuyến

I. KẾT QUẢ
1. Bộ phận một cửa niêm yết danh mục 118 thủ tục hành chính thực hiện trực tuyến toàn trình.
2. Quầy hỗ trợ tại Bộ phận một cửa mới có 01 máy tính hoạt động ổn định.
3. Tổ công nghệ số cộng đồng tập huấn cho tổ viên các khu phố ít nhất 02 lần/năm.
4. Kết quả định danh điện tử theo khu phố:

| Khu phố | Số người từ 14 tuổi có định danh mức 2 | Tỷ lệ (%) |
|---|---|---|
| Khu phố 1 | 410 | 81,5 |
| Khu phố 2 | 365 | 77,0 |
| Toàn phường | 775 | 79,4 |

II. KIẾN NGHỊ
1. Đề nghị UBND phường bổ sung 02 máy tính cho Quầy hỗ trợ.

Nơi nhận:
- Đảng ủy phường;
- Lưu: VP.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Mai Văn Tuấn
"""

TEAM = """ỦY BAN NHÂN DÂN PHƯỜNG ĐÔNG MẪU
Số: 41/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Đông Mẫu, ngày 02 tháng 3 năm 2026

QUYẾT ĐỊNH
Về việc thành lập Tổ công nghệ số cộng đồng phường Đông Mẫu

Điều 1. Thành lập Tổ công nghệ số cộng đồng phường gồm 09 thành viên:
1. Tổ trưởng: ông Hà Minh Khôi, Phó Chủ tịch UBND phường.
2. Tổ phó thường trực: bà Lục Thị Yến, Trưởng phòng Văn hóa - Xã hội.
3. Các tổ viên là trưởng các khu phố và đoàn viên thanh niên.
Điều 2. Quyết định có hiệu lực kể từ ngày ký.

CHỦ TỊCH
Mai Văn Tuấn
"""

FAIR = """SỞ KHOA HỌC VÀ CÔNG NGHỆ TỈNH VÂN ĐÌNH
Số: 77/TB-SKHCN
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Vân Đình, ngày 10 tháng 11 năm 2025

THÔNG BÁO
Tổ chức Chợ công nghệ và thiết bị tỉnh năm 2025

1. Chợ công nghệ bắt đầu từ 8 giờ 00 ngày 05/12/2025 tại Quảng trường tỉnh.
2. Chợ công nghệ kết thúc lúc 16 giờ 00 ngày 08/12/2025 với lễ trao chứng nhận tại Nhà thi đấu tỉnh.
3. Hội thảo ứng dụng công nghệ số khai mạc lúc 14 giờ 00 ngày 06/12/2025 tại Hội trường Sở.

Nơi nhận:
- Các sở, ngành;
- Lưu: VT.

GIÁM ĐỐC
Tạ Văn Luân
"""


def _md(text: str) -> str:
    for head in ("THÔNG BÁO", "BÁO CÁO", "QUYẾT ĐỊNH"):
        text = text.replace(f"\n{head}\n", f"\n# {head}\n")
    return text.replace("\nI. ", "\n## I. ").replace("\nII. ", "\n## II. ")


@pytest.fixture(scope="module", params=["txt", "md"])
def rag(request, tmp_path_factory):
    ext = request.param
    conv = _md if ext == "md" else (lambda t: t)
    return rag_of(tmp_path_factory.mktemp(f"verbs_corpus_{ext}"), tmp_path_factory.mktemp(f"verbs_{ext}") / "index",
                  {f"tb_14.{ext}": conv(RESULTS), f"bc_22.{ext}": conv(WARD), f"qd_41.{ext}": conv(TEAM), f"tb_77.{ext}": conv(FAIR)})


def test_a_verb_the_corpus_never_writes_does_not_narrow_the_thing_counted():
    q = "Có bao nhiêu dự án lọt vào vòng chung khảo?"
    assert asked_qualifier(q) == ("lot",) and unwritten_verbs(q, frozenset({"lọt", "chung_khảo"})) == {"lot"}
    assert unwritten_verbs("Có bao nhiêu học sinh bỏ học giữa chừng?", frozenset()) == set()


def test_a_count_asked_with_another_verb_is_answered(rag):
    says(rag, "Có bao nhiêu dự án lọt vào vòng chung khảo?", "62 dự án vào vòng chung khảo")
    says(rag, "Quầy hỗ trợ ở một cửa có mấy máy tính chạy ổn định?", "01 máy tính hoạt động ổn định")


def test_a_noun_or_a_verb_the_corpus_writes_still_narrows_it(rag):
    # (the notice counts software projects among those entered, not among those in the final round)
    assert not rag.ask("Có bao nhiêu dự án phần mềm lọt vào vòng chung khảo?").grounded
    # ("bỏ học" is written, of no count: the 170 pupils taking part are not those dropping out)
    assert not rag.ask("Có bao nhiêu học sinh bỏ học giữa chừng?").grounded


def test_times_per_year_are_no_ordinal(rag):
    assert not any(t.startswith("lan") or t == "1" for t in named_things("to cong nghe so tap huan cho to vien may lan 1 nam"))
    assert "lan thu 3" in named_things("Cuộc thi lần 3 năm 2026 có bao nhiêu đội?")
    says(rag, "to cong nghe so tap huan cho to vien khu pho may lan 1 nam", "02 lần/năm")
    assert not rag.ask("Cuộc thi khoa học, kỹ thuật cấp tỉnh lần 3 trao bao nhiêu giải?").grounded


def test_a_prize_asked_plain_is_swapped_by_the_follow_up(rag):
    first = "giai nhat cuoc thi khoa hoc ky thuat duoc thuong bao nhieu tien"
    assert rewrite("Còn giải khuyến khích?", [first]).startswith("giai khuyen khich cuoc thi")
    says(rag, "Còn giải khuyến khích?", "1.000.000 đồng", history=[first])
    # (typed plain after a question typed with diacritics: the rank as that question writes it)
    accented = "Giải Nhất cuộc thi khoa học, kỹ thuật được thưởng bao nhiêu tiền?"
    assert rewrite("The con giai khuyen khich?", [accented]).startswith("Giải Khuyến khích cuộc thi")
    says(rag, "The con giai khuyen khich?", "1.000.000 đồng", history=[accented])


def test_an_adjective_of_the_rate_is_no_thing_counted(rag):
    assert asked_quantity("Tỷ lệ chung toàn phường có định danh mức 2 là bao nhiêu?") == "percent"
    assert asked_quantity("Tỷ lệ hộ nghèo toàn phường là bao nhiêu?") == "percent ho ngheo"
    says(rag, "Tỷ lệ chung toàn phường người từ 14 tuổi có định danh điện tử mức 2 là bao nhiêu?", "79,4")


def test_a_share_of_schools_written_short_in_the_text(rag):
    says(rag, "Tỷ lệ trường trung học cơ sở tổ chức dạy học STEM là bao nhiêu?", "82,6%")
    says(rag, "Tỷ lệ trường THCS tổ chức dạy học STEM là bao nhiêu?", "82,6%")
    assert not rag.ask("Tỷ lệ trường tiểu học tổ chức dạy học STEM là bao nhiêu?").grounded


def test_a_role_asked_after_a_team_is_a_fact_of_that_team(rag):
    first = "Tổ công nghệ số cộng đồng của phường có mấy người, ai làm tổ trưởng?"
    assert rewrite("Thế tổ phó thường trực là ai?", [first]).startswith("Tổ công nghệ số cộng đồng")
    assert rewrite("Thế Phòng Nội vụ phải làm gì?", ["Phòng Y tế phải làm gì theo KH 5?"]).startswith("Phòng Nội vụ")
    says(rag, "Thế tổ phó thường trực là ai?", "Lục Thị Yến", history=[first])


def test_the_other_end_of_an_event_is_swapped_in(rag):
    first = "Chợ công nghệ bắt đầu khi nào?"
    assert rewrite("Vậy kết thúc ngày nào?", [first]) == "Chợ công nghệ kết thúc khi nào?"
    says(rag, "Vậy kết thúc ngày nào?", "08/12/2025", history=[first], absent=("05/12/2025",))
    # (the workshop's closing is given nowhere, nor any "bế mạc": its opening is no answer)
    assert not rag.ask("Vậy bế mạc ngày nào?", history=["Hội thảo ứng dụng công nghệ số khai mạc khi nào?"]).grounded


def test_an_issuer_named_first_lists_its_documents_by_number(rag):
    says(rag, "Sở Khoa học và Công nghệ có văn bản nào trong bộ này, số hiệu là gì?", "Thông báo số 77/TB-SKHCN",
         absent=("14/TB-BTC", "22/BC-UBND"))
    says(rag, "UBND phường ban hành những văn bản nào?", "22/BC-UBND", "41/QĐ-UBND", absent=("77/TB-SKHCN",))
    a = rag.ask("Sở Tài chính có văn bản nào không?")
    assert not a.grounded and "Sở Tài chính" in a.answer

"""Known-answer tests for classes read off eval/blind98–100: "Ai chủ trì hướng dẫn các trường thí điểm
…?" asks who leads the work, the schools being its object (not the schools' own tasks in a report);
"kế hoạch liên tịch 21" and "KHLT 21" name a joint plan ("Số: 21/KHLT-GDĐT-HĐ"); after "Theo Chỉ thị
05, …" a bare "chỉ thị" is that one, and after "… cuộc thi Sách hay Hà Tân?" "cuộc thi đó" is that
contest, and "Thi từ ngày nào …, thi trên đâu?" after "Đơn vị nào chủ trì cuộc thi …, ai phối hợp?" asks of
the contest, not its hosts, while "Ai phối hợp, và hạn hoàn thành là khi nào?" (asks only) goes on the topic before;
"Trong bộ văn bản này, UBND huyện X ban hành những văn bản nào?" lists X's documents; and
"Lãnh đạo hoàn thiện hồ sơ …" leads no body; a công văn's "1. Đối với Phòng GD&ĐT các huyện" heads that
body's points, not all its addressees' (and "Giáo dục thường xuyên" ends no name at "thường xuyên"). Each on two shapes written for this file: as typed
(.txt) and as Markdown."""
from __future__ import annotations

import pytest

from conftest import rag_of, says
from kg_rag.answer.followup import rewrite
from kg_rag.directives.actors import split_actor
from kg_rag.directives.assignments import doc_assignments
from kg_rag.text.user_refs import parse_user_refs

DECISION = """ỦY BAN NHÂN DÂN HUYỆN HÀ TÂN
Số: 77/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Hà Tân, ngày 05 tháng 9 năm 2025

QUYẾT ĐỊNH
Phê duyệt danh sách trường thí điểm tủ sách điện tử năm học 2025 - 2026

Điều 1. Phê duyệt 06 trường thí điểm tủ sách điện tử năm học 2025 - 2026.
Điều 2. Giao Phòng Giáo dục và Đào tạo chủ trì, phối hợp với Phòng Văn hóa và Thông tin hướng dẫn các trường thí điểm triển khai; sơ kết thí điểm trước ngày 20/5/2026.
Điều 3. Quyết định có hiệu lực kể từ ngày ký.

KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Hoàng Văn Lực
"""

REPORT = """ỦY BAN NHÂN DÂN HUYỆN HÀ TÂN
Số: 90/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Hà Tân, ngày 30 tháng 5 năm 2026

BÁO CÁO
Kết quả thí điểm tủ sách điện tử năm học 2025 - 2026

Thực hiện Quyết định số 77/QĐ-UBND ngày 05/9/2025 của Ủy ban nhân dân huyện, kết quả như sau.

I. KẾT QUẢ
1. Cuộc thi Sách hay Hà Tân do Huyện đoàn tổ chức có 640 bài dự thi; em Vàng Thị Dợ đạt giải Nhất.

II. NHIỆM VỤ NĂM HỌC TỚI
1. Các trường thí điểm
- Hướng dẫn học sinh mượn sách điện tử bằng tài khoản cá nhân.
- Báo cáo số lượt đọc về Phòng Giáo dục và Đào tạo hằng tháng.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Nông Văn Khiêm
"""

JOINT = """PHÒNG GIÁO DỤC VÀ ĐÀO TẠO - HUYỆN ĐOÀN HÀ TÂN
Số: 21/KHLT-GDĐT-HĐ
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Hà Tân, ngày 10 tháng 9 năm 2025

KẾ HOẠCH LIÊN TỊCH
Tổ chức cuộc thi Sách hay Hà Tân năm học 2025 - 2026

I. NỘI DUNG
1. Huyện đoàn chủ trì, phối hợp với Phòng Giáo dục và Đào tạo tổ chức cuộc thi Sách hay Hà Tân, hoàn thành trước ngày 15/12/2025.
2. Cuộc thi diễn ra từ ngày 01/11 đến ngày 30/11/2025 trên trang thông tin điện tử của Huyện đoàn.

TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN
BÍ THƯ
Lục Thị Mai
"""

DIRECTIVE = """HUYỆN ỦY HÀ TÂN
Số 05-CT/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Tân, ngày 02 tháng 8 năm 2025

CHỈ THỊ
Về phát triển văn hóa đọc trong trường học

I. NHIỆM VỤ
1. Ban Tuyên giáo Huyện ủy hướng dẫn các chi bộ quán triệt Chỉ thị; tham mưu sơ kết 02 năm thực hiện Chỉ thị vào tháng 8/2027.
2. Lãnh đạo hoàn thiện tủ sách dùng chung, giao Huyện đoàn vận động đoàn viên góp sách.

T/M BAN THƯỜNG VỤ
BÍ THƯ
Đinh Văn Sáng
"""


LETTER = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH HÀ TÂN
Số: 310/SGDĐT-GDTrH
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Hà Tân, ngày 18 tháng 11 năm 2025
V/v phòng, chống lừa đảo trực tuyến đối với học sinh

Kính gửi:
- Phòng Giáo dục và Đào tạo các huyện;
- Các trường trung học phổ thông.

Sở Giáo dục và Đào tạo đề nghị các đơn vị thực hiện một số nội dung sau:

1. Đối với Phòng GD&ĐT các huyện
- Chủ trì, phối hợp với Công an huyện tuyên truyền phòng, chống lừa đảo trực tuyến cho học sinh THCS trong quý I/2026.

2. Đối với các trường trung học phổ thông (THPT)
- Bố trí phòng tư vấn tâm lý riêng, có lịch trực công khai.

3. Đối với Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện
- Mở 04 lớp kỹ năng số cho người lớn tuổi trong học kỳ II.

KT. GIÁM ĐỐC
PHÓ GIÁM ĐỐC
Tạ Văn Khuê
"""


def _md(text: str) -> str:
    for t in ("QUYẾT ĐỊNH", "BÁO CÁO", "KẾ HOẠCH LIÊN TỊCH", "CHỈ THỊ"):
        text = text.replace(f"\n{t}\n", f"\n# {t}\n")
    return text.replace("\nI. ", "\n## I. ").replace("\nII. ", "\n## II. ")


@pytest.fixture(scope="module", params=["txt", "md"])
def rag(request, tmp_path_factory):
    ext = request.param
    files = {f"qd_77.{ext}": DECISION, f"bc_90.{ext}": REPORT, f"khlt_21.{ext}": JOINT, f"ct_05.{ext}": DIRECTIVE,
             f"cv_310.{ext}": LETTER}
    return rag_of(tmp_path_factory.mktemp(f"objects_corpus_{ext}"), tmp_path_factory.mktemp(f"objects_{ext}") / "index",
                  {k: _md(v) if ext == "md" else v for k, v in files.items()})


def test_who_leads_work_done_for_a_named_body(rag):
    says(rag, "Ai chủ trì hướng dẫn các trường thí điểm triển khai theo quyết định 77?", "Phòng Giáo dục và Đào tạo",
         absent=("mượn sách điện tử",))
    says(rag, "Các trường thí điểm phải làm gì theo báo cáo 90?", "mượn sách điện tử")     # (the body asked, as before)


def test_a_joint_plan_named_as_officers_say_it(rag):
    assert [(r.code, r.number) for r in parse_user_refs("Ai ký kế hoạch liên tịch 21?")] == [("KHLT", "21")]
    assert [(r.code, r.number) for r in parse_user_refs("KHLT 21 giao ai?")] == [("KHLT", "21")]
    says(rag, "Ai ký kế hoạch liên tịch 21?", "Lục Thị Mai", absent=("Hoàng Văn Lực", "Đinh Văn Sáng"))
    says(rag, "KHLT 21 giao Huyện đoàn tổ chức cuộc thi từ ngày nào?", "01/11")


def test_a_follow_up_naming_the_directive_or_the_contest_bare(rag):
    asked = "Theo Chỉ thị 05, Ban Tuyên giáo Huyện ủy có nhiệm vụ gì?"
    assert rewrite("Sơ kết việc thực hiện chỉ thị vào lúc nào?", [asked]) == "Sơ kết việc thực hiện Chỉ thị 05 vào lúc nào?"
    says(rag, "Sơ kết việc thực hiện chỉ thị vào lúc nào?", "tháng 8/2027", history=[asked])
    assert "dựng KH 21" not in rewrite("Có phải xây dựng kế hoạch không?", ["Theo KH 21, ai chủ trì?"])    # (a plan to write)
    contest = "Ai đạt giải Nhất cuộc thi Sách hay Hà Tân?"
    assert rewrite("Cuộc thi đó có bao nhiêu bài dự thi?", [contest]) == "Cuộc thi Sách hay Hà Tân có bao nhiêu bài dự thi?"
    says(rag, "Cuộc thi đó có bao nhiêu bài dự thi?", "640 bài", history=[contest])
    # (not an abbreviation taken for a name; a place's "đó" is the place named before, by its name alone)
    assert "số nhiệm vụ đó" in rewrite("Vậy tổng kinh phí cho số nhiệm vụ đó là bao nhiêu?", ["Tỉnh làm bao nhiêu nhiệm vụ KH&CN cấp tỉnh?"])
    assert rewrite("Thôn đó còn thiếu tiêu chí nào?", ["Thôn Khe Rạc được hỗ trợ bao nhiêu tiền?"]) == "Thôn Khe Rạc còn thiếu tiêu chí nào?"
    assert rewrite("Xã đó đã có điểm khám chưa?", ["Tỷ lệ hồ sơ ở xã Đạm Khê tính đến cuối tháng 11 là bao nhiêu?"]) \
        == "Xã Đạm Khê đã có điểm khám chưa?"


def test_an_issuers_documents_asked_inside_the_collection(rag):
    says(rag, "Trong bộ văn bản này, UBND huyện Hà Tân ban hành những văn bản nào?", "77/QĐ-UBND", "90/BC-UBND",
         absent=("05-CT/HU",))


def test_lanh_dao_leading_no_body_is_a_verb(rag):
    assert split_actor("Lãnh đạo hoàn thiện tủ sách dùng chung, giao Huyện đoàn vận động đoàn viên góp sách.") is None
    assert split_actor("Lãnh đạo các cơ quan, đơn vị chịu trách nhiệm trước Ủy ban nhân dân.")[0] == "Lãnh đạo các cơ quan, đơn vị"
    actors = {x.actor for d in rag.snapshot().documents.values() for x in doc_assignments(d)}
    assert "Huyện đoàn" in actors and not any(a.startswith("Lãnh đạo") for a in actors)


def test_a_letters_point_for_one_of_its_addressees(rag):
    by: dict[str, list[str]] = {}
    for d in rag.snapshot().documents.values():
        for x in doc_assignments(d):
            by.setdefault(x.actor, []).append(x.task.text)
    assert any(t.startswith("Chủ trì, phối hợp với Công an huyện") for t in by["Phòng GD&ĐT các huyện"])
    assert any(t.startswith("Bố trí phòng tư vấn") for t in by["Các trường trung học phổ thông"])     # (its short form dropped)
    # ("thường xuyên" ends no name of a centre for continuing education, "Giáo dục thường xuyên")
    assert any(t.startswith("Mở 04 lớp") for t in by["Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện"])
    assert split_actor("Phòng Văn hóa và Thông tin thường xuyên kiểm tra các điểm.")[0] == "Phòng Văn hóa và Thông tin"


def test_a_follow_up_asking_when_of_the_contest_not_who(rag):
    asked = "Đơn vị nào chủ trì cuộc thi Sách hay Hà Tân, ai phối hợp?"
    assert rewrite("Thi từ ngày nào đến ngày nào, thi trên đâu?", [asked]).startswith("cuộc thi Sách hay Hà Tân?")
    says(rag, "Thi từ ngày nào đến ngày nào, thi trên đâu?", "01/11", "trang thông tin điện tử", history=[asked])
    lead = "Trong KH 21, đơn vị nào chủ trì cuộc thi Sách hay Hà Tân?"
    assert "cuộc thi Sách hay Hà Tân" in rewrite("Ai phối hợp, và hạn hoàn thành là khi nào?", [lead])
    says(rag, "Ai phối hợp, và hạn hoàn thành là khi nào?", "15/12/2025", history=[lead])

"""Known-answer tests for classes read off eval/blind95–97: a directive whose headings lost their
numbers (a body's name alone over its bullets, at the top of the body: "Ban Tuyên giáo Huyện ủy" ›
"- …"), where "- Lãnh đạo Ủy ban nhân dân huyện xây dựng …" under a Party body is that body's task;
a body charged inside a longer sentence ("…, trong đó Trạm Y tế xã có trách nhiệm …"), not one given
a share of money; telecom units ("Viễn thông Hà Tân") as bodies; and "Ai ký kế hoạch đó?" after a
question that described a plan carrying out another directive asks of that plan. And the asker's
words for the text's: "1000" typed plain is the text's "1.000", "mét vuông" its "m²", "chết đuối"
its "đuối nước … tử vong", "buổi thi" its "cuộc thi"; "con cap 3 thi sao" after "… cấp 2 …" swaps
the level; "mấy phút" typed plain names no place; "kế hoạch của UBND huyện năm 2025" names a plan of
2025, which a plan of 2026 telling what happened in 2025 is not. Each on two shapes written for this file: as
typed (.txt) and as Markdown."""
from __future__ import annotations

import pytest

from conftest import rag_of, says
from kg_rag.answer.doc_year import doc_year_missing
from kg_rag.answer.followup import rewrite
from kg_rag.answer.named import named_things
from kg_rag.text.numbers import numbers_as_written
from kg_rag.directives.actors import bodies, split_actor
from kg_rag.directives.assignments import doc_assignments

DIRECTIVE = """HUYỆN ỦY HÀ TÂN
Số 07-CT/HU
ĐẢNG CỘNG SẢN VIỆT NAM
Hà Tân, ngày 02 tháng 3 năm 2026

CHỈ THỊ
Về tăng cường dạy bơi cho học sinh tiểu học

Ban Thường vụ Huyện ủy yêu cầu các cấp ủy thực hiện tốt các nhiệm vụ sau.

MỤC TIÊU
- Ít nhất 65% học sinh tiểu học biết bơi an toàn vào năm 2027.

NHIỆM VỤ, GIẢI PHÁP

Ban cán sự đảng Ủy ban nhân dân huyện
- Lãnh đạo Ủy ban nhân dân huyện ban hành kế hoạch dạy bơi, hoàn thành trước ngày 20/3/2026.
- Chỉ đạo lắp đặt 03 bể bơi lắp ghép tại các trường tiểu học trong năm 2026.
- Chỉ đạo Phòng Văn hóa và Thông tin, Trung tâm Y tế huyện kiểm tra an toàn các bể bơi trước ngày 30/5/2026.

Ban Tuyên giáo Huyện ủy
- Hướng dẫn các chi bộ đưa nội dung phòng, chống đuối nước vào sinh hoạt chuyên đề.

Mặt trận Tổ quốc và các đoàn thể
Đề nghị Ủy ban Mặt trận Tổ quốc huyện vận động các gia đình đưa con em đi học bơi.

Ủy ban nhân dân các xã rà soát, cắm biển cảnh báo tại các ao, hồ, trong đó Trạm Y tế xã có trách nhiệm tập huấn sơ cứu đuối nước cho giáo viên.
Tổng kinh phí dạy bơi là 640 triệu đồng, trong đó Sở Giáo dục và Đào tạo hỗ trợ 200 triệu đồng.
Đề nghị Viễn thông Hà Tân và Viettel Hà Tân lắp đặt đường truyền cho các bể bơi có camera.

T/M BAN THƯỜNG VỤ
PHÓ BÍ THƯ
Lưu Văn Thắng
"""

PLAN = """ỦY BAN NHÂN DÂN HUYỆN HÀ TÂN
Số: 61/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Hà Tân, ngày 18 tháng 3 năm 2026

KẾ HOẠCH
Dạy bơi cho học sinh tiểu học năm 2026

Thực hiện Chỉ thị số 07-CT/HU ngày 02/3/2026 của Ban Thường vụ Huyện ủy, Ủy ban nhân dân huyện ban hành Kế hoạch dạy bơi năm 2026.

Năm 2025, trên địa bàn huyện xảy ra 02 vụ đuối nước làm 03 học sinh tử vong.

I. NHIỆM VỤ
1. Phòng Giáo dục và Đào tạo tổ chức 12 lớp dạy bơi hè, mỗi lớp 25 học sinh, theo Hướng dẫn số 05/HD-SGDĐT ngày 15/12/2025.
2. Mỗi bể bơi lắp ghép có diện tích 120 m², đặt tại sân trường.
3. Trường có dưới 1.000 học sinh bố trí 01 nhân viên cứu hộ; trường trên 1.000 học sinh bố trí 02 nhân viên cứu hộ.
4. Cuộc thi bơi cấp huyện diễn ra từ 7 giờ 30 đến 11 giờ ngày 06/6/2026 tại bể bơi Trường Tiểu học Hà Tân.
5. Cuộc diễn tập cứu đuối tại hồ Đồng Mỏ diễn ra ngày 12/7/2026.

II. CẢNH BÁO
- Cảnh báo đuối nước cấp 1: mực nước ao hồ dâng 0,5 m trong 24 giờ.
- Cảnh báo đuối nước cấp 2: mực nước ao hồ dâng 1,0 m trong 24 giờ.
- Cảnh báo đuối nước cấp 3: mực nước ao hồ dâng trên 1,5 m trong 24 giờ.

TM. ỦY BAN NHÂN DÂN
KT. CHỦ TỊCH
PHÓ CHỦ TỊCH
Đinh Thị Hảo
"""


def _md(text: str) -> str:
    return text.replace("\nCHỈ THỊ\n", "\n# CHỈ THỊ\n").replace("\nKẾ HOẠCH\n", "\n# KẾ HOẠCH\n") \
        .replace("\nMỤC TIÊU\n", "\n## MỤC TIÊU\n").replace("\nNHIỆM VỤ, GIẢI PHÁP\n", "\n## NHIỆM VỤ, GIẢI PHÁP\n") \
        .replace("\nI. ", "\n## I. ").replace("\nII. ", "\n## II. ")


@pytest.fixture(scope="module", params=["txt", "md"])
def rag(request, tmp_path_factory):
    ext = request.param
    files = {f"ct_07.{ext}": DIRECTIVE, f"kh_61.{ext}": PLAN}
    return rag_of(tmp_path_factory.mktemp(f"unnumbered_corpus_{ext}"), tmp_path_factory.mktemp(f"unnumbered_{ext}") / "index",
                  {k: _md(v) if ext == "md" else v for k, v in files.items()})


def _by_actor(rag) -> dict[str, list[str]]:
    by: dict[str, list[str]] = {}
    for d in rag.snapshot().documents.values():
        for x in doc_assignments(d):
            by.setdefault(x.actor, []).append(x.task.text)
    return by


def test_a_bodys_name_without_number_heads_its_bullets(rag):
    by = _by_actor(rag)
    assert any(t.startswith("Lãnh đạo Ủy ban nhân dân huyện ban hành") for t in by["Ban cán sự đảng Ủy ban nhân dân huyện"])
    assert any(t.startswith("Chỉ đạo lắp đặt 03 bể bơi") for t in by["Ban cán sự đảng Ủy ban nhân dân huyện"])
    assert any(t.startswith("Hướng dẫn các chi bộ") for t in by["Ban Tuyên giáo Huyện ủy"])
    assert not any(a.startswith("Lãnh đạo") for a in by)                         # (a verb under a Party body)
    # (and the bodies it directs do that work: "Chỉ đạo Phòng …, Trung tâm … kiểm tra …")
    assert any(t.startswith("Chỉ đạo Phòng Văn hóa") for t in by["Ban cán sự đảng Ủy ban nhân dân huyện"])
    assert any(t.startswith("Chỉ đạo Phòng Văn hóa") for t in by["Phòng Văn hóa và Thông tin, Trung tâm Y tế huyện"])
    assert split_actor("Đài truyền thanh xã phát thông báo lịch học bơi.")[0] == "Đài truyền thanh xã"
    assert not any("Mặt trận Tổ quốc và các đoàn thể" == t for ts in by.values() for t in ts)   # (a name over a paragraph)
    says(rag, "Ban Tuyên giáo Huyện ủy phải làm gì theo Chỉ thị 07?", "sinh hoạt chuyên đề")


def test_a_body_charged_inside_a_sentence(rag):
    by = _by_actor(rag)
    assert any(t.startswith("Trạm Y tế xã có trách nhiệm tập huấn") for t in by["Trạm Y tế xã"])
    assert "Sở Giáo dục và Đào tạo" not in by                                   # (a share of money, no task)
    assert any(t.startswith("Lắp đặt đường truyền") for t in by["Viễn thông Hà Tân và Viettel Hà Tân"])
    assert split_actor("Phòng Bưu chính, Viễn thông và Công nghệ thông tin giám sát trò chơi độc hại.")[0] == \
        "Phòng Bưu chính, Viễn thông và Công nghệ thông tin"
    assert bodies("Phòng Bưu chính, Viễn thông và Công nghệ thông tin, Công an huyện") == \
        ("Phòng Bưu chính, Viễn thông và Công nghệ thông tin", "Công an huyện")
    says(rag, "Trạm Y tế xã có trách nhiệm gì theo Chỉ thị 07?", "sơ cứu đuối nước")


def test_that_document_is_the_one_described(rag):
    asked = "Kế hoạch của UBND huyện Hà Tân thực hiện Chỉ thị 07 có số hiệu gì, ban hành ngày nào?"
    assert rewrite("Ai ký kế hoạch đó?", [asked]) == "Ai ký Kế hoạch của UBND huyện Hà Tân thực hiện Chỉ thị 07?"
    assert rewrite("Ai ký văn bản đó?", ["Kế hoạch 61 ban hành ngày nào?"]) == "Ai ký Kế hoạch 61?"
    # (a question asking which document describes none)
    assert not rewrite("Ai ký văn bản đó?", ["Văn bản nào của huyện giao Trạm Y tế xã tập huấn sơ cứu?"]).startswith("Ai ký Văn bản nào")
    says(rag, "Ai ký kế hoạch đó?", "Đinh Thị Hảo", history=[asked], absent=("Lưu Văn Thắng",))


def test_the_askers_numbers_and_words_for_the_texts(rag):
    corpus = "tren 1.000 hoc sinh; nam 2026; 125.000.000 dong; 0974318552"
    assert numbers_as_written("trên 1000 học sinh năm 2026, gọi 0974318552", lambda: corpus) == "trên 1.000 học sinh năm 2026, gọi 0974318552"
    assert numbers_as_written("trên 1000 học sinh", lambda: "tren 1000 hoc sinh") == "trên 1000 học sinh"     # (written plain: kept)
    assert numbers_as_written("năm 2026", lambda: "co 2.026 hoc sinh") == "năm 2026"                          # (a year)
    says(rag, "Trường trên 1000 học sinh bố trí mấy nhân viên cứu hộ?", "02 nhân viên")
    says(rag, "Bể bơi lắp ghép rộng bao nhiêu mét vuông?", "120 m²")
    says(rag, "Buổi thi bơi cấp huyện diễn ra từ mấy giờ?", "7 giờ 30")
    says(rag, "Buổi diễn tập diễn ra ngày nào?", "12/7/2026")
    says(rag, "Năm 2025 huyện Hà Tân có bao nhiêu học sinh chết đuối?", "03 học sinh")


def test_a_numbered_level_swapped_and_a_count_typed_plain(rag):
    asked = "Cảnh báo đuối nước cấp 2 là mực nước dâng bao nhiêu?"
    assert rewrite("con cap 3 thi sao", [asked]) == "Cảnh báo đuối nước cấp 3 là mực nước dâng bao nhiêu?"
    says(rag, "con cap 3 thi sao", "trên 1,5 m", history=[asked])
    assert named_things("so lieu truyen ve tinh may phut mot lan") == []
    assert named_things("truong thpt cu may nguoi") == []


def test_a_document_of_the_year_asked(rag):
    says(rag, "Kế hoạch của UBND huyện Hà Tân năm 2026 tổ chức bao nhiêu lớp dạy bơi hè?", "12 lớp")
    refused = rag.ask("Kế hoạch của UBND huyện Hà Tân năm 2025 tổ chức bao nhiêu lớp dạy bơi hè?")
    assert not refused.grounded, refused.answer                      # (the plan of 2026 tells of 2025, is not of it)
    says(rag, "Chỉ thị năm 2026 của Huyện ủy chỉ đạo lắp đặt mấy bể bơi lắp ghép?", "03 bể bơi")     # (its date's year)
    docs = list(rag.snapshot().documents.values())
    assert doc_year_missing("Theo kế hoạch, năm 2025 có bao nhiêu vụ đuối nước?", docs) == []     # (a year of the thing asked)

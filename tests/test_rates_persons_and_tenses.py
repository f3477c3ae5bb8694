"""Known-answer tests for the classes read off eval/blind80–82: "bao nhiêu tiền một người?" is answered
by a fee "đồng/thí sinh" (a candidate, a trainee, a student is a person); "sắp chuyển tiền" is the
text's "chuẩn bị chuyển tiền" ("sắp", about to, narrows nothing). Each on two shapes written for this
file: the documents as typed (.txt) and as Markdown."""
from __future__ import annotations

import pytest

from conftest import rag_of, says
from kg_rag.answer.qualifier import asked_qualifier

REPORT = """SỞ GIÁO DỤC VÀ ĐÀO TẠO TỈNH MINH SA
Số: 318/BC-SGDĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Minh Sa, ngày 15 tháng 8 năm 2025

BÁO CÁO
Kết quả bồi dưỡng thường xuyên giáo viên năm học 2024-2025

I. KẾT QUẢ

1. Phí dự tuyển giáo viên năm 2025 là 400.000 đồng/thí sinh, nộp khi nộp phiếu đăng ký.

II. AN TOÀN TRÊN MẠNG

1. Công an tỉnh ngăn chặn kịp thời 41 trường hợp người dân chuẩn bị chuyển tiền cho đối tượng lừa đảo.

Nơi nhận:
- UBND tỉnh;
- Lưu: VT.

GIÁM ĐỐC
Triệu Thị Mai
"""


def _md(text: str) -> str:
    text = text.replace("\nBÁO CÁO\n", "\n# BÁO CÁO\n")
    return text.replace("\nI. ", "\n## I. ").replace("\nII. ", "\n## II. ")


@pytest.fixture(scope="module", params=["txt", "md"])
def rag(request, tmp_path_factory):
    ext = request.param
    text = _md(REPORT) if ext == "md" else REPORT
    return rag_of(tmp_path_factory.mktemp(f"rates_corpus_{ext}"), tmp_path_factory.mktemp(f"rates_{ext}") / "index",
                  {f"bc_318.{ext}": text})


def test_a_fee_per_candidate_is_a_fee_per_person(rag):
    says(rag, "Phí dự tuyển giáo viên bao nhiêu tiền một người?", "400.000 đồng/thí sinh")


def test_about_to_narrows_nothing(rag):
    assert "sap" not in asked_qualifier("Công an chặn kịp bao nhiêu trường hợp sắp chuyển tiền cho kẻ lừa?")
    says(rag, "Công an chặn kịp bao nhiêu trường hợp sắp chuyển tiền cho kẻ lừa?", "41 trường hợp")

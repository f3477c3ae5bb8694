"""Hard-wrapped text (copied from a PDF) is rebuilt into the paragraphs of the original: the same
passages come out of a wrapped copy as out of the original, on Party and State documents of
different shapes; documents that are not wrapped are left exactly as they are."""
import textwrap
from pathlib import Path

import pytest

from kg_rag.documents.chunking import chunk_document
from kg_rag.documents.corpus import load_document
from kg_rag.documents.structure import parse
from kg_rag.text.normalize import normalize_document
from kg_rag.text.unwrap import unwrap, wrap_width

ROOT = Path(__file__).resolve().parents[1]
SHAPES = ROOT / "tests" / "data" / "shapes"
BODY_STARTS = ("I.", "I -", "Căn cứ", "Thực hiện", "Để chuẩn bị", "1.", "QUYẾT ĐỊNH:")


def wrapped_copy(path: Path, width: int) -> str:
    lines = path.read_text(encoding="utf-8").split("\n")
    body = next(i for i, l in enumerate(lines) if l.strip().startswith(BODY_STARTS))
    return "\n".join(textwrap.fill(l, width) if i >= body and len(l) > width and not l.startswith("|") else l
                     for i, l in enumerate(lines))


def passages(doc):
    return [" ".join(c.text.split()) for c in chunk_document(doc)]


@pytest.mark.parametrize("path", [ROOT / "corpus" / "002_50cfeafd4e4b0251.txt", ROOT / "corpus" / "004_57220ce583489b87.txt",
                                  ROOT / "corpus" / "001_598d0e0f78c856f0.txt", SHAPES / "two_column_party_plan.txt",
                                  SHAPES / "decision.txt", SHAPES / "state_plan_with_table.txt"])
@pytest.mark.parametrize("width", [65, 78])
def test_a_wrapped_copy_gives_the_same_passages(path, width):
    original = load_document(path)
    copy = parse(path.name, normalize_document(wrapped_copy(path, width)))
    assert passages(copy) == passages(original)
    assert (copy.title, copy.number, copy.signer) == (original.title, original.number, original.signer)


@pytest.mark.parametrize("path", sorted((ROOT / "corpus").glob("*.txt")) + sorted(SHAPES.glob("*.txt")))
def test_documents_that_are_not_wrapped_are_unchanged(path):
    text = load_document(path).text
    assert unwrap(text) == text


def test_headings_items_rows_and_tails_are_never_glued():
    para = "Đây là một đoạn văn bản dài được ngắt dòng cứng khi sao chép từ tệp PDF sang văn"
    text = "\n".join([para, "bản thường, câu vẫn tiếp tục ở dòng sau và còn dài thêm nữa cho đủ", para,
                      "- Một gạch đầu dòng mới bắt đầu ở đây và cũng khá dài để vượt ngưỡng", para,
                      "II. NHIỆM VỤ TRỌNG TÂM", para, "| 1 | Nhiệm vụ | Sở Nội vụ |", para, "Nơi nhận:", para,
                      "Điều 2. Quyết định này có hiệu lực", para, "KT. CHỦ TỊCH"])
    assert wrap_width(text.split("\n")) is not None
    out = unwrap(text).split("\n")
    assert out[0].endswith("cho đủ " + para)                           # the sentence goes on, twice
    for own in ("- Một gạch", "II. NHIỆM VỤ", "| 1 |", "Nơi nhận:", "Điều 2.", "KT. CHỦ TỊCH"):
        assert any(line.startswith(own) for line in out), own          # each starts its own line
        assert not any(own in line and not line.startswith(own) for line in out), own
    assert len(unwrap(text)) == len(text)                              # offsets never move



def test_a_dash_opening_a_wrapped_line_goes_on_the_line_above():
    """ "… phụ trách văn hóa" over "- xã hội làm Tổ trưởng": the second half of "văn hóa - xã hội", not a
    list item; a list item under a line ending in a colon, or starting with a capital, stays an item."""
    lines = ["Điều 1. Thành lập Tổ công nghệ số cộng đồng phường gồm 11 thành viên, do",
             "đồng chí Phó Chủ tịch UBND phường phụ trách lĩnh vực công tác văn hóa",
             "- xã hội làm Tổ trưởng; các thành viên làm việc theo chế độ kiêm nhiệm.",
             "Điều 2. Tổ có nhiệm vụ hỗ trợ người dân sử dụng dịch vụ công trực tuyến:",
             "- hướng dẫn người dân cài đặt ứng dụng định danh điện tử trên điện thoại;",
             "- tổ chức các buổi hỗ trợ lưu động tại nhà văn hóa các khu phố hằng tháng",
             "- Phối hợp với Đoàn Thanh niên phường tổ chức chiến dịch Thứ Bảy số tại",
             "các khu phố vào ngày thứ Bảy hằng tuần trong năm 2026 cho người cao tuổi."]
    out = unwrap("\n".join(lines)).split("\n")
    assert "phụ trách lĩnh vực công tác văn hóa - xã hội làm Tổ trưởng" in out[0]
    assert [line[:12] for line in out[1:]] == ["Điều 2. Tổ c", "- hướng dẫn ", "- tổ chức cá", "- Phối hợp v"]

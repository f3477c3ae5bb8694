"""Known answers for the parser on document shapes unlike the bundled five (our own test texts
in tests/data/shapes): two-column headers flattened onto one line, a header laid out as a table, a
State plan with a task table, a công văn (V/v, Kính gửi, đề nghị items), a decision with Điều,
a signature before the recipients. Every rule is checked on more than one shape."""
from pathlib import Path

import pytest

from kg_rag.documents.corpus import load_document

SHAPES = Path(__file__).parent / "data" / "shapes"

META = {
    "two_column_party_plan.txt": dict(type="Kế hoạch", number="52-KH/TU", issuer="Ban Thường vụ Tỉnh ủy Nam Sơn",
                                      place="Thành Hưng", date="14/02/2025", signer="Lê Văn Tường",
                                      signer_title="T/M BAN THƯỜNG VỤ PHÓ BÍ THƯ THƯỜNG TRỰC"),
    "state_plan_with_table.txt": dict(type="Kế hoạch", number="87/KH-UBND", issuer="Ủy ban nhân dân tỉnh Nam Sơn",
                                      place="Thành Hưng", date="03/04/2025", signer="Trần Thị Mai",
                                      title="Phát triển dịch vụ công trực tuyến phục vụ người dân năm 2025"),
    "cong_van.txt": dict(type="Công văn", number="215/SKHCN-QLCN", issuer="Sở Khoa học và Công nghệ", place="Thành Hưng",
                         date="20/05/2025", signer="Phạm Quốc Huy",
                         title="đăng ký nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2026"),
    "decision.txt": dict(type="Quyết định", number="1204/QĐ-UBND", issuer="Ủy ban nhân dân tỉnh Nam Sơn",
                         date="10/06/2025", signer="Nguyễn Minh Khang", signer_title="CHỦ TỊCH",
                         title="Về việc thành lập Tổ công tác chuyển đổi số trong giáo dục"),
    "table_header_report.txt": dict(type="Báo cáo", number="8-BC/ĐU", issuer="Đảng ủy xã Long Phú", place="Long Phú",
                                    date="25/09/2025", signer="Hồ Văn Sáu"),
}


@pytest.fixture(scope="module")
def docs():
    return {p.name: load_document(p) for p in SHAPES.glob("*.txt")}


@pytest.mark.parametrize("name", sorted(META))
def test_metadata_of_each_shape(docs, name):
    d = docs[name]
    for field, want in META[name].items():
        assert getattr(d, field) == want, field
    for b in d.blocks:
        assert d.text[b.start:b.end] == b.text


@pytest.mark.parametrize("name", sorted(META))
def test_header_and_tail_lines_are_never_body(docs, name):
    d = docs[name]
    body = [b for b in d.blocks if b.kind in ("paragraph", "item", "row", "heading")]
    junk = ("ĐẢNG CỘNG SẢN", "CỘNG HÒA XÃ HỘI", "Độc lập", "Số", "Kính gửi", "Nơi nhận", "(Đã ký)", d.signer)
    assert not [b.text for b in body if b.text.startswith(junk)]
    assert not [b.text for b in body if d.recipients and b.text.lstrip("- ").startswith(d.recipients[-1])]


def test_cong_van_addressees_and_requests(docs):
    d = docs["cong_van.txt"]
    assert d.addressees == ("Ủy ban nhân dân các huyện, thành phố", "Các sở, ban, ngành tỉnh",
                            "Các trường đại học, cao đẳng trên địa bàn tỉnh")
    items = [b for b in d.blocks if b.kind == "item"]
    assert [b.label for b in items] == ["1", "2", "3"] and items[0].text.startswith("1. Đề nghị Ủy ban nhân dân")


def test_task_table_rows_carry_their_columns(docs):
    rows = [b for b in docs["state_plan_with_table.txt"].blocks if b.kind == "row"]
    assert len(rows) == 3 and rows[0].label == "1" and rows[0].path == ("II. NHIỆM VỤ CỤ THỂ",)
    assert rows[0].columns == ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành")


def test_decision_articles_and_their_points(docs):
    blocks = docs["decision.txt"].blocks
    art2 = next(b for b in blocks if b.label == "Điều 2")
    assert art2.kind == "heading" and art2.path == ("QUYẾT ĐỊNH:",)
    a = next(b for b in blocks if b.text.startswith("a) Tham mưu"))
    assert a.path == ("QUYẾT ĐỊNH:", "Điều 2. Nhiệm vụ của Tổ công tác:")
    assert next(b for b in blocks if b.label == "Điều 3").kind == "item"
    assert not [b for b in blocks if b.kind != "header" and b.text.startswith(("CHỦ TỊCH ỦY BAN", "Căn cứ Luật"))
                and b.kind == "heading"]


def test_signature_before_recipients(docs):
    d = docs["two_column_party_plan.txt"]
    kinds = [b.kind for b in d.blocks][-2:]
    assert kinds == ["signature", "recipients"] and len(d.recipients) == 3

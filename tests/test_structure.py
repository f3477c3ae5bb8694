"""Known answers for the parser on the five real documents."""
import pytest

from kg_rag.text.genre import HEADING_SEP as SEP

META = {
    "000_be8e4c97cec46f5d.txt": dict(type="Kế hoạch", number="", issuer="Sở Khoa học và Công nghệ", place="Bắc Giang",
                                     date="../01/2024", signer="Triệu Ngọc Trung",
                                     title="Tổ chức thực hiện công tác Khoa giáo năm 2024"),
    "001_598d0e0f78c856f0.txt": dict(type="Kế hoạch", number="31-KH/BTGĐUK", issuer="Ban Tuyên giáo Đảng ủy Khối các cơ quan tỉnh Bình Định",
                                     place="Bình Định", date="05/01/2023", signer="Nguyễn Lệ Thủy",
                                     title="công tác khoa giáo năm 2024"),
    "002_50cfeafd4e4b0251.txt": dict(type="Kế hoạch", number="", issuer="Ban Thường vụ Đảng ủy Khối các cơ quan tỉnh",
                                     signer="Mai Thị Nhài"),
    "003_d3e4a11f6ac37c1f.txt": dict(type="Hướng dẫn", issuer="Ban Tuyên giáo Huyện ủy", signer="",
                                     title="công tác khoa giáo năm 2024"),
    "004_57220ce583489b87.txt": dict(type="Hướng dẫn", issuer="Ban Tuyên giáo Huyện ủy", signer="Nguyễn Thị Hường",
                                     signer_title="K/T TRƯỞNG BAN PHÓ TRƯỞNG BAN"),
}


@pytest.mark.parametrize("source", sorted(META))
def test_metadata(documents, source):
    d = documents[source]
    for field, want in META[source].items():
        assert getattr(d, field) == want, field


def test_titles_and_recipients(documents):
    d2 = documents["002_50cfeafd4e4b0251.txt"]
    assert d2.title.startswith("thực hiện Chương trình hành động số 56-CTr/TU")
    assert d2.title.endswith("hội nhập quốc tế")
    assert documents["001_598d0e0f78c856f0.txt"].recipients[0] == "Ban Tuyên giáo Tỉnh ủy (b/c)"
    assert len(documents["003_d3e4a11f6ac37c1f.txt"].recipients) == 8


def test_every_block_offset_is_exact(documents):
    for d in documents.values():
        for b in d.blocks:
            assert d.text[b.start:b.end] == b.text


def _block(d, starts):
    return next(b for b in d.blocks if b.text.startswith(starts))


def test_section_paths(documents):
    d4 = documents["004_57220ce583489b87.txt"]
    b = _block(d4, "- Phòng Kinh tế và Hạ tầng chủ động phối hợp")
    assert b.path == ("IV. TỔ CHỨC THỰC HIỆN", "3. Phòng Kinh tế và Hạ tầng; Phòng Nội vụ; Phòng Giáo dục và Đào tạo; "
                      "Phòng Y tế; Phòng Văn hóa và Thông tin; Phòng Tài chính và Kế hoạch")
    d0 = documents["000_be8e4c97cec46f5d.txt"]
    assert _block(d0, "- Tổng hợp báo cáo").path == ("III. TỔ CHỨC THỰC HIỆN", "2. Văn phòng Sở")
    assert _block(d0, "1.2. Nghị quyết số 36-NQ/TW").path == (
        "II. NỘI DUNG THỰC HIỆN", "1. Công tác tham mưu tổ chức thực hiện các nghị quyết, chỉ thị, kết luận của Đảng")
    d1 = documents["001_598d0e0f78c856f0.txt"]
    item = _block(d1, "1. Ban Tuyên giáo Đảng ủy Khối tham mưu")
    assert item.kind == "item" and item.path == ("III - TỔ CHỨC THỰC HIỆN",)
    d3 = documents["003_d3e4a11f6ac37c1f.txt"]
    assert _block(d3, "· Tổng kết 15 năm").path[-1].startswith("4. Công tác tham mưu cấp ủy sơ kết")
    closing = _block(documents["002_50cfeafd4e4b0251.txt"], "Trên đây là Kế hoạch")
    assert closing.path == ()


def test_signature_and_header_blocks(documents):
    d4 = documents["004_57220ce583489b87.txt"]
    sig = next(b for b in d4.blocks if b.kind == "signature")
    assert sig.text.endswith("Nguyễn Thị Hường")
    head = next(b for b in documents["001_598d0e0f78c856f0.txt"].blocks if b.kind == "header")
    assert "Số 31-KH/BTGĐUK" in head.text


def test_chunks_keep_offsets_and_heading_words(documents):
    from kg_rag.documents.chunking import chunk_document
    for d in documents.values():
        chunks = chunk_document(d)
        assert chunks
        for c in chunks:
            assert d.text[c.start:c.end] == c.text
            assert len(c.text) <= 800
        # "III. HÌNH THỨC TUYÊN TRUYỀN" is only a heading, yet its words reach the chunks below it
    d4 = chunk_document(documents["004_57220ce583489b87.txt"])
    under = [c for c in d4 if c.section == "III. HÌNH THỨC TUYÊN TRUYỀN"]
    assert len(under) == 4 and all("HÌNH THỨC TUYÊN TRUYỀN" in c.context for c in under)
    assert any(c.kind == "signature" and "Người ký" in c.context for c in d4)
    ids = [c.id for c in d4]
    assert len(set(ids)) == len(ids) and ids == [c.id for c in chunk_document(documents["004_57220ce583489b87.txt"])]
    assert SEP == " › "


def test_long_paragraph_is_split_on_sentence_boundaries(documents):
    from kg_rag.documents.chunking import chunk_document
    d3 = documents["003_d3e4a11f6ac37c1f.txt"]
    long_block = _block(d3, "· Xây dựng và ban hành")
    pieces = [c for c in chunk_document(d3) if long_block.start <= c.start < long_block.end]
    assert len(pieces) >= 2
    assert pieces[0].start == long_block.start and pieces[-1].end == long_block.end
    assert all(p.text.rstrip()[-1] in ".;:" for p in pieces[:-1])

"""Known-answer tests for the classes read off eval/blind61–63: a Biên bản is a document type of its
own ("04/BB-UBND" is no công văn); a hard-wrapped range ("ngày 10" over "- 11/3/2026 tại huyện")
is one sentence, not a list item; "mấy cái …" counts nothing in particular; "bao lâu … một lần"
asks how often, not how long (no length of time need be written); the header of the document a question names by number gives its
date even when the question also asks who signed; "Còn cụm 1?" swaps the cluster asked before; an
acronym the corpus writes once ("Hội NCT" in a recipients list) but spells out forty times
("người cao tuổi") is read as the phrase. Each on two shapes written for this file: the documents
as typed (.txt) and as Markdown."""
from __future__ import annotations

import pytest

from conftest import rag_of, says
from kg_rag.answer.asked_detail import asks_duration, holds_duration
from kg_rag.answer.asked_type import asked_quantity
from kg_rag.answer.followup import rewrite
from kg_rag.documents.chunking import chunk_document
from kg_rag.documents.corpus import load_document

# typed from a PDF: lines broken near 72 characters, a date range broken at its dash
MINUTES = """UBND HUYỆN MƯỜNG TÈ NAM
ỦY BAN NHÂN DÂN XÃ PHÌN HỒ
Số: 05/BB-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Phìn Hồ, ngày 24 tháng 02 năm 2026

BIÊN BẢN
Cuộc họp triển khai mô hình tủ sách thôn năm 2026

I. NỘI DUNG CUỘC HỌP
1. Bà Lò Thị Hoa quán triệt các nội dung chính của kế hoạch huyện, trong
đó lưu ý: danh sách điểm mô hình gửi Phòng Văn hóa và Thông tin huyện
trước ngày 28/02/2026; mỗi xã cử 02 học viên dự lớp tập huấn ngày 10
- 11/3/2026 tại huyện; mỗi điểm mô hình được huyện hỗ trợ 6 triệu đồng.
2. Các thôn báo cáo kết quả hoạt động của tủ sách định kỳ hằng tháng,
gửi Ủy ban nhân dân xã trước ngày 25; cán bộ văn hóa xã tổng hợp chung và
kiểm tra các tủ sách 02 lần trong năm.

II. KẾT LUẬN
1. Đoàn Thanh niên xã lập đội tình nguyện hướng dẫn kỹ năng số.
2. Hội Phụ nữ xã vận động hội viên góp sách cho tủ sách thôn.

Nơi nhận:
- UBND huyện (b/c);
- Lưu: VP.

CHỦ TỌA
Lò Văn Sính
"""

CONTEST = """HỘI NGƯỜI CAO TUỔI HUYỆN MƯỜNG TÈ NAM
Số: 09/KH-HNCT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Mường Tè Nam, ngày 02 tháng 3 năm 2026

KẾ HOẠCH
Hội thi người cao tuổi với sức khỏe và kỹ năng số năm 2026

I. MỤC ĐÍCH
1. Giúp người cao tuổi chăm sóc sức khỏe và dùng điện thoại thông minh an toàn.
2. Mỗi chi hội người cao tuổi có ít nhất 01 đội tham gia hội thi.

II. THỜI GIAN, ĐỊA ĐIỂM
1. Vòng sơ khảo cụm 1 gồm 6 xã, tổ chức ngày 16/4/2026 tại Nhà văn hóa xã Phìn Hồ.
2. Vòng sơ khảo cụm 2 gồm 5 xã, tổ chức ngày 17/4/2026 tại Nhà văn hóa xã Pa Ủ.
3. Vòng chung kết của người cao tuổi tổ chức từ 7 giờ 30 phút ngày 08/5/2026 tại Hội trường huyện.

III. TỔ CHỨC THỰC HIỆN
1. Chi hội người cao tuổi các thôn đăng ký đội thi trước ngày 05/4/2026.
2. Hội viên người cao tuổi tham gia tập luyện tại nhà văn hóa thôn.

Nơi nhận:
- Hội NCT các xã;
- Lưu: VP.

TM. BAN ĐẠI DIỆN
TRƯỞNG BAN
Vàng Seo Pao
"""


def _md(text: str) -> str:
    for head in ("BIÊN BẢN", "KẾ HOẠCH"):
        text = text.replace(f"\n{head}\n", f"\n# {head}\n")
    return text.replace("\nI. ", "\n## I. ").replace("\nII. ", "\n## II. ").replace("\nIII. ", "\n## III. ")


@pytest.fixture(scope="module", params=["txt", "md"])
def rag(request, tmp_path_factory):
    ext = request.param
    conv = _md if ext == "md" else (lambda t: t)
    return rag_of(tmp_path_factory.mktemp(f"minutes_corpus_{ext}"), tmp_path_factory.mktemp(f"minutes_{ext}") / "index",
                   {f"bb_05.{ext}": conv(MINUTES), f"kh_09.{ext}": conv(CONTEST)})


@pytest.mark.parametrize("ext", ["txt", "md"])
def test_minutes_are_a_type_and_a_wrapped_range_is_one_sentence(tmp_path, ext):
    (tmp_path / f"bb.{ext}").write_text((_md if ext == "md" else str)(MINUTES), encoding="utf-8")
    doc = load_document(tmp_path / f"bb.{ext}")
    assert doc.type == "Biên bản" and doc.number == "05/BB-UBND"
    assert any("ngày 10 - 11/3/2026 tại huyện" in c.text for c in chunk_document(doc))


def test_minutes_give_work_as_a_letter_does(tmp_path):
    from kg_rag.directives.assignments import doc_assignments
    (tmp_path / "bb.txt").write_text(MINUTES, encoding="utf-8")
    actors = [d.actor for d in doc_assignments(load_document(tmp_path / "bb.txt"))]
    assert "Đoàn Thanh niên xã" in actors and "Hội Phụ nữ xã" in actors


def test_minutes_cited_by_their_type(rag):
    says(rag, "Học viên dự lớp tập huấn ngày nào, ở đâu?", "Biên bản số 05/BB-UBND", "10 - 11/3/2026 tại huyện")


def test_how_often_and_a_count_of_anything():
    often = "bao lau thi cac thon phai bao cao mot lan"
    assert asks_duration(often) and holds_duration("dinh ky hang thang", often) and holds_duration("02 nam mot lan", often)
    assert not holds_duration("dinh ky hang thang", "Lớp học kéo dài bao lâu?")
    assert asked_quantity("Trong 7 nhiệm vụ thì mấy cái tuyển chọn, mấy cái giao trực tiếp?") is None


def test_how_often_the_villages_report(rag):
    says(rag, "Bao lâu thì các thôn phải báo cáo kết quả tủ sách một lần?", "định kỳ hằng tháng")


def test_the_named_documents_header_gives_its_date_beside_its_signer(rag):
    says(rag, "BB 05 do ai ký, lập ngày nào?", "Lò Văn Sính", "ngày 24 tháng 02 năm 2026")


def test_another_cluster_swapped_in():
    assert rewrite("con cum 1 thi sao", ["vong so khao cum 2 to chuc o dau, ngay nao"]) == "vong so khao cum 1 to chuc o dau, ngay nao"
    assert rewrite("Còn bảng B?", ["Bảng A dành cho đối tượng nào?"]) == "Bảng B dành cho đối tượng nào?"


def test_another_cluster_answered(rag):
    says(rag, "con cum 1 thi sao", "Phìn Hồ", history=["vong so khao cum 2 to chuc o dau, ngay nao"])


def test_an_acronym_written_once_is_read_as_the_phrase_written_often(rag):
    says(rag, "Chung kết hội thi NCT tổ chức mấy giờ, ở đâu?", "7 giờ 30 phút")

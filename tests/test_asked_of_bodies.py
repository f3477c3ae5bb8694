"""Known-answer tests for the classes read off eval/blind58–60: "ĐH" / "dh", "Hội ND", "Hội CCB",
"LĐLĐ" written out; a place's level as the document writes it anywhere ("huyện Khâu Vai" in the
opening only, "Thị trấn Khâu Vai" in the passages found); "… phản ánh cho ai?" answered by the
contact line naming a person, and another letter's contact line not taken for the best
document's; "ThS. Lò Thị Hoa" inside one sentence; a count whose words the document's subject
writes in a row ("bao nhiêu tổ dân vận số" in a guidance on "Tổ dân vận số"); "tăng từ bao nhiêu
lên bao nhiêu"; "Những văn bản nào giao việc cho Hội Cựu chiến binh các cấp?". Each on two shapes
written for this file: the documents as typed (.txt) and as Markdown."""
from __future__ import annotations

import pytest

from conftest import rag_of, says
from kg_rag.answer.asked_type import asked_quantity
from kg_rag.text.genre import expand_abbreviations, user_abbreviations
from kg_rag.text.normalize import fold
from kg_rag.text.sentences import sentences

GUIDE = """HUYỆN ỦY KHÂU VAI
BAN TUYÊN GIÁO VÀ DÂN VẬN
Số 09-HD/BTGDVHU
ĐẢNG CỘNG SẢN VIỆT NAM
Khâu Vai, ngày 04 tháng 5 năm 2026

HƯỚNG DẪN
Thành lập và hoạt động của Tổ dân vận số ở thôn, bản

I. TỔ CHỨC

1. Mỗi thôn, bản thành lập 01 tổ gồm từ 05 đến 07 thành viên.

2. Tổ dân vận số thực hiện tuyên truyền chủ trương của Đảng về chuyển đổi số tại các buổi họp thôn.

3. Tổ dân vận số thực hiện báo cáo hằng tháng về Đảng ủy xã; quy chế hoạt động của tổ do Đảng ủy xã ban hành.

4. Thành viên tổ dân vận số thực hiện nắm tình hình dư luận về các vướng mắc của người dân khi dùng dịch vụ công.

5. Hằng năm, Ban Thường vụ Huyện ủy xem xét tặng Giấy khen cho tối đa 08 tổ tiêu biểu; mức thưởng kèm theo là 800.000 đồng/tổ.

II. NHIỆM VỤ CỦA CÁC CƠ QUAN, ĐOÀN THỂ

Ban Thường vụ Huyện ủy giao các cơ quan, đoàn thể huyện thực hiện:

1. Hội Nông dân huyện vận động hội viên đưa nông sản lên sàn thương mại điện tử trong năm 2026.

2. Hội Cựu chiến binh huyện duy trì nhóm Zalo "Cựu chiến binh nói không với tin giả" ở các xã.

3. Liên đoàn Lao động huyện phổ biến kỹ năng số cho đoàn viên công đoàn các doanh nghiệp.

Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị phản ánh về Ban Tuyên giáo và Dân vận Huyện ủy (đồng chí Hà Văn Sình, Phó Trưởng ban, điện thoại 0209.3851.226) để tổng hợp.

Nơi nhận:
- Thường trực Huyện ủy (b/c);
- Lưu BTGDV.

K/T TRƯỞNG BAN
PHÓ TRƯỞNG BAN
Hà Văn Sình
"""

LETTER = """UBND HUYỆN KHÂU VAI                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO                 Độc lập - Tự do - Hạnh phúc
    Số: 512/PGDĐT-THCS
V/v tổ chức thi chọn học sinh giỏi    Khâu Vai, ngày 06 tháng 10 năm 2025

Kính gửi: Hiệu trưởng các trường trung học cơ sở.

Phòng Giáo dục và Đào tạo đề nghị các trường chuẩn bị kỳ thi chọn học sinh giỏi lớp 9 như sau:

a) Môn thi: Ngữ văn, Toán, Tiếng Anh và Tin học.

b) Thời gian: thi ngày 22/11/2025; mỗi trường cử tối đa 05 học sinh giỏi mỗi môn thi.

c) Địa điểm: Trường THCS Thị trấn Khâu Vai, số 8 đường Hoa Ban, thị trấn Khâu Vai.

đ) Môn Tin học lớp 9 thi trên máy tính tại phòng máy; các môn khác thi viết.

e) Thí sinh lớp 9 dự thi các môn mang theo thẻ học sinh; kết quả thi các môn công bố sau 10 ngày.

g) Đầu mối: bà Vàng Thị Dế, chuyên viên, điện thoại 0912 345 678.

Nhận Công văn này, đề nghị Hiệu trưởng các trường trung học cơ sở trên địa bàn huyện Khâu Vai triển khai thực hiện.

Nơi nhận:
- Như trên;
- Lưu: VT.

KT. TRƯỞNG PHÒNG
PHÓ TRƯỞNG PHÒNG
Lù Văn Sáng
"""

NOTICE = """UBND TỈNH HÀ QUẢNG
TRƯỜNG ĐẠI HỌC KHÂU VAI
Số: 118/TB-ĐHKV
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Khâu Vai, ngày 15 tháng 3 năm 2026

THÔNG BÁO
Tuyển sinh đại học hệ chính quy năm 2026

1. Tổng chỉ tiêu năm 2026 là 900 sinh viên cho 6 ngành.

2. Ký túc xá có 400 chỗ ở, ưu tiên sinh viên ở xa, giá 200.000 đồng/tháng.

3. Mọi thông tin xin liên hệ Phòng Đào tạo: điện thoại 0209 3 811 118, đường dây nóng 0905 111 222 (ThS. Lò Thị Hoa); e-mail tuyensinh@dhkv.edu.vn.

Nơi nhận:
- Sở GD&ĐT;
- Lưu: VT.

KT. HIỆU TRƯỞNG
PHÓ HIỆU TRƯỞNG
Nông Văn Páo
"""

REPORT = """ĐẢNG BỘ HUYỆN KHÂU VAI
ĐẢNG ỦY XÃ LŨNG PÙ
Số 31-BC/ĐU
ĐẢNG CỘNG SẢN VIỆT NAM
Lũng Pù, ngày 20 tháng 8 năm 2026

BÁO CÁO
Kết quả tuyên truyền chuyển đổi số 3 tháng

I. KẾT QUẢ

1. Tỷ lệ người dân của xã có tài khoản định danh điện tử mức 2 tăng từ 48,5% (tháng 5/2026) lên 69,2% (tháng 8/2026).

II. NHIỆM VỤ

1. Hội Cựu chiến binh xã tổ chức 02 buổi tọa đàm nhận diện tin giả trong quý IV/2026.

Nơi nhận:
- Ban Thường vụ Huyện ủy (b/c);
- Lưu VP.

T/M ĐẢNG ỦY
BÍ THƯ
Sùng Văn Chá
"""


def _md(text: str) -> str:
    for head in ("HƯỚNG DẪN", "THÔNG BÁO", "BÁO CÁO"):
        text = text.replace(f"\n{head}\n", f"\n# {head}\n")
    return text.replace("\nI. ", "\n## I. ").replace("\nII. ", "\n## II. ")


@pytest.fixture(scope="module", params=["txt", "md"])
def rag(request, tmp_path_factory):
    ext = request.param
    conv = _md if ext == "md" else (lambda t: t)
    return rag_of(tmp_path_factory.mktemp(f"bodies2_corpus_{ext}"), tmp_path_factory.mktemp(f"bodies2_{ext}") / "index",
                   {f"hd_09.{ext}": conv(GUIDE), f"cv_512.{ext}": conv(LETTER), f"tb_118.{ext}": conv(NOTICE),
                    f"bc_31.{ext}": conv(REPORT)})


def test_a_university_and_bodies_written_short():
    assert user_abbreviations("dh khau vai tuyen bao nhieu") == "dai hoc khau vai tuyen bao nhieu"
    assert expand_abbreviations("ĐH Khâu Vai, Hội ND huyện, Hội CCB xã, LĐLĐ tỉnh", keep=False) == \
        "đại học Khâu Vai, Hội Nông dân huyện, Hội Cựu chiến binh xã, Liên đoàn Lao động tỉnh"


def test_a_university_asked_short(rag):
    says(rag, "dh khau vai tuyen bao nhieu chi tieu nam 2026", "900 sinh viên")
    says(rag, "Ký túc xá ĐH Khâu Vai có bao nhiêu chỗ, giá bao nhiêu?", "400 chỗ", "200.000 đồng")
    says(rag, "HD 09 giao Hội ND huyện việc gì?", "sàn thương mại điện tử")


def test_a_degree_before_a_name_ends_no_sentence(rag):
    text = NOTICE.split("3. ")[1].split("\n")[0]
    assert len(sentences(text)) == 1
    says(rag, "Cần hỏi tuyển sinh ĐH Khâu Vai thì gọi số nào?", "0905 111 222 (ThS. Lò Thị Hoa)")


def test_a_place_at_the_level_the_document_writes_anywhere(rag):
    from kg_rag.answer.signals import signals
    snap = rag.snapshot()
    query = snap.read_query("Kỳ thi học sinh giỏi lớp 9 huyện Khâu Vai thi những môn nào?")
    # (the passages found say "Thị trấn Khâu Vai"; the letter says "huyện Khâu Vai" only in its closing line)
    hits = [h for h in snap.search(query, k=20) if "huyen khau vai" not in fold(h.chunk.text) and h.chunk.source.startswith("cv_512")]
    hits.sort(key=lambda h: "thi tran khau vai" not in fold(h.chunk.text))
    assert "thi tran khau vai" in fold(hits[0].chunk.text) and signals(snap, query, hits).missing == 0
    says(rag, "Kỳ thi HSG lớp 9 huyện Khâu Vai thi những môn nào?", "Công văn số 512/PGDĐT-THCS", "lớp 9")
    assert not rag.ask("Kỳ thi HSG lớp 9 huyện Lũng Cú thi những môn nào?").grounded


def test_whom_to_turn_to_is_the_contact_line_naming_a_person(rag):
    from kg_rag.answer.asked_detail import asks_whom_to_contact
    assert asks_whom_to_contact("Có vướng mắc thì phản ánh cho ai?") and asks_whom_to_contact("lien he voi ai")
    says(rag, "Thành viên tổ dân vận số gặp vướng mắc khi thực hiện quy chế thì phản ánh cho ai?", "Hà Văn Sình", "0209.3851.226")
    # (the letter's own contact, not the guidance's or the university's)
    says(rag, "lien he ai o phong giao duc khau vai ve ky thi hoc sinh gioi", "Vàng Thị Dế", absent=("Hà Văn Sình",))


def test_a_count_whose_words_the_subject_writes_and_a_rise(rag):
    says(rag, "Hằng năm Ban Thường vụ Huyện ủy khen tối đa bao nhiêu tổ dân vận số?", "08 tổ")
    assert asked_quantity("Tỷ lệ định danh mức 2 của xã tăng từ bao nhiêu lên bao nhiêu?") == "percent dinh danh"
    says(rag, "Tỷ lệ định danh điện tử mức 2 của xã Lũng Pù tăng từ bao nhiêu lên bao nhiêu?", "48,5%", "69,2%")


def test_the_documents_giving_a_body_work(rag):
    answer = says(rag, "Những văn bản nào giao việc cho Hội Cựu chiến binh các cấp?", "Các văn bản giao việc cho Hội Cựu chiến binh:",
                  "nhận diện tin giả", "nói không với tin giả")
    assert "Hướng dẫn" in answer or "HƯỚNG DẪN" in answer
    assert not rag.ask("Những văn bản nào giao việc cho Hội Người cao tuổi?").grounded
    # (the "giáo" of "Ban Tuyên giáo" gives no work: a question about its documents is no such list)
    from kg_rag.answer.assigned_in import _ASK
    assert _ASK.search(fold("Báo cáo căn cứ văn bản nào của Ban Tuyên giáo Huyện ủy?")) is None
    assert _ASK.search(fold("Văn bản nào giao cho Huyện đoàn tổ chức hội thi?")) is not None

"""Known-answer tests for classes read off eval/blind116–118.

Passages: a numbered line that states a figure or says what something is and introduces the items
under it ("2. Tuyến số 2 … chạy vào thứ Tư hằng tuần, gồm 02 điểm dừng:", "1. Tổng kinh phí dự kiến
là 186 triệu đồng, trong đó:", "1. Tổ Lưu động là đầu mối …, có trách nhiệm:") is a passage of its
own, and an answer listing those items opens with it; a title over items ("3. Lớp tập huấn đợt 1")
is not. A hard-wrapped time cut at the margin ("… đến 17 giờ" / "00.") is one line.

Questions: a phrase typed without diacritics that the corpus never writes whole ("cuon sach tren xe")
is its syllables, as typed with diacritics; "bao nhiêu phút" asks a length of time; a plain question
holding "TH" ("truong TH …") stays plain and keeps the school's level; a table column naming the thing
and its unit ("Sách quyên góp nhận được (bản)") counts "bản sách", and a table names a school by its
level alone ("| TH Phiêng Lò |"); "Những học sinh nào …" is answered by a table's "Hoàng Thị Mai Lan,
học sinh lớp 7A"; "em … Hoa Ban lop may" names a girl, no body "Ban …"; "giá bao nhiêu" asks a sum and
"mỗi bộ" is the text's "…/bộ"; "mấy người" is answered by "05 thành viên"; "2 bộ" (a count) is the
text's "02 bộ", "tháng 5" (a label) is no "05"; "Giai đoạn 3" is a stage; "bao nhiêu hồ sơ của sinh
viên" counts the students' only; "… được những văn bản nào khác nhắc lại?" lists the documents citing it.

Follow-ups: "Xã đó", "trường đó" are the place or school named before ("Ban đó" is a body's); "Chương
trình đó" is the name given before, up to its verb; "Còn tuyến số 1?" swaps the number; "Thế vòng bán
kết thì sao?" swaps the round into the question that named one.

Who-what: "Ủy ban MTTQ huyện", "Huyện đoàn" of a district's plan are its "Ủy ban MTTQ Việt Nam huyện
Tân Lạc Đông", "Huyện đoàn Tân Lạc Đông" (not when the question names another place, nor "Ban Tuyên
giáo và Dân vận Huyện ủy" for "Ban Tuyên giáo Huyện ủy"); "Huyện đoàn được Phòng GD&ĐT đề nghị làm
gì?" asks the work that office's documents ask of it, "… được kế hoạch giao …" a plan's; "…, trong
đó Hội Cựu chiến binh huyện thành lập 03 tủ sách" gives that member a task of its own (not a share of
money).

Each on two shapes written for this file (as typed, .txt, and Markdown)."""
from __future__ import annotations

import pytest

from conftest import as_markdown, rag_of, says, shaped_rag
from kg_rag.answer.asked_detail import asks_duration
from kg_rag.answer.extract import names_date
from kg_rag.answer.followup import rewrite
from kg_rag.answer.named import mentioned, named_things
from kg_rag.answer.plain_names import plain_names
from kg_rag.answer.qualifier import asked_qualifier
from kg_rag.answer.schools import school_mentioned
from kg_rag.answer.who import ordered
from kg_rag.answer.who_named import named_actor
from kg_rag.directives.actors import actor_key
from kg_rag.directives.assignments import Assignment
from kg_rag.directives.clauses import cued_clauses
from kg_rag.documents.chunking import chunk_document
from kg_rag.documents.structure import parse
from kg_rag.search.acronyms import spell_out
from kg_rag.search.coverage import covered, unframed
from kg_rag.text.normalize import fold
from kg_rag.text.unwrap import unwrap

GUIDE = """UBND HUYỆN TÂN LẠC ĐÔNG
THƯ VIỆN HUYỆN
Số: 12/HD-TV
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Lạc Đông, ngày 02 tháng 9 năm 2026

HƯỚNG DẪN
Lịch hoạt động xe sách lưu động năm học 2026 - 2027

I. LỊCH CHẠY XE
1. Tuyến số 1 (xã Nà Hang Thượng) chạy vào thứ Hai hằng tuần, gồm 03 điểm dừng:
- Điểm 1: Trường TH Nà Hang Thượng, từ 7 giờ 30 đến 9 giờ 00;
- Điểm 2: Nhà văn hóa bản Khuổi Lừa, từ 9 giờ 30 đến 10 giờ 30;
- Điểm 3: Trường THCS Nà Hang Thượng, từ 13 giờ 30 đến 15 giờ 00.
2. Tuyến số 2 (xã Phiêng Lò) chạy vào thứ Tư hằng tuần, gồm 02 điểm dừng:
- Điểm 1: Trường TH Phiêng Lò, từ 8 giờ 00 đến 10 giờ 00;
- Điểm 2: Điểm trường bản Co Muông, từ 14 giờ 00 đến 15 giờ 30.
3. Lớp tập huấn đợt 1
- Tập huấn cán bộ thư viện các trường tại Hội trường Thư viện huyện.

II. QUY ĐỊNH MƯỢN SÁCH
Mỗi xe mang theo khoảng 1.500 cuốn sách; mỗi tháng thay mới 200 bản sách trên xe.
Năm 2026 Thư viện nhận 840 hồ sơ làm thẻ bạn đọc, trong đó 610 hồ sơ của học sinh.
Thẻ bạn đọc in sẵn có hai loại: loại 5 x 8 cm giá 3.000 đồng/thẻ; loại 8 x 10 cm giá 5.000 đồng/thẻ.
1. Học sinh được mượn tối đa 03 cuốn/lần, thời hạn 10 ngày; giáo viên được mượn tối đa 05 cuốn/lần.
2. Tại mỗi điểm dừng dành ít nhất 20 phút cho hoạt động kể chuyện theo sách.

III. KINH PHÍ
1. Tổng kinh phí dự kiến là 186 triệu đồng, trong đó:
- Ngân sách huyện: 120 triệu đồng;
- Nguồn xã hội hóa: 66 triệu đồng.
2. Kinh phí dùng để mua 02 bộ loa kéo phục vụ kể chuyện (4.500.000 đồng/bộ) và in 500 thẻ bạn đọc.

IV. TỔ CHỨC THỰC HIỆN
1. Tổ Lưu động là đầu mối vận hành xe sách, có trách nhiệm:
- Bố trí 02 cán bộ đi theo mỗi chuyến xe;
- Ghi sổ theo dõi lượt bạn đọc tại từng điểm dừng.
2. Đề nghị Huyện đoàn Tân Lạc Đông phối hợp với Phòng Giáo dục và Đào tạo phân công đoàn viên tình nguyện đọc sách cùng học sinh tại các điểm dừng.

GIÁM ĐỐC
Nông Thị Hoài
"""

PLAN = """UBND HUYỆN TÂN LẠC ĐÔNG
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: 77/KH-PGDĐT
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Lạc Đông, ngày 10 tháng 9 năm 2026

KẾ HOẠCH
Phát triển tủ sách trường học năm học 2026 - 2027

Căn cứ Nghị quyết số 15/2026/NQ-HĐND của Hội đồng nhân dân huyện về hỗ trợ tủ sách trường học;

I. KẾT QUẢ QUYÊN GÓP SÁCH
| TT | Trường | Sách hiện có (bản) | Sách quyên góp nhận được (bản) |
|---|---|---|---|
| 1 | Trường TH Nà Hang Thượng | 4.120 | 1.760 |
| 2 | Trường TH Phiêng Lò | 2.980 | 1.215 |
| 3 | Trường THCS Nà Hang Thượng | 3.540 | 905 |

II. TỔ CHỨC THỰC HIỆN
- Các trường thực hiện sổ theo dõi sách quyên góp; báo cáo kết quả thực hiện về Phòng trước ngày 25 hằng tháng.
- Đề nghị Ủy ban MTTQ Việt Nam huyện Tân Lạc Đông vận động doanh nghiệp ủng hộ giá sách cho các điểm trường lẻ.
- Đề nghị Huyện đoàn Tân Lạc Đông tổ chức Hội thi kể chuyện sách, ban hành thể lệ trước ngày 20/10/2026.
- Đề nghị Hội Liên hiệp Phụ nữ và các đoàn thể huyện vận động gia đình đọc sách cùng con, trong đó Hội Cựu chiến binh huyện thành lập 03 tủ sách truyền thống.

TRƯỞNG PHÒNG
Lý Văn Thuận
"""

DIRECTIVE = """HUYỆN ỦY TÂN LẠC ĐÔNG
BAN TUYÊN GIÁO
Số 09-HD/BTGHU
ĐẢNG CỘNG SẢN VIỆT NAM
Tân Lạc Đông, ngày 15 tháng 8 năm 2026

HƯỚNG DẪN
Tuyên truyền xây dựng xã hội học tập năm 2026

III. TỔ CHỨC THỰC HIỆN
1. Ủy ban Mặt trận Tổ quốc và các tổ chức chính trị - xã hội của huyện:
- Tuyên truyền đoàn viên, hội viên tham gia học tập suốt đời, xây dựng gia đình học tập.
2. Huyện đoàn Tân Lạc Đông:
- Phối hợp với Phòng Giáo dục và Đào tạo tổ chức diễn đàn thanh niên với văn hóa đọc trong tháng 11/2026; đề nghị các chi đoàn trường học hưởng ứng.
3. Hội Cựu chiến binh huyện:
- Tổ chức kể chuyện truyền thống cho học sinh trong dịp kỷ niệm ngày 22/12.
4. Các chi bộ, đảng bộ cơ sở thực hiện Hướng dẫn này; báo cáo kết quả thực hiện trước ngày 15/12/2026.

T/M BAN TUYÊN GIÁO
TRƯỞNG BAN
Đinh Văn Khánh
"""

AWARDS = """UBND HUYỆN TÂN LẠC ĐÔNG
Số: 1402/QĐ-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Tân Lạc Đông, ngày 28 tháng 11 năm 2026

QUYẾT ĐỊNH
Về việc khen thưởng Hội thi kể chuyện sách năm 2026

Căn cứ Kế hoạch số 77/KH-PGDĐT ngày 10/9/2026 của Phòng Giáo dục và Đào tạo về phát triển tủ sách trường học;

Điều 1. Khen thưởng các học sinh đạt giải:
| TT | Họ và tên | Đơn vị | Giải |
|---|---|---|---|
| 1 | Hoàng Thị Mai Lan, học sinh lớp 7A | Trường THCS Nà Hang Thượng | Giải Nhất: 2.000.000 đồng |
| 2 | Lương Thị Hoa Ban, học sinh lớp 4C | Trường TH Phiêng Lò | Giải Nhì: 1.500.000 đồng |
| 3 | Vi Văn Sáng, học sinh lớp 8B | Trường THCS Nà Hang Thượng | Giải Ba: 1.000.000 đồng |

Điều 2. Chánh Văn phòng và các cá nhân có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này.

CHỦ TỊCH
Hà Văn Đoàn
"""


def _md(text: str) -> str:
    return as_markdown(text, ("KẾ HOẠCH", "HƯỚNG DẪN", "QUYẾT ĐỊNH"), ("I.", "II.", "III.", "Điều 1.", "Điều 2."))


@pytest.fixture(scope="module", params=["txt", "md"])
def rag(request, tmp_path_factory):
    return shaped_rag(tmp_path_factory, "leadins", request.param, {"hd_12": GUIDE, "kh_77": PLAN, "hd_09": DIRECTIVE, "qd_1402": AWARDS}, _md)


@pytest.mark.parametrize("shape", ["txt", "md"])
def test_a_lead_in_stating_a_figure_is_a_passage_a_title_is_not(shape):
    texts = [c.text for c in chunk_document(parse(f"hd_12.{shape}", _md(GUIDE) if shape == "md" else GUIDE))]
    assert "2. Tuyến số 2 (xã Phiêng Lò) chạy vào thứ Tư hằng tuần, gồm 02 điểm dừng:" in texts
    assert "1. Tổng kinh phí dự kiến là 186 triệu đồng, trong đó:" in texts
    assert "1. Tổ Lưu động là đầu mối vận hành xe sách, có trách nhiệm:" in texts
    assert "3. Lớp tập huấn đợt 1" not in texts and "III. KINH PHÍ" not in texts


def test_lead_ins_answer(rag):
    says(rag, "Tuyến xe sách số 2 chạy vào ngày nào trong tuần?", "thứ Tư hằng tuần")
    assert rewrite("Còn tuyến số 1?", ["Tuyến xe sách số 2 chạy vào ngày nào trong tuần?"]) == "Tuyến xe sách số 1 chạy vào ngày nào trong tuần?"
    says(rag, "Còn tuyến số 1?", "thứ Hai hằng tuần", history=["Tuyến xe sách số 2 chạy vào ngày nào trong tuần?"])
    says(rag, "Tổng kinh phí dự kiến của hướng dẫn lịch xe sách là bao nhiêu?", "186 triệu đồng")
    says(rag, "Đơn vị nào là đầu mối vận hành xe sách?", "Tổ Lưu động là đầu mối")


def test_a_time_cut_at_the_margin_is_one_line():
    lines = ["- Điểm 3: Trường THCS Nà Hang Thượng, xã Nà Hang Thượng, từ 13 giờ 30 đến 15 giờ",
             "00;",
             "- Điểm 4: Nhà văn hóa bản Khuổi Lừa, xã Nà Hang Thượng, từ 15 giờ 30 đến 17 giờ",
             "00.",
             "Trường hợp mưa lũ, sạt lở đường, tổ lái xe được tạm dừng chuyến và báo cho nhà",
             "trường trước 6 giờ 30 cùng ngày; chuyến bị hủy được bố trí chạy bù vào tuần",
             "sau theo lịch do Thư viện huyện thông báo cho các trường và các xã có liên",
             "quan."]
    out = unwrap("\n".join(lines)).split("\n")
    assert out[0].endswith("đến 15 giờ 00;") and out[1].endswith("đến 17 giờ 00.")
    assert unwrap("1. Mục đích\n2.\nNội dung") == "1. Mục đích\n2.\nNội dung"      # (a short line: no margin reached)


def test_units_of_time_and_plain_phrases(rag):
    assert asks_duration("Mỗi điểm dừng dành bao nhiêu phút để kể chuyện?") and asks_duration("mat may giay")
    assert not asks_duration("Xe chạy lúc mấy giờ?")
    says(rag, "HD của Thư viện huyện quy định mỗi điểm dừng dành bao nhiêu phút để kể chuyện?", "20 phút")
    says(rag, "hoc sinh duoc muon toi da bao nhieu cuon sach tren xe, trong bao lau", "03 cuốn", "10 ngày")


def test_a_table_column_and_its_unit_and_the_corpus_own_acronym(rag):
    says(rag, "Trường TH Phiêng Lò nhận được bao nhiêu bản sách quyên góp?", "1.215")
    says(rag, "truong TH Phieng Lo nhan duoc bao nhieu ban sach quyen gop", "1.215")
    assert rag.snapshot().read_query("truong TH Phieng Lo nhan duoc bao nhieu ban sach").text.startswith("truong TH ")
    # (a table names the school by its level alone; another level's school is another school)
    assert school_mentioned("truong tieu hoc phieng lo", "| th phieng lo | 2.980 |")
    assert not school_mentioned("truong tieu hoc phieng lo", "| thcs phieng lo | 2.980 |")
    # (an acronym the corpus does not write is spelled out as it writes the phrase, folded in a plain question)
    corpus = "tổ chức thực hiện kế hoạch; thực hiện tốt; báo cáo kết quả thực hiện"
    assert spell_out("truong TH xa ban nhan bao nhieu sach", lambda w: False, lambda: (fold(corpus).lower(), corpus, frozenset())) \
        == "truong thuc hien xa ban nhan bao nhieu sach"


def test_a_price_per_unit_a_count_zero_padded_and_documents_citing_a_plan(rag):
    says(rag, "Mỗi bộ loa kéo giá bao nhiêu?", "4.500.000 đồng/bộ")
    assert "giá" not in unframed("Mỗi bộ thiết bị khám từ xa giá bao nhiêu?")      # ("giá" asks a sum, which the text writes as one)
    says(rag, "Thẻ bạn đọc loại 8 x 10 cm giá bao nhiêu?", "5.000 đồng")           # (a size is one thing: "5 x 10 cm" is none of them)
    assert not rag.ask("Thẻ bạn đọc loại 5 x 10 cm giá bao nhiêu?").grounded
    assert covered("~nguoi", set(), "ban giam khao gom 05 thanh vien") and not covered("~nguoi", set(), "ban giam khao gom 05 tieu ban")
    # (a count is the text's however padded, "2 bộ" of "02 bộ"; a label is as typed: "tháng 5" is no "05 người")
    assert named_things("Thư viện mua 2 bộ loa kéo?") == ["02"] and named_things("Tiền tháng 5 là bao nhiêu?") == ["5"]
    assert named_things("Giai đoạn 3 học trong mấy tháng?") == ["giai doan 3"]      # (a stage: none of a text's "03 buổi")
    assert mentioned("giai doan 3", "giai doan iii hoc trong 6 thang") and not mentioned("giai doan 3", "giai doan 1 hoc 03 buoi")
    assert mentioned("02", "mua 02 bo loa keo") and mentioned("02", "mua 2 bo") and not mentioned("02", "ngay 12/3")
    says(rag, "Thư viện mua 2 bộ loa kéo để làm gì?", "kể chuyện")
    says(rag, "Kế hoạch 77 của Phòng GD&ĐT được những văn bản nào khác nhắc lại?", "Các văn bản trong kho", "Quyết định số 1402")


def test_people_named_in_a_table_and_a_girl_named_ban(rag):
    says(rag, "Những học sinh nào của Trường THCS Nà Hang Thượng được khen thưởng?", "Hoàng Thị Mai Lan", "Vi Văn Sáng")
    assert not any(n.startswith("ban") for n in plain_names("em luong thi hoa ban lop may, dat giai gi"))
    assert "ban to chuc" in plain_names("ban to chuc hoi thi gom may nguoi")
    says(rag, "em Luong Thi Hoa Ban lop may, dat giai gi", "4C", "Giải Nhì")


def test_the_body_of_the_district_and_the_asker(rag):
    says(rag, "Ủy ban MTTQ huyện được đề nghị làm gì để có thêm giá sách?", "vận động doanh nghiệp ủng hộ giá sách",
         absent=("học tập suốt đời",))
    says(rag, "Huyện đoàn được Phòng GD&ĐT đề nghị làm gì?", "Hội thi kể chuyện sách", absent=("diễn đàn thanh niên",))
    ext = next(iter(rag.snapshot().documents)).rsplit(".", 1)[1]
    assert ordered(rag.snapshot(), "Huyện đoàn được Phòng GD&ĐT đề nghị làm gì?", [f"hd_12.{ext}", f"kh_77.{ext}"])[0] == f"kh_77.{ext}"
    says(rag, "Huyện đoàn được Ban Tuyên giáo Huyện ủy giao làm gì?", "diễn đàn thanh niên", absent=("Hội thi kể chuyện",))


def test_the_district_named_in_a_body_is_dropped_only_when_the_question_names_none():
    found = [Assignment(n, actor_key(n), ("x.txt",), ()) for n in
             ("Ban Tuyên giáo Huyện ủy", "Ban Tuyên giáo và Dân vận Huyện ủy Tân Lạc Đông", "Huyện đoàn Tân Lạc Đông")]
    assert named_actor("Ban Tuyên giáo và Dân vận Huyện ủy có nhiệm vụ gì?", found) == "Ban Tuyên giáo và Dân vận Huyện ủy Tân Lạc Đông"
    assert named_actor("Ban Tuyên giáo Huyện ủy có nhiệm vụ gì?", found) == "Ban Tuyên giáo Huyện ủy"
    assert named_actor("Ban Tuyên giáo và Dân vận Huyện ủy có nhiệm vụ gì?", found[:1]) is None      # (another document's body)
    assert named_actor("Huyện đoàn phải làm gì?", found) == "Huyện đoàn Tân Lạc Đông"
    assert named_actor("Huyện đoàn Mường Lát phải làm gì?", found) is None
    assert named_actor("huyen doan phai lam gi", found) == "Huyện đoàn Tân Lạc Đông"
    assert named_actor("huyen doan muong lat phai lam gi", found) is None


def test_a_thing_named_before_ends_where_its_verb_starts():
    assert rewrite("Chương trình đó có bao nhiêu lượt xem?", ["Chương trình Sách hay mỗi tuần phát lúc mấy giờ, dài bao lâu?"]) \
        == "Chương trình Sách hay mỗi tuần có bao nhiêu lượt xem?"
    assert rewrite("Hội thi đó kéo dài mấy ngày?", ["Hội thi Kể chuyện sách bắt đầu ngày nào?"]) == "Hội thi Kể chuyện sách kéo dài mấy ngày?"
    # (a place or a school named before, whole; a body's "Ban đó" is no village "bản")
    assert rewrite("Vậy hạn của trường đó là khi nào?", ["Vì sao trường TH&THCS Phiêng Lò chưa làm thẻ?"]) \
        == "Vậy hạn của trường TH&THCS Phiêng Lò là khi nào?"
    assert not rewrite("Ban đó phối hợp với ai?", ["Theo KH 77, Ban Tuyên giáo Huyện ủy làm gì?"]).startswith("Ban Tuyên phối")


def test_whose_ones_are_counted(rag):
    assert asked_qualifier("Có bao nhiêu hồ sơ của sinh viên?") == ("sinh", "vien") and asked_qualifier("Có bao nhiêu hồ sơ của huyện?") == ()
    says(rag, "Thư viện nhận bao nhiêu hồ sơ của học sinh?", "610 hồ sơ")
    assert not rag.ask("Thư viện nhận bao nhiêu hồ sơ của sinh viên?").grounded


def test_a_round_swapped_into_the_question_that_named_one():
    first, second = "Vòng 1 của hội thi kể chuyện sách diễn ra từ ngày nào đến ngày nào?", "Mỗi trường được cử mấy em, gửi danh sách trước khi nào?"
    assert rewrite("Thế vòng bán kết thì sao?", [first]) == "Vòng bán kết của hội thi kể chuyện sách diễn ra từ ngày nào đến ngày nào?"
    assert rewrite("Thế vòng bán kết thì sao?", [first, second]) == "Vòng bán kết của hội thi kể chuyện sách diễn ra từ ngày nào đến ngày nào?"


def test_a_member_doing_a_thing_of_its_own_inside_a_shared_task(rag):
    says(rag, "Hội Cựu chiến binh huyện được kế hoạch giao việc gì?", "thành lập 03 tủ sách truyền thống", absent=("kể chuyện truyền thống",))
    says(rag, "Hội Cựu chiến binh huyện được hướng dẫn giao việc gì?", "kể chuyện truyền thống", absent=("03 tủ sách",))
    ext = next(iter(rag.snapshot().documents)).rsplit(".", 1)[1]      # ("được kế hoạch giao": a plan's work, first)
    assert ordered(rag.snapshot(), "Hội Cựu chiến binh huyện được kế hoạch giao việc gì?", [f"hd_09.{ext}", f"kh_77.{ext}"])[0] == f"kh_77.{ext}"
    assert [a for a, _ in cued_clauses("Vận động hội viên, trong đó Hội Nông dân huyện tổ chức 04 lớp tập huấn.")] == ["Hội Nông dân huyện"]
    assert cued_clauses("Vận động hội viên, trong đó Hội Nông dân huyện tổ chức hỗ trợ 5.000.000 đồng.") == []      # (a share of money)


def test_a_school_level_kept_as_typed_only_where_the_corpus_writes_it(rag, tmp_path):
    other = rag_of(tmp_path / "c", tmp_path / "i", {"hd_12.txt": GUIDE.replace("Trường TH ", "Trường Tiểu học "),
                                                    "kh_77.txt": PLAN.replace("Trường TH ", "Trường Tiểu học ")})
    assert rag.snapshot().retriever._word_known("TH") and not other.snapshot().retriever._word_known("TH")


def test_a_directive_known_by_its_year_only_is_asked_its_date(rag):
    assert not names_date("Căn cứ Nghị quyết số 15/2026/NQ-HĐND …", "15/2026/NQ-HĐND", "../../2026")
    assert names_date("Kế hoạch số 77/KH-PGDĐT ngày 10/9/2026 của …", "77/KH-PGDĐT", "10/9/2026")
    rag.ask("Nghị quyết 15/2026/NQ-HĐND ký ngày nào?")       # (its date is a year alone: no crash)


"""Known-answer tests for classes read off eval/blind104–106: a tail whose two columns were written
without a gap — a Markdown table ("| Nơi nhận: | KT. GIÁM ĐỐC |"), a PDF's text run together ("Nơi
nhận: KT. CHI CỤC TRƯỞNG" / "- Sở …; PHÓ CHI CỤC TRƯỞNG" / … / "- UBND huyện X; <name>"), or a Word
signature cell with line breaks — gives its signer, and "Ai ký …?" names him; a công văn numbered by
its issuer alone ("Số: 58/VHTT") is a directive users can name ("Công văn 58/VHTT"); a number alone on
a PDF line ("trước ngày" / "25.") goes on the sentence; "bao nhiêu mét" is answered by "5 m";
"Vì sao …" is answered by a reason ("do …"), "hơn", "khác" say nothing of the subject; "Còn hộ Ma Văn Hoan?" after "Hộ bà Lò Thị Nhuần …?"
asks the same of that household, and "Di tích cấp tỉnh thì sao?" after "… cấp quốc gia …?" of that level;
"Ai là đầu mối …?" is answered by a body; "Sáu di tích …" by the text's "06 di tích"; a percent asked by a
table row whose unit cell is "%"; "Giao Bộ phận Kế toán Phòng X chủ trì …" names a body ("Bộ phận mái …" none); "… cho công ty nào?" is answered by a firm's name,
not a household's row; "Số điện thoại của Giám đốc …" not by the Trưởng phòng's line, nor "Kỹ sư X có số điện thoại …?" by
another's; "… đạt bậc 5?" is not the text's "bậc 4"; "Ai ký QĐ 152?" of a decision only cited is refused;
"email tram khuyen nong xa la gi" asks an e-mail, which a phone line does not give. Each on two shapes written for this
file (as typed, .txt, and Markdown), the tails on their own shapes too."""
from __future__ import annotations

import io
from pathlib import Path

import pytest

from conftest import rag_of, says
from kg_rag.answer.asked_type import holds_quantity
from kg_rag.answer.followup import rewrite
from kg_rag.documents.corpus import load_document
from kg_rag.documents.pdf_reader import paragraphs
from kg_rag.index.lexical import analyze
from kg_rag.search.coverage import covered
from kg_rag.text.refs import extract_refs, parse_number
from kg_rag.text.user_refs import parse_user_refs

HEAD = """SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG
CHI CỤC THỦY SẢN
Số: 41/HD-CCTS
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lam Hà, ngày 10 tháng 3 năm 2026

HƯỚNG DẪN
Kỹ thuật nuôi cá trong ao đất năm 2026

1. Ao nuôi sâu từ 2 m trở lên; bờ ao cao hơn mực nước cao nhất ít nhất 0,5 m.
2. Hộ nuôi báo cáo về Chi cục trước ngày 20 hằng tháng.
"""

RUN_TOGETHER = HEAD + """
Nơi nhận: KT. CHI CỤC TRƯỞNG
- Sở Nông nghiệp và Môi trường (b/c); PHÓ CHI CỤC TRƯỞNG
- Trung tâm Khuyến nông tỉnh; (đã ký)
- UBND huyện Lam Hà; Đồng Thị Khuê
- Lưu: VT, NTTS.
"""

NAME_LAST = HEAD + """
Nơi nhận: KT. CHI CỤC TRƯỞNG
- Sở Nông nghiệp và Môi trường (b/c); PHÓ CHI CỤC TRƯỞNG
- Trung tâm Khuyến nông tỉnh;
- UBND huyện Lam Hà; (đã ký)
- Lưu: VT, NTTS.
Đồng Thị Khuê
"""

AS_TABLE = HEAD + """
| Nơi nhận: | KT. CHI CỤC TRƯỞNG |
|---|---|
| - Sở Nông nghiệp và Môi trường (b/c); | PHÓ CHI CỤC TRƯỞNG |
| - Trung tâm Khuyến nông tỉnh; | (đã ký) |
| - UBND huyện Lam Hà; | **Đồng Thị Khuê** |
| - Lưu: VT, NTTS. | |
"""

GAPPED = HEAD + """
Nơi nhận:                                   KT. CHI CỤC TRƯỞNG
- Sở Nông nghiệp và Môi trường (b/c);       PHÓ CHI CỤC TRƯỞNG
- Trung tâm Khuyến nông tỉnh;               (đã ký)
- UBND huyện Lam Hà;                        Đồng Thị Khuê
- Lưu: VT, NTTS.
"""

RECIPIENTS = ("Sở Nông nghiệp và Môi trường (b/c)", "Trung tâm Khuyến nông tỉnh", "UBND huyện Lam Hà", "Lưu: VT, NTTS")


def _docx(path: Path) -> Path:
    docx = pytest.importorskip("docx")
    d = docx.Document()
    for line in HEAD.strip().split("\n"):
        d.add_paragraph(line)
    cells = d.add_table(rows=1, cols=2).rows[0].cells
    cells[0].paragraphs[0].add_run("Nơi nhận:\n- " + ";\n- ".join(RECIPIENTS[:3]) + ";\n- Lưu: VT, NTTS.")
    cells[1].paragraphs[0].add_run("KT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG\n\n(đã ký)\n\nĐồng Thị Khuê")
    buf = io.BytesIO()
    d.save(buf)
    path.write_bytes(buf.getvalue())
    return path


@pytest.mark.parametrize("shape", ["run_together.txt", "name_last.txt", "as_table.md", "gapped.txt", "word.docx"])
def test_a_tail_written_without_a_gap_gives_its_signer(tmp_path, shape):
    (tmp_path / "corpus").mkdir()
    path = tmp_path / "corpus" / f"hd_41_{shape}"
    if shape.endswith(".docx"):
        _docx(path)
    else:
        path.write_text({"run_together.txt": RUN_TOGETHER, "name_last.txt": NAME_LAST, "as_table.md": AS_TABLE,
                              "gapped.txt": GAPPED}[shape], encoding="utf-8")
    doc = load_document(path)
    assert (doc.signer, doc.signer_title) == ("Đồng Thị Khuê", "KT. CHI CỤC TRƯỞNG PHÓ CHI CỤC TRƯỞNG")
    assert doc.recipients == RECIPIENTS
    rag = rag_of(tmp_path / "corpus", tmp_path / "index", {})
    says(rag, "Ai ký hướng dẫn 41?", "Đồng Thị Khuê", absent=("Trung tâm Khuyến nông tỉnh",))


def test_a_plain_tail_and_a_recipient_naming_a_place_are_not_split(tmp_path):
    """No title after "Nơi nhận:": nothing is read as a right-hand column ("- UBND huyện: Lam Hà" is a
    recipient, not a signer)."""
    text = HEAD + "\nNơi nhận:\n- UBND huyện: Lam Hà\n- Lưu: VT.\n\nKT. CHI CỤC TRƯỞNG\nPHÓ CHI CỤC TRƯỞNG\nĐồng Thị Khuê\n"
    (tmp_path / "hd.txt").write_text(text, encoding="utf-8")
    doc = load_document(tmp_path / "hd.txt")
    assert doc.signer == "Đồng Thị Khuê" and doc.recipients == ("UBND huyện: Lam Hà", "Lưu: VT")


def test_a_letter_numbered_by_its_issuer_alone():
    assert parse_number("58/VHTT").id == "58/VHTT" and parse_number("58/VHTT").type == "Công văn"
    assert [r.id for r in extract_refs("theo Công văn số 58/VHTT ngày 06/4/2026 của Phòng")] == ["58/VHTT"]
    # (not a fraction, a time, a plan's number without its issuer, nor a body named in running text)
    assert parse_number("24/7") is None and parse_number("3/KH") is None
    assert extract_refs("gửi 58/VHTT và 12/UBND trước ngày 30/4") == []
    assert [(r.code, r.number, r.issuer) for r in parse_user_refs("Công văn 58/VHTT do ai ký?")] == [("CV", "58", "VHTT")]
    assert [(r.code, r.number, r.issuer) for r in parse_user_refs("cv 58/vhtt giao ai")] == [("CV", "58", "VHTT")]
    assert parse_user_refs("mật độ 3 con/m3, 58/vhtt") == []


LETTER = """UBND HUYỆN LAM HÀ
PHÒNG VĂN HÓA VÀ THÔNG TIN
Số: 58/VHTT
V/v gắn biển mã QR tại các di tích
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Lam Hà, ngày 06 tháng 4 năm 2026

Kính gửi: Ủy ban nhân dân các xã.

1. Đợt 1 gắn 22 biển mã QR tại 11 di tích trước ngày 15/5/2026.
2. Ao cá Bản Pắc sản lượng đạt 2.880 kg do 01 ao bị bệnh vào tháng 7/2025, thấp hơn ao Nà Thắm.
3. Giao Bộ phận Kế toán Phòng Văn hóa và Thông tin chủ trì lập dự toán kinh phí gắn biển, hoàn thành trước ngày 30/4/2026.
4. Bộ phận mái của đình Bản Pắc bị dột, các xã có trách nhiệm báo cáo trước ngày 10/5/2026.

Mọi vướng mắc gửi về Phòng Văn hóa và Thông tin, thư điện tử vhtt.lamha@lamha.gov.vn.

Nơi nhận:
- Như trên;
- Lưu: VT.

TRƯỞNG PHÒNG
(Đã ký)
Lò Văn Quảng
"""


REPORT = """ỦY BAN NHÂN DÂN XÃ NÀ THẮM
Số: 142/BC-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Nà Thắm, ngày 05 tháng 12 năm 2025

BÁO CÁO
Kết quả mô hình nuôi cá và số hóa di tích năm 2025

Căn cứ Quyết định số 152/QĐ-TTKN ngày 10/11/2025 của Giám đốc Trung tâm Khuyến nông tỉnh về việc thành lập Hội đồng nghiệm thu mô hình;

1. Kết quả nuôi cá
- Hộ bà Lò Thị Nhuần thu hoạch 3.420 kg cá, lãi 58.140.000 đồng.
- Hộ ông Ma Văn Hoan thu hoạch 2.730 kg cá, lãi 56.900.000 đồng.
- Hộ bà Lò Thị Nhuần bán toàn bộ cá thương phẩm cho Công ty TNHH Thủy sản Nà Thắm.
- Hướng dẫn kỹ thuật cho các hộ: kỹ sư Tạ Minh Quế, Chi cục Thủy sản tỉnh.
- Qua kỳ kiểm tra ngày 22/11/2025, có 06/07 cán bộ khuyến nông đạt bậc 4 về kỹ năng số, 5 người học bổ túc.
- Hướng dẫn kỹ thuật, thông tin liên hệ: Trạm Khuyến nông xã, điện thoại 0203 3862 417.
2. Hỗ trợ số hóa di tích
- Ngân sách tỉnh hỗ trợ quét 3D di tích cấp quốc gia tối đa 150.000.000 đồng/di tích.
- Ngân sách tỉnh hỗ trợ quét 3D di tích cấp tỉnh tối đa 60.000.000 đồng/di tích.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Hoàng Văn Chiêm
"""


PLAN = """ỦY BAN NHÂN DÂN HUYỆN VĨNH LÂM
Số: 163/KH-UBND
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Vĩnh Lâm, ngày 12 tháng 3 năm 2026

KẾ HOẠCH
Số hóa di tích lịch sử - văn hóa năm 2026

1. Mục tiêu
- Quét 3D 06 di tích gồm: Đình Khả Quang, Chùa Bảo Lâm, Đền Mỏ Thượng, Miếu Bàn Cờ, Lũy Đá Vàng và Nhà thờ họ Nông.

| TT | Chỉ tiêu | Đơn vị | Năm 2026 | Năm 2027 |
|---|---|---|---|---|
| 1 | Tỷ lệ hộ gia đình biết quét mã QR tra cứu di tích | % | 60 | 80 |
| 2 | Biển mã QR thuyết minh được gắn | biển | 8 | 12 |

2. Tổ chức thực hiện
- Phòng Văn hóa và Thông tin là đầu mối, chủ trì theo dõi, đôn đốc việc thực hiện Kế hoạch.
- Giám đốc Bảo tàng huyện Vĩnh Lâm chỉ đạo quét 3D 120 hiện vật, hoàn thành trong quý IV/2026.

Đầu mối liên hệ: ông Đinh Văn Khải, Trưởng phòng Văn hóa và Thông tin, điện thoại 0235.3912.118.

TM. ỦY BAN NHÂN DÂN
CHỦ TỊCH
Đinh Công Hậu
"""


def _md(text: str) -> str:
    return text.replace("\nHƯỚNG DẪN\n", "\n# HƯỚNG DẪN\n").replace("\nBÁO CÁO\n", "\n# BÁO CÁO\n").replace("\nKẾ HOẠCH\n", "\n# KẾ HOẠCH\n").replace("\n1. ", "\n## 1. ")


@pytest.fixture(scope="module", params=["txt", "md"])
def rag(request, tmp_path_factory):
    ext = request.param
    files = {f"cv_58.{ext}": LETTER, f"hd_41.{ext}": RUN_TOGETHER, f"bc_142.{ext}": REPORT, f"kh_163.{ext}": PLAN}
    return rag_of(tmp_path_factory.mktemp(f"tails_corpus_{ext}"), tmp_path_factory.mktemp(f"tails_{ext}") / "index",
                  {k: _md(v) if ext == "md" else v for k, v in files.items()})


def test_a_letter_named_by_its_number_and_its_signer(rag):
    says(rag, "Công văn 58/VHTT do ai ký?", "Lò Văn Quảng", absent=("Đồng Thị Khuê",))
    says(rag, "CV 58/VHTT gắn bao nhiêu biển mã QR đợt 1?", "22 biển")


def test_metres_minimums_and_why_as_words():
    assert covered("mét", set(), "sau tu 5 m tro len") and covered("mét", set(), "sau 5m")
    assert not covered("mét", set(), "sai so 5 mm") and not covered("mét", set(), "luu toc 0,5 m/s")
    assert covered("tối_thiểu", set(), "sau tu 5 m tro len")
    assert covered("sáu", set(), "quet 3d 06 di tich") and not covered("bảy", set(), "quet 3d 06 di tich")
    assert not covered("sáu", set(), "ngay 06/4/2026") and not covered("sáu", set(), "dat 6,5 ty dong")
    assert not {"hơn", "khác"} & set(analyze("Vì sao hộ Lò Văn Páo có sản lượng thấp hơn các hộ khác?", query=True))
    assert covered("vì", set(), "dat 2.880 kg do 01 ao bi benh") and not covered("vì", set(), "dat 2.880 kg, ao bi benh")
    assert not covered("ba", set(), "03 giai")        # ("giải ba" is a rank, not a count)
    # ("Chi bộ số", "100% đảng viên …" is no share of a budget; "chi 3% kinh phí …" is)
    assert not holds_quantity("money", "rieng xa ban mit trien khai mo hinh chi bo so, 100% dang vien nhan tai lieu")
    assert holds_quantity("money", "danh 3% chi thuong xuyen cho khoa hoc")


def test_metres_and_why(rag):
    says(rag, "Ao nuôi phải sâu tối thiểu bao nhiêu mét?", "2 m")
    says(rag, "Vì sao ao Bản Pắc có sản lượng thấp hơn các ao khác?", "bị bệnh")


def test_a_number_alone_on_a_pdf_line_ends_the_sentence_before():
    line = lambda t, y: (t, 56.7, y, 11.0)
    text = paragraphs([line("4. Hộ nuôi báo cáo tình hình dịch bệnh về Chi cục định kỳ hằng tháng, trước ngày", 700.0),
                       line("25.", 686.0), line("5. Hộ nuôi chịu trách nhiệm về an toàn lồng bè.", 672.0)])
    assert text.split("\n\n") == ["4. Hộ nuôi báo cáo tình hình dịch bệnh về Chi cục định kỳ hằng tháng, trước ngày 25.",
                                  "5. Hộ nuôi chịu trách nhiệm về an toàn lồng bè."]


def test_a_follow_up_swapping_the_household_or_the_level(rag):
    assert rewrite("Còn hộ Ma Văn Hoan?", ["Hộ bà Lò Thị Nhuần thu được bao nhiêu kg cá?"]) == "Hộ bà Ma Văn Hoan thu được bao nhiêu kg cá?"
    says(rag, "Còn hộ Ma Văn Hoan?", "2.730 kg", history=["Hộ bà Lò Thị Nhuần thu được bao nhiêu kg cá?"])
    asked = "Ngân sách tỉnh hỗ trợ quét 3D di tích cấp quốc gia tối đa bao nhiêu?"
    assert rewrite("Di tích cấp tỉnh thì sao?", [asked]) == asked.replace("quốc gia", "tỉnh")
    says(rag, "Di tích cấp tỉnh thì sao?", "60.000.000", history=[asked])


def test_a_body_as_the_contact_point_a_count_in_words_and_a_percent_by_its_unit_cell(rag):
    says(rag, "Ai là đầu mối theo dõi, đôn đốc việc thực hiện kế hoạch số hóa di tích?", "Phòng Văn hóa và Thông tin")
    says(rag, "Sáu di tích được quét 3D theo kế hoạch 163 là những di tích nào?", "Đình Khả Quang")
    says(rag, "Chỉ tiêu tỷ lệ hộ gia đình biết quét mã QR năm 2027 là bao nhiêu?", "80")


def test_a_section_of_an_office_is_a_body(rag):
    from kg_rag.directives.assignments import doc_assignments
    doc = next(d for s, d in rag.snapshot().documents.items() if s.startswith("cv_58"))
    actors = [d.actor for d in doc_assignments(doc)]
    assert "Bộ phận Kế toán Phòng Văn hóa và Thông tin" in actors and not any(a.startswith("Bộ phận mái") for a in actors)
    says(rag, "Bộ phận Kế toán Phòng Văn hóa và Thông tin phải làm gì?", "lập dự toán")


def test_a_firm_asked_and_the_contact_of_a_title(rag):
    says(rag, "Hộ bà Lò Thị Nhuần bán cá cho công ty nào?", "Công ty TNHH Thủy sản Nà Thắm")
    assert not rag.ask("Hộ ông Ma Văn Hoan bán cá cho công ty nào?").grounded
    says(rag, "Số điện thoại của Trưởng phòng Văn hóa và Thông tin là gì?", "0235.3912.118")
    assert not rag.ask("Số điện thoại của Giám đốc Bảo tàng huyện Vĩnh Lâm là gì?").grounded


def test_a_level_a_named_engineer_and_the_signer_of_a_decision_only_cited(rag):
    from kg_rag.answer.named import mentioned, named_things
    assert "bac 5" in named_things("Có bao nhiêu giáo viên đạt bậc 5?") and not mentioned("bac 5", "06/07 giao vien dat bac 4")
    assert named_things("Sở KH&CN Bắc Giang yêu cầu gì?") == ["bac giang"] and mentioned("bac giang", "so khcn bac giang yeu cau")
    says(rag, "Có bao nhiêu cán bộ khuyến nông đạt bậc 4 về kỹ năng số?", "06/07")
    assert not rag.ask("Có bao nhiêu cán bộ khuyến nông đạt bậc 5 về kỹ năng số?").grounded
    assert not rag.ask("Kỹ sư Tạ Minh Quế có số điện thoại liên hệ là bao nhiêu?").grounded
    assert not rag.ask("Quyết định 152/QĐ-TTKN thành lập Hội đồng nghiệm thu do ai ký?").grounded
    assert rag.ask("Báo cáo thực hiện Quyết định 152/QĐ-TTKN do ai ký?").grounded      # (the report is here: not refused)


def test_an_email_asked_plain_is_no_phone_number(rag):
    says(rag, "Email của Phòng Văn hóa và Thông tin là gì?", "vhtt.lamha@lamha.gov.vn")
    assert not rag.ask("email tram khuyen nong xa la gi").grounded

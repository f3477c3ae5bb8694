#!/usr/bin/env python3
"""Build corpus/r02_kh186_ubnd_tinh_son_nguyen_binh_dan_hoc_vu_so.docx for eval/blind7.

Run with /work/main/.venv/bin/python build_r.py  (needs python-docx; does not import kg_rag).
All text is held below. Numbered items use Word's own numbering (built-in
"List Number" style, with a fresh w:num restarting at 1 for each group).
"""
import copy
import os

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus", "r02_kh186_ubnd_tinh_son_nguyen_binh_dan_hoc_vu_so.docx")

HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH SƠN NGUYÊN", "Số: 186/KH-UBND"]
HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                "Ban Nguyên, ngày 10 tháng 7 năm 2025"]
TITLE = "KẾ HOẠCH"
SUBTITLE = ("Triển khai phong trào \"Bình dân học vụ số\" và phổ cập kỹ năng số "
            "cho người dân tỉnh Sơn Nguyên giai đoạn 2025 - 2027")

INTRO = ("Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển "
         "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Nghị quyết số 09-NQ/TU "
         "ngày 18/3/2025 của Ban Chấp hành Đảng bộ tỉnh; Kế hoạch số 14-KH/TU ngày 02/4/2025 của "
         "Ban Thường vụ Tỉnh ủy; Công văn số 2281/BKHCN-CĐSQG ngày 16/6/2025 của Bộ Khoa học và "
         "Công nghệ về hướng dẫn triển khai phong trào \"Bình dân học vụ số\", Ủy ban nhân dân tỉnh "
         "ban hành Kế hoạch triển khai phong trào \"Bình dân học vụ số\" và phổ cập kỹ năng số cho "
         "người dân trên địa bàn tỉnh giai đoạn 2025 - 2027 như sau:")

# (kind, payload): "h" = heading line, "p" = plain paragraph, "n" = list of Word-numbered items
BODY = [
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("n", [
        "Phổ cập kiến thức, kỹ năng số cơ bản cho người dân, trước hết là người trong độ tuổi lao "
        "động, người cao tuổi và đồng bào dân tộc thiểu số, giúp người dân sử dụng thành thạo dịch "
        "vụ công trực tuyến, thanh toán điện tử và bảo vệ thông tin cá nhân trên không gian mạng.",
        "Huy động sự tham gia của cả hệ thống chính trị, doanh nghiệp viễn thông, nhà trường và "
        "lực lượng đoàn viên thanh niên; lấy thôn, buôn, tổ dân phố làm địa bàn triển khai chính.",
    ]),
    ("h", "II. CHỈ TIÊU"),
    ("n", [
        "Năm 2025: ít nhất 50% người dân từ 15 tuổi trở lên được phổ cập kỹ năng số cơ bản; 100% "
        "xã, phường, thị trấn có ít nhất 01 Điểm học tập kỹ năng số cộng đồng đặt tại Trung tâm "
        "học tập cộng đồng.",
        "Năm 2026: ít nhất 70% người dân từ 15 tuổi trở lên được phổ cập kỹ năng số cơ bản; 100% "
        "cán bộ, công chức, viên chức được bồi dưỡng kỹ năng số và kỹ năng sử dụng trí tuệ nhân "
        "tạo cơ bản.",
        "Năm 2027: ít nhất 85% người dân từ 15 tuổi trở lên được phổ cập kỹ năng số cơ bản; ít "
        "nhất 60% hộ gia đình sử dụng thanh toán không dùng tiền mặt.",
    ]),
    ("h", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("n", [
        "Xây dựng nền tảng học tập kỹ năng số trực tuyến \"Sơn Nguyên học số\", tích hợp trên "
        "ứng dụng công dân số của tỉnh, có bài giảng video ngắn, bài kiểm tra và cấp chứng nhận "
        "hoàn thành.",
        "Biên soạn bộ tài liệu kỹ năng số cơ bản song ngữ Việt - Ê Đê và Việt - M'nông, in "
        "tối thiểu 40.000 cuốn cấp phát miễn phí cho các thôn, buôn vùng đồng bào dân tộc thiểu số.",
        "Đưa nội dung kỹ năng số, an toàn thông tin và làm quen với trí tuệ nhân tạo vào hoạt "
        "động giáo dục trong các trường phổ thông từ năm học 2025 - 2026.",
        "Thành lập Tổ công nghệ số cộng đồng tại 100% thôn, buôn, tổ dân phố; mỗi Tổ mở ít nhất "
        "04 lớp hướng dẫn kỹ năng số cho người dân mỗi năm.",
        "Bồi dưỡng kỹ năng số, kỹ năng sử dụng trí tuệ nhân tạo cho cán bộ, công chức, viên chức "
        "cấp tỉnh, cấp huyện và cấp xã.",
    ]),
    ("h", "IV. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí dự kiến thực hiện Kế hoạch giai đoạn 2025 - 2027 là 18,6 tỷ đồng, trong "
          "đó: ngân sách tỉnh 11,2 tỷ đồng; ngân sách cấp huyện, cấp xã 4,9 tỷ đồng; nguồn xã hội "
          "hóa và tài trợ của doanh nghiệp 2,5 tỷ đồng."),
    ("h", "V. PHÂN CÔNG NHIỆM VỤ"),
    ("p", "Các nhiệm vụ cụ thể, cơ quan chủ trì, cơ quan phối hợp và thời gian hoàn thành được "
          "phân công theo bảng dưới đây:"),
    ("t", None),
    ("h", "VI. TỔ CHỨC THỰC HIỆN"),
    ("n", [
        "Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì theo dõi, hướng dẫn, đôn đốc "
        "việc thực hiện Kế hoạch; tổng hợp, báo cáo Ủy ban nhân dân tỉnh định kỳ 6 tháng trước "
        "ngày 15/6 và hằng năm trước ngày 10/12.",
        "Sở Giáo dục và Đào tạo chủ trì biên soạn bộ tài liệu song ngữ, hoàn thành trước ngày "
        "30/9/2025; hướng dẫn các cơ sở giáo dục đưa nội dung kỹ năng số vào hoạt động giáo dục "
        "trong năm học 2025 - 2026.",
        "Sở Nội vụ chủ trì, phối hợp với Trường Chính trị tỉnh tổ chức bồi dưỡng kỹ năng số cho "
        "cán bộ, công chức, viên chức, hoàn thành trước ngày 31/12/2026.",
        "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với Báo và Phát thanh, Truyền hình "
        "Sơn Nguyên mở chuyên mục \"Cả tỉnh học số\" phát sóng vào tối thứ Năm hằng tuần.",
        "Sở Tài chính tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch trong dự "
        "toán ngân sách hằng năm, trình trước ngày 15/11.",
        "Đề nghị Tỉnh đoàn phát động đợt tình nguyện hè \"Thanh niên Sơn Nguyên phổ cập kỹ năng "
        "số\" từ tháng 7 đến tháng 8 hằng năm; Hội Liên hiệp Phụ nữ tỉnh vận động hội viên tham "
        "gia các lớp kỹ năng số tại thôn, buôn.",
        "Ủy ban nhân dân các huyện, thành phố ban hành kế hoạch của địa phương trước ngày "
        "15/8/2025; chỉ đạo Ủy ban nhân dân cấp xã thành lập Tổ công nghệ số cộng đồng và báo cáo "
        "kết quả về Sở Khoa học và Công nghệ trước ngày 05/12 hằng năm.",
    ]),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị, địa phương "
          "phản ánh về Sở Khoa học và Công nghệ (qua Phòng Chuyển đổi số, điện thoại 0262.3812.566) "
          "để tổng hợp, báo cáo Ủy ban nhân dân tỉnh xem xét, chỉ đạo."),
]

TABLE_HEAD = ["STT", "Nhiệm vụ", "Cơ quan chủ trì", "Cơ quan phối hợp", "Thời gian hoàn thành"]
TABLE_ROWS = [
    ["1", "Xây dựng, vận hành nền tảng học tập kỹ năng số trực tuyến \"Sơn Nguyên học số\"",
     "Sở Khoa học và Công nghệ", "Viettel Sơn Nguyên; Viễn thông Sơn Nguyên", "Quý IV/2025"],
    ["2", "Biên soạn, in ấn bộ tài liệu kỹ năng số cơ bản song ngữ",
     "Sở Giáo dục và Đào tạo", "Sở Dân tộc và Tôn giáo; Trường Cao đẳng Sư phạm Sơn Nguyên",
     "Trước ngày 30/9/2025"],
    ["3", "Đưa nội dung kỹ năng số, trí tuệ nhân tạo vào hoạt động giáo dục trong trường phổ thông",
     "Sở Giáo dục và Đào tạo", "Ủy ban nhân dân các huyện, thành phố", "Năm học 2025 - 2026"],
    ["4", "Tuyên truyền, mở chuyên mục \"Cả tỉnh học số\"",
     "Sở Văn hóa, Thể thao và Du lịch", "Báo và Phát thanh, Truyền hình Sơn Nguyên", "Thường xuyên"],
    ["5", "Bồi dưỡng kỹ năng số, trí tuệ nhân tạo cho cán bộ, công chức, viên chức",
     "Sở Nội vụ", "Trường Chính trị tỉnh", "Trước ngày 31/12/2026"],
    ["6", "Thành lập Tổ công nghệ số cộng đồng tại 100% thôn, buôn, tổ dân phố",
     "Ủy ban nhân dân các huyện, thành phố", "Tỉnh đoàn; Hội Liên hiệp Phụ nữ tỉnh", "Quý III/2025"],
    ["7", "Bố trí kinh phí thực hiện Kế hoạch", "Sở Tài chính", "Sở Khoa học và Công nghệ",
     "Hằng năm, trước ngày 15/11"],
    ["8", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch", "Sở Khoa học và Công nghệ",
     "Các sở, ban, ngành; Ủy ban nhân dân các huyện, thành phố",
     "6 tháng: trước ngày 15/6; hằng năm: trước ngày 10/12"],
]

SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Trần Quang Lộc"]
NOI_NHAN = [
    "Nơi nhận:",
    "- Bộ Khoa học và Công nghệ (để báo cáo);",
    "- Thường trực Tỉnh ủy (để báo cáo);",
    "- Thường trực HĐND tỉnh;",
    "- Chủ tịch, các PCT UBND tỉnh;",
    "- Các sở, ban, ngành tỉnh;",
    "- UBND các huyện, thành phố;",
    "- Báo và Phát thanh, Truyền hình Sơn Nguyên;",
    "- Lưu: VT, KGVX.",
]


def new_num(doc, style_name="List Number"):
    """Create a new w:num pointing at the abstractNum of the built-in list style, restarting at 1."""
    numbering = doc.part.numbering_part.element
    style = doc.styles[style_name]
    num_id = style.element.pPr.numPr.numId.val
    abstract_id = None
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) == str(num_id):
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    existing = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    new_id = max(existing) + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    absn = OxmlElement("w:abstractNumId")
    absn.set(qn("w:val"), abstract_id)
    num.append(absn)
    ovr = OxmlElement("w:lvlOverride")
    ovr.set(qn("w:ilvl"), "0")
    start = OxmlElement("w:startOverride")
    start.set(qn("w:val"), "1")
    ovr.append(start)
    num.append(ovr)
    numbering.append(num)
    return new_id


def numbered_par(doc, text, num_id):
    p = doc.add_paragraph(text, style="List Number")
    pPr = p._p.get_or_add_pPr()
    numPr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    nid = OxmlElement("w:numId")
    nid.set(qn("w:val"), str(num_id))
    numPr.append(ilvl)
    numPr.append(nid)
    pPr.insert(0, numPr) if pPr.find(qn("w:pStyle")) is None else pPr.find(qn("w:pStyle")).addnext(numPr)
    return p


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)

    hdr = doc.add_table(rows=3, cols=2)
    for i in range(3):
        hdr.cell(i, 0).text = HEADER_LEFT[i]
        hdr.cell(i, 1).text = HEADER_RIGHT[i]
    for txt in (TITLE, SUBTITLE):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(txt)
        r.bold = True
    doc.add_paragraph(INTRO)
    for kind, payload in BODY:
        if kind == "h":
            p = doc.add_paragraph()
            p.add_run(payload).bold = True
        elif kind == "p":
            doc.add_paragraph(payload)
        elif kind == "n":
            nid = new_num(doc)
            for item in payload:
                numbered_par(doc, item, nid)
        elif kind == "t":
            t = doc.add_table(rows=1, cols=len(TABLE_HEAD))
            t.style = "Table Grid"
            for j, h in enumerate(TABLE_HEAD):
                t.rows[0].cells[j].text = h
            for row in TABLE_ROWS:
                cells = t.add_row().cells
                for j, v in enumerate(row):
                    cells[j].text = v
    for line in SIGN:
        p = doc.add_paragraph(line)
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    for line in NOI_NHAN:
        doc.add_paragraph(line)
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()

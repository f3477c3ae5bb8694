#!/usr/bin/env python3
"""Build corpus/y02_kh31_huyen_doan_dak_binh_ky_nang_so.docx from text held here.

Headings I., II. and sub-items 1., 2., a), b) are produced by Word's own list
numbering (numbering.xml: one abstractNum with upperRoman / decimal /
lowerLetter levels), not typed. Run with /work/main/.venv/bin/python.
"""
import os
from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt, Cm

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "corpus", "y02_kh31_huyen_doan_dak_binh_ky_nang_so.docx")

HEADER_LEFT = ["BCH ĐOÀN TỈNH ĐẮK SƠN", "BCH HUYỆN ĐOÀN ĐẮK BÌNH", "***", "Số: 31-KH/HĐTN"]
HEADER_RIGHT = ["ĐOÀN TNCS HỒ CHÍ MINH", "", "Đắk Bình, ngày 05 tháng 02 năm 2026"]
TITLE = ["KẾ HOẠCH",
         "Triển khai chiến dịch \u201cThanh niên Đắk Bình làm chủ kỹ năng số\u201d",
         "và Ngày hội STEM tuổi trẻ huyện Đắk Bình năm 2026",
         "-----"]

# (level, text): level None = plain paragraph, 0 = I., 1 = 1., 2 = a)
BODY = [
    (None, "Thực hiện Chỉ thị số 12-CT/HU, ngày 12/01/2026 của Ban Thường vụ Huyện ủy Đắk Bình về tăng cường sự lãnh đạo của Đảng đối với giáo dục STEM và phát triển kỹ năng số cho học sinh, đoàn viên thanh niên và Nhân dân giai đoạn 2026 - 2030; Kế hoạch số 118-KH/TĐTN-PT, ngày 20/01/2026 của Ban Thường vụ Tỉnh đoàn Đắk Sơn về tuổi trẻ Đắk Sơn tiên phong chuyển đổi số, Ban Thường vụ Huyện đoàn Đắk Bình xây dựng Kế hoạch triển khai chiến dịch và Ngày hội STEM tuổi trẻ năm 2026 với các nội dung sau:"),
    (0, "MỤC ĐÍCH, YÊU CẦU"),
    (1, "Mục đích"),
    (2, "Phát huy vai trò xung kích của đoàn viên, thanh niên trong việc hỗ trợ người dân tiếp cận các nền tảng số, dịch vụ công trực tuyến và thanh toán không dùng tiền mặt."),
    (2, "Khơi dậy niềm đam mê khoa học, tinh thần sáng tạo của học sinh thông qua các hoạt động trải nghiệm STEM, góp phần thực hiện chỉ tiêu 100% trường THCS tổ chức giáo dục STEM vào năm 2027."),
    (1, "Yêu cầu"),
    (2, "Các hoạt động được tổ chức thiết thực, an toàn, tiết kiệm, phù hợp với điều kiện từng xã, thị trấn; tránh hình thức, phô trương."),
    (2, "Mỗi cơ sở Đoàn đăng ký ít nhất 01 công trình thanh niên về chuyển đổi số và gửi về Ban Thường vụ Huyện đoàn trước ngày 25/02/2026."),
    (0, "CHỈ TIÊU"),
    (1, "Thành lập 86 \u201cTổ công nghệ số cộng đồng\u201d, bảo đảm 100% thôn, buôn, tổ dân phố trên địa bàn huyện có tổ hoạt động."),
    (1, "Hỗ trợ ít nhất 6.500 lượt người dân cài đặt, kích hoạt và sử dụng ứng dụng VNeID, Cổng dịch vụ công quốc gia và các ứng dụng thanh toán điện tử."),
    (1, "Thu hút tối thiểu 1.200 học sinh THCS tham gia Ngày hội STEM tuổi trẻ và 60 sản phẩm dự thi cuộc thi \u201cSáng tạo trẻ Đắk Bình\u201d."),
    (1, "Tổ chức 11 \u201cPhiên chợ số\u201d tại 11/11 xã, thị trấn, hướng dẫn tiểu thương và người dân sử dụng mã QR trong mua bán."),
    (0, "NỘI DUNG VÀ THỜI GIAN THỰC HIỆN"),
    (1, "Lễ ra quân chiến dịch"),
    (2, "Tổ chức lễ ra quân cấp huyện gắn với kỷ niệm 95 năm Ngày thành lập Đoàn TNCS Hồ Chí Minh; mỗi cơ sở Đoàn cử 10 đoàn viên tham dự và ra mắt Tổ công nghệ số cộng đồng."),
    (2, "Sau lễ ra quân, các Tổ công nghệ số cộng đồng tổ chức \u201cNgày thứ Bảy số\u201d vào thứ Bảy tuần thứ hai và thứ tư hằng tháng tại nhà văn hóa thôn, buôn."),
    (1, "Tập huấn và Ngày hội STEM tuổi trẻ"),
    (2, "Tập huấn kỹ năng số cho 172 thành viên nòng cốt của các Tổ công nghệ số cộng đồng, mỗi tổ cử 02 thành viên."),
    (2, "Ngày hội STEM tuổi trẻ gồm các hoạt động: trưng bày sản phẩm STEM, thi lập trình robot, thi thiết kế mô hình tưới tiết kiệm cho cây cà phê và không gian trải nghiệm thực tế ảo."),
    (1, "Cuộc thi \u201cSáng tạo trẻ Đắk Bình\u201d"),
    (2, "Đối tượng dự thi là học sinh THCS, THPT và đoàn viên thanh niên dưới 30 tuổi; mỗi sản phẩm có tối đa 03 tác giả."),
    (2, "Cơ cấu giải thưởng gồm 01 giải Nhất, 02 giải Nhì, 03 giải Ba và 05 giải Khuyến khích; sản phẩm đạt giải Nhất được giới thiệu dự thi cấp tỉnh."),
    (1, "Lịch hoạt động cụ thể"),
    ("TABLE", None),
    (0, "KINH PHÍ"),
    (None, "Tổng kinh phí dự kiến 186.500.000 đồng (Một trăm tám mươi sáu triệu năm trăm nghìn đồng), trong đó: ngân sách huyện hỗ trợ 120.000.000 đồng; xã hội hóa từ doanh nghiệp viễn thông và các nhà hảo tâm 66.500.000 đồng. Các cơ sở Đoàn chủ động nguồn kinh phí để tổ chức hoạt động tại cơ sở."),
    (0, "TỔ CHỨC THỰC HIỆN"),
    (1, "Ban Thường vụ Huyện đoàn"),
    (2, "Phân công đồng chí Rơ Mah Thị Huyền, Phó Bí thư Huyện đoàn trực tiếp chỉ đạo chiến dịch; Ban Phong trào Huyện đoàn là bộ phận thường trực, tham mưu tổ chức các hoạt động."),
    (2, "Ban Tổ chức - Kiểm tra Huyện đoàn theo dõi, tổng hợp kết quả thi đua, đề xuất khen thưởng các tập thể, cá nhân tiêu biểu trước ngày 10/8/2026."),
    (1, "Các cơ sở Đoàn trực thuộc"),
    (2, "Các cơ sở Đoàn xây dựng kế hoạch triển khai tại cơ sở, gửi về Huyện đoàn (qua Ban Phong trào) trước ngày 20/02/2026."),
    (2, "Các cơ sở Đoàn báo cáo nhanh kết quả sau từng đợt hoạt động; báo cáo tổng kết chiến dịch gửi về Huyện đoàn trước ngày 05/8/2026."),
    (1, "Đề nghị phối hợp"),
    (2, "Đề nghị Phòng Giáo dục và Đào tạo chỉ đạo các trường THCS tạo điều kiện cho học sinh tham gia Ngày hội STEM tuổi trẻ và cử giáo viên làm giám khảo cuộc thi."),
    (2, "Đề nghị Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện hỗ trợ giảng viên, phòng máy cho lớp tập huấn thành viên nòng cốt."),
    (None, "Trên đây là Kế hoạch triển khai chiến dịch \u201cThanh niên Đắk Bình làm chủ kỹ năng số\u201d và Ngày hội STEM tuổi trẻ huyện Đắk Bình năm 2026. Trong quá trình thực hiện, nếu có vướng mắc đề nghị liên hệ đồng chí Y Sang Byă, Trưởng Ban Phong trào Huyện đoàn, số điện thoại 0905.418.326 để được hướng dẫn."),
]

TABLE_HEAD = ["TT", "Nội dung hoạt động", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian", "Địa điểm"]
TABLE_ROWS = [
    ["1", "Lễ ra quân chiến dịch \u201cThanh niên Đắk Bình làm chủ kỹ năng số\u201d", "Ban Thường vụ Huyện đoàn", "Phòng Văn hóa và Thông tin", "07 giờ 30, Chủ nhật ngày 08/3/2026", "Quảng trường trung tâm huyện"],
    ["2", "Tập huấn thành viên nòng cốt Tổ công nghệ số cộng đồng", "Ban Phong trào Huyện đoàn", "Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện", "Ngày 14 và 15/3/2026", "Phòng máy Trung tâm GDNN-GDTX huyện"],
    ["3", "Vòng sơ khảo cuộc thi \u201cSáng tạo trẻ Đắk Bình\u201d", "Ban Phong trào Huyện đoàn", "Phòng Giáo dục và Đào tạo", "Từ 01/3 đến 31/3/2026", "Trực tuyến"],
    ["4", "Ngày hội STEM tuổi trẻ huyện Đắk Bình năm 2026 và chung kết cuộc thi", "Ban Thường vụ Huyện đoàn", "Phòng Giáo dục và Đào tạo; Trường THCS Phan Bội Châu", "Thứ Bảy ngày 18/4/2026", "Trường THCS Phan Bội Châu, thị trấn Đắk Bình"],
    ["5", "\u201cPhiên chợ số\u201d điểm cấp huyện", "Đoàn xã Ea Rôk", "Hội Liên hiệp Phụ nữ xã Ea Rôk", "Chủ nhật ngày 10/5/2026", "Chợ trung tâm xã Ea Rôk"],
    ["6", "Tổng kết chiến dịch, khen thưởng tập thể, cá nhân tiêu biểu", "Ban Thường vụ Huyện đoàn", "Ban Tổ chức - Kiểm tra Huyện đoàn", "Ngày 20/8/2026", "Hội trường Huyện ủy"],
]

SIGN = ["TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN", "BÍ THƯ", "(Đã ký)", "", "Đinh Thị Hồng Nhung"]
RECIPIENTS = ["Nơi nhận:",
              "- Ban Thường vụ Tỉnh đoàn (để báo cáo);",
              "- Thường trực Huyện ủy (để báo cáo);",
              "- Ban Tuyên giáo Huyện ủy;",
              "- Phòng Giáo dục và Đào tạo huyện;",
              "- Trung tâm GDNN-GDTX huyện;",
              "- Các cơ sở Đoàn trực thuộc;",
              "- Lưu: VT."]


def add_numbering(doc):
    numbering = doc.part.numbering_part.element
    absn = OxmlElement("w:abstractNum")
    absn.set(qn("w:abstractNumId"), "90")
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    absn.append(mlt)
    for ilvl, fmt, txt, ind in ((0, "upperRoman", "%1.", 0), (1, "decimal", "%2.", 284),
                                (2, "lowerLetter", "%3)", 567)):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        start = OxmlElement("w:start"); start.set(qn("w:val"), "1"); lvl.append(start)
        nf = OxmlElement("w:numFmt"); nf.set(qn("w:val"), fmt); lvl.append(nf)
        lt = OxmlElement("w:lvlText"); lt.set(qn("w:val"), txt); lvl.append(lt)
        jc = OxmlElement("w:lvlJc"); jc.set(qn("w:val"), "left"); lvl.append(jc)
        ppr = OxmlElement("w:pPr")
        ind_el = OxmlElement("w:ind")
        ind_el.set(qn("w:left"), str(ind + 425)); ind_el.set(qn("w:hanging"), "425")
        ppr.append(ind_el); lvl.append(ppr)
        if ilvl == 0:
            rpr = OxmlElement("w:rPr"); rpr.append(OxmlElement("w:b")); lvl.append(rpr)
        absn.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(absn)
    else:
        numbering.append(absn)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    an = OxmlElement("w:abstractNumId"); an.set(qn("w:val"), "90")
    num.append(an)
    numbering.append(num)
    return "90"


def set_num(par, num_id, ilvl):
    ppr = par._p.get_or_add_pPr()
    numpr = ppr.get_or_add_numPr()  # inserted at the schema-correct position
    numpr.get_or_add_ilvl().val = ilvl
    numpr.get_or_add_numId().val = int(num_id)


def main():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    num_id = add_numbering(doc)
    for a, b in zip(HEADER_LEFT, HEADER_RIGHT + [""]):
        p = doc.add_paragraph()
        r = p.add_run(a); r.bold = True
        if b:
            p.add_run("\t\t" + b).bold = True
    for i, t in enumerate(TITLE):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        r = p.add_run(t); r.bold = True
    for lvl, text in BODY:
        if lvl == "TABLE":
            tbl = doc.add_table(rows=1, cols=len(TABLE_HEAD))
            tbl.style = "Table Grid"
            for c, h in zip(tbl.rows[0].cells, TABLE_HEAD):
                c.text = ""
                c.paragraphs[0].add_run(h).bold = True
            for row in TABLE_ROWS:
                cells = tbl.add_row().cells
                for c, v in zip(cells, row):
                    c.text = v
            continue
        p = doc.add_paragraph()
        p.paragraph_format.first_line_indent = Cm(1) if lvl is None else None
        r = p.add_run(text)
        if lvl in (0, 1):
            r.bold = True
        if lvl is not None:
            set_num(p, num_id, lvl)
    doc.add_paragraph()
    for t in SIGN:
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        p.add_run(t).bold = True
    for t in RECIPIENTS:
        p = doc.add_paragraph()
        r = p.add_run(t)
        r.font.size = Pt(11)
        if t == "Nơi nhận:":
            r.bold = True; r.italic = True
    os.makedirs(os.path.dirname(OUT), exist_ok=True)
    doc.save(OUT)
    print("wrote", OUT)


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Build the generated corpus files of eval/blind15.

Run:  /work/main/.venv/bin/python /work/main/eval/blind15/build_j.py
Writes corpus/j02_...docx (python-docx, Word's own list numbering in
numbering.xml plus a Word task table) and corpus/j04_...txt (hard-wrapped
lines, as if copied out of a PDF). All text is held in this script.
Does not import kg_rag.
"""
import os
import textwrap

from docx import Document
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Pt

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
J02 = os.path.join(CORPUS, "j02_kh126_ubnd_huyen_van_cat_binh_dan_hoc_vu_so.docx")
J04 = os.path.join(CORPUS, "j04_bc41_ubnd_xa_loc_khe_binh_dan_hoc_vu_so.txt")

# ---------------------------------------------------------------- j02 (.docx)
# Body items: (level, text). level 0 = "I.", 1 = "1.", 2 = "a)" - numbers come
# from Word numbering (numbering.xml), never from the paragraph text.
# level None = plain paragraph.  "TABLE" = insert the task table here.
J02_HEAD_LEFT = ["ỦY BAN NHÂN DÂN", "HUYỆN VÂN CÁT", "Số: 126/KH-UBND"]
J02_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                  "Vân Cát, ngày 12 tháng 5 năm 2025"]
J02_TITLE = ["KẾ HOẠCH",
             "Triển khai phong trào \"Bình dân học vụ số\" và phổ cập kỹ năng số "
             "cho người dân trên địa bàn huyện Vân Cát năm 2025"]
J02_BODY = [
    (None, "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển "
           "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; Kế hoạch số 01-KH/BCĐTW "
           "của Ban Chỉ đạo Trung ương về phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển "
           "đổi số triển khai phong trào \"Bình dân học vụ số\";"),
    (None, "Căn cứ Kế hoạch số 85/KH-UBND ngày 14/4/2025 của Ủy ban nhân dân tỉnh Quảng Hà triển khai "
           "phong trào \"Bình dân học vụ số\" trên địa bàn tỉnh; Chỉ thị số 05-CT/HU ngày 02/4/2025 "
           "của Ban Thường vụ Huyện ủy Vân Cát về tăng cường lãnh đạo công tác chuyển đổi số;"),
    (None, "Ủy ban nhân dân huyện ban hành Kế hoạch triển khai thực hiện như sau:"),
    (0, "MỤC ĐÍCH, YÊU CẦU"),
    (1, "Mục đích"),
    (2, "Phổ cập kiến thức, kỹ năng số cơ bản cho người dân, trước hết là người trong độ tuổi lao "
        "động, người cao tuổi, đồng bào ở các thôn vùng sâu, giúp người dân sử dụng được dịch vụ công "
        "trực tuyến, thanh toán không dùng tiền mặt và tự bảo vệ mình trên không gian mạng."),
    (2, "Huy động sự vào cuộc của cả hệ thống chính trị, nhà trường, doanh nghiệp viễn thông và "
        "đoàn viên thanh niên, tạo phong trào học tập số rộng khắp từ huyện đến thôn, tổ dân phố."),
    (1, "Yêu cầu"),
    (2, "Triển khai thiết thực, phù hợp với từng nhóm đối tượng; lấy Trung tâm học tập cộng đồng "
        "và nhà văn hóa thôn làm địa điểm học tập chính."),
    (2, "Phân công rõ cơ quan chủ trì, cơ quan phối hợp, thời hạn hoàn thành; kết quả được đánh "
        "giá bằng chỉ tiêu cụ thể."),
    (0, "CHỈ TIÊU ĐẾN HẾT NĂM 2025"),
    (1, "Ít nhất 80% người trong độ tuổi lao động trên địa bàn huyện được phổ cập kỹ năng số cơ bản."),
    (1, "100% cán bộ, công chức cấp huyện, cấp xã hoàn thành khóa bồi dưỡng kỹ năng số trên nền "
        "tảng \"Học vụ số Quảng Hà\"."),
    (1, "Ít nhất 75% hộ gia đình có người biết sử dụng dịch vụ công trực tuyến; 60% hộ kinh doanh "
        "áp dụng thanh toán không dùng tiền mặt."),
    (1, "Tỷ lệ hồ sơ thủ tục hành chính được xử lý trực tuyến toàn trình của cấp huyện đạt 70%, "
        "của cấp xã đạt 55%."),
    (1, "100% thôn, tổ dân phố có Tổ công nghệ số cộng đồng hoạt động thường xuyên."),
    (0, "NHIỆM VỤ, GIẢI PHÁP"),
    (1, "Đẩy mạnh tuyên truyền"),
    (2, "Mở chuyên mục \"Vân Cát học số\" trên Trang thông tin điện tử huyện và hệ thống truyền "
        "thanh cơ sở, phát ít nhất 02 tin, bài mỗi tuần."),
    (2, "Tuyên truyền qua nhóm Zalo của các thôn, tổ dân phố, các buổi sinh hoạt chi hội, chi đoàn."),
    (1, "Tổ chức các lớp \"Bình dân học vụ số\""),
    (2, "Mỗi xã, thị trấn tổ chức ít nhất 04 lớp mỗi quý tại Trung tâm học tập cộng đồng hoặc nhà "
        "văn hóa thôn; mỗi lớp từ 25 đến 40 học viên, thời lượng tối thiểu 03 buổi."),
    (2, "Nội dung gồm: cài đặt và sử dụng ứng dụng VNeID, nộp hồ sơ trên Cổng dịch vụ công, thanh "
        "toán bằng mã QR, nhận diện tin giả và lừa đảo trực tuyến."),
    (1, "Phát huy vai trò Tổ công nghệ số cộng đồng và đoàn viên thanh niên, giáo viên, sinh viên "
        "tình nguyện đến hướng dẫn tận nhà cho người cao tuổi, người khuyết tật."),
    (1, "Huy động nguồn lực xã hội hóa từ doanh nghiệp viễn thông để hỗ trợ thiết bị, sim dữ liệu "
        "cho hộ nghèo, hộ cận nghèo."),
    (0, "PHÂN CÔNG NHIỆM VỤ CỤ THỂ"),
    (None, "Các cơ quan, đơn vị thực hiện nhiệm vụ theo bảng phân công dưới đây:"),
    ("TABLE", None),
    (0, "KINH PHÍ THỰC HIỆN"),
    (None, "Ngân sách huyện năm 2025 bố trí 310 triệu đồng cho các nhiệm vụ tại bảng phân công; "
           "ngân sách xã, thị trấn tự bảo đảm kinh phí mở lớp; khuyến khích huy động nguồn xã hội hóa "
           "theo quy định."),
    (0, "TỔ CHỨC THỰC HIỆN"),
    (1, "Phòng Văn hóa và Thông tin là cơ quan thường trực, theo dõi, đôn đốc các cơ quan, đơn vị "
        "và tổng hợp kết quả báo cáo Ủy ban nhân dân huyện."),
    (1, "Phòng Tài chính - Kế hoạch thẩm định, tham mưu bố trí kinh phí thực hiện Kế hoạch trong "
        "tháng 5/2025."),
    (1, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện "
        "vận động đoàn viên, hội viên tích cực tham gia các lớp học số."),
    (1, "Ủy ban nhân dân các xã, thị trấn ban hành kế hoạch của địa phương trước ngày 31/5/2025; "
        "báo cáo kết quả 6 tháng trước ngày 20/6/2025 và báo cáo năm trước ngày 30/11/2025 về "
        "Phòng Văn hóa và Thông tin."),
    (None, "Đầu mối liên hệ: bà Hoàng Thị Yến, chuyên viên Phòng Văn hóa và Thông tin huyện, "
           "điện thoại 0912 604 318."),
    (None, "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị kịp thời "
           "phản ánh về Phòng Văn hóa và Thông tin để tổng hợp, báo cáo Ủy ban nhân dân huyện xem "
           "xét, giải quyết./."),
]
J02_TABLE_HEAD = ["STT", "Nội dung", "Cơ quan chủ trì", "Cơ quan phối hợp",
                  "Thời gian hoàn thành", "Kinh phí"]
J02_TABLE = [
    ["1", "Tổ chức Lễ phát động phong trào \"Bình dân học vụ số\" cấp huyện",
     "Phòng Văn hóa và Thông tin", "Trung tâm Văn hóa, Thông tin và Thể thao huyện; Huyện đoàn",
     "Trước ngày 25/5/2025", "45 triệu đồng (ngân sách huyện)"],
    ["2", "Biên soạn, in 3.000 cuốn \"Sổ tay kỹ năng số cho người dân Vân Cát\"",
     "Phòng Văn hóa và Thông tin", "Trường Đại học Quảng Hà",
     "Trước ngày 30/6/2025", "120 triệu đồng (ngân sách huyện)"],
    ["3", "Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp huyện, cấp xã",
     "Phòng Nội vụ", "Trung tâm Chính trị huyện",
     "Trước ngày 30/9/2025", "85 triệu đồng (ngân sách huyện)"],
    ["4", "Lồng ghép nội dung kỹ năng số, an toàn trên không gian mạng vào hoạt động giáo dục "
          "tại các trường tiểu học, trung học cơ sở",
     "Phòng Giáo dục và Đào tạo", "Huyện đoàn",
     "Trong năm học 2025 - 2026", "Lồng ghép kinh phí sự nghiệp giáo dục"],
    ["5", "Mở lớp \"Bình dân học vụ số\" tại Trung tâm học tập cộng đồng, nhà văn hóa thôn",
     "Ủy ban nhân dân các xã, thị trấn", "Hội Liên hiệp Phụ nữ huyện; Hội Nông dân huyện",
     "Hằng quý", "Ngân sách xã, thị trấn"],
    ["6", "Hướng dẫn hộ kinh doanh, hợp tác xã đưa sản phẩm OCOP lên sàn thương mại điện tử",
     "Phòng Kinh tế và Hạ tầng", "Hội Nông dân huyện; Hội Liên hiệp Phụ nữ huyện",
     "Trước ngày 31/10/2025", "60 triệu đồng (ngân sách huyện)"],
    ["7", "Theo dõi, tổng hợp, báo cáo kết quả thực hiện Kế hoạch với Ủy ban nhân dân huyện và "
          "Sở Khoa học và Công nghệ",
     "Phòng Văn hóa và Thông tin", "Các cơ quan, đơn vị liên quan",
     "Trước ngày 05/12/2025", "Không"],
]
J02_TAIL_LEFT = ["Nơi nhận:", "- Sở Khoa học và Công nghệ tỉnh (b/c);",
                 "- Thường trực Huyện ủy, Thường trực HĐND huyện (b/c);",
                 "- Chủ tịch, các Phó Chủ tịch UBND huyện;",
                 "- Các cơ quan, đơn vị tại Mục IV;", "- UBND các xã, thị trấn;",
                 "- Lưu: VT, VHTT."]
J02_TAIL_RIGHT = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Đỗ Minh Tuấn"]


def add_numbering(doc):
    """Create one multi-level abstractNum (I. / 1. / a)) in numbering.xml."""
    numbering = doc.part.numbering_part.element
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), "90")
    mlt = OxmlElement("w:multiLevelType")
    mlt.set(qn("w:val"), "multilevel")
    abstract.append(mlt)
    for ilvl, fmt, text, indent in ((0, "upperRoman", "%1.", 0), (1, "decimal", "%2.", 360),
                                    (2, "lowerLetter", "%3)", 720)):
        lvl = OxmlElement("w:lvl")
        lvl.set(qn("w:ilvl"), str(ilvl))
        for tag, val in (("w:start", "1"), ("w:numFmt", fmt), ("w:lvlText", text),
                         ("w:lvlJc", "left")):
            el = OxmlElement(tag)
            el.set(qn("w:val"), val)
            lvl.append(el)
        ppr = OxmlElement("w:pPr")
        ind = OxmlElement("w:ind")
        ind.set(qn("w:left"), str(indent + 360))
        ind.set(qn("w:hanging"), "360")
        ppr.append(ind)
        lvl.append(ppr)
        abstract.append(lvl)
    # abstractNum elements must precede num elements
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), "90")
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), "90")
    num.append(ref)
    numbering.append(num)
    return "90"


def set_num(par, num_id, ilvl):
    ppr = par._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), str(ilvl))
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), num_id)
    numpr.append(il)
    numpr.append(ni)
    ppr.append(numpr)


def two_col(doc, left, right, bold_left=(), bold_right=()):
    t = doc.add_table(rows=1, cols=2)
    for cell, lines, bold in ((t.rows[0].cells[0], left, bold_left),
                              (t.rows[0].cells[1], right, bold_right)):
        cell.paragraphs[0].text = ""
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            r = p.add_run(line)
            r.bold = i in bold
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER


def build_j02():
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    num_id = add_numbering(doc)
    doc.core_properties.author = "Phòng Văn hóa và Thông tin huyện Vân Cát"
    doc.core_properties.title = "KH 126/KH-UBND Bình dân học vụ số huyện Vân Cát 2025"
    two_col(doc, J02_HEAD_LEFT, J02_HEAD_RIGHT, (0, 1), (0, 1))
    for i, line in enumerate(J02_TITLE):
        p = doc.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        p.add_run(line).bold = True
    for level, text in J02_BODY:
        if level == "TABLE":
            t = doc.add_table(rows=1, cols=len(J02_TABLE_HEAD))
            t.style = "Table Grid"
            for c, h in zip(t.rows[0].cells, J02_TABLE_HEAD):
                c.paragraphs[0].add_run(h).bold = True
            for row in J02_TABLE:
                cells = t.add_row().cells
                for c, v in zip(cells, row):
                    c.text = v
            continue
        p = doc.add_paragraph()
        if level is None:
            p.add_run(text)
        else:
            set_num(p, num_id, level)
            r = p.add_run(text)
            r.bold = level in (0, 1) and len(text) < 60
    doc.add_paragraph()
    two_col(doc, J02_TAIL_LEFT, J02_TAIL_RIGHT, (0,), (0, 1, 2, 5))
    doc.save(J02)


# ---------------------------------------------------------------- j04 (.txt)
J04_HEAD = """ỦY BAN NHÂN DÂN        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
  XÃ LỘC KHÊ                 Độc lập - Tự do - Hạnh phúc

Số: 41/BC-UBND              Lộc Khê, ngày 18 tháng 6 năm 2025

                          BÁO CÁO
    Kết quả 6 tháng đầu năm 2025 thực hiện phong trào
   "Bình dân học vụ số" trên địa bàn xã Lộc Khê, huyện Vân Cát
"""
J04_PARAS_1 = [
    "Thực hiện Kế hoạch số 126/KH-UBND ngày 12/5/2025 của Ủy ban nhân dân huyện Vân Cát về triển "
    "khai phong trào \"Bình dân học vụ số\" và phổ cập kỹ năng số cho người dân năm 2025; Kế hoạch "
    "số 17/KH-UBND ngày 26/5/2025 của Ủy ban nhân dân xã, Ủy ban nhân dân xã Lộc Khê báo cáo kết "
    "quả thực hiện 6 tháng đầu năm 2025 như sau:",
    "I. ĐẶC ĐIỂM TÌNH HÌNH",
    "Xã Lộc Khê có 06 thôn với 2.914 hộ, 11.380 nhân khẩu, trong đó 7.126 người trong độ tuổi lao "
    "động; đồng bào dân tộc thiểu số chiếm 23,5% dân số, tập trung ở thôn Gò Mít và thôn Tân Lập. "
    "Toàn xã có 01 Trung tâm học tập cộng đồng, 06 nhà văn hóa thôn; sóng di động 4G đã phủ 5/6 "
    "thôn, riêng khu vực đồi phía tây thôn Gò Mít sóng còn yếu.",
    "II. KẾT QUẢ THỰC HIỆN",
    "1. Công tác chỉ đạo, điều hành",
    "Ủy ban nhân dân xã thành lập Ban Chỉ đạo phong trào \"Bình dân học vụ số\" xã tại Quyết định "
    "số 58/QĐ-UBND ngày 28/5/2025, do đồng chí Chủ tịch Ủy ban nhân dân xã làm Trưởng ban; kiện "
    "toàn 06 Tổ công nghệ số cộng đồng ở 06 thôn với tổng số 42 thành viên.",
    "2. Công tác tuyên truyền",
    "Đài truyền thanh xã phát 36 tin, bài và 18 lượt phát thanh hướng dẫn cài đặt VNeID; thành "
    "lập nhóm Zalo \"Lộc Khê học số\" với 1.650 thành viên; lồng ghép tuyên truyền tại 24 cuộc "
    "họp thôn và sinh hoạt chi hội.",
    "3. Tổ chức các lớp học",
    "Từ ngày 02/6/2025 đến ngày 15/6/2025, xã tổ chức 14 lớp \"Bình dân học vụ số\" tại Trung tâm "
    "học tập cộng đồng và các nhà văn hóa thôn với 612 lượt người tham gia. Giáo viên Trường THCS "
    "Lộc Khê và 15 đoàn viên thanh niên tham gia hướng dẫn. Hội Phụ nữ xã triển khai mô hình "
    "\"Cặp đôi số\" theo Hướng dẫn số 09/HD-HPN của Hội Liên hiệp Phụ nữ tỉnh, ghép được 86 cặp.",
    "4. Kết quả cụ thể tại các thôn",
]
J04_TABLE = """Thôn          Số hộ   Số lớp   Người học   Tỷ lệ VNeID     Hộ thanh toán
                                             mức 2 (%)      không tiền mặt
Khê Thượng     512      3        128         86,4           201
Khê Hạ         468      2         97         81,0           164
Đồng Sen       603      3        141         88,2           236
Gò Mít         389      2         79         72,5            98
Bãi Dâu        455      2         88         77,9           133
Tân Lập        487      2         79         69,8           112
Cộng         2.914     14        612         80,1           944
"""
J04_PARAS_2 = [
    "5. Dịch vụ công trực tuyến",
    "Tỷ lệ hồ sơ thủ tục hành chính của xã được xử lý trực tuyến toàn trình 6 tháng đầu năm đạt "
    "48,6%, thấp hơn chỉ tiêu 55% huyện giao; số hộ kinh doanh áp dụng thanh toán không dùng tiền "
    "mặt là 57/103 hộ, đạt 55,3%.",
    "III. ĐÁNH GIÁ CHUNG",
    "1. Ưu điểm: phong trào được triển khai sớm, đúng kế hoạch của huyện; người dân, nhất là "
    "thanh niên và hội viên phụ nữ, tích cực tham gia; mô hình \"Cặp đôi số\" bước đầu phát huy "
    "hiệu quả.",
    "2. Tồn tại, hạn chế: tỷ lệ người học ở thôn Gò Mít và thôn Tân Lập còn thấp; nhiều người "
    "cao tuổi chưa có điện thoại thông minh; Trung tâm học tập cộng đồng chỉ có 04 máy tính đã "
    "cũ; kinh phí mở lớp của xã còn hạn chế.",
    "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ 6 THÁNG CUỐI NĂM 2025",
    "1. Phấn đấu mở thêm 12 lớp, nâng tổng số lượt người học cả năm lên ít nhất 1.200 lượt; tỷ lệ "
    "hồ sơ trực tuyến toàn trình đạt 55% trước ngày 30/11/2025.",
    "2. Công chức Văn hóa - Xã hội chủ trì, phối hợp với Trung tâm học tập cộng đồng xây dựng "
    "lịch mở lớp theo từng thôn, hoàn thành trước ngày 05/7/2025.",
    "3. Đoàn Thanh niên xã phối hợp với Trường THCS Lộc Khê thành lập 02 đội thanh niên tình "
    "nguyện hướng dẫn tận nhà cho người cao tuổi ở thôn Gò Mít và thôn Tân Lập, xong trong tháng "
    "7/2025.",
    "4. Công chức Văn phòng - Thống kê chủ trì rà soát, hướng dẫn hồ sơ dịch vụ công trực tuyến "
    "toàn trình tại bộ phận một cửa, báo cáo Chủ tịch Ủy ban nhân dân xã hằng tháng.",
    "V. ĐỀ XUẤT, KIẾN NGHỊ",
    "1. Đề nghị Ủy ban nhân dân huyện hỗ trợ 15 máy tính để bàn và 01 màn hình tương tác để xây "
    "dựng phòng học số tại Trung tâm học tập cộng đồng xã.",
    "2. Đề nghị Phòng Văn hóa và Thông tin huyện phối hợp với doanh nghiệp viễn thông sớm lắp đặt "
    "trạm phát sóng tại khu vực đồi phía tây thôn Gò Mít.",
    "Trên đây là báo cáo kết quả 6 tháng đầu năm 2025 thực hiện phong trào \"Bình dân học vụ số\" "
    "của Ủy ban nhân dân xã Lộc Khê./.",
]
J04_TAIL = """
Nơi nhận:                                  TM. ỦY BAN NHÂN DÂN
- UBND huyện Vân Cát (b/c);                         CHỦ TỊCH
- Phòng Văn hóa và Thông tin huyện;
- TT Đảng ủy, TT HĐND xã;
- Ban Chỉ đạo phong trào xã;
- Các thôn;                                     Bùi Văn Khải
- Lưu: VT.
"""


def wrap(paras, width=74):
    out = []
    for p in paras:
        out.extend(textwrap.wrap(p, width=width, break_long_words=False,
                                 break_on_hyphens=False))
    return out


def build_j04():
    lines = J04_HEAD.splitlines()
    body1 = wrap(J04_PARAS_1)
    # a PDF page break (page number + running footer) in the middle of section II
    cut = 24
    lines += body1[:cut] + ["", "                                   1", "\f"] + body1[cut:]
    lines += J04_TABLE.splitlines()
    lines += wrap(J04_PARAS_2)
    lines += J04_TAIL.splitlines()
    lines += ["", "                                   2"]
    with open(J04, "w", encoding="utf-8") as f:
        f.write("\n".join(lines) + "\n")


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_j02()
    build_j04()
    print("wrote", J02)
    print("wrote", J04)

#!/usr/bin/env python
"""Rebuild the .docx (mi01) and .pdf (mi03) documents of blind set 99 from the text kept here.

Run:  /work/main/.venv/bin/python /work/main/eval/blind99/build_mi.py
"""
import os
import unicodedata

from docx import Document
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH
from docx.shared import Cm, Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT_DIR = "/usr/share/fonts/truetype/dejavu"


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# mi01 — Kế hoạch của UBND tỉnh (.docx, with a Word task table)
# ---------------------------------------------------------------------------
MI01_HEADER_LEFT = ["ỦY BAN NHÂN DÂN", "TỈNH BÌNH SƠN THƯỢNG", "", "Số: 142/KH-UBND"]
MI01_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                     "Bình Sơn Thượng, ngày 12 tháng 3 năm 2026"]
MI01_TITLE = ["KẾ HOẠCH",
              "Triển khai truy xuất nguồn gốc, ứng dụng mã QR và phát triển tài sản trí tuệ "
              "cho sản phẩm OCOP, nông sản chủ lực tỉnh Bình Sơn Thượng giai đoạn 2026 - 2027"]

# ("p", text) normal paragraph; ("h", text) bold heading; ("TABLE", None) the task table
MI01_BODY_1 = [
    ("p", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển "
          "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("p", "Căn cứ Nghị quyết số 18/2025/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh quy định "
          "mức hỗ trợ phát triển tài sản trí tuệ và truy xuất nguồn gốc sản phẩm trên địa bàn tỉnh;"),
    ("p", "Xét đề nghị của Sở Khoa học và Công nghệ tại Tờ trình số 96/TTr-SKHCN ngày 02 tháng 3 năm 2026, "
          "Ủy ban nhân dân tỉnh ban hành Kế hoạch như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h", "1. Mục đích"),
    ("p", "- Minh bạch thông tin về nguồn gốc của sản phẩm OCOP và nông sản chủ lực; nâng cao giá trị và uy "
          "tín của sản phẩm mang địa danh của tỉnh."),
    ("p", "- Hỗ trợ các hợp tác xã (HTX), doanh nghiệp, hộ sản xuất xác lập, quản lý và khai thác quyền sở hữu "
          "trí tuệ (SHTT), trọng tâm là nhãn hiệu tập thể và chỉ dẫn địa lý."),
    ("h", "2. Yêu cầu"),
    ("p", "- Việc gắn mã QR phải gắn với dữ liệu thật, được cập nhật thường xuyên; không cấp mã cho sản phẩm chưa "
          "có nhật ký sản xuất."),
    ("h", "II. MỤC TIÊU"),
    ("p", "1. Đến ngày 31/12/2026, 100% trong tổng số 86 sản phẩm OCOP đạt từ 3 sao trở lên của tỉnh được gắn "
          "tem truy xuất nguồn gốc có mã QR, kết nối với Nền tảng truy xuất nguồn gốc tỉnh Bình Sơn Thượng."),
    ("p", "2. Đến hết năm 2027, có ít nhất 150 HTX và 40 doanh nghiệp tham gia Nền tảng truy xuất nguồn gốc của "
          "tỉnh; ít nhất 2.500 hộ sản xuất ghi nhật ký sản xuất điện tử."),
    ("p", "3. Giai đoạn 2026 - 2027, hỗ trợ xác lập quyền đối với 12 nhãn hiệu tập thể và 02 chỉ dẫn địa lý, "
          "trong đó ưu tiên chỉ dẫn địa lý \"Nậm Sáo\" cho sản phẩm chè Shan tuyết và nhãn hiệu tập thể "
          "\"Cam sành Khau Mèn\"."),
    ("p", "4. Tổ chức tập huấn cho ít nhất 1.200 lượt cán bộ, thành viên HTX và hộ sản xuất về truy xuất "
          "nguồn gốc và SHTT."),
    ("h", "III. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("p", "1. Hoàn thiện hạ tầng truy xuất: nâng cấp Nền tảng truy xuất nguồn gốc tỉnh tại địa chỉ "
          "truyxuat.binhsonthuong.gov.vn, kết nối với Cổng truy xuất nguồn gốc sản phẩm hàng hóa quốc gia; "
          "chuẩn hóa mã định danh cho từng sản phẩm, lô hàng."),
    ("p", "2. Hỗ trợ xây dựng, đăng ký và quản lý nhãn hiệu tập thể, chỉ dẫn địa lý."),
    ("p", "3. Tăng cường kiểm tra, xử lý hành vi giả mạo tem truy xuất, xâm phạm quyền SHTT; quảng bá sản "
          "phẩm có mã QR trên sàn thương mại điện tử."),
    ("h", "IV. KINH PHÍ"),
    ("p", "1. Tổng kinh phí dự kiến thực hiện Kế hoạch giai đoạn 2026 - 2027 là 6,45 tỷ đồng, trong đó: ngân "
          "sách tỉnh (nguồn sự nghiệp khoa học và công nghệ) 4,2 tỷ đồng; ngân sách cấp huyện đối ứng 1,35 tỷ "
          "đồng; nguồn xã hội hóa và đóng góp của các chủ thể 900 triệu đồng."),
    ("p", "2. Mức hỗ trợ từ ngân sách tỉnh (theo Nghị quyết số 18/2025/NQ-HĐND):"),
    ("p", "- Xây dựng hồ sơ truy xuất, thiết lập mã QR: tối đa 12 triệu đồng/sản phẩm;"),
    ("p", "- In tem truy xuất năm đầu tiên: hỗ trợ 50% chi phí, không quá 5 triệu đồng/chủ thể;"),
    ("p", "- Đăng ký nhãn hiệu tập thể: tối đa 80 triệu đồng/nhãn hiệu;"),
    ("p", "- Xây dựng hồ sơ, đăng ký chỉ dẫn địa lý: tối đa 450 triệu đồng/chỉ dẫn địa lý."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("h", "1. Phân công nhiệm vụ cụ thể"),
    ("p", "Các nhiệm vụ cụ thể được phân công tại bảng sau:"),
    ("TABLE", None),
]

MI01_TABLE = [
    ["TT", "Nội dung nhiệm vụ", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Nâng cấp Nền tảng truy xuất nguồn gốc tỉnh, kết nối Cổng truy xuất quốc gia",
     "Sở Khoa học và Công nghệ", "Trung tâm Thông tin và Chuyển đổi số tỉnh; Sở Công Thương", "Quý II/2026"],
    ["2", "Rà soát, lập danh sách sản phẩm OCOP, nông sản chủ lực cần gắn mã QR",
     "Sở Nông nghiệp và Môi trường", "UBND các huyện, thành phố", "Trước ngày 30/4/2026"],
    ["3", "Ban hành hướng dẫn quy trình cấp mã QR và hồ sơ đề nghị hỗ trợ đăng ký nhãn hiệu tập thể, "
          "chỉ dẫn địa lý",
     "Sở Khoa học và Công nghệ", "Sở Nông nghiệp và Môi trường", "Trước ngày 31/3/2026"],
    ["4", "Xây dựng hồ sơ đăng ký chỉ dẫn địa lý \"Nậm Sáo\" cho sản phẩm chè Shan tuyết",
     "Sở Khoa học và Công nghệ", "UBND huyện Vạn Khê Nguyên; HTX Chè Nậm Sáo Xanh",
     "Hoàn thành trong năm 2027"],
    ["5", "Kiểm tra việc sử dụng tem truy xuất, xử lý hàng giả, hàng xâm phạm quyền SHTT",
     "Sở Công Thương", "Công an tỉnh; Sở Khoa học và Công nghệ", "Định kỳ 6 tháng"],
    ["6", "Quảng bá, đưa sản phẩm có mã QR lên sàn thương mại điện tử",
     "Sở Công Thương", "Hội Liên hiệp Phụ nữ tỉnh; Tỉnh đoàn", "Năm 2026 - 2027"],
    ["7", "Tập huấn về truy xuất nguồn gốc, SHTT cho HTX, hộ sản xuất",
     "Sở Khoa học và Công nghệ", "Hội Nông dân tỉnh; UBND các huyện, thành phố", "Quý II và quý III hằng năm"],
    ["8", "Thẩm định, bố trí kinh phí thực hiện Kế hoạch",
     "Sở Tài chính", "Sở Khoa học và Công nghệ", "Cùng thời điểm lập dự toán hằng năm"],
]

MI01_BODY_2 = [
    ("h", "2. Trách nhiệm của các cơ quan, đơn vị"),
    ("h", "a) Sở Khoa học và Công nghệ"),
    ("p", "- Là cơ quan thường trực, chủ trì tổ chức thực hiện Kế hoạch; thành lập Tổ công tác truy xuất nguồn "
          "gốc do 01 đồng chí Phó Giám đốc Sở làm Tổ trưởng."),
    ("p", "- Tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/12 hằng năm; tham mưu sơ kết Kế hoạch vào "
          "quý IV/2026."),
    ("h", "b) Sở Nông nghiệp và Môi trường"),
    ("p", "- Chỉ đạo các cơ sở sản xuất ghi chép nhật ký đồng ruộng, cấp mã số vùng trồng, trong đó Chi cục "
          "Trồng trọt và Bảo vệ thực vật có trách nhiệm hướng dẫn cấp mã số vùng trồng cho vùng cam sành và "
          "vùng chè tập trung trước ngày 30/9/2026."),
    ("p", "c) Sở Công Thương phối hợp Công an tỉnh thực hiện kiểm tra đột xuất các cơ sở kinh doanh, chợ đầu "
          "mối về việc sử dụng tem truy xuất; kết quả kiểm tra gửi Sở Khoa học và Công nghệ để tổng hợp."),
    ("p", "d) Sở Tài chính tham mưu UBND tỉnh bố trí 2,1 tỷ đồng năm 2026 từ nguồn sự nghiệp khoa học và công "
          "nghệ để thực hiện Kế hoạch."),
    ("h", "đ) UBND các huyện, thành phố"),
    ("p", "- Bố trí kinh phí đối ứng; chỉ đạo UBND cấp xã hướng dẫn các chủ thể đăng ký tham gia Nền tảng "
          "truy xuất nguồn gốc."),
    ("p", "- Báo cáo kết quả 6 tháng về Sở Khoa học và Công nghệ trước ngày 20/6; báo cáo năm trước ngày 30/11."),
    ("p", "e) Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh (Hội Nông "
          "dân tỉnh, Hội Liên hiệp Phụ nữ tỉnh, Tỉnh đoàn) tuyên truyền, vận động hội viên, đoàn viên tham gia "
          "ghi nhật ký sản xuất điện tử và sử dụng tem QR; Hội Nông dân tỉnh lồng ghép nội dung này vào các "
          "lớp dạy nghề cho nông dân."),
    ("p", "Quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Khoa học và Công nghệ "
          "(qua Phòng Quản lý chuyên ngành, điện thoại 0209.3867.245) để tổng hợp, báo cáo UBND tỉnh./."),
]

MI01_RECIPIENTS = ["Nơi nhận:", "- Bộ Khoa học và Công nghệ (b/c);", "- Thường trực Tỉnh ủy (b/c);",
                   "- Thường trực HĐND tỉnh;", "- Chủ tịch, các PCT UBND tỉnh;", "- Ủy ban MTTQ Việt Nam tỉnh;",
                   "- Các sở, ban, ngành tỉnh;", "- UBND các huyện, thành phố;", "- Cục Sở hữu trí tuệ;",
                   "- Lưu: VT, KGVX."]
MI01_SIGN = ["TM. ỦY BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Hoàng Quốc Tuệ"]


def _no_borders(table):
    from docx.oxml.ns import qn
    from docx.oxml import OxmlElement
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "nil")
        borders.append(el)
    tbl_pr.append(borders)


def _cell_lines(cell, lines, bold_upto=0, italic_last=False, size=12):
    cell.paragraphs[0].text = ""
    for i, line in enumerate(lines):
        p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        run = p.add_run(N(line))
        run.font.size = Pt(size)
        run.bold = i < bold_upto
        run.italic = italic_last and i == len(lines) - 1


def build_docx(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin = Cm(3)
        s.right_margin = Cm(2)
        s.top_margin = Cm(2)
        s.bottom_margin = Cm(2)

    head = doc.add_table(rows=1, cols=2)
    _no_borders(head)
    _cell_lines(head.cell(0, 0), MI01_HEADER_LEFT, bold_upto=2)
    _cell_lines(head.cell(0, 1), MI01_HEADER_RIGHT, bold_upto=2, italic_last=True)

    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(N(MI01_TITLE[0]))
    r.bold = True
    r.font.size = Pt(14)
    p = doc.add_paragraph()
    p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    r = p.add_run(N(MI01_TITLE[1]))
    r.bold = True

    def body(items):
        for kind, text in items:
            if kind == "TABLE":
                t = doc.add_table(rows=len(MI01_TABLE), cols=len(MI01_TABLE[0]))
                t.style = "Table Grid"
                t.alignment = WD_TABLE_ALIGNMENT.CENTER
                for i, row in enumerate(MI01_TABLE):
                    for j, val in enumerate(row):
                        c = t.cell(i, j)
                        c.text = ""
                        run = c.paragraphs[0].add_run(N(val))
                        run.font.size = Pt(11)
                        run.bold = i == 0
                continue
            p = doc.add_paragraph()
            p.paragraph_format.first_line_indent = Cm(1)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
            run = p.add_run(N(text))
            run.bold = kind == "h"

    body(MI01_BODY_1)
    body(MI01_BODY_2)

    doc.add_paragraph()
    tail = doc.add_table(rows=1, cols=2)
    _no_borders(tail)
    c = tail.cell(0, 0)
    c.paragraphs[0].text = ""
    for i, line in enumerate(MI01_RECIPIENTS):
        p = c.paragraphs[0] if i == 0 else c.add_paragraph()
        run = p.add_run(N(line))
        run.font.size = Pt(11) if i else Pt(12)
        run.bold = i == 0
        run.italic = i == 0
    _cell_lines(tail.cell(0, 1), MI01_SIGN, bold_upto=3)
    tail.cell(0, 1).paragraphs[-1].runs[0].bold = True
    doc.save(path)


# ---------------------------------------------------------------------------
# mi03 — Hướng dẫn của Sở KH&CN (.pdf, 2-4 pages, real text layer)
# ---------------------------------------------------------------------------
MI03_HEADER_LEFT = ["UBND TỈNH BÌNH SƠN THƯỢNG", "SỞ KHOA HỌC VÀ CÔNG NGHỆ", "", "Số: 215/HD-SKHCN"]
MI03_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "",
                     "Bình Sơn Thượng, ngày 25 tháng 3 năm 2026"]
MI03_TITLE = ["HƯỚNG DẪN",
              "Quy trình cấp mã QR truy xuất nguồn gốc và hồ sơ đề nghị hỗ trợ đăng ký nhãn hiệu tập thể, "
              "chỉ dẫn địa lý cho sản phẩm OCOP, nông sản chủ lực"]
MI03_BODY = [
    ("p", "Căn cứ Kế hoạch số 142/KH-UBND ngày 12/3/2026 của UBND tỉnh về triển khai truy xuất nguồn gốc, ứng "
          "dụng mã QR và phát triển tài sản trí tuệ cho sản phẩm OCOP, nông sản chủ lực tỉnh Bình Sơn Thượng "
          "giai đoạn 2026 - 2027;"),
    ("p", "Căn cứ Nghị quyết số 18/2025/NQ-HĐND ngày 10/12/2025 của HĐND tỉnh quy định mức hỗ trợ phát triển "
          "tài sản trí tuệ và truy xuất nguồn gốc sản phẩm trên địa bàn tỉnh;"),
    ("p", "Sở Khoa học và Công nghệ hướng dẫn quy trình cấp mã QR và hồ sơ đề nghị hỗ trợ như sau:"),
    ("h", "I. PHẠM VI, ĐỐI TƯỢNG ÁP DỤNG"),
    ("p", "1. Phạm vi: Hướng dẫn này quy định trình tự cấp mã QR trên Nền tảng truy xuất nguồn gốc tỉnh (địa "
          "chỉ truyxuat.binhsonthuong.gov.vn) và thành phần hồ sơ đề nghị hỗ trợ kinh phí đăng ký nhãn hiệu "
          "tập thể, chỉ dẫn địa lý."),
    ("p", "2. Đối tượng: HTX, tổ hợp tác, doanh nghiệp nhỏ và vừa, hộ sản xuất kinh doanh có sản phẩm OCOP đạt "
          "từ 3 sao trở lên hoặc sản phẩm thuộc danh mục nông sản chủ lực của tỉnh; UBND cấp huyện, cấp xã và "
          "các cơ quan có liên quan."),
    ("h", "II. QUY TRÌNH CẤP MÃ QR TRUY XUẤT NGUỒN GỐC"),
    ("h", "Bước 1. Đăng ký tham gia"),
    ("p", "Chủ thể lập Phiếu đăng ký tham gia hệ thống truy xuất nguồn gốc (Mẫu số 01) nộp cho UBND cấp xã nơi "
          "đặt cơ sở sản xuất. Trong 03 ngày làm việc, UBND cấp xã xác nhận và chuyển Phòng Kinh tế cấp huyện; "
          "Phòng Kinh tế tạo tài khoản cho chủ thể trên Nền tảng."),
    ("h", "Bước 2. Kê khai thông tin sản phẩm"),
    ("p", "Chủ thể kê khai Bản thông tin sản phẩm (Mẫu số 02), gồm: tên sản phẩm, hạng sao OCOP, vùng nguyên "
          "liệu, quy trình sản xuất, các chứng nhận đã có; đồng thời tải lên nhật ký sản xuất điện tử của ít "
          "nhất 03 tháng gần nhất."),
    ("h", "Bước 3. Thẩm định và cấp mã"),
    ("p", "Phòng Kinh tế cấp huyện kiểm tra hồ sơ trong 05 ngày làm việc, nếu đạt thì đề xuất lên Sở. Sở Khoa "
          "học và Công nghệ phê duyệt, cấp mã định danh sản phẩm gồm 13 ký tự trong 07 ngày làm việc kể từ "
          "ngày nhận đề xuất hợp lệ. Trường hợp không đạt, Sở trả lời bằng văn bản và nêu rõ lý do."),
    ("h", "Bước 4. In và sử dụng tem"),
    ("p", "Chủ thể in tem theo mẫu thống nhất (kích thước tối thiểu 20 x 20 mm, có biểu trưng của Nền tảng) "
          "tại cơ sở in do chủ thể lựa chọn. Đơn giá tham khảo 250 đồng/tem đối với số lượng từ 10.000 tem "
          "trở lên. Mỗi lô hàng phải gắn mã lô; nghiêm cấm dùng một mã cho sản phẩm khác loại."),
    ("h", "Bước 5. Cập nhật và duy trì"),
    ("p", "Chủ thể cập nhật nhật ký sản xuất định kỳ hằng tháng. Sau 03 tháng liên tục không cập nhật, mã QR "
          "bị tạm khóa; sau 06 tháng không cập nhật thì mã bị thu hồi. Chủ thể có thể đề nghị mở khóa bằng "
          "văn bản gửi Phòng Kinh tế cấp huyện."),
    ("h", "III. HỒ SƠ ĐỀ NGHỊ HỖ TRỢ ĐĂNG KÝ NHÃN HIỆU TẬP THỂ, CHỈ DẪN ĐỊA LÝ"),
    ("h", "1. Chủ thể đề nghị"),
    ("p", "a) Nhãn hiệu tập thể: HTX, hội nghề nghiệp hoặc tổ chức tập thể đại diện cho các thành viên, có ít "
          "nhất 10 thành viên cùng sản xuất sản phẩm trên địa bàn."),
    ("p", "b) Chỉ dẫn địa lý: UBND cấp huyện nơi có khu vực địa lý tương ứng là cơ quan đề nghị; tổ chức được "
          "giao quản lý chỉ dẫn địa lý do UBND tỉnh quyết định."),
    ("h", "2. Thành phần hồ sơ (01 bộ)"),
    ("p", "- Đơn đề nghị hỗ trợ (Mẫu số 03);"),
    ("p", "- Dự thảo Quy chế quản lý và sử dụng nhãn hiệu tập thể hoặc chỉ dẫn địa lý;"),
    ("p", "- 05 mẫu nhãn hiệu, kích thước 80 x 80 mm (đối với nhãn hiệu tập thể);"),
    ("p", "- Bản đồ khu vực địa lý và bản mô tả tính chất đặc thù của sản phẩm (đối với chỉ dẫn địa lý);"),
    ("p", "- Danh sách thành viên tham gia, có xác nhận của UBND cấp xã;"),
    ("p", "- Dự toán kinh phí đề nghị hỗ trợ (Mẫu số 04)."),
    ("p", "3. Mức hỗ trợ: thực hiện theo mục IV Kế hoạch số 142/KH-UBND, tối đa 80 triệu đồng/nhãn hiệu tập "
          "thể và tối đa 450 triệu đồng/chỉ dẫn địa lý. Kinh phí được cấp 02 lần: 60% khi có quyết định hỗ "
          "trợ, 40% còn lại khi Cục Sở hữu trí tuệ có thông báo chấp nhận đơn hợp lệ."),
    ("h", "4. Thời hạn và nơi nộp hồ sơ"),
    ("p", "- Đợt 1: trước ngày 31/5/2026; đợt 2: trước ngày 30/9/2026."),
    ("p", "- Nộp trực tiếp tại Bộ phận Một cửa (tầng 1, trụ sở Sở Khoa học và Công nghệ) hoặc qua dịch vụ bưu "
          "chính công ích."),
    ("p", "5. Thẩm định: trong 10 ngày làm việc kể từ ngày hết hạn mỗi đợt, Sở Khoa học và Công nghệ thành "
          "lập Hội đồng thẩm định hồ sơ, trình UBND tỉnh quyết định hỗ trợ."),
    ("h", "IV. DANH MỤC BIỂU MẪU"),
    ("p", "- Mẫu số 01: Phiếu đăng ký tham gia hệ thống truy xuất nguồn gốc;"),
    ("p", "- Mẫu số 02: Bản thông tin sản phẩm;"),
    ("p", "- Mẫu số 03: Đơn đề nghị hỗ trợ đăng ký nhãn hiệu tập thể, chỉ dẫn địa lý;"),
    ("p", "- Mẫu số 04: Dự toán kinh phí đề nghị hỗ trợ."),
    ("p", "Các biểu mẫu được đăng tải tại mục \"Văn bản - Biểu mẫu\" trên Cổng thông tin điện tử của Sở."),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Quản lý chuyên ngành là đầu mối tiếp nhận, hướng dẫn; phối hợp với Trung tâm Thông tin và "
          "Chuyển đổi số tỉnh vận hành Nền tảng, bảo đảm hoạt động liên tục."),
    ("p", "2. Đề nghị Phòng Kinh tế các huyện, thành phố bố trí công chức theo dõi, thẩm định hồ sơ cấp mã; "
          "tổng hợp danh sách chủ thể đăng ký gửi Sở trước ngày 15 hằng tháng."),
    ("p", "3. UBND cấp xã hướng dẫn, xác nhận hồ sơ cho các chủ thể trên địa bàn; phối hợp với Hội Nông dân "
          "cấp xã hỗ trợ hộ sản xuất ghi nhật ký điện tử."),
    ("p", "4. Thông tin liên hệ: bà Vi Thị Thoa, Trưởng phòng Quản lý chuyên ngành, điện thoại 0209.3867.245, "
          "thư điện tử qlcn.skhcn@binhsonthuong.gov.vn."),
    ("p", "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các đơn vị phản ánh về Sở Khoa học và Công "
          "nghệ để được hướng dẫn./."),
]
MI03_RECIPIENTS = ["Nơi nhận:", "- UBND tỉnh (b/c);", "- Sở Nông nghiệp và Môi trường;", "- Sở Công Thương;",
                   "- UBND các huyện, thành phố;", "- Phòng Kinh tế các huyện, thành phố;",
                   "- Giám đốc, các PGĐ Sở;", "- Lưu: VT, QLCN."]
MI03_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "", "(Đã ký)", "", "Đinh Khắc Lượng"]


def build_pdf(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(25, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DV", "", os.path.join(FONT_DIR, "DejaVuSerif.ttf"))
    pdf.add_font("DV", "B", os.path.join(FONT_DIR, "DejaVuSerif-Bold.ttf"))
    pdf.add_font("DV", "I", os.path.join(FONT_DIR, "DejaVuSerif-Italic.ttf"))
    pdf.add_page()
    col = (pdf.w - pdf.l_margin - pdf.r_margin) / 2
    y0 = pdf.get_y()
    for i, line in enumerate(MI03_HEADER_LEFT):
        pdf.set_font("DV", "B" if i < 2 else "", 10)
        pdf.set_xy(pdf.l_margin - 8, y0 + i * 5.5)
        pdf.cell(col, 5.5, N(line), align="C")
    for i, line in enumerate(MI03_HEADER_RIGHT):
        pdf.set_font("DV", "B" if i < 2 else ("I" if i == 3 else ""), 10)
        pdf.set_xy(pdf.l_margin + col - 4, y0 + i * 5.5)
        pdf.cell(col + 8, 5.5, N(line), align="C")
    pdf.set_xy(pdf.l_margin, y0 + 4 * 5.5 + 6)
    pdf.set_font("DV", "B", 13)
    pdf.cell(0, 7, N(MI03_TITLE[0]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_font("DV", "B", 11)
    pdf.multi_cell(0, 6, N(MI03_TITLE[1]), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    for kind, text in MI03_BODY:
        pdf.set_font("DV", "B" if kind == "h" else "", 10.5)
        pdf.multi_cell(0, 5.6, N(text), align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.ln(4)
    if pdf.get_y() > pdf.h - 70:
        pdf.add_page()
    y0 = pdf.get_y()
    for i, line in enumerate(MI03_RECIPIENTS):
        pdf.set_font("DV", "BI" if False else ("B" if i == 0 else ""), 9.5 if i else 10)
        pdf.set_xy(pdf.l_margin, y0 + i * 5)
        pdf.cell(col, 5, N(line))
    for i, line in enumerate(MI03_SIGN):
        pdf.set_font("DV", "B" if (i < 2 or i == len(MI03_SIGN) - 1) else "I", 10.5)
        pdf.set_xy(pdf.l_margin + col, y0 + i * 5.5)
        pdf.cell(col, 5.5, N(line), align="C")
    pdf.output(path)


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    p1 = os.path.join(CORPUS, "mi01_kh142_ubnd_tinh_truy_xuat_qr_ocop.docx")
    p3 = os.path.join(CORPUS, "mi03_hd215_so_khcn_quy_trinh_ma_qr_shtt.pdf")
    build_docx(p1)
    build_pdf(p3)
    print("built", p1)
    print("built", p3)

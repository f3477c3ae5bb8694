# -*- coding: utf-8 -*-
"""Rebuild the 5 corpus files of eval set blind57 (tỉnh Bình Lục Tây).

All text is held in this file. Run with /work/main/.venv/bin/python build_rh.py
Writes: corpus/rh01_kh47_binhdanhocvuso.docx, corpus/rh02_cv212_skhcn.txt,
corpus/rh03_qd318_hoithisangtao.pdf, corpus/rh04_bc38_btgdv.md,
corpus/rh05_tb26_phuluu.txt
"""
import os
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def nfc(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# rh01 — Kế hoạch của UBND huyện (.docx, Word list numbering + task table)
# ---------------------------------------------------------------------------
RH01_HEADER_LEFT = ["UỶ BAN NHÂN DÂN", "HUYỆN TRÀNG XÁ", "-------", "Số: 47/KH-UBND"]
RH01_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "---------------", "Tràng Xá, ngày 12 tháng 02 năm 2026"]

# (style, text); style: T=title, S=subtitle, P=paragraph, H=heading, N=List Number, B=List Bullet
RH01_BODY = [
    ("T", "KẾ HOẠCH"),
    ("S", "Triển khai phong trào “Bình dân học vụ số” và phổ cập kỹ năng số cho người dân "
          "trên địa bàn huyện Tràng Xá năm 2026"),
    ("P", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển "
          "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("P", "Căn cứ Kế hoạch số 96/KH-UBND ngày 20/01/2026 của UBND tỉnh Bình Lục Tây về phổ cập "
          "kỹ năng số cho người dân giai đoạn 2026 - 2027;"),
    ("P", "Căn cứ Công văn số 212/SKHCN-CĐS ngày 05/02/2026 của Sở Khoa học và Công nghệ tỉnh;"),
    ("P", "UBND huyện Tràng Xá ban hành Kế hoạch triển khai phong trào “Bình dân học vụ số” trên "
          "địa bàn huyện năm 2026 như sau:"),
    ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("H", "1. Mục đích"),
    ("B", "Cụ thể hóa các nhiệm vụ của tỉnh về phổ cập kỹ năng số, bảo đảm mỗi người dân trong độ "
          "tuổi lao động biết sử dụng dịch vụ công trực tuyến, thanh toán điện tử và tự bảo vệ mình "
          "trên không gian mạng."),
    ("H", "2. Yêu cầu"),
    ("B", "Phân công rõ cơ quan chủ trì, cơ quan phối hợp, thời hạn hoàn thành; kết quả thực hiện là "
          "một tiêu chí đánh giá, xếp loại thi đua năm 2026 của các cơ quan, đơn vị và UBND các xã, "
          "thị trấn."),
    ("H", "II. CHỈ TIÊU CHỦ YẾU"),
    ("B", "Đến ngày 31/12/2026, tối thiểu 75% người trong độ tuổi lao động trên địa bàn huyện hoàn "
          "thành ít nhất 01 khóa học kỹ năng số cơ bản trên nền tảng “Học số Bình Lục Tây”."),
    ("B", "100% cán bộ, công chức, viên chức cấp huyện và cấp xã hoàn thành khóa học “Kỹ năng số "
          "cho cán bộ, công chức” trước ngày 30/6/2026."),
    ("B", "Tổ chức tối thiểu 60 lớp “Bình dân học vụ số” tập trung tại nhà văn hóa thôn, tổ dân phố "
          "và điểm trường, với khoảng 2.400 lượt học viên."),
    ("B", "Mỗi xã, thị trấn duy trì ít nhất 01 Tổ công nghệ số cộng đồng hoạt động thường xuyên; "
          "toàn huyện có 150 “đại sứ số” qua tập huấn."),
    ("B", "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến toàn trình tại cấp xã từ 65% trở lên."),
    ("H", "III. NHIỆM VỤ, GIẢI PHÁP"),
    ("N", "Đẩy mạnh tuyên truyền về ý nghĩa của phong trào trên hệ thống truyền thanh cơ sở, trang "
          "thông tin điện tử của huyện; biên soạn tờ gấp hướng "
          "dẫn 12 kỹ năng số thiết yếu bằng hình ảnh, dễ hiểu."),
    ("N", "Tổ chức lớp học theo phương châm “cầm tay chỉ việc”: mỗi lớp không quá 40 học viên, thời "
          "lượng tối thiểu 8 tiết, học vào buổi tối hoặc ngày nghỉ; học viên thực hành ngay trên "
          "điện thoại của mình."),
    ("N", "Xây dựng đội ngũ “đại sứ số” gồm giáo viên tin học, đoàn viên thanh niên, công chức văn "
          "hóa - xã hội và nhân viên các doanh nghiệp viễn thông; mỗi thôn, tổ dân phố có ít nhất 02 "
          "“đại sứ số” làm nhiệm vụ hướng dẫn tại nhà."),
    ("N", "Hướng dẫn người dân cài đặt và sử dụng ứng dụng VNeID mức độ 2, Cổng Dịch vụ công quốc "
          "gia, ứng dụng ngân hàng số và nhận diện các thủ đoạn lừa đảo trực tuyến."),
    ("H", "IV. PHÂN CÔNG NHIỆM VỤ CỤ THỂ"),
    ("TABLE", None),
    ("H", "V. KINH PHÍ THỰC HIỆN"),
    ("P", "Tổng kinh phí thực hiện Kế hoạch năm 2026 là 865.000.000 đồng"
          " từ nguồn ngân sách huyện, cụ thể:"),
    ("B", "Hỗ trợ mở 60 lớp “Bình dân học vụ số”, mức 6.000.000 đồng/lớp: 360.000.000 đồng;"),
    ("B", "Tập huấn đội ngũ “đại sứ số”: 95.000.000 đồng;"),
    ("B", "In tờ gấp, tài liệu và tuyên truyền trên hệ thống truyền thanh: 120.000.000 đồng;"),
    ("B", "Trang bị thiết bị cho 18 điểm hỗ trợ kỹ năng số tại nhà văn hóa: 290.000.000 đồng."),
    ("H", "VI. TỔ CHỨC THỰC HIỆN"),
    ("H", "1. Phòng Văn hóa, Khoa học và Thông tin"),
    ("P", "Là cơ quan thường trực, chủ trì theo dõi, hướng dẫn, kiểm tra việc thực hiện Kế hoạch; "
          "phối hợp với Sở Khoa học và Công nghệ cấp tài khoản quản trị nền tảng “Học số Bình Lục "
          "Tây” cho UBND các xã, thị trấn; tổng hợp, báo cáo định kỳ hằng quý."),
    ("H", "2. Phòng Giáo dục và Đào tạo"),
    ("P", "Chủ trì hướng dẫn các trường tiểu học, THCS bố trí phòng máy tính, giáo viên tin học hỗ "
          "trợ lớp học ngoài giờ; phát động học sinh tham gia hoạt động “Con dạy cha mẹ dùng điện "
          "thoại thông minh” trong dịp hè 2026."),
    ("P", "3. Phòng Tài chính - Kế hoạch có trách nhiệm thẩm định, tham mưu UBND huyện bố trí kinh "
          "phí theo mục V của Kế hoạch này trước ngày 31/3/2026; hướng dẫn các đơn vị thanh quyết "
          "toán theo quy định."),
    ("P", "4. Phòng Nội vụ chủ trì tổ chức lớp kỹ năng số cho cán bộ, công chức, viên chức; đưa kết "
          "quả thực hiện Kế hoạch vào tiêu chí bình xét thi đua, khen thưởng năm 2026."),
    ("P", "5. Trung tâm Văn hóa - Thể thao và Truyền thông huyện mở chuyên mục “Mỗi tuần một kỹ năng "
          "số” phát vào 19 giờ 30 thứ Năm hằng tuần trên Đài Truyền thanh huyện và đăng tải trên "
          "trang thông tin điện tử của huyện."),
    ("P", "6. Đề nghị Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện tuyên "
          "truyền, động viên hội viên, đoàn viên tham gia lớp học."),
    ("P", "7. Huyện đoàn chủ trì thành lập 14 đội “Thanh niên tình nguyện phổ cập số”, hỗ "
          "trợ người dân tại bộ phận một cửa cấp xã vào các buổi sáng thứ Hai và thứ Sáu hằng tuần."),
    ("P", "8. UBND các xã, thị trấn xây dựng kế hoạch của địa phương trước ngày 28/02/2026; bố trí "
          "địa điểm, lập danh sách học viên theo từng thôn, tổ dân phố; báo cáo kết quả về UBND "
          "huyện (qua Phòng Văn hóa, Khoa học và Thông tin) trước ngày 15 tháng cuối quý."),
    ("P", "9. Đề nghị Trung tâm Viễn thông Tràng Xá, Bưu điện huyện hỗ trợ sim, gói cước ưu đãi cho "
          "hộ nghèo, hộ cận nghèo; cử nhân viên tham gia hướng dẫn tại các lớp học."),
    ("P", "Đầu mối liên hệ: bà Vương Thị Thu Trang, Phó Trưởng phòng Văn hóa, Khoa học và Thông tin "
          "huyện; điện thoại: 0912 436 208; thư điện tử: trangvtt.trangxa@binhluctay.gov.vn."),
    ("SIGN", None),
]

RH01_TABLE = [
    ["TT", "Nội dung công việc", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Biên soạn tài liệu, tờ gấp hướng dẫn 12 kỹ năng số thiết yếu",
     "Phòng Văn hóa, Khoa học và Thông tin",
     "Trung tâm Văn hóa - Thể thao và Truyền thông huyện", "Trước ngày 15/3/2026"],
    ["2", "Tập huấn 150 “đại sứ số”", "Phòng Văn hóa, Khoa học và Thông tin",
     "Huyện đoàn; Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên huyện", "Tháng 4/2026"],
    ["3", "Tổ chức lớp kỹ năng số cho cán bộ, công chức, viên chức", "Phòng Nội vụ",
     "Phòng Văn hóa, Khoa học và Thông tin; UBND các xã, thị trấn", "Trước ngày 30/6/2026"],
    ["4", "Bố trí phòng máy tính, giáo viên tin học hỗ trợ lớp học ngoài giờ",
     "Phòng Giáo dục và Đào tạo", "Các trường THCS, tiểu học trên địa bàn", "Từ tháng 3/2026"],
    ["5", "Mở lớp “Bình dân học vụ số” tại nhà văn hóa thôn, tổ dân phố", "UBND các xã, thị trấn",
     "Hội Nông dân huyện; Hội Liên hiệp Phụ nữ huyện; Hội Người cao tuổi huyện",
     "Từ tháng 3 đến hết tháng 11/2026"],
    ["6", "Hỗ trợ sim, gói cước ưu đãi và thiết bị cho hộ nghèo, hộ cận nghèo",
     "Trung tâm Viễn thông Tràng Xá", "Phòng Văn hóa, Khoa học và Thông tin; Bưu điện huyện",
     "Quý II/2026"],
    ["7", "Tổng hợp, báo cáo kết quả thực hiện Kế hoạch", "Phòng Văn hóa, Khoa học và Thông tin",
     "Các cơ quan, đơn vị liên quan", "Định kỳ hằng quý, trước ngày 20 tháng cuối quý"],
]

RH01_NOINHAN = ["Nơi nhận:", "- UBND tỉnh (để b/c);", "- Sở Khoa học và Công nghệ (để b/c);",
                "- Thường trực Huyện ủy, HĐND huyện;", "- Chủ tịch, các PCT UBND huyện;",
                "- Như mục VI;", "- Cổng thông tin điện tử huyện;", "- Lưu: VT, VHKHTT."]
RH01_SIGN = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(Đã ký)", "", "Nghiêm Quốc Bảo"]


def build_rh01(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)

    def cell_lines(cell, lines, bold_first=2):
        cell.paragraphs[0].text = ""
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(nfc(line))
            r.bold = i < bold_first

    hdr = doc.add_table(rows=1, cols=2)
    cell_lines(hdr.cell(0, 0), RH01_HEADER_LEFT)
    cell_lines(hdr.cell(0, 1), RH01_HEADER_RIGHT)

    for style, text in RH01_BODY:
        if style == "TABLE":
            t = doc.add_table(rows=0, cols=5)
            t.style = "Table Grid"
            for ri, row in enumerate(RH01_TABLE):
                cells = t.add_row().cells
                for ci, val in enumerate(row):
                    cells[ci].text = nfc(val)
                    if ri == 0:
                        for r in cells[ci].paragraphs[0].runs:
                            r.bold = True
            continue
        if style == "SIGN":
            t = doc.add_table(rows=1, cols=2)
            left = t.cell(0, 0)
            left.paragraphs[0].text = ""
            for i, line in enumerate(RH01_NOINHAN):
                p = left.paragraphs[0] if i == 0 else left.add_paragraph()
                r = p.add_run(nfc(line))
                r.bold = i == 0
                r.italic = i == 0
                r.font.size = Pt(11)
            cell_lines(t.cell(0, 1), RH01_SIGN)
            continue
        text = nfc(text)
        if style == "T":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(text).bold = True
        elif style == "S":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(text).bold = True
        elif style == "H":
            p = doc.add_paragraph()
            p.add_run(text).bold = True
        elif style == "N":
            doc.add_paragraph(text, style="List Number")
        elif style == "B":
            doc.add_paragraph(text, style="List Bullet")
        else:
            p = doc.add_paragraph(text)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    doc.save(path)


# ---------------------------------------------------------------------------
# rh02 — Công văn của Sở KH&CN (.txt hard-wrapped, two-column header)
# ---------------------------------------------------------------------------
RH02_HEADER = """\
UBND TỈNH BÌNH LỤC TÂY              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ KHOA HỌC VÀ CÔNG NGHỆ                Độc lập - Tự do - Hạnh phúc
       --------                        -------------------------
Số: 212/SKHCN-CĐS               Lục Giang, ngày 05 tháng 02 năm 2026
V/v triển khai nền tảng "Học số
Bình Lục Tây" và tổ chức lớp phổ
cập kỹ năng số năm 2026

                 Kính gửi:
                    - UBND các huyện, thành phố;
                    - Sở Giáo dục và Đào tạo;
                    - Sở Văn hóa, Thể thao và Du lịch;
                    - Tỉnh đoàn Bình Lục Tây;
                    - Hội Liên hiệp Phụ nữ tỉnh.
"""

RH02_PARAS = [
    "Thực hiện Kế hoạch số 96/KH-UBND ngày 20/01/2026 của UBND tỉnh về phổ cập kỹ năng số cho "
    "người dân giai đoạn 2026 - 2027, Sở Khoa học và Công nghệ là cơ quan thường trực, có trách "
    "nhiệm hướng dẫn, theo dõi việc triển khai trên toàn tỉnh. Để phong trào \"Bình dân học vụ số\" "
    "đi vào thực chất, Sở Khoa học và Công nghệ đề nghị các cơ quan, đơn vị, địa phương thực hiện "
    "một số nội dung sau:",
    "1. Về nền tảng \"Học số Bình Lục Tây\"",
    "Nền tảng có địa chỉ hocso.binhluctay.gov.vn, chính thức vận hành từ ngày 01/3/2026, gồm 12 "
    "khóa học kỹ năng số cơ bản và 05 khóa học nâng cao (thương mại điện tử, an toàn thông tin, sử "
    "dụng trí tuệ nhân tạo tạo sinh, chữ ký số, quản lý tài chính cá nhân trực tuyến). Người học "
    "đăng nhập bằng tài khoản định danh điện tử VNeID; học viên làm bài kiểm tra cuối khóa đạt từ "
    "80/100 điểm trở lên thì được cấp chứng nhận điện tử có mã QR để tra cứu.",
    "Sở Khoa học và Công nghệ cấp 01 tài khoản quản trị cho mỗi huyện, thành phố và 01 tài khoản "
    "cho mỗi xã, phường, thị trấn để theo dõi tiến độ học tập của người dân trên địa bàn.",
    "2. Đề nghị UBND các huyện, thành phố",
    "a) Cử 01 lãnh đạo phòng chuyên môn làm đầu mối theo dõi phong trào, gửi danh sách (họ tên, "
    "chức vụ, số điện thoại, thư điện tử) về Sở Khoa học và Công nghệ trước ngày 20/02/2026.",
    "b) Tổ chức các lớp học tập trung theo hướng dẫn: mỗi lớp không quá 40 học viên, thời lượng "
    "tối thiểu 8 tiết, trong đó thời gian thực hành chiếm ít nhất 70%; ưu tiên mở lớp tại nhà văn "
    "hóa thôn, tổ dân phố vào buổi tối hoặc ngày nghỉ.",
    "c) Hướng dẫn UBND cấp xã lập danh sách người dân trong độ tuổi lao động chưa hoàn thành khóa "
    "học cơ bản, phân công \"đại sứ số\" hướng dẫn đến từng hộ gia đình.",
    "d) Bảo đảm kinh phí tổ chức lớp học từ ngân sách cấp huyện theo phân cấp hiện hành.",
    "3. Đề nghị Sở Giáo dục và Đào tạo",
    "Hướng dẫn các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường "
    "xuyên bố trí phòng máy tính phục vụ lớp học ngoài giờ (buổi tối, thứ Bảy, Chủ nhật); phát "
    "động học sinh lớp 10, lớp 11 tham gia hoạt động tình nguyện \"Con dạy cha mẹ dùng điện thoại "
    "thông minh\" trong năm học 2025 - 2026 và hè 2026.",
    "4. Đề nghị Sở Văn hóa, Thể thao và Du lịch",
    "Hướng dẫn Thư viện tỉnh và hệ thống thư viện cấp huyện bố trí \"Góc kỹ năng số\" có máy tính "
    "kết nối Internet, mở cửa miễn phí cho người dân vào tất cả các ngày trong tuần (trừ thứ Hai); "
    "phối hợp với Báo và Phát thanh, Truyền hình Bình Lục Tây mở chuyên mục \"Kỹ năng số mỗi ngày\" "
    "phát sóng từ tháng 3/2026.",
    "5. Đề nghị Tỉnh đoàn Bình Lục Tây",
    "Tổ chức Chiến dịch \"Thanh niên tình nguyện phổ cập số\" trong hè 2026 với tối thiểu 1.000 "
    "đoàn viên, thanh niên tham gia; thành lập đội hình hỗ trợ người dân sử dụng dịch vụ công trực "
    "tuyến tại bộ phận một cửa các xã, phường, thị trấn.",
    "6. Đề nghị Hội Liên hiệp Phụ nữ tỉnh",
    "Tổ chức tập huấn cho hội viên phụ nữ là chủ hộ kinh doanh về bán hàng trên sàn thương mại "
    "điện tử, thanh toán không dùng tiền mặt; phấn đấu năm 2026 có ít nhất 3.500 hội viên hoàn "
    "thành khóa học \"Phụ nữ kinh doanh số\".",
    "7. Chế độ thông tin, báo cáo",
    "Các cơ quan, đơn vị, địa phương báo cáo kết quả định kỳ hằng tháng trước ngày 25 trên Hệ "
    "thống thông tin báo cáo của tỉnh (baocao.binhluctay.gov.vn); báo cáo sơ kết 6 tháng gửi "
    "trước ngày 10/6/2026; báo cáo tổng kết năm gửi trước ngày 05/12/2026. Số liệu báo cáo lấy "
    "theo thống kê trên nền tảng \"Học số Bình Lục Tây\".",
    "Kết quả phong trào là một trong các tiêu chí đánh giá Chỉ số chuyển đổi số cấp huyện (DTI) "
    "năm 2026. Sở Khoa học và Công nghệ công bố bảng xếp hạng tiến độ học tập của các huyện, "
    "thành phố vào ngày 05 hằng tháng trên Cổng thông tin điện tử của Sở.",
    "8. Tài liệu và kinh phí",
    "Sở Khoa học và Công nghệ in và cấp phát 25.000 cuốn \"Sổ tay kỹ năng số cho mọi người\" cho "
    "các huyện, thành phố theo tỷ lệ dân số; các địa phương cử cán bộ nhận tài liệu tại Phòng "
    "Chuyển đổi số của Sở từ ngày 02/3/2026. Kinh phí in tài liệu lấy từ nguồn kinh phí sự nghiệp "
    "khoa học và công nghệ năm 2026 của Sở.",
    "Thông tin chi tiết xin liên hệ: ông Phí Đình Toản, Trưởng phòng Chuyển đổi số, Sở Khoa học "
    "và Công nghệ; điện thoại: 0208 3856 417, di động: 0983 115 274; thư điện tử: "
    "toanpd.skhcn@binhluctay.gov.vn. Hỗ trợ kỹ thuật về nền tảng: Trung tâm Công nghệ thông tin "
    "và Truyền thông tỉnh, tổng đài 1900 6157 (từ 7 giờ 30 đến 17 giờ các ngày làm việc).",
    "Sở Khoa học và Công nghệ đề nghị các cơ quan, đơn vị, địa phương quan tâm phối hợp thực "
    "hiện./.",
]

RH02_FOOTER = """\
Nơi nhận:                                       KT. GIÁM ĐỐC
- Như trên;                                     PHÓ GIÁM ĐỐC
- UBND tỉnh (để b/c);
- Giám đốc Sở (để b/c);                           (Đã ký)
- Trung tâm CNTT&TT tỉnh;
- Lưu: VT, CĐS.                               Tạ Thị Huyền Anh
"""


def build_rh02(path):
    out = [RH02_HEADER, ""]
    for para in RH02_PARAS:
        # hard wrap like text copied out of a PDF: ~74 columns, breaks fall anywhere
        lines = textwrap.wrap(para, width=74, break_long_words=False, break_on_hyphens=False)
        out.append("\n".join(lines))
    out.append("")
    out.append(RH02_FOOTER)
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc("\n".join(out)))


# ---------------------------------------------------------------------------
# rh03 — Quyết định của UBND tỉnh + Thể lệ (.pdf, fpdf2 + DejaVuSans)
# ---------------------------------------------------------------------------
RH03_LEFT = ["UỶ BAN NHÂN DÂN", "TỈNH BÌNH LỤC TÂY", "-------", "Số: 318/QĐ-UBND"]
RH03_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
              "---------------", "Lục Giang, ngày 10 tháng 3 năm 2026"]

# (kind, text): C=centered bold, P=paragraph, B=bold paragraph
RH03_BODY = [
    ("C", "QUYẾT ĐỊNH"),
    ("C", "Ban hành Thể lệ Hội thi Sáng tạo kỹ thuật tỉnh Bình Lục Tây lần thứ IX, năm 2026 - 2027"),
    ("C", "UỶ BAN NHÂN DÂN TỈNH BÌNH LỤC TÂY"),
    ("P", "Căn cứ Luật Tổ chức chính quyền địa phương ngày 16 tháng 6 năm 2025;"),
    ("P", "Căn cứ Luật Khoa học, công nghệ và đổi mới sáng tạo ngày 27 tháng 6 năm 2025;"),
    ("P", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát "
          "triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("P", "Theo đề nghị của Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh tại Tờ trình số "
          "45/TTr-LHH ngày 02 tháng 3 năm 2026 và ý kiến thẩm định của Sở Khoa học và Công nghệ."),
    ("C", "QUYẾT ĐỊNH:"),
    ("P", "Điều 1. Ban hành kèm theo Quyết định này Thể lệ Hội thi Sáng tạo kỹ thuật tỉnh Bình Lục "
          "Tây lần thứ IX, năm 2026 - 2027 (sau đây gọi tắt là Hội thi)."),
    ("P", "Điều 2. Tổ chức thực hiện"),
    ("P", "1. Giao Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh chủ trì, phối hợp với Sở Khoa học và "
          "Công nghệ, Sở Giáo dục và Đào tạo, Tỉnh đoàn Bình Lục Tây và Liên đoàn Lao động tỉnh tổ "
          "chức Hội thi theo Thể lệ ban hành kèm theo Quyết định này; là cơ quan thường trực của Ban "
          "Tổ chức Hội thi."),
    ("P", "2. Sở Khoa học và Công nghệ có trách nhiệm bố trí kinh phí tổ chức Hội thi từ nguồn sự "
          "nghiệp khoa học và công nghệ với tổng mức 1.850.000.000 đồng cho hai năm 2026 - 2027; hỗ "
          "trợ tác giả các giải pháp đạt giải đăng ký bảo hộ quyền sở hữu công nghiệp."),
    ("P", "3. Sở Tài chính thẩm định dự toán, tham mưu UBND tỉnh bổ sung kinh phí trong trường hợp số "
          "lượng giải pháp dự thi vượt quá 150 giải pháp."),
    ("P", "4. Báo và Phát thanh, Truyền hình Bình Lục Tây, Cổng Thông tin điện tử tỉnh mở chuyên "
          "trang, chuyên mục tuyên truyền về Hội thi và các giải pháp đạt giải."),
    ("P", "5. UBND các huyện, thành phố phổ biến Thể lệ Hội thi đến các xã, phường, thị trấn, doanh "
          "nghiệp, hợp tác xã trên địa bàn; mỗi địa phương giới thiệu tối thiểu 05 giải pháp dự thi."),
    ("P", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký."),
    ("P", "Chánh Văn phòng UBND tỉnh, Thủ trưởng các cơ quan, đơn vị nêu tại Điều 2 và các cơ quan, "
          "đơn vị liên quan chịu trách nhiệm thi hành Quyết định này./."),
    ("SIGN", None),
    ("PAGEBREAK", None),
    ("C", "THỂ LỆ"),
    ("C", "Hội thi Sáng tạo kỹ thuật tỉnh Bình Lục Tây lần thứ IX, năm 2026 - 2027"),
    ("P", "(Ban hành kèm theo Quyết định số 318/QĐ-UBND ngày 10/3/2026 của UBND tỉnh Bình Lục Tây)"),
    ("B", "Điều 1. Đối tượng dự thi"),
    ("P", "1. Bảng A: cá nhân, tập thể tác giả (không quá 05 người) là công dân Việt Nam đang sinh "
          "sống, học tập, làm việc trên địa bàn tỉnh; tổ chức, doanh nghiệp có trụ sở trên địa bàn "
          "tỉnh."),
    ("P", "2. Bảng B (Sáng tạo thanh thiếu niên, nhi đồng): học sinh đang học tại các trường trung "
          "học cơ sở, trung học phổ thông trên địa bàn tỉnh; mỗi giải pháp có không quá 03 học sinh "
          "và 01 giáo viên hướng dẫn."),
    ("B", "Điều 2. Lĩnh vực dự thi"),
    ("P", "Giải pháp dự thi thuộc một trong sáu lĩnh vực: (1) Chuyển đổi số, trí tuệ nhân tạo và tự "
          "động hóa; (2) Nông nghiệp, thủy sản và công nghệ sinh học; (3) Y tế, dược và chăm sóc sức "
          "khỏe cộng đồng; (4) Tài nguyên, môi trường và năng lượng tái tạo; (5) Cơ khí, xây dựng và "
          "giao thông; (6) Giáo dục, văn hóa và xã hội."),
    ("B", "Điều 3. Yêu cầu đối với giải pháp và hồ sơ dự thi"),
    ("P", "1. Giải pháp có tính mới so với trình độ kỹ thuật trong tỉnh tại thời điểm nộp hồ sơ; chưa "
          "đạt giải tại bất kỳ cuộc thi cấp tỉnh hoặc toàn quốc nào."),
    ("P", "2. Giải pháp có khả năng áp dụng hoặc đang áp dụng thử nghiệm trong thực tế tối thiểu 03 "
          "tháng trước ngày nộp hồ sơ."),
    ("P", "3. Hồ sơ dự thi gồm: phiếu đăng ký theo mẫu; bản mô tả giải pháp không quá 15 trang khổ "
          "A4; ảnh, video minh họa (nếu có); xác nhận của đơn vị áp dụng."),
    ("B", "Điều 4. Tiêu chí và thang điểm chấm"),
    ("P", "Giải pháp được chấm theo thang điểm 100, gồm: tính mới và tính sáng tạo: 30 điểm; khả năng "
          "áp dụng: 35 điểm; hiệu quả kinh tế - kỹ thuật, xã hội: 35 điểm. Chỉ xét trao giải cho các "
          "giải pháp có điểm trung bình từ 70 điểm trở lên."),
    ("B", "Điều 5. Thời gian, địa điểm nhận hồ sơ"),
    ("P", "1. Thời gian nhận hồ sơ: từ ngày 01/4/2026 đến 17 giờ 00 ngày 30/9/2026 (tính theo dấu "
          "bưu điện đối với hồ sơ gửi qua đường bưu chính)."),
    ("P", "2. Địa điểm: Văn phòng Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, số 27 đường Hoa Sữa, "
          "thành phố Lục Giang; hoặc nộp trực tuyến tại địa chỉ sangtao.binhluctay.gov.vn."),
    ("P", "3. Chấm sơ khảo trong tháng 10 và tháng 11/2026; chấm chung khảo trong tháng 12/2026; lễ "
          "tổng kết và trao giải dự kiến tổ chức trong tháng 01/2027."),
    ("B", "Điều 6. Cơ cấu giải thưởng"),
    ("P", "1. Bảng A: 01 giải Nhất, mỗi giải 40.000.000 đồng; 02 giải Nhì, mỗi giải 25.000.000 đồng; "
          "04 giải Ba, mỗi giải 15.000.000 đồng; 08 giải Khuyến khích, mỗi giải 5.000.000 đồng."),
    ("P", "2. Bảng B: 01 giải Nhất 15.000.000 đồng; 02 giải Nhì, mỗi giải 10.000.000 đồng; 03 giải "
          "Ba, mỗi giải 6.000.000 đồng; 06 giải Khuyến khích, mỗi giải 3.000.000 đồng."),
    ("P", "3. Kèm theo tiền thưởng, tác giả được nhận Bằng khen của Chủ tịch UBND tỉnh (đối với giải "
          "Nhất, giải Nhì) hoặc Giấy khen của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh (đối với "
          "giải Ba, giải Khuyến khích)."),
    ("P", "4. Ban Tổ chức có thể điều chỉnh số lượng giải giữa các bảng nhưng không vượt tổng giá trị "
          "giải thưởng là 261.000.000 đồng. Các giải pháp đạt giải Nhất, giải Nhì được ưu tiên giới "
          "thiệu dự Hội thi Sáng tạo kỹ thuật toàn quốc."),
    ("B", "Điều 7. Ban Tổ chức và Hội đồng giám khảo"),
    ("P", "1. Ban Tổ chức Hội thi do Phó Chủ tịch UBND tỉnh phụ trách lĩnh vực khoa giáo làm Trưởng "
          "ban; Chủ tịch Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh làm Phó Trưởng ban thường trực; "
          "Phó Giám đốc Sở Khoa học và Công nghệ làm Phó Trưởng ban; thành viên là đại diện lãnh đạo "
          "các cơ quan phối hợp."),
    ("P", "2. Hội đồng giám khảo gồm 06 tiểu ban tương ứng với sáu lĩnh vực dự thi, mỗi tiểu ban có "
          "05 thành viên là nhà khoa học, chuyên gia."),
    ("B", "Điều 8. Trách nhiệm của các cơ quan, đơn vị"),
    ("P", "1. Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh là cơ quan thường trực, tiếp nhận hồ sơ, tổ "
          "chức chấm thi, tổng kết và trao giải; báo cáo kết quả Hội thi về UBND tỉnh trước ngày "
          "15/02/2027."),
    ("P", "2. Sở Giáo dục và Đào tạo phát động Bảng B trong các trường trung học cơ sở, trung học phổ "
          "thông; chọn cử giáo viên hướng dẫn học sinh hoàn thiện hồ sơ dự thi trước ngày 15/9/2026."),
    ("P", "3. Tỉnh đoàn Bình Lục Tây, Liên đoàn Lao động tỉnh tuyên truyền, khuyến khích đoàn viên, "
          "công nhân lao động dự thi."),
    ("P", "Mọi thông tin chi tiết xin liên hệ: bà Lục Thị Mai Phương, Phó Chánh Văn phòng Liên hiệp "
          "các Hội Khoa học và Kỹ thuật tỉnh; điện thoại: 0915 270 683; thư điện tử: "
          "sangtao@lhhbinhluctay.org.vn."),
]
RH03_NOINHAN = ["Nơi nhận:", "- Như Điều 3;", "- Bộ Khoa học và Công nghệ (b/c);",
                "- Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam (b/c);",
                "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;", "- Lưu: VT, KGVX."]
RH03_SIGN = ["TM. UỶ BAN NHÂN DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Doãn Văn Thắng"]


def build_rh03(path):
    from fpdf import FPDF
    from fpdf.enums import XPos, YPos

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 15, 15)
    pdf.set_auto_page_break(True, margin=15)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    lh = 5.6

    # two-column header
    y0 = pdf.get_y()
    for i, line in enumerate(RH03_LEFT):
        pdf.set_font("DejaVu", "B" if i < 2 else "", 10)
        pdf.set_xy(20, y0 + i * lh)
        pdf.cell(70, lh, nfc(line), align="C")
    for i, line in enumerate(RH03_RIGHT):
        pdf.set_font("DejaVu", "B" if i < 2 else "", 10)
        pdf.set_xy(92, y0 + i * lh)
        pdf.cell(103, lh, nfc(line), align="C")
    pdf.set_xy(20, y0 + 5 * lh)
    pdf.ln(3)

    for kind, text in RH03_BODY:
        if kind == "PAGEBREAK":
            pdf.add_page()
            continue
        if kind == "SIGN":
            pdf.ln(3)
            y = pdf.get_y()
            if y > 230:
                pdf.add_page()
                y = pdf.get_y()
            for i, line in enumerate(RH03_NOINHAN):
                pdf.set_font("DejaVu", "B" if i == 0 else "", 8.5)
                pdf.set_xy(20, y + i * 4.5)
                pdf.cell(90, 4.5, nfc(line))
            for i, line in enumerate(RH03_SIGN):
                pdf.set_font("DejaVu", "B" if i < 3 or i == 4 else "", 10)
                pdf.set_xy(115, y + i * lh + (8 if i == 4 else 0))
                pdf.cell(80, lh, nfc(line), align="C")
            pdf.set_xy(20, y + 8 * lh)
            continue
        if kind == "C":
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, lh + 0.4, nfc(text), align="C", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(1)
        elif kind == "B":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(0, lh, nfc(text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        else:
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(0, lh, nfc(text), align="J", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
            pdf.ln(0.8)
    pdf.output(path)


# ---------------------------------------------------------------------------
# rh04 — Báo cáo của Ban Tuyên giáo và Dân vận Huyện ủy (.md, Markdown tables)
# ---------------------------------------------------------------------------
RH04 = """\
ĐẢNG BỘ TỈNH BÌNH LỤC TÂY                         ĐẢNG CỘNG SẢN VIỆT NAM
HUYỆN ỦY TRÀNG XÁ
BAN TUYÊN GIÁO VÀ DÂN VẬN                  Tràng Xá, ngày 18 tháng 6 năm 2026
*
Số 38-BC/BTGDVHU

# BÁO CÁO

## Kết quả 6 tháng đầu năm 2026 công tác tuyên truyền về phát triển khoa học, công nghệ, đổi mới sáng tạo, chuyển đổi số và phong trào “Bình dân học vụ số” trên địa bàn huyện

Thực hiện Hướng dẫn số 09-HD/BTGDVTU ngày 08/01/2026 của Ban Tuyên giáo và Dân vận Tỉnh ủy và Kế hoạch số 47/KH-UBND ngày 12/02/2026 của UBND huyện, Ban Tuyên giáo và Dân vận Huyện ủy báo cáo kết quả 6 tháng đầu năm 2026 như sau:

### I. KẾT QUẢ THỰC HIỆN

**1. Công tác quán triệt, học tập nghị quyết**

Ban Thường vụ Huyện ủy tổ chức 01 hội nghị quán triệt cấp huyện vào ngày 14/01/2026 với 286 đại biểu dự trực tiếp và 1.940 đảng viên theo dõi trực tuyến tại 38 điểm cầu cơ sở. 100% tổ chức cơ sở đảng (42/42) tổ chức học tập, quán triệt nghị quyết của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia; tỷ lệ đảng viên tham gia học tập đạt 96,8%. Các đảng ủy xã, thị trấn xây dựng chương trình hành động với tổng số 119 nhiệm vụ cụ thể.

**2. Công tác tuyên truyền**

Trang thông tin điện tử huyện đăng tải 146 tin, bài; Đài Truyền thanh huyện phát 38 chuyên mục, trong đó chuyên mục “Mỗi tuần một kỹ năng số” phát đều đặn 19 số. Hệ thống truyền thanh cơ sở tiếp sóng, phát lại 1.020 lượt. Ban phối hợp với Phòng Văn hóa, Khoa học và Thông tin in, phát hành 9.500 tờ gấp “12 kỹ năng số thiết yếu” đến các hộ gia đình.

Đội ngũ báo cáo viên cấp huyện (27 đồng chí) và tuyên truyền viên cơ sở (214 đồng chí) lồng ghép nội dung chuyển đổi số trong 63 buổi nói chuyện chuyên đề, thu hút khoảng 5.300 lượt người nghe.

**3. Kết quả phong trào “Bình dân học vụ số”**

Bảng 1. Kết quả thực hiện các chỉ tiêu chủ yếu (số liệu đến ngày 15/6/2026)

| TT | Chỉ tiêu | Kế hoạch năm 2026 | Thực hiện 6 tháng | Tỷ lệ so với kế hoạch |
|----|----------|-------------------|-------------------|-----------------------|
| 1 | Số lớp “Bình dân học vụ số” tập trung | 60 lớp | 34 lớp | 56,7% |
| 2 | Lượt học viên tham gia lớp tập trung | 2.400 lượt | 1.452 lượt | 60,5% |
| 3 | “Đại sứ số” qua tập huấn | 150 người | 158 người | 105,3% |
| 4 | Người trong độ tuổi lao động hoàn thành khóa học cơ bản | 75% | 41,2% | - |
| 5 | Cán bộ, công chức, viên chức hoàn thành khóa học | 100% | 92,4% | - |
| 6 | Hồ sơ thủ tục hành chính cấp xã nộp trực tuyến toàn trình | Từ 65% | 58,9% | - |

Bảng 2. Kết quả mở lớp theo từng xã, thị trấn

| Xã, thị trấn | Số lớp đã mở | Số học viên | Thành viên Tổ công nghệ số cộng đồng | Xếp loại tiến độ |
|--------------|--------------|-------------|--------------------------------------|------------------|
| Thị trấn Tràng Xá | 7 | 312 | 15 | Tốt |
| Xã Phù Lưu | 6 | 258 | 12 | Tốt |
| Xã Cổ Chiêm | 5 | 205 | 10 | Khá |
| Xã Mậu Lâm | 5 | 214 | 11 | Khá |
| Xã Hoằng Thái | 4 | 163 | 9 | Trung bình |
| Xã Thụy Lôi | 4 | 171 | 8 | Trung bình |
| Xã Đồng Khiêm | 3 | 129 | 7 | Chậm |
| **Tổng cộng** | **34** | **1.452** | **72** | |

**4. Hạn chế, nguyên nhân**

- Tiến độ mở lớp tại xã Đồng Khiêm và xã Hoằng Thái chậm do thiếu thiết bị và địa điểm học; nhiều người cao tuổi chưa có điện thoại thông minh.
- Tỷ lệ hồ sơ trực tuyến toàn trình cấp xã mới đạt 58,9%, thấp hơn chỉ tiêu 6,1 điểm phần trăm.
- Một số tổ chức cơ sở đảng chưa đưa nội dung chuyển đổi số vào sinh hoạt chi bộ thường kỳ; việc cập nhật số liệu trên nền tảng “Học số Bình Lục Tây” ở một số xã còn chậm.

### II. NHIỆM VỤ TRỌNG TÂM 6 THÁNG CUỐI NĂM 2026

1. Ban Tuyên giáo và Dân vận Huyện ủy chủ trì, phối hợp với Trung tâm Chính trị huyện tổ chức Hội thi “Báo cáo viên giỏi về chuyển đổi số” cấp huyện trong tháng 9/2026; biên soạn 04 chuyên đề sinh hoạt chi bộ về khoa học, công nghệ và chuyển đổi số, hoàn thành trước ngày 31/7/2026.
2. Đề nghị các đảng ủy xã, thị trấn và chi bộ trực thuộc đưa nội dung chuyển đổi số vào sinh hoạt chi bộ thường kỳ tối thiểu 01 lần mỗi quý.
3. Đảng ủy xã Đồng Khiêm, Đảng ủy xã Hoằng Thái xây dựng kế hoạch khắc phục tiến độ, báo cáo Ban Thường vụ Huyện ủy trước ngày 15/7/2026.
4. Trung tâm Văn hóa - Thể thao và Truyền thông huyện duy trì chuyên mục “Mỗi tuần một kỹ năng số”, mở thêm chuyên mục “Gương sáng đổi mới sáng tạo” phát vào thứ Bảy hằng tuần từ tháng 7/2026.
5. Đề nghị Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện đưa tiêu chí “gia đình biết dùng dịch vụ số” vào bình xét danh hiệu gia đình văn hóa năm 2026.
6. Đề nghị Huyện đoàn phối hợp với Phòng Văn hóa, Khoa học và Thông tin tổ chức Chiến dịch “Thanh niên tình nguyện phổ cập số” hè 2026 tại 07 xã, thị trấn, tập trung hỗ trợ xã Đồng Khiêm.

### III. ĐỀ XUẤT, KIẾN NGHỊ

1. Đề nghị Ban Thường vụ Huyện ủy chỉ đạo UBND huyện bổ sung 120 triệu đồng để trang bị thiết bị cho 02 điểm hỗ trợ kỹ năng số tại xã Đồng Khiêm và xã Hoằng Thái.
2. Kiến nghị Ban Tuyên giáo và Dân vận Tỉnh ủy sớm cung cấp bộ tài liệu hỏi - đáp về khoa học, công nghệ, đổi mới sáng tạo dành cho báo cáo viên cơ sở.

Đầu mối tổng hợp số liệu: đồng chí Khổng Minh Tuấn, chuyên viên Ban Tuyên giáo và Dân vận Huyện ủy, điện thoại 0976 318 442.

| Nơi nhận: | K/T TRƯỞNG BAN |
|-----------|----------------|
| - Ban Tuyên giáo và Dân vận Tỉnh ủy (để b/c), | PHÓ TRƯỞNG BAN |
| - Thường trực Huyện ủy (để b/c), | |
| - Các đảng ủy, chi bộ trực thuộc, | (Đã ký) |
| - Phòng Văn hóa, Khoa học và Thông tin huyện, | |
| - Lưu Ban. | Quách Thị Lan |
"""


def build_rh04(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(RH04))


# ---------------------------------------------------------------------------
# rh05 — Thông báo kết luận của UBND xã (.txt with a Markdown schedule table)
# ---------------------------------------------------------------------------
RH05 = """\
UỶ BAN NHÂN DÂN
XÃ PHÙ LƯU
Số: 26/TB-UBND

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Phù Lưu, ngày 11 tháng 3 năm 2026

THÔNG BÁO
Kết luận của Chủ tịch UBND xã tại cuộc họp triển khai phong trào
"Bình dân học vụ số" trên địa bàn xã năm 2026

Ngày 09/3/2026, tại Hội trường UBND xã, ông Kiều Đức Huy, Chủ tịch UBND xã chủ trì cuộc họp triển khai Kế hoạch số 47/KH-UBND ngày 12/02/2026 của UBND huyện Tràng Xá và Kế hoạch số 19/KH-UBND ngày 26/02/2026 của UBND xã về phong trào "Bình dân học vụ số". Dự họp có: đồng chí Phó Bí thư Thường trực Đảng ủy xã; Phó Chủ tịch UBND xã; đại diện Mặt trận Tổ quốc và các đoàn thể xã; Hiệu trưởng Trường THCS Phù Lưu, Hiệu trưởng Trường Tiểu học Phù Lưu; công chức Văn hóa - Xã hội; Trưởng 06 thôn; đại diện Bưu điện văn hóa xã và Trung tâm Viễn thông Tràng Xá.

Sau khi nghe công chức Văn hóa - Xã hội báo cáo dự thảo lịch tổ chức lớp học và ý kiến của các đại biểu, Chủ tịch UBND xã kết luận như sau:

1. Đánh giá chung

Xã có 3.860 người trong độ tuổi lao động, trong đó mới có khoảng 1.150 người (29,8%) hoàn thành khóa học kỹ năng số cơ bản. Số người cao tuổi chưa biết sử dụng điện thoại thông minh còn nhiều, tập trung ở thôn Đống Cao và thôn Cầu Gỗ. Xã hiện chưa có điểm hỗ trợ kỹ năng số cố định; nhà văn hóa thôn Trại Mới chưa có đường truyền Internet.

2. Mục tiêu năm 2026 của xã

Phấn đấu đến ngày 30/11/2026 có thêm tối thiểu 1.600 người hoàn thành khóa học cơ bản, nâng tỷ lệ chung của xã lên trên 71%. Trong 6 tháng đầu năm mở 06 lớp tập trung theo lịch tại mục 3; các lớp tiếp theo sẽ có thông báo riêng. Mỗi lớp học 03 buổi, mỗi buổi 03 tiết; riêng lớp dành cho người cao tuổi học 02 buổi, mỗi buổi 04 tiết.

3. Lịch tổ chức các lớp học tập trung

| Lớp | Thời gian | Địa điểm | Đối tượng | Người phụ trách |
|-----|-----------|----------|-----------|-----------------|
| 1 | 19h00 - 21h00, các ngày 23, 25, 27/3/2026 | Nhà văn hóa thôn Lưu Thượng | Người dân thôn Lưu Thượng | Anh Đào Minh Khang, Bí thư Đoàn xã |
| 2 | 19h00 - 21h00, các ngày 30/3, 01/4, 03/4/2026 | Nhà văn hóa thôn Lưu Hạ | Người dân thôn Lưu Hạ | Anh Đào Minh Khang, Bí thư Đoàn xã |
| 3 | 19h00 - 21h00, các ngày 13, 15, 17/4/2026 | Phòng máy Trường THCS Phù Lưu | Hội viên phụ nữ, chủ hộ kinh doanh | Chị Ninh Thị Thảo, giáo viên Tin học |
| 4 | 14h00 - 16h30, các ngày 11, 12/5/2026 | Nhà văn hóa thôn Đống Cao | Người cao tuổi thôn Đống Cao, thôn Cầu Gỗ | Ông Bế Văn Luận, Chủ tịch Hội Người cao tuổi xã |
| 5 | 19h00 - 21h00, các ngày 08, 10, 12/6/2026 | Nhà văn hóa thôn Xóm Đình | Hội viên nông dân thôn Xóm Đình, thôn Trại Mới | Chị Mạc Thị Hồng Nhung, công chức Văn hóa - Xã hội |
| 6 | 19h00 - 21h00, các ngày 22, 24, 26/6/2026 | Phòng máy Trường THCS Phù Lưu | Người dân thôn Cầu Gỗ, thôn Trại Mới | Chị Ninh Thị Thảo, giáo viên Tin học |

4. Phân công nhiệm vụ

a) Giao công chức Văn hóa - Xã hội (bà Mạc Thị Hồng Nhung) làm đầu mối, theo dõi danh sách học viên trên nền tảng "Học số Bình Lục Tây", tổng hợp báo cáo UBND xã trước ngày 10 tháng cuối quý để báo cáo UBND huyện.

b) Đoàn Thanh niên xã thành lập Tổ công nghệ số cộng đồng gồm 12 thành viên trước ngày 20/3/2026; phân công mỗi đoàn viên hướng dẫn tại nhà cho ít nhất 05 hộ gia đình có người cao tuổi.

c) Trường THCS Phù Lưu bố trí phòng máy tính (24 máy) và 02 giáo viên Tin học hỗ trợ các lớp học tổ chức tại trường.

d) Trường Tiểu học Phù Lưu phát động học sinh tham gia hoạt động "Con dạy cha mẹ dùng điện thoại thông minh" trong dịp hè 2026.

đ) Hội Liên hiệp Phụ nữ xã, Hội Nông dân xã, Hội Người cao tuổi xã chịu trách nhiệm tuyên truyền, động viên hội viên tham gia đầy đủ các lớp học theo lịch.

e) Trưởng các thôn thông báo lịch học trên loa truyền thanh và nhóm Zalo của thôn trước mỗi lớp học ít nhất 03 ngày; chuẩn bị nhà văn hóa, bàn ghế, điện chiếu sáng.

g) Đề nghị Bưu điện văn hóa xã và Trung tâm Viễn thông Tràng Xá hỗ trợ 40 sim có gói cước ưu đãi cho hộ nghèo, hộ cận nghèo; lắp đặt đường truyền Internet cho nhà văn hóa thôn Trại Mới trước ngày 30/4/2026.

h) Văn phòng - Thống kê xã phối hợp với công chức Tài chính - Kế toán xã lập dự toán kinh phí, trình UBND xã trước ngày 16/3/2026.

5. Kinh phí

Tổng kinh phí tổ chức 06 lớp là 54.000.000 đồng, trong đó ngân sách huyện hỗ trợ 36.000.000 đồng (06 lớp x 6.000.000 đồng/lớp), ngân sách xã bố trí 18.000.000 đồng để mua nước uống, in tài liệu, bồi dưỡng người hướng dẫn.

UBND xã thông báo để các cơ quan, đơn vị, thôn biết và thực hiện. Mọi vướng mắc liên hệ bà Mạc Thị Hồng Nhung, số điện thoại 0368 902 517./.

Nơi nhận:
- UBND huyện Tràng Xá (b/c);
- Phòng Văn hóa, Khoa học và Thông tin huyện;
- TT Đảng ủy, TT HĐND xã;
- CT, các PCT UBND xã;
- Các thành phần dự họp;
- Lưu: VT.

TL. CHỦ TỊCH
CÔNG CHỨC VĂN PHÒNG - THỐNG KÊ

(Đã ký)

Đinh Văn Khải
"""


def build_rh05(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(RH05))


FILES = {
    "rh01_kh47_binhdanhocvuso.docx": build_rh01,
    "rh02_cv212_skhcn.txt": build_rh02,
    "rh03_qd318_hoithisangtao.pdf": build_rh03,
    "rh04_bc38_btgdv.md": build_rh04,
    "rh05_tb26_phuluu.txt": build_rh05,
}


def main():
    os.makedirs(CORPUS, exist_ok=True)
    for name, fn in FILES.items():
        fn(os.path.join(CORPUS, name))
        print("wrote", name)


if __name__ == "__main__":
    main()

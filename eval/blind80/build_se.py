#!/usr/bin/env python3
"""Rebuild the blind80 corpus (5 files) from the text held in this script.

Run: /work/main/.venv/bin/python build_se.py
Writes corpus/se01_*.docx, se02_*.txt, se03_*.md, se04_*.pdf, se05_*.txt.
All names, numbers and bodies are invented (tỉnh Quang Hiển).
"""
import os
import textwrap
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------------------
# se01 — Kế hoạch của UBND tỉnh (docx, List Number / List Bullet, task table)
# ---------------------------------------------------------------------------
SE01_HEADER_LEFT = ["UỶ BAN NHÂN DÂN", "TỈNH QUANG HIỂN", "Số: 187/KH-UBND"]
SE01_HEADER_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
                     "Hiển Xuyên, ngày 18 tháng 11 năm 2024"]

# (style, text): style in {"title", "subtitle", "p", "h", "h2", "bullet", "number", "table"}
SE01_BODY = [
    ("title", "KẾ HOẠCH"),
    ("subtitle", "Tuyên truyền phòng, chống lừa đảo trực tuyến, tin giả và bảo vệ dữ liệu cá nhân "
                 "của người dân trên địa bàn tỉnh Quang Hiển năm 2025"),
    ("p", "Căn cứ Nghị định số 13/2023/NĐ-CP ngày 17 tháng 4 năm 2023 của Chính phủ về bảo vệ dữ liệu cá nhân;"),
    ("p", "Xét đề nghị của Sở Thông tin và Truyền thông tại Tờ trình số 1520/TTr-STTTT ngày 04/11/2024, "
          "UBND tỉnh ban hành Kế hoạch tuyên truyền phòng, chống lừa đảo trực tuyến, tin giả "
          "và bảo vệ dữ liệu cá nhân năm 2025 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("h2", "1. Mục đích"),
    ("bullet", "Trang bị cho người dân kỹ năng nhận diện các thủ đoạn lừa đảo qua điện thoại, tin nhắn, mạng xã "
               "hội và biết cách trình báo kịp thời."),
    ("bullet", "Nâng cao ý thức tự bảo vệ dữ liệu cá nhân: không cung cấp số định danh, mã OTP, mật khẩu, "
               "hình ảnh giấy tờ tùy thân cho người lạ; không cài đặt ứng dụng từ đường link không rõ nguồn gốc."),
    ("h2", "2. Yêu cầu"),
    ("bullet", "Công tác tuyên truyền phải thường xuyên, liên tục, ngắn gọn, dễ hiểu, phù hợp với từng nhóm "
               "đối tượng; ưu tiên học sinh, sinh viên, người cao tuổi, phụ nữ và người dân vùng sâu, vùng xa."),
    ("h", "II. CHỈ TIÊU NĂM 2025"),
    ("bullet", "Ít nhất 90% người dân trên địa bàn tỉnh được tiếp cận thông tin cảnh báo về lừa đảo trực tuyến "
               "qua ít nhất một kênh (truyền thanh cơ sở, mạng xã hội, tin nhắn, tờ rơi)."),
    ("bullet", "100% trường trung học cơ sở, trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục "
               "thường xuyên tổ chức ít nhất 01 buổi chuyên đề về kỹ năng an toàn trên không gian mạng cho học sinh."),
    ("bullet", "Ít nhất 70% hội viên Hội Người cao tuổi được phổ biến cách nhận diện cuộc gọi giả danh cơ quan "
               "nhà nước, giả danh người thân."),
    ("bullet", "100% Đài truyền thanh cấp xã phát bản tin cảnh báo định kỳ ít nhất 02 lần/tuần."),
    ("bullet", "Giảm ít nhất 15% số vụ lừa đảo trực tuyến được trình báo so với năm 2024."),
    ("h", "III. NỘI DUNG VÀ HÌNH THỨC TUYÊN TRUYỀN"),
    ("h2", "1. Nội dung tuyên truyền"),
    ("bullet", "Các thủ đoạn lừa đảo mới: giả danh công an, ngân hàng, nhà mạng; tuyển cộng tác viên \"việc nhẹ "
               "lương cao\"; mời đầu tư tiền ảo; giả mạo giọng nói, hình ảnh (deepfake)."),
    ("bullet", "Quy định về bảo vệ dữ liệu cá nhân; cách cài đặt quyền riêng tư, xác thực hai lớp; kỹ năng "
               "kiểm chứng tin giả và trách nhiệm pháp lý khi chia sẻ thông tin sai sự thật."),
    ("h2", "2. Hình thức tuyên truyền"),
    ("bullet", "Trên báo chí, Cổng thông tin điện tử tỉnh, hệ thống truyền thanh cơ sở; lồng ghép vào sinh "
               "hoạt chi hội, họp thôn, họp phụ huynh học sinh."),
    ("bullet", "Nhắn tin cảnh báo qua các doanh nghiệp viễn thông; phát hành 50.000 tờ rơi và 12.000 cuốn "
               "\"Cẩm nang nhận diện lừa đảo trực tuyến\" cấp cho thôn, tổ dân phố và thư viện trường học."),
    ("h", "IV. NHIỆM VỤ CỤ THỂ"),
    ("p", "Các nhiệm vụ cụ thể, đơn vị chủ trì, đơn vị phối hợp và thời gian hoàn thành được phân công tại "
          "bảng dưới đây:"),
    ("table", None),
    ("h", "V. KINH PHÍ"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch năm 2025 là 1.860.000.000 đồng (Một tỷ, tám trăm sáu mươi triệu "
          "đồng), trong đó: ngân sách tỉnh 1.420.000.000 đồng; nguồn xã hội hóa 440.000.000 đồng."),
    ("p", "Sở Tài chính có trách nhiệm thẩm định, tham mưu UBND tỉnh bố trí kinh phí trong dự toán năm 2025 "
          "của Sở Thông tin và Truyền thông."),
    ("h", "VI. TỔ CHỨC THỰC HIỆN"),
    ("number", "Sở Thông tin và Truyền thông là cơ quan thường trực, có trách nhiệm chủ trì, theo dõi, hướng dẫn "
               "triển khai Kế hoạch; cung cấp thông tin định hướng cho Báo Quang Hiển, Đài Phát thanh và Truyền "
               "hình tỉnh; thiết lập hộp thư canhbao@quanghien.gov.vn để tiếp nhận phản ánh của người dân về tin "
               "giả, trang mạng giả mạo."),
    ("number", "Công an tỉnh chủ trì điều tra, xử lý nghiêm các vụ lừa đảo chiếm đoạt tài sản trên không gian "
               "mạng; định kỳ hằng tháng cung cấp cho Sở Thông tin và Truyền thông thông tin về thủ đoạn mới để "
               "cảnh báo kịp thời; duy trì đường dây nóng tiếp nhận tin báo 24/7."),
    ("number", "Sở Giáo dục và Đào tạo hướng dẫn các Phòng Giáo dục và Đào tạo, các trường trực thuộc tổ chức "
               "chuyên đề cho học sinh; gửi tin nhắn cảnh báo đến phụ huynh qua sổ liên lạc điện tử ít nhất 01 "
               "lần/tháng."),
    ("number", "Đề nghị Ban Tuyên giáo Tỉnh ủy quan tâm định hướng công tác tuyên truyền; đưa nội dung phòng, "
               "chống lừa đảo trực tuyến vào chương trình hội nghị báo cáo viên hằng tháng."),
    ("number", "Đề nghị Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tuyên "
               "truyền sâu rộng trong đoàn viên, hội viên; nhân rộng mô hình \"Tổ tự quản an toàn mạng\" ở khu "
               "dân cư."),
    ("number", "Hội Người cao tuổi tỉnh tổ chức tuyên truyền ít nhất 01 buổi/quý tại mỗi chi hội; phối hợp với "
               "Hội Liên hiệp Phụ nữ tỉnh xây dựng mô hình \"Ông bà dùng mạng an toàn\" tại 30 câu lạc bộ liên "
               "thế hệ."),
    ("number", "Tỉnh đoàn chủ trì tổ chức cuộc thi trực tuyến tìm hiểu kỹ năng an toàn trên không gian mạng; "
               "thành lập đội hình thanh niên tình nguyện hỗ trợ người cao tuổi cài đặt bảo mật điện thoại tại "
               "100% xã, phường, thị trấn."),
    ("number", "Báo Quang Hiển, Đài Phát thanh và Truyền hình tỉnh dành thời lượng phù hợp, bố trí khung giờ "
               "phát sóng thuận lợi cho chuyên mục \"Cảnh giác trên mạng\"."),
    ("number", "UBND các huyện, thị xã, thành phố xây dựng kế hoạch triển khai trên địa bàn trước ngày "
               "31/12/2024; giao UBND cấp xã tổ chức phát bản tin cảnh báo trên Đài truyền thanh xã, niêm yết "
               "tờ rơi tại nhà văn hóa thôn, tổ dân phố."),
    ("number", "Các sở, ban, ngành, đoàn thể tỉnh và UBND các huyện, thị xã, thành phố báo cáo kết quả 6 tháng "
               "trước ngày 10/6/2025, báo cáo năm trước ngày 25/11/2025 về Sở Thông tin và Truyền thông để tổng "
               "hợp, báo cáo UBND tỉnh."),
    ("p", "Đầu mối liên hệ: ông Tạ Quang Khải, Phó Trưởng phòng Thông tin - Báo chí - Xuất bản, Sở Thông tin "
          "và Truyền thông; điện thoại 0912 468 305; thư điện tử tqkhai.stttt@quanghien.gov.vn."),
    ("p", "Trong quá trình thực hiện, nếu phát sinh vướng mắc, các cơ quan, đơn vị, địa phương kịp thời phản "
          "ánh về Sở Thông tin và Truyền thông để tổng hợp, báo cáo UBND tỉnh./."),
]

SE01_TABLE = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Biên soạn, phát hành \"Cẩm nang nhận diện lừa đảo trực tuyến\" và bộ tờ rơi cảnh báo",
     "Sở Thông tin và Truyền thông", "Công an tỉnh", "Hoàn thành trước ngày 31/3/2025"],
    ["2", "Mở chuyên mục \"Cảnh giác trên mạng\" trên sóng phát thanh, truyền hình",
     "Đài Phát thanh và Truyền hình tỉnh", "Sở Thông tin và Truyền thông, Công an tỉnh",
     "Từ tháng 01/2025, phát định kỳ hằng tuần"],
    ["3", "Tổ chức chuyên đề kỹ năng an toàn trên không gian mạng cho học sinh",
     "Sở Giáo dục và Đào tạo", "Công an tỉnh, Tỉnh đoàn", "Hoàn thành trước ngày 31/5/2025"],
    ["4", "Tuyên truyền cho người cao tuổi tại sinh hoạt chi hội, câu lạc bộ liên thế hệ",
     "Hội Người cao tuổi tỉnh", "Hội Liên hiệp Phụ nữ tỉnh, UBND cấp xã", "Định kỳ hằng quý trong năm 2025"],
    ["5", "Tổ chức cuộc thi trực tuyến tìm hiểu kỹ năng an toàn trên không gian mạng",
     "Tỉnh đoàn", "Sở Thông tin và Truyền thông, Sở Giáo dục và Đào tạo", "Tổ chức trong tháng 3 và tháng 4/2025"],
    ["6", "Phát bản tin cảnh báo trên hệ thống truyền thanh cơ sở",
     "UBND các xã, phường, thị trấn", "Công an cấp xã", "Ít nhất 02 lần/tuần, suốt năm 2025"],
    ["7", "Sơ kết 6 tháng, tổng kết năm, báo cáo UBND tỉnh",
     "Sở Thông tin và Truyền thông", "Các sở, ngành, địa phương",
     "Sơ kết trước ngày 20/6/2025; tổng kết trước ngày 15/12/2025"],
]

SE01_SIGN_LEFT = ["Nơi nhận:", "- Bộ Thông tin và Truyền thông;", "- Bộ Công an (Cục A05);",
                  "- TT Tỉnh ủy, TT HĐND tỉnh;", "- CT, các PCT UBND tỉnh;", "- Ban Tuyên giáo Tỉnh ủy;",
                  "- Như mục VI;", "- Lưu: VT, KGVX."]
SE01_SIGN_RIGHT = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Quách Minh Thuận"]


def build_se01(path):
    from docx import Document
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)

    def cell_lines(cell, lines, bold_upto=2, center=True):
        cell.paragraphs[0].text = ""
        for i, line in enumerate(lines):
            p = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
            r = p.add_run(N(line))
            r.bold = i < bold_upto
            if center:
                p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    hdr = doc.add_table(rows=1, cols=2)  # borderless two-column header
    cell_lines(hdr.cell(0, 0), SE01_HEADER_LEFT)
    cell_lines(hdr.cell(0, 1), SE01_HEADER_RIGHT)

    for style, text in SE01_BODY:
        if style == "title":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(N(text)).bold = True
        elif style == "subtitle":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(N(text)).bold = True
        elif style in ("h", "h2"):
            p = doc.add_paragraph()
            r = p.add_run(N(text))
            r.bold = True
            if style == "h2":
                r.italic = True
        elif style == "bullet":
            doc.add_paragraph(N(text), style="List Bullet")
        elif style == "number":
            doc.add_paragraph(N(text), style="List Number")
        elif style == "table":
            t = doc.add_table(rows=len(SE01_TABLE), cols=5)
            t.style = "Table Grid"
            for i, row in enumerate(SE01_TABLE):
                for j, val in enumerate(row):
                    c = t.cell(i, j)
                    c.text = N(val)
                    if i == 0:
                        for r in c.paragraphs[0].runs:
                            r.bold = True
        else:
            doc.add_paragraph(N(text))

    sig = doc.add_table(rows=1, cols=2)
    cell_lines(sig.cell(0, 0), SE01_SIGN_LEFT, bold_upto=1, center=False)
    cell_lines(sig.cell(0, 1), SE01_SIGN_RIGHT, bold_upto=2)
    doc.save(path)


# ---------------------------------------------------------------------------
# se02 — Công văn của Sở TT&TT (txt, hard-wrapped like a PDF copy)
# ---------------------------------------------------------------------------
SE02_HEADER = """\
UBND TỈNH QUANG HIỂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ THÔNG TIN VÀ TRUYỀN THÔNG             Độc lập - Tự do - Hạnh phúc

Số: 1742/STTTT-BCXB
V/v cảnh báo thủ đoạn lừa đảo      Hiển Xuyên, ngày 09 tháng 12 năm 2024
trực tuyến dịp cuối năm và
Tết Nguyên đán Ất Tỵ 2025

                     Kính gửi:
                        - Các sở, ban, ngành tỉnh;
                        - UBND các huyện, thị xã, thành phố;
                        - Báo Quang Hiển, Đài Phát thanh và Truyền hình tỉnh.
"""

SE02_PARAS = [
    "Thực hiện Kế hoạch số 187/KH-UBND ngày 18/11/2024 của UBND tỉnh về tuyên truyền phòng, chống lừa đảo "
    "trực tuyến, tin giả và bảo vệ dữ liệu cá nhân năm 2025; trên cơ sở thông tin do Phòng An ninh mạng và "
    "phòng, chống tội phạm sử dụng công nghệ cao - Công an tỉnh cung cấp, Sở Thông tin và Truyền thông "
    "thông tin như sau:",
    "Trong 11 tháng năm 2024, Công an tỉnh tiếp nhận 341 tin báo, tố giác liên quan đến lừa đảo chiếm đoạt "
    "tài sản trên không gian mạng, tổng số tiền người dân bị chiếm đoạt khoảng 28,9 tỷ đồng. Dịp cuối năm, "
    "khi nhu cầu mua sắm, đi lại, chuyển tiền tăng cao, các đối tượng thường lợi dụng để thực hiện các thủ "
    "đoạn sau:",
    "1. Giả danh cán bộ công an, viện kiểm sát, tòa án gọi điện thông báo người dân liên quan đến vụ án ma "
    "túy, rửa tiền hoặc \"hồ sơ căn cước bị lỗi\", yêu cầu chuyển tiền vào \"tài khoản tạm giữ\" hoặc cài "
    "ứng dụng dịch vụ công giả mạo qua đường link. Cơ quan công an không làm việc với người dân qua điện "
    "thoại, không yêu cầu chuyển tiền hay cài ứng dụng qua đường link.",
    "2. Giả danh nhân viên điện lực, nhà mạng, ngân hàng thông báo sắp cắt điện, khóa số thuê bao, tài "
    "khoản ngân hàng \"chưa xác thực sinh trắc học\", gửi đường link để \"cập nhật thông tin\", từ đó chiếm "
    "quyền điều khiển điện thoại.",
    "3. Tuyển cộng tác viên \"việc nhẹ lương cao\", giao \"nhiệm vụ\" thả tim, đánh giá sản phẩm, nạp tiền "
    "để nhận hoa hồng; ban đầu trả thưởng nhỏ để tạo lòng tin, sau đó yêu cầu nạp số tiền ngày càng lớn rồi "
    "chiếm đoạt.",
    "4. Giả danh giáo viên, nhân viên y tế gọi cho phụ huynh báo học sinh bị tai nạn, đang cấp cứu, yêu cầu "
    "chuyển tiền viện phí gấp. Thủ đoạn này thường nhắm vào phụ huynh và ông bà của học sinh.",
    "5. Mời người cao tuổi nhận \"quà tri ân\", \"gói chăm sóc sức khỏe miễn phí\", yêu cầu đóng trước phí "
    "vận chuyển hoặc cung cấp mã OTP; giả mạo trang bán vé máy bay, vé xe, tour du lịch Tết với giá rẻ "
    "bất thường.",
    "6. Chiếm đoạt tài khoản Zalo, Facebook rồi nhắn tin vay tiền người thân, bạn bè; sử dụng video giả "
    "mạo khuôn mặt, giọng nói (deepfake) trong cuộc gọi video ngắn để tạo lòng tin.",
    "@@PAGE 2",
    "Để chủ động phòng ngừa, Sở Thông tin và Truyền thông đề nghị các cơ quan, đơn vị, địa phương quan tâm "
    "thực hiện một số nội dung sau:",
    "1. Các sở, ban, ngành tỉnh và UBND các huyện, thị xã, thành phố phổ biến nội dung Công văn này đến "
    "toàn thể cán bộ, công chức, viên chức, người lao động; đăng tải trên cổng/trang thông tin điện tử của "
    "đơn vị trước ngày 20/12/2024.",
    "2. Đề nghị Báo Quang Hiển, Đài Phát thanh và Truyền hình tỉnh tăng thời lượng, tần suất đưa tin cảnh "
    "báo trong \"Tháng cao điểm tuyên truyền phòng, chống lừa đảo trực tuyến\" từ ngày 15/12/2024 đến hết "
    "ngày 15/02/2025; ưu tiên các tiểu phẩm, phóng sự ngắn dễ hiểu với người cao tuổi.",
    "3. UBND các huyện, thị xã, thành phố giao Phòng Văn hóa và Thông tin chủ trì, phối hợp với Công an "
    "cấp huyện hướng dẫn Đài truyền thanh các xã, phường, thị trấn phát bản tin cảnh báo ít nhất 03 "
    "lần/tuần trong thời gian cao điểm, vào khung giờ từ 6 giờ 00 đến 6 giờ 30 và từ 17 giờ 00 đến 17 giờ 30.",
    "4. Sở Giáo dục và Đào tạo gửi thông báo cảnh báo thủ đoạn giả danh giáo viên, nhân viên y tế đến phụ "
    "huynh học sinh qua sổ liên lạc điện tử, hoàn thành trước kỳ nghỉ Tết Nguyên đán.",
    "5. Đề nghị Hội Người cao tuổi tỉnh và Hội Liên hiệp Phụ nữ tỉnh phối hợp, lồng ghép nội dung cảnh báo "
    "tại các buổi sinh hoạt chi hội tháng 12/2024 và tháng 01/2025.",
    "Các kênh tiếp nhận tin báo, phản ánh:",
    "- Đường dây nóng Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao - Công an tỉnh: "
    "069.2 418 226 (tiếp nhận 24/7); hoặc trình báo trực tiếp tại Công an xã, phường, thị trấn nơi gần nhất.",
    "- Phản ánh tin giả, trang mạng giả mạo cơ quan nhà nước: hộp thư canhbao@quanghien.gov.vn hoặc số "
    "điện thoại 0225.3 914 702 của Sở Thông tin và Truyền thông (giờ hành chính).",
    "- Trang Zalo chính thức \"Quang Hiển Cảnh Giác\" và mục \"Phản ánh - Kiến nghị\" trên ứng dụng Quang "
    "Hiển Số.",
    "Khi phát hiện mình lỡ chuyển tiền cho đối tượng lừa đảo, người dân cần liên hệ ngay ngân hàng để đề "
    "nghị phong tỏa giao dịch, đồng thời lưu giữ tin nhắn, số tài khoản, lịch sử cuộc gọi để cung cấp cho "
    "cơ quan công an.",
    "Đầu mối liên hệ: bà Đinh Thị Thu Trang, chuyên viên Phòng Thông tin - Báo chí - Xuất bản, điện thoại "
    "0987 305 164, thư điện tử dtttrang.stttt@quanghien.gov.vn.",
    "Sở Thông tin và Truyền thông đề nghị các cơ quan, đơn vị quan tâm phối hợp thực hiện./.",
]

SE02_FOOTER = """\

Nơi nhận:                                            KT. GIÁM ĐỐC
- Như trên;                                          PHÓ GIÁM ĐỐC
- UBND tỉnh (để báo cáo);
- Công an tỉnh (PA05);
- Hội NCT tỉnh, Hội LHPN tỉnh (để phối hợp);
- Giám đốc, các PGĐ Sở;
- Lưu: VT, BCXB.
                                                        (Đã ký)

                                                     Mạc Đình Khiêm
"""


def build_se02(path):
    out = [SE02_HEADER]
    for para in SE02_PARAS:
        if para.startswith("@@PAGE"):
            out.append("\n" + para.split()[1] + "\n")  # page number left over from PDF copy
            continue
        out.append(textwrap.fill(N(para), width=72, break_long_words=False, break_on_hyphens=False,
                                 initial_indent="    " if not para[0] in "-0123456789" else ""))
    out.append(SE02_FOOTER)
    with open(path, "w", encoding="utf-8") as f:
        f.write(N("\n".join(out)))


# ---------------------------------------------------------------------------
# se03 — Hướng dẫn của Phòng Giáo dục và Đào tạo huyện (md, schedule table)
# ---------------------------------------------------------------------------
SE03 = """\
    UBND HUYỆN TƯỜNG LĨNH              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO                 Độc lập - Tự do - Hạnh phúc

Số: 418/HD-PGDĐT                    Tường Lĩnh, ngày 06 tháng 01 năm 2025

# HƯỚNG DẪN

## Tổ chức chuyên đề "Em lướt mạng an toàn" cho học sinh trung học cơ sở, năm học 2024 - 2025

Căn cứ Kế hoạch số 187/KH-UBND ngày 18/11/2024 của UBND tỉnh Quang Hiển về tuyên truyền phòng, chống lừa đảo trực tuyến, tin giả và bảo vệ dữ liệu cá nhân năm 2025;

Căn cứ Công văn số 2096/SGDĐT-GDTrH ngày 20/12/2024 của Sở Giáo dục và Đào tạo về việc tổ chức chuyên đề kỹ năng an toàn trên không gian mạng cho học sinh;

Thực hiện Kế hoạch số 09/KH-UBND ngày 27/12/2024 của UBND huyện Tường Lĩnh triển khai công tác tuyên truyền phòng, chống lừa đảo trực tuyến năm 2025,

Phòng Giáo dục và Đào tạo hướng dẫn các trường trung học cơ sở (THCS) trên địa bàn huyện tổ chức chuyên đề "Em lướt mạng an toàn" như sau:

### 1. Mục đích, yêu cầu

- Giúp học sinh nhận biết các thủ đoạn lừa đảo thường gặp trên mạng, biết bảo vệ thông tin cá nhân, biết cách ứng xử khi gặp tin giả, bị bắt nạt hoặc bị đe dọa trên không gian mạng.
- Thông qua học sinh lan tỏa kiến thức đến gia đình, nhất là ông bà, cha mẹ - những người dễ bị đối tượng xấu nhắm tới.
- Tổ chức nghiêm túc, sinh động, không hình thức; bảo đảm an toàn, không ảnh hưởng đến kế hoạch dạy học của nhà trường.

### 2. Đối tượng, thời lượng, hình thức

- Đối tượng: toàn bộ học sinh từ lớp 6 đến lớp 9; mời đại diện Ban đại diện cha mẹ học sinh các lớp cùng dự.
- Thời lượng: 90 phút/buổi, gồm 60 phút nghe báo cáo viên và 30 phút giao lưu, giải đáp tình huống.
- Hình thức: tổ chức trực tiếp tại trường, kết hợp tiểu phẩm sân khấu hóa do đội tuyên truyền măng non của Liên đội thực hiện; trường có trên 600 học sinh chia thành 02 ca.

### 3. Nội dung chuyên đề

a) Nhận diện các thủ đoạn lừa đảo thường gặp với học sinh: rao bán thẻ nạp game giá rẻ, "nhận quà từ thần tượng", tuyển "việc làm thêm online", giả danh giáo viên gọi điện cho phụ huynh báo học sinh gặp nạn.

b) Bảo vệ dữ liệu cá nhân: đặt mật khẩu mạnh, bật xác thực hai lớp; không đăng ảnh thẻ học sinh, thẻ căn cước, vị trí nhà ở lên mạng xã hội; không cho người khác mượn tài khoản.

c) Tin giả và bắt nạt trực tuyến: kiểm tra nguồn tin, không chia sẻ nội dung chưa kiểm chứng; khi bị đe dọa, tống tiền bằng hình ảnh thì không chuyển tiền, lưu bằng chứng và báo ngay cho cha mẹ, giáo viên chủ nhiệm hoặc gọi đường dây nóng 069.2 418 226 của Công an tỉnh.

### 4. Lịch tổ chức

| TT | Trường | Ngày tổ chức | Thời gian | Địa điểm | Báo cáo viên |
|----|--------|--------------|-----------|----------|--------------|
| 1 | THCS thị trấn Khang Điệp | 14/02/2025 | 7 giờ 30 - 9 giờ 00 | Hội trường nhà trường | Đội An ninh - Công an huyện |
| 2 | THCS Mậu Khê | 19/02/2025 | 14 giờ 00 - 15 giờ 30 | Sân trường | Huyện đoàn Tường Lĩnh |
| 3 | THCS Ích Phú | 26/02/2025 | 7 giờ 30 - 9 giờ 00 | Nhà đa năng | Đội An ninh - Công an huyện |
| 4 | THCS Nhuận Trạch | 05/3/2025 | 14 giờ 00 - 15 giờ 30 | Hội trường UBND xã Nhuận Trạch | Giáo viên Tin học cốt cán |
| 5 | THCS Thiềng Hạ | 12/3/2025 | 7 giờ 30 - 9 giờ 00 | Hội trường nhà trường | Huyện đoàn Tường Lĩnh |
| 6 | PTDTBT THCS Liêu Đồng | 19/3/2025 | 8 giờ 00 - 9 giờ 30 | Nhà văn hóa bản Thẳm Hon | Đội An ninh - Công an huyện |
| 7 | THCS Lê Quý Đôn | 26/3/2025 | 7 giờ 30 - 9 giờ 00 (ca 1); 9 giờ 30 - 11 giờ 00 (ca 2) | Hội trường nhà trường | Đội An ninh - Công an huyện |

Trường hợp thay đổi lịch do thời tiết hoặc trùng kế hoạch kiểm tra, nhà trường báo cáo về Phòng trước ít nhất 05 ngày để điều chỉnh.

### 5. Tổ chức thực hiện

1. Bộ phận chuyên môn THCS của Phòng Giáo dục và Đào tạo là đầu mối, theo dõi việc tổ chức; trao đổi với báo cáo viên về nội dung bài giảng trước ngày 10/02/2025; tổng hợp kết quả báo cáo Sở Giáo dục và Đào tạo và UBND huyện trước ngày 15/4/2025.
2. Hiệu trưởng các trường THCS có trách nhiệm bố trí hội trường, âm thanh, máy chiếu; tổng hợp câu hỏi của học sinh gửi báo cáo viên trước buổi chuyên đề ít nhất 03 ngày; báo cáo kết quả theo mẫu gửi kèm về Phòng trong vòng 05 ngày làm việc sau khi tổ chức.
3. Giáo viên chủ nhiệm lồng ghép nội dung an toàn trên không gian mạng vào tiết sinh hoạt lớp ít nhất 01 tiết/tháng đến hết năm học; nhắc phụ huynh cài đặt chế độ kiểm soát của cha mẹ trên điện thoại, máy tính bảng của con.
4. Đề nghị Công an huyện cử cán bộ Đội An ninh làm báo cáo viên theo lịch tại mục 4; cung cấp tình huống thực tế xảy ra trên địa bàn huyện (không nêu danh tính nạn nhân).
5. Đề nghị Huyện đoàn Tường Lĩnh cử báo cáo viên theo lịch, tổ chức trò chơi tương tác "Ai nhanh hơn kẻ lừa đảo" tại các buổi chuyên đề.
6. Đề nghị Trung tâm Văn hóa, Thể thao và Truyền thông huyện đưa tin về các buổi chuyên đề; UBND các xã, thị trấn giao Đài truyền thanh xã phát thông báo lịch chuyên đề để phụ huynh biết, tham dự.

### 6. Kinh phí

Kinh phí tổ chức chi từ nguồn kinh phí hoạt động thường xuyên của các trường. Phòng Giáo dục và Đào tạo hỗ trợ bồi dưỡng báo cáo viên 300.000 đồng/người/buổi và cấp cho thư viện mỗi trường 20 cuốn "Cẩm nang nhận diện lừa đảo trực tuyến" do Sở Thông tin và Truyền thông phát hành.

Liên hệ: ông Bế Văn Hưởng, Phó Trưởng phòng, điện thoại 0915 227 640; hoặc bà Lò Thị Diệu Linh, chuyên viên, điện thoại 0943 118 572, thư điện tử ltdlinh.pgd@tuonglinh.edu.vn.

**Nơi nhận:**
- Sở GD&ĐT (để báo cáo);
- UBND huyện (để báo cáo);
- Công an huyện, Huyện đoàn (để phối hợp);
- Các trường THCS (để thực hiện);
- Lưu: VT, CM.

TRƯỞNG PHÒNG
(Đã ký)
Hứa Thị Mai Lan
"""


def build_se03(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(N(SE03))


# ---------------------------------------------------------------------------
# se04 — Báo cáo của Công an tỉnh (pdf with text layer, figures tables)
# ---------------------------------------------------------------------------
SE04_TABLE1 = [
    ["TT", "Đơn vị", "Tin báo", "Khởi tố (vụ)", "Thiệt hại (triệu đồng)", "Thu hồi (triệu đồng)"],
    ["1", "Thành phố Hiển Xuyên", "142", "16", "12.480", "1.960"],
    ["2", "Thị xã Chân Mộng", "58", "7", "5.215", "640"],
    ["3", "Huyện Tường Lĩnh", "46", "5", "3.870", "410"],
    ["4", "Huyện Phương Khê", "39", "4", "3.126", "385"],
    ["5", "Huyện Trạc Sơn", "35", "4", "2.954", "330"],
    ["6", "Huyện Vệ Giang", "31", "3", "2.487", "275"],
    ["7", "Huyện Lũng Thắm", "25", "2", "1.728", "200"],
    ["", "Toàn tỉnh", "376", "41", "31.860", "4.200"],
]
SE04_TABLE2 = [
    ["Thủ đoạn", "Số tin báo", "Tỷ lệ"],
    ["Giả danh cơ quan công an, viện kiểm sát, tòa án", "97", "25,8%"],
    ["Tuyển cộng tác viên, \"làm nhiệm vụ\" trực tuyến", "88", "23,4%"],
    ["Chiếm đoạt tài khoản mạng xã hội để vay tiền", "61", "16,2%"],
    ["Mời đầu tư tài chính, tiền ảo", "54", "14,4%"],
    ["Mua bán hàng hóa, vé máy bay, tour du lịch qua mạng", "49", "13,0%"],
    ["Thủ đoạn khác", "27", "7,2%"],
]

# ("h", text) heading; ("p", text) paragraph; ("t1"/"t2", None) tables; ("center", text)
SE04_BODY = [
    ("title", "BÁO CÁO"),
    ("center", "Kết quả phòng, chống tội phạm lừa đảo chiếm đoạt tài sản trên không gian mạng năm 2024 "
               "và phương hướng, nhiệm vụ năm 2025"),
    ("center", "Kính gửi: UBND tỉnh Quang Hiển."),
    ("p", "Thực hiện Kế hoạch số 187/KH-UBND ngày 18/11/2024 của UBND tỉnh và yêu cầu của Cục An ninh mạng "
          "và phòng, chống tội phạm sử dụng công nghệ cao (A05), Công an tỉnh báo cáo kết quả công tác năm 2024 "
          "(số liệu tính từ ngày 15/12/2023 đến ngày 14/12/2024) như sau:"),
    ("h", "I. TÌNH HÌNH TỘI PHẠM LỪA ĐẢO TRÊN KHÔNG GIAN MẠNG"),
    ("h2", "1. Khái quát chung"),
    ("p", "Năm 2024, Công an tỉnh tiếp nhận 376 tin báo, tố giác về lừa đảo chiếm đoạt tài sản trên không "
          "gian mạng, tăng 18,2% so với năm 2023; tổng thiệt hại khoảng 31,86 tỷ đồng. Đã khởi tố 41 vụ, 57 bị "
          "can; thu hồi, trả lại cho người bị hại 4,2 tỷ đồng."),
    ("p", "Người bị hại là người từ 60 tuổi trở lên chiếm 22,3%; học sinh, sinh viên chiếm 16,8%; còn lại "
          "là người lao động tự do, nội trợ và cán bộ, công chức. Vụ việc có thiệt hại lớn nhất xảy ra tại huyện "
          "Phương Khê: một phụ nữ 67 tuổi bị đối tượng giả danh cán bộ công an yêu cầu \"chứng minh tài sản\", "
          "chiếm đoạt 1,35 tỷ đồng trong 03 ngày."),
    ("h2", "2. Số liệu theo địa bàn"),
    ("p", "Bảng 1. Số liệu tin báo, thiệt hại theo đơn vị hành chính cấp huyện"),
    ("t1", None),
    ("p", "Thành phố Hiển Xuyên là địa bàn có số tin báo cao nhất (142 tin báo, chiếm 37,8%); huyện Lũng "
          "Thắm thấp nhất với 25 tin báo. Thiệt hại tại thị xã Chân Mộng là 5.215 triệu đồng, cao thứ hai toàn "
          "tỉnh."),
    ("h2", "3. Số liệu theo thủ đoạn"),
    ("p", "Bảng 2. Cơ cấu tin báo theo thủ đoạn"),
    ("t2", None),
    ("p", "Thủ đoạn giả danh cơ quan công an, viện kiểm sát, tòa án chiếm tỷ lệ cao nhất (25,8%), chủ yếu "
          "nhắm vào người cao tuổi sống một mình. Thủ đoạn \"làm nhiệm vụ\" trực tuyến tập trung vào học sinh, "
          "sinh viên và phụ nữ nội trợ."),
    ("h", "II. KẾT QUẢ CÔNG TÁC PHÒNG NGỪA, TUYÊN TRUYỀN"),
    ("p", "- Phối hợp Sở Thông tin và Truyền thông, Tỉnh đoàn, Hội Người cao tuổi tỉnh tổ chức 1.245 buổi "
          "tuyên truyền trực tiếp tại khu dân cư, trường học với khoảng 87.400 lượt người tham dự."),
    ("p", "- Phối hợp các doanh nghiệp viễn thông gửi 1,6 triệu tin nhắn cảnh báo đến thuê bao trên địa bàn; "
          "xác minh, đề nghị gỡ bỏ 214 trang mạng xã hội, tài khoản giả mạo cơ quan nhà nước, ngân hàng."),
    ("p", "- Ngăn chặn kịp thời 63 trường hợp người dân chuẩn bị chuyển tiền cho đối tượng lừa đảo, giữ lại "
          "cho người dân khoảng 5,7 tỷ đồng."),
    ("p", "- Đường dây nóng 069.2 418 226 tiếp nhận 2.316 cuộc gọi, trong đó 1.094 cuộc gọi nhờ xác minh số "
          "điện thoại, đường link nghi vấn."),
    ("p", "- Thí điểm mô hình \"Tổ tự quản an toàn mạng\" tại 12 khu dân cư thuộc thành phố Hiển Xuyên và thị "
          "xã Chân Mộng."),
    ("h", "III. TỒN TẠI, HẠN CHẾ VÀ NGUYÊN NHÂN"),
    ("p", "- Công tác điều tra gặp nhiều khó khăn do đối tượng hoạt động từ nước ngoài, sử dụng tài khoản ngân "
          "hàng thuê, mua của người khác; tỷ lệ thu hồi tài sản thấp (13,2%)."),
    ("p", "- Tuyên truyền ở vùng sâu, vùng xa chưa thường xuyên; nhiều người cao tuổi chưa biết cách chặn "
          "cuộc gọi lạ, chưa cài đặt bảo mật cho tài khoản ngân hàng trên điện thoại."),
    ("p", "- Một bộ phận học sinh, sinh viên còn chủ quan, cho người lạ mượn tài khoản, bán thông tin cá nhân "
          "để nhận tiền, tiếp tay cho đối tượng lừa đảo."),
    ("h", "IV. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2025"),
    ("p", "1. Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (PA05): chủ trì, phối hợp với "
          "Phòng Cảnh sát hình sự tập trung điều tra các vụ án trọng điểm; định kỳ hằng tháng ra bản tin "
          "\"Cảnh báo thủ đoạn mới\" gửi Sở Thông tin và Truyền thông trước ngày 05 hằng tháng."),
    ("p", "2. Công an các huyện, thị xã, thành phố: có trách nhiệm giao Công an cấp xã phối hợp với Đài truyền "
          "thanh xã phát cảnh báo ít nhất 02 lần/tuần; mỗi xã, phường, thị trấn xây dựng ít nhất 01 \"Tổ tự "
          "quản an toàn mạng\" trước ngày 30/9/2025."),
    ("p", "3. Phòng Tham mưu: theo dõi, tổng hợp kết quả thực hiện; báo cáo sơ kết 6 tháng gửi UBND tỉnh "
          "trước ngày 15/6/2025."),
    ("p", "4. Mục tiêu năm 2025: giảm ít nhất 15% số tin báo so với năm 2024; nâng tỷ lệ thu hồi tài sản lên "
          "trên 20%."),
    ("h", "V. ĐỀ XUẤT, KIẾN NGHỊ"),
    ("p", "1. Đề nghị UBND tỉnh bổ sung kinh phí 350.000.000 đồng để Công an tỉnh mua sắm thiết bị phục vụ "
          "truy vết giao dịch, thu hồi tài sản cho người bị hại."),
    ("p", "2. Đề nghị Sở Thông tin và Truyền thông chủ trì, phối hợp với các doanh nghiệp viễn thông gửi tin "
          "nhắn cảnh báo theo từng nhóm đối tượng (phụ huynh học sinh, người cao tuổi) ít nhất 01 lần/tháng."),
    ("p", "3. Đề nghị Sở Giáo dục và Đào tạo đưa nội dung kỹ năng an toàn trên không gian mạng vào hoạt động "
          "trải nghiệm của học sinh từ năm học 2025 - 2026."),
    ("p", "4. Đề nghị Hội Người cao tuổi tỉnh nhân rộng mô hình \"Ông bà dùng mạng an toàn\" ra tất cả các "
          "huyện, thị xã, thành phố."),
    ("p", "Trên đây là báo cáo kết quả phòng, chống tội phạm lừa đảo chiếm đoạt tài sản trên không gian mạng "
          "năm 2024 của Công an tỉnh Quang Hiển./."),
]
SE04_SIGN_LEFT = ["Nơi nhận:", "- Cục A05 - Bộ Công an;", "- Thường trực Tỉnh ủy;", "- UBND tỉnh;",
                  "- Sở Thông tin và Truyền thông;", "- Lưu: VT, PA05."]
SE04_SIGN_RIGHT = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(Đã ký)", "Đại tá Khổng Văn Tiệp"]


def build_se04(path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 15, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin

    # two-column header
    y0 = pdf.get_y()
    pdf.set_font("DejaVu", "B", 10)
    pdf.set_xy(pdf.l_margin, y0)
    pdf.cell(70, 6, N("CÔNG AN TỈNH QUANG HIỂN"), align="C")
    pdf.set_xy(pdf.l_margin + 72, y0)
    pdf.cell(W - 72, 6, N("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), align="C")
    pdf.set_font("DejaVu", "", 10)
    pdf.set_xy(pdf.l_margin, y0 + 7)
    pdf.cell(70, 6, N("Số: 1156/BC-CAT-PA05"), align="C")
    pdf.set_font("DejaVu", "B", 10)
    pdf.set_xy(pdf.l_margin + 72, y0 + 7)
    pdf.cell(W - 72, 6, N("Độc lập - Tự do - Hạnh phúc"), align="C")
    pdf.set_font("DejaVu", "", 10)
    pdf.set_xy(pdf.l_margin + 72, y0 + 15)
    pdf.cell(W - 72, 6, N("Hiển Xuyên, ngày 08 tháng 01 năm 2025"), align="C")
    pdf.set_xy(pdf.l_margin, y0 + 26)

    def table(rows, widths):
        pdf.set_font("DejaVu", "", 9.5)
        with pdf.table(col_widths=widths, text_align="CENTER", line_height=5.5,
                       first_row_as_headings=True) as t:
            for r in rows:
                row = t.row()
                for c in r:
                    row.cell(N(c))
        pdf.ln(2)

    for style, text in SE04_BODY:
        if style == "title":
            pdf.set_font("DejaVu", "B", 13)
            pdf.multi_cell(W, 7, N(text), align="C")
        elif style == "center":
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(W, 6, N(text), align="C")
            pdf.ln(1)
        elif style in ("h", "h2"):
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(W, 6, N(text), align="L")
        elif style == "t1":
            table(SE04_TABLE1, (8, 45, 18, 22, 44, 38))
        elif style == "t2":
            table(SE04_TABLE2, (110, 30, 25))
        else:
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(W, 6, N(text), align="J")
            pdf.ln(1)

    pdf.ln(3)
    y = pdf.get_y()
    if y > pdf.h - 60:
        pdf.add_page()
        y = pdf.get_y()
    pdf.set_font("DejaVu", "", 9.5)
    for i, line in enumerate(SE04_SIGN_LEFT):
        pdf.set_xy(pdf.l_margin, y + i * 5)
        pdf.cell(80, 5, N(line))
    pdf.set_font("DejaVu", "B", 11)
    for i, line in enumerate(SE04_SIGN_RIGHT):
        pdf.set_xy(pdf.l_margin + 90, y + i * 7 + (14 if i >= 2 else 0))
        pdf.cell(W - 90, 7, N(line), align="C")
    pdf.output(path)


# ---------------------------------------------------------------------------
# se05 — Thông báo của Ban Thường vụ Tỉnh đoàn (txt, prize table in Markdown)
# ---------------------------------------------------------------------------
SE05 = """\
  TỈNH ĐOÀN QUANG HIỂN                         ĐOÀN TNCS HỒ CHÍ MINH
     BAN THƯỜNG VỤ
          ***
Số: 96-TB/TĐTN-TG                   Hiển Xuyên, ngày 20 tháng 02 năm 2025

THÔNG BÁO
Về việc tổ chức Cuộc thi trực tuyến "Lướt mạng an toàn - Không sập bẫy lừa" năm 2025
-----

Thực hiện Kế hoạch số 187/KH-UBND ngày 18/11/2024 của UBND tỉnh về tuyên truyền phòng, chống lừa đảo trực tuyến, tin giả và bảo vệ dữ liệu cá nhân năm 2025 và Chương trình công tác Đoàn và phong trào thanh thiếu nhi năm 2025, Ban Thường vụ Tỉnh đoàn thông báo tổ chức Cuộc thi trực tuyến "Lướt mạng an toàn - Không sập bẫy lừa" năm 2025 (sau đây gọi là Cuộc thi), cụ thể như sau:

1. Đơn vị tổ chức
Ban Thường vụ Tỉnh đoàn chủ trì, phối hợp với Sở Thông tin và Truyền thông, Sở Giáo dục và Đào tạo và Công an tỉnh tổ chức Cuộc thi. Ban Tuyên giáo Tỉnh đoàn là bộ phận thường trực của Ban Tổ chức Cuộc thi.

2. Đối tượng dự thi
Công dân đang sinh sống, học tập, làm việc trên địa bàn tỉnh Quang Hiển từ đủ 12 tuổi trở lên, chia thành 02 bảng:
- Bảng A dành cho học sinh THCS, THPT và học viên giáo dục thường xuyên;
- Bảng B dành cho đoàn viên, thanh niên, cán bộ, công chức, hội viên các hội và người dân, kể cả người cao tuổi.
Thành viên Ban Tổ chức, Tổ biên soạn đề thi và Tổ kỹ thuật không tham gia dự thi.

3. Thời gian, hình thức thi
Cuộc thi diễn ra trong 03 tuần trên trang luotmangantoan.quanghien.vn và trên ứng dụng Quang Hiển Số (mục "Cuộc thi"):
- Tuần 1: từ 8 giờ 00 ngày 10/3/2025 đến 20 giờ 00 ngày 16/3/2025;
- Tuần 2: từ 8 giờ 00 ngày 17/3/2025 đến 20 giờ 00 ngày 23/3/2025;
- Tuần 3: từ 8 giờ 00 ngày 24/3/2025 đến 20 giờ 00 ngày 30/3/2025.
Mỗi tuần có 20 câu hỏi trắc nghiệm và 01 câu hỏi dự đoán số người trả lời đúng toàn bộ; thời gian làm bài tối đa 15 phút. Mỗi thí sinh được thi tối đa 02 lượt/tuần, Ban Tổ chức lấy kết quả của lượt cao nhất; trường hợp bằng điểm, thí sinh có dự đoán gần đúng hơn và thời gian làm bài ngắn hơn được xếp trên.
Thí sinh đăng ký bằng số điện thoại chính chủ. Ban Tổ chức cam kết chỉ sử dụng họ tên, số điện thoại, đơn vị của thí sinh vào mục đích xét, trao giải và không chia sẻ cho bên thứ ba; dữ liệu đăng ký sẽ bị xóa sau 90 ngày kể từ ngày tổng kết Cuộc thi.
Kết quả từng tuần công bố vào thứ Tư tuần kế tiếp trên trang thi và trang Facebook "Tuổi trẻ Quang Hiển".

4. Cơ cấu giải thưởng

| Loại giải | Số lượng | Giá trị mỗi giải |
|---|---|---|
| Giải tuần: Giải Nhất | 01 giải/tuần | 2.000.000 đồng |
| Giải tuần: Giải Nhì | 02 giải/tuần | 1.000.000 đồng |
| Giải tuần: Giải Ba | 03 giải/tuần | 500.000 đồng |
| Giải tuần: Giải Khuyến khích | 10 giải/tuần | 200.000 đồng |
| Giải tập thể: Giải Nhất | 01 giải | 5.000.000 đồng |
| Giải tập thể: Giải Nhì | 02 giải | 3.000.000 đồng |
| Giải tập thể: Giải Ba | 03 giải | 2.000.000 đồng |
| Giải "Thí sinh cao tuổi tiêu biểu" | 01 giải | 1.000.000 đồng |

Giải tập thể xét cho đơn vị cấp huyện và tương đương có tỷ lệ đoàn viên tham gia cao nhất so với tổng số đoàn viên của đơn vị. Giải "Thí sinh cao tuổi tiêu biểu" trao cho thí sinh Bảng B từ 70 tuổi trở lên có tổng điểm cao nhất cả 03 tuần. Tổng giá trị giải thưởng là 40.500.000 đồng, trích từ kinh phí Kế hoạch số 187/KH-UBND và nguồn tài trợ của Chi nhánh Viễn thông Quang Hiển. Mỗi giải kèm theo Giấy chứng nhận của Ban Thường vụ Tỉnh đoàn.

5. Thời hạn và trách nhiệm thực hiện
- Các huyện đoàn, thành đoàn, thị đoàn và đoàn trực thuộc: đăng ký 01 cán bộ đầu mối (họ tên, số điện thoại) gửi về Ban Tuyên giáo Tỉnh đoàn trước ngày 05/3/2025; tuyên truyền, vận động ít nhất 30% đoàn viên tham gia; báo cáo số lượt thi của đơn vị trước ngày 04/4/2025.
- Ban Tuyên giáo Tỉnh đoàn: chủ trì xây dựng thể lệ, phối hợp với Sở Thông tin và Truyền thông biên soạn ngân hàng 60 câu hỏi; gửi Công an tỉnh (PA05) thẩm định nội dung câu hỏi trước ngày 28/02/2025.
- Trung tâm Hoạt động Thanh thiếu nhi tỉnh: bảo đảm kỹ thuật trang thi, chống gian lận; hỗ trợ thí sinh qua số điện thoại 0963 402 118 trong thời gian thi.
- Đề nghị Sở Giáo dục và Đào tạo thông báo Cuộc thi đến các trường THCS, THPT và trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên.
- Đề nghị Hội Người cao tuổi tỉnh, Hội Liên hiệp Phụ nữ tỉnh vận động hội viên tham gia Bảng B; đoàn viên thanh niên ở cơ sở hỗ trợ ông bà, cha mẹ đăng ký và làm bài.
- Tổng kết, trao giải: dự kiến 8 giờ 00 ngày 12/4/2025 tại Hội trường Nhà Văn hóa Thanh niên tỉnh (số 45 đường Lạc Long Quân, thành phố Hiển Xuyên).

Thông tin liên hệ: đồng chí Tăng Thị Hồng Nhung, Phó Trưởng Ban Tuyên giáo Tỉnh đoàn, điện thoại 0976 514 208, thư điện tử bantuyengiao.tinhdoan@quanghien.gov.vn.

Ban Thường vụ Tỉnh đoàn yêu cầu các đơn vị triển khai thực hiện nghiêm túc./.

Nơi nhận:
- Trung ương Đoàn (Ban Tuyên giáo);
- Thường trực Tỉnh ủy (để b/c);
- Ban Tuyên giáo Tỉnh ủy;
- Sở TT&TT, Sở GD&ĐT, Công an tỉnh;
- Các huyện, thành, thị đoàn, đoàn trực thuộc;
- Lưu: VT, TG.

TM. BAN THƯỜNG VỤ
PHÓ BÍ THƯ
(Đã ký)
Âu Minh Quyết
"""


def build_se05(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(N(SE05))


FILES = {
    "se01_kehoach_tuyentruyen.docx": build_se01,
    "se02_congvan_canhbao.txt": build_se02,
    "se03_huongdan_chuyende.md": build_se03,
    "se04_baocao_luadao.pdf": build_se04,
    "se05_thongbao_cuocthi.txt": build_se05,
}


def main():
    os.makedirs(CORPUS, exist_ok=True)
    for name, fn in FILES.items():
        fn(os.path.join(CORPUS, name))
        print("wrote", name)
    # questions / who-what are kept in their own generator (data_se.py) if present
    data = os.path.join(HERE, "data_se.py")
    if os.path.exists(data):
        import runpy
        runpy.run_path(data, run_name="__main__")


if __name__ == "__main__":
    main()

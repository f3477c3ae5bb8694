# -*- coding: utf-8 -*-
"""Build the five corpus files of blind set si (tỉnh Bạch Sa, invented).

Run: /work/main/.venv/bin/python build_si.py
Writes corpus/si01_kehoach_hoithi.docx, si02_huongdan_hoso.txt,
si03_chuongtrinh_tvpb.md, si04_thongbao_ketqua.pdf, si05_baocao_2025.docx
"""
import os
import textwrap
import unicodedata

from docx import Document
from docx.shared import Pt
from fpdf import FPDF

HERE = os.path.dirname(os.path.abspath(__file__))
CORPUS = os.path.join(HERE, "corpus")
FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_B = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"


def N(s):
    return unicodedata.normalize("NFC", s)


# ---------------------------------------------------------------- si01 (docx)
SI01_HEADER = [
    ("UBND TỈNH BẠCH SA", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("", "Độc lập - Tự do - Hạnh phúc"),
    ("Số: 63/KH-UBND", "Tháp Đá, ngày 12 tháng 3 năm 2025"),
]

# (style, text); style: P plain, B bold paragraph, C centred bold, LN list number, LB list bullet
SI01_BODY = [
    ("C", "KẾ HOẠCH"),
    ("C", "Tổ chức Hội thi Sáng tạo kỹ thuật tỉnh Bạch Sa lần thứ VIII (2025 - 2026)"),
    ("P", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("P", "Xét đề nghị của Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh tại Tờ trình số 19/TTr-LHH ngày 25/02/2025, UBND tỉnh ban hành Kế hoạch tổ chức Hội thi Sáng tạo kỹ thuật tỉnh Bạch Sa lần thứ VIII (2025 - 2026) (sau đây gọi tắt là Hội thi) như sau:"),
    ("B", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("LB", "Khơi dậy phong trào lao động sáng tạo trong trí thức, kỹ sư, công nhân, nông dân, thanh niên và học sinh; tôn vinh các tác giả có giải pháp mang lại hiệu quả thiết thực."),
    ("LB", "Phát hiện các giải pháp có giá trị để nhân rộng, chọn giải pháp tiêu biểu tham gia Hội thi Sáng tạo kỹ thuật toàn quốc."),
    ("B", "II. NỘI DUNG HỘI THI"),
    ("B", "1. Cơ quan tổ chức"),
    ("P", "UBND tỉnh là cơ quan tổ chức Hội thi; Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh (sau đây gọi là Liên hiệp hội tỉnh) là cơ quan thường trực Hội thi. Ban Tổ chức Hội thi do Chủ tịch UBND tỉnh quyết định thành lập, gồm đại diện lãnh đạo Liên hiệp hội tỉnh, Sở Khoa học và Công nghệ, Tỉnh đoàn, Liên đoàn Lao động tỉnh, Sở Giáo dục và Đào tạo và Sở Thông tin và Truyền thông."),
    ("B", "2. Đối tượng dự thi"),
    ("P", "Cá nhân hoặc nhóm tác giả (không quá 05 người) là công dân Việt Nam đang sinh sống, học tập, làm việc trên địa bàn tỉnh Bạch Sa; các tổ chức, doanh nghiệp, hợp tác xã có trụ sở trên địa bàn tỉnh. Thành viên Ban Tổ chức, Hội đồng giám khảo và Tổ Thư ký Hội thi không được tham gia dự thi."),
    ("B", "3. Lĩnh vực dự thi"),
    ("LN", "Cơ khí, tự động hóa, điện - điện tử;"),
    ("LN", "Công nghệ thông tin, chuyển đổi số và viễn thông;"),
    ("LN", "Nông, lâm, ngư nghiệp và công nghệ sinh học;"),
    ("LN", "Y, dược và chăm sóc sức khỏe cộng đồng;"),
    ("LN", "Tài nguyên, môi trường, năng lượng và xây dựng;"),
    ("LN", "Giáo dục, đào tạo và sáng tạo của thanh thiếu niên, nhi đồng."),
    ("B", "4. Tiêu chí chấm điểm"),
    ("P", "Giải pháp được chấm theo thang điểm 100, gồm: tính mới và tính sáng tạo (tối đa 30 điểm); khả năng áp dụng trong thực tiễn (tối đa 30 điểm); hiệu quả kinh tế - kỹ thuật, xã hội và môi trường (tối đa 40 điểm). Giải pháp đạt từ 70 điểm trở lên mới được xem xét trao giải."),
    ("B", "5. Các vòng thi và thời gian"),
    ("LB", "Phát động Hội thi: tháng 4/2025, tại Lễ phát động tổ chức ở thành phố Tháp Đá."),
    ("LB", "Nhận hồ sơ dự thi: từ ngày 15/4/2025 đến hết ngày 31/10/2025."),
    ("LB", "Vòng sơ khảo (chấm hồ sơ): từ ngày 05/11/2025 đến ngày 25/11/2025, chọn các giải pháp đạt từ 60 điểm trở lên vào vòng chung khảo."),
    ("LB", "Vòng chung khảo (thẩm định thực tế và tác giả thuyết trình trước Hội đồng giám khảo): từ ngày 01/12/2025 đến ngày 20/12/2025."),
    ("LB", "Công bố kết quả: tháng 01/2026; tổng kết, trao giải: trong quý I/2026."),
    ("B", "6. Cơ cấu giải thưởng"),
    ("P", "Mỗi lĩnh vực xét tối đa 01 giải Nhất. Tổng số giải dự kiến gồm: 04 giải Nhất, 08 giải Nhì, 12 giải Ba và 20 giải Khuyến khích. Mức thưởng: giải Nhất 25.000.000 đồng/giải; giải Nhì 15.000.000 đồng/giải; giải Ba 10.000.000 đồng/giải; giải Khuyến khích 4.000.000 đồng/giải."),
    ("P", "Ngoài ra, Tỉnh đoàn trao 02 giải \"Tác giả trẻ sáng tạo\" cho tác giả dưới 30 tuổi, mỗi giải 5.000.000 đồng. Kèm theo tiền thưởng, các giải Nhất, Nhì, Ba được tặng Bằng khen của Chủ tịch UBND tỉnh; giải Khuyến khích được tặng Giấy khen của Liên hiệp hội tỉnh."),
    ("B", "7. Kinh phí"),
    ("P", "Tổng kinh phí tổ chức Hội thi là 980.000.000 đồng (Chín trăm tám mươi triệu đồng), trong đó: ngân sách tỉnh bố trí từ nguồn sự nghiệp khoa học và công nghệ năm 2025 là 750.000.000 đồng; nguồn xã hội hóa do Liên hiệp hội tỉnh vận động là 230.000.000 đồng. Kinh phí chi giải thưởng tối đa là 430.000.000 đồng."),
    ("B", "III. TỔ CHỨC THỰC HIỆN"),
    ("P", "Bảng phân công nhiệm vụ:"),
    ("TABLE", None),
    ("P", "1. Liên hiệp hội tỉnh: Là cơ quan thường trực Hội thi, có trách nhiệm chủ trì, phối hợp với các cơ quan, đơn vị liên quan triển khai Kế hoạch; tiếp nhận hồ sơ dự thi; quản lý, sử dụng kinh phí đúng quy định; tổng hợp, báo cáo kết quả Hội thi về UBND tỉnh trước ngày 31/3/2026."),
    ("P", "2. Sở Khoa học và Công nghệ: Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Liên hiệp hội tỉnh lựa chọn các giải pháp đạt giải để hỗ trợ ứng dụng, nhân rộng thông qua các nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2026; cử 02 thành viên tham gia Hội đồng giám khảo."),
    ("P", "3. Sở Thông tin và Truyền thông: Hướng dẫn các cơ quan báo chí, hệ thống thông tin cơ sở tuyên truyền về Hội thi; hỗ trợ xây dựng chuyên mục Hội thi trên Cổng thông tin điện tử tỉnh."),
    ("P", "4. Sở Giáo dục và Đào tạo: Phổ biến Hội thi đến các trường trung học phổ thông, trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên; khuyến khích giáo viên, học sinh tham gia dự thi ở Lĩnh vực 6."),
    ("P", "5. Liên đoàn Lao động tỉnh: Động viên công nhân, người lao động trong các doanh nghiệp, khu công nghiệp tham gia Hội thi, gắn với phong trào \"Lao động giỏi, lao động sáng tạo\"."),
    ("P", "6. Đề nghị Ban Tuyên giáo Tỉnh ủy chỉ đạo, định hướng công tác tuyên truyền về Hội thi trong hệ thống tuyên giáo các cấp."),
    ("P", "7. UBND các huyện, thị xã, thành phố có trách nhiệm phổ biến Hội thi đến các xã, phường, thị trấn và doanh nghiệp trên địa bàn; giao Phòng Kinh tế hoặc Phòng Kinh tế - Hạ tầng làm đầu mối hướng dẫn, tổng hợp hồ sơ của địa phương; mỗi huyện, thị xã, thành phố có ít nhất 05 giải pháp dự thi."),
    ("P", "8. Các sở, ban, ngành, Mặt trận Tổ quốc và các đoàn thể tỉnh phổ biến Kế hoạch đến cán bộ, công chức, viên chức, hội viên, đoàn viên; tạo điều kiện về thời gian cho các tác giả tham gia Hội thi."),
    ("P", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về Liên hiệp hội tỉnh (qua Ban Khoa học - Công nghệ và Hội viên, điện thoại 0239 3 852 640) để tổng hợp, báo cáo UBND tỉnh xem xét, giải quyết./."),
]

SI01_TABLE = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Tham mưu quyết định thành lập Ban Tổ chức, Hội đồng giám khảo, Tổ Thư ký Hội thi", "Liên hiệp hội tỉnh", "Sở Nội vụ, Sở Khoa học và Công nghệ", "Trước ngày 31/3/2025"],
    ["2", "Ban hành thể lệ, hướng dẫn xây dựng hồ sơ và các biểu mẫu dự thi", "Liên hiệp hội tỉnh", "Sở Khoa học và Công nghệ", "Trước ngày 10/4/2025"],
    ["3", "Tổ chức Lễ phát động và tuyên truyền về Hội thi", "Liên hiệp hội tỉnh", "Ban Tuyên giáo Tỉnh ủy, Báo Bạch Sa, Đài Phát thanh và Truyền hình tỉnh", "Tháng 4/2025"],
    ["4", "Động viên đoàn viên, thanh niên, học sinh tham gia; xét trao giải \"Tác giả trẻ sáng tạo\"", "Tỉnh đoàn", "Sở Giáo dục và Đào tạo", "Đến hết ngày 31/10/2025"],
    ["5", "Hướng dẫn thủ tục bảo hộ quyền sở hữu trí tuệ cho các giải pháp đạt giải", "Sở Khoa học và Công nghệ", "Liên hiệp hội tỉnh", "Quý II/2026"],
    ["6", "Thẩm định dự toán, bố trí kinh phí tổ chức Hội thi", "Sở Tài chính", "Liên hiệp hội tỉnh", "Trước ngày 30/4/2025"],
    ["7", "Tổ chức chấm sơ khảo, chung khảo; tổng kết, trao giải", "Ban Tổ chức Hội thi", "Các hội thành viên của Liên hiệp hội tỉnh", "Quý I/2026"],
]

SI01_FOOT_LEFT = [
    "Nơi nhận:",
    "- Liên hiệp các Hội KH&KT Việt Nam;",
    "- TT Tỉnh ủy, TT HĐND tỉnh;",
    "- CT, các PCT UBND tỉnh;",
    "- Các cơ quan, đơn vị tại Mục III;",
    "- Lưu: VT, KGVX.",
]
SI01_FOOT_RIGHT = ["TM. UBND TỈNH", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "(Đã ký)", "Phan Minh Hạo"]


def build_si01(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    t = doc.add_table(rows=len(SI01_HEADER), cols=2)
    for i, (a, b) in enumerate(SI01_HEADER):
        t.cell(i, 0).text = N(a)
        t.cell(i, 1).text = N(b)
    for style, text in SI01_BODY:
        if style == "TABLE":
            tb = doc.add_table(rows=len(SI01_TABLE), cols=5)
            tb.style = "Table Grid"
            for r, row in enumerate(SI01_TABLE):
                for c, val in enumerate(row):
                    tb.cell(r, c).text = N(val)
            continue
        if style == "LN":
            doc.add_paragraph(N(text), style="List Number")
        elif style == "LB":
            doc.add_paragraph(N(text), style="List Bullet")
        else:
            p = doc.add_paragraph()
            run = p.add_run(N(text))
            if style in ("B", "C"):
                run.bold = True
            if style == "C":
                p.alignment = 1
    ft = doc.add_table(rows=1, cols=2)
    ft.cell(0, 0).text = N("\n".join(SI01_FOOT_LEFT))
    ft.cell(0, 1).text = N("\n".join(SI01_FOOT_RIGHT))
    doc.save(path)


# ---------------------------------------------------------------- si02 (txt, hard-wrapped)
SI02_HEAD = """LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT     CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
          TỈNH BẠCH SA                           Độc lập - Tự do - Hạnh phúc
        Số: 27/HD-LHH
                                           Tháp Đá, ngày 02 tháng 4 năm 2025

                               HƯỚNG DẪN
   Xây dựng và nộp hồ sơ dự thi Hội thi Sáng tạo kỹ thuật tỉnh Bạch Sa
                      lần thứ VIII (2025 - 2026)
"""

SI02_PARAS = [
    "Thực hiện Kế hoạch số 63/KH-UBND ngày 12/3/2025 của UBND tỉnh về tổ chức Hội thi Sáng tạo kỹ thuật tỉnh Bạch Sa lần thứ VIII (2025 - 2026), Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh (cơ quan thường trực Hội thi) hướng dẫn việc xây dựng và nộp hồ sơ dự thi như sau:",
    "1. Yêu cầu đối với giải pháp dự thi",
    "a) Giải pháp phải có tính mới so với trình độ kỹ thuật trong tỉnh, chưa được công bố công khai dưới bất kỳ hình thức nào đủ để người khác có thể thực hiện được; chưa đạt giải tại các hội thi, giải thưởng cấp tỉnh hoặc toàn quốc.",
    "b) Giải pháp đã áp dụng hoặc thử nghiệm trong thực tế ít nhất 06 tháng tính đến ngày nộp hồ sơ, có khả năng nhân rộng và mang lại hiệu quả.",
    "c) Mỗi giải pháp có không quá 05 đồng tác giả; mỗi tác giả hoặc nhóm tác giả được nộp nhiều giải pháp nhưng mỗi giải pháp phải có hồ sơ riêng và chỉ được đăng ký dự thi ở 01 lĩnh vực.",
    "2. Thành phần hồ sơ",
    "a) Phiếu đăng ký dự thi theo Mẫu số 01/HT, có chữ ký của tất cả đồng tác giả.",
    "b) Bản mô tả giải pháp theo Mẫu số 02/HT, dài không quá 15 trang giấy A4 (không kể phụ lục), trình bày bằng phông chữ Times New Roman, cỡ chữ 13, giãn dòng 1,3. Bản mô tả nêu rõ: tình trạng kỹ thuật trước khi có giải pháp; nội dung, tính mới của giải pháp; khả năng áp dụng; hiệu quả kinh tế - kỹ thuật, xã hội và môi trường (có số liệu chứng minh).",
    "c) Bản tóm tắt giải pháp theo Mẫu số 03/HT, dài không quá 02 trang.",
    "d) Giấy xác nhận áp dụng giải pháp theo Mẫu số 04/HT, do cơ quan, đơn vị, doanh nghiệp hoặc UBND cấp xã nơi áp dụng xác nhận.",
    "đ) Bản cam kết về quyền tác giả theo Mẫu số 05/HT.",
    "e) Tài liệu minh họa (nếu có): bản vẽ, ảnh chụp, video clip dài không quá 05 phút, mẫu sản phẩm.",
    "Các biểu mẫu từ 01/HT đến 05/HT được đăng tải tại trang thông tin điện tử của Liên hiệp hội tỉnh (mục \"Hội thi Sáng tạo kỹ thuật\").",
    "3. Số lượng và cách đóng gói hồ sơ",
    "Mỗi giải pháp nộp 03 bộ hồ sơ bằng giấy (01 bộ gốc và 02 bộ sao), đựng trong túi hồ sơ, ngoài ghi rõ: tên giải pháp, lĩnh vực dự thi, họ tên tác giả hoặc chủ nhiệm nhóm, số điện thoại liên hệ; kèm 01 bản điện tử (định dạng .doc hoặc .pdf, video định dạng .mp4) ghi vào USB hoặc gửi qua thư điện tử. Hồ sơ không đầy đủ thành phần bị loại, không chấm sơ khảo. Hồ sơ dự thi không hoàn trả lại; Hội thi không thu lệ phí dự thi.",
    "4. Thời hạn và địa điểm nộp hồ sơ",
    "a) Thời hạn: từ ngày 15/4/2025 đến 17 giờ 00 ngày 31/10/2025. Hồ sơ gửi qua đường bưu điện tính theo dấu bưu điện nơi gửi.",
    "b) Tác giả ở thành phố Tháp Đá và các cơ quan cấp tỉnh nộp trực tiếp hoặc gửi bưu điện về: Văn phòng Thường trực Hội thi, Ban Khoa học - Công nghệ và Hội viên, Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh, tầng 3, số 84 đường Trần Hưng Đạo, phường Hạ Mạch, thành phố Tháp Đá.",
    "c) Tác giả ở các huyện, thị xã nộp tại Phòng Kinh tế hoặc Phòng Kinh tế - Hạ tầng của huyện, thị xã nơi cư trú hoặc làm việc. Các phòng này tổng hợp, chuyển hồ sơ về Văn phòng Thường trực Hội thi chậm nhất ngày 03/11/2025.",
    "d) Bản điện tử gửi về địa chỉ thư điện tử: hoithistkt@lhhbachsa.org.vn.",
    "5. Tập huấn và hỗ trợ tác giả",
    "Liên hiệp hội tỉnh tổ chức 02 lớp tập huấn về cách viết bản mô tả giải pháp: lớp thứ nhất vào ngày 20/5/2025 tại Hội trường UBND huyện Mạch Lâm, dành cho tác giả các huyện Mạch Lâm, Sương Nguyệt, Đầm Rồng và Thác Ngàn; lớp thứ hai vào ngày 22/5/2025 tại Hội trường Liên hiệp hội tỉnh, dành cho tác giả thành phố Tháp Đá, thị xã Lạch Bàng, huyện Gia Thụy và huyện Hòe Sơn.",
    "Các hội thành viên cử chuyên gia hỗ trợ tác giả hoàn thiện hồ sơ theo lĩnh vực: Hội Cơ khí - Điện tỉnh (Lĩnh vực 1), Hội Tin học tỉnh (Lĩnh vực 2), Hội Làm vườn và Trang trại tỉnh (Lĩnh vực 3), Hội Y dược học tỉnh (Lĩnh vực 4), Hội Xây dựng - Kiến trúc tỉnh (Lĩnh vực 5), Hội Khoa học Tâm lý - Giáo dục tỉnh (Lĩnh vực 6).",
    "6. Trách nhiệm của các đơn vị",
    "a) Các hội thành viên có trách nhiệm phổ biến Hướng dẫn này đến hội viên, phát hiện và giới thiệu giải pháp; mỗi hội thành viên giới thiệu ít nhất 02 giải pháp dự thi.",
    "b) Đề nghị UBND các huyện, thị xã, thành phố chỉ đạo Phòng Kinh tế, Phòng Kinh tế - Hạ tầng bố trí cán bộ tiếp nhận hồ sơ và báo cáo số lượng hồ sơ đã nhận về Liên hiệp hội tỉnh vào ngày 15 hằng tháng.",
    "c) Đề nghị Tỉnh đoàn hướng dẫn các huyện đoàn, thị đoàn, thành đoàn và cơ sở đoàn trực thuộc giới thiệu giải pháp của đoàn viên dưới 30 tuổi để xét giải \"Tác giả trẻ sáng tạo\".",
    "d) Sở Giáo dục và Đào tạo hướng dẫn các trường trung học phổ thông lập danh sách giải pháp của giáo viên, học sinh gửi về Liên hiệp hội tỉnh trước ngày 15/10/2025.",
    "7. Thông tin liên hệ",
    "- Bà Đặng Thu Hường, Phó Trưởng Ban Khoa học - Công nghệ và Hội viên, điện thoại 0912 447 318, thư điện tử huongdt@lhhbachsa.org.vn;",
    "- Ông Khổng Minh Triết, chuyên viên, điện thoại 0239 3 852 640 (trong giờ hành chính).",
    "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị các cơ quan, đơn vị và tác giả liên hệ theo địa chỉ trên để nhận hướng dẫn./.",
]

SI02_FOOT = """
Nơi nhận:                                         KT. CHỦ TỊCH
- UBND tỉnh (để b/c);                              PHÓ CHỦ TỊCH
- Sở KH&CN, Sở GD&ĐT, Tỉnh đoàn;
- UBND các huyện, thị xã, thành phố;                 (Đã ký)
- Các hội thành viên;
- Lưu: VT, Ban KHCN&HV.
                                                  Tạ Quang Vinh
"""


def build_si02(path):
    out = [SI02_HEAD]
    for p in SI02_PARAS:
        out.append("\n".join(textwrap.wrap(p, width=74, break_long_words=False, break_on_hyphens=False)))
    out.append(SI02_FOOT)
    with open(path, "w", encoding="utf-8") as f:
        f.write(N("\n".join(out)))


# ---------------------------------------------------------------- si03 (md)
SI03 = """LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH BẠCH SA
BAN THƯỜNG VỤ
Số: 05/CTr-LHH

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

*Tháp Đá, ngày 08 tháng 01 năm 2026*

# CHƯƠNG TRÌNH

## Tư vấn, phản biện và giám định xã hội năm 2026

Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;

Căn cứ Quy chế phối hợp số 11/QCPH-UBND-LHH ngày 14/6/2023 giữa UBND tỉnh và Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh về hoạt động tư vấn, phản biện và giám định xã hội;

Căn cứ kết quả thực hiện nhiệm vụ năm 2025 (Báo cáo số 142/BC-LHH ngày 15/12/2025), Ban Thường vụ Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh (sau đây gọi là Liên hiệp hội tỉnh) ban hành Chương trình tư vấn, phản biện và giám định xã hội năm 2026 như sau:

## I. MỤC TIÊU

- Phát huy vai trò của đội ngũ trí thức khoa học và công nghệ trong việc góp ý, phản biện các chủ trương, chính sách, đề án, dự án của tỉnh; góp phần nâng cao chất lượng các quyết định quản lý.
- Thực hiện ít nhất 25 nhiệm vụ tư vấn, phản biện và giám định xã hội trong năm 2026, trong đó có ít nhất 08 nhiệm vụ phản biện và 03 nhiệm vụ giám định xã hội.
- 100% kết quả tư vấn, phản biện được gửi bằng văn bản đến cơ quan đặt hàng chậm nhất 15 ngày sau khi kết thúc hội thảo hoặc đợt khảo sát.

## II. NỘI DUNG VÀ PHÂN CÔNG THEO QUÝ

| Quý | TT | Nội dung nhiệm vụ | Hình thức | Đơn vị chủ trì | Đơn vị phối hợp | Thời gian |
|---|---|---|---|---|---|---|
| I | 1 | Dự thảo Đề án chuyển đổi số tỉnh Bạch Sa giai đoạn 2026 - 2030 | Phản biện | Hội Tin học tỉnh | Sở Khoa học và Công nghệ | Tháng 3/2026 |
| I | 2 | Quy hoạch vùng trồng dược liệu tập trung tại huyện Sương Nguyệt | Tư vấn | Hội Y dược học tỉnh | UBND huyện Sương Nguyệt | Tháng 3/2026 |
| II | 3 | Dự thảo Nghị quyết của HĐND tỉnh về chính sách hỗ trợ doanh nghiệp đổi mới công nghệ giai đoạn 2026 - 2030 | Phản biện | Hội Kinh tế tỉnh | Sở Tài chính | Tháng 5/2026 |
| II | 4 | Chất lượng công trình kè chống sạt lở bờ sông Mạch đoạn qua xã Nhuệ Lâm, huyện Mạch Lâm | Giám định xã hội | Hội Xây dựng - Kiến trúc tỉnh | UBND huyện Mạch Lâm | Tháng 6/2026 |
| II | 5 | Mô hình "Trường học số" thí điểm tại 10 trường trung học cơ sở | Tư vấn | Hội Khoa học Tâm lý - Giáo dục tỉnh | Sở Giáo dục và Đào tạo | Tháng 6/2026 |
| III | 6 | Đề án phát triển giáo dục STEM trong các trường phổ thông đến năm 2030 | Phản biện | Hội Khoa học Tâm lý - Giáo dục tỉnh | Sở Giáo dục và Đào tạo | Tháng 8/2026 |
| III | 7 | Hiệu quả vận hành trạm xử lý nước thải tập trung Cụm công nghiệp Vạc Lĩnh | Giám định xã hội | Hội Bảo vệ thiên nhiên và môi trường tỉnh | Sở Nông nghiệp và Môi trường | Tháng 9/2026 |
| III | 8 | Dự thảo Kế hoạch phát triển nuôi tôm công nghệ cao vùng ven biển thị xã Lạch Bàng | Tư vấn | Hội Nuôi trồng thủy sản tỉnh | UBND thị xã Lạch Bàng | Tháng 9/2026 |
| IV | 9 | Mô hình nông nghiệp tuần hoàn tại huyện Đầm Rồng | Tư vấn | Hội Làm vườn và Trang trại tỉnh | Hội Nông dân tỉnh | Tháng 11/2026 |
| IV | 10 | Dự thảo Quy hoạch chung đô thị Gia Thụy đến năm 2045 | Phản biện | Hội Xây dựng - Kiến trúc tỉnh | Sở Xây dựng | Tháng 11/2026 |
| IV | 11 | Hội nghị tổng kết hoạt động tư vấn, phản biện và giám định xã hội năm 2026 | Hội nghị | Ban Tư vấn, phản biện và giám định xã hội | Các hội thành viên | Tháng 12/2026 |

Ngoài các nhiệm vụ nêu trên, Liên hiệp hội tỉnh tiếp nhận các nhiệm vụ đột xuất do Thường trực Tỉnh ủy, UBND tỉnh đặt hàng và bổ sung vào Chương trình.

## III. KINH PHÍ

Tổng kinh phí dự kiến thực hiện Chương trình là 620.000.000 đồng từ dự toán ngân sách tỉnh năm 2026 giao cho Liên hiệp hội tỉnh. Định mức hỗ trợ tối đa cho mỗi nhiệm vụ: phản biện 45.000.000 đồng; tư vấn 30.000.000 đồng; giám định xã hội 60.000.000 đồng. Liên hiệp hội tỉnh được huy động thêm kinh phí từ các cơ quan, tổ chức đặt hàng theo quy định.

## IV. TỔ CHỨC THỰC HIỆN

1. **Ban Tư vấn, phản biện và giám định xã hội** (sau đây gọi là Ban TVPB) là đầu mối, có trách nhiệm xây dựng đề cương chi tiết từng nhiệm vụ, trình Thường trực Liên hiệp hội tỉnh phê duyệt chậm nhất 30 ngày trước thời gian thực hiện; lập danh sách chuyên gia theo từng lĩnh vực; tổng hợp kết quả, báo cáo Ban Thường vụ định kỳ hằng quý, trước ngày 25 của tháng cuối quý.
2. **Các hội thành viên được giao chủ trì nhiệm vụ** thành lập tổ chuyên gia từ 05 đến 07 thành viên, tổ chức khảo sát, hội thảo và hoàn thiện báo cáo kết quả gửi Ban TVPB chậm nhất 10 ngày sau khi kết thúc nhiệm vụ.
3. **Văn phòng Liên hiệp hội tỉnh** bảo đảm kinh phí, hướng dẫn thanh quyết toán theo quy định; đăng tải kết quả trên trang thông tin điện tử của Liên hiệp hội tỉnh.
4. Đề nghị **Sở Khoa học và Công nghệ, Sở Tài chính và các sở, ngành có đề án, dự án được phản biện** gửi hồ sơ, dự thảo văn bản đến Liên hiệp hội tỉnh trước ít nhất 20 ngày so với thời điểm tổ chức hội thảo phản biện; cử đại diện tham dự, tiếp thu và giải trình ý kiến.
5. Đề nghị **Ban Tuyên giáo Tỉnh ủy** phối hợp định hướng thông tin về các kết quả phản biện có tác động lớn đến dư luận xã hội.
6. Đề nghị **UBND các huyện Sương Nguyệt, Mạch Lâm, Đầm Rồng, Gia Thụy và thị xã Lạch Bàng** tạo điều kiện cho đoàn chuyên gia khảo sát thực tế, cung cấp số liệu, tài liệu liên quan đến nhiệm vụ triển khai trên địa bàn.

Đầu mối liên hệ: ông Nguyễn Hữu Lâm, Trưởng Ban TVPB, điện thoại 0983 226 715, thư điện tử lamnh@lhhbachsa.org.vn.

| Nơi nhận: | TM. BAN THƯỜNG VỤ |
|---|---|
| - Thường trực Tỉnh ủy, UBND tỉnh (để b/c); | CHỦ TỊCH |
| - Liên hiệp các Hội KH&KT Việt Nam; | (Đã ký) |
| - Các sở, ngành liên quan; các hội thành viên; | |
| - Lưu: VT, Ban TVPB. | Bùi Khắc Toàn |
"""


def build_si03(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(N(SI03))


# ---------------------------------------------------------------- si04 (pdf)
SI04_HEAD_L = ["BAN TỔ CHỨC HỘI THI", "SÁNG TẠO KỸ THUẬT TỈNH BẠCH SA", "LẦN THỨ VIII", "Số: 04/TB-BTC"]
SI04_HEAD_R = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "", "Tháp Đá, ngày 20 tháng 01 năm 2026"]

SI04_BODY = [
    ("C", "THÔNG BÁO"),
    ("C", "Kết quả Hội thi Sáng tạo kỹ thuật tỉnh Bạch Sa lần thứ VIII (2025 - 2026)"),
    ("P", "Căn cứ Kế hoạch số 63/KH-UBND ngày 12/3/2025 của UBND tỉnh về tổ chức Hội thi Sáng tạo kỹ thuật tỉnh Bạch Sa lần thứ VIII (2025 - 2026);"),
    ("P", "Căn cứ Quyết định số 418/QĐ-UBND ngày 28/3/2025 của Chủ tịch UBND tỉnh về việc thành lập Ban Tổ chức, Hội đồng giám khảo và Tổ Thư ký Hội thi;"),
    ("P", "Căn cứ Biên bản họp Hội đồng giám khảo ngày 24/12/2025, Ban Tổ chức Hội thi thông báo kết quả như sau:"),
    ("B", "I. TÌNH HÌNH CHUNG"),
    ("P", "Hội thi nhận được 87 giải pháp của 214 tác giả, đến từ 8/8 huyện, thị xã, thành phố trong tỉnh. Theo lĩnh vực: Lĩnh vực 1 có 19 giải pháp; Lĩnh vực 2 có 16 giải pháp; Lĩnh vực 3 có 17 giải pháp; Lĩnh vực 4 có 9 giải pháp; Lĩnh vực 5 có 12 giải pháp; Lĩnh vực 6 có 14 giải pháp."),
    ("P", "Qua vòng sơ khảo, 58 giải pháp đạt từ 60 điểm trở lên được chọn vào vòng chung khảo. Sau thẩm định thực tế và nghe tác giả thuyết trình, Hội đồng giám khảo đề nghị và Ban Tổ chức thống nhất trao giải cho 39 giải pháp, gồm: 03 giải Nhất, 07 giải Nhì, 11 giải Ba và 18 giải Khuyến khích. Các Lĩnh vực 4, 5 và 6 không có giải pháp đạt chuẩn xét giải Nhất."),
    ("P", "Tổng giá trị tiền thưởng là 372.000.000 đồng, trong đó có 10.000.000 đồng cho 02 giải \"Tác giả trẻ sáng tạo\" do Tỉnh đoàn trao. Huyện Mạch Lâm là địa phương dẫn đầu với 07 giải pháp đạt giải; thành phố Tháp Đá có 06 giải pháp đạt giải."),
    ("B", "II. DANH SÁCH GIẢI PHÁP ĐẠT GIẢI NHẤT, NHÌ, BA"),
    ("B", "Lĩnh vực 1 - Cơ khí, tự động hóa, điện - điện tử"),
    ("P", "- Giải Nhất: \"Máy bóc vỏ và tách hạt sen tự động công suất 120 kg/giờ\"; nhóm tác giả Lò Văn Sính, Nguyễn Thị Mận (Hợp tác xã Cơ khí Nhuệ Lâm, huyện Mạch Lâm)."),
    ("P", "- Giải Nhì: \"Hệ thống điều khiển bơm tưới tiêu từ xa bằng điện thoại di động\"; tác giả Phạm Đức Cảnh (Công ty TNHH Thủy lợi Sương Nguyệt)."),
    ("P", "- Giải Ba (02 giải): \"Lò sấy nông sản dùng năng lượng mặt trời kết hợp sinh khối\", tác giả Đinh Văn Lộc (xã Vạc Lĩnh, huyện Hòe Sơn); \"Bộ gá hàn tự động ống thép cỡ lớn\", tổ kỹ thuật Công ty Cổ phần Cơ khí Tháp Đá."),
    ("P", "- Giải Khuyến khích: 04 giải."),
    ("B", "Lĩnh vực 2 - Công nghệ thông tin, chuyển đổi số và viễn thông"),
    ("P", "- Giải Nhất: \"Phần mềm trợ lý ảo hướng dẫn thủ tục hành chính cấp xã\"; nhóm tác giả Trương Quốc Bảo, Vi Thị Thảo (Văn phòng HĐND và UBND thành phố Tháp Đá)."),
    ("P", "- Giải Nhì: \"Hệ thống cảnh báo sớm sạt lở đất dùng cảm biến IoT\"; tác giả Nông Văn Khải (Trường Cao đẳng Kỹ thuật Bạch Sa)."),
    ("P", "- Giải Ba (02 giải): \"Ứng dụng điểm danh học sinh bằng nhận diện khuôn mặt\", tác giả Cầm Thị Liên (Trường THPT Gia Thụy); \"Sàn giao dịch nông sản trực tuyến của hợp tác xã\", Hợp tác xã Dịch vụ nông nghiệp Nhuệ Lâm."),
    ("P", "- Giải Khuyến khích: 03 giải."),
    ("B", "Lĩnh vực 3 - Nông, lâm, ngư nghiệp và công nghệ sinh học"),
    ("P", "- Giải Nhất: \"Quy trình nhân giống lan kim tuyến bằng nuôi cấy mô quy mô nông hộ\"; tác giả Lục Thị Ngân (Trung tâm Ứng dụng tiến bộ khoa học và công nghệ tỉnh)."),
    ("P", "- Giải Nhì (02 giải): \"Chế phẩm vi sinh xử lý phụ phẩm cà phê làm phân bón hữu cơ\", tác giả Đào Văn Tùng (huyện Thác Ngàn); \"Mô hình nuôi cá lồng tuần hoàn nước trên hồ chứa\", Hợp tác xã Thủy sản Đầm Rồng."),
    ("P", "- Giải Ba (02 giải): \"Bẫy sinh học phòng trừ ruồi vàng hại cam\", tác giả Sầm Văn Đức (xã Sương Mai, huyện Sương Nguyệt); \"Máy gieo lúa theo hàng kéo tay cải tiến\", tác giả Mạc Văn Thiều (huyện Gia Thụy)."),
    ("P", "- Giải Khuyến khích: 04 giải."),
    ("B", "Lĩnh vực 4 - Y, dược và chăm sóc sức khỏe cộng đồng"),
    ("P", "- Giải Nhì: \"Quy trình sàng lọc sớm đái tháo đường típ 2 tại trạm y tế xã\"; tác giả BSCKI Hứa Thị Lan (Trung tâm Y tế huyện Mạch Lâm)."),
    ("P", "- Giải Ba (02 giải): \"Dụng cụ hỗ trợ tập phục hồi chức năng bàn tay\", Khoa Phục hồi chức năng, Bệnh viện Đa khoa tỉnh; \"Bài thuốc ngâm chân từ dược liệu bản địa\", lương y Vàng Seo Dìn (huyện Thác Ngàn)."),
    ("P", "- Giải Khuyến khích: 02 giải."),
    ("B", "Lĩnh vực 5 - Tài nguyên, môi trường, năng lượng và xây dựng"),
    ("P", "- Giải Nhì: \"Gạch không nung từ tro bay và phế thải xây dựng\"; Công ty Cổ phần Vật liệu xây dựng Lạch Bàng."),
    ("P", "- Giải Ba (02 giải): \"Hệ thống thu gom nước mưa cho trường học vùng khô hạn\", tác giả Hà Minh Quyết (huyện Hòe Sơn); \"Thùng ủ vi sinh xử lý rác hữu cơ hộ gia đình\", Hội Liên hiệp Phụ nữ xã Nhuệ Lâm."),
    ("P", "- Giải Khuyến khích: 02 giải."),
    ("B", "Lĩnh vực 6 - Giáo dục, đào tạo và sáng tạo của thanh thiếu niên, nhi đồng"),
    ("P", "- Giải Nhì: \"Bộ thí nghiệm vật lý ảo dùng công nghệ thực tế tăng cường\"; nhóm giáo viên Trường THCS Thị trấn Mạch Lâm."),
    ("P", "- Giải Ba: \"Mô hình robot phân loại rác thải\"; nhóm học sinh Trường THPT Chuyên Bạch Sa, giáo viên hướng dẫn Kiều Văn Phong."),
    ("P", "- Giải Khuyến khích: 03 giải."),
    ("P", "Giải \"Tác giả trẻ sáng tạo\" của Tỉnh đoàn được trao cho tác giả Nông Văn Khải (26 tuổi) và nhóm học sinh Trường THPT Chuyên Bạch Sa. Danh sách 18 giải Khuyến khích được đăng tải trên trang thông tin điện tử của Liên hiệp hội tỉnh."),
    ("B", "III. LỄ TỔNG KẾT VÀ TRAO GIẢI"),
    ("P", "Lễ tổng kết và trao giải được tổ chức vào lúc 08 giờ 00 ngày 06/3/2026 tại Hội trường Trung tâm Hội nghị tỉnh, số 02 đường Lý Thái Tổ, thành phố Tháp Đá. Tác giả hoặc đại diện nhóm tác giả đạt giải xác nhận tham dự trước ngày 25/02/2026 qua bà Đặng Thu Hường, điện thoại 0912 447 318; khi đến dự mang theo căn cước công dân. Tiền thưởng được chuyển khoản, tác giả cung cấp số tài khoản cùng với xác nhận tham dự."),
    ("B", "IV. CÁC NỘI DUNG KHÁC"),
    ("P", "1. Trong thời hạn 10 ngày kể từ ngày ký Thông báo này, tác giả có khiếu nại về kết quả gửi đơn bằng văn bản về Văn phòng Thường trực Hội thi; Ban Tổ chức không xem xét đơn nặc danh."),
    ("P", "2. Các giải pháp đạt giải Nhất, Nhì (10 giải pháp) được chọn hoàn thiện hồ sơ tham gia Hội thi Sáng tạo kỹ thuật toàn quốc; tác giả hoàn thiện hồ sơ và gửi về Văn phòng Thường trực Hội thi trước ngày 30/4/2026."),
    ("P", "3. Sở Khoa học và Công nghệ hướng dẫn thủ tục đăng ký bảo hộ quyền sở hữu trí tuệ cho các giải pháp đạt giải; tác giả có nhu cầu liên hệ Phòng Quản lý chuyên ngành, Sở Khoa học và Công nghệ (ông Vương Đình Khoa, điện thoại 0915 338 902) trước ngày 31/5/2026."),
    ("P", "4. Đề nghị UBND các huyện, thị xã, thành phố và các hội thành viên thông tin kết quả Hội thi đến các tác giả trên địa bàn, lĩnh vực phụ trách; đề nghị Báo Bạch Sa, Đài Phát thanh và Truyền hình tỉnh đưa tin về kết quả Hội thi và Lễ trao giải./."),
]
SI04_FOOT_L = ["Nơi nhận:", "- UBND tỉnh (để b/c);", "- Liên hiệp các Hội KH&KT Việt Nam;", "- Thành viên Ban Tổ chức;", "- Các tác giả đạt giải;", "- Lưu: VT, BTC."]
SI04_FOOT_R = ["KT. TRƯỞNG BAN", "PHÓ TRƯỞNG BAN THƯỜNG TRỰC", "(Đã ký)", "", "Bùi Khắc Toàn"]


def build_si04(path):
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 15, 20)
    pdf.add_font("DV", "", FONT)
    pdf.add_font("DV", "B", FONT_B)
    pdf.set_auto_page_break(True, 18)
    pdf.add_page()
    w = pdf.w - 40
    y0 = pdf.get_y()
    pdf.set_font("DV", "B", 9.5)
    for a in SI04_HEAD_L:
        pdf.set_x(20)
        pdf.cell(w * 0.45, 5, N(a), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y0)
    for b in SI04_HEAD_R:
        pdf.set_x(20 + w * 0.45)
        pdf.cell(w * 0.55, 5, N(b), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    for style, text in SI04_BODY:
        if style == "C":
            pdf.set_font("DV", "B", 12)
            pdf.multi_cell(w, 6.5, N(text), align="C", new_x="LMARGIN", new_y="NEXT")
        elif style == "B":
            pdf.set_font("DV", "B", 10.5)
            pdf.ln(1.5)
            pdf.multi_cell(w, 6, N(text), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DV", "", 10.5)
            pdf.multi_cell(w, 6, N(text), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
    pdf.ln(6)
    y0 = pdf.get_y()
    pdf.set_font("DV", "", 9)
    for a in SI04_FOOT_L:
        pdf.set_x(20)
        pdf.cell(w * 0.5, 5, N(a), new_x="LMARGIN", new_y="NEXT")
    pdf.set_y(y0)
    pdf.set_font("DV", "B", 10)
    for b in SI04_FOOT_R:
        pdf.set_x(20 + w * 0.5)
        pdf.cell(w * 0.5, 5.5, N(b), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(path)


# ---------------------------------------------------------------- si05 (docx report)
SI05_HEAD = [
    ("C", "LIÊN HIỆP CÁC HỘI KHOA HỌC VÀ KỸ THUẬT TỈNH BẠCH SA"),
    ("P", "Số: 142/BC-LHH"),
    ("C", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("C", "Độc lập - Tự do - Hạnh phúc"),
    ("P", "Tháp Đá, ngày 15 tháng 12 năm 2025"),
    ("C", "BÁO CÁO"),
    ("C", "Kết quả hoạt động năm 2025 và phương hướng, nhiệm vụ năm 2026"),
    ("P", "Kính gửi: Thường trực Tỉnh ủy; UBND tỉnh Bạch Sa; Liên hiệp các Hội Khoa học và Kỹ thuật Việt Nam."),
]
SI05_BODY = [
    ("B", "PHẦN I. KẾT QUẢ HOẠT ĐỘNG NĂM 2025"),
    ("B", "1. Công tác tổ chức, phát triển hội viên"),
    ("P", "Năm 2025, Liên hiệp hội tỉnh kết nạp thêm 02 hội thành viên là Hội Khoa học Tâm lý - Giáo dục tỉnh (tháng 02/2025) và Hội Nuôi trồng thủy sản tỉnh (tháng 9/2025), nâng tổng số hội thành viên lên 31 hội. Tổng số hội viên đạt 24.860 người, tăng 1.215 người so với năm 2024; trong đó có 9.470 trí thức có trình độ đại học trở lên, 612 thạc sĩ và 87 tiến sĩ. Liên hiệp hội tỉnh có 14 tổ chức khoa học và công nghệ trực thuộc, trong đó thành lập mới Trung tâm Tư vấn chuyển đổi số và Đổi mới sáng tạo (tháng 7/2025)."),
    ("P", "Một số chỉ tiêu chủ yếu năm 2025 so với năm 2024:"),
    ("TABLE", None),
    ("B", "2. Hoạt động tư vấn, phản biện và giám định xã hội"),
    ("P", "Năm 2025, Liên hiệp hội tỉnh thực hiện 23 nhiệm vụ tư vấn, phản biện và giám định xã hội (08 nhiệm vụ phản biện, 12 nhiệm vụ tư vấn, 03 nhiệm vụ giám định xã hội), với sự tham gia của 112 lượt chuyên gia. Tiêu biểu là phản biện Dự thảo Quy hoạch sử dụng đất huyện Thác Ngàn thời kỳ 2021 - 2030 và giám định xã hội Dự án nâng cấp hồ chứa nước Khuổi Mạch. Có 84% kiến nghị của Liên hiệp hội tỉnh được cơ quan chủ trì soạn thảo tiếp thu."),
    ("B", "3. Phổ biến kiến thức, chuyển giao tiến bộ kỹ thuật"),
    ("P", "Liên hiệp hội tỉnh phát hành 12 số Bản tin \"Khoa học và Đời sống Bạch Sa\", mỗi số 1.500 bản; các hội thành viên tổ chức 46 lớp tập huấn chuyển giao kỹ thuật cho 3.920 lượt nông dân. Phối hợp với Ban Tuyên giáo Tỉnh ủy tổ chức 04 hội nghị báo cáo viên chuyên đề về khoa học, công nghệ và đổi mới sáng tạo cho 680 đại biểu."),
    ("B", "4. Hội thi Sáng tạo kỹ thuật tỉnh lần thứ VIII (2025 - 2026)"),
    ("P", "Thực hiện Kế hoạch số 63/KH-UBND của UBND tỉnh, Liên hiệp hội tỉnh tổ chức Lễ phát động Hội thi ngày 18/4/2025; mở 02 lớp tập huấn viết hồ sơ với 236 lượt người tham dự. Đến hết ngày 31/10/2025, Hội thi nhận được 87 giải pháp; vòng sơ khảo chọn 58 giải pháp vào vòng chung khảo. Hiện nay, Hội đồng giám khảo đang hoàn tất chấm chung khảo. Công tác xã hội hóa huy động được 265.000.000 đồng từ 06 doanh nghiệp, vượt chỉ tiêu đề ra."),
    ("B", "5. Nguồn lực tài chính"),
    ("P", "Tổng nguồn lực huy động năm 2025 đạt 18.630 triệu đồng, gồm: ngân sách tỉnh cấp 4.280 triệu đồng; doanh thu dịch vụ khoa học và công nghệ của các tổ chức trực thuộc 9.870 triệu đồng; tài trợ của doanh nghiệp, tổ chức trong nước 2.915 triệu đồng; tài trợ của tổ chức quốc tế cho dự án \"Sinh kế bền vững vùng ven biển Lạch Bàng\" 1.565 triệu đồng."),
    ("B", "6. Hạn chế"),
    ("P", "Hoạt động của một số hội thành viên còn hình thức; 04 hội thành viên chưa tổ chức đại hội đúng nhiệm kỳ; tỷ lệ hội viên dưới 35 tuổi mới đạt 18%; nguồn thu từ dịch vụ khoa học và công nghệ chủ yếu tập trung ở 03 tổ chức trực thuộc."),
    ("B", "PHẦN II. PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026"),
    ("LB", "Tổ chức Đại hội đại biểu Liên hiệp hội tỉnh lần thứ V, nhiệm kỳ 2026 - 2031 trong quý III/2026."),
    ("LB", "Phát triển thêm ít nhất 1.000 hội viên, ưu tiên trí thức trẻ và doanh nhân khoa học."),
    ("LB", "Thực hiện ít nhất 25 nhiệm vụ tư vấn, phản biện và giám định xã hội."),
    ("LB", "Tổng kết, trao giải Hội thi Sáng tạo kỹ thuật lần thứ VIII trong quý I/2026 và lựa chọn giải pháp tham gia Hội thi toàn quốc."),
    ("P", "Phân công thực hiện: Văn phòng Liên hiệp hội tỉnh chủ trì, phối hợp với Ban Tổ chức - Kiểm tra chuẩn bị nội dung, nhân sự Đại hội, trình Ban Thường vụ trước ngày 30/4/2026. Các hội thành viên chưa tổ chức đại hội có trách nhiệm hoàn thành đại hội nhiệm kỳ trước ngày 30/6/2026. Ban Khoa học - Công nghệ và Hội viên chủ trì việc phát triển hội viên, báo cáo kết quả định kỳ hằng quý."),
    ("B", "PHẦN III. KIẾN NGHỊ"),
    ("LN", "Đề nghị UBND tỉnh bổ sung 02 biên chế cho cơ quan Liên hiệp hội tỉnh để đáp ứng yêu cầu nhiệm vụ tư vấn, phản biện."),
    ("LN", "Đề nghị Sở Tài chính tham mưu bố trí kinh phí hoạt động tư vấn, phản biện và giám định xã hội năm 2026 là 620.000.000 đồng."),
    ("LN", "Đề nghị Sở Khoa học và Công nghệ đặt hàng các hội thành viên chủ trì ít nhất 03 nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2026."),
    ("LN", "Đề nghị UBND các huyện, thị xã, thành phố bố trí địa điểm làm việc cho các chi hội, cơ sở hội trên địa bàn."),
]
SI05_TABLE = [
    ["Chỉ tiêu", "Năm 2024", "Năm 2025", "Tăng (+)/giảm (-)"],
    ["Hội thành viên (hội)", "29", "31", "+2"],
    ["Hội viên (người)", "23.645", "24.860", "+1.215"],
    ["Trong đó: tiến sĩ (người)", "81", "87", "+6"],
    ["Chi hội, cơ sở hội cấp huyện", "146", "158", "+12"],
    ["Tổ chức KH&CN trực thuộc", "13", "14", "+1"],
    ["Nhiệm vụ tư vấn, phản biện, giám định xã hội", "19", "23", "+4"],
    ["Tổng nguồn lực huy động (triệu đồng)", "15.240", "18.630", "+3.390"],
]
SI05_FOOT_L = ["Nơi nhận:", "- Như trên;", "- Ban Tuyên giáo Tỉnh ủy;", "- Sở Nội vụ, Sở Tài chính;", "- Các hội thành viên;", "- Lưu: VT, VP."]
SI05_FOOT_R = ["TM. BAN THƯỜNG VỤ", "CHỦ TỊCH", "(Đã ký)", "TS. Bùi Khắc Toàn"]


def build_si05(path):
    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)

    def para(style, text):
        if style == "LN":
            doc.add_paragraph(N(text), style="List Number")
        elif style == "LB":
            doc.add_paragraph(N(text), style="List Bullet")
        else:
            p = doc.add_paragraph()
            r = p.add_run(N(text))
            if style in ("B", "C"):
                r.bold = True
            if style == "C":
                p.alignment = 1

    for s, t in SI05_HEAD:
        para(s, t)
    for s, t in SI05_BODY:
        if s == "TABLE":
            tb = doc.add_table(rows=len(SI05_TABLE), cols=4)
            tb.style = "Table Grid"
            for r, row in enumerate(SI05_TABLE):
                for c, val in enumerate(row):
                    tb.cell(r, c).text = N(val)
        else:
            para(s, t)
    ft = doc.add_table(rows=1, cols=2)
    ft.cell(0, 0).text = N("\n".join(SI05_FOOT_L))
    ft.cell(0, 1).text = N("\n".join(SI05_FOOT_R))
    doc.save(path)


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_si01(os.path.join(CORPUS, "si01_kehoach_hoithi.docx"))
    build_si02(os.path.join(CORPUS, "si02_huongdan_hoso.txt"))
    build_si03(os.path.join(CORPUS, "si03_chuongtrinh_tvpb.md"))
    build_si04(os.path.join(CORPUS, "si04_thongbao_ketqua.pdf"))
    build_si05(os.path.join(CORPUS, "si05_baocao_2025.docx"))
    print("built", sorted(os.listdir(CORPUS)))

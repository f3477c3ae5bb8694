# -*- coding: utf-8 -*-
"""Rebuild the 5 corpus files of blind set 69 (tỉnh Mường Lát Tây).

All text below is invented. Run with:  /work/main/.venv/bin/python build_rt.py
Writes: corpus/rt01_chiendich_he.docx, corpus/rt02_cv_bantru.txt,
        corpus/rt03_qd_khenthuong.pdf, corpus/rt04_tb_ketluan.md,
        corpus/rt05_bc_tuyensinh.txt
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
# rt01 - Kế hoạch của Huyện đoàn (docx, List Number / List Bullet, task table)
# ---------------------------------------------------------------------------
RT01_HEADER_LEFT = "BCH ĐOÀN TỈNH MƯỜNG LÁT TÂY\nBCH HUYỆN ĐOÀN TRẠM PHÌN\n***\nSố: 27-KH/HĐTN"
RT01_HEADER_RIGHT = "ĐOÀN TNCS HỒ CHÍ MINH\n\nTrạm Phìn, ngày 16 tháng 5 năm 2025"

# (style, text); style: T=title, H=heading, P=paragraph, B=List Bullet, N=List Number, TABLE
RT01_BODY = [
    ("T", "KẾ HOẠCH"),
    ("T", "Tổ chức Chiến dịch Thanh niên tình nguyện hè năm 2025 trên địa bàn huyện Trạm Phìn"),
    ("P", "Căn cứ Kế hoạch số 112-KH/TĐTN-PTTN ngày 05/5/2025 của Ban Thường vụ Tỉnh đoàn Mường Lát Tây "
          "về tổ chức Chiến dịch Thanh niên tình nguyện hè năm 2025, Ban Thường vụ Huyện đoàn xây dựng "
          "Kế hoạch tổ chức Chiến dịch Thanh niên tình nguyện hè năm 2025 như sau:"),
    ("H", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("B", "Phát huy tinh thần xung kích, tình nguyện của đoàn viên, thanh niên, học sinh, sinh viên trong "
          "hỗ trợ giáo dục, chăm lo cho trẻ em vùng đồng bào dân tộc thiểu số và các xã biên giới của huyện."),
    ("B", "Góp phần giảm tình trạng học sinh bỏ học sau kỳ nghỉ hè, chuẩn bị tốt cơ sở vật chất bán trú "
          "cho năm học 2025-2026."),
    ("B", "Các hoạt động phải thiết thực, an toàn, phù hợp với phong tục, tập quán của đồng bào."),
    ("H", "II. THỜI GIAN, ĐỊA BÀN VÀ LỰC LƯỢNG"),
    ("P", "1. Thời gian: Chiến dịch diễn ra từ ngày 01/6/2025 đến hết ngày 31/8/2025. Lễ ra quân cấp huyện "
          "tổ chức lúc 7 giờ 30 phút, Chủ nhật, ngày 08/6/2025 tại sân Trường PTDTNT THCS&THPT huyện Trạm Phìn."),
    ("P", "2. Địa bàn: 06 xã và thị trấn Trạm Phìn; trọng điểm là hai xã biên giới Háng Lìa và Tủa Thàng."),
    ("P", "3. Lực lượng: 320 tình nguyện viên là đoàn viên, giáo viên trẻ, chiến sĩ trẻ Bộ đội "
          "Biên phòng, học sinh và 25 sinh viên tình nguyện Trường Cao đẳng "
          "Sư phạm Mường Lát Tây về địa phương, tổ chức thành 07 đội hình tình nguyện theo đơn vị hành "
          "chính cấp xã như sau:"),
    ("B", "Đội hình số 1 – xã Chà Vàng: 45 tình nguyện viên; đội trưởng: đồng chí Lò Văn Chiến, Bí thư "
          "Đoàn xã Chà Vàng."),
    ("B", "Đội hình số 2 – xã Háng Lìa: 60 tình nguyện viên, trong đó có 12 chiến sĩ trẻ Đồn Biên phòng "
          "Háng Lìa; đội trưởng: đồng chí Giàng A Sử, Bí thư Đoàn xã Háng Lìa."),
    ("B", "Đội hình số 3 – xã Pú Xí: 40 tình nguyện viên; đội trưởng: đồng chí Vàng A Dế, Phó Bí thư "
          "Đoàn xã Pú Xí."),
    ("B", "Đội hình số 4 – xã Tủa Thàng: 55 tình nguyện viên, gồm 25 sinh viên Trường Cao đẳng Sư phạm "
          "Mường Lát Tây; đội trưởng: đồng chí Cứ Thị Say, Uỷ viên Ban Thường vụ Huyện đoàn."),
    ("B", "Đội hình số 5 – xã Huổi Lẹng: 35 tình nguyện viên; đội trưởng: đồng chí Lường Văn Dũng, Bí thư "
          "Đoàn xã Huổi Lẹng."),
    ("B", "Đội hình số 6 – xã Mồ Dề: 38 tình nguyện viên; đội trưởng: đồng chí Hờ A Chua, Bí thư Đoàn "
          "xã Mồ Dề."),
    ("B", "Đội hình số 7 – thị trấn Trạm Phìn: 47 tình nguyện viên, chủ yếu là học sinh Trường PTDTNT "
          "THCS&THPT huyện; đội trưởng: đồng chí Nông Thị Huyền, Bí thư Đoàn trường."),
    ("H", "III. NỘI DUNG HOẠT ĐỘNG TRỌNG TÂM"),
    ("N", "Công trình “Tiếp sức bán trú”: sửa chữa, nâng cấp tối thiểu 12 phòng ở bán trú, 04 nhà vệ sinh "
          "và 02 bếp ăn tại các trường PTDTBT; làm mới 300 m lối đi bê tông tại điểm trường Phìn Sò "
          "(xã Háng Lìa); hoàn thành trước ngày 15/8/2025."),
    ("N", "Mở 09 lớp “Em nói tiếng Việt” cho trẻ 5 tuổi chuẩn bị vào lớp 1, mỗi lớp từ 15 đến 20 trẻ, học "
          "trong 6 tuần, mỗi tuần 5 buổi sáng."),
    ("N", "Chương trình “Nâng bước em tới trường”: phối hợp với Đồn Biên phòng Háng Lìa và Đồn Biên phòng "
          "Tủa Thàng nhận đỡ đầu 30 học sinh có hoàn cảnh đặc biệt khó khăn, mức hỗ trợ 500.000 đồng/em/tháng "
          "trong 9 tháng của năm học 2025-2026."),
    ("N", "Ngày hội “Hè vui, an toàn” tại 7 xã, thị trấn: tuyên truyền phòng, chống đuối nước, tảo hôn; mỗi xã tổ chức tối thiểu 01 buổi dạy kỹ năng bơi an toàn "
          "cho 30 trẻ."),
    ("N", "Tổ công nghệ số tình nguyện: mỗi đội hình thành lập 01 tổ từ 3 đến 5 thành viên, hướng dẫn phụ "
          "huynh cài ứng dụng định danh điện tử và đăng ký tuyển sinh trực tuyến."),
    ("N", "Trao tặng 1.500 bộ sách giáo khoa cũ và 2.000 cuốn vở cho học sinh trước ngày khai giảng."),
    ("H", "IV. KINH PHÍ"),
    ("P", "Tổng kinh phí dự kiến thực hiện Chiến dịch là 186.500.000 đồng (Một trăm tám mươi sáu triệu năm "
          "trăm nghìn đồng), trong đó: ngân sách huyện hỗ trợ 80.000.000 đồng; nguồn xã hội hóa, tài trợ "
          "của doanh nghiệp và nhà hảo tâm 106.500.000 đồng. Các đội hình thanh quyết toán với Văn phòng Huyện đoàn trước ngày 15/9/2025."),
    ("H", "V. TỔ CHỨC THỰC HIỆN"),
    ("P", "1. Ban Thường vụ Huyện đoàn"),
    ("B", "Thành lập Ban Chỉ huy Chiến dịch cấp huyện do đồng chí Bí thư Huyện đoàn làm Chỉ huy trưởng; "
          "phân công Uỷ viên Ban Thường vụ phụ trách từng đội hình."),
    ("B", "Tổ chức Lễ ra quân, kiểm tra các đội hình; tổng hợp, báo cáo kết quả "
          "Chiến dịch về Ban Thường vụ Tỉnh đoàn trước ngày 05/9/2025."),
    ("P", "2. Ban Chấp hành Đoàn các xã, thị trấn chủ động phối hợp với UBND cấp xã và nhà trường trên địa "
          "bàn xây dựng kế hoạch chi tiết của đội hình, bố trí chỗ nghỉ cho tình nguyện viên; "
          "báo cáo nhanh kết quả hoạt động về Huyện đoàn vào thứ Sáu hằng tuần."),
    ("P", "3. Đoàn trường PTDTNT THCS&THPT huyện có trách nhiệm lựa chọn 47 học sinh là đoàn viên tiêu biểu "
          "tham gia Đội hình số 7 và cử giáo viên đi cùng quản lý học sinh."),
    ("P", "4. Đề nghị các cơ quan, đơn vị phối hợp:"),
    ("B", "Đề nghị Phòng Giáo dục và Đào tạo huyện chỉ đạo các trường PTDTBT, trường mầm non bố trí phòng "
          "học, cung cấp danh sách trẻ 5 tuổi chưa thạo tiếng Việt và danh sách học sinh có nguy cơ bỏ học "
          "cho các đội hình trước ngày 30/5/2025."),
    ("B", "Đề nghị Hội Liên hiệp Phụ nữ huyện chỉ đạo hội phụ nữ các xã phối hợp với đội hình tình nguyện "
          "nấu ăn trưa cho trẻ học lớp “Em nói tiếng Việt” và tuyên truyền phòng, chống tảo hôn tại các bản."),
    ("B", "Đề nghị Đồn Biên phòng Háng Lìa và Đồn Biên phòng Tủa Thàng cử cán bộ, chiến sĩ tham gia đội "
          "hình, hỗ trợ bảo đảm an toàn cho tình nguyện viên khi hoạt động tại các bản giáp biên giới."),
    ("B", "Đề nghị UBND các xã, thị trấn tạo điều kiện về nơi ở, phương tiện đi lại và hỗ trợ kinh phí "
          "cho đội hình tình nguyện trên địa bàn."),
    ("P", "5. Bảng phân công nhiệm vụ cụ thể:"),
    ("TABLE", None),
    ("P", "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ đồng chí Vàng Thị Dợ, Phó Bí thư "
          "Huyện đoàn, điện thoại 0912 468 035, thư điện tử huyendoan.tramphin@gmail.com để phối hợp giải quyết."),
    ("P", "Đề nghị các cơ sở Đoàn nghiêm túc triển khai thực hiện./."),
]

RT01_TABLE = [
    ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
    ["1", "Xây dựng, ban hành kế hoạch chi tiết của từng đội hình", "Ban Chấp hành Đoàn các xã, thị trấn",
     "UBND các xã, thị trấn", "Trước ngày 28/5/2025"],
    ["2", "Cung cấp danh sách trẻ 5 tuổi chưa thạo tiếng Việt, học sinh có nguy cơ bỏ học",
     "Phòng Giáo dục và Đào tạo huyện", "Các trường PTDTBT, trường mầm non", "Trước ngày 30/5/2025"],
    ["3", "Tổ chức Lễ ra quân Chiến dịch cấp huyện", "Ban Thường vụ Huyện đoàn",
     "Trường PTDTNT THCS&THPT huyện", "Ngày 08/6/2025"],
    ["4", "Sửa chữa phòng ở bán trú, nhà vệ sinh, bếp ăn", "Các đội hình tình nguyện số 1 đến số 6",
     "Các trường PTDTBT", "Trước ngày 15/8/2025"],
    ["5", "Mở và duy trì 09 lớp “Em nói tiếng Việt”", "Các đội hình số 2, số 4 và số 6",
     "Hội Liên hiệp Phụ nữ huyện", "Từ ngày 16/6 đến ngày 25/7/2025"],
    ["6", "Nhận đỡ đầu học sinh theo chương trình “Nâng bước em tới trường”",
     "Đồn Biên phòng Háng Lìa, Đồn Biên phòng Tủa Thàng", "Huyện đoàn Trạm Phìn", "Trước ngày 05/9/2025"],
    ["7", "Tổng hợp, báo cáo kết quả Chiến dịch", "Văn phòng Huyện đoàn",
     "Ban Chấp hành Đoàn các xã, thị trấn", "Trước ngày 05/9/2025"],
]

RT01_SIGN_LEFT = ("Nơi nhận:\n- Ban Thường vụ Tỉnh đoàn (để b/c);\n- Thường trực Huyện uỷ, UBND huyện (để b/c);\n"
                  "- Phòng GDĐT, Hội LHPN huyện;\n- Đồn Biên phòng Háng Lìa, Tủa Thàng;\n"
                  "- Các cơ sở Đoàn trực thuộc;\n- Lưu VP.")
RT01_SIGN_RIGHT = "TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN\nBÍ THƯ\n\n(đã ký)\n\nSùng A Chính"


def build_rt01(path):
    from docx import Document
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    doc = Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)

    hdr = doc.add_table(rows=1, cols=2)
    hdr.cell(0, 0).text = nfc(RT01_HEADER_LEFT)
    hdr.cell(0, 1).text = nfc(RT01_HEADER_RIGHT)
    for c in hdr.rows[0].cells:
        for p in c.paragraphs:
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER

    for style, text in RT01_BODY:
        if style == "TABLE":
            t = doc.add_table(rows=0, cols=5)
            t.style = "Table Grid"
            for i, row in enumerate(RT01_TABLE):
                cells = t.add_row().cells
                for j, val in enumerate(row):
                    cells[j].text = nfc(val)
                    if i == 0:
                        for r in cells[j].paragraphs[0].runs:
                            r.bold = True
            continue
        text = nfc(text)
        if style == "T":
            p = doc.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            r = p.add_run(text)
            r.bold = True
        elif style == "H":
            p = doc.add_paragraph()
            r = p.add_run(text)
            r.bold = True
        elif style == "B":
            doc.add_paragraph(text, style="List Bullet")
        elif style == "N":
            doc.add_paragraph(text, style="List Number")
        else:
            doc.add_paragraph(text)

    sig = doc.add_table(rows=1, cols=2)
    sig.cell(0, 0).text = nfc(RT01_SIGN_LEFT)
    sig.cell(0, 1).text = nfc(RT01_SIGN_RIGHT)
    for p in sig.cell(0, 1).paragraphs:
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(path)


# ---------------------------------------------------------------------------
# rt02 - Công văn của Sở GDĐT (txt, two-column header, hard-wrapped ~72 chars)
# ---------------------------------------------------------------------------
RT02_HEADER = """UBND TỈNH MƯỜNG LÁT TÂY                CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
SỞ GIÁO DỤC VÀ ĐÀO TẠO                      Độc lập - Tự do - Hạnh phúc
      -----------                        ---------------------------
Số: 1187/SGDĐT-KHTC                  Pha Lống, ngày 26 tháng 5 năm 2025
V/v hướng dẫn chế độ hỗ trợ tiền ăn,
nấu ăn cho học sinh bán trú
năm học 2025-2026

                 Kính gửi:
                   - UBND các huyện, thị xã, thành phố;
                   - Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố;
                   - Các trường PTDTNT trực thuộc Sở.
"""

RT02_PARAS = [
    "Thực hiện Nghị quyết số 14/2024/NQ-HĐND ngày 11/12/2024 của Hội đồng nhân dân tỉnh quy định một số "
    "chính sách hỗ trợ học sinh bán trú và trường phổ thông dân tộc bán trú trên địa bàn tỉnh Mường Lát Tây "
    "giai đoạn 2025-2030; căn cứ Quyết định số 871/QĐ-UBND ngày 15/4/2025 của UBND tỉnh phê duyệt dự toán "
    "kinh phí thực hiện chính sách năm 2025, Sở Giáo dục và Đào tạo hướng dẫn việc thực hiện chế độ hỗ trợ "
    "tiền ăn, hỗ trợ nấu ăn cho học sinh bán trú năm học 2025-2026 như sau:",
    "I. ĐỐI TƯỢNG VÀ ĐIỀU KIỆN",
    "1. Học sinh tiểu học, trung học cơ sở là người dân tộc thiểu số hoặc thuộc hộ nghèo, đang học tại "
    "trường PTDTBT hoặc trường phổ thông có học sinh bán trú, mà nhà ở xa trường từ 4 km trở lên đối với "
    "học sinh tiểu học, từ 7 km trở lên đối với học sinh trung học cơ sở, hoặc phải qua sông, suối, đèo "
    "dốc, vùng có nguy cơ sạt lở đất, không thể đi đến trường và trở về nhà trong ngày.",
    "2. Học sinh ở lại trường từ thứ Hai đến thứ Sáu hằng tuần và có tên trong danh sách do UBND cấp huyện "
    "phê duyệt.",
    "3. Học sinh các trường PTDTNT không thuộc đối tượng của Công văn này, tiếp tục thực hiện chế độ học "
    "bổng chính sách theo hướng dẫn riêng của Sở.",
    "II. MỨC HỖ TRỢ",
    "1. Hỗ trợ tiền ăn: mỗi học sinh bán trú được hỗ trợ 936.000 đồng/tháng, tối đa 9 tháng/năm học. "
    "Học sinh bán trú tại các xã biên giới được ngân sách tỉnh hỗ trợ thêm 150.000 đồng/học sinh/tháng, "
    "nâng tổng mức hỗ trợ tiền ăn lên 1.086.000 đồng/học sinh/tháng.",
    "2. Hỗ trợ gạo: mỗi học sinh được hỗ trợ 15 kg gạo/tháng, tối đa 9 tháng/năm học; gạo cấp theo hai "
    "đợt: đợt 1 trước ngày 20/9/2025, đợt 2 trước ngày 15/01/2026.",
    "3. Hỗ trợ tiền điện, nước, chất đốt phục vụ nấu ăn: 45.000 đồng/học sinh/tháng, cấp trực tiếp cho "
    "nhà trường, không chi bằng tiền mặt cho học sinh.",
    "4. Hỗ trợ kinh phí thuê người nấu ăn: cứ 35 học sinh bán trú được hỗ trợ 01 định mức 2.340.000 "
    "đồng/tháng; trường có dưới 35 học sinh bán trú được tính 01 định mức; mỗi trường được hỗ trợ tối đa "
    "08 định mức, thời gian hưởng tối đa 9 tháng/năm học.",
    "5. Nhà trường không thu thêm của cha mẹ học sinh bất kỳ khoản đóng góp nào để nấu ăn cho học sinh "
    "bán trú ngoài các khoản hỗ trợ nêu trên. Trường hợp cha mẹ học sinh tự nguyện góp rau, củi thì phải "
    "có biên bản thỏa thuận với Ban đại diện cha mẹ học sinh của trường.",
    "III. HỒ SƠ ĐỀ NGHỊ HỖ TRỢ",
    "Hồ sơ gồm: đơn đề nghị của cha mẹ học sinh (Mẫu số 01); giấy xác nhận khoảng cách, điều kiện đi lại "
    "của UBND cấp xã (Mẫu số 02); danh sách học sinh đề nghị hưởng chế độ do hiệu trưởng lập (Mẫu số 03). "
    "Học sinh hưởng chế độ từ năm học trước chỉ bổ sung giấy xác nhận của UBND cấp xã nếu thay đổi nơi ở.",
    "IV. TỔ CHỨC THỰC HIỆN",
    "1. Đề nghị UBND các huyện, thị xã, thành phố chỉ đạo UBND cấp xã rà soát, xác nhận khoảng cách và "
    "điều kiện đi lại của học sinh; phê duyệt danh sách học sinh bán trú năm học 2025-2026 trước ngày "
    "15/9/2025; bố trí kinh phí từ ngân sách huyện để sửa chữa bếp ăn, nhà ở bán trú xuống cấp.",
    "2. Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố có trách nhiệm hướng dẫn các trường lập "
    "danh sách, hồ sơ đề nghị hỗ trợ; tổng hợp, gửi về Sở (qua Phòng Kế hoạch - Tài chính) trước ngày "
    "25/9/2025; kiểm tra việc tổ chức nấu ăn, bảo đảm an toàn thực phẩm tại các trường định kỳ hằng quý.",
    "3. Hiệu trưởng các trường PTDTBT và trường phổ thông có học sinh bán trú công khai danh sách học sinh "
    "hưởng chế độ, mức hỗ trợ và thực đơn hằng tuần tại bảng tin nhà trường; bảo đảm mỗi bữa chính có "
    "tối thiểu 01 món mặn, 01 món rau và canh; định lượng thịt, cá tối thiểu 60 gam/học sinh/bữa; thực "
    "hiện lưu mẫu thức ăn 24 giờ theo quy định.",
    "4. Đề nghị Hội Liên hiệp Phụ nữ tỉnh và Tỉnh đoàn chỉ đạo hội phụ nữ, tổ chức Đoàn cơ sở phối hợp "
    "với nhà trường duy trì mô hình “Vườn rau bán trú”, “Bếp ăn tình nguyện”, vận động nguồn lực bổ sung "
    "bữa ăn cho học sinh.",
    "5. Các trường PTDTNT trực thuộc Sở rà soát, báo cáo số học sinh có nhu cầu ở lại trường trong dịp hè "
    "về Sở trước ngày 10/6/2025.",
    "6. Chế độ báo cáo: Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố báo cáo kết quả thực hiện "
    "chính sách học kỳ I trước ngày 20/01/2026 và cả năm học trước ngày 10/6/2026.",
    "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ bà Lường Thị Hoa, Phó Trưởng phòng Kế "
    "hoạch - Tài chính, Sở Giáo dục và Đào tạo; điện thoại: 0215 3 826 447; thư điện tử: "
    "lthoa.sgddt@mltay.edu.vn để phối hợp giải quyết.",
    "Sở Giáo dục và Đào tạo đề nghị các đơn vị quan tâm, triển khai thực hiện./.",
]

RT02_FOOTER = """
                                                   KT. GIÁM ĐỐC
                                                   PHÓ GIÁM ĐỐC

                                                     (đã ký)

                                                 Đinh Quang Hưởng
Nơi nhận:
- Như trên;
- UBND tỉnh (để b/c);
- Sở Tài chính;
- Ban Dân tộc tỉnh;
- Giám đốc, các Phó Giám đốc Sở;
- Lưu: VT, KHTC.
"""


def wrap_para(p, width=72):
    return "\n".join(textwrap.wrap(p, width=width, break_long_words=False, break_on_hyphens=False))


def build_rt02(path):
    body = "\n\n".join(wrap_para(p) for p in RT02_PARAS)
    text = RT02_HEADER + "\n" + body + "\n" + RT02_FOOTER
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(text))


# ---------------------------------------------------------------------------
# rt03 - Quyết định của UBND huyện (pdf, 2-4 pages, fpdf2 + DejaVuSans)
# ---------------------------------------------------------------------------
RT03_BODY = [
    ("C", "QUYẾT ĐỊNH"),
    ("Ci", "Về việc tặng Giấy khen cho các tập thể, cá nhân có thành tích xuất sắc trong công tác dạy học, "
           "duy trì sĩ số học sinh vùng đồng bào dân tộc thiểu số năm học 2024-2025"),
    ("C", "CHỦ TỊCH UỶ BAN NHÂN DÂN HUYỆN TRẠM PHÌN"),
    ("P", "Căn cứ Luật Tổ chức chính quyền địa phương;"),
    ("P", "Căn cứ Luật Thi đua, khen thưởng;"),
    ("P", "Căn cứ Quyết định số 09/2024/QĐ-UBND ngày 22/3/2024 của UBND tỉnh Mường Lát Tây ban hành Quy chế "
          "công tác thi đua, khen thưởng trên địa bàn tỉnh;"),
    ("P", "Căn cứ Kế hoạch số 45/KH-UBND ngày 12/9/2024 của UBND huyện về tổ chức phong trào thi đua “Dạy "
          "tốt, giữ chân học sinh vùng cao” năm học 2024-2025;"),
    ("P", "Theo đề nghị của Trưởng phòng Giáo dục và Đào tạo tại Tờ trình số 86/TTr-PGDĐT ngày 21/5/2025 "
          "và Trưởng phòng Nội vụ huyện."),
    ("C", "QUYẾT ĐỊNH:"),
    ("P", "Điều 1. Tặng Giấy khen của Chủ tịch UBND huyện cho 02 tập thể và 14 cá nhân (có danh sách kèm "
          "theo) đã có thành tích xuất sắc trong công tác dạy học, duy trì sĩ số học sinh vùng đồng bào dân "
          "tộc thiểu số năm học 2024-2025."),
    ("P", "Điều 2. Mức thưởng và tổ chức trao thưởng"),
    ("P", "1. Mỗi tập thể được thưởng 1.400.000 đồng, mỗi cá nhân được thưởng 700.000 đồng kèm theo Giấy "
          "khen. Tổng số tiền thưởng là 12.600.000 đồng (Mười hai triệu sáu trăm nghìn đồng), chi từ Quỹ thi "
          "đua, khen thưởng của huyện năm 2025."),
    ("P", "2. Giao Phòng Tài chính - Kế hoạch huyện cấp phát kinh phí khen thưởng cho Phòng Nội vụ trước "
          "ngày 06/6/2025."),
    ("P", "3. Giao Phòng Nội vụ (Cơ quan Thường trực Hội đồng Thi đua - Khen thưởng huyện) chủ trì, phối "
          "hợp với Phòng Giáo dục và Đào tạo in Giấy khen, tổ chức trao thưởng tại Hội nghị tổng kết năm học "
          "2024-2025 của ngành Giáo dục huyện, dự kiến ngày 14/6/2025 tại Hội trường UBND huyện."),
    ("P", "4. Phòng Giáo dục và Đào tạo có trách nhiệm thông báo kết quả khen thưởng đến các trường, đăng "
          "tải Quyết định trên Trang thông tin điện tử của Phòng và cập nhật vào hồ sơ thi đua của giáo viên "
          "trước ngày 20/6/2025."),
    ("P", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng HĐND và UBND huyện, Trưởng "
          "phòng Nội vụ, Trưởng phòng Giáo dục và Đào tạo, Trưởng phòng Tài chính - Kế hoạch, Hiệu trưởng các "
          "trường có tên tại Điều 1 và các tập thể, cá nhân có tên trong danh sách kèm theo chịu trách nhiệm "
          "thi hành Quyết định này./."),
    ("SIGN", None),
    ("PAGEBREAK", None),
    ("C", "DANH SÁCH TẬP THỂ, CÁ NHÂN ĐƯỢC TẶNG GIẤY KHEN"),
    ("Ci", "(Kèm theo Quyết định số 1963/QĐ-UBND ngày 30/5/2025 của Chủ tịch UBND huyện Trạm Phìn)"),
    ("H", "I. TẬP THỂ (02 tập thể)"),
    ("P", "1. Tổ chuyên môn điểm trường Phìn Sò, Trường PTDTBT Tiểu học Háng Lìa: duy trì 100% sĩ số học "
          "sinh tại 4 lớp ghép; 100% học sinh lớp 5 hoàn thành chương trình tiểu học."),
    ("P", "2. Tổ bếp bán trú Trường PTDTBT THCS Pú Xí: tổ chức nấu ăn an toàn cho 214 học sinh bán trú "
          "trong cả năm học, không để xảy ra ngộ độc thực phẩm; duy trì vườn rau bán trú rộng 1.200 m2."),
    ("H", "II. CÁ NHÂN (14 cá nhân)"),
    ("P", "1. Cô Sùng Thị Pằng, giáo viên Trường PTDTBT Tiểu học Háng Lìa (điểm trường Phìn Sò): dạy lớp "
          "ghép 2+3, không có học sinh bỏ học; vận động 6 học sinh bỏ học quay trở lại lớp."),
    ("P", "2. Thầy Lò Văn Tiến, giáo viên Toán Trường PTDTBT THCS Pú Xí: bồi dưỡng 03 học sinh đạt giải "
          "kỳ thi học sinh giỏi cấp tỉnh (01 giải Nhì, 02 giải Ba)."),
    ("P", "3. Cô Nguyễn Thị Thu Hằng, giáo viên Trường Mầm non Tủa Thàng: phụ trách lớp tăng cường tiếng "
          "Việt cho 22 trẻ 5 tuổi; 100% trẻ giao tiếp tốt bằng tiếng Việt trước khi vào lớp 1."),
    ("P", "4. Thầy Giàng A Lử, giáo viên Trường PTDTBT TH&THCS Chà Vàng: kiêm nhiệm quản lý học sinh bán "
          "trú, tổ chức sinh hoạt buổi tối, tự học có hướng dẫn cho 180 học sinh."),
    ("P", "5. Cô Vì Thị Ngọc Lan, giáo viên Trường PTDTBT THCS Háng Lìa: chủ nhiệm lớp 9A1, 100% học sinh "
          "tốt nghiệp THCS; 11 em trúng tuyển lớp 10 Trường PTDTNT THCS&THPT huyện."),
    ("P", "6. Thầy Phạm Đức Toàn, giáo viên Tin học Trường PTDTNT THCS&THPT huyện Trạm Phìn: xây dựng kho "
          "120 bài giảng điện tử song ngữ Việt - Mông; hướng dẫn 35 giáo viên vùng cao sử dụng học liệu số."),
    ("P", "7. Thầy Mùa A Dính, giáo viên Trường Tiểu học Huổi Lẹng: duy trì 100% sĩ số tại điểm trường Cờ "
          "Lả, tự làm 40 bộ đồ dùng dạy học bằng vật liệu địa phương."),
    ("P", "8. Cô Đặng Thị Kim Oanh, giáo viên Ngữ văn Trường THCS thị trấn Trạm Phìn: tổ chức câu lạc bộ "
          "đọc sách cho 90 học sinh bán trú, xây dựng tủ sách 600 cuốn từ nguồn xã hội hóa."),
    ("P", "9. Cô Lầu Thị Sua, giáo viên Trường Mầm non Mồ Dề: huy động 100% trẻ 5 tuổi của bản Sà Dề "
          "ra lớp; biên soạn 25 bài đồng dao song ngữ Mông - Việt."),
    ("P", "10. Thầy Tống Văn Hiếu, Phó Hiệu trưởng Trường PTDTBT THCS Tủa Thàng: phối hợp với Đồn Biên "
          "phòng Tủa Thàng vận động 9 học sinh bỏ học trở lại trường."),
    ("P", "11. Cô Hà Thị Lệ, giáo viên Trường Tiểu học Pú Xí: dạy tăng cường tiếng Việt buổi chiều cho "
          "học sinh lớp 1, tỷ lệ học sinh đọc thông, viết thạo cuối năm đạt 97%."),
    ("P", "12. Thầy Cứ A Tráng, giáo viên Thể dục Trường PTDTBT THCS Tủa Thàng: huấn luyện đội bóng đá "
          "học sinh đạt giải Nhất Hội khỏe Phù Đổng cấp huyện."),
    ("P", "13. Thầy Đỗ Minh Khôi, giáo viên Trường PTDTBT TH&THCS Chà Vàng: ứng dụng phần mềm quản lý "
          "học sinh bán trú, số hóa 100% hồ sơ học sinh của trường."),
    ("P", "14. Cô Lý Thị Mỷ, giáo viên Trường Mầm non Háng Lìa: dạy lớp ghép 3 độ tuổi tại điểm bản Chù "
          "Lìn, duy trì bữa ăn trưa cho 28 trẻ."),
    ("P", "(Danh sách này gồm 02 tập thể và 14 cá nhân)."),
]

RT03_SIGN_RIGHT = ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "(đã ký)", "", "Lò Thị Phương"]
RT03_SIGN_LEFT = ["Nơi nhận:", "- Như Điều 3;", "- Sở Nội vụ tỉnh (b/c);", "- TT Huyện uỷ, TT HĐND huyện (b/c);",
                  "- Chủ tịch, các PCT UBND huyện;", "- Lưu: VT, NV."]


def build_rt03(path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(20, 18, 18)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    W = pdf.w - pdf.l_margin - pdf.r_margin
    half = W * 0.42
    # two-column header
    pdf.set_font("DejaVu", "", 11)
    y0 = pdf.get_y()
    pdf.multi_cell(half, 6, nfc("UBND HUYỆN TRẠM PHÌN"), align="C")
    pdf.set_x(pdf.l_margin)
    pdf.multi_cell(half, 6, nfc("Số: 1963/QĐ-UBND"), align="C")
    pdf.set_xy(pdf.l_margin + half, y0)
    pdf.set_font("DejaVu", "B", 11)
    pdf.multi_cell(W - half, 6, nfc("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"), align="C")
    pdf.set_x(pdf.l_margin + half)
    pdf.multi_cell(W - half, 6, nfc("Độc lập - Tự do - Hạnh phúc"), align="C")
    pdf.set_x(pdf.l_margin + half)
    pdf.set_font("DejaVu", "", 11)
    pdf.multi_cell(W - half, 6, nfc("Trạm Phìn, ngày 30 tháng 5 năm 2025"), align="C")
    pdf.ln(4)

    for style, text in RT03_BODY:
        if style == "PAGEBREAK":
            pdf.add_page()
            continue
        if style == "SIGN":
            pdf.ln(3)
            if pdf.get_y() > pdf.h - 60:
                pdf.add_page()
            y = pdf.get_y()
            pdf.set_font("DejaVu", "", 9)
            for line in RT03_SIGN_LEFT:
                pdf.set_x(pdf.l_margin)
                pdf.cell(half, 5, nfc(line), new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(y)
            pdf.set_font("DejaVu", "B", 11)
            for line in RT03_SIGN_RIGHT:
                pdf.set_x(pdf.l_margin + half)
                pdf.cell(W - half, 6, nfc(line), align="C", new_x="LMARGIN", new_y="NEXT")
            continue
        text = nfc(text)
        pdf.set_x(pdf.l_margin)
        if style == "C":
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(W, 7, text, align="C")
        elif style == "Ci":
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(W, 6, text, align="C")
        elif style == "H":
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(W, 6.5, text, align="L")
        else:
            pdf.set_font("DejaVu", "", 11)
            pdf.multi_cell(W, 6.5, text, align="L")
        pdf.ln(1.5)
    pdf.output(path)


# ---------------------------------------------------------------------------
# rt04 - Thông báo kết luận của UBND xã (md, Markdown schedule table)
# ---------------------------------------------------------------------------
RT04_MD = """UBND HUYỆN TRẠM PHÌN                 CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
UBND XÃ HÁNG LÌA                         Độc lập - Tự do - Hạnh phúc
Số: 41/TB-UBND                       Háng Lìa, ngày 11 tháng 6 năm 2025

# THÔNG BÁO

**Kết luận của Chủ tịch UBND xã tại cuộc họp triển khai công tác hè, chuẩn bị năm học 2025-2026 và phối hợp tổ chức Chiến dịch Thanh niên tình nguyện hè năm 2025**

Ngày 10/6/2025, tại Hội trường UBND xã Háng Lìa, đồng chí Thào A Chư, Chủ tịch UBND xã chủ trì cuộc họp triển khai công tác hè, chuẩn bị năm học 2025-2026 và phối hợp tổ chức Chiến dịch Thanh niên tình nguyện hè năm 2025 trên địa bàn xã. Dự họp có đồng chí Vừ Thị Dính, Phó Chủ tịch UBND xã; đại diện Đồn Biên phòng Háng Lìa, Hội Liên hiệp Phụ nữ xã, Đoàn xã, Công an xã; công chức Văn hóa - Xã hội; hiệu trưởng Trường PTDTBT Tiểu học Háng Lìa, Trường PTDTBT THCS Háng Lìa, Trường Mầm non Háng Lìa; trưởng 9 bản và Ban Chỉ huy Đội hình tình nguyện số 2 của Huyện đoàn Trạm Phìn.

Sau khi nghe báo cáo của các trường và ý kiến của các đại biểu dự họp, Chủ tịch UBND xã kết luận như sau:

## 1. Đánh giá chung

Năm học 2024-2025, xã huy động 212/214 trẻ 6 tuổi vào lớp 1, đạt 99,1%; toàn xã có 548 học sinh bán trú được hưởng đầy đủ chế độ. Tuy nhiên, còn 7 học sinh THCS bỏ học, tập trung ở bản Chù Lìn (4 em) và bản Sà Phìn (3 em); 2 trẻ 6 tuổi ở bản Phìn Sò chưa ra lớp do gia đình đi làm ăn xa. Nhà ở bán trú của Trường PTDTBT THCS Háng Lìa có 5 phòng xuống cấp, mái tôn bị dột; bếp ăn chưa có tủ lưu mẫu thức ăn đạt chuẩn.

## 2. Nhiệm vụ trọng tâm thời gian tới

**2.1. Trường PTDTBT THCS Háng Lìa** chủ trì, phối hợp với Đội hình tình nguyện số 2 sửa chữa 5 phòng ở bán trú, thay mái tôn, hoàn thành trước ngày 10/8/2025; mua sắm tủ lưu mẫu thức ăn từ nguồn chi thường xuyên của nhà trường trước ngày khai giảng.

**2.2. Trường PTDTBT Tiểu học Háng Lìa và Trường Mầm non Háng Lìa** bố trí 03 phòng học tại điểm trường chính và điểm trường Phìn Sò cho lớp “Em nói tiếng Việt”; cung cấp danh sách 48 trẻ 5 tuổi cho Đội hình số 2 trước ngày 14/6/2025.

**2.3. Đoàn xã** phối hợp với Đội hình số 2 tổ chức Ngày hội “Hè vui, an toàn” vào ngày 29/6/2025 tại sân Trường PTDTBT Tiểu học Háng Lìa; thành lập Tổ công nghệ số gồm 5 đoàn viên hỗ trợ phụ huynh đăng ký tuyển sinh trực tuyến.

**2.4. Hội Liên hiệp Phụ nữ xã** phân công hội viên nấu ăn trưa cho trẻ học lớp “Em nói tiếng Việt” theo lịch luân phiên giữa các chi hội; tuyên truyền phòng, chống tảo hôn tại bản Chù Lìn và bản Sà Phìn; triển khai mô hình “Mẹ đỡ đầu”, nhận đỡ đầu 10 học sinh nghèo.

**2.5. Công chức Văn hóa - Xã hội** tham mưu UBND xã rà soát, xác nhận danh sách học sinh bán trú theo hướng dẫn của Sở Giáo dục và Đào tạo, trình Chủ tịch UBND xã ký xác nhận trước ngày 25/8/2025; tổng hợp danh sách học sinh bỏ học, có nguy cơ bỏ học gửi Phòng Giáo dục và Đào tạo huyện.

**2.6. Đề nghị Đồn Biên phòng Háng Lìa** phân công cán bộ, chiến sĩ cùng Ban quản lý các bản đến từng gia đình vận động 7 học sinh bỏ học trở lại lớp; duy trì chương trình “Nâng bước em tới trường”, tiếp tục hỗ trợ 12 học sinh của xã.

**2.7. Trưởng các bản** phối hợp với giáo viên vận động trẻ ra lớp, thông báo lịch tựu trường đến từng hộ gia đình; báo ngay cho UBND xã khi phát hiện trường hợp tảo hôn.

**2.8. Công an xã** bảo đảm an ninh trật tự tại các điểm tổ chức hoạt động hè, cắm biển cảnh báo đuối nước tại khu vực suối Phìn Sò trước ngày 20/6/2025.

## 3. Lịch triển khai

| Thời gian | Nội dung | Địa điểm | Đơn vị thực hiện |
|---|---|---|---|
| 7h30, ngày 16/6/2025 | Khai giảng lớp “Em nói tiếng Việt” | Điểm trường chính và điểm trường Phìn Sò | Đội hình số 2, Trường Mầm non Háng Lìa |
| Ngày 29/6/2025 | Ngày hội “Hè vui, an toàn” | Sân Trường PTDTBT Tiểu học Háng Lìa | Đoàn xã, Đội hình số 2 |
| Từ 01/7 đến 25/7/2025 | Tuyển sinh lớp 1 và lớp 6 | Các trường trên địa bàn xã | Các trường, trưởng các bản |
| Ngày 10/8/2025 | Nghiệm thu 5 phòng ở bán trú | Trường PTDTBT THCS Háng Lìa | Trường PTDTBT THCS Háng Lìa, Đội hình số 2 |
| Ngày 25/8/2025 | Ký xác nhận danh sách học sinh bán trú | Trụ sở UBND xã | Công chức Văn hóa - Xã hội |
| Ngày 05/9/2025 | Khai giảng năm học 2025-2026 | Các trường trên địa bàn xã | Các trường, Đồn Biên phòng Háng Lìa |

## 4. Tổ chức thực hiện

Giao đồng chí Vừ Thị Dính, Phó Chủ tịch UBND xã theo dõi, kiểm tra việc thực hiện các nội dung trên. Các cơ quan, đơn vị, trưởng các bản báo cáo kết quả về UBND xã (qua Văn phòng - Thống kê) trước ngày 30/8/2025. Đầu mối liên hệ: ông Lù Văn Pấu, công chức Văn phòng - Thống kê, điện thoại 0388 215 604.

UBND xã thông báo để các cơ quan, đơn vị, bản có liên quan biết và thực hiện./.

Nơi nhận:
- Thường trực Đảng uỷ xã (b/c);
- Chủ tịch, PCT UBND xã;
- Đồn Biên phòng Háng Lìa;
- Huyện đoàn Trạm Phìn;
- Các thành phần dự họp;
- Lưu: VT.

TL. CHỦ TỊCH
CÔNG CHỨC VĂN PHÒNG - THỐNG KÊ

(đã ký)

Lù Văn Pấu
"""


def build_rt04(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(RT04_MD))


# ---------------------------------------------------------------------------
# rt05 - Báo cáo của Phòng GDĐT huyện (txt with a Markdown figures table)
# ---------------------------------------------------------------------------
RT05_TXT = """UBND HUYỆN TRẠM PHÌN
PHÒNG GIÁO DỤC VÀ ĐÀO TẠO
Số: 74/BC-PGDĐT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc

Trạm Phìn, ngày 04 tháng 6 năm 2025

BÁO CÁO
Kết quả huy động, duy trì sĩ số học sinh năm học 2024-2025 và kế hoạch tuyển sinh năm học 2025-2026

Kính gửi:
- UBND huyện Trạm Phìn;
- Sở Giáo dục và Đào tạo tỉnh Mường Lát Tây.

Thực hiện Công văn số 652/SGDĐT-GDPT ngày 02/5/2025 của Sở Giáo dục và Đào tạo về việc báo cáo kết quả huy động học sinh ra lớp, Phòng Giáo dục và Đào tạo huyện Trạm Phìn báo cáo như sau:

I. KẾT QUẢ NĂM HỌC 2024-2025

1. Mạng lưới trường, lớp: toàn huyện có 20 trường mầm non, tiểu học, trung học cơ sở trực thuộc Phòng, trong đó có 9 trường PTDTBT, với 412 lớp, nhóm lớp và 11.284 học sinh, trẻ em. Trường PTDTNT THCS&THPT huyện Trạm Phìn trực thuộc Sở Giáo dục và Đào tạo, không tính trong số liệu dưới đây.

2. Huy động ra lớp: tỷ lệ trẻ 5 tuổi ra lớp mẫu giáo đạt 99,8%; trẻ 6 tuổi vào lớp 1 đạt 99,3% (1.060/1.067 trẻ); tỷ lệ học sinh hoàn thành chương trình tiểu học vào lớp 6 đạt 98,9%.

3. Duy trì sĩ số: toàn huyện có 26 học sinh THCS bỏ học, chiếm 0,78% (tăng 5 em so với năm học 2023-2024). Nguyên nhân chủ yếu do tảo hôn (9 em), đi làm thuê ở tỉnh ngoài (11 em), học lực yếu, ngại đi học (6 em).

4. Học sinh bán trú: toàn huyện có 2.379 học sinh bán trú tại 9 trường PTDTBT và 5 trường phổ thông có học sinh bán trú; 100% học sinh bán trú hưởng đầy đủ chế độ hỗ trợ tiền ăn, gạo theo quy định.

5. Trường PTDTNT THCS&THPT huyện: năm học 2024-2025 tuyển 105 học sinh lớp 6 và 140 học sinh lớp 10; học sinh dân tộc Mông chiếm 61%.

Số liệu chi tiết theo xã, thị trấn:

| Xã, thị trấn | Số trường | Trẻ 6 tuổi phải huy động | Trẻ 6 tuổi vào lớp 1 | Tỷ lệ (%) | Học sinh THCS | Học sinh THCS bỏ học | Học sinh bán trú |
|---|---|---|---|---|---|---|---|
| Chà Vàng | 3 | 128 | 127 | 99,2 | 402 | 4 | 356 |
| Háng Lìa | 3 | 214 | 212 | 99,1 | 611 | 7 | 548 |
| Pú Xí | 3 | 156 | 156 | 100 | 455 | 2 | 390 |
| Tủa Thàng | 3 | 187 | 184 | 98,4 | 520 | 9 | 472 |
| Huổi Lẹng | 2 | 97 | 96 | 99,0 | 288 | 3 | 231 |
| Mồ Dề | 2 | 109 | 109 | 100 | 316 | 1 | 264 |
| Thị trấn Trạm Phìn | 4 | 176 | 176 | 100 | 734 | 0 | 118 |
| Toàn huyện | 20 | 1.067 | 1.060 | 99,3 | 3.326 | 26 | 2.379 |

Xã Tủa Thàng có tỷ lệ trẻ 6 tuổi vào lớp 1 thấp nhất (98,4%) và số học sinh bỏ học cao nhất huyện (9 em); xã Pú Xí, xã Mồ Dề và thị trấn Trạm Phìn huy động 100% trẻ 6 tuổi vào lớp 1.

II. KHÓ KHĂN, HẠN CHẾ

- Cơ sở vật chất bán trú còn thiếu: toàn huyện thiếu 46 phòng ở bán trú, 38 phòng ở hiện có đang xuống cấp; 7 trường chưa có nhà ăn riêng, học sinh phải ăn tại hành lang lớp học.
- Đội ngũ còn thiếu 23 giáo viên tiểu học, 9 giáo viên THCS (chủ yếu môn Tin học, Tiếng Anh, Âm nhạc) và 14 nhân viên nấu ăn so với định mức.
- Tình trạng tảo hôn, đi làm thuê sau kỳ nghỉ hè tiếp tục là nguy cơ gây bỏ học cao ở xã Tủa Thàng và xã Háng Lìa.

III. KẾ HOẠCH TUYỂN SINH NĂM HỌC 2025-2026

1. Chỉ tiêu: dự kiến huy động 1.094 trẻ 6 tuổi vào lớp 1 (38 lớp) và 1.012 học sinh vào lớp 6 (31 lớp). Trường PTDTNT THCS&THPT huyện tuyển 105 học sinh lớp 6 (03 lớp) và 140 học sinh lớp 10 (04 lớp).

2. Thời gian tuyển sinh lớp 1, lớp 6: từ ngày 01/7/2025 đến ngày 25/7/2025; danh sách trúng tuyển công bố trước ngày 05/8/2025. Tuyển sinh trực tuyến thí điểm tại thị trấn Trạm Phìn và xã Mồ Dề; các xã còn lại tuyển sinh trực tiếp tại trường.

3. Tuyển sinh lớp 6 Trường PTDTNT THCS&THPT huyện thực hiện theo hình thức xét tuyển do Sở Giáo dục và Đào tạo tổ chức; hồ sơ nộp tại Phòng Giáo dục và Đào tạo từ ngày 10/6/2025 đến ngày 20/6/2025.

IV. ĐỀ XUẤT, KIẾN NGHỊ

1. Đề nghị UBND huyện bố trí 1,8 tỷ đồng từ ngân sách huyện năm 2025 để sửa chữa 38 phòng ở bán trú xuống cấp; chỉ đạo UBND các xã, thị trấn xây dựng kế hoạch vận động học sinh bỏ học trở lại lớp, hoàn thành trước ngày 31/8/2025.

2. Đề nghị Sở Giáo dục và Đào tạo phân bổ bổ sung 23 biên chế giáo viên tiểu học; sớm cấp gạo đợt 1 cho học sinh bán trú theo Công văn số 1187/SGDĐT-KHTC ngày 26/5/2025 của Sở.

3. Đề nghị Huyện đoàn Trạm Phìn và Hội Liên hiệp Phụ nữ huyện tập trung lực lượng của Chiến dịch Thanh niên tình nguyện hè năm 2025 tại xã Tủa Thàng và xã Háng Lìa, ưu tiên vận động học sinh bỏ học trở lại trường.

4. Các trường mầm non, tiểu học, THCS có trách nhiệm rà soát, cập nhật dữ liệu học sinh trên Cơ sở dữ liệu ngành trước ngày 15/6/2025; gửi danh sách học sinh có nguy cơ bỏ học về Phòng qua bộ phận Phổ cập giáo dục (ông Triệu Văn Quý, chuyên viên, điện thoại 0979 330 182).

Phòng Giáo dục và Đào tạo huyện Trạm Phìn trân trọng báo cáo./.

Nơi nhận:
- Như trên;
- Thường trực Huyện uỷ (b/c);
- Lãnh đạo Phòng;
- Lưu: VT, PC.

TRƯỞNG PHÒNG
(đã ký)
Hoàng Thị Nguyệt
"""


def build_rt05(path):
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(RT05_TXT))


if __name__ == "__main__":
    os.makedirs(CORPUS, exist_ok=True)
    build_rt01(os.path.join(CORPUS, "rt01_chiendich_he.docx"))
    build_rt02(os.path.join(CORPUS, "rt02_cv_bantru.txt"))
    build_rt03(os.path.join(CORPUS, "rt03_qd_khenthuong.pdf"))
    build_rt04(os.path.join(CORPUS, "rt04_tb_ketluan.md"))
    build_rt05(os.path.join(CORPUS, "rt05_bc_tuyensinh.txt"))
    print("built:", sorted(os.listdir(CORPUS)))

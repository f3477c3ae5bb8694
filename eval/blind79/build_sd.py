# -*- coding: utf-8 -*-
"""Build the blind79 corpus (5 files). All text is invented for this test set.

Run:  /work/main/.venv/bin/python build_sd.py
Writes corpus/sd01..sd05. Questions and who-what gold live in questions.jsonl / who_what.jsonl
(hand-written, checked by check_sd.py).
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
# sd01 - Kế hoạch, UBND huyện, .docx with Word list numbering and task tables
# ---------------------------------------------------------------------------
SD01 = [
    ("hdr", "UBND HUYỆN ĐẠI KHƯƠNG"),
    ("hdr", "Số: 27/KH-UBND"),
    ("hdr", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("hdr", "Độc lập - Tự do - Hạnh phúc"),
    ("right", "Đại Khương, ngày 05 tháng 02 năm 2026"),
    ("title", "KẾ HOẠCH"),
    ("subtitle", "Chuyển giao, ứng dụng tiến bộ khoa học kỹ thuật trong sản xuất nông nghiệp "
                 "trên địa bàn huyện Đại Khương năm 2026"),
    ("p", "Căn cứ Quyết định số 1874/QĐ-UBND ngày 12/01/2026 của UBND tỉnh Phú Lạc Đông ban hành "
          "Quy chế hỗ trợ ứng dụng, chuyển giao tiến bộ khoa học và công nghệ trong sản xuất nông "
          "nghiệp trên địa bàn tỉnh giai đoạn 2026 - 2030;"),
    ("p", "Căn cứ Nghị quyết số 08-NQ/HU ngày 20/12/2025 của Ban Chấp hành Đảng bộ huyện về nhiệm "
          "vụ phát triển kinh tế - xã hội năm 2026;"),
    ("p", "Xét đề nghị của Trưởng phòng Nông nghiệp và Môi trường huyện tại Tờ trình số "
          "19/TTr-NNMT ngày 28/01/2026, UBND huyện ban hành Kế hoạch chuyển giao, ứng dụng tiến bộ "
          "khoa học kỹ thuật trong sản xuất nông nghiệp năm 2026 như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("bullet", "Đưa nhanh giống mới, quy trình canh tác tiên tiến và thiết bị cơ giới hóa vào sản "
               "xuất, góp phần nâng giá trị sản xuất trên một héc-ta đất canh tác của huyện lên "
               "145 triệu đồng trong năm 2026."),
    ("bullet", "Lấy hợp tác xã, tổ hợp tác làm hạt nhân tiếp nhận công nghệ; gắn mô hình trình diễn "
               "với tập huấn và hội thảo đầu bờ để nông dân \"thấy tận mắt, làm tận tay\"."),
    ("bullet", "Sử dụng kinh phí theo đúng mức hỗ trợ tại Quy chế ban hành kèm theo Quyết định số "
               "1874/QĐ-UBND, không hỗ trợ trùng lặp; công khai danh sách hộ, HTX nhận hỗ trợ tại "
               "trụ sở UBND xã."),
    ("h", "II. CHỈ TIÊU NĂM 2026"),
    ("num", "Xây dựng 08 mô hình trình diễn với tổng diện tích cây trồng 50,2 ha, 20 con bò và "
            "1.500 con gà."),
    ("num", "Mở 24 lớp tập huấn kỹ thuật cho khoảng 840 lượt nông dân, trong đó ít nhất 30% học "
            "viên là phụ nữ."),
    ("num", "Tổ chức 04 cuộc hội thảo đầu bờ tại các mô hình khi thu hoạch."),
    ("num", "Có ít nhất 03 hợp tác xã sử dụng máy bay không người lái (drone) để phun thuốc, bón "
            "phân."),
    ("num", "Tỷ lệ diện tích lúa sử dụng giống cấp xác nhận từ 85% trở lên."),
    ("h", "III. DANH MỤC MÔ HÌNH TRÌNH DIỄN"),
    ("table", [
        ["TT", "Mô hình", "Địa điểm", "Quy mô", "Đơn vị chuyển giao kỹ thuật"],
        ["1", "Lúa chất lượng cao giống ĐL 26 canh tác giảm phát thải (vụ Hè Thu)",
         "xã Thạnh Quới, HTX Nông nghiệp Thạnh Quới", "15 ha", "Trường Đại học Nông Lâm Phú Lạc Đông"],
        ["2", "Ứng dụng máy bay không người lái phun thuốc, bón phân cho lúa",
         "xã Khương Hòa, HTX Dịch vụ nông nghiệp Khương Hòa", "10 ha", "Trạm Khuyến nông huyện"],
        ["3", "Rau an toàn trong nhà màng, tưới nhỏ giọt điều khiển qua điện thoại",
         "xã Liêm Trực, HTX Rau sạch Liêm Trực", "1,2 ha", "Viện Giống cây trồng Trung Lạc"],
        ["4", "Thâm canh bưởi da xanh theo tiêu chuẩn VietGAP", "xã Hưng Nhượng", "8 ha",
         "Viện Giống cây trồng Trung Lạc"],
        ["5", "Vỗ béo bò lai hướng thịt", "xã Ngọa Long", "20 con", "Trạm Khuyến nông huyện"],
        ["6", "Nuôi gà thả vườn trên đệm lót sinh học", "xã Bảo Đài", "1.500 con",
         "Trung tâm Dịch vụ nông nghiệp huyện"],
        ["7", "Lạc giống LĐ 09 phủ màng trên đất cát", "xã Ngọa Long", "10 ha",
         "Trường Đại học Nông Lâm Phú Lạc Đông"],
        ["8", "Ngô sinh khối làm thức ăn chăn nuôi, tưới tiết kiệm", "xã Bảo Đài", "6 ha",
         "Trạm Khuyến nông huyện"],
    ]),
    ("h", "IV. NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"),
    ("table", [
        ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
        ["1", "Chọn điểm, lựa chọn hộ, HTX tham gia mô hình; lập danh sách gửi Trạm Khuyến nông huyện",
         "UBND các xã có mô hình", "Trạm Khuyến nông huyện, Hội Nông dân huyện", "Trước ngày 28/02/2026"],
        ["2", "Thẩm định phương án, dự toán từng mô hình", "Phòng Tài chính - Kế hoạch",
         "Phòng Nông nghiệp và Môi trường", "Trước ngày 15/3/2026"],
        ["3", "Ký hợp đồng chuyển giao quy trình với Trường Đại học Nông Lâm Phú Lạc Đông và Viện "
              "Giống cây trồng Trung Lạc", "Trạm Khuyến nông huyện", "Phòng Nông nghiệp và Môi trường",
         "Trong tháng 3/2026"],
        ["4", "Cung ứng giống cấp xác nhận, vật tư đầu vào cho các mô hình",
         "Trung tâm Dịch vụ nông nghiệp huyện", "Các HTX tham gia mô hình", "Trước ngày 20/4/2026"],
        ["5", "Mở 24 lớp tập huấn kỹ thuật cho nông dân", "Trung tâm Dịch vụ nông nghiệp huyện",
         "UBND các xã, thị trấn; Hội Nông dân huyện", "Từ tháng 3 đến tháng 9/2026"],
        ["6", "Tổ chức 04 cuộc hội thảo đầu bờ", "Trạm Khuyến nông huyện", "UBND xã nơi có mô hình",
         "Khi mô hình thu hoạch"],
        ["7", "Tuyên truyền, đưa tin về các mô hình trình diễn", "Phòng Văn hóa - Thông tin huyện",
         "Trung tâm Truyền thông huyện", "Thường xuyên"],
        ["8", "Báo cáo kết quả vụ Hè Thu; báo cáo tổng kết năm", "Phòng Nông nghiệp và Môi trường",
         "Các cơ quan, đơn vị liên quan", "Trước ngày 20/9/2026; trước ngày 10/12/2026"],
    ]),
    ("h", "V. KINH PHÍ THỰC HIỆN"),
    ("p", "Tổng kinh phí dự kiến 3.450 triệu đồng, gồm:"),
    ("bullet", "Ngân sách tỉnh hỗ trợ theo Quyết định số 1874/QĐ-UBND: 2.100 triệu đồng;"),
    ("bullet", "Ngân sách huyện: 850 triệu đồng, bố trí trong dự toán chi sự nghiệp kinh tế năm 2026;"),
    ("bullet", "Phần đóng góp của hộ nông dân, HTX tham gia mô hình: 500 triệu đồng."),
    ("h", "VI. TỔ CHỨC THỰC HIỆN"),
    ("num2", "Phòng Nông nghiệp và Môi trường huyện là cơ quan thường trực, chủ trì tham mưu UBND "
             "huyện triển khai Kế hoạch; hướng dẫn, kiểm tra các xã; tổng hợp báo cáo sơ kết 6 tháng "
             "trước ngày 15/6/2026, báo cáo kết quả vụ Hè Thu trước ngày 20/9/2026 và báo cáo tổng "
             "kết năm trước ngày 10/12/2026."),
    ("num2", "Trạm Khuyến nông huyện chủ trì xây dựng các mô hình số 1, 2, 5 và 8; phối hợp với "
             "Trường Đại học Nông Lâm Phú Lạc Đông, Viện Giống cây trồng Trung Lạc chuyển giao quy "
             "trình cho các mô hình còn lại; tổ chức hội thảo đầu bờ và lập biên bản đánh giá năng "
             "suất so với ruộng đối chứng."),
    ("num2", "Trung tâm Dịch vụ nông nghiệp huyện có trách nhiệm cung ứng giống cấp xác nhận, vật tư "
             "đầu vào đúng thời vụ; xây dựng mô hình số 6; ban hành thông báo lịch mở lớp tập huấn "
             "đợt 1 trước ngày 25/02/2026."),
    ("num2", "Phòng Tài chính - Kế hoạch thẩm định dự toán, tham mưu UBND huyện bố trí 850 triệu "
             "đồng ngân sách huyện; hướng dẫn thanh toán, quyết toán kinh phí theo quy định."),
    ("num2", "Phòng Văn hóa - Thông tin huyện phối hợp với Trung tâm Truyền thông huyện xây dựng "
             "chuyên mục \"Nhà nông làm giàu\" phát sóng 2 kỳ/tháng trên hệ thống truyền thanh; đăng "
             "tin về các mô hình trên Trang thông tin điện tử huyện."),
    ("num2", "Đề nghị Hội Nông dân huyện vận động hội viên tham gia mô hình, thành lập tổ hợp tác; "
             "giới thiệu ít nhất 200 hội viên nòng cốt tham dự các lớp tập huấn; giám sát việc hỗ "
             "trợ giống, vật tư tới hộ."),
    ("num2", "UBND các xã, thị trấn chỉ đạo cán bộ nông nghiệp xã theo dõi mô hình; bố trí hội "
             "trường cho các lớp tập huấn; báo cáo kết quả về Phòng Nông nghiệp và Môi trường định "
             "kỳ hằng quý, trước ngày 20 của tháng cuối quý."),
    ("num2", "Các HTX tham gia mô hình ký cam kết thực hiện đúng quy trình kỹ thuật, ghi chép nhật "
             "ký đồng ruộng và đóng góp phần kinh phí theo phương án đã duyệt."),
    ("p", "Đầu mối liên hệ: bà Nguyễn Thị Hồng Nhung, Phó Trưởng phòng Nông nghiệp và Môi trường "
          "huyện; điện thoại 0913 472 518; thư điện tử nhungnth.dk@phulacdong.gov.vn."),
    ("p", "Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, các cơ quan, đơn vị phản ánh về "
          "Phòng Nông nghiệp và Môi trường để tổng hợp, báo cáo UBND huyện xem xét, chỉ đạo./."),
    ("small", "Nơi nhận:"),
    ("small", "- Sở Nông nghiệp và Môi trường tỉnh (b/c);"),
    ("small", "- TT Huyện ủy, TT HĐND huyện (b/c);"),
    ("small", "- Chủ tịch, các PCT UBND huyện;"),
    ("small", "- Các cơ quan, đơn vị tại mục VI;"),
    ("small", "- UBND các xã, thị trấn;"),
    ("small", "- Lưu: VT, NNMT."),
    ("sign", "TM. UBND HUYỆN"),
    ("sign", "KT. CHỦ TỊCH"),
    ("sign", "PHÓ CHỦ TỊCH"),
    ("sign", "(đã ký)"),
    ("sign", "Lưu Đức Thắng"),
]


def build_sd01(path):
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt

    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for kind, val in SD01:
        if kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, cell in enumerate(row):
                    t.cell(i, j).text = nfc(cell)
                    if i == 0:
                        for r in t.cell(i, j).paragraphs[0].runs:
                            r.bold = True
            continue
        text = nfc(val)
        if kind == "bullet":
            p = d.add_paragraph(text, style="List Bullet")
        elif kind == "num":
            p = d.add_paragraph(text, style="List Number")
        elif kind == "num2":
            p = d.add_paragraph(text, style="List Number 2")
        elif kind == "h":
            p = d.add_paragraph()
            p.add_run(text).bold = True
        elif kind in ("title", "subtitle"):
            p = d.add_paragraph()
            r = p.add_run(text)
            r.bold = kind == "title"
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "hdr":
            p = d.add_paragraph()
            p.add_run(text).bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "right":
            p = d.add_paragraph()
            p.add_run(text).italic = True
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        elif kind == "sign":
            p = d.add_paragraph()
            p.add_run(text).bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.RIGHT
        else:
            p = d.add_paragraph(text)
            if kind == "small":
                for r in p.runs:
                    r.font.size = Pt(11)
    d.save(path)


# ---------------------------------------------------------------------------
# sd02 - Quyết định + Quy chế, UBND tỉnh, .pdf (fpdf2, DejaVuSans)
# ---------------------------------------------------------------------------
SD02 = """\
#C UBND TỈNH PHÚ LẠC ĐÔNG
#C Số: 1874/QĐ-UBND
#C CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
#C Độc lập - Tự do - Hạnh phúc
#R Đông Lạc, ngày 12 tháng 01 năm 2026
#T QUYẾT ĐỊNH
#C Ban hành Quy chế hỗ trợ ứng dụng, chuyển giao tiến bộ khoa học và công nghệ trong sản xuất nông nghiệp trên địa bàn tỉnh Phú Lạc Đông giai đoạn 2026 - 2030
#T CHỦ TỊCH UBND TỈNH PHÚ LẠC ĐÔNG
Căn cứ Luật Tổ chức chính quyền địa phương;
Căn cứ Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;
Căn cứ Nghị quyết số 41/2025/NQ-HĐND ngày 10 tháng 12 năm 2025 của Hội đồng nhân dân tỉnh quy định chính sách hỗ trợ phát triển sản xuất nông nghiệp ứng dụng công nghệ cao trên địa bàn tỉnh;
Theo đề nghị của Giám đốc Sở Nông nghiệp và Môi trường tại Tờ trình số 215/TTr-SNNMT ngày 29 tháng 12 năm 2025.
#T QUYẾT ĐỊNH:
Điều 1. Ban hành kèm theo Quyết định này Quy chế hỗ trợ ứng dụng, chuyển giao tiến bộ khoa học và công nghệ trong sản xuất nông nghiệp trên địa bàn tỉnh Phú Lạc Đông giai đoạn 2026 - 2030.
Điều 2. Kinh phí thực hiện Quy chế năm 2026 là 18,6 tỷ đồng, bố trí từ nguồn chi sự nghiệp khoa học và công nghệ và chi sự nghiệp kinh tế của ngân sách tỉnh. Giao Sở Tài chính chủ trì, phối hợp với Sở Nông nghiệp và Môi trường phân bổ chi tiết cho các huyện, thị xã, thành phố trước ngày 28/02/2026. Quyết định này có hiệu lực kể từ ngày ký.
Điều 3. Chánh Văn phòng UBND tỉnh; Giám đốc các Sở: Nông nghiệp và Môi trường, Khoa học và Công nghệ, Tài chính; Chủ tịch UBND các huyện, thị xã, thành phố và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./.
#S Nơi nhận:
#S - Như Điều 3;
#S - Bộ Nông nghiệp và Môi trường (b/c);
#S - TT Tỉnh ủy, TT HĐND tỉnh (b/c);
#S - CT, các PCT UBND tỉnh;
#S - Hội Nông dân tỉnh; Liên minh HTX tỉnh;
#S - Lưu: VT, KTN.
#R KT. CHỦ TỊCH
#R PHÓ CHỦ TỊCH
#R (đã ký)
#R Tạ Minh Thông
#P
#T QUY CHẾ
#C Hỗ trợ ứng dụng, chuyển giao tiến bộ khoa học và công nghệ trong sản xuất nông nghiệp trên địa bàn tỉnh Phú Lạc Đông giai đoạn 2026 - 2030
#C (Ban hành kèm theo Quyết định số 1874/QĐ-UBND ngày 12/01/2026 của UBND tỉnh Phú Lạc Đông)
#H Chương I. QUY ĐỊNH CHUNG
#H Điều 1. Phạm vi điều chỉnh và đối tượng áp dụng
1. Quy chế này quy định nội dung, mức hỗ trợ, trình tự, thủ tục hỗ trợ ứng dụng, chuyển giao tiến bộ khoa học và công nghệ trong sản xuất nông nghiệp thông qua xây dựng mô hình trình diễn, tập huấn kỹ thuật và hội thảo đầu bờ.
2. Đối tượng áp dụng: hộ nông dân, tổ hợp tác, hợp tác xã nông nghiệp, doanh nghiệp nhỏ và vừa trực tiếp sản xuất nông nghiệp trên địa bàn tỉnh; các cơ quan, đơn vị tham gia tổ chức thực hiện.
#H Điều 2. Nguyên tắc hỗ trợ
1. Mỗi đối tượng chỉ được hỗ trợ một lần cho cùng một nội dung trong một chu kỳ sản xuất; không hỗ trợ trùng với các chính sách khác của Trung ương và của tỉnh.
2. Ưu tiên các xã đặc biệt khó khăn, các hợp tác xã có liên kết tiêu thụ sản phẩm với doanh nghiệp và các hợp tác xã do phụ nữ hoặc thanh niên làm giám đốc.
3. Quy mô tối thiểu của một mô hình: cây hằng năm trồng ngoài trời 05 ha liền vùng; trồng trong nhà màng 0,5 ha; cây ăn quả 02 ha; chăn nuôi 10 con bò hoặc 500 con gia cầm; nuôi thủy sản 01 ha mặt nước.
#H Chương II. NỘI DUNG VÀ MỨC HỖ TRỢ
#H Điều 3. Hỗ trợ giống và vật tư
1. Hỗ trợ 100% chi phí mua giống cây trồng cấp xác nhận đối với mô hình trình diễn tại các xã đặc biệt khó khăn; hỗ trợ 70% đối với mô hình tại các xã còn lại.
2. Hỗ trợ 50% chi phí phân bón hữu cơ, chế phẩm sinh học và thuốc bảo vệ thực vật sinh học, tối đa 6 triệu đồng/ha.
3. Đối với mô hình chăn nuôi, hỗ trợ 60% giá con giống, tối đa 15 triệu đồng/hộ.
#H Điều 4. Hỗ trợ máy móc, thiết bị
1. Hỗ trợ 40% giá trị máy, thiết bị cơ giới hóa mua mới (máy sạ cụm, máy cấy, máy bay không người lái phun thuốc, máy sấy) cho hợp tác xã, tổ hợp tác; tối đa 300 triệu đồng/hợp tác xã/năm.
2. Hộ nông dân mua máy, thiết bị quy định tại khoản 1 Điều này được hỗ trợ 30% giá trị, tối đa 50 triệu đồng/hộ.
3. Hệ thống tưới nhỏ giọt, cảm biến độ ẩm, thiết bị IoT điều khiển từ xa: hỗ trợ 50% giá trị, tối đa 120 triệu đồng/mô hình.
#H Điều 5. Hỗ trợ tập huấn, hội thảo và thuê chuyên gia
1. Tập huấn kỹ thuật: tối đa 12 triệu đồng/lớp, mỗi lớp tối thiểu 30 học viên, thời gian 02 ngày; học viên không hưởng lương được hỗ trợ tiền ăn 100.000 đồng/người/ngày.
2. Hội thảo đầu bờ: tối đa 15 triệu đồng/cuộc.
3. Thuê chuyên gia của viện nghiên cứu, trường đại học: tối đa 2 triệu đồng/ngày công; hợp đồng chuyển giao quy trình kỹ thuật tối đa 200 triệu đồng/quy trình.
4. Tổng mức hỗ trợ cho một mô hình không vượt quá 80% tổng chi phí thực hiện mô hình.
#H Chương III. TRÌNH TỰ, THỦ TỤC
#H Điều 6. Hồ sơ đề nghị hỗ trợ
1. Hồ sơ gồm: đơn đề nghị hỗ trợ (Mẫu số 01); phương án sản xuất (Mẫu số 02); biên bản họp thành viên đối với hợp tác xã, tổ hợp tác.
2. Hồ sơ nộp tại UBND cấp xã trước ngày 15/10 hằng năm để tổng hợp vào kế hoạch năm sau.
#H Điều 7. Thẩm định, phê duyệt
UBND cấp huyện thành lập Tổ thẩm định gồm đại diện Phòng Nông nghiệp và Môi trường, Phòng Tài chính - Kế hoạch và Trạm Khuyến nông; thời hạn thẩm định không quá 15 ngày làm việc kể từ ngày nhận đủ hồ sơ.
#H Điều 8. Nghiệm thu, thanh toán
Việc nghiệm thu mô hình do Hội đồng nghiệm thu cấp huyện thực hiện; kinh phí hỗ trợ được thanh toán trong thời hạn 20 ngày làm việc kể từ ngày có biên bản nghiệm thu.
#H Chương IV. TỔ CHỨC THỰC HIỆN
#H Điều 9. Trách nhiệm của các cơ quan, đơn vị
1. Sở Nông nghiệp và Môi trường chủ trì hướng dẫn, kiểm tra việc thực hiện Quy chế; tổng hợp kết quả, báo cáo UBND tỉnh trước ngày 15/12 hằng năm.
2. Sở Khoa học và Công nghệ có trách nhiệm thẩm định công nghệ, quy trình kỹ thuật chuyển giao từ các viện, trường; kết nối Trường Đại học Nông Lâm Phú Lạc Đông với các huyện trong việc đặt hàng quy trình.
3. Sở Tài chính tham mưu bố trí kinh phí, hướng dẫn thanh toán, quyết toán theo quy định.
4. UBND các huyện, thị xã, thành phố xây dựng kế hoạch hằng năm gửi Sở Nông nghiệp và Môi trường trước ngày 31/10; chỉ đạo Phòng Nông nghiệp và Môi trường, Trạm Khuyến nông tổ chức thực hiện mô hình.
5. Đề nghị Hội Nông dân tỉnh phối hợp tuyên truyền, vận động hội viên tham gia mô hình và giám sát việc thực hiện chính sách hỗ trợ.
6. Liên minh Hợp tác xã tỉnh hướng dẫn hợp tác xã xây dựng phương án sản xuất, liên kết tiêu thụ sản phẩm.
#H Điều 10. Điều khoản thi hành
Trong quá trình thực hiện, nếu có vướng mắc, các cơ quan, đơn vị phản ánh về Sở Nông nghiệp và Môi trường (qua Chi cục Trồng trọt và Bảo vệ thực vật, điện thoại 0257 3824 611) để tổng hợp, trình UBND tỉnh sửa đổi, bổ sung cho phù hợp.
"""


def build_sd02(path):
    from fpdf import FPDF

    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DJ", "", FONT)
    pdf.add_font("DJ", "B", FONT_B)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for line in SD02.splitlines():
        line = nfc(line)
        if line == "#P":
            pdf.add_page()
            continue
        if line.startswith("#"):
            tag, txt = line[:2], line[3:]
            if tag == "#C":
                pdf.set_font("DJ", "", 10.5)
                pdf.multi_cell(w, 5.6, txt, align="C", new_x="LMARGIN", new_y="NEXT")
            elif tag == "#R":
                pdf.set_font("DJ", "", 10.5)
                pdf.multi_cell(w, 5.6, txt, align="R", new_x="LMARGIN", new_y="NEXT")
            elif tag == "#T":
                pdf.ln(2)
                pdf.set_font("DJ", "B", 12)
                pdf.multi_cell(w, 6.5, txt, align="C", new_x="LMARGIN", new_y="NEXT")
            elif tag == "#H":
                pdf.set_font("DJ", "B", 10.5)
                pdf.multi_cell(w, 5.8, txt, new_x="LMARGIN", new_y="NEXT")
            elif tag == "#S":
                pdf.set_font("DJ", "", 9)
                pdf.multi_cell(w, 4.6, txt, new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("DJ", "", 10.5)
        pdf.multi_cell(w, 5.8, line, align="J", new_x="LMARGIN", new_y="NEXT")
        pdf.ln(0.8)
    pdf.output(path)


# ---------------------------------------------------------------------------
# sd03 - Biên bản hội thảo đầu bờ, Trạm Khuyến nông, .txt hard-wrapped (copied from PDF)
# ---------------------------------------------------------------------------
SD03_HEAD = """\
UBND HUYỆN ĐẠI KHƯƠNG              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
TRẠM KHUYẾN NÔNG                         Độc lập - Tự do - Hạnh phúc
   Số: 14/BB-TKN                 Thạnh Quới, ngày 06 tháng 8 năm 2026

                              BIÊN BẢN
        Hội thảo đầu bờ đánh giá mô hình lúa chất lượng cao
    giống ĐL 26 canh tác giảm phát thải, vụ Hè Thu 2026, xã Thạnh Quới
"""

SD03_BODY = [
    "Thời gian: hội thảo bắt đầu lúc 8 giờ 00 phút, thứ Năm, ngày 06 tháng 8 năm 2026.",
    "Địa điểm: cánh đồng mẫu thôn Rạch Cốm, xã Thạnh Quới, huyện Đại Khương, tỉnh Phú Lạc Đông.",
    "Căn cứ Kế hoạch số 27/KH-UBND ngày 05/02/2026 của UBND huyện Đại Khương về chuyển giao, ứng "
    "dụng tiến bộ khoa học kỹ thuật trong sản xuất nông nghiệp năm 2026, Trạm Khuyến nông huyện tổ "
    "chức hội thảo đầu bờ đánh giá mô hình số 1 khi lúa đang thu hoạch.",
    "I. THÀNH PHẦN THAM DỰ",
    "1. Trạm Khuyến nông huyện: ông Huỳnh Văn Lợi, Trạm trưởng, chủ trì hội thảo; bà Lâm Thị Ngọc "
    "Hân, viên chức, thư ký.",
    "2. Phòng Nông nghiệp và Môi trường huyện: bà Nguyễn Thị Hồng Nhung, Phó Trưởng phòng.",
    "3. Trường Đại học Nông Lâm Phú Lạc Đông: TS. Đặng Minh Khôi, Phó Trưởng khoa Nông học, chủ "
    "nhiệm quy trình chuyển giao.",
    "4. Trung tâm Dịch vụ nông nghiệp huyện: KS. Trương Mỹ Hạnh, Phòng Kỹ thuật.",
    "5. UBND xã Thạnh Quới: ông Diệp Văn Sang, Phó Chủ tịch UBND xã và cán bộ nông nghiệp xã.",
    "6. HTX Nông nghiệp Thạnh Quới: bà Tô Thị Kim Oanh, Giám đốc.",
    "7. Công ty cổ phần Gạo Sao Khương (đơn vị bao tiêu sản phẩm): ông Mạch Gia Huy, Trưởng phòng "
    "thu mua.",
    "8. Hội Nông dân xã Thạnh Quới và 58 hộ nông dân trong và ngoài mô hình.",
    "Tổng số đại biểu dự hội thảo: 72 người.",
    "II. NỘI DUNG HỘI THẢO",
    "1. Báo cáo kết quả thực hiện mô hình",
    "Ông Huỳnh Văn Lợi báo cáo: mô hình triển khai trên diện tích 15 ha với 41 hộ thành viên HTX "
    "Nông nghiệp Thạnh Quới tham gia; gieo sạ từ ngày 25/4 đến ngày 29/4/2026, bắt đầu thu hoạch "
    "từ ngày 03/8/2026. Quy trình áp dụng: sạ cụm bằng máy với lượng giống 60 kg/ha (ruộng đối "
    "chứng sạ lan 140 kg/ha); bón phân theo bảng so màu lá, giảm 25% lượng phân đạm; tưới ướt khô "
    "xen kẽ; phun thuốc bằng máy bay không người lái 3 lần (ruộng đối chứng phun bình tay 5 lần); "
    "xử lý rơm rạ bằng chế phẩm vi sinh thay cho đốt đồng.",
    "Ruộng đối chứng rộng 2 ha, gieo giống TL 6 do nông dân tự để giống, canh tác theo tập quán.",
    "2. Kết quả đo đếm, so sánh (cắt 3 điểm, mỗi điểm 5 m2, quy ra năng suất khô hạt)",
    "- Năng suất thực thu: mô hình đạt 6,85 tấn/ha; ruộng đối chứng đạt 5,92 tấn/ha; mô hình cao "
    "hơn 0,93 tấn/ha, tương đương tăng 15,7%.",
    "- Tổng chi phí sản xuất: mô hình 21,4 triệu đồng/ha; ruộng đối chứng 24,9 triệu đồng/ha.",
    "- Giá bán lúa tươi tại ruộng: mô hình 7.400 đồng/kg theo hợp đồng bao tiêu; ruộng đối chứng "
    "6.600 đồng/kg bán cho thương lái.",
    "- Lợi nhuận: mô hình 29,3 triệu đồng/ha; ruộng đối chứng 14,2 triệu đồng/ha; mô hình cao hơn "
    "15,1 triệu đồng/ha.",
    "- Sâu bệnh: ruộng mô hình chỉ nhiễm nhẹ đạo ôn lá, rầy nâu mật độ thấp; ruộng đối chứng bị "
    "đạo ôn cổ bông 8% số bông.",
    "- Theo tính toán của Trường Đại học Nông Lâm Phú Lạc Đông, lượng phát thải khí nhà kính của "
    "mô hình giảm khoảng 2,4 tấn CO2 tương đương/ha so với canh tác truyền thống.",
    "3. Ý kiến thảo luận",
    "- Ông Phùng Văn Tám, thôn Rạch Cốm (hộ trong mô hình): ruộng nhà 0,8 ha đạt 7,1 tấn/ha, cao "
    "nhất mô hình; đề nghị hỗ trợ máy sạ cụm cho tổ hợp tác vì thuê máy rất khó vào lúc cao điểm "
    "thời vụ.",
    "- Bà Tô Thị Kim Oanh, Giám đốc HTX: HTX sẵn sàng mở rộng lên 60 ha trong vụ Đông Xuân 2026 - "
    "2027; đề nghị hỗ trợ mua 01 máy sạ cụm và 01 máy bay không người lái theo mức 40% tại Quy chế "
    "ban hành kèm theo Quyết định số 1874/QĐ-UBND của UBND tỉnh.",
    "- TS. Đặng Minh Khôi: giống ĐL 26 chịu phèn nhẹ, thời gian sinh trưởng 95 - 98 ngày, không nên "
    "gieo ở chân ruộng trũng thường xuyên ngập; Trường cam kết tiếp tục hỗ trợ kỹ thuật miễn phí "
    "thêm 01 vụ.",
    "- Ông Mạch Gia Huy: Công ty bao tiêu toàn bộ sản lượng lúa ĐL 26 của vùng mở rộng với giá cao "
    "hơn giá thị trường 300 đồng/kg.",
    "- Ông Diệp Văn Sang: UBND xã thống nhất quy hoạch vùng sản xuất 60 ha liền vùng tại các thôn "
    "Rạch Cốm và Bờ Đắp.",
    "III. KẾT LUẬN",
    "Ông Huỳnh Văn Lợi kết luận: mô hình đạt và vượt mục tiêu đề ra về năng suất, hiệu quả kinh tế "
    "và giảm phát thải; hội thảo thống nhất đề nghị nhân rộng. Các đơn vị thực hiện như sau:",
    "1. Trạm Khuyến nông huyện hoàn thiện báo cáo tổng kết mô hình, gửi Phòng Nông nghiệp và Môi "
    "trường huyện trước ngày 20/8/2026.",
    "2. HTX Nông nghiệp Thạnh Quới lập phương án mở rộng 60 ha và hồ sơ đề nghị hỗ trợ máy sạ cụm, "
    "máy bay không người lái, nộp UBND xã Thạnh Quới trước ngày 15/10/2026.",
    "3. UBND xã Thạnh Quới rà soát, xác nhận danh sách hộ trong vùng mở rộng; phối hợp với Hội Nông "
    "dân xã tuyên truyền, vận động nông dân tham gia.",
    "4. Đề nghị Trường Đại học Nông Lâm Phú Lạc Đông tiếp tục cử cán bộ hướng dẫn kỹ thuật vụ Đông "
    "Xuân 2026 - 2027 và tập huấn cho cán bộ khuyến nông cơ sở.",
    "5. Trung tâm Dịch vụ nông nghiệp huyện dự trù 3,6 tấn giống lúa ĐL 26 cấp xác nhận cho vùng "
    "mở rộng.",
    "Hội thảo kết thúc vào lúc 11 giờ 15 phút ngày 06 tháng 8 năm 2026. Biên bản lập thành 05 bản, đã đọc lại trước "
    "hội thảo và các đại biểu nhất trí thông qua.",
]

SD03_TAIL = """\

        THƯ KÝ                                      CHỦ TRÌ
                                              TRẠM TRƯỞNG
       (đã ký)                                     (đã ký)
   Lâm Thị Ngọc Hân                             Huỳnh Văn Lợi

Nơi nhận:
- Phòng NN&MT huyện;
- UBND xã Thạnh Quới;
- Trường ĐH Nông Lâm Phú Lạc Đông;
- HTX Nông nghiệp Thạnh Quới;
- Lưu: TKN.
"""


def build_sd03(path):
    out = [SD03_HEAD]
    for para in SD03_BODY:
        out.append("\n".join(textwrap.wrap(nfc(para), width=71, break_long_words=False,
                                           break_on_hyphens=False)))
    text = nfc("\n".join(out) + "\n" + SD03_TAIL)
    with open(path, "w", encoding="utf-8") as f:
        f.write(text)


# ---------------------------------------------------------------------------
# sd04 - Thông báo lịch tập huấn, Trung tâm Dịch vụ nông nghiệp, .md with table
# ---------------------------------------------------------------------------
SD04 = """\
**UBND HUYỆN ĐẠI KHƯƠNG**
**TRUNG TÂM DỊCH VỤ NÔNG NGHIỆP**

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

Số: 09/TB-TTDVNN
Đại Khương, ngày 23 tháng 02 năm 2026

# THÔNG BÁO

## Lịch mở lớp tập huấn chuyển giao tiến bộ kỹ thuật nông nghiệp đợt 1 năm 2026

Thực hiện Kế hoạch số 27/KH-UBND ngày 05/02/2026 của UBND huyện về chuyển giao, ứng dụng tiến bộ khoa học kỹ thuật trong sản xuất nông nghiệp năm 2026, Trung tâm Dịch vụ nông nghiệp huyện thông báo lịch mở 12 lớp tập huấn đợt 1 (trong tổng số 24 lớp của năm 2026) như sau:

### 1. Lịch mở lớp

| Lớp | Nội dung tập huấn | Xã, thị trấn | Địa điểm | Thời gian | Số học viên | Giảng viên |
|---|---|---|---|---|---|---|
| 1 | Canh tác lúa ĐL 26 giảm phát thải | Thạnh Quới | Hội trường UBND xã Thạnh Quới | 09-10/3/2026 | 40 | TS. Đặng Minh Khôi (Trường Đại học Nông Lâm Phú Lạc Đông) |
| 2 | Canh tác lúa ĐL 26 giảm phát thải | Thạnh Quới | Nhà văn hóa thôn Rạch Cốm | 11-12/3/2026 | 35 | TS. Đặng Minh Khôi |
| 3 | Vận hành máy bay không người lái phun thuốc an toàn | Khương Hòa | Trụ sở HTX Dịch vụ nông nghiệp Khương Hòa | 16-17/3/2026 | 30 | KS. Phan Thanh Tùng (Trạm Khuyến nông huyện) |
| 4 | Quản lý dịch hại tổng hợp (IPM) trên lúa | Khương Hòa | Hội trường UBND xã Khương Hòa | 18-19/3/2026 | 40 | KS. Phan Thanh Tùng |
| 5 | Trồng rau trong nhà màng, tưới nhỏ giọt | Liêm Trực | Nhà văn hóa thôn Ông Bổn | 23-24/3/2026 | 30 | ThS. Quách Thị Diệu Linh (Viện Giống cây trồng Trung Lạc) |
| 6 | Thâm canh bưởi da xanh theo VietGAP | Hưng Nhượng | Nhà văn hóa thôn Soi Tiền | 25-26/3/2026 | 35 | ThS. Quách Thị Diệu Linh |
| 7 | Vỗ béo bò, phòng bệnh viêm da nổi cục | Ngọa Long | Hội trường UBND xã Ngọa Long | 30-31/3/2026 | 30 | BSTY. Lý Hoàng Phúc (Trung tâm Dịch vụ nông nghiệp huyện) |
| 8 | Trồng lạc LĐ 09 phủ màng trên đất cát | Ngọa Long | Nhà văn hóa thôn Gành Hàu | 01-02/4/2026 | 35 | TS. Đặng Minh Khôi |
| 9 | Nuôi gà thả vườn trên đệm lót sinh học | Bảo Đài | Hội trường UBND xã Bảo Đài | 06-07/4/2026 | 30 | BSTY. Lý Hoàng Phúc |
| 10 | Trồng ngô sinh khối, ủ chua thức ăn xanh | Bảo Đài | Nhà văn hóa thôn Trảng Dầu | 08-09/4/2026 | 30 | KS. Phan Thanh Tùng |
| 11 | Sử dụng giống lúa cấp xác nhận, bón phân cân đối | Thị trấn Đại Khương | Hội trường Trung tâm Dịch vụ nông nghiệp huyện | 13-14/4/2026 | 45 | KS. Phan Thanh Tùng |
| 12 | Nhật ký đồng ruộng điện tử và truy xuất nguồn gốc | Thị trấn Đại Khương | Hội trường Trung tâm Dịch vụ nông nghiệp huyện | 15-16/4/2026 | 40 | KS. Trương Mỹ Hạnh (Trung tâm Dịch vụ nông nghiệp huyện) |

Tổng số học viên đợt 1: 420 người.

### 2. Thời gian học và chế độ đối với học viên

- Mỗi lớp học 02 ngày; buổi sáng từ 7 giờ 30 đến 11 giờ 00, buổi chiều từ 13 giờ 30 đến 16 giờ 30; buổi chiều ngày thứ hai học thực hành tại ruộng, chuồng trại của mô hình.
- Học viên không hưởng lương được hỗ trợ tiền ăn 100.000 đồng/người/ngày và được cấp tài liệu miễn phí; học viên tham dự đủ 02 ngày được cấp giấy chứng nhận hoàn thành lớp học.
- Ưu tiên hộ tham gia mô hình, thành viên HTX và hội viên Hội Nông dân; mỗi hộ cử không quá 01 người tham dự một lớp.

### 3. Trách nhiệm của các đơn vị

1. UBND các xã, thị trấn: lập danh sách học viên theo mẫu kèm theo Thông báo này, gửi Trung tâm trước ngày 05/3/2026; bố trí hội trường, âm thanh; cử cán bộ nông nghiệp xã theo dõi lớp học.
2. Hội Nông dân huyện: chỉ đạo Hội Nông dân các xã, thị trấn vận động hội viên tham dự, bảo đảm ít nhất 30% học viên mỗi lớp là nữ.
3. Trạm Khuyến nông huyện: cử KS. Phan Thanh Tùng giảng dạy các lớp số 3, 4, 10 và 11; chuẩn bị ruộng thực hành cho các lớp về lúa.
4. Các HTX có mô hình: bố trí ruộng, chuồng trại và vật tư cho buổi thực hành.
5. Phòng Kỹ thuật của Trung tâm: chuẩn bị tài liệu, giấy chứng nhận; hoàn thành thủ tục thanh toán kinh phí mỗi lớp trong 10 ngày làm việc sau khi bế giảng.

Lịch đợt 2 (12 lớp còn lại, dự kiến từ tháng 7 đến tháng 9/2026) sẽ được thông báo sau.

Đầu mối liên hệ: ông Mai Xuân Trường, Phó Giám đốc Trung tâm, điện thoại 0978 316 204; KS. Trương Mỹ Hạnh, Phòng Kỹ thuật, điện thoại 0945 208 771, thư điện tử hanhtm.ttdvnn@phulacdong.gov.vn.

**Nơi nhận:**
- UBND huyện (b/c);
- Phòng Nông nghiệp và Môi trường huyện;
- Trạm Khuyến nông huyện;
- Hội Nông dân huyện;
- UBND các xã, thị trấn;
- Lưu: VT, PKT.

GIÁM ĐỐC
(đã ký)
Võ Đình Khải
"""


# ---------------------------------------------------------------------------
# sd05 - Báo cáo kết quả theo xã, Phòng NN&MT, .txt with two-column header + Markdown tables
# ---------------------------------------------------------------------------
SD05 = """\
UBND HUYỆN ĐẠI KHƯƠNG                  CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
PHÒNG NÔNG NGHIỆP VÀ MÔI TRƯỜNG               Độc lập - Tự do - Hạnh phúc
      Số: 146/BC-NNMT                   Đại Khương, ngày 18 tháng 9 năm 2026

                                BÁO CÁO
       Kết quả chuyển giao tiến bộ kỹ thuật nông nghiệp vụ Hè Thu 2026
          theo Kế hoạch số 27/KH-UBND ngày 05/02/2026 của UBND huyện

Kính gửi: UBND huyện Đại Khương.

Thực hiện Kế hoạch số 27/KH-UBND ngày 05/02/2026 của UBND huyện về chuyển giao, ứng dụng tiến bộ khoa học kỹ thuật trong sản xuất nông nghiệp năm 2026, Phòng Nông nghiệp và Môi trường báo cáo kết quả thực hiện đến ngày 31/8/2026 như sau:

I. KẾT QUẢ CHUNG

1. Mô hình trình diễn: 08/08 mô hình đã triển khai; 05 mô hình đã thu hoạch hoặc xuất bán sản phẩm (lúa ĐL 26, máy bay không người lái, rau nhà màng, gà thả vườn, ngô sinh khối); 03 mô hình đang thực hiện (bưởi VietGAP, vỗ béo bò, lạc LĐ 09).
2. Tập huấn: 12 lớp đợt 1 theo Thông báo số 09/TB-TTDVNN ngày 23/02/2026 của Trung tâm Dịch vụ nông nghiệp huyện đã hoàn thành với 433 lượt học viên, vượt 13 lượt so với kế hoạch; học viên nữ 158 lượt (36,5%). Đợt 2 đã mở 7/12 lớp với 262 lượt học viên.
3. Hội thảo đầu bờ: đã tổ chức 02/04 cuộc, gồm hội thảo mô hình lúa ĐL 26 tại xã Thạnh Quới ngày 06/8/2026 và hội thảo mô hình máy bay không người lái tại xã Khương Hòa ngày 21/8/2026.
4. Cơ giới hóa: 04 HTX đã sử dụng máy bay không người lái để phun thuốc, bón phân (vượt chỉ tiêu 03 HTX), gồm HTX Dịch vụ nông nghiệp Khương Hòa, HTX Nông nghiệp Thạnh Quới, HTX Nông nghiệp Hưng Nhượng và HTX Nông nghiệp Bảo Đài.
5. Giống: tỷ lệ diện tích lúa sử dụng giống cấp xác nhận vụ Hè Thu 2026 đạt 82,4%, chưa đạt chỉ tiêu 85%.

II. KẾT QUẢ CỤ THỂ THEO XÃ

Bảng 1. Kết quả các mô hình (số liệu đến ngày 31/8/2026)

| TT | Xã, thị trấn | Mô hình | Quy mô | Kết quả chính | Số hộ hưởng lợi | Kinh phí hỗ trợ đã giải ngân (triệu đồng) |
|---|---|---|---|---|---|---|
| 1 | Thạnh Quới | Lúa ĐL 26 giảm phát thải | 15 ha | Năng suất 6,85 tấn/ha, tăng 15,7% so với đối chứng | 41 | 486 |
| 2 | Khương Hòa | Máy bay không người lái phun thuốc, bón phân | 10 ha | Giảm 30% lượng thuốc bảo vệ thực vật; chi phí phun giảm 420.000 đồng/ha/vụ | 27 | 612 |
| 3 | Liêm Trực | Rau nhà màng, tưới nhỏ giọt | 1,2 ha | Dưa leo đạt 52 tấn/ha; tiết kiệm 40% nước tưới | 9 | 355 |
| 4 | Hưng Nhượng | Bưởi da xanh VietGAP | 8 ha | Được cấp giấy chứng nhận VietGAP ngày 12/8/2026; đang nuôi trái | 16 | 228 |
| 5 | Ngọa Long | Vỗ béo bò lai hướng thịt | 20 con | Tăng trọng bình quân 0,82 kg/con/ngày; dự kiến xuất bán tháng 10/2026 | 10 | 190 |
| 6 | Ngọa Long | Lạc LĐ 09 phủ màng | 10 ha | Đang thu hoạch, năng suất ước 4,1 tấn/ha | 33 | 145 |
| 7 | Bảo Đài | Gà thả vườn trên đệm lót sinh học | 1.500 con | Tỷ lệ nuôi sống 94%; trọng lượng xuất chuồng 2,1 kg/con | 15 | 96 |
| 8 | Bảo Đài | Ngô sinh khối, tưới tiết kiệm | 6 ha | Năng suất 48,5 tấn/ha; bán cho các hộ nuôi bò xã Ngọa Long | 12 | 84 |
| | **Cộng** | | | | **163** | **2.196** |

Ghi chú: kinh phí của mô hình số 2 bao gồm phần hỗ trợ 40% giá trị 01 máy bay không người lái cho HTX Dịch vụ nông nghiệp Khương Hòa.

Bảng 2. Kết quả tập huấn đợt 1 theo xã, thị trấn

| Xã, thị trấn | Số lớp | Lượt học viên | Trong đó nữ |
|---|---|---|---|
| Thạnh Quới | 2 | 78 | 25 |
| Khương Hòa | 2 | 74 | 20 |
| Liêm Trực | 1 | 33 | 19 |
| Hưng Nhượng | 1 | 36 | 12 |
| Ngọa Long | 2 | 69 | 18 |
| Bảo Đài | 2 | 61 | 31 |
| Thị trấn Đại Khương | 2 | 82 | 33 |
| **Cộng** | **12** | **433** | **158** |

III. KINH PHÍ

Tổng kinh phí đã giải ngân 2.196 triệu đồng, đạt 63,7% kế hoạch năm (3.450 triệu đồng); trong đó ngân sách tỉnh 1.480 triệu đồng, ngân sách huyện 556 triệu đồng, phần đóng góp của hộ và HTX 160 triệu đồng.

IV. TỒN TẠI, HẠN CHẾ

1. Tỷ lệ giống lúa cấp xác nhận mới đạt 82,4%; một số hộ ở xã Khương Hòa và xã Ngọa Long vẫn dùng lúa thịt làm giống.
2. Thiếu máy sạ cụm vào thời điểm cao điểm; mỗi HTX sử dụng máy bay không người lái mới có 01 người điều khiển được cấp chứng chỉ.
3. Mô hình rau nhà màng tại xã Liêm Trực chịu ảnh hưởng của đợt nắng nóng tháng 6/2026, bộ cảm biến độ ẩm hỏng 02 lần.
4. Hồ sơ thanh toán của một số mô hình còn chậm; mô hình vỗ béo bò chưa giải ngân phần hỗ trợ thức ăn.

V. NHIỆM VỤ THỜI GIAN TỚI VÀ ĐỀ XUẤT

1. Trạm Khuyến nông huyện tổ chức 02 cuộc hội thảo đầu bờ còn lại đối với mô hình lạc LĐ 09 và mô hình vỗ béo bò tại xã Ngọa Long trong tháng 10/2026.
2. Trung tâm Dịch vụ nông nghiệp huyện mở 05 lớp còn lại của đợt 2 trước ngày 30/9/2026; phối hợp đào tạo 06 người điều khiển máy bay không người lái cho các HTX.
3. UBND xã Khương Hòa và UBND xã Ngọa Long tuyên truyền, vận động nông dân sử dụng giống cấp xác nhận trong vụ Đông Xuân 2026 - 2027.
4. Kính đề nghị UBND huyện bổ sung 320 triệu đồng để hỗ trợ 02 máy sạ cụm cho HTX Nông nghiệp Thạnh Quới và HTX Dịch vụ nông nghiệp Khương Hòa.
5. Đề xuất năm 2027 nhân rộng mô hình lúa ĐL 26 lên 60 ha tại xã Thạnh Quới và 40 ha tại xã Khương Hòa.

Phòng Nông nghiệp và Môi trường kính báo cáo UBND huyện xem xét, chỉ đạo./.

Người lập báo cáo: chuyên viên Hứa Quang Định, điện thoại 0905 661 374.

                                                          TRƯỞNG PHÒNG
                                                             (đã ký)
                                                          Phạm Quang Vinh

Nơi nhận:
- UBND huyện (b/c);
- Sở NN&MT tỉnh (b/c);
- Trạm Khuyến nông, Trung tâm DVNN huyện;
- Lưu: VT, NNMT.
"""


def write_text(path, text):
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(text))


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_sd01(os.path.join(CORPUS, "sd01_kh_chuyengiao.docx"))
    build_sd02(os.path.join(CORPUS, "sd02_qd_quyche_hotro.pdf"))
    build_sd03(os.path.join(CORPUS, "sd03_bb_hoithao_daubo.txt"))
    write_text(os.path.join(CORPUS, "sd04_tb_taphuan.md"), SD04)
    write_text(os.path.join(CORPUS, "sd05_bc_ketqua_hethu.txt"), SD05)
    print("built corpus in", CORPUS)


if __name__ == "__main__":
    main()

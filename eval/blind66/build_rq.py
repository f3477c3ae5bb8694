#!/usr/bin/env python3
"""Rebuild the 5 corpus files of eval set blind66 from the text held here.

rq01 .docx (python-docx, Word list numbering + task table)
rq02 .txt  (two-column header typed with spaces, hard-wrapped like a PDF copy)
rq03 .md   (programme table in Markdown)
rq04 .pdf  (fpdf2 + DejaVuSans, text layer)
rq05 .md   (report with Markdown figure tables)
All names, bodies, numbers and dates are invented.
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


# ---------------------------------------------------------------- rq01 (docx)
RQ01 = [
    ("hdr", ("UBND TỈNH MỸ HÀO ĐÔNG\nSố: 86/KH-UBND",
             "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n"
             "Hào Giang, ngày 12 tháng 01 năm 2026")),
    ("title", "KẾ HOẠCH"),
    ("title", "Số hóa di tích lịch sử - văn hóa và phát triển du lịch số tỉnh Mỹ Hào Đông "
              "giai đoạn 2026 - 2027"),
    ("p", "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị về đột phá phát triển "
          "khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia;"),
    ("p", "Căn cứ Nghị quyết số 19/NQ-HĐND ngày 09/12/2025 của Hội đồng nhân dân tỉnh về Đề án "
          "phát triển du lịch tỉnh Mỹ Hào Đông đến năm 2030;"),
    ("p", "Xét đề nghị của Sở Văn hóa, Thể thao và Du lịch tại Tờ trình số 25/TTr-SVHTTDL ngày "
          "06/01/2026, UBND tỉnh ban hành Kế hoạch số hóa di tích lịch sử - văn hóa và phát triển "
          "du lịch số giai đoạn 2026 - 2027 như sau:"),
    ("b", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("b", "1. Mục đích"),
    ("bul", "Xây dựng cơ sở dữ liệu số đồng bộ về di tích, hiện vật và tư liệu di sản của tỉnh, "
            "phục vụ công tác quản lý, bảo tồn, nghiên cứu và quảng bá."),
    ("bul", "Ứng dụng công nghệ quét 3D, thực tế ảo (VR), thực tế tăng cường (AR) và thuyết minh tự "
            "động để tạo ra sản phẩm du lịch số hấp dẫn, góp phần tăng lượt khách và thời gian lưu trú."),
    ("b", "2. Yêu cầu"),
    ("bul", "Việc số hóa phải tuân thủ quy định của pháp luật về di sản văn hóa, bảo đảm tính chính "
            "xác, khoa học; dữ liệu số hóa thuộc sở hữu của Nhà nước, lưu trữ tập trung tại Trung "
            "tâm dữ liệu tỉnh."),
    ("bul", "Phân công rõ cơ quan chủ trì, cơ quan phối hợp, thời hạn hoàn thành; gắn trách nhiệm "
            "người đứng đầu với kết quả thực hiện."),
    ("b", "II. CHỈ TIÊU CHỦ YẾU"),
    ("bul", "Năm 2026: hoàn thành số hóa 3D 12 di tích cấp quốc gia và 30 di tích cấp tỉnh; 100% "
            "trong tổng số 147 di tích xếp hạng trên địa bàn tỉnh có mã QR thuyết minh song ngữ "
            "Việt - Anh."),
    ("bul", "Năm 2027: hoàn thành số hóa 3D toàn bộ 147 di tích xếp hạng; đưa vào vận hành Bảo tàng "
            "ảo tỉnh Mỹ Hào Đông với tối thiểu 2.500 hiện vật số hóa (riêng năm 2026 số hóa 1.200 "
            "hiện vật)."),
    ("bul", "Thư viện tỉnh số hóa 18.000 trang tài liệu Hán Nôm, địa chí và tư liệu quý, trong đó "
            "năm 2026 là 9.000 trang."),
    ("bul", "Lượt tham quan ảo trên các nền tảng di sản số của tỉnh đạt 250.000 lượt trong năm 2026 "
            "và 500.000 lượt trong năm 2027."),
    ("b", "III. NHIỆM VỤ VÀ GIẢI PHÁP"),
    ("num2", "Hoàn thiện cơ sở dữ liệu di sản văn hóa tỉnh: chuẩn hóa hồ sơ 147 di tích xếp hạng và "
             "26 lễ hội truyền thống; tích hợp với nền tảng \"Bản đồ di sản Mỹ Hào Đông\" và Cổng "
             "thông tin du lịch của tỉnh."),
    ("num2", "Số hóa 3D và xây dựng tour tham quan ảo: ưu tiên Đền Bích Đàm, Đình Vọng Khê (huyện "
             "Đình Vọng), di chỉ khảo cổ Khả Lý (huyện Tràng Khúc) và Văn miếu Hào Giang; mỗi tour "
             "có thuyết minh tự động bằng tiếng Việt, tiếng Anh và ngôn ngữ ký hiệu."),
    ("num2", "Phát triển sản phẩm du lịch số: xây dựng ứng dụng \"Mỹ Hào Đông Travel\" tích hợp vé "
             "điện tử, bản đồ số, đánh giá dịch vụ; thí điểm thanh toán không dùng tiền mặt tại 100% "
             "điểm di tích có bán vé."),
    ("num2", "Bảo đảm an toàn thông tin: dữ liệu gốc sao lưu tại hai địa điểm khác nhau; các hệ "
             "thống phải đánh giá an toàn thông tin cấp độ 2 trước khi vận hành chính thức."),
    ("num2", "Đào tạo nhân lực: tổ chức 04 lớp tập huấn kỹ năng số hóa, quản trị dữ liệu di sản cho "
             "160 lượt công chức văn hóa cấp huyện, cấp xã và cán bộ các ban quản lý di tích."),
    ("b", "IV. KINH PHÍ"),
    ("p", "Tổng kinh phí thực hiện Kế hoạch dự kiến 18,6 tỷ đồng, trong đó năm 2026 là 7,9 tỷ đồng, "
          "năm 2027 là 10,7 tỷ đồng. Nguồn kinh phí gồm ngân sách tỉnh (khoảng 80%), ngân sách cấp "
          "huyện và nguồn xã hội hóa, tài trợ hợp pháp khác."),
    ("b", "V. TỔ CHỨC THỰC HIỆN"),
    ("num", "Sở Văn hóa, Thể thao và Du lịch là cơ quan thường trực, chủ trì tổ chức triển khai Kế "
            "hoạch; hướng dẫn quy trình, tiêu chuẩn kỹ thuật số hóa di tích trước ngày 28/02/2026; "
            "tổ chức Cuộc thi tìm hiểu di sản trên không gian số năm 2026; tổng hợp, báo cáo UBND "
            "tỉnh định kỳ hằng quý (trước ngày 20 của tháng cuối quý)."),
    ("num", "Sở Khoa học và Công nghệ có trách nhiệm bố trí hạ tầng lưu trữ tại Trung tâm dữ liệu "
            "tỉnh, hướng dẫn chuẩn kết nối, chia sẻ dữ liệu; thẩm định phương án bảo đảm an toàn "
            "thông tin của các hệ thống di sản số."),
    ("num", "Sở Tài chính chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch tham mưu UBND tỉnh "
            "bố trí kinh phí năm 2026 trước ngày 15/3/2026; hướng dẫn thủ tục tiếp nhận nguồn tài "
            "trợ, xã hội hóa."),
    ("num", "Ban Quản lý di tích tỉnh chủ trì khảo sát, quét 3D, dựng tour tham quan ảo các di tích "
            "cấp quốc gia; phối hợp với UBND cấp huyện gắn mã QR tại các di tích xếp hạng, hoàn "
            "thành trước ngày 30/9/2026."),
    ("num", "Bảo tàng tỉnh số hóa hiện vật, xây dựng Bảo tàng ảo tỉnh Mỹ Hào Đông; hoàn thành số hóa "
            "1.200 hiện vật trước ngày 30/11/2026."),
    ("num", "Thư viện tỉnh số hóa tài liệu Hán Nôm, địa chí; xây dựng bộ sưu tập số \"Văn hiến Mỹ "
            "Hào Đông\" và kết nối với Thư viện số dùng chung của ngành."),
    ("num", "Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy quan tâm định hướng công tác tuyên truyền; "
            "Báo và Phát thanh, Truyền hình Mỹ Hào Đông mở chuyên mục \"Di sản số\" phát sóng định "
            "kỳ hằng tháng."),
    ("num", "UBND các huyện, thị xã, thành phố giao Phòng Văn hóa - Thông tin chủ trì rà soát, cập "
            "nhật dữ liệu di tích trên địa bàn; bố trí kinh phí cấp huyện và huy động xã hội hóa để "
            "gắn mã QR; quán triệt UBND cấp xã quản lý, bảo vệ thiết bị số tại di tích."),
    ("num", "Các sở, ban, ngành, Mặt trận Tổ quốc và các đoàn thể tỉnh, theo chức năng, nhiệm vụ, "
            "phối hợp tuyên truyền, vận động đoàn viên, hội viên tham gia Cuộc thi và trải nghiệm "
            "sản phẩm du lịch số."),
    ("p", "Đầu mối liên hệ: bà Tạ Thị Minh Nguyệt, Phó Trưởng phòng Quản lý Di sản văn hóa, Sở Văn "
          "hóa, Thể thao và Du lịch; điện thoại 0228 3 612 447; thư điện tử: "
          "nguyettm.svhttdl@myhaodong.gov.vn."),
    ("b", "PHỤ LỤC: DANH MỤC NHIỆM VỤ CỤ THỂ NĂM 2026"),
    ("table", [
        ["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp", "Thời gian hoàn thành"],
        ["1", "Ban hành hướng dẫn quy trình, tiêu chuẩn kỹ thuật số hóa di tích",
         "Sở Văn hóa, Thể thao và Du lịch", "Sở Khoa học và Công nghệ", "Trước ngày 28/02/2026"],
        ["2", "Bố trí kinh phí thực hiện năm 2026", "Sở Tài chính",
         "Sở Văn hóa, Thể thao và Du lịch", "Trước ngày 15/3/2026"],
        ["3", "Quét 3D, dựng tour tham quan ảo 12 di tích cấp quốc gia", "Ban Quản lý di tích tỉnh",
         "UBND các huyện, thị xã, thành phố", "Quý III/2026"],
        ["4", "Gắn mã QR thuyết minh song ngữ tại 147 di tích xếp hạng", "Ban Quản lý di tích tỉnh",
         "Phòng Văn hóa - Thông tin cấp huyện", "Trước ngày 30/9/2026"],
        ["5", "Số hóa 1.200 hiện vật, chạy thử Bảo tàng ảo", "Bảo tàng tỉnh",
         "Sở Khoa học và Công nghệ", "Trước ngày 30/11/2026"],
        ["6", "Số hóa 9.000 trang tài liệu Hán Nôm, địa chí", "Thư viện tỉnh",
         "Hội Văn học nghệ thuật tỉnh", "Tháng 12/2026"],
        ["7", "Tổ chức 04 lớp tập huấn kỹ năng số hóa di sản", "Sở Văn hóa, Thể thao và Du lịch",
         "Sở Nội vụ", "Quý II/2026"],
        ["8", "Đánh giá an toàn thông tin cấp độ 2 các hệ thống di sản số",
         "Sở Khoa học và Công nghệ", "Ban Quản lý di tích tỉnh", "Trước khi vận hành chính thức"],
    ]),
    ("sig", ("Nơi nhận:\n- Bộ Văn hóa, Thể thao và Du lịch (b/c);\n- Thường trực Tỉnh ủy (b/c);\n"
             "- Thường trực HĐND tỉnh;\n- Chủ tịch, các PCT UBND tỉnh;\n- Các sở, ban, ngành tỉnh;\n"
             "- UBND các huyện, thị xã, thành phố;\n- Lưu: VT, KGVX.",
             "TM. UBND TỈNH\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n(Đã ký)\nHứa Minh Khang")),
]


def build_docx(path):
    import docx
    from docx.shared import Pt
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    d = docx.Document()
    st = d.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for kind, val in RQ01:
        if kind in ("hdr", "sig"):
            t = d.add_table(rows=1, cols=2)
            for i, txt in enumerate(val):
                cell = t.rows[0].cells[i]
                lines = nfc(txt).split("\n")
                cell.paragraphs[0].text = lines[0]
                for ln in lines[1:]:
                    cell.add_paragraph(ln)
                if kind == "hdr":
                    for p in cell.paragraphs:
                        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "title":
            p = d.add_paragraph()
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
            p.add_run(nfc(val)).bold = True
        elif kind == "b":
            p = d.add_paragraph()
            p.add_run(nfc(val)).bold = True
        elif kind == "p":
            d.add_paragraph(nfc(val))
        elif kind == "bul":
            d.add_paragraph(nfc(val), style="List Bullet")
        elif kind == "num":
            d.add_paragraph(nfc(val), style="List Number")
        elif kind == "num2":
            d.add_paragraph(nfc(val), style="List Number 2")
        elif kind == "table":
            t = d.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for r, row in enumerate(val):
                for c, txt in enumerate(row):
                    t.rows[r].cells[c].text = nfc(txt)
                    if r == 0:
                        for run in t.rows[r].cells[c].paragraphs[0].runs:
                            run.bold = True
    d.save(path)


# ---------------------------------------------------------------- rq02 (txt)
RQ02_HEAD = """\
     UBND HUYỆN ĐÌNH VỌNG            CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
                                          Độc lập - Tự do - Hạnh phúc
     Số: 318/UBND-VHTT
V/v chuẩn bị tổ chức Lễ hội Đền        Đình Vọng, ngày 05 tháng 02 năm 2026
Bích Đàm năm 2026 và phối hợp
 số hóa di tích trên địa bàn

              Kính gửi:
                - Phòng Văn hóa - Thông tin huyện;
                - Trung tâm Văn hóa, Thể thao và Truyền thông huyện;
                - Phòng Tài chính - Kế hoạch huyện;
                - Công an huyện;
                - Trung tâm Y tế huyện;
                - UBND các xã: Bích Đàm, Vọng Khê, Tiêu Lạc.
"""

RQ02_BODY = [
    "Thực hiện Kế hoạch số 86/KH-UBND ngày 12/01/2026 của UBND tỉnh Mỹ Hào Đông về số hóa di tích "
    "lịch sử - văn hóa và phát triển du lịch số giai đoạn 2026 - 2027; căn cứ kết luận của Thường "
    "trực Huyện ủy tại cuộc họp ngày 30/01/2026 về công tác lễ hội đầu năm, UBND huyện Đình Vọng đề "
    "nghị các cơ quan, đơn vị, UBND các xã triển khai một số nội dung sau:",
    "1. Đối với Lễ hội Đền Bích Đàm năm 2026",
    "Lễ hội Đền Bích Đàm là lễ hội truyền thống lớn nhất của huyện, diễn ra từ ngày 13/3/2026 đến "
    "ngày 15/3/2026 (tức ngày 25 đến ngày 27 tháng Giêng năm Bính Ngọ) tại Khu di tích Đền Bích "
    "Đàm, xã Bích Đàm. Năm nay lễ hội gắn với việc ra mắt tour tham quan ảo Đền Bích Đàm, di tích "
    "đầu tiên của huyện hoàn thành số hóa 3D theo Kế hoạch số 86/KH-UBND của UBND tỉnh. Quy mô dự "
    "kiến đón khoảng 50.000 lượt khách.",
    "a) Phòng Văn hóa - Thông tin huyện chủ trì, tham mưu UBND huyện thành lập Ban chỉ đạo lễ hội "
    "trước ngày 12/02/2026; thẩm định nội dung Chương trình lễ hội do UBND xã Bích Đàm xây dựng; "
    "kiểm tra việc thực hiện nếp sống văn minh, niêm yết giá dịch vụ, quản lý tiền công đức tại lễ "
    "hội.",
    "b) Trung tâm Văn hóa, Thể thao và Truyền thông huyện xây dựng kịch bản, dàn dựng chương trình "
    "nghệ thuật đêm khai mạc; phát trực tiếp lễ khai mạc trên trang thông tin điện tử và fanpage "
    "của huyện; trang trí cổ động với 50 băng rôn, 200 cờ phướn dọc đường tỉnh 284 và các trục "
    "đường vào khu di tích.",
    "c) Công an huyện xây dựng phương án bảo đảm an ninh, trật tự, phòng cháy, chữa cháy; phân "
    "luồng giao thông tại ngã ba Đàm Hạ trong các ngày diễn ra lễ hội; xử lý nghiêm tình trạng "
    "đeo bám, chèo kéo khách, trộm cắp.",
    "d) Trung tâm Y tế huyện bố trí 01 tổ cấp cứu lưu động trực 24/24 giờ tại khu di tích; kiểm tra "
    "an toàn thực phẩm đối với các hộ kinh doanh ăn uống trong khu vực lễ hội.",
    "đ) Phòng Tài chính - Kế hoạch huyện thẩm định, tham mưu UBND huyện hỗ trợ 150 triệu đồng từ "
    "ngân sách huyện cho xã Bích Đàm tổ chức lễ hội, trình trước ngày 25/02/2026.",
    "e) UBND xã Bích Đàm xây dựng Chương trình chi tiết lễ hội, gửi Phòng Văn hóa - Thông tin huyện "
    "trước ngày 22/02/2026; bố trí 03 bãi trông giữ xe, niêm yết giá công khai; không để người "
    "đốt vàng mã ngoài nơi quy định, không để phát sinh hòm công đức tự phát.",
    "2. Đối với công tác số hóa di tích trên địa bàn huyện",
    "Toàn huyện hiện có 41 di tích xếp hạng (04 di tích cấp quốc gia, 37 di tích cấp tỉnh). Theo "
    "Kế hoạch của UBND tỉnh, năm 2026 Ban Quản lý di tích tỉnh sẽ quét 3D Đền Bích Đàm, Đình Vọng "
    "Khê và gắn mã QR tại toàn bộ các di tích xếp hạng của huyện. Để phối hợp thực hiện, UBND huyện "
    "đề nghị:",
    "a) Phòng Văn hóa - Thông tin huyện phối hợp với Ban Quản lý di tích tỉnh khảo sát Đình Vọng Khê "
    "trong tháng 4/2026; hướng dẫn các xã rà soát hồ sơ, cập nhật dữ liệu di tích lên nền tảng "
    "\"Bản đồ di sản Mỹ Hào Đông\"; tổng hợp kết quả báo cáo UBND huyện trước ngày 15/6/2026.",
    "b) UBND các xã Vọng Khê, Tiêu Lạc rà soát hồ sơ di tích, cung cấp tư liệu, ảnh tư liệu, sắc "
    "phong, hiện vật phục vụ quét 3D và biên soạn thuyết minh trước ngày 31/3/2026; mỗi xã cử 01 "
    "công chức Văn hóa - Xã hội tham gia lớp tập huấn kỹ năng số hóa do Sở Văn hóa, Thể thao và Du "
    "lịch tổ chức.",
    "c) UBND xã Tiêu Lạc phối hợp với đơn vị thi công tu bổ Chùa Tiêu Lạc bảo đảm che chắn, bảo vệ "
    "hiện vật; đề xuất thời điểm quét 3D sau khi hoàn thành tu bổ.",
    "d) Trung tâm Văn hóa, Thể thao và Truyền thông huyện mở chuyên mục \"Đình Vọng - di sản số\" "
    "trên sóng phát thanh của huyện, phát vào 17 giờ 30 thứ Sáu hằng tuần.",
    "3. Chế độ thông tin, báo cáo",
    "Các cơ quan, đơn vị báo cáo kết quả tổ chức lễ hội về UBND huyện (qua Phòng Văn hóa - Thông "
    "tin) trước ngày 20/3/2026; báo cáo kết quả phối hợp số hóa di tích định kỳ hằng quý, trước "
    "ngày 15 của tháng cuối quý.",
    "Đầu mối liên hệ: ông Đinh Công Thạc, Phó Trưởng phòng Văn hóa - Thông tin huyện, điện thoại "
    "0912 408 735, thư điện tử: thacdc.vhtt@dinhvong.myhaodong.gov.vn.",
    "UBND huyện đề nghị các cơ quan, đơn vị, UBND các xã nghiêm túc triển khai thực hiện./.",
]

RQ02_TAIL = """\

Nơi nhận:                                       KT. CHỦ TỊCH
- Như trên;                                     PHÓ CHỦ TỊCH
- Sở VH-TT&DL tỉnh (b/c);
- Ban Quản lý di tích tỉnh;                       (Đã ký)
- TT Huyện ủy, TT HĐND huyện;
- CT, các PCT UBND huyện;                     Vi Thị Hồng Nhung
- Lưu: VT, VHTT.
"""


def build_rq02(path):
    out = [RQ02_HEAD]
    for para in RQ02_BODY:
        wrapped = textwrap.fill(para, width=74, initial_indent="    ",
                                break_long_words=False, break_on_hyphens=False)
        out.append(wrapped)
    txt = "\n".join(out) + "\n" + RQ02_TAIL
    with open(path, "w", encoding="utf-8") as f:
        f.write(nfc(txt))


# ---------------------------------------------------------------- rq03 (md)
RQ03 = """\
UBND XÃ BÍCH ĐÀM — CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
**Độc lập - Tự do - Hạnh phúc**

Số: 07/CTr-UBND — Bích Đàm, ngày 20 tháng 02 năm 2026

# CHƯƠNG TRÌNH
## Tổ chức Lễ hội Đền Bích Đàm năm 2026

Căn cứ Công văn số 318/UBND-VHTT ngày 05/02/2026 của UBND huyện Đình Vọng về việc chuẩn bị tổ chức Lễ hội Đền Bích Đàm năm 2026 và phối hợp số hóa di tích trên địa bàn;

Căn cứ Quyết định số 12/QĐ-UBND ngày 16/02/2026 của UBND xã Bích Đàm về việc thành lập Ban tổ chức Lễ hội Đền Bích Đàm năm 2026,

UBND xã Bích Đàm xây dựng Chương trình tổ chức lễ hội như sau:

### I. THỜI GIAN, ĐỊA ĐIỂM, QUY MÔ

- Thời gian: 03 ngày, từ ngày 13/3/2026 đến hết ngày 15/3/2026 (tức từ ngày 25 đến ngày 27 tháng Giêng năm Bính Ngọ).
- Địa điểm: Khu di tích Đền Bích Đàm, thôn Đàm Thượng, xã Bích Đàm, huyện Đình Vọng, tỉnh Mỹ Hào Đông.
- Quy mô: phần lễ do các cụ cao niên và Ban Quản lý Đền Bích Đàm thực hiện theo nghi thức truyền thống; phần hội gồm các trò chơi dân gian, thể thao, văn nghệ và hoạt động trải nghiệm di sản số. Dự kiến đón khoảng 50.000 lượt khách.
- Điểm mới năm 2026: ra mắt tour tham quan ảo 360 độ Đền Bích Đàm và khu trải nghiệm thực tế ảo do Ban Quản lý di tích tỉnh thực hiện theo Kế hoạch số 86/KH-UBND của UBND tỉnh.

### II. CHƯƠNG TRÌNH CHI TIẾT

| Thời gian | Nội dung | Địa điểm | Đơn vị thực hiện |
|---|---|---|---|
| 06h00 - 07h30 ngày 13/3 | Lễ cáo yết, mở cửa đền | Hậu cung Đền Bích Đàm | Ban Quản lý Đền Bích Đàm, các cụ cao niên |
| 08h00 - 10h00 ngày 13/3 | Lễ rước nước từ bến Đàm Hạ về đền | Bến Đàm Hạ - sân đền | Đội rước các thôn Đàm Thượng, Đàm Hạ, Bích Trung |
| 19h30 - 21h30 ngày 13/3 | Lễ khai mạc, chương trình nghệ thuật "Bích Đàm - sắc xuân di sản", ra mắt tour tham quan ảo | Sân khấu chính trước đền | Trung tâm Văn hóa, Thể thao và Truyền thông huyện; UBND xã |
| 07h30 - 11h00 ngày 14/3 | Giải bóng chuyền hơi nam, nữ các thôn | Sân vận động xã | Đoàn TNCS Hồ Chí Minh xã |
| 08h00 - 11h00 ngày 14/3 | Hội thi thổi cơm, têm trầu cánh phượng | Sân đình thôn Bích Trung | Hội Liên hiệp Phụ nữ xã |
| 14h00 - 16h30 ngày 14/3 | Trải nghiệm "Check-in di sản": quét mã QR, kính thực tế ảo | Nhà trưng bày cạnh đền | Ban Quản lý di tích tỉnh |
| 14h00 - 17h00 ngày 14/3 | Cờ người, kéo co, đập niêu, bịt mắt bắt dê | Sân đền | Hội Cựu chiến binh xã |
| 20h00 - 22h00 ngày 14/3 | Đêm hát chèo, hát văn | Sân khấu chính trước đền | Câu lạc bộ chèo xã Bích Đàm |
| 07h00 - 09h00 ngày 15/3 | Lễ dâng hương tạ ơn | Đền Bích Đàm | Ban Quản lý Đền Bích Đàm |
| 09h30 - 11h00 ngày 15/3 | Trao giải các hội thi, bế mạc lễ hội | Sân khấu chính trước đền | Ban tổ chức lễ hội |

### III. PHÂN CÔNG NHIỆM VỤ

1. Công chức Văn hóa - Xã hội xã: là thường trực Ban tổ chức, chủ trì xây dựng kịch bản các nghi lễ, thể lệ các hội thi; phối hợp với Ban Quản lý di tích tỉnh bố trí khu trải nghiệm thực tế ảo; tổng hợp báo cáo kết quả lễ hội gửi Phòng Văn hóa - Thông tin huyện trước ngày 18/3/2026.
2. Công an xã: chủ trì bảo đảm an ninh, trật tự, phòng cháy, chữa cháy với 24 cán bộ, chiến sĩ và lực lượng bảo vệ dân phố trực suốt 03 ngày; phối hợp Công an huyện phân luồng tại ngã ba Đàm Hạ.
3. Trạm Y tế xã: bố trí 01 điểm sơ cứu cố định tại cổng đền, trực 24/24 giờ; phối hợp Trung tâm Y tế huyện kiểm tra an toàn thực phẩm.
4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể vận động nhân dân thực hiện nếp sống văn minh, giữ gìn vệ sinh môi trường, không đốt vàng mã ngoài nơi quy định.
5. Ban Quản lý Đền Bích Đàm: quản lý, kiểm đếm tiền công đức có sự giám sát của Ban Thanh tra nhân dân xã; niêm yết công khai số tiền công đức sau lễ hội; bố trí 12 người hướng dẫn khách dâng hương.
6. Các thôn Đàm Thượng, Đàm Hạ, Bích Trung: mỗi thôn thành lập 01 đội rước 40 người, trang phục truyền thống; thôn Đàm Thượng bố trí 02 bãi trông giữ xe, thôn Đàm Hạ bố trí 01 bãi trông giữ xe, niêm yết giá 5.000 đồng/lượt xe máy.

### IV. KINH PHÍ

Tổng kinh phí tổ chức lễ hội: 285 triệu đồng, gồm: ngân sách huyện hỗ trợ 150 triệu đồng; ngân sách xã 80 triệu đồng; nguồn xã hội hóa 55 triệu đồng.

Đầu mối liên hệ: bà Hoàng Thị Diệu Linh, công chức Văn hóa - Xã hội xã, điện thoại 0387 215 664.

Trên đây là Chương trình tổ chức Lễ hội Đền Bích Đàm năm 2026, UBND xã yêu cầu các bộ phận, đơn vị, các thôn nghiêm túc thực hiện./.

**Nơi nhận:**
- Phòng VH-TT huyện (b/c);
- TT Đảng ủy, TT HĐND xã;
- Các thành viên Ban tổ chức;
- Các thôn;
- Lưu: VT, VHXH.

TM. UBND XÃ
CHỦ TỊCH
(Đã ký)
Bế Văn Sướng
"""


# ---------------------------------------------------------------- rq04 (pdf)
RQ04 = [
    ("hdr", "UBND TỈNH MỸ HÀO ĐÔNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
    ("hdr", "SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH", "Độc lập - Tự do - Hạnh phúc"),
    ("hdr", "Số: 1274/QĐ-SVHTTDL", "Hào Giang, ngày 03 tháng 3 năm 2026"),
    ("gap", ""),
    ("title", "QUYẾT ĐỊNH"),
    ("titlep", "Ban hành Thể lệ Cuộc thi \"Di sản Mỹ Hào Đông trong kỷ nguyên số\" năm 2026"),
    ("title", "GIÁM ĐỐC SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH"),
    ("p", "Căn cứ Quyết định số 08/2025/QĐ-UBND ngày 14/4/2025 của UBND tỉnh quy định chức năng, "
          "nhiệm vụ, quyền hạn và cơ cấu tổ chức của Sở Văn hóa, Thể thao và Du lịch;"),
    ("p", "Căn cứ Kế hoạch số 86/KH-UBND ngày 12/01/2026 của UBND tỉnh về số hóa di tích lịch sử - "
          "văn hóa và phát triển du lịch số tỉnh Mỹ Hào Đông giai đoạn 2026 - 2027;"),
    ("p", "Theo đề nghị của Trưởng phòng Quản lý Di sản văn hóa."),
    ("title", "QUYẾT ĐỊNH:"),
    ("p", "Điều 1. Ban hành kèm theo Quyết định này Thể lệ Cuộc thi \"Di sản Mỹ Hào Đông trong kỷ "
          "nguyên số\" năm 2026."),
    ("p", "Điều 2. Giao Phòng Quản lý Di sản văn hóa chủ trì, phối hợp với Văn phòng Sở, Bảo tàng "
          "tỉnh, Thư viện tỉnh và Ban Quản lý di tích tỉnh tổ chức Cuộc thi theo đúng Thể lệ; Văn "
          "phòng Sở bảo đảm kinh phí tổ chức và giải thưởng là 245 triệu đồng từ nguồn kinh phí "
          "thực hiện Kế hoạch số 86/KH-UBND năm 2026."),
    ("p", "Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Chánh Văn phòng Sở, Trưởng phòng Quản "
          "lý Di sản văn hóa, Giám đốc Bảo tàng tỉnh, Giám đốc Thư viện tỉnh, Trưởng Ban Quản lý di "
          "tích tỉnh và các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này./."),
    ("sig", "Nơi nhận:\n- Như Điều 3;\n- UBND tỉnh (b/c);\n- Sở Giáo dục và Đào tạo;\n"
            "- Tỉnh đoàn;\n- UBND các huyện, thị xã, thành phố;\n- Lưu: VT, QLDSVH.",
     "GIÁM ĐỐC\n\n(Đã ký)\n\nĐàm Quốc Hưng"),
    ("page", ""),
    ("title", "THỂ LỆ"),
    ("titlep", "Cuộc thi \"Di sản Mỹ Hào Đông trong kỷ nguyên số\" năm 2026"),
    ("center", "(Ban hành kèm theo Quyết định số 1274/QĐ-SVHTTDL ngày 03/3/2026 của Giám đốc Sở Văn "
               "hóa, Thể thao và Du lịch)"),
    ("b", "Điều 1. Mục đích"),
    ("p", "Cuộc thi nhằm tuyên truyền, giáo dục truyền thống, nâng cao hiểu biết về hệ thống di "
          "tích, lễ hội, hiện vật của tỉnh; khuyến khích người dân, nhất là học sinh, sinh viên, "
          "đoàn viên thanh niên sử dụng công nghệ số để giới thiệu, quảng bá di sản quê hương."),
    ("b", "Điều 2. Đối tượng dự thi"),
    ("p", "Công dân Việt Nam từ đủ 12 tuổi trở lên đang sinh sống, học tập, làm việc tại tỉnh Mỹ Hào "
          "Đông và người con Mỹ Hào Đông ở mọi miền đất nước. Thành viên Ban tổ chức, Ban giám khảo "
          "và Tổ thư ký không tham gia dự thi."),
    ("b", "Điều 3. Nội dung, hình thức thi"),
    ("p", "1. Bảng A - Thi tìm hiểu trực tuyến: người dự thi trả lời 20 câu hỏi trắc nghiệm về di "
          "tích, lễ hội, danh nhân của tỉnh trong thời gian tối đa 15 phút và 01 câu hỏi dự đoán số "
          "người tham gia mỗi tuần, tại địa chỉ disanso.myhaodong.gov.vn. Mỗi người được thi tối "
          "đa 03 lần mỗi tuần; kết quả tính theo lần thi có điểm cao nhất."),
    ("p", "2. Bảng B - Sáng tạo sản phẩm số: mỗi tác giả hoặc nhóm tác giả (không quá 05 người) gửi "
          "tối đa 02 tác phẩm thuộc một trong các thể loại: video ngắn thời lượng từ 03 đến 05 phút; "
          "bộ ảnh 360 độ; infographic hoặc bản đồ số giới thiệu một di tích, lễ hội hoặc hiện vật "
          "của tỉnh. Tác phẩm phải là sáng tác mới, chưa công bố, chưa dự thi ở cuộc thi khác."),
    ("b", "Điều 4. Thời gian"),
    ("p", "1. Bảng A thi trong 04 tuần, bắt đầu từ 08 giờ 00 ngày 23/3/2026 và kết thúc lúc 17 giờ 00 "
          "ngày 19/4/2026."),
    ("p", "2. Bảng B nhận tác phẩm từ ngày 23/3/2026 đến 17 giờ 00 ngày 15/5/2026 qua thư điện tử "
          "cuocthidisan@myhaodong.gov.vn hoặc gửi trực tiếp tại Phòng Quản lý Di sản văn hóa, số 18 "
          "đường Lê Chân Hào, phường Kiều Mộc, thành phố Hào Giang."),
    ("p", "3. Tổng kết, trao giải dự kiến tổ chức ngày 18/5/2026, nhân Ngày Quốc tế Bảo tàng, tại "
          "Bảo tàng tỉnh."),
    ("b", "Điều 5. Cơ cấu giải thưởng"),
    ("p", "1. Bảng A (giải tuần, mỗi tuần): 01 giải Nhất trị giá 3.000.000 đồng; 02 giải Nhì, mỗi "
          "giải 2.000.000 đồng; 03 giải Ba, mỗi giải 1.000.000 đồng; 10 giải Khuyến khích, mỗi giải "
          "500.000 đồng. Kết thúc Bảng A, Ban tổ chức trao 03 giải tập thể cho đơn vị có số người "
          "tham gia đông nhất, mỗi giải 5.000.000 đồng."),
    ("p", "2. Bảng B (giải chung cuộc): 01 giải Nhất trị giá 15.000.000 đồng; 02 giải Nhì, mỗi giải "
          "10.000.000 đồng; 03 giải Ba, mỗi giải 6.000.000 đồng; 05 giải Khuyến khích, mỗi giải "
          "2.000.000 đồng; 01 giải \"Tác phẩm được yêu thích nhất\" theo kết quả bình chọn trực "
          "tuyến, trị giá 3.000.000 đồng."),
    ("p", "3. Người đạt giải được nhận Giấy chứng nhận của Giám đốc Sở Văn hóa, Thể thao và Du lịch "
          "kèm tiền thưởng. Mỗi cá nhân chỉ nhận 01 giải cao nhất ở mỗi bảng thi."),
    ("b", "Điều 6. Bản quyền, sử dụng tác phẩm"),
    ("p", "Tác giả chịu trách nhiệm về bản quyền tác phẩm. Ban tổ chức có quyền sử dụng các tác phẩm "
          "đạt giải để tuyên truyền, quảng bá di sản, tích hợp lên nền tảng \"Bản đồ di sản Mỹ Hào "
          "Đông\" mà không phải trả thêm nhuận bút. Tác phẩm vi phạm bản quyền sẽ bị hủy kết quả."),
    ("b", "Điều 7. Ban giám khảo"),
    ("p", "Ban giám khảo gồm 07 thành viên là nhà nghiên cứu lịch sử, văn hóa, chuyên gia công nghệ "
          "và nghệ sĩ nhiếp ảnh, do Giám đốc Sở quyết định thành lập. Tiêu chí chấm Bảng B: nội dung "
          "chính xác (40 điểm), tính sáng tạo (30 điểm), kỹ thuật thể hiện (20 điểm), sức lan tỏa (10 "
          "điểm)."),
    ("b", "Điều 8. Trách nhiệm tổ chức"),
    ("p", "1. Phòng Quản lý Di sản văn hóa là thường trực Cuộc thi, chủ trì xây dựng kế hoạch chi "
          "tiết, vận hành trang thi, tổng hợp kết quả từng tuần và công bố trên Cổng thông tin điện "
          "tử của Sở vào thứ Tư của tuần kế tiếp."),
    ("p", "2. Thư viện tỉnh chủ trì biên soạn ngân hàng 300 câu hỏi và đáp án, gửi Phòng Quản lý Di "
          "sản văn hóa trước ngày 16/3/2026."),
    ("p", "3. Bảo tàng tỉnh và Ban Quản lý di tích tỉnh cung cấp tư liệu, hình ảnh, mô hình 3D để "
          "người dự thi khai thác; bố trí không gian trưng bày các tác phẩm đạt giải tại Bảo tàng "
          "tỉnh từ ngày 18/5/2026 đến ngày 18/6/2026."),
    ("p", "4. Đề nghị Sở Giáo dục và Đào tạo phổ biến Cuộc thi tới học sinh các trường THCS, THPT; "
          "đề nghị Tỉnh đoàn phát động đoàn viên, thanh niên tham gia Bảng B."),
    ("p", "5. UBND các huyện, thị xã, thành phố chỉ đạo Phòng Văn hóa - Thông tin tuyên truyền Cuộc "
          "thi trên hệ thống truyền thanh cơ sở, vận động cán bộ, công chức, người lao động tham gia."),
    ("p", "Mọi thông tin chi tiết xin liên hệ: ông Khổng Minh Tuấn, chuyên viên Phòng Quản lý Di sản "
          "văn hóa, điện thoại 0976 351 208, thư điện tử: cuocthidisan@myhaodong.gov.vn."),
]


def build_pdf(path):
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_margins(22, 18, 18)
    pdf.set_auto_page_break(True, 18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    w = pdf.w - pdf.l_margin - pdf.r_margin
    for item in RQ04:
        kind = item[0]
        if kind == "hdr":
            pdf.set_font("DejaVu", "B", 10)
            pdf.cell(w * 0.42, 5.5, nfc(item[1]), align="C")
            pdf.cell(w * 0.58, 5.5, nfc(item[2]), align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "gap":
            pdf.ln(4)
        elif kind == "page":
            pdf.add_page()
        elif kind == "title":
            pdf.set_font("DejaVu", "B", 12)
            pdf.multi_cell(w, 6.5, nfc(item[1]), align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "titlep":
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(w, 6, nfc(item[1]), align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "center":
            pdf.set_font("DejaVu", "", 10)
            pdf.multi_cell(w, 5.5, nfc(item[1]), align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(2)
        elif kind == "b":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(w, 6, nfc(item[1]), new_x="LMARGIN", new_y="NEXT")
        elif kind == "p":
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(w, 5.8, nfc(item[1]), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
        elif kind == "sig":
            pdf.ln(4)
            y = pdf.get_y()
            pdf.set_font("DejaVu", "", 9)
            pdf.multi_cell(w * 0.5, 4.8, nfc(item[1]), new_x="LMARGIN", new_y="NEXT")
            y2 = pdf.get_y()
            pdf.set_xy(pdf.l_margin + w * 0.5, y)
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.multi_cell(w * 0.5, 5.5, nfc(item[2]), align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.set_y(max(y2, pdf.get_y()))
    pdf.output(path)


# ---------------------------------------------------------------- rq05 (md)
RQ05 = """\
SỞ VĂN HÓA, THỂ THAO VÀ DU LỊCH
**BAN QUẢN LÝ DI TÍCH TỈNH**
Số: 41/BC-BQLDT

CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
**Độc lập - Tự do - Hạnh phúc**
*Hào Giang, ngày 08 tháng 7 năm 2026*

# BÁO CÁO
## Kết quả 6 tháng đầu năm 2026 thực hiện Kế hoạch số 86/KH-UBND về số hóa di tích lịch sử - văn hóa và phát triển du lịch số

Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Mỹ Hào Đông.

Thực hiện Kế hoạch số 86/KH-UBND ngày 12/01/2026 của UBND tỉnh, Ban Quản lý di tích tỉnh báo cáo kết quả 6 tháng đầu năm 2026 (số liệu đến hết ngày 30/6/2026) như sau:

### I. KẾT QUẢ THỰC HIỆN

#### 1. Các chỉ tiêu chủ yếu

| TT | Chỉ tiêu | Kế hoạch năm 2026 | Thực hiện 6 tháng | Tỷ lệ (%) |
|---|---|---|---|---|
| 1 | Di tích cấp quốc gia hoàn thành số hóa 3D | 12 | 7 | 58,3 |
| 2 | Di tích cấp tỉnh hoàn thành số hóa 3D | 30 | 11 | 36,7 |
| 3 | Di tích xếp hạng gắn mã QR song ngữ | 147 | 96 | 65,3 |
| 4 | Hiện vật Bảo tàng tỉnh số hóa | 1.200 | 845 | 70,4 |
| 5 | Trang tài liệu Thư viện tỉnh số hóa | 9.000 | 6.320 | 70,2 |
| 6 | Lượt tham quan ảo | 250.000 | 163.480 | 65,4 |

Bảy di tích cấp quốc gia hoàn thành số hóa 3D gồm: Đền Bích Đàm, Đình Vọng Khê, Văn miếu Hào Giang, di chỉ khảo cổ Khả Lý, Chùa Nhuận Trạch, Đền Ô Cách và Thành cổ Kiều Mộc. Tour tham quan ảo Đền Bích Đàm chính thức ra mắt tại đêm khai mạc Lễ hội Đền Bích Đàm ngày 13/3/2026, thu hút 18.450 lượt truy cập trong 03 ngày lễ hội.

#### 2. Kết quả theo địa bàn

| Đơn vị hành chính | Số di tích xếp hạng | Đã gắn mã QR | Lượt khách tham quan trực tiếp 6 tháng |
|---|---|---|---|
| Thành phố Hào Giang | 52 | 38 | 214.500 |
| Huyện Đình Vọng | 41 | 27 | 186.200 |
| Huyện Tràng Khúc | 33 | 19 | 58.900 |
| Thị xã Vân Trì | 21 | 12 | 40.300 |
| **Cộng** | **147** | **96** | **499.900** |

Riêng Lễ hội Đền Bích Đàm năm 2026 đón khoảng 62.000 lượt khách trong 03 ngày, vượt 24% so với dự kiến; không xảy ra mất an ninh trật tự, không có phản ánh về tình trạng chèo kéo, nâng giá.

#### 3. Các hoạt động khác

- Phối hợp Phòng Quản lý Di sản văn hóa tổ chức Cuộc thi "Di sản Mỹ Hào Đông trong kỷ nguyên số" năm 2026: Bảng A có 41.236 lượt thi sau 04 tuần; Bảng B nhận 187 tác phẩm của 152 tác giả, nhóm tác giả. Lễ trao giải tổ chức ngày 18/5/2026 tại Bảo tàng tỉnh; giải Nhất Bảng B thuộc về nhóm học sinh Trường THPT chuyên Hào Giang với video "Khả Lý - ký ức ba nghìn năm".
- Tham gia 02 lớp tập huấn kỹ năng số hóa di sản do Sở tổ chức với 86 lượt học viên, trong đó có 31 công chức văn hóa cấp xã.
- Kinh phí: giải ngân 3,12 tỷ đồng trên tổng số 7,9 tỷ đồng giao năm 2026, đạt 39,5%.

### II. TỒN TẠI, HẠN CHẾ

- Số hóa 3D di tích cấp tỉnh đạt thấp (36,7%) do Ban chỉ có 01 máy quét laser 3D và 04 viên chức kỹ thuật.
- Chùa Tiêu Lạc (huyện Đình Vọng) đang tu bổ nên chưa thể quét 3D; 09 di tích vùng sâu của huyện Tràng Khúc chưa có sóng 4G ổn định, mã QR chưa truy cập được.
- Một số UBND cấp xã chưa quan tâm bảo vệ biển mã QR, có 14 biển bị hư hỏng, mất.

### III. NHIỆM VỤ 6 THÁNG CUỐI NĂM 2026

1. Hoàn thành số hóa 3D 05 di tích cấp quốc gia còn lại trước ngày 30/11/2026; thuê thêm 02 máy quét laser 3D từ nguồn xã hội hóa.
2. Gắn mã QR cho 51 di tích còn lại, thay thế 14 biển hư hỏng, hoàn thành trước ngày 30/9/2026.
3. Phối hợp Bảo tàng tỉnh chạy thử Bảo tàng ảo tỉnh Mỹ Hào Đông từ tháng 10/2026.

### IV. ĐỀ XUẤT, KIẾN NGHỊ

1. Đề nghị Sở Văn hóa, Thể thao và Du lịch trình UBND tỉnh bổ sung 1,2 tỷ đồng để mua sắm thiết bị quét 3D trong năm 2026.
2. Đề nghị Sở Khoa học và Công nghệ hỗ trợ kết nối cơ sở dữ liệu di sản vào Trung tâm dữ liệu tỉnh trong quý III/2026.
3. Đề nghị UBND huyện Tràng Khúc phối hợp doanh nghiệp viễn thông phủ sóng 4G tại 09 di tích vùng sâu trước ngày 31/12/2026.

Người liên hệ: ông Phùng Bá Khiêm, Phó Trưởng Ban Quản lý di tích tỉnh, điện thoại 0915 602 377, thư điện tử: khiempb.bqldt@myhaodong.gov.vn.

**Nơi nhận:**
- Như trên;
- UBND tỉnh (b/c);
- Sở Tài chính;
- Lưu: VT, KT.

TRƯỞNG BAN
(Đã ký)
Giáp Thị Thu Hường
"""


# ---------------------------------------------------------------- questions
D1 = "rq01_kehoach_sohoa.docx"
D2 = "rq02_congvan_lehoi.txt"
D3 = "rq03_chuongtrinh_lehoi.md"
D4 = "rq04_quyetdinh_thele.pdf"
D5 = "rq05_baocao_sohoa.md"

# (question, kind, [(source, quote)], [keywords], extra)   kind "unanswerable" => answerable false
# extra: {"h": index-key of earlier question, "a": [actors]}
Q = [
    # ---- rq01 Kế hoạch 86/KH-UBND
    ("k1", "Kế hoạch số hóa di tích giai đoạn 2026-2027 của tỉnh tổng kinh phí dự kiến bao nhiêu?", "factoid",
     [(D1, "Tổng kinh phí thực hiện Kế hoạch dự kiến 18,6 tỷ đồng")], ["18,6 tỷ đồng"], {}),
    ("k2", "Riêng năm 2027 là bao nhiêu?", "follow-up",
     [(D1, "trong đó năm 2026 là 7,9 tỷ đồng, năm 2027 là 10,7 tỷ đồng")], ["10,7 tỷ đồng"], {"h": "k1"}),
    ("k3", "con nam 2028 thi sao?", "unanswerable", [], [], {"h": "k1"}),
    ("k4", "KH 86 của UBND tỉnh do ai ký, ký ngày nào?", "metadata",
     [(D1, "PHÓ CHỦ TỊCH (Đã ký) Hứa Minh Khang"), (D1, "Hào Giang, ngày 12 tháng 01 năm 2026")],
     ["Hứa Minh Khang", "12 tháng 01 năm 2026"], {}),
    ("k5", "Năm 2026 tỉnh đặt chỉ tiêu số hóa 3D bao nhiêu di tích?", "factoid",
     [(D1, "Năm 2026: hoàn thành số hóa 3D 12 di tích cấp quốc gia và 30 di tích cấp tỉnh")],
     ["12 di tích cấp quốc gia", "30 di tích cấp tỉnh"], {}),
    ("k6", "Sở Tài chính được giao việc gì trong kế hoạch số hóa di tích, hạn chót khi nào?", "who-what",
     [(D1, "Sở Tài chính chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch tham mưu UBND tỉnh bố trí kinh phí năm 2026 trước ngày 15/3/2026")],
     ["15/3/2026"], {"a": ["Sở Tài chính"]}),
    ("k7", "Thu vien tinh phai lam gi theo ke hoach so hoa di tich cua tinh?", "no-diacritics",
     [(D1, "Thư viện tỉnh số hóa tài liệu Hán Nôm, địa chí; xây dựng bộ sưu tập số \"Văn hiến Mỹ Hào Đông\"")],
     ["Văn hiến Mỹ Hào Đông"], {"a": ["Thư viện tỉnh"]}),
    ("k8", "Đầu mối của Sở VH-TT&DL về kế hoạch số hóa di tích là ai, số máy?", "abbreviation",
     [(D1, "bà Tạ Thị Minh Nguyệt, Phó Trưởng phòng Quản lý Di sản văn hóa"), (D1, "điện thoại 0228 3 612 447")],
     ["Tạ Thị Minh Nguyệt", "0228 3 612 447"], {}),
    ("k9", "Những di tích nào được ưu tiên làm tour tham quan ảo trước?", "list",
     [(D1, "ưu tiên Đền Bích Đàm, Đình Vọng Khê (huyện Đình Vọng), di chỉ khảo cổ Khả Lý (huyện Tràng Khúc) và Văn miếu Hào Giang")],
     ["Đình Vọng Khê", "Khả Lý", "Văn miếu Hào Giang"], {}),
    ("k12", "Sở KH&CN có nhiệm vụ gì trong KH 86/KH-UBND?", "abbreviation",
     [(D1, "Sở Khoa học và Công nghệ có trách nhiệm bố trí hạ tầng lưu trữ tại Trung tâm dữ liệu tỉnh")],
     ["Trung tâm dữ liệu tỉnh"], {"a": ["Sở Khoa học và Công nghệ"]}),
    ("k13", "Bảo tàng tỉnh phải số hóa bao nhiêu hiện vật trong năm 2026 và xong trước ngày nào?", "who-what",
     [(D1, "hoàn thành số hóa 1.200 hiện vật trước ngày 30/11/2026")], ["1.200", "30/11/2026"],
     {"a": ["Bảo tàng tỉnh"]}),
    ("k14", "Ung dung du lich so ma tinh xay dung ten la gi?", "no-diacritics",
     [(D1, "xây dựng ứng dụng \"Mỹ Hào Đông Travel\" tích hợp vé điện tử")], ["Mỹ Hào Đông Travel"], {}),
    ("k15", "Tập huấn kỹ năng số hóa di sản tổ chức mấy lớp, cho bao nhiêu lượt người?", "factoid",
     [(D1, "tổ chức 04 lớp tập huấn kỹ năng số hóa, quản trị dữ liệu di sản cho 160 lượt công chức văn hóa")],
     ["04 lớp", "160 lượt"], {}),
    ("k16", "Vậy đơn vị nào phối hợp mở các lớp đó và xong khi nào?", "follow-up",
     [(D1, "Tổ chức 04 lớp tập huấn kỹ năng số hóa di sản Sở Văn hóa, Thể thao và Du lịch Sở Nội vụ Quý II/2026")],
     ["Sở Nội vụ", "Quý II/2026"], {"h": "k15"}),
    ("k17", "Ban QLDT tỉnh phải gắn xong mã QR ở các di tích xếp hạng trước ngày nào?", "abbreviation",
     [(D1, "phối hợp với UBND cấp huyện gắn mã QR tại các di tích xếp hạng, hoàn thành trước ngày 30/9/2026")],
     ["30/9/2026"], {"a": ["Ban Quản lý di tích tỉnh"]}),
    ("k18", "Báo, đài của tỉnh được giao mở chuyên mục gì, bao lâu phát một lần?", "who-what",
     [(D1, "Báo và Phát thanh, Truyền hình Mỹ Hào Đông mở chuyên mục \"Di sản số\" phát sóng định kỳ hằng tháng")],
     ["Di sản số", "hằng tháng"], {"a": ["Báo và Phát thanh, Truyền hình Mỹ Hào Đông"]}),
    ("k21", "Kế hoạch số hóa của tỉnh số mấy, ban hành ngày nào?", "metadata",
     [(D1, "UBND TỈNH MỸ HÀO ĐÔNG Số: 86/KH-UBND"), (D1, "Hào Giang, ngày 12 tháng 01 năm 2026")],
     ["86/KH-UBND", "12 tháng 01 năm 2026"], {}),
    ("u1", "Thị xã Vân Trì được giao quét 3D những di tích nào theo kế hoạch 86?", "unanswerable", [], [], {}),
    ("u2", "Dữ liệu gốc số hóa di tích được sao lưu cụ thể ở những địa điểm nào?", "unanswerable", [], [], {}),
    ("u3", "Huyện nào gắn xong mã QR sớm thì được tỉnh thưởng bao nhiêu tiền?", "unanswerable", [], [], {}),
    ("u4", "Kế hoạch 86 giao Sở Công Thương nhiệm vụ gì?", "unanswerable", [], [], {}),
    # ---- rq02 Công văn 318/UBND-VHTT
    ("c1", "CV 318 của UBND huyện Đình Vọng do ai ký?", "abbreviation",
     [(D2, "- CT, các PCT UBND huyện; Vi Thị Hồng Nhung")], ["Vi Thị Hồng Nhung"], {}),
    ("c2", "Công văn 318/UBND-VHTT gửi tới những cơ quan nào?", "list",
     [(D2, "Kính gửi: - Phòng Văn hóa - Thông tin huyện; - Trung tâm Văn hóa, Thể thao và Truyền thông huyện; - Phòng Tài chính - Kế hoạch huyện;"),
      (D2, "- Công an huyện; - Trung tâm Y tế huyện; - UBND các xã: Bích Đàm, Vọng Khê, Tiêu Lạc.")],
     ["Phòng Tài chính - Kế hoạch huyện", "Trung tâm Y tế huyện", "Vọng Khê"], {}),
    ("c3", "Lễ hội đền Bích Đàm năm nay diễn ra từ ngày nào đến ngày nào?", "factoid",
     [(D2, "diễn ra từ ngày 13/3/2026 đến ngày 15/3/2026 (tức ngày 25 đến ngày 27 tháng Giêng năm Bính Ngọ)")],
     ["13/3/2026", "15/3/2026"], {}),
    ("c4", "Công an huyện Đình Vọng phải làm gì trong dịp lễ hội?", "who-what",
     [(D2, "Công an huyện xây dựng phương án bảo đảm an ninh, trật tự, phòng cháy, chữa cháy; phân luồng giao thông tại ngã ba Đàm Hạ")],
     ["ngã ba Đàm Hạ"], {"a": ["Công an huyện"]}),
    ("c5", "Còn Trung tâm Y tế huyện?", "follow-up",
     [(D2, "Trung tâm Y tế huyện bố trí 01 tổ cấp cứu lưu động trực 24/24 giờ tại khu di tích")],
     ["01 tổ cấp cứu lưu động"], {"h": "c4", "a": ["Trung tâm Y tế huyện"]}),
    ("c6", "Huyen ho tro xa Bich Dam bao nhieu tien de to chuc le hoi?", "no-diacritics",
     [(D2, "hỗ trợ 150 triệu đồng từ ngân sách huyện cho xã Bích Đàm tổ chức lễ hội")], ["150 triệu đồng"], {}),
    ("c7", "Phải trình trước ngày nào?", "follow-up",
     [(D2, "cho xã Bích Đàm tổ chức lễ hội, trình trước ngày 25/02/2026")], ["25/02/2026"], {"h": "c6"}),
    ("c8", "Xã Bích Đàm phải gửi chương trình chi tiết lễ hội cho ai, hạn bao giờ?", "who-what",
     [(D2, "UBND xã Bích Đàm xây dựng Chương trình chi tiết lễ hội, gửi Phòng Văn hóa - Thông tin huyện trước ngày 22/02/2026")],
     ["22/02/2026"], {"a": ["UBND xã Bích Đàm"]}),
    ("c11", "lien he ai o phong van hoa thong tin huyen dinh vong ve cong van le hoi?", "no-diacritics",
     [(D2, "ông Đinh Công Thạc, Phó Trưởng phòng Văn hóa - Thông tin huyện, điện thoại 0912 408 735")],
     ["Đinh Công Thạc", "0912 408 735"], {}),
    ("c12", "Xã Vọng Khê, Tiêu Lạc phải chuẩn bị gì phục vụ quét 3D và hạn khi nào?", "who-what",
     [(D2, "UBND các xã Vọng Khê, Tiêu Lạc rà soát hồ sơ di tích, cung cấp tư liệu, ảnh tư liệu, sắc phong, hiện vật phục vụ quét 3D"),
      (D2, "biên soạn thuyết minh trước ngày 31/3/2026")],
     ["sắc phong", "31/3/2026"], {"a": ["UBND các xã Vọng Khê, Tiêu Lạc"]}),
    ("c13", "Mỗi xã phải cử mấy người đi tập huấn?", "follow-up",
     [(D2, "mỗi xã cử 01 công chức Văn hóa - Xã hội tham gia lớp tập huấn kỹ năng số hóa")],
     ["01 công chức"], {"h": "c12"}),
    ("c14", "Vì sao chùa Tiêu Lạc chưa quét 3D ngay được?", "factoid",
     [(D2, "phối hợp với đơn vị thi công tu bổ Chùa Tiêu Lạc bảo đảm che chắn"),
      (D5, "Chùa Tiêu Lạc (huyện Đình Vọng) đang tu bổ nên chưa thể quét 3D")], ["tu bổ"], {}),
    ("c16", "Phòng VH-TT huyện phải báo cáo kết quả phối hợp số hóa cho UBND huyện trước ngày nào?", "abbreviation",
     [(D2, "tổng hợp kết quả báo cáo UBND huyện trước ngày 15/6/2026")], ["15/6/2026"],
     {"a": ["Phòng Văn hóa - Thông tin huyện"]}),
    ("c19", "Công văn của huyện về chuẩn bị lễ hội Bích Đàm ban hành ngày nào?", "metadata",
     [(D2, "Đình Vọng, ngày 05 tháng 02 năm 2026")], ["05 tháng 02 năm 2026"], {}),
    ("u5", "Công văn 319/UBND-VHTT của huyện Đình Vọng nói về việc gì?", "unanswerable", [], [], {}),
    ("u6", "Huyện Tràng Khúc tổ chức lễ hội đầu xuân 2026 vào ngày nào?", "unanswerable", [], [], {}),
    ("u7", "Công an huyện huy động bao nhiêu cán bộ, chiến sĩ trực lễ hội Bích Đàm?", "unanswerable", [], [], {}),
    ("u8", "xa Tieu Lac duoc huyen ho tro bao nhieu tien de to chuc le hoi chua?", "unanswerable", [], [], {}),
    ("u9", "Mức phạt hộ kinh doanh nâng giá dịch vụ trong lễ hội là bao nhiêu?", "unanswerable", [], [], {}),
    # ---- rq03 Chương trình 07/CTr-UBND
    ("p1", "Chương trình lễ hội đền Bích Đàm số mấy, chủ tịch xã nào ký?", "metadata",
     [(D3, "Số: 07/CTr-UBND — Bích Đàm, ngày 20 tháng 02 năm 2026"), (D3, "CHỦ TỊCH (Đã ký) Bế Văn Sướng")],
     ["07/CTr-UBND", "Bế Văn Sướng"], {}),
    ("p2", "Lễ khai mạc lễ hội Bích Đàm mấy giờ, tổ chức ở đâu?", "factoid",
     [(D3, "19h30 - 21h30 ngày 13/3 | Lễ khai mạc, chương trình nghệ thuật \"Bích Đàm - sắc xuân di sản\", ra mắt tour tham quan ảo | Sân khấu chính trước đền")],
     ["19h30", "Sân khấu chính trước đền"], {}),
    ("p3", "Đơn vị nào lo phần đó?", "follow-up",
     [(D3, "ra mắt tour tham quan ảo | Sân khấu chính trước đền | Trung tâm Văn hóa, Thể thao và Truyền thông huyện; UBND xã")],
     ["Trung tâm Văn hóa, Thể thao và Truyền thông huyện"], {"h": "p2"}),
    ("p4", "hoi thi thoi com tem trau to chuc o dau, ai phu trach?", "no-diacritics",
     [(D3, "Hội thi thổi cơm, têm trầu cánh phượng | Sân đình thôn Bích Trung | Hội Liên hiệp Phụ nữ xã")],
     ["Sân đình thôn Bích Trung", "Hội Liên hiệp Phụ nữ xã"], {}),
    ("p5", "Tổng kinh phí tổ chức lễ hội Bích Đàm bao nhiêu, xã hội hóa được bao nhiêu?", "factoid",
     [(D3, "Tổng kinh phí tổ chức lễ hội: 285 triệu đồng"), (D3, "nguồn xã hội hóa 55 triệu đồng")],
     ["285 triệu đồng", "55 triệu đồng"], {}),
    ("p6", "Công an xã Bích Đàm bố trí bao nhiêu người trực lễ hội?", "who-what",
     [(D3, "Công an xã: chủ trì bảo đảm an ninh, trật tự, phòng cháy, chữa cháy với 24 cán bộ, chiến sĩ")],
     ["24 cán bộ, chiến sĩ"], {"a": ["Công an xã"]}),
    ("p7", "Trạm y tế xã phải làm gì trong mấy ngày lễ hội?", "who-what",
     [(D3, "Trạm Y tế xã: bố trí 01 điểm sơ cứu cố định tại cổng đền, trực 24/24 giờ")], ["cổng đền"],
     {"a": ["Trạm Y tế xã"]}),
    ("p8", "Gửi xe máy ở lễ hội Bích Đàm mất bao nhiêu tiền?", "factoid",
     [(D3, "niêm yết giá 5.000 đồng/lượt xe máy")], ["5.000 đồng"], {}),
    ("p9", "Có mấy bãi giữ xe, ở thôn nào?", "follow-up",
     [(D3, "thôn Đàm Thượng bố trí 02 bãi trông giữ xe, thôn Đàm Hạ bố trí 01 bãi trông giữ xe")],
     ["Đàm Thượng", "Đàm Hạ"], {"h": "p8"}),
    ("p10", "Còn ô tô thì giá bao nhiêu?", "unanswerable", [], [], {"h": "p8"}),
    ("p11", "Ban quản lý đền Bích Đàm quản lý tiền công đức thế nào?", "who-what",
     [(D3, "quản lý, kiểm đếm tiền công đức có sự giám sát của Ban Thanh tra nhân dân xã")],
     ["Ban Thanh tra nhân dân xã"], {"a": ["Ban Quản lý Đền Bích Đàm"]}),
    ("p15", "Công chức VH-XH xã phải gửi báo cáo kết quả lễ hội cho ai, trước ngày nào?", "abbreviation",
     [(D3, "tổng hợp báo cáo kết quả lễ hội gửi Phòng Văn hóa - Thông tin huyện trước ngày 18/3/2026")],
     ["18/3/2026"], {"a": ["Công chức Văn hóa - Xã hội xã"]}),
    ("p16", "le be mac hoi Bich Dam vao ngay nao, may gio?", "no-diacritics",
     [(D3, "09h30 - 11h00 ngày 15/3 | Trao giải các hội thi, bế mạc lễ hội")], ["09h30 - 11h00", "15/3"], {}),
    ("p17", "lien he ai ve chuong trinh le hoi cua xa Bich Dam?", "no-diacritics",
     [(D3, "bà Hoàng Thị Diệu Linh, công chức Văn hóa - Xã hội xã, điện thoại 0387 215 664")],
     ["Hoàng Thị Diệu Linh", "0387 215 664"], {}),
    ("p18", "Chương trình lễ hội căn cứ quyết định thành lập Ban tổ chức số mấy?", "metadata",
     [(D3, "Căn cứ Quyết định số 12/QĐ-UBND ngày 16/02/2026 của UBND xã Bích Đàm về việc thành lập Ban tổ chức")],
     ["12/QĐ-UBND"], {}),
    ("u10", "Lễ hội đền Bích Đàm có đua thuyền không, giải nhất đua thuyền bao nhiêu tiền?", "unanswerable", [], [], {}),
    ("u11", "Vé vào cổng lễ hội đền Bích Đàm giá bao nhiêu một người?", "unanswerable", [], [], {}),
    ("u12", "Thôn Bích Hạ cử bao nhiêu người vào đội rước nước?", "unanswerable", [], [], {}),
    # ---- rq04 Quyết định 1274/QĐ-SVHTTDL + Thể lệ
    ("t1", "QĐ 1274 ban hành thể lệ cuộc thi gì, ai ký?", "abbreviation",
     [(D4, "Ban hành Thể lệ Cuộc thi \"Di sản Mỹ Hào Đông trong kỷ nguyên số\" năm 2026"),
      (D4, "GIÁM ĐỐC (Đã ký) Đàm Quốc Hưng")],
     ["Di sản Mỹ Hào Đông trong kỷ nguyên số", "Đàm Quốc Hưng"], {}),
    ("t2", "Giải nhất bảng B cuộc thi di sản số được bao nhiêu tiền?", "factoid",
     [(D4, "Bảng B (giải chung cuộc): 01 giải Nhất trị giá 15.000.000 đồng")], ["15.000.000 đồng"], {}),
    ("t3", "con giai nhi thi bao nhieu?", "no-diacritics",
     [(D4, "01 giải Nhất trị giá 15.000.000 đồng; 02 giải Nhì, mỗi giải 10.000.000 đồng")],
     ["10.000.000 đồng"], {"h": "t2"}),
    ("t4", "Ai được tham gia cuộc thi Di sản Mỹ Hào Đông trong kỷ nguyên số?", "factoid",
     [(D4, "Công dân Việt Nam từ đủ 12 tuổi trở lên đang sinh sống, học tập, làm việc tại tỉnh Mỹ Hào Đông")],
     ["12 tuổi"], {}),
    ("t5", "Bang A thi bao nhieu cau, trong may phut?", "no-diacritics",
     [(D4, "trả lời 20 câu hỏi trắc nghiệm về di tích, lễ hội, danh nhân của tỉnh trong thời gian tối đa 15 phút")],
     ["20 câu hỏi", "15 phút"], {}),
    ("t6", "Mỗi tuần được thi mấy lần?", "follow-up",
     [(D4, "Mỗi người được thi tối đa 03 lần mỗi tuần")], ["03 lần"], {"h": "t5"}),
    ("t7", "Hạn cuối nộp tác phẩm bảng B là khi nào?", "factoid",
     [(D4, "Bảng B nhận tác phẩm từ ngày 23/3/2026 đến 17 giờ 00 ngày 15/5/2026")], ["15/5/2026"], {}),
    ("t9", "Lễ tổng kết trao giải cuộc thi dự kiến ngày nào, ở đâu?", "factoid",
     [(D4, "Tổng kết, trao giải dự kiến tổ chức ngày 18/5/2026, nhân Ngày Quốc tế Bảo tàng, tại Bảo tàng tỉnh")],
     ["18/5/2026", "Bảo tàng tỉnh"], {}),
    ("t10", "Thư viện tỉnh phải làm gì cho cuộc thi, hạn khi nào?", "who-what",
     [(D4, "Thư viện tỉnh chủ trì biên soạn ngân hàng 300 câu hỏi và đáp án, gửi Phòng Quản lý Di sản văn hóa trước ngày 16/3/2026")],
     ["300 câu hỏi", "16/3/2026"], {"a": ["Thư viện tỉnh"]}),
    ("t11", "Sở GD&ĐT được đề nghị làm gì trong thể lệ cuộc thi?", "abbreviation",
     [(D4, "Đề nghị Sở Giáo dục và Đào tạo phổ biến Cuộc thi tới học sinh các trường THCS, THPT")],
     ["THCS, THPT"], {"a": ["Sở Giáo dục và Đào tạo"]}),
    ("t12", "Thế còn Tỉnh đoàn?", "follow-up",
     [(D4, "đề nghị Tỉnh đoàn phát động đoàn viên, thanh niên tham gia Bảng B")], ["Bảng B"],
     {"h": "t11", "a": ["Tỉnh đoàn"]}),
    ("t16", "giai tap the bang A co may giai, moi giai bao nhieu tien?", "no-diacritics",
     [(D4, "Ban tổ chức trao 03 giải tập thể cho đơn vị có số người tham gia đông nhất, mỗi giải 5.000.000 đồng")],
     ["03 giải tập thể", "5.000.000 đồng"], {}),
    ("t17", "Phòng QLDSVH công bố kết quả thi từng tuần vào hôm nào?", "abbreviation",
     [(D4, "công bố trên Cổng thông tin điện tử của Sở vào thứ Tư của tuần kế tiếp")], ["thứ Tư"],
     {"a": ["Phòng Quản lý Di sản văn hóa"]}),
    ("t19", "Thể lệ cuộc thi ban hành kèm theo quyết định nào, ngày nào?", "metadata",
     [(D4, "(Ban hành kèm theo Quyết định số 1274/QĐ-SVHTTDL ngày 03/3/2026")],
     ["1274/QĐ-SVHTTDL", "03/3/2026"], {}),
    ("u13", "Giải đặc biệt của cuộc thi Di sản Mỹ Hào Đông trong kỷ nguyên số trị giá bao nhiêu?", "unanswerable", [], [], {}),
    ("u14", "Bảng C của cuộc thi di sản số dành cho đối tượng nào?", "unanswerable", [], [], {}),
    ("u15", "Cuộc thi di sản số năm 2025 có bao nhiêu người đoạt giải?", "unanswerable", [], [], {}),
    ("u16", "quyet dinh 1275/QD-SVHTTDL cua so van hoa ve viec gi?", "unanswerable", [], [], {}),
    ("u17", "Ai đoạt giải Nhất bảng A tuần thứ ba?", "unanswerable", [], [], {}),
    # ---- rq05 Báo cáo 41/BC-BQLDT
    ("b1", "Báo cáo 41/BC-BQLDT ban hành ngày nào, ai ký?", "metadata",
     [(D5, "Hào Giang, ngày 08 tháng 7 năm 2026"), (D5, "TRƯỞNG BAN (Đã ký) Giáp Thị Thu Hường")],
     ["08 tháng 7 năm 2026", "Giáp Thị Thu Hường"], {}),
    ("b2", "6 tháng đầu năm đã số hóa 3D xong bao nhiêu di tích cấp quốc gia, đạt mấy phần trăm?", "factoid",
     [(D5, "Di tích cấp quốc gia hoàn thành số hóa 3D | 12 | 7 | 58,3"),
      (D5, "Bảy di tích cấp quốc gia hoàn thành số hóa 3D gồm")], ["58,3", "Bảy"], {}),
    ("b3", "Cấp tỉnh thì sao?", "follow-up",
     [(D5, "Di tích cấp tỉnh hoàn thành số hóa 3D | 30 | 11 | 36,7")], ["36,7"], {"h": "b2"}),
    ("b4", "Bao tang tinh so hoa duoc bao nhieu hien vat trong 6 thang dau nam?", "no-diacritics",
     [(D5, "Hiện vật Bảo tàng tỉnh số hóa | 1.200 | 845 | 70,4")], ["845"], {}),
    ("b6", "Lễ hội đền Bích Đàm năm nay thực tế đón bao nhiêu lượt khách?", "factoid",
     [(D5, "Lễ hội Đền Bích Đàm năm 2026 đón khoảng 62.000 lượt khách trong 03 ngày, vượt 24% so với dự kiến")],
     ["62.000"], {}),
    ("b7", "Dự kiến ban đầu là bao nhiêu?", "follow-up",
     [(D2, "Quy mô dự kiến đón khoảng 50.000 lượt khách")], ["50.000"], {"h": "b6"}),
    ("b9", "Huyện Tràng Khúc đã gắn mã QR được bao nhiêu di tích?", "factoid",
     [(D5, "Huyện Tràng Khúc | 33 | 19 | 58.900")], ["19"], {}),
    ("b10", "Thế TP Hào Giang?", "follow-up",
     [(D5, "Thành phố Hào Giang | 52 | 38 | 214.500")], ["38"], {"h": "b9"}),
    ("b12", "Ai đoạt giải nhất bảng B cuộc thi di sản số?", "factoid",
     [(D5, "giải Nhất Bảng B thuộc về nhóm học sinh Trường THPT chuyên Hào Giang")],
     ["Trường THPT chuyên Hào Giang"], {}),
    ("b13", "Ban quản lý di tích đề nghị Sở VH-TT&DL trình bổ sung bao nhiêu tiền, để làm gì?", "abbreviation",
     [(D5, "Đề nghị Sở Văn hóa, Thể thao và Du lịch trình UBND tỉnh bổ sung 1,2 tỷ đồng để mua sắm thiết bị quét 3D")],
     ["1,2 tỷ đồng"], {"a": ["Sở Văn hóa, Thể thao và Du lịch"]}),
    ("b14", "UBND huyện Tràng Khúc được đề nghị làm gì, trước khi nào?", "who-what",
     [(D5, "Đề nghị UBND huyện Tràng Khúc phối hợp doanh nghiệp viễn thông phủ sóng 4G tại 09 di tích vùng sâu trước ngày 31/12/2026")],
     ["4G", "31/12/2026"], {"a": ["UBND huyện Tràng Khúc"]}),
    ("b17", "Cuộc thi di sản số: bảng A bao nhiêu lượt thi, bảng B nhận bao nhiêu tác phẩm?", "factoid",
     [(D5, "Bảng A có 41.236 lượt thi sau 04 tuần; Bảng B nhận 187 tác phẩm của 152 tác giả")],
     ["41.236", "187 tác phẩm"], {}),
    ("b19", "nguoi lien he cua Ban quan ly di tich tinh ve bao cao 6 thang la ai?", "no-diacritics",
     [(D5, "ông Phùng Bá Khiêm, Phó Trưởng Ban Quản lý di tích tỉnh, điện thoại 0915 602 377")],
     ["Phùng Bá Khiêm"], {}),
    ("b20", "Sở KH&CN được BQLDT đề nghị hỗ trợ việc gì, trong thời gian nào?", "abbreviation",
     [(D5, "Đề nghị Sở Khoa học và Công nghệ hỗ trợ kết nối cơ sở dữ liệu di sản vào Trung tâm dữ liệu tỉnh trong quý III/2026")],
     ["quý III/2026"], {"a": ["Sở Khoa học và Công nghệ"]}),
    ("b21", "bao cao ket qua so hoa 6 thang dau nam gui cho co quan nao?", "no-diacritics",
     [(D5, "Kính gửi: Sở Văn hóa, Thể thao và Du lịch tỉnh Mỹ Hào Đông.")],
     ["Sở Văn hóa, Thể thao và Du lịch"], {}),
    ("u18", "Thị xã Vân Trì đã số hóa 3D được bao nhiêu di tích trong 6 tháng đầu năm?", "unanswerable", [], [], {}),
    ("u19", "Kết quả 9 tháng năm 2026, lượt tham quan ảo đạt bao nhiêu?", "unanswerable", [], [], {}),
    ("u20", "Huyện Khê Lạc có bao nhiêu di tích xếp hạng đã gắn mã QR?", "unanswerable", [], [], {}),
    ("u21", "bao cao 6 thang dau nam 2025 cua Ban quan ly di tich so hoa duoc bao nhieu di tich?", "unanswerable", [], [], {}),
    ("u22", "Giải nhì bảng B cuộc thi di sản số thuộc về tác giả nào?", "unanswerable", [], [], {}),
    ("u23", "Ứng dụng Mỹ Hào Đông Travel đến nay có bao nhiêu lượt tải?", "unanswerable", [], [], {}),
    ("u24", "Sở VH-TT&DL đã cấp bao nhiêu máy quét 3D cho huyện Đình Vọng?", "unanswerable", [], [], {}),
    # ---- corpus questions
    ("x1", "Những văn bản nào nói về lễ hội đền Bích Đàm năm 2026?", "corpus",
     [(D2, "Số: 318/UBND-VHTT V/v chuẩn bị tổ chức Lễ hội Đền"),
      (D3, "Số: 07/CTr-UBND — Bích Đàm, ngày 20 tháng 02 năm 2026"),
      (D5, "Riêng Lễ hội Đền Bích Đàm năm 2026 đón khoảng 62.000 lượt khách")],
     ["318/UBND-VHTT", "07/CTr-UBND", "41/BC-BQLDT"], {}),
    ("x2", "Có những văn bản nào triển khai hoặc căn cứ KH 86/KH-UBND của tỉnh?", "corpus",
     [(D2, "Thực hiện Kế hoạch số 86/KH-UBND ngày 12/01/2026 của UBND tỉnh Mỹ Hào Đông"),
      (D3, "thực hiện theo Kế hoạch số 86/KH-UBND của UBND tỉnh"),
      (D4, "Căn cứ Kế hoạch số 86/KH-UBND ngày 12/01/2026 của UBND tỉnh"),
      (D5, "Thực hiện Kế hoạch số 86/KH-UBND ngày 12/01/2026 của UBND tỉnh, Ban Quản lý di tích tỉnh báo cáo")],
     ["318/UBND-VHTT", "1274/QĐ-SVHTTDL", "41/BC-BQLDT"], {}),
    ("x3", "Trong bộ tài liệu, văn bản nào do cấp xã ban hành?", "corpus",
     [(D3, "UBND XÃ BÍCH ĐÀM — CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")], ["UBND XÃ BÍCH ĐÀM"], {}),
    ("x4", "Văn bản nào quy định cơ cấu giải thưởng?", "corpus",
     [(D4, "Điều 5. Cơ cấu giải thưởng"), (D4, "Ban hành Thể lệ Cuộc thi \"Di sản Mỹ Hào Đông trong kỷ nguyên số\" năm 2026")],
     ["1274/QĐ-SVHTTDL"], {}),
    ("x5", "co van ban nao noi ve so hoa tai lieu Han Nom khong?", "no-diacritics",
     [(D1, "Thư viện tỉnh số hóa 18.000 trang tài liệu Hán Nôm, địa chí và tư liệu quý"),
      (D5, "Trang tài liệu Thư viện tỉnh số hóa | 9.000 | 6.320 | 70,2")],
     ["18.000 trang", "6.320"], {}),
    ("x6", "Những văn bản nào có nhắc tới chùa Tiêu Lạc?", "corpus",
     [(D2, "UBND xã Tiêu Lạc phối hợp với đơn vị thi công tu bổ Chùa Tiêu Lạc"),
      (D5, "Chùa Tiêu Lạc (huyện Đình Vọng) đang tu bổ nên chưa thể quét 3D")],
     ["318/UBND-VHTT", "41/BC-BQLDT"], {}),
]

WHO_WHAT = [
    {"id": "wrq01", "directive": "KH 86/KH-UBND", "source": D1, "actors": [
        {"name": "Sở Văn hóa, Thể thao và Du lịch", "role": "thường trực", "deadline": "trước ngày 28/02/2026",
         "task_quote": "Sở Văn hóa, Thể thao và Du lịch là cơ quan thường trực, chủ trì tổ chức triển khai Kế hoạch"},
        {"name": "Sở Khoa học và Công nghệ", "role": None, "deadline": None,
         "task_quote": "Sở Khoa học và Công nghệ có trách nhiệm bố trí hạ tầng lưu trữ tại Trung tâm dữ liệu tỉnh"},
        {"name": "Sở Tài chính", "role": "chủ trì", "deadline": "trước ngày 15/3/2026",
         "task_quote": "Sở Tài chính chủ trì, phối hợp với Sở Văn hóa, Thể thao và Du lịch tham mưu UBND tỉnh bố trí kinh phí năm 2026"},
        {"name": "Ban Quản lý di tích tỉnh", "role": "chủ trì", "deadline": "trước ngày 30/9/2026",
         "task_quote": "Ban Quản lý di tích tỉnh chủ trì khảo sát, quét 3D, dựng tour tham quan ảo các di tích cấp quốc gia"},
        {"name": "Bảo tàng tỉnh", "role": None, "deadline": "trước ngày 30/11/2026",
         "task_quote": "Bảo tàng tỉnh số hóa hiện vật, xây dựng Bảo tàng ảo tỉnh Mỹ Hào Đông"},
        {"name": "Thư viện tỉnh", "role": None, "deadline": "Tháng 12/2026",
         "task_quote": "Thư viện tỉnh số hóa tài liệu Hán Nôm, địa chí; xây dựng bộ sưu tập số"},
        {"name": "Ban Tuyên giáo và Dân vận Tỉnh ủy", "role": None, "deadline": None,
         "task_quote": "Đề nghị Ban Tuyên giáo và Dân vận Tỉnh ủy quan tâm định hướng công tác tuyên truyền"},
        {"name": "Báo và Phát thanh, Truyền hình Mỹ Hào Đông", "role": None, "deadline": "định kỳ hằng tháng",
         "task_quote": "mở chuyên mục \"Di sản số\" phát sóng định kỳ hằng tháng"},
        {"name": "UBND các huyện, thị xã, thành phố", "role": None, "deadline": None,
         "task_quote": "bố trí kinh phí cấp huyện và huy động xã hội hóa để gắn mã QR"},
        {"name": "Phòng Văn hóa - Thông tin", "role": "chủ trì", "deadline": None,
         "task_quote": "giao Phòng Văn hóa - Thông tin chủ trì rà soát, cập nhật dữ liệu di tích trên địa bàn"},
        {"name": "Các sở, ban, ngành, Mặt trận Tổ quốc và các đoàn thể tỉnh", "role": "phối hợp", "deadline": None,
         "task_quote": "phối hợp tuyên truyền, vận động đoàn viên, hội viên tham gia Cuộc thi"},
        {"name": "Sở Nội vụ", "role": "phối hợp", "deadline": "Quý II/2026",
         "task_quote": "Tổ chức 04 lớp tập huấn kỹ năng số hóa di sản Sở Văn hóa, Thể thao và Du lịch Sở Nội vụ"},
        {"name": "Hội Văn học nghệ thuật tỉnh", "role": "phối hợp", "deadline": "Tháng 12/2026",
         "task_quote": "Số hóa 9.000 trang tài liệu Hán Nôm, địa chí Thư viện tỉnh Hội Văn học nghệ thuật tỉnh"},
    ], "intruders": ["Bộ Văn hóa, Thể thao và Du lịch", "Thường trực Tỉnh ủy", "Thường trực HĐND tỉnh",
                     "Hứa Minh Khang", "Lưu: VT, KGVX", "Bộ Chính trị", "Tạ Thị Minh Nguyệt"]},
    {"id": "wrq02", "directive": "CV 318/UBND-VHTT", "source": D2, "actors": [
        {"name": "Phòng Văn hóa - Thông tin huyện", "role": "chủ trì", "deadline": "trước ngày 12/02/2026",
         "task_quote": "Phòng Văn hóa - Thông tin huyện chủ trì, tham mưu UBND huyện thành lập Ban chỉ đạo lễ hội"},
        {"name": "Phòng Văn hóa - Thông tin huyện", "role": "phối hợp", "deadline": "trước ngày 15/6/2026",
         "task_quote": "Phòng Văn hóa - Thông tin huyện phối hợp với Ban Quản lý di tích tỉnh khảo sát Đình Vọng Khê"},
        {"name": "Trung tâm Văn hóa, Thể thao và Truyền thông huyện", "role": None, "deadline": None,
         "task_quote": "Trung tâm Văn hóa, Thể thao và Truyền thông huyện xây dựng kịch bản, dàn dựng chương trình nghệ thuật đêm khai mạc"},
        {"name": "Công an huyện", "role": None, "deadline": None,
         "task_quote": "Công an huyện xây dựng phương án bảo đảm an ninh, trật tự, phòng cháy, chữa cháy"},
        {"name": "Trung tâm Y tế huyện", "role": None, "deadline": None,
         "task_quote": "Trung tâm Y tế huyện bố trí 01 tổ cấp cứu lưu động trực 24/24 giờ tại khu di tích"},
        {"name": "Phòng Tài chính - Kế hoạch huyện", "role": None, "deadline": "trước ngày 25/02/2026",
         "task_quote": "Phòng Tài chính - Kế hoạch huyện thẩm định, tham mưu UBND huyện hỗ trợ 150 triệu đồng"},
        {"name": "UBND xã Bích Đàm", "role": None, "deadline": "trước ngày 22/02/2026",
         "task_quote": "UBND xã Bích Đàm xây dựng Chương trình chi tiết lễ hội"},
        {"name": "UBND các xã Vọng Khê, Tiêu Lạc", "role": None, "deadline": "trước ngày 31/3/2026",
         "task_quote": "UBND các xã Vọng Khê, Tiêu Lạc rà soát hồ sơ di tích, cung cấp tư liệu"},
        {"name": "UBND xã Tiêu Lạc", "role": "phối hợp", "deadline": None,
         "task_quote": "UBND xã Tiêu Lạc phối hợp với đơn vị thi công tu bổ Chùa Tiêu Lạc bảo đảm che chắn"},
        {"name": "Các cơ quan, đơn vị", "role": None, "deadline": "trước ngày 20/3/2026",
         "task_quote": "Các cơ quan, đơn vị báo cáo kết quả tổ chức lễ hội về UBND huyện"},
    ], "intruders": ["Vi Thị Hồng Nhung", "Sở VH-TT&DL tỉnh (b/c)", "TT Huyện ủy, TT HĐND huyện",
                     "Lưu: VT, VHTT", "Đinh Công Thạc", "Thường trực Huyện ủy"]},
    {"id": "wrq03", "directive": "CTr 07/CTr-UBND", "source": D3, "actors": [
        {"name": "Công chức Văn hóa - Xã hội xã", "role": "thường trực", "deadline": "trước ngày 18/3/2026",
         "task_quote": "là thường trực Ban tổ chức, chủ trì xây dựng kịch bản các nghi lễ, thể lệ các hội thi"},
        {"name": "Công an xã", "role": "chủ trì", "deadline": None,
         "task_quote": "Công an xã: chủ trì bảo đảm an ninh, trật tự, phòng cháy, chữa cháy với 24 cán bộ, chiến sĩ"},
        {"name": "Trạm Y tế xã", "role": None, "deadline": None,
         "task_quote": "Trạm Y tế xã: bố trí 01 điểm sơ cứu cố định tại cổng đền, trực 24/24 giờ"},
        {"name": "Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể", "role": None, "deadline": None,
         "task_quote": "vận động nhân dân thực hiện nếp sống văn minh, giữ gìn vệ sinh môi trường"},
        {"name": "Ban Quản lý Đền Bích Đàm", "role": None, "deadline": None,
         "task_quote": "quản lý, kiểm đếm tiền công đức có sự giám sát của Ban Thanh tra nhân dân xã"},
        {"name": "Các thôn Đàm Thượng, Đàm Hạ, Bích Trung", "role": None, "deadline": None,
         "task_quote": "mỗi thôn thành lập 01 đội rước 40 người, trang phục truyền thống"},
        {"name": "Trung tâm Văn hóa, Thể thao và Truyền thông huyện", "role": None, "deadline": None,
         "task_quote": "ra mắt tour tham quan ảo | Sân khấu chính trước đền | Trung tâm Văn hóa, Thể thao và Truyền thông huyện"},
        {"name": "Đoàn TNCS Hồ Chí Minh xã", "role": None, "deadline": None,
         "task_quote": "Giải bóng chuyền hơi nam, nữ các thôn | Sân vận động xã | Đoàn TNCS Hồ Chí Minh xã"},
        {"name": "Hội Liên hiệp Phụ nữ xã", "role": None, "deadline": None,
         "task_quote": "Hội thi thổi cơm, têm trầu cánh phượng | Sân đình thôn Bích Trung | Hội Liên hiệp Phụ nữ xã"},
        {"name": "Ban Quản lý di tích tỉnh", "role": None, "deadline": None,
         "task_quote": "quét mã QR, kính thực tế ảo | Nhà trưng bày cạnh đền | Ban Quản lý di tích tỉnh"},
        {"name": "Hội Cựu chiến binh xã", "role": None, "deadline": None,
         "task_quote": "Cờ người, kéo co, đập niêu, bịt mắt bắt dê | Sân đền | Hội Cựu chiến binh xã"},
        {"name": "Câu lạc bộ chèo xã Bích Đàm", "role": None, "deadline": None,
         "task_quote": "Đêm hát chèo, hát văn | Sân khấu chính trước đền | Câu lạc bộ chèo xã Bích Đàm"},
    ], "intruders": ["Bế Văn Sướng", "Phòng VH-TT huyện (b/c)", "TT Đảng ủy, TT HĐND xã", "Lưu: VT, VHXH",
                     "Hoàng Thị Diệu Linh"]},
    {"id": "wrq04", "directive": "QĐ 1274/QĐ-SVHTTDL", "source": D4, "actors": [
        {"name": "Phòng Quản lý Di sản văn hóa", "role": "chủ trì", "deadline": None,
         "task_quote": "Giao Phòng Quản lý Di sản văn hóa chủ trì, phối hợp với Văn phòng Sở, Bảo tàng tỉnh, Thư viện tỉnh và Ban Quản lý di tích tỉnh tổ chức Cuộc thi"},
        {"name": "Phòng Quản lý Di sản văn hóa", "role": "thường trực", "deadline": None,
         "task_quote": "Phòng Quản lý Di sản văn hóa là thường trực Cuộc thi, chủ trì xây dựng kế hoạch chi tiết"},
        {"name": "Văn phòng Sở", "role": None, "deadline": None,
         "task_quote": "Văn phòng Sở bảo đảm kinh phí tổ chức và giải thưởng là 245 triệu đồng"},
        {"name": "Thư viện tỉnh", "role": "chủ trì", "deadline": "trước ngày 16/3/2026",
         "task_quote": "Thư viện tỉnh chủ trì biên soạn ngân hàng 300 câu hỏi và đáp án"},
        {"name": "Bảo tàng tỉnh và Ban Quản lý di tích tỉnh", "role": None, "deadline": "từ ngày 18/5/2026 đến ngày 18/6/2026",
         "task_quote": "Bảo tàng tỉnh và Ban Quản lý di tích tỉnh cung cấp tư liệu, hình ảnh, mô hình 3D"},
        {"name": "Sở Giáo dục và Đào tạo", "role": None, "deadline": None,
         "task_quote": "Đề nghị Sở Giáo dục và Đào tạo phổ biến Cuộc thi tới học sinh các trường THCS, THPT"},
        {"name": "Tỉnh đoàn", "role": None, "deadline": None,
         "task_quote": "đề nghị Tỉnh đoàn phát động đoàn viên, thanh niên tham gia Bảng B"},
        {"name": "UBND các huyện, thị xã, thành phố", "role": None, "deadline": None,
         "task_quote": "UBND các huyện, thị xã, thành phố chỉ đạo Phòng Văn hóa - Thông tin tuyên truyền Cuộc thi"},
    ], "intruders": ["Đàm Quốc Hưng", "UBND tỉnh (b/c)", "Lưu: VT, QLDSVH", "Khổng Minh Tuấn", "Như Điều 3"]},
    {"id": "wrq05", "directive": "BC 41/BC-BQLDT", "source": D5, "actors": [
        {"name": "Ban Quản lý di tích tỉnh", "role": None, "deadline": "trước ngày 30/11/2026",
         "task_quote": "Hoàn thành số hóa 3D 05 di tích cấp quốc gia còn lại trước ngày 30/11/2026"},
        {"name": "Sở Văn hóa, Thể thao và Du lịch", "role": None, "deadline": None,
         "task_quote": "Đề nghị Sở Văn hóa, Thể thao và Du lịch trình UBND tỉnh bổ sung 1,2 tỷ đồng"},
        {"name": "Sở Khoa học và Công nghệ", "role": None, "deadline": "trong quý III/2026",
         "task_quote": "Đề nghị Sở Khoa học và Công nghệ hỗ trợ kết nối cơ sở dữ liệu di sản vào Trung tâm dữ liệu tỉnh"},
        {"name": "UBND huyện Tràng Khúc", "role": None, "deadline": "trước ngày 31/12/2026",
         "task_quote": "Đề nghị UBND huyện Tràng Khúc phối hợp doanh nghiệp viễn thông phủ sóng 4G"},
    ], "intruders": ["Giáp Thị Thu Hường", "UBND tỉnh (b/c)", "Sở Tài chính", "Lưu: VT, KT", "Phùng Bá Khiêm"]},
]


def write_jsonl():
    import json
    index = {}
    rows = []
    for i, (key, q, kind, ev, kw, extra) in enumerate(Q, 1):
        qid = f"rq{i:03d}"
        index[key] = q
        row = {"id": qid, "question": nfc(q), "answerable": kind != "unanswerable", "kind": kind,
               "evidence": [{"source": s, "quote": nfc(t)} for s, t in ev],
               "keywords": [nfc(k) for k in kw]}
        if "h" in extra:
            row["history"] = [nfc(index[extra["h"]])]
        if "a" in extra:
            row["actors"] = [nfc(a) for a in extra["a"]]
        rows.append(row)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in rows:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for w in WHO_WHAT:
            w = json.loads(nfc(json.dumps(w, ensure_ascii=False)))
            f.write(json.dumps(w, ensure_ascii=False) + "\n")
    print("wrote", len(rows), "questions,", len(WHO_WHAT), "who-what lines")


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_docx(os.path.join(CORPUS, "rq01_kehoach_sohoa.docx"))
    build_rq02(os.path.join(CORPUS, "rq02_congvan_lehoi.txt"))
    with open(os.path.join(CORPUS, "rq03_chuongtrinh_lehoi.md"), "w", encoding="utf-8") as f:
        f.write(nfc(RQ03))
    build_pdf(os.path.join(CORPUS, "rq04_quyetdinh_thele.pdf"))
    with open(os.path.join(CORPUS, "rq05_baocao_sohoa.md"), "w", encoding="utf-8") as f:
        f.write(nfc(RQ05))
    print("built", sorted(os.listdir(CORPUS)))
    write_jsonl()


if __name__ == "__main__":
    main()

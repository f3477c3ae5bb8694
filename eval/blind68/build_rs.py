#!/usr/bin/env python3
"""Build the 5 corpus files of the blind68 evaluation set.

All text is invented (tỉnh Sơn Tịnh Đông is a fictional province).
Run:  /work/main/.venv/bin/python build_rs.py
Writes corpus/rs01_chithi_tu.txt, rs02_huongdan_hotro.docx,
rs03_chuongtrinh_hoithao.pdf, rs04_bienban_kiemtra.md, rs05_kehoach_xa.txt
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


def write_text(name, text):
    with open(os.path.join(CORPUS, name), "w", encoding="utf-8", newline="\n") as f:
        f.write(nfc(text))


# ---------------------------------------------------------------------------
# rs01 – Chỉ thị của Ban Thường vụ Tỉnh ủy (.txt, hard-wrapped as if copied
# from a PDF; two-column header typed with spaces)
# ---------------------------------------------------------------------------
RS01_HEAD = """\
ĐẢNG BỘ TỈNH SƠN TỊNH ĐÔNG                      ĐẢNG CỘNG SẢN VIỆT NAM
         TỈNH ỦY
            *                       Vân Khê, ngày 14 tháng 3 năm 2025
      Số 19-CT/TU

                               CHỈ THỊ
                  CỦA BAN THƯỜNG VỤ TỈNH ỦY
"""

RS01_PARAS = [
    "về tăng cường sự lãnh đạo của Đảng đối với công tác chuyển giao, ứng "
    "dụng tiến bộ khoa học, công nghệ trong nông nghiệp và phát triển sản "
    "phẩm OCOP giai đoạn 2025 - 2030",
    "-----",
    "Thời gian qua, các cấp ủy, chính quyền trong tỉnh quan tâm lãnh đạo, chỉ "
    "đạo công tác khuyến nông và chuyển giao tiến bộ kỹ thuật vào sản xuất. "
    "Giai đoạn 2021 - 2024, toàn tỉnh xây dựng 148 mô hình trình diễn, chuyển "
    "giao 62 tiến bộ kỹ thuật về giống, quy trình canh tác, chăn nuôi an toàn "
    "sinh học và cơ giới hóa; tổ chức 1.135 lớp tập huấn cho hơn 41.000 lượt "
    "nông dân. Chương trình mỗi xã một sản phẩm (OCOP) có 127 sản phẩm đạt từ "
    "3 sao trở lên, trong đó có 9 sản phẩm đạt 4 sao; 54 hợp tác xã tham gia "
    "chuỗi liên kết sản xuất gắn với tiêu thụ sản phẩm.",
    "Tuy nhiên, công tác chuyển giao còn những hạn chế: nhiều mô hình trình "
    "diễn chưa nhân rộng sau khi kết thúc hỗ trợ; kinh phí dành cho khoa học, "
    "công nghệ trong nông nghiệp còn thấp, phân tán; đội ngũ khuyến nông cơ sở "
    "mỏng, nhiều xã chỉ có 01 cán bộ kiêm nhiệm; việc ứng dụng công nghệ số "
    "trong quản lý sản xuất, truy xuất nguồn gốc và tiêu thụ sản phẩm OCOP còn "
    "chậm, mới có 38% sản phẩm OCOP có mã truy xuất nguồn gốc. Một số cấp ủy, "
    "người đứng đầu chưa thật sự quan tâm, còn xem đây là nhiệm vụ riêng của "
    "ngành nông nghiệp.",
    "Để khắc phục hạn chế nêu trên, đưa khoa học, công nghệ thực sự trở thành "
    "động lực phát triển nông nghiệp xanh, hiệu quả và bền vững, Ban Thường vụ "
    "Tỉnh ủy yêu cầu các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc "
    "và các tổ chức chính trị - xã hội tập trung lãnh đạo, thực hiện tốt các "
    "nhiệm vụ sau:",
    "1. Nâng cao nhận thức, đề cao trách nhiệm của cấp ủy và người đứng đầu. "
    "Xác định chuyển giao, ứng dụng tiến bộ khoa học, công nghệ là nhiệm vụ "
    "trọng tâm, thường xuyên của cả hệ thống chính trị; đưa chỉ tiêu về mô "
    "hình trình diễn và sản phẩm OCOP vào nghị quyết, chương trình công tác "
    "hằng năm của cấp ủy cấp huyện, cấp xã. Người đứng đầu cấp ủy, chính "
    "quyền chịu trách nhiệm trước Ban Thường vụ Tỉnh ủy nếu để các mô hình "
    "hiệu quả không nhân rộng trên địa bàn.",
    "2. Đổi mới phương thức chuyển giao theo hướng lấy hợp tác xã, doanh "
    "nghiệp làm trung tâm. Ưu tiên mô hình trình diễn có liên kết từ 10 hộ "
    "trở lên, gắn với tiêu thụ sản phẩm; phát triển mạng lưới \"nông dân nòng "
    "cốt\" tại mỗi thôn, tổ dân phố có sản xuất nông nghiệp. Khuyến khích "
    "doanh nghiệp, viện, trường đặt hàng và cùng đầu tư mô hình; thực hiện cơ "
    "chế ngân sách hỗ trợ một phần, người dân và hợp tác xã đóng góp phần còn "
    "lại.",
    "3. Tập trung ứng dụng công nghệ cao, công nghệ số. Đến năm 2030, phấn "
    "đấu tỷ lệ giá trị sản phẩm nông nghiệp ứng dụng công nghệ cao chiếm 30% "
    "tổng giá trị sản xuất nông nghiệp; mỗi xã có ít nhất 01 hợp tác xã ứng "
    "dụng công nghệ số trong quản lý và tiêu thụ sản phẩm; 100% sản phẩm OCOP "
    "có mã truy xuất nguồn gốc trước ngày 31/12/2027. Nhân rộng các quy trình "
    "tưới tiết kiệm nước, canh tác lúa giảm phát thải, chăn nuôi an toàn sinh "
    "học và sử dụng chế phẩm sinh học thay thế phân bón, thuốc bảo vệ thực "
    "vật hóa học.",
    "@PAGE2",
    "4. Nâng cao chất lượng, giá trị sản phẩm OCOP. Đến năm 2030, toàn tỉnh "
    "có 250 sản phẩm OCOP đạt từ 3 sao trở lên, trong đó có ít nhất 25 sản "
    "phẩm 4 sao và 02 sản phẩm tiềm năng 5 sao; hỗ trợ chủ thể OCOP thiết kế "
    "bao bì, xây dựng nhãn hiệu, tham gia sàn thương mại điện tử và các hội "
    "chợ xúc tiến thương mại trong, ngoài tỉnh.",
    "5. Củng cố hệ thống khuyến nông và bảo đảm nguồn lực. Kiện toàn mạng "
    "lưới khuyến nông cộng đồng, bảo đảm mỗi xã có ít nhất 01 cộng tác viên "
    "khuyến nông qua tập huấn về chuyển đổi số; bố trí ngân sách sự nghiệp "
    "khoa học và công nghệ của tỉnh dành cho lĩnh vực nông nghiệp không thấp "
    "hơn 15% mỗi năm; lồng ghép có hiệu quả các chương trình mục tiêu quốc "
    "gia để hỗ trợ mô hình trình diễn.",
    "6. Tổ chức thực hiện",
    "a) Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy tổ chức "
    "quán triệt Chỉ thị đến chi bộ, đảng viên; xây dựng kế hoạch thực hiện "
    "phù hợp với tình hình địa phương, hoàn thành trước ngày 30/4/2025.",
    "b) Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh ban hành kế hoạch thực hiện Chỉ "
    "thị trong tháng 4/2025; chỉ đạo Sở Nông nghiệp và Môi trường chủ trì, "
    "phối hợp với Sở Khoa học và Công nghệ, Sở Tài chính hướng dẫn cơ chế hỗ "
    "trợ mô hình trình diễn, sản phẩm OCOP và bố trí kinh phí thực hiện hằng "
    "năm.",
    "c) Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Báo và Phát "
    "thanh, Truyền hình Sơn Tịnh Đông định hướng công tác tuyên truyền; mở "
    "chuyên mục \"Nông dân số\" phát sóng định kỳ hằng tháng; biểu dương các "
    "hợp tác xã, nông dân điển hình trong ứng dụng khoa học, công nghệ.",
    "d) Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh lãnh đạo Hội Nông dân "
    "tỉnh phát động phong trào \"Nông dân ứng dụng khoa học, công nghệ giỏi\", "
    "mỗi năm giới thiệu ít nhất 40 mô hình tiêu biểu; lãnh đạo Tỉnh đoàn, Hội "
    "Liên hiệp Phụ nữ tỉnh vận động đoàn viên, hội viên tham gia tổ công nghệ "
    "số cộng đồng, hỗ trợ nông dân bán hàng trực tuyến.",
    "đ) Ủy ban Kiểm tra Tỉnh ủy có trách nhiệm đưa nội dung thực hiện Chỉ thị "
    "vào chương trình kiểm tra, giám sát năm 2026 và năm 2028.",
    "e) Văn phòng Tỉnh ủy theo dõi, tổng hợp tình hình thực hiện, định kỳ 6 "
    "tháng, hằng năm báo cáo Ban Thường vụ Tỉnh ủy; tham mưu sơ kết 3 năm "
    "thực hiện Chỉ thị vào quý IV năm 2027.",
    "Chỉ thị này phổ biến đến chi bộ.",
]

RS01_TAIL = """
                                          T/M BAN THƯỜNG VỤ
                                       PHÓ BÍ THƯ THƯỜNG TRỰC

                                           (đã ký)

                                          Đỗ Quang Nghĩa

Nơi nhận:
- Ban Bí thư Trung ương Đảng (để b/c),
- Văn phòng Trung ương Đảng,
- Các đồng chí Tỉnh ủy viên,
- Các huyện ủy, thị ủy, thành ủy,
  đảng ủy trực thuộc Tỉnh ủy,
- Các sở, ban, ngành tỉnh,
- Lưu Văn phòng Tỉnh ủy.
"""


def build_rs01():
    out = [RS01_HEAD]
    widths = [72, 70, 74, 68, 76]
    for i, p in enumerate(RS01_PARAS):
        if p == "-----":
            out.append("                                -----\n")
            continue
        if p == "@PAGE2":
            out.append("\n                                   2\n")
            continue
        out.append(textwrap.fill(p, width=widths[i % len(widths)]) + "\n")
    out.append(RS01_TAIL)
    write_text("rs01_chithi_tu.txt", "\n".join(out))


# ---------------------------------------------------------------------------
# rs02 – Hướng dẫn của Sở Nông nghiệp và Môi trường (.docx, Word numbering,
# support-amount table and task table)
# ---------------------------------------------------------------------------
RS02_HEAD_LEFT = ["UBND TỈNH SƠN TỊNH ĐÔNG", "SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG",
                  "Số: 27/HD-SNNMT"]
RS02_HEAD_RIGHT = ["CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                   "Độc lập - Tự do - Hạnh phúc",
                   "Vân Khê, ngày 08 tháng 4 năm 2025"]

# items: ("h", text) heading; ("p", text) paragraph; ("n", [..]) numbered
# list (restarts at 1); ("b", [..]) bulleted list; ("t", rows) table.
RS02_BODY = [
    ("title", "HƯỚNG DẪN"),
    ("subtitle", "Thực hiện hỗ trợ xây dựng mô hình trình diễn ứng dụng tiến bộ "
                 "kỹ thuật và phát triển sản phẩm OCOP năm 2025"),
    ("p", "Căn cứ Nghị quyết số 12/2024/NQ-HĐND ngày 10/12/2024 của Hội đồng "
          "nhân dân tỉnh quy định chính sách hỗ trợ chuyển giao khoa học, công "
          "nghệ và phát triển sản phẩm OCOP trên địa bàn tỉnh Sơn Tịnh Đông "
          "giai đoạn 2025 - 2027;"),
    ("p", "Thực hiện Chỉ thị số 19-CT/TU ngày 14/3/2025 của Ban Thường vụ Tỉnh "
          "ủy về tăng cường sự lãnh đạo của Đảng đối với công tác chuyển giao, "
          "ứng dụng tiến bộ khoa học, công nghệ trong nông nghiệp và phát triển "
          "sản phẩm OCOP giai đoạn 2025 - 2030; Quyết định số 812/QĐ-UBND ngày "
          "25/3/2025 của UBND tỉnh về giao dự toán kinh phí hỗ trợ năm 2025;"),
    ("p", "Sở Nông nghiệp và Môi trường hướng dẫn thực hiện như sau:"),
    ("h", "I. MỤC ĐÍCH, YÊU CẦU"),
    ("b", ["Cụ thể hóa chính sách hỗ trợ tại Nghị quyết số 12/2024/NQ-HĐND, bảo "
           "đảm công khai, đúng đối tượng, không trùng lặp.",
           "Hỗ trợ có trọng tâm cho mô hình có liên kết, có khả năng nhân rộng và "
           "gắn với sản phẩm OCOP của địa phương.",
           "Hồ sơ, thủ tục đơn giản; khuyến khích chủ thể nộp hồ sơ trực tuyến."]),
    ("h", "II. ĐỐI TƯỢNG VÀ ĐIỀU KIỆN HỖ TRỢ"),
    ("h2", "1. Đối tượng"),
    ("p", "Hợp tác xã, liên hiệp hợp tác xã, tổ hợp tác, doanh nghiệp nhỏ và "
          "vừa, hộ gia đình trực tiếp sản xuất nông nghiệp trên địa bàn tỉnh; "
          "chủ thể có sản phẩm tham gia Chương trình OCOP."),
    ("h2", "2. Điều kiện được xem xét hỗ trợ"),
    ("n", ["Có đất, mặt nước, chuồng trại sử dụng hợp pháp, không có tranh chấp; "
           "quy mô tối thiểu 1,0 ha đối với cây hằng năm, 2,0 ha đối với cây lâu "
           "năm, 3.000 m2 đối với nhà màng, nhà lưới; 2.000 con đối với gia cầm, "
           "50 con đối với lợn thịt.",
           "Đối với hợp tác xã, tổ hợp tác: hoạt động liên tục tối thiểu 12 tháng "
           "tính đến ngày nộp hồ sơ và có từ 10 hộ thành viên trở lên tham gia "
           "liên kết thực hiện mô hình.",
           "Cam kết tự bảo đảm phần kinh phí còn lại ngoài mức hỗ trợ và duy trì "
           "mô hình tối thiểu 03 năm sau khi nghiệm thu.",
           "Có phương án tiêu thụ sản phẩm hoặc hợp đồng liên kết với doanh "
           "nghiệp, hợp tác xã.",
           "Chưa nhận hỗ trợ từ nguồn ngân sách nhà nước khác cho cùng một nội "
           "dung trong 03 năm gần nhất."]),
    ("h2", "3. Trường hợp không hỗ trợ"),
    ("p", "Không hỗ trợ đối với mô hình sản xuất trên đất nằm trong quy hoạch "
          "chuyển sang mục đích phi nông nghiệp; chủ thể đang bị xử phạt vi phạm "
          "hành chính về môi trường, an toàn thực phẩm mà chưa chấp hành xong."),
    ("h", "III. NỘI DUNG VÀ MỨC HỖ TRỢ"),
    ("p", "Mức hỗ trợ cụ thể theo bảng sau (mức tối đa tính cho một mô hình hoặc "
          "một sản phẩm):"),
    ("t", [["TT", "Nội dung hỗ trợ", "Mức hỗ trợ", "Mức tối đa"],
           ["1", "Mô hình trồng trọt ứng dụng công nghệ cao (nhà màng, tưới nhỏ "
                 "giọt, tưới phun tự động)",
            "50% chi phí giống, vật tư, thiết bị tưới", "Tối đa 300 triệu đồng/mô hình"],
           ["2", "Mô hình chăn nuôi an toàn sinh học, sử dụng đệm lót sinh học",
            "40% chi phí giống, thức ăn, chế phẩm", "Tối đa 150 triệu đồng/mô hình"],
           ["3", "Mô hình canh tác lúa giảm phát thải",
            "100% chi phí chế phẩm sinh học; 50% chi phí giống lúa xác nhận",
            "Tối đa 120 triệu đồng/mô hình"],
           ["4", "Thiết kế bao bì, nhãn, mã QR truy xuất nguồn gốc cho sản phẩm "
                 "OCOP", "70% chi phí thực tế", "Tối đa 40 triệu đồng/sản phẩm"],
           ["5", "Tập huấn, hội thảo đầu bờ gắn với mô hình",
            "100% chi phí tài liệu, giảng viên, hội trường",
            "Tối đa 02 lớp và 01 hội thảo/mô hình"]]),
    ("p", "Ngoài mức hỗ trợ trên, chủ thể có sản phẩm được UBND tỉnh công nhận "
          "mới đạt OCOP 3 sao được thưởng 20 triệu đồng/sản phẩm, đạt 4 sao được "
          "thưởng 35 triệu đồng/sản phẩm; sản phẩm nâng hạng từ 3 sao lên 4 sao "
          "được thưởng 15 triệu đồng/sản phẩm."),
    ("p", "Tổng kinh phí hỗ trợ năm 2025 theo Quyết định số 812/QĐ-UBND là 6.800 "
          "triệu đồng, trong đó dành cho mô hình trình diễn 5.200 triệu đồng, hỗ "
          "trợ sản phẩm OCOP 1.600 triệu đồng. Mỗi huyện, thị xã, thành phố được "
          "xét chọn tối đa 04 mô hình trong năm."),
    ("h", "IV. HỒ SƠ VÀ TRÌNH TỰ THỰC HIỆN"),
    ("n", ["Hồ sơ gồm: đơn đề nghị hỗ trợ (Mẫu số 01); thuyết minh mô hình (Mẫu "
           "số 02); bản sao giấy chứng nhận đăng ký hợp tác xã hoặc đăng ký kinh "
           "doanh; danh sách hộ tham gia liên kết có xác nhận của UBND cấp xã.",
           "Chủ thể nộp 01 bộ hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính "
           "công tỉnh hoặc trực tuyến trên Cổng Dịch vụ công quốc gia; thời hạn "
           "nhận hồ sơ đợt 1 đến hết ngày 15/5/2025.",
           "Trong thời hạn 10 ngày làm việc kể từ ngày hết hạn nhận hồ sơ, Phòng "
           "Nông nghiệp và Môi trường cấp huyện phối hợp với UBND cấp xã kiểm "
           "tra thực địa và lập biên bản.",
           "Hội đồng thẩm định của Sở xét chọn, trình Giám đốc Sở phê duyệt danh "
           "sách trước ngày 20/6/2025.",
           "Kinh phí cấp làm 02 đợt: 50% sau khi ký hợp đồng, 50% còn lại sau khi "
           "nghiệm thu mô hình."]),
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "Phân công nhiệm vụ cụ thể như sau:"),
    ("t", [["TT", "Nội dung", "Đơn vị chủ trì", "Đơn vị phối hợp",
            "Thời gian hoàn thành"],
           ["1", "Phổ biến Hướng dẫn đến các xã, hợp tác xã, tổ hợp tác",
            "Trung tâm Khuyến nông", "UBND các huyện, thị xã, thành phố",
            "Trước ngày 20/4/2025"],
           ["2", "Tiếp nhận, tổng hợp hồ sơ; thường trực Hội đồng thẩm định",
            "Phòng Kế hoạch - Tài chính",
            "Chi cục Trồng trọt và Bảo vệ thực vật; Chi cục Chăn nuôi và Thú y",
            "Trước ngày 20/6/2025"],
           ["3", "Kiểm tra thực địa, lập biên bản đối với hồ sơ đề nghị hỗ trợ",
            "Phòng Nông nghiệp và Môi trường cấp huyện",
            "UBND cấp xã; Trạm Khuyến nông cấp huyện", "Trước ngày 30/5/2025"],
           ["4", "Tổ chức hội thảo chuyển giao công nghệ, tập huấn kỹ thuật",
            "Trung tâm Khuyến nông",
            "Hội Nông dân tỉnh; Trường Cao đẳng Nông Lâm Sơn Tịnh Đông",
            "Quý II và quý III/2025"],
           ["5", "Hỗ trợ thiết kế bao bì, mã QR truy xuất nguồn gốc sản phẩm OCOP",
            "Chi cục Phát triển nông thôn",
            "Sở Khoa học và Công nghệ; Sở Công Thương", "Trước ngày 30/9/2025"],
           ["6", "Kiểm tra, giám sát và nghiệm thu mô hình",
            "Chi cục Trồng trọt và Bảo vệ thực vật; Chi cục Chăn nuôi và Thú y "
            "(theo lĩnh vực)",
            "Trung tâm Khuyến nông; Phòng Nông nghiệp và Môi trường cấp huyện",
            "Định kỳ hằng quý; nghiệm thu trước ngày 30/11/2025"],
           ["7", "Tổng hợp, báo cáo kết quả thực hiện về UBND tỉnh",
            "Phòng Kế hoạch - Tài chính", "Các đơn vị thuộc Sở",
            "Trước ngày 15/12/2025"]]),
    ("p", "Đề nghị UBND các huyện, thị xã, thành phố chỉ đạo Phòng Nông nghiệp "
          "và Môi trường, UBND cấp xã hướng dẫn chủ thể lập hồ sơ, xác nhận danh "
          "sách hộ liên kết và ưu tiên bố trí ngân sách địa phương hỗ trợ thêm "
          "cho mô hình trúng tuyển."),
    ("p", "Đề nghị Hội Nông dân tỉnh chỉ đạo Hội Nông dân cấp huyện, cấp xã vận "
          "động hội viên tham gia liên kết, tham quan và nhân rộng mô hình sau "
          "khi nghiệm thu."),
    ("p", "Các chủ thể nhận hỗ trợ có trách nhiệm sử dụng kinh phí đúng mục "
          "đích, ghi chép nhật ký sản xuất và báo cáo kết quả theo mẫu trước khi "
          "nghiệm thu."),
    ("p", "Trong quá trình thực hiện, nếu có vướng mắc, đề nghị liên hệ bà Tạ "
          "Thị Mai Phương, Phó Trưởng phòng Kế hoạch - Tài chính, điện thoại "
          "0255 3826 417, e-mail: phuongttm.snnmt@sontinhdong.gov.vn để phối hợp "
          "giải quyết./."),
]

RS02_SIGN = ["KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "(đã ký)", "Vương Đình Khải"]
RS02_NOINHAN = ["Nơi nhận:", "- UBND tỉnh (để b/c);",
                "- Ban Tuyên giáo và Dân vận Tỉnh ủy;",
                "- Sở Tài chính, Sở Khoa học và Công nghệ;",
                "- UBND các huyện, thị xã, thành phố;", "- Hội Nông dân tỉnh;",
                "- Giám đốc, các Phó Giám đốc Sở;", "- Các đơn vị thuộc Sở;",
                "- Lưu: VT, KHTC."]


def _new_num(doc, style_name):
    """Create a new w:num that restarts the numbering of a list style."""
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    style = doc.styles[style_name]
    numpr = style.element.pPr.find(qn("w:numPr"))
    base_num_id = int(numpr.find(qn("w:numId")).get(qn("w:val")))
    numbering = doc.part.numbering_part.element
    abstract_id = None
    for num in numbering.findall(qn("w:num")):
        if int(num.get(qn("w:numId"))) == base_num_id:
            abstract_id = num.find(qn("w:abstractNumId")).get(qn("w:val"))
    max_id = max(int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num")))
    new_id = max_id + 1
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(new_id))
    an = OxmlElement("w:abstractNumId")
    an.set(qn("w:val"), abstract_id)
    num.append(an)
    ov = OxmlElement("w:lvlOverride")
    ov.set(qn("w:ilvl"), "0")
    so = OxmlElement("w:startOverride")
    so.set(qn("w:val"), "1")
    ov.append(so)
    num.append(ov)
    numbering.append(num)
    return new_id


def _set_num(par, num_id):
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn
    ppr = par._p.get_or_add_pPr()
    numpr = OxmlElement("w:numPr")
    il = OxmlElement("w:ilvl")
    il.set(qn("w:val"), "0")
    ni = OxmlElement("w:numId")
    ni.set(qn("w:val"), str(num_id))
    numpr.append(il)
    numpr.append(ni)
    ppr.append(numpr)


def build_rs02():
    import docx
    from docx.enum.text import WD_ALIGN_PARAGRAPH
    from docx.shared import Pt, Cm

    doc = docx.Document()
    st = doc.styles["Normal"]
    st.font.name = "Times New Roman"
    st.font.size = Pt(13)
    for s in doc.sections:
        s.left_margin = Cm(3)
        s.right_margin = Cm(2)

    head = doc.add_table(rows=1, cols=2)
    for cell, lines in zip(head.rows[0].cells, (RS02_HEAD_LEFT, RS02_HEAD_RIGHT)):
        cell.paragraphs[0].text = nfc(lines[0])
        cell.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
        for ln in lines[1:]:
            p = cell.add_paragraph(nfc(ln))
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        for p in cell.paragraphs[:2]:
            for r in p.runs:
                r.bold = True

    for kind, val in RS02_BODY:
        if kind == "title":
            p = doc.add_paragraph()
            r = p.add_run(nfc(val))
            r.bold = True
            r.font.size = Pt(14)
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind == "subtitle":
            p = doc.add_paragraph()
            r = p.add_run(nfc(val))
            r.bold = True
            p.alignment = WD_ALIGN_PARAGRAPH.CENTER
        elif kind in ("h", "h2"):
            p = doc.add_paragraph()
            r = p.add_run(nfc(val))
            r.bold = True
            if kind == "h2":
                r.italic = True
        elif kind == "p":
            p = doc.add_paragraph(nfc(val))
            p.paragraph_format.first_line_indent = Cm(1)
            p.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
        elif kind == "b":
            for item in val:
                doc.add_paragraph(nfc(item), style="List Bullet")
        elif kind == "n":
            num_id = _new_num(doc, "List Number")
            for item in val:
                p = doc.add_paragraph(nfc(item), style="List Number")
                _set_num(p, num_id)
        elif kind == "t":
            t = doc.add_table(rows=len(val), cols=len(val[0]))
            t.style = "Table Grid"
            for i, row in enumerate(val):
                for j, txt in enumerate(row):
                    c = t.cell(i, j)
                    c.text = nfc(txt)
                    if i == 0:
                        for r in c.paragraphs[0].runs:
                            r.bold = True

    doc.add_paragraph("")
    tail = doc.add_table(rows=1, cols=2)
    left, right = tail.rows[0].cells
    left.paragraphs[0].text = nfc(RS02_NOINHAN[0])
    left.paragraphs[0].runs[0].bold = True
    left.paragraphs[0].runs[0].italic = True
    for ln in RS02_NOINHAN[1:]:
        left.add_paragraph(nfc(ln))
    right.paragraphs[0].text = nfc(RS02_SIGN[0])
    right.paragraphs[0].alignment = WD_ALIGN_PARAGRAPH.CENTER
    for ln in RS02_SIGN[1:]:
        p = right.add_paragraph(nfc(ln))
        p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    doc.save(os.path.join(CORPUS, "rs02_huongdan_hotro.docx"))


# ---------------------------------------------------------------------------
# rs03 – Chương trình hội thảo của Trung tâm Khuyến nông (.pdf, time table)
# ---------------------------------------------------------------------------
RS03_HEAD = [("SỞ NÔNG NGHIỆP VÀ MÔI TRƯỜNG", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
             ("TRUNG TÂM KHUYẾN NÔNG", "Độc lập - Tự do - Hạnh phúc"),
             ("Số: 45/CTr-TTKN", "Vân Khê, ngày 06 tháng 5 năm 2025")]

RS03_PRE = [
    ("title", "CHƯƠNG TRÌNH"),
    ("subtitle", "Hội thảo chuyển giao công nghệ tưới thông minh và truy xuất "
                 "nguồn gốc cho sản phẩm OCOP vùng đồi"),
    ("p", "Thực hiện Hướng dẫn số 27/HD-SNNMT ngày 08/4/2025 của Sở Nông nghiệp "
          "và Môi trường về hỗ trợ xây dựng mô hình trình diễn ứng dụng tiến bộ "
          "kỹ thuật và phát triển sản phẩm OCOP năm 2025; Kế hoạch khuyến nông "
          "năm 2025 phê duyệt tại Quyết định số 96/QĐ-SNNMT ngày 17/01/2025, "
          "Trung tâm Khuyến nông xây dựng Chương trình hội thảo như sau:"),
    ("h", "I. MỤC ĐÍCH"),
    ("p", "1. Giới thiệu công nghệ tưới nhỏ giọt điều khiển qua điện thoại thông "
          "minh và giải pháp truy xuất nguồn gốc bằng mã QR phù hợp với điều "
          "kiện sản xuất vùng đồi của tỉnh."),
    ("p", "2. Tạo diễn đàn cho hợp tác xã, nông dân, doanh nghiệp và nhà khoa học "
          "trao đổi kinh nghiệm, kết nối đặt hàng chuyển giao công nghệ."),
    ("p", "3. Tham quan thực tế mô hình, làm cơ sở cho các địa phương đăng ký "
          "nhân rộng trong năm 2025 và năm 2026."),
    ("h", "II. THỜI GIAN, ĐỊA ĐIỂM"),
    ("p", "1. Thời gian: 01 ngày, thứ Năm, ngày 22/5/2025; buổi sáng bắt đầu lúc "
          "07 giờ 30 phút."),
    ("p", "2. Địa điểm: buổi sáng tại Hội trường Trung tâm Chính trị huyện Trà "
          "Liên (số 18 đường Trần Cao Vân, thị trấn Trà Liên); buổi chiều tham "
          "quan mô hình tại Hợp tác xã Nông nghiệp sạch Vĩnh Lạc, thôn Vĩnh Lạc, "
          "xã Tịnh Khuê, huyện Trà Liên (cách hội trường khoảng 14 km)."),
    ("h", "III. THÀNH PHẦN (dự kiến 120 đại biểu)"),
    ("p", "1. Lãnh đạo Sở Nông nghiệp và Môi trường; đại diện Sở Khoa học và Công "
          "nghệ, Hội Nông dân tỉnh, Liên minh Hợp tác xã tỉnh."),
    ("p", "2. Lãnh đạo, viên chức Trung tâm Khuyến nông; Trạm Khuyến nông các "
          "huyện Trà Liên, Hàm Ngư, Phong Nhiêu."),
    ("p", "3. Đại diện Phòng Nông nghiệp và Môi trường các huyện, thị xã, thành "
          "phố (mỗi đơn vị 02 người)."),
    ("p", "4. Đại diện lãnh đạo UBND và cán bộ khuyến nông của 12 xã vùng đồi."),
    ("p", "5. Đại diện 25 hợp tác xã, tổ hợp tác và 30 hộ nông dân tiêu biểu."),
    ("p", "6. Nhà khoa học, giảng viên Trường Cao đẳng Nông Lâm Sơn Tịnh Đông; "
          "đại diện Công ty TNHH Giải pháp nông nghiệp số Nam Việt."),
    ("p", "7. Phóng viên Báo và Phát thanh, Truyền hình Sơn Tịnh Đông."),
    ("h", "IV. NỘI DUNG CHI TIẾT"),
]

RS03_TABLE = [
    ["Thời gian", "Nội dung", "Thực hiện"],
    ["07h30 - 08h00", "Đón tiếp đại biểu, phát tài liệu",
     "Phòng Hành chính - Tổng hợp"],
    ["08h00 - 08h15", "Tuyên bố lý do, giới thiệu đại biểu; phát biểu khai mạc",
     "Ông Vương Đình Khải, Phó Giám đốc Sở Nông nghiệp và Môi trường"],
    ["08h15 - 08h45", "Báo cáo đề dẫn: kết quả chuyển giao tiến bộ kỹ thuật giai "
     "đoạn 2021 - 2024 và định hướng năm 2025",
     "Bà Nguyễn Thị Bích Ngọc, Giám đốc Trung tâm Khuyến nông"],
    ["08h45 - 09h25", "Tham luận: hệ thống tưới nhỏ giọt điều khiển qua điện "
     "thoại trên cây ăn quả vùng đồi",
     "ThS. Đặng Hữu Lộc, Trường Cao đẳng Nông Lâm Sơn Tịnh Đông"],
    ["09h25 - 09h40", "Giải lao, xem trưng bày sản phẩm OCOP", "Ban Tổ chức"],
    ["09h40 - 10h15", "Tham luận: truy xuất nguồn gốc bằng mã QR và nhật ký sản "
     "xuất điện tử",
     "Ông Tôn Thất Duy, Giám đốc kỹ thuật Công ty TNHH Giải pháp nông nghiệp số "
     "Nam Việt"],
    ["10h15 - 10h40", "Chia sẻ kinh nghiệm trồng dưa lưới trong nhà màng và xây "
     "dựng sản phẩm OCOP \"Dưa lưới Vĩnh Lạc\"",
     "Ông Phan Văn Lực, Giám đốc Hợp tác xã Nông nghiệp sạch Vĩnh Lạc"],
    ["10h40 - 11h30", "Thảo luận, giải đáp kiến nghị của hợp tác xã, nông dân",
     "Chủ trì: Lãnh đạo Sở và Trung tâm Khuyến nông"],
    ["11h30 - 13h00", "Nghỉ trưa (Ban Tổ chức bố trí ăn trưa tại hội trường)", ""],
    ["13h00 - 13h30", "Di chuyển đến xã Tịnh Khuê", "Phòng Hành chính - Tổng hợp"],
    ["13h30 - 15h45", "Tham quan nhà màng dưa lưới 4.500 m2 và vườn bưởi 3,2 ha "
     "tưới nhỏ giọt; thực hành quét mã QR truy xuất nguồn gốc",
     "Hợp tác xã Nông nghiệp sạch Vĩnh Lạc; Trạm Khuyến nông huyện Trà Liên"],
    ["15h45 - 16h15", "Tổng kết hội thảo, bế mạc",
     "Bà Nguyễn Thị Bích Ngọc, Giám đốc Trung tâm Khuyến nông"],
]

RS03_POST = [
    ("h", "V. TỔ CHỨC THỰC HIỆN"),
    ("p", "1. Phòng Kỹ thuật và Chuyển giao chủ trì biên soạn tài liệu hội thảo "
          "(150 bộ), chuẩn bị báo cáo đề dẫn; hoàn thành trước ngày 19/5/2025."),
    ("p", "2. Phòng Hành chính - Tổng hợp chuẩn bị hội trường, trang trí, âm "
          "thanh; bố trí 03 xe ô tô 29 chỗ đưa đón đại biểu đi tham quan, xuất "
          "phát lúc 13 giờ 00 tại hội trường; thanh quyết toán kinh phí theo quy "
          "định."),
    ("p", "3. Trạm Khuyến nông huyện Trà Liên phối hợp với UBND xã Tịnh Khuê và "
          "Hợp tác xã Nông nghiệp sạch Vĩnh Lạc chuẩn bị điểm tham quan, khu "
          "trưng bày sản phẩm OCOP, bảo đảm an toàn cho đại biểu."),
    ("p", "4. Đề nghị Phòng Nông nghiệp và Môi trường các huyện, thị xã, thành "
          "phố cử đại biểu và gửi danh sách đăng ký về Trung tâm trước ngày "
          "16/5/2025; đề nghị Hội Nông dân tỉnh giới thiệu 05 hội viên nông dân "
          "sản xuất giỏi tham dự và phát biểu tại phần thảo luận."),
    ("p", "5. Đề nghị Báo và Phát thanh, Truyền hình Sơn Tịnh Đông cử phóng viên "
          "đưa tin về hội thảo."),
    ("h", "VI. KINH PHÍ"),
    ("p", "Kinh phí tổ chức hội thảo lấy từ nguồn sự nghiệp khuyến nông năm 2025 "
          "giao cho Trung tâm Khuyến nông, dự toán 68,5 triệu đồng (chi tiết tại "
          "dự toán kèm theo). Đại biểu không hưởng lương từ ngân sách nhà nước "
          "nhận hỗ trợ tiền đi lại 150.000 đồng/người."),
    ("p", "Mọi thông tin chi tiết xin liên hệ: ông Lâm Quốc Hưng, Phó Trưởng "
          "phòng Kỹ thuật và Chuyển giao, điện thoại 0912 447 385, e-mail: "
          "ttkn@sontinhdong.gov.vn."),
]

RS03_SIGN = ["GIÁM ĐỐC", "(đã ký)", "Nguyễn Thị Bích Ngọc"]
RS03_NOINHAN = ["Nơi nhận:", "- Sở Nông nghiệp và Môi trường (để b/c);",
                "- Các đơn vị, đại biểu có tên tại mục III;",
                "- UBND huyện Trà Liên;", "- Các phòng, trạm thuộc Trung tâm;",
                "- Lưu: VT, KTCG."]


def build_rs03():
    from fpdf import FPDF
    pdf = FPDF(format="A4")
    pdf.set_margins(20, 15, 15)
    pdf.set_auto_page_break(True, margin=18)
    pdf.add_font("DejaVu", "", FONT)
    pdf.add_font("DejaVu", "B", FONT_B)
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 10)
    for left, right in RS03_HEAD:
        pdf.cell(72, 6, nfc(left), align="C")
        pdf.cell(0, 6, nfc(right), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)

    def para(kind, txt):
        if kind == "title":
            pdf.set_font("DejaVu", "B", 13)
            pdf.multi_cell(0, 7, nfc(txt), align="C", new_x="LMARGIN", new_y="NEXT")
        elif kind == "subtitle":
            pdf.set_font("DejaVu", "B", 11)
            pdf.multi_cell(0, 6, nfc(txt), align="C", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(3)
        elif kind == "h":
            pdf.set_font("DejaVu", "B", 10.5)
            pdf.ln(1)
            pdf.multi_cell(0, 6, nfc(txt), new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.set_font("DejaVu", "", 10.5)
            pdf.multi_cell(0, 5.8, nfc(txt), align="J", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)

    for k, t in RS03_PRE:
        para(k, t)
    pdf.set_font("DejaVu", "", 9.5)
    with pdf.table(col_widths=(30, 88, 57), text_align="LEFT",
                   line_height=5, first_row_as_headings=False) as table:
        for i, row in enumerate(RS03_TABLE):
            r = table.row()
            for c in row:
                if i == 0:
                    pdf.set_font("DejaVu", "B", 9.5)
                r.cell(nfc(c))
            pdf.set_font("DejaVu", "", 9.5)
    pdf.ln(3)
    for k, t in RS03_POST:
        para(k, t)
    pdf.ln(4)
    y = pdf.get_y()
    if y > 240:
        pdf.add_page()
        y = pdf.get_y()
    pdf.set_font("DejaVu", "", 9)
    for ln in RS03_NOINHAN:
        pdf.cell(90, 5, nfc(ln), new_x="LMARGIN", new_y="NEXT")
    pdf.set_xy(110, y)
    pdf.set_font("DejaVu", "B", 10.5)
    for ln in RS03_SIGN:
        pdf.set_x(110)
        pdf.cell(75, 7, nfc(ln), align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.output(os.path.join(CORPUS, "rs03_chuongtrinh_hoithao.pdf"))


# ---------------------------------------------------------------------------
# rs04 – Biên bản kiểm tra thực địa của Phòng NN&MT huyện (.md, table)
# ---------------------------------------------------------------------------
RS04 = """\
UBND HUYỆN HÀM NGƯ
PHÒNG NÔNG NGHIỆP VÀ MÔI TRƯỜNG
Số: 17/BB-NNMT

**CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM**
**Độc lập - Tự do - Hạnh phúc**

*Hàm Ngư, ngày 27 tháng 5 năm 2025*

# BIÊN BẢN

## Kiểm tra thực địa hồ sơ đề nghị hỗ trợ xây dựng mô hình trình diễn năm 2025 (đợt 1)

Căn cứ Hướng dẫn số 27/HD-SNNMT ngày 08/4/2025 của Sở Nông nghiệp và Môi trường tỉnh Sơn Tịnh Đông; Quyết định số 203/QĐ-NNMT ngày 19/5/2025 của Trưởng phòng Nông nghiệp và Môi trường huyện Hàm Ngư về thành lập Tổ kiểm tra thực địa.

Hôm nay, ngày 27 tháng 5 năm 2025, vào lúc 07 giờ 45 phút, Tổ kiểm tra thực địa tiến hành kiểm tra tại xã Lộc Thủy và xã Bình Tường, huyện Hàm Ngư, gồm:

### I. THÀNH PHẦN

1. Tổ kiểm tra:
   - Ông Trương Công Danh, Phó Trưởng phòng Nông nghiệp và Môi trường huyện, Tổ trưởng;
   - Bà Vi Thị Lan, chuyên viên Phòng Nông nghiệp và Môi trường huyện, thư ký;
   - Ông Mạc Văn Tùng, Trạm trưởng Trạm Khuyến nông huyện Hàm Ngư;
   - Bà Hồ Thị Nguyệt, Phó Chủ tịch Hội Nông dân huyện.
2. Đại diện chính quyền địa phương:
   - Ông Đinh Văn Sáu, Phó Chủ tịch UBND xã Lộc Thủy;
   - Bà Nông Thị Hoa, Phó Chủ tịch UBND xã Bình Tường.
3. Đại diện các chủ thể đề nghị hỗ trợ: ông Huỳnh Văn Tám, Giám đốc HTX Nông nghiệp dịch vụ Lộc Thủy; ông Vũ Đức Thành, Tổ trưởng Tổ hợp tác chăn nuôi gà Bình Tường; bà Lương Thị Hảo, Giám đốc HTX Dược liệu Hàm Ngư; ông Lò Văn Thắm, chủ hộ sản xuất tại thôn 3, xã Bình Tường.

### II. NỘI DUNG KIỂM TRA

Tổ kiểm tra đối chiếu hồ sơ với thực tế về quy mô, số hộ liên kết, hiện trạng đất, chuồng trại, hạ tầng và phương án tiêu thụ của 04 hồ sơ đề nghị hỗ trợ do UBND 02 xã chuyển đến. Kết quả như sau:

| TT | Chủ thể đề nghị | Loại mô hình | Quy mô kê khai | Quy mô thực tế | Số hộ liên kết | Đánh giá |
|----|-----------------|--------------|----------------|----------------|----------------|----------|
| 1 | HTX Nông nghiệp dịch vụ Lộc Thủy | Canh tác lúa giảm phát thải | 25 ha | 23,6 ha | 41 hộ | Đạt |
| 2 | Tổ hợp tác chăn nuôi gà Bình Tường | Chăn nuôi gà đồi an toàn sinh học trên đệm lót sinh học | 3.000 con | Chuồng nuôi đáp ứng 2.400 con | 12 hộ | Đạt có điều kiện |
| 3 | HTX Dược liệu Hàm Ngư | Trồng đinh lăng tưới nhỏ giọt | 2,5 ha | 1,7 ha | 8 hộ | Không đạt |
| 4 | Hộ ông Lò Văn Thắm | Dưa lưới trong nhà màng | 3.200 m2 | 3.150 m2 | Không áp dụng | Đạt |

Nhận xét cụ thể:

1. HTX Nông nghiệp dịch vụ Lộc Thủy: diện tích thực tế 23,6 ha, giảm 1,4 ha so với kê khai do 06 thửa ruộng của 03 hộ nằm ngoài vùng tưới chủ động; hệ thống kênh mương bảo đảm điều tiết nước theo phương pháp khô - ướt xen kẽ; HTX có hợp đồng bao tiêu với Công ty cổ phần Lương thực Hàm Ngư.
2. Tổ hợp tác chăn nuôi gà Bình Tường: chuồng hiện có đáp ứng quy mô 2.400 con, vẫn trên mức tối thiểu 2.000 con; chưa có hố sát trùng tại cổng trại và hàng rào ngăn cách khu chăn nuôi với khu dân cư.
3. HTX Dược liệu Hàm Ngư: chỉ có 08 hộ tham gia liên kết, thấp hơn mức tối thiểu 10 hộ; diện tích trồng đinh lăng thực tế 1,7 ha, chưa đủ 2,0 ha đối với cây lâu năm theo điều kiện tại Hướng dẫn số 27/HD-SNNMT.
4. Hộ ông Lò Văn Thắm: nhà màng 3.150 m2 xây dựng năm 2024, khung thép mạ kẽm còn tốt; nguồn nước giếng khoan đủ cho tưới nhỏ giọt; có thỏa thuận tiêu thụ với cửa hàng nông sản sạch tại thành phố Vân Khê.

### III. Ý KIẾN CỦA CÁC CHỦ THỂ

Đại diện HTX Dược liệu Hàm Ngư thống nhất với kết quả kiểm tra, xin rút hồ sơ đợt 1 để bổ sung hộ liên kết, mở rộng diện tích và nộp lại khi có đợt xét tiếp theo. Các chủ thể còn lại thống nhất với số liệu đo đạc của Tổ kiểm tra, không có ý kiến khác.

### IV. KẾT LUẬN VÀ KIẾN NGHỊ

1. Đề nghị Sở Nông nghiệp và Môi trường xem xét đưa 03 hồ sơ đạt (số 1, 2 và 4) vào danh sách thẩm định; quy mô hỗ trợ tính theo số liệu thực tế tại biên bản này.
2. Tổ hợp tác chăn nuôi gà Bình Tường hoàn thiện hố sát trùng và hàng rào, gửi ảnh chụp hiện trạng về Phòng Nông nghiệp và Môi trường huyện trước ngày 10/6/2025; quá thời hạn trên, hồ sơ sẽ không được đề xuất hỗ trợ.
3. Trạm Khuyến nông huyện Hàm Ngư hướng dẫn HTX Nông nghiệp dịch vụ Lộc Thủy lập nhật ký đồng ruộng điện tử và quy trình tưới khô - ướt xen kẽ trước khi xuống giống vụ Hè Thu.
4. UBND xã Lộc Thủy có trách nhiệm xác nhận lại danh sách 41 hộ liên kết và ranh giới diện tích 23,6 ha, gửi Phòng Nông nghiệp và Môi trường huyện trước ngày 03/6/2025.
5. Hội Nông dân huyện phối hợp với UBND xã Bình Tường hỗ trợ HTX Dược liệu Hàm Ngư vận động thêm hộ tham gia liên kết để chuẩn bị hồ sơ đợt sau.
6. Phòng Nông nghiệp và Môi trường huyện tổng hợp kết quả kiểm tra, gửi Phòng Kế hoạch - Tài chính thuộc Sở Nông nghiệp và Môi trường trước ngày 30/5/2025.

Biên bản kết thúc lúc 16 giờ 20 phút cùng ngày, lập thành 05 bản có giá trị như nhau; các thành viên nghe đọc lại, thống nhất nội dung và cùng ký tên.

| TỔ TRƯỞNG | THƯ KÝ |
|---|---|
| *(đã ký)* | *(đã ký)* |
| Trương Công Danh | Vi Thị Lan |

| ĐẠI DIỆN UBND XÃ LỘC THỦY | ĐẠI DIỆN UBND XÃ BÌNH TƯỜNG |
|---|---|
| *(đã ký)* | *(đã ký)* |
| Đinh Văn Sáu | Nông Thị Hoa |

**Nơi nhận:**
- Sở Nông nghiệp và Môi trường (Phòng KH-TC);
- UBND huyện (để b/c);
- UBND xã Lộc Thủy, xã Bình Tường;
- Các chủ thể được kiểm tra;
- Lưu: VT, NNMT.
"""


# ---------------------------------------------------------------------------
# rs05 – Kế hoạch của UBND xã Tịnh Khuê (.txt, two-column header typed with
# spaces, Markdown assignment table)
# ---------------------------------------------------------------------------
RS05 = """\
    UỶ BAN NHÂN DÂN              CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
     XÃ TỊNH KHUÊ                     Độc lập - Tự do - Hạnh phúc

Số: 64/KH-UBND                  Tịnh Khuê, ngày 21 tháng 4 năm 2025

                              KẾ HOẠCH
  Ứng dụng tiến bộ kỹ thuật, chuyển đổi số trong sản xuất nông nghiệp
       và phát triển sản phẩm OCOP trên địa bàn xã năm 2025

Thực hiện Chỉ thị số 19-CT/TU ngày 14/3/2025 của Ban Thường vụ Tỉnh ủy; Hướng dẫn số 27/HD-SNNMT ngày 08/4/2025 của Sở Nông nghiệp và Môi trường; Kế hoạch số 35/KH-UBND ngày 02/4/2025 của UBND huyện Trà Liên và Nghị quyết của Đảng ủy xã về phát triển kinh tế nông nghiệp năm 2025, Ủy ban nhân dân xã Tịnh Khuê ban hành Kế hoạch như sau:

I. MỤC ĐÍCH, YÊU CẦU

1. Đưa nhanh tiến bộ kỹ thuật, công nghệ số vào sản xuất, nâng cao thu nhập cho người dân; phát huy vai trò của hợp tác xã trong liên kết sản xuất, tiêu thụ sản phẩm.
2. Phân công rõ nhiệm vụ, thời gian hoàn thành cho từng bộ phận, từng thôn; sử dụng kinh phí đúng quy định, công khai, minh bạch.

II. CHỈ TIÊU NĂM 2025

1. Xây dựng 03 mô hình trình diễn: mở rộng mô hình dưa lưới trong nhà màng thêm 2.000 m2 tại Hợp tác xã Nông nghiệp sạch Vĩnh Lạc (thôn Vĩnh Lạc); mô hình lúa giảm phát thải 15 ha tại thôn Trung Lương; mô hình nuôi gà thả vườn trên đệm lót sinh học quy mô 2.000 con tại thôn Đồng Nhãn.
2. Tổ chức 06 lớp tập huấn kỹ thuật và 01 hội thảo đầu bờ cho 240 lượt nông dân.
3. Nâng hạng sản phẩm "Tỏi đen Tịnh Khuê" từ 3 sao lên 4 sao; hoàn thiện hồ sơ đề nghị công nhận mới sản phẩm "Ớt bột Vĩnh Lạc" đạt 3 sao.
4. 100% hợp tác xã trên địa bàn (03 hợp tác xã) sử dụng mã QR truy xuất nguồn gốc; ít nhất 150 hộ sản xuất mở gian hàng trên sàn thương mại điện tử.

III. NHIỆM VỤ, GIẢI PHÁP

1. Tuyên truyền chính sách hỗ trợ của tỉnh, huyện qua hệ thống truyền thanh xã, trang thông tin điện tử xã và các nhóm Zalo của 05 thôn: Gò Bồi, Phú Thứ, Vĩnh Lạc, Trung Lương, Đồng Nhãn.
2. Rà soát, lựa chọn hộ, hợp tác xã đủ điều kiện; lập hồ sơ đề nghị hỗ trợ theo Hướng dẫn số 27/HD-SNNMT, bảo đảm mỗi mô hình có từ 10 hộ liên kết trở lên.
3. Phối hợp với Trạm Khuyến nông huyện mở lớp tập huấn tại nhà văn hóa các thôn; ưu tiên thực hành trực tiếp tại mô hình.
4. Hỗ trợ chủ thể OCOP hoàn thiện bao bì, nhãn, hồ sơ đánh giá phân hạng; tham gia hội chợ nông sản của huyện vào tháng 10/2025.

IV. PHÂN CÔNG THỰC HIỆN

| TT | Nội dung | Chủ trì | Phối hợp | Thời gian hoàn thành |
|----|----------|---------|----------|----------------------|
| 1 | Tuyên truyền chính sách hỗ trợ và các mô hình | Công chức Văn hóa - Xã hội | Trưởng thôn các thôn | Thường xuyên, hằng tuần |
| 2 | Lập hồ sơ đề nghị hỗ trợ 03 mô hình, gửi Phòng NN&MT huyện | Công chức Địa chính - Nông nghiệp | HTX Nông nghiệp sạch Vĩnh Lạc; HTX Dịch vụ nông nghiệp Trung Lương; Tổ hợp tác chăn nuôi Đồng Nhãn | Trước ngày 10/5/2025 |
| 3 | Mở 06 lớp tập huấn và 01 hội thảo đầu bờ | Hội Nông dân xã | Trạm Khuyến nông huyện Trà Liên | Tháng 6 - tháng 9/2025 |
| 4 | Hồ sơ nâng hạng sản phẩm "Tỏi đen Tịnh Khuê" lên 4 sao | HTX Nông nghiệp Tịnh Khuê | Công chức Văn hóa - Xã hội | Trước ngày 31/10/2025 |
| 5 | Hồ sơ công nhận mới sản phẩm "Ớt bột Vĩnh Lạc" | HTX Nông nghiệp sạch Vĩnh Lạc | Công chức Địa chính - Nông nghiệp | Trước ngày 31/10/2025 |
| 6 | Gắn mã QR truy xuất nguồn gốc, mở gian hàng trên sàn thương mại điện tử | Tổ công nghệ số cộng đồng xã | Đoàn TNCS Hồ Chí Minh xã; Bưu điện văn hóa xã | Trước ngày 30/9/2025 |
| 7 | Theo dõi, tổng hợp, báo cáo kết quả | Công chức Văn phòng - Thống kê | Các bộ phận liên quan | Hằng quý, trước ngày 20 của tháng cuối quý |

V. KINH PHÍ

Tổng kinh phí dự kiến 486 triệu đồng, gồm: ngân sách tỉnh hỗ trợ theo Hướng dẫn số 27/HD-SNNMT khoảng 310 triệu đồng (nếu hồ sơ trúng tuyển); ngân sách xã 46 triệu đồng; hợp tác xã và người dân đóng góp 130 triệu đồng.

VI. TỔ CHỨC THỰC HIỆN

1. Công chức Địa chính - Nông nghiệp là đầu mối tham mưu UBND xã theo dõi, hướng dẫn thực hiện Kế hoạch; phối hợp với Trạm Khuyến nông huyện Trà Liên kiểm tra tiến độ các mô hình hằng tháng.
2. Công chức Tài chính - Kế toán tham mưu bố trí 46 triệu đồng từ ngân sách xã; hướng dẫn thanh quyết toán kinh phí theo quy định.
3. Hội Nông dân xã có trách nhiệm vận động hội viên tham gia liên kết, tham quan học tập mô hình; chủ trì bình chọn 10 hộ nông dân ứng dụng công nghệ giỏi để biểu dương vào dịp tổng kết năm.
4. Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội tuyên truyền, vận động đoàn viên, hội viên hưởng ứng; Đoàn TNCS Hồ Chí Minh xã cử 10 đoàn viên tham gia Tổ công nghệ số cộng đồng.
5. Các ban, ngành, đoàn thể xã và Trưởng thôn các thôn có trách nhiệm triển khai Kế hoạch này; định kỳ trước ngày 15 hằng tháng báo cáo kết quả về UBND xã (qua Công chức Văn phòng - Thống kê).

Trong quá trình thực hiện, nếu có khó khăn, vướng mắc, liên hệ bà Cao Thị Huyền, công chức Địa chính - Nông nghiệp, điện thoại 0935 218 604 để phối hợp giải quyết./.

                                              TM. UỶ BAN NHÂN DÂN
                                                 KT. CHỦ TỊCH
                                                 PHÓ CHỦ TỊCH

                                                   (đã ký)

                                                 Hà Minh Quân
Nơi nhận:
- UBND huyện Trà Liên (để b/c);
- Phòng Nông nghiệp và Môi trường huyện;
- Trạm Khuyến nông huyện Trà Liên;
- Thường trực Đảng ủy, HĐND xã;
- UBMTTQVN và các đoàn thể xã;
- Các hợp tác xã, Trưởng thôn;
- Lưu: VT.
"""


def main():
    os.makedirs(CORPUS, exist_ok=True)
    build_rs01()
    build_rs02()
    build_rs03()
    write_text("rs04_bienban_kiemtra.md", RS04)
    write_text("rs05_kehoach_xa.txt", RS05)
    print("built:", sorted(os.listdir(CORPUS)))


if __name__ == "__main__":
    main()

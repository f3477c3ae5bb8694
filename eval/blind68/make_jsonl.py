#!/usr/bin/env python3
"""Writes questions.jsonl and who_what.jsonl of the blind68 set (hand-written data)."""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
F1 = "rs01_chithi_tu.txt"
F2 = "rs02_huongdan_hotro.docx"
F3 = "rs03_chuongtrinh_hoithao.pdf"
F4 = "rs04_bienban_kiemtra.md"
F5 = "rs05_kehoach_xa.txt"

Q = []


def q(kind, question, ev=None, kw=None, history=None, actors=None, ans=True):
    d = {"id": "rs%03d" % (len(Q) + 1), "question": question, "answerable": ans,
         "kind": kind,
         "evidence": [{"source": s, "quote": t} for s, t in (ev or [])],
         "keywords": kw or []}
    if history:
        d["history"] = history
    if actors:
        d["actors"] = actors
    Q.append(d)
    return question


def u(kind, question, history=None):
    return q(kind, question, ans=False, history=history)


# ----------------------------------------------------------------- rs01 ----
q("metadata", "Chỉ thị về chuyển giao KHCN trong nông nghiệp của Tỉnh ủy ban hành ngày nào, ai ký?",
  [(F1, "Vân Khê, ngày 14 tháng 3 năm 2025"),
   (F1, "PHÓ BÍ THƯ THƯỜNG TRỰC (đã ký) Đỗ Quang Nghĩa")],
  ["14 tháng 3 năm 2025", "Đỗ Quang Nghĩa"])
q("factoid", "Đến 2030 tỉnh muốn giá trị nông sản ứng dụng công nghệ cao chiếm mấy phần trăm?",
  [(F1, "tỷ lệ giá trị sản phẩm nông nghiệp ứng dụng công nghệ cao chiếm 30%")], ["30%"])
q("factoid", "Hạn để toàn bộ sản phẩm OCOP có mã truy xuất nguồn gốc là khi nào?",
  [(F1, "100% sản phẩm OCOP có mã truy xuất nguồn gốc trước ngày 31/12/2027")], ["31/12/2027"])
q("who-what", "Ban Tuyên giáo và Dân vận Tỉnh ủy được giao việc gì trong chỉ thị 19?",
  [(F1, "Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Báo và Phát thanh, "
        "Truyền hình Sơn Tịnh Đông định hướng công tác tuyên truyền"),
   (F1, "mở chuyên mục \"Nông dân số\" phát sóng định kỳ hằng tháng")],
  ["định hướng công tác tuyên truyền", "Nông dân số"],
  actors=["Ban Tuyên giáo và Dân vận Tỉnh ủy"])
q("who-what", "Các huyện ủy, thị ủy phải làm xong kế hoạch thực hiện chỉ thị trước ngày nào?",
  [(F1, "phù hợp với tình hình địa phương, hoàn thành trước ngày 30/4/2025")], ["30/4/2025"],
  actors=["Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy"])
q7 = q("who-what", "UBKT Tỉnh ủy có nhiệm vụ gì theo CT 19-CT/TU?",
       [(F1, "Ủy ban Kiểm tra Tỉnh ủy có trách nhiệm đưa nội dung thực hiện Chỉ thị vào "
             "chương trình kiểm tra, giám sát năm 2026 và năm 2028")],
       ["năm 2026 và năm 2028"], actors=["Ủy ban Kiểm tra Tỉnh ủy"])
q("follow-up", "Còn Văn phòng Tỉnh ủy?",
  [(F1, "Văn phòng Tỉnh ủy theo dõi, tổng hợp tình hình thực hiện, định kỳ 6 tháng, hằng "
        "năm báo cáo Ban Thường vụ Tỉnh ủy"),
   (F1, "tham mưu sơ kết 3 năm thực hiện Chỉ thị vào quý IV năm 2027")],
  ["định kỳ 6 tháng", "quý IV năm 2027"], history=[q7], actors=["Văn phòng Tỉnh ủy"])
q("no-diacritics", "chi thi 19 yeu cau ngan sach khoa hoc cong nghe danh cho nong nghiep toi thieu bao nhieu phan tram",
  [(F1, "khoa học và công nghệ của tỉnh dành cho lĩnh vực nông nghiệp không thấp hơn 15% mỗi năm")],
  ["15%"])
u("unanswerable", "Chỉ thị 19 quy định ngân sách KH&CN cho nông nghiệp năm 2026 cụ thể là bao nhiêu tỷ đồng?")
q("list", "Mục tiêu về số sản phẩm OCOP đến năm 2030 trong chỉ thị của Tỉnh ủy?",
  [(F1, "có 250 sản phẩm OCOP đạt từ 3 sao trở lên, trong đó có ít nhất 25 sản phẩm 4 sao "
        "và 02 sản phẩm tiềm năng 5 sao")],
  ["250", "25 sản phẩm 4 sao", "02 sản phẩm tiềm năng 5 sao"])
u("unanswerable", "Theo chỉ thị của Tỉnh ủy, giai đoạn 2021-2024 tỉnh có bao nhiêu sản phẩm OCOP đạt 5 sao?")
q("who-what", "Hội Nông dân tỉnh phải phát động phong trào gì, mỗi năm giới thiệu mấy mô hình?",
  [(F1, "phát động phong trào \"Nông dân ứng dụng khoa học, công nghệ giỏi\""),
   (F1, "mỗi năm giới thiệu ít nhất 40 mô hình tiêu biểu")],
  ["Nông dân ứng dụng khoa học, công nghệ giỏi", "40"], actors=["Hội Nông dân tỉnh"])
q("no-diacritics", "tinh doan va hoi phu nu tinh duoc giao gi trong chi thi cua tinh uy",
  [(F1, "Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh vận động đoàn viên, hội viên tham gia tổ công "
        "nghệ số cộng đồng")],
  ["tổ công nghệ số cộng đồng"], actors=["Tỉnh đoàn", "Hội Liên hiệp Phụ nữ tỉnh"])
q("corpus", "Trong bộ tài liệu, văn bản nào do cấp ủy Đảng ban hành?",
  [(F1, "CỦA BAN THƯỜNG VỤ TỈNH ỦY"), (F1, "ĐẢNG BỘ TỈNH SƠN TỊNH ĐÔNG")], ["19-CT/TU"])
u("unanswerable", "Chỉ thị 19-CT/TU giao Sở Công Thương nhiệm vụ gì về xúc tiến thương mại sản phẩm OCOP?")
q("no-diacritics", "giai doan 2021-2024 tinh mo bao nhieu lop tap huan cho nong dan",
  [(F1, "tổ chức 1.135 lớp tập huấn cho hơn 41.000 lượt nông dân")], ["1.135", "41.000"])
q("who-what", "Đảng ủy UBND tỉnh phải làm gì và trong thời hạn nào theo chỉ thị?",
  [(F1, "Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh ban hành kế hoạch thực hiện Chỉ thị trong tháng 4/2025")],
  ["tháng 4/2025"], actors=["Đảng ủy UBND tỉnh"])

# ----------------------------------------------------------------- rs02 ----
q21 = q("factoid", "Mô hình trồng trọt công nghệ cao (nhà màng, tưới nhỏ giọt) được hỗ trợ tối đa bao nhiêu tiền?",
        [(F2, "Tối đa 300 triệu đồng/mô hình"), (F2, "50% chi phí giống, vật tư, thiết bị tưới")],
        ["300 triệu đồng", "50%"])
q("follow-up", "Còn mô hình lúa giảm phát thải thì tối đa bao nhiêu?",
  [(F2, "Tối đa 120 triệu đồng/mô hình"),
   (F2, "100% chi phí chế phẩm sinh học; 50% chi phí giống lúa xác nhận")],
  ["120 triệu đồng"], history=[q21])
q23 = q("factoid", "HTX muốn xin hỗ trợ thì phải hoạt động được ít nhất bao lâu?",
        [(F2, "hoạt động liên tục tối thiểu 12 tháng tính đến ngày nộp hồ sơ")], ["12 tháng"])
q("follow-up", "Thế số hộ liên kết tối thiểu là bao nhiêu?",
  [(F2, "có từ 10 hộ thành viên trở lên tham gia liên kết thực hiện mô hình")], ["10 hộ"],
  history=[q23])
q("list", "Hồ sơ xin hỗ trợ mô hình trình diễn gồm những giấy tờ gì?",
  [(F2, "Hồ sơ gồm: đơn đề nghị hỗ trợ (Mẫu số 01); thuyết minh mô hình (Mẫu số 02)"),
   (F2, "bản sao giấy chứng nhận đăng ký hợp tác xã hoặc đăng ký kinh doanh; danh sách hộ tham "
        "gia liên kết có xác nhận của UBND cấp xã")],
  ["Mẫu số 01", "Mẫu số 02"])
q26 = q("factoid", "Hạn chót nộp hồ sơ đề nghị hỗ trợ đợt 1 là ngày nào?",
        [(F2, "thời hạn nhận hồ sơ đợt 1 đến hết ngày 15/5/2025")], ["15/5/2025"])
q("follow-up", "Nộp ở đâu?",
  [(F2, "nộp 01 bộ hồ sơ trực tiếp tại Trung tâm Phục vụ hành chính công tỉnh hoặc trực "
        "tuyến trên Cổng Dịch vụ công quốc gia")],
  ["Trung tâm Phục vụ hành chính công tỉnh", "Cổng Dịch vụ công quốc gia"], history=[q26])
u("follow-up", "Còn đợt 2 thì hạn nộp khi nào?", history=[q26])
q("no-diacritics", "san pham OCOP duoc cong nhan moi 4 sao thi duoc thuong bao nhieu",
  [(F2, "đạt 4 sao được thưởng 35 triệu đồng/sản phẩm")], ["35 triệu đồng"])
u("unanswerable", "Sản phẩm đạt OCOP 5 sao được thưởng bao nhiêu theo HD 27?")
q31 = q("abbreviation", "Tổng KP hỗ trợ năm 2025 theo QĐ 812 là bao nhiêu?",
        [(F2, "Tổng kinh phí hỗ trợ năm 2025 theo Quyết định số 812/QĐ-UBND là 6.800 triệu đồng")],
        ["6.800 triệu đồng"])
u("follow-up", "Còn năm 2026 thì bao nhiêu?", history=[q31])
q("who-what", "Chi cục Phát triển nông thôn phụ trách việc gì, hạn khi nào?",
  [(F2, "Hỗ trợ thiết kế bao bì, mã QR truy xuất nguồn gốc sản phẩm OCOP"),
   (F2, "Trước ngày 30/9/2025")],
  ["bao bì", "30/9/2025"], actors=["Chi cục Phát triển nông thôn"])
q("who-what", "Phòng Kế hoạch - Tài chính của Sở phải làm những gì theo hướng dẫn hỗ trợ mô hình?",
  [(F2, "Tiếp nhận, tổng hợp hồ sơ; thường trực Hội đồng thẩm định"),
   (F2, "Tổng hợp, báo cáo kết quả thực hiện về UBND tỉnh")],
  ["thường trực Hội đồng thẩm định", "15/12/2025"], actors=["Phòng Kế hoạch - Tài chính"])
q("abbreviation", "Phòng NN&MT cấp huyện làm gì theo HD 27/HD-SNNMT, hạn bao giờ?",
  [(F2, "Phòng Nông nghiệp và Môi trường cấp huyện phối hợp với UBND cấp xã kiểm tra thực "
        "địa và lập biên bản"),
   (F2, "Kiểm tra thực địa, lập biên bản đối với hồ sơ đề nghị hỗ trợ")],
  ["kiểm tra thực địa", "30/5/2025"], actors=["Phòng Nông nghiệp và Môi trường cấp huyện"])
q("metadata", "Ai ký hướng dẫn hỗ trợ mô hình trình diễn năm 2025 của Sở?",
  [(F2, "PHÓ GIÁM ĐỐC (đã ký) Vương Đình Khải")], ["Vương Đình Khải"])
u("unanswerable", "Hướng dẫn 27 hỗ trợ lãi suất vay vốn cho HTX làm mô hình là bao nhiêu phần trăm?")
q("no-diacritics", "moi huyen duoc xet toi da may mo hinh trong nam",
  [(F2, "Mỗi huyện, thị xã, thành phố được xét chọn tối đa 04 mô hình trong năm")], ["04 mô hình"])
q39 = q("factoid", "Nhà màng phải rộng tối thiểu bao nhiêu mới đủ điều kiện hỗ trợ?",
        [(F2, "3.000 m2 đối với nhà màng, nhà lưới")], ["3.000 m2"])
q("follow-up", "Còn nuôi gia cầm?",
  [(F2, "2.000 con đối với gia cầm, 50 con đối với lợn thịt")], ["2.000 con"], history=[q39])
q("factoid", "Chủ thể đang bị phạt hành chính về an toàn thực phẩm chưa chấp hành xong có được hỗ trợ không?",
  [(F2, "chủ thể đang bị xử phạt vi phạm hành chính về môi trường, an toàn thực phẩm mà chưa chấp hành xong"),
   (F2, "Không hỗ trợ đối với mô hình sản xuất trên đất nằm trong quy hoạch")],
  ["Không hỗ trợ"])
u("unanswerable", "Hội đồng thẩm định của Sở gồm bao nhiêu thành viên, ai làm chủ tịch hội đồng?")
q("who-what", "Trung tâm Khuyến nông chủ trì những việc gì trong hướng dẫn 27?",
  [(F2, "Phổ biến Hướng dẫn đến các xã, hợp tác xã, tổ hợp tác"),
   (F2, "Tổ chức hội thảo chuyển giao công nghệ, tập huấn kỹ thuật")],
  ["20/4/2025", "Quý II và quý III/2025"], actors=["Trung tâm Khuyến nông"])
q("no-diacritics", "mo hinh chan nuoi an toan sinh hoc duoc ho tro bao nhieu phan tram chi phi",
  [(F2, "40% chi phí giống, thức ăn, chế phẩm"), (F2, "Tối đa 150 triệu đồng/mô hình")],
  ["40%", "150 triệu đồng"])
u("unanswerable", "Theo HD 27, mô hình nuôi trồng thủy sản được hỗ trợ tối đa bao nhiêu?")

# ----------------------------------------------------------------- rs03 ----
q("metadata", "Chương trình hội thảo tưới thông minh số mấy, ký ngày nào?",
  [(F3, "Số: 45/CTr-TTKN Vân Khê, ngày 06 tháng 5 năm 2025")], ["45/CTr-TTKN", "06 tháng 5 năm 2025"])
q49 = q("factoid", "Hội thảo về tưới thông minh và truy xuất nguồn gốc tổ chức ngày nào, ở đâu?",
        [(F3, "1. Thời gian: 01 ngày, thứ Năm, ngày 22/5/2025"),
         (F3, "buổi sáng tại Hội trường Trung tâm Chính trị huyện Trà Liên")],
        ["22/5/2025", "Hội trường Trung tâm Chính trị huyện Trà Liên"])
q("follow-up", "Buổi chiều đi đâu?",
  [(F3, "buổi chiều tham quan mô hình tại Hợp tác xã Nông nghiệp sạch Vĩnh Lạc")],
  ["Vĩnh Lạc"], history=[q49])
q("factoid", "Mấy giờ có phần tham luận về mã QR truy xuất nguồn gốc, ai trình bày?",
  [(F3, "09h40 - 10h15 Tham luận: truy xuất nguồn gốc bằng mã QR"),
   (F3, "Ông Tôn Thất Duy, Giám đốc kỹ thuật Công ty TNHH Giải pháp nông nghiệp số Nam Việt")],
  ["09h40", "Tôn Thất Duy"])
q52 = q("who-what", "Phòng Kỹ thuật và Chuyển giao phải chuẩn bị gì cho hội thảo, hạn bao giờ?",
        [(F3, "Phòng Kỹ thuật và Chuyển giao chủ trì biên soạn tài liệu hội thảo (150 bộ), chuẩn "
              "bị báo cáo đề dẫn; hoàn thành trước ngày 19/5/2025")],
        ["150 bộ", "19/5/2025"], actors=["Phòng Kỹ thuật và Chuyển giao"])
q("follow-up", "Còn Phòng Hành chính - Tổng hợp?",
  [(F3, "Phòng Hành chính - Tổng hợp chuẩn bị hội trường, trang trí, âm thanh; bố trí 03 xe ô tô 29 chỗ")],
  ["03 xe ô tô 29 chỗ"], history=[q52], actors=["Phòng Hành chính - Tổng hợp"])
q("no-diacritics", "xe di tham quan mo hinh xuat phat luc may gio",
  [(F3, "xuất phát lúc 13 giờ 00 tại hội trường")], ["13 giờ 00"])
q("abbreviation", "Các Phòng NN&MT huyện gửi DS đại biểu dự hội thảo về TTKN trước ngày nào?",
  [(F3, "gửi danh sách đăng ký về Trung tâm trước ngày 16/5/2025")], ["16/5/2025"],
  actors=["Phòng Nông nghiệp và Môi trường các huyện, thị xã, thành phố"])
q56 = q("factoid", "Dự toán kinh phí tổ chức hội thảo ngày 22/5 là bao nhiêu?",
        [(F3, "dự toán 68,5 triệu đồng")], ["68,5 triệu đồng"])
q("follow-up", "Đại biểu có được hỗ trợ tiền đi lại không, bao nhiêu?",
  [(F3, "nhận hỗ trợ tiền đi lại 150.000 đồng/người")], ["150.000 đồng/người"], history=[q56])
u("unanswerable", "Đại biểu dự hội thảo tưới thông minh được hỗ trợ tiền ăn trưa bao nhiêu một người?")
q("no-diacritics", "nha mang dua luoi o HTX Vinh Lac cho dai bieu tham quan rong bao nhieu",
  [(F3, "Tham quan nhà màng dưa lưới 4.500 m2")], ["4.500 m2"])
u("unanswerable", "Ai trình bày tham luận về canh tác lúa giảm phát thải tại hội thảo ngày 22/5/2025?")
q("factoid", "Cần hỏi thông tin hội thảo thì liên hệ ai?",
  [(F3, "ông Lâm Quốc Hưng, Phó Trưởng phòng Kỹ thuật và Chuyển giao, điện thoại 0912 447 385")],
  ["Lâm Quốc Hưng", "0912 447 385"])
q62 = q("who-what", "Trạm Khuyến nông huyện Trà Liên được giao gì trong chương trình hội thảo?",
        [(F3, "Trạm Khuyến nông huyện Trà Liên phối hợp với UBND xã Tịnh Khuê và Hợp tác xã "
              "Nông nghiệp sạch Vĩnh Lạc chuẩn bị điểm tham quan")],
        ["chuẩn bị điểm tham quan"], actors=["Trạm Khuyến nông huyện Trà Liên"])
q("metadata", "Chương trình hội thảo do ai ký ban hành?",
  [(F3, "GIÁM ĐỐC (đã ký) Nguyễn Thị Bích Ngọc")], ["Nguyễn Thị Bích Ngọc"])
q("no-diacritics", "hoi thao tuoi thong minh bat dau luc may gio",
  [(F3, "buổi sáng bắt đầu lúc 07 giờ 30 phút")], ["07 giờ 30 phút"])

# ----------------------------------------------------------------- rs04 ----
q("metadata", "Biên bản kiểm tra thực địa ở Hàm Ngư số mấy, lập ngày nào?",
  [(F4, "PHÒNG NÔNG NGHIỆP VÀ MÔI TRƯỜNG Số: 17/BB-NNMT"),
   (F4, "Hàm Ngư, ngày 27 tháng 5 năm 2025")],
  ["17/BB-NNMT", "27 tháng 5 năm 2025"])
q("list", "Tổ kiểm tra xuống những xã nào để kiểm tra hồ sơ?",
  [(F4, "Tổ kiểm tra thực địa tiến hành kiểm tra tại xã Lộc Thủy và xã Bình Tường, huyện Hàm Ngư")],
  ["Lộc Thủy", "Bình Tường"])
q68 = q("factoid", "HTX Lộc Thủy kê khai 25 ha lúa nhưng đo thực tế được bao nhiêu?",
        [(F4, "diện tích thực tế 23,6 ha, giảm 1,4 ha so với kê khai")], ["23,6 ha"])
q("follow-up", "Vì sao bị hụt?",
  [(F4, "do 06 thửa ruộng của 03 hộ nằm ngoài vùng tưới chủ động")], ["ngoài vùng tưới chủ động"],
  history=[q68])
q("list", "Hồ sơ nào bị đánh giá không đạt khi kiểm tra thực địa, lý do?",
  [(F4, "HTX Dược liệu Hàm Ngư: chỉ có 08 hộ tham gia liên kết, thấp hơn mức tối thiểu 10 hộ"),
   (F4, "diện tích trồng đinh lăng thực tế 1,7 ha, chưa đủ 2,0 ha đối với cây lâu năm")],
  ["HTX Dược liệu Hàm Ngư", "08 hộ", "1,7 ha"])
q("who-what", "Tổ hợp tác nuôi gà Bình Tường phải khắc phục gì, hạn chót khi nào?",
  [(F4, "Tổ hợp tác chăn nuôi gà Bình Tường hoàn thiện hố sát trùng và hàng rào, gửi ảnh chụp "
        "hiện trạng về Phòng Nông nghiệp và Môi trường huyện trước ngày 10/6/2025")],
  ["hố sát trùng", "10/6/2025"], actors=["Tổ hợp tác chăn nuôi gà Bình Tường"])
q("who-what", "UBND xã Lộc Thủy phải làm gì sau đợt kiểm tra?",
  [(F4, "UBND xã Lộc Thủy có trách nhiệm xác nhận lại danh sách 41 hộ liên kết và ranh giới "
        "diện tích 23,6 ha")],
  ["41 hộ", "03/6/2025"], actors=["UBND xã Lộc Thủy"])
q("no-diacritics", "tram khuyen nong ham ngu phai huong dan htx loc thuy lam gi",
  [(F4, "Trạm Khuyến nông huyện Hàm Ngư hướng dẫn HTX Nông nghiệp dịch vụ Lộc Thủy lập nhật ký "
        "đồng ruộng điện tử")],
  ["nhật ký đồng ruộng điện tử"], actors=["Trạm Khuyến nông huyện Hàm Ngư"])
u("unanswerable", "Trong biên bản kiểm tra, mô hình nuôi ong lấy mật ở xã Bình Tường được đánh giá thế nào?")
q("no-diacritics", "ai lam to truong to kiem tra thuc dia o ham ngu",
  [(F4, "Ông Trương Công Danh, Phó Trưởng phòng Nông nghiệp và Môi trường huyện, Tổ trưởng")],
  ["Trương Công Danh"])
q("factoid", "Nhà màng dưa lưới của hộ ông Lò Văn Thắm đo thực tế bao nhiêu, lấy nước tưới ở đâu?",
  [(F4, "nhà màng 3.150 m2 xây dựng năm 2024"), (F4, "nguồn nước giếng khoan đủ cho tưới nhỏ giọt")],
  ["3.150 m2", "giếng khoan"])
q("abbreviation", "Phòng NN&MT huyện Hàm Ngư gửi kết quả kiểm tra cho Phòng KH-TC của Sở trước ngày mấy?",
  [(F4, "gửi Phòng Kế hoạch - Tài chính thuộc Sở Nông nghiệp và Môi trường trước ngày 30/5/2025")],
  ["30/5/2025"], actors=["Phòng Nông nghiệp và Môi trường huyện"])
u("unanswerable", "Tổ kiểm tra thực địa kiểm tra hồ sơ của các HTX xã Tịnh Khuê vào ngày nào, kết quả ra sao?")
q("who-what", "Hội Nông dân huyện Hàm Ngư được kiến nghị làm gì?",
  [(F4, "Hội Nông dân huyện phối hợp với UBND xã Bình Tường hỗ trợ HTX Dược liệu Hàm Ngư vận "
        "động thêm hộ tham gia liên kết")],
  ["UBND xã Bình Tường", "vận động thêm hộ"], actors=["Hội Nông dân huyện"])
q("no-diacritics", "ai dai dien xa binh tuong ky bien ban kiem tra",
  [(F4, "Bà Nông Thị Hoa, Phó Chủ tịch UBND xã Bình Tường")], ["Nông Thị Hoa"])

# ----------------------------------------------------------------- rs05 ----
q("metadata", "KH 64 của xã Tịnh Khuê ban hành ngày nào, ai ký?",
  [(F5, "Số: 64/KH-UBND Tịnh Khuê, ngày 21 tháng 4 năm 2025"),
   (F5, "PHÓ CHỦ TỊCH (đã ký) Hà Minh Quân")],
  ["21 tháng 4 năm 2025", "Hà Minh Quân"])
q("list", "Năm 2025 xã Tịnh Khuê làm những mô hình trình diễn nào?",
  [(F5, "Xây dựng 03 mô hình trình diễn: mở rộng mô hình dưa lưới trong nhà màng thêm 2.000 m2"),
   (F5, "mô hình lúa giảm phát thải 15 ha tại thôn Trung Lương; mô hình nuôi gà thả vườn trên đệm "
        "lót sinh học quy mô 2.000 con tại thôn Đồng Nhãn")],
  ["dưa lưới", "15 ha", "2.000 con"])
q86 = q("factoid", "Kế hoạch của xã dự trù tổng kinh phí bao nhiêu?",
        [(F5, "Tổng kinh phí dự kiến 486 triệu đồng")], ["486 triệu đồng"])
q("follow-up", "Trong đó ngân sách xã chi bao nhiêu?",
  [(F5, "ngân sách xã 46 triệu đồng; hợp tác xã và người dân đóng góp 130 triệu đồng")],
  ["46 triệu đồng"], history=[q86])
q88 = q("who-what", "Hội Nông dân xã Tịnh Khuê phải làm gì theo kế hoạch?",
        [(F5, "Mở 06 lớp tập huấn và 01 hội thảo đầu bờ"),
         (F5, "Hội Nông dân xã có trách nhiệm vận động hội viên tham gia liên kết, tham quan học tập mô hình")],
        ["06 lớp tập huấn", "bình chọn 10 hộ"], actors=["Hội Nông dân xã"])
q("follow-up", "Vậy thời gian tập huấn là khi nào?",
  [(F5, "Tháng 6 - tháng 9/2025")], ["Tháng 6 - tháng 9/2025"], history=[q88])
q90 = q("who-what", "Ai chủ trì gắn mã QR và mở gian hàng TMĐT cho nông dân xã Tịnh Khuê?",
        [(F5, "Gắn mã QR truy xuất nguồn gốc, mở gian hàng trên sàn thương mại điện tử"),
         (F5, "Tổ công nghệ số cộng đồng xã")],
        ["Tổ công nghệ số cộng đồng xã", "30/9/2025"], actors=["Tổ công nghệ số cộng đồng xã"])
q("follow-up", "Đoàn thanh niên xã góp bao nhiêu người?",
  [(F5, "Đoàn TNCS Hồ Chí Minh xã cử 10 đoàn viên tham gia Tổ công nghệ số cộng đồng")],
  ["10 đoàn viên"], history=[q90], actors=["Đoàn TNCS Hồ Chí Minh xã"])
q("no-diacritics", "san pham toi den tinh khue nang len may sao, han nop ho so khi nao",
  [(F5, "Nâng hạng sản phẩm \"Tỏi đen Tịnh Khuê\" từ 3 sao lên 4 sao"),
   (F5, "Hồ sơ nâng hạng sản phẩm \"Tỏi đen Tịnh Khuê\" lên 4 sao")],
  ["4 sao", "31/10/2025"])
q("no-diacritics", "lien he ai o xa tinh khue ve ke hoach nay, so dien thoai",
  [(F5, "liên hệ bà Cao Thị Huyền, công chức Địa chính - Nông nghiệp, điện thoại 0935 218 604")],
  ["Cao Thị Huyền", "0935 218 604"])
q("who-what", "Trưởng thôn các thôn phải báo cáo kết quả về UBND xã khi nào?",
  [(F5, "định kỳ trước ngày 15 hằng tháng báo cáo kết quả về UBND xã")],
  ["trước ngày 15 hằng tháng"], actors=["Các ban, ngành, đoàn thể xã và Trưởng thôn các thôn"])
u("unanswerable", "Kế hoạch xã Tịnh Khuê hỗ trợ mỗi hộ bao nhiêu tiền khi mở gian hàng trên sàn thương mại điện tử?")
u("unanswerable", "Mô hình gà thả vườn ở thôn Đồng Nhãn dùng giống gà gì, mua ở đâu?")
q("abbreviation", "Công chức TC-KT xã phải bố trí bao nhiêu từ NS xã cho KH 64?",
  [(F5, "Công chức Tài chính - Kế toán tham mưu bố trí 46 triệu đồng từ ngân sách xã")],
  ["46 triệu đồng"], actors=["Công chức Tài chính - Kế toán"])
q99 = q("who-what", "Công chức Địa chính - Nông nghiệp xã phải làm những gì theo kế hoạch?",
        [(F5, "Công chức Địa chính - Nông nghiệp là đầu mối tham mưu UBND xã theo dõi, hướng dẫn "
              "thực hiện Kế hoạch"),
         (F5, "Lập hồ sơ đề nghị hỗ trợ 03 mô hình, gửi Phòng NN&MT huyện")],
        ["đầu mối", "10/5/2025"], actors=["Công chức Địa chính - Nông nghiệp"])
q("follow-up", "Thế còn MTTQ xã?",
  [(F5, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội tuyên "
        "truyền, vận động đoàn viên, hội viên hưởng ứng")],
  ["tuyên truyền"], history=[q99], actors=["Ủy ban Mặt trận Tổ quốc Việt Nam xã"])
q("no-diacritics", "ke hoach xa tinh khue mo may lop tap huan, cho bao nhieu luot nong dan",
  [(F5, "Tổ chức 06 lớp tập huấn kỹ thuật và 01 hội thảo đầu bờ cho 240 lượt nông dân")],
  ["06 lớp", "240 lượt"])
u("unanswerable", "Phần thưởng cho 10 hộ nông dân ứng dụng công nghệ giỏi của xã Tịnh Khuê là bao nhiêu tiền?")

# ----------------------------------------------------------- cross / corpus ----
q("corpus", "Có mấy văn bản trong bộ dẫn chiếu Hướng dẫn 27/HD-SNNMT của Sở?",
  [(F3, "Thực hiện Hướng dẫn số 27/HD-SNNMT ngày 08/4/2025 của Sở Nông nghiệp và Môi trường"),
   (F4, "Căn cứ Hướng dẫn số 27/HD-SNNMT ngày 08/4/2025 của Sở Nông nghiệp và Môi trường"),
   (F5, "Hướng dẫn số 27/HD-SNNMT ngày 08/4/2025 của Sở Nông nghiệp và Môi trường; Kế hoạch số 35/KH-UBND")],
  ["27/HD-SNNMT"])
q("corpus", "Bộ tài liệu gồm những loại văn bản nào?",
  [(F1, "CHỈ THỊ CỦA BAN THƯỜNG VỤ TỈNH ỦY"),
   (F2, "HƯỚNG DẪN Thực hiện hỗ trợ xây dựng mô hình trình diễn"),
   (F3, "CHƯƠNG TRÌNH Hội thảo chuyển giao công nghệ tưới thông minh"),
   (F4, "Kiểm tra thực địa hồ sơ đề nghị hỗ trợ xây dựng mô hình trình diễn năm 2025 (đợt 1)"),
   (F5, "KẾ HOẠCH Ứng dụng tiến bộ kỹ thuật, chuyển đổi số trong sản xuất nông nghiệp")],
  ["Chỉ thị", "Hướng dẫn", "Kế hoạch"])
q("corpus", "Văn bản nào do cơ quan cấp huyện ban hành?",
  [(F4, "UBND HUYỆN HÀM NGƯ PHÒNG NÔNG NGHIỆP VÀ MÔI TRƯỜNG")], ["Hàm Ngư", "17/BB-NNMT"])
q("corpus", "Những văn bản nào có nhắc tới HTX Nông nghiệp sạch Vĩnh Lạc?",
  [(F3, "buổi chiều tham quan mô hình tại Hợp tác xã Nông nghiệp sạch Vĩnh Lạc"),
   (F5, "mở rộng mô hình dưa lưới trong nhà màng thêm 2.000 m2 tại Hợp tác xã Nông nghiệp sạch Vĩnh Lạc")],
  ["Vĩnh Lạc"])
u("abbreviation", "QĐ 812/QĐ-UBND phân bổ cho huyện Hàm Ngư bao nhiêu tiền hỗ trợ mô hình?")
u("no-diacritics", "ke hoach 35/KH-UBND cua huyen Tra Lien giao xa Tinh Khue chi tieu gi")
u("no-diacritics", "hoi thao ngay 22/5 co bao nhieu HTX cua huyen Ham Ngu tham du")
u("unanswerable", "Theo Chỉ thị 19, giai đoạn 2021-2024 tỉnh đã tổ chức bao nhiêu hội chợ OCOP?")
u("abbreviation", "Sở NN&MT đã phê duyệt danh sách mô hình đợt 1 gồm những HTX nào của huyện Trà Liên?")
u("unanswerable", "Trường Cao đẳng Nông Lâm Sơn Tịnh Đông được cấp bao nhiêu kinh phí để tập huấn theo HD 27?")
u("unanswerable", "Số điện thoại của ông Phan Văn Lực, giám đốc HTX Vĩnh Lạc là gì?")
u("unanswerable", "Phong trào \"Nông dân ứng dụng khoa học, công nghệ giỏi\" có giải đặc biệt trị giá bao nhiêu?")


# ------------------------------------------------------------ who-what ----
def A(name, role, deadline, task):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": task}


WW = [
    {"id": "wrs01", "directive": "CT 19-CT/TU", "source": F1, "actors": [
        A("các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội",
          None, None,
          "các cấp ủy, tổ chức đảng, chính quyền, Mặt trận Tổ quốc và các tổ chức chính trị - xã hội "
          "tập trung lãnh đạo, thực hiện tốt các nhiệm vụ sau"),
        A("Các huyện ủy, thị ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", None, "trước ngày 30/4/2025",
          "tổ chức quán triệt Chỉ thị đến chi bộ, đảng viên; xây dựng kế hoạch thực hiện phù hợp với "
          "tình hình địa phương"),
        A("Đảng ủy UBND tỉnh", None, "trong tháng 4/2025",
          "Đảng ủy UBND tỉnh lãnh đạo UBND tỉnh ban hành kế hoạch thực hiện Chỉ thị trong tháng 4/2025"),
        A("Sở Nông nghiệp và Môi trường", "chủ trì", None,
          "Sở Nông nghiệp và Môi trường chủ trì, phối hợp với Sở Khoa học và Công nghệ, Sở Tài chính "
          "hướng dẫn cơ chế hỗ trợ mô hình trình diễn"),
        A("Sở Khoa học và Công nghệ", "phối hợp", None,
          "phối hợp với Sở Khoa học và Công nghệ, Sở Tài chính hướng dẫn cơ chế hỗ trợ mô hình trình diễn"),
        A("Sở Tài chính", "phối hợp", None,
          "phối hợp với Sở Khoa học và Công nghệ, Sở Tài chính hướng dẫn cơ chế hỗ trợ mô hình trình diễn"),
        A("Ban Tuyên giáo và Dân vận Tỉnh ủy", "chủ trì", "định kỳ hằng tháng",
          "Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Báo và Phát thanh, Truyền hình Sơn "
          "Tịnh Đông định hướng công tác tuyên truyền"),
        A("Báo và Phát thanh, Truyền hình Sơn Tịnh Đông", "phối hợp", None,
          "phối hợp với Báo và Phát thanh, Truyền hình Sơn Tịnh Đông định hướng công tác tuyên truyền"),
        A("Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh", None, None,
          "Đảng ủy Mặt trận Tổ quốc, các đoàn thể tỉnh lãnh đạo Hội Nông dân tỉnh phát động phong trào"),
        A("Hội Nông dân tỉnh", None, "mỗi năm",
          "phát động phong trào \"Nông dân ứng dụng khoa học, công nghệ giỏi\", mỗi năm giới thiệu ít "
          "nhất 40 mô hình tiêu biểu"),
        A("Tỉnh đoàn", None, None,
          "Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh vận động đoàn viên, hội viên tham gia tổ công nghệ số "
          "cộng đồng"),
        A("Hội Liên hiệp Phụ nữ tỉnh", None, None,
          "Hội Liên hiệp Phụ nữ tỉnh vận động đoàn viên, hội viên tham gia tổ công nghệ số cộng đồng, "
          "hỗ trợ nông dân bán hàng trực tuyến"),
        A("Ủy ban Kiểm tra Tỉnh ủy", None, "năm 2026 và năm 2028",
          "Ủy ban Kiểm tra Tỉnh ủy có trách nhiệm đưa nội dung thực hiện Chỉ thị vào chương trình "
          "kiểm tra, giám sát"),
        A("Văn phòng Tỉnh ủy", None, "định kỳ 6 tháng, hằng năm",
          "Văn phòng Tỉnh ủy theo dõi, tổng hợp tình hình thực hiện, định kỳ 6 tháng, hằng năm báo "
          "cáo Ban Thường vụ Tỉnh ủy"),
        A("Văn phòng Tỉnh ủy", None, "quý IV năm 2027",
          "tham mưu sơ kết 3 năm thực hiện Chỉ thị vào quý IV năm 2027"),
    ], "intruders": ["Đỗ Quang Nghĩa", "Ban Bí thư Trung ương Đảng", "Văn phòng Trung ương Đảng",
                     "Các đồng chí Tỉnh ủy viên", "Các sở, ban, ngành tỉnh", "Lưu Văn phòng Tỉnh ủy",
                     "ĐẢNG BỘ TỈNH SƠN TỊNH ĐÔNG", "Ban Thường vụ Tỉnh ủy"]},
    {"id": "wrs02", "directive": "HD 27/HD-SNNMT", "source": F2, "actors": [
        A("Trung tâm Khuyến nông", "chủ trì", "Trước ngày 20/4/2025",
          "Phổ biến Hướng dẫn đến các xã, hợp tác xã, tổ hợp tác"),
        A("UBND các huyện, thị xã, thành phố", "phối hợp", "Trước ngày 20/4/2025",
          "Phổ biến Hướng dẫn đến các xã, hợp tác xã, tổ hợp tác"),
        A("UBND các huyện, thị xã, thành phố", None, None,
          "Đề nghị UBND các huyện, thị xã, thành phố chỉ đạo Phòng Nông nghiệp và Môi trường, UBND "
          "cấp xã hướng dẫn chủ thể lập hồ sơ"),
        A("Phòng Kế hoạch - Tài chính", "chủ trì", "Trước ngày 20/6/2025",
          "Tiếp nhận, tổng hợp hồ sơ; thường trực Hội đồng thẩm định"),
        A("Chi cục Trồng trọt và Bảo vệ thực vật", "phối hợp", "Trước ngày 20/6/2025",
          "Tiếp nhận, tổng hợp hồ sơ; thường trực Hội đồng thẩm định"),
        A("Chi cục Chăn nuôi và Thú y", "phối hợp", "Trước ngày 20/6/2025",
          "Tiếp nhận, tổng hợp hồ sơ; thường trực Hội đồng thẩm định"),
        A("Phòng Nông nghiệp và Môi trường cấp huyện", "chủ trì", "Trước ngày 30/5/2025",
          "Kiểm tra thực địa, lập biên bản đối với hồ sơ đề nghị hỗ trợ"),
        A("UBND cấp xã", "phối hợp", "Trước ngày 30/5/2025",
          "Kiểm tra thực địa, lập biên bản đối với hồ sơ đề nghị hỗ trợ"),
        A("Trạm Khuyến nông cấp huyện", "phối hợp", "Trước ngày 30/5/2025",
          "Kiểm tra thực địa, lập biên bản đối với hồ sơ đề nghị hỗ trợ"),
        A("Hội đồng thẩm định của Sở", None, "trước ngày 20/6/2025",
          "Hội đồng thẩm định của Sở xét chọn, trình Giám đốc Sở phê duyệt danh sách"),
        A("Trung tâm Khuyến nông", "chủ trì", "Quý II và quý III/2025",
          "Tổ chức hội thảo chuyển giao công nghệ, tập huấn kỹ thuật"),
        A("Hội Nông dân tỉnh", "phối hợp", "Quý II và quý III/2025",
          "Tổ chức hội thảo chuyển giao công nghệ, tập huấn kỹ thuật"),
        A("Hội Nông dân tỉnh", None, None,
          "Đề nghị Hội Nông dân tỉnh chỉ đạo Hội Nông dân cấp huyện, cấp xã vận động hội viên tham "
          "gia liên kết"),
        A("Trường Cao đẳng Nông Lâm Sơn Tịnh Đông", "phối hợp", "Quý II và quý III/2025",
          "Tổ chức hội thảo chuyển giao công nghệ, tập huấn kỹ thuật"),
        A("Chi cục Phát triển nông thôn", "chủ trì", "Trước ngày 30/9/2025",
          "Hỗ trợ thiết kế bao bì, mã QR truy xuất nguồn gốc sản phẩm OCOP"),
        A("Sở Khoa học và Công nghệ", "phối hợp", "Trước ngày 30/9/2025",
          "Hỗ trợ thiết kế bao bì, mã QR truy xuất nguồn gốc sản phẩm OCOP"),
        A("Sở Công Thương", "phối hợp", "Trước ngày 30/9/2025",
          "Hỗ trợ thiết kế bao bì, mã QR truy xuất nguồn gốc sản phẩm OCOP"),
        A("Chi cục Trồng trọt và Bảo vệ thực vật", "chủ trì",
          "Định kỳ hằng quý; nghiệm thu trước ngày 30/11/2025",
          "Kiểm tra, giám sát và nghiệm thu mô hình"),
        A("Chi cục Chăn nuôi và Thú y", "chủ trì",
          "Định kỳ hằng quý; nghiệm thu trước ngày 30/11/2025",
          "Kiểm tra, giám sát và nghiệm thu mô hình"),
        A("Phòng Nông nghiệp và Môi trường cấp huyện", "phối hợp",
          "Định kỳ hằng quý; nghiệm thu trước ngày 30/11/2025",
          "Kiểm tra, giám sát và nghiệm thu mô hình"),
        A("Phòng Kế hoạch - Tài chính", "chủ trì", "Trước ngày 15/12/2025",
          "Tổng hợp, báo cáo kết quả thực hiện về UBND tỉnh"),
        A("Các đơn vị thuộc Sở", "phối hợp", "Trước ngày 15/12/2025",
          "Tổng hợp, báo cáo kết quả thực hiện về UBND tỉnh"),
        A("Các chủ thể nhận hỗ trợ", None, None,
          "Các chủ thể nhận hỗ trợ có trách nhiệm sử dụng kinh phí đúng mục đích, ghi chép nhật ký "
          "sản xuất"),
    ], "intruders": ["Vương Đình Khải", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Sở Tài chính",
                     "Giám đốc, các Phó Giám đốc Sở", "Lưu: VT, KHTC", "Hội đồng nhân dân tỉnh",
                     "Ban Thường vụ Tỉnh ủy", "UBND TỈNH SƠN TỊNH ĐÔNG", "Tạ Thị Mai Phương"]},
    {"id": "wrs03", "directive": "CTr 45/CTr-TTKN", "source": F3, "actors": [
        A("Phòng Kỹ thuật và Chuyển giao", "chủ trì", "trước ngày 19/5/2025",
          "Phòng Kỹ thuật và Chuyển giao chủ trì biên soạn tài liệu hội thảo (150 bộ), chuẩn bị báo "
          "cáo đề dẫn"),
        A("Phòng Hành chính - Tổng hợp", None, None,
          "Phòng Hành chính - Tổng hợp chuẩn bị hội trường, trang trí, âm thanh; bố trí 03 xe ô tô 29 chỗ"),
        A("Trạm Khuyến nông huyện Trà Liên", None, None,
          "Trạm Khuyến nông huyện Trà Liên phối hợp với UBND xã Tịnh Khuê và Hợp tác xã Nông nghiệp "
          "sạch Vĩnh Lạc chuẩn bị điểm tham quan"),
        A("UBND xã Tịnh Khuê", "phối hợp", None,
          "phối hợp với UBND xã Tịnh Khuê và Hợp tác xã Nông nghiệp sạch Vĩnh Lạc chuẩn bị điểm tham quan"),
        A("Hợp tác xã Nông nghiệp sạch Vĩnh Lạc", "phối hợp", None,
          "Hợp tác xã Nông nghiệp sạch Vĩnh Lạc chuẩn bị điểm tham quan, khu trưng bày sản phẩm OCOP"),
        A("Phòng Nông nghiệp và Môi trường các huyện, thị xã, thành phố", None, "trước ngày 16/5/2025",
          "cử đại biểu và gửi danh sách đăng ký về Trung tâm trước ngày 16/5/2025"),
        A("Hội Nông dân tỉnh", None, None,
          "Hội Nông dân tỉnh giới thiệu 05 hội viên nông dân sản xuất giỏi tham dự và phát biểu tại "
          "phần thảo luận"),
        A("Báo và Phát thanh, Truyền hình Sơn Tịnh Đông", None, None,
          "Báo và Phát thanh, Truyền hình Sơn Tịnh Đông cử phóng viên đưa tin về hội thảo"),
    ], "intruders": ["Nguyễn Thị Bích Ngọc", "Lưu: VT, KTCG", "Các đơn vị, đại biểu có tên tại mục III",
                     "Các phòng, trạm thuộc Trung tâm", "UBND huyện Trà Liên",
                     "Liên minh Hợp tác xã tỉnh", "Lâm Quốc Hưng"]},
    {"id": "wrs04", "directive": "BB 17/BB-NNMT", "source": F4, "actors": [
        A("Sở Nông nghiệp và Môi trường", None, None,
          "Đề nghị Sở Nông nghiệp và Môi trường xem xét đưa 03 hồ sơ đạt (số 1, 2 và 4) vào danh sách "
          "thẩm định"),
        A("Tổ hợp tác chăn nuôi gà Bình Tường", None, "trước ngày 10/6/2025",
          "Tổ hợp tác chăn nuôi gà Bình Tường hoàn thiện hố sát trùng và hàng rào, gửi ảnh chụp hiện trạng"),
        A("Trạm Khuyến nông huyện Hàm Ngư", None, "trước khi xuống giống vụ Hè Thu",
          "Trạm Khuyến nông huyện Hàm Ngư hướng dẫn HTX Nông nghiệp dịch vụ Lộc Thủy lập nhật ký đồng "
          "ruộng điện tử"),
        A("UBND xã Lộc Thủy", None, "trước ngày 03/6/2025",
          "UBND xã Lộc Thủy có trách nhiệm xác nhận lại danh sách 41 hộ liên kết và ranh giới diện "
          "tích 23,6 ha"),
        A("Hội Nông dân huyện", None, None,
          "Hội Nông dân huyện phối hợp với UBND xã Bình Tường hỗ trợ HTX Dược liệu Hàm Ngư vận động "
          "thêm hộ tham gia liên kết"),
        A("UBND xã Bình Tường", "phối hợp", None,
          "phối hợp với UBND xã Bình Tường hỗ trợ HTX Dược liệu Hàm Ngư vận động thêm hộ tham gia liên kết"),
        A("Phòng Nông nghiệp và Môi trường huyện", None, "trước ngày 30/5/2025",
          "Phòng Nông nghiệp và Môi trường huyện tổng hợp kết quả kiểm tra, gửi Phòng Kế hoạch - Tài "
          "chính thuộc Sở"),
    ], "intruders": ["Trương Công Danh", "Vi Thị Lan", "Đinh Văn Sáu", "Nông Thị Hoa", "Lưu: VT, NNMT",
                     "Các chủ thể được kiểm tra", "UBND HUYỆN HÀM NGƯ", "Mạc Văn Tùng"]},
    {"id": "wrs05", "directive": "KH 64/KH-UBND", "source": F5, "actors": [
        A("Công chức Văn hóa - Xã hội", "chủ trì", "Thường xuyên, hằng tuần",
          "Tuyên truyền chính sách hỗ trợ và các mô hình"),
        A("Trưởng thôn các thôn", "phối hợp", "Thường xuyên, hằng tuần",
          "Tuyên truyền chính sách hỗ trợ và các mô hình"),
        A("Công chức Địa chính - Nông nghiệp", "chủ trì", "Trước ngày 10/5/2025",
          "Lập hồ sơ đề nghị hỗ trợ 03 mô hình, gửi Phòng NN&MT huyện"),
        A("HTX Nông nghiệp sạch Vĩnh Lạc", "phối hợp", "Trước ngày 10/5/2025",
          "Lập hồ sơ đề nghị hỗ trợ 03 mô hình, gửi Phòng NN&MT huyện"),
        A("HTX Dịch vụ nông nghiệp Trung Lương", "phối hợp", "Trước ngày 10/5/2025",
          "Lập hồ sơ đề nghị hỗ trợ 03 mô hình, gửi Phòng NN&MT huyện"),
        A("Tổ hợp tác chăn nuôi Đồng Nhãn", "phối hợp", "Trước ngày 10/5/2025",
          "Lập hồ sơ đề nghị hỗ trợ 03 mô hình, gửi Phòng NN&MT huyện"),
        A("Hội Nông dân xã", "chủ trì", "Tháng 6 - tháng 9/2025",
          "Mở 06 lớp tập huấn và 01 hội thảo đầu bờ"),
        A("Trạm Khuyến nông huyện Trà Liên", "phối hợp", "Tháng 6 - tháng 9/2025",
          "Mở 06 lớp tập huấn và 01 hội thảo đầu bờ"),
        A("HTX Nông nghiệp Tịnh Khuê", "chủ trì", "Trước ngày 31/10/2025",
          "Hồ sơ nâng hạng sản phẩm \"Tỏi đen Tịnh Khuê\" lên 4 sao"),
        A("Công chức Văn hóa - Xã hội", "phối hợp", "Trước ngày 31/10/2025",
          "Hồ sơ nâng hạng sản phẩm \"Tỏi đen Tịnh Khuê\" lên 4 sao"),
        A("HTX Nông nghiệp sạch Vĩnh Lạc", "chủ trì", "Trước ngày 31/10/2025",
          "Hồ sơ công nhận mới sản phẩm \"Ớt bột Vĩnh Lạc\""),
        A("Công chức Địa chính - Nông nghiệp", "phối hợp", "Trước ngày 31/10/2025",
          "Hồ sơ công nhận mới sản phẩm \"Ớt bột Vĩnh Lạc\""),
        A("Tổ công nghệ số cộng đồng xã", "chủ trì", "Trước ngày 30/9/2025",
          "Gắn mã QR truy xuất nguồn gốc, mở gian hàng trên sàn thương mại điện tử"),
        A("Đoàn TNCS Hồ Chí Minh xã", "phối hợp", "Trước ngày 30/9/2025",
          "Gắn mã QR truy xuất nguồn gốc, mở gian hàng trên sàn thương mại điện tử"),
        A("Bưu điện văn hóa xã", "phối hợp", "Trước ngày 30/9/2025",
          "Gắn mã QR truy xuất nguồn gốc, mở gian hàng trên sàn thương mại điện tử"),
        A("Công chức Văn phòng - Thống kê", "chủ trì", "Hằng quý, trước ngày 20 của tháng cuối quý",
          "Theo dõi, tổng hợp, báo cáo kết quả"),
        A("Các bộ phận liên quan", "phối hợp", "Hằng quý, trước ngày 20 của tháng cuối quý",
          "Theo dõi, tổng hợp, báo cáo kết quả"),
        A("Công chức Địa chính - Nông nghiệp", None, "hằng tháng",
          "Công chức Địa chính - Nông nghiệp là đầu mối tham mưu UBND xã theo dõi, hướng dẫn thực "
          "hiện Kế hoạch"),
        A("Công chức Tài chính - Kế toán", None, None,
          "Công chức Tài chính - Kế toán tham mưu bố trí 46 triệu đồng từ ngân sách xã"),
        A("Hội Nông dân xã", None, None,
          "Hội Nông dân xã có trách nhiệm vận động hội viên tham gia liên kết, tham quan học tập mô hình"),
        A("Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội", None, None,
          "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội tuyên "
          "truyền, vận động đoàn viên, hội viên hưởng ứng"),
        A("Đoàn TNCS Hồ Chí Minh xã", None, None,
          "Đoàn TNCS Hồ Chí Minh xã cử 10 đoàn viên tham gia Tổ công nghệ số cộng đồng"),
        A("Các ban, ngành, đoàn thể xã và Trưởng thôn các thôn", None,
          "định kỳ trước ngày 15 hằng tháng",
          "Các ban, ngành, đoàn thể xã và Trưởng thôn các thôn có trách nhiệm triển khai Kế hoạch này"),
    ], "intruders": ["Hà Minh Quân", "UBND huyện Trà Liên", "Thường trực Đảng ủy, HĐND xã",
                     "UBMTTQVN và các đoàn thể xã", "Các hợp tác xã, Trưởng thôn", "Lưu: VT",
                     "Cao Thị Huyền"]},
]


def dump(path, rows):
    with open(path, "w", encoding="utf-8", newline="\n") as f:
        for r in rows:
            line = json.dumps(r, ensure_ascii=False)
            f.write(unicodedata.normalize("NFC", line) + "\n")


if __name__ == "__main__":
    dump(os.path.join(HERE, "questions.jsonl"), Q)
    dump(os.path.join(HERE, "who_what.jsonl"), WW)
    print(len(Q), "questions;", len(WW), "who-what lines")

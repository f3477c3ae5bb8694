# -*- coding: utf-8 -*-
"""Writes questions.jsonl and who_what.jsonl of eval set blind52 (ids assigned in order)."""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
D1 = "rc01_kh_skhcn.docx"
D2 = "rc02_cv_hosen.txt"
D3 = "rc03_qd_stem.pdf"
D4 = "rc04_tb_hoithi.md"
D5 = "rc05_bc_golanh.txt"

Q = []


def q(label, question, kind, ev=(), kw=(), hist=None, actors=None):
    Q.append(dict(label=label, question=question, kind=kind, ev=list(ev), kw=list(kw),
                  hist=hist, actors=actors, ans=True))


def u(label, question, kind="unanswerable", hist=None):
    Q.append(dict(label=label, question=question, kind=kind, ev=[], kw=[], hist=hist,
                  actors=None, ans=False))


# ---------------- rc01: KH 74/KH-SKHCN (Sở KH&CN) ----------------
q("a1", "Kế hoạch của Sở KH&CN năm 2026 đặt chỉ tiêu tỷ lệ hồ sơ TTHC cấp xã giải quyết trực tuyến toàn trình là bao nhiêu?",
  "abbreviation", [(D1, "được tiếp nhận và giải quyết trực tuyến toàn trình tối thiểu 65%")], ["65%"])
q("a2", "Tổng kinh phí dự kiến để triển khai nhiệm vụ khoa học công nghệ, đổi mới sáng tạo, chuyển đổi số ở cấp xã năm nay là bao nhiêu?",
  "factoid", [(D1, "Tổng kinh phí dự kiến năm 2026 là 3.450 triệu đồng")], ["3.450 triệu đồng"])
q("a3", "Trong đó ngân sách tỉnh chi bao nhiêu?", "follow-up",
  [(D1, "ngân sách sự nghiệp khoa học và công nghệ tỉnh 2.600 triệu đồng")], ["2.600 triệu đồng"], hist="a2")
u("a4", "Kinh phí dự kiến của KH 74/KH-SKHCN cho năm 2027 là bao nhiêu?")
q("a5", "Kế hoạch 74/KH-SKHCN do ai ký ban hành?", "metadata",
  [(D1, "PHÓ GIÁM ĐỐC (Đã ký) Võ Đình Khải")], ["Võ Đình Khải"])
q("a6", "KH 74 của Sở KHCN ban hành ngày nào?", "metadata",
  [(D1, "Kế hoạch số 74/KH-SKHCN ngày 12/01/2026 của Sở Khoa học và Công nghệ")], ["12/01/2026"])
q("a7", "Trung tâm Chuyển đổi số tỉnh phải làm gì theo kế hoạch 74 của Sở, hạn khi nào?", "who-what",
  [(D1, "Trung tâm Chuyển đổi số tỉnh có trách nhiệm mở các lớp \"Bình dân học vụ số\", hoàn thành trước ngày 31/5/2026")],
  ["31/5/2026"], actors=["Trung tâm Chuyển đổi số tỉnh"])
q("a8", "Phòng Quản lý khoa học thuộc Sở có nhiệm vụ gì trong kế hoạch năm 2026?", "who-what",
  [(D1, "Phòng Quản lý khoa học là đơn vị thường trực, chủ trì tham mưu Giám đốc Sở theo dõi, kiểm tra việc thực hiện Kế hoạch")],
  ["thường trực"], actors=["Phòng Quản lý khoa học"])
q("a9", "Phòng đó báo cáo giám đốc bao lâu một lần?", "follow-up",
  [(D1, "báo cáo Giám đốc Sở định kỳ hằng quý, trước ngày 20 của tháng cuối quý")], ["hằng quý", "trước ngày 20"], hist="a8")
q("a10", "ke hoach 74 cua so khcn yeu cau cac xa phuong gui ke hoach cua dia phuong truoc ngay nao",
  "no-diacritics", [(D1, "xây dựng kế hoạch thực hiện tại địa phương, gửi về Sở trước ngày 28/02/2026")], ["28/02/2026"])
q("a11", "con bao cao 6 thang thi han la bao gio?", "follow-up",
  [(D1, "báo cáo kết quả 6 tháng trước ngày 15/6/2026")], ["15/6/2026"], hist="a10")
q("a12", "Những xã ven biển nào được chọn làm điểm chuyển giao tiến bộ KH&CN năm 2026?", "list",
  [(D1, "Các xã ven biển Bàu Cỏ, Gò Lãnh, Rạch Đùng được chọn làm điểm năm 2026")], ["Bàu Cỏ", "Gò Lãnh", "Rạch Đùng"])
u("a13", "Xã Rạch Đùng được Sở KH&CN hỗ trợ bao nhiêu tiền để làm mô hình điểm năm 2026?")
q("a14", "Ý tưởng khởi nghiệp được hỗ trợ tối đa bao nhiêu tiền, cho mấy ý tưởng?", "factoid",
  [(D1, "hỗ trợ tối đa 50 triệu đồng/ý tưởng cho 08 ý tưởng khởi nghiệp xuất sắc nhất")], ["50 triệu đồng"])
u("a15", "Ngày hội Khởi nghiệp ĐMST tỉnh lần thứ V tổ chức ở địa điểm nào?")
q("a16", "Có vướng mắc khi làm theo KH 74 thì liên hệ ai, số máy bao nhiêu?", "abbreviation",
  [(D1, "liên hệ bà Phan Mỹ Duyên, Phó Trưởng phòng Quản lý khoa học, điện thoại 0255.3821.447")],
  ["Phan Mỹ Duyên", "0255.3821.447"])
q("a17", "Đơn vị nào phối hợp tổ chức Ngày hội Khởi nghiệp đổi mới sáng tạo lần thứ V?", "list",
  [(D1, "Tỉnh đoàn; Trường Cao đẳng Kỹ thuật Đức Phổ Tây")], ["Tỉnh đoàn", "Trường Cao đẳng Kỹ thuật Đức Phổ Tây"])
q("a18", "moi to cong nghe so cong dong phai co toi thieu bao nhieu thanh vien theo ke hoach cua so khoa hoc",
  "no-diacritics", [(D1, "mỗi tổ có ít nhất 05 thành viên")], ["05 thành viên"])
q("a20", "Sở GD&ĐT được đề nghị làm gì trong KH 74/KH-SKHCN?", "who-what",
  [(D1, "Đề nghị Sở Giáo dục và Đào tạo hướng dẫn các trường trung học phổ thông thành lập hoặc củng cố câu lạc bộ STEM")],
  ["câu lạc bộ STEM"], actors=["Sở Giáo dục và Đào tạo"])
u("a21", "Theo KH 74, Sở Nội vụ phải cử bao nhiêu giảng viên cho các lớp Bình dân học vụ số?")
u("a24", "KH 74 giao chỉ tiêu lắp bao nhiêu điểm Wi-Fi miễn phí tại nhà văn hóa thôn?")
q("a25", "Kế hoạch triển khai KHCN, ĐMST và CĐS cấp xã của Sở căn cứ vào những văn bản nào của tỉnh?", "metadata",
  [(D1, "Căn cứ Chương trình hành động số 41-CTr/TU ngày 05/3/2025 của Ban Chấp hành Đảng bộ tỉnh"),
   (D1, "Căn cứ Quyết định số 2317/QĐ-UBND ngày 18/12/2025 của UBND tỉnh")], ["41-CTr/TU", "2317/QĐ-UBND"])
u("a26", "Giám đốc Sở Khoa học và Công nghệ tỉnh Đức Phổ Tây hiện nay là ai?")
u("a27", "Theo kế hoạch của Sở, mỗi hợp tác xã gắn mã QR truy xuất nguồn gốc được hỗ trợ bao nhiêu tiền?")
u("a28", "kinh phi to chuc ngay hoi khoi nghiep doi moi sang tao lan thu V la bao nhieu")

# ---------------- rc02: CV 46/UBND-VHXH (UBND xã Hố Sen) ----------------
q("b1", "Công văn 46/UBND-VHXH của xã Hố Sen ban hành ngày nào?", "metadata",
  [(D2, "Hố Sen, ngày 09 tháng 02 năm 2026")], ["09 tháng 02 năm 2026"])
q("b2", "Ai ký CV 46 của UBND xã Hố Sen về lớp Bình dân học vụ số?", "metadata",
  [(D2, "- Lưu: VT, VHXH. Phạm Thị Bích Thủy")], ["Phạm Thị Bích Thủy"])
q("b3", "lop binh dan hoc vu so o xa ho sen hoc o dau", "no-diacritics",
  [(D2, "mở 02 lớp tại Hội trường UBND xã (số 12 đường Trần Cẩm, thôn Gò Dưa)")], ["số 12 đường Trần Cẩm"])
q("b4", "may gio hoc?", "follow-up",
  [(D2, "học buổi sáng từ 7 giờ 30 đến 11 giờ 00")], ["7 giờ 30", "11 giờ 00"], hist="b3")
q("b5", "Lớp thứ hai ở Hố Sen dành cho ai, học từ ngày nào?", "factoid",
  [(D2, "lớp thứ hai từ ngày 23/3 đến ngày 25/3/2026 dành cho thành viên Tổ công nghệ số cộng đồng")],
  ["23/3", "25/3/2026"])
q("b6", "Còn lớp đầu tiên?", "follow-up",
  [(D2, "lớp thứ nhất từ ngày 16/3 đến ngày 18/3/2026 dành cho cán bộ, công chức xã")], ["16/3", "18/3/2026"], hist="b5")
q("b7", "Kinh phí mở 2 lớp BDHVS ở xã Hố Sen hết bao nhiêu, lấy từ nguồn nào?", "abbreviation",
  [(D2, "Kinh phí tổ chức 02 lớp là 18.600.000 đồng"), (D2, "từ nguồn ngân sách xã năm 2026")],
  ["18.600.000 đồng", "ngân sách xã"])
q("b8", "Trưởng thôn ở Hố Sen phải làm gì, hạn chót khi nào?", "who-what",
  [(D2, "Trưởng thôn các thôn gửi danh sách (theo mẫu đính kèm) về Phòng Văn hóa - Xã hội xã trước 17 giờ 00 ngày 24/02/2026")],
  ["24/02/2026"], actors=["Trưởng thôn các thôn"])
q("b9", "Công an xã Hố Sen được giao việc gì trong CV 46?", "who-what",
  [(D2, "phối hợp với Công an xã bố trí 02 máy tính và nhân viên hướng dẫn tại chỗ cho người dân nộp hồ sơ trực tuyến")],
  ["02 máy tính"], actors=["Công an xã"])
q("b10", "Vào những ngày nào trong tuần?", "follow-up",
  [(D2, "vào sáng thứ Ba và sáng thứ Năm hằng tuần")], ["thứ Ba", "thứ Năm"], hist="b9")
q("b11", "Trường Tiểu học và THCS Hố Sen cần làm gì theo công văn của xã?", "who-what",
  [(D2, "Đề nghị Trường Tiểu học và THCS Hố Sen cử 02 giáo viên tin học tham gia Tổ công nghệ số cộng đồng thôn Gò Dưa và thôn Bàu Trám")],
  ["02 giáo viên tin học"], actors=["Trường Tiểu học và THCS Hố Sen"])
q("b12", "Thế còn trường mầm non?", "follow-up",
  [(D2, "Trường Mầm non Hố Sen phối hợp tuyên truyền qua nhóm Zalo phụ huynh các lớp")], ["Zalo"], hist="b11",
  actors=["Trường Mầm non Hố Sen"])
q("b13", "Loa truyền thanh xã Hố Sen phát tin về chuyển đổi số lúc mấy giờ, những hôm nào?", "factoid",
  [(D2, "phát trên hệ thống loa truyền thanh xã vào lúc 17 giờ 30 các ngày thứ Hai, thứ Tư, thứ Sáu")],
  ["17 giờ 30", "thứ Hai, thứ Tư, thứ Sáu"])
q("b14", "Muốn hỏi về báo cáo kết quả ở xã Hố Sen thì liên hệ ai?", "factoid",
  [(D2, "Đầu mối liên hệ: ông Tạ Minh Khang, công chức Phòng Văn hóa - Xã hội, điện thoại 0977.214.508")],
  ["Tạ Minh Khang", "0977.214.508"])
q("b15", "cac co quan don vi thon o ho sen bao cao ket qua ve xa truoc ngay nao", "no-diacritics",
  [(D2, "trước ngày 05/6/2026 để tổng hợp, báo cáo Sở Khoa học và Công nghệ")], ["05/6/2026"])
q("b16", "CV 46 xã Hố Sen thực hiện theo hướng dẫn số mấy của TT CĐS tỉnh?", "abbreviation",
  [(D2, "Hướng dẫn số 09/HD-TTCĐS ngày 23/01/2026 của Trung tâm Chuyển đổi số tỉnh")], ["09/HD-TTCĐS"])
q("b17", "MTTQ xã và các đoàn thể ở Hố Sen phải làm gì?", "who-what",
  [(D2, "Đề nghị Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội xã vận động đoàn viên, hội viên tham gia lớp học và cài đặt ứng dụng")],
  ["vận động đoàn viên, hội viên"], actors=["Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội xã"])
u("b19", "Chủ tịch UBND xã Hố Sen tên là gì?")
u("b20", "Công văn 47/UBND-VHXH của xã Hố Sen nói về việc gì?")
u("b21", "Thành viên Tổ công nghệ số cộng đồng ở xã Hố Sen được phụ cấp bao nhiêu tiền mỗi tháng?")

# ---------------- rc03: QĐ 112/QĐ-THPTBC (Trường THPT Bàu Cỏ) ----------------
q("c1", "QĐ 112/QĐ-THPTBC do ai ký?", "metadata",
  [(D3, "HIỆU TRƯỞNG (Đã ký) Đỗ Minh Triết")], ["Đỗ Minh Triết"])
q("c2", "Câu lạc bộ STEM của trường Bàu Cỏ có bao nhiêu học sinh thành viên?", "factoid",
  [(D3, "gồm Ban chủ nhiệm và 64 học sinh thành viên thuộc các khối lớp 10, 11, 12")], ["64"])
u("c3", "CLB STEM Bàu Cỏ có bao nhiêu học sinh khối 12?")
q("c4", "Ai làm chủ nhiệm CLB nghiên cứu khoa học và STEM trường THPT Bàu Cỏ?", "factoid",
  [(D3, "Bà Nguyễn Thị Lan Chi, Phó Hiệu trưởng - Chủ nhiệm")], ["Nguyễn Thị Lan Chi"])
q("c5", "Thế phó chủ nhiệm thường trực là ai?", "follow-up",
  [(D3, "Ông Hồ Văn Tín, Tổ trưởng Tổ Vật lý - Công nghệ - Phó Chủ nhiệm thường trực")], ["Hồ Văn Tín"], hist="c4")
q("c6", "kinh phi hoat dong clb stem truong thpt bau co nam hoc 2025-2026 la bao nhieu", "no-diacritics",
  [(D3, "Kinh phí hoạt động của Câu lạc bộ năm học 2025 - 2026 là 42.000.000 đồng")], ["42.000.000 đồng"])
q("c7", "phu huynh tai tro bao nhieu", "follow-up",
  [(D3, "12.000.000 đồng do Ban đại diện Cha mẹ học sinh tài trợ")], ["12.000.000 đồng"], hist="c6")
q("c8", "CLB STEM sinh hoạt vào thời gian nào, ở phòng nào?", "factoid",
  [(D3, "chiều thứ Bảy hằng tuần, từ 14 giờ 00 đến 16 giờ 30, tại Phòng thực hành STEM (tầng 2, nhà B)")],
  ["thứ Bảy", "14 giờ 00", "tầng 2, nhà B"])
q("c9", "CLB STEM trường Bàu Cỏ chia thành mấy nhóm, là những nhóm nào?", "list",
  [(D3, "Câu lạc bộ gồm 04 nhóm chuyên đề: Nhóm Rô-bốt và lập trình; Nhóm Nông nghiệp thông minh; Nhóm Môi trường và năng lượng")],
  ["04 nhóm", "Rô-bốt và lập trình"])
q("c10", "hoc sinh muon vao clb stem dang ky qua ai, han chot ngay nao", "no-diacritics",
  [(D3, "Học sinh nộp phiếu đăng ký qua giáo viên chủ nhiệm trước ngày 05/3/2026")], ["giáo viên chủ nhiệm", "05/3/2026"])
q("c11", "Đoàn trường THPT Bàu Cỏ có nhiệm vụ gì theo quy chế CLB STEM?", "who-what",
  [(D3, "chủ trì tổ chức \"Ngày hội STEM\" của nhà trường vào ngày 26/3/2026")], ["Ngày hội STEM", "26/3/2026"],
  actors=["Đoàn trường"])
u("c12", "ngay hoi STEM cua truong bau co to chuc o dau")
q("c13", "Văn phòng nhà trường phải làm gì đối với CLB STEM?", "who-what",
  [(D3, "Quản lý tài sản, thiết bị của Phòng thực hành STEM; mua sắm vật tư tiêu hao theo đề xuất của Ban chủ nhiệm")],
  ["Phòng thực hành STEM"], actors=["Văn phòng nhà trường"])
q("c14", "HS có sản phẩm đạt giải cấp tỉnh thì trường thưởng bao nhiêu?", "abbreviation",
  [(D3, "được nhà trường khen thưởng 1.000.000 đồng/sản phẩm")], ["1.000.000 đồng"])
u("c15", "Công văn 318/SGDĐT-GDTrH quy định mỗi trường THPT phải có tối thiểu mấy câu lạc bộ STEM?")
q("c16", "QĐ thành lập CLB STEM Bàu Cỏ căn cứ công văn nào của Sở GD&ĐT?", "metadata",
  [(D3, "Căn cứ Công văn số 318/SGDĐT-GDTrH ngày 27/01/2026 của Sở Giáo dục và Đào tạo")], ["318/SGDĐT-GDTrH"])
q("c17", "Ban chủ nhiệm CLB phải báo cáo hiệu trưởng khi nào?", "who-what",
  [(D3, "báo cáo Hiệu trưởng kết quả hoạt động vào cuối mỗi học kỳ")], ["cuối mỗi học kỳ"], actors=["Ban chủ nhiệm"])
u("c18", "Cuộc thi khoa học kỹ thuật cấp tỉnh dành cho học sinh trung học năm 2026 diễn ra vào ngày nào?")
u("c19", "Số điện thoại của thầy hiệu trưởng trường THPT Bàu Cỏ là bao nhiêu?")

# ---------------- rc04: TB 29/TB-LHH (Liên hiệp các Hội KH&KT tỉnh) ----------------
q("d1", "Giải nhất hội thi sáng tạo kỹ thuật tỉnh lần IX được thưởng bao nhiêu?", "factoid",
  [(D4, "Giải Nhất | 02 | 25.000.000 đồng")], ["25.000.000 đồng"])
u("d2", "Còn giải đặc biệt thì bao nhiêu?", kind="follow-up", hist="d1")
q("d3", "tong gia tri giai thuong hoi thi STKT lan IX la bao nhieu", "no-diacritics",
  [(D4, "Tổng giá trị giải thưởng là 200.000.000 đồng")], ["200.000.000 đồng"])
u("d4", "Công ty TNHH Điện mặt trời Sa Kỳ tài trợ bao nhiêu tiền cho Hội thi?")
q("d5", "han cuoi nop ho so du thi sang tao ky thuat tinh lan 9", "no-diacritics",
  [(D4, "Từ 16/3/2026 đến 17 giờ 00 ngày 30/9/2026")], ["30/9/2026"])
q("d6", "nop o dau", "follow-up",
  [(D4, "Văn phòng Liên hiệp hội, giờ hành chính")], ["Văn phòng Liên hiệp hội"], hist="d5")
q("d7", "Lễ trao giải hội thi tổ chức ngày nào, ở đâu?", "factoid",
  [(D4, "Lễ tổng kết, trao giải | 27/11/2026 | Trung tâm Hội nghị tỉnh")], ["27/11/2026", "Trung tâm Hội nghị tỉnh"])
q("d8", "Hội thi STKT lần IX có những lĩnh vực dự thi nào?", "list",
  [(D4, "(1) Cơ khí - tự động hóa; (2) Nông, lâm, ngư nghiệp và chế biến nông sản; (3) Công nghệ thông tin, chuyển đổi số; (4) Môi trường và năng lượng; (5) Y tế, dược liệu; (6) Giáo dục và đào tạo")],
  ["Cơ khí - tự động hóa", "Y tế, dược liệu"])
q("d9", "Văn phòng Liên hiệp hội phải làm gì trong hội thi, hạn gửi danh sách cho giám khảo?", "who-what",
  [(D4, "tiếp nhận, phân loại hồ sơ; tổng hợp danh sách giải pháp gửi Hội đồng giám khảo trước ngày 02/10/2026")],
  ["02/10/2026"], actors=["Văn phòng Liên hiệp hội"])
q("d10", "TB 29/TB-LHH đề nghị Sở KH&CN làm gì?", "who-what",
  [(D4, "Đề nghị Sở Khoa học và Công nghệ cử chuyên gia làm thành viên Hội đồng giám khảo")], ["cử chuyên gia"],
  actors=["Sở Khoa học và Công nghệ"])
q("d11", "Còn Sở GD&ĐT thì sao?", "follow-up",
  [(D4, "Đề nghị Sở Giáo dục và Đào tạo phổ biến Thông báo này đến các trường trung học phổ thông")],
  ["phổ biến Thông báo"], hist="d10", actors=["Sở Giáo dục và Đào tạo"])
q("d12", "Tỉnh đoàn, Hội Nông dân, LĐLĐ tỉnh được đề nghị gì trong thông báo hội thi?", "who-what",
  [(D4, "Đề nghị Tỉnh đoàn, Hội Nông dân tỉnh, Liên đoàn Lao động tỉnh vận động đoàn viên, hội viên, người lao động dự Hội thi")],
  ["vận động"], actors=["Tỉnh đoàn", "Hội Nông dân tỉnh", "Liên đoàn Lao động tỉnh"])
q("d13", "Mỗi xã, phường phải giới thiệu ít nhất mấy giải pháp dự hội thi?", "who-what",
  [(D4, "mỗi xã, phường giới thiệu ít nhất 01 giải pháp của địa phương")], ["01 giải pháp"],
  actors=["UBND các xã, phường"])
q("d14", "Thông báo tổ chức Hội thi Sáng tạo kỹ thuật lần IX do ai ký?", "metadata",
  [(D4, "PHÓ CHỦ TỊCH (Đã ký) Trương Quý Hào")], ["Trương Quý Hào"])
q("d15", "Email nhận hồ sơ hội thi STKT của LHH tỉnh là gì?", "abbreviation",
  [(D4, "gửi qua thư điện tử hoithistkt.lhh@ducphotay.gov.vn")], ["hoithistkt.lhh@ducphotay.gov.vn"])
u("d16", "Hội thi Sáng tạo kỹ thuật tỉnh lần thứ VIII đã trao tổng cộng bao nhiêu giải?")
u("d17", "QĐ 486/QĐ-UBND thành lập Hội đồng giám khảo hội thi gồm bao nhiêu người?")
q("d18", "sdt lien he ve hoi thi sang tao ky thuat", "no-diacritics",
  [(D4, "bà Võ Thị Hồng Nhung, Chánh Văn phòng Liên hiệp hội; điện thoại 0255.3716.092 hoặc 0914.335.780")],
  ["0255.3716.092", "0914.335.780"])

# ---------------- rc05: BC 87-BC/ĐU (Đảng ủy xã Gò Lãnh) ----------------
q("e1", "6 tháng đầu năm 2026 xã Gò Lãnh đạt tỷ lệ hồ sơ trực tuyến toàn trình bao nhiêu?", "factoid",
  [(D5, "Tỷ lệ hồ sơ trực tuyến toàn trình mới đạt 58,4%, chưa đạt chỉ tiêu 65%")], ["58,4%"])
u("e2", "Còn xã Hố Sen đạt bao nhiêu?", kind="follow-up", hist="e1")
q("e3", "Bao nhiêu người dân Gò Lãnh đã kích hoạt VNeID mức 2 trong 6 tháng đầu năm?", "factoid",
  [(D5, "Người dân kích hoạt tài khoản VNeID mức độ 2 (người) | 9.800 | 8.917 | 91%")], ["8.917"])
q("e4", "xa go lanh co bao nhieu hoc vien hoan thanh lop binh dan hoc vu so", "no-diacritics",
  [(D5, "Học viên hoàn thành lớp \"Bình dân học vụ số\" (người) | 160 | 131 | 82%")], ["131"])
q("e5", "ke hoach ca nam la bao nhieu nguoi", "follow-up",
  [(D5, "phấn đấu hoàn thành chỉ tiêu 160 học viên trong năm")], ["160"], hist="e4")
q("e6", "Mô hình sấy cá cơm ở thôn Vũng Nồm được Sở hỗ trợ bao nhiêu tiền?", "factoid",
  [(D5, "tổng vốn thực hiện 265 triệu đồng, trong đó Sở Khoa học và Công nghệ hỗ trợ 120 triệu đồng")], ["120 triệu đồng"])
u("e7", "Sở KHCN hỗ trợ bao nhiêu tiền cho mô hình nhà sấy năng lượng mặt trời ở thôn Bãi Gành?")
q("e8", "Xã Gò Lãnh đăng ký những giải pháp nào dự hội thi STKT tỉnh?", "list",
  [(D5, "\"Máy tách vỏ hạt điều mini\" của ông Nguyễn Hữu Tài (thôn Bãi Gành) và \"Hệ thống cảnh báo ngập lụt qua tin nhắn\"")],
  ["Máy tách vỏ hạt điều mini", "Hệ thống cảnh báo ngập lụt qua tin nhắn"])
q("e9", "Theo BC 87 của Đảng ủy xã Gò Lãnh, UBND xã phải làm gì trong 6 tháng cuối năm?", "who-what",
  [(D5, "Giao UBND xã chủ trì, phối hợp với doanh nghiệp viễn thông lắp đặt điểm Wi-Fi miễn phí tại 02 thôn còn lại, hoàn thành trước ngày 30/9/2026")],
  ["30/9/2026"], actors=["UBND xã"])
q("e10", "Thế Đoàn xã?", "follow-up",
  [(D5, "Đoàn xã phối hợp với Trường THCS Gò Lãnh duy trì đội hình \"Gõ cửa từng nhà\" trong dịp hè, từ ngày 15/6/2026 đến ngày 15/8/2026")],
  ["15/6/2026", "15/8/2026"], hist="e9", actors=["Đoàn xã"])
q("e11", "Văn phòng Đảng ủy xã Gò Lãnh phải tham mưu báo cáo kết quả năm gửi ai, trước ngày nào?", "who-what",
  [(D5, "tham mưu Ban Thường vụ báo cáo kết quả năm 2026 gửi Ban Thường vụ Tỉnh ủy trước ngày 05/12/2026")],
  ["Ban Thường vụ Tỉnh ủy", "05/12/2026"], actors=["Văn phòng Đảng ủy xã"])
q("e12", "Báo cáo số 87-BC/ĐU do ai ký?", "metadata",
  [(D5, "BÍ THƯ (Đã ký) Ngô Thanh Tùng")], ["Ngô Thanh Tùng"])
q("e13", "Gò Lãnh còn thôn nào chưa có Wi-Fi miễn phí, vì sao?", "factoid",
  [(D5, "Còn 02 thôn (Đồng Dài và Truông Đá) chưa có điểm Wi-Fi miễn phí do chưa có đường truyền cáp quang")],
  ["Đồng Dài", "Truông Đá"])
q("e14", "Kinh phí cho Tổ CNSCĐ xã Gò Lãnh đã cấp được bao nhiêu so với dự toán?", "abbreviation",
  [(D5, "mới cấp 21 triệu đồng trên tổng dự toán 42 triệu đồng")], ["21 triệu đồng", "42 triệu đồng"])
u("e15", "Năm 2025 xã Gò Lãnh có bao nhiêu người kích hoạt VNeID mức độ 2?")
q("e16", "Đảng ủy xã Gò Lãnh kiến nghị TT CĐS tỉnh điều gì?", "who-what",
  [(D5, "Đề nghị Trung tâm Chuyển đổi số tỉnh mở thêm 01 lớp \"Bình dân học vụ số\" tại xã trong quý III/2026")],
  ["quý III/2026"], actors=["Trung tâm Chuyển đổi số tỉnh"])
q("e17", "Các chi bộ thôn ở Gò Lãnh được giao nhiệm vụ gì?", "who-what",
  [(D5, "Các chi bộ thôn đưa chỉ tiêu kích hoạt VNeID vào nghị quyết sinh hoạt chi bộ hằng tháng")],
  ["VNeID", "hằng tháng"], actors=["Các chi bộ thôn"])
u("e20", "Kế hoạch số 38/KH-UBND của UBND xã Gò Lãnh đặt chỉ tiêu mở bao nhiêu lớp Bình dân học vụ số?")
u("e19", "Xã Truông Gió có bao nhiêu Tổ công nghệ số cộng đồng đang hoạt động?")

# ---------------- corpus-level ----------------
q("f1", "Những văn bản nào trong bộ tài liệu thực hiện hoặc căn cứ Kế hoạch 74/KH-SKHCN của Sở KH&CN?", "corpus",
  [(D2, "Thực hiện Kế hoạch số 74/KH-SKHCN ngày 12/01/2026 của Sở Khoa học và Công nghệ"),
   (D3, "Căn cứ Kế hoạch số 74/KH-SKHCN ngày 12/01/2026 của Sở Khoa học và Công nghệ"),
   (D4, "Thực hiện Kế hoạch số 74/KH-SKHCN ngày 12/01/2026 của Sở Khoa học và Công nghệ, Liên hiệp"),
   (D5, "Kế hoạch số 74/KH-SKHCN ngày 12/01/2026 của Sở Khoa học và Công nghệ, Ban Thường vụ Đảng ủy xã Gò Lãnh")],
  ["46/UBND-VHXH", "29/TB-LHH", "87-BC/ĐU"])
q("f2", "Văn bản nào có nói về phong trào Bình dân học vụ số?", "corpus",
  [(D1, "Mở 06 lớp tập huấn \"Bình dân học vụ số\" cho khoảng 540 cán bộ"),
   (D2, "V/v triển khai Tổ công nghệ số cộng đồng và mở lớp \"Bình dân học vụ số\""),
   (D5, "chuyển đổi số và phong trào \"Bình dân học vụ số\"")],
  ["74/KH-SKHCN", "46/UBND-VHXH", "87-BC/ĐU"])
q("f3", "Trong bộ tài liệu có văn bản nào do trường học ban hành không?", "corpus",
  [(D3, "Ban hành kèm theo Quyết định số 112/QĐ-THPTBC ngày 20/02/2026 của Hiệu trưởng Trường THPT Bàu Cỏ")],
  ["Trường THPT Bàu Cỏ"])
q("f4", "Có mấy văn bản của cấp xã, là của những xã nào?", "corpus",
  [(D2, "UBND xã Hố Sen đề nghị các cơ quan, đơn vị, thôn thực hiện"),
   (D5, "Ban Thường vụ Đảng ủy xã Gò Lãnh báo cáo kết quả 6 tháng đầu năm 2026")],
  ["Hố Sen", "Gò Lãnh"])
q("f5", "van ban nao quy dinh co cau giai thuong cua hoi thi sang tao ky thuat", "corpus",
  [(D4, "Giải Nhất | 02 | 25.000.000 đồng")], ["29/TB-LHH"])


def main():
    ids = {}
    out = []
    for i, it in enumerate(Q, 1):
        ids[it["label"]] = f"rc{i:03d}"
    qtext = {it["label"]: it["question"] for it in Q}
    for it in Q:
        rec = {
            "id": ids[it["label"]],
            "question": it["question"],
            "answerable": it["ans"],
            "kind": it["kind"],
            "evidence": [{"source": s, "quote": qt} for s, qt in it["ev"]],
            "keywords": it["kw"],
        }
        if it["hist"]:
            rec["history"] = [qtext[it["hist"]]]
        if it["actors"]:
            rec["actors"] = it["actors"]
        out.append(rec)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            s = json.dumps(rec, ensure_ascii=False)
            f.write(unicodedata.normalize("NFC", s) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for rec in WHO_WHAT:
            f.write(unicodedata.normalize("NFC", json.dumps(rec, ensure_ascii=False)) + "\n")
    print(len(out), "questions;", len(WHO_WHAT), "who-what rows")


def A(name, role, deadline, quote):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": quote}


WHO_WHAT = [
    {"id": "wrc01", "directive": "KH 74/KH-SKHCN", "source": D1, "actors": [
        A("Phòng Quản lý khoa học", "thường trực", "định kỳ hằng quý, trước ngày 20 của tháng cuối quý",
          "Phòng Quản lý khoa học là đơn vị thường trực, chủ trì tham mưu Giám đốc Sở theo dõi, kiểm tra việc thực hiện Kế hoạch"),
        A("Phòng Quản lý công nghệ và Đổi mới sáng tạo", "chủ trì", "trong tháng 9/2026",
          "chủ trì tổ chức Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh lần thứ V trong tháng 9/2026; xây dựng mô hình truy xuất nguồn gốc"),
        A("Liên minh Hợp tác xã tỉnh", "phối hợp", None,
          "phối hợp với Liên minh Hợp tác xã tỉnh lựa chọn đối tượng hỗ trợ"),
        A("Trung tâm Chuyển đổi số tỉnh", "chủ trì", "trước ngày 31/5/2026",
          "Trung tâm Chuyển đổi số tỉnh có trách nhiệm mở các lớp \"Bình dân học vụ số\", hoàn thành trước ngày 31/5/2026"),
        A("Văn phòng Sở", None, None,
          "Văn phòng Sở bảo đảm kinh phí theo dự toán; cập nhật chuyên mục \"Khoa học cho nhà nông\""),
        A("Sở Giáo dục và Đào tạo", None, None,
          "Đề nghị Sở Giáo dục và Đào tạo hướng dẫn các trường trung học phổ thông thành lập hoặc củng cố câu lạc bộ STEM"),
        A("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "chủ trì", "Tháng 11/2026",
          "Đề nghị Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh chủ trì tổ chức Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX"),
        A("Sở Khoa học và Công nghệ", "phối hợp", None,
          "Sở Khoa học và Công nghệ phối hợp thẩm định giải pháp dự thi"),
        A("UBND các xã, phường", None, "trước ngày 28/02/2026",
          "Đề nghị UBND các xã, phường xây dựng kế hoạch thực hiện tại địa phương, gửi về Sở trước ngày 28/02/2026"),
        A("Sở Nội vụ", "phối hợp", "31/5/2026",
          "Mở 06 lớp tập huấn \"Bình dân học vụ số\""),
        A("Tỉnh đoàn", "phối hợp", "Tháng 9/2026",
          "Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh lần thứ V"),
        A("Trường Cao đẳng Kỹ thuật Đức Phổ Tây", "phối hợp", "Tháng 9/2026",
          "Ngày hội Khởi nghiệp đổi mới sáng tạo tỉnh lần thứ V"),
        A("Báo và Phát thanh, Truyền hình Đức Phổ Tây", "phối hợp", "Thường xuyên",
          "Chuyên mục \"Khoa học cho nhà nông\", 24 bản tin"),
        A("Các đơn vị thuộc Sở", "phối hợp", "15/12/2026", "Sơ kết 6 tháng, tổng kết năm"),
    ], "intruders": ["Võ Đình Khải", "Bộ Khoa học và Công nghệ (b/c)", "Thường trực Tỉnh ủy, UBND tỉnh (b/c)",
                     "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Giám đốc, các Phó Giám đốc Sở", "Lưu: VT, QLKH",
                     "Bộ Chính trị", "Ban Chấp hành Đảng bộ tỉnh", "Phan Mỹ Duyên"]},
    {"id": "wrc02", "directive": "CV 46/UBND-VHXH", "source": D2, "actors": [
        A("Trưởng thôn các thôn", None, "trước 17 giờ 00 ngày 24/02/2026",
          "Trưởng thôn các thôn gửi danh sách (theo mẫu đính kèm) về Phòng Văn hóa - Xã hội xã"),
        A("Phòng Văn hóa - Xã hội", "chủ trì", "từ ngày 16/3 đến ngày 18/3/2026",
          "Phòng Văn hóa - Xã hội chủ trì, phối hợp với Trung tâm Chuyển đổi số tỉnh mở 02 lớp tại Hội trường UBND xã"),
        A("Trung tâm Chuyển đổi số tỉnh", "phối hợp", None,
          "phối hợp với Trung tâm Chuyển đổi số tỉnh mở 02 lớp tại Hội trường UBND xã"),
        A("Văn phòng HĐND và UBND xã", None, None,
          "Văn phòng HĐND và UBND xã bố trí hội trường, máy chiếu, đường truyền internet và nước uống cho học viên"),
        A("Văn phòng HĐND và UBND xã (bộ phận Một cửa)", "chủ trì", "sáng thứ Ba và sáng thứ Năm hằng tuần",
          "Văn phòng HĐND và UBND xã (bộ phận Một cửa) phối hợp với Công an xã bố trí 02 máy tính"),
        A("Công an xã", "phối hợp", "sáng thứ Ba và sáng thứ Năm hằng tuần",
          "phối hợp với Công an xã bố trí 02 máy tính và nhân viên hướng dẫn tại chỗ cho người dân nộp hồ sơ trực tuyến"),
        A("Trường Tiểu học và THCS Hố Sen", None, "trong dịp nghỉ hè",
          "Đề nghị Trường Tiểu học và THCS Hố Sen cử 02 giáo viên tin học tham gia Tổ công nghệ số cộng đồng"),
        A("Trường Mầm non Hố Sen", "phối hợp", None,
          "Trường Mầm non Hố Sen phối hợp tuyên truyền qua nhóm Zalo phụ huynh các lớp"),
        A("Phòng Văn hóa - Xã hội", "chủ trì", "trong tháng 3/2026",
          "Phòng Văn hóa - Xã hội chủ trì biên soạn 06 tin, bài phát trên hệ thống loa truyền thanh xã"),
        A("Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội xã", None, None,
          "vận động đoàn viên, hội viên tham gia lớp học và cài đặt ứng dụng"),
        A("Các cơ quan, đơn vị, thôn", None, "trước ngày 05/6/2026",
          "Các cơ quan, đơn vị, thôn báo cáo kết quả thực hiện về UBND xã (qua Phòng Văn hóa - Xã hội) trước ngày 05/6/2026"),
    ], "intruders": ["Phạm Thị Bích Thủy", "Sở KH&CN (b/c)", "TT Đảng uỷ, TT HĐND xã", "CT, các PCT UBND xã",
                     "Lưu: VT, VHXH", "TM. UỶ BAN NHÂN DÂN", "Tạ Minh Khang"]},
    {"id": "wrc03", "directive": "QĐ 112/QĐ-THPTBC", "source": D3, "actors": [
        A("Ban chủ nhiệm", None, "vào cuối mỗi học kỳ",
          "Xây dựng kế hoạch hoạt động hằng tháng; phân công giáo viên hướng dẫn các nhóm; quản lý danh sách thành viên"),
        A("Giáo viên hướng dẫn", None, None,
          "Trực tiếp hướng dẫn học sinh xây dựng ý tưởng, thực hiện và hoàn thiện sản phẩm"),
        A("Văn phòng nhà trường", None, None,
          "Quản lý tài sản, thiết bị của Phòng thực hành STEM; mua sắm vật tư tiêu hao theo đề xuất của Ban chủ nhiệm"),
        A("Đoàn trường", "chủ trì", "ngày 26/3/2026",
          "chủ trì tổ chức \"Ngày hội STEM\" của nhà trường vào ngày 26/3/2026"),
        A("Giáo viên chủ nhiệm", "phối hợp", None,
          "Giới thiệu học sinh có năng lực tham gia Câu lạc bộ; phối hợp với giáo viên hướng dẫn theo dõi kết quả học tập"),
        A("Học sinh thành viên", None, None,
          "Tham gia đầy đủ các buổi sinh hoạt, giữ gìn thiết bị"),
        A("Phó Chủ nhiệm thường trực", None, None,
          "Phó Chủ nhiệm thường trực tổng hợp vướng mắc, đề xuất Hiệu trưởng xem xét, sửa đổi, bổ sung Quy chế"),
        A("Tổ Vật lý - Công nghệ", None, None,
          "Tổ Vật lý - Công nghệ, Tổ Tin học, Đoàn trường, giáo viên chủ nhiệm các lớp và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành"),
        A("Tổ Tin học", None, None,
          "Tổ Vật lý - Công nghệ, Tổ Tin học, Đoàn trường, giáo viên chủ nhiệm các lớp và các ông (bà) có tên tại Điều 1 chịu trách nhiệm thi hành"),
    ], "intruders": ["Đỗ Minh Triết", "Sở GD&ĐT (b/c)", "Ban đại diện CMHS", "Lưu: VT",
                     "Sở Giáo dục và Đào tạo tỉnh Đức Phổ Tây", "Sở Khoa học và Công nghệ"]},
    {"id": "wrc04", "directive": "TB 29/TB-LHH", "source": D4, "actors": [
        A("Văn phòng Liên hiệp hội", "thường trực", "trước ngày 02/10/2026",
          "tiếp nhận, phân loại hồ sơ; tổng hợp danh sách giải pháp gửi Hội đồng giám khảo trước ngày 02/10/2026"),
        A("Sở Khoa học và Công nghệ", None, None,
          "Đề nghị Sở Khoa học và Công nghệ cử chuyên gia làm thành viên Hội đồng giám khảo"),
        A("Sở Giáo dục và Đào tạo", None, None,
          "Đề nghị Sở Giáo dục và Đào tạo phổ biến Thông báo này đến các trường trung học phổ thông"),
        A("Tỉnh đoàn", None, None,
          "Đề nghị Tỉnh đoàn, Hội Nông dân tỉnh, Liên đoàn Lao động tỉnh vận động đoàn viên, hội viên, người lao động dự Hội thi"),
        A("Hội Nông dân tỉnh", None, None,
          "Đề nghị Tỉnh đoàn, Hội Nông dân tỉnh, Liên đoàn Lao động tỉnh vận động đoàn viên, hội viên, người lao động dự Hội thi"),
        A("Liên đoàn Lao động tỉnh", None, None,
          "Đề nghị Tỉnh đoàn, Hội Nông dân tỉnh, Liên đoàn Lao động tỉnh vận động đoàn viên, hội viên, người lao động dự Hội thi"),
        A("UBND các xã, phường", None, None,
          "Đề nghị UBND các xã, phường thông báo rộng rãi trên hệ thống loa truyền thanh cơ sở"),
        A("Báo và Phát thanh, Truyền hình Đức Phổ Tây", "phối hợp", "trong suốt thời gian tổ chức",
          "Báo và Phát thanh, Truyền hình Đức Phổ Tây phối hợp đưa tin về Hội thi"),
    ], "intruders": ["Trương Quý Hào", "UBND tỉnh (b/c)", "Lưu: VT, VP", "Võ Thị Hồng Nhung",
                     "Công ty TNHH Điện mặt trời Sa Kỳ"]},
    {"id": "wrc05", "directive": "BC 87-BC/ĐU", "source": D5, "actors": [
        A("UBND xã", "chủ trì", "trước ngày 30/9/2026",
          "Giao UBND xã chủ trì, phối hợp với doanh nghiệp viễn thông lắp đặt điểm Wi-Fi miễn phí tại 02 thôn còn lại"),
        A("doanh nghiệp viễn thông", "phối hợp", "trước ngày 30/9/2026",
          "phối hợp với doanh nghiệp viễn thông lắp đặt điểm Wi-Fi miễn phí tại 02 thôn còn lại"),
        A("Văn phòng Đảng ủy xã", None, "trước ngày 05/12/2026",
          "Văn phòng Đảng ủy xã theo dõi, tổng hợp, tham mưu Ban Thường vụ báo cáo kết quả năm 2026"),
        A("Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã", None, None,
          "tiếp tục vận động hội viên tham gia lớp \"Bình dân học vụ số\", phấn đấu hoàn thành chỉ tiêu 160 học viên"),
        A("Đoàn xã", "chủ trì", "từ ngày 15/6/2026 đến ngày 15/8/2026",
          "Đoàn xã phối hợp với Trường THCS Gò Lãnh duy trì đội hình \"Gõ cửa từng nhà\" trong dịp hè"),
        A("Trường THCS Gò Lãnh", "phối hợp", "từ ngày 15/6/2026 đến ngày 15/8/2026",
          "phối hợp với Trường THCS Gò Lãnh duy trì đội hình \"Gõ cửa từng nhà\""),
        A("Các chi bộ thôn", None, "hằng tháng",
          "Các chi bộ thôn đưa chỉ tiêu kích hoạt VNeID vào nghị quyết sinh hoạt chi bộ hằng tháng"),
        A("Sở Khoa học và Công nghệ", None, None,
          "Đề nghị Sở Khoa học và Công nghệ hỗ trợ chuyển giao thêm 01 mô hình nhà sấy năng lượng mặt trời"),
        A("Trung tâm Chuyển đổi số tỉnh", None, "trong quý III/2026",
          "Đề nghị Trung tâm Chuyển đổi số tỉnh mở thêm 01 lớp \"Bình dân học vụ số\" tại xã trong quý III/2026"),
    ], "intruders": ["Ngô Thanh Tùng", "Ban Thường vụ Tỉnh ủy (b/c)", "Ban Tuyên giáo và Dân vận Tỉnh ủy",
                     "Các đồng chí Đảng ủy viên", "Lưu VT", "Nguyễn Hữu Tài", "Hợp tác xã Nông nghiệp Phú Sa"]},
]

if __name__ == "__main__":
    main()

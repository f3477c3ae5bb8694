#!/usr/bin/env python3
"""Write questions.jsonl and who_what.jsonl of eval/blind15 from the data below.

Run:  python3 /work/main/eval/blind15/gen_j.py   (then python3 check_j.py)
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
A = "j01_nq15_du_dh_quang_ha_nghien_cuu_doi_moi_sang_tao.txt"
B = "j02_kh126_ubnd_huyen_van_cat_binh_dan_hoc_vu_so.docx"
C = "j03_hd09_hlhpn_tinh_quang_ha_ky_nang_so_phu_nu.txt"
D = "j04_bc41_ubnd_xa_loc_khe_binh_dan_hoc_vu_so.txt"
E = "j05_ctr214_skhcn_hoi_nghi_khoa_hoc_tinh_quang_ha_2025.md"

Q = []  # (kind, question, [(src, quote)], keywords, extra)


def q(kind, text, ev=(), kw=(), hist=None, actors=None, ans=None):
    Q.append(dict(kind=kind, text=text, ev=list(ev), kw=list(kw), hist=hist, actors=actors,
                  ans=(bool(ev) if ans is None else ans)))
    return text


def u(kind, text, hist=None):
    return q(kind, text, hist=hist, ans=False)


# ------------------------------------------------------------------ j01
q("abbreviation", "Giai đoạn 2020-2024 trường ĐH Quảng Hà có bao nhiêu bài báo quốc tế Scopus, WoS?",
  [(A, "cán bộ, giảng viên công bố 412 bài báo khoa học, trong đó có 87 bài đăng trên tạp chí quốc tế")],
  ["87"])
h1 = q("factoid", "Đến 2030 trường đặt mục tiêu giảng viên có bằng tiến sĩ chiếm bao nhiêu phần trăm?",
       [(A, "Tỷ lệ giảng viên có trình độ tiến sĩ đạt 55% (năm 2024 đạt 38%)")], ["55%"])
h2 = q("follow-up", "Hiện giờ thì được bao nhiêu rồi?",
       [(A, "Tỷ lệ giảng viên có trình độ tiến sĩ đạt 55% (năm 2024 đạt 38%)")], ["38%"], hist=[h1])
u("follow-up", "Thế còn tỷ lệ thạc sĩ thì nghị quyết đặt bao nhiêu?", hist=[h1, h2])
q("list", "Nghị quyết của Đảng ủy trường chọn những hướng nghiên cứu trọng điểm nào?",
  [(A, "Hình thành nhóm nghiên cứu theo các hướng trọng điểm: công nghệ sinh học nông nghiệp, "
       "trí tuệ nhân tạo ứng dụng trong giáo dục, kinh tế số và du lịch bền vững")],
  ["công nghệ sinh học nông nghiệp", "trí tuệ nhân tạo", "kinh tế số", "du lịch bền vững"])
h = q("factoid", "Có bài đăng tạp chí Q1 thì trường thưởng bao nhiêu?",
      [(A, "Thưởng 30 triệu đồng cho mỗi bài báo đăng trên tạp chí thuộc nhóm Q1")], ["30 triệu đồng"])
q("follow-up", "Q2 thì sao?", [(A, "15 triệu đồng cho mỗi bài thuộc nhóm Q2")], ["15 triệu đồng"],
  hist=[h])
q("who-what", "Ai chịu trách nhiệm sửa quy chế quản lý KH&CN của trường, hạn khi nào?",
  [(A, "Phòng Khoa học công nghệ và Hợp tác quốc tế chủ trì tham mưu sửa đổi Quy chế quản lý hoạt "
       "động khoa học và công nghệ, trình Hiệu trưởng ban hành trước ngày 30/6/2025")],
  ["Phòng Khoa học công nghệ và Hợp tác quốc tế", "30/6/2025"],
  actors=["Phòng Khoa học công nghệ và Hợp tác quốc tế"])
h = q("who-what", "Phòng Kế hoạch - Tài chính của trường được giao việc gì?",
      [(A, "Phòng Kế hoạch - Tài chính chủ trì, phối hợp với Phòng Khoa học công nghệ và Hợp tác "
           "quốc tế xây dựng phương án lập Quỹ phát triển khoa học và công nghệ"),
       (A, "xây dựng phương án lập Quỹ phát triển khoa học và công nghệ, trình trong quý III/2025")],
      ["Quỹ phát triển khoa học và công nghệ", "quý III/2025"],
      actors=["Phòng Kế hoạch - Tài chính"])
q("follow-up", "Quỹ đó lấy tiền từ đâu ra?",
  [(A, "Mỗi năm trích tối thiểu 15% chênh lệch thu chi để lập Quỹ phát triển khoa học và công nghệ "
       "của Trường")], ["15% chênh lệch thu chi"], hist=[h])
q("no-diacritics", "phan mem quan ly de tai cua truong dai hoc quang ha giao don vi nao lam, bao gio xong",
  [(A, "Trung tâm Thông tin - Thư viện chủ trì xây dựng phần mềm quản lý đề tài và cơ sở dữ liệu "
       "chuyên gia, đưa vào vận hành trước ngày 31/12/2025")],
  ["Trung tâm Thông tin - Thư viện", "31/12/2025"])
q("metadata", "NQ 15 của Đảng ủy trường ai ký, ra ngày nào?",
  [(A, "Số 15-NQ/ĐU Hà Châu, ngày 20 tháng 3 năm 2025"),
   (A, "Các chi bộ trực thuộc, Phạm Quang Vinh")],
  ["20 tháng 3 năm 2025", "Phạm Quang Vinh"])
u("abbreviation", "NQ 15-NQ/ĐU được thông qua với bao nhiêu phiếu tán thành?")
q("no-diacritics", "chi bo truc thuoc phai quan triet nghi quyet truoc ngay nao, bao cao 6 thang nop khi nao",
  [(A, "Các chi bộ trực thuộc tổ chức quán triệt Nghị quyết đến 100% đảng viên trước ngày 15/4/2025"),
   (A, "báo cáo kết quả thực hiện 6 tháng trước ngày 15/6")],
  ["15/4/2025", "15/6"])
h = q("factoid", "Trường dự kiến bỏ ra bao nhiêu tiền cho hạ tầng nghiên cứu giai đoạn 2025-2030?",
      [(A, "Dành 45 tỷ đồng giai đoạn 2025 - 2030 từ nguồn thu sự nghiệp và vốn đối ứng")],
      ["45 tỷ đồng"])
u("follow-up", "Trong số đó phòng thí nghiệm công nghệ sinh học được chia bao nhiêu?", hist=[h])
u("unanswerable", "Riêng năm 2024 trường Đại học Quảng Hà có bao nhiêu bài báo quốc tế?")
u("unanswerable", "Nghị quyết đặt chỉ tiêu tuyển bao nhiêu học viên cao học đến năm 2030?")
u("abbreviation", "NQ 15-NQ/ĐU có quy định mức hỗ trợ giảng viên đi học tiến sĩ ở nước ngoài không?")
q("no-diacritics", "doanh thu chuyen giao cong nghe nam 2024 cua truong dh quang ha duoc bao nhieu",
  [(A, "doanh thu từ chuyển giao công nghệ và dịch vụ khoa học năm 2024 chỉ đạt 1,15 tỷ đồng")],
  ["1,15 tỷ đồng"])
q("who-what", "Cuộc thi khởi nghiệp cho sinh viên do đơn vị nào tổ chức, chung kết vào lúc nào?",
  [(A, "Trung tâm Đổi mới sáng tạo và Khởi nghiệp chủ trì tổ chức cuộc thi \"Sinh viên Quảng Hà "
       "khởi nghiệp sáng tạo\" mỗi năm một lần, vòng chung kết trong tháng 11")],
  ["Trung tâm Đổi mới sáng tạo và Khởi nghiệp", "tháng 11"],
  actors=["Trung tâm Đổi mới sáng tạo và Khởi nghiệp"])

# ------------------------------------------------------------------ j02
q("abbreviation", "KH 126 của UBND huyện Vân Cát đặt chỉ tiêu bao nhiêu % người trong độ tuổi lao động "
                  "được phổ cập kỹ năng số?",
  [(B, "Ít nhất 80% người trong độ tuổi lao động trên địa bàn huyện được phổ cập kỹ năng số cơ bản")],
  ["80%"])
h = q("factoid", "Huyện Vân Cát yêu cầu hồ sơ trực tuyến toàn trình ở cấp xã phải đạt bao nhiêu?",
      [(B, "của cấp huyện đạt 70%, của cấp xã đạt 55%")], ["55%"])
q("follow-up", "Còn cấp huyện?", [(B, "của cấp huyện đạt 70%, của cấp xã đạt 55%")], ["70%"], hist=[h])
h = q("who-what", "Ai lo biên soạn sổ tay kỹ năng số cho dân Vân Cát, phối hợp với ai?",
      [(B, "Biên soạn, in 3.000 cuốn \"Sổ tay kỹ năng số cho người dân Vân Cát\""),
       (B, "Trường Đại học Quảng Hà")],
      ["Phòng Văn hóa và Thông tin", "Trường Đại học Quảng Hà"],
      actors=["Phòng Văn hóa và Thông tin", "Trường Đại học Quảng Hà"])
q("follow-up", "Hạn xong và kinh phí việc đó là bao nhiêu?",
  [(B, "Trước ngày 30/6/2025"), (B, "120 triệu đồng (ngân sách huyện)")],
  ["30/6/2025", "120 triệu đồng"], hist=[h])
h = q("who-what", "Phòng GD&ĐT huyện Vân Cát được giao nhiệm vụ gì trong KH 126?",
      [(B, "Lồng ghép nội dung kỹ năng số, an toàn trên không gian mạng vào hoạt động giáo dục tại "
           "các trường tiểu học, trung học cơ sở")],
      ["an toàn trên không gian mạng"], actors=["Phòng Giáo dục và Đào tạo"])
q("follow-up", "Đơn vị nào phối hợp và làm trong thời gian nào?",
  [(B, "Trong năm học 2025 - 2026")], ["Huyện đoàn", "2025 - 2026"], hist=[h])
q("who-what", "Việc bồi dưỡng kỹ năng số cho cán bộ, công chức giao cho ai, xong trước ngày nào?",
  [(B, "Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp huyện, cấp xã"), (B, "Trước ngày 30/9/2025")],
  ["Phòng Nội vụ", "30/9/2025"], actors=["Phòng Nội vụ"])
q("no-diacritics", "kh 126 van cat tong kinh phi ngan sach huyen bao nhieu",
  [(B, "Ngân sách huyện năm 2025 bố trí 310 triệu đồng")], ["310 triệu đồng"])
q("who-what", "phong kinh te va ha tang phai lam gi trong ke hoach binh dan hoc vu so cua huyen, han khi nao",
  [(B, "Hướng dẫn hộ kinh doanh, hợp tác xã đưa sản phẩm OCOP lên sàn thương mại điện tử"),
   (B, "Trước ngày 31/10/2025")],
  ["sàn thương mại điện tử", "31/10/2025"], actors=["Phòng Kinh tế và Hạ tầng"])
h = q("no-diacritics", "moi xa o van cat phai mo it nhat may lop binh dan hoc vu so moi quy",
      [(B, "Mỗi xã, thị trấn tổ chức ít nhất 04 lớp mỗi quý")], ["04 lớp"])
q("follow-up", "Mỗi lớp bao nhiêu người, học mấy buổi?",
  [(B, "mỗi lớp từ 25 đến 40 học viên, thời lượng tối thiểu 03 buổi")], ["25 đến 40", "03 buổi"],
  hist=[h])
q("metadata", "Kế hoạch bình dân học vụ số của huyện Vân Cát do ai ký?",
  [(B, "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Đỗ Minh Tuấn")], ["Đỗ Minh Tuấn"])
q("metadata", "KH 126/KH-UBND ban hành ngày nào, căn cứ kế hoạch nào của tỉnh?",
  [(B, "Vân Cát, ngày 12 tháng 5 năm 2025"),
   (B, "Căn cứ Kế hoạch số 85/KH-UBND ngày 14/4/2025 của Ủy ban nhân dân tỉnh Quảng Hà")],
  ["12 tháng 5 năm 2025", "85/KH-UBND"])
u("unanswerable", "Theo kế hoạch của huyện, mỗi Trung tâm học tập cộng đồng được cấp bao nhiêu máy tính?")
u("abbreviation", "KH 126 giao cho Phòng Y tế huyện nhiệm vụ gì?")
u("unanswerable", "Lễ phát động phong trào cấp huyện ở Vân Cát tổ chức tại đâu, mấy giờ?")
u("no-diacritics", "ke hoach 126 co giao chi tieu rieng cho thi tran van cat khong")
q("who-what", "MTTQ huyện Vân Cát được đề nghị làm gì?",
  [(B, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện "
       "vận động đoàn viên, hội viên tích cực tham gia các lớp học số")],
  ["vận động đoàn viên, hội viên"], actors=["Ủy ban Mặt trận Tổ quốc Việt Nam huyện"])

# ------------------------------------------------------------------ j03
q("list", "Hướng dẫn của Hội Phụ nữ tỉnh dạy chị em những nhóm kỹ năng số nào?",
  [(C, "tập trung vào 05 nhóm kỹ năng"),
   (C, "Sử dụng điện thoại thông minh, cài đặt và kích hoạt tài khoản định danh điện tử VNeID mức 2"),
   (C, "Nộp hồ sơ, tra cứu kết quả trên Cổng dịch vụ công quốc gia"),
   (C, "Nhận diện, phòng tránh lừa đảo trực tuyến, bảo vệ thông tin cá nhân"),
   (C, "Bán hàng qua mạng xã hội và sàn thương mại điện tử")],
  ["VNeID", "Cổng dịch vụ công quốc gia", "mã QR", "lừa đảo trực tuyến", "sàn thương mại điện tử"])
h = q("abbreviation", "HD 09/HD-HPN đặt chỉ tiêu bao nhiêu lượt hội viên học kỹ năng số?",
      [(C, "ít nhất 45.000 lượt hội viên, phụ nữ tham gia học kỹ năng số")], ["45.000 lượt"])
q("follow-up", "Trong giai đoạn nào vậy?",
  [(C, "Giai đoạn 2025 - 2026: ít nhất 45.000 lượt")], ["2025 - 2026"], hist=[h])
h1 = q("factoid", "Hội Phụ nữ tỉnh hỗ trợ mỗi lớp Chi hội số bao nhiêu tiền?",
       [(C, "Hội Liên hiệp Phụ nữ tỉnh hỗ trợ 2.000.000 đồng/lớp cho các cơ sở Hội thuộc xã có điều "
            "kiện kinh tế - xã hội khó khăn")], ["2.000.000 đồng/lớp"])
h2 = q("follow-up", "Tối đa được bao nhiêu lớp?", [(C, "tối đa 60 lớp trong năm 2025")], ["60 lớp"],
       hist=[h1])
u("follow-up", "Vậy sang năm 2026 thì được hỗ trợ bao nhiêu lớp?", hist=[h1, h2])
q("factoid", "Báo cáo nhanh sau mỗi lớp dùng mẫu nào, gửi trong bao lâu?",
  [(C, "cơ sở Hội gửi báo cáo nhanh theo Mẫu số 01 về Hội Liên hiệp Phụ nữ cấp huyện trong vòng 05 "
       "ngày làm việc")], ["Mẫu số 01", "05 ngày làm việc"])
h = q("no-diacritics", "hoi phu nu huyen nop bao cao nam 2025 ve tinh truoc ngay nao",
      [(C, "báo cáo năm 2025 trước ngày 10/12/2025")], ["10/12/2025"])
q("follow-up", "con mau so 03 thi co phai gui len tinh khong",
  [(C, "Danh sách học viên theo Mẫu số 03 được lưu tại cơ sở Hội để phục vụ kiểm tra, không gửi về tỉnh")],
  ["không gửi về tỉnh"], hist=[h])
q("who-what", "Ban Gia đình - Xã hội của Hội được giao gì, phối hợp với ai?",
  [(C, "Ban Gia đình - Xã hội chủ trì, phối hợp với Sở Công Thương hỗ trợ phụ nữ làm chủ hộ kinh doanh "
       "mở gian hàng trên sàn thương mại điện tử")],
  ["Sở Công Thương", "tháng 7/2025"], actors=["Ban Gia đình - Xã hội"])
q("who-what", "Ai làm bộ video bài giảng cho chị em, phải xong khi nào?",
  [(C, "Ban Tuyên giáo Hội Liên hiệp Phụ nữ tỉnh chủ trì biên soạn tài liệu, bộ 12 video bài giảng và "
       "tập huấn báo cáo viên cấp huyện, hoàn thành trước ngày 15/7/2025")],
  ["Ban Tuyên giáo", "15/7/2025"], actors=["Ban Tuyên giáo Hội Liên hiệp Phụ nữ tỉnh"])
q("who-what", "Hội LHPN các huyện phải làm kế hoạch trước ngày nào, phối hợp với phòng nào?",
  [(C, "Hội Liên hiệp Phụ nữ các huyện, thị xã, thành phố xây dựng kế hoạch triển khai tại địa phương "
       "trước ngày 30/6/2025"),
   (C, "phối hợp với Phòng Văn hóa và Thông tin cùng cấp")],
  ["30/6/2025", "Phòng Văn hóa và Thông tin"],
  actors=["Hội Liên hiệp Phụ nữ các huyện, thị xã, thành phố"])
q("metadata", "Văn bản hướng dẫn kỹ năng số cho phụ nữ do ai ký?",
  [(C, "thuộc Hội LHPN tỉnh; Hà Thị Thanh Loan")], ["Hà Thị Thanh Loan"])
q("metadata", "HD 09 của Hội LHPN tỉnh ban hành ngày nào?",
  [(C, "Số: 09/HD-HPN Hà Châu, ngày 02 tháng 6 năm 2025")], ["02 tháng 6 năm 2025"])
q("factoid", "Muốn hỏi thêm về chương trình phụ nữ học kỹ năng số thì liên hệ ai?",
  [(C, "đồng chí Vũ Thị Thu Trang, Phó Trưởng Ban Tuyên giáo Hội Liên hiệp Phụ nữ tỉnh, điện thoại "
       "0296.3 852 417")], ["Vũ Thị Thu Trang", "0296.3 852 417"])
u("unanswerable", "Cuộc thi Phụ nữ Quảng Hà với kỹ năng số có cơ cấu giải thưởng thế nào?")
u("no-diacritics", "hoi phu nu tinh ho tro bao nhieu dien thoai thong minh cho hoi vien ngheo")
u("unanswerable", "Hướng dẫn của Hội Phụ nữ tỉnh giao chỉ tiêu riêng cho huyện Vân Cát là bao nhiêu lớp?")
q("no-diacritics", "doi tuong uu tien cua chuong trinh phu nu hoc ky nang so la nhung ai",
  [(C, "ưu tiên phụ nữ nông thôn, phụ nữ dân tộc thiểu số, phụ nữ khuyết tật và phụ nữ làm chủ hộ kinh doanh")],
  ["phụ nữ nông thôn", "phụ nữ dân tộc thiểu số", "phụ nữ khuyết tật", "làm chủ hộ kinh doanh"])

# ------------------------------------------------------------------ j04
q("factoid", "6 tháng đầu năm xã Lộc Khê mở được bao nhiêu lớp bình dân học vụ số, có bao nhiêu người học?",
  [(D, "xã tổ chức 14 lớp \"Bình dân học vụ số\""), (D, "Cộng 2.914 14 612 80,1 944")], ["14", "612"])
h = q("factoid", "Ở Lộc Khê thôn nào có tỷ lệ VNeID mức 2 thấp nhất?",
      [(D, "Tân Lập 487 2 79 69,8 112")], ["Tân Lập", "69,8"])
q("follow-up", "Còn thôn Đồng Sen?", [(D, "Đồng Sen 603 3 141 88,2 236")], ["88,2"], hist=[h])
q("no-diacritics", "thon go mit co bao nhieu ho, may nguoi di hoc lop so",
  [(D, "Gò Mít 389 2 79 72,5 98")], ["389", "79"])
h = q("factoid", "Tỷ lệ hồ sơ trực tuyến toàn trình của xã Lộc Khê đạt bao nhiêu?",
      [(D, "trực tuyến toàn trình 6 tháng đầu năm đạt 48,6%")], ["48,6%"])
q("follow-up", "Huyện giao chỉ tiêu bao nhiêu?", [(D, "thấp hơn chỉ tiêu 55% huyện giao")], ["55%"],
  hist=[h])
h1 = q("abbreviation", "Ban Chỉ đạo phong trào của xã Lộc Khê thành lập theo QĐ số mấy?",
       [(D, "Quyết định số 58/QĐ-UBND ngày 28/5/2025")], ["58/QĐ-UBND"])
h2 = q("follow-up", "Ai làm trưởng ban?",
       [(D, "do đồng chí Chủ tịch Ủy ban nhân dân xã làm Trưởng ban")], ["Chủ tịch Ủy ban nhân dân xã"],
       hist=[h1])
u("follow-up", "Phó trưởng ban là những ai?", hist=[h1, h2])
q("who-what", "Đoàn Thanh niên xã Lộc Khê được giao việc gì trong 6 tháng cuối năm?",
  [(D, "Đoàn Thanh niên xã phối hợp với Trường THCS Lộc Khê thành lập 02 đội thanh niên tình nguyện"),
   (D, "xong trong tháng 7/2025")],
  ["02 đội thanh niên tình nguyện", "tháng 7/2025"], actors=["Đoàn Thanh niên xã"])
q("who-what", "Ở Lộc Khê ai chủ trì xây dựng lịch mở lớp theo thôn, hạn khi nào?",
  [(D, "Công chức Văn hóa - Xã hội chủ trì, phối hợp với Trung tâm học tập cộng đồng xây dựng lịch mở "
       "lớp theo từng thôn, hoàn thành trước ngày 05/7/2025")],
  ["Công chức Văn hóa - Xã hội", "05/7/2025"], actors=["Công chức Văn hóa - Xã hội"])
q("who-what", "cong chuc van phong thong ke xa loc khe phai lam gi",
  [(D, "Công chức Văn phòng - Thống kê chủ trì rà soát, hướng dẫn hồ sơ dịch vụ công trực tuyến toàn "
       "trình tại bộ phận một cửa")],
  ["bộ phận một cửa"], actors=["Công chức Văn phòng - Thống kê"])
q("list", "Xã Lộc Khê kiến nghị lên huyện những gì?",
  [(D, "Đề nghị Ủy ban nhân dân huyện hỗ trợ 15 máy tính để bàn và 01 màn hình tương tác"),
   (D, "sớm lắp đặt trạm phát sóng tại khu vực đồi phía tây thôn Gò Mít")],
  ["15 máy tính để bàn", "trạm phát sóng"])
q("metadata", "BC 41 của UBND xã Lộc Khê ai ký, ngày nào?",
  [(D, "Số: 41/BC-UBND Lộc Khê, ngày 18 tháng 6 năm 2025"), (D, "- Các thôn; Bùi Văn Khải")],
  ["18 tháng 6 năm 2025", "Bùi Văn Khải"])
q("no-diacritics", "xa loc khe co may to cong nghe so cong dong, tong bao nhieu thanh vien",
  [(D, "kiện toàn 06 Tổ công nghệ số cộng đồng ở 06 thôn với tổng số 42 thành viên")],
  ["42 thành viên"])
u("unanswerable", "Xã Lộc Khê đã chi hết bao nhiêu tiền cho các lớp học số 6 tháng đầu năm?")
u("abbreviation", "Trường THCS Lộc Khê cử bao nhiêu giáo viên đi hướng dẫn các lớp?")
u("unanswerable", "Báo cáo của Lộc Khê có nói bao nhiêu hộ nghèo được hỗ trợ sim dữ liệu không?")

# ------------------------------------------------------------------ j05
q("factoid", "Hội nghị khoa học của tỉnh năm 2025 họp hôm nào, ở đâu?",
  [(E, "bắt đầu từ 07 giờ 30 phút, thứ Ba, ngày 24/6/2025"),
   (E, "Hội trường A1, Trường Đại học Quảng Hà, số 27 đường Trần Nhân Tông")],
  ["24/6/2025", "Hội trường A1"])
h = q("factoid", "Ai chủ trì hội nghị khoa học tỉnh?",
      [(E, "Đồng chí Nguyễn Hữu Quang, Phó Chủ tịch UBND tỉnh, chủ trì Hội nghị")], ["Nguyễn Hữu Quang"])
q("follow-up", "Ông ấy phát biểu vào lúc mấy giờ?",
  [(E, "08:10 - 08:25 | Phát biểu khai mạc"), (E, "Kết luận và bế mạc Hội nghị")],
  ["08:10", "16:15"], hist=[h])
q("who-what", "Bài tham luận toàn văn gửi cho bộ phận nào, hạn chót khi nào?",
  [(E, "Phòng Quản lý khoa học chủ trì chuẩn bị nội dung, biên tập kỷ yếu Hội nghị; tiếp nhận bài "
       "tham luận toàn văn gửi qua hộp thư hoinghikhcn@quangha.gov.vn trước ngày 16/6/2025")],
  ["hoinghikhcn@quangha.gov.vn", "16/6/2025"], actors=["Phòng Quản lý khoa học"])
h = q("list", "Tiểu ban 1 có những bài tham luận nào?",
      [(E, "Ứng dụng trí tuệ nhân tạo hỗ trợ dạy đọc tiếng Việt cho học sinh dân tộc thiểu số lớp 1"),
       (E, "Chuyển đổi số trong quản lý trường trung học cơ sở - thực tiễn huyện Vân Cát"),
       (E, "Nền tảng Học vụ số Quảng Hà: một năm vận hành")],
      ["trí tuệ nhân tạo", "quản lý trường trung học cơ sở", "Học vụ số Quảng Hà"])
q("follow-up", "Tiểu ban đó họp phòng nào, ai chủ trì?",
  [(E, "Tiểu ban 1 \"Chuyển đổi số và giáo dục\" (Phòng 305, nhà B2)"),
   (E, "chủ trì: TS. Ngô Thanh Bình, Trưởng phòng Khoa học công nghệ và Hợp tác quốc tế")],
  ["Phòng 305", "Ngô Thanh Bình"], hist=[h])
q("who-what", "Trường ĐH Quảng Hà phải chuẩn bị những gì cho hội nghị?",
  [(E, "Trường Đại học Quảng Hà bố trí hội trường, phòng họp tiểu ban, âm thanh, máy chiếu và 20 sinh "
       "viên tình nguyện")],
  ["20 sinh viên tình nguyện"], actors=["Trường Đại học Quảng Hà"])
q("who-what", "Văn phòng Sở KH&CN lo phần việc gì, giấy mời phát hành trước ngày nào?",
  [(E, "Văn phòng Sở chủ trì công tác hậu cần, phát hành giấy mời trước ngày 13/6/2025")],
  ["hậu cần", "13/6/2025"], actors=["Văn phòng Sở"])
q("no-diacritics", "tham luan ve nha mang trong dua luoi o loc khe do ai trinh bay",
  [(E, "Mô hình nhà màng thông minh trồng dưa lưới tại xã Lộc Khê"),
   (E, "KS. Tạ Văn Long, Giám đốc Hợp tác xã Nông nghiệp Lộc Khê")],
  ["Tạ Văn Long"])
q("no-diacritics", "hoi nghi khoa hoc tinh nam nay moi khoang bao nhieu dai bieu",
  [(E, "Thành phần tham dự (khoảng 250 đại biểu)")], ["250"])
q("metadata", "CTr 214 của Sở KH&CN ai ký?", [(E, "PHÓ GIÁM ĐỐC (Đã ký) Võ Thị Hồng Nhung")],
  ["Võ Thị Hồng Nhung"])
q("metadata", "Chương trình hội nghị khoa học ban hành ngày nào, số mấy?",
  [(E, "Hà Châu, ngày 06 tháng 6 năm 2025")], ["06 tháng 6 năm 2025", "214/CTr-SKHCN"])
h = q("factoid", "Ai trình bày báo cáo đề dẫn ở hội nghị?",
      [(E, "TS. Lê Văn Khiêm, Giám đốc Sở Khoa học và Công nghệ")], ["Lê Văn Khiêm"])
q("follow-up", "Báo cáo đó nói về gì?",
  [(E, "Kết quả 5 năm phát triển khoa học, công nghệ và đổi mới sáng tạo tỉnh Quảng Hà, định hướng "
       "đến năm 2030")], ["định hướng đến năm 2030"], hist=[h])
u("unanswerable", "Hội nghị khoa học tỉnh có kết nối trực tuyến không, đường link ở đâu?")
u("unanswerable", "Mỗi bài tham luận ở hội nghị được trả nhuận bút bao nhiêu?")
u("abbreviation", "Tiểu ban 3 về kinh tế số của hội nghị KH&CN tỉnh họp ở phòng nào?")
u("no-diacritics", "hoi nghi khoa hoc nam 2024 cua tinh quang ha to chuc o dau")
q("who-what", "Liên hiệp các Hội KH&KT tỉnh có nhiệm vụ gì trong hội nghị?",
  [(E, "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh phối hợp mời các nhà khoa học và tham gia phản "
       "biện, tuyển chọn tham luận đăng kỷ yếu")],
  ["phản biện"], actors=["Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"])

# ------------------------------------------------------------------ corpus / general
q("corpus", "Những văn bản nào triển khai KH 85/KH-UBND của UBND tỉnh?",
  [(B, "Căn cứ Kế hoạch số 85/KH-UBND ngày 14/4/2025 của Ủy ban nhân dân tỉnh Quảng Hà"),
   (C, "Căn cứ Kế hoạch số 85/KH-UBND ngày 14/4/2025 của Ủy ban nhân dân tỉnh Quảng Hà"),
   (E, "Thực hiện Kế hoạch số 85/KH-UBND ngày 14/4/2025 của Ủy ban nhân dân tỉnh Quảng Hà")],
  ["126/KH-UBND", "09/HD-HPN", "214/CTr-SKHCN"])
q("corpus", "Có văn bản nào báo cáo việc thực hiện kế hoạch 126 của huyện Vân Cát không?",
  [(D, "Thực hiện Kế hoạch số 126/KH-UBND ngày 12/5/2025 của Ủy ban nhân dân huyện Vân Cát")],
  ["41/BC-UBND"])
q("corpus", "Trong bộ văn bản có mấy văn bản do UBND ban hành?",
  [(B, "ỦY BAN NHÂN DÂN HUYỆN VÂN CÁT"), (D, "Số: 41/BC-UBND Lộc Khê, ngày 18 tháng 6 năm 2025")],
  ["126/KH-UBND", "41/BC-UBND"])
q("corpus", "Văn bản nào căn cứ NQ 57-NQ/TW?",
  [(A, "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị"),
   (B, "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị")],
  ["15-NQ/ĐU", "126/KH-UBND"])
q("corpus", "Những văn bản nào nói tới mô hình Cặp đôi số?",
  [(C, "Mô hình \"Cặp đôi số\": mỗi hội viên trẻ thành thạo công nghệ"),
   (D, "Hội Phụ nữ xã triển khai mô hình \"Cặp đôi số\"")],
  ["09/HD-HPN", "41/BC-UBND"])
q("corpus", "Ông Đỗ Minh Tuấn ký văn bản nào và trình bày gì ở hội nghị khoa học tỉnh?",
  [(B, "KT. CHỦ TỊCH PHÓ CHỦ TỊCH Đỗ Minh Tuấn"),
   (E, "Phong trào Bình dân học vụ số ở huyện Vân Cát - cách làm và bài học")],
  ["126/KH-UBND", "cách làm và bài học"])
u("corpus", "Có văn bản nào của Sở GD&ĐT tỉnh về giáo dục STEM không?")
u("no-diacritics", "chi thi 05-ct/hu cua huyen uy van cat giao nhiem vu gi cho cac xa")
u("abbreviation", "KH 131/KH-UBND của huyện Vân Cát về chuyển đổi số giao gì cho Phòng VH&TT?")

# ------------------------------------------------------------------ who_what gold
WW = [
    ("NQ 15-NQ/ĐU", A, [
        ("Ban Thường vụ Đảng ủy", None, None,
         "Ban Thường vụ Đảng ủy lãnh đạo việc cụ thể hóa Nghị quyết; hằng năm sơ kết, năm 2030 tổng kết"),
        ("Ban Giám hiệu", None, "trước ngày 30/4/2025",
         "Ban Giám hiệu xây dựng Kế hoạch thực hiện Nghị quyết, hoàn thành trước ngày 30/4/2025"),
        ("Phòng Khoa học công nghệ và Hợp tác quốc tế", "chủ trì", "trước ngày 30/6/2025",
         "Phòng Khoa học công nghệ và Hợp tác quốc tế chủ trì tham mưu sửa đổi Quy chế quản lý hoạt động "
         "khoa học và công nghệ"),
        ("Phòng Kế hoạch - Tài chính", "chủ trì", "trong quý III/2025",
         "Phòng Kế hoạch - Tài chính chủ trì, phối hợp với Phòng Khoa học công nghệ và Hợp tác quốc tế "
         "xây dựng phương án lập Quỹ phát triển khoa học và công nghệ"),
        ("Phòng Khoa học công nghệ và Hợp tác quốc tế", "phối hợp", "trong quý III/2025",
         "Phòng Kế hoạch - Tài chính chủ trì, phối hợp với Phòng Khoa học công nghệ và Hợp tác quốc tế "
         "xây dựng phương án lập Quỹ phát triển khoa học và công nghệ"),
        ("Trung tâm Đổi mới sáng tạo và Khởi nghiệp", "chủ trì", "trong tháng 11",
         "Trung tâm Đổi mới sáng tạo và Khởi nghiệp chủ trì tổ chức cuộc thi \"Sinh viên Quảng Hà khởi "
         "nghiệp sáng tạo\" mỗi năm một lần"),
        ("Trung tâm Thông tin - Thư viện", "chủ trì", "trước ngày 31/12/2025",
         "Trung tâm Thông tin - Thư viện chủ trì xây dựng phần mềm quản lý đề tài và cơ sở dữ liệu chuyên gia"),
        ("Ủy ban Kiểm tra Đảng ủy", None, None,
         "Ủy ban Kiểm tra Đảng ủy đưa việc thực hiện Nghị quyết vào chương trình kiểm tra, giám sát năm 2025"),
        ("Công đoàn Trường", None, None,
         "Đề nghị Công đoàn Trường, Đoàn Thanh niên và Hội Sinh viên Trường phát động phong trào thi đua "
         "nghiên cứu khoa học"),
        ("Đoàn Thanh niên", None, None,
         "Đề nghị Công đoàn Trường, Đoàn Thanh niên và Hội Sinh viên Trường phát động phong trào thi đua "
         "nghiên cứu khoa học"),
        ("Hội Sinh viên Trường", None, None,
         "Đề nghị Công đoàn Trường, Đoàn Thanh niên và Hội Sinh viên Trường phát động phong trào thi đua "
         "nghiên cứu khoa học"),
        ("Các chi bộ trực thuộc", None, "trước ngày 15/4/2025",
         "Các chi bộ trực thuộc tổ chức quán triệt Nghị quyết đến 100% đảng viên trước ngày 15/4/2025"),
    ], ["Phạm Quang Vinh", "ĐẢNG CỘNG SẢN VIỆT NAM", "Lưu: VT, VPĐU", "Đảng ủy Khối các cơ quan tỉnh",
        "Các đồng chí Đảng ủy viên", "Sở Khoa học và Công nghệ tỉnh Quảng Hà",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy (để b/c)"]),
    ("KH 126/KH-UBND", B, [
        ("Phòng Văn hóa và Thông tin", "chủ trì", "Trước ngày 25/5/2025",
         "Tổ chức Lễ phát động phong trào \"Bình dân học vụ số\" cấp huyện"),
        ("Trung tâm Văn hóa, Thông tin và Thể thao huyện", "phối hợp", "Trước ngày 25/5/2025",
         "Tổ chức Lễ phát động phong trào \"Bình dân học vụ số\" cấp huyện"),
        ("Huyện đoàn", "phối hợp", "Trước ngày 25/5/2025",
         "Tổ chức Lễ phát động phong trào \"Bình dân học vụ số\" cấp huyện"),
        ("Phòng Văn hóa và Thông tin", "chủ trì", "Trước ngày 30/6/2025",
         "Biên soạn, in 3.000 cuốn \"Sổ tay kỹ năng số cho người dân Vân Cát\""),
        ("Trường Đại học Quảng Hà", "phối hợp", "Trước ngày 30/6/2025",
         "Biên soạn, in 3.000 cuốn \"Sổ tay kỹ năng số cho người dân Vân Cát\""),
        ("Phòng Nội vụ", "chủ trì", "Trước ngày 30/9/2025",
         "Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp huyện, cấp xã"),
        ("Trung tâm Chính trị huyện", "phối hợp", "Trước ngày 30/9/2025",
         "Bồi dưỡng kỹ năng số cho cán bộ, công chức cấp huyện, cấp xã"),
        ("Phòng Giáo dục và Đào tạo", "chủ trì", "Trong năm học 2025 - 2026",
         "Lồng ghép nội dung kỹ năng số, an toàn trên không gian mạng vào hoạt động giáo dục tại các "
         "trường tiểu học, trung học cơ sở"),
        ("Huyện đoàn", "phối hợp", "Trong năm học 2025 - 2026",
         "Lồng ghép nội dung kỹ năng số, an toàn trên không gian mạng vào hoạt động giáo dục tại các "
         "trường tiểu học, trung học cơ sở"),
        ("Ủy ban nhân dân các xã, thị trấn", "chủ trì", "Hằng quý",
         "Mở lớp \"Bình dân học vụ số\" tại Trung tâm học tập cộng đồng, nhà văn hóa thôn"),
        ("Hội Liên hiệp Phụ nữ huyện", "phối hợp", "Hằng quý",
         "Mở lớp \"Bình dân học vụ số\" tại Trung tâm học tập cộng đồng, nhà văn hóa thôn"),
        ("Hội Nông dân huyện", "phối hợp", "Hằng quý",
         "Mở lớp \"Bình dân học vụ số\" tại Trung tâm học tập cộng đồng, nhà văn hóa thôn"),
        ("Phòng Kinh tế và Hạ tầng", "chủ trì", "Trước ngày 31/10/2025",
         "Hướng dẫn hộ kinh doanh, hợp tác xã đưa sản phẩm OCOP lên sàn thương mại điện tử"),
        ("Hội Nông dân huyện", "phối hợp", "Trước ngày 31/10/2025",
         "Hướng dẫn hộ kinh doanh, hợp tác xã đưa sản phẩm OCOP lên sàn thương mại điện tử"),
        ("Hội Liên hiệp Phụ nữ huyện", "phối hợp", "Trước ngày 31/10/2025",
         "Hướng dẫn hộ kinh doanh, hợp tác xã đưa sản phẩm OCOP lên sàn thương mại điện tử"),
        ("Phòng Văn hóa và Thông tin", "chủ trì", "Trước ngày 05/12/2025",
         "Theo dõi, tổng hợp, báo cáo kết quả thực hiện Kế hoạch với Ủy ban nhân dân huyện và Sở Khoa "
         "học và Công nghệ"),
        ("Phòng Văn hóa và Thông tin", None, None,
         "Phòng Văn hóa và Thông tin là cơ quan thường trực, theo dõi, đôn đốc các cơ quan, đơn vị"),
        ("Phòng Tài chính - Kế hoạch", None, "trong tháng 5/2025",
         "Phòng Tài chính - Kế hoạch thẩm định, tham mưu bố trí kinh phí thực hiện Kế hoạch trong tháng 5/2025"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", None, None,
         "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện vận "
         "động đoàn viên, hội viên"),
        ("Ủy ban nhân dân các xã, thị trấn", None, "trước ngày 31/5/2025",
         "Ủy ban nhân dân các xã, thị trấn ban hành kế hoạch của địa phương trước ngày 31/5/2025"),
    ], ["Đỗ Minh Tuấn", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Lưu: VT, VHTT",
        "Thường trực Huyện ủy, Thường trực HĐND huyện", "Ban Thường vụ Huyện ủy Vân Cát",
        "Hoàng Thị Yến", "Chủ tịch, các Phó Chủ tịch UBND huyện"]),
    ("HD 09/HD-HPN", C, [
        ("cơ sở Hội", None, "trong vòng 05 ngày làm việc kể từ ngày kết thúc lớp",
         "cơ sở Hội gửi báo cáo nhanh theo Mẫu số 01 về Hội Liên hiệp Phụ nữ cấp huyện"),
        ("Ban Tuyên giáo Hội Liên hiệp Phụ nữ tỉnh", "chủ trì", "trước ngày 15/7/2025",
         "Ban Tuyên giáo Hội Liên hiệp Phụ nữ tỉnh chủ trì biên soạn tài liệu, bộ 12 video bài giảng và "
         "tập huấn báo cáo viên cấp huyện"),
        ("Ban Gia đình - Xã hội", "chủ trì", "từ tháng 7/2025",
         "Ban Gia đình - Xã hội chủ trì, phối hợp với Sở Công Thương hỗ trợ phụ nữ làm chủ hộ kinh doanh"),
        ("Sở Công Thương", "phối hợp", "từ tháng 7/2025",
         "Ban Gia đình - Xã hội chủ trì, phối hợp với Sở Công Thương hỗ trợ phụ nữ làm chủ hộ kinh doanh"),
        ("Văn phòng Hội Liên hiệp Phụ nữ tỉnh", None, "trước ngày 30/6/2025",
         "Văn phòng Hội Liên hiệp Phụ nữ tỉnh tham mưu phân bổ kinh phí hỗ trợ lớp học cho các huyện"),
        ("Hội Liên hiệp Phụ nữ các huyện, thị xã, thành phố", None, "trước ngày 30/6/2025",
         "Hội Liên hiệp Phụ nữ các huyện, thị xã, thành phố xây dựng kế hoạch triển khai tại địa phương"),
        ("Hội Liên hiệp Phụ nữ các huyện, thị xã, thành phố", None, "trước ngày 10/12/2025",
         "Hội Liên hiệp Phụ nữ các huyện, thị xã, thành phố tổng hợp báo cáo theo Mẫu số 02"),
        ("Phòng Văn hóa và Thông tin", "phối hợp", None,
         "phối hợp với Phòng Văn hóa và Thông tin cùng cấp lồng ghép lớp \"Chi hội số\""),
        ("Tỉnh đoàn Quảng Hà", None, None,
         "Đề nghị Tỉnh đoàn Quảng Hà chỉ đạo các cơ sở Đoàn cử đoàn viên tham gia mô hình \"Cặp đôi số\""),
    ], ["Hà Thị Thanh Loan", "Vũ Thị Thu Trang", "Đoàn Chủ tịch TW Hội LHPN Việt Nam",
        "Thường trực Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Lưu: VT, TG",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Sở Khoa học và Công nghệ"]),
    ("BC 41/BC-UBND", D, [
        ("Công chức Văn hóa - Xã hội", "chủ trì", "trước ngày 05/7/2025",
         "Công chức Văn hóa - Xã hội chủ trì, phối hợp với Trung tâm học tập cộng đồng xây dựng lịch mở "
         "lớp theo từng thôn"),
        ("Trung tâm học tập cộng đồng", "phối hợp", "trước ngày 05/7/2025",
         "Công chức Văn hóa - Xã hội chủ trì, phối hợp với Trung tâm học tập cộng đồng xây dựng lịch mở "
         "lớp theo từng thôn"),
        ("Đoàn Thanh niên xã", None, "trong tháng 7/2025",
         "Đoàn Thanh niên xã phối hợp với Trường THCS Lộc Khê thành lập 02 đội thanh niên tình nguyện"),
        ("Trường THCS Lộc Khê", "phối hợp", "trong tháng 7/2025",
         "Đoàn Thanh niên xã phối hợp với Trường THCS Lộc Khê thành lập 02 đội thanh niên tình nguyện"),
        ("Công chức Văn phòng - Thống kê", "chủ trì", None,
         "Công chức Văn phòng - Thống kê chủ trì rà soát, hướng dẫn hồ sơ dịch vụ công trực tuyến toàn trình"),
        ("Ủy ban nhân dân huyện", None, None,
         "Đề nghị Ủy ban nhân dân huyện hỗ trợ 15 máy tính để bàn và 01 màn hình tương tác"),
        ("Phòng Văn hóa và Thông tin huyện", None, None,
         "Đề nghị Phòng Văn hóa và Thông tin huyện phối hợp với doanh nghiệp viễn thông sớm lắp đặt trạm "
         "phát sóng"),
    ], ["Bùi Văn Khải", "Lưu: VT", "TT Đảng ủy, TT HĐND xã", "Các thôn", "Ban Chỉ đạo phong trào xã",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]),
    ("CTr 214/CTr-SKHCN", E, [
        ("Phòng Quản lý khoa học", "chủ trì", "trước ngày 16/6/2025",
         "Phòng Quản lý khoa học chủ trì chuẩn bị nội dung, biên tập kỷ yếu Hội nghị"),
        ("Văn phòng Sở", "chủ trì", "trước ngày 13/6/2025",
         "Văn phòng Sở chủ trì công tác hậu cần, phát hành giấy mời trước ngày 13/6/2025"),
        ("Trường Đại học Quảng Hà", None, None,
         "Trường Đại học Quảng Hà bố trí hội trường, phòng họp tiểu ban, âm thanh, máy chiếu"),
        ("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "phối hợp", None,
         "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh phối hợp mời các nhà khoa học và tham gia phản biện"),
        ("Đại biểu có tham luận", None, "trước ngày 20/6/2025",
         "Đại biểu có tham luận trình bày không quá 20 phút, gửi bản trình chiếu cho Ban tổ chức"),
    ], ["Võ Thị Hồng Nhung", "Lưu: VT, QLKH", "UBND các huyện, thị xã, thành phố",
        "Các sở, ban, ngành liên quan", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "UBND tỉnh (b/c)"]),
]


def main():
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for i, x in enumerate(Q, 1):
            d = {"id": "jx%03d" % i, "question": x["text"], "answerable": x["ans"], "kind": x["kind"],
                 "evidence": [{"source": s, "quote": t} for s, t in x["ev"]],
                 "keywords": x["kw"]}
            if x["hist"]:
                d["history"] = x["hist"]
            if x["actors"]:
                d["actors"] = x["actors"]
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for i, (directive, src, actors, intruders) in enumerate(WW, 1):
            d = {"id": "wj%02d" % i, "directive": directive, "source": src,
                 "actors": [{"name": n, "role": r, "deadline": dl, "task_quote": tq}
                            for n, r, dl, tq in actors],
                 "intruders": intruders}
            f.write(json.dumps(d, ensure_ascii=False) + "\n")
    print("questions:", len(Q), "who-what lines:", len(WW))


if __name__ == "__main__":
    main()

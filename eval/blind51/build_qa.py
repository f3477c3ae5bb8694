#!/usr/bin/env python3
"""Writes questions.jsonl and who_what.jsonl of eval set blind51.

Run:  /work/main/.venv/bin/python build_qa.py
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
F1 = "rb01_kh_khcn_cds_tinh.docx"
F2 = "rb02_cv_ngay_hoi_stem.txt"
F3 = "rb03_qd_giai_thuong_sang_kien.pdf"
F4 = "rb04_bc_hoc_tap_so_xa.md"
F5 = "rb05_tb_ket_luan_huyen_uy.txt"

Q = []


def N(s):
    return unicodedata.normalize("NFC", s)


def A(question, kind, ev, kw, actors=None, history=None):
    """Answerable question; returns its text (to be used as history)."""
    obj = {"id": None, "question": N(question), "answerable": True, "kind": kind,
           "evidence": [{"source": s, "quote": N(q)} for s, q in ev],
           "keywords": [N(k) for k in kw]}
    if history:
        obj["history"] = [N(h) for h in history]
    if actors:
        obj["actors"] = [N(a) for a in actors]
    Q.append(obj)
    return obj["question"]


def U(question, kind="unanswerable", history=None):
    obj = {"id": None, "question": N(question), "answerable": False, "kind": kind,
           "evidence": [], "keywords": []}
    if history:
        obj["history"] = [N(h) for h in history]
    Q.append(obj)
    return obj["question"]


# ----------------------------------------------------------------- questions
A("Kế hoạch KHCN, ĐMST và CĐS năm 2025 của tỉnh đặt chỉ tiêu bao nhiêu % hồ sơ TTHC giải quyết trực tuyến toàn trình?",
  "abbreviation", [(F1, "Tối thiểu 65% hồ sơ thủ tục hành chính được tiếp nhận và giải quyết trực tuyến toàn trình")], ["65%"])
q_kinhphi = A("Tổng kinh phí dự kiến để thực hiện kế hoạch 112 của UBND tỉnh là bao nhiêu, ngân sách tỉnh bỏ ra bao nhiêu?",
  "factoid", [(F1, "Tổng kinh phí dự kiến 86,4 tỷ đồng, trong đó: ngân sách tỉnh 61,2 tỷ đồng")], ["86,4 tỷ đồng", "61,2 tỷ đồng"])
A("Còn phần xã hội hóa thì bao nhiêu?", "follow-up",
  [(F1, "nguồn xã hội hóa và huy động hợp pháp khác 10,5 tỷ đồng")], ["10,5 tỷ đồng"], history=[q_kinhphi])
U("Kế hoạch 112 của tỉnh dự kiến bố trí bao nhiêu kinh phí cho năm 2026?")
q_skhcn = A("Sở KH&CN phải làm gì theo KH 112?", "who-what",
  [(F1, "Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì theo dõi, kiểm tra việc thực hiện Kế hoạch")],
  ["cơ quan thường trực"], actors=["Sở Khoa học và Công nghệ"])
A("Vậy hạn gửi báo cáo 6 tháng và cả năm là khi nào?", "follow-up",
  [(F1, "định kỳ 6 tháng (trước ngày 15/6/2025) và cả năm (trước ngày 05/12/2025)")], ["15/6/2025", "05/12/2025"],
  history=[q_skhcn])
q_giainhat = A("Giải thưởng Sáng kiến số Ngũ Lĩnh có mấy giải nhất, thưởng bao nhiêu tiền?", "factoid",
  [(F3, "01 giải Nhất, mức thưởng 15.000.000 đồng")], ["15.000.000 đồng"])
A("Còn giải khuyến khích?", "follow-up",
  [(F3, "05 giải Khuyến khích, mỗi giải 2.000.000 đồng")], ["2.000.000 đồng"], history=[q_giainhat])
U("Giải đặc biệt của Giải thưởng Sáng kiến số Ngũ Lĩnh năm 2025 được thưởng bao nhiêu?")
q_hankhkt = A("Hạn chót nộp hồ sơ dự thi khoa học kỹ thuật cấp tỉnh năm 2025 là lúc nào?", "factoid",
  [(F2, "trước 17 giờ 00 ngày 28 tháng 3 năm 2025")], ["28 tháng 3 năm 2025"])
A("Nộp bản giấy ở đâu?", "follow-up",
  [(F2, "nộp hồ sơ bản giấy về Phòng Giáo dục Trung học, Sở GD&ĐT (phòng 305, tầng 3)")], ["phòng 305"],
  history=[q_hankhkt])
A("so ho, so nhan khau cua xa trang ngoc la bao nhieu", "no-diacritics",
  [(F4, "Xã Trảng Ngọc có 9 thôn với 2.684 hộ, 10.912 nhân khẩu")], ["2.684 hộ", "10.912 nhân khẩu"])
U("Thôn Đồng Trổ xã Trảng Ngọc có bao nhiêu nhân khẩu?")
A("Thông báo kết luận 236-TB/HU của Huyện ủy Dực Thủy ban hành ngày nào?", "metadata",
  [(F5, "Số 236-TB/HU Dực Thủy, ngày 20 tháng 6 năm 2025")], ["20 tháng 6 năm 2025"])
q_stem = A("Ngày hội STEM cấp tỉnh 2025 tổ chức ở đâu, trong mấy ngày?", "factoid",
  [(F2, "tổ chức trong 02 ngày 19 và 20 tháng 4 năm 2025 tại Nhà thi đấu đa năng tỉnh, số 15 đường Phượng Hoàng")],
  ["Nhà thi đấu đa năng tỉnh", "19 và 20 tháng 4 năm 2025"])
A("Khai mạc lúc mấy giờ?", "follow-up",
  [(F2, "Lễ khai mạc bắt đầu lúc 7 giờ 30 phút ngày 19 tháng 4 năm 2025")], ["7 giờ 30 phút"], history=[q_stem])
q_duan = A("moi phong giao duc duoc gui toi da may du an thi khkt", "no-diacritics",
  [(F2, "Mỗi Phòng Giáo dục và Đào tạo chọn gửi tối đa 04 dự án của học sinh trung học cơ sở")], ["04 dự án"])
A("Thế trường THPT thì được gửi mấy?", "follow-up",
  [(F2, "mỗi trường trung học phổ thông gửi tối đa 03 dự án")], ["03 dự án"], history=[q_duan])
A("phòng GD&ĐT các huyện phải làm gì theo CV 731, hạn gửi danh sách đoàn dự ngày hội STEM?", "who-what",
  [(F2, "Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố chỉ đạo các trường trung học cơ sở tổ chức cuộc thi cấp trường, cấp huyện"),
   (F2, "gửi danh sách đoàn tham gia Ngày hội STEM về Sở trước ngày 10 tháng 4 năm 2025")],
  ["10 tháng 4 năm 2025"], actors=["Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố"])
U("Giải Nhất cuộc thi KHKT học sinh trung học cấp tỉnh 2025 được thưởng bao nhiêu tiền?")
A("Tỉnh đoàn được đề nghị hỗ trợ gì cho Ngày hội STEM?", "who-what",
  [(F2, "Đề nghị Tỉnh đoàn Quỳnh Lưu Đông phối hợp bố trí 40 tình nguyện viên")], ["40 tình nguyện viên"],
  actors=["Tỉnh đoàn Quỳnh Lưu Đông"])
A("Tổng giá trị giải thưởng sáng kiến số của huyện Ngũ Lĩnh là bao nhiêu, lấy từ nguồn nào?", "factoid",
  [(F3, "Tổng giá trị giải thưởng là 63.000.000 đồng (Sáu mươi ba triệu đồng), chi từ nguồn sự nghiệp khoa học và công nghệ ngân sách huyện năm 2025")],
  ["63.000.000 đồng"])
q_hansk = A("han nop ho so giai thuong sang kien so ngu linh la ngay nao", "no-diacritics",
  [(F3, "từ ngày 01/4/2025 đến 17 giờ 00 ngày 30/6/2025")], ["30/6/2025"])
A("Nộp ở đâu, gửi qua email được không?", "follow-up",
  [(F3, "Hồ sơ nộp trực tiếp tại Phòng Văn hóa và Thông tin huyện (tầng 2, trụ sở UBND huyện, số 08 đường Lý Nhật Quang, thị trấn Ngũ Lĩnh)"),
   (F3, "gửi bản điện tử qua địa chỉ e-mail: sangkienso@ngulinh.quynhluudong.gov.vn")],
  ["Phòng Văn hóa và Thông tin huyện", "sangkienso@ngulinh.quynhluudong.gov.vn"], history=[q_hansk])
A("Ai ký KH 112 của UBND tỉnh Quỳnh Lưu Đông?", "metadata",
  [(F1, "PHÓ CHỦ TỊCH (Đã ký) Đinh Khắc Tuấn")], ["Đinh Khắc Tuấn"])
A("so hoa ho so bao nhieu di tich cap tinh, phai xong truoc ngay nao", "no-diacritics",
  [(F1, "Sở Văn hóa, Thể thao và Du lịch chủ trì số hóa hồ sơ 40 di tích lịch sử - văn hóa cấp tỉnh, hoàn thành trước ngày 31/12/2025")],
  ["40 di tích", "31/12/2025"])
A("Theo phụ lục của KH 112, Ngày hội STEM tỉnh có những đơn vị nào phối hợp với Sở GD&ĐT?", "abbreviation",
  [(F1, "Tỉnh đoàn, Liên hiệp các Hội KH&KT tỉnh")], ["Tỉnh đoàn", "Liên hiệp các Hội KH&KT tỉnh"])
A("Đề nghị Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh làm gì trong kế hoạch năm 2025 của tỉnh?", "who-what",
  [(F1, "Đề nghị Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh chủ trì tổ chức Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX")],
  ["Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX"], actors=["Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"])
U("Giải nhất Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX được thưởng bao nhiêu tiền?")
A("ubnd cac huyen phai ban hanh ke hoach thuc hien ke hoach 112 truoc ngay nao", "who-what",
  [(F1, "Ủy ban nhân dân các huyện, thị xã, thành phố xây dựng kế hoạch thực hiện tại địa phương, ban hành trước ngày 15/3/2025")],
  ["15/3/2025"], actors=["Ủy ban nhân dân các huyện, thị xã, thành phố"])
q_bdhvs = A("Tỉnh phát động phong trào Bình dân học vụ số từ ngày nào?", "factoid",
  [(F1, "Phát động phong trào \"Bình dân học vụ số\" trên phạm vi toàn tỉnh từ ngày 26/3/2025")], ["26/3/2025"])
A("Ai được đề nghị vận động đoàn viên, hội viên tham gia phong trào đó?", "follow-up",
  [(F1, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh tăng cường tuyên truyền")],
  ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"],
  actors=["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh"], history=[q_bdhvs])
A("chi tieu ty le nguoi dan co ky nang so co ban nam 2025 cua tinh la bao nhieu", "no-diacritics",
  [(F1, "tối thiểu 70% người dân từ 15 tuổi trở lên có kỹ năng số cơ bản")], ["70%"])
q_vunglom = A("Kế hoạch của tỉnh sẽ xóa bao nhiêu vùng lõm sóng, ở những huyện nào?", "factoid",
  [(F1, "xóa 23 \"vùng lõm\" sóng di động tại hai huyện miền núi Dực Thủy và Xuân Khuê")], ["23", "Dực Thủy", "Xuân Khuê"])
A("Đơn vị nào phối hợp làm việc này?", "follow-up",
  [(F1, "Các doanh nghiệp viễn thông; UBND huyện Dực Thủy, huyện Xuân Khuê")], ["Các doanh nghiệp viễn thông"],
  history=[q_vunglom])
U("Trung tâm Đổi mới sáng tạo tỉnh Quỳnh Lưu Đông sẽ đặt ở đâu?")
U("KH 112 giao Sở Y tế triển khai bệnh án điện tử, hạn đến khi nào?")
U("So to trinh cua So Tai chinh ve kinh phi thuc hien ke hoach 112 la gi?")
A("Sở GD&ĐT hỗ trợ bao nhiêu tiền cho mỗi dự án vào chung khảo?", "abbreviation",
  [(F2, "Sở hỗ trợ kinh phí hoàn thiện sản phẩm 3.000.000 đồng/dự án vào vòng chung khảo")], ["3.000.000 đồng"])
A("Cuộc thi KHKT năm nay có những lĩnh vực nào?", "list",
  [(F2, "Dự án dự thi thuộc một trong 08 lĩnh vực: Khoa học động vật; Khoa học xã hội và hành vi; Hóa học; Kỹ thuật cơ khí; Năng lượng; Phần mềm hệ thống; Vật lý và Thiên văn")],
  ["08 lĩnh vực", "Kỹ thuật cơ khí"])
A("Trong CV 731, Phòng Giáo dục Trung học của Sở có nhiệm vụ gì?", "who-what",
  [(F2, "Phòng Giáo dục Trung học chủ trì, phối hợp với Phòng Kế hoạch - Tài chính và Văn phòng Sở tham mưu thành lập Ban Tổ chức, Ban Giám khảo")],
  ["Ban Tổ chức", "Ban Giám khảo"], actors=["Phòng Giáo dục Trung học"])
A("Công văn hướng dẫn ngày hội STEM 2025 của Sở GD&ĐT số mấy, ký ngày nào?", "metadata",
  [(F2, "Số: 731/SGDĐT-GDTrH Quỳnh Lưu Đông, ngày 10 tháng 3 năm 2025")], ["731/SGDĐT-GDTrH", "10 tháng 3 năm 2025"])
A("ai ky cong van 731 cua so giao duc", "metadata",
  [(F2, "Nguyễn Thị Hồng Nhung")], ["Nguyễn Thị Hồng Nhung"])
A("Dự án đạt giải Ba cấp tỉnh có được đi thi KHKT quốc gia không?", "factoid",
  [(F2, "Các dự án đạt giải Nhất, giải Nhì được lựa chọn, hoàn thiện để dự Cuộc thi KHKT cấp quốc gia")],
  ["giải Nhất, giải Nhì"])
U("Giải đặc biệt cuộc thi KHKT cấp tỉnh 2025 được thưởng bao nhiêu?")
U("Công văn 732/SGDĐT-GDTrH hướng dẫn nội dung gì?")
U("vong chung khao cuoc thi khkt cap quoc gia 2025 to chuc o dau")
q_letrao = A("Lễ trao giải Sáng kiến số Ngũ Lĩnh tổ chức vào dịp nào?", "factoid",
  [(F3, "Lễ trao giải tổ chức nhân Ngày Chuyển đổi số quốc gia 10/10/2025")], ["10/10/2025"])
U("Lễ đó tổ chức ở địa điểm nào?", kind="follow-up", history=[q_letrao])
A("QĐ 2087 do ai ký?", "metadata",
  [(F3, "CHỦ TỊCH (Đã ký) Tạ Quang Vinh")], ["Tạ Quang Vinh"])
A("QĐ 2087/QĐ-UBND căn cứ kế hoạch chuyển đổi số nào của huyện?", "abbreviation",
  [(F3, "Căn cứ Kế hoạch số 45/KH-UBND ngày 06 tháng 3 năm 2025 của Ủy ban nhân dân huyện về chuyển đổi số huyện Ngũ Lĩnh năm 2025")],
  ["45/KH-UBND"])
A("phòng GD&ĐT huyện Ngũ Lĩnh phải làm gì cho giải thưởng sáng kiến số?", "who-what",
  [(F3, "Phòng Giáo dục và Đào tạo vận động giáo viên, học sinh tham gia; mỗi trường trung học cơ sở trên địa bàn có tối thiểu 01 sáng kiến dự thi")],
  ["tối thiểu 01 sáng kiến"], actors=["Phòng Giáo dục và Đào tạo"])
A("UBND các xã, thị trấn phải giới thiệu ít nhất mấy sáng kiến?", "who-what",
  [(F3, "Ủy ban nhân dân các xã, thị trấn phổ biến đến từng thôn, Tổ công nghệ số cộng đồng; mỗi xã, thị trấn giới thiệu tối thiểu 02 sáng kiến")],
  ["02 sáng kiến"], actors=["Ủy ban nhân dân các xã, thị trấn"])
A("trung tam van hoa the thao va truyen thong huyen ngu linh phai tuyen truyen giai thuong may lan moi tuan", "who-what",
  [(F3, "Trung tâm Văn hóa, Thể thao và Truyền thông huyện tuyên truyền về Giải thưởng trên hệ thống truyền thanh và Trang thông tin điện tử huyện, tối thiểu 02 lần/tuần")],
  ["02 lần/tuần"], actors=["Trung tâm Văn hóa, Thể thao và Truyền thông huyện"])
A("Phòng VH-TT huyện Ngũ Lĩnh phải ban hành thể lệ trước ngày nào, khi nào báo cáo kết quả giải thưởng?", "who-what",
  [(F3, "chủ trì ban hành thể lệ chi tiết và các biểu mẫu trước ngày 31/3/2025"),
   (F3, "báo cáo kết quả tổ chức Giải thưởng về UBND huyện trước ngày 30/10/2025")],
  ["31/3/2025", "30/10/2025"], actors=["Phòng Văn hóa và Thông tin huyện"])
A("so dien thoai nguoi lien he nhan ho so sang kien so cua huyen", "no-diacritics",
  [(F3, "bà Kiều Thị Phương Thảo, chuyên viên Phòng Văn hóa và Thông tin, điện thoại 0989.215.640")], ["0989.215.640"])
A("Thành viên Hội đồng xét chọn có được gửi sáng kiến dự thi không?", "factoid",
  [(F3, "Thành viên Hội đồng xét chọn và Tổ thư ký không được tham gia dự thi")], ["không được tham gia dự thi"])
A("Học sinh từ lớp mấy được tham gia giải thưởng Sáng kiến số Ngũ Lĩnh?", "factoid",
  [(F3, "giáo viên và học sinh từ lớp 8 trở lên")], ["lớp 8"])
U("Quy chế giải thưởng sáng kiến số năm 2024 của huyện Ngũ Lĩnh ban hành theo quyết định số mấy?")
U("Huyện Xuân Khuê thưởng bao nhiêu cho giải nhất sáng kiến chuyển đổi số?")
U("Tờ trình 19/TTr-VHTT đề xuất kinh phí tổ chức giải thưởng là bao nhiêu?")
A("Thôn nào của xã Trảng Ngọc có tỷ lệ hộ thanh toán không dùng tiền mặt thấp nhất?", "factoid",
  [(F4, "Tỷ lệ hộ thanh toán không tiền mặt ở thôn Xóm Chài (35,9%)")], ["Xóm Chài", "35,9%"])
A("Thôn Đá Lửa có bao nhiêu người được tập huấn kỹ năng số?", "factoid",
  [(F4, "| 8 | Đá Lửa | 198 | 96 | 402 | 83 | 41,9 |")], ["96"])
A("Toàn xã Trảng Ngọc có bao nhiêu tài khoản định danh điện tử mức 2 được kích hoạt?", "factoid",
  [(F4, "| | **Toàn xã** | **2.684** | **1.442** | **6.302** | **1.654** | **61,6** |")], ["6.302"])
A("ty le ho thanh toan khong tien mat chung ca xa trang ngoc", "no-diacritics",
  [(F4, "| | **Toàn xã** | **2.684** | **1.442** | **6.302** | **1.654** | **61,6** |")], ["61,6"])
A("Xã Trảng Ngọc gửi những sáng kiến nào dự giải Sáng kiến số Ngũ Lĩnh?", "list",
  [(F4, "(1) \"Sổ tay điện tử theo dõi tàu cá\" của Tổ công nghệ số cộng đồng thôn Xóm Chài"),
   (F4, "(2) \"Bản đồ số điểm bán nông sản Trảng Ngọc\" của Đoàn Thanh niên xã"),
   (F4, "(3) \"Ứng dụng nhắc lịch tiêm chủng qua Zalo\" của Trạm Y tế xã")],
  ["Sổ tay điện tử theo dõi tàu cá", "Bản đồ số điểm bán nông sản Trảng Ngọc", "Ứng dụng nhắc lịch tiêm chủng qua Zalo"])
q_congan = A("Công an xã Trảng Ngọc được giao việc gì, hạn khi nào?", "who-what",
  [(F4, "| 1 | Kích hoạt tài khoản định danh điện tử mức 2 cho người dân từ 14 tuổi trở lên đạt 95% | Công an xã | Trước ngày 31/8/2025 |")],
  ["95%", "31/8/2025"], actors=["Công an xã"])
A("Còn Trạm Y tế xã?", "follow-up",
  [(F4, "| 3 | Hướng dẫn người từ 60 tuổi trở lên cài đặt, sử dụng sổ sức khỏe điện tử | Trạm Y tế xã | Trước ngày 30/9/2025 |")],
  ["sổ sức khỏe điện tử", "30/9/2025"], actors=["Trạm Y tế xã"], history=[q_congan])
U("Thế Ban Chỉ huy Quân sự xã thì được giao gì?", kind="follow-up", history=[q_congan])
A("Trường THCS Trảng Ngọc phải làm gì trong 6 tháng cuối năm 2025?", "who-what",
  [(F4, "Mở thêm 04 lớp \"Bình dân học vụ số\" cho phụ huynh học sinh vào tối thứ Bảy")], ["04 lớp", "tối thứ Bảy"],
  actors=["Trường THCS Trảng Ngọc"])
A("hoi khuyen hoc xa trang ngoc phai binh xet gia dinh hoc tap truoc ngay nao", "who-what",
  [(F4, "| 5 | Bình xét \"Gia đình học tập\", \"Dòng họ học tập\" năm 2025 | Hội khuyến học xã | Trước ngày 15/11/2025 |")],
  ["15/11/2025"], actors=["Hội khuyến học xã"])
A("Quỹ khuyến học xã Trảng Ngọc vận động được bao nhiêu, trao mấy suất học bổng?", "factoid",
  [(F4, "Quỹ khuyến học xã vận động 126.500.000 đồng, trao 84 suất học bổng")], ["126.500.000 đồng", "84 suất"])
A("Xã kiến nghị huyện hỗ trợ kinh phí cho tổ công nghệ số cộng đồng mức bao nhiêu?", "factoid",
  [(F4, "Đề nghị huyện bố trí kinh phí hỗ trợ hoạt động của Tổ công nghệ số cộng đồng, mức 500.000 đồng/tổ/tháng")],
  ["500.000 đồng/tổ/tháng"])
A("BC 58 của UBND xã Trảng Ngọc do ai ký, ngày nào?", "metadata",
  [(F4, "Lường Thị Bích Phượng"), (F4, "Số: 58/BC-UBND Trảng Ngọc, ngày 12 tháng 6 năm 2025")],
  ["Lường Thị Bích Phượng", "12 tháng 6 năm 2025"])
A("Đoàn Thanh niên xã Trảng Ngọc hỗ trợ người dân ở bộ phận một cửa vào những buổi nào?", "who-what",
  [(F4, "Đoàn Thanh niên xã duy trì đội hình \"Thanh niên tình nguyện số\" hỗ trợ người dân tại Bộ phận một cửa vào sáng thứ Hai và sáng thứ Năm hằng tuần")],
  ["sáng thứ Hai", "sáng thứ Năm"], actors=["Đoàn Thanh niên xã"])
U("Xã Trảng Ngọc kích hoạt được bao nhiêu tài khoản định danh mức 2 tính đến cuối năm 2024?")
U("ket qua pho cap ky nang so cua xa con tieu huyen ngu linh 6 thang dau nam")
A("Tỷ lệ hồ sơ TTHC giải quyết trực tuyến toàn trình của huyện Dực Thủy 6 tháng đầu năm đạt bao nhiêu?", "abbreviation",
  [(F5, "tỷ lệ hồ sơ thủ tục hành chính giải quyết trực tuyến toàn trình đạt 58,3%")], ["58,3%"])
A("Những trường nào ở Dực Thủy mới đạt chuẩn quốc gia?", "list",
  [(F5, "có thêm 03 trường đạt chuẩn quốc gia (Trường Tiểu học Nghi Thạch, Trường THCS Diễn Lũy, Trường Mầm non Dực Tiến)")],
  ["Trường Tiểu học Nghi Thạch", "Trường THCS Diễn Lũy", "Trường Mầm non Dực Tiến"])
A("Tại ngày hội STEM tỉnh, học sinh huyện Dực Thủy đạt những giải gì?", "factoid",
  [(F5, "đoàn học sinh của huyện giành 01 giải Nhì và 02 giải Ba")], ["01 giải Nhì", "02 giải Ba"])
q_btg = A("Ban Tuyên giáo Huyện ủy Dực Thủy được giao việc gì, hạn chót?", "who-what",
  [(F5, "tham mưu Ban Thường vụ Huyện ủy sơ kết 01 năm thực hiện Chương trình hành động số 09-CTr/TU, hoàn thành trước ngày 15/11/2025")],
  ["15/11/2025"], actors=["Ban Tuyên giáo Huyện ủy"])
A("Còn hội nghị báo cáo viên chuyên đề thì tổ chức khi nào?", "follow-up",
  [(F5, "tổ chức Hội nghị báo cáo viên chuyên đề \"Chuyển đổi số trong hệ thống chính trị cơ sở\" trong quý III/2025")],
  ["quý III/2025"], history=[q_btg])
q_pgd5 = A("phòng GD&ĐT huyện Dực Thủy tập huấn AI cho bao nhiêu giáo viên, vào tháng nào?", "who-what",
  [(F5, "tổ chức tập huấn ứng dụng trí tuệ nhân tạo trong dạy học cho 320 giáo viên trong tháng 8/2025")],
  ["320 giáo viên", "tháng 8/2025"], actors=["Phòng Giáo dục và Đào tạo huyện"])
A("Ngoài ra phòng đó còn phải đề xuất tuyển thêm bao nhiêu giáo viên tin học?", "follow-up",
  [(F5, "đề xuất tuyển dụng bổ sung 11 giáo viên tin học")], ["11 giáo viên tin học"], history=[q_pgd5])
A("Trung tâm Y tế huyện Dực Thủy phải xong bệnh án điện tử trước ngày nào?", "who-what",
  [(F5, "Trung tâm Y tế huyện hoàn thành triển khai bệnh án điện tử trước ngày 31/12/2025")], ["31/12/2025"],
  actors=["Trung tâm Y tế huyện"])
A("huyen doan duc thuy to chuc bao nhieu doi hinh thanh nien ho tro chuyen doi so, tu ngay nao", "who-what",
  [(F5, "25 đội hình \"Thanh niên hỗ trợ chuyển đổi số\" tại 16 xã, thị trấn, từ ngày 01/7 đến ngày 31/8/2025")],
  ["25 đội hình", "01/7"], actors=["Huyện đoàn"])
A("Chuyên mục Dực Thủy chuyển đổi số phát sóng lúc nào?", "factoid",
  [(F5, "phát sóng lúc 19 giờ 30 tối thứ Năm hằng tuần")], ["19 giờ 30", "tối thứ Năm"])
q_group = A("Các phòng ban ngành, MTTQ và đoàn thể huyện Dực Thủy phải báo cáo kết quả cho ai, định kỳ ra sao?", "who-what",
  [(F5, "báo cáo kết quả định kỳ hằng quý về Ban Tuyên giáo Huyện ủy, trước ngày 20 của tháng cuối quý")],
  ["hằng quý", "trước ngày 20 của tháng cuối quý"], actors=["Các phòng, ban, ngành, Mặt trận và đoàn thể huyện"])
A("Gửi qua ai, số điện thoại bao nhiêu?", "follow-up",
  [(F5, "qua đồng chí Mai Thu Trang, Phó Trưởng Ban Tuyên giáo Huyện ủy, điện thoại 0915.772.408")],
  ["Mai Thu Trang", "0915.772.408"], history=[q_group])
A("Hội khuyến học huyện Dực Thủy phấn đấu huy động quỹ bao nhiêu tiền?", "factoid",
  [(F5, "Quỹ \"Chắp cánh tài năng số\", phấn đấu huy động 300 triệu đồng")], ["300 triệu đồng"])
A("xa nao o duc thuy chua lap du to cong nghe so, han hoan thanh la khi nao", "no-diacritics",
  [(F5, "xã Phổ Lại và xã Diễn Lũy hoàn thành việc thành lập Tổ công nghệ số cộng đồng ở 100% thôn trước ngày 31/7/2025")],
  ["Phổ Lại", "Diễn Lũy", "31/7/2025"])
A("TB 236 do ai ký?", "metadata", [(F5, "Trương Thị Minh Nguyệt")], ["Trương Thị Minh Nguyệt"])
U("xa pho lai con bao nhieu thon bi vung lom song")
U("Huyện Dực Thủy còn thiếu bao nhiêu giáo viên tiếng Anh?")
U("Thông báo kết luận của Huyện ủy Xuân Khuê về công tác khoa giáo 6 tháng đầu năm 2025 nói gì?")
U("Mỗi suất học bổng của quỹ Chắp cánh tài năng số trị giá bao nhiêu?")
# corpus-level
A("Trong bộ tài liệu, những văn bản nào thực hiện hoặc căn cứ Kế hoạch 112/KH-UBND của UBND tỉnh?", "corpus",
  [(F2, "Thực hiện Kế hoạch số 112/KH-UBND ngày 14 tháng 02 năm 2025 của Ủy ban nhân dân tỉnh"),
   (F3, "Căn cứ Kế hoạch số 112/KH-UBND ngày 14 tháng 02 năm 2025 của Ủy ban nhân dân tỉnh Quỳnh Lưu Đông"),
   (F5, "Kế hoạch số 112/KH-UBND của UBND tỉnh về phát triển khoa học")],
  ["731/SGDĐT-GDTrH", "2087/QĐ-UBND", "236-TB/HU"])
A("Văn bản nào trong kho do cấp xã ban hành?", "corpus",
  [(F4, "UỶ BAN NHÂN DÂN XÃ TRẢNG NGỌC")], ["58/BC-UBND"])
A("Có những văn bản nào nhắc tới Ngày hội STEM tỉnh năm 2025?", "corpus",
  [(F1, "Tổ chức Ngày hội STEM tỉnh năm 2025"), (F2, "V/v tổ chức Ngày hội STEM và Cuộc thi"),
   (F5, "Tại Ngày hội STEM tỉnh năm 2025, đoàn học sinh của huyện giành 01 giải Nhì")],
  ["112/KH-UBND", "731/SGDĐT-GDTrH", "236-TB/HU"])
A("Có văn bản nào của cấp ủy Đảng không?", "corpus",
  [(F5, "HUYỆN ỦY DỰC THỦY ĐẢNG CỘNG SẢN VIỆT NAM")], ["236-TB/HU"])
A("Mấy văn bản nói đến giải thưởng Sáng kiến số Ngũ Lĩnh, là những văn bản nào?", "corpus",
  [(F3, "Ban hành Quy chế xét tặng Giải thưởng \"Sáng kiến số Ngũ Lĩnh\" năm 2025"),
   (F4, "Tham gia Giải thưởng \"Sáng kiến số Ngũ Lĩnh\"")],
  ["2087/QĐ-UBND", "58/BC-UBND"])
A("Văn bản nào là công văn có trích yếu V/v?", "corpus",
  [(F2, "V/v tổ chức Ngày hội STEM và Cuộc thi khoa học kỹ thuật học sinh trung học")], ["731/SGDĐT-GDTrH"])
U("Ngày hội STEM cấp huyện của Ngũ Lĩnh năm 2025 tổ chức vào ngày nào?")
U("theo ke hoach 112 moi thanh vien to cong nghe so cong dong duoc ho tro bao nhieu tien mot thang")


# ------------------------------------------------------------------ who-what
def act(name, role, deadline, quote):
    return {"name": N(name), "role": role, "deadline": N(deadline) if deadline else None, "task_quote": N(quote)}


WW = [
    {"id": "wrb01", "directive": "KH 112/KH-UBND", "source": F1, "actors": [
        act("Sở Khoa học và Công nghệ", "thường trực", "trước ngày 15/6/2025",
            "Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì theo dõi, kiểm tra việc thực hiện Kế hoạch"),
        act("Sở Khoa học và Công nghệ", "chủ trì", "Quý III/2025",
            "Xây dựng Đề án thành lập Trung tâm Đổi mới sáng tạo tỉnh"),
        act("Sở Thông tin và Truyền thông", "chủ trì", "trước ngày 30/9/2025",
            "Sở Thông tin và Truyền thông chủ trì phát triển hạ tầng số, nền tảng số, bảo đảm an toàn thông tin mạng"),
        act("Sở Thông tin và Truyền thông", "chủ trì", "31/10/2025", "Xóa 23 \"vùng lõm\" sóng di động"),
        act("Sở Giáo dục và Đào tạo", "chủ trì", "trong tháng 4/2025",
            "Sở Giáo dục và Đào tạo chủ trì triển khai giáo dục STEM, kỹ năng số cho học sinh"),
        act("Tỉnh đoàn", "phối hợp", "trong tháng 4/2025",
            "phối hợp với Tỉnh đoàn tổ chức Ngày hội STEM tỉnh trong tháng 4/2025"),
        act("Sở Tài chính", None, None,
            "Sở Tài chính có trách nhiệm cân đối, tham mưu bố trí kinh phí thực hiện Kế hoạch"),
        act("Các cơ quan, đơn vị", None, "trước ngày 31/3/2025",
            "Các cơ quan, đơn vị lập dự toán chi tiết gửi Sở Tài chính thẩm định trước ngày 31/3/2025"),
        act("Sở Nội vụ", "chủ trì", "30/11/2025",
            "Sở Nội vụ chủ trì tổ chức tập huấn kỹ năng số cho cán bộ, công chức cấp xã"),
        act("Sở Văn hóa, Thể thao và Du lịch", "chủ trì", "trước ngày 31/12/2025",
            "Sở Văn hóa, Thể thao và Du lịch chủ trì số hóa hồ sơ 40 di tích lịch sử - văn hóa cấp tỉnh"),
        act("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", None, None,
            "tăng cường tuyên truyền, vận động đoàn viên, hội viên tham gia phong trào \"Bình dân học vụ số\""),
        act("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "chủ trì", None,
            "Đề nghị Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh chủ trì tổ chức Hội thi Sáng tạo kỹ thuật tỉnh lần thứ IX"),
        act("Ủy ban nhân dân các huyện, thị xã, thành phố", None, "trước ngày 15/3/2025",
            "Ủy ban nhân dân các huyện, thị xã, thành phố xây dựng kế hoạch thực hiện tại địa phương"),
        act("Quỹ Phát triển khoa học và công nghệ tỉnh", None, None,
            "Quỹ Phát triển khoa học và công nghệ tỉnh dành 5 tỷ đồng tài trợ các đề tài"),
        act("Sở Công Thương", "chủ trì", "15/12/2025", "Hỗ trợ 20 doanh nghiệp nhỏ và vừa chuyển đổi số"),
        act("Hiệp hội Doanh nghiệp tỉnh", "phối hợp", "15/12/2025", "Hỗ trợ 20 doanh nghiệp nhỏ và vừa chuyển đổi số"),
        act("Văn phòng UBND tỉnh", "phối hợp", "30/6/2025",
            "Nâng cấp Hệ thống thông tin giải quyết thủ tục hành chính tỉnh"),
        act("Các doanh nghiệp viễn thông", "phối hợp", "31/10/2025", "Xóa 23 \"vùng lõm\" sóng di động"),
        act("UBND huyện Dực Thủy, huyện Xuân Khuê", "phối hợp", "31/10/2025", "Xóa 23 \"vùng lõm\" sóng di động"),
    ], "intruders": ["Bộ Khoa học và Công nghệ (b/c)", "Thường trực Tỉnh ủy (b/c)", "Thường trực HĐND tỉnh (b/c)",
                     "Chủ tịch, các PCT UBND tỉnh", "Đinh Khắc Tuấn", "Lưu: VT, KGVX", "Bộ Chính trị",
                     "Ban Chấp hành Đảng bộ tỉnh Quỳnh Lưu Đông", "TM. UỶ BAN NHÂN DÂN"]},
    {"id": "wrb02", "directive": "CV 731/SGDĐT-GDTrH", "source": F2, "actors": [
        act("Phòng Giáo dục và Đào tạo các huyện, thị xã, thành phố", None, "trước ngày 10 tháng 4 năm 2025",
            "chỉ đạo các trường trung học cơ sở tổ chức cuộc thi cấp trường, cấp huyện để lựa chọn dự án"),
        act("Hiệu trưởng các trường trung học phổ thông, trường phổ thông có nhiều cấp học", None, None,
            "chịu trách nhiệm bố trí giáo viên hướng dẫn, tạo điều kiện về thời gian, phòng thí nghiệm cho học sinh nghiên cứu"),
        act("Giám đốc Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên các huyện", None, None,
            "đăng ký gian trưng bày, giới thiệu mô hình dạy nghề gắn với chuyển đổi số tại địa phương"),
        act("Phòng Giáo dục Trung học", "chủ trì", None,
            "Phòng Giáo dục Trung học chủ trì, phối hợp với Phòng Kế hoạch - Tài chính và Văn phòng Sở tham mưu thành lập Ban Tổ chức, Ban Giám khảo"),
        act("Phòng Kế hoạch - Tài chính", "phối hợp", None,
            "phối hợp với Phòng Kế hoạch - Tài chính và Văn phòng Sở tham mưu thành lập Ban Tổ chức"),
        act("Văn phòng Sở", "phối hợp", None,
            "phối hợp với Phòng Kế hoạch - Tài chính và Văn phòng Sở tham mưu thành lập Ban Tổ chức"),
        act("Tỉnh đoàn Quỳnh Lưu Đông", "phối hợp", None,
            "Đề nghị Tỉnh đoàn Quỳnh Lưu Đông phối hợp bố trí 40 tình nguyện viên hỗ trợ công tác hậu cần"),
        act("Các đơn vị", None, "trước 17 giờ 00 ngày 28 tháng 3 năm 2025",
            "Các đơn vị nộp hồ sơ bản giấy về Phòng Giáo dục Trung học, Sở GD&ĐT (phòng 305, tầng 3)"),
        act("Ban Tổ chức", None, None,
            "Ban Tổ chức xét trao giải Nhất, giải Nhì, giải Ba, giải Khuyến khích cho các dự án dự thi"),
    ], "intruders": ["Nguyễn Thị Hồng Nhung", "UBND tỉnh (b/c)", "Giám đốc, các PGĐ Sở", "Cổng TTĐT Sở",
                     "Lưu: VT, GDTrH", "KT. GIÁM ĐỐC", "SỞ GIÁO DỤC VÀ ĐÀO TẠO"]},
    {"id": "wrb03", "directive": "QĐ 2087/QĐ-UBND", "source": F3, "actors": [
        act("Phòng Văn hóa và Thông tin huyện", "thường trực", "trước ngày 31/3/2025",
            "Phòng Văn hóa và Thông tin huyện là cơ quan thường trực, chủ trì ban hành thể lệ chi tiết và các biểu mẫu"),
        act("Phòng Văn hóa và Thông tin huyện", "thường trực", "trước ngày 30/10/2025",
            "báo cáo kết quả tổ chức Giải thưởng về UBND huyện trước ngày 30/10/2025"),
        act("Phòng Tài chính - Kế hoạch", None, None,
            "Phòng Tài chính - Kế hoạch thẩm định dự toán, bố trí kinh phí giải thưởng và kinh phí tổ chức"),
        act("Phòng Giáo dục và Đào tạo", None, None,
            "Phòng Giáo dục và Đào tạo vận động giáo viên, học sinh tham gia"),
        act("Trung tâm Văn hóa, Thể thao và Truyền thông huyện", None, None,
            "Trung tâm Văn hóa, Thể thao và Truyền thông huyện tuyên truyền về Giải thưởng trên hệ thống truyền thanh"),
        act("Ủy ban nhân dân các xã, thị trấn", None, None,
            "Ủy ban nhân dân các xã, thị trấn phổ biến đến từng thôn, Tổ công nghệ số cộng đồng"),
        act("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", None, None,
            "vận động đoàn viên, hội viên tích cực tham gia Giải thưởng"),
        act("Huyện đoàn", None, None, "vận động đoàn viên, hội viên tích cực tham gia Giải thưởng"),
        act("Hội Nông dân huyện", None, None, "vận động đoàn viên, hội viên tích cực tham gia Giải thưởng"),
        act("Hội Liên hiệp Phụ nữ huyện", None, None, "vận động đoàn viên, hội viên tích cực tham gia Giải thưởng"),
        act("Chánh Văn phòng HĐND và UBND huyện", None, None,
            "các tổ chức, cá nhân có liên quan chịu trách nhiệm thi hành Quyết định này"),
    ], "intruders": ["Tạ Quang Vinh", "UBND tỉnh (b/c)", "Sở Khoa học và Công nghệ (b/c)",
                     "TT Huyện ủy, TT HĐND huyện (b/c)", "Cổng Thông tin điện tử huyện", "Lưu: VT, VHTT",
                     "Bộ Chính trị", "Chủ tịch, các PCT UBND huyện"]},
    {"id": "wrb04", "directive": "BC 58/BC-UBND", "source": F4, "actors": [
        act("Công an xã", None, "Trước ngày 31/8/2025",
            "Kích hoạt tài khoản định danh điện tử mức 2 cho người dân từ 14 tuổi trở lên đạt 95%"),
        act("Trường THCS Trảng Ngọc", None, "Tháng 9 và tháng 10/2025",
            "Mở thêm 04 lớp \"Bình dân học vụ số\" cho phụ huynh học sinh vào tối thứ Bảy"),
        act("Trường Tiểu học Trảng Ngọc", None, "Tháng 9 và tháng 10/2025",
            "Mở thêm 04 lớp \"Bình dân học vụ số\" cho phụ huynh học sinh vào tối thứ Bảy"),
        act("Trạm Y tế xã", None, "Trước ngày 30/9/2025",
            "Hướng dẫn người từ 60 tuổi trở lên cài đặt, sử dụng sổ sức khỏe điện tử"),
        act("Trưởng các thôn, Tổ công nghệ số cộng đồng", None, "Hằng tháng, trước ngày 25",
            "Tổng hợp, báo cáo kết quả phong trào về UBND xã"),
        act("Hội khuyến học xã", None, "Trước ngày 15/11/2025",
            "Bình xét \"Gia đình học tập\", \"Dòng họ học tập\" năm 2025"),
        act("Công chức Văn hóa - Xã hội xã", None, "Tháng 12/2025",
            "Tham mưu tổ chức sơ kết, biểu dương tập thể, cá nhân tiêu biểu"),
        act("Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội xã", "phối hợp", None,
            "phối hợp vận động hội viên, đoàn viên tham gia các lớp học"),
        act("Đoàn Thanh niên xã", None, None,
            "Đoàn Thanh niên xã duy trì đội hình \"Thanh niên tình nguyện số\" hỗ trợ người dân tại Bộ phận một cửa"),
        act("UBND huyện", None, None,
            "Đề nghị UBND huyện hỗ trợ 02 bộ máy tính và 01 máy chiếu cho Điểm Bưu điện - Văn hóa xã"),
        act("Trung tâm Viễn thông Ngũ Lĩnh", None, "trong năm 2025",
            "Đề nghị Trung tâm Viễn thông Ngũ Lĩnh lắp đặt bổ sung trạm phát sóng tại thôn Đá Lửa"),
    ], "intruders": ["Lường Thị Bích Phượng", "TT Đảng ủy, TT HĐND xã", "Chủ tịch, các PCT UBND xã", "Lưu: VT.",
                     "TM. UỶ BAN NHÂN DÂN", "Đàm Văn Tiệp"]},
    {"id": "wrb05", "directive": "TB 236-TB/HU", "source": F5, "actors": [
        act("Ban Tuyên giáo Huyện ủy", "chủ trì", "trước ngày 15/11/2025",
            "tham mưu Ban Thường vụ Huyện ủy sơ kết 01 năm thực hiện Chương trình hành động số 09-CTr/TU"),
        act("Văn phòng Huyện ủy", "phối hợp", "trước ngày 15/11/2025",
            "phối hợp với Văn phòng Huyện ủy tham mưu Ban Thường vụ Huyện ủy sơ kết 01 năm"),
        act("Đảng ủy các xã, thị trấn", None, None,
            "Đảng ủy các xã, thị trấn bổ sung chỉ tiêu chuyển đổi số vào nghị quyết chuyên đề của cấp ủy"),
        act("xã Phổ Lại và xã Diễn Lũy", None, "trước ngày 31/7/2025",
            "xã Phổ Lại và xã Diễn Lũy hoàn thành việc thành lập Tổ công nghệ số cộng đồng ở 100% thôn"),
        act("Ủy ban nhân dân huyện", None, "trước ngày 31/10/2025",
            "Ủy ban nhân dân huyện chỉ đạo các phòng chuyên môn bố trí 1,2 tỷ đồng từ ngân sách huyện"),
        act("Phòng Giáo dục và Đào tạo huyện", None, "trong tháng 8/2025",
            "tổ chức tập huấn ứng dụng trí tuệ nhân tạo trong dạy học cho 320 giáo viên"),
        act("Trung tâm Y tế huyện", None, "trước ngày 31/12/2025",
            "Trung tâm Y tế huyện hoàn thành triển khai bệnh án điện tử"),
        act("Trung tâm Văn hóa, Thể thao và Truyền thông huyện", None, None,
            "duy trì chuyên mục \"Dực Thủy chuyển đổi số\", phát sóng lúc 19 giờ 30 tối thứ Năm hằng tuần"),
        act("Huyện đoàn", "chủ trì", "từ ngày 01/7 đến ngày 31/8/2025",
            "Huyện đoàn chủ trì chiến dịch \"Mùa hè tình nguyện\" năm 2025"),
        act("Hội khuyến học huyện", None, None,
            "Hội khuyến học huyện phối hợp với Phòng Giáo dục và Đào tạo vận động xây dựng Quỹ \"Chắp cánh tài năng số\""),
        act("Các phòng, ban, ngành, Mặt trận và đoàn thể huyện", None, "trước ngày 20 của tháng cuối quý",
            "căn cứ chức năng, nhiệm vụ, cụ thể hóa kết luận này vào chương trình công tác"),
    ], "intruders": ["Trương Thị Minh Nguyệt", "Nông Quốc Bảo", "Chu Văn Lực", "Thường trực Tỉnh ủy (b/c)",
                     "Ban Tuyên giáo Tỉnh ủy (b/c)", "Các đồng chí Huyện ủy viên", "Lưu Văn phòng Huyện ủy",
                     "Các cơ quan, đơn vị dự họp", "T/M HUYỆN ỦY"]},
]


def main():
    for i, q in enumerate(Q, 1):
        q["id"] = f"rb{i:03d}"
    order = ["id", "question", "answerable", "kind", "evidence", "keywords", "history", "actors"]
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for q in Q:
            f.write(json.dumps({k: q[k] for k in order if k in q}, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for w in WW:
            f.write(json.dumps(w, ensure_ascii=False) + "\n")
    print(f"wrote {len(Q)} questions, {len(WW)} who-what lines")


if __name__ == "__main__":
    main()

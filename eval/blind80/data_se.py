#!/usr/bin/env python3
"""Questions and who-what gold for blind80; writes questions.jsonl and who_what.jsonl.

Run directly or via build_se.py.
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
F1 = "se01_kehoach_tuyentruyen.docx"
F2 = "se02_congvan_canhbao.txt"
F3 = "se03_huongdan_chuyende.md"
F4 = "se04_baocao_luadao.pdf"
F5 = "se05_thongbao_cuocthi.txt"


def N(s):
    return unicodedata.normalize("NFC", s)


Q = []  # (key, question, kind, evidence[(file, quote)], keywords, history_key, actors)


def q(key, question, kind, ev=(), kw=(), hist=None, actors=None):
    Q.append((key, question, kind, list(ev), list(kw), hist, actors))


def u(key, question, kind="unanswerable", hist=None):
    Q.append((key, question, kind, None, [], hist, None))


# ---- se01: Kế hoạch 187/KH-UBND -------------------------------------------------------------
q("budget", "Tổng kinh phí năm 2025 cho kế hoạch tuyên truyền chống lừa đảo trực tuyến của tỉnh là bao nhiêu?",
  "factoid", [(F1, "Tổng kinh phí thực hiện Kế hoạch năm 2025 là 1.860.000.000 đồng")], ["1.860.000.000 đồng"])
q("budget_fu", "Trong đó ngân sách tỉnh chi bao nhiêu, phần còn lại lấy ở đâu?", "follow-up",
  [(F1, "ngân sách tỉnh 1.420.000.000 đồng; nguồn xã hội hóa 440.000.000 đồng")],
  ["1.420.000.000 đồng", "440.000.000 đồng"], hist="budget")
u("u_budget26", "kinh phi KH 187 nam 2026 du kien bao nhieu?")
q("ww_stttt", "Sở TT&TT giữ vai trò gì và phải làm những việc gì theo KH 187/KH-UBND?", "who-what",
  [(F1, "Sở Thông tin và Truyền thông là cơ quan thường trực, có trách nhiệm chủ trì, theo dõi, hướng dẫn "
        "triển khai Kế hoạch"),
   (F1, "thiết lập hộp thư canhbao@quanghien.gov.vn để tiếp nhận phản ánh của người dân về tin giả")],
  ["cơ quan thường trực"], actors=["Sở Thông tin và Truyền thông"])
q("camnang", "Cẩm nang nhận diện lừa đảo trực tuyến phải phát hành xong trước ngày nào?", "factoid",
  [(F1, "Hoàn thành trước ngày 31/3/2025"),
   (F1, "Biên soạn, phát hành \"Cẩm nang nhận diện lừa đảo trực tuyến\" và bộ tờ rơi cảnh báo")], ["31/3/2025"])
q("chitieu", "KH 187 đặt ra những chỉ tiêu gì cho năm 2025?", "list",
  [(F1, "Ít nhất 90% người dân trên địa bàn tỉnh được tiếp cận thông tin cảnh báo"),
   (F1, "100% trường trung học cơ sở, trung học phổ thông, trung tâm giáo dục nghề nghiệp"),
   (F1, "Ít nhất 70% hội viên Hội Người cao tuổi được phổ biến"),
   (F1, "100% Đài truyền thanh cấp xã phát bản tin cảnh báo định kỳ ít nhất 02 lần/tuần"),
   (F1, "Giảm ít nhất 15% số vụ lừa đảo trực tuyến được trình báo so với năm 2024")],
  ["90%", "70%", "15%"])
q("nct70", "ke hoach cua tinh yeu cau bao nhieu phan tram hoi vien hoi nguoi cao tuoi duoc pho bien cach nhan "
  "dien cuoc goi gia danh", "no-diacritics",
  [(F1, "Ít nhất 70% hội viên Hội Người cao tuổi được phổ biến cách nhận diện cuộc gọi giả danh")], ["70%"])
u("u_phuongkhe_target", "Chỉ tiêu giảm số vụ lừa đảo trực tuyến năm 2025 giao riêng cho huyện Phương Khê là "
  "bao nhiêu phần trăm?")
q("ww_nct", "Hội Người cao tuổi tỉnh được giao việc gì trong kế hoạch của UBND tỉnh?", "who-what",
  [(F1, "Hội Người cao tuổi tỉnh tổ chức tuyên truyền ít nhất 01 buổi/quý tại mỗi chi hội")],
  ["01 buổi/quý"], actors=["Hội Người cao tuổi tỉnh"])
q("ww_tinhdoan", "Theo kế hoạch tỉnh thì Tỉnh đoàn phải làm gì?", "who-what",
  [(F1, "Tỉnh đoàn chủ trì tổ chức cuộc thi trực tuyến tìm hiểu kỹ năng an toàn trên không gian mạng"),
   (F1, "thành lập đội hình thanh niên tình nguyện hỗ trợ người cao tuổi cài đặt bảo mật điện thoại")],
  ["đội hình thanh niên tình nguyện"], actors=["Tỉnh đoàn"])
q("kh_signer", "Ai ký kế hoạch tuyên truyền phòng chống lừa đảo năm 2025 của UBND tỉnh?", "metadata",
  [(F1, "PHÓ CHỦ TỊCH (Đã ký) Quách Minh Thuận")], ["Quách Minh Thuận"])
q("kh_date", "KH 187 ban hành ngày nào?", "metadata",
  [(F1, "Hiển Xuyên, ngày 18 tháng 11 năm 2024")], ["18 tháng 11 năm 2024"])
q("hopthu", "Hộp thư nhận phản ánh tin giả của Sở TT&TT là gì?", "abbreviation",
  [(F1, "thiết lập hộp thư canhbao@quanghien.gov.vn")], ["canhbao@quanghien.gov.vn"])
q("ww_taichinh", "Sở Tài chính phải làm gì trong KH 187?", "who-what",
  [(F1, "Sở Tài chính có trách nhiệm thẩm định, tham mưu UBND tỉnh bố trí kinh phí trong dự toán năm 2025")],
  ["dự toán năm 2025"], actors=["Sở Tài chính"])
q("bc6thang", "Các sở ngành, địa phương gửi báo cáo 6 tháng về Sở TT&TT hạn chót ngày nào?", "abbreviation",
  [(F1, "báo cáo kết quả 6 tháng trước ngày 10/6/2025")], ["10/6/2025"])
q("bcnam", "Còn báo cáo cả năm?", "follow-up",
  [(F1, "báo cáo năm trước ngày 25/11/2025")], ["25/11/2025"], hist="bc6thang")
q("lienhe_kh", "lien he ai o so thong tin truyen thong de hoi ve ke hoach 187", "no-diacritics",
  [(F1, "ông Tạ Quang Khải, Phó Trưởng phòng Thông tin - Báo chí - Xuất bản"),
   (F1, "điện thoại 0912 468 305")], ["Tạ Quang Khải", "0912 468 305"])
q("ww_ubndhuyen", "UBND các huyện, thị xã, thành phố được giao làm gì, hạn khi nào?", "who-what",
  [(F1, "UBND các huyện, thị xã, thành phố xây dựng kế hoạch triển khai trên địa bàn trước ngày 31/12/2024")],
  ["31/12/2024"], actors=["UBND các huyện, thị xã, thành phố"])
q("chuyenmuc", "Chuyên mục trên Đài PT-TH tỉnh tên là gì, phát mấy lần?", "abbreviation",
  [(F1, "Mở chuyên mục \"Cảnh giác trên mạng\" trên sóng phát thanh, truyền hình"),
   (F1, "Từ tháng 01/2025, phát định kỳ hằng tuần")], ["Cảnh giác trên mạng", "hằng tuần"])
q("ww_btg", "Ban Tuyên giáo Tỉnh ủy được đề nghị những gì?", "who-what",
  [(F1, "đưa nội dung phòng, chống lừa đảo trực tuyến vào chương trình hội nghị báo cáo viên hằng tháng")],
  ["hội nghị báo cáo viên"], actors=["Ban Tuyên giáo Tỉnh ủy"])
u("u_phat", "Mức phạt tiền khi chia sẻ tin giả được KH 187 quy định là bao nhiêu?")
u("u_in_camnang", "Sở TT&TT được bố trí bao nhiêu tiền riêng để in 12.000 cuốn cẩm nang?")

# ---- se02: Công văn 1742/STTTT-BCXB ---------------------------------------------------------
q("cv_vv", "CV 1742 của Sở TT&TT nói về việc gì?", "metadata",
  [(F2, "V/v cảnh báo thủ đoạn lừa đảo"), (F2, "trực tuyến dịp cuối năm và Tết Nguyên đán Ất Tỵ 2025")],
  ["cảnh báo thủ đoạn lừa đảo"])
q("cv_signer", "Công văn cảnh báo lừa đảo dịp Tết Ất Tỵ do ai ký, ký ngày nào?", "metadata",
  [(F2, "(Đã ký) Mạc Đình Khiêm"), (F2, "Hiển Xuyên, ngày 09 tháng 12 năm 2024")],
  ["Mạc Đình Khiêm", "09 tháng 12 năm 2024"])
q("hotline", "so duong day nong cong an tinh de bao tin lua dao la so may", "no-diacritics",
  [(F2, "Công an tỉnh: 069.2 418 226 (tiếp nhận 24/7)")], ["069.2 418 226"])
q("hotline_fu", "Còn muốn phản ánh tin giả thì gọi số nào?", "follow-up",
  [(F2, "số điện thoại 0225.3 914 702 của Sở Thông tin và Truyền thông")], ["0225.3 914 702"], hist="hotline")
q("thudoan", "Công văn 1742 cảnh báo những chiêu lừa nào?", "list",
  [(F2, "Giả danh cán bộ công an, viện kiểm sát, tòa án gọi điện thông báo"),
   (F2, "Tuyển cộng tác viên \"việc nhẹ lương cao\""),
   (F2, "Giả danh giáo viên, nhân viên y tế gọi cho phụ huynh"),
   (F2, "khuôn mặt, giọng nói (deepfake)")],
  ["việc nhẹ lương cao", "deepfake"])
q("caodiem", "Tháng cao điểm tuyên truyền chống lừa đảo trực tuyến kéo dài từ bao giờ đến bao giờ?", "factoid",
  [(F2, "từ ngày 15/12/2024 đến hết ngày 15/02/2025")], ["15/12/2024", "15/02/2025"])
q("tuan3lan", "dai truyen thanh xa phai phat ban tin canh bao may lan 1 tuan trong dip cao diem", "no-diacritics",
  [(F2, "phát bản tin cảnh báo ít nhất 03 lần/tuần trong thời gian cao điểm")], ["03 lần/tuần"])
q("khunggio", "Phát vào giờ nào?", "follow-up",
  [(F2, "vào khung giờ từ 6 giờ 00 đến 6 giờ 30 và từ 17 giờ 00 đến 17 giờ 30")], ["6 giờ 00", "17 giờ 00"],
  hist="tuan3lan")
q("ww_sgd_cv", "Theo CV 1742, Sở GD&ĐT phải làm gì?", "who-what",
  [(F2, "Sở Giáo dục và Đào tạo gửi thông báo cảnh báo thủ đoạn giả danh giáo viên, nhân viên y tế đến phụ "
        "huynh học sinh qua sổ liên lạc điện tử")],
  ["sổ liên lạc điện tử"], actors=["Sở Giáo dục và Đào tạo"])
q("ww_sgd_kh", "Thế trong kế hoạch của tỉnh thì Sở này được giao gì?", "follow-up",
  [(F1, "gửi tin nhắn cảnh báo đến phụ huynh qua sổ liên lạc điện tử ít nhất 01 lần/tháng")],
  ["01 lần/tháng"], hist="ww_sgd_cv", actors=["Sở Giáo dục và Đào tạo"])
q("ww_pvhtt", "Phòng Văn hóa và Thông tin các huyện phải làm gì trong đợt cao điểm chống lừa đảo?", "who-what",
  [(F2, "giao Phòng Văn hóa và Thông tin chủ trì, phối hợp với Công an cấp huyện hướng dẫn Đài truyền thanh "
        "các xã, phường, thị trấn")],
  ["Công an cấp huyện"], actors=["Phòng Văn hóa và Thông tin"])
u("u_cv1743", "Công văn 1743/STTTT-BCXB yêu cầu các huyện làm gì?")
q("dangtai", "cac so nganh phai dang cong van canh bao len cong thong tin dien tu truoc ngay nao", "no-diacritics",
  [(F2, "đăng tải trên cổng/trang thông tin điện tử của đơn vị trước ngày 20/12/2024")], ["20/12/2024"])
q("ww_hoi_cv", "Hội NCT và Hội LHPN tỉnh được đề nghị gì trong CV 1742?", "who-what",
  [(F2, "lồng ghép nội dung cảnh báo tại các buổi sinh hoạt chi hội tháng 12/2024 và tháng 01/2025")],
  ["tháng 12/2024", "tháng 01/2025"], actors=["Hội Người cao tuổi tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"])
u("u_ngoaigio", "Số điện thoại của Sở TT&TT nhận phản ánh tin giả ngoài giờ hành chính là số nào?")
q("cv_lienhe", "Đầu mối liên hệ của CV 1742 là ai, số điện thoại bao nhiêu?", "abbreviation",
  [(F2, "bà Đinh Thị Thu Trang, chuyên viên Phòng Thông tin - Báo chí - Xuất bản, điện thoại 0987 305 164")],
  ["Đinh Thị Thu Trang", "0987 305 164"])
q("thongke11", "11 tháng năm 2024 Công an tỉnh nhận bao nhiêu tin báo lừa đảo trên mạng?", "factoid",
  [(F2, "Trong 11 tháng năm 2024, Công an tỉnh tiếp nhận 341 tin báo")], ["341"])

# ---- se03: Hướng dẫn 418/HD-PGDĐT ----------------------------------------------------------
q("maukhe", "Chuyên đề Em lướt mạng an toàn ở THCS Mậu Khê tổ chức hôm nào, mấy giờ?", "factoid",
  [(F3, "THCS Mậu Khê | 19/02/2025 | 14 giờ 00 - 15 giờ 30")], ["19/02/2025", "14 giờ 00"])
q("ichphu", "the truong Ich Phu?", "follow-up",
  [(F3, "THCS Ích Phú | 26/02/2025 | 7 giờ 30 - 9 giờ 00")], ["26/02/2025"], hist="maukhe")
q("ca2", "truong co tren 600 hoc sinh thi to chuc chuyen de the nao", "no-diacritics",
  [(F3, "trường có trên 600 học sinh chia thành 02 ca")], ["02 ca"])
q("lieudong", "Buổi chuyên đề của trường Liêu Đồng tổ chức ở đâu?", "factoid",
  [(F3, "PTDTBT THCS Liêu Đồng | 19/3/2025 | 8 giờ 00 - 9 giờ 30 | Nhà văn hóa bản Thẳm Hon")],
  ["Nhà văn hóa bản Thẳm Hon"])
u("u_dathoa", "Thế trường THCS Đạt Hòa tổ chức ở đâu?", kind="follow-up", hist="lieudong")
q("ww_hieutruong", "Hiệu trưởng các trường THCS phải làm gì theo HD 418?", "who-what",
  [(F3, "Hiệu trưởng các trường THCS có trách nhiệm bố trí hội trường, âm thanh, máy chiếu")],
  ["máy chiếu"], actors=["Hiệu trưởng các trường THCS"])
q("hieutruong_fu", "Vậy báo cáo kết quả về Phòng hạn bao lâu?", "follow-up",
  [(F3, "về Phòng trong vòng 05 ngày làm việc sau khi tổ chức")], ["05 ngày làm việc"], hist="ww_hieutruong")
q("ww_huyendoan", "Huyện đoàn Tường Lĩnh được đề nghị làm gì ở các buổi chuyên đề?", "who-what",
  [(F3, "tổ chức trò chơi tương tác \"Ai nhanh hơn kẻ lừa đảo\"")], ["Ai nhanh hơn kẻ lừa đảo"],
  actors=["Huyện đoàn Tường Lĩnh"])
q("hd_so", "Hướng dẫn tổ chức chuyên đề an toàn mạng cho học sinh THCS của huyện Tường Lĩnh số mấy, ngày nào?",
  "metadata", [(F3, "Số: 418/HD-PGDĐT Tường Lĩnh, ngày 06 tháng 01 năm 2025")],
  ["418/HD-PGDĐT", "06 tháng 01 năm 2025"])
q("hd_signer", "Ai ký HD 418?", "metadata", [(F3, "TRƯỞNG PHÒNG (Đã ký) Hứa Thị Mai Lan")], ["Hứa Thị Mai Lan"])
u("u_thpt", "Lịch chuyên đề an toàn mạng ở trường THPT Tường Lĩnh là ngày nào?")
q("ww_gvcn", "GVCN các trường THCS ở Tường Lĩnh phải làm gì?", "who-what",
  [(F3, "lồng ghép nội dung an toàn trên không gian mạng vào tiết sinh hoạt lớp ít nhất 01 tiết/tháng")],
  ["01 tiết/tháng"], actors=["Giáo viên chủ nhiệm"])
q("bpcm", "Bộ phận chuyên môn THCS của PGDĐT Tường Lĩnh phải gửi báo cáo tổng hợp lên Sở trước ngày nào?",
  "abbreviation",
  [(F3, "tổng hợp kết quả báo cáo Sở Giáo dục và Đào tạo và UBND huyện trước ngày 15/4/2025")], ["15/4/2025"])
q("nhuantrach", "bao cao vien o truong Nhuan Trach la ai", "no-diacritics",
  [(F3, "THCS Nhuận Trạch | 05/3/2025 | 14 giờ 00 - 15 giờ 30 | Hội trường UBND xã Nhuận Trạch | Giáo viên "
        "Tin học cốt cán")], ["Giáo viên Tin học cốt cán"])
q("hd_cancu", "HD 418 căn cứ và thực hiện những văn bản nào?", "list",
  [(F3, "Căn cứ Kế hoạch số 187/KH-UBND ngày 18/11/2024"),
   (F3, "Căn cứ Công văn số 2096/SGDĐT-GDTrH ngày 20/12/2024"),
   (F3, "Thực hiện Kế hoạch số 09/KH-UBND ngày 27/12/2024")],
  ["187/KH-UBND", "2096/SGDĐT-GDTrH", "09/KH-UBND"])
u("u_cv2096", "Công văn 2096/SGDĐT-GDTrH yêu cầu mỗi trường THCS tổ chức mấy buổi chuyên đề?")
q("ww_ttvh", "Trung tâm Văn hóa, Thể thao và Truyền thông huyện được đề nghị gì trong HD 418?", "who-what",
  [(F3, "Đề nghị Trung tâm Văn hóa, Thể thao và Truyền thông huyện đưa tin về các buổi chuyên đề")],
  ["đưa tin"], actors=["Trung tâm Văn hóa, Thể thao và Truyền thông huyện"])
u("u_sohs", "Đã có bao nhiêu học sinh ở Tường Lĩnh dự chuyên đề Em lướt mạng an toàn rồi?")

# ---- se04: Báo cáo 1156/BC-CAT-PA05 --------------------------------------------------------
q("tinbao2024", "Năm 2024 cả tỉnh có bao nhiêu tin báo lừa đảo chiếm đoạt tài sản qua mạng?", "factoid",
  [(F4, "Công an tỉnh tiếp nhận 376 tin báo, tố giác")], ["376"])
q("thiethai", "Thiệt hại tổng cộng là bao nhiêu?", "follow-up",
  [(F4, "tổng thiệt hại khoảng 31,86 tỷ đồng")], ["31,86 tỷ đồng"], hist="tinbao2024")
q("tracson", "Huyện Trạc Sơn năm 2024 bị thiệt hại bao nhiêu vì lừa đảo qua mạng?", "factoid",
  [(F4, "Huyện Trạc Sơn 35 4 2.954 330")], ["2.954"])
q("vegiang", "con huyen Ve Giang?", "follow-up",
  [(F4, "Huyện Vệ Giang 31 3 2.487 275")], ["2.487"], hist="tracson")
q("caonhat", "Địa bàn nào nhiều tin báo lừa đảo nhất năm 2024?", "factoid",
  [(F4, "Thành phố Hiển Xuyên là địa bàn có số tin báo cao nhất (142 tin báo, chiếm 37,8%)")],
  ["Hiển Xuyên", "142"])
q("khoito", "nam 2024 khoi to bao nhieu vu, bao nhieu bi can lua dao qua mang", "no-diacritics",
  [(F4, "Đã khởi tố 41 vụ, 57 bị can")], ["41 vụ", "57 bị can"])
q("vulon", "Vụ bị lừa nhiều tiền nhất năm 2024 xảy ra ở đâu, bao nhiêu tiền?", "factoid",
  [(F4, "Vụ việc có thiệt hại lớn nhất xảy ra tại huyện Phương Khê"),
   (F4, "chiếm đoạt 1,35 tỷ đồng trong 03 ngày")], ["Phương Khê", "1,35 tỷ đồng"])
q("cuocgoi", "Đường dây nóng CA tỉnh năm 2024 nhận bao nhiêu cuộc gọi?", "abbreviation",
  [(F4, "tiếp nhận 2.316 cuộc gọi")], ["2.316"])
q("ww_pa05", "Theo báo cáo của Công an tỉnh, năm 2025 PA05 phải làm gì?", "who-what",
  [(F4, "ra bản tin \"Cảnh báo thủ đoạn mới\" gửi Sở Thông tin và Truyền thông trước ngày 05 hằng tháng")],
  ["trước ngày 05 hằng tháng"],
  actors=["Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (PA05)"])
q("ww_cahuyen", "Công an các huyện, thị xã, thành phố có trách nhiệm gì năm 2025?", "who-what",
  [(F4, "mỗi xã, phường, thị trấn xây dựng ít nhất 01 \"Tổ tự quản an toàn mạng\" trước ngày 30/9/2025")],
  ["30/9/2025"], actors=["Công an các huyện, thị xã, thành phố"])
q("bosung", "Công an tỉnh xin UBND tỉnh bổ sung bao nhiêu tiền, để làm gì?", "factoid",
  [(F4, "bổ sung kinh phí 350.000.000 đồng để Công an tỉnh mua sắm thiết bị phục vụ truy vết giao dịch")],
  ["350.000.000 đồng"])
u("u_duyet", "UBND tỉnh đồng ý chi khoản đó chưa?", kind="follow-up", hist="bosung")
u("u_thuhoi23", "nam 2023 cong an tinh thu hoi tra lai cho nguoi bi hai bao nhieu tien")
u("u_lungtham_q1", "Quý I/2025 huyện Lũng Thắm có bao nhiêu vụ lừa đảo qua mạng?")
q("bc_so", "Báo cáo kết quả chống lừa đảo trên mạng năm 2024 của Công an tỉnh số bao nhiêu, ngày nào?", "metadata",
  [(F4, "Số: 1156/BC-CAT-PA05"), (F4, "Hiển Xuyên, ngày 08 tháng 01 năm 2025")],
  ["1156/BC-CAT-PA05", "08 tháng 01 năm 2025"])
q("bc_signer", "Ai ký BC 1156?", "metadata", [(F4, "Đại tá Khổng Văn Tiệp")], ["Khổng Văn Tiệp"])
q("muctieu20", "muc tieu nam 2025 nang ty le thu hoi tai san len bao nhieu", "no-diacritics",
  [(F4, "nâng tỷ lệ thu hồi tài sản lên trên 20%")], ["trên 20%"])
u("u_hs_tracson", "Năm 2024 huyện Trạc Sơn có bao nhiêu học sinh bị lừa qua mạng?")
q("ww_nct_bc", "Hội Người cao tuổi tỉnh được Công an tỉnh đề nghị gì?", "who-what",
  [(F4, "nhân rộng mô hình \"Ông bà dùng mạng an toàn\" ra tất cả các huyện, thị xã, thành phố")],
  ["Ông bà dùng mạng an toàn"], actors=["Hội Người cao tuổi tỉnh"])
q("nganchan", "Công an chặn kịp được bao nhiêu trường hợp sắp chuyển tiền cho kẻ lừa?", "factoid",
  [(F4, "Ngăn chặn kịp thời 63 trường hợp"), (F4, "giữ lại cho người dân khoảng 5,7 tỷ đồng")], ["63 trường hợp", "5,7 tỷ đồng"])

# ---- se05: Thông báo 96-TB/TĐTN-TG ---------------------------------------------------------
q("bang", "Cuộc thi Lướt mạng an toàn - Không sập bẫy lừa chia mấy bảng, bảng A dành cho ai?", "factoid",
  [(F5, "từ đủ 12 tuổi trở lên, chia thành 02 bảng"),
   (F5, "Bảng A dành cho học sinh THCS, THPT và học viên giáo dục thường xuyên")], ["Bảng A"])
q("tuan1", "Tuần thi thứ nhất bắt đầu và kết thúc lúc nào?", "factoid",
  [(F5, "Tuần 1: từ 8 giờ 00 ngày 10/3/2025 đến 20 giờ 00 ngày 16/3/2025")], ["10/3/2025", "16/3/2025"])
q("tuan3", "Còn tuần 3?", "follow-up",
  [(F5, "Tuần 3: từ 8 giờ 00 ngày 24/3/2025 đến 20 giờ 00 ngày 30/3/2025")], ["24/3/2025", "30/3/2025"],
  hist="tuan1")
q("giainhat", "giai nhat tuan duoc thuong bao nhieu tien", "no-diacritics",
  [(F5, "Giải tuần: Giải Nhất | 01 giải/tuần | 2.000.000 đồng")], ["2.000.000 đồng"])
q("kk", "Mỗi tuần có mấy giải khuyến khích?", "follow-up",
  [(F5, "Giải tuần: Giải Khuyến khích | 10 giải/tuần | 200.000 đồng")], ["10 giải/tuần"], hist="giainhat")
q("tonggiai", "Tổng giải thưởng của cuộc thi là bao nhiêu tiền?", "factoid",
  [(F5, "Tổng giá trị giải thưởng là 40.500.000 đồng")], ["40.500.000 đồng"])
q("nguon", "Tiền đó lấy từ nguồn nào?", "follow-up",
  [(F5, "trích từ kinh phí Kế hoạch số 187/KH-UBND và nguồn tài trợ của Chi nhánh Viễn thông Quang Hiển")],
  ["Chi nhánh Viễn thông Quang Hiển"], hist="tonggiai")
q("caotuoi", "giai thi sinh cao tuoi tieu bieu danh cho nguoi tu bao nhieu tuoi", "no-diacritics",
  [(F5, "trao cho thí sinh Bảng B từ 70 tuổi trở lên")], ["70 tuổi"])
q("daumoi", "Các huyện đoàn phải đăng ký cán bộ đầu mối với Ban TG Tỉnh đoàn trước ngày nào?", "abbreviation",
  [(F5, "gửi về Ban Tuyên giáo Tỉnh đoàn trước ngày 05/3/2025")], ["05/3/2025"])
q("ww_ttttn", "Trung tâm Hoạt động Thanh thiếu nhi tỉnh lo phần việc gì trong cuộc thi?", "who-what",
  [(F5, "Trung tâm Hoạt động Thanh thiếu nhi tỉnh: bảo đảm kỹ thuật trang thi, chống gian lận")],
  ["chống gian lận"], actors=["Trung tâm Hoạt động Thanh thiếu nhi tỉnh"])
u("u_dacbiet", "Giải đặc biệt của cuộc thi Lướt mạng an toàn trị giá bao nhiêu?")
q("tb_so", "Thông báo về cuộc thi Lướt mạng an toàn số mấy, ra ngày nào?", "metadata",
  [(F5, "Số: 96-TB/TĐTN-TG Hiển Xuyên, ngày 20 tháng 02 năm 2025")], ["96-TB/TĐTN-TG", "20 tháng 02 năm 2025"])
q("tb_signer", "Ai ký TB 96 của Tỉnh đoàn?", "metadata",
  [(F5, "PHÓ BÍ THƯ (Đã ký) Âu Minh Quyết")], ["Âu Minh Quyết"])
q("ww_hoi_tb", "Trong TB 96, Hội NCT tỉnh với Hội LHPN tỉnh được đề nghị gì?", "who-what",
  [(F5, "Đề nghị Hội Người cao tuổi tỉnh, Hội Liên hiệp Phụ nữ tỉnh vận động hội viên tham gia Bảng B")],
  ["Bảng B"], actors=["Hội Người cao tuổi tỉnh", "Hội Liên hiệp Phụ nữ tỉnh"])
q("luot", "moi thi sinh duoc thi toi da may luot 1 tuan", "no-diacritics",
  [(F5, "Mỗi thí sinh được thi tối đa 02 lượt/tuần")], ["02 lượt/tuần"])
q("dulieu", "Ban tổ chức dùng thông tin cá nhân của thí sinh vào việc gì, có chia sẻ cho ai không?", "factoid",
  [(F5, "chỉ sử dụng họ tên, số điện thoại, đơn vị của thí sinh vào mục đích xét, trao giải và không chia sẻ "
        "cho bên thứ ba")], ["không chia sẻ cho bên thứ ba"])
q("xoa", "Dữ liệu đó giữ bao lâu thì xóa?", "follow-up",
  [(F5, "dữ liệu đăng ký sẽ bị xóa sau 90 ngày kể từ ngày tổng kết Cuộc thi")], ["90 ngày"], hist="dulieu")
q("ww_huyendoan_tb", "Các huyện đoàn, thành đoàn, thị đoàn phải vận động bao nhiêu đoàn viên dự thi và báo cáo khi "
  "nào?", "who-what",
  [(F5, "vận động ít nhất 30% đoàn viên tham gia; báo cáo số lượt thi của đơn vị trước ngày 04/4/2025")],
  ["30%", "04/4/2025"], actors=["Các huyện đoàn, thành đoàn, thị đoàn và đoàn trực thuộc"])
q("thamdinh", "cau hoi cuoc thi phai gui cong an tinh tham dinh truoc ngay nao", "no-diacritics",
  [(F5, "thẩm định nội dung câu hỏi trước ngày 28/02/2025")], ["28/02/2025"])
u("u_giaitapthe", "Giải nhất tập thể cuộc thi Lướt mạng an toàn năm 2025 thuộc về đơn vị nào?")
u("u_sdt_quyet", "Số điện thoại của đồng chí Âu Minh Quyết là bao nhiêu?")
u("u_kk_tapthe", "Giải khuyến khích tập thể trong TB 96 được bao nhiêu tiền?")
u("u_tuan4", "Hạn chót làm bài thi tuần 4 là ngày nào?")
q("tb_lienhe", "Hỏi về thể lệ cuộc thi thì liên hệ ai?", "factoid",
  [(F5, "đồng chí Tăng Thị Hồng Nhung, Phó Trưởng Ban Tuyên giáo Tỉnh đoàn, điện thoại 0976 514 208")],
  ["Tăng Thị Hồng Nhung", "0976 514 208"])

# ---- corpus-level and further near-misses ---------------------------------------------------
q("c_kh187", "Có mấy văn bản trong bộ tài liệu căn cứ hoặc thực hiện KH 187/KH-UBND?", "corpus",
  [(F2, "Thực hiện Kế hoạch số 187/KH-UBND ngày 18/11/2024"),
   (F3, "Căn cứ Kế hoạch số 187/KH-UBND ngày 18/11/2024"),
   (F4, "Thực hiện Kế hoạch số 187/KH-UBND ngày 18/11/2024"),
   (F5, "Thực hiện Kế hoạch số 187/KH-UBND ngày 18/11/2024")], ["187/KH-UBND"])
q("c_lich", "Văn bản nào có lịch chuyên đề theo từng trường?", "corpus",
  [(F3, "| TT | Trường | Ngày tổ chức | Thời gian | Địa điểm | Báo cáo viên |")], ["418/HD-PGDĐT"])
q("c_hotline", "Những văn bản nào có nhắc tới đường dây nóng 069.2 418 226?", "corpus",
  [(F2, "Công an tỉnh: 069.2 418 226 (tiếp nhận 24/7)"),
   (F3, "gọi đường dây nóng 069.2 418 226 của Công an tỉnh"),
   (F4, "Đường dây nóng 069.2 418 226 tiếp nhận 2.316 cuộc gọi")], ["069.2 418 226"])
q("c_bang", "Văn bản nào có bảng số liệu thiệt hại theo từng huyện?", "corpus",
  [(F4, "Bảng 1. Số liệu tin báo, thiệt hại theo đơn vị hành chính cấp huyện")], ["1156/BC-CAT-PA05"])
q("c_somnhat", "Trong bộ văn bản này, văn bản nào ban hành sớm nhất?", "corpus",
  [(F1, "Hiển Xuyên, ngày 18 tháng 11 năm 2024"), (F2, "Hiển Xuyên, ngày 09 tháng 12 năm 2024"),
   (F3, "Tường Lĩnh, ngày 06 tháng 01 năm 2025"), (F4, "Hiển Xuyên, ngày 08 tháng 01 năm 2025"),
   (F5, "Hiển Xuyên, ngày 20 tháng 02 năm 2025")], ["18 tháng 11 năm 2024"])
u("u_qd512", "Quyết định số 512/QĐ-UBND phê duyệt đề án bảo vệ dữ liệu cá nhân của tỉnh ban hành ngày nào?")
u("u_ca_tuonglinh", "Số điện thoại đường dây nóng của Công an huyện Tường Lĩnh là gì?")
u("u_hnd", "theo cv 1742 hoi nong dan tinh phai lam gi")
u("u_kh09", "Kế hoạch 09/KH-UBND của huyện Tường Lĩnh bố trí bao nhiêu kinh phí cho Phòng Văn hóa và Thông tin?")
u("u_phuongkhe_thcs", "Bao nhiêu trường THCS ở huyện Phương Khê đã tổ chức chuyên đề an toàn mạng?")
u("u_lhpn_buoi", "Năm 2024 Hội LHPN tỉnh tổ chức được bao nhiêu buổi tuyên truyền chống lừa đảo qua mạng?")
u("u_kp_truong", "Tổng kinh phí tổ chức chuyên đề ở mỗi trường THCS Tường Lĩnh là bao nhiêu?")


# ---------------------------------------------------------------------------------------------
WHO_WHAT = [
    {"id": "wse01", "directive": "KH 187/KH-UBND", "source": F1, "actors": [
        {"name": "Sở Thông tin và Truyền thông", "role": "thường trực", "deadline": None,
         "task_quote": "Sở Thông tin và Truyền thông là cơ quan thường trực, có trách nhiệm chủ trì, theo dõi, "
                       "hướng dẫn triển khai Kế hoạch"},
        {"name": "Sở Thông tin và Truyền thông", "role": "chủ trì", "deadline": "Hoàn thành trước ngày 31/3/2025",
         "task_quote": "Biên soạn, phát hành \"Cẩm nang nhận diện lừa đảo trực tuyến\" và bộ tờ rơi cảnh báo"},
        {"name": "Công an tỉnh", "role": "chủ trì", "deadline": None,
         "task_quote": "Công an tỉnh chủ trì điều tra, xử lý nghiêm các vụ lừa đảo chiếm đoạt tài sản trên không "
                       "gian mạng"},
        {"name": "Công an tỉnh", "role": "phối hợp", "deadline": "Hoàn thành trước ngày 31/5/2025",
         "task_quote": "Tổ chức chuyên đề kỹ năng an toàn trên không gian mạng cho học sinh"},
        {"name": "Sở Giáo dục và Đào tạo", "role": "chủ trì", "deadline": "Hoàn thành trước ngày 31/5/2025",
         "task_quote": "Tổ chức chuyên đề kỹ năng an toàn trên không gian mạng cho học sinh"},
        {"name": "Sở Giáo dục và Đào tạo", "role": None, "deadline": None,
         "task_quote": "gửi tin nhắn cảnh báo đến phụ huynh qua sổ liên lạc điện tử ít nhất 01 lần/tháng"},
        {"name": "Đài Phát thanh và Truyền hình tỉnh", "role": "chủ trì",
         "deadline": "Từ tháng 01/2025, phát định kỳ hằng tuần",
         "task_quote": "Mở chuyên mục \"Cảnh giác trên mạng\" trên sóng phát thanh, truyền hình"},
        {"name": "Báo Quang Hiển", "role": None, "deadline": None,
         "task_quote": "dành thời lượng phù hợp, bố trí khung giờ phát sóng thuận lợi cho chuyên mục"},
        {"name": "Hội Người cao tuổi tỉnh", "role": "chủ trì", "deadline": "Định kỳ hằng quý trong năm 2025",
         "task_quote": "Tuyên truyền cho người cao tuổi tại sinh hoạt chi hội, câu lạc bộ liên thế hệ"},
        {"name": "Hội Liên hiệp Phụ nữ tỉnh", "role": "phối hợp", "deadline": None,
         "task_quote": "phối hợp với Hội Liên hiệp Phụ nữ tỉnh xây dựng mô hình \"Ông bà dùng mạng an toàn\""},
        {"name": "Tỉnh đoàn", "role": "chủ trì", "deadline": "Tổ chức trong tháng 3 và tháng 4/2025",
         "task_quote": "Tỉnh đoàn chủ trì tổ chức cuộc thi trực tuyến tìm hiểu kỹ năng an toàn trên không gian "
                       "mạng"},
        {"name": "UBND các xã, phường, thị trấn", "role": "chủ trì",
         "deadline": "Ít nhất 02 lần/tuần, suốt năm 2025",
         "task_quote": "Phát bản tin cảnh báo trên hệ thống truyền thanh cơ sở"},
        {"name": "Công an cấp xã", "role": "phối hợp", "deadline": "Ít nhất 02 lần/tuần, suốt năm 2025",
         "task_quote": "Phát bản tin cảnh báo trên hệ thống truyền thanh cơ sở"},
        {"name": "Sở Tài chính", "role": None, "deadline": None,
         "task_quote": "Sở Tài chính có trách nhiệm thẩm định, tham mưu UBND tỉnh bố trí kinh phí"},
        {"name": "Ban Tuyên giáo Tỉnh ủy", "role": None, "deadline": None,
         "task_quote": "Đề nghị Ban Tuyên giáo Tỉnh ủy quan tâm định hướng công tác tuyên truyền"},
        {"name": "Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", "role": None,
         "deadline": None,
         "task_quote": "tuyên truyền sâu rộng trong đoàn viên, hội viên; nhân rộng mô hình \"Tổ tự quản an toàn "
                       "mạng\""},
        {"name": "UBND các huyện, thị xã, thành phố", "role": None, "deadline": "trước ngày 31/12/2024",
         "task_quote": "xây dựng kế hoạch triển khai trên địa bàn trước ngày 31/12/2024"},
        {"name": "Các sở, ban, ngành, đoàn thể tỉnh và UBND các huyện, thị xã, thành phố", "role": None,
         "deadline": "trước ngày 10/6/2025",
         "task_quote": "báo cáo kết quả 6 tháng trước ngày 10/6/2025, báo cáo năm trước ngày 25/11/2025"},
    ], "intruders": ["Quách Minh Thuận", "Bộ Thông tin và Truyền thông", "Bộ Công an (Cục A05)",
                     "TT Tỉnh ủy, TT HĐND tỉnh", "CT, các PCT UBND tỉnh", "Lưu: VT, KGVX", "UỶ BAN NHÂN DÂN"]},

    {"id": "wse02", "directive": "CV 1742/STTTT-BCXB", "source": F2, "actors": [
        {"name": "Các sở, ban, ngành tỉnh và UBND các huyện, thị xã, thành phố", "role": None,
         "deadline": "trước ngày 20/12/2024",
         "task_quote": "phổ biến nội dung Công văn này đến toàn thể cán bộ, công chức, viên chức, người lao động"},
        {"name": "Báo Quang Hiển", "role": None, "deadline": "từ ngày 15/12/2024 đến hết ngày 15/02/2025",
         "task_quote": "tăng thời lượng, tần suất đưa tin cảnh báo"},
        {"name": "Đài Phát thanh và Truyền hình tỉnh", "role": None,
         "deadline": "từ ngày 15/12/2024 đến hết ngày 15/02/2025",
         "task_quote": "tăng thời lượng, tần suất đưa tin cảnh báo"},
        {"name": "UBND các huyện, thị xã, thành phố", "role": None, "deadline": None,
         "task_quote": "UBND các huyện, thị xã, thành phố giao Phòng Văn hóa và Thông tin chủ trì"},
        {"name": "Phòng Văn hóa và Thông tin", "role": "chủ trì", "deadline": None,
         "task_quote": "Phòng Văn hóa và Thông tin chủ trì, phối hợp với Công an cấp huyện hướng dẫn Đài "
                       "truyền thanh các xã, phường, thị trấn"},
        {"name": "Công an cấp huyện", "role": "phối hợp", "deadline": None,
         "task_quote": "phối hợp với Công an cấp huyện hướng dẫn Đài truyền thanh các xã, phường, thị trấn"},
        {"name": "Đài truyền thanh các xã, phường, thị trấn", "role": None, "deadline": None,
         "task_quote": "phát bản tin cảnh báo ít nhất 03 lần/tuần trong thời gian cao điểm"},
        {"name": "Sở Giáo dục và Đào tạo", "role": None, "deadline": "hoàn thành trước kỳ nghỉ Tết Nguyên đán",
         "task_quote": "gửi thông báo cảnh báo thủ đoạn giả danh giáo viên, nhân viên y tế đến phụ huynh học "
                       "sinh"},
        {"name": "Hội Người cao tuổi tỉnh", "role": "phối hợp", "deadline": None,
         "task_quote": "lồng ghép nội dung cảnh báo tại các buổi sinh hoạt chi hội tháng 12/2024 và tháng 01/2025"},
        {"name": "Hội Liên hiệp Phụ nữ tỉnh", "role": "phối hợp", "deadline": None,
         "task_quote": "lồng ghép nội dung cảnh báo tại các buổi sinh hoạt chi hội tháng 12/2024 và tháng 01/2025"},
    ], "intruders": ["Mạc Đình Khiêm", "UBND tỉnh (để báo cáo)", "Giám đốc, các PGĐ Sở", "Lưu: VT, BCXB",
                     "SỞ THÔNG TIN VÀ TRUYỀN THÔNG", "Công an tỉnh (PA05)"]},

    {"id": "wse03", "directive": "HD 418/HD-PGDĐT", "source": F3, "actors": [
        {"name": "Bộ phận chuyên môn THCS của Phòng Giáo dục và Đào tạo", "role": None,
         "deadline": "trước ngày 15/4/2025",
         "task_quote": "tổng hợp kết quả báo cáo Sở Giáo dục và Đào tạo và UBND huyện trước ngày 15/4/2025"},
        {"name": "Hiệu trưởng các trường THCS", "role": None,
         "deadline": "trong vòng 05 ngày làm việc sau khi tổ chức",
         "task_quote": "có trách nhiệm bố trí hội trường, âm thanh, máy chiếu"},
        {"name": "Giáo viên chủ nhiệm", "role": None, "deadline": "đến hết năm học",
         "task_quote": "lồng ghép nội dung an toàn trên không gian mạng vào tiết sinh hoạt lớp ít nhất 01 "
                       "tiết/tháng"},
        {"name": "Công an huyện", "role": None, "deadline": None,
         "task_quote": "cử cán bộ Đội An ninh làm báo cáo viên theo lịch tại mục 4"},
        {"name": "Huyện đoàn Tường Lĩnh", "role": None, "deadline": None,
         "task_quote": "tổ chức trò chơi tương tác \"Ai nhanh hơn kẻ lừa đảo\" tại các buổi chuyên đề"},
        {"name": "Trung tâm Văn hóa, Thể thao và Truyền thông huyện", "role": None, "deadline": None,
         "task_quote": "Trung tâm Văn hóa, Thể thao và Truyền thông huyện đưa tin về các buổi chuyên đề"},
        {"name": "UBND các xã, thị trấn", "role": None, "deadline": None,
         "task_quote": "giao Đài truyền thanh xã phát thông báo lịch chuyên đề để phụ huynh biết, tham dự"},
    ], "intruders": ["Hứa Thị Mai Lan", "Sở GD&ĐT (để báo cáo)", "UBND huyện (để báo cáo)", "Lưu: VT, CM",
                     "UBND HUYỆN TƯỜNG LĨNH"]},

    {"id": "wse04", "directive": "BC 1156/BC-CAT-PA05", "source": F4, "actors": [
        {"name": "Phòng An ninh mạng và phòng, chống tội phạm sử dụng công nghệ cao (PA05)", "role": "chủ trì",
         "deadline": "trước ngày 05 hằng tháng",
         "task_quote": "ra bản tin \"Cảnh báo thủ đoạn mới\" gửi Sở Thông tin và Truyền thông trước ngày 05 "
                       "hằng tháng"},
        {"name": "Phòng Cảnh sát hình sự", "role": "phối hợp", "deadline": None,
         "task_quote": "Phòng Cảnh sát hình sự tập trung điều tra các vụ án trọng điểm"},
        {"name": "Công an các huyện, thị xã, thành phố", "role": None, "deadline": "trước ngày 30/9/2025",
         "task_quote": "giao Công an cấp xã phối hợp với Đài truyền thanh xã phát cảnh báo ít nhất 02 lần/tuần"},
        {"name": "Phòng Tham mưu", "role": None, "deadline": "trước ngày 15/6/2025",
         "task_quote": "theo dõi, tổng hợp kết quả thực hiện; báo cáo sơ kết 6 tháng gửi UBND tỉnh"},
        {"name": "UBND tỉnh", "role": None, "deadline": None,
         "task_quote": "Đề nghị UBND tỉnh bổ sung kinh phí 350.000.000 đồng"},
        {"name": "Sở Thông tin và Truyền thông", "role": "chủ trì", "deadline": None,
         "task_quote": "gửi tin nhắn cảnh báo theo từng nhóm đối tượng (phụ huynh học sinh, người cao tuổi) ít "
                       "nhất 01 lần/tháng"},
        {"name": "Sở Giáo dục và Đào tạo", "role": None, "deadline": "từ năm học 2025 - 2026",
         "task_quote": "đưa nội dung kỹ năng an toàn trên không gian mạng vào hoạt động trải nghiệm"},
        {"name": "Hội Người cao tuổi tỉnh", "role": None, "deadline": None,
         "task_quote": "nhân rộng mô hình \"Ông bà dùng mạng an toàn\" ra tất cả các huyện, thị xã, thành phố"},
    ], "intruders": ["Đại tá Khổng Văn Tiệp", "Cục A05 - Bộ Công an", "Thường trực Tỉnh ủy", "Lưu: VT, PA05",
                     "CÔNG AN TỈNH QUANG HIỂN"]},

    {"id": "wse05", "directive": "TB 96-TB/TĐTN-TG", "source": F5, "actors": [
        {"name": "Ban Thường vụ Tỉnh đoàn", "role": "chủ trì", "deadline": None,
         "task_quote": "Ban Thường vụ Tỉnh đoàn chủ trì, phối hợp với Sở Thông tin và Truyền thông, Sở Giáo dục "
                       "và Đào tạo và Công an tỉnh tổ chức Cuộc thi"},
        {"name": "Ban Tuyên giáo Tỉnh đoàn", "role": "thường trực", "deadline": None,
         "task_quote": "Ban Tuyên giáo Tỉnh đoàn là bộ phận thường trực của Ban Tổ chức Cuộc thi"},
        {"name": "Ban Tuyên giáo Tỉnh đoàn", "role": "chủ trì", "deadline": "trước ngày 28/02/2025",
         "task_quote": "chủ trì xây dựng thể lệ, phối hợp với Sở Thông tin và Truyền thông biên soạn ngân hàng "
                       "60 câu hỏi"},
        {"name": "Sở Thông tin và Truyền thông", "role": "phối hợp", "deadline": None,
         "task_quote": "phối hợp với Sở Thông tin và Truyền thông biên soạn ngân hàng 60 câu hỏi"},
        {"name": "Công an tỉnh (PA05)", "role": None, "deadline": "trước ngày 28/02/2025",
         "task_quote": "thẩm định nội dung câu hỏi trước ngày 28/02/2025"},
        {"name": "Các huyện đoàn, thành đoàn, thị đoàn và đoàn trực thuộc", "role": None,
         "deadline": "trước ngày 05/3/2025",
         "task_quote": "đăng ký 01 cán bộ đầu mối (họ tên, số điện thoại) gửi về Ban Tuyên giáo Tỉnh đoàn"},
        {"name": "Các huyện đoàn, thành đoàn, thị đoàn và đoàn trực thuộc", "role": None,
         "deadline": "trước ngày 04/4/2025",
         "task_quote": "vận động ít nhất 30% đoàn viên tham gia; báo cáo số lượt thi của đơn vị trước ngày "
                       "04/4/2025"},
        {"name": "Trung tâm Hoạt động Thanh thiếu nhi tỉnh", "role": None, "deadline": None,
         "task_quote": "bảo đảm kỹ thuật trang thi, chống gian lận; hỗ trợ thí sinh qua số điện thoại 0963 402 "
                       "118"},
        {"name": "Sở Giáo dục và Đào tạo", "role": None, "deadline": None,
         "task_quote": "thông báo Cuộc thi đến các trường THCS, THPT và trung tâm giáo dục nghề nghiệp"},
        {"name": "Hội Người cao tuổi tỉnh", "role": None, "deadline": None,
         "task_quote": "Đề nghị Hội Người cao tuổi tỉnh, Hội Liên hiệp Phụ nữ tỉnh vận động hội viên tham gia "
                       "Bảng B"},
        {"name": "Hội Liên hiệp Phụ nữ tỉnh", "role": None, "deadline": None,
         "task_quote": "Hội Liên hiệp Phụ nữ tỉnh vận động hội viên tham gia Bảng B"},
    ], "intruders": ["Âu Minh Quyết", "Trung ương Đoàn (Ban Tuyên giáo)", "Thường trực Tỉnh ủy (để b/c)",
                     "Lưu: VT, TG", "ĐOÀN TNCS HỒ CHÍ MINH", "Ban Tuyên giáo Tỉnh ủy"]},
]


def main():
    ids = {}
    text_of = {}
    for i, (key, *_rest) in enumerate(Q, 1):
        assert key not in ids, key
        ids[key] = "se%03d" % i
        text_of[key] = _rest[0]
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for key, question, kind, ev, kw, hist, actors in Q:
            rec = {"id": ids[key], "question": N(question), "answerable": ev is not None, "kind": kind,
                   "evidence": [{"source": s, "quote": N(qt)} for s, qt in (ev or [])],
                   "keywords": [N(k) for k in kw]}
            if hist:
                rec["history"] = [N(text_of[hist])]
            if actors:
                rec["actors"] = [N(a) for a in actors]
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for rec in WHO_WHAT:
            rec = json.loads(N(json.dumps(rec, ensure_ascii=False)))
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print("wrote questions.jsonl (%d) and who_what.jsonl (%d)" % (len(Q), len(WHO_WHAT)))


if __name__ == "__main__":
    main()

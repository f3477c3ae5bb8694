#!/usr/bin/env python3
"""Write questions.jsonl and who_what.jsonl for blind set 91 (all text invented)."""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
F1 = "hs01_kh45_langhung.txt"
F2 = "hs02_hd12_btgdv.pdf"
F3 = "hs03_ctr28_tinhuy.docx"
F4 = "hs04_tb37_khanhlam.md"
F5 = "hs05_bc64_thinhxuyen.txt"

Q = []  # (key, question, kind, answerable, evidence, keywords, history_key, actors)


def q(key, question, kind, ev=None, kw=None, hist=None, actors=None):
    ans = kind != "unanswerable" and ev is not None
    Q.append((key, question, kind, ans, ev or [], kw or [], hist, actors))


def u(key, question, hist=None, kind="unanswerable"):
    Q.append((key, question, kind, False, [], [], hist, None))


# ---------------- hs01: KH 45-KH/ĐU, Đảng ủy phường Lãng Hưng ----------------
q("a1", "Hội nghị quán triệt CTr 28 của phường Lãng Hưng tổ chức hôm nào, mấy giờ khai mạc?", "factoid",
  [(F1, "khai mạc lúc 07 giờ 30 phút ngày 09 tháng 9 năm 2025 (thứ Ba)")], ["07 giờ 30 phút", "09 tháng 9 năm 2025"])
q("a2", "Ở đâu vậy?", "follow-up",
  [(F1, "Hội trường tầng 2, Trung tâm Phục vụ hành chính công phường, số 18 đường Trần Khánh Dư")],
  ["Hội trường tầng 2", "Trần Khánh Dư"], hist="a1")
q("a3", "bao nhieu dai bieu du hoi nghi quan triet o phuong lang hung", "no-diacritics",
  [(F1, "trưởng 12 khu phố. Tổng số khoảng 160 đại biểu")], ["160"])
q("a4", "Theo KH 45-KH/ĐU thì MTTQ phường Lãng Hưng phải làm gì?", "who-what",
  [(F1, "Ủy ban Mặt trận Tổ quốc phường chủ trì, phối hợp với Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh phường phát động phong trào \"Bình dân học vụ số\""),
   (F1, "hướng dẫn các khu phố thành lập tổ công nghệ số cộng đồng")],
  ["Bình dân học vụ số", "tổ công nghệ số cộng đồng"], actors=["Ủy ban Mặt trận Tổ quốc phường"])
q("a5", "Bao lâu thì phải báo cáo kết quả một lần?", "follow-up",
  [(F1, "định kỳ hằng quý tổng hợp kết quả, báo cáo Đảng ủy (qua Ban Tuyên giáo và Dân vận)")], ["hằng quý"], hist="a4")
q("a6", "KH 45 bố trí bao nhiêu tiền từ ngân sách phường cho chuyển đổi số?", "abbreviation",
  [(F1, "bố trí 350 triệu đồng từ ngân sách phường năm 2025 cho mua sắm thiết bị")], ["350 triệu đồng"])
u("a7", "Kế hoạch 45 của Đảng ủy phường Lãng Hưng dành bao nhiêu kinh phí cho năm 2026?")
q("a8", "Đoàn thanh niên phường Lãng Hưng được giao những việc gì?", "who-what",
  [(F1, "Đoàn Thanh niên phường có trách nhiệm thành lập 12 đội thanh niên tình nguyện \"Hỗ trợ chuyển đổi số\", mỗi khu phố 01 đội"),
   (F1, "hướng dẫn người dân cài đặt, sử dụng ứng dụng VNeID và nộp hồ sơ dịch vụ công trực tuyến")],
  ["12 đội", "VNeID"], actors=["Đoàn Thanh niên phường"])
q("a9", "Còn \"Ngày thứ Bảy số\" thì làm vào hôm nào?", "follow-up",
  [(F1, "duy trì hoạt động \"Ngày thứ Bảy số\" vào thứ Bảy tuần cuối cùng của mỗi tháng")], ["thứ Bảy tuần cuối cùng"], hist="a8")
q("a10", "han chot cac chi bo o lang hung dang ky viec lam cu the ve chuyen doi so la ngay nao", "no-diacritics",
  [(F1, "gửi Ban Tuyên giáo và Dân vận Đảng ủy phường trước ngày 30/9/2025")], ["30/9/2025"])
q("a11", "Vướng mắc khi làm theo kế hoạch học tập CTr 28 ở Lãng Hưng thì liên hệ ai, số máy nào?", "factoid",
  [(F1, "đồng chí Trịnh Thu Hường, Phó Trưởng Ban Tuyên giáo và Dân vận Đảng ủy phường; điện thoại 0912 473 058")],
  ["Trịnh Thu Hường", "0912 473 058"])
q("a12", "Ai ký KH 45-KH/ĐU của ĐU phường Lãng Hưng?", "metadata",
  [(F1, "Các chi bộ trực thuộc, Nguyễn Hữu Tường")], ["Nguyễn Hữu Tường"])
q("a13", "uy ban kiem tra dang uy phuong lang hung phai kiem tra it nhat bao nhieu chi bo", "no-diacritics",
  [(F1, "lựa chọn kiểm tra ít nhất 04 chi bộ")], ["04 chi bộ"])
u("a15", "Mỗi đội thanh niên tình nguyện hỗ trợ CĐS của phường Lãng Hưng được cấp bao nhiêu kinh phí hoạt động?")
q("a16", "Văn phòng Đảng ủy phường Lãng Hưng chịu trách nhiệm việc gì, hạn chót khi nào?", "who-what",
  [(F1, "Giao Văn phòng Đảng ủy phường chủ trì, phối hợp với Công an phường triển khai ứng dụng \"Sổ tay đảng viên điện tử\" đến 100% đảng viên"),
   (F1, "hoàn thành trước ngày 31/12/2025; bảo đảm an toàn thông tin")],
  ["Sổ tay đảng viên điện tử", "31/12/2025"], actors=["Văn phòng Đảng ủy phường"])
q("a17", "Phó Chủ tịch UBND phường Lãng Hưng trình bày chuyên đề tên gì tại hội nghị?", "abbreviation",
  [(F1, "trình bày chuyên đề \"Chính quyền số phường Lãng Hưng - việc cần làm ngay\"")],
  ["Chính quyền số phường Lãng Hưng - việc cần làm ngay", "Lê Văn Khoát"])
q("a18", "loa truyen thanh o lang hung phat may lan moi ngay, vao luc nao", "no-diacritics",
  [(F1, "phát 02 lần mỗi ngày, vào 06 giờ 00 và 17 giờ 30")], ["02 lần", "06 giờ 00", "17 giờ 30"])
q("a20", "Các chi bộ khu phố và Ban công tác Mặt trận ở Lãng Hưng cần làm gì?", "who-what",
  [(F1, "Các chi bộ khu phố, Ban công tác Mặt trận và các chi hội đoàn thể ở khu phố phối hợp vận động hộ gia đình cài đặt VNeID")],
  ["VNeID"], actors=["Các chi bộ khu phố, Ban công tác Mặt trận và các chi hội đoàn thể ở khu phố"])
u("a21", "Kế hoạch 46-KH/ĐU của Đảng ủy phường Lãng Hưng về chuyển đổi số ban hành ngày nào?")

# ---------------- hs02: HD 12-HD/BTGDVTU ----------------
q("b1", "Chuyên mục \"Hải Thịnh số\" lên sóng mấy giờ, hôm nào?", "factoid",
  [(F2, "phát sóng lúc 20 giờ 15 phút tối thứ Năm hằng tuần trên kênh truyền hình HTTV")], ["20 giờ 15 phút", "thứ Năm"])
q("b2", "Còn trên báo in thì sao?", "follow-up",
  [(F2, "đăng chuyên trang \"Khoa học và Đời sống\" trên báo in 02 kỳ mỗi tháng")], ["Khoa học và Đời sống", "02 kỳ mỗi tháng"], hist="b1")
q("b3", "Cuộc thi trắc nghiệm trực tuyến tìm hiểu KH&CN, CĐS năm 2025 có cơ cấu giải cá nhân thế nào?", "list",
  [(F2, "01 giải nhất (5.000.000 đồng), 02 giải nhì (3.000.000 đồng/giải), 03 giải ba (2.000.000 đồng/giải) và 20 giải khuyến khích (500.000 đồng/giải)")],
  ["5.000.000 đồng", "3.000.000 đồng", "20 giải khuyến khích"])
u("b4", "Giải đặc biệt của cuộc thi tìm hiểu khoa học, công nghệ và chuyển đổi số tỉnh Hải Thịnh 2025 trị giá bao nhiêu?")
u("b5", "Thế giải tập thể thì thưởng bao nhiêu tiền?", hist="b3", kind="follow-up")
q("b6", "Cuộc thi đó diễn ra từ ngày nào đến ngày nào?", "factoid",
  [(F2, "diễn ra từ ngày 19/5/2025 đến ngày 30/6/2025")], ["19/5/2025", "30/6/2025"])
q("b7", "HD 12 giao Sở KH&CN làm những việc gì?", "who-what",
  [(F2, "Sở Khoa học và Công nghệ chủ trì, phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy cung cấp thông tin, số liệu về kết quả chuyển đổi số của tỉnh cho đội ngũ báo cáo viên"),
   (F2, "biên soạn bộ câu hỏi cho Cuộc thi, hoàn thành trước ngày 10/5/2025")],
  ["hằng quý", "10/5/2025"], actors=["Sở Khoa học và Công nghệ"])
q("b8", "Thế còn Trường Chính trị tỉnh thì được giao gì?", "follow-up",
  [(F2, "Trường Chính trị tỉnh đưa chuyên đề về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số vào chương trình bồi dưỡng lý luận chính trị cho đảng viên mới"),
   (F2, "các lớp bồi dưỡng cán bộ từ tháng 6/2025")],
  ["đảng viên mới", "tháng 6/2025"], hist="b7", actors=["Trường Chính trị tỉnh"])
q("b9", "Báo và PTTH Hải Thịnh phải sản xuất bao nhiêu phóng sự chuyên đề trong năm 2025, phối hợp với ai?", "who-what",
  [(F2, "phối hợp với Sở Khoa học và Công nghệ sản xuất ít nhất 24 phóng sự chuyên đề trong năm 2025")],
  ["24 phóng sự"], actors=["Báo và Phát thanh, Truyền hình Hải Thịnh"])
q("b10", "cac huyen uy phai gui ke hoach tuyen truyen ve ban tuyen giao va dan van truoc ngay nao", "no-diacritics",
  [(F2, "gửi về Ban Tuyên giáo và Dân vận Tỉnh ủy trước ngày 30/4/2025")], ["30/4/2025"])
q("b12", "co bao nhieu cong tac vien du luan xa hoi trong mang luoi cua tinh", "no-diacritics",
  [(F2, "phát huy mạng lưới 420 cộng tác viên dư luận xã hội")], ["420"])
q("b13", "Hướng dẫn 12-HD/BTGDVTU do ai ký?", "metadata",
  [(F2, "PHÓ TRƯỞNG BAN (đã ký) Tạ Quang Vinh")], ["Tạ Quang Vinh"])
q("b15", "ngay hoi thanh nien voi chuyen doi so do don vi nao chu tri, to chuc thang may", "no-diacritics",
  [(F2, "Tỉnh đoàn Hải Thịnh chủ trì tổ chức Ngày hội \"Thanh niên với chuyển đổi số\" trong tháng 10/2025")],
  ["Tỉnh đoàn Hải Thịnh", "10/2025"])
u("b16", "Hội nghị báo cáo viên hằng tháng của Tỉnh ủy Hải Thịnh được tổ chức vào ngày mấy trong tháng?")
q("b17", "Năm 2024 cả tỉnh có bao nhiêu TTHC được cung cấp dịch vụ công trực tuyến?", "abbreviation",
  [(F2, "năm 2024 toàn tỉnh có 1.276 thủ tục hành chính được cung cấp dịch vụ công trực tuyến")], ["1.276"])
q("b18", "Còn số tổ công nghệ số cộng đồng thì bao nhiêu?", "follow-up",
  [(F2, "231 tổ công nghệ số cộng đồng với hơn 1.600 thành viên")], ["231", "1.600"], hist="b17")
q("b19", "Đơn vị nào của BTG&DV Tỉnh ủy làm đầu mối theo dõi HD 12, báo cáo khi nào?", "who-what",
  [(F2, "Phòng Tuyên truyền, Báo chí - Xuất bản thuộc Ban Tuyên giáo và Dân vận Tỉnh ủy là đầu mối theo dõi"),
   (F2, "báo cáo Thường trực Tỉnh ủy 6 tháng (trước ngày 15/6) và cả năm (trước ngày 05/12)")],
  ["15/6", "05/12"], actors=["Phòng Tuyên truyền, Báo chí - Xuất bản"])
q("b20", "sdt chuyen vien phong tuyen truyen bao chi xuat ban BTG&DV tinh uy la gi", "no-diacritics",
  [(F2, "Đinh Thị Thu Thảo, chuyên viên Phòng Tuyên truyền, Báo chí - Xuất bản; điện thoại 0225 3852 614")],
  ["0225 3852 614", "Đinh Thị Thu Thảo"])
q("b21", "HD 12 đưa ra những hình thức tuyên truyền nào?", "list",
  [(F2, "Tuyên truyền miệng: thông qua hội nghị báo cáo viên"),
   (F2, "Trên mạng xã hội và nền tảng số"),
   (F2, "Tuyên truyền trực quan: pano, áp phích, băng rôn, màn hình LED"),
   (F2, "Cuộc thi trắc nghiệm trực tuyến \"Tìm hiểu về khoa học, công nghệ")],
  ["Tuyên truyền miệng", "Tuyên truyền trực quan", "mạng xã hội"])
u("b23", "ngay hoi thanh nien voi chuyen doi so to chuc o dia diem nao")
u("b24", "Trung tâm Đổi mới sáng tạo tỉnh Hải Thịnh đặt trụ sở ở đâu?")

# ---------------- hs03: CTr 28-CTr/TU ----------------
q("c1", "CTr 28-CTr/TU ban hành ngày nào?", "metadata",
  [(F3, "Lương Hải, ngày 08 tháng 01 năm 2025")], ["08 tháng 01 năm 2025"])
q("c2", "Ai ký?", "follow-up",
  [(F3, "BÍ THƯ (đã ký) Vương Đình Hiếu")], ["Vương Đình Hiếu"], hist="c1")
q("c4", "Kinh phí dự kiến thực hiện chương trình hành động giai đoạn 2025 - 2027 là bao nhiêu?", "factoid",
  [(F3, "Kinh phí dự kiến giai đoạn 2025 - 2027 khoảng 186 tỷ đồng, từ ngân sách tỉnh và nguồn xã hội hóa")], ["186 tỷ đồng"])
u("c5", "Thế giai đoạn 2028 - 2030 thì sao?", hist="c4", kind="follow-up")
q("c6", "Ai chủ trì xây dựng Trung tâm dữ liệu tỉnh, hạn khi nào?", "who-what",
  [(F3, "Xây dựng Trung tâm dữ liệu tỉnh và nền tảng tích hợp, chia sẻ dữ liệu dùng chung"),
   (F3, "Ban cán sự đảng Ủy ban nhân dân tỉnh"),
   (F3, "Hoàn thành xây dựng Trung tâm dữ liệu tỉnh.")],
  ["Ban cán sự đảng Ủy ban nhân dân tỉnh", "Năm 2027"], actors=["Ban cán sự đảng Ủy ban nhân dân tỉnh"])
q("c7", "Theo CTr 28, ai chủ trì phát động phong trào Bình dân học vụ số, phối hợp với những ai?", "who-what",
  [(F3, "Phát động phong trào \"Bình dân học vụ số\" trong toàn tỉnh"),
   (F3, "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"),
   (F3, "Tỉnh đoàn; Hội Liên hiệp Phụ nữ tỉnh; Hội Nông dân tỉnh")],
  ["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "Quý II/2025"],
  actors=["Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"])
q("c8", "ctr 28 yeu cau cac huyen uy xay dung ke hoach thuc hien xong truoc ngay nao", "no-diacritics",
  [(F3, "xây dựng kế hoạch thực hiện Chương trình hành động phù hợp với địa phương, đơn vị, hoàn thành trước ngày 31/3/2025")],
  ["31/3/2025"])
q("c9", "UB Kiểm tra Tỉnh ủy được giao nhiệm vụ gì trong CTr 28?", "who-what",
  [(F3, "Kiểm tra, giám sát việc thực hiện Chương trình hành động"),
   (F3, "Ban Tuyên giáo và Dân vận Tỉnh ủy; Văn phòng Tỉnh ủy")],
  ["Kiểm tra, giám sát", "Hằng năm"], actors=["Ủy ban Kiểm tra Tỉnh ủy"])
q("c10", "Chỉ tiêu chi ngân sách cho KH&CN, đổi mới sáng tạo và CĐS của tỉnh là bao nhiêu?", "abbreviation",
  [(F3, "chiếm ít nhất 3% tổng chi ngân sách địa phương hằng năm")], ["3%"])
q("c11", "Đến năm 2027 chương trình của Tỉnh ủy đặt mục tiêu gì về định danh điện tử và tổ công nghệ số cộng đồng?", "list",
  [(F3, "95% người dân từ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2."),
   (F3, "100% xã, phường, thị trấn có tổ công nghệ số cộng đồng hoạt động thường xuyên.")],
  ["95%", "100% xã, phường, thị trấn"])
u("c12", "Quỹ phát triển khoa học và công nghệ tỉnh Hải Thịnh có vốn điều lệ bao nhiêu?")
q("c13", "Đảng đoàn HĐND tỉnh phải làm gì theo chương trình hành động?", "who-what",
  [(F3, "Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo Hội đồng nhân dân tỉnh ban hành các cơ chế, chính sách đặc thù")],
  ["cơ chế, chính sách đặc thù"], actors=["Đảng đoàn Hội đồng nhân dân tỉnh"])
q("c15", "Hệ thống quản lý văn bản liên thông trong các cơ quan Đảng thì ai chủ trì, xong khi nào?", "factoid",
  [(F3, "Triển khai hệ thống quản lý văn bản và hồ sơ công việc liên thông trong các cơ quan Đảng từ tỉnh đến cơ sở")],
  ["Văn phòng Tỉnh ủy", "Quý IV/2025"])
q("c16", "Thế còn việc lập Quỹ phát triển KH&CN tỉnh?", "follow-up",
  [(F3, "Thành lập Quỹ phát triển khoa học và công nghệ tỉnh")], ["Năm 2026"], hist="c15")
u("c17", "Sở Nội vụ được giao chủ trì nhiệm vụ gì trong Chương trình hành động 28-CTr/TU?")
q("c18", "Ban TG&DV Tỉnh ủy phải báo cáo BTV Tỉnh ủy về thực hiện CTr 28 trước ngày nào hằng năm?", "who-what",
  [(F3, "định kỳ hằng năm (trước ngày 30/11) tổng hợp, báo cáo Ban Thường vụ Tỉnh ủy")],
  ["30/11"], actors=["Ban Tuyên giáo và Dân vận Tỉnh ủy"])
q("c20", "phu song 4G 5G phai toi bao nhieu phan tram thon ban to dan pho", "no-diacritics",
  [(F3, "bảo đảm phủ sóng di động 4G, 5G đến 100% thôn, bản, tổ dân phố")], ["100%"])

# ---------------- hs04: TB 37-TB/ĐU, Đảng ủy xã Khánh Lâm ----------------
q("d1", "TB 37 kết luận cuộc họp ngày nào, ai chủ trì?", "metadata",
  [(F4, "Ngày 16/10/2025, tại Phòng họp số 1, trụ sở Đảng ủy xã"),
   (F4, "Đồng chí Hứa Văn Lịch, Bí thư Đảng ủy xã chủ trì cuộc họp")], ["16/10/2025", "Hứa Văn Lịch"])
q("d2", "Xã Khánh Lâm đã có bao nhiêu thôn lập tổ công nghệ số cộng đồng?", "factoid",
  [(F4, "Toàn xã có 14/16 thôn thành lập tổ công nghệ số cộng đồng với 83 thành viên")], ["14/16", "83"])
q("d3", "Thôn nào chưa lập?", "follow-up",
  [(F4, "còn 02 thôn chưa thành lập là thôn Khe Vải và thôn Đồng Dinh")], ["Khe Vải", "Đồng Dinh"], hist="d2")
q("d4", "Vậy hạn thành lập tổ ở 2 thôn đó là khi nào, ai làm?", "follow-up",
  [(F4, "thành lập tổ công nghệ số cộng đồng ở thôn Khe Vải và thôn Đồng Dinh, hoàn thành trước ngày 15/11/2025"),
   (F4, "Đề nghị Ủy ban Mặt trận Tổ quốc xã chủ trì")],
  ["15/11/2025", "Ủy ban Mặt trận Tổ quốc xã"], hist="d3", actors=["Ủy ban Mặt trận Tổ quốc xã"])
q("d5", "Theo TB 37, Công an xã phải làm gì?", "who-what",
  [(F4, "Công an xã rà soát, hoàn thành cấp tài khoản định danh điện tử mức độ 2 cho người dân, phấn đấu đạt 90% trước ngày 31/12/2025")],
  ["90%", "31/12/2025"], actors=["Công an xã"])
q("d6", "Ngày Chủ nhật số ở thôn Gò Sắn là hôm nào, làm nội dung gì?", "factoid",
  [(F4, "Chủ nhật, 09/11/2025 | Nhà văn hóa thôn Gò Sắn"), (F4, "Nộp hồ sơ dịch vụ công trực tuyến")],
  ["09/11/2025", "Nộp hồ sơ dịch vụ công trực tuyến"])
u("d7", "Ngày Chủ nhật số tháng 12/2025 ở thôn Trại Gai tổ chức hôm nào?")
q("d8", "kinh phi lap loa truyen thanh thong minh o xa khanh lam bao nhieu, lay tu nguon nao", "no-diacritics",
  [(F4, "kinh phí 210 triệu đồng từ nguồn Chương trình mục tiêu quốc gia xây dựng nông thôn mới")], ["210 triệu đồng"])
q("d9", "BTG&DV ĐU xã Khánh Lâm được giao việc gì sau cuộc họp?", "who-what",
  [(F4, "xây dựng chuyên đề sinh hoạt chi bộ tháng 11/2025 với chủ đề \"Chuyển đổi số - việc của mỗi đảng viên\""),
   (F4, "gửi các chi bộ trước ngày 05/11/2025")],
  ["Chuyển đổi số - việc của mỗi đảng viên", "05/11/2025"], actors=["Ban Tuyên giáo và Dân vận Đảng ủy xã"])
q("d10", "Còn Đoàn Thanh niên xã thì sao?", "follow-up",
  [(F4, "Đoàn Thanh niên xã tổ chức \"Ngày Chủ nhật số\" theo lịch tại Mục 3 Thông báo này; mỗi buổi bố trí ít nhất 08 đoàn viên")],
  ["08 đoàn viên"], hist="d9", actors=["Đoàn Thanh niên xã"])
q("d11", "moi dang vien o khanh lam phu trach may ho gia dinh", "no-diacritics",
  [(F4, "phân công mỗi đảng viên phụ trách từ 05 đến 07 hộ gia đình")], ["05 đến 07 hộ"])
q("d12", "ty le dinh danh dien tu muc 2 cua xa khanh lam hien dat bao nhieu", "no-diacritics",
  [(F4, "có tài khoản định danh điện tử mức độ 2 đạt 78,4%")], ["78,4%"])
q("d13", "Muốn hỏi về việc thực hiện TB 37 thì liên hệ ai?", "abbreviation",
  [(F4, "đồng chí Vi Thị Hồng Nhung, Chánh Văn phòng Đảng ủy xã, điện thoại 0976 218 340")], ["Vi Thị Hồng Nhung", "0976 218 340"])
u("d15", "Trường THCS Khánh Lâm phải báo cáo kết quả lồng ghép kỹ năng số trước ngày nào?")
q("d16", "Các trường học ở xã Khánh Lâm cần làm gì về kỹ năng số?", "who-what",
  [(F4, "lồng ghép nội dung kỹ năng số, an toàn trên không gian mạng vào hoạt động trải nghiệm"),
   (F4, "vận động phụ huynh sử dụng sổ liên lạc điện tử")],
  ["hoạt động trải nghiệm", "sổ liên lạc điện tử"], actors=["Các trường học trên địa bàn xã"])
u("d18", "Khánh Lâm đặt chỉ tiêu tỷ lệ hộ kinh doanh thanh toán không dùng tiền mặt năm 2025 là bao nhiêu?")
u("d19", "Ủy ban Kiểm tra Đảng ủy xã Khánh Lâm phải kiểm tra bao nhiêu chi bộ trong năm 2026?")
q("d20", "Số hiệu thông báo kết luận của ĐU xã Khánh Lâm là gì?", "metadata",
  [(F4, "ĐẢNG ỦY XÃ KHÁNH LÂM Số: 37-TB/ĐU")], ["37-TB/ĐU"])

# ---------------- hs05: BC 64-BC/ĐU, Đảng ủy phường Thịnh Xuyên ----------------
q("e1", "Phường Thịnh Xuyên có bao nhiêu đảng viên học tập CTr 28, đạt bao nhiêu %?", "factoid",
  [(F5, "có 1.142/1.196 đảng viên tham gia học tập, đạt 95,5%")], ["1.142/1.196", "95,5%"])
q("e2", "Tỷ lệ hộ kinh doanh ở Thịnh Xuyên thanh toán không dùng tiền mặt đạt bao nhiêu so với kế hoạch?", "factoid",
  [(F5, "Hộ kinh doanh sử dụng thanh toán không dùng tiền mặt | 60% | 52,8% | Chưa đạt")], ["52,8%", "60%"])
q("e3", "Còn định danh điện tử mức 2 thì sao?", "follow-up",
  [(F5, "Người dân từ 14 tuổi trở lên có tài khoản định danh điện tử mức độ 2 | 85% | 88,3% | Vượt")], ["88,3%"], hist="e2")
q("e4", "Những chỉ tiêu nào năm 2025 phường Thịnh Xuyên chưa đạt?", "list",
  [(F5, "Văn bản của Đảng ủy (trừ văn bản mật) gửi, nhận trên môi trường mạng | 100% | 97,2% | Chưa đạt"),
   (F5, "Hộ kinh doanh sử dụng thanh toán không dùng tiền mặt | 60% | 52,8% | Chưa đạt")],
  ["97,2%", "52,8%"])
q("e5", "Tổng kinh phí năm 2025 của Thịnh Xuyên là bao nhiêu, xã hội hóa được bao nhiêu?", "factoid",
  [(F5, "Tổng kinh phí thực hiện năm 2025 là 1,26 tỷ đồng, trong đó ngân sách phường 780 triệu đồng, nguồn xã hội hóa 480 triệu đồng")],
  ["1,26 tỷ đồng", "480 triệu đồng"])
u("e6", "Phường Thịnh Xuyên dự kiến kinh phí cho chuyển đổi số năm 2026 là bao nhiêu?")
q("e7", "ai o thinh xuyen dat giai nhi cuoc thi trac nghiem cua tinh", "no-diacritics",
  [(F5, "bà Đào Thị Minh Nguyệt (khu phố 5) đạt 01 giải nhì")], ["Đào Thị Minh Nguyệt"])
q("e8", "Bà Đào Thị Minh Nguyệt được thưởng bao nhiêu tiền theo cơ cấu giải của cuộc thi?", "corpus",
  [(F5, "bà Đào Thị Minh Nguyệt (khu phố 5) đạt 01 giải nhì"), (F2, "02 giải nhì (3.000.000 đồng/giải)")],
  ["3.000.000 đồng"])
u("e9", "Giải tập thể mà Đảng ủy phường Thịnh Xuyên nhận được là giải nhất hay giải nhì?")
q("e10", "Năm 2026 Văn phòng ĐU phường Thịnh Xuyên phải làm gì?", "who-what",
  [(F5, "Văn phòng Đảng ủy phường có trách nhiệm trang bị máy tính cho 03 chi bộ còn thiếu, hoàn thành trước ngày 31/3/2026")],
  ["03 chi bộ", "31/3/2026"], actors=["Văn phòng Đảng ủy phường"])
q("e11", "Mấy chi bộ đó ở khu phố nào?", "follow-up",
  [(F5, "03 chi bộ khu dân cư (khu phố 2, khu phố 8 và khu phố 11) chưa được trang bị máy tính")],
  ["khu phố 2", "khu phố 8", "khu phố 11"], hist="e10")
q("e12", "bao cao so ket cua thinh xuyen de nghi so khoa hoc va cong nghe ho tro gi", "no-diacritics",
  [(F5, "Đề nghị Sở Khoa học và Công nghệ hỗ trợ phường triển khai thí điểm nền tảng \"Khu phố số\" trong năm 2026")],
  ["Khu phố số"])
q("e13", "UBND phường Thịnh Xuyên có nhiệm vụ gì trong năm 2026?", "who-what",
  [(F5, "Ủy ban nhân dân phường hoàn thành số hóa 100% sổ hộ tịch trước ngày 30/6/2026"),
   (F5, "triển khai mô hình \"Chợ 4.0\" tại chợ Thịnh Xuyên")],
  ["30/6/2026", "Chợ 4.0"], actors=["Ủy ban nhân dân phường"])
q("e14", "BC 64 được lập theo yêu cầu của văn bản nào?", "metadata",
  [(F5, "Thực hiện Công văn số 415-CV/BTGDVTU ngày 03/11/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy")],
  ["415-CV/BTGDVTU"])
u("e15", "CV 415-CV/BTGDVTU yêu cầu các đảng ủy nộp báo cáo sơ kết trước ngày nào?")
u("e16", "Công văn 416-CV/BTGDVTU của Ban Tuyên giáo và Dân vận Tỉnh ủy hướng dẫn sơ kết những nội dung gì?")
q("e17", "Thịnh Xuyên mở mấy lớp bồi dưỡng kỹ năng số, cho bao nhiêu người, phối hợp với ai?", "factoid",
  [(F5, "Phối hợp với Trung tâm Chính trị thành phố Lương Hải (trước sắp xếp) mở 02 lớp bồi dưỡng kỹ năng số cho 128 cán bộ, đảng viên")],
  ["02 lớp", "128", "Trung tâm Chính trị thành phố Lương Hải"])
q("e18", "nhom zalo thinh xuyen ket noi co bao nhieu thanh vien", "no-diacritics",
  [(F5, "Nhóm Zalo \"Thịnh Xuyên kết nối\" hiện có 6.840 thành viên")], ["6.840"])
q("e19", "Ai ký báo cáo sơ kết của ĐU phường Thịnh Xuyên?", "metadata",
  [(F5, "Lưu Văn phòng Đảng ủy. Lương Thị Yến")], ["Lương Thị Yến"])
u("e20", "Phường Đằng Hà có bao nhiêu tổ công nghệ số cộng đồng trước khi sáp nhập?")

# ---------------- corpus-level and extra unanswerable ----------------
q("f1", "Trong bộ văn bản này có những văn bản nào căn cứ hoặc thực hiện CTr 28-CTr/TU?", "corpus",
  [(F1, "Căn cứ Chương trình hành động số 28-CTr/TU ngày 08/01/2025 của Ban Thường vụ Tỉnh ủy Hải Thịnh"),
   (F2, "Thực hiện Chương trình hành động số 28-CTr/TU ngày 08/01/2025"),
   (F5, "sơ kết 01 năm thực hiện Chương trình hành động số 28-CTr/TU"),
   (F1, "Kế hoạch số 45-KH/ĐU ngày 25/8/2025 của Đảng ủy phường Lãng Hưng"),
   (F2, "Hướng dẫn số 12-HD/BTGDVTU ngày 02/4/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy"),
   (F5, "ngày 28 tháng 11 năm 2025 Số 64-BC/ĐU")],
  ["45-KH/ĐU", "12-HD/BTGDVTU", "64-BC/ĐU"])
q("f2", "Văn bản nào do cấp xã, phường ban hành?", "corpus",
  [(F1, "ĐẢNG ỦY PHƯỜNG LÃNG HƯNG"), (F4, "ĐẢNG ỦY XÃ KHÁNH LÂM"), (F5, "ĐẢNG ỦY PHƯỜNG THỊNH XUYÊN")],
  ["Lãng Hưng", "Khánh Lâm", "Thịnh Xuyên"])
q("f3", "Văn bản nào có lịch Ngày Chủ nhật số?", "corpus",
  [(F4, "Lịch tổ chức \"Ngày Chủ nhật số\" quý IV/2025"), (F4, "ĐẢNG ỦY XÃ KHÁNH LÂM Số: 37-TB/ĐU")], ["37-TB/ĐU"])
q("f4", "Cơ quan nào ra văn bản hướng dẫn tuyên truyền về KH, CN, ĐMST và CĐS trong bộ tài liệu?", "corpus",
  [(F2, "Ban Tuyên giáo và Dân vận Tỉnh ủy hướng dẫn công tác tuyên truyền năm 2025 - 2026"),
   (F2, "Hướng dẫn số 12-HD/BTGDVTU ngày 02/4/2025 của Ban Tuyên giáo và Dân vận Tỉnh ủy")], ["12-HD/BTGDVTU"])
q("f6", "Mấy văn bản trong bộ này có bảng phân công hoặc bảng số liệu?", "corpus",
  [(F3, "STT Nhiệm vụ Cơ quan chủ trì Cơ quan phối hợp Thời gian hoàn thành"),
   (F4, "| Thời gian | Địa điểm | Đơn vị thực hiện | Nội dung chính |"),
   (F5, "| STT | Chỉ tiêu | Kế hoạch năm 2025 | Kết quả đến 15/11/2025 | Đánh giá |")],
  ["28-CTr/TU", "37-TB/ĐU", "64-BC/ĐU"])
u("f7", "Toàn tỉnh Hải Thịnh có bao nhiêu lượt người tham gia cuộc thi trắc nghiệm trực tuyến năm 2025?")
u("f8", "Cơ cấu giải khuyến khích của cuộc thi tìm hiểu chuyển đổi số năm 2024 là bao nhiêu tiền?")
u("f9", "Mỗi thành viên tổ công nghệ số cộng đồng ở Lãng Hưng được hỗ trợ bao nhiêu tiền một tháng?")
u("f10", "Đoàn Thanh niên phường Lãng Hưng có bao nhiêu đoàn viên tham gia các đội tình nguyện?")


def nfc(x):
    if isinstance(x, str):
        return unicodedata.normalize("NFC", x)
    if isinstance(x, list):
        return [nfc(i) for i in x]
    if isinstance(x, dict):
        return {k: nfc(v) for k, v in x.items()}
    return x


# ---------------- who-what gold ----------------
WW = [
    {"id": "whs01", "directive": "KH 45-KH/ĐU", "source": F1, "actors": [
        {"name": "Ban Tuyên giáo và Dân vận Đảng ủy phường", "role": "chủ trì", "deadline": "trước ngày 05/9/2025",
         "task_quote": "chủ trì, phối hợp với Văn phòng Đảng ủy tham mưu tổ chức hội nghị học tập, quán triệt cấp phường"},
        {"name": "Văn phòng Đảng ủy", "role": "phối hợp", "deadline": None,
         "task_quote": "phối hợp với Văn phòng Đảng ủy tham mưu tổ chức hội nghị học tập, quán triệt cấp phường"},
        {"name": "Ủy ban Mặt trận Tổ quốc phường", "role": "chủ trì", "deadline": "định kỳ hằng quý",
         "task_quote": "Ủy ban Mặt trận Tổ quốc phường chủ trì, phối hợp với Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh phường phát động phong trào \"Bình dân học vụ số\""},
        {"name": "Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh phường", "role": "phối hợp", "deadline": None,
         "task_quote": "phối hợp với Đoàn Thanh niên, Hội Liên hiệp Phụ nữ, Hội Cựu chiến binh phường phát động phong trào \"Bình dân học vụ số\""},
        {"name": "Ủy ban nhân dân phường", "role": None, "deadline": "trước ngày 30/9/2025",
         "task_quote": "Đề nghị Ủy ban nhân dân phường xây dựng kế hoạch thực hiện các chỉ tiêu chuyển đổi số trên địa bàn"},
        {"name": "Văn phòng Đảng ủy phường", "role": "chủ trì", "deadline": "trước ngày 31/12/2025",
         "task_quote": "Giao Văn phòng Đảng ủy phường chủ trì, phối hợp với Công an phường triển khai ứng dụng \"Sổ tay đảng viên điện tử\" đến 100% đảng viên"},
        {"name": "Công an phường", "role": "phối hợp", "deadline": "trước ngày 31/12/2025",
         "task_quote": "phối hợp với Công an phường triển khai ứng dụng \"Sổ tay đảng viên điện tử\""},
        {"name": "Đoàn Thanh niên phường", "role": None, "deadline": "thứ Bảy tuần cuối cùng của mỗi tháng",
         "task_quote": "Đoàn Thanh niên phường có trách nhiệm thành lập 12 đội thanh niên tình nguyện \"Hỗ trợ chuyển đổi số\""},
        {"name": "Các chi bộ trực thuộc", "role": None, "deadline": "trước ngày 30/9/2025",
         "task_quote": "mỗi chi bộ đăng ký ít nhất 01 việc làm cụ thể về chuyển đổi số"},
        {"name": "Các chi bộ khu phố, Ban công tác Mặt trận và các chi hội đoàn thể ở khu phố", "role": "phối hợp", "deadline": None,
         "task_quote": "phối hợp vận động hộ gia đình cài đặt VNeID, sử dụng thanh toán không dùng tiền mặt"},
        {"name": "Ủy ban Kiểm tra Đảng ủy phường", "role": None, "deadline": "năm 2026",
         "task_quote": "đưa việc thực hiện Kế hoạch này vào chương trình kiểm tra, giám sát năm 2026"},
    ], "intruders": ["Nguyễn Hữu Tường", "Văn phòng Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy",
                     "Lưu Văn phòng Đảng ủy", "ĐẢNG BỘ TỈNH HẢI THỊNH", "Ban công tác Mặt trận khu phố"]},
    {"id": "whs02", "directive": "HD 12-HD/BTGDVTU", "source": F2, "actors": [
        {"name": "Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "role": None, "deadline": "trước ngày 30/4/2025",
         "task_quote": "xây dựng kế hoạch tuyên truyền phù hợp với địa phương, đơn vị, gửi về Ban Tuyên giáo và Dân vận Tỉnh ủy"},
        {"name": "Báo và Phát thanh, Truyền hình Hải Thịnh", "role": None, "deadline": "trong năm 2025",
         "task_quote": "có trách nhiệm mở chuyên mục, chuyên trang theo điểm 1 Mục III"},
        {"name": "Sở Khoa học và Công nghệ", "role": "chủ trì", "deadline": "trước ngày 10/5/2025",
         "task_quote": "cung cấp thông tin, số liệu về kết quả chuyển đổi số của tỉnh cho đội ngũ báo cáo viên định kỳ hằng quý"},
        {"name": "Ban Tuyên giáo và Dân vận Tỉnh ủy", "role": "phối hợp", "deadline": None,
         "task_quote": "Sở Khoa học và Công nghệ chủ trì, phối hợp với Ban Tuyên giáo và Dân vận Tỉnh ủy cung cấp thông tin, số liệu"},
        {"name": "Trường Chính trị tỉnh", "role": None, "deadline": "từ tháng 6/2025",
         "task_quote": "Trường Chính trị tỉnh đưa chuyên đề về khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số vào chương trình bồi dưỡng"},
        {"name": "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", "role": None, "deadline": None,
         "task_quote": "tuyên truyền, vận động đoàn viên, hội viên tham gia phong trào \"Bình dân học vụ số\""},
        {"name": "Tỉnh đoàn Hải Thịnh", "role": "chủ trì", "deadline": "trong tháng 10/2025",
         "task_quote": "Tỉnh đoàn Hải Thịnh chủ trì tổ chức Ngày hội \"Thanh niên với chuyển đổi số\""},
        {"name": "Phòng Tuyên truyền, Báo chí - Xuất bản", "role": None, "deadline": "trước ngày 05/12",
         "task_quote": "là đầu mối theo dõi, tổng hợp kết quả, báo cáo Thường trực Tỉnh ủy 6 tháng (trước ngày 15/6)"},
    ], "intruders": ["Tạ Quang Vinh", "Thường trực Tỉnh ủy", "Lưu BTG&DV", "TỈNH ỦY HẢI THỊNH",
                     "Đinh Thị Thu Thảo"]},
    {"id": "whs03", "directive": "CTr 28-CTr/TU", "source": F3, "actors": [
        {"name": "Ban Tuyên giáo và Dân vận Tỉnh ủy", "role": "chủ trì", "deadline": "trước ngày 30/11",
         "task_quote": "Ban Tuyên giáo và Dân vận Tỉnh ủy chủ trì, phối hợp với Văn phòng Tỉnh ủy theo dõi, hướng dẫn, kiểm tra việc thực hiện Chương trình hành động"},
        {"name": "Văn phòng Tỉnh ủy", "role": "chủ trì", "deadline": "Quý IV/2025",
         "task_quote": "Triển khai hệ thống quản lý văn bản và hồ sơ công việc liên thông trong các cơ quan Đảng từ tỉnh đến cơ sở"},
        {"name": "Ban cán sự đảng Ủy ban nhân dân tỉnh", "role": "chủ trì", "deadline": "Năm 2027",
         "task_quote": "Xây dựng Trung tâm dữ liệu tỉnh và nền tảng tích hợp, chia sẻ dữ liệu dùng chung"},
        {"name": "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh", "role": "chủ trì", "deadline": "Quý II/2025",
         "task_quote": "Phát động phong trào \"Bình dân học vụ số\" trong toàn tỉnh"},
        {"name": "Tỉnh đoàn; Hội Liên hiệp Phụ nữ tỉnh; Hội Nông dân tỉnh", "role": "phối hợp", "deadline": "Quý II/2025",
         "task_quote": "Phát động phong trào \"Bình dân học vụ số\" trong toàn tỉnh"},
        {"name": "Sở Tài chính", "role": "phối hợp", "deadline": "Năm 2026",
         "task_quote": "Thành lập Quỹ phát triển khoa học và công nghệ tỉnh"},
        {"name": "Trường Chính trị tỉnh", "role": "chủ trì", "deadline": "Từ năm 2025",
         "task_quote": "Đưa nội dung chuyển đổi số vào chương trình đào tạo, bồi dưỡng cán bộ, đảng viên"},
        {"name": "Ủy ban Kiểm tra Tỉnh ủy", "role": "chủ trì", "deadline": "Hằng năm",
         "task_quote": "Kiểm tra, giám sát việc thực hiện Chương trình hành động"},
        {"name": "Các huyện ủy, thành ủy, đảng ủy trực thuộc Tỉnh ủy", "role": None, "deadline": "trước ngày 31/3/2025",
         "task_quote": "tổ chức học tập, quán triệt và xây dựng kế hoạch thực hiện Chương trình hành động phù hợp với địa phương, đơn vị"},
        {"name": "Đảng đoàn Hội đồng nhân dân tỉnh", "role": None, "deadline": None,
         "task_quote": "Đảng đoàn Hội đồng nhân dân tỉnh lãnh đạo Hội đồng nhân dân tỉnh ban hành các cơ chế, chính sách đặc thù"},
        {"name": "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", "role": None, "deadline": None,
         "task_quote": "tăng cường giám sát, phản biện xã hội; vận động đoàn viên, hội viên và Nhân dân tích cực tham gia"},
        {"name": "Ban Tổ chức Tỉnh ủy", "role": "phối hợp", "deadline": "Từ năm 2025",
         "task_quote": "Đưa nội dung chuyển đổi số vào chương trình đào tạo, bồi dưỡng cán bộ, đảng viên"},
    ], "intruders": ["Vương Đình Hiếu", "Văn phòng Trung ương Đảng", "Các đồng chí Tỉnh ủy viên",
                     "Lưu Văn phòng Tỉnh ủy", "TỈNH ỦY HẢI THỊNH"]},
    {"id": "whs04", "directive": "TB 37-TB/ĐU", "source": F4, "actors": [
        {"name": "Ban Tuyên giáo và Dân vận Đảng ủy xã", "role": "chủ trì", "deadline": "trước ngày 05/11/2025",
         "task_quote": "xây dựng chuyên đề sinh hoạt chi bộ tháng 11/2025 với chủ đề \"Chuyển đổi số - việc của mỗi đảng viên\""},
        {"name": "Văn phòng Đảng ủy", "role": "phối hợp", "deadline": "trước ngày 05/11/2025",
         "task_quote": "phối hợp với Văn phòng Đảng ủy xây dựng chuyên đề sinh hoạt chi bộ tháng 11/2025"},
        {"name": "Ủy ban nhân dân xã", "role": None, "deadline": "trong tháng 12/2025",
         "task_quote": "Ủy ban nhân dân xã chỉ đạo hoàn thành lắp đặt loa truyền thanh thông minh ở 06 thôn còn lại trong tháng 12/2025"},
        {"name": "Ủy ban Mặt trận Tổ quốc xã", "role": "chủ trì", "deadline": "trước ngày 15/11/2025",
         "task_quote": "thành lập tổ công nghệ số cộng đồng ở thôn Khe Vải và thôn Đồng Dinh, hoàn thành trước ngày 15/11/2025"},
        {"name": "Đoàn Thanh niên, Hội Liên hiệp Phụ nữ xã", "role": "phối hợp", "deadline": "trước ngày 15/11/2025",
         "task_quote": "phối hợp với Đoàn Thanh niên, Hội Liên hiệp Phụ nữ xã thành lập tổ công nghệ số cộng đồng"},
        {"name": "Đoàn Thanh niên xã", "role": None, "deadline": None,
         "task_quote": "Đoàn Thanh niên xã tổ chức \"Ngày Chủ nhật số\" theo lịch tại Mục 3 Thông báo này"},
        {"name": "Công an xã", "role": None, "deadline": "trước ngày 31/12/2025",
         "task_quote": "Công an xã rà soát, hoàn thành cấp tài khoản định danh điện tử mức độ 2 cho người dân"},
        {"name": "Các chi bộ thôn", "role": None, "deadline": "định kỳ hằng tháng",
         "task_quote": "Các chi bộ thôn có trách nhiệm đưa nội dung chuyển đổi số vào sinh hoạt chi bộ định kỳ hằng tháng"},
        {"name": "Các trường học trên địa bàn xã", "role": None, "deadline": None,
         "task_quote": "lồng ghép nội dung kỹ năng số, an toàn trên không gian mạng vào hoạt động trải nghiệm"},
        {"name": "Văn phòng Đảng ủy xã", "role": None, "deadline": "tại cuộc họp tháng 01/2026",
         "task_quote": "Giao Văn phòng Đảng ủy xã theo dõi, tổng hợp tình hình thực hiện Thông báo này"},
    ], "intruders": ["Vi Thị Hồng Nhung", "Hứa Văn Lịch", "Chu Minh Đức", "Lưu Văn phòng Đảng ủy",
                     "ĐẢNG BỘ TỈNH HẢI THỊNH", "UBND, UBMTTQ xã"]},
    {"id": "whs05", "directive": "BC 64-BC/ĐU", "source": F5, "actors": [
        {"name": "Ban Tuyên giáo và Dân vận Đảng ủy phường", "role": "chủ trì", "deadline": "trong quý I/2026",
         "task_quote": "tổ chức tọa đàm \"Chuyển đổi số ở khu dân cư\" trong quý I/2026"},
        {"name": "Ủy ban Mặt trận Tổ quốc phường", "role": "phối hợp", "deadline": "trong quý I/2026",
         "task_quote": "phối hợp với Ủy ban Mặt trận Tổ quốc phường tổ chức tọa đàm \"Chuyển đổi số ở khu dân cư\""},
        {"name": "Ủy ban nhân dân phường", "role": None, "deadline": "trước ngày 30/6/2026",
         "task_quote": "Ủy ban nhân dân phường hoàn thành số hóa 100% sổ hộ tịch trước ngày 30/6/2026"},
        {"name": "Văn phòng Đảng ủy phường", "role": None, "deadline": "trước ngày 31/3/2026",
         "task_quote": "có trách nhiệm trang bị máy tính cho 03 chi bộ còn thiếu"},
        {"name": "Đoàn Thanh niên phường", "role": None, "deadline": "mỗi quý 01 lớp",
         "task_quote": "Đoàn Thanh niên phường duy trì 15 đội hình thanh niên tình nguyện hỗ trợ chuyển đổi số"},
        {"name": "Hội Người cao tuổi phường", "role": "phối hợp", "deadline": "mỗi quý 01 lớp",
         "task_quote": "phối hợp với Hội Người cao tuổi phường mở lớp \"Ông bà học công nghệ\""},
        {"name": "Các chi bộ trực thuộc", "role": None, "deadline": "trước ngày 15/01/2026",
         "task_quote": "đăng ký công trình, phần việc cụ thể năm 2026, gửi Văn phòng Đảng ủy"},
        {"name": "Ban Tuyên giáo và Dân vận Tỉnh ủy", "role": None, "deadline": None,
         "task_quote": "tiếp tục mở lớp tập huấn kỹ năng tuyên truyền trên mạng xã hội cho báo cáo viên, tuyên truyền viên cấp xã"},
        {"name": "Sở Khoa học và Công nghệ", "role": None, "deadline": "trong năm 2026",
         "task_quote": "hỗ trợ phường triển khai thí điểm nền tảng \"Khu phố số\" trong năm 2026"},
        {"name": "Báo và Phát thanh, Truyền hình Hải Thịnh", "role": None, "deadline": None,
         "task_quote": "dành thời lượng phản ánh mô hình \"Chợ 4.0\" và các gương điển hình về chuyển đổi số ở cơ sở"},
    ], "intruders": ["Lương Thị Yến", "Kha Minh Tuấn", "Văn phòng Tỉnh ủy", "Lưu Văn phòng Đảng ủy",
                     "ĐẢNG BỘ TỈNH HẢI THỊNH", "Đào Thị Minh Nguyệt"]},
]


def main():
    text_of = {}
    out = []
    for i, (key, question, kind, ans, ev, kw, hist, actors) in enumerate(Q, 1):
        qid = f"hs{i:03d}"
        text_of[key] = question
        rec = {"id": qid, "question": question, "answerable": ans, "kind": kind,
               "evidence": [{"source": s, "quote": t} for s, t in ev], "keywords": kw}
        if hist:
            rec["history"] = [text_of[hist]]
        if actors:
            rec["actors"] = actors
        out.append(nfc(rec))
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for r in out:
            f.write(json.dumps(r, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for w in WW:
            f.write(json.dumps(nfc(w), ensure_ascii=False) + "\n")
    print(len(out), "questions,", len(WW), "who-what lines")


if __name__ == "__main__":
    main()

#!/usr/bin/env python3
"""Writes questions.jsonl and who_what.jsonl for the blind5 set (run once)."""
import json, os
HERE = os.path.dirname(os.path.abspath(__file__))
A = "n01_cv418_pgddt_dong_linh_ky_nang_so.txt"
B = "n02_nq12_dang_uy_phu_xuan_chuyen_doi_so.txt"
C = "n03_bc236_syt_truyen_thong_suc_khoe_hoc_duong.txt"
D = "n04_kh05_hoi_khuyen_hoc_phu_xuan_xa_hoi_hoc_tap.md"
E = "n05_qd1520_ubnd_dong_linh_bcd_cds.txt"

Q = []
def q(kind, text, ev=None, kw=None, hist=None, actors=None):
    d = {"question": text, "answerable": bool(ev), "kind": kind,
         "evidence": [{"source": s, "quote": t} for s, t in (ev or [])],
         "keywords": kw or []}
    if hist: d["history"] = hist
    if actors: d["actors"] = actors
    Q.append(d)
def u(kind, text, hist=None):
    q(kind, text, None, None, hist)

# ---------------- n01 CV 418/PGDĐT-THCS
a1 = "Các trường phải nộp kế hoạch giáo dục kỹ năng số năm học 2026-2027 cho Phòng GD&ĐT Đông Lĩnh chậm nhất là ngày nào?"
q("factoid", a1, [(A, "gửi về Phòng Giáo dục và Đào tạo trước ngày 15/9/2026")], ["15/9/2026"])
q("follow-up", "Trong kế hoạch đó, mỗi lớp phải dành ít nhất bao nhiêu tiết cho nội dung an toàn thông tin?",
  [(A, "bảo đảm mỗi lớp có tối thiểu 06 tiết/năm học về an toàn thông tin")], ["06 tiết"], [a1])
a3 = "Lớp tập huấn dạy học số cho giáo viên Tin học của huyện Đông Lĩnh tổ chức ở trường nào, từ ngày nào?"
q("factoid", a3, [(A, "do Phòng tổ chức tại Trường THCS Lê Quý Đôn (thị trấn Đông Lĩnh) từ ngày 07/9/2026 đến ngày 11/9/2026")],
  ["Lê Quý Đôn", "07/9/2026", "11/9/2026"])
u("follow-up", "Giáo viên đi học lớp đó được hỗ trợ bao nhiêu tiền mỗi ngày?", [a3])
q("list", "Những trường nào ở Đông Lĩnh đang làm thí điểm phòng học STEM kết hợp kỹ năng số?",
  [(A, "Trường THCS Phú Xuân, Trường THCS Thạch Bàn và Trường TH&THCS Vĩnh Lộc tiếp tục thí điểm mô hình")],
  ["Trường THCS Phú Xuân", "Trường THCS Thạch Bàn", "Trường TH&THCS Vĩnh Lộc"])
q("metadata", "Ai là người ký công văn 418/PGDĐT-THCS?", [(A, "TRƯỞNG PHÒNG\n\nLương Văn Đức")], ["Lương Văn Đức"])
q("factoid", "Có vướng mắc khi làm theo công văn về kỹ năng số cho học sinh thì gọi cho ai, số nào?",
  [(A, "liên hệ bà Đinh Thị Ngọc Ánh, chuyên viên Phòng Giáo dục và Đào tạo, số điện thoại 0912 457 308")],
  ["Đinh Thị Ngọc Ánh", "0912 457 308"])
q("no-diacritics", "moi truong duoc cu toi da may nguoi vao nhom bien soan bai giang dien tu cua huyen?",
  [(A, "danh sách đăng ký gửi về Phòng trước ngày 31/8/2026, mỗi trường không quá 02 người")], ["02 người"])
q("abbreviation", "CV 418 yêu cầu nộp BC sơ kết HK I và tổng kết năm học vào thời hạn nào?",
  [(A, "Báo cáo sơ kết học kỳ I trước ngày 10/01/2027; báo cáo tổng kết năm học trước ngày 25/5/2027")],
  ["10/01/2027", "25/5/2027"])
q("who-what", "Theo công văn của Phòng GD&ĐT, trường THCS Phú Xuân phải phối hợp với tổ chức nào để mở lớp cho phụ huynh?",
  [(A, "Riêng Trường THCS Phú Xuân phối hợp với Hội Khuyến học xã Phú Xuân triển khai \"Lớp học kỹ năng số cho cha mẹ học sinh\"")],
  ["Hội Khuyến học xã Phú Xuân", "Lớp học kỹ năng số cho cha mẹ học sinh"], actors=["Trường THCS Phú Xuân"])
q("no-diacritics", "cv cua phong gddt dong linh thuc hien theo quyet dinh nao cua chu tich ubnd huyen?",
  [(A, "Thực hiện Quyết định số 1520/QĐ-UBND ngày 28/7/2026 của Chủ tịch Ủy ban nhân dân huyện Đông Lĩnh")], ["1520/QĐ-UBND"])
q("who-what", "Các trường cùng Trung tâm Y tế huyện phải đưa nội dung gì vào giờ chào cờ đầu tuần?",
  [(A, "Phối hợp với Trung tâm Y tế huyện lồng ghép nội dung phòng, chống nghiện trò chơi điện tử, bảo vệ thị lực cho học sinh")],
  ["nghiện trò chơi điện tử", "bảo vệ thị lực"], actors=["Trung tâm Y tế huyện"])
q("factoid", "Buổi sinh hoạt chuyên đề về an toàn mạng cho học sinh và phụ huynh phải tổ chức tối thiểu mấy buổi?",
  [(A, "cho học sinh và cha mẹ học sinh, ít nhất 01 buổi/học kỳ")], ["01 buổi/học kỳ"])
u("unanswerable", "Mỗi trường được cấp bao nhiêu kinh phí để xây dựng phòng học STEM - kỹ năng số?")
u("unanswerable", "Cuộc thi Giáo viên sáng tạo với công nghệ số cấp huyện có cơ cấu giải thưởng thế nào?")
u("abbreviation", "KH 96/KH-SGDĐT của Sở GD&ĐT Tây Sơn Hà đặt chỉ tiêu bao nhiêu % học sinh THPT đạt năng lực số?")
u("no-diacritics", "truong thcs thach ban hien co bao nhieu may tinh phuc vu day tin hoc?")
u("unanswerable", "Bao nhiêu giáo viên của huyện Đông Lĩnh đã đăng ký lớp bồi dưỡng dạy học số?")

# ---------------- n02 NQ 12-NQ/ĐU
b1 = "Đảng ủy xã Phú Xuân muốn đến 2030 có bao nhiêu phần trăm hồ sơ thủ tục hành chính giải quyết trên môi trường điện tử?"
q("factoid", b1, [(B, "90% hồ sơ thủ tục hành chính của xã được tiếp nhận và giải quyết trên môi trường điện tử")], ["90%"])
q("follow-up", "Hiện tại thì tỷ lệ nộp trực tuyến mới đạt khoảng bao nhiêu?",
  [(B, "tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến mới đạt 41%")], ["41%"], [b1])
q("factoid", "Chỉ tiêu kỹ năng số cơ bản cho người lao động ở xã Phú Xuân đến năm 2030 là bao nhiêu?",
  [(B, "70% người trong độ tuổi lao động có kỹ năng số cơ bản")], ["70%"])
q("abbreviation", "NQ 12-NQ/ĐU đặt mốc nào để THCS Phú Xuân đạt chuẩn quốc gia mức độ 2?",
  [(B, "Trường THCS Phú Xuân đạt chuẩn quốc gia mức độ 2 trước năm 2028")], ["trước năm 2028"])
q("metadata", "Nghị quyết về chuyển đổi số và xã hội học tập của Đảng bộ xã Phú Xuân ban hành ngày nào và ai ký?",
  [(B, "Phú Xuân, ngày 20 tháng 3 năm 2026"), (B, "Lưu Văn phòng Đảng ủy. Hà Văn Quyết")],
  ["20 tháng 3 năm 2026", "Hà Văn Quyết"])
q("who-what", "UBND xã Phú Xuân được Đảng ủy giao làm gì để thực hiện nghị quyết, hạn đến bao giờ?",
  [(B, "Đảng ủy xã giao Ủy ban nhân dân xã xây dựng kế hoạch thực hiện Nghị quyết, cụ thể hóa thành chỉ tiêu hằng năm; hoàn thành trước ngày 30/4/2026")],
  ["xây dựng kế hoạch", "30/4/2026"], actors=["Ủy ban nhân dân xã"])
b7 = "Nghị quyết của Đảng ủy xã giao Hội Nông dân xã nhiệm vụ gì về ứng dụng công nghệ?"
q("who-what", b7, [(B, "Hội Nông dân xã phối hợp với Hợp tác xã Bưởi Phú Xuân đẩy mạnh truy xuất nguồn gốc bằng mã QR")],
  ["Hợp tác xã Bưởi Phú Xuân", "mã QR"], actors=["Hội Nông dân xã"])
q("follow-up", "Những sản phẩm nào sẽ được đưa lên sàn thương mại điện tử?",
  [(B, "đưa sản phẩm bưởi và mật ong lên sàn thương mại điện tử")], ["bưởi", "mật ong"], [b7])
b9 = "Hằng năm ngân sách xã Phú Xuân phải bố trí ít nhất bao nhiêu tiền cho chuyển đổi số và khuyến học?"
q("factoid", b9, [(B, "ngân sách xã bố trí tối thiểu 150 triệu đồng cho chuyển đổi số và khuyến học")], ["150 triệu đồng"])
u("follow-up", "Trong số tiền đó, phần dành cho Trạm Y tế xã là bao nhiêu?", [b9])
q("no-diacritics", "cac chi bo phai quan triet nghi quyet 12 den dang vien xong truoc ngay nao?",
  [(B, "chỉ đạo các chi bộ tổ chức quán triệt Nghị quyết đến toàn thể đảng viên trước ngày 15/4/2026")], ["15/4/2026"])
q("no-diacritics", "xa phu xuan co may to cong nghe so cong dong?",
  [(B, "Củng cố 9 Tổ công nghệ số cộng đồng ở 9 thôn")], ["9 Tổ công nghệ số cộng đồng"])
q("abbreviation", "Theo NQ của ĐU xã Phú Xuân, mỗi chi bộ phải sinh hoạt chuyên đề về CĐS bao nhiêu lần một năm?",
  [(B, "Các chi bộ đưa nội dung chuyển đổi số vào sinh hoạt chuyên đề ít nhất 02 lần/năm")], ["02 lần/năm"])
u("unanswerable", "Tỷ lệ hộ dân dùng điện thoại thông minh ở xã Hòa Mỹ hiện là bao nhiêu?")
u("unanswerable", "Đến hết năm 2026 xã Phú Xuân thực tế đã đạt bao nhiêu phần trăm hồ sơ thủ tục hành chính trực tuyến?")
u("unanswerable", "Năm 2025 ngân sách xã Phú Xuân đã chi bao nhiêu cho chuyển đổi số?")
u("unanswerable", "Hội nghị Ban Chấp hành Đảng bộ xã Phú Xuân thông qua Nghị quyết 12 có bao nhiêu đồng chí dự?")
u("no-diacritics", "nq 12 dang uy phu xuan dat chi tieu ty le tiem chung cho tre em la bao nhieu?")

# ---------------- n03 BC 236/BC-SYT
c1 = "Năm 2026 ngành y tế Tây Sơn Hà đã tổ chức bao nhiêu buổi truyền thông sức khỏe trực tiếp ở trường học?"
q("factoid", c1, [(C, "tổ chức 4.860 buổi truyền thông trực tiếp tại trường học với 312.400 lượt học sinh tham dự")], ["4.860"])
q("follow-up", "So với năm 2025 thì tăng bao nhiêu phần trăm?",
  [(C, "| Số buổi truyền thông tại trường học | 4.120 | 4.860 | Tăng 18,0% |")], ["18,0%"], [c1])
q("factoid", "Tỷ lệ học sinh được khám sức khỏe đầu năm học 2026 ở tỉnh là bao nhiêu?",
  [(C, "Đã khám sức khỏe đầu năm học cho 286.750 học sinh, đạt 94,2% tổng số học sinh")], ["94,2%"])
q("abbreviation", "BC 236 của SYT ghi nhận tỷ lệ học sinh bị tật khúc xạ là bao nhiêu?",
  [(C, "tỷ lệ học sinh mắc tật khúc xạ là 21,6%")], ["21,6%"])
q("factoid", "Toàn tỉnh hiện có bao nhiêu trường có người làm y tế trường học, đạt tỷ lệ bao nhiêu?",
  [(C, "548 trường có nhân viên y tế chuyên trách hoặc kiêm nhiệm, đạt 89,5%")], ["548", "89,5%"])
q("factoid", "Tổng kinh phí chi cho truyền thông giáo dục sức khỏe và y tế trường học năm 2026 là bao nhiêu?",
  [(C, "năm 2026 là 4,47 tỷ đồng, trong đó ngân sách tỉnh 3,85 tỷ đồng, nguồn xã hội hóa 620 triệu đồng")], ["4,47 tỷ đồng"])
q("no-diacritics", "so truong co phong y te dat chuan nam 2025 va nam 2026 la bao nhieu?",
  [(C, "| Số trường có phòng y tế đạt chuẩn | 402 | 455 | Tăng 53 trường |")], ["402", "455"])
q("list", "Sở Y tế chỉ ra những tồn tại nào trong công tác y tế trường học năm 2026?",
  [(C, "Còn 64 trường chưa có nhân viên y tế, chủ yếu là trường tiểu học"),
   (C, "Việc triển khai hồ sơ sức khỏe học sinh điện tử còn chậm do thiếu thiết bị")],
  ["64 trường", "thiếu thiết bị"])
c9 = "Sở Y tế kiến nghị Bộ Y tế việc gì?"
q("who-what", c9, [(C, "Đề nghị Bộ Y tế sớm ban hành chuẩn dữ liệu dùng chung về sức khỏe học sinh")],
  ["chuẩn dữ liệu dùng chung"], actors=["Bộ Y tế"])
q("follow-up", "con de nghi ubnd tinh bo tri bao nhieu tien cho ho so suc khoe dien tu?",
  [(C, "bố trí 1,2 tỷ đồng để mua sắm thiết bị phục vụ hồ sơ sức khỏe học sinh điện tử năm 2027")], ["1,2 tỷ đồng"], [c9])
q("factoid", "Ở huyện Đông Lĩnh, hồ sơ sức khỏe học sinh điện tử đã được làm ở bao nhiêu trường và cho bao nhiêu em?",
  [(C, "triển khai tại 14 trường, cập nhật dữ liệu cho 6.920 học sinh")], ["14 trường", "6.920"])
q("metadata", "Báo cáo 236/BC-SYT về y tế trường học do ai ký?",
  [(C, "KT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nTô Minh Khang")], ["Tô Minh Khang"])
q("no-diacritics", "trang fanpage suc khoe hoc duong tay son ha duoc bao nhieu nguoi theo doi?",
  [(C, "đến nay có 48.500 người theo dõi")], ["48.500"])
u("unanswerable", "Tỷ lệ học sinh bị tật khúc xạ riêng ở huyện Đông Lĩnh năm 2026 là bao nhiêu?")
u("unanswerable", "Năm 2024 ngành y tế tỉnh tổ chức được bao nhiêu buổi truyền thông tại trường học?")
u("unanswerable", "Trung bình mỗi trường học được phân bổ bao nhiêu kinh phí truyền thông giáo dục sức khỏe năm 2026?")
u("unanswerable", "Huyện Mường Khoa đã triển khai hồ sơ sức khỏe học sinh điện tử ở bao nhiêu trường?")
u("unanswerable", "Tỷ lệ học sinh được tiêm chủng đầy đủ năm 2026 theo báo cáo của Sở Y tế là bao nhiêu?")
u("no-diacritics", "ty le hoc sinh mac benh rang mieng nam 2026 theo bc cua so y te la bao nhieu?")

# ---------------- n04 KH 05/KH-HKH
q("factoid", "Hội Khuyến học xã Phú Xuân đặt mục tiêu vận động quỹ khuyến học, khuyến tài năm 2026 được bao nhiêu?",
  [(D, "Vận động Quỹ khuyến học, khuyến tài đạt 180 triệu đồng")], ["180 triệu đồng"])
d2 = "Năm nay Hội Khuyến học xã Phú Xuân dự kiến trao bao nhiêu suất học bổng cho học sinh khó khăn?"
q("factoid", d2, [(D, "Trao 40 suất học bổng \"Vượt khó học giỏi\"")], ["40 suất"])
u("follow-up", "Mỗi suất học bổng đó trị giá bao nhiêu tiền?", [d2])
d4 = "Ai chủ trì, ai phối hợp mở lớp kỹ năng số cho cha mẹ học sinh ở Phú Xuân?"
q("who-what", d4, [(D, "phòng tránh lừa đảo qua mạng) | Hội Khuyến học xã | Trường THCS Phú Xuân, Đoàn Thanh niên xã")],
  ["Hội Khuyến học xã", "Trường THCS Phú Xuân", "Đoàn Thanh niên xã"], actors=["Hội Khuyến học xã", "Trường THCS Phú Xuân"])
q("follow-up", "lop do du kien mo vao thoi gian nao?",
  [(D, "Trường THCS Phú Xuân, Đoàn Thanh niên xã | Tháng 9 - 12/2026")], ["Tháng 9 - 12/2026"], [d4])
d6 = "Tổng kinh phí dự kiến của kế hoạch xã hội học tập năm 2026 của Hội Khuyến học Phú Xuân là bao nhiêu?"
q("factoid", d6, [(D, "Tổng kinh phí dự kiến thực hiện Kế hoạch năm 2026 là 215.000.000 đồng")], ["215.000.000"])
q("follow-up", "Trong đó ngân sách xã hỗ trợ bao nhiêu?", [(D, "Ngân sách xã hỗ trợ 35.000.000 đồng")], ["35.000.000"], [d6])
q("no-diacritics", "kh 05 cua hoi khuyen hoc du chi bao nhieu cho hoc bong va khen thuong?",
  [(D, "chi học bổng và khen thưởng 120.000.000 đồng")], ["120.000.000"])
q("abbreviation", "Theo KH 05/KH-HKH, chi hội khuyến học thôn nộp BC 6 tháng và BC năm trước ngày nào?",
  [(D, "báo cáo kết quả 6 tháng trước ngày 15/6/2026 và báo cáo năm trước ngày 30/11/2026")], ["15/6/2026", "30/11/2026"])
q("who-what", "Hội Khuyến học xã nhờ Đoàn Thanh niên xã hỗ trợ việc gì?",
  [(D, "Đề nghị Đoàn Thanh niên xã cử đoàn viên tình nguyện làm trợ giảng")], ["trợ giảng"], actors=["Đoàn Thanh niên xã"])
q("metadata", "Kế hoạch xây dựng xã hội học tập năm 2026 của Hội Khuyến học xã Phú Xuân ký ngày nào, người ký là ai?",
  [(D, "Phú Xuân, ngày 15 tháng 4 năm 2026"), (D, "CHỦ TỊCH\n\nPhan Thị Kim Oanh")],
  ["15 tháng 4 năm 2026", "Phan Thị Kim Oanh"])
q("who-what", "Việc bình xét gia đình học tập, dòng họ học tập năm 2026 do đơn vị nào chủ trì và làm vào tháng mấy?",
  [(D, "\"Cộng đồng học tập\" | Chi hội khuyến học thôn | Ban công tác Mặt trận thôn | Tháng 11/2026")],
  ["Chi hội khuyến học thôn", "Tháng 11/2026"], actors=["Chi hội khuyến học thôn"])
q("no-diacritics", "hoi khuyen hoc xa phu xuan phai bao cao len huyen truoc ngay nao?",
  [(D, "báo cáo Đảng ủy xã và Hội Khuyến học huyện Đông Lĩnh trước ngày 10/12/2026")], ["10/12/2026"])
u("unanswerable", "Năm 2025 Hội Khuyến học xã Phú Xuân vận động được bao nhiêu tiền cho quỹ khuyến học?")
u("unanswerable", "Hợp tác xã Bưởi Phú Xuân đóng góp bao nhiêu tiền cho học bổng Vượt khó học giỏi?")
u("unanswerable", "Thôn nào của xã Phú Xuân chưa đạt danh hiệu Cộng đồng học tập năm 2025?")
u("no-diacritics", "hoi khuyen hoc xa hoa my mo bao nhieu lop ky nang so cho phu huynh nam 2026?")
u("unanswerable", "Danh sách 40 học sinh nhận học bổng Vượt khó học giỏi gồm những em nào?")

# ---------------- n05 QĐ 1520/QĐ-UBND
e1 = "Ai làm Trưởng ban Chỉ đạo chuyển đổi số trong giáo dục và y tế của huyện Đông Lĩnh?"
q("factoid", e1, [(E, "Bà Trịnh Thị Mai Hương, Phó Chủ tịch Ủy ban nhân dân huyện — Trưởng ban")], ["Trịnh Thị Mai Hương"])
q("follow-up", "Vậy Phó Trưởng ban thường trực là ai?",
  [(E, "Ông Lương Văn Đức, Trưởng phòng Giáo dục và Đào tạo — Phó Trưởng ban Thường trực")], ["Lương Văn Đức"], [e1])
u("follow-up", "Số điện thoại liên hệ của bà ấy là gì?", [e1])
q("abbreviation", "Ai được cử làm thư ký BCĐ theo QĐ 1520/QĐ-UBND?",
  [(E, "Bà Đinh Thị Ngọc Ánh, Chuyên viên Phòng Giáo dục và Đào tạo — Thư ký")], ["Đinh Thị Ngọc Ánh"])
q("factoid", "Quyết định lập ban chỉ đạo yêu cầu hoàn thành hồ sơ sức khỏe học sinh điện tử trước mốc nào?",
  [(E, "triển khai hồ sơ sức khỏe học sinh điện tử tại các trường học, hoàn thành trước ngày 31/12/2027")], ["31/12/2027"])
e5 = "Huyện Đông Lĩnh chọn xã nào làm điểm chuyển đổi số ở trường học và trạm y tế?"
q("factoid", e5, [(E, "Chỉ đạo lựa chọn xã Phú Xuân làm điểm về chuyển đổi số trong trường học và trạm y tế")], ["Phú Xuân"])
q("follow-up", "Khi nào thì nhân rộng mô hình đó ra các xã khác?",
  [(E, "rút kinh nghiệm để nhân rộng ra các xã, thị trấn từ năm 2027")], ["từ năm 2027"], [e5])
q("who-what", "Trưởng ban Chỉ đạo phải ra quy chế hoạt động trong thời hạn bao lâu?",
  [(E, "Trưởng ban Chỉ đạo ban hành Quy chế hoạt động và phân công nhiệm vụ cho các thành viên trong thời hạn 15 ngày")],
  ["15 ngày"], actors=["Trưởng ban Chỉ đạo"])
q("no-diacritics", "co quan thuong truc cua bcd chuyen doi so giao duc va y te huyen dong linh la don vi nao?",
  [(E, "Phòng Giáo dục và Đào tạo là cơ quan thường trực của Ban Chỉ đạo")], ["Phòng Giáo dục và Đào tạo"])
q("metadata", "Quyết định thành lập BCĐ chuyển đổi số GD và YT huyện Đông Lĩnh ký ngày nào, ai ký?",
  [(E, "Đông Lĩnh, ngày 28 tháng 7 năm 2026"), (E, "CHỦ TỊCH\n\nNguyễn Hữu Thành")],
  ["28 tháng 7 năm 2026", "Nguyễn Hữu Thành"])
q("no-diacritics", "qd 1520 can cu quyet dinh nao cua ubnd tinh tay son ha?",
  [(E, "Căn cứ Quyết định số 845/QĐ-UBND ngày 12/5/2026 của Ủy ban nhân dân tỉnh Tây Sơn Hà")], ["845/QĐ-UBND"])
q("list", "Ban Chỉ đạo chuyển đổi số của huyện phải báo cáo định kỳ cho những nơi nào?",
  [(E, "định kỳ 6 tháng, hằng năm báo cáo Chủ tịch Ủy ban nhân dân huyện, Sở Giáo dục và Đào tạo và Sở Y tế")],
  ["Sở Giáo dục và Đào tạo", "Sở Y tế"])
q("who-what", "Phòng Tài chính - Kế hoạch có trách nhiệm gì về kinh phí của Ban Chỉ đạo?",
  [(E, "Phòng Tài chính - Kế hoạch thẩm định, trình cấp có thẩm quyền phân bổ")], ["thẩm định"],
  actors=["Phòng Tài chính - Kế hoạch"])
u("unanswerable", "Mỗi thành viên Ban Chỉ đạo chuyển đổi số huyện Đông Lĩnh được phụ cấp bao nhiêu một tháng?")
u("unanswerable", "Quy chế hoạt động của Ban Chỉ đạo chuyển đổi số huyện ban hành kèm quyết định số mấy?")
u("unanswerable", "Đại diện Công an huyện tham gia Ban Chỉ đạo chuyển đổi số giáo dục và y tế là ai?")
u("no-diacritics", "qd 1520 cap bao nhieu ty dong kinh phi cho bcd hoat dong nam 2026?")
u("unanswerable", "Thị trấn Đông Lĩnh được chọn làm điểm chuyển đổi số trạm y tế từ năm nào?")

# ---------------- corpus-level
q("corpus", "Văn bản nào trong bộ tài liệu được ban hành để cụ thể hóa Nghị quyết 12-NQ/ĐU của Đảng ủy xã Phú Xuân?",
  [(D, "Căn cứ Nghị quyết số 12-NQ/ĐU ngày 20/3/2026 của Ban Chấp hành Đảng bộ xã Phú Xuân"),
   (B, "Hội Khuyến học xã xây dựng kế hoạch thực hiện nhiệm vụ xây dựng xã hội học tập trong tháng 4/2026")],
  ["Hội Khuyến học"])
q("corpus", "Ông Lương Văn Đức có tên trong những văn bản nào và giữ vai trò gì?",
  [(A, "TRƯỞNG PHÒNG\n\nLương Văn Đức"),
   (E, "Ông Lương Văn Đức, Trưởng phòng Giáo dục và Đào tạo — Phó Trưởng ban Thường trực")],
  ["Lương Văn Đức", "Phó Trưởng ban Thường trực"])
q("corpus", "Lớp kỹ năng số cho phụ huynh ở Phú Xuân được nhắc trong những văn bản nào?",
  [(A, "Riêng Trường THCS Phú Xuân phối hợp với Hội Khuyến học xã Phú Xuân triển khai"),
   (D, "Mở ít nhất 04 lớp \"Lớp học kỹ năng số cho cha mẹ học sinh\", mỗi lớp từ 30 đến 40 học viên")],
  ["Trường THCS Phú Xuân", "04 lớp"])
q("corpus", "Trường THCS Phú Xuân được các văn bản nhắc tới với những kết quả, nhiệm vụ chuyển đổi số nào?",
  [(C, "Trường THCS Phú Xuân là đơn vị đầu tiên hoàn thành việc số hóa 100% hồ sơ"),
   (A, "Trường THCS Phú Xuân, Trường THCS Thạch Bàn và Trường TH&THCS Vĩnh Lộc tiếp tục thí điểm")],
  ["số hóa 100% hồ sơ", "thí điểm"])
q("corpus", "Những văn bản nào lấy Nghị quyết 57-NQ/TW của Bộ Chính trị làm căn cứ?",
  [(B, "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị"),
   (E, "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị")], ["57-NQ/TW"])
q("corpus", "Báo cáo của ngành y tế có nhắc tới Ban Chỉ đạo chuyển đổi số của huyện Đông Lĩnh không, trong nội dung gì?",
  [(C, "Mô hình này đang được Ban Chỉ đạo chuyển đổi số trong giáo dục và y tế huyện Đông Lĩnh theo dõi để nhân rộng")],
  ["nhân rộng"])
u("abbreviation", "Sở KH&CN tỉnh Tây Sơn Hà giao cho huyện Đông Lĩnh những nhiệm vụ gì trong các văn bản?")
u("unanswerable", "Đoàn Thanh niên tỉnh Tây Sơn Hà có kế hoạch gì về chuyển đổi số trong trường học năm 2026?")

for i, d in enumerate(Q, 1):
    d2 = {"id": "nx%03d" % i}
    d2.update(d)
    Q[i - 1] = d2
with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for d in Q:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")

def act(name, role, deadline, quote):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": quote}
W = [
 {"id": "wn01", "directive": "CV 418/PGDĐT-THCS", "source": A, "actors": [
   act("Hiệu trưởng các trường", None, "trước ngày 15/9/2026", "Phòng Giáo dục và Đào tạo huyện Đông Lĩnh đề nghị Hiệu trưởng các trường triển khai một số nội dung sau"),
   act("Phó Hiệu trưởng", None, None, "Phân công một Phó Hiệu trưởng phụ trách chung, giao giáo viên Tin học làm đầu mối theo dõi"),
   act("Trường THCS Thạch Bàn", None, None, "Trường THCS Phú Xuân, Trường THCS Thạch Bàn và Trường TH&THCS Vĩnh Lộc tiếp tục thí điểm mô hình"),
   act("Trường THCS Phú Xuân", "chủ trì", None, "Riêng Trường THCS Phú Xuân phối hợp với Hội Khuyến học xã Phú Xuân triển khai"),
   act("Hội Khuyến học xã Phú Xuân", "phối hợp", None, "Riêng Trường THCS Phú Xuân phối hợp với Hội Khuyến học xã Phú Xuân triển khai"),
   act("Đoàn Thanh niên", "phối hợp", "ít nhất 01 buổi/học kỳ", "Phối hợp với Đoàn Thanh niên, Hội Khuyến học các xã, thị trấn tổ chức sinh hoạt chuyên đề"),
   act("Trung tâm Y tế huyện", "phối hợp", None, "Phối hợp với Trung tâm Y tế huyện lồng ghép nội dung phòng, chống nghiện trò chơi điện tử")],
  "intruders": ["Lương Văn Đức", "TRƯỞNG PHÒNG", "Đinh Thị Ngọc Ánh", "UBND HUYỆN ĐÔNG LĨNH", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                "Sở GD&ĐT tỉnh Tây Sơn Hà (b/c)", "Ban Chỉ đạo CĐS trong GD và YT huyện", "Lưu: VT, THCS."]},
 {"id": "wn02", "directive": "NQ 12-NQ/ĐU", "source": B, "actors": [
   act("Các chi bộ", None, None, "Các chi bộ đưa nội dung chuyển đổi số vào sinh hoạt chuyên đề ít nhất 02 lần/năm"),
   act("Hội Nông dân xã", "chủ trì", None, "Hội Nông dân xã phối hợp với Hợp tác xã Bưởi Phú Xuân đẩy mạnh truy xuất nguồn gốc bằng mã QR"),
   act("Hợp tác xã Bưởi Phú Xuân", "phối hợp", None, "Hội Nông dân xã phối hợp với Hợp tác xã Bưởi Phú Xuân đẩy mạnh truy xuất nguồn gốc bằng mã QR"),
   act("Đảng ủy viên phụ trách các thôn", None, "trước ngày 15/4/2026", "Đảng ủy xã giao Đảng ủy viên phụ trách các thôn chỉ đạo các chi bộ tổ chức quán triệt Nghị quyết"),
   act("Ủy ban nhân dân xã", None, "trước ngày 30/4/2026", "Đảng ủy xã giao Ủy ban nhân dân xã xây dựng kế hoạch thực hiện Nghị quyết, cụ thể hóa thành chỉ tiêu hằng năm"),
   act("Ủy ban Mặt trận Tổ quốc Việt Nam xã", None, None, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể đưa chỉ tiêu chuyển đổi số vào nội dung bình xét thi đua"),
   act("Hội Khuyến học xã", None, "trong tháng 4/2026", "Hội Khuyến học xã xây dựng kế hoạch thực hiện nhiệm vụ xây dựng xã hội học tập trong tháng 4/2026"),
   act("Văn phòng Đảng ủy", None, "định kỳ hằng năm", "Văn phòng Đảng ủy giúp Ban Thường vụ Đảng ủy theo dõi, đôn đốc; định kỳ hằng năm báo cáo kết quả")],
  "intruders": ["Hà Văn Quyết", "T/M ĐẢNG ỦY", "BÍ THƯ", "ĐẢNG CỘNG SẢN VIỆT NAM", "ĐẢNG BỘ HUYỆN ĐÔNG LĨNH",
                "Ban Thường vụ Huyện ủy (b/c)", "Ban Tuyên giáo Huyện ủy (b/c)", "Các đồng chí Đảng ủy viên", "Lưu Văn phòng Đảng ủy."]},
 {"id": "wn03", "directive": "BC 236/BC-SYT", "source": C, "actors": [
   act("Trung tâm Y tế huyện", "chủ trì", None, "Tại huyện Đông Lĩnh, Trung tâm Y tế huyện phối hợp với Phòng Giáo dục và Đào tạo triển khai tại 14 trường"),
   act("Phòng Giáo dục và Đào tạo", "phối hợp", None, "Trung tâm Y tế huyện phối hợp với Phòng Giáo dục và Đào tạo triển khai tại 14 trường"),
   act("Ủy ban nhân dân tỉnh", None, "năm 2027", "Đề nghị Ủy ban nhân dân tỉnh bố trí 1,2 tỷ đồng để mua sắm thiết bị phục vụ hồ sơ sức khỏe học sinh điện tử năm 2027"),
   act("Bộ Y tế", None, None, "Đề nghị Bộ Y tế sớm ban hành chuẩn dữ liệu dùng chung về sức khỏe học sinh"),
   act("Sở Giáo dục và Đào tạo", None, None, "Đề nghị Sở Giáo dục và Đào tạo chỉ đạo các nhà trường bố trí thời lượng hợp lý")],
  "intruders": ["Tô Minh Khang", "KT. GIÁM ĐỐC", "PHÓ GIÁM ĐỐC", "UBND TỈNH TÂY SƠN HÀ", "Bộ Y tế (b/c)",
                "Giám đốc, các PGĐ Sở", "Lưu: VT, NVY.", "Kính gửi: Ủy ban nhân dân tỉnh Tây Sơn Hà."]},
 {"id": "wn04", "directive": "KH 05/KH-HKH", "source": D, "actors": [
   act("Thường trực Hội Khuyến học xã", "chủ trì", None, "Thường trực Hội Khuyến học xã chịu trách nhiệm triển khai, theo dõi, đôn đốc việc thực hiện Kế hoạch"),
   act("Các chi hội khuyến học thôn", None, "trước ngày 10/5/2026", "Các chi hội khuyến học thôn căn cứ Kế hoạch xây dựng chương trình hoạt động cụ thể, gửi về Hội trước ngày 10/5/2026"),
   act("Trường THCS Phú Xuân", "phối hợp", None, "Đề nghị Trường THCS Phú Xuân bố trí phòng máy tính và giáo viên Tin học hỗ trợ giảng dạy"),
   act("Đoàn Thanh niên xã", "phối hợp", None, "Đề nghị Đoàn Thanh niên xã cử đoàn viên tình nguyện làm trợ giảng"),
   act("Trung tâm học tập cộng đồng xã", "chủ trì", "Quý III/2026", "Trung tâm học tập cộng đồng xã | Hội Nông dân xã | Quý III/2026"),
   act("Hội Nông dân xã", "phối hợp", "Quý III/2026", "Trung tâm học tập cộng đồng xã | Hội Nông dân xã | Quý III/2026"),
   act("Hợp tác xã Bưởi Phú Xuân", "phối hợp", "tháng 9/2026", "Trao học bổng \"Vượt khó học giỏi\" | Hội Khuyến học xã | Hợp tác xã Bưởi Phú Xuân")],
  "intruders": ["Phan Thị Kim Oanh", "TM. BAN CHẤP HÀNH", "HỘI KHUYẾN HỌC HUYỆN ĐÔNG LĨNH", "Thường trực Đảng ủy xã (b/c)",
                "Hội Khuyến học huyện (b/c)", "Các chi hội khuyến học;", "Lưu: VP Hội."]},
 {"id": "wn05", "directive": "QĐ 1520/QĐ-UBND", "source": E, "actors": [
   act("Trưởng ban Chỉ đạo", None, "trong thời hạn 15 ngày kể từ ngày Quyết định này có hiệu lực", "Trưởng ban Chỉ đạo ban hành Quy chế hoạt động và phân công nhiệm vụ cho các thành viên trong thời hạn 15 ngày"),
   act("Phòng Giáo dục và Đào tạo", "chủ trì", None, "Phòng Giáo dục và Đào tạo là cơ quan thường trực của Ban Chỉ đạo"),
   act("Trung tâm Y tế huyện", "phối hợp", None, "Trung tâm Y tế huyện là cơ quan phối hợp thường trực đối với lĩnh vực y tế"),
   act("Phòng Tài chính - Kế hoạch", None, None, "Phòng Tài chính - Kế hoạch thẩm định, trình cấp có thẩm quyền phân bổ"),
   act("Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện", None, None, "Chánh Văn phòng Hội đồng nhân dân và Ủy ban nhân dân huyện, Trưởng phòng Nội vụ, Trưởng phòng Giáo dục và Đào tạo"),
   act("Chủ tịch Ủy ban nhân dân các xã, thị trấn", None, None, "Chủ tịch Ủy ban nhân dân các xã, thị trấn và các ông, bà có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này")],
  "intruders": ["Nguyễn Hữu Thành", "CHỦ TỊCH ỦY BAN NHÂN DÂN HUYỆN ĐÔNG LĨNH", "Sở GD&ĐT, Sở Y tế tỉnh (b/c)",
                "TT Huyện ủy, TT HĐND huyện (b/c)", "Chủ tịch, các PCT UBND huyện", "Lưu: VT, NV."]},
]
with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
    for w in W:
        f.write(json.dumps(w, ensure_ascii=False) + "\n")
print(len(Q), "questions;", len(W), "who-what lines")

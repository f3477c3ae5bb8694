"""Writes questions.jsonl, who_what.jsonl and doc_of_question.json for eval/blind27 (python3)."""
import json, os, unicodedata
HERE = os.path.dirname(os.path.abspath(__file__))
S1 = "qc01_nq09_hu_van_loc_nguon_nhan_luc_2030.txt"
S2 = "qc02_kh187_ubnd_tinh_ngay_cds_10_10.md"
S3 = "qc03_hd14_ldld_tinh_ky_nang_so_cong_nhan.docx"
S4 = "qc04_bc42_ttgdnn_gdtx_van_loc_xoa_mu_chu.md"
S5 = "qc05_cv2315_vp_ubnd_tinh_y_kien_pct_de_xuat_skhcn.txt"
Q = []
DOC = [None]


def A(kind, q, ev, kw, hist=None, actors=None):
    Q.append(dict(question=q, answerable=True, kind=kind,
                  evidence=[{"source": s, "quote": t} for s, t in ev], keywords=kw,
                  history=hist, actors=actors, _doc=DOC[0]))


def U(kind, q, hist=None):
    Q.append(dict(question=q, answerable=False, kind=kind, evidence=[], keywords=[],
                  history=hist, actors=None, _doc=DOC[0]))


# ---------------- qc01: NQ 09-NQ/HU ----------------
DOC[0] = "qc01"
a1 = "Nghị quyết nhân lực chất lượng cao của huyện Vạn Lộc đặt mục tiêu tỷ lệ lao động qua đào tạo đến 2030 là bao nhiêu?"
A("factoid", a1, [(S1, "Tỷ lệ lao động qua đào tạo đạt 75%, trong đó có bằng cấp, chứng chỉ đạt 35%")], ["75%", "35%"])
a2 = "Còn mốc năm 2027 thì sao?"
A("follow-up", a2, [(S1, "phấn đấu đến năm 2027 tỷ lệ lao động qua đào tạo đạt 68%")], ["68%"], hist=[a1])
U("follow-up", "Vậy năm 2028 phải đạt bao nhiêu?", hist=[a1, a2])
a5 = "ho tro thu hut tien si ve lam viec o huyen van loc la bao nhieu tien"
A("no-diacritics", a5, [(S1, "Hỗ trợ một lần 150 triệu đồng đối với người có trình độ tiến sĩ")], ["150 triệu đồng"])
A("follow-up", "con thac si thi duoc bao nhieu", [(S1, "80 triệu đồng đối với thạc sĩ và 50 triệu đồng đối với người tốt nghiệp đại học loại xuất sắc")],
  ["80 triệu đồng"], hist=[a5])
A("abbreviation", "NQ 09-NQ/HU yêu cầu ngân sách huyện chi bao nhiêu cho cả giai đoạn?",
  [(S1, "Ngân sách huyện bố trí ít nhất 12 tỷ đồng trong giai đoạn 2025 - 2030")], ["12 tỷ đồng"])
A("who-what", "UBND huyện được giao việc gì, hạn khi nào?",
  [(S1, "Ủy ban nhân dân huyện xây dựng Đề án phát triển nguồn nhân lực chất lượng cao giai đoạn 2025 - 2030, trình Hội đồng nhân dân huyện trước ngày 30/7/2025")],
  ["30/7/2025"], actors=["Ủy ban nhân dân huyện"])
a9 = "Ai chủ trì hướng dẫn học tập, quán triệt nghị quyết này?"
A("who-what", a9, [(S1, "Ban Tuyên giáo và Dân vận Huyện ủy chủ trì, phối hợp với Trung tâm Chính trị huyện hướng dẫn học tập, quán triệt Nghị quyết, hoàn thành trước ngày 30/6/2025")],
  ["Ban Tuyên giáo và Dân vận Huyện ủy", "30/6/2025"], actors=["Ban Tuyên giáo và Dân vận Huyện ủy"])
A("follow-up", "Đơn vị nào phối hợp?", [(S1, "phối hợp với Trung tâm Chính trị huyện hướng dẫn học tập")], ["Trung tâm Chính trị huyện"], hist=[a9])
A("who-what", "MTTQ huyện có nhiệm vụ gì trong việc thực hiện nghị quyết?",
  [(S1, "Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện tuyên truyền, vận động đoàn viên, hội viên học nghề, học kỹ năng số")],
  ["học kỹ năng số"], actors=["Ủy ban Mặt trận Tổ quốc Việt Nam huyện"])
A("who-what", "Văn phòng Huyện ủy lo phần nào, khi nào sơ kết?",
  [(S1, "Văn phòng Huyện ủy theo dõi, tổng hợp, tham mưu Ban Thường vụ Huyện ủy sơ kết vào quý IV/2027 và tổng kết vào năm 2030")],
  ["quý IV/2027"], actors=["Văn phòng Huyện ủy"])
A("metadata", "Nghị quyết 09 của Huyện ủy Vạn Lộc ký ngày nào, ai ký?",
  [(S1, "Vạn Lộc, ngày 18 tháng 4 năm 2025"), (S1, "Lưu: VT, VPHU.                               Hoàng Văn Dũng")],
  ["18 tháng 4 năm 2025", "Hoàng Văn Dũng"])
A("list", "Mấy xã vùng cao nào còn nhiều lao động chưa qua đào tạo?",
  [(S1, "tập trung ở các xã vùng cao Nà Khoang, Lũng Cao, Phìn Sáng")], ["Nà Khoang", "Lũng Cao", "Phìn Sáng"])
A("abbreviation", "Trường THCS Dân tộc bán trú Nà Khoang phải xây xong năm nào?",
  [(S1, "đầu tư xây dựng Trường Trung học cơ sở Dân tộc bán trú Nà Khoang hoàn thành trong năm 2027")], ["2027"])
A("no-diacritics", "muc tieu ky nang so cho nguoi trong do tuoi lao dong den 2030",
  [(S1, "80% người trong độ tuổi lao động có kỹ năng số cơ bản")], ["80%"])
A("who-what", "Phòng Nội vụ huyện phải làm gì theo NQ 09?",
  [(S1, "chỉ đạo Phòng Nội vụ chủ trì, phối hợp với Phòng Giáo dục và Đào tạo rà soát, đánh giá thực trạng đội ngũ")],
  ["rà soát, đánh giá thực trạng đội ngũ"], actors=["Phòng Nội vụ"])
U("unanswerable", "Nghị quyết 09-NQ/HU hỗ trợ tiền thuê nhà bao nhiêu một tháng cho người được thu hút về huyện?")
U("unanswerable", "Tỷ lệ lao động qua đào tạo của huyện Vạn Lộc năm 2023 là bao nhiêu?")
U("abbreviation", "HĐND huyện đã ra nghị quyết chính sách thu hút nhân tài số mấy?")
U("no-diacritics", "huyen uy van loc giao chi tieu dao tao nghe cho tung xa the nao")

# ---------------- qc02: KH 187/KH-UBND ----------------
DOC[0] = "qc02"
b1 = "Hội nghị hưởng ứng ngày chuyển đổi số 10/10 của tỉnh tổ chức lúc mấy giờ, ở đâu?"
A("factoid", b1, [(S2, "tôn vinh 20 tập thể, cá nhân tiêu biểu, tại Trung tâm Hội nghị tỉnh"), (S2, "8 giờ 00 ngày 10/10/2025")],
  ["8 giờ 00", "Trung tâm Hội nghị tỉnh"])
A("follow-up", "Ai chủ trì, ai phối hợp?", [(S2, "8 giờ 00 ngày 10/10/2025 | Sở Khoa học và Công nghệ | Văn phòng Ủy ban nhân dân tỉnh; Sở Nội vụ")],
  ["Sở Khoa học và Công nghệ", "Văn phòng Ủy ban nhân dân tỉnh"], hist=[b1])
A("factoid", "Triển lãm sản phẩm số làm mấy ngày, ở chỗ nào?",
  [(S2, "Triển lãm \"Sản phẩm số Sông Cầu Hạ\" với khoảng 60 gian hàng, tại Quảng trường 19/8 thành phố Bến Cầu | Từ ngày 09/10 đến ngày 11/10/2025")],
  ["Quảng trường 19/8", "09/10", "11/10/2025"])
b4 = "KH 187 dành tổng bao nhiêu tiền cho các hoạt động cấp tỉnh?"
A("abbreviation", b4, [(S2, "Tổng kinh phí thực hiện các hoạt động cấp tỉnh là 1.450 triệu đồng")], ["1.450 triệu đồng"])
b5 = "Trong đó triển lãm hết bao nhiêu?"
A("follow-up", b5, [(S2, "Trong đó: Hội nghị hưởng ứng 320 triệu đồng; Triển lãm 680 triệu đồng")], ["680 triệu đồng"], hist=[b4])
A("follow-up", "Còn hoạt động ở huyện, xã thì lấy tiền ở đâu?",
  [(S2, "Kinh phí tổ chức hoạt động ở cấp huyện, cấp xã do ngân sách huyện, xã tự bảo đảm")], ["tự bảo đảm"], hist=[b4, b5])
U("follow-up", "Vậy tiền thưởng cho 20 tập thể, cá nhân tiêu biểu là bao nhiêu?", hist=[b4, b5])
A("who-what", "ke hoach 187 giao so tai chinh lam gi, han bao gio",
  [(S2, "Sở Tài chính thẩm định, cấp kinh phí cho các hoạt động cấp tỉnh trước ngày 20/9/2025")], ["20/9/2025"], actors=["Sở Tài chính"])
A("who-what", "Sở GD&ĐT được giao việc gì trong tuần cao điểm?",
  [(S2, "Sở Giáo dục và Đào tạo chỉ đạo các trường trung học cơ sở, trung học phổ thông tổ chức ít nhất 01 tiết sinh hoạt chủ đề về an toàn trên không gian mạng")],
  ["an toàn trên không gian mạng"], actors=["Sở Giáo dục và Đào tạo"])
b9 = "Các huyện phải xây dựng kế hoạch hưởng ứng trước ngày nào?"
A("who-what", b9, [(S2, "Ủy ban nhân dân các huyện, thành phố xây dựng kế hoạch hưởng ứng của địa phương trước ngày 20/9/2025")],
  ["20/9/2025"], actors=["Ủy ban nhân dân các huyện, thành phố"])
A("follow-up", "Còn báo cáo kết quả thì gửi đâu, hạn nào?",
  [(S2, "báo cáo kết quả về Sở Khoa học và Công nghệ trước ngày 30/10/2025")], ["Sở Khoa học và Công nghệ", "30/10/2025"], hist=[b9])
A("factoid", "Chủ đề hưởng ứng năm nay của tỉnh là gì?",
  [(S2, "Chủ đề năm 2025 của tỉnh: \"Sông Cầu Hạ số - Người dân làm chủ công nghệ\"")], ["Người dân làm chủ công nghệ"])
A("metadata", "Ai ký KH 187/KH-UBND?", [(S2, "**PHÓ CHỦ TỊCH**\n\n(Đã ký)\n\n**Trần Quốc Khánh**")], ["Trần Quốc Khánh"])
A("no-diacritics", "so dien thoai dau moi cua so khcn ve ngay cds la gi",
  [(S2, "bà Nguyễn Thị Thu Hằng, Trưởng phòng Chuyển đổi số, điện thoại 0912 468 357")], ["0912 468 357", "Nguyễn Thị Thu Hằng"])
A("who-what", "Ai chủ trì cuộc thi trực tuyến tìm hiểu về CĐS?",
  [(S2, "Cuộc thi trực tuyến \"Tìm hiểu về chuyển đổi số\" | Từ ngày 15/9 đến ngày 05/10/2025 | Báo và Phát thanh, Truyền hình Sông Cầu Hạ")],
  ["Báo và Phát thanh, Truyền hình Sông Cầu Hạ"], actors=["Báo và Phát thanh, Truyền hình Sông Cầu Hạ"])
A("who-what", "Tỉnh đoàn phải làm gì theo kế hoạch này?",
  [(S2, "Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh huy động đoàn viên, hội viên tham gia Tổ công nghệ số cộng đồng")],
  ["Tổ công nghệ số cộng đồng"], actors=["Tỉnh đoàn"])
U("abbreviation", "KH 187 có quy định giải thưởng cuộc thi trực tuyến bao nhiêu tiền không?")
U("unanswerable", "Kế hoạch chuyển đổi số năm 2025 số 35/KH-UBND đặt chỉ tiêu dịch vụ công trực tuyến bao nhiêu phần trăm?")
U("no-diacritics", "le phat dong ngay cds o huyen van loc to chuc o dau")
U("unanswerable", "Tuần lễ thanh toán không dùng tiền mặt có bao nhiêu điểm chấp nhận thanh toán tham gia?")
A("corpus", "Có văn bản nào trong bộ này triển khai KH 187/KH-UBND của tỉnh không?",
  [(S3, "thực hiện Kế hoạch số 187/KH-UBND ngày 02/9/2025 của Ủy ban nhân dân tỉnh về tổ chức các hoạt động hưởng ứng"),
   (S4, "Kế hoạch số 187/KH-UBND ngày 02/9/2025 của Ủy ban nhân dân tỉnh về hưởng ứng Ngày Chuyển đổi số quốc gia năm 2025"),
   (S5, "theo Kế hoạch số 187/KH-UBND ngày 02/9/2025 của Ủy ban nhân dân tỉnh")], ["187/KH-UBND"])

# ---------------- qc03: HD 14/HD-LĐLĐ ----------------
DOC[0] = "qc03"
c1 = "Chỉ tiêu bồi dưỡng kỹ năng số cho công nhân giai đoạn 2025-2026 là bao nhiêu người?"
A("factoid", c1, [(S3, "Phấn đấu có 6.000 đoàn viên, công nhân lao động được bồi dưỡng kỹ năng số trong năm 2025 - 2026")], ["6.000"])
A("follow-up", "Trong đó nữ chiếm bao nhiêu?", [(S3, "trong đó lao động nữ chiếm ít nhất 40%")], ["40%"], hist=[c1])
A("abbreviation", "Theo HD 14 của LĐLĐ tỉnh, một lớp học mấy buổi, tối đa bao nhiêu người?",
  [(S3, "Mỗi lớp học trong 02 buổi (08 tiết), tối đa 50 học viên/lớp")], ["02 buổi", "50 học viên"])
A("list", "Lớp kỹ năng số cho công nhân học những chuyên đề gì?",
  [(S3, "Chuyên đề 1: Kích hoạt, sử dụng tài khoản định danh điện tử VNeID mức độ 2"),
   (S3, "Chuyên đề 2: An toàn thông tin cá nhân, nhận diện và phòng chống lừa đảo trực tuyến"),
   (S3, "Chuyên đề 3: Thanh toán số và sử dụng ứng dụng \"Công đoàn Việt Nam\""),
   (S3, "Chuyên đề 4: Sử dụng công cụ trí tuệ nhân tạo cơ bản")],
  ["VNeID", "lừa đảo trực tuyến", "Thanh toán số", "trí tuệ nhân tạo"])
c5 = "cong doan co so phai lap danh sach hoc vien truoc ngay nao"
A("no-diacritics", c5, [(S3, "lập danh sách học viên đăng ký theo mẫu số 01 kèm Hướng dẫn"), (S3, "Trước ngày 10/10/2025")], ["10/10/2025"])
c6 = "roi cong doan cap tren tong hop gui len truoc ngay nao"
A("follow-up", c6, [(S3, "Tổng hợp, gửi danh sách đăng ký qua Phần mềm quản lý đoàn viên"), (S3, "Trước ngày 20/10/2025")], ["20/10/2025"], hist=[c5])
A("follow-up", "Thế lớp học bắt đầu mở từ bao giờ?", [(S3, "Tổ chức lớp học, điểm danh học viên bằng mã QR"), (S3, "Từ ngày 01/11/2025 đến ngày 30/4/2026")],
  ["01/11/2025", "30/4/2026"], hist=[c5, c6])
c9 = "Ban Tuyên giáo LĐLĐ tỉnh phải làm gì?"
A("who-what", c9, [(S3, "Ban Tuyên giáo Liên đoàn Lao động tỉnh chủ trì, phối hợp với Văn phòng Liên đoàn Lao động tỉnh biên soạn tài liệu \"Sổ tay kỹ năng số cho công nhân\"")],
  ["Sổ tay kỹ năng số cho công nhân"], actors=["Ban Tuyên giáo Liên đoàn Lao động tỉnh"])
A("follow-up", "Hạn xong cuốn sổ tay đó là khi nào?", [(S3, "\"Sổ tay kỹ năng số cho công nhân\", hoàn thành trước ngày 15/10/2025")], ["15/10/2025"], hist=[c9])
A("who-what", "Công đoàn các KCN có nhiệm vụ gì?",
  [(S3, "Công đoàn các khu công nghiệp tỉnh phối hợp với Ban Quản lý các khu công nghiệp tỉnh vận động doanh nghiệp bố trí địa điểm, thời gian học cho công nhân")],
  ["Ban Quản lý các khu công nghiệp tỉnh"], actors=["Công đoàn các khu công nghiệp tỉnh"])
A("who-what", "ban tai chinh ldld tinh lam gi",
  [(S3, "Ban Tài chính Liên đoàn Lao động tỉnh hướng dẫn việc thanh toán, quyết toán kinh phí hỗ trợ lớp học")],
  ["quyết toán"], actors=["Ban Tài chính Liên đoàn Lao động tỉnh"])
A("factoid", "Liên đoàn tỉnh hỗ trợ mỗi lớp bao nhiêu tiền?", [(S3, "Liên đoàn Lao động tỉnh hỗ trợ 3.000.000 đồng/lớp")], ["3.000.000 đồng"])
A("metadata", "Hướng dẫn 14/HD-LĐLĐ ký ngày nào, ai ký?",
  [(S3, "Bến Cầu, ngày 22 tháng 9 năm 2025"), (S3, "PHÓ CHỦ TỊCH\n(Đã ký)\nĐinh Thị Mai Phương")], ["22 tháng 9 năm 2025", "Đinh Thị Mai Phương"])
c15 = "Muốn hỏi về lớp kỹ năng số cho công nhân thì liên hệ ai?"
A("factoid", c15, [(S3, "đồng chí Phạm Minh Tuấn, Phó Trưởng Ban Tuyên giáo Liên đoàn Lao động tỉnh, điện thoại 0983 251 704")],
  ["Phạm Minh Tuấn", "0983 251 704"])
U("follow-up", "Còn số điện thoại của Ban Tài chính thì sao?", hist=[c15])
A("who-what", "LĐLĐ các huyện phải báo cáo kết quả trước ngày nào?",
  [(S3, "Liên đoàn Lao động các huyện, thành phố và công đoàn ngành chỉ đạo công đoàn cơ sở lập danh sách, tổ chức lớp"),
   (S3, "báo cáo kết quả về Liên đoàn Lao động tỉnh (qua Ban Tuyên giáo) trước ngày 15/5/2026")],
  ["15/5/2026"], actors=["Liên đoàn Lao động các huyện, thành phố"])
U("unanswerable", "Đến nay đã có bao nhiêu công nhân học xong lớp kỹ năng số của công đoàn?")
U("abbreviation", "KH 112/KH-TLĐ của Tổng Liên đoàn giao chỉ tiêu cả nước bao nhiêu lao động?")
U("no-diacritics", "hoc vien khong co dien thoai thong minh thi co duoc muon may de hoc khong")
U("unanswerable", "Giảng viên lớp kỹ năng số được trả thù lao bao nhiêu một buổi?")

# ---------------- qc04: BC 42/BC-TTGDNN-GDTX ----------------
DOC[0] = "qc04"
d1 = "Năm 2025 trung tâm mở được bao nhiêu lớp xóa mù chữ, bao nhiêu học viên?"
A("factoid", d1, [(S4, "mở 14 lớp xóa mù chữ tại 5 xã với 318 học viên")], ["14 lớp", "318 học viên"])
d2 = "Tỷ lệ hoàn thành là bao nhiêu?"
A("follow-up", d2, [(S4, "Có 291 học viên hoàn thành chương trình, đạt tỷ lệ 91,5%")], ["91,5%"], hist=[d1])
U("follow-up", "Trong số đó có bao nhiêu người Dao?", hist=[d1, d2])
A("factoid", "Xã Thạch Bàn có bao nhiêu học viên học kỹ năng số?", [(S4, "| 4 | Thạch Bàn | 2 | 38 | 4 | 142 | 93,3 |")], ["142"])
d5 = "xa lung cao ty le hoan thanh bao nhieu"
A("no-diacritics", d5, [(S4, "| 2 | Lũng Cao | 4 | 98 | 2 | 61 | 86,8 |")], ["86,8"])
A("follow-up", "con xa phin sang thi sao", [(S4, "| 3 | Phìn Sáng | 3 | 67 | 2 | 58 | 90,4 |")], ["90,4"], hist=[d5])
U("unanswerable", "Xã Đồng Tâm mở được mấy lớp kỹ năng số năm 2025?")
d8 = "TT GDNN-GDTX huyện mở tổng cộng bao nhiêu lớp kỹ năng số, bao nhiêu học viên?"
A("abbreviation", d8, [(S4, "Trung tâm mở 38 lớp phổ cập kỹ năng số tại 8 xã, thị trấn với 1.278 học viên")], ["38 lớp", "1.278"])
A("follow-up", "Riêng dịp ngày hội Bình dân học vụ số thì mở được bao nhiêu lớp?",
  [(S4, "Trung tâm mở 11 lớp cấp tốc cho 402 người dân")], ["11 lớp", "402"], hist=[d8])
A("factoid", "Xóa mù chữ năm 2025 tốn tổng bao nhiêu tiền, ngân sách huyện chi bao nhiêu?",
  [(S4, "Tổng kinh phí thực hiện năm 2025 là 1.264 triệu đồng, trong đó ngân sách huyện 980 triệu đồng")], ["1.264 triệu đồng", "980 triệu đồng"])
A("list", "Báo cáo nêu những khó khăn, hạn chế gì?",
  [(S4, "27 học viên lớp xóa mù chữ bỏ học giữa chừng"), (S4, "Sóng di động 4G yếu tại bản Khe Sâu và bản Pá Lùng"),
   (S4, "tài liệu dạy chữ cho người Mông chưa có bản song ngữ")], ["27 học viên", "Khe Sâu", "song ngữ"])
d13 = "trung tam de nghi huyen bo tri bao nhieu tien cho nam 2026"
A("no-diacritics", d13, [(S4, "Đề nghị Ủy ban nhân dân huyện bố trí 1,5 tỷ đồng cho năm 2026")], ["1,5 tỷ đồng"])
A("follow-up", "Còn đề nghị Phòng GD&ĐT điều thêm mấy giáo viên?", [(S4, "điều động thêm 06 giáo viên tiểu học tham gia dạy xóa mù chữ")], ["06 giáo viên"], hist=[d13])
A("metadata", "Báo cáo 42 của trung tâm do ai ký, ngày nào?",
  [(S4, "*Vạn Lộc, ngày 15 tháng 12 năm 2025*"), (S4, "**GIÁM ĐỐC**\n\n(Đã ký)\n\n**Lò Văn Thiện**")], ["15 tháng 12 năm 2025", "Lò Văn Thiện"])
A("factoid", "Ai cho mượn máy tính bảng để dạy các lớp vùng cao?",
  [(S4, "Chi nhánh Viettel Vạn Lộc hỗ trợ 40 máy tính bảng cho các lớp vùng cao")], ["Viettel Vạn Lộc", "40 máy tính bảng"])
U("unanswerable", "Năm 2026 trung tâm dự kiến mở bao nhiêu lớp ở xã Lũng Cao?")
U("abbreviation", "Năm 2024 huyện mở được bao nhiêu lớp XMC?")
U("no-diacritics", "bao nhieu hoc vien lop ky nang so la nguoi dan toc thieu so")
d21 = "Kế hoạch xóa mù chữ giai đoạn 2025-2027 của UBND huyện là KH số mấy?"
A("abbreviation", d21, [(S4, "Kế hoạch số 64/KH-UBND ngày 12/3/2025 của Ủy ban nhân dân huyện về xóa mù chữ giai đoạn 2025 - 2027")], ["64/KH-UBND"])
U("follow-up", "Kế hoạch đó giao mỗi năm bao nhiêu lớp?", hist=[d21])
A("corpus", "Báo cáo của trung tâm GDTX căn cứ nghị quyết nào của Huyện ủy, nghị quyết đó đặt mục tiêu kỹ năng số thế nào?",
  [(S4, "Thực hiện Nghị quyết số 09-NQ/HU ngày 18/4/2025 của Ban Chấp hành Đảng bộ huyện"),
   (S1, "80% người trong độ tuổi lao động có kỹ năng số cơ bản")], ["09-NQ/HU", "80%"])

# ---------------- qc05: CV 2315/VP-KGVX ----------------
DOC[0] = "qc05"
A("abbreviation", "CV 2315/VP-KGVX truyền đạt ý kiến của lãnh đạo nào?",
  [(S5, "đồng chí Trần Quốc Khánh, Phó Chủ tịch Ủy ban nhân dân tỉnh có ý kiến như sau")], ["Trần Quốc Khánh"])
A("abbreviation", "Đề xuất của Sở KH&CN là văn bản số mấy, ngày nào?",
  [(S5, "Xét Văn bản số 856/SKHCN-CĐS ngày 16/10/2025 của Sở Khoa học và Công nghệ")], ["856/SKHCN-CĐS", "16/10/2025"])
e3 = "Ai lo dự thảo quyết định thành lập tổ công tác bình dân học vụ số, hạn lúc nào?"
A("who-what", e3, [(S5, "Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ dự thảo Quyết định thành lập Tổ công tác và quy chế hoạt động, trình Ủy ban nhân dân tỉnh trước ngày 10/11/2025")],
  ["Sở Khoa học và Công nghệ", "10/11/2025"], actors=["Sở Khoa học và Công nghệ"])
e4 = "Tổ trưởng là ai?"
A("follow-up", e4, [(S5, "do Giám đốc Sở Khoa học và Công nghệ làm Tổ trưởng")], ["Giám đốc Sở Khoa học và Công nghệ"], hist=[e3])
U("follow-up", "Tổ có bao nhiêu thành viên, gồm những ai?", hist=[e3, e4])
e6 = "so tai chinh phai lam gi voi de nghi bo sung kinh phi"
A("who-what", e6, [(S5, "giao Sở Tài chính chủ trì, phối hợp với Sở Khoa học và Công nghệ thẩm định, tham mưu bố trí trong dự toán ngân sách năm 2026")],
  ["dự toán ngân sách năm 2026"], actors=["Sở Tài chính"])
A("follow-up", "vay han la khi nao", [(S5, "tham mưu bố trí trong dự toán ngân sách năm 2026 theo quy định, trước ngày 15/11/2025")], ["15/11/2025"], hist=[e6])
A("abbreviation", "Sở KH&CN xin bổ sung bao nhiêu kinh phí năm 2026?", [(S5, "Về đề nghị bổ sung 2,1 tỷ đồng kinh phí năm 2026")], ["2,1 tỷ đồng"])
e9 = "Sở GD&ĐT được giao gì trong CV này?"
A("who-what", e9, [(S5, "Sở Giáo dục và Đào tạo chỉ đạo các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên lồng ghép nội dung kỹ năng số vào các lớp xóa mù chữ")],
  ["lồng ghép nội dung kỹ năng số"], actors=["Sở Giáo dục và Đào tạo"])
A("follow-up", "Bắt đầu áp dụng từ khi nào?", [(S5, "vào các lớp xóa mù chữ từ học kỳ II năm học 2025 - 2026")], ["học kỳ II năm học 2025 - 2026"], hist=[e9])
A("who-what", "UBND các huyện phải gửi số liệu gì cho Sở KH&CN, hạn nào?",
  [(S5, "Ủy ban nhân dân các huyện, thành phố rà soát, cập nhật số liệu lớp phổ cập kỹ năng số đã tổ chức trên địa bàn, gửi Sở Khoa học và Công nghệ trước ngày 05/11/2025")],
  ["05/11/2025"], actors=["Ủy ban nhân dân các huyện, thành phố"])
A("who-what", "LĐLĐ tỉnh phối hợp việc gì theo ý kiến PCT tỉnh?",
  [(S5, "phối hợp với Sở Giáo dục và Đào tạo và Liên đoàn Lao động tỉnh rà soát các nền tảng học tập dùng chung đã có của các bộ, ngành")],
  ["rà soát các nền tảng học tập dùng chung"], actors=["Liên đoàn Lao động tỉnh"])
e13 = "Đề xuất nào của Sở KH&CN chưa được chấp thuận?"
A("factoid", e13, [(S5, "Chưa xem xét đề xuất của Sở Khoa học và Công nghệ về việc khen thưởng cấp tỉnh cho các Tổ công nghệ số cộng đồng")], ["khen thưởng"])
A("follow-up", "Khi nào thì xét lại?", [(S5, "nội dung này thực hiện khi sơ kết phong trào vào quý II/2026")], ["quý II/2026"], hist=[e13])
A("metadata", "Công văn 2315 của Văn phòng ban hành ngày nào, ai ký?",
  [(S5, "Bến Cầu, ngày 24 tháng 10 năm 2025"), (S5, "Lưu: VT, KGVX (Th).                             Vũ Thị Thanh Tâm")],
  ["24 tháng 10 năm 2025", "Vũ Thị Thanh Tâm"])
U("no-diacritics", "nen tang hoc so song cau ha du kien dau tu het bao nhieu tien")
U("abbreviation", "Sở KH&CN báo cáo có bao nhiêu lượt người dân tham gia Ngày CĐS 2025?")
U("unanswerable", "Quyết định thành lập Tổ công tác Bình dân học vụ số đã được UBND tỉnh ký ngày nào, số mấy?")
A("who-what", "de xuat nen tang hoc so giao ai chu tri, bao cao truoc ngay nao",
  [(S5, "Về đề xuất xây dựng nền tảng \"Học số Sông Cầu Hạ\": giao Sở Khoa học và Công nghệ chủ trì"),
   (S5, "báo cáo Ủy ban nhân dân tỉnh trước ngày 30/11/2025")], ["30/11/2025", "Sở Khoa học và Công nghệ"],
  actors=["Sở Khoa học và Công nghệ"])
A("corpus", "Cuốn sổ tay kỹ năng số mà công văn 2315 nhắc tới do ai biên soạn, hạn xong khi nào?",
  [(S5, "tích hợp tài liệu \"Sổ tay kỹ năng số cho công nhân\" của Liên đoàn Lao động tỉnh"),
   (S3, "Ban Tuyên giáo Liên đoàn Lao động tỉnh chủ trì, phối hợp với Văn phòng Liên đoàn Lao động tỉnh biên soạn tài liệu"),
   (S3, "\"Sổ tay kỹ năng số cho công nhân\", hoàn thành trước ngày 15/10/2025")],
  ["Ban Tuyên giáo Liên đoàn Lao động tỉnh", "15/10/2025"])
A("corpus", "Trong bộ văn bản này có những văn bản nào do UBND tỉnh hoặc Văn phòng UBND tỉnh ban hành?",
  [(S2, "Số: 187/KH-UBND\n\nBến Cầu, ngày 02 tháng 9 năm 2025"),
   (S5, "Số: 2315/VP-KGVX                           Bến Cầu, ngày 24 tháng 10 năm 2025")], ["187/KH-UBND", "2315/VP-KGVX"])

# ---------------- who_what gold ----------------
def act(name, role, deadline, quote):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": quote}

WW = [
    {"id": "wqc01", "directive": "NQ 09-NQ/HU", "source": S1, "actors": [
        act("Ban Thường vụ Huyện ủy", None, "trong tháng 5/2025", "Ban Thường vụ Huyện ủy lãnh đạo, chỉ đạo việc quán triệt và ban hành Kế hoạch thực hiện Nghị quyết trong tháng 5/2025"),
        act("Đảng đoàn Hội đồng nhân dân huyện", None, "tại kỳ họp giữa năm 2025", "Đảng đoàn Hội đồng nhân dân huyện lãnh đạo Hội đồng nhân dân huyện ban hành nghị quyết về chính sách thu hút nhân tài tại kỳ họp giữa năm 2025"),
        act("Ủy ban nhân dân huyện", None, "trước ngày 30/7/2025", "Ủy ban nhân dân huyện xây dựng Đề án phát triển nguồn nhân lực chất lượng cao giai đoạn 2025 - 2030, trình Hội đồng nhân dân huyện trước ngày 30/7/2025"),
        act("Phòng Nội vụ", "chủ trì", None, "chỉ đạo Phòng Nội vụ chủ trì, phối hợp với Phòng Giáo dục và Đào tạo rà soát, đánh giá thực trạng đội ngũ"),
        act("Phòng Giáo dục và Đào tạo", "phối hợp", None, "Phòng Nội vụ chủ trì, phối hợp với Phòng Giáo dục và Đào tạo rà soát, đánh giá thực trạng đội ngũ"),
        act("Ban Tuyên giáo và Dân vận Huyện ủy", "chủ trì", "trước ngày 30/6/2025", "Ban Tuyên giáo và Dân vận Huyện ủy chủ trì, phối hợp với Trung tâm Chính trị huyện hướng dẫn học tập, quán triệt Nghị quyết, hoàn thành trước ngày 30/6/2025"),
        act("Trung tâm Chính trị huyện", "phối hợp", "trước ngày 30/6/2025", "phối hợp với Trung tâm Chính trị huyện hướng dẫn học tập, quán triệt Nghị quyết, hoàn thành trước ngày 30/6/2025"),
        act("Ban Tổ chức Huyện ủy", "chủ trì", None, "Ban Tổ chức Huyện ủy chủ trì tham mưu quy hoạch, đào tạo, bồi dưỡng đội ngũ cán bộ"),
        act("Ủy ban Mặt trận Tổ quốc Việt Nam huyện", None, None, "Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các đoàn thể chính trị - xã hội huyện tuyên truyền, vận động đoàn viên, hội viên học nghề"),
        act("Ủy ban Kiểm tra Huyện ủy", None, None, "Ủy ban Kiểm tra Huyện ủy đưa nội dung thực hiện Nghị quyết vào chương trình kiểm tra, giám sát hằng năm"),
        act("Văn phòng Huyện ủy", None, "quý IV/2027", "Văn phòng Huyện ủy theo dõi, tổng hợp, tham mưu Ban Thường vụ Huyện ủy sơ kết vào quý IV/2027 và tổng kết vào năm 2030"),
    ], "intruders": ["Hoàng Văn Dũng", "Ban Thường vụ Tỉnh ủy", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "ĐẢNG CỘNG SẢN VIỆT NAM",
                     "Bộ Chính trị", "Lưu: VT"]},
    {"id": "wqc02", "directive": "KH 187/KH-UBND", "source": S2, "actors": [
        act("Sở Khoa học và Công nghệ", "chủ trì", "trước ngày 05/11/2025", "Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì theo dõi, đôn đốc thực hiện Kế hoạch"),
        act("Sở Văn hóa, Thể thao và Du lịch", "chủ trì", "trước ngày 01/10/2025", "Sở Văn hóa, Thể thao và Du lịch chủ trì, phối hợp với các cơ quan báo chí xây dựng chuyên mục tuyên truyền"),
        act("Sở Giáo dục và Đào tạo", None, "trong tuần từ ngày 06/10 đến ngày 10/10/2025", "Sở Giáo dục và Đào tạo chỉ đạo các trường trung học cơ sở, trung học phổ thông tổ chức ít nhất 01 tiết sinh hoạt chủ đề về an toàn trên không gian mạng"),
        act("Sở Tài chính", None, "trước ngày 20/9/2025", "Sở Tài chính thẩm định, cấp kinh phí cho các hoạt động cấp tỉnh trước ngày 20/9/2025"),
        act("Liên đoàn Lao động tỉnh", None, "trong tháng 9/2025", "Liên đoàn Lao động tỉnh ban hành hướng dẫn tổ chức bồi dưỡng kỹ năng số cho đoàn viên, công nhân lao động"),
        act("Tỉnh đoàn", None, None, "Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh huy động đoàn viên, hội viên tham gia Tổ công nghệ số cộng đồng"),
        act("Hội Liên hiệp Phụ nữ tỉnh", None, None, "Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh huy động đoàn viên, hội viên tham gia Tổ công nghệ số cộng đồng"),
        act("Ủy ban nhân dân các huyện, thành phố", None, "trước ngày 20/9/2025", "Ủy ban nhân dân các huyện, thành phố xây dựng kế hoạch hưởng ứng của địa phương trước ngày 20/9/2025"),
        act("Báo và Phát thanh, Truyền hình Sông Cầu Hạ", "chủ trì", "Từ ngày 15/9 đến ngày 05/10/2025", "Cuộc thi trực tuyến \"Tìm hiểu về chuyển đổi số\" | Từ ngày 15/9 đến ngày 05/10/2025 | Báo và Phát thanh, Truyền hình Sông Cầu Hạ"),
        act("Ngân hàng Nhà nước chi nhánh tỉnh", "chủ trì", "Từ ngày 06/10 đến ngày 12/10/2025", "Tuần lễ thanh toán không dùng tiền mặt tại chợ, bệnh viện, trường học | Từ ngày 06/10 đến ngày 12/10/2025 | Ngân hàng Nhà nước chi nhánh tỉnh"),
    ], "intruders": ["Trần Quốc Khánh", "Thường trực Tỉnh ủy", "Ủy ban MTTQ Việt Nam tỉnh", "Bộ Khoa học và Công nghệ",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Lưu: VT"]},
    {"id": "wqc03", "directive": "HD 14/HD-LĐLĐ", "source": S3, "actors": [
        act("Ban Tuyên giáo Liên đoàn Lao động tỉnh", "chủ trì", "trước ngày 15/10/2025", "Ban Tuyên giáo Liên đoàn Lao động tỉnh chủ trì, phối hợp với Văn phòng Liên đoàn Lao động tỉnh biên soạn tài liệu"),
        act("Văn phòng Liên đoàn Lao động tỉnh", "phối hợp", "trước ngày 15/10/2025", "phối hợp với Văn phòng Liên đoàn Lao động tỉnh biên soạn tài liệu \"Sổ tay kỹ năng số cho công nhân\""),
        act("Ban Tài chính Liên đoàn Lao động tỉnh", None, None, "Ban Tài chính Liên đoàn Lao động tỉnh hướng dẫn việc thanh toán, quyết toán kinh phí hỗ trợ lớp học"),
        act("Công đoàn các khu công nghiệp tỉnh", None, None, "Công đoàn các khu công nghiệp tỉnh phối hợp với Ban Quản lý các khu công nghiệp tỉnh vận động doanh nghiệp bố trí địa điểm"),
        act("Liên đoàn Lao động các huyện, thành phố", None, "trước ngày 15/5/2026", "Liên đoàn Lao động các huyện, thành phố và công đoàn ngành chỉ đạo công đoàn cơ sở lập danh sách, tổ chức lớp"),
    ], "intruders": ["Đinh Thị Mai Phương", "Tổng Liên đoàn Lao động Việt Nam", "Sở Khoa học và Công nghệ",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Lưu: VT"]},
    {"id": "wqc04", "directive": "CV 2315/VP-KGVX", "source": S5, "actors": [
        act("Sở Khoa học và Công nghệ", "chủ trì", "trước ngày 10/11/2025", "Giao Sở Khoa học và Công nghệ chủ trì, phối hợp với Sở Nội vụ dự thảo Quyết định thành lập Tổ công tác"),
        act("Sở Nội vụ", "phối hợp", "trước ngày 10/11/2025", "phối hợp với Sở Nội vụ dự thảo Quyết định thành lập Tổ công tác và quy chế hoạt động"),
        act("Sở Khoa học và Công nghệ", "chủ trì", "trước ngày 30/11/2025", "Về đề xuất xây dựng nền tảng \"Học số Sông Cầu Hạ\": giao Sở Khoa học và Công nghệ chủ trì"),
        act("Sở Giáo dục và Đào tạo", "phối hợp", "trước ngày 30/11/2025", "phối hợp với Sở Giáo dục và Đào tạo và Liên đoàn Lao động tỉnh rà soát các nền tảng học tập dùng chung"),
        act("Liên đoàn Lao động tỉnh", "phối hợp", "trước ngày 30/11/2025", "phối hợp với Sở Giáo dục và Đào tạo và Liên đoàn Lao động tỉnh rà soát các nền tảng học tập dùng chung"),
        act("Sở Tài chính", "chủ trì", "trước ngày 15/11/2025", "giao Sở Tài chính chủ trì, phối hợp với Sở Khoa học và Công nghệ thẩm định, tham mưu bố trí trong dự toán ngân sách năm 2026"),
        act("Sở Giáo dục và Đào tạo", None, "từ học kỳ II năm học 2025 - 2026", "Sở Giáo dục và Đào tạo chỉ đạo các trung tâm giáo dục nghề nghiệp - giáo dục thường xuyên lồng ghép nội dung kỹ năng số"),
        act("Ủy ban nhân dân các huyện, thành phố", None, "trước ngày 05/11/2025", "Ủy ban nhân dân các huyện, thành phố rà soát, cập nhật số liệu lớp phổ cập kỹ năng số đã tổ chức trên địa bàn"),
    ], "intruders": ["Vũ Thị Thanh Tâm", "Trần Quốc Khánh", "Lãnh đạo Văn phòng",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Lưu: VT"]},
]


def nfc(x):
    if isinstance(x, str):
        return unicodedata.normalize("NFC", x)
    if isinstance(x, list):
        return [nfc(v) for v in x]
    if isinstance(x, dict):
        return {k: nfc(v) for k, v in x.items()}
    return x


if __name__ == "__main__":
    doc_of = {}
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for i, q in enumerate(Q, 1):
            qid = "qc%03d" % i
            doc_of[qid] = q.pop("_doc")
            out = {"id": qid}
            for k in ("question", "answerable", "kind", "evidence", "keywords", "history", "actors"):
                if q.get(k) is not None:
                    out[k] = q[k]
            f.write(json.dumps(nfc(out), ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for w in WW:
            f.write(json.dumps(nfc(w), ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "doc_of_question.json"), "w", encoding="utf-8") as f:
        json.dump(doc_of, f, ensure_ascii=False, indent=0)
    print("questions:", len(Q), "who-what lines:", len(WW))

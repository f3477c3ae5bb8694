# -*- coding: utf-8 -*-
"""Write questions.jsonl and who_what.jsonl for eval set blind35 (tỉnh Hòa Phong).

Run with /work/main/.venv/bin/python make_questions.py
"""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
D1 = "qk01_kh_ubnd_tinh.docx"
D2 = "qk02_cv_sgddt.txt"
D3 = "qk03_qd_hoithi.pdf"
D4 = "qk04_bc_xa_hanhlam.md"
D5 = "qk05_tb_huyenuy.txt"

Q = []  # (key, dict)


def add(key, question, kind, ev=(), kw=(), ans=True, hist=None, actors=None):
    Q.append((key, dict(question=question, kind=kind, ev=list(ev), kw=list(kw), ans=ans,
                        hist=hist, actors=actors)))


def U(key, question, kind="unanswerable", hist=None):
    add(key, question, kind, ans=False, hist=hist)


# ---------------- qk01: KH 142/KH-UBND (UBND tỉnh) ----------------
add("a1", "Theo kế hoạch của UBND tỉnh thì năm nay phải phổ cập kỹ năng số cho bao nhiêu phần trăm người dân?",
    "factoid", [(D1, "Ít nhất 75% người dân trong độ tuổi từ 15 đến 60 được phổ cập kỹ năng số cơ bản")], ["75%"])
add("a2", "Tổng kinh phí dự kiến cho kế hoạch Bình dân học vụ số của tỉnh năm 2026 là bao nhiêu?",
    "factoid", [(D1, "Tổng kinh phí thực hiện Kế hoạch năm 2026 dự kiến là 18,6 tỷ đồng")], ["18,6 tỷ đồng"])
U("a3", "Còn năm 2027 thì dự kiến bao nhiêu?", kind="follow-up", hist="a2")
add("a4", "Trong đó ngân sách tỉnh chi bao nhiêu?", "follow-up",
    [(D1, "ngân sách tỉnh 12,4 tỷ đồng; ngân sách cấp huyện, cấp xã 4,2 tỷ đồng")], ["12,4 tỷ đồng"], hist="a2")
add("a5", "Sở Nội vụ được giao làm gì trong Kế hoạch 142/KH-UBND?", "who-what",
    [(D1, "Sở Nội vụ chủ trì xây dựng chương trình bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức"),
     (D1, "đưa kết quả thực hiện Kế hoạch vào tiêu chí đánh giá, xếp loại thi đua năm 2026")],
    ["bồi dưỡng kỹ năng số", "xếp loại thi đua"], actors=["Sở Nội vụ"])
add("a6", "Tỉnh đoàn có nhiệm vụ gì trong kế hoạch bình dân học vụ số của tỉnh?", "who-what",
    [(D1, "Tỉnh đoàn Hòa Phong chỉ đạo thành lập đội hình thanh niên tình nguyện “Bình dân học vụ số”"),
     (D1, "mỗi xã, phường, thị trấn có ít nhất 01 đội hình hoạt động trong các tháng cao điểm hè")],
    ["01 đội hình", "tháng 6 đến tháng 8/2026"], actors=["Tỉnh đoàn Hòa Phong"])
add("a7", "Cơ quan nào làm thường trực kế hoạch của tỉnh và phải báo cáo UBND tỉnh theo định kỳ nào?", "who-what",
    [(D1, "Sở Khoa học và Công nghệ là cơ quan thường trực"),
     (D1, "báo cáo Ủy ban nhân dân tỉnh định kỳ hằng quý (trước ngày 20 của tháng cuối quý)")],
    ["Sở Khoa học và Công nghệ", "trước ngày 20 của tháng cuối quý"], actors=["Sở Khoa học và Công nghệ"])
add("a8", "Thế báo cáo tổng kết năm thì hạn khi nào?", "follow-up",
    [(D1, "báo cáo tổng kết năm trước ngày 15/12/2026")], ["15/12/2026"], hist="a7")
add("a9", "UBND các huyện phải gửi KH triển khai về Sở KH&CN trước ngày nào?", "abbreviation",
    [(D1, "gửi về Sở Khoa học và Công nghệ trước ngày 15/4/2026")], ["15/4/2026"])
add("a10", "so to cong nghe so cong dong toi thieu toan tinh phai co la bao nhieu", "no-diacritics",
    [(D1, "toàn tỉnh có không dưới 1.180 Tổ với khoảng 6.500 thành viên")], ["1.180"])
add("a11", "Chỉ tiêu tỷ lệ hồ sơ TTHC giải quyết trực tuyến toàn trình của tỉnh năm 2026 là mấy %?", "abbreviation",
    [(D1, "được tiếp nhận và giải quyết trực tuyến toàn trình đạt từ 80% trở lên")], ["80%"])
add("a14", "Kế hoạch 142 của UBND tỉnh ký ngày nào và ai là người ký?", "metadata",
    [(D1, "Hòa Phong, ngày 12 tháng 3 năm 2026"), (D1, "(Đã ký) Tạ Quang Hiển")],
    ["12 tháng 3 năm 2026", "Tạ Quang Hiển"])
add("a15", "ke hoach 142 cua tinh can cu nghi quyet nao cua bo chinh tri", "no-diacritics",
    [(D1, "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị")], ["57-NQ/TW"])
add("a16", "KH 142 ghi đầu mối liên hệ ở Sở KH&CN là ai, sđt bao nhiêu?", "abbreviation",
    [(D1, "ông Đỗ Minh Khải, Phó Trưởng phòng, điện thoại 0912 406 338")], ["Đỗ Minh Khải", "0912 406 338"])
add("a17", "Các lớp kỹ năng số cho người dân theo kế hoạch tỉnh thì dạy những nội dung gì?", "list",
    [(D1, "cài đặt và sử dụng ứng dụng định danh điện tử, dịch vụ công trực tuyến, thanh toán không dùng tiền "
          "mặt, nhận diện tin giả và lừa đảo trực tuyến")],
    ["định danh điện tử", "tin giả"])
add("a20", "Kế hoạch của tỉnh phải phủ sóng di động cho bao nhiêu thôn bản đang bị vùng lõm?", "factoid",
    [(D1, "phủ sóng di động băng rộng tại 37 thôn, bản còn “vùng lõm” sóng")], ["37 thôn"])
add("a21", "Những đơn vị nào phối hợp làm việc đó?", "follow-up",
    [(D1, "Viettel Hòa Phong; VNPT Hòa Phong; UBND các huyện")], ["Viettel Hòa Phong", "VNPT Hòa Phong"],
    hist="a20")
U("a22", "Kế hoạch 142 của tỉnh giao Sở Y tế nhiệm vụ gì về chuyển đổi số?")
U("a23", "Giám đốc Sở KH&CN tỉnh Hòa Phong hiện nay là ai?")
U("a24", "KH 142 giao đặt hàng bao nhiêu nhiệm vụ KH&CN cấp tỉnh trong năm 2025?")
U("a25", "Huyện Thuần Đức đã gửi kế hoạch triển khai Bình dân học vụ số về Sở Khoa học và Công nghệ chưa?")
add("a26", "moi thang phai dang bao nhieu tin bai ve binh dan hoc vu so theo ke hoach cua tinh", "no-diacritics",
    [(D1, "Mỗi tháng đăng tải ít nhất 04 tin, bài, phóng sự chuyên đề")], ["04 tin, bài"])
add("a27", "KH 142: bao nhiêu DN nhỏ và vừa được hỗ trợ ứng dụng CĐS trong năm?", "abbreviation",
    [(D1, "hỗ trợ ít nhất 40 doanh nghiệp nhỏ và vừa ứng dụng công nghệ số")], ["40 doanh nghiệp"])
U("a28", "ngay hoi binh dan hoc vu so cap tinh to chuc o dia diem nao")

# ---------------- qk02: CV 611/SGDĐT-GDTrH (Sở GD&ĐT) ----------------
add("b1", "Công văn của Sở GD&ĐT về thí điểm dạy trí tuệ nhân tạo số mấy, ban hành ngày nào?", "metadata",
    [(D2, "Số: 611/SGDĐT-GDTrH Hòa Phong, ngày 02 tháng 4 năm 2026")],
    ["611/SGDĐT-GDTrH", "02 tháng 4 năm 2026"])
add("b2", "Có bao nhiêu trường được chọn thí điểm giáo dục AI, chia theo cấp học ra sao?", "factoid",
    [(D2, "Sở đã lựa chọn 30 trường tham gia thí điểm giáo dục trí tuệ nhân tạo"),
     (D2, "gồm 18 trường trung học cơ sở và 12 trường trung học phổ thông")],
    ["30 trường", "18 trường trung học cơ sở", "12 trường trung học phổ thông"])
add("b4", "tap huan giao vien cot can dot 1 to chuc o dau, tu ngay nao", "no-diacritics",
    [(D2, "Đợt 1: từ ngày 15/6/2026 đến ngày 19/6/2026 tại Trường Đại học Hòa Phong")],
    ["15/6/2026", "Trường Đại học Hòa Phong"])
add("b5", "Còn đợt 2 thì sao?", "follow-up",
    [(D2, "Đợt 2: từ ngày 06/7/2026 đến ngày 10/7/2026 tại Trường THPT chuyên Hòa Phong")],
    ["06/7/2026", "Trường THPT chuyên Hòa Phong"], hist="b4")
add("b6", "Mỗi trường thí điểm cử mấy giáo viên đi tập huấn, là giáo viên môn gì?", "factoid",
    [(D2, "Mỗi trường thí điểm cử 02 giáo viên (01 giáo viên Tin học và 01 giáo viên Khoa học tự nhiên hoặc Vật lý)")],
    ["02 giáo viên", "Tin học"])
add("b7", "Vậy hạn gửi danh sách là khi nào?", "follow-up",
    [(D2, "danh sách gửi về Sở trước ngày 30/5/2026")], ["30/5/2026"], hist="b6")
add("b8", "Mỗi trường thí điểm AI được hỗ trợ bao nhiêu tiền theo CV 611?", "abbreviation",
    [(D2, "được hỗ trợ 45 triệu đồng để mua sắm bộ thiết bị robot, cảm biến và học liệu số")], ["45 triệu đồng"])
U("b9", "Các trường THCS không thuộc diện thí điểm được Sở hỗ trợ bao nhiêu tiền mua thiết bị STEM?")
add("b10", "Ngày hội STEM cấp tỉnh tổ chức hôm nào, ở đâu?", "factoid",
    [(D2, "Ngày hội STEM cấp tỉnh dự kiến tổ chức ngày 12/12/2026 tại Nhà Thiếu nhi tỉnh Hòa Phong")],
    ["12/12/2026", "Nhà Thiếu nhi tỉnh Hòa Phong"])
add("b11", "con cap huyen thi to chuc luc nao", "follow-up",
    [(D2, "tổ chức Ngày hội STEM cấp huyện trong tháng 11/2026")], ["tháng 11/2026"], hist="b10")
U("b12", "Ngày hội STEM cấp huyện của huyện Kiến Mỹ tổ chức tại địa điểm nào?")
add("b13", "Các Trung tâm GDNN-GDTX phải làm gì theo công văn của Sở GD&ĐT?", "who-what",
    [(D2, "Các Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên phối hợp với Ủy ban nhân dân cấp xã mở "
          "lớp phổ cập kỹ năng số cho người dân"),
     (D2, "mỗi Trung tâm tổ chức ít nhất 06 lớp trong năm 2026")],
    ["06 lớp"], actors=["Các Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên"])
add("b15", "han bao cao ket qua ra soat dieu kien day hoc STEM la ngay nao", "no-diacritics",
    [(D2, "gửi về Sở qua Phòng Giáo dục Trung học trước ngày 25/4/2026")], ["25/4/2026"])
add("b16", "Vướng mắc về công văn thí điểm AI thì liên hệ ai ở Sở?", "factoid",
    [(D2, "liên hệ bà Nguyễn Thị Hồng Nhung, chuyên viên Phòng Giáo dục Trung học, điện thoại 0235 3812 447")],
    ["Nguyễn Thị Hồng Nhung", "0235 3812 447"])
add("b17", "Ai ký công văn 611 của Sở Giáo dục?", "metadata",
    [(D2, "Lưu: VT, GDTrH. Hoàng Văn Tuệ")], ["Hoàng Văn Tuệ"])
U("b20", "Công văn 612/SGDĐT-GDTrH của Sở GD&ĐT hướng dẫn nội dung gì?")
U("b21", "Trường THPT chuyên Hòa Phong có nằm trong 12 trường THPT thí điểm giáo dục AI không?")
add("b22", "CV 611 yêu cầu mỗi khối lớp tổ chức tối thiểu bao nhiêu chủ đề STEM trong năm học?", "abbreviation",
    [(D2, "mỗi khối lớp tổ chức tối thiểu 04 chủ đề/bài học STEM trong năm học")], ["04 chủ đề"])
add("b23", "Trường chưa đủ ĐK thí điểm AI phải báo cáo Sở GD&ĐT trước ngày nào để được hỗ trợ?", "abbreviation",
    [(D2, "trường chưa đủ điều kiện báo cáo về Sở trước ngày 10/5/2026")], ["10/5/2026"])
add("b24", "cac truong thi diem AI phai chuan bi phong hoc nhu the nao", "no-diacritics",
    [(D2, "chủ động bố trí phòng học có máy tính kết nối Internet")], ["máy tính kết nối Internet"])
U("b25", "Sở GD&ĐT hỗ trợ mỗi Trung tâm GDNN-GDTX bao nhiêu kinh phí để mở lớp kỹ năng số?")

# ---------------- qk03: QĐ 2318/QĐ-UBND (UBND huyện Kiến Mỹ) ----------------
add("c1", "Quyết định tổ chức Hội thi Ý tưởng sáng tạo số của huyện Kiến Mỹ số mấy, ai ký?", "metadata",
    [(D3, "Số: 2318/QĐ-UBND Kiến Mỹ, ngày 20 tháng 4 năm 2026"), (D3, "CHỦ TỊCH (Đã ký) Hà Minh Cương")],
    ["2318/QĐ-UBND", "Hà Minh Cương"])
add("c2", "Giải nhất hội thi ý tưởng sáng tạo số được thưởng bao nhiêu?", "factoid",
    [(D3, "01 giải Nhất, trị giá 10.000.000 đồng")], ["10.000.000 đồng"])
add("c3", "the giai khuyen khich thi co may giai, moi giai bao nhieu", "follow-up",
    [(D3, "05 giải Khuyến khích, mỗi giải 1.500.000 đồng")], ["05 giải Khuyến khích", "1.500.000 đồng"],
    hist="c2")
U("c4", "Giải đặc biệt của Hội thi Ý tưởng sáng tạo số huyện Kiến Mỹ được thưởng bao nhiêu tiền?")
add("c5", "han nop ho so du thi y tuong sang tao so la khi nao", "no-diacritics",
    [(D3, "từ ngày 05/5/2026 đến 17 giờ 00 ngày 31/7/2026")], ["31/7/2026"])
add("c6", "Nộp ở đâu?", "follow-up",
    [(D3, "nộp trực tiếp tại Phòng Văn hóa, Khoa học và Thông tin huyện (tầng 2, trụ sở HĐND - UBND huyện, "
          "số 18 đường Lê Lai, thị trấn Kiến Mỹ)"),
     (D3, "hoithisangtao@kienmy.hoaphong.gov.vn")],
    ["số 18 đường Lê Lai", "hoithisangtao@kienmy.hoaphong.gov.vn"], hist="c5")
add("c7", "Vòng chung khảo hội thi diễn ra ngày nào, ở đâu?", "factoid",
    [(D3, "Vòng chung khảo: tổ chức ngày 26/9/2026 tại Hội trường Trung tâm Văn hóa - Thể thao và Truyền thông huyện")],
    ["26/9/2026"])
U("c8", "Chung khảo hội thi Ý tưởng sáng tạo số ngày 26/9 bắt đầu lúc mấy giờ?")
add("c9", "Hội thi chấm theo những tiêu chí nào, mỗi tiêu chí bao nhiêu điểm?", "list",
    [(D3, "Tính mới, tính sáng tạo: 30 điểm"), (D3, "Khả năng ứng dụng vào thực tiễn của huyện: 40 điểm"),
     (D3, "Hiệu quả kinh tế - xã hội: 20 điểm")],
    ["30 điểm", "40 điểm", "20 điểm"])
add("c11", "Phòng Tài chính - Kế hoạch huyện làm gì theo QĐ 2318?", "who-what",
    [(D3, "Phòng Tài chính - Kế hoạch thẩm định dự toán, tham mưu bố trí kinh phí tổ chức Hội thi 186.000.000 đồng")],
    ["186.000.000 đồng"], actors=["Phòng Tài chính - Kế hoạch"])
add("c12", "Huyện đoàn Kiến Mỹ phải làm gì cho hội thi?", "who-what",
    [(D3, "Huyện đoàn Kiến Mỹ vận động đoàn viên, thanh niên tham gia Bảng B; hỗ trợ hoàn thiện hồ sơ, quay video "
          "giới thiệu ý tưởng")],
    ["Bảng B"], actors=["Huyện đoàn Kiến Mỹ"])
add("c13", "Theo quyết định tổ chức hội thi, các xã, thị trấn phải làm gì?", "who-what",
    [(D3, "Ủy ban nhân dân các xã, thị trấn tuyên truyền, vận động, lựa chọn và gửi ít nhất 03 ý tưởng/xã, thị trấn")],
    ["03 ý tưởng"], actors=["Ủy ban nhân dân các xã, thị trấn"])
add("c14", "Ai làm trưởng ban tổ chức hội thi?", "factoid",
    [(D3, "Bà Phan Thị Diệu Linh, Phó Chủ tịch UBND huyện - Trưởng ban")], ["Phan Thị Diệu Linh"])
add("c15", "Thư ký ban tổ chức là ai, số điện thoại?", "follow-up",
    [(D3, "bà Khổng Thị Yến, Thư ký Ban Tổ chức, điện thoại 0978 215 640")], ["Khổng Thị Yến", "0978 215 640"],
    hist="c14")
U("c16", "Ban Giám khảo hội thi Ý tưởng sáng tạo số gồm những ai?")
add("c17", "Theo QĐ 2318, mỗi ý tưởng bảng A của HS THCS được tối đa mấy em?", "abbreviation",
    [(D3, "mỗi ý tưởng có không quá 03 học sinh và 01 giáo viên hướng dẫn")], ["03 học sinh"])
add("c19", "vong so khao chon bao nhieu y tuong vao chung khao", "no-diacritics",
    [(D3, "chọn 20 ý tưởng (mỗi bảng 10 ý tưởng) vào vòng chung khảo")], ["20 ý tưởng"])
U("c20", "Hội thi Ý tưởng sáng tạo số năm 2025 của huyện Kiến Mỹ ai đạt giải Nhất?")
add("c22", "QĐ 2318 có hiệu lực từ khi nào?", "abbreviation",
    [(D3, "Quyết định này có hiệu lực kể từ ngày ký")], ["kể từ ngày ký"])
add("c23", "ai la pho truong ban thuong truc ban to chuc hoi thi", "no-diacritics",
    [(D3, "Ông Vũ Đình Lập, Trưởng phòng Văn hóa, Khoa học và Thông tin huyện - Phó Trưởng ban thường trực")],
    ["Vũ Đình Lập"])
U("c24", "Ý tưởng đạt giải Nhì của Hội thi được hỗ trợ ươm tạo bao nhiêu tiền?")

# ---------------- qk04: BC 58/BC-UBND (UBND xã Hạnh Lâm) ----------------
add("d1", "Tính đến giữa tháng 6, xã Hạnh Lâm phổ cập kỹ năng số được bao nhiêu người, đạt tỷ lệ bao nhiêu?",
    "factoid",
    [(D4, "toàn xã có 3.137 người trong độ tuổi từ 15 đến 60 được hướng dẫn kỹ năng số cơ bản, đạt 68,9%")],
    ["3.137", "68,9%"])
add("d2", "Thôn nào ở xã Hạnh Lâm có tỷ lệ phổ cập kỹ năng số cao nhất?", "factoid",
    [(D4, "| 1 | Đồng Sậy | 612 | 498 | 81,4 |")], ["Đồng Sậy", "81,4"])
add("d3", "the thon thap nhat?", "follow-up",
    [(D4, "| 9 | Rộc Mạ | 369 | 129 | 35,0 |")], ["Rộc Mạ", "35,0"], hist="d2")
add("d4", "to truong to cong nghe so thon khe lim la ai", "no-diacritics",
    [(D4, "| 8 | Khe Lim | 402 | 166 | 41,3 | 3 | Vi Văn Pản |")], ["Vi Văn Pản"])
add("d7", "6 tháng cuối năm, công chức Văn hóa - Xã hội của xã Hạnh Lâm được giao việc gì?", "who-what",
    [(D4, "Giao công chức Văn hóa - Xã hội chủ trì, phối hợp với các Tổ công nghệ số cộng đồng mở thêm ít nhất "
          "12 lớp tại thôn Khe Lim và thôn Rộc Mạ")],
    ["12 lớp"], actors=["công chức Văn hóa - Xã hội"])
add("d8", "Đoàn Thanh niên xã Hạnh Lâm được đề nghị làm gì trong dịp hè?", "who-what",
    [(D4, "Đề nghị Đoàn Thanh niên xã duy trì đội hình thanh niên tình nguyện “Bình dân học vụ số” trong dịp hè "
          "(từ ngày 01/7 đến ngày 31/8/2026)"),
     (D4, "mỗi tuần ít nhất 02 buổi đến hộ gia đình")],
    ["31/8/2026", "02 buổi"], actors=["Đoàn Thanh niên xã"])
add("d9", "Xã Hạnh Lâm kiến nghị UBND huyện hỗ trợ những gì?", "abbreviation",
    [(D4, "Đề nghị Ủy ban nhân dân huyện hỗ trợ xã 20 máy tính bảng cho các Tổ công nghệ số cộng đồng")],
    ["20 máy tính bảng"])
add("d10", "Còn với Viettel thì xã đề nghị gì?", "follow-up",
    [(D4, "Đề nghị Viettel Kiến Mỹ khảo sát, lắp đặt trạm phát sóng tại thôn Khe Lim trong quý IV/2026")],
    ["Khe Lim", "quý IV/2026"], hist="d9")
U("d11", "Xã Hạnh Lâm đề nghị Viettel lắp trạm phát sóng ở thôn Rộc Mạ vào thời gian nào?")
add("d12", "Báo cáo 58/BC-UBND của xã Hạnh Lâm đề ngày nào, ai ký?", "metadata",
    [(D4, "Hạnh Lâm, ngày 25 tháng 6 năm 2026"), (D4, "(Đã ký) Bùi Văn Hưởng")],
    ["25 tháng 6 năm 2026", "Bùi Văn Hưởng"])
add("d13", "xa hanh lam da so hoa duoc bao nhieu ho so ho tich", "no-diacritics",
    [(D4, "Xã đã số hóa 5.210 hồ sơ hộ tịch, đạt 92% khối lượng cần số hóa")], ["5.210"])
U("d14", "Xã Hạnh Lâm có tổng cộng bao nhiêu hộ gia đình?")
U("d15", "Tỷ lệ phổ cập kỹ năng số của thôn Đồng Sậy hồi quý I/2026 là bao nhiêu?")
add("d16", "HTX Nông nghiệp Hạnh Lâm gắn mã QR truy xuất nguồn gốc cho sản phẩm nào?", "abbreviation",
    [(D4, "ứng dụng mã QR truy xuất nguồn gốc cho sản phẩm miến dong, được công nhận sản phẩm OCOP 3 sao")],
    ["miến dong", "OCOP 3 sao"])
add("d19", "muc tieu den 30/11/2026 ty le pho cap ky nang so cua xa hanh lam la bao nhieu", "no-diacritics",
    [(D4, "Phấn đấu đến ngày 30/11/2026 tỷ lệ người dân trong độ tuổi được phổ cập kỹ năng số đạt từ 76% trở lên")],
    ["76%"])
add("d20", "Theo BC 58, xã Hạnh Lâm có bao nhiêu hộ dùng thanh toán không tiền mặt?", "abbreviation",
    [(D4, "có 1.684 hộ gia đình sử dụng thanh toán không dùng tiền mặt")], ["1.684"])
add("d21", "Tỷ lệ người dân xã Hạnh Lâm có tài khoản ĐDĐT mức 2 theo BC 6 tháng là bao nhiêu?", "abbreviation",
    [(D4, "Tỷ lệ người dân có tài khoản định danh điện tử mức 2 đạt 71,2%")], ["71,2%"])
add("d22", "bao nhieu can bo duoc quan triet o hoi nghi cua xa hanh lam", "no-diacritics",
    [(D4, "Xã đã tổ chức 01 hội nghị quán triệt cho 86 cán bộ, công chức")], ["86 cán bộ"])

# ---------------- qk05: TB 47-TB/HU (Huyện ủy Kiến Mỹ) ----------------
add("e1", "Thông báo kết luận 47-TB/HU ra ngày nào, còn buổi làm việc diễn ra hôm nào?", "metadata",
    [(D5, "Kiến Mỹ, ngày 08 tháng 5 năm 2026"), (D5, "Ngày 05/5/2026, tại Phòng họp số 2, trụ sở Huyện ủy")],
    ["08 tháng 5 năm 2026", "05/5/2026"])
add("e3", "Theo thông báo của Huyện ủy, xã nào có tỷ lệ phổ cập kỹ năng số thấp nhất?", "factoid",
    [(D5, "nhất là xã Sa Lung (mới đạt 38,5%) và xã Tùng Ảnh (44,2%)")], ["Sa Lung", "38,5%"])
add("e4", "Hai xã đó phải phấn đấu đạt bao nhiêu đến cuối năm?", "follow-up",
    [(D5, "phấn đấu đến hết năm 2026 đạt tỷ lệ từ 65% trở lên")], ["65%"], hist="e3")
add("e5", "Ban Tuyên giáo và Dân vận Huyện ủy phải làm gì theo thông báo kết luận?", "who-what",
    [(D5, "Ban Tuyên giáo và Dân vận Huyện ủy chủ trì, phối hợp với Trung tâm Chính trị huyện biên soạn đề cương "
          "tuyên truyền"),
     (D5, "hoàn thành trước ngày 30/5/2026")],
    ["đề cương tuyên truyền", "30/5/2026"], actors=["Ban Tuyên giáo và Dân vận Huyện ủy"])
add("e6", "Phải bổ sung thêm bao nhiêu báo cáo viên?", "follow-up",
    [(D5, "bổ sung ít nhất 06 báo cáo viên có chuyên môn khoa giáo trong năm 2026")], ["06 báo cáo viên"],
    hist="e5")
add("e7", "Hội Khuyến học huyện được giao việc gì?", "who-what",
    [(D5, "Hội Khuyến học huyện phát động phong trào “Gia đình học tập số”, “Dòng họ học tập số”"),
     (D5, "trao 50 suất học bổng “Ươm mầm tài năng số”, mỗi suất 2.000.000 đồng")],
    ["50 suất", "2.000.000 đồng"], actors=["Hội Khuyến học huyện"])
U("e8", "Học bổng Ươm mầm tài năng số năm học 2025 - 2026 đã trao bao nhiêu suất?")
add("e9", "Thường trực Huyện ủy kiểm tra xã Tùng Ảnh ngày nào?", "factoid",
    [(D5, "Ngày 19/6/2026: kiểm tra tại xã Tùng Ảnh")], ["19/6/2026"])
U("e10", "Còn xã Mai Đình?", kind="follow-up", hist="e9")
add("e11", "Huyện đoàn phải làm gì theo TB 47?", "who-what",
    [(D5, "Huyện đoàn chỉ đạo các cơ sở đoàn ra quân chiến dịch “Thanh niên tình nguyện hè - Bình dân học vụ số” "
          "từ ngày 01/7/2026"),
     (D5, "mỗi cơ sở đoàn đăng ký ít nhất 01 công trình “Thôn số”")],
    ["01/7/2026", "Thôn số"], actors=["Huyện đoàn"])
add("e12", "ubnd huyen phai bo tri bao nhieu tien ho tro to cong nghe so cong dong", "no-diacritics",
    [(D5, "bố trí 350 triệu đồng hỗ trợ hoạt động của các Tổ công nghệ số cộng đồng năm 2026")],
    ["350 triệu đồng"])
add("e15", "Phòng GD&ĐT huyện được Thường trực Huyện ủy giao nhiệm vụ gì?", "who-what",
    [(D5, "Phòng Giáo dục và Đào tạo chỉ đạo Trường THCS Hạnh Lâm và Trường THCS thị trấn Kiến Mỹ"),
     (D5, "mỗi trường tiểu học, trung học cơ sở tổ chức ít nhất 01 chuyên đề STEM trong học kỳ I")],
    ["01 chuyên đề STEM"], actors=["Phòng Giáo dục và Đào tạo"])
U("e16", "Hội nghị báo cáo viên cấp huyện quý II/2026 tổ chức ngày nào, ở đâu?")
add("e17", "thong bao ket luan 47 cua huyen uy do ai ky", "no-diacritics",
    [(D5, "Lưu Văn phòng Huyện ủy. Ngô Thị Quyên")], ["Ngô Thị Quyên"])
U("e18", "Bí thư Đảng ủy xã Sa Lung tên là gì?")
add("e19", "TB 47-TB/HU đề nghị MTTQ huyện làm gì?", "abbreviation",
    [(D5, "đưa nội dung “Bình dân học vụ số” vào tiêu chí bình xét gia đình văn hóa, khu dân cư văn hóa")],
    ["gia đình văn hóa"])
U("e20", "Tỷ lệ phổ cập kỹ năng số của thị trấn Kiến Mỹ hiện nay là bao nhiêu?")
U("e21", "Kế hoạch số 65/KH-UBND của huyện Kiến Mỹ đặt chỉ tiêu phổ cập kỹ năng số bao nhiêu phần trăm?")
U("e22", "Thông báo 48-TB/HU của Huyện ủy Kiến Mỹ kết luận về vấn đề gì?")

# ---------------- corpus-level ----------------
add("f1", "Những văn bản nào trong bộ tài liệu thực hiện hoặc căn cứ Kế hoạch 142/KH-UBND của tỉnh?", "corpus",
    [(D2, "Thực hiện Kế hoạch số 142/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh"),
     (D3, "Căn cứ Kế hoạch số 142/KH-UBND ngày 12/3/2026 của Ủy ban nhân dân tỉnh Hòa Phong"),
     (D5, "Để hoàn thành chỉ tiêu của Kế hoạch số 142/KH-UBND của Ủy ban nhân dân tỉnh")],
    ["611/SGDĐT-GDTrH", "2318/QĐ-UBND", "47-TB/HU"])
add("f2", "Có mấy văn bản do cấp huyện Kiến Mỹ ban hành, đó là những văn bản nào?", "corpus",
    [(D3, "Số: 2318/QĐ-UBND Kiến Mỹ, ngày 20 tháng 4 năm 2026"), (D5, "Kiến Mỹ, ngày 08 tháng 5 năm 2026")],
    ["2318/QĐ-UBND", "47-TB/HU"])
add("f3", "Văn bản nào nhắc đến việc Trường THCS Hạnh Lâm thí điểm giáo dục trí tuệ nhân tạo?", "corpus",
    [(D4, "Trường THCS Hạnh Lâm được Sở Giáo dục và Đào tạo lựa chọn là 01 trong 18 trường trung học cơ sở thí "
          "điểm giáo dục trí tuệ nhân tạo"),
     (D5, "Phòng Giáo dục và Đào tạo chỉ đạo Trường THCS Hạnh Lâm và Trường THCS thị trấn Kiến Mỹ")],
    ["58/BC-UBND", "47-TB/HU"])
add("f5", "Bao nhiêu văn bản trong bộ tài liệu đề cập Hội thi Ý tưởng sáng tạo số?", "corpus",
    [(D3, "Về việc tổ chức Hội thi “Ý tưởng sáng tạo số” huyện Kiến Mỹ năm 2026"),
     (D4, "Toàn xã đã đăng ký 05 ý tưởng tham gia Hội thi “Ý tưởng sáng tạo số”"),
     (D5, "chỉ đạo tổ chức thành công Hội thi “Ý tưởng sáng tạo số” theo Quyết định số 2318/QĐ-UBND")],
    ["2318/QĐ-UBND", "58/BC-UBND", "47-TB/HU"])
U("f7", "Cuộc thi Khởi nghiệp đổi mới sáng tạo tỉnh Hòa Phong lần thứ IV có tổng giá trị giải thưởng bao nhiêu?")
U("f8", "Đội hình thanh niên tình nguyện Bình dân học vụ số của Tỉnh đoàn được cấp bao nhiêu kinh phí?")

# ---------------------------------------------------------------------------
# Interleave so that follow-ups stay after their first question but documents mix.
ORDER = []
groups = {}
for key, d in Q:
    groups.setdefault(key[0], []).append((key, d))
iters = {g: list(v) for g, v in groups.items()}
gnames = list(iters)
while any(iters.values()):
    for g in gnames:
        for _ in range(2):
            if iters[g]:
                ORDER.append(iters[g].pop(0))


def main():
    texts = {}
    out = []
    for i, (key, d) in enumerate(ORDER, 1):
        qid = f"qk{i:03d}"
        texts[key] = d["question"]
        rec = {
            "id": qid,
            "question": unicodedata.normalize("NFC", d["question"]),
            "answerable": d["ans"],
            "kind": d["kind"],
            "evidence": [{"source": s, "quote": unicodedata.normalize("NFC", q)} for s, q in d["ev"]],
            "keywords": [unicodedata.normalize("NFC", k) for k in d["kw"]],
        }
        if d["hist"]:
            rec["history"] = [texts[d["hist"]]]
        if d["actors"]:
            rec["actors"] = d["actors"]
        out.append(rec)
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for rec in out:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for rec in WHO_WHAT:
            f.write(json.dumps(rec, ensure_ascii=False) + "\n")
    print(len(out), "questions,", len(WHO_WHAT), "who-what lines")


def A(name, role, deadline, task):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": task}


WHO_WHAT = [
    {"id": "wqk01", "directive": "KH 142/KH-UBND", "source": D1, "actors": [
        A("Sở Khoa học và Công nghệ", "thường trực", "trước ngày 15/12/2026",
          "là cơ quan thường trực, có trách nhiệm chủ trì hướng dẫn, theo dõi, đôn đốc các đơn vị triển khai Kế hoạch"),
        A("Sở Khoa học và Công nghệ", "chủ trì", "Trước ngày 31/5/2026",
          "Đặt hàng 12 nhiệm vụ khoa học và công nghệ cấp tỉnh năm 2026"),
        A("Sở Giáo dục và Đào tạo", "chủ trì", "trước ngày 15/8/2026",
          "phối hợp với Trường Đại học Hòa Phong xây dựng chương trình, tài liệu thí điểm giáo dục trí tuệ nhân tạo"),
        A("Trường Đại học Hòa Phong", "phối hợp", "Năm học 2026 - 2027",
          "Triển khai giáo dục STEM; thí điểm giáo dục trí tuệ nhân tạo tại 30 trường"),
        A("Sở Nội vụ", "chủ trì", "Trước ngày 30/9/2026",
          "Xây dựng tài liệu và tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức"),
        A("Sở Tài chính", "chủ trì", "Quý II/2026", "Thẩm định, bố trí kinh phí thực hiện Kế hoạch"),
        A("Sở Văn hóa, Thể thao và Du lịch", None, None,
          "chỉ đạo hệ thống thư viện công cộng bố trí không gian “Góc học tập số”"),
        A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", "phối hợp", None,
          "phối hợp tuyên truyền, vận động đoàn viên, hội viên và Nhân dân tích cực tham gia học tập kỹ năng số"),
        A("Tỉnh đoàn Hòa Phong", None, "tháng 6 đến tháng 8/2026",
          "chỉ đạo thành lập đội hình thanh niên tình nguyện “Bình dân học vụ số”"),
        A("Bưu điện tỉnh Hòa Phong", "phối hợp", "Tháng 8/2026", "Tổ chức Ngày hội “Bình dân học vụ số” cấp tỉnh"),
        A("Ủy ban nhân dân các huyện, thị xã, thành phố", None, "trước ngày 15/4/2026",
          "xây dựng kế hoạch triển khai trên địa bàn, gửi về Sở Khoa học và Công nghệ"),
        A("Viettel Hòa Phong", "phối hợp", "Trước ngày 31/12/2026",
          "Phủ sóng di động tại 37 thôn, bản “vùng lõm” sóng"),
        A("VNPT Hòa Phong", "phối hợp", "Trước ngày 31/12/2026",
          "Phủ sóng di động tại 37 thôn, bản “vùng lõm” sóng"),
    ], "intruders": ["Tạ Quang Hiển", "Bộ Khoa học và Công nghệ", "Ban Tuyên giáo và Dân vận Tỉnh ủy",
                     "Thường trực Tỉnh ủy", "Lưu: VT, KGVX", "Bộ Chính trị"]},
    {"id": "wqk02", "directive": "CV 611/SGDĐT-GDTrH", "source": D2, "actors": [
        A("Các đơn vị", None, "trước ngày 25/4/2026",
          "rà soát đội ngũ giáo viên, phòng học bộ môn, thiết bị dạy học hiện có phục vụ giáo dục STEM"),
        A("Phòng GD&ĐT các huyện, thị xã, thành phố", None, None,
          "tổng hợp số liệu của các trường trung học cơ sở trên địa bàn"),
        A("Phòng GD&ĐT các huyện, thị xã, thành phố", None, "trong tháng 11/2026",
          "tổ chức Ngày hội STEM cấp huyện trong tháng 11/2026, lựa chọn 03 sản phẩm tiêu biểu"),
        A("Các trường trong danh sách thí điểm", None, "trước ngày 10/5/2026",
          "chủ động bố trí phòng học có máy tính kết nối Internet"),
        A("Mỗi trường thí điểm", None, "trước ngày 30/5/2026",
          "cử 02 giáo viên (01 giáo viên Tin học và 01 giáo viên Khoa học tự nhiên hoặc Vật lý) tham gia"),
        A("Các Trung tâm Giáo dục nghề nghiệp - Giáo dục thường xuyên", None, None,
          "mở lớp phổ cập kỹ năng số cho người dân theo phong trào “Bình dân học vụ số”"),
        A("Các đơn vị", None, "trước ngày 15 của tháng cuối quý",
          "báo cáo kết quả thực hiện định kỳ hằng quý, gửi về Sở"),
    ], "intruders": ["Hoàng Văn Tuệ", "UBND tỉnh (để b/c)", "Sở Khoa học và Công nghệ (để p/h)",
                     "Giám đốc, các PGĐ Sở", "Lưu: VT, GDTrH", "Nguyễn Thị Hồng Nhung"]},
    {"id": "wqk03", "directive": "QĐ 2318/QĐ-UBND", "source": D3, "actors": [
        A("Ban Tổ chức", None, None,
          "thành lập Ban Giám khảo và Tổ Thư ký giúp việc; tổ chức Hội thi theo đúng Thể lệ"),
        A("Phòng Văn hóa, Khoa học và Thông tin", "chủ trì", "trước ngày 10/10/2026",
          "tổ chức Hội thi; tổng hợp kết quả, báo cáo Chủ tịch UBND huyện"),
        A("Phòng Giáo dục và Đào tạo", "phối hợp", None,
          "chỉ đạo các trường trung học cơ sở tuyên truyền, hướng dẫn học sinh tham gia Bảng A"),
        A("Huyện đoàn Kiến Mỹ", "phối hợp", None, "vận động đoàn viên, thanh niên tham gia Bảng B"),
        A("Trung tâm Văn hóa - Thể thao và Truyền thông huyện", "phối hợp", None,
          "đưa tin về Hội thi trên trang thông tin điện tử và hệ thống truyền thanh huyện"),
        A("Phòng Tài chính - Kế hoạch", None, None,
          "thẩm định dự toán, tham mưu bố trí kinh phí tổ chức Hội thi"),
        A("Ủy ban nhân dân các xã, thị trấn", None, None,
          "tuyên truyền, vận động, lựa chọn và gửi ít nhất 03 ý tưởng/xã, thị trấn về Ban Tổ chức"),
        A("Ban Giám khảo", None, "trong tháng 8/2026",
          "Ban Giám khảo chấm hồ sơ trong tháng 8/2026, chọn 20 ý tưởng"),
    ], "intruders": ["Hà Minh Cương", "Sở Khoa học và Công nghệ (để b/c)", "TT Huyện ủy, TT HĐND huyện",
                     "CT, các PCT UBND huyện", "Lưu: VT, VHKHTT", "Như Điều 4"]},
    {"id": "wqk04", "directive": "BC 58/BC-UBND", "source": D4, "actors": [
        A("công chức Văn hóa - Xã hội", "chủ trì", None,
          "mở thêm ít nhất 12 lớp tại thôn Khe Lim và thôn Rộc Mạ"),
        A("các Tổ công nghệ số cộng đồng", "phối hợp", None,
          "phối hợp với các Tổ công nghệ số cộng đồng mở thêm ít nhất 12 lớp"),
        A("Công chức Văn phòng - Thống kê", None, "vào ngày 25 hằng tháng",
          "theo dõi tỷ lệ hồ sơ trực tuyến, hướng dẫn người dân nộp hồ sơ tại Bộ phận Một cửa"),
        A("Đoàn Thanh niên xã", None, "từ ngày 01/7 đến ngày 31/8/2026",
          "duy trì đội hình thanh niên tình nguyện “Bình dân học vụ số” trong dịp hè"),
        A("Hội Nông dân xã", None, None,
          "vận động hội viên mở tài khoản thanh toán, đưa nông sản lên sàn thương mại điện tử"),
        A("Hội Liên hiệp Phụ nữ xã", None, None,
          "vận động hội viên mở tài khoản thanh toán, đưa nông sản lên sàn thương mại điện tử"),
        A("Trường THCS Hạnh Lâm", None, "trước ngày 25/7/2026",
          "chuẩn bị phòng máy, cử giáo viên tham gia đầy đủ các đợt tập huấn"),
        A("Ủy ban nhân dân huyện", None, None,
          "hỗ trợ xã 20 máy tính bảng cho các Tổ công nghệ số cộng đồng"),
        A("Viettel Kiến Mỹ", None, "trong quý IV/2026",
          "khảo sát, lắp đặt trạm phát sóng tại thôn Khe Lim"),
    ], "intruders": ["Bùi Văn Hưởng", "Phòng VH, KH&TT huyện", "TT Đảng ủy, TT HĐND xã", "Lưu: VT, VHXH",
                     "Hợp tác xã Nông nghiệp Hạnh Lâm", "Vi Văn Pản"]},
    {"id": "wqk05", "directive": "TB 47-TB/HU", "source": D5, "actors": [
        A("Ban Tuyên giáo và Dân vận Huyện ủy", "chủ trì", "trước ngày 30/5/2026",
          "biên soạn đề cương tuyên truyền về đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số"),
        A("Trung tâm Chính trị huyện", "phối hợp", "trước ngày 30/5/2026",
          "phối hợp với Trung tâm Chính trị huyện biên soạn đề cương tuyên truyền"),
        A("Ban Tuyên giáo và Dân vận Huyện ủy", None, "tháng 12/2026",
          "theo dõi, đôn đốc việc thực hiện Thông báo này; tổng hợp kết quả, tham mưu Ban Thường vụ Huyện ủy sơ kết"),
        A("Ủy ban nhân dân huyện", None, None,
          "chỉ đạo Phòng Tài chính - Kế hoạch cân đối, bố trí 350 triệu đồng"),
        A("Phòng Tài chính - Kế hoạch", None, None,
          "cân đối, bố trí 350 triệu đồng hỗ trợ hoạt động của các Tổ công nghệ số cộng đồng năm 2026"),
        A("Phòng Giáo dục và Đào tạo", None, "học kỳ I năm học 2026 - 2027",
          "chỉ đạo Trường THCS Hạnh Lâm và Trường THCS thị trấn Kiến Mỹ"),
        A("Ủy ban Mặt trận Tổ quốc Việt Nam huyện và các tổ chức chính trị - xã hội huyện", None, None,
          "đưa nội dung “Bình dân học vụ số” vào tiêu chí bình xét gia đình văn hóa, khu dân cư văn hóa"),
        A("Huyện đoàn", None, "từ ngày 01/7/2026",
          "chỉ đạo các cơ sở đoàn ra quân chiến dịch “Thanh niên tình nguyện hè - Bình dân học vụ số”"),
        A("Hội Khuyến học huyện", None, "vào dịp khai giảng năm học 2026 - 2027",
          "trao 50 suất học bổng “Ươm mầm tài năng số”, mỗi suất 2.000.000 đồng"),
        A("Đảng ủy các xã, thị trấn", None, None,
          "đưa chỉ tiêu phổ cập kỹ năng số vào nghị quyết chuyên đề của cấp ủy"),
        A("Đảng ủy xã Sa Lung và Đảng ủy xã Tùng Ảnh", None, "trước ngày 15/6/2026",
          "xây dựng kế hoạch khắc phục hạn chế, phấn đấu đến hết năm 2026 đạt tỷ lệ từ 65% trở lên"),
        A("Văn phòng Huyện ủy", None, None,
          "chuẩn bị nội dung, phương tiện phục vụ các đợt kiểm tra của Thường trực Huyện ủy"),
    ], "intruders": ["Ngô Thị Quyên", "Lục Văn Đạt", "Phan Thị Diệu Linh", "Các đồng chí Huyện ủy viên",
                     "Các cơ quan, đơn vị dự họp", "ĐẢNG BỘ TỈNH HÒA PHONG"]},
]

if __name__ == "__main__":
    main()

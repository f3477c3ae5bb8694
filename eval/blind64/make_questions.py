# -*- coding: utf-8 -*-
"""Writes questions.jsonl and who_what.jsonl for blind set 64 (ids ro001...)."""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
F1 = "ro01_nghiquyet_cds.txt"
F2 = "ro02_chuongtrinh_dangu.pdf"
F3 = "ro03_thongbao_lichtiepdan.md"
F4 = "ro04_baocao_ttht.txt"
F5 = "ro05_kehoach_cds.docx"

Q = []


def q(question, kind, ev=(), kw=(), answerable=True, history=None, actors=None):
    d = {"id": "ro%03d" % (len(Q) + 1), "question": question, "answerable": answerable, "kind": kind,
         "evidence": [{"source": s, "quote": t} for s, t in ev], "keywords": list(kw)}
    if history:
        d["history"] = [history]
    if actors:
        d["actors"] = list(actors)
    Q.append(d)
    return question


def u(question, history=None, kind="unanswerable"):
    return q(question, "follow-up" if history else kind, answerable=False, history=history)


# ---------------- ro01: Nghị quyết HĐND xã ----------------
a = q("Đến hết năm 2026 xã Khôi Nguyên đặt mục tiêu tỷ lệ hồ sơ nộp trực tuyến toàn trình là bao nhiêu?", "factoid",
      [(F1, "tỷ lệ hồ sơ nộp trực tuyến toàn trình từ 60% trở lên")], ["60%"])
q("Còn đến năm 2030 thì sao?", "follow-up", [(F1, "Tỷ lệ hồ sơ nộp trực tuyến toàn trình từ 85% trở lên")], ["85%"], history=a)
b = q("Tổng kinh phí thực hiện nghị quyết chuyển đổi số 2026-2030 của xã là bao nhiêu, trong đó ngân sách xã bao nhiêu?", "factoid",
      [(F1, "Tổng kinh phí thực hiện Nghị quyết giai đoạn 2026 - 2030 dự kiến 4,85 tỷ đồng, gồm: ngân sách xã 1,9 tỷ đồng")],
      ["4,85 tỷ đồng", "1,9 tỷ đồng"])
q("Thế phần tỉnh hỗ trợ?", "follow-up", [(F1, "ngân sách tỉnh hỗ trợ theo Kế hoạch số 214/KH-UBND là 2,2 tỷ đồng")], ["2,2 tỷ đồng"], history=b)
u("Vậy riêng năm 2027 ngân sách xã bố trí bao nhiêu?", history=b)
q("Nghị quyết về chuyển đổi số của HĐND xã Khôi Nguyên số mấy, ban hành ngày nào?", "metadata",
  [(F1, "Số: 27/NQ-HĐND Khôi Nguyên, ngày 12 tháng 12 năm 2025")], ["27/NQ-HĐND", "12 tháng 12 năm 2025"])
q("Ai ký nghị quyết 27/NQ-HĐND?", "metadata", [(F1, "Đại biểu HĐND xã; Triệu Văn Quảng")], ["Triệu Văn Quảng"])
q("nghi quyet 27 co hieu luc tu ngay nao", "no-diacritics", [(F1, "có hiệu lực từ ngày 01 tháng 01 năm 2026")], ["01 tháng 01 năm 2026"])
q("Theo NQ 27, UBND xã phải làm gì và hạn chót khi nào?", "who-what",
  [(F1, "Giao Ủy ban nhân dân xã xây dựng kế hoạch thực hiện Nghị quyết hằng năm, ban hành kế hoạch năm 2026 trước ngày 31/01/2026")],
  ["31/01/2026"], actors=["Ủy ban nhân dân xã"])
q("Hội Cựu giáo chức xã được giao nhiệm vụ gì trong nghị quyết về chuyển đổi số?", "who-what",
  [(F1, "Hội Cựu giáo chức xã có trách nhiệm phối hợp với Trung tâm học tập cộng đồng xã vận động hội viên tham gia các lớp kỹ năng số")],
  ["kỹ năng số"], actors=["Hội Cựu giáo chức xã"])
q("Ban nào của HĐND xã giám sát chuyên đề về lớp Bình dân học vụ số, khi nào giám sát?", "who-what",
  [(F1, "Ban Văn hóa - Xã hội Hội đồng nhân dân xã tổ chức giám sát chuyên đề về các lớp \"Bình dân học vụ số\" trong quý III năm 2026")],
  ["Ban Văn hóa - Xã hội", "quý III năm 2026"], actors=["Ban Văn hóa - Xã hội Hội đồng nhân dân xã"])
c = q("Vùng lõm sóng di động ở những thôn nào và phải xóa trước ngày nào?", "factoid",
      [(F1, "xóa các \"vùng lõm\" sóng di động tại thôn Nà Vải và thôn Chằm Dưới trước ngày 30/9/2026")],
      ["Nà Vải", "Chằm Dưới", "30/9/2026"])
q("Còn mô hình nhà màng trồng dưa lưới đặt ở thôn nào?", "follow-up", [(F1, "mô hình nhà màng trồng dưa lưới tại thôn Khôi Hạ")], ["Khôi Hạ"], history=c)
q("muc tieu 2030 bao nhieu phan tram nguoi trong do tuoi lao dong co ky nang so co ban", "no-diacritics",
  [(F1, "Ít nhất 70% người trong độ tuổi lao động có kỹ năng số cơ bản")], ["70%"])
q("Những trường nào phải đạt tiêu chí trường học số mức 2 đến 2030?", "list",
  [(F1, "Trường Mầm non Khôi Nguyên, Trường Tiểu học Khôi Nguyên và Trường Trung học cơ sở Khôi Nguyên đạt tiêu chí trường học số mức 2")],
  ["Trường Mầm non Khôi Nguyên", "Trường Tiểu học Khôi Nguyên", "Trường Trung học cơ sở Khôi Nguyên"])
q("NQ 27 căn cứ KH nào của UBND tỉnh?", "abbreviation",
  [(F1, "Căn cứ Kế hoạch số 214/KH-UBND ngày 05 tháng 9 năm 2025 của Ủy ban nhân dân tỉnh Ninh Giang Thượng")], ["214/KH-UBND"])
q("Tỷ lệ người dân có TK định danh điện tử mức 2 năm 2026 theo NQ 27 là bao nhiêu?", "abbreviation",
  [(F1, "90% người dân từ 15 tuổi trở lên có tài khoản định danh điện tử mức độ 2")], ["90%"])
q("Đến 2030 bao nhiêu % HTX phải dùng thanh toán không dùng tiền mặt?", "abbreviation",
  [(F1, "100% hợp tác xã sử dụng thanh toán không dùng tiền mặt")], ["100%"])
u("NQ 27 giao chỉ tiêu bao nhiêu sản phẩm OCOP lên sàn thương mại điện tử vào năm 2028?")
u("Báo cáo thẩm tra số 15/BC-KTXH về dự thảo nghị quyết chuyển đổi số do ai ký?")
u("Mỗi mô hình ứng dụng KH&CN trong sản xuất nông nghiệp được hỗ trợ bao nhiêu tiền mỗi năm?")

# ---------------- ro02: Chương trình công tác Đảng ủy xã (PDF) ----------------
q("Chương trình công tác tuyên giáo, khoa giáo và chuyển đổi số năm 2026 của Đảng ủy xã có số hiệu là gì?", "metadata",
  [(F2, "Khôi Nguyên, ngày 08 tháng 01 năm 2026 Số 41-CTr/ĐU")], ["41-CTr/ĐU"])
q("Ai ký chương trình 41-CTr/ĐU?", "metadata", [(F2, "PHÓ BÍ THƯ THƯỜNG TRỰC (đã ký) Lục Thị Hoan")], ["Lục Thị Hoan"])
q("Chuyên mục Khôi Nguyên chuyển mình phát lúc mấy giờ, những ngày nào trong tuần?", "factoid",
  [(F2, "phát trên hệ thống loa truyền thanh thông minh vào 17 giờ 30 thứ Ba và thứ Sáu hằng tuần")], ["17 giờ 30", "thứ Ba", "thứ Sáu"])
q("Cuộc thi Tìm hiểu kỹ năng số có những giải gì, mỗi loại mấy giải?", "list",
  [(F2, "cơ cấu giải thưởng gồm 01 giải nhất, 02 giải nhì, 03 giải ba và 05 giải khuyến khích")], ["01 giải nhất", "05 giải khuyến khích"])
u("Giải đặc biệt cuộc thi Tìm hiểu kỹ năng số của xã có giá trị bao nhiêu?")
d = q("Hội nghị triển khai chương trình công tác năm 2026 của Đảng ủy xã tổ chức ngày nào, ở đâu?", "factoid",
      [(F2, "Hội nghị triển khai Chương trình (ngày 15/01/2026, tại Hội trường Đảng ủy xã)")], ["15/01/2026", "Hội trường Đảng ủy xã"])
q("Còn sơ kết 6 tháng thì hôm nào?", "follow-up", [(F2, "Sơ kết 6 tháng thực hiện Chương trình (ngày 26/6/2026)")], ["26/6/2026"], history=d)
u("Thế tổng kết năm thì tổ chức ở đâu?", history=d)
q("Ban Xây dựng Đảng Đảng ủy xã phải làm gì theo CTr 41?", "who-what",
  [(F2, "Ban Xây dựng Đảng Đảng ủy xã chủ trì, phối hợp với Trung tâm Chính trị xã tham mưu tổ chức học tập, quán triệt nghị quyết")],
  ["Trung tâm Chính trị xã", "31/01/2026"], actors=["Ban Xây dựng Đảng Đảng ủy xã"])
q("Văn phòng Đảng ủy có trách nhiệm gì trong chương trình này?", "who-what",
  [(F2, "Văn phòng Đảng ủy có trách nhiệm bảo đảm hạ tầng, phần mềm quản lý văn bản, chữ ký số cho các đồng chí trong Ban Thường vụ")],
  ["chữ ký số", "định kỳ hằng quý"], actors=["Văn phòng Đảng ủy"])
q("doan thanh nien xa duoc giao lam gi trong cuoc thi tim hieu ky nang so", "no-diacritics",
  [(F2, "Đoàn TNCS Hồ Chí Minh xã chủ trì ra đề thi và chấm thi")], ["ra đề thi"], actors=["Đoàn TNCS Hồ Chí Minh xã"])
q("den khi nao 100% dang vien phai dung so tay dang vien dien tu", "no-diacritics",
  [(F2, "Đến hết quý II năm 2026, 100% đảng viên sử dụng ứng dụng Sổ tay đảng viên điện tử")], ["quý II năm 2026"])
q("Kiểm tra chuyên đề CĐS quý III làm ở những chi bộ nào?", "list",
  [(F2, "kiểm tra chuyên đề chuyển đổi số tại 04 chi bộ (Nà Vải, Chằm Dưới, Gò Nghệ, Trại Ươm)")], ["Nà Vải", "Chằm Dưới", "Gò Nghệ", "Trại Ươm"])
q("Các chi bộ trực thuộc phải làm gì về chuyển đổi số?", "who-what",
  [(F2, "Các chi bộ trực thuộc đưa nội dung chuyển đổi số vào sinh hoạt chi bộ thường kỳ ít nhất một lần mỗi quý")],
  ["một lần mỗi quý"], actors=["Các chi bộ trực thuộc"])
q("ngay khoa hoc va cong nghe viet nam la ngay nao", "no-diacritics",
  [(F2, "tuyên truyền Ngày Khoa học và Công nghệ Việt Nam 18/5")], ["18/5"])
q("BTV Đảng ủy xã ban hành CTr 41 ngày nào?", "abbreviation",
  [(F5, "Chương trình số 41-CTr/ĐU ngày 08/01/2026 của Ban Thường vụ Đảng ủy xã"),
   (F2, "Khôi Nguyên, ngày 08 tháng 01 năm 2026 Số 41-CTr/ĐU")], ["08/01/2026"])
u("Buổi nói chuyện chuyên đề về trồng quế hữu cơ cho hội viên nông dân tổ chức ở thôn nào?")
u("Kinh phí tổ chức cuộc thi Tìm hiểu kỹ năng số là bao nhiêu?")
u("Theo CTr 41, cán bộ không ký số văn bản thì bị xử lý thế nào?")

# ---------------- ro03: Thông báo lịch tiếp công dân (.md) ----------------
q("Thông báo lịch tiếp công dân quý I/2026 của xã là số mấy, do bộ phận nào ban hành?", "metadata",
  [(F3, "VĂN PHÒNG HĐND VÀ UBND Số: 06/TB-VP")], ["06/TB-VP", "VĂN PHÒNG HĐND VÀ UBND"])
q("Ai ký thông báo lịch tiếp dân quý I?", "metadata", [(F3, "PHÓ CHÁNH VĂN PHÒNG (đã ký) Tạ Quang Đức")], ["Tạ Quang Đức"])
e = q("Chủ tịch UBND xã tiếp dân lưu động ngày nào, ở đâu?", "factoid",
      [(F3, "19/3/2026 | Năm | Đồng chí Mã Đức Tiệp, Chủ tịch UBND xã | Nhà văn hóa thôn Nà Vải")], ["19/3/2026", "Nhà văn hóa thôn Nà Vải"])
q("Mấy giờ thì bắt đầu?", "follow-up", [(F3, "Tiếp lưu động, bắt đầu 14 giờ 00")], ["14 giờ 00"], history=e)
f = q("Bí thư Đảng ủy xã tiếp công dân định kỳ những ngày nào trong quý I?", "list",
      [(F3, "08/01/2026 | Năm | Đồng chí Triệu Văn Quảng, Bí thư Đảng ủy"), (F3, "12/3/2026 | Năm | Đồng chí Triệu Văn Quảng")],
      ["08/01/2026", "12/3/2026"])
q("Còn Phó Chủ tịch HĐND xã?", "follow-up", [(F3, "22/01/2026 | Năm | Đồng chí Vi Văn Sình, Phó Chủ tịch HĐND xã")], ["22/01/2026"], history=f)
q("thu bay co tiep nhan ho so giay khong", "no-diacritics",
  [(F3, "Riêng thứ Bảy chỉ hỗ trợ hướng dẫn, không tiếp nhận hồ sơ giấy")], ["không tiếp nhận hồ sơ giấy"])
q("so dien thoai duong day nong ho tro dich vu cong xa khoi nguyen", "no-diacritics",
  [(F3, "0208 3862 149 (đường dây nóng)")], ["0208 3862 149"])
q("Công an xã có nhiệm vụ gì trong thông báo lịch tiếp dân?", "who-what",
  [(F3, "Công an xã phối hợp bảo đảm an ninh, trật tự tại nơi tiếp công dân và hỗ trợ xác thực tài khoản định danh điện tử mức độ 2")],
  ["an ninh, trật tự"], actors=["Công an xã"])
q("Trưởng thôn phải làm gì với lịch này?", "who-what",
  [(F3, "Trưởng các thôn thông báo lịch này trên hệ thống loa truyền thanh thông minh của thôn ít nhất 02 lần mỗi tuần")],
  ["02 lần mỗi tuần"], actors=["Trưởng các thôn"])
q("TB 06 đề nghị MTTQ xã làm gì?", "who-what",
  [(F3, "Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam xã cử đại diện tham dự các buổi tiếp công dân định kỳ")],
  ["cử đại diện"], actors=["Ủy ban Mặt trận Tổ quốc Việt Nam xã"])
g = q("Thứ 3 ai trực hỗ trợ DVC trực tuyến, sđt bao nhiêu?", "abbreviation",
      [(F3, "Thứ Ba | Chiều | Bế Thị Thu Trang (Phòng Văn hóa - Xã hội) | 0915 372 408")], ["Bế Thị Thu Trang", "0915 372 408"])
q("Thế thứ Năm?", "follow-up", [(F3, "Thứ Năm | Chiều | Lý Thị Quyên (Hội Liên hiệp Phụ nữ xã) | 0388 913 064")], ["Lý Thị Quyên"], history=g)
q("QĐ ban hành quy chế tiếp công dân của UBND xã là QĐ số mấy?", "abbreviation",
  [(F3, "Quyết định số 112/QĐ-UBND ngày 15/8/2025")], ["112/QĐ-UBND"])
q("phong tiep cong dan cua xa o dau", "no-diacritics",
  [(F3, "Phòng tiếp công dân, tầng 1 trụ sở Đảng ủy - HĐND - UBND xã (thôn Khôi Thượng)")], ["tầng 1", "thôn Khôi Thượng"])
q("TB 06 quy định giờ trực buổi chiều hỗ trợ DVC thế nào?", "abbreviation",
  [(F3, "buổi chiều trực từ 13 giờ 30 đến 17 giờ 00")], ["13 giờ 30", "17 giờ 00"])
u("Lịch tiếp công dân quý II năm 2026 của Chủ tịch UBND xã như thế nào?")
u("Bà Đinh Thị Ngát tiếp công dân ngày 12/3/2026 ở điểm nào?")
u("Thông báo số 07/TB-VP về lịch trực dịp Tết của xã nói gì?")
u("so dien thoai cua ong ta quang duc la bao nhieu")

# ---------------- ro04: Báo cáo Trung tâm học tập cộng đồng ----------------
q("Báo cáo kết quả Bình dân học vụ số 6 tháng cuối năm 2025 do đơn vị nào ban hành, số mấy?", "metadata",
  [(F4, "TRUNG TÂM HỌC TẬP CỘNG ĐỒNG Số: 05/BC-TTHTCĐ")], ["05/BC-TTHTCĐ"])
h = q("6 tháng cuối 2025 Trung tâm HTCĐ mở bao nhiêu lớp BDHVS, tổng bao nhiêu lượt học viên?", "abbreviation",
      [(F4, "Trung tâm tổ chức 21 lớp với 684 lượt học viên")], ["21 lớp", "684"])
q("Riêng thôn Khôi Thượng bao nhiêu?", "follow-up", [(F4, "Khôi Thượng | 5 | 172 | 96 | 31 | 94%")], ["172"], history=h)
q("Thôn nào có tỷ lệ hoàn thành bài thực hành thấp nhất, vì sao?", "factoid",
  [(F4, "Thôn có tỷ lệ hoàn thành bài thực hành thấp nhất là Nà Vải (76%) do sóng di động yếu")], ["Nà Vải", "76%"])
i = q("Tổng kinh phí 6 tháng cuối 2025 của trung tâm học tập cộng đồng là bao nhiêu, ngân sách xã chi bao nhiêu?", "factoid",
      [(F4, "Tổng kinh phí thực hiện 6 tháng cuối năm 2025 là 187.500.000 đồng, trong đó ngân sách xã 112.000.000 đồng")],
      ["187.500.000 đồng", "112.000.000 đồng"])
q("Còn doanh nghiệp viễn thông tài trợ?", "follow-up", [(F4, "các doanh nghiệp viễn thông tài trợ 30.500.000 đồng")], ["30.500.000 đồng"], history=i)
q("phong may trung tam hoc tap cong dong co bao nhieu may tinh", "no-diacritics",
  [(F4, "có 01 phòng máy với 18 máy tính")], ["18 máy tính"])
j = q("xa khoi nguyen co bao nhieu ho, bao nhieu nhan khau", "no-diacritics",
      [(F4, "xã Khôi Nguyên gồm 6 thôn với 2.146 hộ, 8.903 nhân khẩu")], ["2.146 hộ", "8.903 nhân khẩu"])
q("Đồng bào dân tộc chiếm bao nhiêu phần trăm?", "follow-up", [(F4, "đồng bào dân tộc Tày, Nùng, Dao chiếm 78,4% dân số")], ["78,4%"], history=j)
q("Phòng Văn hóa - Xã hội được đề nghị phối hợp với ai làm gì, hạn chót khi nào?", "who-what",
  [(F4, "Đề nghị Phòng Văn hóa - Xã hội xã phối hợp với Trường Trung học cơ sở Khôi Nguyên tổ chức 01 lớp bồi dưỡng phương pháp dạy kỹ năng số cho cộng tác viên trước ngày 15/3/2026")],
  ["Trường Trung học cơ sở Khôi Nguyên", "15/3/2026"], actors=["Phòng Văn hóa - Xã hội xã"])
q("thon xa nhat cach tru so trung tam bao nhieu km", "no-diacritics",
  [(F4, "thôn xa nhất (Nà Vải) cách trụ sở Trung tâm 14 km")], ["14 km"])
q("Lớp Bình dân học vụ số dạy những nội dung gì?", "list",
  [(F4, "cài đặt và sử dụng VNeID; nộp hồ sơ trên Cổng Dịch vụ công quốc gia; thanh toán không dùng tiền mặt")],
  ["VNeID", "thanh toán không dùng tiền mặt"])
k = q("Muốn hỏi về lớp học kỹ năng số thì gọi ai ở trung tâm học tập cộng đồng?", "factoid",
      [(F4, "ông Lường Văn Kiêm, Phó Giám đốc Trung tâm, điện thoại 0912 508 736")], ["Lường Văn Kiêm", "0912 508 736"])
q("Thế email của trung tâm?", "follow-up", [(F4, "thư điện tử tthtcd.khoinguyen@gmail.com")], ["tthtcd.khoinguyen@gmail.com"], history=k)
q("Ai ký BC 05 của TTHTCĐ?", "abbreviation", [(F4, "GIÁM ĐỐC (đã ký) Đinh Thị Ngát")], ["Đinh Thị Ngát"])
q("Lớp tiếng Việt cho PN dân tộc Dao mở ở thôn nào, bao nhiêu HV?", "abbreviation",
  [(F4, "02 lớp tiếng Việt cho phụ nữ dân tộc Dao tại thôn Chằm Dưới với 46 học viên")], ["Chằm Dưới", "46 học viên"])
q("Lớp chuyển giao KT trồng quế, nuôi ong có bao nhiêu lượt ND dự?", "abbreviation",
  [(F4, "06 lớp chuyển giao kỹ thuật trồng quế hữu cơ và nuôi ong lấy mật với 215 lượt nông dân tham dự")], ["215 lượt"])
q("trung tam hoc tap cong dong xa dat o dau", "no-diacritics",
  [(F4, "đặt tại tầng 2 nhà văn hóa thôn Khôi Thượng")], ["tầng 2 nhà văn hóa thôn Khôi Thượng"])
u("Trong số học viên thôn Trại Ươm có bao nhiêu người dân tộc Dao?")
u("Kết quả các lớp Bình dân học vụ số 6 tháng đầu năm 2025 thế nào?")
u("Thôn Lũng Khiêng có bao nhiêu lượt học viên Bình dân học vụ số?")
u("xa suoi ngan co to chuc lop binh dan hoc vu so khong")

# ---------------- ro05: Kế hoạch UBND xã (.docx) ----------------
q("Kế hoạch thực hiện NQ 27 năm 2026 của UBND xã số bao nhiêu, ký ngày nào?", "metadata",
  [(F5, "Số: 19/KH-UBND Khôi Nguyên, ngày 20 tháng 01 năm 2026")], ["19/KH-UBND", "20 tháng 01 năm 2026"])
l = q("Phòng Văn hóa - Xã hội có vai trò gì trong KH 19?", "who-what",
      [(F5, "Phòng Văn hóa - Xã hội: là cơ quan thường trực giúp Ủy ban nhân dân xã theo dõi, tổng hợp việc thực hiện Kế hoạch")],
      ["cơ quan thường trực"], actors=["Phòng Văn hóa - Xã hội"])
q("Vậy báo cáo định kỳ gửi hạn khi nào?", "follow-up",
  [(F5, "tổng hợp báo cáo định kỳ hằng quý, gửi Ủy ban nhân dân xã trước ngày 20 của tháng cuối quý")],
  ["trước ngày 20 của tháng cuối quý"], history=l)
q("Phòng Kinh tế chủ trì những việc gì trong KH 19/KH-UBND?", "who-what",
  [(F5, "Phòng Kinh tế: chủ trì phát triển hạ tầng số, thương mại điện tử và các mô hình ứng dụng khoa học, công nghệ trong nông nghiệp")],
  ["hạ tầng số", "thương mại điện tử"], actors=["Phòng Kinh tế"])
q("Ai chủ trì làm sạch dữ liệu dân cư, hạn khi nào?", "who-what",
  [(F5, "Làm sạch dữ liệu dân cư, hỗ trợ kích hoạt tài khoản định danh điện tử mức độ 2"), (F5, "Trước ngày 30/6/2026")],
  ["Công an xã", "30/6/2026"], actors=["Công an xã"])
q("ai chu tri lap wifi cong cong o nha van hoa thon, han bao gio xong", "no-diacritics",
  [(F5, "Lắp đặt wifi công cộng tại 6 nhà văn hóa thôn; phát sóng trạm BTS mới tại thôn Nà Vải"), (F5, "Trước ngày 30/9/2026")],
  ["Phòng Kinh tế", "30/9/2026"], actors=["Phòng Kinh tế"])
m = q("Tổng KP thực hiện KH 19 năm 2026 là bao nhiêu, tỉnh hỗ trợ bao nhiêu?", "abbreviation",
      [(F5, "Tổng kinh phí thực hiện Kế hoạch năm 2026 là 1.140 triệu đồng"), (F5, "ngân sách tỉnh hỗ trợ 250 triệu đồng")],
      ["1.140 triệu đồng", "250 triệu đồng"])
q("Còn xã hội hóa?", "follow-up", [(F5, "ngân sách tỉnh hỗ trợ 250 triệu đồng theo Kế hoạch số 214/KH-UBND, xã hội hóa 70 triệu đồng")],
  ["70 triệu đồng"], history=m)
q("KH 19 đặt chỉ tiêu bao nhiêu sản phẩm nông sản lên sàn TMĐT trong năm 2026?", "abbreviation",
  [(F5, "Có thêm 05 sản phẩm nông sản của xã bán trên sàn thương mại điện tử, nâng tổng số sản phẩm lên 08 sản phẩm")],
  ["05 sản phẩm", "08 sản phẩm"])
q("Trung tâm Phục vụ hành chính công xã được giao những gì trong kế hoạch chuyển đổi số 2026?", "who-what",
  [(F5, "Trung tâm Phục vụ hành chính công xã: bố trí bàn hướng dẫn dịch vụ công trực tuyến, theo dõi tỷ lệ hồ sơ trực tuyến toàn trình")],
  ["bàn hướng dẫn dịch vụ công trực tuyến"], actors=["Trung tâm Phục vụ hành chính công xã"])
q("Mặt trận và các hội, đoàn thể xã được đề nghị làm gì trong kế hoạch chuyển đổi số 2026?", "who-what",
  [(F5, "Hội Nông dân xã, Hội Cựu chiến binh xã và Đoàn TNCS Hồ Chí Minh xã tuyên truyền, vận động hội viên, đoàn viên tham gia học kỹ năng số")],
  ["kỹ năng số"], actors=["Ủy ban Mặt trận Tổ quốc Việt Nam xã", "Hội Liên hiệp Phụ nữ xã", "Hội Nông dân xã",
                          "Hội Cựu chiến binh xã", "Đoàn TNCS Hồ Chí Minh xã"])
q("can lien he ai khi vuong mac ke hoach chuyen doi so nam 2026 cua xa", "no-diacritics",
  [(F5, "đầu mối: bà Bế Thị Thu Trang, điện thoại 0915 372 408")], ["Bế Thị Thu Trang"])
q("moi thon can it nhat bao nhieu thanh vien to cong nghe so cong dong", "no-diacritics",
  [(F5, "mỗi thôn có ít nhất 05 thành viên Tổ công nghệ số cộng đồng hoạt động thường xuyên")], ["05 thành viên"])
q("Đơn vị nào chủ trì số hóa kết quả TTHC còn hiệu lực, xong trước ngày nào?", "abbreviation",
  [(F5, "Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực từ năm 2020 đến nay"), (F5, "Trước ngày 31/10/2026")],
  ["Trung tâm Phục vụ hành chính công xã", "31/10/2026"], actors=["Trung tâm Phục vụ hành chính công xã"])
q("Ai ký KH 19/KH-UBND?", "metadata", [(F5, "CHỦ TỊCH (đã ký) Mã Đức Tiệp")], ["Mã Đức Tiệp"])
u("KH 19 giao đơn vị nào chủ trì lắp camera an ninh ở các thôn?")
u("Văn bản số 455/UBND-VHXH của UBND xã Khôi Nguyên hướng dẫn nội dung gì?")
u("Theo KH 19, mỗi lớp Bình dân học vụ số được hỗ trợ bao nhiêu tiền?")
u("Trạm BTS mới ở thôn Chằm Dưới do doanh nghiệp nào đầu tư?")

# ---------------- corpus + remaining near-misses ----------------
q("Những văn bản nào thực hiện hoặc dẫn chiếu NQ 27/NQ-HĐND của HĐND xã?", "corpus",
  [(F2, "Nghị quyết số 27/NQ-HĐND ngày 12/12/2025 của Hội đồng nhân dân xã về đẩy mạnh chuyển đổi số"),
   (F3, "Nghị quyết số 27/NQ-HĐND ngày 12/12/2025 của Hội đồng nhân dân xã về đẩy mạnh chuyển đổi số"),
   (F4, "theo chỉ tiêu của Nghị quyết số 27/NQ-HĐND ngày 12/12/2025"),
   (F5, "Thực hiện Nghị quyết số 27/NQ-HĐND ngày 12/12/2025 của Hội đồng nhân dân xã")],
  ["41-CTr/ĐU", "06/TB-VP", "05/BC-TTHTCĐ", "19/KH-UBND"])
q("Trong các văn bản có văn bản nào của Đảng ủy xã không?", "corpus",
  [(F2, "ĐẢNG ỦY XÃ KHÔI NGUYÊN")], ["41-CTr/ĐU"])
q("Văn bản nào có lịch trực hỗ trợ dịch vụ công trực tuyến?", "corpus",
  [(F3, "Lịch trực hỗ trợ dịch vụ công trực tuyến")], ["06/TB-VP"])
q("Có mấy văn bản nhắc tới Kế hoạch 214/KH-UBND của UBND tỉnh?", "corpus",
  [(F1, "Căn cứ Kế hoạch số 214/KH-UBND ngày 05 tháng 9 năm 2025"),
   (F4, "Thực hiện Kế hoạch số 214/KH-UBND ngày 05/9/2025"),
   (F5, "ngân sách tỉnh hỗ trợ 250 triệu đồng theo Kế hoạch số 214/KH-UBND")],
  ["27/NQ-HĐND", "05/BC-TTHTCĐ", "19/KH-UBND"])
q("van ban nao co so lieu hoc vien binh dan hoc vu so theo tung thon", "corpus",
  [(F4, "Kết quả theo từng thôn")], ["05/BC-TTHTCĐ"])
u("Hội nghị sơ kết 6 tháng thực hiện Nghị quyết 27 của HĐND xã tổ chức ngày nào?")
u("Tỷ lệ hộ dân xã Khôi Nguyên có internet cáp quang năm 2025 là bao nhiêu?")
u("Trường Mầm non Khôi Nguyên hiện có bao nhiêu giáo viên sử dụng học liệu số?")
u("lich tiep cong dan cua pho chu tich ubnd xa phu trach kinh te vao ngay nao")


# ---------------- who-what gold ----------------
WW = [
    {"id": "wro01", "directive": "NQ 27/NQ-HĐND", "source": F1, "actors": [
        {"name": "Ủy ban nhân dân xã", "role": None, "deadline": "trước ngày 31/01/2026",
         "task_quote": "Giao Ủy ban nhân dân xã xây dựng kế hoạch thực hiện Nghị quyết hằng năm"},
        {"name": "Thường trực Hội đồng nhân dân xã, các Ban của Hội đồng nhân dân xã, các Tổ đại biểu và đại biểu Hội đồng nhân dân xã",
         "role": None, "deadline": None, "task_quote": "đại biểu Hội đồng nhân dân xã giám sát việc thực hiện Nghị quyết"},
        {"name": "Ban Văn hóa - Xã hội Hội đồng nhân dân xã", "role": None, "deadline": "trong quý III năm 2026",
         "task_quote": "tổ chức giám sát chuyên đề về các lớp \"Bình dân học vụ số\""},
        {"name": "Ủy ban Mặt trận Tổ quốc Việt Nam xã và các tổ chức chính trị - xã hội xã", "role": None, "deadline": None,
         "task_quote": "tuyên truyền, vận động hội viên, đoàn viên và Nhân dân tích cực tham gia"},
        {"name": "Hội Cựu giáo chức xã", "role": None, "deadline": None,
         "task_quote": "Hội Cựu giáo chức xã có trách nhiệm phối hợp với Trung tâm học tập cộng đồng xã vận động hội viên tham gia các lớp kỹ năng số"},
        {"name": "Trung tâm học tập cộng đồng xã", "role": "chủ trì", "deadline": None,
         "task_quote": "Trung tâm học tập cộng đồng xã là đầu mối tổ chức các lớp \"Bình dân học vụ số\""},
    ], "intruders": ["Triệu Văn Quảng", "Thường trực HĐND tỉnh", "Sở Khoa học và Công nghệ tỉnh", "Thường trực Đảng ủy xã",
                     "Cổng thông tin điện tử xã", "Lưu: VT", "Bộ Chính trị", "Ban Kinh tế - Xã hội Hội đồng nhân dân xã",
                     "Ủy ban nhân dân tỉnh Ninh Giang Thượng"]},
    {"id": "wro02", "directive": "CTr 41-CTr/ĐU", "source": F2, "actors": [
        {"name": "Các chi bộ, cơ quan, đoàn thể", "role": None, "deadline": "hằng tháng",
         "task_quote": "bám sát Chương trình này để xây dựng kế hoạch của đơn vị"},
        {"name": "Ban Xây dựng Đảng Đảng ủy xã", "role": "chủ trì", "deadline": "trước ngày 31/01/2026",
         "task_quote": "tham mưu tổ chức học tập, quán triệt nghị quyết; hướng dẫn các chi bộ xây dựng kế hoạch thực hiện Chương trình"},
        {"name": "Trung tâm Chính trị xã", "role": "phối hợp", "deadline": None,
         "task_quote": "phối hợp với Trung tâm Chính trị xã tham mưu tổ chức học tập, quán triệt nghị quyết"},
        {"name": "Văn phòng Đảng ủy", "role": None, "deadline": "định kỳ hằng quý",
         "task_quote": "Văn phòng Đảng ủy có trách nhiệm bảo đảm hạ tầng, phần mềm quản lý văn bản, chữ ký số"},
        {"name": "Đảng ủy Ủy ban nhân dân xã", "role": None, "deadline": None,
         "task_quote": "lãnh đạo Ủy ban nhân dân xã cụ thể hóa Nghị quyết số 27/NQ-HĐND bằng kế hoạch năm 2026"},
        {"name": "Các chi bộ trực thuộc", "role": None, "deadline": "ít nhất một lần mỗi quý",
         "task_quote": "đưa nội dung chuyển đổi số vào sinh hoạt chi bộ thường kỳ"},
        {"name": "Ủy ban Mặt trận Tổ quốc Việt Nam xã và các đoàn thể chính trị - xã hội xã", "role": "phối hợp", "deadline": None,
         "task_quote": "phối hợp tổ chức Cuộc thi \"Tìm hiểu kỹ năng số\""},
        {"name": "Đoàn TNCS Hồ Chí Minh xã", "role": "chủ trì", "deadline": None,
         "task_quote": "Đoàn TNCS Hồ Chí Minh xã chủ trì ra đề thi và chấm thi"},
    ], "intruders": ["Lục Thị Hoan", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Thường trực Đảng ủy xã", "Lưu Văn phòng Đảng ủy",
                     "ĐẢNG BỘ TỈNH NINH GIANG THƯỢNG", "T/M BAN THƯỜNG VỤ", "Hà Thị Yến"]},
    {"id": "wro03", "directive": "TB 06/TB-VP", "source": F3, "actors": [
        {"name": "Tổ công nghệ số cộng đồng xã", "role": None, "deadline": None,
         "task_quote": "bố trí thành viên trực tại Trung tâm Phục vụ hành chính công xã để hướng dẫn người dân nộp hồ sơ trực tuyến"},
        {"name": "Công chức Văn phòng HĐND và UBND xã phụ trách tiếp công dân", "role": None, "deadline": "trong thời hạn 05 ngày làm việc",
         "task_quote": "chuẩn bị hồ sơ, tài liệu liên quan và ghi sổ tiếp công dân"},
        {"name": "Trung tâm Phục vụ hành chính công xã", "role": None, "deadline": "hằng ngày",
         "task_quote": "bố trí bàn, máy tính kết nối mạng và 01 máy quét tài liệu cho người trực hỗ trợ"},
        {"name": "Công an xã", "role": "phối hợp", "deadline": None,
         "task_quote": "phối hợp bảo đảm an ninh, trật tự tại nơi tiếp công dân"},
        {"name": "Trưởng các thôn", "role": None, "deadline": None,
         "task_quote": "thông báo lịch này trên hệ thống loa truyền thanh thông minh của thôn ít nhất 02 lần mỗi tuần"},
        {"name": "Ủy ban Mặt trận Tổ quốc Việt Nam xã", "role": None, "deadline": None,
         "task_quote": "cử đại diện tham dự các buổi tiếp công dân định kỳ của Bí thư Đảng ủy và Chủ tịch UBND xã"},
        {"name": "Văn phòng HĐND và UBND xã", "role": None, "deadline": "trước ít nhất 01 ngày làm việc",
         "task_quote": "Văn phòng HĐND và UBND xã sẽ thông báo trên Trang thông tin điện tử xã"},
    ], "intruders": ["Tạ Quang Đức", "Thường trực Đảng ủy xã (b/c)", "Thường trực HĐND xã (b/c)", "Lưu: VT", "UBND XÃ KHÔI NGUYÊN",
                     "Tạ Thu Hường", "KT. CHÁNH VĂN PHÒNG"]},
    {"id": "wro04", "directive": "BC 05/BC-TTHTCĐ", "source": F4, "actors": [
        {"name": "Trung tâm học tập cộng đồng", "role": None, "deadline": "trước ngày 30/4/2026",
         "task_quote": "Hoàn thành việc số hóa hồ sơ học viên và cập nhật lên phần mềm quản lý Trung tâm học tập cộng đồng của tỉnh"},
        {"name": "Ủy ban nhân dân xã", "role": None, "deadline": "trong quý I năm 2026",
         "task_quote": "Đề nghị Ủy ban nhân dân xã bổ sung 12 máy tính cho phòng máy của Trung tâm"},
        {"name": "Hội Cựu giáo chức xã", "role": None, "deadline": None,
         "task_quote": "Đề nghị Hội Cựu giáo chức xã vận động con em xa quê, doanh nghiệp hỗ trợ điện thoại thông minh cũ"},
        {"name": "Phòng Văn hóa - Xã hội xã", "role": "chủ trì", "deadline": "trước ngày 15/3/2026",
         "task_quote": "tổ chức 01 lớp bồi dưỡng phương pháp dạy kỹ năng số cho cộng tác viên"},
        {"name": "Trường Trung học cơ sở Khôi Nguyên", "role": "phối hợp", "deadline": "trước ngày 15/3/2026",
         "task_quote": "phối hợp với Trường Trung học cơ sở Khôi Nguyên tổ chức 01 lớp bồi dưỡng phương pháp dạy kỹ năng số"},
    ], "intruders": ["Đinh Thị Ngát", "Lưu: TTHTCĐ", "Quỹ Khuyến học tỉnh", "Lường Văn Kiêm", "UBND xã (b/c)",
                     "Ủy ban nhân dân tỉnh Ninh Giang Thượng"]},
    {"id": "wro05", "directive": "KH 19/KH-UBND", "source": F5, "actors": [
        {"name": "Phòng Văn hóa - Xã hội", "role": "chủ trì", "deadline": "Trước ngày 15/3/2026",
         "task_quote": "Kiện toàn Tổ công nghệ số cộng đồng ở 6 thôn; tập huấn kỹ năng hỗ trợ dịch vụ công cho thành viên"},
        {"name": "Đoàn TNCS Hồ Chí Minh xã", "role": "phối hợp", "deadline": "Trước ngày 15/3/2026",
         "task_quote": "Kiện toàn Tổ công nghệ số cộng đồng ở 6 thôn; tập huấn kỹ năng hỗ trợ dịch vụ công cho thành viên"},
        {"name": "Trung tâm học tập cộng đồng xã", "role": "chủ trì", "deadline": "Tháng 3 - tháng 11/2026",
         "task_quote": "Tổ chức 40 lớp \"Bình dân học vụ số\" tại Trung tâm và 02 điểm học lưu động"},
        {"name": "Hội Cựu giáo chức xã", "role": "phối hợp", "deadline": "Tháng 3 - tháng 11/2026",
         "task_quote": "Tổ chức 40 lớp \"Bình dân học vụ số\" tại Trung tâm và 02 điểm học lưu động"},
        {"name": "Công an xã", "role": "chủ trì", "deadline": "Trước ngày 30/6/2026",
         "task_quote": "Làm sạch dữ liệu dân cư, hỗ trợ kích hoạt tài khoản định danh điện tử mức độ 2"},
        {"name": "Trưởng các thôn", "role": "phối hợp", "deadline": "Trước ngày 30/6/2026",
         "task_quote": "Làm sạch dữ liệu dân cư, hỗ trợ kích hoạt tài khoản định danh điện tử mức độ 2"},
        {"name": "Phòng Kinh tế", "role": "chủ trì", "deadline": "Trước ngày 30/9/2026",
         "task_quote": "Lắp đặt wifi công cộng tại 6 nhà văn hóa thôn; phát sóng trạm BTS mới tại thôn Nà Vải"},
        {"name": "Viettel Ninh Giang Thượng", "role": "phối hợp", "deadline": "Trước ngày 30/9/2026",
         "task_quote": "Lắp đặt wifi công cộng tại 6 nhà văn hóa thôn; phát sóng trạm BTS mới tại thôn Nà Vải"},
        {"name": "VNPT Ninh Giang Thượng", "role": "phối hợp", "deadline": "Trước ngày 30/9/2026",
         "task_quote": "Lắp đặt wifi công cộng tại 6 nhà văn hóa thôn; phát sóng trạm BTS mới tại thôn Nà Vải"},
        {"name": "Phòng Kinh tế", "role": "chủ trì", "deadline": "Quý IV/2026",
         "task_quote": "Hỗ trợ hợp tác xã và hộ sản xuất đưa sản phẩm quế, mật ong bạc hà lên sàn thương mại điện tử"},
        {"name": "Hội Nông dân xã", "role": "phối hợp", "deadline": "Quý IV/2026",
         "task_quote": "Hỗ trợ hợp tác xã và hộ sản xuất đưa sản phẩm quế, mật ong bạc hà lên sàn thương mại điện tử"},
        {"name": "Bưu điện xã", "role": "phối hợp", "deadline": "Quý IV/2026",
         "task_quote": "Hỗ trợ hợp tác xã và hộ sản xuất đưa sản phẩm quế, mật ong bạc hà lên sàn thương mại điện tử"},
        {"name": "Trung tâm Phục vụ hành chính công xã", "role": "chủ trì", "deadline": "Trước ngày 31/10/2026",
         "task_quote": "Số hóa kết quả giải quyết thủ tục hành chính còn hiệu lực từ năm 2020 đến nay"},
        {"name": "Văn phòng HĐND và UBND xã", "role": "chủ trì", "deadline": "Định kỳ hằng tháng",
         "task_quote": "Xây dựng chuyên mục chuyển đổi số trên Trang thông tin điện tử xã và hệ thống loa truyền thanh thông minh"},
        {"name": "Trường Tiểu học Khôi Nguyên, Trường THCS Khôi Nguyên", "role": "chủ trì", "deadline": "Học kỳ II năm học 2025 - 2026",
         "task_quote": "Triển khai sổ điểm điện tử, học bạ số và kho học liệu số dùng chung"},
        {"name": "Phòng Văn hóa - Xã hội", "role": "thường trực", "deadline": "trước ngày 20 của tháng cuối quý",
         "task_quote": "là cơ quan thường trực giúp Ủy ban nhân dân xã theo dõi, tổng hợp việc thực hiện Kế hoạch"},
        {"name": "Phòng Kinh tế", "role": None, "deadline": "trước ngày 28/02/2026",
         "task_quote": "Phòng Kinh tế tham mưu phân bổ chi tiết trước ngày 28/02/2026"},
        {"name": "Trung tâm học tập cộng đồng xã", "role": None, "deadline": "trước ngày 30/4/2026",
         "task_quote": "cập nhật số liệu học viên lên phần mềm quản lý của tỉnh"},
        {"name": "Các phòng, ban, đơn vị thuộc Ủy ban nhân dân xã và Trưởng các thôn", "role": None, "deadline": None,
         "task_quote": "căn cứ nhiệm vụ được giao tại Kế hoạch này chủ động triển khai, bảo đảm đúng tiến độ"},
        {"name": "Ủy ban Mặt trận Tổ quốc Việt Nam xã, Hội Liên hiệp Phụ nữ xã, Hội Nông dân xã, Hội Cựu chiến binh xã và Đoàn TNCS Hồ Chí Minh xã",
         "role": None, "deadline": None,
         "task_quote": "tuyên truyền, vận động hội viên, đoàn viên tham gia học kỹ năng số và sử dụng dịch vụ công trực tuyến"},
    ], "intruders": ["Mã Đức Tiệp", "Thường trực Đảng ủy xã (b/c)", "Thường trực HĐND xã (b/c)", "Lưu: VT, VHXH",
                     "TM. UBND XÃ KHÔI NGUYÊN", "Bế Thị Thu Trang", "Ban Thường vụ Đảng ủy xã"]},
]


def nfc(o):
    if isinstance(o, str):
        return unicodedata.normalize("NFC", o)
    if isinstance(o, list):
        return [nfc(x) for x in o]
    if isinstance(o, dict):
        return {k: nfc(v) for k, v in o.items()}
    return o


if __name__ == "__main__":
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for d in Q:
            f.write(json.dumps(nfc(d), ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for d in WW:
            f.write(json.dumps(nfc(d), ensure_ascii=False) + "\n")
    print(len(Q), "questions;", len(WW), "who-what lines")

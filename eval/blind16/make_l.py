#!/usr/bin/env python3
"""Writes questions.jsonl and who_what.jsonl for eval/blind16 from the lists below.
All question text is invented for this set. Run: python3 make_l.py
"""
import json
import os

HERE = os.path.dirname(os.path.abspath(__file__))
L01 = "l01_nq05_chi_bo_thcs_ngoc_lien_day_hoc_ky_nang_so.txt"
L02 = "l02_kh86_tinh_doan_bach_long_mua_he_xanh_so_2025.txt"
L03 = "l03_cv1148_sgddt_don_doc_bao_cao_stem.txt"
L04 = "l04_qd07_ubnd_tinh_quy_che_nhiem_vu_khcn.txt"
L05 = "l05_ttr215_stttt_chuong_trinh_bach_long_so.md"

Q = []


def q(question, kind, ev=(), kw=(), history=None, actors=None, answerable=True):
    d = {"id": "lx%03d" % (len(Q) + 1), "question": question, "answerable": answerable,
         "kind": kind, "evidence": [{"source": s, "quote": t} for s, t in ev],
         "keywords": list(kw)}
    if history:
        d["history"] = list(history)
    if actors:
        d["actors"] = list(actors)
    Q.append(d)
    return question


def u(question, kind="unanswerable", history=None):
    return q(question, kind, answerable=False, history=history)


# ---------------- l01: Nghị quyết 05-NQ/CB, Chi bộ Trường THCS Ngọc Liên
a = q("Chi bộ trường THCS Ngọc Liên hiện có bao nhiêu đảng viên?", "abbreviation",
      [(L01, "Chi bộ hiện có 14 đảng viên, trong đó 13 đảng viên chính thức và 01 đảng viên dự bị")],
      ["14 đảng viên"])
q("Trong đó dự bị mấy người?", "follow-up",
  [(L01, "Chi bộ hiện có 14 đảng viên, trong đó 13 đảng viên chính thức và 01 đảng viên dự bị")],
  ["01 đảng viên dự bị"], history=[a])
q("nq 05 chi bo thcs ngoc lien dat muc tieu hoc sinh kha gioi bao nhieu", "no-diacritics",
  [(L01, "Tỷ lệ học sinh có kết quả học tập khá, giỏi đạt từ 65% trở lên")], ["65%"])
a = q("Trong chi bộ ai lo mảng chuyển đổi số với hệ thống LMS?", "who-what",
      [(L01, "Đồng chí Phạm Minh Tuấn, chi ủy viên, Tổ trưởng Tổ Toán - Tin phụ trách chuyển đổi số, vận hành hệ thống LMS")],
      ["Phạm Minh Tuấn"], actors=["Phạm Minh Tuấn"])
q("Phần việc của đồng chí đó phải xong trước ngày nào?", "follow-up",
  [(L01, "xây dựng bộ tiêu chí kỹ năng số của học sinh, hoàn thành trước ngày 30/4/2025")],
  ["30/4/2025"], history=[a])
q("Đồng chí Hoàng Văn Sơn được phân công việc gì, hạn bao giờ?", "who-what",
  [(L01, "Đồng chí Hoàng Văn Sơn, Tổ trưởng Tổ Văn phòng phụ trách lập dự toán, mua sắm thiết bị cho phòng tin học, hoàn thành trước ngày 15/8/2025")],
  ["mua sắm thiết bị", "15/8/2025"], actors=["Hoàng Văn Sơn"])
q("Nâng cấp phòng máy của trường dự kiến tốn bao nhiêu tiền, lấy từ nguồn nào?", "factoid",
  [(L01, "tổng kinh phí dự kiến 86 triệu đồng từ nguồn chi thường xuyên của nhà trường")],
  ["86 triệu đồng", "chi thường xuyên"])
q("Dạy kỹ năng số cho học sinh thì gồm những nội dung gì?", "list",
  [(L01, "tra cứu và đánh giá thông tin, sử dụng học liệu số, giao tiếp an toàn trên mạng, bảo vệ dữ liệu cá nhân")],
  ["tra cứu và đánh giá thông tin", "giao tiếp an toàn trên mạng", "bảo vệ dữ liệu cá nhân"])
q("Nghị quyết của chi bộ về kỹ năng số ban hành ngày nào, ai ký?", "metadata",
  [(L01, "Ngọc Liên, ngày 14 tháng 3 năm 2025"),
   (L01, "T/M CHI BỘ\nBÍ THƯ\n\n(đã ký)\n\nTrần Thị Hồng Nhung")],
  ["14 tháng 3 năm 2025", "Trần Thị Hồng Nhung"])
q("Liên đội trường phải làm gì, trong thời gian nào?", "who-what",
  [(L01, "Liên đội trường tổ chức cuộc thi \"Em là công dân số\" cho học sinh trong tháng 4/2025")],
  ["Em là công dân số", "tháng 4/2025"], actors=["Liên đội trường"])
q("chi bo sinh hoat dinh ky vao ngay may hang thang", "no-diacritics",
  [(L01, "báo cáo kết quả tại sinh hoạt Chi bộ định kỳ vào ngày 05 hằng tháng")],
  ["ngày 05 hằng tháng"])
a = q("khi nao chi bo so ket nghi quyet 05", "no-diacritics",
      [(L01, "Chi bộ sơ kết việc thực hiện Nghị quyết vào tháng 8/2025 và tổng kết vào tháng 6/2026")],
      ["tháng 8/2025"])
q("Còn tổng kết thì vào lúc nào?", "follow-up",
  [(L01, "Chi bộ sơ kết việc thực hiện Nghị quyết vào tháng 8/2025 và tổng kết vào tháng 6/2026")],
  ["tháng 6/2026"], history=[a])
q("Theo NQ 05, phải đưa bao nhiêu bài giảng E-learning lên kho học liệu của Phòng GD&ĐT?", "abbreviation",
  [(L01, "Có ít nhất 20 bài giảng điện tử E-learning được đưa lên kho học liệu số")],
  ["20 bài giảng"])
u("Nghị quyết 05 hỗ trợ mỗi giáo viên bao nhiêu tiền khi làm một bài giảng điện tử?")
u("ty le hoc sinh kha gioi hoc ky 2 nam hoc 2024-2025 cua thcs ngoc lien la bao nhieu", "no-diacritics")
u("Theo nghị quyết của chi bộ, ai phụ trách công tác tuyển sinh vào lớp 10?")
u("Năm 2025 chi bộ trường THCS Ngọc Liên đặt chỉ tiêu kết nạp mấy đảng viên mới?")

# ---------------- l02: KH 86-KH/TĐTN-PT, Tỉnh đoàn Bạch Long
a = q("Mùa hè xanh số năm nay huy động tổng cộng bao nhiêu tình nguyện viên?", "factoid",
      [(L02, "Huy động 4.500 lượt đoàn viên, thanh niên tham gia, trong đó có 1.200 sinh viên")],
      ["4.500"])
q("Trong số đó có bao nhiêu sinh viên?", "follow-up",
  [(L02, "Huy động 4.500 lượt đoàn viên, thanh niên tham gia, trong đó có 1.200 sinh viên")],
  ["1.200 sinh viên"], history=[a])
b = q("Lễ ra quân cấp tỉnh làm lúc mấy giờ, ở đâu?", "factoid",
      [(L02, "Lễ ra quân cấp tỉnh tổ chức vào 07 giờ 30 phút ngày 08/6/2025 tại Quảng trường Trung tâm thành phố Long Châu")],
      ["07 giờ 30 phút", "08/6/2025", "Quảng trường Trung tâm"])
u("Ai sẽ phát biểu phát động tại buổi lễ đó?", "follow-up", history=[b])
a = q("huyen doan thach ban phai lam gi trong chien dich he nay", "who-what",
      [(L02, "Huyện đoàn Thạch Bàn huy động 400 tình nguyện viên, thành lập 9 đội hình; ưu tiên các bản vùng cao")],
      ["400 tình nguyện viên", "9 đội hình"], actors=["Huyện đoàn Thạch Bàn"])
q("Thế còn Huyện đoàn Cẩm Đường?", "follow-up",
  [(L02, "Huyện đoàn Cẩm Đường huy động 500 tình nguyện viên, thành lập 8 đội hình; tập trung hỗ trợ hợp tác xã nông nghiệp đưa sản phẩm OCOP")],
  ["500 tình nguyện viên", "OCOP"], history=[a])
a = q("Ai đứng ra tổ chức cuộc thi online về thanh niên với chuyển đổi số?", "who-what",
      [(L02, "Ban Tuyên giáo Tỉnh đoàn chủ trì tổ chức cuộc thi trực tuyến \"Thanh niên Bạch Long với chuyển đổi số\"")],
      ["Ban Tuyên giáo Tỉnh đoàn"], actors=["Ban Tuyên giáo Tỉnh đoàn"])
q("Cuộc thi đó kéo dài từ ngày nào tới ngày nào?", "follow-up",
  [(L02, "từ ngày 15/6/2025 đến ngày 15/7/2025")], ["15/6/2025", "15/7/2025"], history=[a])
a = q("Tổng kinh phí KH 86 của Tỉnh đoàn là bao nhiêu?", "abbreviation",
      [(L02, "Tổng kinh phí dự kiến 1.250.000.000 đồng")], ["1.250.000.000 đồng"])
q("Ngân sách tỉnh cấp bao nhiêu trong số đó?", "follow-up",
  [(L02, "ngân sách tỉnh giao dự toán năm 2025 cho Tỉnh đoàn 650.000.000 đồng")],
  ["650.000.000 đồng"], history=[a])
q("moi diem wifi mien phi duoc chi toi da bao nhieu tien", "no-diacritics",
  [(L02, "kinh phí mua thiết bị Wi-Fi được thanh toán theo thực tế, không quá 8.000.000 đồng/điểm")],
  ["8.000.000 đồng/điểm"])
q("Tỉnh đoàn đề nghị Sở TT&TT phối hợp làm gì?", "who-what",
  [(L02, "Đề nghị Sở Thông tin và Truyền thông phối hợp biên soạn tài liệu \"Sổ tay kỹ năng số cho tình nguyện viên\""),
   (L02, "tập huấn cho 120 tình nguyện viên nòng cốt vào ngày 31/5/2025")],
  ["Sổ tay kỹ năng số cho tình nguyện viên", "31/5/2025"], actors=["Sở Thông tin và Truyền thông"])
q("Kế hoạch Mùa hè xanh số do ai ký, chức vụ gì?", "metadata",
  [(L02, "PHÓ BÍ THƯ\n\n(đã ký)\n\nNguyễn Thị Minh Phương")],
  ["Nguyễn Thị Minh Phương", "PHÓ BÍ THƯ"])
q("Văn phòng Tỉnh đoàn lo những việc gì?", "who-what",
  [(L02, "Văn phòng Tỉnh đoàn bảo đảm kinh phí, hướng dẫn thanh quyết toán và mua bảo hiểm cho tình nguyện viên trước ngày 05/6/2025")],
  ["mua bảo hiểm", "05/6/2025"], actors=["Văn phòng Tỉnh đoàn"])
q("lien he ai o tinh doan neu vuong mac ve mua he xanh so", "no-diacritics",
  [(L02, "đồng chí Vũ Thanh Tùng, Phó Trưởng Ban Phong trào Tỉnh đoàn, điện thoại 0912 384 517")],
  ["Vũ Thanh Tùng", "0912 384 517"])
q("bao gio phai nop bao cao tong ket mua he xanh so", "no-diacritics",
  [(L02, "gửi báo cáo tổng kết về Tỉnh đoàn trước ngày 05/9/2025")], ["05/9/2025"])
u("Huyện đoàn Phước Lâm được cấp bao nhiêu kinh phí cho chiến dịch?")
u("Lễ ra quân của Huyện đoàn Ngọc Thủy tổ chức ngày nào?")
u("Theo KH 86, mỗi tình nguyện viên được hỗ trợ tiền ăn bao nhiêu một ngày?", "abbreviation")

# ---------------- l03: CV 1148/SGDĐT-GDTrH (hard-wrapped)
q("CV đôn đốc báo cáo STEM của Sở GD&ĐT số mấy, ký ngày nào?", "metadata",
  [(L03, "Số: 1148/SGDĐT-GDTrH\nV/v đôn đốc báo cáo"), (L03, "Bạch Long, ngày 20 tháng 5 năm 2025")],
  ["1148/SGDĐT-GDTrH", "20 tháng 5 năm 2025"])
a = q("Hạn chót nộp báo cáo STEM là khi nào?", "factoid",
      [(L03, "trước 17 giờ 00 ngày 30/5/2025")], ["17 giờ 00", "30/5/2025"])
q("Gửi bằng đường nào?", "follow-up",
  [(L03, "gửi qua hệ thống quản lý văn bản điều hành của tỉnh, đồng thời gửi bản mềm"),
   (L03, "thư điện tử phonggdtrh@bachlong.edu.vn")],
  ["hệ thống quản lý văn bản điều hành", "phonggdtrh@bachlong.edu.vn"], history=[a])
q("Những phòng giáo dục huyện nào chưa nộp báo cáo STEM?", "list",
  [(L03, "Các Phòng GD&ĐT huyện Cẩm Đường, Phước Lâm, Thạch Bàn chưa gửi báo cáo")],
  ["Cẩm Đường", "Phước Lâm", "Thạch Bàn"])
q("so gddt da nhan bao cao stem cua bao nhieu truong thpt", "no-diacritics",
  [(L03, "và 12/21 trường trung học phổ thông")], ["12/21"])
a = q("Báo cáo STEM phải làm theo mẫu biểu nào?", "factoid",
      [(L03, "Biểu thống kê Mẫu số 02-STEM kèm theo Công văn số 602/SGDĐT-GDTrH")],
      ["Mẫu số 02-STEM"])
q("Công văn 602 đó ra ngày nào, hạn ban đầu là bao giờ?", "follow-up",
  [(L03, "ngày 12/3/2025 Sở Giáo dục và Đào tạo (GD&ĐT) đã ban hành Công văn số 602/SGDĐT-GDTrH"),
   (L03, "thời hạn gửi báo cáo trước ngày 30/4/2025")],
  ["12/3/2025", "30/4/2025"], history=[a])
q("Vướng mắc về báo cáo STEM thì gọi cho ai?", "factoid",
  [(L03, "liên hệ ông Đinh Quang Huy, chuyên viên Phòng Giáo dục Trung học, Sở GD&ĐT, số điện thoại 0915 246 318")],
  ["Đinh Quang Huy", "0915 246 318"])
q("Phòng GD&ĐT huyện phải tổng hợp số liệu các trường ra sao?", "who-what",
  [(L03, "Phòng GD&ĐT tổng hợp số liệu của các trường tiểu học và trung học cơ sở trên địa bàn vào một biểu chung")],
  ["một biểu chung"], actors=["Phòng GD&ĐT"])
q("Trường THPT nào có học sinh dự thi KHKT cấp tỉnh thì phải gửi thêm gì?", "who-what",
  [(L03, "Các trường trung học phổ thông có học sinh tham gia Cuộc thi khoa học kỹ thuật cấp tỉnh"),
   (L03, "gửi kèm danh sách dự án, tên học sinh, giáo viên hướng dẫn và kết quả đạt được")],
  ["danh sách dự án", "giáo viên hướng dẫn"], actors=["Các trường trung học phổ thông"])
a = q("Sở sẽ xuống kiểm tra trực tiếp STEM ở những huyện nào?", "factoid",
      [(L03, "kiểm tra trực tiếp việc triển khai giáo dục STEM tại huyện Cẩm Đường và huyện Thạch Bàn")],
      ["Cẩm Đường", "Thạch Bàn"])
u("Lịch kiểm tra cụ thể ở huyện Thạch Bàn là ngày nào?", "follow-up", history=[a])
q("Báo cáo STEM cần nêu những nội dung gì?", "list",
  [(L03, "số bài học STEM đã thực hiện theo từng môn học và khối lớp; số câu lạc bộ STEM, số học sinh tham gia"),
   (L03, "số giáo viên đã được tập huấn về giáo dục STEM; tình hình thiết bị, phòng học bộ môn")],
  ["số bài học STEM", "số câu lạc bộ STEM", "số giáo viên đã được tập huấn"])
q("bao cao stem co tinh vao thi dua cuoi nam khong", "no-diacritics",
  [(L03, "Kết quả thực hiện báo cáo là một trong các căn cứ để Sở GD&ĐT đánh giá, xếp loại thi đua")],
  ["xếp loại thi đua"])
q("Ai ký công văn đôn đốc báo cáo STEM?", "metadata",
  [(L03, "PHÓ GIÁM ĐỐC\n\n(đã ký)\n\nLương Văn Định")], ["Lương Văn Định"])
u("Phòng GD&ĐT huyện Phước Lâm giải trình lý do gì về việc chậm báo cáo STEM?", "abbreviation")
u("cv 1148 quy dinh muc kinh phi cho moi phong hoc stem la bao nhieu", "no-diacritics")
u("CV 1148 giao chỉ tiêu số bài học STEM tối thiểu cho mỗi trường THCS là bao nhiêu?", "abbreviation")

# ---------------- l04: QĐ 07/2025/QĐ-UBND + Quy chế
a = q("Quy chế quản lý nhiệm vụ KH&CN cấp tỉnh ban hành kèm QĐ số mấy?", "metadata",
      [(L04, "Ban hành kèm theo Quyết định số 07/2025/QĐ-UBND ngày 18/3/2025")], ["07/2025/QĐ-UBND"])
b = q("QĐ đó có hiệu lực từ ngày nào?", "follow-up",
      [(L04, "Quyết định này có hiệu lực kể từ ngày 01/4/2025")], ["01/4/2025"], history=[a])
q("Nó thay cho văn bản nào?", "follow-up",
  [(L04, "thay thế Quyết định số 25/2019/QĐ-UBND ngày 09/9/2019")], ["25/2019/QĐ-UBND"], history=[a, b])
a = q("Một đề tài cấp tỉnh được ngân sách hỗ trợ tối đa bao nhiêu?", "factoid",
      [(L04, "Kinh phí hỗ trợ từ ngân sách tỉnh cho một đề tài không quá 1.500 triệu đồng")],
      ["1.500 triệu đồng"])
q("Nếu vượt mức đó thì ai quyết?", "follow-up",
  [(L04, "trường hợp vượt mức này do Chủ tịch Ủy ban nhân dân tỉnh xem xét, quyết định")],
  ["Chủ tịch Ủy ban nhân dân tỉnh"], history=[a])
q("han gui de xuat dat hang nhiem vu khcn hang nam la ngay nao", "no-diacritics",
  [(L04, "gửi đề xuất đặt hàng về Sở Khoa học và Công nghệ trước ngày 30/6 hằng năm")], ["30/6"])
a = q("Hội đồng tư vấn xác định nhiệm vụ có mấy thành viên?", "factoid",
      [(L04, "gồm 07 hoặc 09 thành viên, trong đó ít nhất một phần ba là đại diện đơn vị sử dụng kết quả")],
      ["07 hoặc 09 thành viên"])
q("de tai khcn cap tinh duoc gia han may lan, toi da bao lau", "no-diacritics",
  [(L04, "chỉ được xem xét một lần, thời gian gia hạn không quá 12 tháng")], ["một lần", "12 tháng"])
q("Sở Tài chính có trách nhiệm gì theo quy chế này?", "who-what",
  [(L04, "Sở Tài chính chủ trì, phối hợp với Sở Khoa học và Công nghệ tham mưu bố trí dự toán kinh phí sự nghiệp khoa học và công nghệ hằng năm")],
  ["bố trí dự toán"], actors=["Sở Tài chính"])
q("Sở KH&CN phải trình danh mục nhiệm vụ trước ngày nào?", "who-what",
  [(L04, "Sở Khoa học và Công nghệ:\na) Chủ trì tổng hợp đề xuất, trình Chủ tịch Ủy ban nhân dân tỉnh phê duyệt danh mục nhiệm vụ trước ngày 31/10 hằng năm")],
  ["31/10"], actors=["Sở Khoa học và Công nghệ"])
a = q("Chủ nhiệm đề tài có nghĩa vụ gì?", "who-what",
      [(L04, "Chủ nhiệm nhiệm vụ tổ chức thực hiện đúng nội dung, tiến độ, sản phẩm đã cam kết trong hợp đồng")],
      ["đúng nội dung, tiến độ, sản phẩm"], actors=["Chủ nhiệm nhiệm vụ"])
q("Một người được làm chủ nhiệm cùng lúc tối đa mấy nhiệm vụ?", "follow-up",
  [(L04, "Không được đồng thời làm chủ nhiệm quá 02 nhiệm vụ khoa học và công nghệ cấp tỉnh đang thực hiện")],
  ["02 nhiệm vụ"], history=[a])
a = q("Hết hợp đồng bao lâu thì phải nộp hồ sơ nghiệm thu?", "factoid",
      [(L04, "Trong thời hạn 90 ngày kể từ ngày kết thúc hợp đồng, tổ chức chủ trì phải nộp đủ hồ sơ đánh giá, nghiệm thu")],
      ["90 ngày"])
u("Còn hồ sơ nghiệm thu gồm những giấy tờ gì?", "follow-up", history=[a])
q("Kết quả nghiệm thu xếp theo mấy mức?", "list",
  [(L04, "đánh giá kết quả theo ba mức: \"Đạt\", \"Không đạt\" và \"Xuất sắc\"")],
  ["Đạt", "Không đạt", "Xuất sắc"])
q("UBND cấp huyện phải làm gì với kết quả nhiệm vụ mình đặt hàng?", "who-what",
  [(L04, "Các sở, ban, ngành và Ủy ban nhân dân cấp huyện có trách nhiệm tiếp nhận, ứng dụng kết quả nhiệm vụ do mình đặt hàng"),
   (L04, "báo cáo hiệu quả ứng dụng sau 02 năm kể từ ngày nghiệm thu")],
  ["tiếp nhận, ứng dụng", "02 năm"], actors=["Ủy ban nhân dân cấp huyện"])
q("Ai ký Quyết định 07/2025 về quản lý nhiệm vụ khoa học?", "metadata",
  [(L04, "PHÓ CHỦ TỊCH\n\n(đã ký)\n\nTrịnh Xuân Lâm")], ["Trịnh Xuân Lâm"])
u("Quy chế quy định mức chi tiền công cho thành viên hội đồng nghiệm thu là bao nhiêu?")
u("QĐ 07/2025 cho phép hỗ trợ tối đa bao nhiêu cho một dự án sản xuất thử nghiệm?", "abbreviation")
u("Hội đồng đánh giá, nghiệm thu cấp tỉnh gồm bao nhiêu thành viên?")
u("quy che khcn cham diem ho so tuyen chon theo thang diem may", "no-diacritics")

# ---------------- l05: TTr 215/TTr-STTTT
q("Tờ trình về chương trình Bạch Long số là số mấy, cơ quan nào trình?", "metadata",
  [(L05, "SỞ THÔNG TIN VÀ TRUYỀN THÔNG\n\nSố: 215/TTr-STTTT")], ["215/TTr-STTTT", "Sở Thông tin và Truyền thông"])
a = q("Tổng kinh phí chương trình Bạch Long số là bao nhiêu?", "factoid",
      [(L05, "Tổng kinh phí dự kiến 17.450 triệu đồng, trong đó ngân sách tỉnh 14.650 triệu đồng")],
      ["17.450 triệu đồng"])
q("Khoản tập huấn tổ công nghệ số cộng đồng năm 2026 dự trù bao nhiêu?", "factoid",
  [(L05, "| 3 | Tập huấn Tổ công nghệ số cộng đồng | 1.300 | 1.900 | 1.800 | 5.000 |")], ["1.900"])
q("nam 2025 chuong trinh bach long so xin bo tri bao nhieu tien", "no-diacritics",
  [(L05, "Giao Sở Tài chính bố trí 4.850 triệu đồng để thực hiện Chương trình năm 2025")],
  ["4.850 triệu đồng"])
a = q("Khảo sát cho thấy mấy phần trăm người trưởng thành có kỹ năng số cơ bản?", "factoid",
      [(L05, "chỉ có 41,6% người trưởng thành có kỹ năng số cơ bản")], ["41,6%"])
q("Mục tiêu đến 2027 nâng lên bao nhiêu?", "follow-up",
  [(L05, "70% người trưởng thành trên địa bàn tỉnh có kỹ năng số cơ bản")], ["70%"], history=[a])
q("Sở TT&TT kiến nghị UBND tỉnh những gì?", "list",
  [(L05, "Phê duyệt Chương trình \"Bạch Long số - Mỗi người dân một kỹ năng số\" giai đoạn 2025 - 2027;"),
   (L05, "Thành lập Ban Chỉ đạo Chương trình do đồng chí Phó Chủ tịch Ủy ban nhân dân tỉnh phụ trách khối văn hóa - xã hội làm Trưởng ban")],
  ["Phê duyệt Chương trình", "Thành lập Ban Chỉ đạo"])
q("Sở Nội vụ được đề xuất giao việc gì?", "who-what",
  [(L05, "Sở Nội vụ chủ trì, phối hợp với Sở Thông tin và Truyền thông tổ chức bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức")],
  ["bồi dưỡng kỹ năng số"], actors=["Sở Nội vụ"])
q("theo to trinh bach long so, ubnd cac huyen phai lam gi, han khi nao", "who-what",
  [(L05, "Ủy ban nhân dân các huyện, thị xã, thành phố kiện toàn Tổ công nghệ số cộng đồng, hoàn thành trước ngày 30/9/2025")],
  ["kiện toàn Tổ công nghệ số cộng đồng", "30/9/2025"],
  actors=["Ủy ban nhân dân các huyện, thị xã, thành phố"])
a = q("Cơ quan nào làm thường trực chương trình Bạch Long số?", "who-what",
      [(L05, "Sở Thông tin và Truyền thông là cơ quan thường trực, chủ trì triển khai Chương trình")],
      ["Sở Thông tin và Truyền thông"], actors=["Sở Thông tin và Truyền thông"])
q("Cơ quan đó phải báo cáo UBND tỉnh hằng năm trước ngày nào?", "follow-up",
  [(L05, "tổng hợp, báo cáo Ủy ban nhân dân tỉnh trước ngày 15/12 hằng năm")], ["15/12"], history=[a])
q("Tỉnh đoàn được giao gì trong chương trình Bạch Long số?", "who-what",
  [(L05, "Tỉnh đoàn chủ trì huy động lực lượng đoàn viên, thanh niên tình nguyện tham gia Chương trình")],
  ["huy động lực lượng đoàn viên"], actors=["Tỉnh đoàn"])
q("toan tinh bach long co bao nhieu to cong nghe so cong dong", "no-diacritics",
  [(L05, "(toàn tỉnh có 1.146 tổ)")], ["1.146 tổ"])
q("Tờ trình Bạch Long số do ai ký?", "metadata",
  [(L05, "GIÁM ĐỐC\n\n(đã ký)\n\nLâm Quốc Hưng")], ["Lâm Quốc Hưng"])
q("Năm 2024 tỷ lệ hồ sơ TTHC nộp trực tuyến của tỉnh được bao nhiêu?", "abbreviation",
  [(L05, "Tỷ lệ hồ sơ thủ tục hành chính nộp trực tuyến của tỉnh năm 2024 đạt 38,2%")], ["38,2%"])
u("UBND tỉnh đã phê duyệt chương trình Bạch Long số bằng quyết định số mấy?", "abbreviation")
u("Kinh phí năm 2028 của chương trình Bạch Long số là bao nhiêu?")
u("Tờ trình của Sở TT&TT dành bao nhiêu tiền cho an toàn thông tin mạng năm 2026?", "abbreviation")
u("Nền tảng học trực tuyến Bạch Long số do doanh nghiệp nào xây dựng?")

# ---------------- corpus-level
q("Những văn bản nào trong bộ này căn cứ Nghị quyết 57-NQ/TW?", "corpus",
  [(L01, "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị"),
   (L02, "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị"),
   (L04, "Căn cứ Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị"),
   (L05, "Thực hiện Nghị quyết số 57-NQ/TW ngày 22/12/2024 của Bộ Chính trị; Quyết định số 749/QĐ-TTg")],
  ["05-NQ/CB", "86-KH/TĐTN-PT", "07/2025/QĐ-UBND", "215/TTr-STTTT"])
q("Văn bản nào nhắc tới KH 45/KH-UBND về giáo dục STEM?", "corpus",
  [(L01, "Căn cứ Kế hoạch số 45/KH-UBND ngày 10/02/2025 của Ủy ban nhân dân tỉnh Bạch Long"),
   (L03, "Kế hoạch số 45/KH-UBND ngày 10/02/2025 của Ủy ban nhân dân tỉnh về triển khai giáo dục STEM"),
   (L05, "lồng ghép với việc triển khai Kế hoạch số 45/KH-UBND về giáo dục STEM")],
  ["05-NQ/CB", "1148/SGDĐT-GDTrH", "215/TTr-STTTT"])
q("Văn bản nào có nhắc đến chiến dịch Mùa hè xanh số?", "corpus",
  [(L01, "tiếp nhận đội hình tình nguyện của chiến dịch \"Mùa hè xanh số\" năm 2025 theo Kế hoạch của Tỉnh đoàn"),
   (L02, "Tổ chức Chiến dịch thanh niên tình nguyện hè \"Mùa hè xanh số\" năm 2025"),
   (L05, "Chiến dịch \"Mùa hè xanh số\" năm 2025 theo Kế hoạch số 86-KH/TĐTN-PT ngày 22/4/2025")],
  ["05-NQ/CB", "86-KH/TĐTN-PT", "215/TTr-STTTT"])
q("Có mấy văn bản do chính UBND tỉnh ban hành trong bộ tài liệu?", "corpus",
  [(L04, "ỦY BAN NHÂN DÂN\nTỈNH BẠCH LONG\n\nSố: 07/2025/QĐ-UBND")], ["07/2025/QĐ-UBND"])
q("trong bo tai lieu co van ban nao cua so giao duc khong", "corpus",
  [(L03, "SỞ GIÁO DỤC VÀ ĐÀO TẠO\nSố: 1148/SGDĐT-GDTrH")], ["1148/SGDĐT-GDTrH"])
u("Kế hoạch 112/KH-UBND về chuyển đổi số năm 2025 giao Sở TT&TT những nhiệm vụ gì?", "abbreviation")
u("Kế hoạch 27-KH/ĐU của Đảng ủy xã Ngọc Liên đặt ra những chỉ tiêu gì?")
u("Tờ trình 36/TTr-SKHCN của Sở KH&CN đề xuất những nội dung gì?", "abbreviation")

# ---------------- who_what gold
WW = [
    {"id": "wl01", "directive": "NQ 05-NQ/CB", "source": L01, "actors": [
        {"name": "Trần Thị Hồng Nhung", "role": None, "deadline": "trước ngày 31/3/2025",
         "task_quote": "Đồng chí Trần Thị Hồng Nhung, Bí thư Chi bộ, Hiệu trưởng phụ trách chung; chỉ đạo xây dựng kế hoạch thực hiện Nghị quyết"},
        {"name": "Lê Văn Khải", "role": None, "deadline": None,
         "task_quote": "Đồng chí Lê Văn Khải, Phó Bí thư Chi bộ, Phó Hiệu trưởng phụ trách chuyên môn, công tác bồi dưỡng học sinh giỏi"},
        {"name": "Phạm Minh Tuấn", "role": None, "deadline": "trước ngày 30/4/2025",
         "task_quote": "Đồng chí Phạm Minh Tuấn, chi ủy viên, Tổ trưởng Tổ Toán - Tin phụ trách chuyển đổi số, vận hành hệ thống LMS"},
        {"name": "Đỗ Thị Lan Anh", "role": None, "deadline": None,
         "task_quote": "Đồng chí Đỗ Thị Lan Anh, Bí thư Chi đoàn giáo viên phụ trách Câu lạc bộ STEM"},
        {"name": "Hoàng Văn Sơn", "role": None, "deadline": "trước ngày 15/8/2025",
         "task_quote": "Đồng chí Hoàng Văn Sơn, Tổ trưởng Tổ Văn phòng phụ trách lập dự toán, mua sắm thiết bị cho phòng tin học"},
        {"name": "Công đoàn trường", "role": "phối hợp", "deadline": None,
         "task_quote": "Công đoàn trường phối hợp vận động giáo viên tham gia các lớp bồi dưỡng kỹ năng số"},
        {"name": "Liên đội trường", "role": None, "deadline": "trong tháng 4/2025",
         "task_quote": "Liên đội trường tổ chức cuộc thi \"Em là công dân số\" cho học sinh trong tháng 4/2025"},
        {"name": "Chi ủy", "role": None, "deadline": None,
         "task_quote": "Chi ủy có trách nhiệm cụ thể hóa Nghị quyết thành chương trình công tác hằng tháng"},
    ], "intruders": ["ĐẢNG CỘNG SẢN VIỆT NAM", "Đảng ủy xã Ngọc Liên", "Phòng GD&ĐT huyện Ngọc Thủy",
                     "Lưu: VT, Chi bộ", "Quy định số 232-QĐ/TW"]},
    {"id": "wl02", "directive": "KH 86-KH/TĐTN-PT", "source": L02, "actors": [
        {"name": "Thành đoàn Long Châu", "role": "chủ trì", "deadline": None,
         "task_quote": "Thành đoàn Long Châu huy động 900 tình nguyện viên, thành lập 10 đội hình; chủ trì hỗ trợ các phường"},
        {"name": "Huyện đoàn Ngọc Thủy", "role": "phối hợp", "deadline": None,
         "task_quote": "Huyện đoàn Ngọc Thủy huy động 600 tình nguyện viên, thành lập 8 đội hình; phối hợp với các trường học mở lớp kỹ năng số"},
        {"name": "Huyện đoàn Cẩm Đường", "role": None, "deadline": None,
         "task_quote": "Huyện đoàn Cẩm Đường huy động 500 tình nguyện viên, thành lập 8 đội hình"},
        {"name": "Huyện đoàn Phước Lâm", "role": None, "deadline": None,
         "task_quote": "Huyện đoàn Phước Lâm huy động 450 tình nguyện viên, thành lập 7 đội hình"},
        {"name": "Huyện đoàn Thạch Bàn", "role": None, "deadline": None,
         "task_quote": "Huyện đoàn Thạch Bàn huy động 400 tình nguyện viên, thành lập 9 đội hình; ưu tiên các bản vùng cao"},
        {"name": "Thị đoàn Đồng Cát", "role": None, "deadline": None,
         "task_quote": "Thị đoàn Đồng Cát huy động 350 tình nguyện viên, thành lập 6 đội hình"},
        {"name": "Đoàn Trường Đại học Bạch Long", "role": None, "deadline": None,
         "task_quote": "Đoàn Trường Đại học Bạch Long huy động 1.000 sinh viên, thành lập 8 đội hình tăng cường về các huyện Thạch Bàn và Cẩm Đường"},
        {"name": "Đoàn Trường Cao đẳng Kỹ thuật - Công nghệ Bạch Long", "role": None, "deadline": None,
         "task_quote": "Đoàn Trường Cao đẳng Kỹ thuật - Công nghệ Bạch Long huy động 200 sinh viên, thành lập 4 đội hình"},
        {"name": "Đoàn Khối các cơ quan tỉnh", "role": None, "deadline": None,
         "task_quote": "Đoàn Khối các cơ quan tỉnh huy động 100 đoàn viên tham gia các ngày cao điểm cuối tuần"},
        {"name": "Ban Phong trào Tỉnh đoàn", "role": "chủ trì", "deadline": None,
         "task_quote": "Ban Phong trào Tỉnh đoàn chủ trì tham mưu triển khai Kế hoạch; tổng hợp đăng ký đội hình"},
        {"name": "Ban Tuyên giáo Tỉnh đoàn", "role": "chủ trì", "deadline": "đến ngày 15/7/2025",
         "task_quote": "Ban Tuyên giáo Tỉnh đoàn chủ trì tổ chức cuộc thi trực tuyến \"Thanh niên Bạch Long với chuyển đổi số\""},
        {"name": "Văn phòng Tỉnh đoàn", "role": None, "deadline": "trước ngày 05/6/2025",
         "task_quote": "Văn phòng Tỉnh đoàn bảo đảm kinh phí, hướng dẫn thanh quyết toán và mua bảo hiểm cho tình nguyện viên"},
        {"name": "Sở Thông tin và Truyền thông", "role": "phối hợp", "deadline": "vào ngày 31/5/2025",
         "task_quote": "Đề nghị Sở Thông tin và Truyền thông phối hợp biên soạn tài liệu \"Sổ tay kỹ năng số cho tình nguyện viên\""},
    ], "intruders": ["Nguyễn Thị Minh Phương", "Ban Dân vận Tỉnh ủy", "Ban Bí thư Trung ương Đoàn",
                     "Lưu: VT, Ban PT", "ĐOÀN TNCS HỒ CHÍ MINH"]},
    {"id": "wl03", "directive": "CV 1148/SGDĐT-GDTrH", "source": L03, "actors": [
        {"name": "Các đơn vị chưa gửi báo cáo", "role": None, "deadline": "trước 17 giờ 00 ngày 30/5/2025",
         "task_quote": "Các đơn vị chưa gửi báo cáo hoàn thiện báo cáo theo Đề cương tại Phụ lục I"},
        {"name": "Phòng GD&ĐT", "role": None, "deadline": "trước 17 giờ 00 ngày 30/5/2025",
         "task_quote": "Phòng GD&ĐT tổng hợp số liệu của các trường tiểu học và trung học cơ sở trên địa bàn vào một biểu chung"},
        {"name": "Các trường trung học phổ thông", "role": None, "deadline": None,
         "task_quote": "Các trường trung học phổ thông có học sinh tham gia Cuộc thi khoa học kỹ thuật cấp tỉnh"},
        {"name": "Sở GD&ĐT", "role": None, "deadline": "Trong tháng 6/2025",
         "task_quote": "Sở GD&ĐT sẽ tổ chức kiểm tra trực tiếp việc triển khai giáo dục STEM tại huyện Cẩm Đường và huyện Thạch Bàn"},
    ], "intruders": ["Lương Văn Định", "Đinh Quang Huy", "Giám đốc Sở (để báo cáo)", "Lưu: VT, GDTrH",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Bộ Giáo dục và Đào tạo"]},
    {"id": "wl04", "directive": "QĐ 07/2025/QĐ-UBND", "source": L04, "actors": [
        {"name": "Sở Khoa học và Công nghệ", "role": "chủ trì", "deadline": "trước ngày 31/10 hằng năm",
         "task_quote": "Sở Khoa học và Công nghệ:\na) Chủ trì tổng hợp đề xuất, trình Chủ tịch Ủy ban nhân dân tỉnh phê duyệt danh mục nhiệm vụ"},
        {"name": "Sở Tài chính", "role": "chủ trì", "deadline": None,
         "task_quote": "Sở Tài chính chủ trì, phối hợp với Sở Khoa học và Công nghệ tham mưu bố trí dự toán kinh phí"},
        {"name": "Ủy ban nhân dân cấp huyện", "role": None, "deadline": "sau 02 năm kể từ ngày nghiệm thu",
         "task_quote": "Các sở, ban, ngành và Ủy ban nhân dân cấp huyện có trách nhiệm tiếp nhận, ứng dụng kết quả nhiệm vụ do mình đặt hàng"},
        {"name": "Hội đồng tư vấn", "role": None, "deadline": None,
         "task_quote": "Hội đồng tư vấn và Hội đồng đánh giá, nghiệm thu làm việc theo nguyên tắc độc lập, khách quan"},
        {"name": "Tổ thẩm định", "role": None, "deadline": "trong thời hạn 15 ngày làm việc kể từ ngày nhận đủ hồ sơ",
         "task_quote": "Tổ thẩm định hoàn thành việc thẩm định trong thời hạn 15 ngày làm việc"},
        {"name": "tổ chức chủ trì", "role": None, "deadline": "Trong thời hạn 90 ngày kể từ ngày kết thúc hợp đồng",
         "task_quote": "Trong thời hạn 90 ngày kể từ ngày kết thúc hợp đồng, tổ chức chủ trì phải nộp đủ hồ sơ đánh giá, nghiệm thu"},
        {"name": "Chủ nhiệm nhiệm vụ", "role": None, "deadline": None,
         "task_quote": "Chủ nhiệm nhiệm vụ tổ chức thực hiện đúng nội dung, tiến độ, sản phẩm đã cam kết trong hợp đồng"},
    ], "intruders": ["Trịnh Xuân Lâm", "Bộ Khoa học và Công nghệ",
                     "Cục Kiểm tra văn bản quy phạm pháp luật - Bộ Tư pháp", "Thường trực HĐND tỉnh",
                     "Cổng Thông tin điện tử tỉnh", "Lưu: VT, KGVX", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"]},
    {"id": "wl05", "directive": "TTr 215/TTr-STTTT", "source": L05, "actors": [
        {"name": "Sở Thông tin và Truyền thông", "role": "chủ trì", "deadline": "trước ngày 15/12 hằng năm",
         "task_quote": "Sở Thông tin và Truyền thông là cơ quan thường trực, chủ trì triển khai Chương trình"},
        {"name": "Sở Nội vụ", "role": "chủ trì", "deadline": None,
         "task_quote": "Sở Nội vụ chủ trì, phối hợp với Sở Thông tin và Truyền thông tổ chức bồi dưỡng kỹ năng số"},
        {"name": "Sở Giáo dục và Đào tạo", "role": "chủ trì", "deadline": None,
         "task_quote": "Sở Giáo dục và Đào tạo chủ trì đưa nội dung kỹ năng số vào hoạt động giáo dục trong trường học"},
        {"name": "Sở Tài chính", "role": None, "deadline": None,
         "task_quote": "Sở Tài chính tham mưu bố trí kinh phí thực hiện Chương trình trong dự toán ngân sách hằng năm"},
        {"name": "Tỉnh đoàn", "role": "chủ trì", "deadline": None,
         "task_quote": "Tỉnh đoàn chủ trì huy động lực lượng đoàn viên, thanh niên tình nguyện tham gia Chương trình"},
        {"name": "Ủy ban nhân dân các huyện, thị xã, thành phố", "role": None, "deadline": "trước ngày 30/9/2025",
         "task_quote": "Ủy ban nhân dân các huyện, thị xã, thành phố kiện toàn Tổ công nghệ số cộng đồng"},
    ], "intruders": ["Lâm Quốc Hưng", "Chủ tịch, các PCT UBND tỉnh", "Lưu: VT, CĐS",
                     "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Bộ Chính trị"]},
]

with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
    for d in Q:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
    for d in WW:
        f.write(json.dumps(d, ensure_ascii=False) + "\n")
print("questions", len(Q), "who_what", len(WW))

# -*- coding: utf-8 -*-
"""Writes questions.jsonl and who_what.jsonl for blind set 39 (hand-written gold)."""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
F1 = "qo01_kh_kynangso.docx"
F2 = "qo02_cv_cuocthi.txt"
F3 = "qo03_qd_hoithi.pdf"
F4 = "qo04_tb_ketluan.md"
F5 = "qo05_bc_phucdien.txt"

Q = []
LABEL = {}


def q(question, answerable, kind, ev=(), kw=(), history=None, actors=None, label=None):
    d = {"id": None, "question": question, "answerable": answerable, "kind": kind,
         "evidence": [{"source": s, "quote": t} for s, t in ev], "keywords": list(kw)}
    if history:
        d["history"] = [LABEL[h] for h in history]
    if actors:
        d["actors"] = list(actors)
    Q.append(d)
    if label:
        LABEL[label] = question


U = lambda text, kind="unanswerable", **k: q(text, False, kind, **k)

# ---------------- qo01: Kế hoạch 68/KH-UBND (UBND tỉnh) ----------------
q("Năm 2025 tỉnh đặt mục tiêu bao nhiêu phần trăm người dân từ 15 đến 60 tuổi được phổ biến kỹ năng số cơ bản?", True, "factoid",
  [(F1, "75% người dân trong độ tuổi từ 15 đến 60 được phổ biến kỹ năng số cơ bản")], ["75%"])
q("Tổng kinh phí dự kiến cho kế hoạch phổ cập kỹ năng số của tỉnh là bao nhiêu?", True, "factoid",
  [(F1, "Tổng kinh phí dự kiến là 14,75 tỷ đồng")], ["14,75 tỷ đồng"], label="kp")
q("Trong đó ngân sách tỉnh chiếm bao nhiêu?", True, "follow-up",
  [(F1, "ngân sách tỉnh 9,2 tỷ đồng")], ["9,2 tỷ đồng"], history=["kp"])
U("Kế hoạch phổ cập kỹ năng số của tỉnh bố trí bao nhiêu kinh phí cho năm 2026?")
q("chuyen muc moi ngay mot ky nang so phat song luc may gio", True, "no-diacritics",
  [(F1, "phát sóng lúc 19 giờ 45 phút thứ Ba và thứ Sáu hằng tuần")], ["19 giờ 45 phút"])
q("Sở Nội vụ được giao việc gì trong KH 68?", True, "who-what",
  [(F1, "Giao Sở Nội vụ chủ trì, phối hợp với Sở Khoa học và Công nghệ mở các lớp bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã; hoàn thành trước ngày 30/9/2025")],
  ["30/9/2025"], actors=["Sở Nội vụ"])
q("Ai ký kế hoạch phổ cập kỹ năng số năm 2025 của UBND tỉnh?", True, "metadata",
  [(F1, "PHÓ CHỦ TỊCH (đã ký) Lương Thế Khiêm")], ["Lương Thế Khiêm"])
q("Kế hoạch phổ cập kỹ năng số của tỉnh số mấy, ban hành ngày nào?", True, "metadata",
  [(F1, "(Kèm theo Kế hoạch số 68/KH-UBND ngày 17/3/2025 của UBND tỉnh)")], ["68/KH-UBND", "17/3/2025"])
q("UBND các huyện, TP phải ban hành KH của địa phương trước ngày nào?", True, "abbreviation",
  [(F1, "ban hành kế hoạch của địa phương trước ngày 15/4/2025")], ["15/4/2025"])
q("Chỉ tiêu tỷ lệ hồ sơ DVC trực tuyến toàn trình của tỉnh năm 2025 tối thiểu là bao nhiêu?", True, "abbreviation",
  [(F1, "Tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình đạt tối thiểu 60%")], ["60%"])
q("moi lop binh dan hoc vu so toi da bao nhieu hoc vien, hoc toi thieu may buoi", True, "no-diacritics",
  [(F1, "Mỗi lớp không quá 35 học viên, thời lượng tối thiểu 06 buổi")], ["35 học viên", "06 buổi"])
q("Tỉnh đoàn phải làm gì theo kế hoạch kỹ năng số của tỉnh, hạn khi nào?", True, "who-what",
  [(F1, "Tỉnh đoàn chủ trì thành lập đội hình \"Thanh niên tình nguyện hỗ trợ kỹ năng số\" tại 100% xã, phường, thị trấn trước ngày 30/4/2025")],
  ["30/4/2025"], actors=["Tỉnh đoàn"], label="tdoan")
q("Còn Sở VH-TT&DL thì được giao gì?", True, "follow-up",
  [(F1, "Sở Văn hóa, Thể thao và Du lịch chỉ đạo hệ thống thư viện công cộng bố trí \"Góc học tập số\" phục vụ người dân")],
  ["Góc học tập số"], history=["tdoan"], actors=["Sở Văn hóa, Thể thao và Du lịch"])
q("Cần hỏi về KH 68 thì liên hệ ai ở Sở KH&CN?", True, "abbreviation",
  [(F1, "bà Trịnh Thu Hạnh, Phó Trưởng phòng Chuyển đổi số, Sở Khoa học và Công nghệ; điện thoại 0235.3861.472")],
  ["Trịnh Thu Hạnh", "0235.3861.472"], label="lienhe1")
q("Email của chị ấy là gì?", True, "follow-up",
  [(F1, "thư điện tử hanhtt.skhcn@dongphunam.gov.vn")], ["hanhtt.skhcn@dongphunam.gov.vn"], history=["lienhe1"])
U("Mô hình \"Xã thông minh\" được Hội đồng thẩm định cấp tỉnh công nhận thì được thưởng bao nhiêu tiền?")
U("Kinh phí in 50.000 tờ gấp hướng dẫn kỹ năng số là bao nhiêu, giao đơn vị nào in?")
q("nen tang hoc so dong phu nam phai van hanh truoc ngay nao", True, "no-diacritics",
  [(F1, "đưa vào vận hành nền tảng \"Học số Đồng Phú Nam\" trước ngày 31/5/2025")], ["31/5/2025"])
q("Báo và PT-TH Đồng Phú Nam có nhiệm vụ gì trong kế hoạch của tỉnh?", True, "who-what",
  [(F1, "Báo và Phát thanh, Truyền hình Đồng Phú Nam mở chuyên mục \"Mỗi ngày một kỹ năng số\", phát sóng lúc 19 giờ 45 phút thứ Ba và thứ Sáu hằng tuần, bắt đầu từ ngày 01/4/2025")],
  ["Mỗi ngày một kỹ năng số", "01/4/2025"], actors=["Báo và Phát thanh, Truyền hình Đồng Phú Nam"])
q("Khi nào phải sơ kết, đánh giá kết quả thực hiện kế hoạch kỹ năng số năm 2025?", True, "factoid",
  [(F1, "Hoàn thành trước ngày 15/12/2025")], ["15/12/2025"])
q("KH 68 căn cứ chương trình hành động số mấy của Tỉnh ủy?", True, "abbreviation",
  [(F1, "Căn cứ Chương trình hành động số 41-CTr/TU ngày 05 tháng 02 năm 2025")], ["41-CTr/TU"])
U("Tờ trình số 203/TTr-SKHCN của Sở KH&CN đề xuất tổng kinh phí bao nhiêu?")
q("Sở KH&CN phải báo cáo kết quả thực hiện kế hoạch cho UBND tỉnh theo định kỳ nào?", True, "who-what",
  [(F1, "tổng hợp, báo cáo kết quả về Ủy ban nhân dân tỉnh định kỳ hằng quý (trước ngày 20 của tháng cuối quý)")],
  ["hằng quý", "trước ngày 20"], actors=["Sở Khoa học và Công nghệ"])
U("KH 68 giao Sở Y tế làm gì?")
U("KH 68 quy định mức hỗ trợ cho mỗi học viên lớp Bình dân học vụ số là bao nhiêu tiền?", kind="abbreviation")

# ---------------- qo02: Công văn 512/SGDĐT-GDTrH (Sở GD&ĐT) ----------------
q("Vòng chung khảo cấp tỉnh cuộc thi học sinh với chuyển đổi số tổ chức ngày nào, ở đâu?", True, "factoid",
  [(F2, "vòng chung khảo cấp tỉnh tổ chức ngày 14/6/2025 tại Trường THPT chuyên Đồng Phú Nam")],
  ["14/6/2025", "Trường THPT chuyên Đồng Phú Nam"])
q("Giải nhất cấp tỉnh cuộc thi \"Học sinh Đồng Phú Nam với chuyển đổi số\" được thưởng bao nhiêu?", True, "factoid",
  [(F2, "03 giải nhất, mỗi giải 3.000.000 đồng")], ["3.000.000 đồng"], label="giai")
q("Còn giải khuyến khích?", True, "follow-up",
  [(F2, "15 giải khuyến khích, mỗi giải 700.000 đồng")], ["700.000 đồng"], history=["giai"], label="giaikk")
U("Thế giải đặc biệt thì thưởng bao nhiêu?", kind="follow-up", history=["giai", "giaikk"])
q("cuoc thi hoc sinh dong phu nam voi chuyen doi so moi nhom toi da may hoc sinh", True, "no-diacritics",
  [(F2, "mỗi nhóm tối đa 03 học sinh và 01 giáo viên hướng dẫn")], ["03 học sinh"])
q("CV 512 của Sở GD&ĐT yêu cầu mỗi trường tổ chức bao nhiêu chuyên đề kỹ năng số mỗi học kỳ?", True, "abbreviation",
  [(F2, "mỗi trường tổ chức ít nhất 04 chuyên đề mỗi học kỳ")], ["04 chuyên đề"])
q("Trường THPT chuyên Đồng Phú Nam phải chuẩn bị gì cho vòng chung khảo, xong trước ngày nào?", True, "who-what",
  [(F2, "chuẩn bị cơ sở vật chất, 02 phòng máy và hội trường phục vụ vòng chung khảo; hoàn thành trước ngày 10/6/2025")],
  ["02 phòng máy", "10/6/2025"], actors=["Trường THPT chuyên Đồng Phú Nam"])
q("Hạn gửi danh sách học sinh, sản phẩm dự thi vòng tỉnh về Sở là khi nào?", True, "factoid",
  [(F2, "về Sở GD&ĐT qua Phòng Giáo dục Trung học trước ngày 25/5/2025")], ["25/5/2025"])
q("Công văn 512/SGDĐT-GDTrH ban hành ngày nào?", True, "metadata",
  [(F2, "Số: 512/SGDĐT-GDTrH Đồng Phú Nam, ngày 02 tháng 4 năm 2025")], ["ngày 02 tháng 4 năm 2025"])
q("Phòng GD&ĐT các huyện phải làm gì theo CV 512?", True, "who-what",
  [(F2, "Phòng GD&ĐT các huyện, thành phố có trách nhiệm chỉ đạo các trường THCS triển khai nội dung tại mục 1; tổ chức vòng cấp huyện")],
  ["vòng cấp huyện"], actors=["Phòng GD&ĐT các huyện, thành phố"], label="pgd512")
q("Thế còn Sở KH&CN thì được đề nghị gì?", True, "follow-up",
  [(F2, "hỗ trợ kỹ thuật vận hành phần thi trực tuyến trên nền tảng \"Học số Đồng Phú Nam\" và cử 02 chuyên gia tham gia Ban Giám khảo")],
  ["02 chuyên gia"], history=["pgd512"], actors=["Sở Khoa học và Công nghệ"])
q("phan thi ca nhan cua cuoc thi hoc sinh voi chuyen doi so lam bao nhieu cau trong bao lau", True, "no-diacritics",
  [(F2, "làm bài trắc nghiệm trực tuyến 30 câu trong 20 phút")], ["30 câu", "20 phút"])
U("CV 512 quy định mức thưởng cho giáo viên hướng dẫn nhóm đạt giải là bao nhiêu?", kind="abbreviation")
U("Vòng cấp huyện của cuộc thi học sinh với chuyển đổi số ở huyện Trường Xuân tổ chức ngày nào?")
q("mỗi phòng GD được chọn bao nhiêu sản phẩm nhóm đi thi vòng tỉnh", True, "factoid",
  [(F2, "Mỗi Phòng GD&ĐT chọn không quá 08 sản phẩm nhóm")], ["08 sản phẩm nhóm"])
q("Muốn hỏi chi tiết về cuộc thi học sinh với chuyển đổi số thì gọi ai?", True, "factoid",
  [(F2, "ông Hoàng Minh Trí, chuyên viên Phòng Giáo dục Trung học, điện thoại 0912.447.305")],
  ["Hoàng Minh Trí", "0912.447.305"])
q("Câu lạc bộ Công dân số ở trường trung học phải sinh hoạt ít nhất mấy lần một tháng?", True, "factoid",
  [(F2, "sinh hoạt tối thiểu 02 lần mỗi tháng")], ["02 lần mỗi tháng"])
q("kinh phi to chuc vong cap truong, cap huyen lay o dau", True, "no-diacritics",
  [(F2, "kinh phí vòng cấp huyện, cấp trường do đơn vị tự cân đối")], ["tự cân đối"])
q("Phòng Giáo dục Trung học của Sở có nhiệm vụ gì trong cuộc thi?", True, "who-what",
  [(F2, "Giao Phòng Giáo dục Trung học (Sở GD&ĐT) chủ trì, phối hợp với Văn phòng Sở xây dựng ngân hàng câu hỏi, thành lập Ban Giám khảo")],
  ["ngân hàng câu hỏi"], actors=["Phòng Giáo dục Trung học"])
U("Tiền thưởng giải nhì vòng cấp huyện của cuộc thi Học sinh ĐPN với CĐS là bao nhiêu?", kind="abbreviation")
U("Trung tâm GDNN-GDTX huyện Hạ Quan có bao nhiêu học viên đăng ký dự thi học sinh với chuyển đổi số?")
U("Trường THPT chuyên Đồng Phú Nam có bao nhiêu học sinh đạt giải cuộc thi chuyển đổi số năm học 2023-2024?")

# ---------------- qo03: Quyết định 1427/QĐ-UBND + Quy chế (UBND huyện) ----------------
q("Hạn cuối nộp hồ sơ Hội thi sáng tạo kỹ thuật huyện Sơn Quỳ lần III là khi nào?", True, "factoid",
  [(F3, "từ ngày 15/4/2025 đến 17 giờ 00 ngày 15/7/2025")], ["15/7/2025"], label="hoso")
q("Nộp ở đâu?", True, "follow-up",
  [(F3, "Phòng Kinh tế và Hạ tầng huyện Sơn Quỳ, tầng 2, nhà B, Trung tâm hành chính huyện, số 18 đường Trần Khánh Dư")],
  ["tầng 2, nhà B", "số 18 đường Trần Khánh Dư"], history=["hoso"])
q("Giải nhất bảng A hội thi sáng tạo Sơn Quỳ được bao nhiêu tiền?", True, "factoid",
  [(F3, "Bảng A: 01 giải nhất trị giá 15.000.000 đồng")], ["15.000.000 đồng"], label="bangA")
q("Còn bảng B?", True, "follow-up",
  [(F3, "Bảng B: 01 giải nhất trị giá 5.000.000 đồng")], ["5.000.000 đồng"], history=["bangA"])
U("Hội thi sáng tạo kỹ thuật huyện Sơn Quỳ lần thứ II năm 2023 có bao nhiêu giải pháp đạt giải?")
q("QĐ 1427 do ai ký?", True, "metadata",
  [(F3, "TM. ỦY BAN NHÂN DÂN CHỦ TỊCH (đã ký) Tạ Quang Huy")], ["Tạ Quang Huy"])
q("Kinh phí tổ chức hội thi theo QĐ 1427 là bao nhiêu, lấy từ nguồn nào?", True, "abbreviation",
  [(F3, "kinh phí tổ chức Hội thi là 185.000.000 đồng (Một trăm tám mươi lăm triệu đồng) từ nguồn sự nghiệp khoa học và công nghệ năm 2025")],
  ["185.000.000 đồng"], label="kp1427")
q("Ai thẩm định khoản đó?", True, "follow-up",
  [(F3, "Phòng Tài chính - Kế hoạch thẩm định, tham mưu bố trí kinh phí tổ chức Hội thi")],
  ["Phòng Tài chính - Kế hoạch"], history=["kp1427"])
q("Phòng KT&HT huyện Sơn Quỳ phải làm gì theo quy chế hội thi, các mốc thời gian ra sao?", True, "who-what",
  [(F3, "tổng hợp danh sách trình Ban Tổ chức trước ngày 31/7/2025; lập dự toán kinh phí gửi Phòng Tài chính - Kế hoạch trước ngày 25/4/2025")],
  ["31/7/2025", "25/4/2025"], actors=["Phòng Kinh tế và Hạ tầng"])
q("tieu chi cham diem hoi thi sang tao ky thuat huyen gom nhung gi", True, "no-diacritics",
  [(F3, "tính mới, tính sáng tạo 30 điểm; khả năng áp dụng 30 điểm; hiệu quả kinh tế - xã hội 30 điểm; chất lượng hồ sơ và trình bày 10 điểm")],
  ["30 điểm", "10 điểm"])
q("Giải pháp dưới bao nhiêu điểm thì không được xét giải?", True, "factoid",
  [(F3, "Giải pháp đạt dưới 50 điểm không được xét giải")], ["50 điểm"])
q("Ban giám khảo hội thi huyện Sơn Quỳ có mấy người, Sở KH&CN giới thiệu mấy người?", True, "abbreviation",
  [(F3, "Ban Giám khảo gồm 07 thành viên là cán bộ quản lý, nhà khoa học, chuyên gia trong và ngoài huyện, trong đó có ít nhất 02 thành viên do Sở Khoa học và Công nghệ giới thiệu")],
  ["07 thành viên", "02 thành viên"])
q("Người 17 tuổi đã nghỉ học có được dự thi bảng A không?", True, "factoid",
  [(F3, "Bảng A: cá nhân, nhóm tác giả từ đủ 18 tuổi trở lên")], ["18 tuổi"])
q("UBND các xã, thị trấn có trách nhiệm gì đối với hội thi sáng tạo kỹ thuật của huyện?", True, "who-what",
  [(F3, "Ủy ban nhân dân các xã, thị trấn tuyên truyền, vận động cán bộ, nhân dân tham gia; mỗi xã, thị trấn có ít nhất 02 giải pháp dự thi")],
  ["02 giải pháp"], actors=["Ủy ban nhân dân các xã, thị trấn"])
q("le trao giai hoi thi sang tao huyen son quy du kien ngay nao, o dau", True, "no-diacritics",
  [(F3, "chung khảo và trao giải dự kiến ngày 20/9/2025 tại Nhà văn hóa trung tâm huyện")], ["20/9/2025"])
U("Hội thi Sáng tạo kỹ thuật tỉnh Đồng Phú Nam lần thứ IX tổ chức khi nào, ở đâu?")
U("Mẫu 01 phiếu đăng ký dự thi hội thi sáng tạo huyện Sơn Quỳ gồm những mục nào?")
q("quy che hoi thi sang tao ban hanh kem quyet dinh so may", True, "no-diacritics",
  [(F3, "(Ban hành kèm theo Quyết định số 1427/QĐ-UBND ngày 08/4/2025 của Ủy ban nhân dân huyện Sơn Quỳ)")],
  ["1427/QĐ-UBND"])
q("Hội thi huyện Sơn Quỳ nhận giải pháp thuộc những lĩnh vực nào?", True, "list",
  [(F3, "Nông nghiệp công nghệ cao, bảo quản và chế biến nông sản"),
   (F3, "Chuyển đổi số, ứng dụng phần mềm, trí tuệ nhân tạo trong quản lý và dịch vụ"),
   (F3, "Ý tưởng khởi nghiệp gắn với sản phẩm OCOP và du lịch cộng đồng")],
  ["chế biến nông sản", "OCOP"])
q("QĐ 1427 căn cứ KH nào của UBND huyện?", True, "abbreviation",
  [(F3, "Căn cứ Kế hoạch số 35/KH-UBND ngày 28/3/2025 của Ủy ban nhân dân huyện Sơn Quỳ")], ["35/KH-UBND"])
U("Theo QĐ 1427, tác giả đạt giải được hỗ trợ bao nhiêu tiền để đăng ký bảo hộ sở hữu trí tuệ?", kind="abbreviation")
U("email cua ong le quang vinh phong kinh te va ha tang la gi")

# ---------------- qo04: Thông báo 214-TB/HU (Huyện ủy) ----------------
q("Cuộc họp về công tác khoa giáo của Huyện ủy Sơn Quỳ diễn ra hôm nào, ai chủ trì?", True, "factoid",
  [(F4, "Ngày 18/4/2025, tại Phòng họp số 2, Huyện ủy, đồng chí Nguyễn Hữu Đạt, Bí thư Huyện ủy chủ trì")],
  ["18/4/2025", "Nguyễn Hữu Đạt"])
q("Hết quý I, huyện Sơn Quỳ có bao nhiêu thôn, tổ dân phố đã có Tổ công nghệ số cộng đồng?", True, "factoid",
  [(F4, "thành lập Tổ công nghệ số cộng đồng ở 112/118 thôn, tổ dân phố")], ["112/118"], label="tocnscd")
q("Những xã nào còn thôn chưa có?", True, "follow-up",
  [(F4, "còn 06 thôn thuộc các xã Cổ Loan, Thượng Quỳ và Liên Hạnh chưa thành lập Tổ công nghệ số cộng đồng")],
  ["Cổ Loan", "Thượng Quỳ", "Liên Hạnh"], history=["tocnscd"])
q("Đảng ủy các xã Cổ Loan, Thượng Quỳ, Liên Hạnh phải làm gì, hạn chót khi nào?", True, "who-what",
  [(F4, "lãnh đạo hoàn thành việc thành lập Tổ công nghệ số cộng đồng tại 06 thôn còn lại trước ngày 15/5/2025")],
  ["15/5/2025"], actors=["Đảng ủy các xã Cổ Loan, Thượng Quỳ, Liên Hạnh"])
q("Ban Tuyên giáo Huyện ủy được giao việc gì trong TB 214?", True, "who-what",
  [(F4, "Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Phòng Văn hóa và Thông tin biên soạn tài liệu hỏi - đáp"),
   (F4, "phát đến 100% chi bộ; hoàn thành trước ngày 10/5/2025")],
  ["tài liệu hỏi - đáp", "10/5/2025"], actors=["Ban Tuyên giáo Huyện ủy"])
q("trung tam chinh tri huyen mo may lop boi duong ky nang so, cho bao nhieu nguoi", True, "no-diacritics",
  [(F4, "Trung tâm Chính trị huyện mở 02 lớp bồi dưỡng kỹ năng số cho 140 bí thư, phó bí thư chi bộ trong tháng 6/2025")],
  ["02 lớp", "140"])
q("Từ ngày nào văn bản đi của các phòng ban huyện Sơn Quỳ phải ký số 100%?", True, "factoid",
  [(F4, "100% văn bản đi (trừ văn bản mật) được ký số và gửi trên môi trường mạng từ ngày 01/5/2025")], ["01/5/2025"])
q("Các phòng ban, MTTQ và đoàn thể huyện được Thường trực Huyện ủy yêu cầu những gì?", True, "who-what",
  [(F4, "Các phòng, ban, ngành, Mặt trận và đoàn thể huyện tăng cường ứng dụng phần mềm quản lý văn bản, chữ ký số")],
  ["chữ ký số"], actors=["Các phòng, ban, ngành, Mặt trận và đoàn thể huyện"])
q("Đoàn kiểm tra làm việc với Đảng ủy xã Liên Hạnh lúc nào, ai làm trưởng đoàn?", True, "factoid",
  [(F4, "14 giờ 00 ngày 13/5/2025 | Đảng ủy xã Liên Hạnh | đồng chí Hà Thị Thu Trang")],
  ["13/5/2025", "Hà Thị Thu Trang"], label="ktlh")
q("Thế xã Thượng Quỳ?", True, "follow-up",
  [(F4, "08 giờ 00 ngày 20/5/2025 | Đảng ủy xã Thượng Quỳ | đồng chí Phạm Công Tuấn")],
  ["20/5/2025", "Phạm Công Tuấn"], history=["ktlh"])
U("Còn xã Đức Thắng thì kiểm tra hôm nào?", kind="follow-up", history=["ktlh"])
q("Ai ký thông báo kết luận của Huyện ủy về công tác khoa giáo quý II?", True, "metadata",
  [(F4, "CHÁNH VĂN PHÒNG (đã ký) Bùi Thị Lan Phương")], ["Bùi Thị Lan Phương"])
U("Tỷ lệ DVC trực tuyến toàn trình của huyện Sơn Quỳ quý II/2025 đạt bao nhiêu?", kind="abbreviation")
q("Quý I tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình của huyện Sơn Quỳ được bao nhiêu?", True, "factoid",
  [(F4, "tỷ lệ hồ sơ dịch vụ công trực tuyến toàn trình đạt 47,3%")], ["47,3%"])
q("Huyện đoàn Sơn Quỳ phải làm gì theo kết luận của Thường trực Huyện ủy?", True, "who-what",
  [(F4, "Huyện đoàn duy trì đội hình \"Thanh niên tình nguyện hỗ trợ kỹ năng số\" tại các xã, thị trấn; tổ chức \"Ngày Chủ nhật số\" vào Chủ nhật tuần thứ hai hằng tháng")],
  ["Ngày Chủ nhật số", "Chủ nhật tuần thứ hai"], actors=["Huyện đoàn"])
q("Cuộc họp giao ban khoa giáo quý III dự kiến lúc nào?", True, "factoid",
  [(F4, "Cuộc họp giao ban công tác khoa giáo quý III dự kiến tổ chức vào tuần thứ hai của tháng 7/2025")], ["tháng 7/2025"])
U("Kết luận của Huyện ủy giao bao nhiêu kinh phí cho Trung tâm Chính trị huyện mở lớp bồi dưỡng kỹ năng số?")
q("Theo TB 214, Phòng GD&ĐT phải chỉ đạo các trường THCS làm gì?", True, "abbreviation",
  [(F4, "Phòng Giáo dục và Đào tạo chỉ đạo 100% trường THCS tham gia Cuộc thi \"Học sinh Đồng Phú Nam với chuyển đổi số\"")],
  ["100% trường THCS"], actors=["Phòng Giáo dục và Đào tạo"])
q("don vi duoc kiem tra phai gui bao cao truoc ngay lam viec may ngay", True, "no-diacritics",
  [(F4, "gửi Văn phòng Huyện ủy trước ngày làm việc ít nhất 03 ngày")], ["03 ngày"])
q("Thông báo kết luận của Huyện ủy Sơn Quỳ mang số hiệu gì?", True, "metadata",
  [(F4, "HUYỆN ỦY SƠN QUỲ Số 214-TB/HU")], ["214-TB/HU"])
U("Huyện ủy Sơn Quỳ họp sơ kết 6 tháng đầu năm 2025 về công tác khoa giáo vào ngày nào?")
U("Hội Cựu chiến binh huyện Sơn Quỳ được giao chỉ tiêu bao nhiêu hội viên học kỹ năng số?")

# ---------------- qo05: Báo cáo 27/BC-UBND (UBND xã Phúc Điền) ----------------
q("Quý I xã Phúc Điền mở bao nhiêu lớp Bình dân học vụ số, bao nhiêu học viên?", True, "factoid",
  [(F5, "xã mở 14 lớp với 436 học viên tham gia")], ["14 lớp", "436 học viên"], label="lopPD")
q("Tỷ lệ hoàn thành bao nhiêu?", True, "follow-up",
  [(F5, "392 học viên hoàn thành khóa học (đạt 89,9%)")], ["89,9%"], history=["lopPD"])
q("Thôn Bãi Sậy có bao nhiêu học viên hoàn thành lớp học?", True, "factoid",
  [(F5, "Thôn Bãi Sậy | 2 | 57 | 44 | 6")], ["44"], label="baisay")
q("the thon goc gao?", True, "follow-up",
  [(F5, "Thôn Gốc Gạo | 3 | 92 | 85 | 7")], ["85"], history=["baisay"])
U("Thôn Đồng Chùa có bao nhiêu học viên trên 60 tuổi tham gia lớp Bình dân học vụ số?")
q("kinh phi quy 1 xa phuc dien chi cho binh dan hoc vu so la bao nhieu", True, "no-diacritics",
  [(F5, "Tổng kinh phí thực hiện trong quý I là 38.500.000 đồng")], ["38.500.000 đồng"])
q("Ở Phúc Điền đã có bao nhiêu người kích hoạt định danh điện tử mức 2?", True, "factoid",
  [(F5, "Có 5.212/6.940 người từ đủ 14 tuổi trở lên đã kích hoạt tài khoản định danh điện tử mức 2 (đạt 75,1%)")],
  ["5.212", "75,1%"], label="vneid")
q("Vậy quý II phấn đấu đạt bao nhiêu?", True, "follow-up",
  [(F5, "phấn đấu đạt 85% trước ngày 30/6/2025")], ["85%"], history=["vneid"])
q("Đoàn Thanh niên xã Phúc Điền được giao gì trong quý II?", True, "who-what",
  [(F5, "Đoàn Thanh niên xã tổ chức \"Ngày Chủ nhật số\" hằng tháng tại Nhà văn hóa xã")],
  ["Ngày Chủ nhật số"], actors=["Đoàn Thanh niên xã"])
q("Hội Khuyến học xã Phúc Điền phải làm gì?", True, "who-what",
  [(F5, "Hội Khuyến học xã phối hợp với Hội Người cao tuổi xã vận động hội viên trên 60 tuổi tham gia học tập"),
   (F5, "xét tặng danh hiệu \"Gia đình học tập số\" cho ít nhất 30 hộ trong năm 2025")],
  ["Gia đình học tập số", "30 hộ"], actors=["Hội Khuyến học xã"])
q("Xã Phúc Điền kiến nghị UBND huyện hỗ trợ những gì?", True, "abbreviation",
  [(F5, "Đề nghị Ủy ban nhân dân huyện hỗ trợ xã 20 máy tính bảng phục vụ các lớp")], ["20 máy tính bảng"])
q("Báo cáo quý I của xã Phúc Điền do ai ký?", True, "metadata",
  [(F5, "CHỦ TỊCH (đã ký) Đỗ Văn Sáng")], ["Đỗ Văn Sáng"])
q("to cong nghe so cong dong xa phuc dien co tong bao nhieu thanh vien", True, "no-diacritics",
  [(F5, "100% thôn (6/6 thôn) đã thành lập Tổ công nghệ số cộng đồng với tổng số 41 thành viên")], ["41 thành viên"])
q("Tỷ lệ DVC toàn trình của xã Phúc Điền tăng bao nhiêu so với quý IV/2024?", True, "abbreviation",
  [(F5, "đạt 52,6%, tăng 21,2 điểm phần trăm so với quý IV/2024 (31,4%)")], ["52,6%", "21,2"])
U("Viễn thông Sơn Quỳ đã trả lời kiến nghị lắp trạm phát sóng ở thôn Bãi Sậy chưa, lắp xong ngày nào?")
q("Trường THCS Phúc Điền phải làm gì trong quý II?", True, "who-what",
  [(F5, "Trường THCS Phúc Điền thành lập Câu lạc bộ \"Công dân số\" và chọn ít nhất 01 sản phẩm nhóm")],
  ["Công dân số"], actors=["Trường THCS Phúc Điền"])
q("nhom zalo phuc dien so co bao nhieu thanh vien", True, "no-diacritics",
  [(F5, "nhóm Zalo \"Phúc Điền số\" với 1.318 thành viên")], ["1.318"])
q("lien he ai o xa phuc dien ve bao cao nay", True, "no-diacritics",
  [(F5, "bà Trần Thị Bích Ngân, công chức Văn hóa - xã hội xã, điện thoại 0367.508.219")],
  ["Trần Thị Bích Ngân", "0367.508.219"])
U("Ai là tổ trưởng Tổ công nghệ số cộng đồng thôn Hạ Vàng?")
q("Công chức Văn hóa - xã hội xã Phúc Điền được giao mở thêm mấy lớp trong quý II?", True, "who-what",
  [(F5, "Công chức Văn hóa - xã hội chủ trì, phối hợp với Tổ công nghệ số cộng đồng các thôn mở thêm 06 lớp")],
  ["06 lớp"], actors=["Công chức Văn hóa - xã hội"])

# ---------------- corpus-level ----------------
q("Những văn bản nào triển khai hoặc căn cứ vào KH 68/KH-UBND của tỉnh?", True, "corpus",
  [(F2, "Thực hiện Kế hoạch số 68/KH-UBND ngày 17/3/2025 của Ủy ban nhân dân tỉnh"),
   (F3, "Căn cứ Kế hoạch số 68/KH-UBND ngày 17/3/2025 của Ủy ban nhân dân tỉnh Đồng Phú Nam"),
   (F5, "Thực hiện Kế hoạch số 68/KH-UBND ngày 17/3/2025 của Ủy ban nhân dân tỉnh và Kế hoạch số 35/KH-UBND")],
  ["512/SGDĐT-GDTrH", "1427/QĐ-UBND", "27/BC-UBND"])
q("Trong bộ tài liệu có mấy văn bản do cấp huyện ở Sơn Quỳ ban hành, là những văn bản nào?", True, "corpus",
  [(F3, "(Ban hành kèm theo Quyết định số 1427/QĐ-UBND ngày 08/4/2025 của Ủy ban nhân dân huyện Sơn Quỳ)"),
   (F4, "HUYỆN ỦY SƠN QUỲ Số 214-TB/HU")],
  ["1427/QĐ-UBND", "214-TB/HU"])
q("Văn bản nào do cấp xã ban hành?", True, "corpus",
  [(F5, "Trên đây là báo cáo kết quả quý I năm 2025 của Ủy ban nhân dân xã Phúc Điền")], ["Phúc Điền"])
q("Những văn bản nào có nhắc tới cuộc thi \"Học sinh Đồng Phú Nam với chuyển đổi số\"?", True, "corpus",
  [(F1, "tổ chức Cuộc thi \"Học sinh Đồng Phú Nam với chuyển đổi số\" năm học 2024 - 2025"),
   (F2, "2. Về Cuộc thi \"Học sinh Đồng Phú Nam với chuyển đổi số\""),
   (F4, "tham gia Cuộc thi \"Học sinh Đồng Phú Nam với chuyển đổi số\" theo Công văn số 512/SGDĐT-GDTrH"),
   (F5, "chọn ít nhất 01 sản phẩm nhóm tham dự Cuộc thi \"Học sinh Đồng Phú Nam với chuyển đổi số\"")],
  ["Học sinh Đồng Phú Nam với chuyển đổi số"])
q("Có văn bản nào do Huyện ủy ban hành không? Ai ký?", True, "corpus",
  [(F4, "T/L BAN THƯỜNG VỤ CHÁNH VĂN PHÒNG (đã ký) Bùi Thị Lan Phương")], ["214-TB/HU", "Bùi Thị Lan Phương"])
U("Công văn 513/SGDĐT-GDTrH hướng dẫn nội dung gì?", kind="abbreviation")
U("huyen vinh dat co bao nhieu thon da co to cong nghe so cong dong")

# ---------------------------------------------------------------------------
WHO_WHAT = [
    {"id": "wqo01", "directive": "KH 68/KH-UBND", "source": F1, "actors": [
        {"name": "Sở Khoa học và Công nghệ", "role": "thường trực", "deadline": "trước ngày 31/5/2025",
         "task_quote": "Sở Khoa học và Công nghệ là cơ quan thường trực, chủ trì, phối hợp với các sở, ngành, địa phương triển khai Kế hoạch"},
        {"name": "Sở Giáo dục và Đào tạo", "role": "chủ trì", "deadline": "trong tháng 6/2025",
         "task_quote": "chủ trì tổ chức Cuộc thi \"Học sinh Đồng Phú Nam với chuyển đổi số\", tổng kết, trao giải trong tháng 6/2025"},
        {"name": "Sở Nội vụ", "role": "chủ trì", "deadline": "trước ngày 30/9/2025",
         "task_quote": "Giao Sở Nội vụ chủ trì, phối hợp với Sở Khoa học và Công nghệ mở các lớp bồi dưỡng kỹ năng số cho cán bộ, công chức cấp xã"},
        {"name": "Sở Tài chính", "role": None, "deadline": None,
         "task_quote": "Sở Tài chính tham mưu Ủy ban nhân dân tỉnh bố trí kinh phí thực hiện Kế hoạch"},
        {"name": "Sở Văn hóa, Thể thao và Du lịch", "role": None, "deadline": None,
         "task_quote": "chỉ đạo hệ thống thư viện công cộng bố trí \"Góc học tập số\" phục vụ người dân"},
        {"name": "Báo và Phát thanh, Truyền hình Đồng Phú Nam", "role": None, "deadline": "bắt đầu từ ngày 01/4/2025",
         "task_quote": "mở chuyên mục \"Mỗi ngày một kỹ năng số\", phát sóng lúc 19 giờ 45 phút thứ Ba và thứ Sáu hằng tuần"},
        {"name": "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Tỉnh đoàn, Hội Liên hiệp Phụ nữ tỉnh, Hội Nông dân tỉnh", "role": None, "deadline": None,
         "task_quote": "vận động đoàn viên, hội viên tham gia học tập kỹ năng số"},
        {"name": "Tỉnh đoàn", "role": "chủ trì", "deadline": "trước ngày 30/4/2025",
         "task_quote": "Tỉnh đoàn chủ trì thành lập đội hình \"Thanh niên tình nguyện hỗ trợ kỹ năng số\" tại 100% xã, phường, thị trấn"},
        {"name": "Ủy ban nhân dân các huyện, thành phố", "role": None, "deadline": "trước ngày 15/4/2025",
         "task_quote": "Ủy ban nhân dân các huyện, thành phố ban hành kế hoạch của địa phương trước ngày 15/4/2025"},
        {"name": "Viễn thông Đồng Phú Nam và Bưu điện tỉnh", "role": "phối hợp", "deadline": None,
         "task_quote": "phối hợp hỗ trợ đường truyền, thiết bị và nhân lực hướng dẫn tại các lớp \"Bình dân học vụ số\""},
    ], "intruders": ["Lương Thế Khiêm", "Bộ Khoa học và Công nghệ", "Thường trực Tỉnh ủy", "Bộ Chính trị",
                     "Lưu: VT, KGVX", "Trịnh Thu Hạnh"]},
    {"id": "wqo02", "directive": "CV 512/SGDĐT-GDTrH", "source": F2, "actors": [
        {"name": "Phòng GD&ĐT các huyện, thành phố", "role": None, "deadline": "trước ngày 20/5/2025",
         "task_quote": "Phòng GD&ĐT các huyện, thành phố có trách nhiệm chỉ đạo các trường THCS triển khai nội dung tại mục 1; tổ chức vòng cấp huyện"},
        {"name": "Huyện đoàn, Thành đoàn", "role": "phối hợp", "deadline": None,
         "task_quote": "phối hợp với Huyện đoàn, Thành đoàn vận động học sinh tham gia"},
        {"name": "Hiệu trưởng các trường THPT, trường PT DTNT tỉnh và Giám đốc các Trung tâm GDNN-GDTX", "role": None, "deadline": None,
         "task_quote": "tổ chức vòng cấp trường, chọn sản phẩm dự thi; bố trí phòng máy tính kết nối Internet cho học sinh làm bài trực tuyến"},
        {"name": "Trường THPT chuyên Đồng Phú Nam", "role": None, "deadline": "trước ngày 10/6/2025",
         "task_quote": "chuẩn bị cơ sở vật chất, 02 phòng máy và hội trường phục vụ vòng chung khảo"},
        {"name": "Phòng Giáo dục Trung học", "role": "chủ trì", "deadline": None,
         "task_quote": "Giao Phòng Giáo dục Trung học (Sở GD&ĐT) chủ trì, phối hợp với Văn phòng Sở xây dựng ngân hàng câu hỏi, thành lập Ban Giám khảo"},
        {"name": "Văn phòng Sở", "role": "phối hợp", "deadline": None,
         "task_quote": "phối hợp với Văn phòng Sở xây dựng ngân hàng câu hỏi"},
        {"name": "Sở Khoa học và Công nghệ", "role": None, "deadline": None,
         "task_quote": "Đề nghị Sở Khoa học và Công nghệ hỗ trợ kỹ thuật vận hành phần thi trực tuyến"},
        {"name": "Phòng GD&ĐT, các trường THPT và Trung tâm GDNN-GDTX", "role": None, "deadline": "trước ngày 25/5/2025",
         "task_quote": "gửi danh sách học sinh, sản phẩm dự thi vòng tỉnh (theo Mẫu 02 kèm theo) về Sở GD&ĐT qua Phòng Giáo dục Trung học"},
    ], "intruders": ["Đinh Thị Hải Yến", "Tỉnh đoàn", "UBND tỉnh (để b/c)", "Lưu: VT, GDTrH", "Hoàng Minh Trí",
                     "Giám đốc, các PGĐ Sở"]},
    {"id": "wqo03", "directive": "QĐ 1427/QĐ-UBND", "source": F3, "actors": [
        {"name": "Phòng Kinh tế và Hạ tầng", "role": "thường trực", "deadline": "trước ngày 31/7/2025",
         "task_quote": "Giao Phòng Kinh tế và Hạ tầng là cơ quan thường trực Hội thi, chủ trì, phối hợp với Phòng Giáo dục và Đào tạo"},
        {"name": "Phòng Giáo dục và Đào tạo", "role": "phối hợp", "deadline": None,
         "task_quote": "Phòng Giáo dục và Đào tạo chỉ đạo các trường THCS, THPT trên địa bàn phát động học sinh tham gia Bảng B"},
        {"name": "Phòng Văn hóa và Thông tin, Trung tâm Văn hóa, Thông tin và Thể thao huyện", "role": None, "deadline": None,
         "task_quote": "tuyên truyền về Hội thi trên Cổng thông tin điện tử huyện, hệ thống truyền thanh và mạng xã hội"},
        {"name": "Huyện đoàn Sơn Quỳ", "role": "phối hợp", "deadline": None,
         "task_quote": "Phòng Văn hóa và Thông tin, Huyện đoàn Sơn Quỳ tổ chức Hội thi theo đúng Quy chế"},
        {"name": "Phòng Tài chính - Kế hoạch", "role": None, "deadline": None,
         "task_quote": "Phòng Tài chính - Kế hoạch thẩm định, tham mưu bố trí kinh phí tổ chức Hội thi là 185.000.000 đồng"},
        {"name": "Ủy ban nhân dân các xã, thị trấn", "role": None, "deadline": None,
         "task_quote": "Ủy ban nhân dân các xã, thị trấn tuyên truyền, vận động cán bộ, nhân dân tham gia"},
        {"name": "Ủy ban Mặt trận Tổ quốc Việt Nam huyện, Huyện đoàn, Hội Nông dân huyện, Hội Liên hiệp Phụ nữ huyện", "role": None, "deadline": None,
         "task_quote": "vận động đoàn viên, hội viên tham gia Hội thi"},
    ], "intruders": ["Tạ Quang Huy", "Lưu: VT, KTHT", "TT Huyện ủy, TT HĐND huyện", "Lê Quang Vinh",
                     "CT, các PCT UBND huyện"]},
    {"id": "wqo04", "directive": "TB 214-TB/HU", "source": F4, "actors": [
        {"name": "Ban Tuyên giáo Huyện ủy", "role": "chủ trì", "deadline": "trước ngày 10/5/2025",
         "task_quote": "Ban Tuyên giáo Huyện ủy chủ trì, phối hợp với Phòng Văn hóa và Thông tin biên soạn tài liệu hỏi - đáp"},
        {"name": "Phòng Văn hóa và Thông tin", "role": "phối hợp", "deadline": "trước ngày 10/5/2025",
         "task_quote": "phối hợp với Phòng Văn hóa và Thông tin biên soạn tài liệu hỏi - đáp"},
        {"name": "Đảng ủy các xã Cổ Loan, Thượng Quỳ, Liên Hạnh", "role": None, "deadline": "trước ngày 15/5/2025",
         "task_quote": "lãnh đạo hoàn thành việc thành lập Tổ công nghệ số cộng đồng tại 06 thôn còn lại"},
        {"name": "Ủy ban nhân dân huyện", "role": None, "deadline": None,
         "task_quote": "Giao Ủy ban nhân dân huyện chỉ đạo Phòng Kinh tế và Hạ tầng tổ chức Hội thi"},
        {"name": "Phòng Kinh tế và Hạ tầng", "role": None, "deadline": None,
         "task_quote": "Phòng Kinh tế và Hạ tầng tổ chức Hội thi \"Sáng tạo kỹ thuật và ý tưởng khởi nghiệp đổi mới sáng tạo\" lần thứ III"},
        {"name": "Phòng Giáo dục và Đào tạo", "role": None, "deadline": None,
         "task_quote": "Phòng Giáo dục và Đào tạo chỉ đạo 100% trường THCS tham gia Cuộc thi"},
        {"name": "Trung tâm Chính trị huyện", "role": None, "deadline": "trong tháng 6/2025",
         "task_quote": "Trung tâm Chính trị huyện mở 02 lớp bồi dưỡng kỹ năng số cho 140 bí thư, phó bí thư chi bộ"},
        {"name": "Các phòng, ban, ngành, Mặt trận và đoàn thể huyện", "role": None, "deadline": "từ ngày 01/5/2025",
         "task_quote": "Các phòng, ban, ngành, Mặt trận và đoàn thể huyện tăng cường ứng dụng phần mềm quản lý văn bản, chữ ký số"},
        {"name": "Huyện đoàn", "role": None, "deadline": "Chủ nhật tuần thứ hai hằng tháng",
         "task_quote": "Huyện đoàn duy trì đội hình \"Thanh niên tình nguyện hỗ trợ kỹ năng số\" tại các xã, thị trấn"},
        {"name": "Văn phòng Huyện ủy", "role": None, "deadline": "trước ngày 25/6/2025",
         "task_quote": "Văn phòng Huyện ủy theo dõi, đôn đốc; tổng hợp kết quả báo cáo Thường trực Huyện ủy"},
    ], "intruders": ["Bùi Thị Lan Phương", "Ban Tuyên giáo Tỉnh ủy", "Các đồng chí Huyện ủy viên",
                     "Các chi, đảng bộ trực thuộc", "Lưu Văn phòng Huyện ủy", "ĐẢNG BỘ TỈNH ĐỒNG PHÚ NAM"]},
    {"id": "wqo05", "directive": "BC 27/BC-UBND", "source": F5, "actors": [
        {"name": "Công chức Văn hóa - xã hội", "role": "chủ trì", "deadline": "trước ngày 30/6/2025",
         "task_quote": "Công chức Văn hóa - xã hội chủ trì, phối hợp với Tổ công nghệ số cộng đồng các thôn mở thêm 06 lớp"},
        {"name": "Tổ công nghệ số cộng đồng các thôn", "role": "phối hợp", "deadline": "trước ngày 30/6/2025",
         "task_quote": "phối hợp với Tổ công nghệ số cộng đồng các thôn mở thêm 06 lớp"},
        {"name": "Đoàn Thanh niên xã", "role": None, "deadline": "vào cuối quý II",
         "task_quote": "Đoàn Thanh niên xã tổ chức \"Ngày Chủ nhật số\" hằng tháng tại Nhà văn hóa xã"},
        {"name": "Trường THCS Phúc Điền", "role": None, "deadline": None,
         "task_quote": "Trường THCS Phúc Điền thành lập Câu lạc bộ \"Công dân số\" và chọn ít nhất 01 sản phẩm nhóm"},
        {"name": "Hội Khuyến học xã", "role": None, "deadline": "trong năm 2025",
         "task_quote": "Hội Khuyến học xã phối hợp với Hội Người cao tuổi xã vận động hội viên trên 60 tuổi tham gia học tập"},
        {"name": "Hội Người cao tuổi xã", "role": "phối hợp", "deadline": None,
         "task_quote": "phối hợp với Hội Người cao tuổi xã vận động hội viên trên 60 tuổi tham gia học tập"},
        {"name": "Công an xã", "role": None, "deadline": "trước ngày 30/6/2025",
         "task_quote": "Công an xã tiếp tục hỗ trợ kích hoạt tài khoản định danh điện tử mức 2, phấn đấu đạt 85%"},
        {"name": "Ủy ban nhân dân huyện", "role": None, "deadline": None,
         "task_quote": "Đề nghị Ủy ban nhân dân huyện hỗ trợ xã 20 máy tính bảng phục vụ các lớp"},
        {"name": "Viễn thông Sơn Quỳ", "role": None, "deadline": "trong quý II năm 2025",
         "task_quote": "Đề nghị Viễn thông Sơn Quỳ khảo sát, lắp đặt trạm phát sóng tại thôn Bãi Sậy"},
    ], "intruders": ["Đỗ Văn Sáng", "Lưu: VT, VHXH", "TT Đảng ủy, TT HĐND xã", "Phòng Kinh tế và Hạ tầng huyện",
                     "Trần Thị Bích Ngân"]},
]


def main():
    def nfc(x):
        if isinstance(x, str):
            return unicodedata.normalize("NFC", x)
        if isinstance(x, list):
            return [nfc(v) for v in x]
        if isinstance(x, dict):
            return {k: nfc(v) for k, v in x.items()}
        return x
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for i, d in enumerate(Q, 1):
            d["id"] = "qo%03d" % i
            f.write(json.dumps(nfc(d), ensure_ascii=False) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for d in WHO_WHAT:
            f.write(json.dumps(nfc(d), ensure_ascii=False) + "\n")
    print(len(Q), "questions,", len(WHO_WHAT), "who-what lines")


if __name__ == "__main__":
    main()

# -*- coding: utf-8 -*-
"""Write questions.jsonl and who_what.jsonl for eval set blind38 (hand-written gold)."""
import json
import os
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
D1 = "qn01_kh_khcn_cds_tinh.docx"
D2 = "qn02_cv_thi_khkt_sgddt.txt"
D3 = "qn03_qd_hoithi_sangtao_huyen.pdf"
D4 = "qn04_bc_khoagiao_huyenuy.md"
D5 = "qn05_tb_ketluan_xa.txt"

QS = []
GROUP = ["qn01"]


def Q(kind, question, ev=(), kw=(), ans=True, hist=None, actors=None):
    o = {"id": None, "question": question, "answerable": ans, "kind": kind,
         "evidence": [{"source": s, "quote": q} for s, q in ev], "keywords": list(kw)}
    if hist:
        o["history"] = [h["question"] for h in hist]
    if actors:
        o["actors"] = list(actors)
    o["_g"] = GROUP[0]
    QS.append(o)
    return o


U = lambda kind, q, hist=None: Q(kind, q, ans=False, hist=hist)

# ---------------- qn01: KH 86/KH-UBND (UBND tỉnh) ----------------
a1 = Q("factoid", "Tổng kinh phí dự kiến cho kế hoạch phát triển KH, CN, đổi mới sáng tạo và chuyển đổi số của tỉnh năm 2026 là bao nhiêu?",
       [(D1, "Tổng kinh phí dự kiến thực hiện Kế hoạch năm 2026 là 48,6 tỷ đồng")], ["48,6 tỷ đồng"])
a1f = Q("follow-up", "Trong đó ngân sách tỉnh chi bao nhiêu?",
        [(D1, "trong đó: ngân sách tỉnh 31,2 tỷ đồng; ngân sách cấp huyện 6,9 tỷ đồng")], ["31,2 tỷ đồng"], hist=[a1])
Q("abbreviation", "KH 86 đặt chỉ tiêu tỷ lệ hồ sơ TTHC giải quyết trực tuyến toàn trình là bao nhiêu %?",
  [(D1, "được tiếp nhận và giải quyết trực tuyến toàn trình đạt tối thiểu 75%")], ["75%"])
Q("no-diacritics", "ke hoach 86 yeu cau bao nhieu phan tram nguoi trong do tuoi lao dong duoc pho cap ky nang so",
  [(D1, "ít nhất 70% người trong độ tuổi lao động được phổ cập kỹ năng số cơ bản")], ["70%"])
a4 = Q("abbreviation", "Năm nay tỉnh sẽ triển khai mới mấy nhiệm vụ KH&CN cấp tỉnh?",
       [(D1, "Triển khai mới 14 nhiệm vụ khoa học và công nghệ cấp tỉnh")], ["14"])
Q("follow-up", "Vậy trong số đó có bao nhiêu nhiệm vụ phục vụ sản xuất chè, dược liệu?",
  [(D1, "ít nhất 5 nhiệm vụ ứng dụng vào sản xuất chè, dược liệu và cây ăn quả ôn đới")], ["5 nhiệm vụ"], hist=[a4])
Q("list", "Theo kế hoạch của UBND tỉnh thì còn bao nhiêu điểm lõm sóng phải xóa, ở những huyện nào?",
  [(D1, "xóa 27 điểm lõm sóng còn lại tại các huyện Mường Chiêng và Sín Thàng")], ["27", "Mường Chiêng", "Sín Thàng"])
Q("who-what", "Sở Tài chính có nhiệm vụ gì trong kế hoạch KH&CN, chuyển đổi số năm 2026 của tỉnh?",
  [(D1, "Sở Tài chính có trách nhiệm thẩm định, tham mưu bố trí kinh phí thực hiện Kế hoạch")], ["thẩm định"],
  actors=["Sở Tài chính"])
Q("who-what", "UBND các huyện phải làm gì theo KH 86, hạn ban hành kế hoạch của địa phương là bao giờ?",
  [(D1, "ban hành kế hoạch thực hiện của địa phương trước ngày 15/4/2026")], ["15/4/2026"],
  actors=["UBND các huyện, thị xã, thành phố"])
Q("who-what", "Cơ quan nào làm thường trực theo dõi, đôn đốc kế hoạch 86 và báo cáo năm phải gửi trước ngày nào?",
  [(D1, "Sở Khoa học và Công nghệ là cơ quan thường trực"), (D1, "báo cáo năm trước ngày 10/12/2026")],
  ["Sở Khoa học và Công nghệ", "10/12/2026"], actors=["Sở Khoa học và Công nghệ"])
Q("list", "Nhiệm vụ xây dựng Trung tâm điều hành thông minh giai đoạn 2 thì đơn vị nào phối hợp, xong khi nào?",
  [(D1, "Xây dựng Trung tâm điều hành thông minh giai đoạn 2, kết nối cơ sở dữ liệu dùng chung"),
   (D1, "Công an tỉnh, Viễn thông Yên Lạc Thượng")], ["Công an tỉnh", "Viễn thông Yên Lạc Thượng", "30/11/2026"])
Q("no-diacritics", "hoi thi sang tao ky thuat tinh lan thu IX do don vi nao chu tri",
  [(D1, "Tổ chức Hội thi sáng tạo kỹ thuật tỉnh lần thứ IX"), (D1, "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh")],
  ["Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"])
Q("metadata", "Kế hoạch phát triển khoa học, công nghệ và CĐS năm 2026 của tỉnh do ai ký?",
  [(D1, "(Đã ký) Lương Thị Thu Hằng")], ["Lương Thị Thu Hằng"])
Q("no-diacritics", "so dien thoai dau moi o so khcn de phan anh vuong mac ke hoach 86",
  [(D1, "bà Vàng Thị Khánh Linh, Phó Chánh Văn phòng Sở, điện thoại 0915 336 482")],
  ["Vàng Thị Khánh Linh", "0915 336 482"])
Q("who-what", "MTTQ tỉnh được đề nghị làm gì trong KH 86?",
  [(D1, "vận động đoàn viên, hội viên tham gia phong trào \"Bình dân học vụ số\", giám sát việc thực hiện Kế hoạch")],
  ["giám sát"], actors=["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh"])
a17 = Q("factoid", "Năm 2026 phải bồi dưỡng kỹ năng số cho bao nhiêu lượt cán bộ, công chức?",
        [(D1, "Bồi dưỡng kỹ năng số cho 1.200 lượt cán bộ, công chức")], ["1.200"])
Q("follow-up", "Ai chủ trì việc đó?",
  [(D1, "Sở Nội vụ chủ trì xây dựng kế hoạch đào tạo, bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức")],
  ["Sở Nội vụ"], hist=[a17])
U("unanswerable", "Kế hoạch 86 phân bổ cho huyện Mường Chiêng bao nhiêu tỷ đồng?")
U("unanswerable", "Ngân sách trung ương hỗ trợ bao nhiêu cho kế hoạch KH&CN, chuyển đổi số năm 2026 của tỉnh Yên Lạc Thượng?")
U("unanswerable", "Hội thi sáng tạo kỹ thuật tỉnh lần thứ IX được tổ chức ở đâu?")
U("unanswerable", "ke hoach 86 dat chi tieu bao nhieu phan tram doanh nghiep co website thuong mai dien tu")
U("follow-up", "Thế năm 2027 thì dự kiến bao nhiêu?", hist=[a1, a1f])
U("unanswerable", "Sở TT&TT tỉnh được giao nhiệm vụ gì trong KH 86/KH-UBND?")

GROUP[0] = "qn02"
# ---------------- qn02: CV 618/SGDĐT-GDTrH (Sở GD&ĐT) ----------------
Q("metadata", "Công văn hướng dẫn thi khoa học kỹ thuật học sinh trung học cấp tỉnh năm học 2025-2026 là số mấy?",
  [(D2, "Số: 618/SGDĐT-GDTrH V/v hướng dẫn tổ chức Cuộc thi")], ["618/SGDĐT-GDTrH"])
b2 = Q("abbreviation", "Hạn gửi danh sách đăng ký thi KHKT qua email là khi nào?",
       [(D2, "khkt@yenlacthuong.edu.vn trước 17h00 ngày 15/4/2026")], ["17h00 ngày 15/4/2026"])
Q("follow-up", "Còn hồ sơ bản in thì nộp ở đâu, chậm nhất ngày nào?",
  [(D2, "(tầng 3, số 27 đường Lê Lai, phường Yên Hòa Thượng) chậm nhất ngày 25/4/2026")],
  ["25/4/2026", "số 27 đường Lê Lai"], hist=[b2])
b3 = Q("no-diacritics", "moi truong thpt duoc dang ky toi da may du an thi khkt",
       [(D2, "Trung tâm GDNN-GDTX đăng ký tối đa 03 dự án")], ["03 dự án"])
Q("follow-up", "Thế trường chuyên được mấy?",
  [(D2, "Trường THPT Chuyên Yên Lạc Thượng đăng ký tối đa 06 dự án")], ["06 dự án"], hist=[b3])
b4 = Q("abbreviation", "Vòng chung khảo cuộc thi KHKT cấp tỉnh diễn ra ngày nào, ở đâu?",
       [(D2, "ngày 21 và 22/5/2026 tại Nhà thi đấu đa năng Trường THPT Chuyên Yên Lạc Thượng")],
       ["21 và 22/5/2026", "Nhà thi đấu đa năng"])
Q("follow-up", "Lễ trao giải lúc mấy giờ?",
  [(D2, "Lễ bế mạc và trao giải: 15h00 ngày 22/5/2026")], ["15h00"], hist=[b4])
b5 = Q("factoid", "Dự án đạt giải nhất cuộc thi khoa học kỹ thuật cấp tỉnh được thưởng bao nhiêu?",
       [(D2, "Mức thưởng: giải Nhất 5.000.000 đồng")], ["5.000.000 đồng"])
Q("follow-up", "con giai khuyen khich?",
  [(D2, "giải Khuyến khích 1.000.000 đồng/dự án")], ["1.000.000 đồng"], hist=[b5])
Q("who-what", "Trường THPT Chuyên Yên Lạc Thượng phải chuẩn bị những gì cho vòng chung khảo?",
  [(D2, "chuẩn bị địa điểm, 120 gian trưng bày, điện, mạng internet")], ["120 gian trưng bày"],
  actors=["Trường THPT Chuyên Yên Lạc Thượng"])
Q("who-what", "Phòng GD&ĐT các huyện phải làm gì theo CV 618?",
  [(D2, "tổ chức cuộc thi cấp huyện xong trước ngày 10/4/2026")], ["10/4/2026"],
  actors=["Phòng GD&ĐT các huyện, thị xã, thành phố"])
Q("who-what", "Tỉnh đoàn được Sở đề nghị hỗ trợ gì cho cuộc thi KHKT học sinh?",
  [(D2, "cử đại diện tham gia Ban Giám khảo, hỗ trợ giải thưởng và quảng bá các dự án đoạt giải")],
  ["Ban Giám khảo"], actors=["Tỉnh đoàn Yên Lạc Thượng"])
Q("who-what", "Phòng Giáo dục Trung học của Sở được giao làm những việc gì cho cuộc thi?",
  [(D2, "tham mưu thành lập Ban Tổ chức, Ban Giám khảo; dự trù kinh phí và tổng hợp kết quả")],
  ["Ban Tổ chức"], actors=["Phòng Giáo dục Trung học"])
Q("factoid", "Có vướng mắc về cuộc thi khoa học kỹ thuật thì liên hệ ai?",
  [(D2, "ông Đỗ Văn Thạo, Phó Trưởng phòng Giáo dục Trung học, điện thoại 0912 447 263")],
  ["Đỗ Văn Thạo", "0912 447 263"])
Q("abbreviation", "KP tổ chức cuộc thi KHKT cấp tỉnh dự kiến bao nhiêu, lấy từ nguồn nào?",
  [(D2, "nguồn sự nghiệp giáo dục năm 2026 của Sở (dự kiến 185 triệu đồng)")], ["185 triệu đồng"])
Q("no-diacritics", "tap huan nguoi huong dan khoa hoc ngay nao",
  [(D2, "Tập huấn người hướng dẫn khoa học: ngày 08/4/2026")], ["08/4/2026"])
Q("metadata", "CV 618 của Sở GD&ĐT do ai ký?",
  [(D2, "Lưu: VT, GDTrH. Ma Thị Quỳnh Trang")], ["Ma Thị Quỳnh Trang"])
U("unanswerable", "Giải đặc biệt của cuộc thi KHKT cấp tỉnh năm học 2025-2026 được thưởng bao nhiêu tiền?")
U("unanswerable", "Công văn 619/SGDĐT-GDTrH hướng dẫn nội dung gì?")
U("unanswerable", "Cuộc thi khoa học kỹ thuật cấp quốc gia năm 2026 tổ chức ở tỉnh nào?")
U("unanswerable", "Hạn đăng ký dự thi KHKT cấp tỉnh năm học 2026-2027 là ngày nào?")

GROUP[0] = "qn03"
# ---------------- qn03: QĐ 2315/QĐ-UBND (UBND huyện Thạch Quỳ) ----------------
Q("metadata", "Quyết định ban hành thể lệ hội thi sáng tạo kỹ thuật huyện Thạch Quỳ số mấy, ngày nào?",
  [(D3, "(Ban hành kèm theo Quyết định số 2315/QĐ-UBND ngày 20/3/2026")], ["2315/QĐ-UBND", "20/3/2026"])
c2 = Q("factoid", "Giải nhất hội thi sáng tạo kỹ thuật huyện Thạch Quỳ trị giá bao nhiêu?",
       [(D3, "01 giải Nhất trị giá 15.000.000 đồng")], ["15.000.000 đồng"])
Q("follow-up", "Có mấy giải ba, mỗi giải bao nhiêu?",
  [(D3, "giải Ba, mỗi giải 6.000.000 đồng; 05 giải Khuyến khích")], ["6.000.000 đồng"], hist=[c2])
Q("no-diacritics", "han nop ho so hoi thi sang tao ky thuat huyen thach quy",
  [(D3, "Thời gian nhận hồ sơ từ ngày 01/4/2026 đến hết ngày 31/7/2026")], ["31/7/2026"])
c5 = Q("factoid", "Nộp hồ sơ bản giấy dự hội thi sáng tạo ở Thạch Quỳ tại địa chỉ nào?",
       [(D3, "tầng 2, trụ sở HĐND và UBND huyện, số 15 đường 3 Tháng 2, thị trấn Thạch Quỳ")],
       ["số 15 đường 3 Tháng 2"])
Q("follow-up", "Còn bản điện tử thì gửi email nào?",
  [(D3, "bản điện tử gửi về địa chỉ sangtao.thachquy@yenlacthuong.gov.vn")],
  ["sangtao.thachquy@yenlacthuong.gov.vn"], hist=[c5])
Q("list", "Hội thi sáng tạo kỹ thuật huyện Thạch Quỳ lần V gồm những lĩnh vực nào?",
  [(D3, "Các giải pháp thuộc 05 lĩnh vực: a) Nông, lâm nghiệp và chế biến nông sản"),
   (D3, "c) Công nghệ thông tin, chuyển đổi số; d) Y tế, môi trường và phòng chống thiên tai")],
  ["05 lĩnh vực", "Công nghệ thông tin, chuyển đổi số"])
c8 = Q("factoid", "Trong thang điểm chấm, tiêu chí hiệu quả kinh tế - xã hội chiếm bao nhiêu điểm?",
       [(D3, "hiệu quả kinh tế - xã hội 40 điểm")], ["40 điểm"])
Q("follow-up", "Vậy phải đạt bao nhiêu điểm mới được xét giải?",
  [(D3, "Giải pháp đạt từ 60 điểm trở lên mới được xét trao giải")], ["60 điểm"], hist=[c8])
Q("who-what", "Huyện đoàn Thạch Quỳ có trách nhiệm gì trong hội thi sáng tạo?",
  [(D3, "vận động đoàn viên, thanh niên và học sinh tham gia, phấn đấu có ít nhất 10 giải pháp của thanh thiếu niên")],
  ["10 giải pháp"], actors=["Huyện đoàn Thạch Quỳ"])
Q("who-what", "Theo QĐ 2315, Phòng Tài chính - Kế hoạch huyện được giao làm gì?",
  [(D3, "Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí 95 triệu đồng")], ["95 triệu đồng"],
  actors=["Phòng Tài chính - Kế hoạch"])
Q("who-what", "phong van hoa khoa hoc va thong tin huyen thach quy phai bao cao ket qua hoi thi truoc ngay nao",
  [(D3, "tổng hợp, báo cáo kết quả Hội thi về UBND huyện trước ngày 30/9/2026")], ["30/9/2026"],
  actors=["Phòng Văn hóa, Khoa học và Thông tin huyện"])
Q("factoid", "Cần hỏi thêm về hội thi sáng tạo kỹ thuật huyện thì gọi cho ai?",
  [(D3, "bà Phan Thị Ngọc Ánh, chuyên viên Phòng Văn hóa, Khoa học và Thông tin, điện thoại 0983 215 604")],
  ["Phan Thị Ngọc Ánh", "0983 215 604"])
Q("metadata", "QĐ 2315/QĐ-UBND do ai ký ban hành?",
  [(D3, "PHÓ CHỦ TỊCH Nông Văn Khải")], ["Nông Văn Khải"])
Q("no-diacritics", "vong chung khao hoi thi sang tao thach quy to chuc ngay nao",
  [(D3, "vòng chung khảo (tác giả trình bày, trình diễn giải pháp) tổ chức ngày 05/9/2026")], ["05/9/2026"])
U("unanswerable", "giai dac biet hoi thi sang tao ky thuat thach quy bao nhieu tien")
U("unanswerable", "Tổng giá trị giải thưởng Hội thi sáng tạo kỹ thuật huyện Thạch Quỳ lần thứ IV là bao nhiêu?")
U("unanswerable", "Ai làm Trưởng Ban Giám khảo hội thi sáng tạo kỹ thuật huyện Thạch Quỳ?")
U("unanswerable", "UBND huyện Thạch Quỳ hỗ trợ bao nhiêu tiền cho mỗi giải pháp được chọn đi thi cấp tỉnh?")

GROUP[0] = "qn04"
# ---------------- qn04: BC 47-BC/BTGDV (Ban TG&DV Huyện ủy Nghĩa Xuyên) ----------------
Q("metadata", "Báo cáo công tác khoa giáo 6 tháng đầu năm 2026 của huyện Nghĩa Xuyên có số hiệu là gì?",
  [(D4, "BAN TUYÊN GIÁO VÀ DÂN VẬN Số 47-BC/BTGDV")], ["47-BC/BTGDV"])
d2 = Q("factoid", "6 tháng đầu năm xã Khánh Đào mở được mấy lớp Bình dân học vụ số?",
       [(D4, "| Xã Khánh Đào | 11 | 945 | 5 | 338 |")], ["5"])
Q("follow-up", "Thế còn xã Tiên Sà?",
  [(D4, "| Xã Tiên Sà | 6 | 468 | 2 | 119 |")], ["2"], hist=[d2])
d3 = Q("factoid", "Toàn huyện Nghĩa Xuyên đã phổ cập kỹ năng số cho bao nhiêu người trong 6 tháng đầu năm?",
       [(D4, "| **Tổng cộng** | **47** | **3.923** | **20** | **1.296** |")], ["1.296"])
U("follow-up", "Riêng xã Phú Cường được bao nhiêu người?", hist=[d3])
Q("abbreviation", "Đài TT huyện đã phát bao nhiêu tin bài về KH&CN, CĐS, đạt bao nhiêu % KH năm?",
  [(D4, "| 150 tin, bài | 86 tin, bài | 57,3% |")], ["86 tin, bài", "57,3%"])
Q("factoid", "Dự án nào của học sinh huyện Nghĩa Xuyên đoạt giải ở cuộc thi KHKT cấp tỉnh, giải gì?",
  [(D4, "dự án \"Máy sấy chè bằng năng lượng mặt trời\" của học sinh Trường THCS Khánh Đào đạt giải Ba")],
  ["Máy sấy chè bằng năng lượng mặt trời", "giải Ba"])
Q("abbreviation", "Cuộc thi KHKT cấp huyện Nghĩa Xuyên có bao nhiêu dự án, chọn mấy dự án lên tỉnh?",
  [(D4, "tổ chức Cuộc thi khoa học, kỹ thuật cấp huyện với 31 dự án, lựa chọn 04 dự án dự thi cấp tỉnh")],
  ["31 dự án", "04 dự án"])
Q("who-what", "Hội Khuyến học huyện sẽ làm gì trong 6 tháng cuối năm?",
  [(D4, "Hội Khuyến học huyện trao 40 suất học bổng \"Tiếp sức học trò số\", mỗi suất 1.500.000 đồng")],
  ["40 suất", "1.500.000 đồng"], actors=["Hội Khuyến học huyện"])
Q("who-what", "MTTQ và các đoàn thể huyện Nghĩa Xuyên được giao mở thêm bao nhiêu lớp học vụ số, cho ai?",
  [(D4, "phối hợp mở thêm ít nhất 15 lớp \"Bình dân học vụ số\" cho hội viên là người cao tuổi, phụ nữ")],
  ["15 lớp"], actors=["Ủy ban Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện"])
Q("who-what", "phong giao duc va dao tao huyen nghia xuyen phai lam gi 6 thang cuoi nam",
  [(D4, "chỉ đạo các trường THCS thành lập câu lạc bộ STEM, hoàn thành trước ngày khai giảng năm học 2026-2027")],
  ["câu lạc bộ STEM"], actors=["Phòng Giáo dục và Đào tạo huyện"])
Q("no-diacritics", "han khac phuc lom song o xa tien sa la ngay nao",
  [(D4, "khắc phục tình trạng lõm sóng tại 03 thôn của xã Tiên Sà trước ngày 30/9/2026")], ["30/9/2026", "03 thôn"])
Q("metadata", "Ai ký báo cáo 47-BC/BTGDV?",
  [(D4, "TRƯỞNG BAN (Đã ký) Triệu Đức Mạnh")], ["Triệu Đức Mạnh"])
Q("factoid", "Tỷ lệ người trưởng thành có tài khoản định danh điện tử mức 2 ở Nghĩa Xuyên mới đạt bao nhiêu?",
  [(D4, "| Người trưởng thành có tài khoản định danh điện tử mức 2 | 85% | 78,4% | chưa đạt |")], ["78,4%"])
Q("who-what", "Trung tâm VH, TT&TT huyện Nghĩa Xuyên được giao nhiệm vụ gì?",
  [(D4, "duy trì chuyên mục \"Nông dân với khoa học\" trên Đài Truyền thanh huyện, bảo đảm 02 số/tháng")],
  ["02 số/tháng"], actors=["Trung tâm Văn hóa, Thông tin và Thể thao huyện"])
U("unanswerable", "Thị trấn Nghĩa Xuyên hiện có bao nhiêu Tổ công nghệ số cộng đồng?")
U("unanswerable", "Theo báo cáo khoa giáo cả năm 2025 của huyện Nghĩa Xuyên, có bao nhiêu lớp Bình dân học vụ số?")
U("unanswerable", "Kinh phí cho công tác khoa giáo của huyện Nghĩa Xuyên năm 2026 là bao nhiêu triệu đồng?")
U("unanswerable", "Hội nghị quán triệt của Ban Tuyên giáo và Dân vận Huyện ủy Nghĩa Xuyên tổ chức vào ngày nào?")

GROUP[0] = "qn05"
# ---------------- qn05: TB 41/TB-UBND (UBND xã Khánh Đào) ----------------
Q("metadata", "Thông báo kết luận cuộc họp về Bình dân học vụ số của xã Khánh Đào số mấy?",
  [(D5, "ỦY BAN NHÂN DÂN XÃ KHÁNH ĐÀO Số: 41/TB-UBND")], ["41/TB-UBND"])
Q("factoid", "Cuộc họp triển khai Bình dân học vụ số ở Khánh Đào họp hôm nào, ai chủ trì?",
  [(D5, "Ngày 09/4/2026, tại Hội trường UBND xã, đồng chí Hà Văn Lịch, Chủ tịch UBND xã chủ trì")],
  ["09/4/2026", "Hà Văn Lịch"])
Q("factoid", "Quý I xã Khánh Đào mở mấy lớp kỹ năng số, có bao nhiêu học viên?",
  [(D5, "xã đã mở 02 lớp phổ cập kỹ năng số với 71 học viên")], ["02 lớp", "71 học viên"])
e4 = Q("who-what", "Đoàn Thanh niên xã Khánh Đào được giao việc gì?",
       [(D5, "Đoàn Thanh niên xã bố trí 20 đoàn viên làm \"tình nguyện viên số\"")], ["20 đoàn viên"],
       actors=["Đoàn Thanh niên xã"])
Q("follow-up", "Còn trường THCS thì sao?",
  [(D5, "cho mượn phòng máy tính (25 máy) vào tối thứ Ba và thứ Năm hằng tuần")], ["25 máy"], hist=[e4])
Q("who-what", "Hội Nông dân, Hội Phụ nữ, Hội Người cao tuổi xã phải gửi danh sách học viên trước ngày nào?",
  [(D5, "gửi danh sách về UBND xã (qua công chức Văn hóa - Xã hội) trước ngày 24/4/2026")], ["24/4/2026"],
  actors=["Hội Nông dân, Hội Liên hiệp Phụ nữ và Hội Người cao tuổi xã"])
Q("no-diacritics", "lop so 4 hoc o dau may gio",
  [(D5, "| Lớp số 4 | Phòng máy Trường THCS Khánh Đào | 19h00 thứ Ba, thứ Năm; từ 21/4 đến 14/5/2026 |")],
  ["Phòng máy Trường THCS Khánh Đào", "19h00"])
e7 = Q("factoid", "Xã Khánh Đào bố trí bao nhiêu tiền cho các lớp học kỹ năng số?",
       [(D5, "bố trí 38,5 triệu đồng từ ngân sách xã")], ["38,5 triệu đồng"])
Q("follow-up", "Người giảng dạy được hỗ trợ bao nhiêu một buổi?",
  [(D5, "hỗ trợ người giảng dạy (100.000 đồng/buổi)")], ["100.000 đồng/buổi"], hist=[e7])
Q("who-what", "Trung tâm Viễn thông Nghĩa Xuyên được xã đề nghị việc gì, hạn khi nào?",
  [(D5, "hỗ trợ lắp đặt wifi miễn phí tại nhà văn hóa thôn Pò Hẩu và thôn Nặm Dìn trước ngày 15/5/2026")],
  ["15/5/2026"], actors=["Trung tâm Viễn thông Nghĩa Xuyên"])
Q("no-diacritics", "muc tieu nam 2026 xa khanh dao mo bao nhieu lop binh dan hoc vu so",
  [(D5, "Mở tổng cộng 12 lớp \"Bình dân học vụ số\" trong năm 2026 với ít nhất 400 lượt học viên")],
  ["12 lớp", "400"])
Q("who-what", "cong chuc van hoa xa hoi xa khanh dao phai trinh ke hoach mo lop truoc ngay nao",
  [(D5, "chủ trì xây dựng kế hoạch mở lớp chi tiết, trình UBND xã trước ngày 17/4/2026")], ["17/4/2026"],
  actors=["Công chức Văn hóa - Xã hội"])
Q("factoid", "Lớp ở nhà văn hóa thôn Cốc Phầy do ai phụ trách, học vào lúc nào?",
  [(D5, "Nhà văn hóa thôn Cốc Phầy | 14h00 Chủ nhật; từ 26/4 đến 31/5/2026 | Nông Thị Hiền, Bí thư Đoàn xã")],
  ["Nông Thị Hiền", "14h00 Chủ nhật"])
Q("metadata", "TB 41 của UBND xã Khánh Đào do ai ký?",
  [(D5, "CÔNG CHỨC VĂN PHÒNG - THỐNG KÊ (Đã ký) Đinh Thị Yến")], ["Đinh Thị Yến"])
U("unanswerable", "Lớp số 6 của xã Khánh Đào mở ở thôn nào?")
U("unanswerable", "Xã Khánh Đào có bao nhiêu hộ dân đã thanh toán không dùng tiền mặt?")
U("unanswerable", "thon Na Don xa khanh dao co bao nhieu thanh vien to cong nghe so cong dong")
U("unanswerable", "Trạm Y tế xã Khánh Đào được giao nhiệm vụ gì trong phong trào Bình dân học vụ số?")
U("unanswerable", "Thông báo 42/TB-UBND của UBND xã Khánh Đào kết luận những gì?")

GROUP[0] = "corpus"
# ---------------- corpus-level ----------------
Q("corpus", "Những văn bản nào có nội dung về cuộc thi khoa học, kỹ thuật dành cho học sinh trung học?",
  [(D1, "Tổ chức Cuộc thi khoa học, kỹ thuật dành cho học sinh trung học cấp tỉnh"),
   (D2, "hướng dẫn tổ chức Cuộc thi khoa học, kỹ thuật cấp tỉnh dành cho học sinh trung học năm học 2025-2026"),
   (D4, "tổ chức Cuộc thi khoa học, kỹ thuật cấp huyện với 31 dự án")],
  ["86/KH-UBND", "618/SGDĐT-GDTrH", "47-BC/BTGDV"])
Q("corpus", "Có bao nhiêu văn bản căn cứ hoặc thực hiện Kế hoạch 86/KH-UBND của UBND tỉnh? Là những văn bản nào?",
  [(D2, "Thực hiện Kế hoạch số 86/KH-UBND ngày 12/3/2026 của UBND tỉnh"),
   (D3, "Căn cứ Kế hoạch số 86/KH-UBND ngày 12/3/2026 của UBND tỉnh Yên Lạc Thượng"),
   (D4, "thực hiện Kế hoạch số 86/KH-UBND của UBND tỉnh")],
  ["618/SGDĐT-GDTrH", "2315/QĐ-UBND", "47-BC/BTGDV"])
Q("corpus", "Trong bộ tài liệu có văn bản nào do cấp xã ban hành không?",
  [(D5, "ỦY BAN NHÂN DÂN XÃ KHÁNH ĐÀO Số: 41/TB-UBND")], ["41/TB-UBND"])
Q("corpus", "Văn bản nào nhắc đến phong trào Bình dân học vụ số?",
  [(D1, "Triển khai phong trào \"Bình dân học vụ số\"; mở lớp phổ cập kỹ năng số tại nhà văn hóa thôn, bản"),
   (D4, "phối hợp mở thêm ít nhất 15 lớp \"Bình dân học vụ số\""),
   (D5, "triển khai phong trào \"Bình dân học vụ số\" và kiện toàn Tổ công nghệ số cộng đồng xã năm 2026")],
  ["86/KH-UBND", "47-BC/BTGDV", "41/TB-UBND"])
Q("corpus", "van ban nao do cap huyen ban hanh",
  [(D3, "ỦY BAN NHÂN DÂN HUYỆN THẠCH QUỲ"), (D4, "HUYỆN ỦY NGHĨA XUYÊN BAN TUYÊN GIÁO VÀ DÂN VẬN")],
  ["2315/QĐ-UBND", "47-BC/BTGDV"])
Q("corpus", "Trong các văn bản, văn bản nào ban hành sớm nhất?",
  [(D1, "Yên Lạc Thượng, ngày 12 tháng 3 năm 2026")], ["86/KH-UBND", "12 tháng 3 năm 2026"])
U("unanswerable", "Huyện Sín Thàng đã ban hành kế hoạch thực hiện KH 86 chưa, số mấy?")


# ---------------- who-what gold ----------------
def A(name, role, deadline, quote):
    return {"name": name, "role": role, "deadline": deadline, "task_quote": quote}


WW = [
    {"id": "wqn01", "directive": "KH 86/KH-UBND", "source": D1, "actors": [
        A("Sở Khoa học và Công nghệ", "thường trực", "báo cáo năm trước ngày 10/12/2026",
          "chủ trì theo dõi, đôn đốc, hướng dẫn các cơ quan, đơn vị thực hiện Kế hoạch"),
        A("Sở Giáo dục và Đào tạo", "chủ trì", "Tháng 5/2026",
          "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Tỉnh đoàn và Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"),
        A("Tỉnh đoàn", "phối hợp", None,
          "Giao Sở Giáo dục và Đào tạo chủ trì, phối hợp với Tỉnh đoàn và Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh"),
        A("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", "chủ trì", "Tháng 11/2026",
          "Tổ chức Hội thi sáng tạo kỹ thuật tỉnh lần thứ IX"),
        A("Sở Tài chính", None, None,
          "Sở Tài chính có trách nhiệm thẩm định, tham mưu bố trí kinh phí thực hiện Kế hoạch"),
        A("Sở Nội vụ", "chủ trì", "31/10/2026",
          "Sở Nội vụ chủ trì xây dựng kế hoạch đào tạo, bồi dưỡng kỹ năng số cho cán bộ, công chức, viên chức"),
        A("Báo và Phát thanh, Truyền hình Yên Lạc Thượng", "chủ trì", "Quý II/2026",
          "mở chuyên trang, chuyên mục tuyên truyền; phản ánh kịp thời các mô hình, cách làm hay"),
        A("UBND các huyện, thị xã, thành phố", None, "trước ngày 15/4/2026",
          "ban hành kế hoạch thực hiện của địa phương trước ngày 15/4/2026"),
        A("Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh", None, None,
          "vận động đoàn viên, hội viên tham gia phong trào \"Bình dân học vụ số\", giám sát việc thực hiện Kế hoạch"),
        A("Các sở, ban, ngành tỉnh", None, None,
          "chủ động cụ thể hóa Kế hoạch vào chương trình công tác năm 2026 của đơn vị"),
        A("Các cơ quan, đơn vị", None, "trước ngày 15/4/2026",
          "Các cơ quan, đơn vị lập dự toán chi tiết gửi Sở Tài chính trước ngày 15/4/2026"),
        A("Sở Tư pháp", "phối hợp", "Quý II/2026", "Sở Tài chính, Sở Tư pháp"),
        A("Công an tỉnh", "phối hợp", "30/11/2026", "Công an tỉnh, Viễn thông Yên Lạc Thượng"),
        A("Viễn thông Yên Lạc Thượng", "phối hợp", "30/11/2026", "Công an tỉnh, Viễn thông Yên Lạc Thượng"),
        A("Liên đoàn Lao động tỉnh", "phối hợp", "Tháng 11/2026",
          "Sở Khoa học và Công nghệ, Liên đoàn Lao động tỉnh"),
        A("Sở Văn hóa, Thể thao và Du lịch", "phối hợp", "Quý II/2026",
          "Mở chuyên trang \"Yên Lạc Thượng số\" và chuyên mục \"Khoa học với nhà nông\""),
        A("Hội Liên hiệp Phụ nữ tỉnh", "phối hợp", "Thường xuyên",
          "Phổ cập kỹ năng số cho người dân tại nhà văn hóa thôn, bản"),
    ], "intruders": ["Lương Thị Thu Hằng", "Bộ Khoa học và Công nghệ", "TT Tỉnh ủy, TT HĐND tỉnh",
                     "Chủ tịch, các PCT UBND tỉnh", "Ban Tuyên giáo và Dân vận Tỉnh ủy", "Lưu: VT, KGVX",
                     "Bộ Chính trị", "Ban Thường vụ Tỉnh ủy Yên Lạc Thượng", "Hội đồng nhân dân tỉnh",
                     "ỦY BAN NHÂN DÂN TỈNH YÊN LẠC THƯỢNG", "Vàng Thị Khánh Linh"]},
    {"id": "wqn02", "directive": "CV 618/SGDĐT-GDTrH", "source": D2, "actors": [
        A("Phòng GD&ĐT các huyện, thị xã, thành phố", None, "trước ngày 10/4/2026",
          "tổ chức cuộc thi cấp huyện xong trước ngày 10/4/2026; tuyển chọn dự án tham dự cấp tỉnh"),
        A("Hiệu trưởng các trường THPT, PT DTNT", None, None,
          "chỉ đạo tổ chuyên môn hướng dẫn học sinh nghiên cứu; bố trí giáo viên hướng dẫn"),
        A("Trường THPT Chuyên Yên Lạc Thượng", None, None,
          "chuẩn bị địa điểm, 120 gian trưng bày, điện, mạng internet"),
        A("Phòng Giáo dục Trung học", "chủ trì", None,
          "tham mưu thành lập Ban Tổ chức, Ban Giám khảo; dự trù kinh phí và tổng hợp kết quả"),
        A("Văn phòng Sở", "phối hợp", None,
          "phối hợp với Văn phòng Sở và Phòng Kế hoạch - Tài chính tham mưu thành lập Ban Tổ chức"),
        A("Phòng Kế hoạch - Tài chính", "phối hợp", None,
          "phối hợp với Văn phòng Sở và Phòng Kế hoạch - Tài chính tham mưu thành lập Ban Tổ chức"),
        A("Tỉnh đoàn Yên Lạc Thượng", None, None,
          "cử đại diện tham gia Ban Giám khảo, hỗ trợ giải thưởng và quảng bá các dự án đoạt giải"),
        A("Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh", None, None,
          "cử đại diện tham gia Ban Giám khảo, hỗ trợ giải thưởng và quảng bá các dự án đoạt giải"),
        A("Các đơn vị", None, "trước 17h00 ngày 15/4/2026",
          "Các đơn vị đăng ký dự thi trên hệ thống quản lý trực tuyến của Sở"),
    ], "intruders": ["Ma Thị Quỳnh Trang", "Như kính gửi", "UBND tỉnh (để b/c)", "Giám đốc, các PGĐ Sở",
                     "Lưu: VT, GDTrH", "Bộ Giáo dục và Đào tạo", "UBND TỈNH YÊN LẠC THƯỢNG", "Đỗ Văn Thạo"]},
    {"id": "wqn03", "directive": "QĐ 2315/QĐ-UBND", "source": D3, "actors": [
        A("Phòng Văn hóa, Khoa học và Thông tin huyện", "thường trực", "trước ngày 30/9/2026",
          "tổng hợp, báo cáo kết quả Hội thi về UBND huyện trước ngày 30/9/2026"),
        A("Phòng Kinh tế", "phối hợp", None,
          "chủ trì, phối hợp với Phòng Kinh tế, Phòng Giáo dục và Đào tạo, Huyện đoàn Thạch Quỳ"),
        A("Phòng Giáo dục và Đào tạo", "phối hợp", None,
          "Phòng Giáo dục và Đào tạo chỉ đạo các trường THCS lựa chọn sản phẩm sáng tạo tiêu biểu của học sinh gửi dự thi"),
        A("Huyện đoàn Thạch Quỳ", "phối hợp", None,
          "vận động đoàn viên, thanh niên và học sinh tham gia, phấn đấu có ít nhất 10 giải pháp của thanh thiếu niên"),
        A("Phòng Tài chính - Kế hoạch", None, None,
          "Phòng Tài chính - Kế hoạch tham mưu bố trí kinh phí 95 triệu đồng"),
        A("UBND các xã, thị trấn", None, None,
          "UBND các xã, thị trấn tuyên truyền, vận động người dân, hợp tác xã, doanh nghiệp"),
        A("Trung tâm Văn hóa, Thông tin và Thể thao huyện", None, None,
          "đưa tin về Hội thi trên trang thông tin điện tử và hệ thống truyền thanh cơ sở"),
        A("Ban Tổ chức Hội thi", None, None,
          "Ban Tổ chức Hội thi xem xét, báo cáo Chủ tịch UBND huyện quyết định"),
    ], "intruders": ["Nông Văn Khải", "Sở KH&CN tỉnh (b/c)", "Liên hiệp các Hội KH&KT tỉnh",
                     "TT Huyện ủy, TT HĐND huyện", "CT, các PCT UBND huyện", "Lưu: VT, VHKHTT",
                     "Phan Thị Ngọc Ánh", "ỦY BAN NHÂN DÂN HUYỆN THẠCH QUỲ"]},
    {"id": "wqn04", "directive": "BC 47-BC/BTGDV", "source": D4, "actors": [
        A("Ban Tuyên giáo và Dân vận Huyện ủy", None, "trước ngày 15/12/2026",
          "tham mưu Ban Thường vụ Huyện ủy sơ kết 01 năm thực hiện Kế hoạch số 112-KH/HU"),
        A("UBND huyện", None, "trước ngày 30/9/2026",
          "Đề nghị UBND huyện chỉ đạo các doanh nghiệp viễn thông khắc phục tình trạng lõm sóng"),
        A("Trung tâm Văn hóa, Thông tin và Thể thao huyện", None, None,
          "duy trì chuyên mục \"Nông dân với khoa học\" trên Đài Truyền thanh huyện, bảo đảm 02 số/tháng"),
        A("Phòng Giáo dục và Đào tạo huyện", None, "trước ngày khai giảng năm học 2026-2027",
          "chỉ đạo các trường THCS thành lập câu lạc bộ STEM"),
        A("Đảng ủy các xã, thị trấn", None, "định kỳ hằng tháng",
          "đưa nội dung chuyển đổi số vào sinh hoạt chi bộ định kỳ hằng tháng"),
        A("Ủy ban Mặt trận Tổ quốc và các đoàn thể chính trị - xã hội huyện", None, None,
          "phối hợp mở thêm ít nhất 15 lớp \"Bình dân học vụ số\""),
        A("Hội Khuyến học huyện", None, None,
          "trao 40 suất học bổng \"Tiếp sức học trò số\", mỗi suất 1.500.000 đồng"),
        A("Ban Tuyên giáo và Dân vận Tỉnh ủy", None, None,
          "tổ chức tập huấn nghiệp vụ khoa giáo cho cán bộ cấp xã"),
    ], "intruders": ["Triệu Đức Mạnh", "Thường trực Huyện ủy (b/c)", "Các chi, đảng bộ cơ sở", "Lưu BTGDV",
                     "Lò Thị Mai Hương", "HUYỆN ỦY NGHĨA XUYÊN", "ĐẢNG CỘNG SẢN VIỆT NAM"]},
    {"id": "wqn05", "directive": "TB 41/TB-UBND", "source": D5, "actors": [
        A("Công chức Văn hóa - Xã hội", "chủ trì", "trước ngày 17/4/2026",
          "chủ trì xây dựng kế hoạch mở lớp chi tiết, trình UBND xã trước ngày 17/4/2026"),
        A("Đoàn Thanh niên xã", None, None,
          "bố trí 20 đoàn viên làm \"tình nguyện viên số\""),
        A("Trường THCS Khánh Đào", None, None,
          "cho mượn phòng máy tính (25 máy) vào tối thứ Ba và thứ Năm hằng tuần"),
        A("Hội Nông dân, Hội Liên hiệp Phụ nữ và Hội Người cao tuổi xã", None, "trước ngày 24/4/2026",
          "vận động hội viên đăng ký học, mỗi hội ít nhất 40 hội viên"),
        A("Trưởng các thôn", None, None,
          "thông báo lịch học trên loa truyền thanh thôn và nhóm Zalo của thôn"),
        A("Trung tâm Viễn thông Nghĩa Xuyên", None, "trước ngày 15/5/2026",
          "hỗ trợ lắp đặt wifi miễn phí tại nhà văn hóa thôn Pò Hẩu và thôn Nặm Dìn"),
        A("Văn phòng - Thống kê xã", None, None,
          "tham mưu bố trí 38,5 triệu đồng từ ngân sách xã"),
    ], "intruders": ["Đinh Thị Yến", "UBND huyện Nghĩa Xuyên (b/c)", "Phòng Văn hóa, Khoa học và Thông tin huyện",
                     "TT Đảng ủy, TT HĐND xã", "CT, PCT UBND xã", "Các thành phần dự họp", "Lưu: VT",
                     "Hà Văn Lịch", "Vi Thị Nguyệt", "Bưu điện văn hóa xã"]},
]


def interleave(qs):
    """Round-robin over the document groups, keeping each group's order."""
    groups = {}
    for q in qs:
        groups.setdefault(q.pop("_g"), []).append(q)
    out, lists = [], list(groups.values())
    while any(lists):
        for lst in lists:
            if lst:
                out.append(lst.pop(0))
    return out


def main():
    global QS
    QS = interleave(QS)
    for i, q in enumerate(QS, 1):
        q["id"] = "qn%03d" % i
    with open(os.path.join(HERE, "questions.jsonl"), "w", encoding="utf-8") as f:
        for q in QS:
            f.write(unicodedata.normalize("NFC", json.dumps(q, ensure_ascii=False)) + "\n")
    with open(os.path.join(HERE, "who_what.jsonl"), "w", encoding="utf-8") as f:
        for w in WW:
            f.write(unicodedata.normalize("NFC", json.dumps(w, ensure_ascii=False)) + "\n")
    print(len(QS), "questions,", len(WW), "who-what lines")


if __name__ == "__main__":
    main()
